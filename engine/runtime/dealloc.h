// Deallocation with CPython's trashcan (Objects/object.c, Py_TRASHCAN_BEGIN/END): container
// deallocators nest at most kTrashUnwindLevel deep; deeper objects are deposited and freed later.
#pragma once

#include "objects/object.h"

namespace hs {

// Use at the top of a container's dealloc, after untracking the object:
//   TrashcanGuard guard(o); if (guard.deposited()) return;
// Invariant: a deposited object has refcnt 0, is untracked, and is chained through its GC head's
// prev word; the chain is drained (LIFO) when the outermost guard ends.
class TrashcanGuard {
public:
    explicit TrashcanGuard(Object* o);
    // Py_TRASHCAN_BEGIN(o, dealloc): active only when `dealloc` is o's type's own dealloc, so a
    // built-in's dealloc run by a subclass's subtype_dealloc (already guarded) neither counts nor
    // deposits.
    TrashcanGuard(Object* o, void (*dealloc)(Object*));
    ~TrashcanGuard();
    TrashcanGuard(const TrashcanGuard&) = delete;
    TrashcanGuard& operator=(const TrashcanGuard&) = delete;
    bool deposited() const { return m_deposited; }

private:
    Interpreter& m_interp;
    bool m_deposited = false;
    bool m_active = true;
};

} // namespace hs
