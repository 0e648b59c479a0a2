// What the address space records about one allocated block: its occupant while live, and after it
// is freed the few header words CPython leaves behind (so ctypes reads of dead memory stay faithful).
#pragma once

#include "heapscope/snapshot.h"
#include "memory/layout.h"

namespace hs {

struct Object;
using heapscope::BlockState;

struct BlockSlot {
    Object* owner = nullptr;  // Object/Retained: the object; Buffer: the object owning the buffer
    Addr link = 0;            // Free: first word of the block (next free block or 0), as pymalloc wrote it
    Addr ghostType = 0;       // Free: the ob_type word the dead object left behind
    std::uint16_t ghostIdOffset = 0; // Free: offset of the dead object's id() within the block
    std::uint8_t ghostGcFlags = 0;   // Free: low bits of _gc_prev (FINALIZED) the dead object left
    BlockState state = BlockState::Virgin;
    bool ghostIsObject = false;      // Free: the block last held an object (not a buffer)
};

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
