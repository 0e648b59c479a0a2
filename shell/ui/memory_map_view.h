// Heapscope shell: the memory map view, one small cell per pymalloc block, arena -> pool rows.
// Cells are coloured by block state and object type; only the visible rows are drawn (ImGuiListClipper).
#pragma once

#include "heapscope/snapshot.h"
#include "ui/commands.h"
#include "ui/snapshot_index.h"

#include <imgui.h>

#include <cstdint>
#include <vector>

namespace heapscope::ui {

struct MemoryMapView {
    void draw(const Snapshot& snapshot, Commands& commands);

    // Layout rows of the last draw (for tests and the UI benchmark).
    std::size_t rowCount() const { return m_rows.size(); }

private:
    enum class RowKind : std::uint8_t { ArenaHeader, PoolLine, EmptyPool, LargeHeader, LargeLine };
    struct Row {
        RowKind kind;
        std::uint32_t arena; // arena index (ArenaHeader, PoolLine, EmptyPool)
        std::uint32_t pool;  // pool index in the arena (PoolLine, EmptyPool)
        std::uint32_t first; // first block (PoolLine) or large block (LargeLine) drawn on this row
    };

    void rebuild(const Snapshot& snapshot, int cellsPerLine);
    ImU32 blockColor(BlockState state, std::int32_t typeIndex) const;
    void blockTooltip(const Snapshot& snapshot, const PoolInfo& pool, std::uint32_t block) const;
    void largeTooltip(const Snapshot& snapshot, const LargeBlockInfo& large) const;
    void drawLegend(const Snapshot& snapshot) const;

    std::vector<Row> m_rows;
    std::vector<ImU32> m_typeColors; // per Snapshot::typeNames entry
    SnapshotIndex m_index;
    std::uint64_t m_rowsVersion = 0;
    int m_rowsCellsPerLine = 0;
    bool m_rowsValid = false;
    bool m_rowsHideEmpty = false;
    float m_cellSize = 10.0f;
    bool m_hideEmptyPools = false;
};

} // namespace heapscope::ui
