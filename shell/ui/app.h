// Heapscope shell: the application: owns the Session, applies queued commands between frames,
// re-snapshots when the session's version changes, and lays out the views in fixed window areas.
#pragma once

#include "heapscope/session.h"
#include "heapscope/snapshot.h"
#include "ui/commands.h"
#include "ui/generations_view.h"
#include "ui/heap_tree_view.h"
#include "ui/memory_map_view.h"
#include "ui/refcount_table_view.h"
#include "ui/sandbox_panel.h"

#include <cstdint>

namespace heapscope::ui {

class App {
public:
    explicit App(SessionOptions options = {});

    // Builds one ImGui frame: call between ImGui::NewFrame() and ImGui::Render().
    // Applies the commands queued during the previous frame first.
    void frame();

    // Applies queued commands and refreshes the snapshot if the session changed (frame() does this).
    void update();

    Session& session() { return m_session; }
    const Snapshot& snapshot() const { return m_snapshot; }
    Commands& commands() { return m_commands; }
    const GenerationsView& generationsView() const { return m_generations; }
    std::uint64_t frameCount() const { return m_frames; }
    double lastFrameMs() const { return m_lastFrameMs; }
    std::uint64_t snapshotsTaken() const { return m_snapshotsTaken; }

private:
    void applyPending();
    void refreshSnapshot();
    void drawToolbar(float x, float y, float w, float h);
    void drawLeft(float x, float y, float w, float h);
    void drawMain(float x, float y, float w, float h);
    void drawRight(float x, float y, float w, float h);
    void drawBottom(float x, float y, float w, float h);

    Session m_session;
    Snapshot m_snapshot;
    bool m_haveSnapshot = false;
    Commands m_commands;
    SandboxPanel m_sandbox;
    HeapTreeView m_heapTree;
    GenerationsView m_generations;
    MemoryMapView m_memoryMap;
    RefcountTableView m_refcountTable;
    std::uint64_t m_frames = 0;
    std::uint64_t m_snapshotsTaken = 0;
    double m_lastFrameMs = 0.0;
    bool m_showDemo = false;
};

} // namespace heapscope::ui
