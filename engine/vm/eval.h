// The evaluation loop (Python/ceval.c of 3.11): executes 3.11 code units with inline caches,
// Python-to-Python calls without C++ recursion, the exception table, tracebacks, the recursion
// limit, and an instruction budget so the outermost loop can stop after any instruction.
#pragma once

#include "objects/type_object.h"

#include <cstdint>

namespace hs {

struct Frame;
struct VmState;

// How a C++ eval loop ended.
enum class EvalExit : std::uint8_t {
    Returned,  // the entry frame returned (result set)
    Yielded,   // a generator entry frame yielded (result set)
    Error,     // an exception left the entry frame (pending)
    Suspended, // outermost loop only: the instruction budget ran out (resume later)
};

// Runs `frame` (pushed and initialised, isEntry set) and every frame it calls, in one C++ loop,
// until the entry frame returns/yields/raises. throwflag: raise the pending error at the frame's
// current instruction first (generator.throw). `resumable`: this is the outermost loop of a run
// (it may stop with Suspended when vm.ticks() reaches vm.tickLimit; call again with the innermost
// frame and resumable set to continue). The result is a new reference.
Object* evalLoop(VmState& vm, Frame* frame, bool throwflag, bool resumable, EvalExit& exit);

// _PyFunction_Vectorcall: calls a Python function from C++ (a nested eval loop). Arguments are
// borrowed. New reference, or nullptr with the error pending.
Ref callPythonFunction(Object* func, Object* const* args, std::int64_t nargs, Object* kwnames);

// _PyEval_Vector(func, locals) with no arguments: runs a class body with `locals` as its namespace.
Ref callFunctionWithLocals(Object* func, Object* locals);

// _PyEvalFramePushAndInit: pushes a frame for func and binds the arguments (references to func
// and to every argument are consumed, as in 3.11). nullptr with TypeError pending on a binding
// error ("f() missing 1 required positional argument: 'x'").
Frame* pushFrameAndInit(VmState& vm, Object* func, Object* locals, Object* const* args, std::int64_t nargs, Object* kwnames);
// _PyEvalFrameClearAndPop.
void clearAndPopFrame(VmState& vm, Frame* f);

// PyEval_EvalCode(code, globals, locals): the function object CPython makes for it, a frame, a
// nested loop. New reference or nullptr. `closure` (PyEval_EvalCodeEx's, exec(closure=...)): the
// tuple of cells that function holds for the code's free variables.
Ref evalCode(Interpreter& interp, Object* code, Object* globals, Object* locals, Object* closure = nullptr);

// --- resumable top-level execution (the cell runner) ---
// Pushes the frame of `code` run as exec(code, globals, locals) (function object created as
// PyEval_EvalCode does) without running it. False with an error pending.
bool startCode(Interpreter& interp, Object* code, Object* globals, Object* locals);
// True while a started code has not finished.
bool codeRunning(const Interpreter& interp);
// Continues the started code until it ends or vm.ticks() reaches `tickLimit`. Returns Suspended,
// Returned (result released: the module's return value is None) or Error (exception pending).
EvalExit resumeCode(Interpreter& interp, std::int64_t tickLimit);
// Abandons the started code (after an error or on reset): pops every frame.
void abandonCode(Interpreter& interp);
// The innermost running frame (for stepping views) or nullptr.
Frame* currentFrame(const Interpreter& interp);

// --- helpers the builtins use ---
// locals() of a frame: the locals dict of module/class frames, or 3.11's snapshot dict stored in
// f_locals for function frames. New reference.
Ref frameLocalsDict(VmState& vm, Frame* f);
// The globals of the innermost Python frame (borrowed) or nullptr.
Object* currentGlobals(Interpreter& interp);
// Adds a traceback entry for frame f to the pending exception (PyTraceBack_Here).
void tracebackHere(VmState& vm, Frame* f);

} // namespace hs
