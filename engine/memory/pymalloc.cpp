// pymalloc simulation: the allocation and free paths of Objects/obmalloc.c (3.11) step for step,
// with block contents replaced by BlockSlot records.
#include "memory/pymalloc.h"

#include <algorithm>
#include <cassert>

namespace hs {

using namespace layout;

namespace {
constexpr std::uint32_t kInitialArenaObjects = 16;

// The block-index multiplication is exact for every offset inside a pool and every size class.
constexpr bool reciprocalsExact() {
    for (std::uint32_t c = 0; c < kSizeClasses; ++c) {
        const std::uint32_t size = blockSizeOfClass(c);
        for (std::uint64_t off : {std::uint64_t(0), std::uint64_t(size - 1), std::uint64_t(size),
                                  std::uint64_t(kPoolSize - kPoolOverhead - 1)})
            if (((off * blockReciprocal(c)) >> 32) != off / size) return false;
    }
    return true;
}
static_assert(reciprocalsExact());
} // namespace

Pymalloc::Pymalloc(ArenaGate gate, ArenaReleased released)
    : m_lastArenaWithFree(kPoolsPerArena + 1, nullptr), m_gate(std::move(gate)), m_released(std::move(released)) {
    for (std::uint32_t i = 0; i < kSizeClasses; ++i) {
        m_usedPools[i].next = m_usedPools[i].prev = &m_usedPools[i];
        m_usedPools[i].sizeClass = i;
    }
}

Pymalloc::~Pymalloc() = default;

Addr Pymalloc::allocSlow(std::uint32_t sizeClass, BlockSlot** slot) {
    Pool* pool = m_usedPools[sizeClass].next;
    if (pool == &m_usedPools[sizeClass]) {
        const Addr bp = allocateFromNewPool(sizeClass);
        if (bp != 0 && slot) *slot = ownedSlot(bp);
        return bp;
    }
    // The pool's last free block: take it; the pool is full and leaves the used ring.
    ++pool->inUse;
    const Addr bp = pool->freeblock;
    BlockSlot& s = slotIn(*pool, bp);
    pool->freeblock = 0;
    pool->prev->next = pool->next;
    pool->next->prev = pool->prev;
    if (slot) *slot = &s;
    return bp;
}

Addr Pymalloc::allocateFromNewPool(std::uint32_t sizeClass) {
    if (m_usableArenas == nullptr) {
        m_usableArenas = newArena();
        if (m_usableArenas == nullptr) return 0;
        m_usableArenas->nextArena = m_usableArenas->prevArena = nullptr;
        m_lastArenaWithFree[m_usableArenas->nFreePools] = m_usableArenas;
    }
    Arena* arena = m_usableArenas;
    if (m_lastArenaWithFree[arena->nFreePools] == arena) m_lastArenaWithFree[arena->nFreePools] = nullptr;
    if (arena->nFreePools > 1) m_lastArenaWithFree[arena->nFreePools - 1] = arena;

    Pool* pool = arena->freePools;
    if (pool != nullptr) {
        arena->freePools = pool->next;
    } else {
        pool = &arena->pools[arena->nCarved];
        pool->address = arena->address + Addr(arena->nCarved) * kPoolSize;
        pool->arenaIndex = arena->index;
        pool->sizeClass = Pool::kNoClass;
        m_poolTable[poolTableIndex(*arena, arena->nCarved)] = pool;
        ++arena->nCarved;
    }
    if (--arena->nFreePools == 0) {
        m_usableArenas = arena->nextArena;
        if (m_usableArenas) m_usableArenas->prevArena = nullptr;
    }

    Pool& used = m_usedPools[sizeClass];
    pool->next = used.next;
    pool->prev = &used;
    used.next->prev = pool;
    used.next = pool;
    pool->inUse = 1;
    if (pool->sizeClass == sizeClass) {
        // Reuse the pool's existing free list.
        const Addr bp = pool->freeblock;
        pool->freeblock = slotIn(*pool, bp).link;
        return bp;
    }
    pool->sizeClass = sizeClass;
    pool->reciprocal = kBlockReciprocals.of[sizeClass];
    const std::uint32_t size = pool->blockSize();
    // Every block virgin, pre-linked to the next (see the class invariants); take the first.
    const std::uint32_t blocks = blocksPerPool(size);
    pool->slots.assign(blocks, BlockSlot{});
    const Addr bp = pool->address + kPoolOverhead;
    for (std::uint32_t i = 0; i + 1 < blocks; ++i) pool->slots[i].link = bp + Addr(i + 1) * size;
    pool->freeblock = pool->slots[0].link;
    return bp;
}

void Pymalloc::free(Addr p) {
    Pool* pool = poolOf(p);
    assert(pool && pool->sizeClass != Pool::kNoClass);
    freeInPool(*pool, slotIn(*pool, p), p);
}

void Pymalloc::freeInPoolSlow(Pool& pool, Addr lastFree) {
    if (lastFree == 0) {
        insertToUsedPool(pool); // the pool was full: it goes to the front of its class ring
        return;
    }
    if (pool.inUse != 0) return;
    insertToFreePool(pool);
}

void Pymalloc::insertToUsedPool(Pool& pool) {
    Pool& head = m_usedPools[pool.sizeClass];
    Pool* next = head.next;
    Pool* prev = next->prev;
    pool.next = next;
    pool.prev = prev;
    next->prev = &pool;
    prev->next = &pool;
}

void Pymalloc::insertToFreePool(Pool& pool) {
    pool.next->prev = pool.prev;
    pool.prev->next = pool.next;
    Arena& ao = *m_arenas[pool.arenaIndex];
    pool.next = ao.freePools;
    ao.freePools = &pool;
    std::uint32_t nf = ao.nFreePools;
    Arena* lastnf = m_lastArenaWithFree[nf];
    if (lastnf == &ao) {
        Arena* p = ao.prevArena;
        m_lastArenaWithFree[nf] = (p != nullptr && p->nFreePools == nf) ? p : nullptr;
    }
    ao.nFreePools = ++nf;

    if (nf == ao.nTotalPools && ao.nextArena != nullptr) {
        // Entirely free and not the last usable arena: unmap it.
        if (ao.prevArena == nullptr) m_usableArenas = ao.nextArena;
        else ao.prevArena->nextArena = ao.nextArena;
        if (ao.nextArena != nullptr) ao.nextArena->prevArena = ao.prevArena;
        releaseArena(ao);
        return;
    }
    if (nf == 1) {
        // The arena was full: it goes to the front of the usable list.
        ao.nextArena = m_usableArenas;
        ao.prevArena = nullptr;
        if (m_usableArenas) m_usableArenas->prevArena = &ao;
        m_usableArenas = &ao;
        if (m_lastArenaWithFree[1] == nullptr) m_lastArenaWithFree[1] = &ao;
        return;
    }
    if (m_lastArenaWithFree[nf] == nullptr) m_lastArenaWithFree[nf] = &ao;
    if (&ao == lastnf) return; // already in order
    // Move the arena right after lastnf to keep the list sorted.
    if (ao.prevArena != nullptr) ao.prevArena->nextArena = ao.nextArena;
    else m_usableArenas = ao.nextArena;
    ao.nextArena->prevArena = ao.prevArena;
    ao.prevArena = lastnf;
    ao.nextArena = lastnf->nextArena;
    if (ao.nextArena != nullptr) ao.nextArena->prevArena = &ao;
    lastnf->nextArena = &ao;
}

// arena_map_mark_used of an arena-aligned base: the mid and bottom nodes of the radix tree over
// 64-bit addresses (MAP_TOP_BITS = MAP_MID_BITS = 15, MAP_BOT_BITS = 14 above ARENA_BITS = 20).
void Pymalloc::recordArenaMapped(Addr base) {
    ++m_history.allocatedTotal;
    m_history.highwater = std::max(m_history.highwater, m_arenasMapped);
    const auto note = [](std::vector<std::uint64_t>& nodes, std::uint64_t key) {
        if (std::find(nodes.begin(), nodes.end(), key) == nodes.end()) nodes.push_back(key);
    };
    note(m_history.mapMidNodes, base >> (64 - 15));
    note(m_history.mapBotNodes, base >> (layout::kArenaBits + 14));
}

Pymalloc::Arena* Pymalloc::newArena() {
    if (!m_gate(kArenaSize)) return nullptr;
    if (m_unusedArenas == nullptr) {
        const std::size_t old = m_arenas.size();
        const std::size_t grown = old ? old * 2 : kInitialArenaObjects;
        for (std::size_t i = old; i < grown; ++i) {
            m_arenas.push_back(std::make_unique<Arena>());
            m_arenas.back()->index = static_cast<std::uint32_t>(i);
        }
        for (std::size_t i = old; i < grown; ++i)
            m_arenas[i]->nextArena = i + 1 < grown ? m_arenas[i + 1].get() : nullptr;
        m_unusedArenas = m_arenas[old].get();
    }
    Arena* arena = m_unusedArenas;
    m_unusedArenas = arena->nextArena;

    // mmap places a new mapping in the highest free slot below the top.
    std::uint32_t slot = 0;
    while (slot < m_slotToArena.size() && m_slotToArena[slot] != nullptr) ++slot;
    if (slot == m_slotToArena.size()) {
        m_slotToArena.push_back(nullptr);
        m_poolTable.resize(m_slotToArena.size() * kPoolsPerArena, nullptr);
    }
    m_slotToArena[slot] = arena;

    const std::uint32_t index = arena->index;
    *arena = Arena{};
    arena->index = index;
    arena->slot = slot;
    arena->address = kArenaTop - Addr(slot + 1) * kArenaSize;
    arena->nFreePools = arena->nTotalPools = kPoolsPerArena; // 1 MiB-aligned: no pool lost to alignment
    ++m_arenasMapped;
    recordArenaMapped(arena->address);
    return arena;
}

void Pymalloc::releaseArena(Arena& arena) {
    m_slotToArena[arena.slot] = nullptr;
    for (std::uint32_t i = 0; i < kPoolsPerArena; ++i) m_poolTable[poolTableIndex(arena, i)] = nullptr;
    while (!m_slotToArena.empty() && m_slotToArena.back() == nullptr) m_slotToArena.pop_back();
    m_poolTable.resize(m_slotToArena.size() * kPoolsPerArena);
    for (Pool& pool : arena.pools) {
        pool.slots.clear();
        pool.slots.shrink_to_fit();
    }
    arena.address = 0;
    arena.nextArena = m_unusedArenas;
    m_unusedArenas = &arena;
    --m_arenasMapped;
    m_released(kArenaSize);
}

bool Pymalloc::owns(Addr p) const { return poolOf(p) != nullptr; }

BlockSlot* Pymalloc::findBlock(Addr p, Addr* blockStart, std::uint32_t* blockSize) {
    Pool* pool = poolOf(p);
    if (pool == nullptr || pool->sizeClass == Pool::kNoClass || p < pool->address + kPoolOverhead) return nullptr;
    const std::uint32_t i = blockIndex(*pool, p);
    if (i >= pool->slots.size()) return nullptr;
    if (blockStart) *blockStart = pool->address + kPoolOverhead + Addr(i) * pool->blockSize();
    if (blockSize) *blockSize = pool->blockSize();
    return &pool->slots[i];
}

const BlockSlot* Pymalloc::findBlock(Addr p, Addr* blockStart, std::uint32_t* blockSize) const {
    return const_cast<Pymalloc*>(this)->findBlock(p, blockStart, blockSize);
}

BlockSlot& Pymalloc::slotOf(Addr blockStart) {
    BlockSlot* slot = ownedSlot(blockStart);
    assert(slot);
    return *slot;
}

std::uint32_t Pymalloc::blockSizeAt(Addr blockStart) const { return poolOf(blockStart)->blockSize(); }

} // namespace hs
