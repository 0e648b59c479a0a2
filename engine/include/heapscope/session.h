// Heapscope public API: a Session owns one simulated CPython 3.11 interpreter and its heap.
// Hosts (CLI, desktop app, web bindings, tests) drive it only through this class and read Snapshots.
#pragma once

#include "heapscope/snapshot.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace hs { class Interpreter; class CellRunner; }

namespace heapscope {


struct SessionOptions {
    std::uint64_t heapLimit = 0; // bytes of simulated memory (arenas + large blocks); 0 = unlimited
    bool gcStress = false;       // collect generation 0 on every GC allocation (tests)
};

// How a run slice ended: every cell finished, the instruction budget ran out (call run again),
// or the engine itself failed (not a Python exception: those are printed and the run goes on).
enum class RunStatus { Done, BudgetSpent, Error };

// Where execution stands: the cell (1-based, 0 = none) and the line within it of the next
// instruction of the innermost frame.
struct Location {
    int cell = 0;
    int line = 0;
};

// Result of a command: ok, or a Python-style error line such as "TypeError: ...".
struct CommandResult {
    bool ok = true;
    Address address = 0; // the object a command created or touched, when there is one
    std::string error;
};

class Session {
public:
    explicit Session(SessionOptions options = {});
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // --- Object sandbox (the explorer panel; also the unit tests' way in before Python runs) ---
    // Kinds: int, float, str, bytes, tuple, list, dict, set, frozenset, range, object.
    // `value` seeds the object: the int's value, the str's text, a container's length of small ints.
    CommandResult create(std::string_view kind, std::string_view rootName, std::string_view value = {});
    // Binds rootName to the live object at `target` (drops what the name held before).
    CommandResult bind(std::string_view rootName, Address target);
    // Drops the root; objects whose count reaches zero are freed at once.
    CommandResult unbind(std::string_view rootName);
    // list.append / set.add / dict[len(d)] = item / a 1-tuple wrapping... depending on the container.
    CommandResult append(Address container, Address item);
    // Empties a list, dict or set (container.clear()).
    CommandResult clear(Address container);

    // --- The cyclic collector, straight through or phase by phase ---
    // gc.collect(generation) with its gc.callbacks: returns collected + uncollectable in `value`.
    // Finishes a stepped collection first; fails for a generation outside 0..2 ("ValueError:
    // invalid generation").
    CommandResult collect(int generation, std::int64_t* value = nullptr);
    // Begins a gc.collect(generation) that stepCollection() advances; nothing runs until the
    // first step. Fails when a collection is already running or the generation is not 0..2.
    // While it is paused, every command that changes the heap or runs Python (run, stepLine,
    // stepInstruction, loadCells, create, bind, unbind, append, clear, collect) first finishes it,
    // exactly as if it had run straight through: Python never observes a half-done collection.
    CommandResult beginCollection(int generation);
    // Runs the next phase of the stepped collection, or the next slice of at most `budget`
    // objects of a long phase (update_refs, subtract_refs, move_unreachable, untrack_tuples,
    // finalize_garbage, delete_garbage). Returns true while the collection has steps left.
    bool stepCollection(std::int64_t budget = kCollectionSlice);
    // Runs the stepped collection to its end; its return value (collected + uncollectable) goes
    // to `value`. Fails when no stepped collection is running.
    CommandResult finishCollection(std::int64_t* value = nullptr);
    // True while a stepped collection is paused between steps.
    bool collecting() const;
    // Objects per slice of a long phase when stepping: small heaps finish each phase in one step.
    static constexpr std::int64_t kCollectionSlice = 4096;

    // --- Observation ---
    Snapshot snapshot() const;
    std::uint64_t version() const; // cheap; equals snapshot().version
    // Reads `size` (1, 2, 4 or 8) bytes of simulated memory, little-endian, as ctypes would.
    // Fails with an error for unmapped addresses.
    CommandResult readMemory(Address address, unsigned size, std::uint64_t& value) const;
    // Heap audit: recomputes every live object's refcount from the references among live objects
    // and the roots, and returns one line per mismatch (empty when the heap is consistent).
    std::vector<std::string> audit() const;

    // --- Running Python cells (the cell file format of GUIDE.md §2) ---
    // Loads a cell file: splits it into cells and prepares them (all parsing happens now). The
    // shared __main__ namespace persists across loads. Cells are numbered from `firstCellNumber`
    // (tracebacks say "<cell N>"), so a notebook re-running one cell keeps that cell's number.
    void loadCells(std::string_view fileText, int firstCellNumber = 1);
    // Executes up to `budget` instructions (cells continue where the last slice stopped).
    RunStatus run(std::uint64_t budget = UINT64_MAX);
    RunStatus stepInstruction();
    RunStatus stepLine();
    // Runs the current (or next) cell to its end: BudgetSpent while cells remain, Done after the last.
    RunStatus runCell();
    // Ends the current run at the next instruction boundary; the remaining cells are skipped.
    void stop();
    bool finished() const;
    // The end of the program as the reference runner has it (cpython_cells.py's main() returns,
    // then Py_FinalizeEx starts): the namespace is released (objects it alone kept die now), the
    // atexit callbacks run newest first (weakref.finalize of objects still alive), and the
    // collector runs once when enabled (cycles holding the namespace: __del__, weakref callbacks).
    // Output joins the transcript. Call once after run() returned Done (heapscope-cli does); no
    // cell can run afterwards.
    void exitProgram();
    Location currentLocation() const;
    // The transcript so far (also in Snapshot::output), and a callback receiving each write.
    const std::string& output() const;
    void setOutputCallback(std::function<void(std::string_view)> callback);
    // What the program wrote to the C-level stderr and sys.__stderr__ (sys._debugmallocstats(),
    // excepthook with sys.stderr None, ...): never part of the transcript; and a callback
    // receiving each write.
    const std::string& hostStderr() const;
    void setHostStderrCallback(std::function<void(std::string_view)> callback);
    // Heap audit after every statement (line step) during run(); mismatches collect in auditLog().
    void setAuditEachStatement(bool enabled);
    const std::vector<std::string>& auditLog() const;
    // Instructions executed so far.
    std::uint64_t instructionCount() const;

    // The engine behind the session, for engine-internal tests only.
    hs::Interpreter& interpreter() { return *m_interp; }

private:
    void ensureRunner();
    void finishPausedCollection();

    std::unique_ptr<hs::Interpreter> m_interp;
    std::unique_ptr<hs::CellRunner> m_runner;
    bool m_auditEachStatement = false;
    std::vector<std::string> m_auditLog;
};

} // namespace heapscope
