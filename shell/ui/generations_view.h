// Heapscope shell: the collector panel: the three GC generations against their thresholds,
// the permanent generation, and the allocator's totals (arenas, pools, blocks, large bytes).
#pragma once

#include "heapscope/snapshot.h"
#include "ui/commands.h"

namespace heapscope::ui {

struct GenerationsView {
    void draw(const Snapshot& snapshot, Commands& commands);
};

} // namespace heapscope::ui
