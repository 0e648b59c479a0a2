// What the address space records about one allocated block: its occupant while live, and after it
// is freed the few header words CPython leaves behind (so ctypes reads of dead memory stay faithful).
#pragma once

#include "heapscope/snapshot.h"
#include "memory/layout.h"

namespace hs {

struct Object;
using heapscope::BlockState;

// 16 bytes per block on 64-bit hosts: the occupant and the free-list link share a word (a block is
// either in use or free), the ghost fields are packed into the second word (simulated addresses
// are below 2^48; id offsets are pre-header sizes, at most 32).
struct BlockSlot {
    union {
        Addr link = 0;        // Free: first word of the block (next free block or 0), as pymalloc wrote it
        Object* owner;        // Object/Retained: the object; Buffer: the object owning the buffer
    };
    std::uint64_t ghostType : 48 = 0;     // Free: the ob_type word the dead object left behind
    std::uint64_t ghostIdOffset : 6 = 0;  // Free: offset of the dead object's id() within the block
    std::uint64_t ghostGcFlags : 1 = 0;   // Free: low bit of _gc_prev (FINALIZED) the dead object left
    std::uint64_t ghostIsObject : 1 = 0;  // Free: the block last held an object (not a buffer)
    BlockState state = BlockState::Virgin;
};
static_assert(sizeof(void*) != 8 || sizeof(BlockSlot) == 16);

// What a dead object leaves in its block's slot when freed (BlockSlot's ghost fields).
struct ObjectGhost {
    Addr type = 0;
    std::uint16_t idOffset = 0;
    std::uint8_t gcFlags = 0;
    void leaveIn(BlockSlot& slot) const {
        slot.ghostIsObject = true;
        slot.ghostType = type;
        slot.ghostIdOffset = idOffset;
        slot.ghostGcFlags = gcFlags;
    }
};

// Values of the freed block's words as CPython leaves them: the first word is the free-list link;
// ob_refcnt reads 0 (its last value) unless it is that first word; ob_type keeps the dead type;
// _gc_next is 0 and _gc_prev keeps only its FINALIZED bit (untracked before freeing).
std::uint64_t readGhostWord(const BlockSlot& slot, Addr blockStart, Addr wordAddr);

} // namespace hs
