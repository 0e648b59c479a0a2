// Interpreter frames (_PyInterpreterFrame of 3.11) on the per-interpreter data stack, and the lazily
// materialised `frame` objects (PyFrameObject) that tracebacks, sys._getframe and f_back hand out.
#pragma once

#include "objects/type_object.h"
#include "vm/code_object.h"

#include <cstdint>
#include <vector>

namespace hs {

struct VmState;

namespace frameowner {
constexpr std::uint8_t kThread = 0;      // on the data stack, linked through `previous`
constexpr std::uint8_t kGenerator = 1;   // inside a generator object
constexpr std::uint8_t kFrameObject = 2; // copied into its frame object after the frame finished
} // namespace frameowner

// An executing (or suspended) frame. Reference ownership, as in 3.11: func, code, locals and
// frameObject are strong; globals and builtins are borrowed from func; localsplus[0..stacktop)
// are strong (null allowed for unbound locals). The header is followed directly by
// code->nlocalsplus local slots (locals, cells, frees) and code->stacksize value-stack slots.
struct Frame {
    Object* func = nullptr;
    Object* globals = nullptr;
    Object* builtins = nullptr;
    Object* locals = nullptr;
    CodeObject* code = nullptr;
    Object* frameObject = nullptr;
    Frame* previous = nullptr;
    // Set only on an __init__ frame CALL entered inline for a class call (startClassCall): the
    // instance type_call holds and the args tuple _PyObject_MakeTpCall built (strong, as those C
    // locals are). Its return or unwind ends the class call with them (endClassCall).
    Object* initSelf = nullptr;
    Object* initArgs = nullptr;
    // The last instruction started, in code->quickened (3.11's prev_instr: one unit before the first
    // while the frame has not started). A pointer, so that the eval loop records it per instruction
    // with one store and needs no register for the code's base; lastIndex() is its unit index.
    CodeUnit* prevInstr = nullptr;
    int stacktop = 0;     // live entries of localsplus (nlocalsplus + value-stack depth)
    bool isEntry = false; // first frame of a C++ eval loop: its RETURN leaves that loop
    std::uint8_t owner = frameowner::kThread;

    Object** localsplus() { return reinterpret_cast<Object**>(this + 1); }
    Object* const* localsplus() const { return reinterpret_cast<Object* const*>(this + 1); }
    Object** stackBase() { return localsplus() + code->nlocalsplus; }
    // 3.11's _PyFrame_IsIncomplete: the frame has not run its first traceable instruction yet.
    bool isIncomplete() const { return owner != frameowner::kGenerator && lastIndex() < code->firsttraceable; }
    // prevInstr as a code-unit index (-1: not started), and its setter.
    int lastIndex() const { return static_cast<int>(prevInstr - code->quickened.data()); }
    void setLastIndex(int index) { prevInstr = code->quickened.data() + index; }
    // The current line (PyFrame_GetLineNumber / f_lineno).
    int lineNumber() const;
};
static_assert(sizeof(Frame) % sizeof(Object*) == 0, "frame header must be a whole number of slots");
constexpr std::size_t kFrameHeaderWords = sizeof(Frame) / sizeof(Object*);
// FRAME_SPECIALS_SIZE of 3.11 (the simulated sizes use CPython's header, not ours).
constexpr std::int64_t kFrameSpecialsSize = 9;

inline std::size_t frameWords(const CodeObject* co) {
    return kFrameHeaderWords + static_cast<std::size_t>(co->nlocalsplus + co->stacksize);
}

// _PyFrame_InitializeSpecials: takes over the reference to `func` (a FunctionObject) and a new
// reference to `locals` (may be null); the local slots are set to null.
void initFrame(Frame* f, Object* func, Object* locals);
// _PyFrame_Clear: releases everything the frame holds. If a frame object still references the
// frame (a traceback keeps it), the data is copied into the frame object first (take_ownership).
void clearFrame(VmState& vm, Frame* f);
// Pushes a thread frame for `func` (consumes the reference to func), or nullptr with MemoryError.
Frame* pushFrame(VmState& vm, Object* func, Object* locals);
// Pops a thread frame that clearFrame has cleared.
void popFrame(VmState& vm, Frame* f);

// --- frame objects ---
// Host side of PyFrameObject. Simulated size: 48 + 8 * (nlocalsplus + stacksize + 9) bytes.
// Invariants: `frame` points at the live frame (owner kThread/kGenerator) or at `ownedData`
// (owner kFrameObject); back is strong or null (set when the frame left the thread stack).
struct FrameObject : Object {
    Frame* frame = nullptr;
    Object* back = nullptr;         // f_back once detached (strong)
    Object* trace = nullptr;        // f_trace (None unless set)
    int lineno = 0;                 // f_lineno while tracing (0 = compute from the frame)
    std::vector<Object*> ownedData; // the frame's words after take_ownership
    Frame* ownedFrame() { return reinterpret_cast<Frame*>(ownedData.data()); }
};

inline bool isFrameObject(const Object* o);
// _PyFrame_GetFrameObject: the frame object of f, created on first use (a GC allocation counted
// like CPython's). Borrowed (the frame holds it), or nullptr with MemoryError.
Object* frameObjectOf(VmState& vm, Frame* f);
// A frame object for a frame of host code the engine does not run (e.g. the reference runner's
// own): it owns a frame of `code` (borrowed; the frame holds a new reference) with every local
// unbound and no f_back, and is untracked, as _PyFrame_New_NoTrack's frame object of a running
// frame is. New reference, or nullptr with MemoryError pending.
Ref newOwnedFrameObject(VmState& vm, CodeObject* code, Object* globals);
// f_back: the previous complete frame's frame object (new reference) or null. Below a bottom
// frame while the runner's main() runs: main's frame object, and below it the tool's module frame.
Ref frameBack(VmState& vm, FrameObject* fo);
// The runner's main() frame object (borrowed), made the first time something needs it (an
// exception leaving a cell: PyTraceBack_Here there; an f_back), or null when no runner runs.
Object* runnerMainFrameObject(VmState& vm);

void initFrameType(Interpreter& interp, TypeObject& t);

// How many localsplus entries the cycle GC sees (3.11's frame->stacktop): none (-1) while the frame
// runs in an eval loop, in its own code or in a C call it made, since SET_LOCALS_FROM_FRAME sets
// stacktop to -1 ("invalid values are not visible to the cycle GC"); `stacktop` once it is
// suspended: at a yield, or below a Python function it called inline (CALL's
// _PyFrame_SetStackPointer). An __init__ frame of a class call, inline here, runs under type_call's
// C call in CPython: it hides its caller's entries. `stacktop` stays the count the frame owns.
int frameGcStacktop(const VmState& vm, const Frame* f);

// Visits every reference a live frame holds (audit and snapshots).
void visitFrameReferences(const Frame* f, VisitProc visit, void* arg);

} // namespace hs
