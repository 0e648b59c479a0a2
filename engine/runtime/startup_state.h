// The state python3.11's reference runner (tools/cpython_cells.py) is in when its first cell starts
// and that the engine's own startup does not reach by simulation: the collector's history, measured
// in CPython (it depends on what the interpreter, site and the runner did before the first cell,
// which the engine does not run).
#pragma once

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace hs {

class Interpreter;
struct Object;

// gc.get_stats()' figures at the first cell and the objects startup left in generation 2
// (GcState::startupObjects). Called once, after the runner's collection before the first cell.
void startCollectorAsCpythonFirstCell(Interpreter& interp);

// Calls fn(object, measured refcount) for each static object whose refcount objects/static_refcounts.h
// has from CPython at its first cell: the small ints, the 1-character Latin-1 strs, the interned
// static strs, None, True, False, Ellipsis, NotImplemented, the empty tuple, str and bytes, and
// the core types it lists.
void forEachMeasuredStatic(Interpreter& interp, const std::function<void(Object*, std::int64_t)>& fn);

// Calls fn(function, measured refcount) for each function of the builtins and sys modules whose
// refcount objects/startup_refcounts.h has from CPython at its first cell (heap objects there as here).
void forEachMeasuredBuiltin(Interpreter& interp, const std::function<void(Object*, std::int64_t)>& fn);

// Sets those refcounts to the measured values, once the engine's startup and the runner's setup
// are done (before the first cell): the references that setup took stand for ones CPython's
// startup holds, which the measurement already counts. A builtin function, a heap object, gets
// the references it lacks as startup references (VmState::startupReferences: interp->builtins_copy,
// startup modules' closures and default tuples), which the heap audit counts as roots.
void settleStaticRefcountsAsCpythonFirstCell(Interpreter& interp);

// The measured refcounts at one moment, put back by restore(): a PreloadScope's load (a module
// CPython has loaded at startup) leaves them as the measurement has them. A builtin function's
// new references from the load replace startup references (those stood for them).
class MeasuredStaticRefcounts {
public:
    explicit MeasuredStaticRefcounts(Interpreter& interp);
    void restore() const;

private:
    Interpreter& m_interp;
    std::vector<std::pair<Object*, std::int64_t>> m_saved;
    std::vector<std::pair<Object*, std::int64_t>> m_savedBuiltins;
};

} // namespace hs
