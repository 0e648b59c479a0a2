// set and frozenset (PySetObject, Objects/setobject.c of 3.11): open addressing with an inline
// 8-entry small table, linear probing then perturbation, dummy entries, frozenset hashing.
#pragma once

#include "objects/type_object.h"

#include <cstdint>

namespace hs {

constexpr std::int64_t kSetMinSize = 8;    // PySet_MINSIZE
constexpr int kSetLinearProbes = 9;        // LINEAR_PROBES
constexpr std::int64_t kSetEntrySize = 16; // sizeof(setentry): key, hash

// setentry. Unused: key == nullptr, hash 0. Deleted: key == setDummy(), hash -1.
struct SetEntry {
    Object* key;
    std::int64_t hash;
};

// Host side of a set or frozenset. Simulated layout (200 bytes): fill +16, used +24, mask +32,
// table +40, hash +48, finger +56, smalltable[8] +64..+192, weakreflist +192. A table larger than 8
// entries is a PyMem buffer of 16 * (mask + 1) bytes at tableAddr.
// Invariants: table == smalltable <=> tableAddr == 0; fill counts active + dummy entries; every
// active entry owns one reference to its key; hash is -1 for sets and for uncomputed frozensets.
struct SetObject : Object {
    std::int64_t fill = 0;
    std::int64_t used = 0;
    std::int64_t mask = kSetMinSize - 1;
    SetEntry* table = smalltable;
    std::int64_t hash = -1;
    std::int64_t finger = 0;
    SetEntry smalltable[kSetMinSize] = {};
    Object* weakreflist = nullptr;
    Addr tableAddr = 0;
};

// The dummy key of deleted entries (_PySet_Dummy): a static sentinel, never incref'd by sets.
Object* setDummy();

// PyAnySet_Check / PySet_Check / PyFrozenSet_CheckExact ...
bool isAnySet(const Object* o);
bool isSet(const Object* o);           // set or a subclass
bool isFrozenSet(const Object* o);     // frozenset or a subclass
bool isFrozenSetExact(const Object* o);

// --- Creation (new references, tracked; empty Ref with the error pending) ---
// PySet_New(NULL) / PyFrozenSet_New(NULL): always a new object (3.11 has no empty frozenset
// singleton: `frozenset() is frozenset()` is False).
Ref newSet(Interpreter& interp);
Ref newFrozenSet(Interpreter& interp);
// PySet_New(iterable) / PyFrozenSet_New(iterable) for a set, frozenset, dict, list or tuple
// (set_update_internal); other iterables are the VM's (newSet + setAdd per item).
Ref newSetFrom(Interpreter& interp, Object* iterable);
Ref newFrozenSetFrom(Interpreter& interp, Object* iterable);
// frozenset(x) through the type (make_new_frozenset): an exact frozenset is returned itself.
Ref frozenSetTypeNew(Interpreter& interp, Object* iterable);
// make_new_set(type, iterable) for set, frozenset or a subclass of either (tracked).
Ref newSetOfType(Interpreter& interp, TypeObject* type, Object* iterable);

// --- Access ---
inline std::int64_t setSize(const Object* s) { return static_cast<const SetObject*>(s)->used; }
// PySet_Add (also for a frozenset under construction): 0, or -1 with the error (unhashable).
int setAdd(Object* s, Object* key);
// set.discard semantics (PySet_Discard + the set-as-frozenset retry): 1 found, 0 absent, -1 error.
int setDiscard(Object* s, Object* key);
// set.remove: 0, or -1 with KeyError(repr(key)) or the hash error.
int setRemove(Object* s, Object* key);
// `key in s` (set_contains, with the set-as-frozenset retry): 1, 0, or -1 with an error.
int setContains(Object* s, Object* key);
// PySet_Clear / set.clear().
void setClear(Object* s);
// set.pop(): new reference; KeyError("pop from an empty set").
Ref setPop(Object* s);
// _PySet_NextEntry: borrowed key; pos starts at 0.
bool setNext(Object* s, std::int64_t& pos, Object** key, std::int64_t* hash = nullptr);
// set_update_internal: a set or frozenset merged, an exact dict's keys, any other iterable through
// its iterator. 0, or -1 with an error.
int setUpdate(Object* s, Object* iterable);

// --- Set algebra (new objects of the base type of `s`: set or frozenset) ---
Ref setCopy(Object* s);                                // set.copy(); frozenset.copy() returns itself
// set_copy: always a new set of s's base type (set or frozenset) with its items: what union(),
// intersection() and difference() with no arguments return, frozensets included.
Ref setNewCopy(Object* s);
Ref setUnion(Object* s, Object* other);                // s | other (other: see setUpdate)
Ref setIntersection(Object* s, Object* other);         // s & other
Ref setDifference(Object* s, Object* other);           // s - other
Ref setSymmetricDifference(Object* s, Object* other);  // s ^ other
// In-place forms (set only): 0 or -1.
int setIntersectionUpdate(Object* s, Object* other);
// set_intersection_multi (a new copy of s without others, else s intersected with each in turn) and
// set_intersection_update_multi (that result swapped into s).
Ref setIntersectionMulti(Object* s, Object* const* others, std::int64_t n);
int setIntersectionUpdateMulti(Object* s, Object* const* others, std::int64_t n);
int setDifferenceUpdate(Object* s, Object* other);
int setSymmetricDifferenceUpdate(Object* s, Object* other);
// s <= other / s >= other / isdisjoint: 1, 0, or -1 with an error.
int setIsSubset(Object* s, Object* other);
int setIsSuperset(Object* s, Object* other);
int setIsDisjoint(Object* s, Object* other);

// --- Slots, callable directly ---
std::int64_t frozenSetHash(Object* s);                        // frozenset_hash (cached)
Object* setRichCompare(Object* a, Object* b, CompareOp op);   // subset semantics
Object* setRepr(Object* s);                                    // "{1, 2}", "set()", "frozenset({1})"
// set.__sizeof__: 200 + 16 * (mask + 1) when the table is not the small table.
std::int64_t setSizeOf(const Object* s);

} // namespace hs
