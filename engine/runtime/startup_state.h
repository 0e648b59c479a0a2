// The state python3.11's reference runner (tools/cpython_cells.py) is in when its first cell starts
// and that the engine's own startup does not reach by simulation: the collector's history, measured
// in CPython (it depends on what the interpreter, site and the runner did before the first cell,
// which the engine does not run).
#pragma once

namespace hs {

class Interpreter;

// gc.get_stats()' figures at the first cell and the objects startup left in generation 2
// (GcState::startupObjects). Called once, after the runner's collection before the first cell.
void startCollectorAsCpythonFirstCell(Interpreter& interp);

} // namespace hs
