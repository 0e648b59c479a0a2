// PyDictKeysObject (Include/internal/pycore_dict.h, 3.11): the hash index table and the entry array
// of a dict, its exact simulated byte size, the static empty table and the keys free list.
#pragma once

#include "objects/object.h"

#include <cstdint>
#include <cstring>
#include <vector>

namespace hs {

class Interpreter;
// A class's cached keys (ht_cached_keys, DICT_KEYS_SPLIT): the attribute names its instances
// share, in insertion order. Held by the class and by every split dict (dk_refcnt); the last
// reference releases the names and the simulated block.
struct SplitKeys {
    std::int64_t refcnt = 1;
    std::vector<Object*> names;    // interned strs, strong
    int usable = 30;               // dk_usable (SHARED_KEYS_MAX_SIZE, -1 per new instance)
    std::uint8_t log2Size = 6;     // NEXT_LOG2_SHARED_KEYS_MAX_SIZE
    Addr addr = 0;                 // the simulated keys block (0 until allocated)
    // shared_keys_usable_size: dk_nentries + dk_usable.
    std::int64_t usableSize() const { return static_cast<std::int64_t>(names.size()) + usable; }
};
void splitKeysDecref(Interpreter& interp, SplitKeys* k);
// A PyDictValues block of `size` slots (new_values): its prefix holds the insertion order, one
// byte per slot plus two, rounded up to a pointer; the value slots follow it.
inline std::uint64_t splitValuesPrefixSize(std::int64_t size) {
    return (static_cast<std::uint64_t>(size) + 2 + 7) & ~std::uint64_t(7);
}
// new_values: PyMem_Malloc of prefix + size slots for `owner`; 0 with MemoryError pending.
Addr newSplitValuesBlock(Interpreter& interp, Object* owner, std::int64_t size);

// ma_values of a split dict (make_dict_from_instance_attributes): the shared keys (one reference)
// and the PyDictValues block taken over from the instance. The dict's host entries live in a
// private DictKeysKind::Split table that has no simulated memory of its own.
struct DictValues {
    SplitKeys* keys = nullptr;
    Addr addr = 0;
};

// dk_kind.
enum class DictKeysKind : std::uint8_t { General = 0, Unicode = 1, Split = 2 };

// Index values (DKIX_*).
constexpr std::int64_t kDkixEmpty = -1;
constexpr std::int64_t kDkixDummy = -2;
constexpr std::int64_t kDkixError = -3;
constexpr std::int64_t kDkixKeyChanged = -4;

constexpr int kDictLogMinSize = 3;          // PyDict_LOG_MINSIZE
constexpr std::int64_t kDictMinSize = 8;    // PyDict_MINSIZE
constexpr unsigned kPerturbShift = 5;
// Simulated sizes (64-bit): sizeof(PyDictKeysObject) and the two entry kinds.
constexpr std::int64_t kDictKeysHeaderSize = 32;
constexpr std::int64_t kDictKeyEntrySize = 24;     // PyDictKeyEntry: me_hash, me_key, me_value
constexpr std::int64_t kDictUnicodeEntrySize = 16; // PyDictUnicodeEntry: me_key, me_value

// USABLE_FRACTION.
constexpr std::int64_t usableFraction(std::int64_t n) { return (n << 1) / 3; }
// calculate_log2_keysize: the smallest log2 size >= minsize (at least PyDict_LOG_MINSIZE).
inline std::uint8_t calculateLog2KeySize(std::int64_t minsize) {
    std::uint64_t m = static_cast<std::uint64_t>((minsize | kDictMinSize) - 1) | (kDictMinSize - 1);
    std::uint8_t bits = 0;
    while (m) { ++bits; m >>= 1; }
    return bits;
}
// estimate_log2_keysize: the table size that holds n entries without resizing.
inline std::uint8_t estimateLog2KeySize(std::int64_t n) { return calculateLog2KeySize((n * 3 + 1) / 2); }

// One entry. The host keeps the hash in both kinds (a unicode entry's hash is the str's cached hash);
// the simulated layout drops it for unicode tables. A deleted entry has key == value == nullptr.
struct DictEntry {
    Object* key;
    Object* value;
    std::int64_t hash;
};

// Host side of a keys table, followed in host memory by the index table (1 << log2IndexBytes bytes
// of int8/16/32/64 by log2Size, as CPython) and usableFraction(1 << log2Size) entries.
// Invariant: usable + nentries <= usableFraction(size); indices hold kDkixEmpty, kDkixDummy or an
// entry index < nentries.
struct DictKeys {
    std::int64_t refcnt;           // dk_refcnt
    std::uint8_t log2Size;         // dk_log2_size
    std::uint8_t log2IndexBytes;   // dk_log2_index_bytes
    DictKeysKind kind;             // dk_kind
    std::uint32_t version;         // dk_version
    std::int64_t usable;           // dk_usable
    std::int64_t nentries;         // dk_nentries
    Addr addr;                     // the simulated block (the static empty table for emptyDictKeys())
    std::uint64_t hostBytes;       // host allocation size
    // Host only (no simulated word): a fresh nextDictLayoutStamp() whenever the key -> entry layout
    // changes (creation, new key, deletion), so equal stamps mean equal layouts (a byte copy keeps
    // its source's stamp). The LOAD_GLOBAL cache is keyed on it, as CPython 3.11's on dk_version.
    std::uint64_t layoutStamp;

    std::int64_t size() const { return std::int64_t(1) << log2Size; }
    std::uint64_t mask() const { return (std::uint64_t(1) << log2Size) - 1; }
    bool isUnicode() const { return kind != DictKeysKind::General; }
    char* indexBytes() { return reinterpret_cast<char*>(this + 1); }
    const char* indexBytes() const { return reinterpret_cast<const char*>(this + 1); }
    DictEntry* entries() {
        return reinterpret_cast<DictEntry*>(indexBytes() + (std::size_t(1) << log2IndexBytes));
    }
    const DictEntry* entries() const {
        return reinterpret_cast<const DictEntry*>(indexBytes() + (std::size_t(1) << log2IndexBytes));
    }

    // dictkeys_get_index / dictkeys_set_index.
    std::int64_t getIndex(std::uint64_t i) const {
        if (log2Size < 8) return reinterpret_cast<const std::int8_t*>(indexBytes())[i];
        if (log2Size < 16) return reinterpret_cast<const std::int16_t*>(indexBytes())[i];
        if (log2Size >= 32) return reinterpret_cast<const std::int64_t*>(indexBytes())[i];
        return reinterpret_cast<const std::int32_t*>(indexBytes())[i];
    }
    void setIndex(std::uint64_t i, std::int64_t ix) {
        if (log2Size < 8) reinterpret_cast<std::int8_t*>(indexBytes())[i] = static_cast<std::int8_t>(ix);
        else if (log2Size < 16) reinterpret_cast<std::int16_t*>(indexBytes())[i] = static_cast<std::int16_t>(ix);
        else if (log2Size >= 32) reinterpret_cast<std::int64_t*>(indexBytes())[i] = ix;
        else reinterpret_cast<std::int32_t*>(indexBytes())[i] = static_cast<std::int32_t>(ix);
    }
    // find_empty_slot: the index slot for a key known to be absent.
    std::uint64_t findEmptySlot(std::int64_t hash) const {
        const std::uint64_t m = mask();
        std::uint64_t i = static_cast<std::uint64_t>(hash) & m;
        std::uint64_t perturb = static_cast<std::uint64_t>(hash);
        while (getIndex(i) >= 0) {
            perturb >>= kPerturbShift;
            i = (i * 5 + perturb + 1) & m;
        }
        return i;
    }
    // lookdict_index: the index slot holding entry `index`.
    std::int64_t lookupIndexSlot(std::int64_t hash, std::int64_t index) const {
        const std::uint64_t m = mask();
        std::uint64_t i = static_cast<std::uint64_t>(hash) & m;
        std::uint64_t perturb = static_cast<std::uint64_t>(hash);
        for (;;) {
            const std::int64_t ix = getIndex(i);
            if (ix == index) return static_cast<std::int64_t>(i);
            if (ix == kDkixEmpty) return kDkixEmpty;
            perturb >>= kPerturbShift;
            i = (i * 5 + perturb + 1) & m;
        }
    }
};

// Never returns 0 (the stamp of the immutable empty table).
inline std::uint64_t nextDictLayoutStamp() {
    static std::uint64_t counter = 0;
    return ++counter;
}
// The key -> entry layout of `dk` is about to change (CPython resets dk_version at these points).
inline void markLayoutChanged(DictKeys* dk) {
    dk->version = 0;
    dk->layoutStamp = nextDictLayoutStamp();
}

// _PyDict_KeysSize: the simulated byte count of a keys table (what new_keys_object requests).
inline std::int64_t dictKeysSimSize(std::uint8_t log2Size, std::uint8_t log2IndexBytes, bool unicode) {
    return kDictKeysHeaderSize + (std::int64_t(1) << log2IndexBytes) +
           usableFraction(std::int64_t(1) << log2Size) * (unicode ? kDictUnicodeEntrySize : kDictKeyEntrySize);
}
inline std::int64_t dictKeysSimSize(const DictKeys* k) {
    return dictKeysSimSize(k->log2Size, k->log2IndexBytes, k->isUnicode());
}

// Py_EMPTY_KEYS: the immutable shared empty table (log2 size 0, unicode, usable 0). Its refcount is
// not maintained (CPython's is never observable). addr is its static-region address.
// Storage: the header + 8 index bytes of DKIX_EMPTY (as empty_keys_struct), defined in dict_keys.cpp.
struct EmptyDictKeysStorage {
    DictKeys header;
    std::int8_t indices[8];
};
extern EmptyDictKeysStorage g_emptyDictKeys;
inline DictKeys* emptyDictKeys() { return &g_emptyDictKeys.header; }
// Reserves the static address of Py_EMPTY_KEYS (called once per interpreter by initDictType).
void initEmptyDictKeys(Interpreter& interp);

// new_keys_object: from the keys free list for log2 size 3 unicode tables, else a fresh simulated
// block (PyObject_Malloc of the exact size) owned by `owner` (may be null, set later). Indices
// start EMPTY, entries zeroed. nullptr with MemoryError pending.
DictKeys* newDictKeys(Interpreter& interp, Object* owner, std::uint8_t log2Size, bool unicode);
// The host-only table of a split dict (kind Split, addr = the shared keys block): no simulated
// allocation, released without freeing simulated memory.
DictKeys* newSplitHostKeys(Interpreter& interp, std::uint8_t log2Size, Addr sharedAddr);
// A byte-for-byte copy of `src` in a fresh simulated block (clone_combined_dict_keys: never from
// the free list); does not incref the entries.
DictKeys* cloneDictKeysRaw(Interpreter& interp, Object* owner, const DictKeys* src);
// Frees the table's memory (to the keys free list when log2 size 3 and unicode) without touching
// entries: the dictresize tail, where entry references have moved.
void releaseDictKeysMemory(Interpreter& interp, DictKeys* k);
// dictkeys_decref: on the last reference, decrefs every entry's key and value (in entry order)
// and releases the memory. No-op for the empty table.
void dictKeysDecref(Interpreter& interp, DictKeys* k);
// Re-points the simulated block's owner (for memory reads) at `owner`.
void setDictKeysOwner(Interpreter& interp, DictKeys* k, Object* owner);
// Reads the 8-byte word at absolute address `a` inside the keys block; false when outside.
bool readDictKeysWord(const DictKeys* k, Addr a, std::uint64_t& out);

} // namespace hs
