// Heapscope shell: the collector panel: the three GC generations against their thresholds, the
// collect / step-a-collection controls with the stepped collection's candidates, and the allocator's totals.
#pragma once

#include "heapscope/snapshot.h"
#include "ui/commands.h"

#include <imgui.h>

#include <map>
#include <string>

namespace heapscope::ui {

struct GenerationsView {
    void draw(const Snapshot& snapshot, Commands& commands);

    // Screen rectangle of each button drawn last frame, by label ("gen 0##collect", "Step phase",
    // "Finish", ...): lets headless tests click them through ImGui's real mouse input.
    struct Rect {
        ImVec2 min, max;
    };
    const std::map<std::string, Rect>& buttonRects() const { return m_buttonRects; }

private:
    bool button(const char* label);
    void drawCollection(const Snapshot& snapshot, Commands& commands);

    int m_stepGeneration = 2; // the generation "Step phase" starts a collection of
    std::map<std::string, Rect> m_buttonRects;
};

} // namespace heapscope::ui
