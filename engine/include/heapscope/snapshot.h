// Heapscope public API: the plain-data picture of the simulated heap that views and tests read.
// Everything here is a value copy; nothing points into the engine. Addresses are simulated (uint64).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace heapscope {

using Address = std::uint64_t;

// Where a pymalloc block stands. Matches the colours the memory map draws.
enum class BlockState : std::uint8_t {
    Virgin,   // never handed out (past the pool's nextoffset)
    Free,     // on the pool's free list; its first word links to the next free block
    Object,   // holds a live object (the object starts at block + preheader size)
    Buffer,   // holds an object's auxiliary buffer (list items, dict keys, ...)
    Retained, // a dead object kept by a type free list (list, dict, tuple, float)
};

struct BlockInfo {
    BlockState state = BlockState::Virgin;
    std::int32_t typeIndex = -1; // index into Snapshot::typeNames for Object/Buffer/Retained, else -1
    Address object = 0;          // the object's id() for Object/Buffer/Retained, else 0
};

struct PoolInfo {
    Address address = 0;
    std::uint32_t blockSize = 0; // 0 for an empty pool not yet assigned to a size class
    std::uint32_t blocksInUse = 0;
    std::vector<BlockInfo> blocks; // (16384 - 48) / blockSize entries; empty when blockSize == 0
};

struct ArenaInfo {
    Address address = 0;
    std::vector<PoolInfo> pools;
};

// A block from the "system malloc" region (requests over 512 bytes).
struct LargeBlockInfo {
    Address address = 0;
    std::uint64_t size = 0;
    BlockState state = BlockState::Object;
    std::int32_t typeIndex = -1;
    Address object = 0;
};

struct ObjectInfo {
    Address address = 0;           // id(obj)
    std::int32_t typeIndex = 0;    // into Snapshot::typeNames
    std::uint64_t size = 0;        // sys.getsizeof(obj)
    std::int64_t refcount = 0;     // ob_refcnt
    bool isStatic = false;         // statically allocated (small ints, None, built-in types, ...)
    bool gcTracked = false;
    std::int8_t generation = -1;   // 0, 1, 2; 3 = permanent (frozen); -1 when untracked
    std::string label;             // short repr-like text for views, at most ~40 characters
    std::vector<Address> referents; // what tp_traverse visits, plus non-GC references held
};

struct RootInfo {
    std::string name;
    Address object = 0;
};

struct GcGenerationInfo {
    std::int64_t count = 0;
    std::int64_t threshold = 0;
    std::int64_t size = 0; // objects currently in the generation's list
};

// Which set of a collection an object is in (gc/collector.h GcSet).
enum class GcSet : std::uint8_t {
    Young,       // not (yet) found unreachable; survivors keep this after promotion
    Unreachable, // unreachable / final unreachable
    Finalizers,  // reachable from a legacy tp_del finalizer: uncollectable
    Resurrected, // made reachable again by a finalizer
    Freed,       // deallocated during the collection
};

// "young", "unreachable", "finalizers", "resurrected", "freed".
inline const char* gcSetName(GcSet set) {
    switch (set) {
    case GcSet::Young: return "young";
    case GcSet::Unreachable: return "unreachable";
    case GcSet::Finalizers: return "finalizers";
    case GcSet::Resurrected: return "resurrected";
    case GcSet::Freed: return "freed";
    }
    return "?";
}

struct CollectionObject {
    Address address = 0;     // id() of the candidate (freed ones keep their former address)
    std::int64_t gcRefs = -1; // -1 before update_refs reached it; 0 = tentatively unreachable
    GcSet set = GcSet::Young;
    std::string type;        // type name when the collection began (freed objects keep it)
};

// A collection being stepped phase by phase (or, with active == false, a stepped collection that
// was the last collection: any later collection, automatic or gc.collect(), clears the view). Its
// candidates are the objects of the generation(s) examined, in young-list order at the start.
struct CollectionView {
    bool present = false;       // the last collection begun was a stepped one
    bool active = false;        // still running (more phases to step)
    std::string phase;          // the phase that ran last: "update_refs", "move_unreachable", ...
    bool phaseComplete = true;  // false while that phase has slices left
    int generation = -1;
    std::int64_t collected = 0;     // m so far
    std::int64_t uncollectable = 0; // n so far
    std::int64_t result = 0;        // collected + uncollectable (gc.collect's return value once finished)
    std::vector<CollectionObject> objects;
};

struct MemoryTotals {
    std::uint64_t arenas = 0;
    std::uint64_t poolsInUse = 0;
    std::uint64_t blocksInUse = 0;
    std::uint64_t bytesInBlocks = 0;   // sum of block sizes in use
    std::uint64_t largeBytes = 0;      // system-malloc bytes in use
    std::uint64_t heapLimit = 0;       // 0 = unlimited
};

struct Snapshot {
    std::uint64_t version = 0; // changes whenever anything observable changed
    std::vector<std::string> typeNames;
    std::vector<ObjectInfo> objects; // every live heap object plus the static objects referenced from them
    std::vector<RootInfo> roots;
    GcGenerationInfo generations[3];
    std::int64_t permanentSize = 0;
    bool gcEnabled = true;
    CollectionView collection;
    std::vector<ArenaInfo> arenas;
    std::vector<LargeBlockInfo> largeBlocks;
    MemoryTotals totals;
    std::string output; // the transcript so far
};

} // namespace heapscope
