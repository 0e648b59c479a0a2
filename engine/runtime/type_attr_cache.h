// The type attribute cache: _PyType_Lookup results by (type, interned name), like the method cache
// of Objects/typeobject.c, so attribute and method lookups skip the MRO walk. Host-only state.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

namespace hs {

struct Object;

// Invariant: an entry answers only while its epoch equals the cache's epoch, and the epoch advances
// whenever a cached answer could change or a key pointer could be reused: a type's namespace, slots
// or MRO change (every versionTag bump), a heap type is created, cleared or freed, or an interned
// string dies. Only exact interned str names are cached. Values are borrowed: the cache holds no
// references, so refcounts seen from Python are unchanged.
class TypeAttrCache {
public:
    struct Entry {
        const void* type = nullptr;
        const void* name = nullptr;
        Object* value = nullptr;
        std::uint64_t epoch = 0;
    };
    static constexpr std::size_t kSize = 2048; // entries, a power of two

    void invalidate() { ++m_epoch; }
    std::uint64_t epoch() const { return m_epoch; }
    Entry& slotFor(const void* type, const void* name) {
        if (!m_entries) m_entries.reset(new Entry[kSize]());
        const auto t = reinterpret_cast<std::uintptr_t>(type) >> 4;
        const auto n = reinterpret_cast<std::uintptr_t>(name) >> 4;
        return m_entries[(t * 0x9e3779b1u ^ n) & (kSize - 1)];
    }

private:
    std::uint64_t m_epoch = 1;
    std::unique_ptr<Entry[]> m_entries;
};

// One attribute instruction's inline cache (LOAD_ATTR / STORE_ATTR / LOAD_METHOD), the host-side
// counterpart of CPython 3.11's specialised forms (Python/specialize.c). Kept per code unit in
// CodeObject::attrCaches; the simulated co_code is never rewritten. Host-only: holds no references.
// Invariant: an entry answers only while `epoch` equals the TypeAttrCache epoch (so every type
// lookup it was derived from still gives the same result, and no type has been freed since: the
// type pointer cannot have been reused) and the owner's type is exactly `type`; the per-object part
// (inline values present, the value slot filled, the shared keys unchanged) is checked on every use.
struct AttrSiteCache {
    enum Kind : std::uint8_t {
        kNone,
        kInstanceValue,    // LOAD/STORE_ATTR_INSTANCE_VALUE: no class attribute, slot `index` of the values
        kMethodWithValues, // LOAD_METHOD_WITH_VALUES: `descr` unless the instance shadows it (see index)
        kMethodNoDict,     // LOAD_METHOD_NO_DICT: `descr`, the type's instances have no attribute storage
        kModuleAttr,       // LOAD_ATTR/LOAD_METHOD_MODULE: entry `index` of the module dict's keys `stamp`
    };
    static constexpr std::uint32_t kAbsent = 0xffffffffu;
    const void* type = nullptr;
    std::uint64_t epoch = 0;
    std::uint64_t stamp = 0;       // kModuleAttr: the dict keys' layout stamp
    Object* descr = nullptr;       // borrowed: kept alive by the type's namespace while the epoch holds
    // kInstanceValue: the name's slot in the class's shared keys. kMethodWithValues: that slot, or
    // kAbsent with `keysCount` = the shared keys' length (they only grow: same length, still absent).
    std::uint32_t index = 0;
    std::uint32_t keysCount = 0;
    Kind kind = kNone;
    std::uint8_t cooldown = 0;     // generic executions to skip before analysing this site again
};

} // namespace hs
