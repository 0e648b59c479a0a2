// Builds the plain-data Snapshot (objects, roots, collector state, memory map) from the
// interpreter. Read-only: building a snapshot never changes the simulated heap.
#pragma once

#include "heapscope/snapshot.h"

namespace hs {

class Interpreter;

heapscope::Snapshot buildSnapshot(const Interpreter& interp);

} // namespace hs
