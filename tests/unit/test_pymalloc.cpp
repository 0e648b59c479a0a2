// Tests of the simulated pymalloc (engine/memory/pymalloc.*): size classes, pool and arena
// geometry, LIFO reuse through the first word of freed blocks, arena order, limits.
#include "memory/address_space.h"
#include "memory/pymalloc.h"

#include <doctest/doctest.h>

#include <vector>

using namespace hs;
using namespace hs::layout;

namespace {
Pymalloc makeAllocator(std::uint64_t* mapped = nullptr, std::uint64_t limitArenas = 0) {
    return Pymalloc(
        [mapped, limitArenas](std::uint64_t bytes) {
            if (limitArenas && mapped && *mapped + bytes > limitArenas * kArenaSize) return false;
            if (mapped) *mapped += bytes;
            return true;
        },
        [mapped](std::uint64_t bytes) {
            if (mapped) *mapped -= bytes;
        });
}
} // namespace

TEST_CASE("size classes are 16-byte steps up to 512 bytes") {
    CHECK(sizeClassOf(1) == 0);
    CHECK(sizeClassOf(16) == 0);
    CHECK(sizeClassOf(17) == 1);
    CHECK(sizeClassOf(512) == 31);
    CHECK(blockSizeOfClass(31) == 512);
    CHECK(blocksPerPool(16) == 1021); // facts §3.1: 106 in use + 915 available
    CHECK(blocksPerPool(512) == 31);
}

TEST_CASE("the first block sits after the 48-byte pool header of the first arena's first pool") {
    Pymalloc pm = makeAllocator();
    const Addr a = pm.alloc(24);
    CHECK(a == kArenaTop - kArenaSize + kPoolOverhead);
    CHECK(a % 16 == 0);
    const Addr b = pm.alloc(32);
    CHECK(b == a + 32); // same class (32-byte blocks), next virgin block
    const Addr c = pm.alloc(33);
    CHECK(c == a + kPoolSize); // class 2 takes the next pool
}

TEST_CASE("freed blocks are reused LIFO and their first word links to the previous free block") {
    Pymalloc pm = makeAllocator();
    std::vector<Addr> b;
    for (int i = 0; i < 5; ++i) b.push_back(pm.alloc(48));
    pm.free(b[4]);
    pm.free(b[3]);
    // facts §3.1: after freeing b4 then b3, the first word of b3 is the address of b4.
    CHECK(pm.slotOf(b[3]).link == b[4]);
    // b4's first word is the pool's next virgin block (the freeblock before the frees).
    CHECK(pm.slotOf(b[4]).link == b[4] + 48);
    CHECK(pm.alloc(48) == b[3]);
    CHECK(pm.alloc(48) == b[4]);
    CHECK(pm.alloc(48) == b[4] + 48);
}

TEST_CASE("a pool fills with exactly (16384 - 48) / size blocks, then a new pool is used") {
    Pymalloc pm = makeAllocator();
    const Addr first = pm.alloc(16);
    Addr last = first;
    for (int i = 1; i < 1021; ++i) last = pm.alloc(16);
    CHECK(last == first + 1020 * 16);
    const Addr next = pm.alloc(16);
    CHECK(next == first - kPoolOverhead + kPoolSize + kPoolOverhead);
}

TEST_CASE("freeing into a full pool writes a null link and puts the pool back in use") {
    Pymalloc pm = makeAllocator();
    std::vector<Addr> blocks;
    for (int i = 0; i < 31; ++i) blocks.push_back(pm.alloc(512)); // a full pool
    const Addr other = pm.alloc(512);                              // second pool
    CHECK(other == blocks[0] + kPoolSize);
    pm.free(blocks[7]);
    CHECK(pm.slotOf(blocks[7]).link == 0);
    // The re-inserted pool goes to the front of the class's ring, so it serves next.
    CHECK(pm.alloc(512) == blocks[7]);
}

TEST_CASE("an arena holds 64 pools; the next arena is mapped 1 MiB lower") {
    std::uint64_t mapped = 0;
    Pymalloc pm = makeAllocator(&mapped);
    Addr last = 0;
    for (int i = 0; i < 64 * 31; ++i) last = pm.alloc(512);
    CHECK(mapped == kArenaSize);
    CHECK(last == kArenaTop - kArenaSize + 63 * kPoolSize + kPoolOverhead + 30 * 512);
    const Addr next = pm.alloc(512);
    CHECK(mapped == 2 * kArenaSize);
    CHECK(next == kArenaTop - 2 * kArenaSize + kPoolOverhead);
}

TEST_CASE("an empty pool returns to its arena and can serve another size class") {
    Pymalloc pm = makeAllocator();
    const Addr a = pm.alloc(64);
    const Addr keep = pm.alloc(100); // keeps the arena from being released
    pm.free(a);
    const Addr b = pm.alloc(200); // takes the freed pool (LIFO free-pool stack)
    CHECK(b == a);
    CHECK(pm.blockSizeAt(b) == 208);
    CHECK(keep != 0);
}

TEST_CASE("a pool reused for its previous size class keeps its free list") {
    Pymalloc pm = makeAllocator();
    const Addr x = pm.alloc(32);
    const Addr y = pm.alloc(32);
    const Addr keep = pm.alloc(400);
    pm.free(x);
    pm.free(y); // pool now empty: free list y -> x -> virgin
    const Addr again = pm.alloc(32);
    CHECK(again == y);
    CHECK(pm.alloc(32) == x);
    CHECK(keep != 0);
}

TEST_CASE("an entirely free arena is unmapped unless it is the last usable one") {
    std::uint64_t mapped = 0;
    Pymalloc pm = makeAllocator(&mapped);
    std::vector<Addr> firstArena;
    for (int i = 0; i < 64 * 31; ++i) firstArena.push_back(pm.alloc(512));
    const Addr second = pm.alloc(512);
    CHECK(mapped == 2 * kArenaSize);
    for (Addr p : firstArena) pm.free(p);
    // The first arena became usable again, then entirely free while the second is usable: unmapped.
    CHECK(mapped == kArenaSize);
    CHECK(!pm.owns(firstArena[0]));
    pm.free(second);
    CHECK(mapped == kArenaSize); // the last usable arena stays mapped
    CHECK(pm.owns(second));
}

TEST_CASE("a re-mapped arena slot finds its new pools; released pools are not owned") {
    std::uint64_t mapped = 0;
    Pymalloc pm = makeAllocator(&mapped);
    std::vector<Addr> firstArena;
    for (int i = 0; i < 64 * 31; ++i) firstArena.push_back(pm.alloc(512));
    std::vector<Addr> secondArena;
    for (int i = 0; i < 31; ++i) secondArena.push_back(pm.alloc(512));
    for (Addr p : firstArena) pm.free(p);
    CHECK(!pm.owns(firstArena[0]));
    CHECK(!pm.owns(firstArena.back()));
    CHECK(pm.ownedSlot(firstArena[5]) == nullptr);
    // The second arena's only used pool is full: the next pool comes from it, then a new arena is
    // mapped in the highest free slot, the first arena's again.
    std::vector<Addr> more;
    for (int i = 0; i < 63 * 31 + 1; ++i) more.push_back(pm.alloc(512));
    CHECK(more.back() == firstArena[0]);
    CHECK(pm.owns(firstArena[0]));
    CHECK(!pm.owns(firstArena[31])); // its second pool is not carved yet
    Addr start = 0;
    std::uint32_t size = 0;
    CHECK(pm.findBlock(more.back() + 100, &start, &size) == &pm.slotOf(more.back()));
    CHECK(start == more.back());
    CHECK(size == 512);
}

TEST_CASE("new pools come from the fullest usable arena first") {
    std::uint64_t mapped = 0;
    Pymalloc pm = makeAllocator(&mapped);
    const Addr arena1 = kArenaTop - kArenaSize;
    std::vector<Addr> first;
    for (int i = 0; i < 64 * 31; ++i) first.push_back(pm.alloc(512)); // arena 1 full
    for (int i = 0; i < 31 * 3; ++i) pm.alloc(512);                    // arena 2: 3 pools in use
    // Empty pools 10 then 11 of arena 1: it has 2 free pools, arena 2 has 61.
    for (Addr p : first)
        if (p >= arena1 + 10 * kPoolSize && p < arena1 + 12 * kPoolSize) pm.free(p);
    // A new size class needs a pool: the fullest usable arena (arena 1) serves it, from the top of
    // its free-pool stack (pool 11, emptied last).
    CHECK(pm.alloc(16) == arena1 + 11 * kPoolSize + kPoolOverhead);
    CHECK(pm.alloc(32) == arena1 + 10 * kPoolSize + kPoolOverhead);
    CHECK(pm.alloc(48) == kArenaTop - 2 * kArenaSize + 3 * kPoolSize + kPoolOverhead);
}

TEST_CASE("the heap limit stops new arenas and malloc reports 0") {
    std::uint64_t mapped = 0;
    Pymalloc pm = makeAllocator(&mapped, 1);
    for (int i = 0; i < 64 * 31; ++i) REQUIRE(pm.alloc(512) != 0);
    CHECK(pm.alloc(512) == 0);
    AddressSpace space(2 * kArenaSize);
    CHECK(space.malloc(3 * kArenaSize) == 0); // large request over the limit
    CHECK(space.malloc(600) != 0);
}

TEST_CASE("large requests go to the 16-byte aligned system heap and reuse freed chunks") {
    AddressSpace space;
    const Addr big = space.malloc(1000);
    CHECK(big >= kLargeBase);
    CHECK(big % 16 == 0);
    const Addr big2 = space.malloc(2000);
    CHECK(big2 > big);
    space.free(big);
    CHECK(space.malloc(900) == big); // first fit
    CHECK(space.malloc(0) != 0);     // malloc(0) is served by the system heap
}

TEST_CASE("realloc keeps a pymalloc block while the size fits and shrinks by less than a quarter") {
    AddressSpace space;
    const Addr p = space.malloc(64);
    CHECK(space.realloc(p, 60) == p);
    CHECK(space.realloc(p, 49) == p);
    const Addr q = space.realloc(p, 40); // shrinks by more than 25 %: moves to the 48 class
    CHECK(q != p);
    const Addr r = space.realloc(q, 600); // grows past 512: moves to the system heap
    CHECK(r >= kLargeBase);
}

TEST_CASE("a freed object block keeps its ghost words in the packed slot: link, ob_type, id offset, FINALIZED") {
    AddressSpace mem;
    BlockSlot* slot = nullptr;
    const Addr a = mem.malloc(56, &slot);
    const Addr b = mem.malloc(56);
    REQUIRE(slot != nullptr);
    CHECK(slot->state == BlockState::Buffer);
    CHECK(slot->owner == nullptr);
    const Addr deadType = kStaticBase + 0x3ff0; // a static type's address (below 2^48)
    mem.free(b);
    mem.freeObjectBlock(a, ObjectGhost{deadType, 32, 1});
    const BlockSlot& s = mem.slotOf(a);
    CHECK(s.state == BlockState::Free);
    CHECK(s.link == b); // LIFO: a's first word links to the block freed before it
    CHECK(readGhostWord(s, a, a) == b);
    CHECK(readGhostWord(s, a, a + 32) == 0);         // ob_refcnt
    CHECK(readGhostWord(s, a, a + 40) == deadType);  // ob_type
    CHECK(readGhostWord(s, a, a + 24) == 1);         // _gc_prev keeps FINALIZED
    CHECK(readGhostWord(s, a, a + 48) == 0);
    // Reallocated: the slot's first word is the occupant again, the free list moved on to b.
    BlockSlot* again = nullptr;
    CHECK(mem.malloc(56, &again) == a);
    CHECK(again == &s);
    CHECK(again->owner == nullptr);
    CHECK(mem.malloc(56) == b);
}
