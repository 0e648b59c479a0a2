// Classes (heap types, Objects/typeobject.c's type_new) and their instances: 3.11's layout with the
// managed dict pre-header and inline "values", slot functions that call the class's dunder methods,
// __slots__ member descriptors, super(), and __build_class__.
#pragma once

#include "objects/dict_keys.h"
#include "objects/type_object.h"

#include <string>
#include <utility>
#include <vector>

namespace hs {

struct InstanceStorage;

// Host side of PyHeapTypeObject. Simulated size: 904 (+ the cached shared-keys table in
// type.__sizeof__). Invariants: slots.dict (tp_dict), slots.mro, slots.bases are strong; name,
// qualname strong strs; cachedKeys holds one reference to the shared keys.
struct HeapTypeObject : TypeObject {
    Object* htName = nullptr;
    Object* htQualname = nullptr;
    Object* htSlots = nullptr;       // the __slots__ tuple, or null
    Object* weakreflist = nullptr;
    // CACHED_KEYS (ht_cached_keys) of managed-dict classes, shared with the split dicts of
    // materialized instance __dict__s (one reference each); null for other classes.
    SplitKeys* cachedKeys = nullptr;
    bool managedDict = false;        // instances keep values + managed dict (Py_TPFLAGS_MANAGED_DICT)
    int nslots = 0;                  // __slots__ members added by this class
    int slotBase = 0;                // index of the first of them in the instance's slot array
    // The instance's InstanceStorage (borrowed pointer into the host struct); null for classes whose
    // instances keep no storage of their own (exception and type subclasses).
    InstanceStorage* (*storageOf)(Object* o) = nullptr;
    NumberSlots numberSlots;         // slot_nb_* table (slots.number points here when used)
    SequenceSlots sequenceSlots;
    // plainPythonInit's memo of typeLookup(this, '__init__') (borrowed, may be null): valid while the
    // type attribute cache's epoch equals initLookupEpoch (0: never), as that cache's own entries.
    Object* initLookup = nullptr;
    std::uint64_t initLookupEpoch = 0;
};

// Inline values of an instance (PyDictValues): slot i belongs to sharedKeys[i]; order() is the
// insertion order of the present ones. The simulated PyMem block is `addr` (size prefix + 8 * size()).
// Host layout, one block from the interpreter's HostHeap: this 16-byte header, capacity() value
// slots, then capacity() bytes of insertion order. The host keeps only the slots in use so far
// (slots from capacity() to size() are empty; putSlot grows the block): a class's shared keys make
// every values block 30 slots long, and an instance with 2 attributes would otherwise cost the
// host 5 cache lines of which a collector's walk reads one. What that walk reads (limit() and the
// first slots) starts the block.
struct InstanceValues {
    // PyDictValues' size: the simulated slots.
    std::size_t size() const { return m_size; }
    // The value in slot i (< size()), or null.
    Object* get(std::size_t i) const { return i < m_capacity ? slots()[i] : nullptr; }
    // Slot i (< capacity()), for stores that keep the block.
    Object*& at(std::size_t i) { return slots()[i]; }
    std::size_t capacity() const { return m_capacity; }
    // 1 + the highest slot ever set (every slot from it on is empty; <= capacity()): the bound of a
    // walk over the values in index order, which needs neither the class nor its keys.
    std::size_t limit() const { return m_limit; }
    Object* const* slotsBegin() const { return slots(); }
    // The slots as a vector of size() entries (new_dict_with_shared_keys' values).
    std::vector<Object*> toVector() const;

    // The insertion order: each present slot listed once, in the order they were first set.
    const std::uint8_t* orderBegin() const { return orderItems(); }
    const std::uint8_t* orderEnd() const { return orderItems() + m_count; }
    std::size_t orderSize() const { return m_count; }
    // Records slot ix (< capacity()) as newly present.
    void orderAppend(std::uint8_t ix) {
        orderItems()[m_count++] = ix;
        if (ix >= m_limit) m_limit = static_cast<std::uint8_t>(ix + 1);
    }
    // Slot ix is no longer present.
    void orderRemove(std::uint8_t ix);

    Addr addr = 0;

    // A block of `size` empty slots with host room for `capacity` (<= size) of them (no insertion
    // order yet, no simulated address), from the interpreter's HostHeap (a size-class free list,
    // no system malloc per instance); destroy() returns it there.
    static InstanceValues* create(Interpreter& interp, std::size_t size, std::size_t capacity);
    static void destroy(Interpreter& interp, InstanceValues* v);
    // Stores `value` (a new reference; the caller releases what was there, returned) in slot
    // ix (< size()) of *owner's block, growing it first when ix >= capacity() (*owner is then
    // the new block). Records ix in the insertion order when the slot was empty. Inline: the
    // attribute store's fast path (vm/eval_attr_cache.h) is this with the block already roomy.
    static Object* putSlot(Interpreter& interp, InstanceValues*& owner, std::size_t ix, Object* value) {
        InstanceValues* v = ix < owner->m_capacity ? owner : grow(interp, owner, ix);
        Object* old = std::exchange(v->slots()[ix], value);
        if (!old) v->orderAppend(static_cast<std::uint8_t>(ix));
        return old;
    }

private:
    // Replaces *owner's block by a copy with room for slot ix (< size()), returned and stored in owner.
    static InstanceValues* grow(Interpreter& interp, InstanceValues*& owner, std::size_t ix);
    InstanceValues(std::uint32_t size, std::uint8_t capacity) : m_size(size), m_capacity(capacity) {}
    static std::size_t blockBytes(std::size_t capacity) { return sizeof(InstanceValues) + capacity * (sizeof(Object*) + 1); }
    Object** slots() const { return reinterpret_cast<Object**>(const_cast<InstanceValues*>(this) + 1); }
    std::uint8_t* orderItems() const { return reinterpret_cast<std::uint8_t*>(slots() + m_capacity); }
    std::uint32_t m_size;
    std::uint8_t m_capacity;
    std::uint8_t m_count = 0;
    std::uint8_t m_limit = 0;
};
static_assert(sizeof(InstanceValues) == 16, "the header and the first values share a cache line");

// What type_new adds to an instance (its __dict__, __weakref__ and __slots__), whatever the static
// base: InstanceObject for classes derived from object, SubtypeInstance<Base> (subtype_instance.h)
// for subclasses of list, dict, int, str, ...
// Invariants: at most one of values/dict is set; every value, slot and the dict are strong refs.
struct InstanceStorage {
    InstanceValues* values = nullptr;
    Object* dict = nullptr;
    Object* weakreflist = nullptr;
    std::vector<Object*> slotValues;
};

// Host side of an instance of a class derived from object. Simulated layout: -32 values pointer,
// -24 dict pointer (managed pre-header), __slots__ from +16, then __weakref__ (at tp_weaklistoffset
// when the class adds it).
struct InstanceObject : Object, InstanceStorage {};

bool isHeapTypeObject(const Object* o);
// The heap-type part of an instance's storage, for static bases other than object whose host
// struct derives from InstanceObject (weakref.ref): the __slots__ array and, for managed-dict
// classes, the inline values (allocated as object.__new__ does; the caller has tracked inst).
int initInstanceStorage(Interpreter& interp, Object* inst, TypeObject* type);
// Releases the slots, the dict or the inline values (subtype_dealloc's clear_slots + dict part).
void clearInstanceStorage(Object* inst);
// subtype_clear's part (tp_clear): the same, except that the inline values block stays (emptied).
void clearInstanceAttributes(Object* inst);
// The storage of an instance of a heap type that has one (HeapTypeObject::storageOf).
inline InstanceStorage* instanceStorage(Object* o);
// Visits the slots and the dict / inline values (not the class).
int traverseInstanceStorage(Object* o, VisitProc visit, void* arg);
inline HeapTypeObject* asHeapType(Object* o) { return static_cast<HeapTypeObject*>(o); }
inline const HeapTypeObject* asHeapType(const Object* o) { return static_cast<const HeapTypeObject*>(o); }
inline InstanceStorage* instanceStorage(Object* o) { return asHeapType(o->type)->storageOf(o); }
// HeapTypeObject::storageOf of instances whose host struct is InstanceObject.
InstanceStorage* instanceObjectStorage(Object* o);
// The type's instances are InstanceObjects keeping their attributes in inline values over the
// class's shared keys (3.11's managed dict, instance_values_get/set unchanged): what the attribute
// inline caches specialise. Host checks only.
bool hasPlainInstanceValues(const TypeObject* t);
// The slot of `name` in such a type's shared keys (stable: the keys only grow), or -1.
int sharedKeyIndex(const TypeObject* t, Object* name);

// type(name, bases, dict) (type_new): creates a class. kwds are passed to __init_subclass__.
// New reference, or nullptr with the error pending ("type() argument 1 must be str, not int").
Ref typeNew(TypeObject* metatype, Object* name, Object* bases, Object* dict, Object* kwds);
// type_new_set_name / type_set_name's check of a class name: its UTF-8 (cached on a non-ASCII name,
// UnicodeEncodeError on a lone surrogate) and ValueError "type name must not contain null characters".
bool checkTypeName(Interpreter& interp, Object* name);
// _PyType_CalculateMetaclass: the most derived of `metatype` and the metaclasses of the `bases`
// tuple's items, or nullptr with TypeError "metaclass conflict: ..." when they are unrelated.
TypeObject* calculateMetaclass(TypeObject* metatype, Object* bases);
// builtins.__build_class__(func, name, *bases, metaclass=..., **kwds).
Object* buildClass(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);

// __qualname__ / __module__ of a heap type as host strings.
std::string heapTypeQualName(const TypeObject* t);
std::string heapTypeModuleName(const TypeObject* t);
// The attribute names an instance keeps in its inline values (a new list), for dir().
Ref instanceAttributeNames(Object* o);
// Recomputes the slots a dunder name controls after `type.name = value` (update_slot).
void updateTypeSlot(TypeObject* type, Object* name);
// For static types made from a class statement (ctypes classes): points the non-number slots
// whose dunders a Python function in the MRO defines at the slot_* dispatchers (fixup_slot_dispatchers).
void applyPythonSlots(TypeObject* type);
// object.__new__ for any type: allocation of an instance (PyType_GenericAlloc + inline values).
Object* objectNew(TypeObject* type, Object* args, Object* kwargs);
// tp_new is slot_tp_new (the class defines or inherits a Python-level __new__ slot dispatcher).
bool usesSlotNew(const TypeObject* t);
// tp_call is slot_tp_call (the class defines or inherits a Python-level __call__), and that slot
// called with an args tuple and a kwargs dict (or null) as PyObject_Call passes them.
bool usesSlotCall(const TypeObject* t);
Object* slotCallTuple(Object* self, Object* args, Object* kwargs);
// tp_repr is slot_tp_repr (the class defines a Python-level __repr__).
bool usesSlotRepr(const TypeObject* t);
// tp_init is slot_tp_init (the class defines or inherits a Python-level __init__).
bool usesSlotInit(const TypeObject* t);
// The __init__ slot_tp_init would call for an instance of t when CALL may enter it inline: tp_init
// is slot_tp_init and the __init__ found in the MRO is an exact Python function whose call returns
// its result (not a generator or coroutine function). Borrowed, or nullptr.
Object* plainPythonInit(TypeObject* t);
// slot_tp_init's end: consumes __init__'s result (nullptr: its error is pending); 0 for None, else
// -1 with "__init__() should return None, not 'int'" raised before the result is released.
int checkInitResult(Interpreter& interp, Object* result);
int objectInit(Object* self, Object* args, Object* kwargs);

// super() objects, __slots__ member descriptors.
void initSuperType(Interpreter& interp, TypeObject& t);
void initMemberDescriptorType(Interpreter& interp, TypeObject& t);
// Makes `type` (the metatype) handle heap types: dealloc, traverse, sizeof, references.
void bindTypeTypeForHeapTypes(TypeObject& typeType);

// PyObject_CallFinalizerFromDealloc for heap-type instances (class_object.cpp): runs __del__ at
// most once per lifetime; false when it resurrected the object (the caller's dealloc must stop).
bool callFinalizerFromDealloc(Object* o);

// The tp_subclasses dicts CPython's built-in types already have when user code starts (their
// startup subclasses are not modelled, only the dicts' existence); the cell runner calls this
// before its first collection.
void createStartupSubclassDicts(Interpreter& interp);

} // namespace hs
