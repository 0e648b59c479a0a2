// The cell runner: the semantics of tools/cpython_cells.py — split a cell file, rewrite a trailing
// expression into `__import__('sys').displayhook((expr))`, run each cell as exec(code, namespace)
// in one shared __main__ namespace, print uncaught exceptions like sys.__excepthook__, drop the
// code after the cell, continue with the next — resumable after any instruction.
#pragma once

#include "objects/type_object.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hs {

class Interpreter;

// split_cells: lines starting with "# %%" separate cells; cells whose text is blank are dropped.
std::vector<std::string> splitCells(std::string_view fileText);
// echo_trailing_expression: the cell source with its last statement, when it is an expression
// statement, rewritten on its UTF-8 byte columns. Sources that do not parse are returned as is.
std::string echoTrailingExpression(const std::string& source);

// The recursion depth cell `number` (1-based) starts at: the reference runner's frames below it
// (module, main) and its exec() call. main()'s code is quickened at the 7th JUMP_BACKWARD of its
// cell loop (co_warmup from -8, +1 at its RESUME), so from cell 8 on that exec() is
// PRECALL_BUILTIN_FAST_WITH_KEYWORDS, which enters no recursion level of its own.
constexpr int runnerRecursionDepth(int number) { return number < 8 ? 3 : 2; }

// The reference runner's file name and the source the engine compiles for it: main() at
// tools/cpython_cells.py's line 57 (the tool's 10 locals, a stack of 8), its compile and exec
// lines at 74 and 75 and the module's call of main at 86, with the tool's text on those lines
// (frames' f_lineno, linecache for tracebacks). Empty for any other file name.
inline constexpr std::string_view kRunnerFilename = "cpython_cells.py";
constexpr int kRunnerCompileLine = 74;
constexpr int kRunnerExecLine = 75;
constexpr int kRunnerModuleLine = 86;
std::string_view runnerSource(std::string_view filename);

// CellRunner::run re-enters the eval loop at least this often (in instructions).
constexpr std::int64_t kReentryTicks = std::int64_t{1} << 16;

class CellRunner {
public:
    enum class Status { Done, BudgetSpent, Error };
    struct Location {
        int cell = 0; // 1-based cell number, 0 when no cell runs
        int line = 0; // line within the cell (1-based), 0 when unknown
    };

    explicit CellRunner(Interpreter& interp);
    ~CellRunner();
    CellRunner(const CellRunner&) = delete;
    CellRunner& operator=(const CellRunner&) = delete;

    // Replaces the program: splits and rewrites every cell now (all parsing happens before the first
    // cell runs, as in the reference runner) and creates the __main__ namespace on first use.
    // Cells are numbered from `firstNumber` ("<cell N>"): a notebook that re-runs its third cell
    // alone passes 3, so tracebacks name the cell the learner sees.
    void load(std::string_view fileText, int firstNumber = 1);
    // Runs until `budget` instructions have executed, every cell finished, or stop() was called.
    Status run(std::int64_t budget);
    // Runs the cell in progress (or the next one) to its end: BudgetSpent while cells remain, Done
    // after the last (the benchmark harness times cells one by one this way).
    Status runCell();
    // One instruction / until the current (cell, line) changes.
    Status stepInstruction();
    Status stepLine();
    // Ends the run at the next instruction boundary (the current cell is abandoned).
    void stop();
    bool finished() const { return m_next >= m_cells.size() && !m_running; }
    Location currentLocation() const;
    // The shared namespace (borrowed; null before load).
    Object* namespaceDict() const { return m_namespace; }
    // The reference runner's main() returning: the namespace loses the runner's reference (freed
    // now unless a cycle holds it). No cell can run afterwards.
    void releaseNamespace();
    std::size_t cellCount() const { return m_cells.size(); }

private:
    bool startNextCell();
    void finishCell(bool error);
    void ensureNamespace();

    Interpreter& m_interp;
    std::vector<std::string> m_cells; // rewritten sources
    std::size_t m_next = 0;           // index of the next cell to start
    bool m_settledStaticRefcounts = false; // the statics' refcounts set to CPython's first cell (first load only)
    bool m_startedAsCpython = false;  // the collector's history set to the runner's first cell (first load only)
    int m_firstNumber = 1;            // the number of m_cells[0]
    bool m_running = false;           // a cell's code is executing (or suspended)
    int m_runningCell = 0;            // its 1-based number
    bool m_pauseAfterCell = false;    // run() returns once a cell finishes (runCell)
    Object* m_namespace = nullptr;    // strong (also a VM root)
    Object* m_code = nullptr;         // the running cell's code object (strong, a VM root)
    // While a cell runs, main's value stack holds exec(code, namespace)'s two arguments: one more
    // reference each to m_code and m_namespace (each also a VM root entry).
    bool m_execArgsHeld = false;
    // The reference runner's `sources` list and its `enumerate(sources, 1)` loop iterator (with
    // its list iterator and reused result tuple): GC objects alive while cells run (VM roots).
    Object* m_sources = nullptr;
    Object* m_cellLoop = nullptr;
    // The runner loop's variables `number` and `source` (strong, roots): the current cell's number
    // and text stay referenced while it runs, as in `for number, source in enumerate(sources, 1)`.
    Object* m_loopNumber = nullptr;
    Object* m_loopSource = nullptr;
    void releaseCellLoop();
};

} // namespace hs
