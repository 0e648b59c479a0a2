// dict: lookup with CPython's perturbed probing, insertion/resize/deletion on combined tables, the
// public PyDict_* operations, and the type slots (dealloc with trashcan, traverse, repr, compare).
//
// Sections: helpers and lookup · insertion and resize · creation · public operations · slots.
#include "objects/dict_object.h"

#include "objects/list_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/abstract.h"
#include "runtime/dealloc.h"
#include "runtime/interpreter.h"

#include <cassert>
#include <cstdio>

namespace hs {

namespace {

// ------------------------------------------------------------------------------------------------
// Helpers and lookup
// ------------------------------------------------------------------------------------------------

inline DictObject* asDict(Object* o) { return static_cast<DictObject*>(o); }
inline const DictObject* asDict(const Object* o) { return static_cast<const DictObject*>(o); }
inline Interpreter& interpOf(const Object* o) { return *o->type->interp; }

// _PyObject_GC_MAY_BE_TRACKED.
inline bool mayBeTracked(Object* o) {
    if (!isGcObject(o)) return false;
    if (o->type == o->type->interp->types.tuple) return GcState::isTracked(o);
    return true;
}

// MAINTAIN_TRACKING.
inline void maintainTracking(DictObject* mp, Object* key, Object* value) {
    if (!GcState::isTracked(mp) && (mayBeTracked(key) || mayBeTracked(value))) interpOf(mp).gc().track(mp);
}

// PyUnicode_CheckExact, inline (the hot paths below test it on every lookup).
inline bool isExactStrKey(const Object* o) { return o->type == o->type->interp->types.str; }

// The hash of a key as the dict paths compute it: an exact str's cached hash, else PyObject_Hash.
inline std::int64_t keyHash(Object* key) {
    if (isExactStrKey(key)) {
        const std::int64_t h = asStr(key)->hash;
        if (h != -1) return h;
    }
    return objectHash(key);
}

#include "objects/dict_lookup.inc"

// The KeyError of _PyErr_SetKeyError: the message is repr(key).
void setKeyError(Object* key) {
    if (interpOf(key).vm) {
        raiseKeyError(interpOf(key), key); // KeyError(key) as an exception object (runtime/errors.h)
        return;
    }
    std::string text;
    if (!seqrepr::appendRepr(key, text)) return; // the repr's own error stays pending
    interpOf(key).setError("KeyError", text);
}

// ------------------------------------------------------------------------------------------------
// Insertion and resize
// ------------------------------------------------------------------------------------------------

// build_indices_*: entries [0, n) have live keys, in order.
void buildIndices(DictKeys* keys, std::int64_t n) {
    const std::uint64_t mask = keys->mask();
    const DictEntry* ep = keys->entries();
    for (std::int64_t ix = 0; ix != n; ++ix) {
        const std::int64_t hash = ep[ix].hash;
        std::uint64_t i = static_cast<std::uint64_t>(hash) & mask;
        for (std::uint64_t perturb = static_cast<std::uint64_t>(hash); keys->getIndex(i) != kDkixEmpty;) {
            perturb >>= kPerturbShift;
            i = mask & (i * 5 + perturb + 1);
        }
        keys->setIndex(i, ix);
    }
}

// free_values and dictkeys_decref of the shared keys: a split dict's values block and its
// reference to the shared keys go (after the entries moved or were released).
void freeSplitValues(Interpreter& interp, DictValues* v) {
    interp.freeBuffer(v->addr);
    splitKeysDecref(interp, v->keys);
    delete v;
}
void releaseSplitValues(Interpreter& interp, DictObject* mp) { freeSplitValues(interp, std::exchange(mp->values, nullptr)); }

// The entry of a split dict's private host table for shared key `name` (stored as that str or an
// equal one), or nullptr. The host table is in insertion order; CPython's values array is in the
// shared keys' index order.
DictEntry* splitHostEntry(DictKeys* host, Object* name) {
    DictEntry* ep = host->entries();
    for (std::int64_t i = 0, n = host->nentries; i < n; ++i)
        if (ep[i].value && (ep[i].key == name || strEqual(ep[i].key, name))) return &ep[i];
    return nullptr;
}

// dict_dealloc's and PyDict_Clear's loop over a split table: values[0..dk_nentries) released in
// index order (each taken out of the host table first; a release may run any code). The host
// table keeps its key references for dictKeysDecref.
void releaseSplitEntries(DictKeys* host, const SplitKeys* shared) {
    const std::size_t n = shared->names.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (DictEntry* e = splitHostEntry(host, shared->names[i])) decref(std::exchange(e->value, nullptr));
    }
}

// A split dict's host table ran out of entries (deleted ones leave holes CPython's values array
// does not have): a compacted host table of the same size; nothing simulated changes.
void compactSplitHost(Interpreter& interp, DictObject* mp) {
    DictKeys* old = mp->keys;
    DictKeys* fresh = newSplitHostKeys(interp, old->log2Size, old->addr);
    const DictEntry* ep = old->entries();
    DictEntry* out = fresh->entries();
    std::int64_t n = 0;
    for (std::int64_t i = 0; i < old->nentries; ++i)
        if (ep[i].value) out[n++] = ep[i];
    buildIndices(fresh, n);
    fresh->usable -= n;
    fresh->nentries = n;
    mp->keys = fresh;
    releaseDictKeysMemory(interp, old);
}

// dictresize for combined tables: a new table of 2**log2NewSize, live entries compacted in order.
int dictResize(DictObject* mp, std::uint8_t log2NewSize, bool unicode) {
    Interpreter& interp = interpOf(mp);
    if (log2NewSize >= 64) {
        interp.setMemoryError();
        return -1;
    }
    DictKeys* oldkeys = mp->keys;
    if (!oldkeys->isUnicode()) unicode = false;
    DictKeys* newkeys = newDictKeys(interp, mp, log2NewSize, unicode);
    if (newkeys == nullptr) return -1;
    mp->keys = newkeys;
    const std::int64_t numentries = mp->used;
    DictEntry* oldentries = oldkeys->entries();
    DictEntry* newentries = newkeys->entries();
    if (oldkeys->nentries == numentries) {
        std::memcpy(static_cast<void*>(newentries), oldentries, std::size_t(numentries) * sizeof(DictEntry));
    } else {
        const DictEntry* ep = oldentries;
        for (std::int64_t i = 0; i < numentries; ++i) {
            while (ep->value == nullptr) ++ep;
            newentries[i] = *ep++;
        }
    }
    buildIndices(newkeys, numentries);
    // The entry references moved: only the old table's memory goes.
    releaseDictKeysMemory(interp, oldkeys);
    newkeys->usable -= numentries;
    newkeys->nentries = numentries;
    // A split dict becomes combined: free_values and dictkeys_decref of the shared keys.
    if (mp->values) releaseSplitValues(interp, mp);
    return 0;
}

// insertion_resize: GROWTH_RATE = used * 3.
inline int insertionResize(DictObject* mp, bool unicode) {
    return dictResize(mp, calculateLog2KeySize(mp->used * 3), unicode);
}

// Stores a new entry (the key is known absent; the table has room).
inline void appendEntry(DictObject* mp, Object* key, std::int64_t hash, Object* value) {
    DictKeys* dk = mp->keys;
    markLayoutChanged(dk);
    const std::uint64_t hashpos = dk->findEmptySlot(hash);
    dk->setIndex(hashpos, dk->nentries);
    DictEntry& ep = dk->entries()[dk->nentries];
    ep.key = key;
    ep.value = value;
    ep.hash = hash;
    mp->used++;
    dk->usable--;
    dk->nentries++;
}

// insertdict's DKIX_EMPTY branch (the key is absent): room check, then the new entry. A split
// dict consults the shared keys: a name they hold takes no room; a new one joins them while
// their dk_usable lasts, else the dict becomes combined (insertion_resize).
int insertNewEntry(DictObject* mp, Object* key, std::int64_t hash, Object* value) {
    if (mp->values) {
        SplitKeys* sk = mp->values->keys;
        bool shared = false;
        for (Object* name : sk->names)
            if (name == key || strEqual(name, key)) shared = true;
        if (!shared && sk->usable <= 0) {
            if (insertionResize(mp, true) < 0) return -1;
        } else {
            if (!shared) {
                incref(key);
                sk->names.push_back(key);
                sk->usable--;
            }
            if (mp->keys->usable <= 0) compactSplitHost(interpOf(mp), mp);
            appendEntry(mp, key, hash, value);
            return 0;
        }
    }
    if (mp->keys->usable <= 0) {
        if (insertionResize(mp, true) < 0) return -1;
    }
    appendEntry(mp, key, hash, value);
    return 0;
}

// insertdict: consumes key and value.
int insertDict(DictObject* mp, Object* key, std::int64_t hash, Object* value) {
    if (mp->keys->isUnicode() && !isExactStrKey(key)) {
        if (insertionResize(mp, false) < 0) goto fail;
    }
    {
        Object* oldValue = nullptr;
        const std::int64_t ix = dictLookup(mp, key, hash, &oldValue);
        if (ix == kDkixError) goto fail;
        maintainTracking(mp, key, value);
        if (ix == kDkixEmpty) {
            if (insertNewEntry(mp, key, hash, value) < 0) goto fail;
            return 0;
        }
        if (oldValue != value) mp->keys->entries()[ix].value = value;
        xdecref(oldValue); // may run arbitrary deallocation
        decref(key);
        return 0;
    }
fail:
    decref(value);
    decref(key);
    return -1;
}

// insert_to_emptydict: consumes key and value.
int insertToEmptyDict(DictObject* mp, Object* key, std::int64_t hash, Object* value) {
    const bool unicode = isExactStrKey(key);
    DictKeys* newkeys = newDictKeys(interpOf(mp), mp, kDictLogMinSize, unicode);
    if (newkeys == nullptr) {
        decref(key);
        decref(value);
        return -1;
    }
    mp->keys = newkeys;
    mp->values = nullptr;
    maintainTracking(mp, key, value);
    const std::uint64_t hashpos = static_cast<std::uint64_t>(hash) & (kDictMinSize - 1);
    newkeys->setIndex(hashpos, 0);
    DictEntry& ep = newkeys->entries()[0];
    ep.key = key;
    ep.value = value;
    ep.hash = hash;
    mp->used++;
    newkeys->usable--;
    newkeys->nentries++;
    return 0;
}

// Consumes key and value (as _PyDict_SetItem_KnownHash after its increfs).
inline int setItemTake2KnownHash(DictObject* mp, Object* key, std::int64_t hash, Object* value) {
    if (mp->keys == emptyDictKeys()) return insertToEmptyDict(mp, key, hash, value);
    return insertDict(mp, key, hash, value);
}

// delitem_common for combined tables.
void delItemCommon(DictObject* mp, std::int64_t hash, std::int64_t ix, Object* oldValue) {
    DictKeys* dk = mp->keys;
    const std::int64_t hashpos = dk->lookupIndexSlot(hash, ix);
    assert(hashpos >= 0);
    mp->used--;
    markLayoutChanged(dk);
    dk->setIndex(static_cast<std::uint64_t>(hashpos), kDkixDummy);
    DictEntry& ep = dk->entries()[ix];
    Object* oldKey = ep.key;
    ep.key = nullptr;
    ep.value = nullptr;
    ep.hash = 0;
    decref(oldKey);
    decref(oldValue);
}

// The hash a dict operation computes for a key (-1 with the error pending).
inline std::int64_t hashForLookup(Object* key) { return keyHash(key); }

// ------------------------------------------------------------------------------------------------
// Creation
// ------------------------------------------------------------------------------------------------

// new_dict: consumes the keys table. From the free list when possible.
Ref newDictWithKeys(Interpreter& interp, DictKeys* keys, std::int64_t used) {
    auto& freeDicts = interp.freeLists().dicts;
    DictObject* mp;
    if (!freeDicts.empty()) {
        mp = asDict(freeDicts.back());
        freeDicts.pop_back();
        interp.reviveObject(mp);
    } else {
        mp = interp.newObject<DictObject>(interp.types.dict, 48);
        if (mp == nullptr) {
            dictKeysDecref(interp, keys);
            return Ref();
        }
    }
    mp->keys = keys;
    mp->values = nullptr;
    mp->used = used;
    mp->deadKeysAddr = 0;
    setDictKeysOwner(interp, keys, mp);
    return Ref(mp);
}

// dict_new_presized.
Ref dictNewPresized(Interpreter& interp, std::int64_t minused, bool unicode) {
    constexpr std::uint8_t kLog2MaxPresize = 17;
    constexpr std::int64_t kMaxPresize = std::int64_t(1) << kLog2MaxPresize;
    if (minused <= usableFraction(kDictMinSize)) return newDict(interp);
    const std::uint8_t log2NewSize =
        minused > usableFraction(kMaxPresize) ? kLog2MaxPresize : estimateLog2KeySize(minused);
    DictKeys* keys = newDictKeys(interp, nullptr, log2NewSize, unicode);
    if (keys == nullptr) return Ref();
    return newDictWithKeys(interp, keys, 0);
}

} // namespace

bool isDictExact(const Object* o) { return o->type == o->type->interp->types.dict; }
bool isDict(const Object* o) { return o->type->flags & tpflags::kDictSubclass; }

Ref newDict(Interpreter& interp) { return newDictWithKeys(interp, emptyDictKeys(), 0); }

Ref newDictPresized(Interpreter& interp, std::int64_t minused) { return dictNewPresized(interp, minused, false); }

Ref dictFromItems(Interpreter& interp, Object* const* keys, std::int64_t keysStride, Object* const* values,
                  std::int64_t valuesStride, std::int64_t n) {
    bool unicode = true;
    for (std::int64_t i = 0; i < n; ++i) {
        if (!isExactStrKey(keys[i * keysStride])) {
            unicode = false;
            break;
        }
    }
    Ref d = dictNewPresized(interp, n, unicode);
    if (!d) return d;
    for (std::int64_t i = 0; i < n; ++i)
        if (dictSetItem(d.get(), keys[i * keysStride], values[i * valuesStride]) < 0) return Ref();
    return d;
}

bool isDictWithDictIter(const Object* o) {
    return isDict(o) && o->type->slots.iter == o->type->interp->types.dict->slots.iter;
}

Ref newSplitDict(Interpreter& interp, SplitKeys* keys, Addr valuesAddr, const std::vector<Object*>& values,
                 const std::vector<std::uint8_t>& order) {
    DictKeys* host = newSplitHostKeys(interp, keys->log2Size, keys->addr);
    Ref d = newDictWithKeys(interp, host, 0);
    if (!d) return d;
    DictObject* mp = asDict(d.get());
    keys->refcnt++;
    mp->values = new DictValues{keys, valuesAddr};
    interp.memory().slotOf(valuesAddr).owner = mp;
    for (std::uint8_t ix : order) {
        Object* value = values[ix];
        if (!value) continue;
        Object* key = keys->names[ix];
        incref(key);
        maintainTracking(mp, key, value);
        appendEntry(mp, key, keyHash(key), value);
    }
    return d;
}

Ref dictTypeNew(Interpreter& interp) {
    DictObject* mp = interp.newObject<DictObject>(interp.types.dict, 48);
    if (mp == nullptr) return Ref();
    mp->keys = emptyDictKeys();
    return Ref(mp);
}

// ------------------------------------------------------------------------------------------------
// Public operations
// ------------------------------------------------------------------------------------------------

namespace {

// dictGetItem's general path: hash (may run __hash__), then _Py_dict_lookup.
[[gnu::noinline]] Object* dictGetItemGeneral(Object* d, Object* key) {
    const std::int64_t hash = hashForLookup(key);
    if (hash == -1) return nullptr;
    return dictGetItemKnownHash(d, key, hash);
}

// dictGetItem's exact-str path past the small-table identity probe.
[[gnu::noinline]] Object* dictGetItemUnicode(const DictKeys* dk, Object* key, std::int64_t hash) {
    const std::int64_t ix = lookupUnicodeUnicode(dk, key, hash);
    return ix >= 0 ? dk->entries()[ix].value : nullptr;
}

// The entry index of an exact str key already in a unicode table with 1-byte indices, found by
// pointer (the common hit); -1 in every other case (the caller takes its general path, which
// reaches the same entry).
inline std::int64_t smallTableIdentityHit(const DictKeys* dk, Object* key, std::int64_t hash) {
    if (hash == -1 || !dk->isUnicode() || dk->log2Size >= 8) return -1;
    const std::int64_t ix =
        probeUnicodeIdentity(dk->entries(), reinterpret_cast<const std::int8_t*>(dk->indexBytes()), dk->mask(), key, hash);
    return ix >= 0 ? ix : -1;
}

} // namespace

int dictSetItemTake2(Object* d, Object* key, Object* value) {
    const std::int64_t hash = hashForLookup(key);
    if (hash == -1) {
        decref(key);
        decref(value);
        return -1;
    }
    return setItemTake2KnownHash(asDict(d), key, hash, value);
}

int dictSetItemKnownHash(Object* d, Object* key, std::int64_t hash, Object* value) {
    incref(key);
    incref(value);
    return setItemTake2KnownHash(asDict(d), key, hash, value);
}

int dictSetItem(Object* d, Object* key, Object* value) {
    // Fast path: insertdict's replace branch for an exact str key found by pointer in a small
    // unicode table, with insertdict's reference order (the key's extra reference spans the old
    // value's release, which may run code).
    if (isExactStrKey(key)) {
        DictObject* mp = asDict(d);
        DictKeys* dk = mp->keys;
        const std::int64_t ix = smallTableIdentityHit(dk, key, asStr(key)->hash);
        if (ix >= 0) {
            incref(key);
            incref(value);
            maintainTracking(mp, key, value);
            DictEntry& ep = dk->entries()[ix];
            Object* oldValue = ep.value;
            if (oldValue != value) ep.value = value;
            xdecref(oldValue); // may run arbitrary deallocation
            decref(key);
            return 0;
        }
    }
    incref(key);
    incref(value);
    return dictSetItemTake2(d, key, value);
}

Object* dictGetItemKnownHash(Object* d, Object* key, std::int64_t hash) {
    Object* value = nullptr;
    dictLookup(asDict(d), key, hash, &value);
    return value;
}

Object* dictGetItemWithIndex(Object* d, Object* key, std::int64_t* index) {
    *index = -1;
    const std::int64_t hash = hashForLookup(key);
    if (hash == -1) return nullptr;
    DictObject* mp = asDict(d);
    const bool cacheable = mp->values == nullptr && mp->keys->isUnicode() && isExactStrKey(key);
    Object* value = nullptr;
    const std::int64_t ix = dictLookup(mp, key, hash, &value);
    if (value && cacheable) *index = ix;
    return value;
}

Object* dictGetItem(Object* d, Object* key) {
    // Fast path: an exact str with its hash cached, in a unicode table (dictLookup's first branch).
    // The small-table probe stays a leaf; the rest are tail calls.
    if (isExactStrKey(key)) {
        const std::int64_t h = asStr(key)->hash;
        const DictKeys* dk = asDict(d)->keys;
        if (h != -1 && dk->isUnicode()) {
            if (dk->log2Size < 8) {
                const std::int64_t ix = probeUnicodeIdentity(
                    dk->entries(), reinterpret_cast<const std::int8_t*>(dk->indexBytes()), dk->mask(), key, h);
                if (ix >= 0) return dk->entries()[ix].value;
                if (ix == kDkixEmpty) return nullptr;
            }
            return dictGetItemUnicode(dk, key, h);
        }
    }
    return dictGetItemGeneral(d, key);
}

int dictDelItem(Object* d, Object* key) {
    const std::int64_t hash = hashForLookup(key);
    if (hash == -1) return -1;
    DictObject* mp = asDict(d);
    Object* oldValue = nullptr;
    const std::int64_t ix = dictLookup(mp, key, hash, &oldValue);
    if (ix == kDkixError) return -1;
    if (ix == kDkixEmpty || oldValue == nullptr) {
        setKeyError(key);
        return -1;
    }
    delItemCommon(mp, hash, ix, oldValue);
    return 0;
}

int dictContains(Object* d, Object* key) {
    const std::int64_t hash = hashForLookup(key);
    if (hash == -1) return -1;
    Object* value = nullptr;
    const std::int64_t ix = dictLookup(asDict(d), key, hash, &value);
    if (ix == kDkixError) return -1;
    return ix != kDkixEmpty && value != nullptr;
}

bool dictNext(Object* d, std::int64_t& pos, Object** key, Object** value, std::int64_t* hash) {
    const DictKeys* dk = asDict(d)->keys;
    std::int64_t i = pos;
    const std::int64_t n = dk->nentries;
    if (i < 0 || i >= n) return false;
    const DictEntry* ep = dk->entries() + i;
    while (i < n && ep->value == nullptr) {
        ++ep;
        ++i;
    }
    if (i >= n) return false;
    pos = i + 1;
    if (key) *key = ep->key;
    if (value) *value = ep->value;
    if (hash) *hash = ep->hash;
    return true;
}

void dictClear(Object* d) {
    DictObject* mp = asDict(d);
    DictKeys* oldkeys = mp->keys;
    if (oldkeys == emptyDictKeys()) return;
    // Emptied first, then the old entries released (their releases may use the dict).
    DictValues* oldvalues = std::exchange(mp->values, nullptr);
    mp->keys = emptyDictKeys();
    mp->used = 0;
    if (oldvalues) releaseSplitEntries(oldkeys, oldvalues->keys);
    dictKeysDecref(interpOf(d), oldkeys);
    if (oldvalues) freeSplitValues(interpOf(d), oldvalues);
}

namespace {

// clone_combined_dict_keys: a copy of the table with every live entry's key and value increfed.
DictKeys* cloneCombinedKeys(DictObject* orig) {
    DictKeys* keys = cloneDictKeysRaw(interpOf(orig), nullptr, orig->keys);
    if (keys == nullptr) return nullptr;
    DictEntry* ep = keys->entries();
    for (std::int64_t i = 0, n = keys->nentries; i < n; ++i) {
        if (ep[i].value != nullptr) {
            incref(ep[i].value);
            incref(ep[i].key);
        }
    }
    return keys;
}

// PyDict_Copy of a split table: a new values array of shared_keys_usable_size slots (the prefix,
// the insertion order, copied), then a fresh GC object (PyObject_GC_New, never the free list)
// sharing the keys (dictkeys_incref) and holding a reference to each value. The copy stays split,
// with the original's __sizeof__; tracked when the original is.
Ref copySplitDict(DictObject* mp) {
    Interpreter& interp = interpOf(mp);
    SplitKeys* shared = mp->values->keys;
    const Addr block = newSplitValuesBlock(interp, nullptr, shared->usableSize());
    if (block == 0) return Ref();
    Ref copy = dictTypeNew(interp);
    if (!copy) {
        interp.freeBuffer(block);
        return copy;
    }
    DictObject* cp = asDict(copy.get());
    cp->keys = newSplitHostKeys(interp, mp->keys->log2Size, shared->addr);
    shared->refcnt++;
    cp->values = new DictValues{shared, block};
    interp.memory().slotOf(block).owner = cp;
    const DictEntry* ep = mp->keys->entries();
    for (std::int64_t i = 0, n = mp->keys->nentries; i < n; ++i) {
        if (!ep[i].value) continue;
        incref(ep[i].key);
        incref(ep[i].value);
        appendEntry(cp, ep[i].key, ep[i].hash, ep[i].value);
    }
    if (GcState::isTracked(mp)) interp.gc().track(cp);
    return copy;
}

} // namespace

int dictMerge(Object* a, Object* b, int override) {
    Interpreter& interp = interpOf(a);
    if (!isDict(b)) {
        interp.setError("TypeError", "'" + b->type->name + "' object is not a mapping");
        return -1;
    }
    DictObject* mp = asDict(a);
    DictObject* other = asDict(b);
    if (other == mp || other->used == 0) return 0;
    if (mp->used == 0) {
        override = 1;
        DictKeys* okeys = other->keys;
        // A clean, combined, freshly built source is cloned whole.
        if (other->values == nullptr && other->used == okeys->nentries &&
            (okeys->log2Size == kDictLogMinSize || usableFraction(okeys->size() / 2) < other->used)) {
            DictKeys* keys = cloneCombinedKeys(other);
            if (keys == nullptr) return -1;
            dictKeysDecref(interp, mp->keys);
            mp->keys = keys;
            setDictKeysOwner(interp, keys, mp);
            mp->values = nullptr;
            mp->used = other->used;
            if (GcState::isTracked(other) && !GcState::isTracked(mp)) interp.gc().track(mp);
            return 0;
        }
    }
    // One big resize first, expecting few overlapping keys.
    if (usableFraction(mp->keys->size()) < other->used) {
        if (dictResize(mp, estimateLog2KeySize(mp->used + other->used), other->keys->isUnicode()) != 0) return -1;
    }
    const std::int64_t origSize = other->keys->nentries;
    std::int64_t pos = 0;
    Object* key = nullptr;
    Object* value = nullptr;
    std::int64_t hash = 0;
    while (dictNext(other, pos, &key, &value, &hash)) {
        int err = 0;
        incref(key);
        incref(value);
        if (override == 1) {
            incref(key);
            incref(value);
            err = setItemTake2KnownHash(mp, key, hash, value);
        } else {
            Object* existing = nullptr;
            const std::int64_t ix = dictLookup(mp, key, hash, &existing);
            err = ix == kDkixError ? -1 : (ix != kDkixEmpty && existing != nullptr) ? 1 : 0;
            if (err == 0) {
                incref(key);
                incref(value);
                err = setItemTake2KnownHash(mp, key, hash, value);
            } else if (err > 0) {
                if (override != 0) {
                    setKeyError(key);
                    decref(value);
                    decref(key);
                    return -1;
                }
                err = 0;
            }
        }
        decref(value);
        decref(key);
        if (err != 0) return -1;
        if (origSize != other->keys->nentries) {
            interp.setError("RuntimeError", "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

Ref dictCopy(Object* d) {
    Interpreter& interp = interpOf(d);
    DictObject* mp = asDict(d);
    if (mp->used == 0) return newDict(interp);
    if (mp->values) return copySplitDict(mp);
    if (isDictExact(d) && mp->values == nullptr && mp->used >= (mp->keys->nentries * 2) / 3) {
        DictKeys* keys = cloneCombinedKeys(mp);
        if (keys == nullptr) return Ref();
        Ref copy = newDictWithKeys(interp, keys, 0);
        if (!copy) return copy;
        asDict(copy.get())->used = mp->used;
        if (GcState::isTracked(mp)) interp.gc().track(copy.get());
        return copy;
    }
    Ref copy = newDict(interp);
    if (!copy) return copy;
    if (dictMerge(copy.get(), d, 1) != 0) return Ref();
    return copy;
}

int dictFillFromKeys(Object* d, Object* iterable, Object* value) {
    DictObject* mp = asDict(d);
    Interpreter& interp = interpOf(d);
    const bool fromDict = isDictExact(iterable);
    if (!fromDict && iterable->type != interp.types.set && !isFrozenSetExact(iterable)) return 0;
    const std::int64_t n = fromDict ? dictSize(iterable) : setSize(iterable);
    const bool unicode = fromDict && asDict(iterable)->keys->isUnicode();
    if (dictResize(mp, estimateLog2KeySize(n), unicode) < 0) return -1;
    std::int64_t pos = 0;
    Object* key = nullptr;
    std::int64_t hash = 0;
    while (fromDict ? dictNext(iterable, pos, &key, nullptr, &hash) : setNext(iterable, pos, &key, &hash)) {
        incref(key);
        incref(value);
        if (insertDict(mp, key, hash, value) < 0) return -1;
    }
    return 1;
}

Ref dictPop(Object* d, Object* key, Object* deflt) {
    DictObject* mp = asDict(d);
    if (mp->used == 0) {
        if (deflt) return Ref::borrowed(deflt);
        setKeyError(key);
        return Ref();
    }
    const std::int64_t hash = hashForLookup(key);
    if (hash == -1) return Ref();
    return dictPopKnownHash(d, key, hash, deflt);
}

Ref dictPopKnownHash(Object* d, Object* key, std::int64_t hash, Object* deflt) {
    DictObject* mp = asDict(d);
    if (mp->used == 0) {
        if (deflt) return Ref::borrowed(deflt);
        setKeyError(key);
        return Ref();
    }
    Object* oldValue = nullptr;
    const std::int64_t ix = dictLookup(mp, key, hash, &oldValue);
    if (ix == kDkixError) return Ref();
    if (ix == kDkixEmpty || oldValue == nullptr) {
        if (deflt) return Ref::borrowed(deflt);
        setKeyError(key);
        return Ref();
    }
    incref(oldValue);
    delItemCommon(mp, hash, ix, oldValue);
    return Ref(oldValue);
}

Ref dictPopItem(Object* d) {
    Interpreter& interp = interpOf(d);
    DictObject* mp = asDict(d);
    // The result tuple is allocated first (a collection could run and empty the dict).
    Ref res = newTuple(interp, 2);
    if (!res) return res;
    if (mp->used == 0) {
        interp.setError("KeyError", "popitem(): dictionary is empty");
        return Ref();
    }
    // Split tables are converted to combined first (dictresize to the same size).
    if (mp->values && dictResize(mp, mp->keys->log2Size, true) < 0) return Ref();
    DictKeys* dk = mp->keys;
    markLayoutChanged(dk);
    DictEntry* ep0 = dk->entries();
    std::int64_t i = dk->nentries - 1;
    while (i >= 0 && ep0[i].value == nullptr) --i;
    assert(i >= 0);
    Object* key = ep0[i].key;
    Object* value = ep0[i].value;
    const std::int64_t hash = ep0[i].hash;
    ep0[i].key = nullptr;
    ep0[i].value = nullptr;
    ep0[i].hash = dk->isUnicode() ? 0 : -1;
    const std::int64_t j = dk->lookupIndexSlot(hash, i);
    assert(j >= 0);
    dk->setIndex(static_cast<std::uint64_t>(j), kDkixDummy);
    tupleSetItemSteal(res.get(), 0, key);
    tupleSetItemSteal(res.get(), 1, value);
    // dk_usable is not given back: the index slot is a DKIX_DUMMY.
    dk->nentries = i;
    mp->used--;
    return res;
}

Object* dictSetDefault(Object* d, Object* key, Object* deflt) {
    DictObject* mp = asDict(d);
    const std::int64_t hash = hashForLookup(key);
    if (hash == -1) return nullptr;
    if (mp->keys == emptyDictKeys()) {
        incref(key);
        incref(deflt);
        if (insertToEmptyDict(mp, key, hash, deflt) < 0) return nullptr;
        return deflt;
    }
    if (!isExactStrKey(key) && mp->keys->isUnicode()) {
        if (insertionResize(mp, false) < 0) return nullptr;
    }
    Object* value = nullptr;
    const std::int64_t ix = dictLookup(mp, key, hash, &value);
    if (ix == kDkixError) return nullptr;
    if (ix == kDkixEmpty) {
        markLayoutChanged(mp->keys);
        value = deflt;
        incref(key);
        incref(value);
        if (insertNewEntry(mp, key, hash, value) < 0) {
            decref(key);
            decref(value);
            return nullptr;
        }
        maintainTracking(mp, key, value);
    }
    return value;
}

Ref dictGet(Object* d, Object* key, Object* deflt) {
    const std::int64_t hash = hashForLookup(key);
    if (hash == -1) return Ref();
    Object* value = nullptr;
    const std::int64_t ix = dictLookup(asDict(d), key, hash, &value);
    if (ix == kDkixError) return Ref();
    if (ix == kDkixEmpty || value == nullptr) value = deflt;
    return Ref::borrowed(value);
}

namespace {

// dict_keys / dict_values: a list of n slots filled from the entries (no code runs in between).
Ref dictToList(Object* d, bool wantKeys) {
    Interpreter& interp = interpOf(d);
    const std::int64_t n = dictSize(d);
    Ref v = newList(interp, n);
    if (!v) return v;
    std::int64_t j = 0;
    std::int64_t pos = 0;
    Object* key = nullptr;
    Object* value = nullptr;
    while (dictNext(d, pos, &key, &value)) {
        Object* item = wantKeys ? key : value;
        incref(item);
        listSetItemSteal(v.get(), j++, item);
    }
    assert(j == n);
    return v;
}

} // namespace

Ref dictKeys(Object* d) { return dictToList(d, true); }
Ref dictValues(Object* d) { return dictToList(d, false); }

Ref dictItems(Object* d) {
    Interpreter& interp = interpOf(d);
    const std::int64_t n = dictSize(d);
    Ref v = newList(interp, n);
    if (!v) return v;
    // All 2-tuples first (their allocation may collect), then the fill.
    for (std::int64_t i = 0; i < n; ++i) {
        Ref item = newTuple(interp, 2);
        if (!item) return Ref();
        listSetItemSteal(v.get(), i, item.release());
    }
    std::int64_t j = 0;
    std::int64_t pos = 0;
    Object* key = nullptr;
    Object* value = nullptr;
    while (dictNext(d, pos, &key, &value)) {
        Object* item = listItem(v.get(), j++);
        incref(key);
        tupleSetItemSteal(item, 0, key);
        incref(value);
        tupleSetItemSteal(item, 1, value);
    }
    return v;
}

bool dictMaybeUntrack(Object* d) {
    if (!isDictExact(d) || !GcState::isTracked(d)) return false;
    const DictKeys* dk = asDict(d)->keys;
    const DictEntry* ep0 = dk->entries();
    const bool unicode = dk->isUnicode();
    for (std::int64_t i = 0, n = dk->nentries; i < n; ++i) {
        Object* value = ep0[i].value;
        if (value == nullptr) continue;
        if (mayBeTracked(value)) return false;
        if (!unicode && mayBeTracked(ep0[i].key)) return false;
    }
    interpOf(d).gc().untrack(d);
    return true;
}

std::int64_t dictSizeOf(const Object* d) {
    const DictObject* mp = asDict(d);
    std::int64_t res = d->type->basicsize;
    if (mp->values) { // split: the values array; the shared keys count only once unshared
        const SplitKeys* sk = mp->values->keys;
        res += sk->usableSize() * 8;
        if (sk->refcnt == 1) res += dictKeysSimSize(sk->log2Size, sk->log2Size, true);
        return res;
    }
    // The shared empty table's refcount is never 1.
    if (mp->keys != emptyDictKeys() && mp->keys->refcnt == 1) res += dictKeysSimSize(mp->keys);
    return res;
}

void clearDictFreeLists(Interpreter& interp) {
    auto& dicts = interp.freeLists().dicts;
    while (!dicts.empty()) {
        Object* op = dicts.back();
        dicts.pop_back();
        interp.releaseRetained(op);
    }
    auto& keys = interp.freeLists().dictKeys;
    while (!keys.empty()) {
        const Addr a = keys.back();
        keys.pop_back();
        interp.freeBuffer(a);
    }
}

// ------------------------------------------------------------------------------------------------
// Slots
// ------------------------------------------------------------------------------------------------

namespace {

void dictDealloc(Object* o) {
    DictObject* mp = asDict(o);
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    TrashcanGuard guard(o, dictDealloc);
    if (guard.deposited()) return;
    DictKeys* keys = mp->keys;
    mp->deadKeysAddr = keys ? keys->addr : 0;
    mp->keys = nullptr;
    if (mp->values && keys != nullptr) releaseSplitEntries(keys, mp->values->keys);
    if (keys != nullptr) dictKeysDecref(interp, keys);
    if (mp->values) releaseSplitValues(interp, mp);
    auto& freeDicts = interp.freeLists().dicts;
    if (freeDicts.size() < FreeLists::kDictMax && isDictExact(o)) {
        interp.retainObject(o);
        freeDicts.push_back(o);
    } else {
        interp.freeObject(o);
    }
}

int dictTraverse(Object* o, VisitProc visit, void* arg) {
    if (const DictValues* values = asDict(o)->values) {
        // A split table: values[0..dk_nentries) in the shared keys' index order.
        const SplitKeys* shared = values->keys;
        for (std::size_t i = 0, n = shared->names.size(); i < n; ++i)
            if (const DictEntry* e = splitHostEntry(asDict(o)->keys, shared->names[i]))
                if (int r = visit(e->value, arg)) return r;
        return 0;
    }
    const DictKeys* dk = asDict(o)->keys;
    const DictEntry* ep0 = dk->entries();
    const std::int64_t n = dk->nentries;
    if (dk->isUnicode()) {
        for (std::int64_t i = 0; i < n; ++i)
            if (ep0[i].value)
                if (int r = visit(ep0[i].value, arg)) return r;
    } else {
        for (std::int64_t i = 0; i < n; ++i) {
            if (ep0[i].value != nullptr) {
                if (int r = visit(ep0[i].value, arg)) return r;
                if (int r = visit(ep0[i].key, arg)) return r;
            }
        }
    }
    return 0;
}

// Every reference, keys of unicode tables included (traverse skips them: strs are not GC objects).
void dictReferences(Object* o, VisitProc visit, void* arg) {
    const DictKeys* dk = asDict(o)->keys;
    if (dk == nullptr) return;
    const DictEntry* ep0 = dk->entries();
    for (std::int64_t i = 0, n = dk->nentries; i < n; ++i) {
        if (ep0[i].value == nullptr) continue;
        visit(ep0[i].key, arg);
        visit(ep0[i].value, arg);
    }
}

int dictTpClear(Object* o) {
    dictClear(o);
    return 0;
}

std::int64_t dictSizeOfSlot(const Object* o) { return dictSizeOf(o); }

bool dictReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    const DictObject* mp = asDict(o);
    switch (offset) {
    case 16: out = static_cast<std::uint64_t>(mp->used); return true;
    case 24: out = mp->versionTag; return true;
    case 32: out = mp->keys ? mp->keys->addr : mp->deadKeysAddr; return true;
    case 40: out = mp->values ? mp->values->addr : 0; return true;
    default: break;
    }
    if (mp->keys == nullptr || mp->keys == emptyDictKeys()) return false;
    return readDictKeysWord(mp->keys, o->addr + static_cast<std::uint64_t>(offset), out);
}

int dictIsTrue(Object* o) { return asDict(o)->used != 0; }

std::string dictLabel(const Object* o) {
    const std::int64_t n = asDict(o)->used;
    if (n == 0) return "{}";
    char buf[48];
    std::snprintf(buf, sizeof buf, "{%lld item%s}", static_cast<long long>(n), n == 1 ? "" : "s");
    return buf;
}

} // namespace

Object* dictRepr(Object* o) {
    Interpreter& interp = interpOf(o);
    ReprGuard guard(o);
    if (guard.active()) return newStr(interp, "{...}").release();
    DictObject* mp = asDict(o);
    if (mp->used == 0) return newStr(interp, "{}").release();
    std::string text = "{";
    bool first = true;
    std::int64_t pos = 0;
    Object* key = nullptr;
    Object* value = nullptr;
    while (dictNext(o, pos, &key, &value)) {
        // The pair stays alive while its reprs run (they may mutate the dict).
        Ref k = Ref::borrowed(key);
        Ref v = Ref::borrowed(value);
        if (!first) text += ", ";
        first = false;
        if (!seqrepr::appendRepr(key, text)) return nullptr;
        text += ": ";
        if (!seqrepr::appendRepr(value, text)) return nullptr;
    }
    text += "}";
    return seqrepr::makeStr(interp, text);
}

// dict_equal: 1, 0, or -1 with an error.
static int dictEqual(DictObject* a, DictObject* b) {
    if (a->used != b->used) return 0;
    for (std::int64_t i = 0; i < a->keys->nentries; ++i) {
        DictEntry& ep = a->keys->entries()[i];
        Object* key = ep.key;
        Object* aval = ep.value;
        if (aval == nullptr) continue;
        const std::int64_t hash = ep.hash;
        incref(aval);
        incref(key);
        Object* bval = nullptr;
        dictLookup(b, key, hash, &bval);
        if (bval == nullptr) {
            decref(key);
            decref(aval);
            return interpOf(a).error() ? -1 : 0;
        }
        incref(bval);
        const int cmp = objectRichCompareBool(aval, bval, CompareOp::Eq);
        decref(key);
        decref(aval);
        decref(bval);
        if (cmp <= 0) return cmp;
    }
    return 1;
}

Object* dictRichCompare(Object* v, Object* w, CompareOp op) {
    Interpreter& interp = interpOf(v);
    if (!isDict(v) || !isDict(w) || (op != CompareOp::Eq && op != CompareOp::Ne)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    const int cmp = dictEqual(asDict(v), asDict(w));
    if (cmp < 0) return nullptr;
    return newBool(interp, (cmp == 1) == (op == CompareOp::Eq));
}

void initDictType(Interpreter& interp, TypeObject& t) {
    initEmptyDictKeys(interp);
    t.dealloc = dictDealloc;
    t.traverse = dictTraverse;
    t.clear = dictTpClear;
    t.sizeOf = dictSizeOfSlot;
    t.readField = dictReadField;
    t.references = dictReferences;
    t.repr = dictRepr;
    t.hash = nullptr; // PyObject_HashNotImplemented: "unhashable type: 'dict'"
    t.richcompare = dictRichCompare;
    t.isTrue = dictIsTrue;
    t.label = dictLabel;
    setHostDestructor<DictObject>(t);
}

} // namespace hs
