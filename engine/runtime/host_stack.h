// Host stack guard: C++ recursion that CPython 3.11 leaves unbounded (a chain of 10^5 map()
// iterators, the finalization of a chain of suspended generators — CPython itself crashes on
// them) ends with RecursionError or a deferred deallocation before the host stack overflows.
#pragma once

#include <cstddef>
#include <vector>

namespace hs {

class Interpreter;
struct Object;

// Host stack a run may use before the guard trips: half of the 8 MiB stacks of the native and wasm
// builds (shell/CMakeLists.txt TOTAL_STACK), far beyond anything a CPython-bounded program reaches.
inline constexpr std::ptrdiff_t kHostStackBudget = std::ptrdiff_t(4) << 20;

// Marks the outermost entry into Python code (CellRunner::run); nested scopes change nothing. When
// the outermost scope ends, the deallocations deferred meanwhile run (each from a shallow stack).
class HostStackScope {
public:
    explicit HostStackScope(Interpreter& interp);
    ~HostStackScope();
    HostStackScope(const HostStackScope&) = delete;
    HostStackScope& operator=(const HostStackScope&) = delete;

private:
    Interpreter& m_interp;
    bool m_outermost = false;
};

// The outermost scope's frame address (null outside any scope).
extern thread_local const char* gHostStackBase;

// True when this call sits more than kHostStackBudget below the outermost scope's entry (false
// outside any scope). The stack grows down on every target the engine builds for (x86-64, wasm32).
inline bool hostStackExhausted() {
    return gHostStackBase != nullptr &&
           gHostStackBase - static_cast<const char*>(__builtin_frame_address(0)) > kHostStackBudget;
}

// For iterators whose next() recurses into another iterator: RecursionError ("maximum recursion
// depth exceeded") and false when the host stack is exhausted.
bool checkHostStack(Interpreter& interp);

// A dealloc reached with the host stack exhausted parks its object (refcnt 0, untracked) here; the
// outermost HostStackScope runs the dealloc again when it ends.
void deferDealloc(Interpreter& interp, Object* o);

} // namespace hs
