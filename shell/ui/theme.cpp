// Heapscope shell: colours and ImGui style shared by all views (dark theme, per-type palette).
// Colours are stable per type name so the same object looks the same in every view.
#include "ui/theme.h"

#include <cstdint>

namespace heapscope::ui {
namespace {

constexpr ImU32 rgb(std::uint32_t hex) {
    return IM_COL32((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff, 0xff);
}

const LegendEntry kLegend[] = {
    {"list", rgb(0x4a8fd9)},     {"dict", rgb(0xd98a3d)},  {"int", rgb(0x6aa84f)},
    {"str", rgb(0x9b6ad1)},      {"tuple", rgb(0x4fb0c6)}, {"float", rgb(0xd1c15a)},
    {"set", rgb(0xd16a9b)},      {"bytes", rgb(0xa07850)}, {"instance", rgb(0x3db3a6)},
};

} // namespace

void applyTheme() {
    ImGui::StyleColorsDark();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 0.0f;
    style.FrameRounding = 3.0f;
    style.TabRounding = 3.0f;
    style.WindowBorderSize = 1.0f;
    style.WindowPadding = ImVec2(8, 6);
    style.FramePadding = ImVec2(8, 4);
    style.ItemSpacing = ImVec2(8, 5);
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.082f, 0.090f, 0.106f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(0.082f, 0.090f, 0.106f, 1.0f);
    c[ImGuiCol_PopupBg] = ImVec4(0.11f, 0.12f, 0.14f, 0.98f);
    c[ImGuiCol_Border] = ImVec4(0.20f, 0.22f, 0.26f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(0.13f, 0.15f, 0.18f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(0.16f, 0.19f, 0.24f, 1.0f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.22f, 0.30f, 0.42f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.24f, 0.40f, 0.62f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.17f, 0.22f, 0.30f, 1.0f);
    c[ImGuiCol_Tab] = ImVec4(0.13f, 0.15f, 0.18f, 1.0f);
    c[ImGuiCol_TabActive] = ImVec4(0.20f, 0.26f, 0.36f, 1.0f);
    c[ImGuiCol_TabHovered] = ImVec4(0.24f, 0.32f, 0.45f, 1.0f);
    c[ImGuiCol_PlotHistogram] = ImVec4(0.30f, 0.70f, 0.66f, 1.0f);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.12f, 0.14f, 0.17f, 1.0f);
}

ImU32 typeColor(std::string_view typeName) {
    for (const LegendEntry& entry : kLegend)
        if (typeName == entry.name) return entry.color;
    if (typeName == "frozenset") return rgb(0xb0577f);
    if (typeName == "bool" || typeName == "NoneType") return rgb(0x8a9a5b);
    if (typeName == "range") return rgb(0x7f8fa6);
    if (typeName == "function" || typeName == "code" || typeName == "frame") return rgb(0x6c7ae0);
    if (typeName == "type" || typeName == "module") return rgb(0x8c8c8c);
    // Anything else (user classes, weakrefs, ...) is drawn as an instance.
    return kLegend[8].color;
}

ImU32 virginColor() { return rgb(0x1d1f24); }
ImU32 freeColor() { return rgb(0x2c3038); }
ImU32 unreachableColor() { return rgb(0xd94a4a); }

ImU32 dimColor(ImU32 color, float factor) {
    auto channel = [&](int shift) {
        return static_cast<ImU32>(static_cast<float>((color >> shift) & 0xff) * factor) << shift;
    };
    return channel(IM_COL32_R_SHIFT) | channel(IM_COL32_G_SHIFT) | channel(IM_COL32_B_SHIFT) |
           (color & (0xffu << IM_COL32_A_SHIFT));
}

const LegendEntry* typeLegend(int& count) {
    count = static_cast<int>(sizeof kLegend / sizeof kLegend[0]);
    return kLegend;
}

} // namespace heapscope::ui
