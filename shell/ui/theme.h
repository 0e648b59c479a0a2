// Heapscope shell: colours and ImGui style shared by all views (dark theme, per-type palette).
// Type colours follow the layout sketch: list blue, dict orange, int green, str purple, instance teal.
#pragma once

#include <imgui.h>

#include <string_view>

namespace heapscope::ui {

void applyTheme();

ImU32 typeColor(std::string_view typeName);
ImU32 virginColor();
ImU32 freeColor();
ImU32 unreachableColor();
ImU32 dimColor(ImU32 color, float factor); // darker, same hue (buffers, retained blocks)

struct LegendEntry {
    const char* name;
    ImU32 color;
};
// The entries the memory map legend shows, in order.
const LegendEntry* typeLegend(int& count);

} // namespace heapscope::ui
