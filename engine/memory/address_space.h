// The whole simulated address space: pymalloc arenas, the large (system malloc) heap, and the static
// region of statically allocated objects. The single place where simulated memory is handed out.
#pragma once

#include "memory/large_heap.h"
#include "memory/pymalloc.h"

#include <vector>

namespace hs {

class AddressSpace {
public:
    explicit AddressSpace(std::uint64_t heapLimit = 0);

    // PyObject_Malloc / PyMem_Malloc (identical in a 3.11 release build): pymalloc for 1..512 bytes,
    // the large heap otherwise. Returns 0 when the heap limit would be exceeded.
    // *slot (when given) receives the new block's bookkeeping slot.
    Addr malloc(std::uint64_t nbytes, BlockSlot** slot = nullptr) {
        if (nbytes - 1 < layout::kSmallRequestThreshold) [[likely]] {
            BlockSlot* s = nullptr;
            const Addr p = m_pymalloc.alloc(nbytes, &s);
            if (p != 0) {
                s->owner = nullptr;
                s->state = BlockState::Buffer;
                if (slot) *slot = s;
            }
            return p;
        }
        return mallocLarge(nbytes, slot);
    }
    void free(Addr p);
    // free(p) (p != 0) of a buffer block: its slot forgets any object ghost, one block lookup.
    void freeBuffer(Addr p) {
        if (m_pymalloc.freeIfOwned(p, nullptr, true)) [[likely]] return;
        freeLargeBuffer(p);
    }
    // free(p) of a block that held an object, leaving the dead object's ghost (ob_type word, id
    // offset, _gc_prev flags) in its slot, with one block lookup.
    void freeObjectBlock(Addr p, const ObjectGhost& ghost) {
        if (m_pymalloc.freeIfOwned(p, &ghost)) [[likely]] return;
        freeLargeObjectBlock(p, ghost);
    }
    // PyObject_Realloc: pymalloc keeps the block while the new size fits and shrinks by less than
    // 25 %; otherwise malloc + copy + free. Returns 0 (and leaves p alone) when out of memory.
    Addr realloc(Addr p, std::uint64_t nbytes);

    // The bookkeeping slot of a block returned by malloc/realloc.
    BlockSlot& slotOf(Addr blockStart) {
        if (BlockSlot* slot = m_pymalloc.ownedSlot(blockStart)) [[likely]] return *slot;
        return largeSlotOf(blockStart);
    }
    // The live or freed block containing any address, or nullptr when unmapped.
    BlockSlot* find(Addr p, Addr* blockStart, std::uint64_t* blockSize);
    const BlockSlot* find(Addr p, Addr* blockStart, std::uint64_t* blockSize) const;
    bool isMapped(Addr p) const;

    // Static region (libpython's data segment): permanent, never freed. 16-byte aligned bump.
    Addr staticAlloc(std::uint64_t nbytes, Object* owner);
    // The static object containing p, and its start, or nullptr.
    Object* findStatic(Addr p, Addr* start) const;

    std::uint64_t heapLimit() const { return m_limit; }
    void setHeapLimit(std::uint64_t limit) { m_limit = limit; }
    std::uint64_t bytesMapped() const { return m_pymalloc.arenasMapped() * layout::kArenaSize + m_large.bytesInUse(); }
    // _Py_GetAllocatedBlocks: pool blocks in use plus the live requests over 512 bytes that fell
    // through to the raw allocator (raw_allocated_blocks).
    std::int64_t allocatedBlocks() const;

    Pymalloc& pymalloc() { return m_pymalloc; }
    const Pymalloc& pymalloc() const { return m_pymalloc; }
    const LargeHeap& largeHeap() const { return m_large; }

private:
    Addr mallocLarge(std::uint64_t nbytes, BlockSlot** slot);
    void freeLargeObjectBlock(Addr p, const ObjectGhost& ghost);
    void freeLargeBuffer(Addr p);
    BlockSlot& largeSlotOf(Addr blockStart);
    bool admits(std::uint64_t extra) const { return m_limit == 0 || bytesMapped() + extra <= m_limit; }

    std::uint64_t m_limit;
    Pymalloc m_pymalloc;
    LargeHeap m_large;
    Addr m_staticTop = layout::kStaticBase;
    // The static objects in address order (staticAlloc bumps m_staticTop, so appending keeps it sorted).
    struct StaticEntry {
        Addr start;
        std::uint64_t size;
        Object* owner;
    };
    std::vector<StaticEntry> m_static;
};

} // namespace hs
