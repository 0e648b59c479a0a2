// Heapscope front end: the bump allocator that owns a parse's AST nodes, strings and sequences.
// Everything allocated here is trivially destructible; freeing the Arena frees the whole tree.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace hs::frontend {

// A read-only view of `count` items stored in an Arena (AST lists: body, elts, args...).
template <class T>
struct Seq {
    T* items = nullptr;
    std::uint32_t count = 0;

    T* begin() const { return items; }
    T* end() const { return items + count; }
    std::size_t size() const { return count; }
    bool empty() const { return count == 0; }
    T& operator[](std::size_t i) const { return items[i]; }
    T& back() const { return items[count - 1]; }
};

class Arena {
public:
    Arena() = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;

    void* allocate(std::size_t size, std::size_t align)
    {
        std::size_t p = (m_used + align - 1) & ~(align - 1);
        if (m_blocks.empty() || p + size > m_blockSize) {
            std::size_t want = size + align > kBlockSize ? size + align : kBlockSize;
            m_blocks.push_back(std::unique_ptr<std::byte[]>(new std::byte[want])); // not zeroed
            m_blockSize = want;
            m_used = 0;
            p = 0; // blocks come from operator new[]: aligned for any fundamental type
        }
        m_used = p + size;
        m_total += size;
        return m_blocks.back().get() + p;
    }

    template <class T, class... Args>
    T* make(Args&&... args)
    {
        static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
        return new (allocate(sizeof(T), alignof(T))) T{std::forward<Args>(args)...};
    }

    std::string_view copyString(std::string_view s)
    {
        if (s.empty()) return {};
        char* p = static_cast<char*>(allocate(s.size() + 1, 1));
        std::memcpy(p, s.data(), s.size());
        p[s.size()] = '\0';
        return {p, s.size()};
    }

    template <class T>
    Seq<T> copySeq(const T* items, std::size_t n)
    {
        static_assert(std::is_trivially_copyable_v<T>, "sequences hold plain values");
        Seq<T> s;
        if (n == 0) return s;
        s.items = static_cast<T*>(allocate(sizeof(T) * n, alignof(T)));
        std::memcpy(static_cast<void*>(s.items), items, sizeof(T) * n);
        s.count = static_cast<std::uint32_t>(n);
        return s;
    }

    template <class T>
    Seq<T> copySeq(const std::vector<T>& v) { return copySeq(v.data(), v.size()); }

    std::size_t bytesAllocated() const { return m_total; }

private:
    static constexpr std::size_t kBlockSize = 64 * 1024;
    std::vector<std::unique_ptr<std::byte[]>> m_blocks;
    std::size_t m_blockSize = 0;
    std::size_t m_used = 0;
    std::size_t m_total = 0;
};

} // namespace hs::frontend
