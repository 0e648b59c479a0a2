// Heapscope shell: the object sandbox panel: create an object bound to a name, append, clear, unbind.
// Root choices are by index into the current Snapshot's roots and re-validated every frame.
#include "ui/sandbox_panel.h"

#include "ui/theme.h"

#include <imgui.h>

#include <cinttypes>
#include <cstdio>

namespace heapscope::ui {
namespace {

const char* const kKinds[] = {"int", "float", "str",  "bytes", "tuple", "list",
                              "dict", "set",  "frozenset", "range", "object"};
constexpr int kKindCount = static_cast<int>(sizeof kKinds / sizeof kKinds[0]);

const char* valueHint(int kind) {
    switch (kind) {
    case 0: return "value, e.g. 257";
    case 1: return "value, e.g. 1.5";
    case 2:
    case 3: return "text";
    case 9: return "length";
    case 10: return "(unused)";
    default: return "length (small ints)";
    }
}

} // namespace

bool SandboxPanel::rootCombo(const char* id, const Snapshot& snapshot, int& index) {
    if (index >= static_cast<int>(snapshot.roots.size())) index = -1;
    const char* preview = index >= 0 ? snapshot.roots[static_cast<std::size_t>(index)].name.c_str() : "(name)";
    bool changed = false;
    if (ImGui::BeginCombo(id, preview)) {
        for (int i = 0; i < static_cast<int>(snapshot.roots.size()); ++i) {
            const RootInfo& root = snapshot.roots[static_cast<std::size_t>(i)];
            const ObjectInfo* object = m_index.find(snapshot, root.object);
            char text[160];
            std::snprintf(text, sizeof text, "%s  (%s)", root.name.c_str(),
                          object ? SnapshotIndex::typeName(snapshot, object->typeIndex) : "?");
            ImGui::PushID(i);
            if (ImGui::Selectable(text, i == index)) {
                index = i;
                changed = true;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

void SandboxPanel::drawCreate(Commands& commands) {
    ImGui::TextDisabled("CREATE");
    ImGui::SetNextItemWidth(110.0f);
    ImGui::Combo("##kind", &m_kind, kKinds, kKindCount);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(90.0f);
    ImGui::InputTextWithHint("##name", "name", m_name, sizeof m_name);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-70.0f);
    ImGui::InputTextWithHint("##value", valueHint(m_kind), m_value, sizeof m_value);
    ImGui::SameLine();
    if (ImGui::Button("Create", ImVec2(-1, 0)) && m_name[0] != '\0') {
        commands.push(CreateCommand{kKinds[m_kind], m_name, m_value});
        ++m_created;
        std::snprintf(m_name, sizeof m_name, "v%d", m_created);
    }
}

void SandboxPanel::drawRoots(const Snapshot& snapshot, Commands& commands) {
    ImGui::TextDisabled("NAMES (%zu)", snapshot.roots.size());
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    const float height = ImGui::GetTextLineHeightWithSpacing() * 7.5f;
    if (!ImGui::BeginTable("##roots", 5, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("name", 0, 1.2f);
    ImGui::TableSetupColumn("type", 0, 0.9f);
    ImGui::TableSetupColumn("id", 0, 1.8f);
    ImGui::TableSetupColumn("refs", 0, 0.5f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 22.0f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(snapshot.roots.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const RootInfo& root = snapshot.roots[static_cast<std::size_t>(i)];
            const ObjectInfo* object = m_index.find(snapshot, root.object);
            ImGui::PushID(i);
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            if (ImGui::Selectable(root.name.c_str(), commands.selection() == root.object && root.object != 0,
                                  ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
                commands.select(root.object);
            ImGui::TableSetColumnIndex(1);
            const char* type = object ? SnapshotIndex::typeName(snapshot, object->typeIndex) : "?";
            ImGui::PushStyleColor(ImGuiCol_Text, typeColor(type));
            ImGui::TextUnformatted(type);
            ImGui::PopStyleColor();
            ImGui::TableSetColumnIndex(2);
            ImGui::TextUnformatted(formatAddress(root.object).c_str());
            ImGui::TableSetColumnIndex(3);
            if (object) ImGui::Text("%" PRId64, object->refcount);
            ImGui::TableSetColumnIndex(4);
            if (ImGui::SmallButton("x")) commands.push(UnbindCommand{root.name});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("del %s", root.name.c_str());
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

void SandboxPanel::drawAppend(const Snapshot& snapshot, Commands& commands) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttonW = ImGui::CalcTextSize("Append").x + style.FramePadding.x * 2.0f;
    const float arrowW = ImGui::CalcTextSize("<-").x;
    const float half = (ImGui::GetContentRegionAvail().x - buttonW - arrowW - style.ItemSpacing.x * 3.0f) * 0.5f;
    auto address = [&](int index) { return snapshot.roots[static_cast<std::size_t>(index)].object; };

    ImGui::TextDisabled("CONTAINERS");
    ImGui::SetNextItemWidth(half);
    rootCombo("##container", snapshot, m_container);
    ImGui::SameLine();
    ImGui::TextUnformatted("<-");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(half);
    rootCombo("##item", snapshot, m_item);
    ImGui::SameLine();
    ImGui::BeginDisabled(m_container < 0 || m_item < 0);
    if (ImGui::Button("Append", ImVec2(-1, 0))) commands.push(AppendCommand{address(m_container), address(m_item)});
    ImGui::EndDisabled();
    ImGui::BeginDisabled(m_container < 0);
    if (ImGui::Button("Clear container")) commands.push(ClearCommand{address(m_container)});
    ImGui::EndDisabled();

    ImGui::TextDisabled("BIND");
    ImGui::SetNextItemWidth(half);
    ImGui::InputTextWithHint("##bindname", "new name", m_bindName, sizeof m_bindName);
    ImGui::SameLine();
    ImGui::TextUnformatted("= ");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(half);
    rootCombo("##bindtarget", snapshot, m_bindTarget);
    ImGui::SameLine();
    const bool haveTarget = m_bindTarget >= 0 || commands.selection() != 0;
    ImGui::BeginDisabled(!haveTarget || m_bindName[0] == '\0');
    if (ImGui::Button("Bind", ImVec2(-1, 0)))
        commands.push(BindCommand{m_bindName, m_bindTarget >= 0 ? address(m_bindTarget) : commands.selection()});
    ImGui::EndDisabled();
}

void SandboxPanel::drawLog(const Commands& commands) {
    ImGui::TextDisabled("LOG");
    ImGui::BeginChild("##sandbox_log", ImVec2(0, 0), true);
    for (const CommandLogEntry& entry : commands.log()) {
        if (entry.ok) ImGui::TextUnformatted(entry.text.c_str());
        else ImGui::TextColored(ImVec4(0.95f, 0.45f, 0.45f, 1.0f), "%s", entry.text.c_str());
    }
    if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY()) ImGui::SetScrollHereY(1.0f);
    ImGui::EndChild();
}

void SandboxPanel::draw(const Snapshot& snapshot, Commands& commands) {
    m_index.refresh(snapshot);
    drawCreate(commands);
    ImGui::Spacing();
    drawRoots(snapshot, commands);
    ImGui::Spacing();
    drawAppend(snapshot, commands);
    ImGui::Spacing();
    drawLog(commands);
}

} // namespace heapscope::ui
