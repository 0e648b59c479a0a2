// 3.11's specialised PRECALL (Python/specialize.c's _Py_Specialize_Precall, ceval.c's PRECALL_*):
// what a program sees of it is the recursion count. The generic CALL of a C function enters a
// recursion level (cfunction_enter_call / method_enter_call); the specialised forms call the C
// function themselves and skip that, except PRECALL_NO_KW_BUILTIN_O, _METHOD_DESCRIPTOR_O and
// _NOARGS, which enter it explicitly ("CPython promises to check all non-vectorcall function
// calls"); PRECALL_NO_KW_STR_1 calls PyObject_Str without _PyObject_MakeTpCall's level. So a
// warm recursive function calling print() or len() reaches CPython's depth. Each form's guards and
// releases are CPython's; the state lives in CodeObject::quickened (opcode byte, counter unit). The
// common forms are inline in vm/eval_precall_forms.h; this file specialises and runs the rest.
#include "vm/eval_internal.h"

#include "objects/descr_object.h"
#include "objects/method_object.h"
#include "runtime/protocols.h"
#include "vm/eval_precall_forms.h"
#include "vm/opcodes.h"

namespace hs {

namespace {

// The METH_* bits _Py_Specialize_Precall switches on (METH_CLASS, METH_STATIC, METH_COEXIST are
// not among them; the specialised forms' guards compare the whole ml_flags, so a class method
// specialises and then misses every time).
constexpr int kCallFlagsMask = meth::kVarargs | meth::kFastcall | meth::kNoArgs | meth::kO | meth::kKeywords;

bool immutableType(const TypeObject* t) { return !t->isHeapType() || (t->flags & tpflags::kImmutableType); }

// specialize_c_call: the form for a builtin_function_or_method, or -1.
int specializeCCall(const VmState& vm, const BuiltinFunctionObject* f, int nargs, Object* kwnames) {
    switch (f->def->flags & kCallFlagsMask) {
    case meth::kO:
        if (kwnames || nargs != 1) return -1;
        return f == vm.callableCache.len ? op::PRECALL_NO_KW_LEN : op::PRECALL_NO_KW_BUILTIN_O;
    case meth::kFastcall:
        if (kwnames) return -1;
        if (nargs == 2 && f == vm.callableCache.isinstance) return op::PRECALL_NO_KW_ISINSTANCE;
        return op::PRECALL_NO_KW_BUILTIN_FAST;
    case meth::kFastcall | meth::kKeywords: return op::PRECALL_BUILTIN_FAST_WITH_KEYWORDS;
    default: return -1;
    }
}

// specialize_class_call.
int specializeClassCall(const VmState& vm, const TypeObject* tp, int nargs, Object* kwnames, int oparg) {
    const BuiltinTypes& types = vm.interp.types;
    if (tp->slots.tpNew == objectNew || !immutableType(tp)) return -1;
    if (nargs == 1 && kwnames == nullptr && oparg == 1) {
        if (tp == types.str) return op::PRECALL_NO_KW_STR_1;
        if (tp == types.type) return op::PRECALL_NO_KW_TYPE_1;
        if (tp == types.tuple) return op::PRECALL_NO_KW_TUPLE_1;
    }
    return tp->slots.vectorNew ? op::PRECALL_BUILTIN_CLASS : -1;
}

// specialize_method_descriptor. `next` is the unit after the CALL's caches (POP_TOP for a statement).
int specializeMethodDescriptor(const VmState& vm, const DescrObject* d, int nargs, Object* kwnames, int oparg,
                               CodeUnit next) {
    if (kwnames) return -1;
    switch (d->method->flags & kCallFlagsMask) {
    case meth::kNoArgs: return nargs == 1 ? op::PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS : -1;
    case meth::kO:
        if (nargs != 2) return -1;
        if (d == vm.callableCache.listAppend && oparg == 1 && unitOpcode(next) == op::POP_TOP)
            return op::PRECALL_NO_KW_LIST_APPEND;
        return op::PRECALL_NO_KW_METHOD_DESCRIPTOR_O;
    case meth::kFastcall: return op::PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST;
    case meth::kFastcall | meth::kKeywords: return op::PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS;
    default: return -1;
    }
}

void setOpcode(CodeUnit& unit, int opcode) { unit = makeUnit(opcode, unitOparg(unit)); }

} // namespace

void specializePrecall(VmState& vm, CodeObject* co, int index, int oparg, Object* const* sp, Object* kwnames) {
    CodeUnit* units = co->quickened.data();
    CodeUnit& counter = units[index + 1];
    const bool isMeth = sp[-(oparg + 2)] != nullptr;
    const int nargs = oparg + isMeth;
    Object* callable = sp[-(nargs + 1)];
    const TypeObject* t = callable->type;
    int form = -1;
    if (t == vm.types.builtinFunction) {
        form = specializeCCall(vm, static_cast<BuiltinFunctionObject*>(callable), nargs, kwnames);
    } else if (t == vm.types.function) {
        form = op::PRECALL_PYFUNC;
    } else if (isType(callable)) {
        form = specializeClassCall(vm, asType(callable), nargs, kwnames, oparg);
    } else if (t == vm.types.methodDescriptor) {
        // PRECALL's cache unit, the CALL and its 4 caches, then the next instruction.
        form = specializeMethodDescriptor(vm, static_cast<DescrObject*>(callable), nargs, kwnames, oparg, units[index + 7]);
    } else if (t == vm.types.method) {
        form = op::PRECALL_BOUND_METHOD;
    }
    if (form < 0) {
        counter = adaptiveCounterBackoff(counter); // stays adaptive, tries again later
        return;
    }
    setOpcode(units[index], form);
    counter = kMissCounterStart;
}

PrecallRun runSpecializedPrecall(VmState& vm, Frame* frame, int opcode, int oparg, Object** sp, Object* kwnames) {
    using namespace precall;
    Interpreter& interp = vm.interp;
    const Shape s = shapeOf(oparg, sp);
    Object* const* args = s.args;
    Object* callable = s.callable;
    const int total = s.total;
    const int kwlen = static_cast<int>(kwCount(kwnames));
    Object* res = nullptr;
    switch (opcode) {
    case op::PRECALL_NO_KW_TYPE_1: {
        if (s.base[0] != nullptr || callable != interp.types.type) return kMiss;
        frame->stacktop = static_cast<int>(sp - frame->localsplus());
        Object* obj = args[0];
        res = obj->type;
        incref(res);
        decref(callable);
        decref(obj);
        break;
    }
    case op::PRECALL_NO_KW_STR_1:
    case op::PRECALL_NO_KW_TUPLE_1: {
        const bool str = opcode == op::PRECALL_NO_KW_STR_1;
        if (s.base[0] != nullptr || callable != (str ? interp.types.str : interp.types.tuple)) return kMiss;
        frame->stacktop = static_cast<int>(sp - frame->localsplus());
        Object* arg = args[0];
        res = (str ? objectStr(arg) : sequenceTuple(arg)).release();
        decref(arg);
        decref(callable);
        break;
    }
    case op::PRECALL_BUILTIN_CLASS: {
        if (!isType(callable) || !asType(callable)->slots.vectorNew) return kMiss;
        frame->stacktop = static_cast<int>(sp - frame->localsplus());
        res = asType(callable)->slots.vectorNew(callable, args, total - kwlen, kwnames);
        releaseArgs(args, total);
        decref(callable);
        break;
    }
    case op::PRECALL_BUILTIN_FAST_WITH_KEYWORDS: {
        const MethodDef* def = builtinWithFlags(vm, callable, meth::kFastcall | meth::kKeywords);
        if (!def) return kMiss;
        frame->stacktop = static_cast<int>(sp - frame->localsplus());
        res = def->fn(static_cast<BuiltinFunctionObject*>(callable)->self, args, total - kwlen, kwnames);
        releaseArgs(args, total);
        decref(callable);
        break;
    }
    case op::PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS: {
        if (total < 1) return kMiss;
        Object* self = args[0];
        const MethodDef* def = descriptorWithFlags(vm, callable, self, meth::kFastcall | meth::kKeywords);
        if (!def) return kMiss;
        frame->stacktop = static_cast<int>(sp - frame->localsplus());
        res = def->fn(self, args + 1, total - 1 - kwlen, kwnames);
        releaseArgs(args + 1, total - 1);
        decref(self);
        decref(callable);
        break;
    }
    default: return kMiss;
    }
    return finish(frame, s.base, res);
}

} // namespace hs
