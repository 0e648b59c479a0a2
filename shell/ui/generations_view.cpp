// Heapscope shell: the collector panel: the three GC generations against their thresholds,
// the permanent generation, and the allocator's totals (arenas, pools, blocks, large bytes).
#include "ui/generations_view.h"

#include <imgui.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>

namespace heapscope::ui {

void GenerationsView::draw(const Snapshot& snapshot, Commands&) {
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
