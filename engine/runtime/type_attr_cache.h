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

} // namespace hs
