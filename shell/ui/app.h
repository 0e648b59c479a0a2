// Heapscope shell: the application: owns the Session, applies queued commands between frames,
// re-snapshots when the session's version changes, and lays out the views in fixed window areas.
#pragma once

#include "heapscope/session.h"
#include "heapscope/snapshot.h"
#include "ui/commands.h"
#include "ui/generations_view.h"
#include "ui/heap_tree_view.h"
#include "ui/memory_map_view.h"
#include "ui/notebook_view.h"
#include "ui/refcount_table_view.h"
#include "ui/sandbox_panel.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace heapscope::ui {

class App {
public:
    explicit App(SessionOptions options = {});
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Builds one ImGui frame: call between ImGui::NewFrame() and ImGui::Render().
    // Applies the commands queued during the previous frame first.
    void frame();

    // Applies queued commands and refreshes the snapshot if the session changed (frame() does this).
    void update();

    // The current session: replaced by Reset (sessionGeneration() counts the replacements).
    Session& session() { return *m_session; }
    std::uint64_t sessionGeneration() const { return m_sessionGeneration; }
    const Snapshot& snapshot() const { return m_snapshot; }
    Commands& commands() { return m_commands; }
    const GenerationsView& generationsView() const { return m_generations; }
    std::uint64_t frameCount() const { return m_frames; }
    double lastFrameMs() const { return m_lastFrameMs; }
    std::uint64_t snapshotsTaken() const { return m_snapshotsTaken; }

    // --- The notebook: its cells as one cell file (GUIDE §2) and the run of its cells ---
    std::string cellsText() const { return m_notebook.cellFile(); }
    void setCellsText(std::string_view text) { m_notebook.setCellFile(text); }
    std::uint64_t cellsRevision() const { return m_notebook.revision(); }
    NotebookView& notebook() { return m_notebook; }
    const NotebookRunState& runState() const { return m_run; }
    bool running() const { return m_run.phase != NotebookRunState::Phase::Idle; }
    // Runs that ended (finished, stopped or failed) since the App started.
    std::uint64_t runsEnded() const { return m_runsEnded; }
    // Instructions a run executes per frame before the frame is drawn (then it goes on next frame).
    void setRunBudget(std::uint64_t instructions) { m_runBudget = instructions ? instructions : 1; }
    // Where SaveCellsCommand writes the cell file; returns "" on success or an error message.
    void setSaveHandler(std::function<std::string(const std::string&)> handler);

private:
    void applyPending();
    void newSession();
    void startRun(const std::vector<CellSource>& cells, int firstCellNumber, NotebookRunState::Phase phase);
    // The notebook cell id of engine cell `number` ("<cell N>"), 0 when the run has no such cell.
    std::uint64_t runCellId(int number) const;
    void advanceRun();
    void endRun(const std::string& message);
    void stopRun();
    void saveCells();
    void trackLocation();
    void onOutput(std::string_view text);
    void refreshSnapshot();
    void drawToolbar(float x, float y, float w, float h);
    void drawLeft(float x, float y, float w, float h);
    void drawMain(float x, float y, float w, float h);
    void drawRight(float x, float y, float w, float h);
    void drawBottom(float x, float y, float w, float h);

    SessionOptions m_options;
    std::unique_ptr<Session> m_session;
    std::uint64_t m_sessionGeneration = 0;
    Snapshot m_snapshot;
    bool m_haveSnapshot = false;
    Commands m_commands;
    SandboxPanel m_sandbox;
    HeapTreeView m_heapTree;
    GenerationsView m_generations;
    MemoryMapView m_memoryMap;
    RefcountTableView m_refcountTable;
    NotebookView m_notebook;
    NotebookRunState m_run;
    std::vector<std::uint64_t> m_runCellIds; // engine cell number - m_firstCellNumber -> notebook cell id
    int m_firstCellNumber = 1;               // engine number of the run's first cell
    int m_outputCell = 0;                    // engine cell number whose output is being written
    std::uint64_t m_runBudget = 200000;
    std::uint64_t m_runsEnded = 0;
    std::function<std::string(const std::string&)> m_saveHandler;
    std::uint64_t m_frames = 0;
    std::uint64_t m_snapshotsTaken = 0;
    double m_lastFrameMs = 0.0;
    bool m_showDemo = false;
};

} // namespace heapscope::ui
