// Slot dispatch for repr/hash/compare/truth with CPython's generic fallbacks and error messages.
#include "runtime/abstract.h"

#include "runtime/interpreter.h"

#include <algorithm>
#include <cstdio>

namespace hs {

namespace {
const char* kOpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
constexpr CompareOp kSwapped[] = {CompareOp::Gt, CompareOp::Ge, CompareOp::Eq, CompareOp::Ne, CompareOp::Lt, CompareOp::Le};
} // namespace

Object* newBool(Interpreter& interp, bool v) {
    Object* b = v ? interp.trueObj : interp.falseObj;
    incref(b);
    return b;
}

Ref objectRepr(Object* o) {
    TypeObject* t = o->type;
    if (t->repr) return Ref(t->repr(o));
    t->interp->setError("TypeError", "object of type '" + t->name + "' has no repr");
    return Ref();
}

std::int64_t objectHash(Object* o) {
    TypeObject* t = o->type;
    if (t->hash) return t->hash(o);
    t->interp->setError("TypeError", "unhashable type: '" + t->name + "'");
    return -1;
}

Ref objectRichCompare(Object* a, Object* b, CompareOp op) {
    Interpreter& interp = *a->type->interp;
    TypeObject* ta = a->type;
    TypeObject* tb = b->type;
    bool checkedReverse = false;
    // A subclass of a's type overriding the comparison goes first.
    if (ta != tb && tb->isSubtypeOf(ta) && tb->richcompare) {
        checkedReverse = true;
        Ref r(tb->richcompare(b, a, kSwapped[int(op)]));
        if (!r || r.get() != interp.notImplemented) return r;
    }
    if (ta->richcompare) {
        Ref r(ta->richcompare(a, b, op));
        if (!r || r.get() != interp.notImplemented) return r;
    }
    if (!checkedReverse && tb->richcompare) {
        Ref r(tb->richcompare(b, a, kSwapped[int(op)]));
        if (!r || r.get() != interp.notImplemented) return r;
    }
    if (op == CompareOp::Eq) return Ref(newBool(interp, a == b));
    if (op == CompareOp::Ne) return Ref(newBool(interp, a != b));
    interp.setError("TypeError", std::string("'") + kOpSymbols[int(op)] + "' not supported between instances of '" +
                                     ta->name + "' and '" + tb->name + "'");
    return Ref();
}

int objectRichCompareBool(Object* a, Object* b, CompareOp op) {
    if (a == b) {
        if (op == CompareOp::Eq) return 1;
        if (op == CompareOp::Ne) return 0;
    }
    Ref r = objectRichCompare(a, b, op);
    if (!r) return -1;
    return objectIsTrue(r.get());
}

int objectIsTrue(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (o == interp.trueObj) return 1;
    if (o == interp.falseObj || o == interp.none) return 0;
    TypeObject* t = o->type;
    if (t->isTrue) return t->isTrue(o);
    return 1;
}

ReprGuard::ReprGuard(Object* o) : m_object(o) {
    auto& stack = o->type->interp->reprStack;
    m_active = std::find(stack.begin(), stack.end(), o) != stack.end();
    if (!m_active) stack.push_back(o);
}

ReprGuard::~ReprGuard() {
    if (m_active) return;
    auto& stack = m_object->type->interp->reprStack;
    auto it = std::find(stack.rbegin(), stack.rend(), m_object);
    if (it != stack.rend()) stack.erase(std::next(it).base());
}

} // namespace hs
