// The GC-visible residue of CPython 3.11's compile(source, name, "exec"): the dicts, lists and
// tuples its parser arena, symtable and compiler allocate and free, replayed in the simulated heap.
#pragma once

namespace hs {

class Interpreter;
struct Object;

// Replays, in the simulated heap, the short-lived GC objects CPython 3.11 allocates while
// compiling the module whose (already compiled) code object is `moduleCode` — one symtable block
// and one compiler unit per code object of the tree — so that gen-0's count and the dict, list and
// tuple free lists end as CPython leaves them when exec() starts. `moduleCode` is borrowed.
// Leaves no error pending and no object alive.
void replayCompileResidue(Interpreter& interp, Object* moduleCode);

} // namespace hs
