// Deallocation with CPython's trashcan (Objects/object.c, Py_TRASHCAN_BEGIN/END): container
// deallocators nest at most kTrashUnwindLevel deep; deeper objects are deposited and freed later.
#pragma once

#include "objects/object.h"
#include "runtime/interpreter.h"

namespace hs {

// Use at the top of a container's dealloc, after untracking the object:
//   TrashcanGuard guard(o); if (guard.deposited()) return;
// Invariant: a deposited object has refcnt 0, is untracked, and is chained through its GC head's
// prev word; the chain is drained (LIFO) when the outermost guard ends.
class TrashcanGuard {
public:
    explicit TrashcanGuard(Object* o) : TrashcanGuard(o, true) {}
    // Py_TRASHCAN_BEGIN(o, dealloc): active only when `dealloc` is o's type's own dealloc, so a
    // built-in's dealloc run by a subclass's subtype_dealloc (already guarded) neither counts nor
    // deposits.
    TrashcanGuard(Object* o, void (*dealloc)(Object*)) : TrashcanGuard(o, o->type->dealloc == dealloc) {}
    // Inline: the common case is one decrement and one test; draining the chain is out of line.
    ~TrashcanGuard() {
        if (m_counted == nullptr) return;
        if (--m_counted->trashDeleteNesting <= 0 && m_counted->trashDeleteLater) [[unlikely]] drainDeposited(*m_counted);
    }
    TrashcanGuard(const TrashcanGuard&) = delete;
    TrashcanGuard& operator=(const TrashcanGuard&) = delete;
    bool deposited() const { return m_deposited; }

private:
    // The guard's whole state is a pointer and a flag that never escape (deposit and drain are
    // static), so an inline guard lives in registers.
    TrashcanGuard(Object* o, bool active) {
        if (!active) return;
        Interpreter& interp = *o->type->interp;
        if (interp.trashDeleteNesting >= Interpreter::kTrashUnwindLevel) [[unlikely]] {
            deposit(interp, o);
            m_deposited = true;
            return;
        }
        ++interp.trashDeleteNesting;
        m_counted = &interp;
    }
    // Chains o on trashDeleteLater (nesting at kTrashUnwindLevel).
    static void deposit(Interpreter& interp, Object* o);
    // _PyTrash_thread_destroy_chain: deallocates the deposited objects (nesting back at 0).
    static void drainDeposited(Interpreter& interp);

    Interpreter* m_counted = nullptr; // the interpreter whose nesting this guard incremented, if any
    bool m_deposited = false;
};

} // namespace hs
