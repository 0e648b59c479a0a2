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
// - usable arenas are sorted by ascending nfreepools (fullest first); m_lastArenaWithFree[n] is the
//   last arena in that list with exactly n free pools (nfp2lasta).
class Pymalloc {
public:
    struct Pool {
        Addr address = 0;
        std::uint32_t arenaIndex = 0;
        std::uint32_t sizeClass = kNoClass;
        std::uint32_t inUse = 0;        // ref.count
        Addr freeblock = 0;
        std::uint32_t nextOffset = 0;
        std::uint32_t maxNextOffset = 0;
        Pool* next = nullptr;           // used-pool ring, or the arena's free-pool stack
        Pool* prev = nullptr;
        std::vector<BlockSlot> slots;   // one per block of the current size class
        static constexpr std::uint32_t kNoClass = 0xffff;
        std::uint32_t blockSize() const { return layout::blockSizeOfClass(sizeClass); }
    };

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

    // 1..512 bytes. Returns 0 when no arena could be mapped.
    Addr alloc(std::uint64_t nbytes);
    void free(Addr p);
    bool owns(Addr p) const;
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

private:
    Addr allocateFromNewPool(std::uint32_t sizeClass);
    void extendPool(Pool& pool);
    void insertToUsedPool(Pool& pool);
    void insertToFreePool(Pool& pool);
    Arena* newArena();
    void releaseArena(Arena& arena);
    Pool* poolOf(Addr p);
    const Pool* poolOf(Addr p) const;

    std::vector<std::unique_ptr<Arena>> m_arenas; // arena objects (grown by doubling, as in CPython)
    std::vector<Arena*> m_slotToArena;            // mmap slot -> mapped arena
    Arena* m_unusedArenas = nullptr;
    Arena* m_usableArenas = nullptr;
    std::vector<Arena*> m_lastArenaWithFree;      // nfp2lasta, size kPoolsPerArena + 1
    Pool m_usedPools[layout::kSizeClasses];       // sentinels of the per-class used-pool rings
    std::uint64_t m_arenasMapped = 0;
    ArenaGate m_gate;
    ArenaReleased m_released;
};

} // namespace hs
