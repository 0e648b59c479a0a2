// Heapscope shell: the notebook panel: editable Python cells, Run / Step / Stop / Reset, each cell's
// output under it and the run's position. It owns the cells' text; the App owns the Session.
#pragma once

#include "heapscope/snapshot.h"
#include "ui/cell_file.h"
#include "ui/commands.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace heapscope::ui {

// What the App tells the notebook about the run (plain data, refreshed by the App every frame).
struct NotebookRunState {
    enum class Phase { Idle, Running, Paused };
    Phase phase = Phase::Idle;
    std::uint64_t cellId = 0;              // the cell the run stands in (0 = none)
    int line = 0;                          // its line (1-based, 0 = unknown)
    std::uint64_t instructions = 0;        // executed by this session so far
    std::map<std::uint64_t, std::string> cellOutputs; // by cell id: output of the cell's last run
    std::string message;                   // how the last run ended: "finished", "stopped", ...
    bool canSave = false;                  // a SaveCellsCommand has somewhere to go
    std::string saveMessage;               // result of the last save
};

class NotebookView {
public:
    NotebookView();

    void draw(const Snapshot& snapshot, const NotebookRunState& run, Commands& commands);

    // The cells as one cell file (GUIDE §2), and replacing them all from one.
    std::string cellFile() const;
    void setCellFile(std::string_view text);
    // Counts every change of the cells' text or order (for autosave).
    std::uint64_t revision() const { return m_revision; }

    std::size_t cellCount() const { return m_cells.size(); }
    const std::string& cellText(std::size_t index) const { return m_cells[index].text.body; }
    std::uint64_t cellId(std::size_t index) const { return m_cells[index].id; }
    void setCellText(std::size_t index, std::string text);
    void addCell(std::size_t index, std::string text = {});
    void deleteCell(std::size_t index);
    void moveCell(std::size_t index, int delta);
    std::vector<CellSource> sources() const;
    CellSource source(std::size_t index) const;
    // Runs cell `index` alone, numbered as in a run of the whole notebook (its tracebacks say
    // "<cell N>" with the N that cell has in "Run all").
    RunCellsCommand runOneCommand(std::size_t index) const;

    // Screen rectangle of a cell's editor in the last frame (tests click into it).
    struct Rect {
        float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    };
    Rect editorRect(std::size_t index) const { return index < m_cells.size() ? m_cells[index].editorRect : Rect{}; }

private:
    struct Cell {
        std::uint64_t id = 0;
        CellText text;
        Rect editorRect;
    };
    void drawToolbar(const NotebookRunState& run, Commands& commands);
    void drawCell(std::size_t index, const NotebookRunState& run, Commands& commands, int& action, std::size_t& target);

    std::vector<Cell> m_cells;
    std::uint64_t m_nextId = 1;
    std::uint64_t m_revision = 0;
};

} // namespace heapscope::ui
