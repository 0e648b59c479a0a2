// The heap audit: recomputes every live heap object's refcount from the references held by live
// objects and by the interpreter's roots, and reports each mismatch.
#pragma once

#include <string>
#include <vector>

namespace hs {

class Interpreter;

// One line per mismatch: "<type> at 0x...: refcount 3, but 2 references found". Empty = consistent.
std::vector<std::string> auditHeap(const Interpreter& interp);

} // namespace hs
