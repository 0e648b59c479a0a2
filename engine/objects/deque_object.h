// collections.deque (Modules/_collectionsmodule.c 3.11): a doubly linked list of 64-slot blocks
// (PyMem_Malloc'd, 528 bytes each) with a per-deque cache of up to 16 free blocks.
#pragma once

#include "memory/layout.h"
#include "objects/type_object.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <vector>

namespace hs {

constexpr std::int64_t kDequeBlockLen = 64;                       // BLOCKLEN
constexpr std::int64_t kDequeBlockBytes = 16 + 8 * kDequeBlockLen; // sizeof(block): links + data
constexpr std::int64_t kDequeBasicSize = 216;                      // sizeof(dequeobject)

// One block: its simulated address and its slots (owned references only between the indices).
struct DequeBlock {
    Addr addr = 0;
    Object* data[kDequeBlockLen] = {};
};

// Host side of dequeobject. `blocks` runs from leftblock (front) to rightblock (back) and is never
// empty while the deque lives. Invariants (CPython's): 0 <= leftindex, rightindex < BLOCKLEN;
// (leftindex + size - 1) % BLOCKLEN == rightindex; an empty deque has one block with
// leftindex == CENTER + 1 and rightindex == CENTER. `state` changes whenever the indices move.
struct DequeObject : Object {
    std::deque<std::unique_ptr<DequeBlock>> blocks;
    std::int64_t size = 0;
    std::int64_t leftindex = 0;
    std::int64_t rightindex = 0;
    std::uint64_t state = 0;
    std::int64_t maxlen = -1;
    std::vector<std::unique_ptr<DequeBlock>> freeblocks; // at most MAXFREEBLOCKS (16)
    Object* weakreflist = nullptr;
};

// deque_sizeof without the GC header: basicsize + 528 per block spanned by the items.
std::int64_t dequeSizeOfFormula(std::int64_t leftindex, std::int64_t size);

// The collections.deque type and its iterators (created on first use). Borrowed.
TypeObject* dequeType(Interpreter& interp);
bool isDeque(const Object* o);

} // namespace hs
