// Host stack guard: the outermost scope's frame address is the base; depth is measured against it.
// The deferred deallocations live in a list per thread (one interpreter runs per thread).
#include "runtime/host_stack.h"

#include "objects/object.h"
#include "objects/type_object.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

thread_local std::vector<Object*> gDeferred;

const char* currentFrameAddress() { return static_cast<const char*>(__builtin_frame_address(0)); }

} // namespace

thread_local const char* gHostStackBase = nullptr;

HostStackScope::HostStackScope(Interpreter& interp) : m_interp(interp) {
    if (gHostStackBase != nullptr) return;
    gHostStackBase = currentFrameAddress();
    m_outermost = true;
}

HostStackScope::~HostStackScope() {
    if (!m_outermost) return;
    // Each deferred object is deallocated from here, a shallow stack; a dealloc may defer more.
    while (!gDeferred.empty()) {
        Object* o = gDeferred.back();
        gDeferred.pop_back();
        o->type->dealloc(o);
    }
    gHostStackBase = nullptr;
    (void)m_interp;
}

bool checkHostStack(Interpreter& interp) {
    if (!hostStackExhausted()) return true;
    raiseError(interp, vmOf(interp).exc.RecursionError, "maximum recursion depth exceeded");
    return false;
}

void deferDealloc(Interpreter&, Object* o) { gDeferred.push_back(o); }

} // namespace hs
