// Heapscope shell: the heap view (for now a tree): names, the objects they hold, and their referents.
// The expanded tree is flattened into rows each frame and only the visible rows are drawn (clipper).
#pragma once

#include "heapscope/snapshot.h"
#include "ui/commands.h"
#include "ui/snapshot_index.h"

#include <cstdint>
#include <unordered_set>
#include <vector>

namespace heapscope::ui {

struct HeapTreeView {
    void draw(const Snapshot& snapshot, Commands& commands);

private:
    struct Row {
        std::uint64_t key;       // identifies the path from the root, for the expanded set
        Address address;
        std::int32_t root;       // index into Snapshot::roots for depth 0, else -1
        std::uint32_t childIndex; // position among the parent's referents
        std::uint16_t depth;
        bool expandable;
    };

    void addRows(const Snapshot& snapshot, std::uint64_t key, Address address, std::int32_t root,
                 std::uint32_t childIndex, std::uint16_t depth);
    void drawRow(const Snapshot& snapshot, Commands& commands, const Row& row);

    SnapshotIndex m_index;
    std::vector<Row> m_rows;
    std::unordered_set<std::uint64_t> m_expanded;
};

} // namespace heapscope::ui
