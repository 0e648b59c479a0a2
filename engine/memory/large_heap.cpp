// The simulated system malloc: deterministic first-fit over an address-ordered chunk map.
// Freed chunks coalesce with free neighbours; the topmost free chunk is given back (brk shrinks).
#include "memory/large_heap.h"

#include <cassert>
#include <iterator>

namespace hs {

namespace {
constexpr std::uint64_t kHeader = 16;
}

std::uint64_t LargeHeap::chunkSizeFor(std::uint64_t nbytes) {
    return (nbytes + kHeader + 15) & ~std::uint64_t(15);
}

Addr LargeHeap::alloc(std::uint64_t nbytes) {
    const std::uint64_t need = chunkSizeFor(nbytes == 0 ? 1 : nbytes);
    for (Addr start : m_free) {
        Chunk& c = m_blocks.at(start);
        if (c.size < need) continue;
        m_free.erase(start);
        if (c.size - need >= 32) {
            Chunk rest;
            rest.size = c.size - need;
            m_blocks.emplace(start + need, rest);
            m_free.insert(start + need);
            c.size = need;
        }
        c.used = true;
        c.request = nbytes;
        c.slot = BlockSlot{};
        m_inUse += c.size;
        return start + kHeader;
    }
    if (m_top + need > layout::kLargeLimit) return 0;
    Chunk c;
    c.size = need;
    c.used = true;
    c.request = nbytes;
    const Addr start = m_top;
    m_blocks.emplace(start, c);
    m_top += need;
    m_inUse += need;
    return start + kHeader;
}

void LargeHeap::free(Addr p) {
    auto it = m_blocks.find(p - kHeader);
    assert(it != m_blocks.end() && it->second.used);
    it->second.used = false;
    m_inUse -= it->second.size;
    // Coalesce with the next and previous free chunks.
    auto next = std::next(it);
    if (next != m_blocks.end() && !next->second.used) {
        it->second.size += next->second.size;
        m_free.erase(next->first);
        m_blocks.erase(next);
    }
    if (it != m_blocks.begin()) {
        auto prev = std::prev(it);
        if (!prev->second.used) {
            prev->second.size += it->second.size;
            m_blocks.erase(it);
            it = prev;
            m_free.erase(it->first);
        }
    }
    if (std::next(it) == m_blocks.end()) { // topmost: give it back
        m_top = it->first;
        m_blocks.erase(it);
    } else {
        m_free.insert(it->first);
    }
}

bool LargeHeap::resizeInPlace(Addr p, std::uint64_t nbytes) {
    auto it = m_blocks.find(p - kHeader);
    assert(it != m_blocks.end() && it->second.used);
    Chunk& c = it->second;
    const std::uint64_t need = chunkSizeFor(nbytes == 0 ? 1 : nbytes);
    if (need <= c.size) {
        c.request = nbytes;
        return true;
    }
    auto next = std::next(it);
    if (next == m_blocks.end()) { // topmost chunk grows with brk
        if (it->first + need > layout::kLargeLimit) return false;
        m_inUse += need - c.size;
        m_top = it->first + need;
        c.size = need;
        c.request = nbytes;
        return true;
    }
    if (next->second.used || c.size + next->second.size < need) return false;
    const std::uint64_t total = c.size + next->second.size;
    m_free.erase(next->first);
    m_blocks.erase(next);
    m_inUse += need - c.size;
    c.size = need;
    c.request = nbytes;
    if (total - need >= 32) {
        Chunk rest;
        rest.size = total - need;
        m_blocks.emplace(it->first + need, rest);
        m_free.insert(it->first + need);
    } else {
        m_inUse += total - need;
        c.size = total;
    }
    return true;
}

bool LargeHeap::owns(Addr p) const { return p >= layout::kLargeBase && p < m_top; }

LargeHeap::Chunk* LargeHeap::find(Addr p, Addr* userStart) {
    if (!owns(p)) return nullptr;
    auto it = m_blocks.upper_bound(p);
    if (it == m_blocks.begin()) return nullptr;
    --it;
    if (!it->second.used || p >= it->first + it->second.size) return nullptr;
    if (userStart) *userStart = it->first + kHeader;
    return &it->second;
}

const LargeHeap::Chunk* LargeHeap::find(Addr p, Addr* userStart) const {
    return const_cast<LargeHeap*>(this)->find(p, userStart);
}

LargeHeap::Chunk* LargeHeap::chunkAt(Addr userStart) {
    auto it = m_blocks.find(userStart - kHeader);
    return it == m_blocks.end() ? nullptr : &it->second;
}

} // namespace hs
