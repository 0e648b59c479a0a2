// Heapscope shell: the heap view (for now a tree): names, the objects they hold, and their referents.
// Each row: edge (name or [i]), type, id, refcount, GC generation and the object's short label.
#include "ui/heap_tree_view.h"

#include "ui/theme.h"

#include <imgui.h>

#include <cinttypes>
#include <cstdio>
#include <string_view>

namespace heapscope::ui {
namespace {

constexpr std::uint16_t kMaxDepth = 32;

std::uint64_t mix(std::uint64_t key, std::uint64_t value) {
    key ^= value + 0x9e3779b97f4a7c15ull + (key << 6) + (key >> 2);
    return key;
}

std::uint64_t hashName(std::string_view name) {
    std::uint64_t h = 1469598103934665603ull;
    for (char c : name) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

const char* generationText(const ObjectInfo& object) {
    if (!object.gcTracked) return "";
    switch (object.generation) {
    case 0: return "  gen 0";
    case 1: return "  gen 1";
    case 2: return "  gen 2";
    default: return "  permanent";
    }
}

} // namespace

void HeapTreeView::addRows(const Snapshot& snapshot, std::uint64_t key, Address address, std::int32_t root,
                           std::uint32_t childIndex, std::uint16_t depth) {
    const ObjectInfo* object = m_index.find(snapshot, address);
    const bool expandable = object && !object->referents.empty() && depth < kMaxDepth;
    m_rows.push_back({key, address, root, childIndex, depth, expandable});
    if (!expandable || !m_expanded.count(key)) return;
    for (std::uint32_t i = 0; i < object->referents.size(); ++i)
        addRows(snapshot, mix(key, i + 1), object->referents[i], -1, i, static_cast<std::uint16_t>(depth + 1));
}

void HeapTreeView::drawRow(const Snapshot& snapshot, Commands& commands, const Row& row) {
    const ObjectInfo* object = m_index.find(snapshot, row.address);
    char edge[48];
    if (row.root >= 0) std::snprintf(edge, sizeof edge, "%s", snapshot.roots[static_cast<std::size_t>(row.root)].name.c_str());
    else std::snprintf(edge, sizeof edge, "[%u]", row.childIndex);

    const float indent = ImGui::GetStyle().IndentSpacing * static_cast<float>(row.depth);
    if (indent > 0) ImGui::Indent(indent);
    ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_OpenOnArrow | ImGuiTreeNodeFlags_NoTreePushOnOpen |
                               ImGuiTreeNodeFlags_SpanAvailWidth;
    if (!row.expandable) flags |= ImGuiTreeNodeFlags_Leaf;
    if (row.address != 0 && row.address == commands.selection()) flags |= ImGuiTreeNodeFlags_Selected;
    const bool expanded = m_expanded.count(row.key) != 0;
    ImGui::SetNextItemOpen(expanded);
    const bool open = ImGui::TreeNodeEx(reinterpret_cast<void*>(static_cast<std::uintptr_t>(row.key)), flags, "%s", edge);
    if (row.expandable && open != expanded) {
        if (open) m_expanded.insert(row.key);
        else m_expanded.erase(row.key);
    }
    if (ImGui::IsItemClicked() && !ImGui::IsItemToggledOpen()) commands.select(row.address);
    ImGui::SameLine();
    if (object) {
        const char* type = SnapshotIndex::typeName(snapshot, object->typeIndex);
        ImGui::PushStyleColor(ImGuiCol_Text, typeColor(type));
        ImGui::TextUnformatted(type);
        ImGui::PopStyleColor();
        ImGui::SameLine();
        ImGui::TextDisabled("%s  rc=%" PRId64 "%s", formatAddress(row.address).c_str(), object->refcount,
                            generationText(*object));
        ImGui::SameLine();
        ImGui::TextUnformatted(object->label.c_str());
    } else {
        ImGui::TextDisabled("%s (not in snapshot)", formatAddress(row.address).c_str());
    }
    if (indent > 0) ImGui::Unindent(indent);
}

void HeapTreeView::draw(const Snapshot& snapshot, Commands& commands) {
    m_index.refresh(snapshot);
    if (snapshot.roots.empty()) {
        ImGui::TextDisabled("No names bound yet. Create an object in the sandbox panel.");
        return;
    }
    m_rows.clear();
    for (std::size_t i = 0; i < snapshot.roots.size(); ++i)
        addRows(snapshot, hashName(snapshot.roots[i].name), snapshot.roots[i].object, static_cast<std::int32_t>(i), 0, 0);

    ImGui::BeginChild("##heap_tree", ImVec2(0, 0), false);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m_rows.size()));
    while (clipper.Step())
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) drawRow(snapshot, commands, m_rows[static_cast<std::size_t>(r)]);
    ImGui::EndChild();
}

} // namespace heapscope::ui
