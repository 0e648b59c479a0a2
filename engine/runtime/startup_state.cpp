// The reference runner's first-cell state (runtime/startup_state.h), from measurements with
// python3.11 (3.11.7) and tools/cpython_cells.py (the same on every run).
#include "runtime/startup_state.h"

#include "gc/gc_list.h"
#include "gc/gc_state.h"
#include "runtime/interpreter.h"

#include <cstdint>

namespace hs {

void startCollectorAsCpythonFirstCell(Interpreter& interp) {
    // gc.get_stats() as a first cell's first statement: the collections of startup, site and the
    // runner's imports, then the runner's own full collection; len(gc.get_objects(2)) there.
    constexpr GcGenerationStats kStatsAtFirstCell[GcState::kGenerations] = {{23, 43, 0}, {2, 92, 0}, {1, 24, 0}};
    constexpr std::int64_t kGeneration2AtFirstCell = 11425;
    GcState& gc = interp.gc();
    for (int i = 0; i < GcState::kGenerations; ++i) gc.stats[i] = kStatsAtFirstCell[i];
    const std::int64_t own = gclist::size(gc.listOf(GcState::kGenerations - 1));
    gc.startupObjects = own < kGeneration2AtFirstCell ? kGeneration2AtFirstCell - own : 0;
    gc.longLivedTotal += gc.startupObjects;
}

} // namespace hs
