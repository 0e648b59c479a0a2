// Classes: type_new (bases, metaclass, __slots__, __classcell__, MRO, __set_name__,
// __init_subclass__), instances with 3.11's inline values and managed dict, the slot_* functions
// that dispatch to dunder methods, member descriptors, __build_class__ and super().
//
// Sections: instance storage · instance lifetime · slot functions · slot fixup · type_new ·
// __build_class__ · super
#include "objects/class_object.h"

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
InstanceObject* asInstance(Object* o) { return static_cast<InstanceObject*>(o); }

constexpr int kSharedKeysMaxSize = 30;

// Walks to the HeapTypeObject that owns the cached keys of an instance's type (the type itself).
HeapTypeObject* keysOwner(Object* o) { return asHeapType(o->type); }

int findKey(HeapTypeObject* t, Object* name) {
    const std::vector<Object*>& names = t->cachedKeys->names;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name || strEqual(names[i], name)) return static_cast<int>(i);
    return -1;
}

// ---------------------------------------------------------------- instance storage

Object* instanceValuesGet(Object* o, Object* name) {
    InstanceObject* inst = asInstance(o);
    if (!inst->values || !isStr(name)) return nullptr;
    const int ix = findKey(keysOwner(o), name);
    if (ix < 0 || ix >= static_cast<int>(inst->values->values.size())) return nullptr;
    return inst->values->values[static_cast<std::size_t>(ix)];
}

// make_dict_from_instance_attributes: a split dict that shares the class's cached keys and takes
// over the values block (in the values' insertion order).
int instanceMaterialize(Object* o) {
    InstanceObject* inst = asInstance(o);
    if (!inst->values) return 0;
    Interpreter& interp = interpOf(o);
    HeapTypeObject* t = keysOwner(o);
    InstanceValues* v = inst->values;
    Ref dict = newSplitDict(interp, t->cachedKeys, v->addr, v->values, v->order);
    if (!dict) return -1;
    // The values' references moved into the dict; the block is the dict's now.
    delete v;
    inst->values = nullptr;
    inst->dict = dict.release();
    return 0;
}

int instanceValuesSet(Object* o, Object* name, Object* value) {
    InstanceObject* inst = asInstance(o);
    if (!inst->values) return 1;
    HeapTypeObject* t = keysOwner(o);
    if (!isExactStr(name)) {
        if (instanceMaterialize(o) < 0) return -1;
        return 1;
    }
    int ix = findKey(t, name);
    InstanceValues* v = inst->values;
    if (ix < 0) {
        if (!value) return -1; // deleting a missing attribute: AttributeError
        // insert_into_dictkeys: only while the cached keys have room.
        if (t->cachedKeys->usable <= 0 || static_cast<int>(t->cachedKeys->names.size()) >= kSharedKeysMaxSize) {
            if (instanceMaterialize(o) < 0) return -1;
            return 1;
        }
        Ref key = Ref::borrowed(name);
        internInPlace(interpOf(o), key);
        t->cachedKeys->names.push_back(key.release());
        --t->cachedKeys->usable;
        ix = static_cast<int>(t->cachedKeys->names.size()) - 1;
    }
    if (ix >= static_cast<int>(v->values.size())) {
        if (!value) return -1;
        if (instanceMaterialize(o) < 0) return -1;
        return 1;
    }
    Object* old = v->values[static_cast<std::size_t>(ix)];
    if (!value) {
        if (!old) return -1;
        v->values[static_cast<std::size_t>(ix)] = nullptr;
        v->order.erase(std::find(v->order.begin(), v->order.end(), static_cast<std::uint8_t>(ix)));
        decref(old);
        return 0;
    }
    incref(value);
    v->values[static_cast<std::size_t>(ix)] = value;
    if (!old) v->order.push_back(static_cast<std::uint8_t>(ix));
    xdecref(old);
    return 0;
}

Object** instanceDictPtr(Object* o) { return &asInstance(o)->dict; }

// init_inline_values: the values block sized by the cached keys (dk_usable shrinks per instance).
int initInlineValues(Interpreter& interp, InstanceObject* inst, HeapTypeObject* t) {
    if (t->cachedKeys->usable > 1) --t->cachedKeys->usable;
    const int size = static_cast<int>(t->cachedKeys->usableSize());
    auto* v = new InstanceValues();
    v->values.assign(static_cast<std::size_t>(size), nullptr);
    const std::uint64_t prefix = (static_cast<std::uint64_t>(size) + 2 + 7) & ~std::uint64_t(7);
    v->addr = interp.allocBuffer(inst, prefix + 8 * static_cast<std::uint64_t>(size));
    if (v->addr == 0) {
        delete v;
        return -1;
    }
    inst->values = v;
    return 0;
}

// ---------------------------------------------------------------- instance lifetime

bool typeUsesInstanceObject(const TypeObject* t) {
    for (const TypeObject* b = t; b; b = b->base)
        if (!b->isHeapType()) return b == t->interp->types.object;
    return false;
}

void instanceClear(InstanceObject* inst) {
    Interpreter& interp = interpOf(inst);
    for (Object*& s : inst->slotValues) xdecref(std::exchange(s, nullptr));
    if (inst->dict) {
        xdecref(std::exchange(inst->dict, nullptr));
    } else if (inst->values) {
        InstanceValues* v = inst->values;
        inst->values = nullptr;
        for (Object*& value : v->values) xdecref(std::exchange(value, nullptr));
        interp.freeBuffer(v->addr);
        delete v;
    }
}

void subtypeDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    TypeObject* type = o->type;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    if (!callFinalizerFromDealloc(o)) return; // resurrected by its finalizer
    // The weakrefs the class added die after the finalizer, before the slots and the dict.
    if (type->weaklistPtr == instanceWeaklistPtr) {
        clearWeakrefs(o);
        if (type->slots.finalize) clearWeakrefsNoCallbacks(o);
    }
    TrashcanGuard guard(o);
    if (guard.deposited()) return;
    instanceClear(asInstance(o));
    interp.freeObject(o);
    decref(type);
}

int instanceTraverse(Object* o, VisitProc visit, void* arg) {
    InstanceObject* inst = asInstance(o);
    for (Object* s : inst->slotValues)
        if (s)
            if (int r = visit(s, arg)) return r;
    if (inst->dict)
        if (int r = visit(inst->dict, arg)) return r;
    if (inst->values)
        for (std::uint8_t ix : inst->values->order)
            if (Object* v = inst->values->values[ix])
                if (int r = visit(v, arg)) return r;
    return 0;
}

// subtype_traverse: an instance of a heap type also refers to its class (the collector must see
// that reference, or a class in a cycle with its instances is never collected). `references`
// keeps the form without the class: the heap audit counts that reference itself.
int instanceTraverseGc(Object* o, VisitProc visit, void* arg) {
    if (int r = instanceTraverse(o, visit, arg)) return r;
    return visit(o->type, arg);
}
// The same for heap subclasses of exceptions and of type: the class first, then the traverse of
// the nearest base that is not this wrapper.
int heapSubtypeTraverse(Object* o, VisitProc visit, void* arg) {
    if (int r = visit(o->type, arg)) return r;
    const TypeObject* b = o->type->base;
    while (b && b->traverse == heapSubtypeTraverse) b = b->base;
    return b && b->traverse ? b->traverse(o, visit, arg) : 0;
}
void instanceReferences(Object* o, VisitProc visit, void* arg) { instanceTraverse(o, visit, arg); }
void heapSubtypeReferences(Object* o, VisitProc visit, void* arg) {
    const TypeObject* b = o->type->base;
    while (b && b->traverse == heapSubtypeTraverse) b = b->base;
    if (b && b->references) b->references(o, visit, arg);
    else if (b && b->traverse) b->traverse(o, visit, arg);
}

} // namespace

int initInstanceStorage(Interpreter& interp, InstanceObject* inst, TypeObject* type) {
    int totalSlots = 0;
    for (TypeObject* t = type; t && t->isHeapType(); t = t->base) totalSlots += asHeapType(t)->nslots;
    inst->slotValues.assign(static_cast<std::size_t>(totalSlots), nullptr);
    HeapTypeObject* ht = asHeapType(type);
    return ht->managedDict ? initInlineValues(interp, inst, ht) : 0;
}

void clearInstanceStorage(InstanceObject* inst) { instanceClear(inst); }

int traverseInstanceStorage(Object* o, VisitProc visit, void* arg) { return instanceTraverse(o, visit, arg); }

namespace {

int instanceClearSlot(Object* o) {
    instanceClear(asInstance(o));
    return 0;
}

std::int64_t instanceSizeOf(const Object* o) { return o->type->basicsize; }

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
        raiseAttributeError(interpOf(self), self, name, strToUtf8(name));
        return Ref();
    }
    return r;
}

Object* slotRepr(Object* self) {
    bool found = false;
    Ref r = callDunder(self, vmOf(self).names.__repr__, nullptr, 0, &found);
    if (!found) return objectReprDefault(self);
    if (r && !isStr(r.get())) {
        typeError(interpOf(self), "__repr__ returned non-string (type " + r->type->name + ")");
        return nullptr;
    }
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
    std::int64_t h = 0;
    if (!intAsInt64(r.get(), h)) h = intHash(r.get());
    else if (h == -1) h = -2;
    else {
        // hash(int) reduction for large values is intHash's job; small values map to themselves.
        h = intHash(r.get());
    }
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

Object* slotCall(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    Object* meth = typeLookup(self->type, vmOf(self).names.__call__);
    if (!meth) {
        typeError(interp, "'" + self->type->name + "' object is not callable");
        return nullptr;
    }
    if (!enterRecursiveCall(interp, " while calling a Python object")) return nullptr;
    Ref bound;
    if (auto f = meth->type->slots.descrGet) bound = Ref(f(meth, self, self->type));
    else bound = Ref::borrowed(meth);
    Ref r = bound ? call(bound.get(), args, nargs, kwnames) : Ref();
    leaveRecursiveCall(interp);
    return r.release();
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
int slotContains(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    bool found = false;
    Ref r = callDunder(self, vmOf(self).names.__contains__, &value, 1, &found);
    if (!found) {
        // _PySequence_IterSearch over iter(self).
        Ref it = getIter(self);
        if (!it) return -1;
        for (;;) {
            Ref x = iterNext(it.get());
            if (!x) return errOccurred(interp) ? -1 : 0;
            const int cmp = objectRichCompareBool(x.get(), value, CompareOp::Eq);
            if (cmp != 0) return cmp;
        }
    }
    if (!r) return -1;
    return objectIsTrue(r.get());
}

Object* slotGetAttrHook(Object* self, Object* name) {
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(self);
    Object* getattribute = typeLookup(self->type, vm.names.__getattribute__);
    Ref r;
    if (getattribute && getattribute->type != vm.types.wrapperDescriptor) r = callDunder(self, vm.names.__getattribute__, &name, 1);
    else r = genericGetAttr(self, name);
    if (r || !errMatches(interp, vm.exc.AttributeError)) return r.release();
    Object* getattr = typeLookup(self->type, vm.names.__getattr__);
    if (!getattr) return nullptr;
    clearError(interp);
    return callDunder(self, vm.names.__getattr__, &name, 1).release();
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

// Flattens args tuple + kwargs dict into a vectorcall with self prepended and calls meth.
Ref callWithTupleDict(Object* meth, Object* self, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(meth);
    const std::int64_t n = tupleSize(args);
    const std::int64_t nkw = kwargs ? dictSize(kwargs) : 0;
    std::vector<Object*> stack;
    stack.reserve(static_cast<std::size_t>(n + nkw + 1));
    if (self) stack.push_back(self);
    for (std::int64_t i = 0; i < n; ++i) stack.push_back(tupleItem(args, i));
    Ref kwnames;
    if (nkw) {
        kwnames = newTuple(interp, nkw);
        std::int64_t pos = 0, i = 0;
        Object *k, *v;
        while (dictNext(kwargs, pos, &k, &v)) {
            incref(k);
            tupleSetItemSteal(kwnames.get(), i++, k);
            stack.push_back(v);
        }
    }
    return call(meth, stack.data(), n + (self ? 1 : 0), kwnames.get());
}

int slotInit(Object* self, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(self);
    Object* meth = typeLookup(self->type, vmOf(self).names.__init__);
    if (!meth) return 0;
    Ref r;
    if (meth->type == vmOf(self).types.function) {
        r = callWithTupleDict(meth, self, args, kwargs);
    } else {
        Ref bound(meth->type->slots.descrGet ? meth->type->slots.descrGet(meth, self, self->type) : (incref(meth), meth));
        if (!bound) return -1;
        r = callWithTupleDict(bound.get(), nullptr, args, kwargs);
    }
    if (!r) return -1;
    if (r.get() != interp.none) {
        typeError(interp, "__init__() should return None, not '" + r->type->name + "'");
        return -1;
    }
    return 0;
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

template <int Op> Object* slotBinary(Object* self, Object* other) {
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(interp);
    if (Op >= 13) {
        // In-place: __iadd__ and friends only.
        return callDunder(self, vm.names.binary[Op], &other, 1).release();
    }
    Object* name = vm.names.binary[Op];
    Object* rname = vm.names.reflected[Op];
    BinaryFunc me = &slotBinary<Op>;
    const bool doOther = self->type != other->type && other->type->slots.number && other->type->slots.number->binary[Op] == me;
    bool selfHas = self->type->slots.number && self->type->slots.number->binary[Op] == me;
    bool otherLeft = doOther;
    if (selfHas) {
        if (doOther && typeIsSubtype(other->type, self->type)) {
            // method_is_overloaded(type(self), type(other), rname)
            if (typeLookup(other->type, rname) != typeLookup(self->type, rname)) {
                Ref r = callDunder(other, rname, &self, 1);
                if (!r || r.get() != interp.notImplemented) return r.release();
                otherLeft = false;
            }
        }
        Ref r = callDunder(self, name, &other, 1);
        if (!r || r.get() != interp.notImplemented || self->type == other->type) return r.release();
    } else if (self->type == other->type || !typeIsSubtype(other->type, self->type) || true) {
        // self is the right operand (binary_op1 called slotw(v, w) with v = the other object).
    }
    if (!selfHas) {
        // Called as the right operand's slot: self is v (left), other is w (this class).
        Ref r = callDunder(other, rname, &self, 1);
        return r.release();
    }
    if (otherLeft) return callDunder(other, rname, &self, 1).release();
    incref(interp.notImplemented);
    return interp.notImplemented;
}

Object* slotPower3(Object* self, Object* other, Object* mod) {
    Interpreter& interp = interpOf(self);
    if (mod == interp.none) return slotBinary<nbop::POWER>(self, other);
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
        if (TypeObject* owner = wrapperOwner(d)) {
            *staticOwner = owner;
            continue;
        }
        *staticOwner = nullptr;
        return true;
    }
    return false;
}

} // namespace

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
    type->slots.number = anyNumber ? &num : nullptr;
    ++type->slots.versionTag;
    type->interp->typeAttrCache.invalidate();
}

namespace {

// ---------------------------------------------------------------- type_new

int mroMerge(std::vector<std::vector<TypeObject*>>& seqs, std::vector<TypeObject*>& out) {
    for (;;) {
        bool allEmpty = true;
        for (auto& s : seqs) allEmpty = allEmpty && s.empty();
        if (allEmpty) return 0;
        TypeObject* candidate = nullptr;
        for (auto& s : seqs) {
            if (s.empty()) continue;
            TypeObject* head = s.front();
            bool inTail = false;
            for (auto& other : seqs)
                if (other.size() > 1 && std::find(other.begin() + 1, other.end(), head) != other.end()) inTail = true;
            if (!inTail) {
                candidate = head;
                break;
            }
        }
        if (!candidate) return -1;
        out.push_back(candidate);
        for (auto& s : seqs)
            if (!s.empty() && s.front() == candidate) s.erase(s.begin());
    }
}

Ref computeMro(Interpreter& interp, TypeObject* type, Object* bases) {
    std::vector<TypeObject*> out{type};
    std::vector<std::vector<TypeObject*>> seqs;
    const std::int64_t n = tupleSize(bases);
    for (std::int64_t i = 0; i < n; ++i) {
        std::vector<TypeObject*> m;
        typeMro(asType(tupleItem(bases, i)), m);
        seqs.push_back(std::move(m));
    }
    std::vector<TypeObject*> baseList;
    for (std::int64_t i = 0; i < n; ++i) baseList.push_back(asType(tupleItem(bases, i)));
    // check_duplicates (mro_implementation, more than one base).
    for (std::size_t i = 0; n > 1 && i < baseList.size(); ++i)
        for (std::size_t j = i + 1; j < baseList.size(); ++j)
            if (baseList[i] == baseList[j]) {
                typeError(interp, "duplicate base class " + baseList[i]->name);
                return Ref();
            }
    seqs.push_back(baseList);
    if (mroMerge(seqs, out) < 0) {
        // set_mro_error: the heads of the sequences left, each once, in order.
        std::vector<TypeObject*> heads;
        for (auto& s : seqs)
            if (!s.empty() && std::find(heads.begin(), heads.end(), s.front()) == heads.end()) heads.push_back(s.front());
        std::string names;
        for (std::size_t i = 0; i < heads.size(); ++i) names += (i ? ", " : " ") + heads[i]->name;
        typeError(interp, "Cannot create a consistent method resolution\norder (MRO) for bases" + names);
        return Ref();
    }
    if (n > 1) {
        // mro_implementation merges into a list (PyList_New(1) + appends) and mro_invoke turns it
        // into the tuple (PySequence_Tuple); the list is freed. One base: the tuple directly.
        Ref acc = newList(interp, 1);
        if (!acc) return Ref();
        incref(out[0]);
        listSetItemSteal(acc.get(), 0, out[0]);
        for (std::size_t i = 1; i < out.size(); ++i)
            if (listAppend(acc.get(), out[i]) < 0) return Ref();
        return listAsTuple(acc.get());
    }
    Ref t = newTuple(interp, static_cast<std::int64_t>(out.size()));
    for (std::size_t i = 0; i < out.size(); ++i) {
        incref(out[i]);
        tupleSetItemSteal(t.get(), static_cast<std::int64_t>(i), out[i]);
    }
    return t;
}

// The base whose layout the new type extends (best_base / solid_base simplified: the first base
// whose instance layout is not plain object wins).
TypeObject* solidBase(TypeObject* t) {
    while (t->base && t->isHeapType()) t = t->base;
    return t;
}

TypeObject* bestBase(Interpreter& interp, Object* bases) {
    TypeObject* best = nullptr;
    TypeObject* bestSolid = nullptr;
    for (std::int64_t i = 0; i < tupleSize(bases); ++i) {
        Object* b = tupleItem(bases, i);
        if (!isType(b)) {
            typeError(interp, "bases must be types");
            return nullptr;
        }
        TypeObject* bt = asType(b);
        if (!(bt->flags & tpflags::kBaseType)) {
            typeError(interp, "type '" + bt->name + "' is not an acceptable base type");
            return nullptr;
        }
        TypeObject* solid = solidBase(bt);
        if (!best) {
            best = bt;
            bestSolid = solid;
        } else if (bestSolid->isSubtypeOf(solid)) {
        } else if (solid->isSubtypeOf(bestSolid)) {
            best = bt;
            bestSolid = solid;
        } else {
            typeError(interp, "multiple bases have instance lay-out conflict");
            return nullptr;
        }
    }
    return best;
}

Object* getMemberSlot(Object* self, Object* descr);

// Member descriptors of __slots__: the slot index lives in the descriptor.
struct MemberDescr : DescrObject {
    int index = 0;
};

// subtype_getsets_full: the __dict__ / __weakref__ descriptors a class adds for its instances.
Object* subtypeDictGet(Object* self) {
    Interpreter& interp = interpOf(self);
    Object* d = instanceDict(self, true);
    if (!d) {
        if (!errOccurred(interp))
            raiseAttributeError(interp, self, vmOf(interp).names.__dict__,
                                "This object has no __dict__");
        return nullptr;
    }
    incref(d);
    return d;
}
int subtypeDictSet(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    if (!value) {
        typeError(interp, "cannot delete __dict__");
        return -1;
    }
    if (!isDict(value)) {
        typeError(interp, "__dict__ must be set to a dictionary, not a '" + value->type->name + "'");
        return -1;
    }
    if (self->type->slots.materialize && self->type->slots.materialize(self) < 0) return -1;
    Object** p = self->type->slots.dictPtr(self);
    incref(value);
    xdecref(std::exchange(*p, value));
    return 0;
}
Object* subtypeWeakrefGet(Object* self) {
    // subtype_getweakref: the list head at tp_weaklistoffset, wherever the layout puts it.
    Object** slot = self->type->slots.weaklistOffset && self->type->weaklistPtr ? self->type->weaklistPtr(self) : nullptr;
    Object* head = slot ? *slot : nullptr;
    Object* r = head ? head : interpOf(self).none;
    incref(r);
    return r;
}
const GetSetDef kSubtypeDict = {"__dict__", subtypeDictGet, subtypeDictSet, "dictionary for instance variables (if defined)"};
const GetSetDef kSubtypeWeakref = {"__weakref__", subtypeWeakrefGet, nullptr, "list of weak references to the object (if defined)"};

int addSubtypeDescriptor(Interpreter& interp, TypeObject* t, const GetSetDef* def) {
    auto* d = interp.newObject<DescrObject>(vmOf(interp).types.getsetDescriptor, 48);
    if (!d) return -1;
    Ref ref(d);
    incref(t);
    d->cls = t; // strong for heap types (PyDescr_NewGetSet keeps a reference to the type)
    d->name = internName(interp, def->name).release();
    d->getset = def;
    interp.gc().track(d);
    return dictSetItem(t->slots.dict, d->name, d);
}

Object* memberGet(Object* descr, Object* obj, Object*) {
    if (!obj) {
        incref(descr);
        return descr;
    }
    auto* d = static_cast<MemberDescr*>(descr);
    Interpreter& interp = interpOf(descr);
    if (!typeIsSubtype(obj->type, d->cls)) {
        typeError(interp, "descriptor '" + strToUtf8(d->name) + "' for '" + d->cls->name + "' objects doesn't apply to a '" +
                              obj->type->name + "' object");
        return nullptr;
    }
    InstanceObject* inst = asInstance(obj);
    Object* v = static_cast<std::size_t>(d->index) < inst->slotValues.size() ? inst->slotValues[static_cast<std::size_t>(d->index)] : nullptr;
    if (!v) {
        raiseAttributeError(interp, obj, d->name, "'" + obj->type->name + "' object has no attribute '" + strToUtf8(d->name) + "'");
        return nullptr;
    }
    incref(v);
    return v;
}

int memberSet(Object* descr, Object* obj, Object* value) {
    auto* d = static_cast<MemberDescr*>(descr);
    Interpreter& interp = interpOf(descr);
    InstanceObject* inst = asInstance(obj);
    Object*& slot = inst->slotValues[static_cast<std::size_t>(d->index)];
    if (!value && !slot) {
        raiseAttributeError(interp, obj, d->name, strToUtf8(d->name));
        return -1;
    }
    xincref(value);
    xdecref(std::exchange(slot, value));
    return 0;
}

Object* memberRepr(Object* o) {
    auto* d = static_cast<MemberDescr*>(o);
    return newStrFromUtf8(interpOf(o), "<member '" + strToUtf8(d->name) + "' of '" + d->cls->name + "' objects>").release();
}

void memberDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    xdecref(std::exchange(static_cast<MemberDescr*>(o)->name, nullptr));
    TypeObject* cls = std::exchange(static_cast<MemberDescr*>(o)->cls, nullptr);
    interp.freeObject(o);
    if (cls) decref(cls);
}

// add_subclass: base.tp_subclasses[int(id(type))] = weakref(type) — the key, then the ref, then the
// dict on first use, in CPython's order (each is a real allocation the program can observe).
int addSubclassRecord(Interpreter& interp, TypeObject* base, TypeObject* type) {
    Ref key = newInt(interp, static_cast<std::int64_t>(type->addr));
    if (!key) return -1;
    Ref ref = newWeakref(interp, type, nullptr);
    if (!ref) return -1;
    if (base->subclassesDict == nullptr) {
        base->subclassesDict = newDict(interp).release();
        if (base->subclassesDict == nullptr) return -1;
    }
    return dictSetItem(base->subclassesDict, key.get(), ref.get());
}

// remove_subclass: drops the entry (its weakref and key die here) and the dict once it is empty.
void removeSubclassRecord(Interpreter& interp, TypeObject* base, TypeObject* type) {
    Object* subclasses = base->subclassesDict;
    if (subclasses == nullptr) return;
    PendingError pending = interp.takeError(); // type_dealloc_common's PyErr_Fetch / PyErr_Restore
    Ref key = newInt(interp, static_cast<std::int64_t>(type->addr));
    if (key) dictDelItem(subclasses, key.get());
    key = Ref();
    if (dictSize(subclasses) == 0 && !base->hasStartupSubclasses) xdecref(std::exchange(base->subclassesDict, nullptr));
    interp.setPendingError(std::move(pending));
}

void heapTypeDealloc(Object* o) {
    HeapTypeObject* t = asHeapType(o);
    Interpreter& interp = interpOf(o);
    TypeObject* meta = o->type;
    interp.typeAttrCache.invalidate(); // its address may be reused by another type
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    // type_dealloc_common's remove_all_subclasses: leave every base's tp_subclasses; then the
    // weakrefs to the class (PyObject_ClearWeakRefs), as type_dealloc orders them.
    if (t->slots.bases)
        for (std::int64_t i = 0; i < tupleSize(t->slots.bases); ++i) {
            TypeObject* base = asType(tupleItem(t->slots.bases, i));
            auto& subs = base->subclasses;
            subs.erase(std::remove(subs.begin(), subs.end(), static_cast<TypeObject*>(t)), subs.end());
            removeSubclassRecord(interp, base, t);
        }
    clearWeakrefs(o);
    xdecref(std::exchange(t->slots.dict, nullptr));
    xdecref(std::exchange(t->slots.mro, nullptr));
    xdecref(std::exchange(t->slots.bases, nullptr));
    if (t->base && t->base->isHeapType()) decref(std::exchange(t->base, nullptr));
    xdecref(std::exchange(t->htName, nullptr));
    xdecref(std::exchange(t->htQualname, nullptr));
    xdecref(std::exchange(t->htSlots, nullptr));
    xdecref(std::exchange(t->subclassesDict, nullptr));
    if (t->cachedKeys) {
        // Split dicts may outlive the class: the block then belongs to no object.
        if (t->cachedKeys->refcnt > 1 && t->cachedKeys->addr) interp.memory().slotOf(t->cachedKeys->addr).owner = nullptr;
        splitKeysDecref(interp, std::exchange(t->cachedKeys, nullptr));
    }
    interp.freeObject(o);
    interp.typeAttrCache.invalidate(); // lookups made while its namespace was released
    if (meta->isHeapType()) decref(meta);
}

int heapTypeTraverse(Object* o, VisitProc visit, void* arg) {
    HeapTypeObject* t = asHeapType(o);
    for (Object* p : {t->slots.dict, t->slots.mro, t->slots.bases, static_cast<Object*>(t->base && t->base->isHeapType() ? t->base : nullptr)})
        if (p)
            if (int r = visit(p, arg)) return r;
    return 0;
}

void heapTypeReferences(Object* o, VisitProc visit, void* arg) {
    HeapTypeObject* t = asHeapType(o);
    for (Object* p : {t->slots.dict, t->slots.mro, t->slots.bases, t->htName, t->htQualname, t->htSlots,
                      static_cast<Object*>(t->base && t->base->isHeapType() ? t->base : nullptr)})
        if (p) visit(p, arg);
    if (t->cachedKeys)
        for (Object* k : t->cachedKeys->names) visit(k, arg);
    if (t->subclassesDict) visit(t->subclassesDict, arg);
}

int heapTypeClear(Object* o) {
    HeapTypeObject* t = asHeapType(o);
    interpOf(o).typeAttrCache.invalidate();
    if (t->slots.dict) dictClear(t->slots.dict);
    xdecref(std::exchange(t->slots.mro, nullptr));
    interpOf(o).typeAttrCache.invalidate(); // finalizers run by the clear may have looked t up
    return 0;
}

std::int64_t heapTypeSizeOf(const Object* o) {
    const HeapTypeObject* t = asHeapType(o);
    // sizeof(PyHeapTypeObject) + _PyDict_KeysSize(ht_cached_keys) for managed-dict classes.
    std::int64_t size = 904;
    // int8 indices (log2 size < 8): the index table has 2**log2Size bytes.
    if (t->cachedKeys) size += dictKeysSimSize(t->cachedKeys->log2Size, t->cachedKeys->log2Size, true);
    return size;
}

} // namespace

void prepareHeapTypeSlots(TypeObject& t);

bool isHeapTypeObject(const Object* o) { return isType(o) && static_cast<const TypeObject*>(o)->isHeapType(); }

std::string heapTypeQualName(const TypeObject* t) {
    const HeapTypeObject* h = asHeapType(t);
    return h->htQualname ? strToUtf8(h->htQualname) : t->name;
}

std::string heapTypeModuleName(const TypeObject* t) {
    if (t->slots.dict)
        if (Object* m = dictGetItem(t->slots.dict, vmOf(t).names.__module__))
            if (isStr(m)) return strToUtf8(m);
    return "builtins";
}

Ref instanceAttributeNames(Object* o) {
    Interpreter& interp = interpOf(o);
    Ref list = newList(interp, 0);
    if (!list) return Ref();
    if (!typeUsesInstanceObject(o->type)) return list;
    InstanceObject* inst = asInstance(o);
    if (inst->values)
        for (std::uint8_t ix : inst->values->order) listAppend(list.get(), keysOwner(o)->cachedKeys->names[ix]);
    return list;
}

// object_new's refusal of abstract classes: "Can't instantiate abstract class C with abstract
// method(s) a, b" (the sorted names of __abstractmethods__).
bool rejectAbstract(Interpreter& interp, TypeObject* type) {
    Object* abstracts = dictGetItem(type->slots.dict, internName(interp, "__abstractmethods__").get());
    if (!abstracts) return true; // the flag came without the attribute: not abstract
    Ref names = sequenceList(abstracts);
    if (!names || listSort(names.get()) < 0) return false;
    std::string joined;
    for (std::int64_t i = 0; i < listSize(names.get()); ++i) {
        if (i) joined += ", ";
        joined += strToUtf8(listItem(names.get(), i));
    }
    typeError(interp, "Can't instantiate abstract class " + type->name + " with abstract method" +
                          (listSize(names.get()) > 1 ? "s " : " ") + joined);
    return false; // error pending
}

Object* objectNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if ((type->flags & tpflags::kIsAbstract) && type->isHeapType() && type->slots.dict &&
        !rejectAbstract(interp, type))
        return nullptr;
    const bool excess = tupleSize(args) > 0 || (kwargs && dictSize(kwargs) > 0);
    if (excess) {
        if (type->slots.tpNew != objectNew) {
            typeError(interp, "object.__new__() takes exactly one argument (the type to instantiate)");
            return nullptr;
        }
        if (type->slots.tpInit == objectInit) {
            typeError(interp, type->name + "() takes no arguments");
            return nullptr;
        }
    }
    if (type == interp.types.object) {
        auto* o = interp.newObject<Object>(type, 16);
        return o;
    }
    if (!typeUsesInstanceObject(type)) {
        typeError(interp, "object.__new__(" + type->name + ") is not safe, use " + solidBase(type)->name + ".__new__()");
        return nullptr;
    }
    HeapTypeObject* ht = asHeapType(type);
    auto* inst = interp.newObject<InstanceObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (!inst) return nullptr;
    int totalSlots = 0;
    for (TypeObject* t = type; t && t->isHeapType(); t = t->base) totalSlots += asHeapType(t)->nslots;
    inst->slotValues.assign(static_cast<std::size_t>(totalSlots), nullptr);
    interp.gc().track(inst);
    if (ht->managedDict && initInlineValues(interp, inst, ht) < 0) {
        decref(inst);
        return nullptr;
    }
    return inst;
}

int objectInit(Object* self, Object* args, Object* kwargs) {
    TypeObject* type = self->type;
    const bool excess = tupleSize(args) > 0 || (kwargs && dictSize(kwargs) > 0);
    if (excess) {
        if (type->slots.tpInit != objectInit) {
            typeError(interpOf(self), "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->slots.tpNew == objectNew) {
            typeError(interpOf(self), type->name + "() takes no arguments");
            return -1;
        }
    }
    return 0;
}

Ref typeNew(TypeObject* metatype, Object* name, Object* bases, Object* origDict, Object* kwds) {
    Interpreter& interp = *metatype->interp;
    VmState& vm = vmOf(interp);
    if (!isStr(name)) {
        typeError(interp, "type.__new__() argument 1 must be str, not " + name->type->name);
        return Ref();
    }
    if (!isTuple(bases)) {
        typeError(interp, "type.__new__() argument 2 must be tuple, not " + bases->type->name);
        return Ref();
    }
    if (!isDict(origDict)) {
        typeError(interp, "type.__new__() argument 3 must be dict, not " + origDict->type->name);
        return Ref();
    }
    Ref basesRef = Ref::borrowed(bases);
    if (tupleSize(bases) == 0) basesRef = tuplePack(interp, {interp.types.object});
    TypeObject* base = bestBase(interp, basesRef.get());
    if (!base) return Ref();
    TypeObject* solid = solidBase(base);
    const bool objectLayout = solid == interp.types.object;
    const bool excLayout = solid->flags & tpflags::kBaseExcSubclass;
    const bool typeLayout = solid == interp.types.type;
    const bool weakrefLayout = solid == vm.types.weakref;
    if (!objectLayout && !excLayout && !typeLayout && !weakrefLayout) {
        typeError(interp, "subclassing '" + solid->name + "' is not supported by the simulation yet");
        return Ref();
    }
    Ref dict = dictCopy(origDict);
    if (!dict) return Ref();

    // __slots__
    Ref slots;
    if (Object* s = dictGetItem(dict.get(), vm.names.__slots__)) {
        slots = isStr(s) ? tuplePack(interp, {s}) : sequenceTuple(s);
        if (!slots) return Ref();
    }
    bool addDict = false, addWeak = false;
    int nslots = 0;
    std::vector<Object*> slotNames;
    std::vector<Ref> mangledSlots; // owns the mangled names slotNames points at
    if (slots) {
        for (std::int64_t i = 0; i < tupleSize(slots.get()); ++i) {
            Object* sn = tupleItem(slots.get(), i);
            if (!isStr(sn)) {
                typeError(interp, "__slots__ items must be strings, not '" + sn->type->name + "'");
                return Ref();
            }
            if (strEqualsAscii(sn, "__dict__")) addDict = true;
            else if (strEqualsAscii(sn, "__weakref__")) addWeak = true;
            else {
                // type_new_copy_slots: private names are mangled (_Py_Mangle with the class name).
                const std::string text = strToUtf8(sn);
                if (text.size() > 2 && text.compare(0, 2, "__") == 0 && text.compare(text.size() - 2, 2, "__") != 0 &&
                    text.find('.') == std::string::npos) {
                    const std::string cname = strToUtf8(name);
                    const std::size_t skip = cname.find_first_not_of('_');
                    if (skip != std::string::npos) {
                        mangledSlots.push_back(newStrFromUtf8(interp, "_" + cname.substr(skip) + text));
                        if (!mangledSlots.back()) return Ref();
                        sn = mangledSlots.back().get();
                    }
                }
                if (dictGetItem(dict.get(), sn)) {
                    raiseError(interp, vm.exc.ValueError, reprOf(sn) + " in __slots__ conflicts with class variable");
                    return Ref();
                }
                slotNames.push_back(sn);
            }
        }
        // ht_slots is sorted: the member descriptors (and their offsets) follow that order.
        std::stable_sort(slotNames.begin(), slotNames.end(),
                         [](Object* a, Object* b) { return strToUtf8(a) < strToUtf8(b); });
        nslots = static_cast<int>(slotNames.size());
        // type_new_copy_slots: the names (mangled, without __dict__/__weakref__) go into a new list,
        // sorted, turned into the tuple that replaces ctx->slots (later ht_slots); the list is freed.
        // The new tuple holds every name slotNames points at.
        Ref newSlots = listFromArray(interp, slotNames.data(), static_cast<std::int64_t>(slotNames.size()));
        if (!newSlots) return Ref();
        Ref slotTuple = listAsTuple(newSlots.get());
        if (!slotTuple) return Ref();
        newSlots = Ref();
        slots = std::move(slotTuple);
    } else {
        addDict = (objectLayout || weakrefLayout) && !(base->isHeapType() && asHeapType(base)->managedDict);
        addWeak = base->slots.weaklistOffset == 0;
    }
    if (!objectLayout && !weakrefLayout) addDict = false;
    if (addWeak && base->slots.weaklistOffset != 0) addWeak = false;

    auto* t = interp.newObject<HeapTypeObject>(metatype, 904 + 40 * static_cast<std::uint64_t>(nslots));
    if (!t) return Ref();
    Ref typeRef(t);
    t->interp = &interp;
    t->name = strToUtf8(name);
    t->htName = name;
    incref(name);
    t->base = base;
    if (base->isHeapType()) incref(base);
    t->flags = tpflags::kHeapType | tpflags::kBaseType | tpflags::kHaveGc |
               (base->flags & (tpflags::kLongSubclass | tpflags::kListSubclass | tpflags::kTupleSubclass |
                               tpflags::kBytesSubclass | tpflags::kUnicodeSubclass | tpflags::kDictSubclass |
                               tpflags::kBaseExcSubclass | tpflags::kTypeSubclass));
    const bool baseManaged = base->isHeapType() && asHeapType(base)->managedDict;
    t->managedDict = addDict || baseManaged;
    if (t->managedDict) t->flags |= tpflags::kManagedDict;
    t->basicsize = base->basicsize + (addWeak ? 8 : 0) + 8 * nslots;
    t->itemsize = base->itemsize;
    t->nslots = nslots;
    t->slots = base->slots;
    t->slots.table = nullptr;
    t->slots.dict = nullptr;
    t->slots.mro = nullptr;
    t->slots.bases = nullptr;
    t->slots.number = nullptr;
    // type_new_descriptors: a __weakref__ the class adds follows its __slots__ members.
    if (addWeak || base->slots.weaklistOffset)
        t->slots.weaklistOffset = base->slots.weaklistOffset ? base->slots.weaklistOffset : base->basicsize + 8 * nslots;
    prepareHeapTypeSlots(*t);
    if (weakrefLayout) prepareWeakrefSubtype(*t);
    else if (typeLayout) t->weaklistPtr = base->weaklistPtr;
    else if (objectLayout && t->slots.weaklistOffset) t->weaklistPtr = instanceWeaklistPtr;
    else if (excLayout && t->slots.weaklistOffset) t->weaklistPtr = exceptionWeaklistPtr;
    if (excLayout) {
        // Exception subclasses keep their attributes in BaseException's dict.
        t->slots.dictPtr = base->slots.dictPtr;
        t->slots.valuesGet = nullptr;
        t->slots.valuesSet = nullptr;
        t->slots.materialize = nullptr;
        t->dealloc = base->dealloc;
        t->traverse = heapSubtypeTraverse;
        t->clear = base->clear;
        t->sizeOf = base->sizeOf;
        t->references = heapSubtypeReferences;
        t->destroyHost = base->destroyHost;
        t->label = base->label;
    } else if (typeLayout) {
        t->dealloc = base->dealloc;
        t->traverse = heapSubtypeTraverse;
        t->clear = base->clear;
        t->sizeOf = base->sizeOf;
        t->references = heapSubtypeReferences;
        t->destroyHost = base->destroyHost;
        t->label = base->label;
    } else if (!t->managedDict) {
        t->slots.valuesGet = nullptr;
        t->slots.valuesSet = nullptr;
        t->slots.materialize = nullptr;
        t->slots.dictPtr = nullptr;
    }
    incref(basesRef.get());
    t->slots.bases = basesRef.get();
    t->slots.dict = dict.release();
    Object* tdict = t->slots.dict;

    // __module__ from the caller's globals, __qualname__, __doc__.
    if (dictContains(tdict, vm.names.__module__) == 0)
        if (Object* globals = currentGlobals(interp))
            if (Object* mod = dictGetItem(globals, vm.names.__name__)) dictSetItem(tdict, vm.names.__module__, mod);
    if (Object* q = dictGetItem(tdict, vm.names.__qualname__)) {
        if (!isStr(q)) {
            typeError(interp, "type __qualname__ must be a str, not " + q->type->name);
            return Ref();
        }
        incref(q);
        t->htQualname = q;
        dictDelItem(tdict, vm.names.__qualname__);
    } else {
        incref(name);
        t->htQualname = name;
    }
    // __new__ becomes a staticmethod, __init_subclass__ / __class_getitem__ classmethods.
    if (Object* f = dictGetItem(tdict, vm.names.__new__))
        if (isFunction(f)) {
            Ref sm = newStaticMethod(interp, f);
            dictSetItem(tdict, vm.names.__new__, sm.get());
        }
    for (Object* cmName : {vm.names.__init_subclass__, vm.names.__class_getitem__})
        if (Object* f = dictGetItem(tdict, cmName))
            if (isFunction(f)) {
                Ref cm = newClassMethod(interp, f);
                dictSetItem(tdict, cmName, cm.get());
            }
    // Member descriptors for __slots__.
    int slotBase = 0;
    for (TypeObject* b = base; b && b->isHeapType(); b = b->base) slotBase += asHeapType(b)->nslots;
    t->slotBase = slotBase;
    for (int i = 0; i < nslots; ++i) {
        auto* d = interp.newObject<MemberDescr>(vm.types.memberDescriptor, 48);
        if (!d) return Ref();
        Ref dref(d);
        incref(t);
        d->cls = t;
        Ref sname = Ref::borrowed(slotNames[static_cast<std::size_t>(i)]);
        internInPlace(interp, sname);
        d->name = sname.release();
        d->index = slotBase + i;
        interp.gc().track(d);
        if (dictSetItem(tdict, d->name, d) < 0) return Ref();
    }
    if (slots) {
        t->htSlots = slots.release();
    }
    // __dict__ / __weakref__ getset descriptors are not added (static getsets of object serve).
    // The class cell.
    if (Object* cell = dictGetItem(tdict, vm.names.__classcell__)) {
        if (!isCell(cell)) {
            typeError(interp, "__classcell__ must be a nonlocal cell, not " + reprOf(cell->type));
            return Ref();
        }
        incref(t);
        cellSet(cell, t);
        dictDelItem(tdict, vm.names.__classcell__);
    }
    // __hash__ = None when __eq__ is defined without __hash__.
    if (dictContains(tdict, vm.names.__eq__) == 1 && dictContains(tdict, vm.names.__hash__) == 0)
        dictSetItem(tdict, vm.names.__hash__, interp.none);
    // MRO.
    Ref mro = computeMro(interp, t, t->slots.bases);
    if (!mro) return Ref();
    t->slots.mro = mro.release();
    if (t->managedDict) {
        t->cachedKeys = new SplitKeys();
        t->cachedKeys->addr = interp.allocBuffer(t, 32 + 64 + 42 * 16);
    }
    // PyType_Ready's add_getset (subtype __dict__ / __weakref__) and type_dict_set_doc.
    if (addDict && addSubtypeDescriptor(interp, t, &kSubtypeDict) < 0) return Ref();
    if (addWeak && addSubtypeDescriptor(interp, t, &kSubtypeWeakref) < 0) return Ref();
    if (dictContains(tdict, vm.names.__doc__) == 0 && dictSetItem(tdict, vm.names.__doc__, interp.none) < 0) return Ref();
    updateTypeSlot(t, nullptr);
    interp.gc().track(t);
    // type_ready_add_subclasses.
    for (std::int64_t i = 0; i < tupleSize(t->slots.bases); ++i) {
        TypeObject* base = asType(tupleItem(t->slots.bases, i));
        base->subclasses.push_back(t);
        if (addSubclassRecord(interp, base, t) < 0) return Ref();
    }

    interp.typeAttrCache.invalidate(); // the namespace is complete: drop lookups made while filling it
    // __set_name__ on the attributes, then __init_subclass__ of the parent.
    {
        // type_new_set_names iterates over a copy of the namespace.
        Ref names = dictCopy(tdict);
        if (!names) return Ref();
        std::int64_t pos = 0;
        Object *key = nullptr, *value = nullptr;
        while (dictNext(names.get(), pos, &key, &value)) {
            Object* setName = typeLookup(value->type, vm.names.__set_name__);
            if (!setName) continue;
            Object* args[3] = {value, t, key};
            Ref r = call(setName, args, 3);
            if (!r) {
                // 3.11 wraps: "Error calling __set_name__ on 'X' instance 'n' in 'C'"
                Ref cause = fetchError(interp);
                raiseError(interp, vm.exc.RuntimeError,
                           "Error calling __set_name__ on '" + value->type->name + "' instance " + reprOf(key) + " in '" +
                               t->name + "'");
                if (Object* e = interp.error().value.get()) {
                    incref(cause.get());
                    setExceptionCause(e, cause.get());
                }
                return Ref();
            }
        }
    }
    {
        // super(type, type).__init_subclass__(**kwds)
        std::vector<TypeObject*> m;
        typeMro(t, m);
        Object* init = nullptr;
        for (std::size_t i = 1; i < m.size() && !init; ++i) {
            TypeObject* c = m[i];
            init = c->slots.dict ? dictGetItem(c->slots.dict, vm.names.__init_subclass__) : staticTypeDictLookup(c, vm.names.__init_subclass__);
        }
        if (init) {
            Ref bound(init->type->slots.descrGet ? init->type->slots.descrGet(init, nullptr, t) : (incref(init), init));
            if (!bound) return Ref();
            Ref r = kwds ? callTupleDict(bound.get(), interp.emptyTuple, kwds) : callNoArgs(bound.get());
            if (!r) return Ref();
        } else if (kwds && dictSize(kwds) > 0) {
            typeError(interp, t->name + ".__init_subclass__() takes no keyword arguments");
            return Ref();
        }
    }
    interp.typeAttrCache.invalidate(); // lookups made while the namespace was being filled
    return typeRef;
}

void prepareHeapTypeSlots(TypeObject& t) {
    VmState& vm = vmOf(&t);
    HeapTypeObject& h = static_cast<HeapTypeObject&>(t);
    if (!(t.flags & (tpflags::kBaseExcSubclass | tpflags::kTypeSubclass))) {
        t.dealloc = subtypeDealloc;
        t.traverse = instanceTraverseGc;
        t.clear = instanceClearSlot;
        t.sizeOf = instanceSizeOf;
        t.references = instanceReferences;
        t.destroyHost = [](Object* o) { static_cast<InstanceObject*>(o)->~InstanceObject(); };
        t.label = [](const Object* o) { return "<" + o->type->name + " object>"; };
        if (h.managedDict) {
            t.slots.valuesGet = instanceValuesGet;
            t.slots.valuesSet = instanceValuesSet;
            t.slots.materialize = instanceMaterialize;
            t.slots.dictPtr = instanceDictPtr;
        }
    }
    (void)vm;
}

// ---------------------------------------------------------------- __build_class__

Object* buildClass(Object*, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *args[0]->type->interp;
    VmState& vm = vmOf(interp);
    if (nargs < 2) {
        typeError(interp, "__build_class__: not enough arguments");
        return nullptr;
    }
    Object* func = args[0];
    if (!isFunction(func)) {
        typeError(interp, "__build_class__: func must be a function");
        return nullptr;
    }
    Object* name = args[1];
    if (!isStr(name)) {
        typeError(interp, "__build_class__: name is not a string");
        return nullptr;
    }
    Ref origBases = tupleFromArray(interp, args + 2, nargs - 2);
    if (!origBases) return nullptr;
    // __mro_entries__ of non-type bases.
    Ref bases = origBases;
    for (std::int64_t i = 0; i < tupleSize(origBases.get()); ++i) {
        Object* b = tupleItem(origBases.get(), i);
        if (isType(b)) continue;
        Ref entries;
        if (lookupAttr(b, vm.names.__mro_entries__, entries) < 0) return nullptr;
        if (!entries) continue;
        typeError(interp, "__mro_entries__ is not supported by the simulation");
        return nullptr;
    }
    Ref mkw;
    Object* meta = nullptr;
    const std::int64_t nkw = kwCount(kwnames);
    if (nkw) {
        mkw = newDict(interp);
        for (std::int64_t i = 0; i < nkw; ++i) {
            Object* k = tupleItem(kwnames, i);
            if (strEqualsAscii(k, "metaclass")) meta = args[nargs + i];
            else dictSetItem(mkw.get(), k, args[nargs + i]);
        }
    }
    bool isClass = true;
    if (!meta) {
        meta = tupleSize(bases.get()) ? tupleItem(bases.get(), 0)->type : interp.types.type;
    } else {
        isClass = isType(meta);
    }
    if (isClass) {
        // _PyType_CalculateMetaclass
        TypeObject* winner = asType(meta);
        for (std::int64_t i = 0; i < tupleSize(bases.get()); ++i) {
            TypeObject* tmp = tupleItem(bases.get(), i)->type;
            if (typeIsSubtype(winner, tmp)) continue;
            if (typeIsSubtype(tmp, winner)) {
                winner = tmp;
                continue;
            }
            typeError(interp, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                              "metaclasses of all its bases");
            return nullptr;
        }
        meta = winner;
    }
    Ref ns;
    Ref prep;
    if (lookupAttr(meta, vm.names.__prepare__, prep) < 0) return nullptr;
    if (!prep) {
        ns = newDict(interp);
    } else {
        Object* pargs[2] = {name, bases.get()};
        ns = mkw ? callTupleDict(prep.get(), tuplePack(interp, {name, bases.get()}).get(), mkw.get()) : call(prep.get(), pargs, 2);
    }
    if (!ns) return nullptr;
    if (!isDict(ns.get()) && !(ns->type->slots.subscript && ns->type->slots.assSubscript)) {
        typeError(interp, (isType(meta) ? asType(meta)->name : std::string("<metaclass>")) + ".__prepare__() must return a mapping, not " +
                              ns->type->name);
        return nullptr;
    }
    Ref cell = callFunctionWithLocals(func, ns.get());
    if (!cell) return nullptr;
    Object* margs[3] = {name, bases.get(), ns.get()};
    Ref cls = mkw ? callTupleDict(meta, tupleFromArray(interp, margs, 3).get(), mkw.get()) : call(meta, margs, 3);
    if (!cls) return nullptr;
    if (isType(cls.get()) && isCell(cell.get())) {
        Object* cellCls = cellGet(cell.get());
        if (cellCls != cls.get()) {
            if (!cellCls)
                raiseError(interp, vm.exc.RuntimeError,
                           "__class__ not set defining " + reprOf(name) + " as " + reprOf(cls.get()) +
                               ". Was __classcell__ propagated to type.__new__?");
            else
                typeError(interp, "__class__ set to " + reprOf(cellCls) + " defining " + reprOf(name) + " as " + reprOf(cls.get()));
            return nullptr;
        }
    }
    return cls.release();
}

// ---------------------------------------------------------------- super

namespace {

struct SuperObject : Object {
    Object* type = nullptr;    // the class super() was called in (strong)
    Object* obj = nullptr;     // the instance or class (strong or null)
    Object* objType = nullptr; // type(obj) or obj if it is a class (strong or null)
};

SuperObject* asSuper(Object* o) { return static_cast<SuperObject*>(o); }

Object* superGetAttr(Object* self, Object* name) {
    SuperObject* su = asSuper(self);
    Interpreter& interp = interpOf(self);
    if (su->objType && !(isStr(name) && strEqualsAscii(name, "__class__"))) {
        std::vector<TypeObject*> mro;
        typeMro(asType(su->objType), mro);
        std::size_t i = 0;
        while (i < mro.size() && mro[i] != su->type) ++i;
        for (++i; i < mro.size(); ++i) {
            TypeObject* c = mro[i];
            Object* res = c->slots.dict ? dictGetItem(c->slots.dict, name) : staticTypeDictLookup(c, name);
            if (!res) continue;
            if (auto f = res->type->slots.descrGet) {
                Object* obj = su->obj == su->objType ? nullptr : su->obj;
                return f(res, obj, su->objType);
            }
            incref(res);
            return res;
        }
    }
    (void)interp;
    return genericGetAttr(self, name).release();
}

void superDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    SuperObject* su = asSuper(o);
    xdecref(std::exchange(su->obj, nullptr));
    xdecref(std::exchange(su->type, nullptr));
    xdecref(std::exchange(su->objType, nullptr));
    interp.freeObject(o);
}

int superTraverse(Object* o, VisitProc visit, void* arg) {
    SuperObject* su = asSuper(o);
    for (Object* p : {su->obj, su->type, su->objType})
        if (p)
            if (int r = visit(p, arg)) return r;
    return 0;
}

Object* superRepr(Object* o) {
    SuperObject* su = asSuper(o);
    Interpreter& interp = interpOf(o);
    const std::string tname = su->type ? asType(su->type)->name : "NULL";
    if (su->objType)
        return newStrFromUtf8(interp, "<super: <class '" + tname + "'>, <" + asType(su->objType)->name + " object>>").release();
    return newStrFromUtf8(interp, "<super: <class '" + tname + "'>, NULL>").release();
}

Object* superCheck(Interpreter& interp, TypeObject* type, Object* obj) {
    if (isType(obj) && typeIsSubtype(asType(obj), type)) return obj;
    if (typeIsSubtype(obj->type, type)) return obj->type;
    typeError(interp, "super(type, obj): obj must be an instance or subtype of type");
    return nullptr;
}

Object* superVectorNew(Object* typeObj, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(typeObj);
    VmState& vm = vmOf(interp);
    if (!noKeywords(interp, "super", kwnames)) return nullptr;
    Object* type = nullptr;
    Object* obj = nullptr;
    if (nargs == 0) {
        // super() inside a method: __class__ cell and the first argument of the current frame.
        Frame* f = vm.currentFrame;
        if (!f) {
            raiseError(interp, vm.exc.RuntimeError, "super(): no current frame");
            return nullptr;
        }
        CodeObject* co = f->code;
        if (co->argcount == 0) {
            raiseError(interp, vm.exc.RuntimeError, "super(): no arguments");
            return nullptr;
        }
        Object* first = f->localsplus()[0];
        if (first && (co->localKind(0) & fastkind::kCell) && isCell(first)) first = cellGet(first);
        if (!first) {
            raiseError(interp, vm.exc.RuntimeError, "super(): arg[0] deleted");
            return nullptr;
        }
        for (int i = co->nlocals; i < co->nlocalsplus; ++i) {
            Object* nm = co->localName(i);
            if (strEqualsAscii(nm, "__class__")) {
                Object* cell = f->localsplus()[i];
                if (!cell || !isCell(cell)) {
                    raiseError(interp, vm.exc.RuntimeError, "super(): bad __class__ cell");
                    return nullptr;
                }
                type = cellGet(cell);
                if (!type) {
                    raiseError(interp, vm.exc.RuntimeError, "super(): empty __class__ cell");
                    return nullptr;
                }
                if (!isType(type)) {
                    raiseError(interp, vm.exc.RuntimeError, "super(): __class__ is not a type (" + type->type->name + ")");
                    return nullptr;
                }
                break;
            }
        }
        if (!type) {
            raiseError(interp, vm.exc.RuntimeError, "super(): __class__ cell not found");
            return nullptr;
        }
        obj = first;
    } else {
        if (nargs > 2) {
            typeError(interp, formatString("super() expected at most 2 arguments, got %lld", static_cast<long long>(nargs)));
            return nullptr;
        }
        type = args[0];
        if (!isType(type)) {
            typeError(interp, "super() argument 1 must be a type, not " + type->type->name);
            return nullptr;
        }
        obj = nargs == 2 ? args[1] : nullptr;
    }
    Object* objType = nullptr;
    if (obj && obj != interp.none) {
        objType = superCheck(interp, asType(type), obj);
        if (!objType) return nullptr;
    } else {
        obj = nullptr;
    }
    auto* su = interp.newObject<SuperObject>(vm.types.super, 40);
    if (!su) return nullptr;
    incref(type);
    su->type = type;
    xincref(obj);
    su->obj = obj;
    xincref(objType);
    su->objType = objType;
    interp.gc().track(su);
    return su;
}

} // namespace

void initSuperType(Interpreter&, TypeObject& t) {
    t.dealloc = superDealloc;
    t.traverse = superTraverse;
    t.sizeOf = [](const Object*) -> std::int64_t { return 40; };
    t.repr = superRepr;
    t.slots.getattro = superGetAttr;
    t.slots.vectorNew = superVectorNew;
    setHostDestructor<SuperObject>(t);
}

void initMemberDescriptorType(Interpreter&, TypeObject& t) {
    t.dealloc = memberDealloc;
    t.sizeOf = [](const Object*) -> std::int64_t { return 48; };
    t.repr = memberRepr;
    t.slots.descrGet = memberGet;
    t.slots.descrSet = memberSet;
    t.traverse = [](Object* o, VisitProc visit, void* arg) -> int {
        auto* d = static_cast<MemberDescr*>(o);
        if (d->cls)
            if (int r = visit(d->cls, arg)) return r;
        return d->name ? visit(d->name, arg) : 0;
    };
    setHostDestructor<MemberDescr>(t);
}

namespace {
void (*gStaticTypeDealloc)(Object*) = nullptr;
std::int64_t (*gStaticTypeSizeOf)(const Object*) = nullptr;
} // namespace

void bindTypeTypeForHeapTypes(TypeObject& typeType) {
    gStaticTypeDealloc = typeType.dealloc;
    gStaticTypeSizeOf = typeType.sizeOf;
    typeType.dealloc = [](Object* o) {
        if (static_cast<TypeObject*>(o)->isHeapType()) heapTypeDealloc(o);
        else if (gStaticTypeDealloc) gStaticTypeDealloc(o);
    };
    typeType.traverse = [](Object* o, VisitProc visit, void* arg) -> int {
        return static_cast<TypeObject*>(o)->isHeapType() ? heapTypeTraverse(o, visit, arg) : 0;
    };
    typeType.references = [](Object* o, VisitProc visit, void* arg) {
        auto* t = static_cast<TypeObject*>(o);
        if (t->isHeapType()) {
            heapTypeReferences(o, visit, arg);
        } else {
            if (t->slots.table) {
                // A static type's attribute table holds its names and values strongly.
                for (auto& [key, value] : t->slots.table->entries) {
                    visit(key, arg);
                    visit(value, arg);
                }
            }
            if (t->subclassesDict) visit(t->subclassesDict, arg);
        }
    };
    typeType.clear = [](Object* o) -> int { return static_cast<TypeObject*>(o)->isHeapType() ? heapTypeClear(o) : 0; };
    typeType.sizeOf = [](const Object* o) -> std::int64_t {
        return static_cast<const TypeObject*>(o)->isHeapType() ? heapTypeSizeOf(o) : (gStaticTypeSizeOf ? gStaticTypeSizeOf(o) : 408);
    };
    typeType.destroyHost = [](Object* o) {
        if (static_cast<TypeObject*>(o)->isHeapType()) static_cast<HeapTypeObject*>(o)->~HeapTypeObject();
        else static_cast<TypeObject*>(o)->~TypeObject();
    };
}

// PyObject_CallFinalizerFromDealloc for a heap-type instance whose count reached zero: runs
// tp_finalize (__del__) at most once per object lifetime, resurrecting the object (tracked, count 1)
// for the call and keeping any pending error. False when the finalizer resurrected it: the dealloc
// must stop; otherwise the object is untracked again and the dealloc goes on.
bool callFinalizerFromDealloc(Object* o) {
    TypeObject* type = o->type;
    if (!type->slots.finalize || (gcHeadOf(o)->prev & GcHead::kFinalized)) return true;
    Interpreter& interp = interpOf(o);
    interp.gc().track(o);
    o->refcnt = 1;
    gcHeadOf(o)->prev |= GcHead::kFinalized;
    PendingError saved = interp.takeError();
    type->slots.finalize(o);
    interp.setPendingError(std::move(saved));
    if (--o->refcnt != 0) return false;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    return true;
}

void createStartupSubclassDicts(Interpreter& interp) {
    // Measured with tools/cpython_cells.py: the built-ins whose type.__subclasses__() is non-empty
    // when CPython 3.11 runs the first cell.
    static constexpr const char* kNames[] = {
        "ArithmeticError", "BaseException", "BaseExceptionGroup", "ConnectionError", "Exception",
        "ImportError", "IndentationError", "LookupError", "NameError", "OSError", "RuntimeError",
        "SyntaxError", "SystemError", "UnicodeError", "ValueError", "Warning", "classmethod", "dict",
        "int", "list", "object", "property", "staticmethod", "str", "tuple", "type"};
    for (const char* name : kNames) {
        Ref found = getAttrStr(vmOf(interp).builtinsModule, name);
        if (!found) {
            clearError(interp);
            continue;
        }
        if (!isType(found.get())) continue;
        TypeObject* t = asType(found.get());
        if (t->isHeapType()) continue;
        t->hasStartupSubclasses = true;
        if (t->subclassesDict == nullptr) t->subclassesDict = newDict(interp).release();
    }
}

} // namespace hs
