// dict (PyDictObject, Objects/dictobject.c of 3.11): combined hash tables with insertion order,
// the shared empty keys table, the dict and keys free lists, lazy GC tracking.
#pragma once

#include "objects/dict_keys.h"
#include "objects/type_object.h"

#include <cstdint>
#include <vector>

namespace hs {

// Host side of a dict. Simulated layout (48 bytes): ma_used +16, ma_version_tag +24, ma_keys +32,
// ma_values +40. Invariants (combined table, values == nullptr): keys is never null while the
// dict is alive; keys == emptyDictKeys() <=> no table allocated (used == 0); every live entry
// owns one reference to its key and one to its value.
struct DictObject : Object {
    std::int64_t used = 0;         // ma_used
    std::uint64_t versionTag = 0;  // ma_version_tag (see dictobject.c; not advanced yet)
    DictKeys* keys = nullptr;      // ma_keys
    DictValues* values = nullptr;  // ma_values: split tables (instance dicts) arrive with classes
    Addr deadKeysAddr = 0;         // ma_keys word a dead dict parked on the free list still shows
};

// PyDict_CheckExact / PyDict_Check.
bool isDictExact(const Object* o);
bool isDict(const Object* o);
// dict_merge's fast-path test: a dict (or subclass) whose tp_iter is dict's own; others merge
// through keys() and __getitem__.
bool isDictWithDictIter(const Object* o);

// --- Creation (new references; empty Ref with MemoryError pending on failure) ---
// PyDict_New: from the dict free list when possible; shares the empty keys table. Untracked.
Ref newDict(Interpreter& interp);
// _PyDict_NewPresized(minused): a general (non-unicode) table sized for minused entries.
Ref newDictPresized(Interpreter& interp, std::int64_t minused);
// _PyDict_FromItems (BUILD_MAP / BUILD_CONST_KEY_MAP): presized unicode-or-general by the keys, then
// PyDict_SetItem of each pair (keys[i * keysStride], values[i * valuesStride]). Borrows the items.
Ref dictFromItems(Interpreter& interp, Object* const* keys, std::int64_t keysStride, Object* const* values,
                  std::int64_t valuesStride, std::int64_t n);
// make_dict_from_instance_attributes: a split dict sharing `keys` (takes one reference) whose
// values block is `valuesAddr` (taken over, re-owned by the dict); values[i] belongs to
// keys->names[i] and its reference moves into the dict; `order` is their insertion order.
// Tracked when a value may be. Empty Ref with MemoryError pending.
Ref newSplitDict(Interpreter& interp, SplitKeys* keys, Addr valuesAddr, const std::vector<Object*>& values,
                 const std::vector<std::uint8_t>& order);
// dict_new for `dict()` called through the type: a fresh GC allocation (_PyType_AllocNoTrack) that
// bypasses the free list. Untracked.
Ref dictTypeNew(Interpreter& interp);

// --- Access (d must be a dict) ---
inline std::int64_t dictSize(const Object* d) { return static_cast<const DictObject*>(d)->used; }
// PyDict_SetItem: increfs key and value. 0, or -1 with an error (unhashable key, MemoryError).
int dictSetItem(Object* d, Object* key, Object* value);
// _PyDict_SetItem_Take2: as dictSetItem but consumes both references (also on failure).
int dictSetItemTake2(Object* d, Object* key, Object* value);
// PyDict_GetItemWithError: borrowed; nullptr when missing (no error) or on error (interp.error()).
Object* dictGetItem(Object* d, Object* key);
// _PyDict_GetItem_KnownHash.
Object* dictGetItemKnownHash(Object* d, Object* key, std::int64_t hash);
// _PyDict_SetItem_KnownHash: dictSetItem with the key's hash already known (no __hash__ call).
int dictSetItemKnownHash(Object* d, Object* key, std::int64_t hash, Object* value);
// dictGetItem that also reports where a hit lives: *index is its entry index when the table is a
// combined unicode one and the key an exact str (a lookup that runs no user code), else -1.
Object* dictGetItemWithIndex(Object* d, Object* key, std::int64_t* index);
// PyDict_DelItem: 0, or -1 with KeyError (message = repr(key)) or the hash error.
int dictDelItem(Object* d, Object* key);
// PyDict_Contains: 1, 0, or -1 with an error.
int dictContains(Object* d, Object* key);
// PyDict_Next: borrowed key/value (either may be null); pos starts at 0.
bool dictNext(Object* d, std::int64_t& pos, Object** key, Object** value, std::int64_t* hash = nullptr);
// PyDict_Clear: back to the shared empty keys table.
void dictClear(Object* d);
// PyDict_Copy: new reference.
Ref dictCopy(Object* d);
// dict_merge(a, b, override) for a dict b (override 0: keep existing, 1: replace, 2: KeyError on a
// duplicate). A non-dict b needs the VM (keys()/__getitem__): -1 with TypeError "'T' object is not
// a mapping"-style SystemError left to the caller. 0, or -1 with an error.
int dictMerge(Object* a, Object* b, int override);
inline int dictUpdate(Object* d, Object* other) { return dictMerge(d, other, 1); }
// _PyDict_FromKeys's fast paths, for `d` an empty exact dict: from an exact dict or an exact
// set/frozenset `iterable`, a dictresize to estimate_log2_keysize(len(iterable)) first (a unicode
// table as the source dict's is, always a general one for a set), then each key inserted with its
// stored hash. 1 when done, 0 when `iterable` needs the generic iteration, -1 with an error.
int dictFillFromKeys(Object* d, Object* iterable, Object* value);
// dict.pop(key[, deflt]): new reference; deflt null means KeyError(repr(key)) when missing.
Ref dictPop(Object* d, Object* key, Object* deflt);
// _PyDict_Pop_KnownHash.
Ref dictPopKnownHash(Object* d, Object* key, std::int64_t hash, Object* deflt);
// dict.popitem(): a new (key, value) tuple; KeyError("popitem(): dictionary is empty").
Ref dictPopItem(Object* d);
// PyDict_SetDefault: borrowed (the stored value), nullptr with an error.
Object* dictSetDefault(Object* d, Object* key, Object* deflt);
// dict.get(key, deflt): new reference.
Ref dictGet(Object* d, Object* key, Object* deflt);
// PyDict_Keys / PyDict_Values / PyDict_Items: new lists (dict views come with the VM's iterators).
Ref dictKeys(Object* d);
Ref dictValues(Object* d);
Ref dictItems(Object* d);
// _PyDict_MaybeUntrack: untracks a tracked exact dict none of whose keys/values may be tracked.
// Returns true when it untracked the dict. Called by full collections (untrack_dicts).
bool dictMaybeUntrack(Object* d);
// _PyDict_SizeOf (without the pre-header).
std::int64_t dictSizeOf(const Object* d);

// --- Slots, callable directly ---
Object* dictRepr(Object* d);                                  // "{'a': 1}", "{}", "{...}"
Object* dictRichCompare(Object* a, Object* b, CompareOp op);  // == / != only, else NotImplemented

// _PyDict_ClearFreeList: frees the parked dicts and keys tables.
void clearDictFreeLists(Interpreter& interp);

} // namespace hs
