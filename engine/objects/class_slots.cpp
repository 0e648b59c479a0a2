// The slot_* functions (Objects/typeobject.c) that route the built-in protocols to a class's dunder
// methods, and update_slot / fixup_slot_dispatchers choosing them per type.
#include "objects/class_object.h"
#include "objects/class_internal.h"

#include "objects/builtin_function_object.h"
#include "objects/cell_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/method_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/arg_parse.h"
#include "runtime/dealloc.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/unraisable.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

#include <algorithm>

namespace hs {

Object* objectReprDefault(Object* o); // type_methods_object.cpp

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }

// ---------------------------------------------------------------- slot functions

// lookup_maybe_method + call: returns NotImplemented (new ref) when the type has no such method.
Ref callDunder(Object* self, Object* name, Object* const* args, std::int64_t nargs, bool* found = nullptr) {
    Interpreter& interp = interpOf(self);
    Object* meth = typeLookup(self->type, name);
    if (found) *found = meth != nullptr;
    if (!meth) return Ref::borrowed(interp.notImplemented);
    VmState& vm = vmOf(interp);
    if (meth->type == vm.types.function || meth->type == vm.types.methodDescriptor || meth->type == vm.types.wrapperDescriptor) {
        Object* stack[4];
        stack[0] = self;
        for (std::int64_t i = 0; i < nargs; ++i) stack[i + 1] = args[i];
        return call(meth, stack, nargs + 1);
    }
    Ref bound;
    if (auto f = meth->type->slots.descrGet) {
        bound = Ref(f(meth, self, self->type));
        if (!bound) return Ref();
    } else {
        bound = Ref::borrowed(meth);
    }
    return call(bound.get(), args, nargs);
}

Ref callDunderRequired(Object* self, Object* name, Object* const* args, std::int64_t nargs) {
    bool found = false;
    Ref r = callDunder(self, name, args, nargs, &found);
    if (!found) {
        raiseBareAttributeError(interpOf(self), strToUtf8(name));
        return Ref();
    }
    return r;
}

// slot_tp_repr: __repr__'s result as it is (PyObject_Repr checks it is a str; object_str, which
// calls this slot directly, leaves the check to PyObject_Str and its "__str__" message).
Object* slotRepr(Object* self) {
    bool found = false;
    Ref r = callDunder(self, vmOf(self).names.__repr__, nullptr, 0, &found);
    if (!found) return objectReprDefault(self);
    return r.release();
}

Object* slotStr(Object* self) {
    bool found = false;
    Ref r = callDunder(self, vmOf(self).names.__str__, nullptr, 0, &found);
    if (!found) return objectRepr(self).release();
    return r.release();
}

std::int64_t slotHash(Object* self) {
    Interpreter& interp = interpOf(self);
    Object* meth = typeLookup(self->type, vmOf(self).names.__hash__);
    if (meth == nullptr || meth == interp.none) {
        typeError(interp, "unhashable type: '" + self->type->name + "'");
        return -1;
    }
    Ref r = callDunder(self, vmOf(self).names.__hash__, nullptr, 0);
    if (!r) return -1;
    if (!isInt(r.get())) {
        typeError(interp, "__hash__ method should return an integer");
        return -1;
    }
    // slot_tp_hash: a value that fits Py_ssize_t is the hash as it is (-1 becomes -2); a larger one
    // is reduced by int's own hash.
    std::int64_t h = 0;
    if (!intAsInt64(r.get(), h)) h = intHash(r.get());
    else if (h == -1) h = -2;
    return h;
}

Object* slotRichCompare(Object* self, Object* other, CompareOp op) {
    static const int kNames[6] = {0, 1, 2, 3, 4, 5};
    (void)kNames;
    VmState& vm = vmOf(self);
    Object* names[6] = {vm.names.__lt__, vm.names.__le__, vm.names.__eq__, vm.names.__ne__, vm.names.__gt__, vm.names.__ge__};
    return callDunder(self, names[static_cast<int>(op)], &other, 1).release();
}

int slotIsTrue(Object* self) {
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(self);
    bool found = false;
    Ref r = callDunder(self, vm.names.__bool__, nullptr, 0, &found);
    if (found) {
        if (!r) return -1;
        if (r.get() == interp.trueObj) return 1;
        if (r.get() == interp.falseObj) return 0;
        typeError(interp, "__bool__ should return bool, returned " + r->type->name);
        return -1;
    }
    r = callDunder(self, vm.names.__len__, nullptr, 0, &found);
    if (!found) return 1;
    if (!r) return -1;
    std::int64_t n = 0;
    if (!indexAsInt64(r.get(), n, vm.exc.OverflowError)) return -1;
    if (n < 0) {
        raiseError(interp, vm.exc.ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n > 0;
}

std::int64_t slotLength(Object* self) {
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(self);
    Ref r = callDunderRequired(self, vm.names.__len__, nullptr, 0);
    if (!r) return -1;
    if (!hasIndex(r.get())) {
        typeError(interp, "'" + r->type->name + "' object cannot be interpreted as an integer");
        return -1;
    }
    std::int64_t n = 0;
    if (!indexAsInt64(r.get(), n, vm.exc.OverflowError)) return -1;
    if (n < 0) {
        raiseError(interp, vm.exc.ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

} // namespace

// slot_tp_call(self, args, kwds): __call__ found as a method descriptor (a function, a method or
// wrapper descriptor: lookup_method's `unbound`) is called with self prepended to the tuple's items
// (_PyObject_Call_Prepend: borrowed references, a PyMem array past 4 arguments; keywords go
// through _PyStack_UnpackDict's new references); anything else is bound and called with them.
Object* slotCallTuple(Object* self, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(self);
    Object* meth = typeLookup(self->type, vm.names.__call__);
    if (!meth) {
        typeError(interp, "'" + self->type->name + "' object is not callable");
        return nullptr;
    }
    Ref keep = Ref::borrowed(meth);
    const std::int64_t argc = tupleSize(args);
    if (meth->type != vm.types.function && meth->type != vm.types.methodDescriptor && meth->type != vm.types.wrapperDescriptor) {
        Ref bound = meth->type->slots.descrGet ? Ref(meth->type->slots.descrGet(meth, self, self->type)) : keep;
        return bound ? callTupleDict(bound.get(), args, kwargs).release() : nullptr;
    }
    constexpr std::int64_t kSmallStack = 5; // _PY_FASTCALL_SMALL_STACK
    const Addr heapStack = argc + 1 > kSmallStack ? interp.allocBuffer(nullptr, static_cast<std::uint64_t>(argc + 1) * 8) : 0;
    std::vector<Object*> stack(static_cast<std::size_t>(argc + 1));
    stack[0] = self;
    for (std::int64_t i = 0; i < argc; ++i) stack[static_cast<std::size_t>(i + 1)] = tupleItem(args, i);
    Ref r = callArrayDict(meth, stack.data(), argc + 1, kwargs);
    if (heapStack) interp.freeBuffer(heapStack);
    return r.release();
}

namespace {

// tp_call reached by a vectorcall (_PyObject_MakeTpCall): the positional arguments packed in a new
// tuple and the keywords in a new dict (_PyStack_AsDict) for the call, released in that order.
Object* slotCall(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    Ref argsTuple = tupleFromArray(interp, args, nargs);
    if (!argsTuple) return nullptr;
    Ref kwargs;
    if (const std::int64_t nkw = kwCount(kwnames)) {
        kwargs = newDictPresized(interp, nkw);
        if (!kwargs) return nullptr;
        for (std::int64_t i = 0; i < nkw; ++i)
            if (dictSetItem(kwargs.get(), tupleItem(kwnames, i), args[nargs + i]) < 0) return nullptr;
    }
    Object* r = slotCallTuple(self, argsTuple.get(), kwargs.get());
    argsTuple = Ref();
    return r;
}

Object* slotIter(Object* self) {
    Interpreter& interp = interpOf(self);
    Object* meth = typeLookup(self->type, vmOf(self).names.__iter__);
    if (meth == interp.none) {
        typeError(interp, "'" + self->type->name + "' object is not iterable");
        return nullptr;
    }
    if (!meth) {
        // A class with __getitem__ only: the sequence iterator.
        return getIter(self).release();
    }
    return callDunder(self, vmOf(self).names.__iter__, nullptr, 0).release();
}

Object* slotIterNext(Object* self) { return callDunderRequired(self, vmOf(self).names.__next__, nullptr, 0).release(); }
// slot_am_await / slot_am_aiter / slot_am_anext.
template <Object* VmNames::*Name>
Object* slotAsync(Object* self) {
    return callDunderRequired(self, vmOf(self).names.*Name, nullptr, 0).release();
}
Object* slotSubscript(Object* self, Object* key) {
    return callDunderRequired(self, vmOf(self).names.__getitem__, &key, 1).release();
}
int slotAssSubscript(Object* self, Object* key, Object* value) {
    Ref r;
    if (value) {
        Object* args[2] = {key, value};
        r = callDunderRequired(self, vmOf(self).names.__setitem__, args, 2);
    } else {
        r = callDunderRequired(self, vmOf(self).names.__delitem__, &key, 1);
    }
    return r ? 0 : -1;
}
// slot_sq_contains: __contains__ = None refuses; no __contains__ falls back to _PySequence_IterSearch.
int slotContains(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    if (typeLookup(self->type, vmOf(self).names.__contains__) == interp.none) {
        typeError(interp, "'" + self->type->name + "' object is not a container");
        return -1;
    }
    bool found = false;
    Ref r = callDunder(self, vmOf(self).names.__contains__, &value, 1, &found);
    if (!found) return errOccurred(interp) ? -1 : static_cast<int>(sequenceIterSearch(self, value, IterSearch::Contains));
    if (!r) return -1;
    return objectIsTrue(r.get());
}

TypeObject* wrapperOwner(Object* descr);

// call_attribute: attr bound to self through its __get__ (a new bound method for a function), then
// called with the name.
Ref callAttribute(Object* self, Object* attr, Object* name) {
    Ref descr;
    if (auto f = attr->type->slots.descrGet) {
        descr = Ref(f(attr, self, self->type));
        if (!descr) return Ref();
        attr = descr.get();
    }
    return callOneArg(attr, name);
}

// slot_tp_getattr_hook: without __getattr__, slot_tp_getattro (__getattribute__ called unbound);
// with it, a class's own __getattribute__ and then __getattr__ are each called through
// call_attribute (bound to self for the call).
Object* slotGetAttrHook(Object* self, Object* name) {
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(self);
    Object* getattr = typeLookup(self->type, vm.names.__getattr__);
    Ref keepGetattr = Ref::borrowed(getattr);
    Object* getattribute = typeLookup(self->type, vm.names.__getattribute__);
    Ref r;
    if (getattribute && getattribute->type != vm.types.wrapperDescriptor) {
        if (!getattr) return callDunder(self, vm.names.__getattribute__, &name, 1).release();
        Ref keep = Ref::borrowed(getattribute);
        r = callAttribute(self, getattribute, name);
    } else if (TypeObject* owner = getattribute ? wrapperOwner(getattribute) : nullptr; owner && owner->slots.getattro) {
        r = Ref(owner->slots.getattro(self, name)); // type.__getattribute__ of a metaclass's instance: type_getattro
    } else {
        r = genericGetAttr(self, name);
    }
    if (r || !getattr || !errMatches(interp, vm.exc.AttributeError)) return r.release();
    clearError(interp);
    return callAttribute(self, getattr, name).release();
}

int slotSetAttr(Object* self, Object* name, Object* value) {
    VmState& vm = vmOf(self);
    Ref r;
    if (value) {
        Object* args[2] = {name, value};
        r = callDunder(self, vm.names.__setattr__, args, 2);
    } else {
        r = callDunder(self, vm.names.__delattr__, &name, 1);
    }
    return r ? 0 : -1;
}

Object* slotDescrGet(Object* self, Object* obj, Object* type) {
    Interpreter& interp = interpOf(self);
    Object* args[2] = {obj ? obj : interp.none, type ? type : interp.none};
    return callDunder(self, vmOf(self).names.__get__, args, 2).release();
}

int slotDescrSet(Object* self, Object* obj, Object* value) {
    Ref r;
    if (value) {
        Object* args[2] = {obj, value};
        r = callDunderRequired(self, vmOf(self).names.__set__, args, 2);
    } else {
        r = callDunderRequired(self, vmOf(self).names.__delete__, &obj, 1);
    }
    return r ? 0 : -1;
}

// Flattens args tuple + kwargs dict into a vectorcall with self prepended and calls meth
// (_PyObject_Call_Prepend / _PyObject_VectorcallDictTstate). The flat array is host-only: a small
// one on the C++ stack (its _PY_FASTCALL_SMALL_STACK), a vector beyond that. A Python function is
// entered directly (what its call slot, funcCall, does).
Ref callWithTupleDict(Object* meth, Object* self, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(meth);
    const std::int64_t n = tupleSize(args);
    const std::int64_t nkw = kwargs ? dictSize(kwargs) : 0;
    const std::size_t total = static_cast<std::size_t>(n + nkw + (self ? 1 : 0));
    constexpr std::size_t kSmallStack = 8;
    Object* small[kSmallStack];
    std::vector<Object*> big;
    Object** stack = small;
    if (total > kSmallStack) {
        big.resize(total);
        stack = big.data();
    }
    std::size_t top = 0;
    if (self) stack[top++] = self;
    Object* const* items = tupleItems(args);
    for (std::int64_t i = 0; i < n; ++i) stack[top++] = items[i];
    Ref kwnames;
    if (nkw) {
        kwnames = newTuple(interp, nkw);
        if (!kwnames) return Ref();
        std::int64_t pos = 0, i = 0;
        Object *k, *v;
        while (dictNext(kwargs, pos, &k, &v)) {
            incref(k);
            tupleSetItemSteal(kwnames.get(), i++, k);
            stack[top++] = v;
        }
    }
    const std::int64_t nargs = n + (self ? 1 : 0);
    if (meth->type == vmOf(interp).types.function) return callPythonFunction(meth, stack, nargs, kwnames.get());
    return call(meth, stack, nargs, kwnames.get());
}

int slotInit(Object* self, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(self);
    Object* meth = typeLookup(self->type, vmOf(self).names.__init__);
    if (!meth) return 0;
    Ref r;
    const std::int64_t nargs = tupleSize(args);
    if (meth->type == vmOf(self).types.function && !kwargs && nargs < 8) {
        // What callWithTupleDict does for a Python __init__ and positional arguments only: self
        // and the tuple's items on a small host stack, the function entered directly.
        Object* stack[8];
        stack[0] = self;
        std::copy(tupleItems(args), tupleItems(args) + nargs, stack + 1);
        r = callPythonFunction(meth, stack, nargs + 1, nullptr);
    } else if (meth->type == vmOf(self).types.function) {
        r = callWithTupleDict(meth, self, args, kwargs);
    } else {
        Ref bound(meth->type->slots.descrGet ? meth->type->slots.descrGet(meth, self, self->type) : (incref(meth), meth));
        if (!bound) return -1;
        r = callWithTupleDict(bound.get(), nullptr, args, kwargs);
    }
    return checkInitResult(interp, r.release());
}

Object* slotNew(TypeObject* type, Object* args, Object* kwargs) {
    Object* func = typeLookup(type, vmOf(type).names.__new__);
    if (!func) return nullptr;
    Ref f;
    if (auto get = func->type->slots.descrGet) f = Ref(get(func, nullptr, type));
    else f = Ref::borrowed(func);
    if (!f) return nullptr;
    return callWithTupleDict(f.get(), type, args, kwargs).release();
}

void slotFinalize(Object* self) {
    Interpreter& interp = interpOf(self);
    PendingError saved = interp.takeError(); // slot_tp_finalize saves the current exception
    Ref r = callDunder(self, vmOf(self).names.__del__, nullptr, 0);
    if (!r) {
        // PyErr_WriteUnraisable(del): "Exception ignored in: <function C.__del__ at 0x...>".
        Ref del = Ref::borrowed(typeLookup(self->type, vmOf(self).names.__del__));
        writeUnraisable(interp, del.get());
    }
    interp.setPendingError(std::move(saved));
}

// SLOT1BINFULL (typeobject.c): a class's slot for a dunder pair (__add__ / __radd__, ...;
// Op = NumberSlots::kDivmod: __divmod__ / __rdivmod__). binary_op1 calls it as the left operand's
// slot (self = v) and as the right operand's (other = w): self's dunder runs when self's type has
// this slot, the reflected one of `other` when other's type has it, the reflected first when
// other's type is a proper subtype that overrides it. A missing method answers NotImplemented.
template <int Op> Object* slotBinary(Object* self, Object* other) {
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(interp);
    Object* name;
    Object* rname;
    if constexpr (Op == NumberSlots::kDivmod) {
        // (int's slot wrappers interned these names at startup.)
        name = findInterned(interp, "__divmod__");
        rname = findInterned(interp, "__rdivmod__");
    } else if constexpr (Op >= 13) {
        // In-place: __iadd__ and friends only.
        return callDunder(self, vm.names.binary[Op], &other, 1).release();
    } else {
        name = vm.names.binary[Op];
        rname = vm.names.reflected[Op];
    }
    BinaryFunc me = &slotBinary<Op>;
    auto hasThisSlot = [me](const Object* o) { return o->type->slots.number && o->type->slots.number->binarySlot(Op) == me; };
    bool doOther = self->type != other->type && hasThisSlot(other);
    if (hasThisSlot(self)) {
        // method_is_overloaded(type(self), type(other), rname)
        if (doOther && typeIsSubtype(other->type, self->type) &&
            typeLookup(other->type, rname) != typeLookup(self->type, rname)) {
            Ref r = callDunder(other, rname, &self, 1);
            if (!r || r.get() != interp.notImplemented) return r.release();
            doOther = false;
        }
        Ref r = callDunder(self, name, &other, 1);
        if (!r || r.get() != interp.notImplemented || self->type == other->type) return r.release();
    }
    if (doOther) return callDunder(other, rname, &self, 1).release();
    incref(interp.notImplemented);
    return interp.notImplemented;
}

// slot_nb_power: three-argument power never uses __rpow__; ternary_op also calls this slot when
// only the second or third operand's class defines it, so it calls self.__pow__ only when self's own
// type has this slot.
Object* slotPower3(Object* self, Object* other, Object* mod) {
    Interpreter& interp = interpOf(self);
    if (mod == interp.none) return slotBinary<nbop::POWER>(self, other);
    const NumberSlots* n = self->type->slots.number;
    if (n == nullptr || n->power3 != slotPower3) return Ref::borrowed(interp.notImplemented).release();
    Object* args[2] = {other, mod};
    return callDunder(self, vmOf(self).names.binary[nbop::POWER], args, 2).release();
}

template <Object* VmNames::*Name> Object* slotUnary(Object* self) {
    return callDunderRequired(self, vmOf(self).names.*Name, nullptr, 0).release();
}

using BinaryTable = BinaryFunc[26];
const BinaryTable& binarySlots() {
    static const BinaryFunc table[26] = {
        slotBinary<0>,  slotBinary<1>,  slotBinary<2>,  slotBinary<3>,  slotBinary<4>,  slotBinary<5>,  slotBinary<6>,
        slotBinary<7>,  slotBinary<8>,  slotBinary<9>,  slotBinary<10>, slotBinary<11>, slotBinary<12>, slotBinary<13>,
        slotBinary<14>, slotBinary<15>, slotBinary<16>, slotBinary<17>, slotBinary<18>, slotBinary<19>, slotBinary<20>,
        slotBinary<21>, slotBinary<22>, slotBinary<23>, slotBinary<24>, slotBinary<25>};
    return table;
}

} // namespace

// ---------------------------------------------------------------- slot fixup

namespace {

struct WrapperInfo {
    const TypeObject* cls;
};

// The static type whose slot wrapper `descr` is (wrapper_descriptor of a static type), or null.
TypeObject* wrapperOwner(Object* descr) {
    if (isBuiltinFunction(descr)) {
        // tp_new_wrapper: the `__new__` of a static type (a builtin bound to the type).
        auto* f = static_cast<BuiltinFunctionObject*>(descr);
        if (f->self && isType(f->self) && std::string(f->def->name) == "__new__" && !asType(f->self)->isHeapType())
            return asType(f->self);
        return nullptr;
    }
    if (descr->type != vmOf(descr).types.wrapperDescriptor) return nullptr;
    return static_cast<DescrObject*>(descr)->cls;
}

bool definesAny(TypeObject* t, std::initializer_list<Object*> names, TypeObject** staticOwner) {
    *staticOwner = nullptr;
    for (Object* n : names) {
        Object* d = typeLookup(t, n);
        if (!d) continue;
        // update_one_slot: a slot wrapper stands for its owner's slot only under its own name
        // (IntEnum's __str__ = int.__repr__ makes tp_str the generic slot_tp_str).
        TypeObject* owner = wrapperOwner(d);
        if (owner && d->type == vmOf(d).types.wrapperDescriptor && static_cast<DescrObject*>(d)->name != n &&
            strToUtf8(static_cast<DescrObject*>(d)->name) != strToUtf8(n))
            owner = nullptr;
        if (owner) {
            *staticOwner = owner;
            continue;
        }
        *staticOwner = nullptr;
        return true;
    }
    return false;
}

} // namespace

void applyPythonSlots(TypeObject* type) {
    VmNames& n = vmOf(type).names;
    TypeObject* owner = nullptr;
    // Only what a Python function in the MRO defines replaces the slot the type already has.
    if (definesAny(type, {n.__repr__}, &owner)) type->repr = slotRepr;
    if (definesAny(type, {n.__str__}, &owner)) type->slots.str = slotStr;
    if (Object* h = typeLookup(type, n.__hash__)) {
        if (h == vmOf(type).interp.none) type->hash = nullptr;
        else if (!wrapperOwner(h)) type->hash = slotHash;
    }
    if (definesAny(type, {n.__eq__, n.__ne__, n.__lt__, n.__le__, n.__gt__, n.__ge__}, &owner)) type->richcompare = slotRichCompare;
    if (definesAny(type, {n.__bool__, n.__len__}, &owner)) type->isTrue = slotIsTrue;
    auto pick = [&](auto member, std::initializer_list<Object*> names, auto slotFn) {
        TypeObject* o = nullptr;
        if (definesAny(type, names, &o)) type->slots.*member = slotFn;
    };
    pick(&TypeSlots::call, {n.__call__}, &slotCall);
    pick(&TypeSlots::iter, {n.__iter__}, &slotIter);
    pick(&TypeSlots::iternext, {n.__next__}, &slotIterNext);
    pick(&TypeSlots::length, {n.__len__}, &slotLength);
    pick(&TypeSlots::subscript, {n.__getitem__}, &slotSubscript);
    pick(&TypeSlots::assSubscript, {n.__setitem__, n.__delitem__}, &slotAssSubscript);
    pick(&TypeSlots::contains, {n.__contains__}, &slotContains);
    pick(&TypeSlots::await_, {n.__await__}, &slotAsync<&VmNames::__await__>);
    pick(&TypeSlots::aiter, {n.__aiter__}, &slotAsync<&VmNames::__aiter__>);
    pick(&TypeSlots::anext, {n.__anext__}, &slotAsync<&VmNames::__anext__>);
    pick(&TypeSlots::tpInit, {n.__init__}, &slotInit);
    pick(&TypeSlots::tpNew, {n.__new__}, &slotNew);
    ++type->slots.versionTag;
    type->interp->typeAttrCache.invalidate();
}

bool usesSlotNew(const TypeObject* t) { return t->slots.tpNew == slotNew; }

bool usesSlotCall(const TypeObject* t) { return t->slots.call == slotCall; }

bool usesSlotRepr(const TypeObject* t) { return t->repr == slotRepr; }

bool usesSlotInit(const TypeObject* t) { return t->slots.tpInit == slotInit; }

Object* plainPythonInit(TypeObject* t) {
    if (t->slots.tpInit != slotInit) return nullptr;
    VmState& vm = vmOf(t);
    const std::uint64_t epoch = t->interp->typeAttrCache.epoch(); // before a lookup that could change it
    HeapTypeObject* ht = t->isHeapType() ? asHeapType(t) : nullptr;
    Object* meth;
    if (ht != nullptr && ht->initLookupEpoch == epoch) {
        meth = ht->initLookup;
    } else {
        meth = typeLookup(t, vm.names.__init__);
        if (ht != nullptr) {
            ht->initLookup = meth;
            ht->initLookupEpoch = epoch;
        }
    }
    if (meth == nullptr || meth->type != vm.types.function) return nullptr;
    constexpr int kNotPlain = coflags::kGenerator | coflags::kCoroutine | coflags::kIterableCoroutine | coflags::kAsyncGenerator;
    return (asCode(asFunction(meth)->code)->flags & kNotPlain) ? nullptr : meth;
}

int checkInitResult(Interpreter& interp, Object* result) {
    if (result == nullptr) return -1;
    Ref r(result);
    if (result != interp.none) {
        typeError(interp, "__init__() should return None, not '" + result->type->name + "'");
        return -1;
    }
    return 0;
}

void updateTypeSlot(TypeObject* type, Object*) {
    if (!type->isHeapType()) return;
    HeapTypeObject* t = asHeapType(type);
    VmState& vm = vmOf(type);
    VmNames& n = vm.names;
    TypeObject* base = type->base;
    TypeObject* owner = nullptr;
    // repr / str / hash / richcompare / bool.
    type->repr = definesAny(type, {n.__repr__}, &owner) ? slotRepr : (owner ? owner->repr : base->repr);
    type->slots.str = definesAny(type, {n.__str__}, &owner) ? slotStr : (owner ? owner->slots.str : base->slots.str);
    {
        Object* h = typeLookup(type, n.__hash__);
        if (h == vm.interp.none) type->hash = nullptr;
        else if (h && !wrapperOwner(h)) type->hash = slotHash;
        else type->hash = h ? wrapperOwner(h)->hash : base->hash;
    }
    type->richcompare = definesAny(type, {n.__eq__, n.__ne__, n.__lt__, n.__le__, n.__gt__, n.__ge__}, &owner)
                            ? slotRichCompare
                            : base->richcompare;
    type->isTrue = definesAny(type, {n.__bool__, n.__len__}, &owner) ? slotIsTrue : base->isTrue;
    auto pick = [&](auto member, std::initializer_list<Object*> names, auto slotFn) {
        TypeObject* o = nullptr;
        if (definesAny(type, names, &o)) type->slots.*member = slotFn;
        else type->slots.*member = o ? o->slots.*member : base->slots.*member;
    };
    pick(&TypeSlots::call, {n.__call__}, &slotCall);
    pick(&TypeSlots::iter, {n.__iter__}, &slotIter);
    pick(&TypeSlots::iternext, {n.__next__}, &slotIterNext);
    pick(&TypeSlots::length, {n.__len__}, &slotLength);
    pick(&TypeSlots::subscript, {n.__getitem__}, &slotSubscript);
    pick(&TypeSlots::assSubscript, {n.__setitem__, n.__delitem__}, &slotAssSubscript);
    pick(&TypeSlots::contains, {n.__contains__}, &slotContains);
    pick(&TypeSlots::await_, {n.__await__}, &slotAsync<&VmNames::__await__>);
    pick(&TypeSlots::aiter, {n.__aiter__}, &slotAsync<&VmNames::__aiter__>);
    pick(&TypeSlots::anext, {n.__anext__}, &slotAsync<&VmNames::__anext__>);
    pick(&TypeSlots::descrGet, {n.__get__}, &slotDescrGet);
    pick(&TypeSlots::descrSet, {n.__set__, n.__delete__}, &slotDescrSet);
    pick(&TypeSlots::tpInit, {n.__init__}, &slotInit);
    pick(&TypeSlots::tpNew, {n.__new__}, &slotNew);
    pick(&TypeSlots::setattro, {n.__setattr__, n.__delattr__}, &slotSetAttr);
    {
        TypeObject* o = nullptr;
        const bool hasGetattr = typeLookup(type, n.__getattr__) != nullptr;
        if (definesAny(type, {n.__getattribute__}, &o) || hasGetattr) type->slots.getattro = slotGetAttrHook;
        else type->slots.getattro = o ? o->slots.getattro : base->slots.getattro;
    }
    type->slots.finalize = typeLookup(type, n.__del__) ? slotFinalize : base->slots.finalize;
    // Number slots: a class-local table.
    const NumberSlots* bn = base->slots.number;
    NumberSlots& num = t->numberSlots;
    num = bn ? *bn : NumberSlots{};
    bool anyNumber = bn != nullptr;
    for (int op = 0; op < 26; ++op) {
        Object* d = typeLookup(type, n.binary[op]);
        Object* r = op < 13 ? typeLookup(type, n.reflected[op]) : nullptr;
        const bool own = (d && !wrapperOwner(d)) || (r && !wrapperOwner(r));
        if (own) {
            num.binary[op] = binarySlots()[op];
            anyNumber = true;
        }
    }
    auto unaryPick = [&](UnaryFunc NumberSlots::*member, Object* name, UnaryFunc fn) {
        Object* d = typeLookup(type, name);
        if (d && !wrapperOwner(d)) {
            num.*member = fn;
            anyNumber = true;
        }
    };
    unaryPick(&NumberSlots::negative, n.__neg__, slotUnary<&VmNames::__neg__>);
    unaryPick(&NumberSlots::positive, n.__pos__, slotUnary<&VmNames::__pos__>);
    unaryPick(&NumberSlots::absolute, n.__abs__, slotUnary<&VmNames::__abs__>);
    unaryPick(&NumberSlots::invert, n.__invert__, slotUnary<&VmNames::__invert__>);
    unaryPick(&NumberSlots::index, n.__index__, slotUnary<&VmNames::__index__>);
    unaryPick(&NumberSlots::toInt, n.__int__, slotUnary<&VmNames::__int__>);
    unaryPick(&NumberSlots::toFloat, n.__float__, slotUnary<&VmNames::__float__>);
    {
        Object* d = typeLookup(type, n.binary[nbop::POWER]);
        if (d && !wrapperOwner(d)) num.power3 = slotPower3;
    }
    {
        Object* d = typeLookup(type, findInterned(*type->interp, "__divmod__"));
        Object* r = typeLookup(type, findInterned(*type->interp, "__rdivmod__"));
        if ((d && !wrapperOwner(d)) || (r && !wrapperOwner(r))) {
            num.divmod = slotBinary<NumberSlots::kDivmod>;
            anyNumber = true;
        }
    }
    type->slots.number = anyNumber ? &num : nullptr;
    ++type->slots.versionTag;
    type->interp->typeAttrCache.invalidate();
}


} // namespace hs
