// Routing of simulated allocations between pymalloc and the large heap, with the heap limit.
// Mirrors _PyObject_Malloc/_PyObject_Free/_PyObject_Realloc of Objects/obmalloc.c.
#include "memory/address_space.h"

#include <algorithm>
#include <cassert>

namespace hs {

AddressSpace::AddressSpace(std::uint64_t heapLimit)
    : m_limit(heapLimit),
      m_pymalloc([this](std::uint64_t bytes) { return admits(bytes); }, [](std::uint64_t) {}) {}

Addr AddressSpace::mallocLarge(std::uint64_t nbytes, BlockSlot** slotOut) {
    if (!admits(nbytes + 16)) return 0;
    const Addr p = m_large.alloc(nbytes);
    if (p != 0) {
        BlockSlot& slot = m_large.chunkAt(p)->slot;
        slot.state = BlockState::Buffer;
        if (slotOut) *slotOut = &slot;
    }
    return p;
}

void AddressSpace::free(Addr p) {
    if (p == 0) return;
    if (m_pymalloc.freeIfOwned(p)) return;
    m_large.free(p);
}

void AddressSpace::freeLargeBuffer(Addr p) {
    largeSlotOf(p).ghostIsObject = false;
    m_large.free(p);
}

void AddressSpace::freeLargeObjectBlock(Addr p, const ObjectGhost& ghost) {
    ghost.leaveIn(largeSlotOf(p));
    m_large.free(p);
}

Addr AddressSpace::realloc(Addr p, std::uint64_t nbytes) {
    if (p == 0) return malloc(nbytes);
    if (m_pymalloc.owns(p)) {
        std::uint64_t size = m_pymalloc.blockSizeAt(p);
        if (nbytes <= size && nbytes > 0) {
            if (4 * nbytes > 3 * size) return p;
        }
        const BlockSlot old = m_pymalloc.slotOf(p);
        const Addr q = malloc(nbytes);
        if (q == 0) return 0;
        slotOf(q).owner = old.owner;
        slotOf(q).state = old.state;
        free(p);
        return q;
    }
    if (nbytes > layout::kSmallRequestThreshold) {
        LargeHeap::Chunk* c = m_large.chunkAt(p);
        const std::uint64_t grow = nbytes > c->size ? nbytes - c->size + 16 : 0;
        if (admits(grow) && m_large.resizeInPlace(p, nbytes)) return p;
    }
    const BlockSlot old = m_large.chunkAt(p)->slot;
    const Addr q = malloc(nbytes);
    if (q == 0) return 0;
    slotOf(q).owner = old.owner;
    slotOf(q).state = old.state;
    free(p);
    return q;
}

BlockSlot& AddressSpace::largeSlotOf(Addr blockStart) {
    LargeHeap::Chunk* c = m_large.chunkAt(blockStart);
    assert(c && c->used);
    return c->slot;
}

BlockSlot* AddressSpace::find(Addr p, Addr* blockStart, std::uint64_t* blockSize) {
    std::uint32_t size32 = 0;
    if (BlockSlot* s = m_pymalloc.findBlock(p, blockStart, &size32)) {
        if (s->state == BlockState::Virgin) return nullptr;
        if (blockSize) *blockSize = size32;
        return s;
    }
    Addr start = 0;
    if (LargeHeap::Chunk* c = m_large.find(p, &start)) {
        if (p >= start + c->request) return nullptr; // the chunk header or slack
        if (blockStart) *blockStart = start;
        if (blockSize) *blockSize = c->request;
        return &c->slot;
    }
    return nullptr;
}

const BlockSlot* AddressSpace::find(Addr p, Addr* blockStart, std::uint64_t* blockSize) const {
    return const_cast<AddressSpace*>(this)->find(p, blockStart, blockSize);
}

bool AddressSpace::isMapped(Addr p) const {
    if (m_pymalloc.owns(p) || m_large.owns(p)) return true;
    return p >= layout::kStaticBase && p < m_staticTop;
}

Addr AddressSpace::staticAlloc(std::uint64_t nbytes, Object* owner) {
    const Addr p = m_staticTop;
    m_staticTop += (nbytes + 15) & ~std::uint64_t(15);
    assert(m_staticTop <= layout::kStaticBase + layout::kStaticSize);
    m_static.push_back({p, nbytes, owner});
    return p;
}

Object* AddressSpace::findStatic(Addr p, Addr* start) const {
    auto it = std::upper_bound(m_static.begin(), m_static.end(), p,
                               [](Addr a, const StaticEntry& e) { return a < e.start; });
    if (it == m_static.begin()) return nullptr;
    --it;
    if (p >= it->start + it->size) return nullptr;
    if (start) *start = it->start;
    return it->owner;
}

std::int64_t AddressSpace::allocatedBlocks() const {
    std::int64_t n = m_pymalloc.blocksInUse();
    for (const auto& [start, chunk] : m_large.chunks())
        if (chunk.used) ++n;
    return n;
}

} // namespace hs
