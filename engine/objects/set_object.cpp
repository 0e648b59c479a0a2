// set / frozenset: probing (set_lookkey, set_add_entry, set_insert_clean), table resizing, the set
// algebra of setobject.c, frozenset_hash, and the type slots.
//
// Sections: table primitives · creation and update · public operations · algebra · slots.
#include "objects/set_object.h"
#include "objects/subtype_instance.h"

#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/errors.h"
#include "runtime/abstract.h"
#include "runtime/dealloc.h"
#include "runtime/protocols.h"
#include "runtime/interpreter.h"

#include <cassert>
#include <cstdio>
#include <cstring>

namespace hs {

namespace {

// _dummy_struct: host-only; its address is reserved in the static region by initSetType.
Object g_dummy{1, nullptr, 0, 0, Object::kStatic};

inline SetObject* asSet(Object* o) { return static_cast<SetObject*>(o); }
inline const SetObject* asSet(const Object* o) { return static_cast<const SetObject*>(o); }
inline Interpreter& interpOf(const Object* o) { return *o->type->interp; }

// ------------------------------------------------------------------------------------------------
// Table primitives
// ------------------------------------------------------------------------------------------------

// set_lookkey: the entry holding key, or the first unused entry; nullptr with an error.
SetEntry* setLookKey(SetObject* so, Object* key, std::int64_t hash) {
    for (;;) {
        std::uint64_t perturb = static_cast<std::uint64_t>(hash);
        std::uint64_t mask = static_cast<std::uint64_t>(so->mask);
        std::uint64_t i = static_cast<std::uint64_t>(hash) & mask;
        bool restart = false;
        for (;;) {
            SetEntry* entry = &so->table[i];
            int probes = (i + kSetLinearProbes <= mask) ? kSetLinearProbes : 0;
            do {
                if (entry->hash == 0 && entry->key == nullptr) return entry;
                if (entry->hash == hash) {
                    Object* startkey = entry->key;
                    if (startkey == key) return entry;
                    if (isExactStr(startkey) && isExactStr(key) && strEqual(startkey, key)) return entry;
                    SetEntry* table = so->table;
                    incref(startkey);
                    const int cmp = objectRichCompareBool(startkey, key, CompareOp::Eq);
                    decref(startkey);
                    if (cmp < 0) return nullptr;
                    if (table != so->table || entry->key != startkey) {
                        restart = true;
                        break;
                    }
                    if (cmp > 0) return entry;
                    mask = static_cast<std::uint64_t>(so->mask);
                }
                ++entry;
            } while (probes--);
            if (restart) break;
            perturb >>= 5;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }
}

// set_insert_clean: key known absent, no dummies in the way of a NULL slot.
void setInsertClean(SetEntry* table, std::uint64_t mask, Object* key, std::int64_t hash) {
    std::uint64_t perturb = static_cast<std::uint64_t>(hash);
    std::uint64_t i = static_cast<std::uint64_t>(hash) & mask;
    for (;;) {
        SetEntry* entry = &table[i];
        if (entry->key == nullptr) {
            entry->key = key;
            entry->hash = hash;
            return;
        }
        if (i + kSetLinearProbes <= mask) {
            for (int j = 0; j < kSetLinearProbes; ++j) {
                ++entry;
                if (entry->key == nullptr) {
                    entry->key = key;
                    entry->hash = hash;
                    return;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void freeTable(Interpreter& interp, SetEntry* table, std::int64_t entries, Addr addr) {
    interp.host().free(table, std::size_t(entries) * sizeof(SetEntry));
    interp.freeBuffer(addr);
}

// set_table_resize: the smallest power of two > minused (at least 8), dummies purged.
int setTableResize(SetObject* so, std::int64_t minused) {
    Interpreter& interp = interpOf(so);
    const std::int64_t oldmask = so->mask;
    std::uint64_t newsize = kSetMinSize;
    while (newsize <= static_cast<std::uint64_t>(minused)) newsize <<= 1;
    SetEntry* oldtable = so->table;
    const Addr oldAddr = so->tableAddr;
    const bool oldMalloced = oldtable != so->smalltable;
    SetEntry smallCopy[kSetMinSize];
    SetEntry* newtable;
    Addr newAddr = 0;
    if (newsize == kSetMinSize) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0; // no dummies: nothing to do
            std::memcpy(smallCopy, oldtable, sizeof smallCopy);
            oldtable = smallCopy;
        }
    } else {
        newAddr = interp.allocBuffer(so, newsize * kSetEntrySize);
        if (newAddr == 0) return -1;
        newtable = static_cast<SetEntry*>(interp.host().alloc(newsize * sizeof(SetEntry)));
    }
    std::memset(static_cast<void*>(newtable), 0, sizeof(SetEntry) * newsize);
    so->mask = static_cast<std::int64_t>(newsize - 1);
    so->table = newtable;
    so->tableAddr = newAddr;
    const std::uint64_t newmask = newsize - 1;
    if (so->fill == so->used) {
        for (SetEntry* e = oldtable; e <= oldtable + oldmask; ++e)
            if (e->key != nullptr) setInsertClean(newtable, newmask, e->key, e->hash);
    } else {
        so->fill = so->used;
        for (SetEntry* e = oldtable; e <= oldtable + oldmask; ++e)
            if (e->key != nullptr && e->key != &g_dummy) setInsertClean(newtable, newmask, e->key, e->hash);
    }
    if (oldMalloced) freeTable(interp, oldtable, oldmask + 1, oldAddr);
    return 0;
}

// set_add_entry: increfs key when stored.
int setAddEntry(SetObject* so, Object* key, std::int64_t hash) {
    incref(key);
restart:
    std::uint64_t mask = static_cast<std::uint64_t>(so->mask);
    std::uint64_t i = static_cast<std::uint64_t>(hash) & mask;
    SetEntry* freeslot = nullptr;
    std::uint64_t perturb = static_cast<std::uint64_t>(hash);
    SetEntry* entry = nullptr;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + kSetLinearProbes <= mask) ? kSetLinearProbes : 0;
        do {
            if (entry->hash == 0 && entry->key == nullptr) goto foundUnusedOrDummy;
            if (entry->hash == hash) {
                Object* startkey = entry->key;
                if (startkey == key) goto foundActive;
                if (isExactStr(startkey) && isExactStr(key) && strEqual(startkey, key)) goto foundActive;
                SetEntry* table = so->table;
                incref(startkey);
                const int cmp = objectRichCompareBool(startkey, key, CompareOp::Eq);
                decref(startkey);
                if (cmp > 0) goto foundActive;
                if (cmp < 0) {
                    decref(key);
                    return -1;
                }
                if (table != so->table || entry->key != startkey) goto restart;
                mask = static_cast<std::uint64_t>(so->mask);
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            ++entry;
        } while (probes--);
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
foundUnusedOrDummy:
    if (freeslot != nullptr) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if (static_cast<std::uint64_t>(so->fill) * 5 < mask * 3) return 0;
    return setTableResize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
foundActive:
    decref(key);
    return 0;
}

// The hash the set paths compute: an exact str's cached hash, else PyObject_Hash.
inline std::int64_t keyHash(Object* key) {
    if (isExactStr(key)) {
        const std::int64_t h = asStr(key)->hash;
        if (h != -1) return h;
    }
    return objectHash(key);
}

// 1 present, 0 absent, -1 error.
int setContainsEntry(SetObject* so, Object* key, std::int64_t hash) {
    SetEntry* entry = setLookKey(so, key, hash);
    if (entry == nullptr) return -1;
    return entry->key != nullptr;
}

// set_discard_entry: 1 found (now a dummy), 0 absent, -1 error.
int setDiscardEntry(SetObject* so, Object* key, std::int64_t hash) {
    SetEntry* entry = setLookKey(so, key, hash);
    if (entry == nullptr) return -1;
    if (entry->key == nullptr) return 0;
    Object* oldKey = entry->key;
    entry->key = &g_dummy;
    entry->hash = -1;
    so->used--;
    decref(oldKey);
    return 1;
}

int setAddKey(SetObject* so, Object* key) {
    const std::int64_t hash = keyHash(key);
    if (hash == -1) return -1;
    return setAddEntry(so, key, hash);
}

int setContainsKey(SetObject* so, Object* key) {
    const std::int64_t hash = keyHash(key);
    if (hash == -1) return -1;
    return setContainsEntry(so, key, hash);
}

int setDiscardKey(SetObject* so, Object* key) {
    const std::int64_t hash = keyHash(key);
    if (hash == -1) return -1;
    return setDiscardEntry(so, key, hash);
}

void setEmptyToMinSize(SetObject* so) {
    std::memset(static_cast<void*>(so->smalltable), 0, sizeof so->smalltable);
    so->fill = 0;
    so->used = 0;
    so->mask = kSetMinSize - 1;
    so->table = so->smalltable;
    so->tableAddr = 0;
    so->hash = -1;
}

// set_clear_internal: the set is emptied before any key is released.
void setClearInternal(SetObject* so) {
    Interpreter& interp = interpOf(so);
    SetEntry* table = so->table;
    const Addr tableAddr = so->tableAddr;
    const std::int64_t tableEntries = so->mask + 1;
    std::int64_t used = so->used;
    const bool malloced = table != so->smalltable;
    SetEntry smallCopy[kSetMinSize];
    if (malloced) {
        setEmptyToMinSize(so);
    } else if (so->fill > 0) {
        std::memcpy(smallCopy, table, sizeof smallCopy);
        table = smallCopy;
        setEmptyToMinSize(so);
    }
    for (SetEntry* e = table; used > 0; ++e) {
        if (e->key && e->key != &g_dummy) {
            --used;
            decref(e->key);
        }
    }
    if (malloced) freeTable(interp, table, tableEntries, tableAddr);
}

// set_next: the next active entry at or after pos.
inline bool setNextEntry(const SetObject* so, std::int64_t& pos, const SetEntry** out) {
    std::int64_t i = pos;
    const std::int64_t mask = so->mask;
    const SetEntry* entry = &so->table[i];
    while (i <= mask && (entry->key == nullptr || entry->key == &g_dummy)) {
        ++i;
        ++entry;
    }
    pos = i + 1;
    if (i > mask) return false;
    *out = entry;
    return true;
}

// ------------------------------------------------------------------------------------------------
// Creation and update
// ------------------------------------------------------------------------------------------------

// set_merge: other is a set or frozenset.
int setMerge(SetObject* so, SetObject* other) {
    if (other == so || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (setTableResize(so, (so->used + other->used) * 2) != 0) return -1;
    }
    SetEntry* soEntry = so->table;
    SetEntry* otherEntry = other->table;
    // Same size, empty target, no dummies in the source: copy the slots as they are.
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (std::int64_t i = 0; i <= other->mask; ++i, ++soEntry, ++otherEntry) {
            Object* key = otherEntry->key;
            if (key != nullptr) {
                incref(key);
                soEntry->key = key;
                soEntry->hash = otherEntry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        const std::uint64_t newmask = static_cast<std::uint64_t>(so->mask);
        so->fill = other->used;
        so->used = other->used;
        for (std::int64_t i = other->mask + 1; i > 0; --i, ++otherEntry) {
            Object* key = otherEntry->key;
            if (key != nullptr && key != &g_dummy) {
                incref(key);
                setInsertClean(so->table, newmask, key, otherEntry->hash);
            }
        }
        return 0;
    }
    for (std::int64_t i = 0; i <= other->mask; ++i) {
        otherEntry = &other->table[i];
        Object* key = otherEntry->key;
        if (key != nullptr && key != &g_dummy) {
            if (setAddEntry(so, key, otherEntry->hash)) return -1;
        }
    }
    return 0;
}

// PyObject_GetIter + PyIter_Next over `other`: f(item) returns 0 to go on, 1 to stop, -1 on error.
// 0 when done or stopped, -1 with the error pending.
template <class F>
int forEachItem(Object* other, F f) {
    Interpreter& interp = interpOf(other);
    Ref it = getIter(other);
    if (!it) return -1;
    for (;;) {
        Ref key = iterNext(it.get());
        if (!key) return errOccurred(interp) ? -1 : 0;
        const int r = f(key.get());
        if (r != 0) return r < 0 ? -1 : 0;
    }
}

// set_update_internal.
int setUpdateInternal(SetObject* so, Object* other) {
    if (isAnySet(other)) return setMerge(so, asSet(other));
    if (isDictExact(other)) {
        const std::int64_t dictsize = dictSize(other);
        if ((so->fill + dictsize) * 5 >= so->mask * 3) {
            if (setTableResize(so, (so->used + dictsize) * 2) != 0) return -1;
        }
        std::int64_t pos = 0;
        Object* key = nullptr;
        std::int64_t hash = 0;
        while (dictNext(other, pos, &key, nullptr, &hash))
            if (setAddEntry(so, key, hash)) return -1;
        return 0;
    }
    // Any other iterable (lists and tuples too) through its iterator.
    Interpreter& interp = interpOf(so);
    Ref it = getIter(other);
    if (!it) return -1;
    for (;;) {
        Ref key = iterNext(it.get());
        if (!key) return errOccurred(interp) ? -1 : 0;
        if (setAddKey(so, key.get())) return -1;
    }
}

// make_new_set: PyType_GenericAlloc (tracked, 200 bytes), then the update.
Ref makeNewSet(Interpreter& interp, TypeObject* type, Object* iterable) {
    SetObject* so;
    if (type->isHeapType()) {
        so = allocSubtypeInstance<SetObject>(interp, type, 0);
    } else {
        so = interp.newObject<SetObject>(type, static_cast<std::uint64_t>(type->basicsize));
        if (so) interp.gc().track(so);
    }
    if (so == nullptr) return Ref();
    Ref result(so);
    if (iterable != nullptr && setUpdateInternal(so, iterable) != 0) return Ref();
    return result;
}

// make_new_set_basetype: subclasses produce their base type.
Ref makeNewSetBaseType(Interpreter& interp, const Object* like, Object* iterable) {
    TypeObject* type = isSet(like) ? interp.types.set : interp.types.frozenset;
    return makeNewSet(interp, type, iterable);
}

} // namespace

Object* setDummy() { return &g_dummy; }

bool isAnySet(const Object* o) { return isSet(o) || isFrozenSet(o); }
bool isSet(const Object* o) { return o->type->isSubtypeOf(o->type->interp->types.set); }
bool isFrozenSet(const Object* o) { return o->type->isSubtypeOf(o->type->interp->types.frozenset); }
bool isFrozenSetExact(const Object* o) { return o->type == o->type->interp->types.frozenset; }

Ref newSet(Interpreter& interp) { return makeNewSet(interp, interp.types.set, nullptr); }
Ref newFrozenSet(Interpreter& interp) { return makeNewSet(interp, interp.types.frozenset, nullptr); }
Ref newSetFrom(Interpreter& interp, Object* iterable) { return makeNewSet(interp, interp.types.set, iterable); }
Ref newFrozenSetFrom(Interpreter& interp, Object* iterable) {
    return makeNewSet(interp, interp.types.frozenset, iterable);
}

Ref newSetOfType(Interpreter& interp, TypeObject* type, Object* iterable) { return makeNewSet(interp, type, iterable); }

Ref frozenSetTypeNew(Interpreter& interp, Object* iterable) {
    if (iterable != nullptr && isFrozenSetExact(iterable)) return Ref::borrowed(iterable);
    return makeNewSet(interp, interp.types.frozenset, iterable);
}

// ------------------------------------------------------------------------------------------------
// Public operations
// ------------------------------------------------------------------------------------------------

int setAdd(Object* s, Object* key) { return setAddKey(asSet(s), key); }

namespace {

// The retry of set_contains/set_discard/set_remove: an unhashable set key is looked up as a
// temporary frozenset of its elements.
template <class Op> int withFrozenRetry(SetObject* so, Object* key, Op op) {
    int rv = op(so, key);
    if (rv >= 0) return rv;
    Interpreter& interp = interpOf(so);
    if (!isSet(key) || errTypeName(interp) != "TypeError") return -1;
    clearError(interp);
    Ref tmpkey = makeNewSet(interp, interp.types.frozenset, key);
    if (!tmpkey) return -1;
    return op(so, tmpkey.get());
}

void setKeyError(Object* key) {
    if (interpOf(key).vm) {
        raiseKeyError(interpOf(key), key); // KeyError(key) as an exception object (runtime/errors.h)
        return;
    }
    std::string text;
    if (!seqrepr::appendRepr(key, text)) return;
    interpOf(key).setError("KeyError", text);
}

} // namespace

int setDiscard(Object* s, Object* key) { return withFrozenRetry(asSet(s), key, setDiscardKey); }

int setRemove(Object* s, Object* key) {
    const int rv = setDiscard(s, key);
    if (rv < 0) return -1;
    if (rv == 0) {
        setKeyError(key);
        return -1;
    }
    return 0;
}

int setContains(Object* s, Object* key) { return withFrozenRetry(asSet(s), key, setContainsKey); }

void setClear(Object* s) { setClearInternal(asSet(s)); }

Ref setPop(Object* s) {
    SetObject* so = asSet(s);
    SetEntry* entry = so->table + (so->finger & so->mask);
    SetEntry* limit = so->table + so->mask;
    if (so->used == 0) {
        interpOf(s).setError("KeyError", "pop from an empty set");
        return Ref();
    }
    while (entry->key == nullptr || entry->key == &g_dummy) {
        ++entry;
        if (entry > limit) entry = so->table;
    }
    Object* key = entry->key;
    entry->key = &g_dummy;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return Ref(key);
}

bool setNext(Object* s, std::int64_t& pos, Object** key, std::int64_t* hash) {
    const SetEntry* entry = nullptr;
    if (!setNextEntry(asSet(s), pos, &entry)) return false;
    if (key) *key = entry->key;
    if (hash) *hash = entry->hash;
    return true;
}

int setUpdate(Object* s, Object* iterable) { return setUpdateInternal(asSet(s), iterable); }

// ------------------------------------------------------------------------------------------------
// Algebra
// ------------------------------------------------------------------------------------------------

namespace {

// set_swap_bodies.
void setSwapBodies(SetObject* a, SetObject* b) {
    std::swap(a->fill, b->fill);
    std::swap(a->used, b->used);
    std::swap(a->mask, b->mask);
    std::swap(a->tableAddr, b->tableAddr);
    SetEntry* u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        SetEntry tab[kSetMinSize];
        std::memcpy(tab, a->smalltable, sizeof tab);
        std::memcpy(a->smalltable, b->smalltable, sizeof tab);
        std::memcpy(b->smalltable, tab, sizeof tab);
    }
    Interpreter& interp = interpOf(a);
    if (a->tableAddr) interp.memory().slotOf(a->tableAddr).owner = a;
    if (b->tableAddr) interp.memory().slotOf(b->tableAddr).owner = b;
    if (isFrozenSet(a) && isFrozenSet(b)) {
        std::swap(a->hash, b->hash);
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

int setDifferenceUpdateInternal(SetObject* so, Object* other) {
    if (so == other) {
        setClearInternal(so);
        return 0;
    }
    if (isAnySet(other)) {
        Ref otherRef;
        // When other is more than 8 times larger, iterate the intersection instead.
        if ((setSize(other) >> 3) > so->used) {
            otherRef = setIntersection(so, other);
            if (!otherRef) return -1;
        } else {
            otherRef = Ref::borrowed(other);
        }
        std::int64_t pos = 0;
        const SetEntry* entry = nullptr;
        while (setNextEntry(asSet(otherRef.get()), pos, &entry)) {
            Ref key = Ref::borrowed(entry->key);
            if (setDiscardEntry(so, key.get(), entry->hash) < 0) return -1;
        }
    } else if (forEachItem(other, [so](Object* key) { return setDiscardKey(so, key) < 0 ? -1 : 0; }) < 0) {
        return -1;
    }
    // More than a quarter dummies: rebuild.
    if (static_cast<std::uint64_t>(so->fill - so->used) <= static_cast<std::uint64_t>(so->mask) / 4) return 0;
    return setTableResize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Ref setCopyAndDifference(SetObject* so, Object* other) {
    Ref result = makeNewSetBaseType(interpOf(so), so, so);
    if (!result) return result;
    if (setDifferenceUpdateInternal(asSet(result.get()), other) == 0) return result;
    return Ref();
}

} // namespace

Ref setCopy(Object* s) {
    if (isFrozenSetExact(s)) return Ref::borrowed(s);
    return setNewCopy(s);
}

Ref setNewCopy(Object* s) { return makeNewSetBaseType(interpOf(s), s, s); }

Ref setUnion(Object* s, Object* other) {
    Ref result = makeNewSetBaseType(interpOf(s), s, s);
    if (!result || s == other) return result;
    if (setUpdateInternal(asSet(result.get()), other) != 0) return Ref();
    return result;
}

Ref setIntersection(Object* s, Object* other) {
    Interpreter& interp = interpOf(s);
    if (s == other) return makeNewSetBaseType(interp, s, s);
    Ref result = makeNewSetBaseType(interp, s, nullptr);
    if (!result) return result;
    SetObject* res = asSet(result.get());
    if (isAnySet(other)) {
        SetObject* so = asSet(s);
        Object* iter = other;
        if (setSize(other) > setSize(s)) {
            so = asSet(other);
            iter = s;
        }
        std::int64_t pos = 0;
        const SetEntry* entry = nullptr;
        while (setNextEntry(asSet(iter), pos, &entry)) {
            Ref key = Ref::borrowed(entry->key);
            const std::int64_t hash = entry->hash;
            const int rv = setContainsEntry(so, key.get(), hash);
            if (rv < 0) return Ref();
            if (rv && setAddEntry(res, key.get(), hash)) return Ref();
        }
        return result;
    }
    // Other iterables: the items in order, stopping once the result is as large as s.
    auto visit = [&](Object* key) -> int {
        const std::int64_t hash = objectHash(key);
        if (hash == -1) return -1;
        const int rv = setContainsEntry(asSet(s), key, hash);
        if (rv < 0) return -1;
        if (rv) {
            if (setAddEntry(res, key, hash)) return -1;
            if (res->used >= setSize(s)) return 1;
        }
        return 0;
    };
    if (forEachItem(other, visit) < 0) return Ref();
    return result;
}

Ref setDifference(Object* s, Object* other) {
    Interpreter& interp = interpOf(s);
    SetObject* so = asSet(s);
    std::int64_t otherSize;
    if (isAnySet(other)) otherSize = setSize(other);
    else if (isDictExact(other)) otherSize = dictSize(other);
    else return setCopyAndDifference(so, other);
    if ((so->used >> 2) > otherSize) return setCopyAndDifference(so, other);
    Ref result = makeNewSetBaseType(interp, s, nullptr);
    if (!result) return result;
    const bool dict = isDictExact(other);
    std::int64_t pos = 0;
    const SetEntry* entry = nullptr;
    while (setNextEntry(so, pos, &entry)) {
        Ref key = Ref::borrowed(entry->key);
        const std::int64_t hash = entry->hash;
        int rv;
        if (dict) {
            Object* value = dictGetItemKnownHash(other, key.get(), hash);
            rv = value != nullptr ? 1 : interp.error() ? -1 : 0;
        } else {
            rv = setContainsEntry(asSet(other), key.get(), hash);
        }
        if (rv < 0) return Ref();
        if (!rv && setAddEntry(asSet(result.get()), key.get(), hash)) return Ref();
    }
    return result;
}

int setSymmetricDifferenceUpdate(Object* s, Object* other) {
    SetObject* so = asSet(s);
    if (s == other) {
        setClearInternal(so);
        return 0;
    }
    Interpreter& interp = interpOf(s);
    if (isDictExact(other)) {
        std::int64_t pos = 0;
        Object* key = nullptr;
        std::int64_t hash = 0;
        while (dictNext(other, pos, &key, nullptr, &hash)) {
            Ref k = Ref::borrowed(key);
            const int rv = setDiscardEntry(so, k.get(), hash);
            if (rv < 0) return -1;
            if (rv == 0 && setAddEntry(so, k.get(), hash)) return -1;
        }
        return 0;
    }
    Ref otherset = isAnySet(other) ? Ref::borrowed(other) : makeNewSetBaseType(interp, s, other);
    if (!otherset) return -1;
    std::int64_t pos = 0;
    const SetEntry* entry = nullptr;
    while (setNextEntry(asSet(otherset.get()), pos, &entry)) {
        Ref key = Ref::borrowed(entry->key);
        const std::int64_t hash = entry->hash;
        const int rv = setDiscardEntry(so, key.get(), hash);
        if (rv < 0) return -1;
        if (rv == 0 && setAddEntry(so, key.get(), hash)) return -1;
    }
    return 0;
}

Ref setSymmetricDifference(Object* s, Object* other) {
    Ref otherset = makeNewSetBaseType(interpOf(s), s, other);
    if (!otherset) return otherset;
    if (setSymmetricDifferenceUpdate(otherset.get(), s) != 0) return Ref();
    return otherset;
}

Ref setIntersectionMulti(Object* s, Object* const* others, std::int64_t n) {
    if (n == 0) return setNewCopy(s);
    Ref result = Ref::borrowed(s);
    for (std::int64_t i = 0; result && i < n; ++i) result = setIntersection(result.get(), others[i]);
    return result;
}

int setIntersectionUpdateMulti(Object* s, Object* const* others, std::int64_t n) {
    Ref tmp = setIntersectionMulti(s, others, n);
    if (!tmp) return -1;
    setSwapBodies(asSet(s), asSet(tmp.get()));
    return 0;
}

int setIntersectionUpdate(Object* s, Object* other) {
    Ref tmp = setIntersection(s, other);
    if (!tmp) return -1;
    setSwapBodies(asSet(s), asSet(tmp.get()));
    return 0;
}

int setDifferenceUpdate(Object* s, Object* other) { return setDifferenceUpdateInternal(asSet(s), other); }

int setIsSubset(Object* s, Object* other) {
    if (!isAnySet(other)) {
        Ref tmp = makeNewSet(interpOf(s), interpOf(s).types.set, other);
        if (!tmp) return -1;
        return setIsSubset(s, tmp.get());
    }
    if (setSize(s) > setSize(other)) return 0;
    std::int64_t pos = 0;
    const SetEntry* entry = nullptr;
    while (setNextEntry(asSet(s), pos, &entry)) {
        Ref key = Ref::borrowed(entry->key);
        const int rv = setContainsEntry(asSet(other), key.get(), entry->hash);
        if (rv <= 0) return rv;
    }
    return 1;
}

int setIsSuperset(Object* s, Object* other) {
    if (isAnySet(other)) return setIsSubset(other, s);
    // Other iterables: every item must be in s (stopping at the first that is not).
    int result = 1;
    const int r = forEachItem(other, [&](Object* key) {
        const int rv = setContainsKey(asSet(s), key);
        if (rv <= 0) result = rv;
        return rv < 0 ? -1 : (rv == 0 ? 1 : 0);
    });
    return r < 0 ? -1 : result;
}

int setIsDisjoint(Object* s, Object* other) {
    if (s == other) return setSize(s) == 0;
    if (other->type != interpOf(s).types.set && !isFrozenSetExact(other)) {
        // Other iterables (set subclasses too): no item may be in s.
        int result = 1;
        const int r = forEachItem(other, [&](Object* key) {
            const int rv = setContainsKey(asSet(s), key);
            if (rv != 0) result = rv < 0 ? -1 : 0;
            return rv < 0 ? -1 : rv;
        });
        return r < 0 ? -1 : result;
    }
    SetObject* so = asSet(s);
    Object* iter = other;
    if (setSize(other) > setSize(s)) {
        so = asSet(other);
        iter = s;
    }
    std::int64_t pos = 0;
    const SetEntry* entry = nullptr;
    while (setNextEntry(asSet(iter), pos, &entry)) {
        Ref key = Ref::borrowed(entry->key);
        const int rv = setContainsEntry(so, key.get(), entry->hash);
        if (rv < 0) return -1;
        if (rv) return 0;
    }
    return 1;
}

// ------------------------------------------------------------------------------------------------
// Slots
// ------------------------------------------------------------------------------------------------

namespace {

inline std::uint64_t shuffleBits(std::uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

} // namespace

std::int64_t frozenSetHash(Object* s) {
    SetObject* so = asSet(s);
    if (so->hash != -1) return so->hash;
    std::uint64_t hash = 0;
    for (const SetEntry* e = so->table; e <= &so->table[so->mask]; ++e)
        hash ^= shuffleBits(static_cast<std::uint64_t>(e->hash));
    // Remove the effect of an odd number of NULL entries, then of dummy entries.
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffleBits(0);
    if ((so->fill - so->used) & 1) hash ^= shuffleBits(static_cast<std::uint64_t>(-1));
    hash ^= (static_cast<std::uint64_t>(so->used) + 1) * 1927868237ull;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923ull;
    if (hash == static_cast<std::uint64_t>(-1)) hash = 590923713ull;
    so->hash = static_cast<std::int64_t>(hash);
    return so->hash;
}

Object* setRichCompare(Object* v, Object* w, CompareOp op) {
    Interpreter& interp = interpOf(v);
    if (!isAnySet(w)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    int r = 0;
    switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
        if (setSize(v) != setSize(w)) {
            r = 0;
        } else if (asSet(v)->hash != -1 && asSet(w)->hash != -1 && asSet(v)->hash != asSet(w)->hash) {
            r = 0;
        } else {
            r = setIsSubset(v, w);
            if (r < 0) return nullptr;
        }
        if (op == CompareOp::Ne) r = !r;
        break;
    case CompareOp::Le: r = setIsSubset(v, w); break;
    case CompareOp::Ge: r = setIsSuperset(v, w); break;
    case CompareOp::Lt: r = setSize(v) >= setSize(w) ? 0 : setIsSubset(v, w); break;
    case CompareOp::Gt: r = setSize(v) <= setSize(w) ? 0 : setIsSuperset(v, w); break;
    }
    if (r < 0) return nullptr;
    return newBool(interp, r != 0);
}

Object* setRepr(Object* s) {
    Interpreter& interp = interpOf(s);
    const std::string& tpName = s->type->name;
    ReprGuard guard(s);
    if (guard.active()) return newStrFreshUtf8(interp, tpName + "(...)").release();
    if (setSize(s) == 0) return newStrFreshUtf8(interp, tpName + "()").release();
    // keys = PySequence_List(so); repr(keys)[1:-1]; then the final format: the same temporaries.
    Ref keys = newList(interp, 0);
    if (!keys) return nullptr;
    if (listExtendBegin(keys.get(), setSize(s)) != 0) return nullptr;
    std::int64_t pos = 0;
    Object* key = nullptr;
    while (setNext(s, pos, &key))
        if (listAppend(keys.get(), key) != 0) return nullptr;
    if (listExtendEnd(keys.get()) != 0) return nullptr;
    Ref listrepr(listRepr(keys.get()));
    keys = Ref();
    if (!listrepr) return nullptr;
    Ref inner = strSubstring(interp, listrepr.get(), 1, strLength(listrepr.get()) - 1);
    listrepr = Ref();
    if (!inner) return nullptr;
    std::string text;
    if (s->type == interp.types.set) {
        text = "{";
    } else {
        text = tpName + "({";
    }
    strAppendUtf8(inner.get(), text);
    text += s->type == interp.types.set ? "}" : "})";
    return newStrFreshUtf8(interp, text).release();
}

std::int64_t setSizeOf(const Object* s) {
    const SetObject* so = asSet(s);
    std::int64_t res = s->type->basicsize;
    if (so->table != so->smalltable) res += (so->mask + 1) * kSetEntrySize;
    return res;
}

namespace {

void setDealloc(Object* o) {
    SetObject* so = asSet(o);
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    TrashcanGuard guard(o, setDealloc);
    if (guard.deposited()) return;
    clearWeakrefs(o);
    std::int64_t used = so->used;
    for (SetEntry* e = so->table; used > 0; ++e) {
        if (e->key && e->key != &g_dummy) {
            --used;
            decref(e->key);
        }
    }
    if (so->table != so->smalltable) {
        freeTable(interp, so->table, so->mask + 1, so->tableAddr);
        so->table = so->smalltable;
    }
    interp.freeObject(o);
}

int setTraverse(Object* o, VisitProc visit, void* arg) {
    std::int64_t pos = 0;
    const SetEntry* entry = nullptr;
    while (setNextEntry(asSet(o), pos, &entry))
        if (int r = visit(entry->key, arg)) return r;
    return 0;
}

void setReferences(Object* o, VisitProc visit, void* arg) { setTraverse(o, visit, arg); }

int setTpClear(Object* o) {
    setClearInternal(asSet(o));
    return 0;
}

bool setReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    const SetObject* so = asSet(o);
    auto entryWord = [](const SetEntry& e, bool hashWord) -> std::uint64_t {
        if (hashWord) return static_cast<std::uint64_t>(e.hash);
        return e.key ? e.key->addr : 0;
    };
    switch (offset) {
    case 16: out = static_cast<std::uint64_t>(so->fill); return true;
    case 24: out = static_cast<std::uint64_t>(so->used); return true;
    case 32: out = static_cast<std::uint64_t>(so->mask); return true;
    case 40: out = so->tableAddr ? so->tableAddr : o->addr + 64; return true;
    case 48: out = static_cast<std::uint64_t>(so->hash); return true;
    case 56: out = static_cast<std::uint64_t>(so->finger); return true;
    case 192: out = so->weakreflist ? so->weakreflist->addr : 0; return true;
    default: break;
    }
    if (offset >= 64 && offset < 192) {
        const std::int64_t rel = offset - 64;
        out = entryWord(so->smalltable[rel / 16], (rel % 16) >= 8);
        return true;
    }
    if (so->tableAddr == 0) return false;
    const Addr a = o->addr + static_cast<std::uint64_t>(offset);
    if (a < so->tableAddr || a >= so->tableAddr + std::uint64_t(so->mask + 1) * kSetEntrySize) return false;
    const std::uint64_t rel = a - so->tableAddr;
    out = entryWord(so->table[rel / 16], (rel % 16) >= 8);
    return true;
}

int setIsTrue(Object* o) { return asSet(o)->used != 0; }

std::string setLabel(const Object* o) {
    const std::int64_t n = asSet(o)->used;
    const std::string& name = o->type->name;
    if (n == 0) return name + "()";
    char buf[48];
    std::snprintf(buf, sizeof buf, "%lld item%s", static_cast<long long>(n), n == 1 ? "" : "s");
    return o->type == o->type->interp->types.set ? "{" + std::string(buf) + "}" : name + "({" + buf + "})";
}

void initCommon(TypeObject& t) {
    t.dealloc = setDealloc;
    t.traverse = setTraverse;
    t.clear = setTpClear;
    t.sizeOf = setSizeOf;
    t.readField = setReadField;
    t.references = setReferences;
    t.repr = setRepr;
    t.richcompare = setRichCompare;
    t.isTrue = setIsTrue;
    t.label = setLabel;
    setHostDestructor<SetObject>(t);
}

} // namespace

void initSetType(Interpreter& interp, TypeObject& t) {
    // _dummy_struct lives in libpython's data: one static word pair, same address in every
    // interpreter (the static region is reserved in the same order).
    g_dummy.addr = interp.memory().staticAlloc(16, nullptr);
    initCommon(t);
    t.hash = nullptr; // PyObject_HashNotImplemented
}

void initFrozenSetType(Interpreter&, TypeObject& t) {
    initCommon(t);
    t.hash = frozenSetHash;
}

} // namespace hs
