// Simulated 64-bit address space of CPython 3.11 on x86-64 Linux: regions, pymalloc geometry.
// Addresses are plain integers; nothing here is a host pointer. Same numbers on native and wasm32.
#pragma once

#include <cstdint>

namespace hs {

using Addr = std::uint64_t;

namespace layout {

// pymalloc geometry (Objects/obmalloc.c, 64-bit, USE_LARGE_ARENAS + USE_LARGE_POOLS).
constexpr std::uint32_t kAlignment = 16;
constexpr std::uint32_t kAlignmentShift = 4;
constexpr std::uint32_t kSmallRequestThreshold = 512;
constexpr std::uint32_t kSizeClasses = kSmallRequestThreshold / kAlignment; // 32
constexpr std::uint32_t kArenaBits = 20;
constexpr std::uint64_t kArenaSize = 1ull << kArenaBits;                     // 1 MiB
constexpr std::uint32_t kPoolBits = 14;
constexpr std::uint64_t kPoolSize = 1ull << kPoolBits;                       // 16 KiB
constexpr std::uint32_t kPoolOverhead = 48;                                  // sizeof(struct pool_header)
constexpr std::uint32_t kPoolsPerArena = kArenaSize / kPoolSize;             // 64

constexpr std::uint32_t blockSizeOfClass(std::uint32_t sizeClass) { return (sizeClass + 1) << kAlignmentShift; }
constexpr std::uint32_t sizeClassOf(std::uint64_t nbytes) { return static_cast<std::uint32_t>((nbytes - 1) >> kAlignmentShift); }
constexpr std::uint32_t blocksPerPool(std::uint32_t blockSize) { return (kPoolSize - kPoolOverhead) / blockSize; }
// ceil(2^32 / blockSize) of a size class (exact block indexing by multiplication, see Pymalloc).
constexpr std::uint64_t blockReciprocal(std::uint32_t sizeClass) {
    return ((std::uint64_t(1) << 32) + blockSizeOfClass(sizeClass) - 1) / blockSizeOfClass(sizeClass);
}
// blockReciprocal of every size class, precomputed (a run-time division costs tens of cycles).
struct BlockReciprocals {
    std::uint64_t of[kSizeClasses] = {};
    constexpr BlockReciprocals() {
        for (std::uint32_t c = 0; c < kSizeClasses; ++c) of[c] = blockReciprocal(c);
    }
};
inline constexpr BlockReciprocals kBlockReciprocals{};

// Regions. Arenas are mmap'd top-down below kArenaTop, one 1 MiB-aligned slot each (slot i at
// kArenaTop - (i + 1) MiB), so every arena holds 64 whole pools. The static region plays the role of
// libpython's data segment (statically allocated objects); the large region plays glibc's brk heap.
constexpr Addr kArenaTop = 0x7f3a0c400000ull;
constexpr Addr kStaticBase = 0x7f3a14800000ull;
constexpr Addr kStaticSize = 0x00400000ull;
constexpr Addr kLargeBase = 0x55d0c8a42000ull;
constexpr Addr kLargeLimit = 0x55d8c8a42000ull; // 32 GiB of brk space

} // namespace layout
} // namespace hs
