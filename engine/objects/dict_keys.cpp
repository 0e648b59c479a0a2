// Keys tables of dicts: allocation with CPython's exact byte counts, the keys free list (80 log2-size-3
// unicode tables), cloning, release, and memory reads of a table's words.
#include "objects/dict_keys.h"

#include "runtime/interpreter.h"

#include <cassert>
#include <utility>

namespace hs {

EmptyDictKeysStorage g_emptyDictKeys = {
    {1, 0, 0, DictKeysKind::Unicode, 1, 0, 0, 0, 0, 0},
    {-1, -1, -1, -1, -1, -1, -1, -1},
};

namespace {

std::uint8_t log2IndexBytesFor(std::uint8_t log2Size) {
    if (log2Size < 8) return log2Size;
    if (log2Size < 16) return static_cast<std::uint8_t>(log2Size + 1);
    if (log2Size >= 32) return static_cast<std::uint8_t>(log2Size + 3);
    return static_cast<std::uint8_t>(log2Size + 2);
}

std::uint64_t hostBytesFor(std::uint8_t log2Size, std::uint8_t log2IndexBytes) {
    return sizeof(DictKeys) + (std::uint64_t(1) << log2IndexBytes) +
           std::uint64_t(usableFraction(std::int64_t(1) << log2Size)) * sizeof(DictEntry);
}

DictKeys* allocHostKeys(Interpreter& interp, std::uint8_t log2Size, std::uint8_t log2IndexBytes) {
    const std::uint64_t bytes = hostBytesFor(log2Size, log2IndexBytes);
    auto* k = static_cast<DictKeys*>(interp.host().alloc(bytes));
    k->hostBytes = bytes;
    return k;
}

void freeHostKeys(Interpreter& interp, DictKeys* k) { interp.host().free(k, k->hostBytes); }

} // namespace

void initEmptyDictKeys(Interpreter& interp) {
    // Every interpreter reserves its static region in the same order, so the address is the same.
    const Addr a = interp.memory().staticAlloc(kDictKeysHeaderSize + 8, nullptr);
    assert(g_emptyDictKeys.header.addr == 0 || g_emptyDictKeys.header.addr == a);
    g_emptyDictKeys.header.addr = a;
}

DictKeys* newDictKeys(Interpreter& interp, Object* owner, std::uint8_t log2Size, bool unicode) {
    assert(log2Size >= kDictLogMinSize);
    const std::uint8_t log2Bytes = log2IndexBytesFor(log2Size);
    Addr addr = 0;
    auto& freeKeys = interp.freeLists().dictKeys;
    if (log2Size == kDictLogMinSize && unicode && !freeKeys.empty()) {
        addr = freeKeys.back();
        freeKeys.pop_back();
        BlockSlot& slot = interp.memory().slotOf(addr);
        slot.owner = owner;
        slot.state = BlockState::Buffer;
    } else {
        addr = interp.allocBuffer(owner, static_cast<std::uint64_t>(dictKeysSimSize(log2Size, log2Bytes, unicode)));
        if (addr == 0) return nullptr;
    }
    DictKeys* k = allocHostKeys(interp, log2Size, log2Bytes);
    k->refcnt = 1;
    k->log2Size = log2Size;
    k->log2IndexBytes = log2Bytes;
    k->kind = unicode ? DictKeysKind::Unicode : DictKeysKind::General;
    k->version = 0;
    k->layoutStamp = nextDictLayoutStamp();
    k->usable = usableFraction(std::int64_t(1) << log2Size);
    k->nentries = 0;
    k->addr = addr;
    std::memset(k->indexBytes(), 0xff, std::size_t(1) << log2Bytes);
    std::memset(static_cast<void*>(k->entries()), 0, std::size_t(k->usable) * sizeof(DictEntry));
    return k;
}

DictKeys* newSplitHostKeys(Interpreter& interp, std::uint8_t log2Size, Addr sharedAddr) {
    const std::uint8_t log2Bytes = log2IndexBytesFor(log2Size);
    DictKeys* k = allocHostKeys(interp, log2Size, log2Bytes);
    k->refcnt = 1;
    k->log2Size = log2Size;
    k->log2IndexBytes = log2Bytes;
    k->kind = DictKeysKind::Split;
    k->version = 0;
    k->usable = usableFraction(std::int64_t(1) << log2Size);
    k->nentries = 0;
    k->addr = sharedAddr;
    std::memset(k->indexBytes(), 0xff, std::size_t(1) << log2Bytes);
    std::memset(static_cast<void*>(k->entries()), 0, std::size_t(k->usable) * sizeof(DictEntry));
    return k;
}

void splitKeysDecref(Interpreter& interp, SplitKeys* k) {
    if (--k->refcnt != 0) return;
    for (Object*& name : k->names) xdecref(std::exchange(name, nullptr));
    if (k->addr) interp.freeBuffer(k->addr);
    delete k;
}

Addr newSplitValuesBlock(Interpreter& interp, Object* owner, std::int64_t size) {
    return interp.allocBuffer(owner, splitValuesPrefixSize(size) + 8 * static_cast<std::uint64_t>(size));
}

DictKeys* cloneDictKeysRaw(Interpreter& interp, Object* owner, const DictKeys* src) {
    const Addr addr = interp.allocBuffer(owner, static_cast<std::uint64_t>(dictKeysSimSize(src)));
    if (addr == 0) return nullptr;
    DictKeys* k = allocHostKeys(interp, src->log2Size, src->log2IndexBytes);
    const std::uint64_t hostBytes = k->hostBytes;
    std::memcpy(static_cast<void*>(k), src, hostBytes);
    k->addr = addr;
    k->hostBytes = hostBytes;
    return k;
}

void releaseDictKeysMemory(Interpreter& interp, DictKeys* k) {
    if (k == emptyDictKeys()) return;
    if (k->kind == DictKeysKind::Split) { // a split dict's host table: the block is the class's
        freeHostKeys(interp, k);
        return;
    }
    auto& freeKeys = interp.freeLists().dictKeys;
    if (k->log2Size == kDictLogMinSize && k->isUnicode() && freeKeys.size() < FreeLists::kDictKeysMax) {
        // A parked block is Retained with no owner: memory reads show its words as zero.
        BlockSlot& slot = interp.memory().slotOf(k->addr);
        slot.owner = nullptr;
        slot.state = BlockState::Retained;
        freeKeys.push_back(k->addr);
    } else {
        interp.freeBuffer(k->addr);
    }
    freeHostKeys(interp, k);
}

void dictKeysDecref(Interpreter& interp, DictKeys* k) {
    if (k == emptyDictKeys()) return;
    assert(k->refcnt > 0);
    if (--k->refcnt != 0) return;
    DictEntry* ep = k->entries();
    for (std::int64_t i = 0, n = k->nentries; i < n; ++i) {
        xdecref(ep[i].key);
        xdecref(ep[i].value);
    }
    releaseDictKeysMemory(interp, k);
}

void setDictKeysOwner(Interpreter& interp, DictKeys* k, Object* owner) {
    if (k == emptyDictKeys() || k->kind == DictKeysKind::Split) return;
    interp.memory().slotOf(k->addr).owner = owner;
}

bool readDictKeysWord(const DictKeys* k, Addr a, std::uint64_t& out) {
    if (k == nullptr || a < k->addr || k->kind == DictKeysKind::Split) return false;
    const std::uint64_t off = a - k->addr;
    const std::uint64_t indexBytes = std::uint64_t(1) << k->log2IndexBytes;
    const std::uint64_t entriesOff = kDictKeysHeaderSize + indexBytes;
    const bool unicode = k->isUnicode();
    const std::uint64_t es = unicode ? kDictUnicodeEntrySize : kDictKeyEntrySize;
    const std::uint64_t total = entriesOff + std::uint64_t(usableFraction(k->size())) * es;
    if (off >= total) return false;
    switch (off) {
    case 0: out = static_cast<std::uint64_t>(k->refcnt); return true;
    case 8:
        out = std::uint64_t(k->log2Size) | (std::uint64_t(k->log2IndexBytes) << 8) |
              (std::uint64_t(static_cast<std::uint8_t>(k->kind)) << 16) | (std::uint64_t(k->version) << 32);
        return true;
    case 16: out = static_cast<std::uint64_t>(k->usable); return true;
    case 24: out = static_cast<std::uint64_t>(k->nentries); return true;
    default: break;
    }
    if (off < entriesOff) {
        // Little-endian bytes of the index table (the empty table has 8 index bytes, all 0xff).
        const std::uint64_t start = off - kDictKeysHeaderSize;
        std::uint64_t word = 0;
        const std::uint64_t avail = k == emptyDictKeys() ? 8 : indexBytes;
        for (std::uint64_t b = 0; b < 8 && start + b < avail; ++b)
            word |= std::uint64_t(static_cast<std::uint8_t>(k->indexBytes()[start + b])) << (8 * b);
        out = word;
        return true;
    }
    const std::uint64_t rel = off - entriesOff;
    const DictEntry& e = k->entries()[rel / es];
    const std::uint64_t field = (rel % es) / 8;
    auto addrOf = [](const Object* o) -> std::uint64_t { return o ? o->addr : 0; };
    if (unicode) {
        out = field == 0 ? addrOf(e.key) : addrOf(e.value);
    } else {
        // me_hash, me_key, me_value. A deleted general entry shows hash 0 (-1 after popitem).
        out = field == 0 ? static_cast<std::uint64_t>(e.hash) : field == 1 ? addrOf(e.key) : addrOf(e.value);
    }
    return true;
}

} // namespace hs
