// Host memory for the C++ structs behind simulated objects: per-size-class free lists carved from
// 64 KiB slabs (fast, 16-byte aligned), with the system allocator for big structs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace hs {

// Invariant: every pointer handed out by alloc(n) is 16-byte aligned and is returned with the same
// n to free(). Slabs are released only when the HostHeap dies.
class HostHeap {
public:
    HostHeap() = default;
    HostHeap(const HostHeap&) = delete;
    HostHeap& operator=(const HostHeap&) = delete;
    ~HostHeap();

    void* alloc(std::size_t n) {
        if (void* p = tryAlloc(n)) [[likely]] return p;
        return allocSlow(n);
    }
    // alloc(n) when it needs no new slab and n is a class size (free list or bump); else nullptr.
    void* tryAlloc(std::size_t n) {
        const std::size_t cls = (n + 15) >> 4;
        if (cls >= kClasses) return nullptr;
        if (FreeNode* f = m_free[cls]) {
            m_free[cls] = f->next;
            return f;
        }
        const std::size_t size = cls << 4;
        if (static_cast<std::size_t>(m_end - m_cursor) < size) return nullptr;
        void* p = m_cursor;
        m_cursor += size;
        return p;
    }
    void free(void* p, std::size_t n) {
        const std::size_t cls = (n + 15) >> 4;
        if (cls < kClasses) {
            auto* f = static_cast<FreeNode*>(p);
            f->next = m_free[cls];
            m_free[cls] = f;
            return;
        }
        ::operator delete(p, std::align_val_t{16});
    }
    std::size_t slabBytes() const { return m_slabs.size() * kSlabSize; }

private:
    struct FreeNode { FreeNode* next; };
    static constexpr std::size_t kClasses = 65; // up to 1024 bytes
    static constexpr std::size_t kSlabSize = 64 * 1024;
    // alloc(n) when tryAlloc(n) fails: a new slab, or the system allocator for big structs.
    void* allocSlow(std::size_t n);

    FreeNode* m_free[kClasses] = {};
    std::vector<void*> m_slabs;
    char* m_cursor = nullptr; // bump pointer into the newest slab (m_end - m_cursor bytes left)
    char* m_end = nullptr;
};

} // namespace hs
