// deallocObject and the trashcan: deposit past 50 nested container deallocs, drain the deposited
// chain when nesting returns to zero (_PyTrash_thread_destroy_chain).
#include "runtime/dealloc.h"

#include "runtime/interpreter.h"

#include <cassert>

namespace hs {

void deallocObject(Object* o) {
    assert(o->refcnt == 0);
    assert(!(o->objFlags & Object::kStatic));
    o->type->dealloc(o);
}

void TrashcanGuard::drainDeposited(Interpreter& interp) {
    assert(interp.trashDeleteNesting == 0);
    ++interp.trashDeleteNesting;
    while (Object* op = interp.trashDeleteLater) {
        interp.trashDeleteLater = reinterpret_cast<Object*>(gcHeadOf(op)->prev);
        gcHeadOf(op)->prev = 0;
        assert(op->refcnt == 0);
        op->type->dealloc(op);
        assert(interp.trashDeleteNesting == 1);
    }
    --interp.trashDeleteNesting;
}

void TrashcanGuard::deposit(Interpreter& interp, Object* o) {
    gcHeadOf(o)->prev = reinterpret_cast<std::uintptr_t>(interp.trashDeleteLater);
    interp.trashDeleteLater = o;
}

} // namespace hs
