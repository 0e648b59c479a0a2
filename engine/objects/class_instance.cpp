// Instances of classes derived from object: 3.11's inline values and managed dict, subtype_dealloc,
// traverse/clear, object.__new__ / object.__init__ and PyObject_CallFinalizerFromDealloc.
#include "objects/class_object.h"
#include "objects/class_internal.h"

#include "objects/builtin_function_object.h"
#include "objects/cell_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/instance_traverse.h"
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
#include <new>

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }
InstanceStorage* asInstance(Object* o) { return instanceStorageOf(o); }

constexpr int kSharedKeysMaxSize = 30;

// Walks to the HeapTypeObject that owns the cached keys of an instance's type (the type itself).
HeapTypeObject* keysOwner(Object* o) { return asHeapType(o->type); }

int findKey(HeapTypeObject* t, Object* name) {
    const std::vector<Object*>& names = t->cachedKeys->names;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name || strEqual(names[i], name)) return static_cast<int>(i);
    return -1;
}

} // namespace

// ---------------------------------------------------------------- instance storage

Object* instanceValuesGet(Object* o, Object* name) {
    InstanceStorage* inst = asInstance(o);
    if (!inst->values || !isStr(name)) return nullptr;
    const int ix = findKey(keysOwner(o), name);
    if (ix < 0 || ix >= static_cast<int>(inst->values->size())) return nullptr;
    return inst->values->get(static_cast<std::size_t>(ix));
}

int instanceValuesEmpty(Object* o) {
    const InstanceStorage* inst = asInstance(o);
    if (!inst->values) return -1;
    return inst->values->orderSize() == 0 ? 1 : 0;
}

// make_dict_from_instance_attributes: a split dict that shares the class's cached keys and takes
// over the values block (in the values' insertion order).
int instanceMaterialize(Object* o) {
    InstanceStorage* inst = asInstance(o);
    if (!inst->values) return 0;
    Interpreter& interp = interpOf(o);
    HeapTypeObject* t = keysOwner(o);
    InstanceValues* v = inst->values;
    Ref dict = newSplitDict(interp, t->cachedKeys, v->addr, v->toVector(), std::vector<std::uint8_t>(v->orderBegin(), v->orderEnd()));
    if (!dict) return -1;
    // The values' references moved into the dict; the block is the dict's now.
    InstanceValues::destroy(interp, v);
    inst->values = nullptr;
    inst->dict = dict.release();
    return 0;
}

int instanceValuesSet(Object* o, Object* name, Object* value) {
    InstanceStorage* inst = asInstance(o);
    if (!inst->values) {
        // _PyObjectDict_SetItem on an instance without values (one not made by object.__new__,
        // e.g. of a list subclass): the first attribute makes a split dict sharing the class's
        // cached keys (new_dict_with_shared_keys), a values block of usable-size slots.
        HeapTypeObject* t = keysOwner(o);
        if (!inst->dict && value && t->cachedKeys) {
            Interpreter& interp = interpOf(o);
            const std::int64_t size = t->cachedKeys->usableSize();
            const Addr block = newSplitValuesBlock(interp, o, size);
            if (block == 0) return -1;
            Ref dict = newSplitDict(interp, t->cachedKeys, block, std::vector<Object*>(static_cast<std::size_t>(size), nullptr), {});
            if (!dict) return -1;
            inst->dict = dict.release();
        }
        return 1;
    }
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
    if (ix >= static_cast<int>(v->size())) {
        if (!value) return -1;
        if (instanceMaterialize(o) < 0) return -1;
        return 1;
    }
    if (!value) {
        Object* old = v->get(static_cast<std::size_t>(ix));
        if (!old) return -1;
        v->at(static_cast<std::size_t>(ix)) = nullptr;
        v->orderRemove(static_cast<std::uint8_t>(ix));
        decref(old);
        return 0;
    }
    incref(value);
    xdecref(InstanceValues::putSlot(interpOf(o), inst->values, static_cast<std::size_t>(ix), value));
    return 0;
}

Object** instanceDictPtr(Object* o) { return &asInstance(o)->dict; }

InstanceValues* InstanceValues::create(Interpreter& interp, std::size_t size, std::size_t capacity) {
    // The header's size is a multiple of its alignment (8), which suits the Object* slots after it.
    static_assert(sizeof(InstanceValues) % alignof(Object*) == 0);
    capacity = std::min(capacity, size);
    void* block = interp.host().alloc(blockBytes(capacity));
    auto* v = new (block) InstanceValues(static_cast<std::uint32_t>(size), static_cast<std::uint8_t>(capacity));
    std::fill(v->slots(), v->slots() + capacity, nullptr);
    return v;
}

InstanceValues* InstanceValues::grow(Interpreter& interp, InstanceValues*& owner, std::size_t ix) {
    InstanceValues* v = owner;
    // Room for ix, and at least twice the slots: a class's instances gain their attributes one by
    // one in __init__.
    const std::size_t capacity = std::min<std::size_t>(v->m_size, std::max<std::size_t>(ix + 1, 2 * v->m_capacity));
    InstanceValues* grown = create(interp, v->m_size, capacity);
    std::copy(v->slots(), v->slots() + v->m_capacity, grown->slots());
    std::copy(v->orderBegin(), v->orderEnd(), grown->orderItems());
    grown->m_count = v->m_count;
    grown->m_limit = v->m_limit;
    grown->addr = v->addr;
    destroy(interp, v);
    owner = grown;
    return grown;
}

void InstanceValues::orderRemove(std::uint8_t ix) {
    std::uint8_t* items = orderItems();
    std::uint8_t* at = std::find(items, items + m_count, ix);
    if (at == items + m_count) return;
    std::copy(at + 1, items + m_count, at);
    --m_count;
}

std::vector<Object*> InstanceValues::toVector() const {
    std::vector<Object*> out(m_size, nullptr);
    std::copy(slots(), slots() + m_capacity, out.begin());
    return out;
}

void InstanceValues::destroy(Interpreter& interp, InstanceValues* v) {
    const std::size_t bytes = blockBytes(v->m_capacity);
    v->~InstanceValues();
    interp.host().free(v, bytes);
}

InstanceStorage* instanceObjectStorage(Object* o) { return static_cast<InstanceObject*>(o); }

bool hasPlainInstanceValues(const TypeObject* t) {
    if (!t->isHeapType()) return false;
    const HeapTypeObject* h = asHeapType(t);
    return h->managedDict && h->cachedKeys && h->storageOf == instanceObjectStorage && t->slots.valuesGet == instanceValuesGet &&
           t->slots.valuesSet == instanceValuesSet && t->slots.dictPtr == instanceDictPtr;
}

int sharedKeyIndex(const TypeObject* t, Object* name) {
    return findKey(const_cast<HeapTypeObject*>(asHeapType(t)), name);
}

// init_inline_values: the values block sized by the cached keys (dk_usable shrinks per instance).
int initInlineValues(Interpreter& interp, Object* owner, HeapTypeObject* t) {
    InstanceStorage* inst = asInstance(owner);
    if (t->cachedKeys->usable > 1) --t->cachedKeys->usable;
    const int size = static_cast<int>(t->cachedKeys->usableSize());
    // Host room for the attributes the class's instances have had so far (the keys only grow).
    InstanceValues* v = InstanceValues::create(interp, static_cast<std::size_t>(size), t->cachedKeys->names.size());
    v->addr = newSplitValuesBlock(interp, owner, size);
    if (v->addr == 0) {
        InstanceValues::destroy(interp, v);
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

void instanceClearAttributes(Object* o) {
    InstanceStorage* inst = asInstance(o);
    for (Object*& s : inst->slotValues) xdecref(std::exchange(s, nullptr));
    if (inst->dict) {
        xdecref(std::exchange(inst->dict, nullptr));
    } else if (inst->values) {
        // _PyObject_ClearInstanceAttributes: each value cleared in index order; the block stays
        // (empty) until the instance's deallocation frees it. A release may run any code, which
        // may set attributes again: each slot is re-read, in the block in use (a store may have
        // grown it). Slots from capacity() on are empty.
        for (std::size_t i = 0; inst->values && i < inst->values->capacity(); ++i)
            xdecref(std::exchange(inst->values->at(i), nullptr));
    }
}

void instanceClear(Object* o) {
    // subtype_dealloc: the attributes released as tp_clear releases them (for inline values,
    // _PyObject_FreeInstanceAttributes' values[0..dk_nentries) in index order), then the block freed.
    instanceClearAttributes(o);
    InstanceStorage* inst = asInstance(o);
    if (InstanceValues* v = std::exchange(inst->values, nullptr)) {
        Interpreter& interp = interpOf(o);
        interp.freeBuffer(v->addr);
        InstanceValues::destroy(interp, v);
    }
}

void subtypeDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    TypeObject* type = o->type;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    if (type->slots.finalize && !callFinalizerFromDealloc(o)) return; // resurrected by its finalizer
    // The weakrefs the class added die after the finalizer, before the slots and the dict.
    if (type->weaklistPtr == instanceWeaklistPtr) {
        clearWeakrefs(o);
        if (type->slots.finalize) clearWeakrefsNoCallbacks(o);
    }
    TrashcanGuard guard(o);
    if (guard.deposited()) return;
    instanceClear(o);
    interp.freeObject(o);
    decref(type);
}

int instanceTraverse(Object* o, VisitProc visit, void* arg) {
    return visitInstanceStorage(asInstance(o), [visit, arg](Object* ref) { return visit(ref, arg); });
}

// subtype_traverse: an instance of a heap type also refers to its class (the collector must see
// that reference, or a class in a cycle with its instances is never collected). `references`
// keeps the form without the class: the heap audit counts that reference itself. The collector
// expands the same steps inline (instanceTraverseGcInline, instance_traverse.h).
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


int initInstanceStorage(Interpreter& interp, Object* inst, TypeObject* type) {
    int totalSlots = 0;
    for (TypeObject* t = type; t && t->isHeapType(); t = t->base) totalSlots += asHeapType(t)->nslots;
    asInstance(inst)->slotValues.assign(static_cast<std::size_t>(totalSlots), nullptr);
    HeapTypeObject* ht = asHeapType(type);
    return ht->managedDict ? initInlineValues(interp, inst, ht) : 0;
}

void clearInstanceStorage(Object* inst) { instanceClear(inst); }
void clearInstanceAttributes(Object* inst) { instanceClearAttributes(inst); }

int traverseInstanceStorage(Object* o, VisitProc visit, void* arg) { return instanceTraverse(o, visit, arg); }


int instanceClearSlot(Object* o) {
    instanceClearAttributes(o);
    return 0;
}

std::int64_t instanceSizeOf(const Object* o) { return o->type->basicsize; }

bool instanceReadField(const Object* obj, std::int64_t offset, std::uint64_t& out) {
    Object* o = const_cast<Object*>(obj);
    const TypeObject* type = o->type;
    const InstanceStorage* inst = instanceStorage(o);
    if (type->flags & tpflags::kManagedDict) {
        if (offset == -24) {
            out = inst->dict ? inst->dict->addr : 0;
            return true;
        }
        if (offset == -32) { // the values pointer: just past the block's size prefix
            const std::int64_t size = inst->values ? static_cast<std::int64_t>(inst->values->size()) : 0;
            out = inst->values ? inst->values->addr + splitValuesPrefixSize(size) : 0;
            return true;
        }
    } else if (type->slots.dictOffset < 0 && offset == type->basicsize + type->slots.dictOffset) {
        out = inst->dict ? inst->dict->addr : 0; // a var-sized base's dict pointer (dictoffset -8)
        return true;
    }
    if (type->slots.weaklistOffset && offset == type->slots.weaklistOffset && type->weaklistPtr) {
        Object* head = *type->weaklistPtr(o);
        out = head ? head->addr : 0;
        return type->weaklistPtr != nullptr;
    }
    for (const TypeObject* t = type; t && t->isHeapType(); t = t->base) {
        const HeapTypeObject* h = asHeapType(t);
        const std::int64_t first = t->base->basicsize;
        if (h->nslots == 0 || offset < first || offset >= first + 8 * h->nslots || (offset - first) % 8) continue;
        const std::size_t ix = static_cast<std::size_t>(h->slotBase + (offset - first) / 8);
        Object* v = ix < inst->slotValues.size() ? inst->slotValues[ix] : nullptr;
        out = v ? v->addr : 0;
        return true;
    }
    return false;
}

bool isHeapTypeObject(const Object* o) { return isType(o) && static_cast<const TypeObject*>(o)->isHeapType(); }


Ref instanceAttributeNames(Object* o) {
    Interpreter& interp = interpOf(o);
    Ref list = newList(interp, 0);
    if (!list) return Ref();
    if (!typeUsesInstanceObject(o->type)) return list;
    InstanceStorage* inst = asInstance(o);
    if (inst->values)
        for (const std::uint8_t* ix = inst->values->orderBegin(); ix != inst->values->orderEnd(); ++ix) listAppend(list.get(), keysOwner(o)->cachedKeys->names[*ix]);
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
        // tp_new_wrapper's check: the most derived base whose tp_new is not slot_tp_new.
        const TypeObject* staticBase = type;
        while (staticBase->base && usesSlotNew(staticBase)) staticBase = staticBase->base;
        typeError(interp, "object.__new__(" + type->name + ") is not safe, use " + staticBase->name + ".__new__()");
        return nullptr;
    }
    HeapTypeObject* ht = asHeapType(type);
    auto* inst = interp.newObject<InstanceObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (!inst) return nullptr;
    int totalSlots = 0;
    for (TypeObject* t = type; t && t->isHeapType(); t = t->base) totalSlots += asHeapType(t)->nslots;
    if (totalSlots > 0) inst->slotValues.assign(static_cast<std::size_t>(totalSlots), nullptr);
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
        // (A static type without an init slot of its own inherits object_init.)
        if (type->slots.tpInit != objectInit && type->slots.tpInit != nullptr) {
            typeError(interpOf(self), "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->slots.tpNew == objectNew) {
            typeError(interpOf(self), type->name + ".__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
    }
    return 0;
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
        h.storageOf = instanceObjectStorage;
        t.readField = instanceReadField;
        if (h.managedDict) {
            t.slots.valuesGet = instanceValuesGet;
            t.slots.valuesSet = instanceValuesSet;
            t.slots.materialize = instanceMaterialize;
            t.slots.dictPtr = instanceDictPtr;
        }
    }
    (void)vm;
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


} // namespace hs
