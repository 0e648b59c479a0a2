// PreloadScope: creating a module on first import as if CPython had loaded it at startup (the gc
// state the program observes is left as it was).
#pragma once

#include "gc/gc_state.h"
#include "runtime/free_lists.h"
#include "runtime/interpreter.h"

#include <vector>

namespace hs {

// Modules CPython has loaded before any user code (weakref, _weakrefset, _weakref, atexit), their
// objects long promoted to the oldest generation, are created here on first import instead (so
// programs that never import them see exactly the heap they would see without them), inside this
// scope, which makes them look preloaded: no automatic collection runs during the load, the
// objects it leaves tracked join generation 2, and generation 0's list and count are restored.
class PreloadScope {
public:
    explicit PreloadScope(Interpreter& interp) : m_interp(interp), m_gc(interp.gc()), m_outer(s_depth++ == 0) {
        if (!m_outer) return;
        m_wasEnabled = m_gc.enabled;
        m_gc.enabled = false;
        m_count0 = m_gc.generations[0].count;
        gclist::init(&m_saved);
        gclist::merge(&m_gc.generations[0].head, &m_saved);
        FreeLists& free = m_interp.freeLists();
        for (std::size_t n = 0; n < FreeLists::kTupleMaxSaveSize; ++n) m_tupleFree[n] = free.tuples[n].size();
        m_listFree = free.lists.size();
        m_dictFree = free.dicts.size();
        m_dictKeysFree = free.dictKeys.size();
    }
    ~PreloadScope() {
        --s_depth;
        if (!m_outer) return;
        trimFreeLists();
        gclist::merge(&m_gc.generations[0].head, &m_gc.generations[2].head);
        gclist::merge(&m_saved, &m_gc.generations[0].head);
        m_gc.generations[0].count = m_count0;
        m_gc.enabled = m_wasEnabled;
    }
    PreloadScope(const PreloadScope&) = delete;
    PreloadScope& operator=(const PreloadScope&) = delete;

private:
    // CPython's startup left its free lists as the program finds them: objects the load parked
    // there (most recently parked first) are freed for good, so the program's first tuple, list or
    // dict allocations miss the free list (and count in gen 0) as they do in CPython.
    void trimFreeLists() {
        FreeLists& free = m_interp.freeLists();
        auto trim = [this](std::vector<Object*>& list, std::size_t keep) {
            while (list.size() > keep) {
                Object* o = list.back();
                list.pop_back();
                m_interp.releaseRetained(o);
            }
        };
        for (std::size_t n = 0; n < FreeLists::kTupleMaxSaveSize; ++n) trim(free.tuples[n], m_tupleFree[n]);
        trim(free.lists, m_listFree);
        trim(free.dicts, m_dictFree);
        while (free.dictKeys.size() > m_dictKeysFree) {
            const Addr a = free.dictKeys.back();
            free.dictKeys.pop_back();
            m_interp.freeBuffer(a);
        }
    }

    static inline int s_depth = 0;
    Interpreter& m_interp;
    std::size_t m_tupleFree[FreeLists::kTupleMaxSaveSize] = {};
    std::size_t m_listFree = 0;
    std::size_t m_dictFree = 0;
    std::size_t m_dictKeysFree = 0;
    GcState& m_gc;
    bool m_outer;
    bool m_wasEnabled = true;
    std::int64_t m_count0 = 0;
    GcHead m_saved;
};

} // namespace hs
