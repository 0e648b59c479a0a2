// Heapscope shell: the refcount table, one row per live object (address, type, size, refcount, GC).
// The row order is recomputed only when the snapshot, the filter or the sort specification changes.
#include "ui/refcount_table_view.h"

#include "ui/snapshot_index.h"
#include "ui/theme.h"

#include <imgui.h>

#include <algorithm>
#include <cinttypes>
#include <cstring>
#include <string_view>

namespace heapscope::ui {
namespace {

enum Column { kAddress, kType, kSize, kRefcount, kTracked, kGeneration, kLabel, kColumnCount };

bool containsInsensitive(std::string_view haystack, std::string_view needle) {
    if (needle.empty()) return true;
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                       [&](char a, char b) { return lower(a) == lower(b); }) != haystack.end();
}

} // namespace

void RefcountTableView::rebuildOrder(const Snapshot& snapshot) {
    m_order.clear();
    m_order.reserve(snapshot.objects.size());
    const std::string_view filter(m_filter);
    for (std::uint32_t i = 0; i < snapshot.objects.size(); ++i) {
        const ObjectInfo& o = snapshot.objects[i];
        if (!m_showStatic && o.isStatic) continue;
        if (!filter.empty() && !containsInsensitive(SnapshotIndex::typeName(snapshot, o.typeIndex), filter) &&
            !containsInsensitive(o.label, filter) && !containsInsensitive(formatAddress(o.address), filter))
            continue;
        m_order.push_back(i);
    }
    const auto& objects = snapshot.objects;
    auto key = [&](const ObjectInfo& a, const ObjectInfo& b) -> int {
        auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
        switch (m_sortColumn) {
        case kType:
            return std::strcmp(SnapshotIndex::typeName(snapshot, a.typeIndex), SnapshotIndex::typeName(snapshot, b.typeIndex));
        case kSize: return cmp(a.size, b.size);
        case kRefcount: return cmp(a.refcount, b.refcount);
        case kTracked: return cmp(a.gcTracked, b.gcTracked);
        case kGeneration: return cmp(a.generation, b.generation);
        case kLabel: return a.label.compare(b.label);
        default: return cmp(a.address, b.address);
        }
    };
    std::stable_sort(m_order.begin(), m_order.end(), [&](std::uint32_t x, std::uint32_t y) {
        int c = key(objects[x], objects[y]);
        if (c == 0) return objects[x].address < objects[y].address;
        return m_sortAscending ? c < 0 : c > 0;
    });
    m_orderVersion = snapshot.version;
    m_orderCount = snapshot.objects.size();
    m_lastShowStatic = m_showStatic;
    std::memcpy(m_lastFilter, m_filter, sizeof m_filter);
    m_orderValid = true;
}

void RefcountTableView::draw(const Snapshot& snapshot, Commands& commands) {
    ImGui::SetNextItemWidth(220.0f);
    ImGui::InputTextWithHint("##filter", "filter: type, label or address", m_filter, sizeof m_filter);
    ImGui::SameLine();
    ImGui::Checkbox("static objects", &m_showStatic);
    ImGui::SameLine();
    ImGui::TextDisabled("%zu of %zu objects", m_order.size(), snapshot.objects.size());

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("##refcounts", kColumnCount, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("address", ImGuiTableColumnFlags_DefaultSort, 140.0f);
    ImGui::TableSetupColumn("type", 0, 90.0f);
    ImGui::TableSetupColumn("size", ImGuiTableColumnFlags_PreferSortDescending, 60.0f);
    ImGui::TableSetupColumn("refcount", ImGuiTableColumnFlags_PreferSortDescending, 70.0f);
    ImGui::TableSetupColumn("tracked", 0, 60.0f);
    ImGui::TableSetupColumn("gen", 0, 40.0f);
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();

    bool dirty = !m_orderValid || m_orderVersion != snapshot.version || m_orderCount != snapshot.objects.size() ||
                 m_lastShowStatic != m_showStatic || std::strcmp(m_lastFilter, m_filter) != 0;
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
        if (specs->SpecsDirty && specs->SpecsCount > 0) {
            m_sortColumn = specs->Specs[0].ColumnIndex;
            m_sortAscending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
            specs->SpecsDirty = false;
            dirty = true;
        }
    }
    if (dirty) rebuildOrder(snapshot);

    const Address selected = commands.selection();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m_order.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const ObjectInfo& o = snapshot.objects[m_order[static_cast<std::size_t>(r)]];
            const char* type = SnapshotIndex::typeName(snapshot, o.typeIndex);
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(kAddress);
            ImGui::PushID(r);
            const std::string address = formatAddress(o.address);
            if (ImGui::Selectable(address.c_str(), o.address == selected, ImGuiSelectableFlags_SpanAllColumns))
                commands.select(o.address);
            ImGui::PopID();
            ImGui::TableSetColumnIndex(kType);
            ImGui::PushStyleColor(ImGuiCol_Text, typeColor(type));
            ImGui::TextUnformatted(type);
            ImGui::PopStyleColor();
            ImGui::TableSetColumnIndex(kSize);
            ImGui::Text("%" PRIu64, o.size);
            ImGui::TableSetColumnIndex(kRefcount);
            ImGui::Text("%" PRId64, o.refcount);
            ImGui::TableSetColumnIndex(kTracked);
            ImGui::TextUnformatted(o.isStatic ? "static" : (o.gcTracked ? "yes" : "no"));
            ImGui::TableSetColumnIndex(kGeneration);
            if (o.generation >= 0) ImGui::Text("%d", o.generation);
            else ImGui::TextDisabled("-");
            ImGui::TableSetColumnIndex(kLabel);
            ImGui::TextUnformatted(o.label.c_str());
        }
    }
    ImGui::EndTable();
}

} // namespace heapscope::ui
