// Calls (Objects/call.c, typeobject.c's type_call): vectorcall dispatch through the type's call
// slot, PyObject_Call with a tuple and dict, method calls, calling a type (tp_new + tp_init with the
// args tuple _PyObject_MakeTpCall builds), and the recursion guard for C-level calls.
#include "runtime/protocols.h"

#include "objects/class_object.h"
#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/host_stack.h"
#include "vm/vm_state.h"

#include <vector>

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }


Ref typeCallTuple(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (!type->slots.tpNew) {
        raiseError(interp, vmOf(interp).exc.TypeError, "cannot create '" + type->name + "' instances");
        return Ref();
    }
    Ref obj(type->slots.tpNew(type, args, kwargs));
    if (!obj) return Ref();
    if (obj->type != type && !typeIsSubtype(obj->type, type)) return obj;
    if (auto init = obj->type->slots.tpInit) {
        if (init(obj.get(), args, kwargs) < 0) return Ref();
    }
    return obj;
}

} // namespace

bool kwargsDict(Interpreter& interp, Object* const* args, std::int64_t nargs, Object* kwnames, Ref& out) {
    const std::int64_t n = kwCount(kwnames);
    if (n == 0) return true;
    out = newDict(interp);
    if (!out) return false;
    for (std::int64_t i = 0; i < n; ++i)
        if (dictSetItem(out.get(), tupleItem(kwnames, i), args[nargs + i]) < 0) return false;
    return true;
}

std::int64_t kwCount(Object* kwnames) { return kwnames ? tupleSize(kwnames) : 0; }

bool enterRecursiveCall(Interpreter& interp, const char* where) {
    VmState& vm = vmOf(interp);
    // The host stack guard stands in for the C stack CPython would overflow under a raised limit.
    if (++vm.recursionDepth > vm.recursionLimit || hostStackExhausted()) {
        if (vm.recursionHeadroom) return true; // overflowing while reporting an overflow
        vm.recursionHeadroom = true;
        raiseRecursionError(interp, where);
        vm.recursionHeadroom = false;
        --vm.recursionDepth;
        return false;
    }
    return true;
}

void leaveRecursiveCall(Interpreter& interp) { --vmOf(interp).recursionDepth; }

Ref call(Object* callable, Object* const* args, std::int64_t nargs, Object* kwnames) {
    TypeObject* t = callable->type;
    if (t->slots.call) {
        if (!t->slots.tpCallOnly || !t->slots.tpCallOnly(callable)) return Ref(t->slots.call(callable, args, nargs, kwnames));
        // _PyObject_MakeTpCall (and _PyObject_Call): tp_call inside a recursion level.
        Interpreter& interp = interpOf(callable);
        if (!enterRecursiveCall(interp, " while calling a Python object")) return Ref();
        Ref result(t->slots.call(callable, args, nargs, kwnames));
        leaveRecursiveCall(interp);
        return result;
    }
    Interpreter& interp = interpOf(callable);
    raiseError(interp, vmOf(interp).exc.TypeError, "'" + t->name + "' object is not callable");
    return Ref();
}

Ref callType(TypeObject* type, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *type->interp;
    if (type->slots.vectorNew) return Ref(type->slots.vectorNew(type, args, nargs, kwnames));
    if (!enterRecursiveCall(interp, " while calling a Python object")) return Ref();
    Ref result = typeCall(type, args, nargs, kwnames);
    leaveRecursiveCall(interp);
    return result;
}

Ref typeCall(TypeObject* type, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *type->interp;
    Ref tuple = tupleFromArray(interp, args, nargs);
    Ref kwargs;
    if (!tuple || !kwargsDict(interp, args, nargs, kwnames, kwargs)) return Ref();
    return typeCallTuple(type, tuple.get(), kwargs.get());
}

Ref callTupleDict(Object* callable, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(callable);
    if (isType(callable) && callable->type->slots.call == interp.types.type->slots.call &&
        !asType(callable)->slots.vectorNew && !(callable == interp.types.type)) {
        if (!enterRecursiveCall(interp, " while calling a Python object")) return Ref();
        Ref r = typeCallTuple(asType(callable), args, kwargs);
        leaveRecursiveCall(interp);
        return r;
    }
    if (usesSlotCall(callable->type)) {
        // _PyObject_Call of a class instance: tp_call gets this tuple and dict as they are.
        if (!enterRecursiveCall(interp, " while calling a Python object")) return Ref();
        Ref r(slotCallTuple(callable, args, kwargs));
        leaveRecursiveCall(interp);
        return r;
    }
    return callArrayDict(callable, tupleItems(args), tupleSize(args), kwargs);
}

Ref callArrayDict(Object* callable, Object* const* args, std::int64_t nargs, Object* kwargs) {
    Interpreter& interp = interpOf(callable);
    const std::int64_t nkw = kwargs ? dictSize(kwargs) : 0;
    if (!nkw) return call(callable, args, nargs, nullptr);
    std::vector<Object*> stack(args, args + nargs);
    stack.resize(static_cast<std::size_t>(nargs + nkw));
    // _PyStack_UnpackDict: a PyMem array of (1 + nargs + nkw) slots holding a new reference to
    // every argument, and the kwnames tuple; both live for the duration of the call.
    const Addr stackAddr = interp.allocBuffer(nullptr, static_cast<std::uint64_t>(1 + nargs + nkw) * 8);
    if (stackAddr == 0) return Ref();
    Ref kwnames = newTuple(interp, nkw);
    if (!kwnames) {
        interp.freeBuffer(stackAddr);
        return Ref();
    }
    std::int64_t pos = 0, i = 0;
    Object *k, *v;
    bool keysAreStrings = true;
    while (dictNext(kwargs, pos, &k, &v)) {
        keysAreStrings = keysAreStrings && isStr(k);
        incref(k);
        tupleSetItemSteal(kwnames.get(), i, k);
        stack[static_cast<std::size_t>(nargs + i)] = v;
        ++i;
    }
    for (Object* a : stack) incref(a);
    Ref result;
    if (keysAreStrings) result = call(callable, stack.data(), nargs, kwnames.get());
    else interp.setError("TypeError", "keywords must be strings");
    // _PyStack_UnpackDict_Free: the arguments, the array, then the kwnames tuple.
    for (Object* a : stack) decref(a);
    interp.freeBuffer(stackAddr);
    kwnames = Ref();
    return result;
}

Ref callMethod(Object* o, Object* name, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Ref meth;
    const bool unbound = getMethod(o, name, meth);
    if (!meth) return Ref();
    if (!unbound) return call(meth.get(), args, nargs, kwnames);
    const std::int64_t total = nargs + kwCount(kwnames);
    Object* small[8];
    std::vector<Object*> big;
    Object** buf = small;
    if (total + 1 > 8) {
        big.resize(static_cast<std::size_t>(total + 1));
        buf = big.data();
    }
    buf[0] = o;
    for (std::int64_t i = 0; i < total; ++i) buf[i + 1] = args[i];
    return call(meth.get(), buf, nargs + 1, kwnames);
}

Ref callMethodStr(Object* o, std::string_view name, Object* const* args, std::int64_t nargs) {
    Ref n = internFromUtf8(interpOf(o), name);
    if (!n) return Ref();
    return callMethod(o, n.get(), args, nargs);
}

int fileWriteObject(Object* file, Object* v, bool raw) {
    VmState& vm = vmOf(interpOf(file));
    Ref writer = getAttr(file, vm.names.write);
    if (!writer) return -1;
    Ref text = raw ? objectStr(v) : objectRepr(v);
    if (!text) return -1;
    return callOneArg(writer.get(), text.get()) ? 0 : -1;
}

bool isCallable(Object* o) { return o->type->slots.call != nullptr; }

bool hasVectorcall(const Object* o) {
    const TypeSlots& s = o->type->slots;
    return s.call && !(s.tpCallOnly && s.tpCallOnly(o));
}

} // namespace hs
