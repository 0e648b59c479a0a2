// Heapscope UI tests: an ImGui context without a window (built font atlas, fixed display size),
// enough to run the App's frames between NewFrame and Render.
#pragma once

#include "ui/app.h"

#include <imgui.h>

struct HeadlessImGui {
    HeadlessImGui() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1440, 900);
        io.DeltaTime = 1.0f / 60.0f;
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    }
    ~HeadlessImGui() { ImGui::DestroyContext(); }
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;

    void frame(heapscope::ui::App& app) {
        ImGui::NewFrame();
        app.frame();
        ImGui::Render();
    }
    // Draws frames until the app's run ends; returns the frames it took (limit + 1 if it did not end).
    int runToEnd(heapscope::ui::App& app, int limit = 1000) {
        int frames = 0;
        do {
            frame(app);
        } while (app.running() && ++frames <= limit);
        return frames;
    }
};
