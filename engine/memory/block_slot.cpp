// Reads of freed blocks: the words CPython's deallocators and pymalloc's free leave in memory.
// See facts §3.3; every other word of a freed block reads 0 in the simulation.
#include "memory/block_slot.h"

namespace hs {

std::uint64_t readGhostWord(const BlockSlot& slot, Addr blockStart, Addr wordAddr) {
    if (wordAddr == blockStart) return slot.link;
    if (!slot.ghostIsObject) return 0;
    const Addr id = blockStart + slot.ghostIdOffset;
    if (wordAddr == id) return 0;                 // ob_refcnt: last value before deallocation
    if (wordAddr == id + 8) return slot.ghostType; // ob_type
    if (slot.ghostIdOffset >= 16 && wordAddr == id - 8) return slot.ghostGcFlags; // _gc_prev flags
    return 0;
}

} // namespace hs
