// PreloadScope: creating a module on first import as if CPython had loaded it at startup (the gc
// state the program observes is left as it was).
#pragma once

#include "gc/gc_state.h"
#include "runtime/free_lists.h"
#include "runtime/interpreter.h"
#include "runtime/startup_state.h"

#include <optional>

#include <cstddef>

namespace hs {

// The interpreter's free lists and 3.11's one-slot slice cache, as a preloaded module's load
// finds them.
struct ObjectCaches {
    FreeLists freeLists;
    Object* slice = nullptr; // a retained slice, or null
};
// Takes the caches out of the interpreter (it continues with empty ones).
ObjectCaches setAsideCaches(Interpreter& interp);
// Releases whatever the interpreter's caches hold now, then puts `saved` back.
void restoreCaches(Interpreter& interp, ObjectCaches&& saved);
// Collects the cyclic garbage among generation 0's objects (during a PreloadScope: only what the
// load made) without a trace the program could see: generation 1 is set aside meanwhile, the
// survivors join generation 2, and no callback, DEBUG line, stat or count changes. (CPython's
// runner collects before the first cell, so startup leaves no garbage: e.g. functools.py's Python
// `partial` class, replaced by _functools.partial.) No-op while a collection runs.
void collectLoadGarbage(Interpreter& interp);

// Modules CPython has loaded before any user code (weakref, _weakrefset, _weakref, atexit), their
// objects long promoted to the oldest generation, are created here on first import instead (so
// programs that never import them see exactly the heap they would see without them), inside this
// scope, which makes them look preloaded: no automatic collection runs during the load, the
// objects it leaves tracked join generation 2, and generation 0's list and count are restored.
// The free lists and the slice cache are set aside during the load (it neither takes the entries
// the program's earlier frees parked nor leaves its own: CPython's startup left those lists as the
// program finds them), so later allocations count and reuse ids as they would have without the
// load. The load's cyclic garbage is collected (collectLoadGarbage) before it joins generation 2.
// The refcounts CPython's measurement gives the statics (small ints, singletons, core types) are
// put back too: the module's references to them are already in that measurement.
class PreloadScope {
public:
    explicit PreloadScope(Interpreter& interp) : m_interp(interp), m_gc(interp.gc()), m_outer(s_depth++ == 0) {
        if (!m_outer) return;
        interp.suspendTracing(); // CPython made these before tracemalloc.start() could run
        m_wasEnabled = m_gc.enabled;
        m_gc.enabled = false;
        m_count0 = m_gc.generations[0].count;
        m_caches = setAsideCaches(interp);
        m_staticRefcounts.emplace(interp);
        gclist::init(&m_saved);
        gclist::merge(&m_gc.generations[0].head, &m_saved);
    }
    ~PreloadScope() {
        --s_depth;
        if (!m_outer) return;
        collectLoadGarbage(m_interp);
        restoreCaches(m_interp, std::move(m_caches));
        gclist::merge(&m_gc.generations[0].head, &m_gc.generations[2].head);
        gclist::merge(&m_saved, &m_gc.generations[0].head);
        m_gc.generations[0].count = m_count0;
        m_gc.enabled = m_wasEnabled;
        m_staticRefcounts->restore();
        m_interp.resumeTracing();
    }
    PreloadScope(const PreloadScope&) = delete;
    PreloadScope& operator=(const PreloadScope&) = delete;

private:
    static inline int s_depth = 0;
    Interpreter& m_interp;
    GcState& m_gc;
    bool m_outer;
    bool m_wasEnabled = true;
    std::int64_t m_count0 = 0;
    GcHead m_saved;
    ObjectCaches m_caches; // the program's, set aside during the load
    std::optional<MeasuredStaticRefcounts> m_staticRefcounts; // at the outer scope's start
};

} // namespace hs
