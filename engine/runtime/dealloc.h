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
    explicit TrashcanGuard(Object* o) : m_interp(*o->type->interp) { enter(o); }
    // Py_TRASHCAN_BEGIN(o, dealloc): active only when `dealloc` is o's type's own dealloc, so a
    // built-in's dealloc run by a subclass's subtype_dealloc (already guarded) neither counts nor
    // deposits.
    TrashcanGuard(Object* o, void (*dealloc)(Object*)) : m_interp(*o->type->interp), m_active(o->type->dealloc == dealloc) {
        if (m_active) enter(o);
    }
    // Inline: the common case is one decrement and one test; draining the chain is out of line.
    ~TrashcanGuard() {
        if (m_deposited || !m_active) return;
        --m_interp.trashDeleteNesting;
        if (m_interp.trashDeleteLater && m_interp.trashDeleteNesting <= 0) [[unlikely]] drainDeposited(m_interp);
    }
    TrashcanGuard(const TrashcanGuard&) = delete;
    TrashcanGuard& operator=(const TrashcanGuard&) = delete;
    bool deposited() const { return m_deposited; }

private:
    void enter(Object* o) {
        if (m_interp.trashDeleteNesting >= Interpreter::kTrashUnwindLevel) [[unlikely]] {
            deposit(o);
            return;
        }
        ++m_interp.trashDeleteNesting;
    }
    // Chains o on trashDeleteLater (nesting at kTrashUnwindLevel).
    void deposit(Object* o);
    // _PyTrash_thread_destroy_chain: deallocates the deposited objects (nesting back at 0).
    static void drainDeposited(Interpreter& interp);

    Interpreter& m_interp;
    bool m_deposited = false;
    bool m_active = true;
};

} // namespace hs
