// Heapscope shell: the collector panel: the three GC generations against their thresholds,
// collect / step-a-collection controls and the stepped collection's candidates (gc_refs, set),
// the permanent generation, and the allocator's totals (arenas, pools, blocks, large bytes).
#include "ui/generations_view.h"

#include "ui/snapshot_index.h"
#include "ui/theme.h"

#include <imgui.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <string>

namespace heapscope::ui {

namespace {

// The colour of a collection set: young green, unreachable red, finalizers purple, resurrected
// blue, freed grey.
ImVec4 setColor(GcSet set) {
    switch (set) {
    case GcSet::Young: return ImVec4(0.37f, 0.72f, 0.38f, 1.0f);
    case GcSet::Unreachable: return ImGui::ColorConvertU32ToFloat4(unreachableColor());
    case GcSet::Finalizers: return ImVec4(0.65f, 0.42f, 0.85f, 1.0f);
    case GcSet::Resurrected: return ImVec4(0.29f, 0.60f, 0.85f, 1.0f);
    case GcSet::Freed: return ImVec4(0.48f, 0.48f, 0.48f, 1.0f);
    }
    return ImVec4(1, 1, 1, 1);
}

} // namespace

bool GenerationsView::button(const char* label) {
    const bool pressed = ImGui::Button(label);
    m_buttonRects[label] = {ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
    return pressed;
}

void GenerationsView::drawCollection(const Snapshot& snapshot, Commands& commands) {
    const CollectionView& c = snapshot.collection;
    ImGui::TextDisabled("COLLECTOR");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("gc.collect:");
    for (int g = 0; g < 3; ++g) {
        ImGui::SameLine();
        const std::string label = "gen " + std::to_string(g) + "##collect";
        if (button(label.c_str())) commands.push(CollectCommand{g});
    }
    if (c.active) {
        if (button("Step phase")) commands.push(StepCollectionCommand{});
        ImGui::SameLine();
        if (button("Finish")) commands.push(FinishCollectionCommand{});
    } else {
        if (button("Step phase")) {
            commands.push(BeginCollectionCommand{m_stepGeneration});
            commands.push(StepCollectionCommand{});
        }
        ImGui::SameLine();
        ImGui::SetNextItemWidth(90.0f);
        ImGui::Combo("##stepgen", &m_stepGeneration, "gen 0\0gen 1\0gen 2\0");
    }
    if (!c.present) {
        ImGui::TextDisabled("Step phase runs gc.collect(%d) one phase at a time.", m_stepGeneration);
        return;
    }
    ImGui::Text("gen %d  phase: %s%s", c.generation, c.phase.c_str(), c.phaseComplete ? "" : " (more slices)");
    ImGui::Text("collected %" PRId64 "  uncollectable %" PRId64 "%s", c.collected, c.uncollectable,
                c.active ? "" : "  (done)");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    const float height = std::min(220.0f, ImGui::GetTextLineHeightWithSpacing() * (c.objects.size() + 1.5f));
    if (!ImGui::BeginTable("##candidates", 4, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("object");
    ImGui::TableSetupColumn("type");
    ImGui::TableSetupColumn("gc_refs");
    ImGui::TableSetupColumn("set");
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(c.objects.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const CollectionObject& o = c.objects[static_cast<std::size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const std::string id = formatAddress(o.address);
            ImGui::PushID(i);
            if (ImGui::Selectable(id.c_str(), commands.selection() == o.address, ImGuiSelectableFlags_SpanAllColumns))
                commands.select(o.address);
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(o.type.c_str());
            ImGui::TableNextColumn();
            if (o.gcRefs < 0) ImGui::TextDisabled("-");
            else ImGui::Text("%" PRId64, o.gcRefs);
            ImGui::TableNextColumn();
            ImGui::TextColored(setColor(o.set), "%s", gcSetName(o.set));
        }
    }
    ImGui::EndTable();
}

void GenerationsView::draw(const Snapshot& snapshot, Commands& commands) {
    ImGui::TextDisabled("GENERATIONS");
    for (int g = 0; g < 3; ++g) {
        const GcGenerationInfo& gen = snapshot.generations[g];
        ImGui::Text("gen %d  %" PRId64 " / %" PRId64, g, gen.count, gen.threshold);
        ImGui::SameLine(ImGui::GetContentRegionAvail().x - 90.0f);
        ImGui::TextDisabled("%" PRId64 " objects", gen.size);
        const float fraction =
            gen.threshold > 0 ? std::clamp(static_cast<float>(gen.count) / static_cast<float>(gen.threshold), 0.0f, 1.0f)
                              : 0.0f;
        ImGui::ProgressBar(fraction, ImVec2(-1, 6), "");
    }
    ImGui::Text("permanent: %" PRId64 " objects", snapshot.permanentSize);
    ImGui::Text("automatic gc: %s", snapshot.gcEnabled ? "on" : "off (gc.disable())");

    ImGui::Spacing();
    ImGui::Separator();
    drawCollection(snapshot, commands);

    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextDisabled("ALLOCATOR");
    const MemoryTotals& t = snapshot.totals;
    ImGui::Text("arenas        %" PRIu64, t.arenas);
    ImGui::Text("pools in use  %" PRIu64, t.poolsInUse);
    ImGui::Text("blocks in use %" PRIu64, t.blocksInUse);
    ImGui::Text("block bytes   %" PRIu64, t.bytesInBlocks);
    ImGui::Text("large bytes   %" PRIu64, t.largeBytes);
    if (t.heapLimit != 0) {
        const double used = static_cast<double>(t.arenas) * 1048576.0 + static_cast<double>(t.largeBytes);
        ImGui::Text("heap limit    %" PRIu64, t.heapLimit);
        ImGui::ProgressBar(static_cast<float>(std::min(1.0, used / static_cast<double>(t.heapLimit))), ImVec2(-1, 6), "");
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextDisabled("OBJECTS");
    std::size_t tracked = 0, statics = 0;
    for (const ObjectInfo& o : snapshot.objects) {
        tracked += o.gcTracked ? 1 : 0;
        statics += o.isStatic ? 1 : 0;
    }
    ImGui::Text("live %zu  gc-tracked %zu  static %zu", snapshot.objects.size(), tracked, statics);
}

} // namespace heapscope::ui
