// sys._debugmallocstats(): 3.11's _PyObject_DebugMallocStats (Objects/obmalloc.c) over the simulated
// pymalloc, then _PyObject_DebugTypeStats (the dict, float, list and tuple free lists), written
// where CPython writes them: the C-level stderr, not sys.stderr (so the reference runner's
// transcript, which is sys.stdout, never holds them: writeHostStderr).
#include "modules/sys_internal.h"

#include "memory/address_space.h"
#include "runtime/interpreter.h"
#include "vm/vm_state.h"

#include <cstdio>
#include <cstring>

namespace hs::sys_detail {

namespace {

// printone: msg padded to 35 columns, '=', then the value with thousands commas right-aligned in
// 21 columns; returns the value.
std::uint64_t printOne(std::string& out, const std::string& msg, std::uint64_t value) {
    out += msg;
    if (msg.size() < 35) out.append(35 - msg.size(), ' ');
    out += '=';
    char buf[23];
    int i = 22;
    buf[i--] = '\0';
    buf[i--] = '\n';
    int k = 3;
    std::uint64_t v = value;
    do {
        const std::uint64_t next = v / 10;
        buf[i--] = static_cast<char>('0' + (v - next * 10));
        v = next;
        if (--k == 0 && v && i >= 0) {
            k = 3;
            buf[i--] = ',';
        }
    } while (v && i >= 0);
    while (i >= 0) buf[i--] = ' ';
    out += buf;
    return value;
}

std::string formatted(const char* fmt, auto... args) {
    char buf[128];
    std::snprintf(buf, sizeof buf, fmt, args...);
    return buf;
}

// _PyDebugAllocatorStats: "<n> <name>s * <size> bytes each", right-aligned in 48 columns.
void printFreeList(std::string& out, const std::string& name, std::size_t count, std::size_t size) {
    const std::string what = formatted("%zu %ss * %zu bytes each", count, name.c_str(), size);
    printOne(out, formatted("%48s ", what.c_str()), count * size);
}

void appendMallocStats(const Pymalloc& pymalloc, std::string& out) {
    using namespace layout;
    std::uint64_t numPools[kSizeClasses] = {}, numBlocks[kSizeClasses] = {}, numFree[kSizeClasses] = {};
    std::uint64_t narenas = 0, freePools = 0;
    pymalloc.forEachArena([&](const Pymalloc::Arena& arena) {
        ++narenas;
        freePools += arena.nFreePools;
        for (std::uint32_t p = 0; p < arena.nCarved; ++p) {
            const Pymalloc::Pool& pool = arena.pools[p];
            if (pool.inUse == 0) continue; // currently unused
            ++numPools[pool.sizeClass];
            numBlocks[pool.sizeClass] += pool.inUse;
            numFree[pool.sizeClass] += blocksPerPool(blockSizeOfClass(pool.sizeClass)) - pool.inUse;
        }
    });
    out += formatted("Small block threshold = %u, in %u size classes.\n", kSmallRequestThreshold, kSizeClasses);
    out += "\nclass   size   num pools   blocks in use  avail blocks\n"
           "-----   ----   ---------   -------------  ------------\n";
    std::uint64_t allocatedBytes = 0, availableBytes = 0, headerBytes = 0, quantization = 0;
    for (std::uint32_t c = 0; c < kSizeClasses; ++c) {
        if (numPools[c] == 0) continue;
        const std::uint32_t size = blockSizeOfClass(c);
        out += formatted("%5u %6u %11llu %15llu %13llu\n", c, size, static_cast<unsigned long long>(numPools[c]),
                         static_cast<unsigned long long>(numBlocks[c]), static_cast<unsigned long long>(numFree[c]));
        allocatedBytes += numBlocks[c] * size;
        availableBytes += numFree[c] * size;
        headerBytes += numPools[c] * kPoolOverhead;
        quantization += numPools[c] * ((kPoolSize - kPoolOverhead) % size);
    }
    out += '\n';
    const Pymalloc::ArenaHistory& history = pymalloc.arenaHistory();
    printOne(out, "# arenas allocated total", history.allocatedTotal);
    printOne(out, "# arenas reclaimed", history.allocatedTotal - narenas);
    printOne(out, "# arenas highwater mark", history.highwater);
    printOne(out, "# arenas allocated current", narenas);
    printOne(out, formatted("%llu arenas * %llu bytes/arena", static_cast<unsigned long long>(narenas),
                            static_cast<unsigned long long>(kArenaSize)),
             narenas * kArenaSize);
    out += '\n';
    std::uint64_t total = printOne(out, "# bytes in allocated blocks", allocatedBytes);
    total += printOne(out, "# bytes in available blocks", availableBytes);
    total += printOne(out, formatted("%llu unused pools * %llu bytes", static_cast<unsigned long long>(freePools),
                                     static_cast<unsigned long long>(kPoolSize)),
                      freePools * kPoolSize);
    total += printOne(out, "# bytes lost to pool headers", headerBytes);
    total += printOne(out, "# bytes lost to quantization", quantization);
    total += printOne(out, "# bytes lost to arena alignment", 0); // arenas are mapped 1 MiB-aligned
    printOne(out, "Total", total);
    // The radix tree: a root of 2^15 pointers, mid nodes of 2^15 pointers, bottom nodes of 2^14
    // pairs of int32 (arena_map_bot_t).
    const std::uint64_t mid = history.mapMidNodes.size(), bot = history.mapBotNodes.size();
    out += "\narena map counts\n";
    printOne(out, "# arena map mid nodes", mid);
    printOne(out, "# arena map bot nodes", bot);
    out += '\n';
    total = printOne(out, "# bytes lost to arena map root", (1u << 15) * 8);
    total += printOne(out, "# bytes lost to arena map mid", mid * (1u << 15) * 8);
    total += printOne(out, "# bytes lost to arena map bot", bot * (1u << 14) * 8);
    printOne(out, "Total", total);
}

// _PyObject_DebugTypeStats: the dict, float, list and tuple free lists (sizeof of each object).
void appendTypeStats(Interpreter& interp, std::string& out) {
    const FreeLists& lists = interp.freeLists();
    printFreeList(out, "free PyDictObject", lists.dicts.size(), 48);
    printFreeList(out, "free PyFloatObject", lists.floats.size(), 24);
    printFreeList(out, "free PyListObject", lists.lists.size(), 40);
    for (std::size_t len = 1; len <= FreeLists::kTupleMaxSaveSize; ++len)
        printFreeList(out, formatted("free %zu-sized PyTupleObject", len), lists.tuples[len - 1].size(), 24 + 8 * len);
}

} // namespace

Object* debugMallocStats(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    std::string report;
    appendMallocStats(interp.memory().pymalloc(), report);
    report += '\n';
    appendTypeStats(interp, report);
    writeHostStderr(interp, report);
    incref(interp.none);
    return interp.none;
}

} // namespace hs::sys_detail
