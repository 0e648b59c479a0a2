// Code object equality and hash (code_richcompare and code_hash of 3.11's Objects/codeobject.c):
// two code objects are equal when their fields are, constants compared by _PyCode_ConstantKey.
#include "vm/code_object.h"

#include "frontend/compiler_internal.h"
#include "objects/bytes_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/interpreter.h"
#include "vm/opcodes.h"

namespace hs {

namespace {

int codeEqual(const CodeObject* a, const CodeObject* b);

// Whether _PyCode_ConstantKey(x) == _PyCode_ConstantKey(y): a code object is its own key (compared
// by code_richcompare), a tuple's key holds its items' keys, the other constants' keys tell apart
// what == would confuse (1 and True, 0.0 and -0.0, b'' and ''), unhashable-like others by
// identity. 1 equal, 0 unequal, -1 error.
int constEqual(Object* x, Object* y) {
    if (x == y) return 1; // PyObject_RichCompareBool's identity shortcut on equal keys
    if (isCode(x) || isCode(y)) return isCode(x) && isCode(y) ? codeEqual(asCode(x), asCode(y)) : 0;
    if (isExactTuple(x) && isExactTuple(y)) {
        if (tupleSize(x) != tupleSize(y)) return 0;
        for (std::int64_t i = 0; i < tupleSize(x); ++i) {
            const int eq = constEqual(tupleItem(x, i), tupleItem(y, i));
            if (eq <= 0) return eq;
        }
        return 1;
    }
    return frontend::detail::constantKey(x) == frontend::detail::constantKey(y) ? 1 : 0;
}

int codeEqual(const CodeObject* a, const CodeObject* b) {
    if (!strEqual(a->name, b->name) || a->argcount != b->argcount || a->posonlyargcount != b->posonlyargcount ||
        a->kwonlyargcount != b->kwonlyargcount || a->flags != b->flags || a->firstlineno != b->firstlineno ||
        a->code.size() != b->code.size())
        return 0;
    // The instructions with their base opcodes; inline caches are skipped.
    for (std::size_t i = 0; i < a->code.size(); ++i) {
        const int opA = opcodeDeopt(unitOpcode(a->code[i])), opB = opcodeDeopt(unitOpcode(b->code[i]));
        if (opA != opB || unitOparg(a->code[i]) != unitOparg(b->code[i])) return 0;
        i += static_cast<std::size_t>(opcodeCaches(opA));
    }
    int eq = constEqual(a->consts, b->consts);
    if (eq <= 0) return eq;
    for (auto field : {&CodeObject::names, &CodeObject::localsplusnames}) {
        eq = objectRichCompareBool(a->*field, b->*field, CompareOp::Eq);
        if (eq <= 0) return eq;
    }
    return bytesView(a->linetable) == bytesView(b->linetable) && bytesView(a->exceptiontable) == bytesView(b->exceptiontable);
}

} // namespace

Object* codeRichCompare(Object* self, Object* other, CompareOp op) {
    Interpreter& interp = *self->type->interp;
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !isCode(self) || !isCode(other)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    const int eq = codeEqual(asCode(self), asCode(other));
    if (eq < 0) return nullptr;
    Object* res = (eq == 1) == (op == CompareOp::Eq) ? interp.trueObj : interp.falseObj;
    incref(res);
    return res;
}

std::int64_t codeHash(Object* self) {
    const CodeObject* co = asCode(self);
    std::int64_t h = 0;
    for (Object* field : {co->name, co->consts, co->names, co->localsplusnames, co->linetable, co->exceptiontable}) {
        const std::int64_t fh = objectHash(field);
        if (fh == -1) return -1;
        h ^= fh;
    }
    h ^= co->argcount ^ co->posonlyargcount ^ co->kwonlyargcount ^ co->flags;
    return h == -1 ? -2 : h;
}

} // namespace hs
