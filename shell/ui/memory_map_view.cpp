// Heapscope shell: the memory map view, one small cell per pymalloc block, arena -> pool rows.
// Rows are laid out once per snapshot version and width; drawing touches only the visible rows.
#include "ui/memory_map_view.h"

#include "ui/theme.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>

namespace heapscope::ui {
namespace {

constexpr std::uint64_t kPoolHeaderSize = 48; // sizeof(struct pool_header) on 64-bit CPython
constexpr float kCellGap = 2.0f;

std::uint32_t linesFor(std::size_t blocks, int perLine) {
    return static_cast<std::uint32_t>((blocks + static_cast<std::size_t>(perLine) - 1) /
                                      static_cast<std::size_t>(perLine));
}

} // namespace

void MemoryMapView::rebuild(const Snapshot& snapshot, int cellsPerLine) {
    m_rows.clear();
    for (std::uint32_t a = 0; a < snapshot.arenas.size(); ++a) {
        const ArenaInfo& arena = snapshot.arenas[a];
        m_rows.push_back({RowKind::ArenaHeader, a, 0, 0});
        for (std::uint32_t p = 0; p < arena.pools.size(); ++p) {
            const PoolInfo& pool = arena.pools[p];
            if (pool.blockSize == 0 || pool.blocks.empty()) {
                if (!m_hideEmptyPools) m_rows.push_back({RowKind::EmptyPool, a, p, 0});
                continue;
            }
            if (m_hideEmptyPools && pool.blocksInUse == 0) continue;
            std::uint32_t lines = linesFor(pool.blocks.size(), cellsPerLine);
            for (std::uint32_t line = 0; line < lines; ++line)
                m_rows.push_back({RowKind::PoolLine, a, p, line * static_cast<std::uint32_t>(cellsPerLine)});
        }
    }
    if (!snapshot.largeBlocks.empty()) {
        m_rows.push_back({RowKind::LargeHeader, 0, 0, 0});
        std::uint32_t lines = linesFor(snapshot.largeBlocks.size(), cellsPerLine);
        for (std::uint32_t line = 0; line < lines; ++line)
            m_rows.push_back({RowKind::LargeLine, 0, 0, line * static_cast<std::uint32_t>(cellsPerLine)});
    }
    m_typeColors.clear();
    for (const std::string& name : snapshot.typeNames) m_typeColors.push_back(typeColor(name));
    m_rowsVersion = snapshot.version;
    m_rowsCellsPerLine = cellsPerLine;
    m_rowsHideEmpty = m_hideEmptyPools;
    m_rowsValid = true;
}

ImU32 MemoryMapView::blockColor(BlockState state, std::int32_t typeIndex) const {
    ImU32 base = (typeIndex >= 0 && static_cast<std::size_t>(typeIndex) < m_typeColors.size())
                     ? m_typeColors[static_cast<std::size_t>(typeIndex)]
                     : typeColor("object");
    switch (state) {
    case BlockState::Virgin: return virginColor();
    case BlockState::Free: return freeColor();
    case BlockState::Object: return base;
    case BlockState::Buffer: return dimColor(base, 0.6f);
    case BlockState::Retained: return dimColor(base, 0.35f);
    }
    return virginColor();
}

void MemoryMapView::blockTooltip(const Snapshot& snapshot, const PoolInfo& pool, std::uint32_t block) const {
    const BlockInfo& info = pool.blocks[block];
    Address address = pool.address + kPoolHeaderSize + static_cast<std::uint64_t>(block) * pool.blockSize;
    ImGui::BeginTooltip();
    ImGui::Text("block %s", formatAddress(address).c_str());
    ImGui::Text("size class %u (%u bytes), block %u of %zu", pool.blockSize / 16 - 1, pool.blockSize, block,
                pool.blocks.size());
    ImGui::Text("pool %s", formatAddress(pool.address).c_str());
    ImGui::Text("state: %s", blockStateName(info.state));
    if (info.state == BlockState::Object || info.state == BlockState::Buffer || info.state == BlockState::Retained) {
        ImGui::Text("type: %s", SnapshotIndex::typeName(snapshot, info.typeIndex));
        ImGui::Text("object: %s", formatAddress(info.object).c_str());
        if (const ObjectInfo* object = m_index.find(snapshot, info.object)) {
            ImGui::Text("refcount: %" PRId64 "   size: %" PRIu64 " bytes", object->refcount, object->size);
            if (object->gcTracked) ImGui::Text("gc: tracked, generation %d", object->generation);
            else ImGui::TextUnformatted("gc: untracked");
            if (!object->label.empty()) ImGui::Text("%s", object->label.c_str());
        }
    }
    ImGui::EndTooltip();
}

void MemoryMapView::largeTooltip(const Snapshot& snapshot, const LargeBlockInfo& large) const {
    ImGui::BeginTooltip();
    ImGui::Text("large block %s (system malloc)", formatAddress(large.address).c_str());
    ImGui::Text("size: %" PRIu64 " bytes", large.size);
    ImGui::Text("state: %s", blockStateName(large.state));
    if (large.object != 0) {
        ImGui::Text("type: %s", SnapshotIndex::typeName(snapshot, large.typeIndex));
        ImGui::Text("object: %s", formatAddress(large.object).c_str());
        if (const ObjectInfo* object = m_index.find(snapshot, large.object))
            ImGui::Text("refcount: %" PRId64, object->refcount);
    }
    ImGui::EndTooltip();
}

void MemoryMapView::drawLegend(const Snapshot& snapshot) const {
    const MemoryTotals& t = snapshot.totals;
    ImGui::Text("%zu arenas  %" PRIu64 " pools  %" PRIu64 " blocks in use (%" PRIu64 " B)  large: %zu (%" PRIu64 " B)",
                snapshot.arenas.size(), t.poolsInUse, t.blocksInUse, t.bytesInBlocks, snapshot.largeBlocks.size(),
                t.largeBytes);
    int count = 0;
    const LegendEntry* legend = typeLegend(count);
    auto chip = [](const char* name, ImU32 color) {
        ImGui::SameLine();
        ImVec2 p = ImGui::GetCursorScreenPos();
        float h = ImGui::GetTextLineHeight();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h * 0.2f), ImVec2(p.x + h * 0.6f, p.y + h * 0.8f),
                                                  color, 2.0f);
        ImGui::Dummy(ImVec2(h * 0.6f, h));
        ImGui::SameLine(0.0f, 4.0f);
        ImGui::TextUnformatted(name);
    };
    ImGui::TextUnformatted("legend:");
    for (int i = 0; i < count; ++i) chip(legend[i].name, legend[i].color);
    chip("buffer", dimColor(typeColor("list"), 0.6f));
    chip("free", freeColor());
    chip("virgin", virginColor());
}

void MemoryMapView::draw(const Snapshot& snapshot, Commands& commands) {
    m_index.refresh(snapshot);
    drawLegend(snapshot);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(90.0f);
    ImGui::SliderFloat("##cell", &m_cellSize, 4.0f, 16.0f, "cell %.0f px");
    ImGui::SameLine();
    ImGui::Checkbox("hide empty pools", &m_hideEmptyPools);

    ImGui::BeginChild("##memory_cells", ImVec2(0, 0), false);
    const float lineHeight = ImGui::GetTextLineHeight();
    const float pitch = m_cellSize + kCellGap;
    const float rowHeight = std::max(pitch, lineHeight + 2.0f);
    const float labelWidth = ImGui::CalcTextSize("pool 63 . 512 B  ").x;
    const float avail = ImGui::GetContentRegionAvail().x;
    const int cellsPerLine = std::max(8, static_cast<int>((avail - labelWidth) / pitch));
    if (!m_rowsValid || m_rowsVersion != snapshot.version || m_rowsCellsPerLine != cellsPerLine ||
        m_rowsHideEmpty != m_hideEmptyPools)
        rebuild(snapshot, cellsPerLine);

    if (m_rows.empty()) ImGui::TextDisabled("no arenas allocated yet");

    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool windowHovered = ImGui::IsWindowHovered();
    const Address selected = commands.selection();
    const ImU32 textColor = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 dimText = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    char label[96];

    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m_rows.size()), rowHeight);
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const Row& row = m_rows[static_cast<std::size_t>(r)];
            const ImVec2 origin = ImGui::GetCursorScreenPos();
            const float textY = origin.y + (rowHeight - lineHeight) * 0.5f;
            const float cellY = origin.y + (rowHeight - m_cellSize) * 0.5f;
            const bool rowHovered = windowHovered && mouse.y >= origin.y && mouse.y < origin.y + rowHeight;
            switch (row.kind) {
            case RowKind::ArenaHeader: {
                const ArenaInfo& arena = snapshot.arenas[row.arena];
                std::snprintf(label, sizeof label, "arena %s  %zu pools", formatAddress(arena.address).c_str(),
                              arena.pools.size());
                drawList->AddText(ImVec2(origin.x, textY), textColor, label);
                break;
            }
            case RowKind::EmptyPool: {
                std::snprintf(label, sizeof label, "pool %u . empty", row.pool);
                drawList->AddText(ImVec2(origin.x, textY), dimText, label);
                break;
            }
            case RowKind::PoolLine: {
                const PoolInfo& pool = snapshot.arenas[row.arena].pools[row.pool];
                if (row.first == 0) {
                    std::snprintf(label, sizeof label, "pool %u . %u B", row.pool, pool.blockSize);
                    drawList->AddText(ImVec2(origin.x, textY), dimText, label);
                }
                const std::size_t end = std::min(pool.blocks.size(), static_cast<std::size_t>(row.first) +
                                                                         static_cast<std::size_t>(cellsPerLine));
                float x = origin.x + labelWidth;
                for (std::size_t b = row.first; b < end; ++b, x += pitch) {
                    const BlockInfo& block = pool.blocks[b];
                    drawList->AddRectFilled(ImVec2(x, cellY), ImVec2(x + m_cellSize, cellY + m_cellSize),
                                            blockColor(block.state, block.typeIndex));
                    if (selected != 0 && block.object == selected)
                        drawList->AddRect(ImVec2(x - 1, cellY - 1), ImVec2(x + m_cellSize + 1, cellY + m_cellSize + 1),
                                          IM_COL32_WHITE);
                }
                if (rowHovered && mouse.x >= origin.x + labelWidth) {
                    const std::size_t col = static_cast<std::size_t>((mouse.x - origin.x - labelWidth) / pitch);
                    const std::size_t b = row.first + col;
                    if (col < static_cast<std::size_t>(cellsPerLine) && b < end) {
                        blockTooltip(snapshot, pool, static_cast<std::uint32_t>(b));
                        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && pool.blocks[b].object != 0)
                            commands.select(pool.blocks[b].object);
                    }
                }
                break;
            }
            case RowKind::LargeHeader: {
                std::snprintf(label, sizeof label, "large blocks (system malloc): %zu", snapshot.largeBlocks.size());
                drawList->AddText(ImVec2(origin.x, textY), textColor, label);
                break;
            }
            case RowKind::LargeLine: {
                const std::size_t end = std::min(snapshot.largeBlocks.size(), static_cast<std::size_t>(row.first) +
                                                                                  static_cast<std::size_t>(cellsPerLine));
                float x = origin.x + labelWidth;
                for (std::size_t b = row.first; b < end; ++b, x += pitch) {
                    const LargeBlockInfo& large = snapshot.largeBlocks[b];
                    drawList->AddRectFilled(ImVec2(x, cellY), ImVec2(x + m_cellSize, cellY + m_cellSize),
                                            blockColor(large.state, large.typeIndex));
                }
                if (rowHovered && mouse.x >= origin.x + labelWidth) {
                    const std::size_t col = static_cast<std::size_t>((mouse.x - origin.x - labelWidth) / pitch);
                    const std::size_t b = row.first + col;
                    if (col < static_cast<std::size_t>(cellsPerLine) && b < end) {
                        largeTooltip(snapshot, snapshot.largeBlocks[b]);
                        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && snapshot.largeBlocks[b].object != 0)
                            commands.select(snapshot.largeBlocks[b].object);
                    }
                }
                break;
            }
            }
            ImGui::Dummy(ImVec2(avail, rowHeight));
        }
    }
    clipper.End();
    ImGui::PopStyleVar();
    ImGui::EndChild();
}

} // namespace heapscope::ui
