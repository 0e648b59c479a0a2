// Heapscope shell: the command queue through which views ask the app to change the Session.
// Views push plain values; the App applies them in order between frames and records the results.
#pragma once

#include "heapscope/snapshot.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace heapscope::ui {

struct CreateCommand {
    std::string kind;     // int, float, str, bytes, tuple, list, dict, set, frozenset, range, object
    std::string rootName;
    std::string value;
};
struct BindCommand {
    std::string rootName;
    Address target = 0;
};
struct UnbindCommand {
    std::string rootName;
};
struct AppendCommand {
    Address container = 0;
    Address item = 0;
};
struct ClearCommand {
    Address container = 0;
};

// gc.collect(generation), straight through (finishes a stepped collection first).
struct CollectCommand {
    int generation = 2;
};
// Begins a stepped collection of `generation` (the first step is a separate StepCollectionCommand).
struct BeginCollectionCommand {
    int generation = 2;
};
// Advances the stepped collection by one phase (or one slice of a long phase).
struct StepCollectionCommand {};
// Runs the stepped collection to its end.
struct FinishCollectionCommand {};

// --- Notebook: running Python cells (the App runs them in slices of instructions between frames) ---
// One notebook cell as the run sees it: its stable id (output is filed under it) and its source.
struct CellSource {
    std::uint64_t id = 0;
    std::string text;
};
// Loads `cells` as one cell file into the session (the __main__ namespace persists) and runs them.
// Ignored while a run is active. The first runs as "<cell firstCellNumber>" (a notebook running one
// cell passes the number that cell has when the whole notebook runs).
struct RunCellsCommand {
    std::vector<CellSource> cells;
    int firstCellNumber = 1;
};
// Runs the paused run on to its end (after Step).
struct ContinueCommand {};
// One line of Python: starts a run of `cells` paused before its first line when none is active.
struct StepCommand {
    std::vector<CellSource> cells;
};
// Ends the active run at the next instruction boundary; the remaining cells are skipped.
struct StopCommand {};
// A fresh Session: heap, namespace and transcript start over; the notebook's cells are kept.
struct ResetCommand {};
// Writes the cells back to where they came from (the desktop app's FILE.py).
struct SaveCellsCommand {};

using Command = std::variant<CreateCommand, BindCommand, UnbindCommand, AppendCommand, ClearCommand, CollectCommand,
                             BeginCollectionCommand, StepCollectionCommand, FinishCollectionCommand, RunCellsCommand,
                             ContinueCommand, StepCommand, StopCommand, ResetCommand, SaveCellsCommand>;

// One line per applied command, newest last, for views to show ("create list xs -> 0x...").
struct CommandLogEntry {
    bool ok = true;
    std::string text;
};

// Shared between the App and its views. Views only push commands and read the log / selection;
// only the App takes commands out and appends to the log.
class Commands {
public:
    void push(Command command) { m_pending.push_back(std::move(command)); }
    bool hasPending() const { return !m_pending.empty(); }
    std::vector<Command> takePending() { return std::exchange(m_pending, {}); }

    void addLog(bool ok, std::string text) {
        m_log.push_back({ok, std::move(text)});
        while (m_log.size() > kMaxLog) m_log.pop_front();
    }
    const std::deque<CommandLogEntry>& log() const { return m_log; }

    // UI-only state every view may read: the object the user last clicked (0 = none).
    Address selection() const { return m_selection; }
    void select(Address address) { m_selection = address; }

private:
    static constexpr std::size_t kMaxLog = 64;
    std::vector<Command> m_pending;
    std::deque<CommandLogEntry> m_log;
    Address m_selection = 0;
};

} // namespace heapscope::ui
