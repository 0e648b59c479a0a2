// The specialised PRECALL forms a course program runs most (len, isinstance, a builtin function,
// list.append and the method descriptors; ceval.c's PRECALL_*), one inline function each, so the
// eval loop runs them without a call and a switch on the opcode. The rarer forms are out of line in
// vm/eval_precall.cpp (runSpecializedPrecall), with specialisation itself.
//
// Each form takes the stack below `sp` ([NULL or the method, callable or self, args...]) and returns
// a PrecallRun (vm/eval_internal.h): skip 0 when its guard failed (nothing done: a miss), else the
// units it skips, with the stack as CPython leaves it in frame->stacktop (the result in the call's
// first slot) and `failed` set when an error is pending. The stack keeps every item until the call
// returned (frame->stacktop says so throughout the call); then the form's releases, in its order.
#pragma once

#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "runtime/abstract.h"
#include "runtime/protocols.h"
#include "vm/eval_internal.h"

namespace hs::precall {

constexpr PrecallRun kMiss{0, false};
// SKIP_CALL: PRECALL's cache unit, the CALL and its 4 caches.
constexpr int kSkipCall = 6;

// The call as PRECALL sees it (ceval.c's call_shape): `base` is the first slot, where the result goes.
struct Shape {
    Object** base;
    Object* const* args;
    Object* callable;
    int total; // positional and keyword arguments, self included
};
inline Shape shapeOf(int oparg, Object** sp) {
    Object** base = sp - oparg - 2;
    const int total = oparg + (base[0] != nullptr);
    return {base, sp - total, sp[-(total + 1)], total};
}

// The form's result in the call's first slot, the stack cut there.
inline PrecallRun finish(Frame* frame, Object** base, Object* res) {
    base[0] = res;
    frame->stacktop = static_cast<int>(base + 1 - frame->localsplus());
    return {kSkipCall, res == nullptr};
}

// The C function of a builtin_function_or_method or method descriptor whose ml_flags are exactly
// `flags` (the forms' guards compare the whole ml_flags), or null.
inline const MethodDef* builtinWithFlags(const VmState& vm, Object* callable, int flags) {
    if (callable->type != vm.types.builtinFunction) return nullptr;
    const MethodDef* def = static_cast<BuiltinFunctionObject*>(callable)->def;
    return def->flags == flags ? def : nullptr;
}
inline const MethodDef* descriptorWithFlags(const VmState& vm, Object* callable, Object* self, int flags) {
    if (callable->type != vm.types.methodDescriptor) return nullptr;
    const auto* d = static_cast<DescrObject*>(callable);
    return d->method->flags == flags && self->type == d->cls ? d->method : nullptr;
}

// cfunction_enter_call's level around a METH_O / METH_NOARGS call, which the three forms that
// make one keep (_Py_EnterRecursiveCall succeeds exactly when the depth is below the limit).
inline Object* callCounted(Interpreter& interp, const MethodDef* def, Object* self, Object* const* args, int nargs) {
    VmState& vm = *interp.vm;
    if (vm.recursionDepth >= vm.recursionLimit) {
        if (!enterRecursiveCall(interp, " while calling a Python object")) return nullptr;
    } else {
        ++vm.recursionDepth;
    }
    Object* res = def->fn(self, args, nargs, nullptr);
    --vm.recursionDepth;
    return res;
}

// Releases args[0..n) in order (the forms' "Free the arguments" loops).
inline void releaseArgs(Object* const* args, int n) {
    for (int i = 0; i < n; ++i) decref(args[i]);
}

// PRECALL_NO_KW_LEN: len(x), no recursion level; on failure the stack stays for the unwinding.
inline PrecallRun noKwLen(VmState& vm, Frame* frame, int oparg, Object** sp) {
    const Shape s = shapeOf(oparg, sp);
    if (s.total != 1 || s.callable != vm.callableCache.len) return kMiss;
    frame->stacktop = static_cast<int>(sp - frame->localsplus());
    Object* arg = s.args[0];
    const std::int64_t n = objectLength(arg);
    if (n < 0) return {kSkipCall, true};
    Object* res = newInt(vm.interp, n).release();
    decref(s.callable);
    decref(arg);
    return finish(frame, s.base, res);
}

// PRECALL_NO_KW_ISINSTANCE: isinstance(inst, cls); on failure cls is popped and released first.
inline PrecallRun noKwIsinstance(VmState& vm, Frame* frame, int oparg, Object** sp) {
    const Shape s = shapeOf(oparg, sp);
    if (s.total != 2 || s.callable != vm.callableCache.isinstance) return kMiss;
    frame->stacktop = static_cast<int>(sp - frame->localsplus());
    Object* inst = s.args[0];
    Object* cls = s.args[1];
    const int r = isInstance(inst, cls);
    if (r < 0) {
        decref(cls);
        frame->stacktop -= 1;
        return {kSkipCall, true};
    }
    Object* res = newBool(vm.interp, r != 0);
    decref(inst);
    decref(cls);
    decref(s.callable);
    return finish(frame, s.base, res);
}

// PRECALL_NO_KW_BUILTIN_O: a METH_O builtin function, inside a recursion level.
inline PrecallRun noKwBuiltinO(VmState& vm, Frame* frame, int oparg, Object** sp) {
    const Shape s = shapeOf(oparg, sp);
    const MethodDef* def = s.total == 1 ? builtinWithFlags(vm, s.callable, meth::kO) : nullptr;
    if (!def) return kMiss;
    frame->stacktop = static_cast<int>(sp - frame->localsplus());
    Object* res = callCounted(vm.interp, def, static_cast<BuiltinFunctionObject*>(s.callable)->self, s.args, 1);
    decref(s.args[0]);
    decref(s.callable);
    return finish(frame, s.base, res);
}

// PRECALL_NO_KW_BUILTIN_FAST: a METH_FASTCALL builtin function, no recursion level.
inline PrecallRun noKwBuiltinFast(VmState& vm, Frame* frame, int oparg, Object** sp) {
    const Shape s = shapeOf(oparg, sp);
    const MethodDef* def = builtinWithFlags(vm, s.callable, meth::kFastcall);
    if (!def) return kMiss;
    frame->stacktop = static_cast<int>(sp - frame->localsplus());
    Object* res = def->fn(static_cast<BuiltinFunctionObject*>(s.callable)->self, s.args, s.total, nullptr);
    releaseArgs(s.args, s.total);
    decref(s.callable);
    return finish(frame, s.base, res);
}

// PRECALL_NO_KW_LIST_APPEND: `xs.append(x)` as a statement. _PyList_AppendTakeRef: the item is
// popped and its reference moved into the list (released when the resize fails); the POP_TOP is
// skipped with the call (no result).
inline PrecallRun noKwListAppend(VmState& vm, Frame* frame, Object** sp) {
    Object* list = sp[-2];
    Object* item = sp[-1];
    if (sp[-3] != vm.callableCache.listAppend || !isList(list)) return kMiss;
    frame->stacktop = static_cast<int>(sp - 1 - frame->localsplus());
    if (!listAppendSteal(list, item)) {
        const int r = listAppend(list, item);
        decref(item);
        if (r < 0) return {kSkipCall, true};
    }
    decref(list);
    decref(sp[-3]);
    frame->stacktop -= 2;
    return {kSkipCall + 1, false};
}

// PRECALL_NO_KW_METHOD_DESCRIPTOR_O / _NOARGS: `self.m(x)` / `self.m()` of a METH_O / METH_NOARGS
// method of self's exact type, inside a recursion level.
inline PrecallRun noKwMethodDescriptorOOrNoargs(VmState& vm, Frame* frame, int oparg, Object** sp, bool o) {
    const Shape s = shapeOf(oparg, sp);
    if (s.total != (o ? 2 : 1)) return kMiss;
    Object* self = s.args[0];
    const MethodDef* def = descriptorWithFlags(vm, s.callable, self, o ? meth::kO : meth::kNoArgs);
    if (!def) return kMiss;
    frame->stacktop = static_cast<int>(sp - frame->localsplus());
    Object* res = callCounted(vm.interp, def, self, s.args + 1, s.total - 1);
    decref(self);
    if (o) decref(s.args[1]);
    decref(s.callable);
    return finish(frame, s.base, res);
}

// PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST: a METH_FASTCALL method of self's exact type, no recursion level.
inline PrecallRun noKwMethodDescriptorFast(VmState& vm, Frame* frame, int oparg, Object** sp) {
    const Shape s = shapeOf(oparg, sp);
    if (s.total < 1) return kMiss;
    Object* self = s.args[0];
    const MethodDef* def = descriptorWithFlags(vm, s.callable, self, meth::kFastcall);
    if (!def) return kMiss;
    frame->stacktop = static_cast<int>(sp - frame->localsplus());
    Object* res = def->fn(self, s.args + 1, s.total - 1, nullptr);
    releaseArgs(s.args + 1, s.total - 1);
    decref(self);
    decref(s.callable);
    return finish(frame, s.base, res);
}

} // namespace hs::precall
