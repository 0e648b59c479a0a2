// pymalloc, CPython 3.11's small-object allocator (Objects/obmalloc.c), simulated on addresses:
// 1 MiB arenas of 64 pools of 16 KiB, 32 size classes, per-pool LIFO free lists, fullest arena first.
#pragma once

#include "memory/block_slot.h"
#include "memory/layout.h"

#include <functional>
#include <memory>
#include <vector>

namespace hs {

// Invariants (as in obmalloc.c):
// - A used pool is linked into the circular list of its size class and has a non-zero freeblock.
// - freeblock is the LIFO head; each free block's slot.link holds the next free block, or the next
//   never-used block, or 0 when the pool was full at the time of the free.
// - Never-used (virgin) blocks are pre-linked: a virgin block's slot.link is the address of the
//   pool's next block (0 for the last block). CPython instead extends the free list one block at a
//   time (pymalloc_pool_extend, writing NULL into the new freeblock, and nextoffset); every address
//   the two hand out and every word a freed block shows are the same, and a virgin block's first
//   word is never shown (it is not mapped for memory reads), so the extension needs no branch.
// - usable arenas are sorted by ascending nfreepools (fullest first); m_lastArenaWithFree[n] is the
//   last arena in that list with exactly n free pools (nfp2lasta).
// - m_poolTable[(kArenaTop - 1 - p) >> kPoolBits] is the carved pool containing p, else nullptr;
//   its size is kPoolsPerArena * m_slotToArena.size() (so a block's pool is one subtraction, one
//   shift, one bounds check and one load away).
// - An assigned pool's `reciprocal` is blockReciprocal(sizeClass) (block index by multiplication).
class Pymalloc {
public:
    struct Pool {
        Addr address = 0;
        std::uint64_t reciprocal = 0;   // kBlockReciprocals.of[sizeClass] while assigned
        std::uint32_t arenaIndex = 0;
        std::uint32_t sizeClass = kNoClass;
        std::uint32_t inUse = 0;        // ref.count
        Addr freeblock = 0;
        Pool* next = nullptr;           // used-pool ring, or the arena's free-pool stack
        Pool* prev = nullptr;
        std::vector<BlockSlot> slots;   // one per block of the current size class
        static constexpr std::uint32_t kNoClass = 0xffff;
        std::uint32_t blockSize() const { return layout::blockSizeOfClass(sizeClass); }
    };

    // (p - first block) / blockSize without a division: offsets are < 2^14 and sizes <= 2^9, so
    // floor(offset * ceil(2^32 / size) / 2^32) is exact.
    static std::uint32_t blockIndex(const Pool& pool, Addr p) {
        const std::uint64_t offset = p - pool.address - layout::kPoolOverhead;
        return static_cast<std::uint32_t>((offset * pool.reciprocal) >> 32);
    }
    // The slot of the block starting at p in its (assigned) pool.
    static BlockSlot& slotIn(Pool& pool, Addr p) { return pool.slots.data()[blockIndex(pool, p)]; }

    struct Arena {
        Addr address = 0;               // 0 while the arena object is unused
        std::uint32_t index = 0;        // index in m_arenas (the arena object's identity)
        std::uint32_t slot = 0;         // which 1 MiB slot below kArenaTop it occupies
        Pool pools[layout::kPoolsPerArena];
        Pool* freePools = nullptr;
        std::uint32_t nFreePools = 0;
        std::uint32_t nTotalPools = 0;
        std::uint32_t nCarved = 0;      // pools carved so far (pool_address)
        Arena* nextArena = nullptr;
        Arena* prevArena = nullptr;
    };

    // Asked before mapping a new arena; returns false when the heap limit forbids it.
    using ArenaGate = std::function<bool(std::uint64_t bytes)>;
    using ArenaReleased = std::function<void(std::uint64_t bytes)>;

    Pymalloc(ArenaGate gate, ArenaReleased released);
    ~Pymalloc();
    Pymalloc(const Pymalloc&) = delete;
    Pymalloc& operator=(const Pymalloc&) = delete;

    // The likely halves of alloc and free (pymalloc_alloc/pymalloc_free when no pool or arena list
    // moves), split into a side-effect-free check and the update, so that an inline caller can
    // check everything it needs before changing anything and otherwise call one slow path that
    // redoes the whole operation.
    struct FastBlock {
        Pool* pool = nullptr; // nullptr: the fast half does not apply
        BlockSlot* slot = nullptr;
        Addr address = 0;
    };
    // The block alloc() of this size class returns next, when taking it leaves its pool a free
    // block (no new pool, and the pool does not fill up). Changes nothing.
    FastBlock peekFastAlloc(std::uint32_t sizeClass) {
        Pool* pool = m_usedPools[sizeClass].next;
        if (pool == &m_usedPools[sizeClass]) return {};
        const Addr bp = pool->freeblock;
        BlockSlot& s = slotIn(*pool, bp);
        if (s.link == 0) return {};
        return {pool, &s, bp};
    }
    // Takes the block peekFastAlloc found: alloc()'s effects.
    static void takeFastAlloc(const FastBlock& b) {
        ++b.pool->inUse;
        b.pool->freeblock = b.slot->link;
    }
    // The block starting at p when freeing it moves no pool list: pymalloc owns it and its pool
    // neither was full nor becomes empty. Changes nothing.
    FastBlock peekFastFree(Addr p) {
        Pool* pool = poolOf(p);
        if (pool == nullptr || pool->freeblock == 0 || pool->inUse == 1) return {};
        return {pool, &slotIn(*pool, p), p};
    }
    // free() of the block peekFastFree found: the dead object's ghost left in its slot, or with
    // ghost == nullptr (a buffer) no object ghost.
    static void releaseFastFree(const FastBlock& b, const ObjectGhost* ghost) {
        if (ghost) ghost->leaveIn(*b.slot);
        else b.slot->ghostIsObject = false;
        b.slot->state = BlockState::Free;
        b.slot->link = b.pool->freeblock;
        b.pool->freeblock = b.address;
        --b.pool->inUse;
    }

    // 1..512 bytes. Returns 0 when no arena could be mapped; else *slot is the new block's slot.
    // Fast path (pymalloc_alloc): pop the freeblock of the first used pool of the size class.
    Addr alloc(std::uint64_t nbytes, BlockSlot** slot) {
        const std::uint32_t sizeClass = layout::sizeClassOf(nbytes);
        const FastBlock b = peekFastAlloc(sizeClass);
        if (b.pool == nullptr) [[unlikely]] return allocSlow(sizeClass, slot);
        takeFastAlloc(b);
        if (slot) *slot = b.slot;
        return b.address;
    }
    Addr alloc(std::uint64_t nbytes) { return alloc(nbytes, nullptr); }
    void free(Addr p);
    // free(p) with the block's slot marked Free (and given `ghost` when not null; with no object
    // ghost when forgetGhost) when pymalloc owns p (one pool lookup); false otherwise.
    bool freeIfOwned(Addr p, const ObjectGhost* ghost = nullptr, bool forgetGhost = false) {
        Pool* pool = poolOf(p);
        if (pool == nullptr) return false;
        BlockSlot& slot = slotIn(*pool, p);
        slot.state = BlockState::Free;
        slot.owner = nullptr;
        if (ghost) ghost->leaveIn(slot);
        if (forgetGhost) slot.ghostIsObject = false;
        freeInPool(*pool, slot, p); // may unmap the arena, slot included
        return true;
    }
    bool owns(Addr p) const;
    // The slot of the block starting at p when p lies in a carved pool, else nullptr (O(1): pool
    // table, block index by reciprocal multiplication).
    BlockSlot* ownedSlot(Addr blockStart) {
        Pool* pool = poolOf(blockStart);
        return pool ? &slotIn(*pool, blockStart) : nullptr;
    }
    // The block containing p (any address inside it), or nullptr. blockStart receives its address.
    BlockSlot* findBlock(Addr p, Addr* blockStart, std::uint32_t* blockSize);
    const BlockSlot* findBlock(Addr p, Addr* blockStart, std::uint32_t* blockSize) const;
    // Slot of a block start returned by alloc().
    BlockSlot& slotOf(Addr blockStart);
    std::uint32_t blockSizeAt(Addr blockStart) const;

    // For snapshots: every mapped arena, in address order (highest first, as mapped top-down).
    template <class Fn> void forEachArena(Fn&& fn) const {
        for (const Arena* a : m_slotToArena) if (a) fn(*a);
    }
    std::uint64_t arenasMapped() const { return m_arenasMapped; }
    // obmalloc.c's arena history for _PyObject_DebugMallocStats: ntimes_arena_allocated (every arena
    // ever mapped), narenas_highwater, and the radix tree's interior nodes (arena_map_mid_count,
    // arena_map_bot_count: created for a mapped arena's address, never freed).
    struct ArenaHistory {
        std::uint64_t allocatedTotal = 0;
        std::uint64_t highwater = 0;
        std::vector<std::uint64_t> mapMidNodes; // address >> (64 - MAP_TOP_BITS), each once
        std::vector<std::uint64_t> mapBotNodes; // address >> (ARENA_BITS + MAP_BOT_BITS), each once
    };
    const ArenaHistory& arenaHistory() const { return m_history; }
    // The blocks allocated from pools (the sum of the used pools' ref.count).
    std::int64_t blocksInUse() const {
        std::int64_t n = 0;
        forEachArena([&](const Arena& a) {
            for (std::uint32_t p = 0; p < a.nCarved; ++p) n += a.pools[p].inUse;
        });
        return n;
    }

private:
    Addr allocateFromNewPool(std::uint32_t sizeClass);
    // alloc() when peekFastAlloc does not apply: a new pool, or the last free block of a pool
    // (the pool is then full and leaves its used ring, as after pymalloc_pool_extend).
    Addr allocSlow(std::uint32_t sizeClass, BlockSlot** slot);
    // pymalloc_free: push p on the pool's freeblock list; the rare pool/arena list moves are out of line.
    void freeInPool(Pool& pool, BlockSlot& slot, Addr p) {
        const Addr lastFree = pool.freeblock;
        slot.link = lastFree;
        pool.freeblock = p;
        --pool.inUse;
        if (lastFree != 0 && pool.inUse != 0) [[likely]] return;
        freeInPoolSlow(pool, lastFree);
    }
    void freeInPoolSlow(Pool& pool, Addr lastFree);
    void insertToUsedPool(Pool& pool);
    void insertToFreePool(Pool& pool);
    Arena* newArena();
    void recordArenaMapped(Addr base);
    void releaseArena(Arena& arena);
    // The carved pool containing p, or nullptr (p >= kArenaTop wraps to an index past the table).
    Pool* poolOf(Addr p) {
        const std::uint64_t index = (layout::kArenaTop - 1 - p) >> layout::kPoolBits;
        return index < m_poolTable.size() ? m_poolTable[static_cast<std::size_t>(index)] : nullptr;
    }
    static std::size_t poolTableIndex(const Arena& arena, std::uint32_t poolIndex) {
        return std::size_t(arena.slot) * layout::kPoolsPerArena + (layout::kPoolsPerArena - 1 - poolIndex);
    }
    const Pool* poolOf(Addr p) const { return const_cast<Pymalloc*>(this)->poolOf(p); }

    std::vector<std::unique_ptr<Arena>> m_arenas; // arena objects (grown by doubling, as in CPython)
    std::vector<Arena*> m_slotToArena;            // mmap slot -> mapped arena
    std::vector<Pool*> m_poolTable;               // 16 KiB slot below kArenaTop -> carved pool
    Arena* m_unusedArenas = nullptr;
    Arena* m_usableArenas = nullptr;
    std::vector<Arena*> m_lastArenaWithFree;      // nfp2lasta, size kPoolsPerArena + 1
    Pool m_usedPools[layout::kSizeClasses];       // sentinels of the per-class used-pool rings
    std::uint64_t m_arenasMapped = 0;
    ArenaHistory m_history;
    ArenaGate m_gate;
    ArenaReleased m_released;
};

} // namespace hs
