// The cyclic garbage collector of CPython 3.11 (Modules/gcmodule.c: gc_collect_main and friends),
// written as a resumable phase machine so a collection can be observed phase by phase.
#pragma once

#include "gc/gc_state.h"
#include "memory/layout.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace hs {

class Interpreter;

// The steps of gc_collect_main, in order. Each names the work done by the stepPhase that
// reported it. The two deduce_unreachable passes (the second inside handle_resurrected_objects)
// have one phase per helper.
enum class GcPhase : std::uint8_t {
    Idle,                        // no collection begun yet
    Start,                       // "start" callbacks, DEBUG_STATS header, counts, younger generations merged
    UpdateRefs,                  // gc_refs = ob_refcnt, COLLECTING set
    SubtractRefs,                // tp_traverse(visit_decref) over young
    MoveUnreachable,             // young split into reachable young and unreachable (reorders)
    UntrackTuples,               // every collection
    Promote,                     // survivors spliced onto old; full collections: untrack_dicts, long-lived
    MoveLegacyFinalizers,        // tp_del objects and what they reach -> finalizers; DEBUG_COLLECTABLE
    HandleWeakrefs,              // weakrefs to unreachable cleared, callbacks of reachable ones run
    FinalizeGarbage,             // PEP 442 tp_finalize, once per object lifetime
    ResurrectionUpdateRefs,      // handle_resurrected_objects: deduce_unreachable on unreachable
    ResurrectionSubtractRefs,
    ResurrectionMoveUnreachable, // resurrected objects stay in the resurrected set
    DeleteGarbage,               // resurrected -> old; tp_clear (or DEBUG_SAVEALL) on the rest
    Finish,                      // uncollectable, DEBUG lines, gc.garbage, free lists, stats, "stop"
};

// "update_refs", "move_unreachable", ... (the gcmodule.c helper names; "start"/"finish" at the ends).
const char* gcPhaseName(GcPhase phase);

// Which of the collection's sets a candidate (an object of young when the collection began) is in.
enum class GcSet : std::uint8_t {
    Young,       // the young list: not (yet) found unreachable; survivors keep this after promotion
    Unreachable, // unreachable / final unreachable
    Finalizers,  // reachable from a legacy tp_del finalizer: uncollectable
    Resurrected, // made reachable again by a finalizer (moved to old)
    Freed,       // deallocated during the collection
};
const char* gcSetName(GcSet set);

struct GcCandidate {
    Object* object = nullptr; // dangling once set == Freed: use only the address then
    Addr address = 0;
    // gc_refs as last computed: -1 before update_refs reached the object; 0 once tentatively
    // unreachable; > 0 for objects reachable from outside young.
    std::int64_t gcRefs = -1;
    GcSet set = GcSet::Young;
    std::string typeName; // the type's name when the collection began
};

class Collector {
public:
    static constexpr std::int64_t kUnlimited = INT64_MAX;

    explicit Collector(Interpreter& interp);
    Collector(const Collector&) = delete;
    Collector& operator=(const Collector&) = delete;

    // --- Whole collections (straight through, nothing recorded) ---
    // gc_collect_main(generation): returns collected + uncollectable. No callbacks; the caller
    // holds GcState::collecting (or knows nothing else can collect).
    std::int64_t collect(int generation);
    // gc_collect_with_callback: "start"/"stop" gc.callbacks around collect().
    std::int64_t collectWithCallback(int generation);
    // gc_collect_generations: the oldest generation whose count exceeds its threshold, with the
    // 25 % long-lived rule for generation 2; 0 when none qualifies.
    std::int64_t collectGenerations();
    // gc.collect(generation) (gc_collect_impl): 0 when a collection is already running; otherwise
    // sets `collecting` around collectWithCallback. generation must be 0..2.
    std::int64_t collectFromPython(int generation);
    // The trigger of _PyObject_GC_Link, after count0 was incremented: count0 > threshold0,
    // enabled, threshold0 != 0, not collecting, no error pending -> collectGenerations. GC stress
    // (InterpreterOptions::gcStress): every call collects (generation 0 unless an older one is due).
    void allocationTrigger();

    // --- Stepped collections (what gc.collect(generation) does, observable phase by phase) ---
    // Starts a gc.collect(generation) to be driven by stepPhase (with the callbacks; `collecting`
    // held until the end). False when a collection is already running. While it is active nothing
    // but the collection itself (the Python code it calls) may touch the heap.
    bool beginCollection(int generation, bool observe = true);
    // Runs the next phase, or the next slice of at most `budget` objects of a long phase
    // (update_refs, subtract_refs, move_unreachable, untrack_tuples, finalize_garbage,
    // delete_garbage). A no-op once finished.
    void stepPhase(std::int64_t budget = kUnlimited);
    GcPhase phase() const { return m_phase; }
    // False while the phase reported by phase() has slices left.
    bool phaseComplete() const { return m_phaseDone; }
    // True once Finish has run (and before any collection began).
    bool finished() const { return !m_active; }
    // The collection's generation, its result so far (collected m, uncollectable n), and the
    // return value once finished.
    int generation() const { return m_generation; }
    std::int64_t collectedSoFar() const { return m_m; }
    std::int64_t uncollectableSoFar() const { return m_n; }
    std::int64_t result() const { return m_n + m_m; }
    // True when the current (or last) collection recorded its candidates.
    bool observed() const { return m_observe; }
    const std::vector<GcCandidate>& candidates() const { return m_candidates; }

    // --- Engine plumbing ---
    // Interpreter::freeObject calls this for every GC object it frees during an observed
    // collection (observing()).
    void noteFreed(Object* o);
    bool observing() const { return m_active && m_observe; }
    // Simulated address of one of the collector's own list heads (CPython keeps them on the C
    // stack); false for any other head.
    bool headAddress(const GcHead* g, Addr& out) const;

private:
    void enterPhase(GcPhase phase);
    bool runSlice(std::int64_t budget); // true when the current phase is complete
    void runToEnd();
    // runToEnd of an unobserved collection: the same results with fewer passes over young
    // (collection_phases.cpp).
    void runFused();
    void startCollection(int generation, bool withCallbacks, bool observe);

    // Phases (collection_phases.cpp). Sliced ones return true when done.
    void phaseStart();
    bool phaseUpdateRefs(GcHead* base, std::int64_t& budget);
    bool phaseSubtractRefs(GcHead* base, std::int64_t& budget);
    bool phaseMoveUnreachable(GcHead* young, GcHead* unreachable, std::int64_t& budget);
    bool phaseUntrackTuples(std::int64_t& budget);
    void phasePromote();
    void phaseMoveLegacyFinalizers();
    void phaseHandleWeakrefs();
    bool phaseFinalizeGarbage(std::int64_t& budget);
    void beginResurrectionCheck();
    void endResurrectionCheck();
    bool phaseDeleteGarbage(std::int64_t& budget);
    void phaseFinish();
    // Fused passes (collection_phases.cpp), used only when nothing observes the phases.
    void fusedUpdateSubtractRefs();
    // DeferLongArrays: long lists/tuples' visits follow the walk (full collections, collection_phases.cpp).
    template <bool DeferLongArrays> std::int64_t fusedMoveUnreachable();
    void fusedPromote(std::int64_t survivors);

    void invokeCallbacks(const char* phase, std::int64_t collected, std::int64_t uncollectable);
    void debugWrite(const std::string& text);
    void debugCycle(const char* msg, Object* op);
    Object* garbageList();

    // Observation (collection_view.cpp).
    void recordCandidates();
    void refreshView();
    void recordRefs(GcHead* g, std::int64_t refs);

    Interpreter& m_interp;
    GcState& m_gc;

    // The collection in progress (gc_collect_main's locals).
    bool m_active = false;
    bool m_withCallbacks = false;
    bool m_ownsCollecting = false;
    bool m_observe = false;
    int m_generation = 0;
    GcPhase m_phase = GcPhase::Idle;
    bool m_phaseDone = true;
    std::int64_t m_m = 0; // collected
    std::int64_t m_n = 0; // uncollectable
    std::int64_t m_examined = 0; // objects in young at the start (DEBUG_STATS cost model)
    // A weakref callback or a finalizer was called since move_unreachable (code that could
    // resurrect part of the unreachable set).
    bool m_resurrectionPossible = false;
    GcHead* m_young = nullptr;
    GcHead* m_old = nullptr;
    // The lists gcmodule.c keeps in gc_collect_main's frame. m_resurrected is `unreachable` after
    // handle_resurrected_objects renamed it; m_stillUnreachable is final_unreachable.
    GcHead m_unreachable;
    GcHead m_finalizers;
    GcHead m_wrcbToCall;
    GcHead m_seen;
    GcHead m_stillUnreachable;
    // Cursors of sliced phases.
    GcHead* m_cursor = nullptr;     // update_refs / subtract_refs / untrack_tuples
    GcHead* m_movePrev = nullptr;   // move_unreachable's `prev`

    // Observation: candidates in young order at the start, indexed by object.
    // Exact dicts that survived a fused move_unreachable, in young order (untrack_dicts' input).
    std::vector<Object*> m_survivingDicts;
    std::vector<GcCandidate> m_candidates;
    std::unordered_map<const Object*, std::size_t> m_candidateIndex;
};

} // namespace hs
