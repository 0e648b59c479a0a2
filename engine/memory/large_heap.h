// The "system malloc" of the simulation: requests over 512 bytes (and type objects) live here,
// 16-byte aligned, first-fit with coalescing, growing upward like glibc's brk heap.
#pragma once

#include "memory/block_slot.h"
#include "memory/layout.h"

#include <map>
#include <set>

namespace hs {

// Invariants: m_blocks maps each chunk start to its chunk (allocated or free); chunks tile
// [kLargeBase, m_top) without gaps; no two free chunks are adjacent. A chunk has a 16-byte header
// before the address malloc returns, like glibc's.
class LargeHeap {
public:
    struct Chunk {
        std::uint64_t size = 0; // whole chunk, header included, multiple of 16
        bool used = false;
        std::uint64_t request = 0; // bytes asked for
        BlockSlot slot;
    };

    // Returns the user address, or 0 when the region is exhausted.
    Addr alloc(std::uint64_t nbytes);
    void free(Addr p);
    // Grows or shrinks in place when the following chunk allows it; returns 0 when it cannot.
    bool resizeInPlace(Addr p, std::uint64_t nbytes);
    bool owns(Addr p) const;
    // The allocated chunk containing p, or nullptr.
    Chunk* find(Addr p, Addr* userStart);
    const Chunk* find(Addr p, Addr* userStart) const;
    Chunk* chunkAt(Addr userStart);
    std::uint64_t bytesInUse() const { return m_inUse; }
    const std::map<Addr, Chunk>& chunks() const { return m_blocks; }

private:
    static std::uint64_t chunkSizeFor(std::uint64_t nbytes);
    std::map<Addr, Chunk> m_blocks; // chunk start -> chunk
    std::set<Addr> m_free;          // starts of the free chunks, for first-fit
    Addr m_top = layout::kLargeBase;
    std::uint64_t m_inUse = 0;
};

} // namespace hs
