// The steps of gc_collect_main (Modules/gcmodule.c, 3.11), one function per phase: update_refs,
// subtract_refs, move_unreachable, untrack_tuples, promotion, legacy finalizers, handle_weakrefs,
// finalize_garbage, handle_resurrected_objects, delete_garbage, the end of the collection,
// and the fused passes an unobserved collection runs instead of the first five phases.
// Invariants (as in gcmodule.c): COLLECTING is set exactly on objects of the set being examined;
// while a list is in "refs mode" its members' prev words hold gc_refs and the list is singly linked;
// NEXT_MASK_UNREACHABLE marks members of `unreachable` from move_unreachable to
// move_legacy_finalizers. Only these phases touch the lists; gc/ calls only traverse/clear/finalize.
#include "gc/collector.h"

#include "objects/async_generator_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/instance_traverse.h"
#include "objects/list_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace hs {

namespace {

constexpr std::uintptr_t kCollecting = GcHead::kCollecting;
constexpr std::uintptr_t kUnreachableBit = GcHead::kNextUnreachable;

// _PyObject_IS_GC, inlined for the traversal callbacks: a GC type, and for type objects a heap type.
inline bool isGc(const Object* o) {
    const TypeObject* t = o->type;
    if (!(t->flags & tpflags::kHaveGc)) return false;
    if (t->flags & tpflags::kTypeSubclass) return static_cast<const TypeObject*>(o)->isHeapType();
    return true;
}

// Starts loading the heads of a list walk ahead of it (GC head, ob_refcnt and ob_type share the
// first 32 bytes): the next one, and the one about kAheadSteps further on if the list keeps the
// stride from `current` to `next` (objects allocated one after another usually sit at a constant
// distance; when they do not, the hint is a wasted load of any address — prefetches never fault).
inline void prefetchHeads(const GcHead* current, std::uintptr_t next) {
#if defined(__GNUC__) || defined(__clang__)
    // A memory load takes as long as processing about a dozen heads: 16 measured best of 6..32
    // (10^6 lists: 38 ms at 6, 28-32 ms at 16-32).
    constexpr std::intptr_t kAheadSteps = 16;
    const std::uintptr_t n = next & ~kUnreachableBit;
    const std::intptr_t stride = static_cast<std::intptr_t>(n - reinterpret_cast<std::uintptr_t>(current));
    __builtin_prefetch(reinterpret_cast<const void*>(n));
    __builtin_prefetch(reinterpret_cast<const void*>(n + static_cast<std::uintptr_t>(stride * kAheadSteps)));
#else
    (void)current;
    (void)next;
#endif
}

// Starts loading the GC head and ob_type of a referent a visitor will read (NULL: a harmless hint
// at a small address, prefetches never fault).
inline void prefetchReferent(const Object* o) {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(reinterpret_cast<const char*>(o) - sizeof(GcHead));
#else
    (void)o;
#endif
}

// Visits the non-NULL items[n-1] .. items[0] (list_traverse/tupletraverse order). Through long
// arrays the referent kItemsAhead places further on is prefetched: the visitors read its GC head
// and ob_type, one more load that would otherwise wait for memory per item once the referents
// no longer fit in the caches.
template <int (*Visit)(Object*, void*)>
[[gnu::always_inline]] inline void visitItemsBackward(Object* const* items, std::int64_t n, void* arg) {
    constexpr std::int64_t kItemsAhead = 8;
    std::int64_t i = n;
    for (; i > kItemsAhead; --i) {
        prefetchReferent(items[i - 1 - kItemsAhead]);
        if (Object* item = items[i - 1]) Visit(item, arg);
    }
    while (--i >= 0)
        if (Object* item = items[i]) Visit(item, arg);
}

inline bool isCollecting(const GcHead* g) { return g->prev & kCollecting; }
inline void clearCollecting(GcHead* g) { g->prev &= ~kCollecting; }
// gc_reset_refs: keeps FINALIZED, sets COLLECTING.
inline void resetRefs(GcHead* g, std::int64_t refs) {
    g->prev = (g->prev & GcHead::kFinalized) | kCollecting | (static_cast<std::uintptr_t>(refs) << GcHead::kPrevShift);
}

inline void traverse(Object* op, VisitProc visit, void* arg) {
    if (auto t = op->type->traverse) t(op, visit, arg);
}

// Visits of the items of long lists and tuples that a fused pass postpones so that each is made
// shortly before the walk over young reaches the item: a list built by a comprehension precedes
// its items in young, and visiting them all when the walk is at the list means one more pass over
// their memory, twice the traffic once they no longer fit in the caches. Only for visits whose
// order cannot matter: every visit of subtract_refs, and in move_unreachable those made while the
// unreachable list is empty (they can only mark an object ahead of the walk reachable; the walk
// makes every pending visit before it moves an object to unreachable, or before it ends). Items
// are visited first to last, from kLead ahead of the walk on, one per object walked (step).
template <int (*Visit)(Object*, void*)>
class DeferredVisits {
public:
    // blocker: a list whose emptiness is required to defer (move_unreachable's unreachable), or null.
    DeferredVisits(void* arg, const GcHead* blocker) : m_arg(arg), m_blocker(blocker) {}
    bool pending() const { return m_next != m_end; }
    bool mayDefer() const { return m_blocker == nullptr || m_blocker->prev == reinterpret_cast<std::uintptr_t>(m_blocker); }
    // Arrays shorter than this are visited at once: their referents stay cached (256 KiB of
    // 64-byte objects) until the walk reaches them.
    static constexpr std::int64_t kMinItems = 4096;
    [[gnu::noinline]] void add(Object* const* items, std::int64_t n) {
        m_queue.push_back({items, items + n});
        if (!pending()) nextSpan();
        for (std::int64_t i = 0; i < kLead && pending(); ++i) step();
    }
    // One pending visit (pending() must be true); returns pending().
    [[gnu::always_inline]] bool step() {
        if (m_end - m_next > kPrefetchAhead) prefetchReferent(m_next[kPrefetchAhead]);
        if (Object* item = *m_next) Visit(item, m_arg);
        if (++m_next == m_end) nextSpan();
        return pending();
    }
    void flush() {
        while (pending()) step();
    }

private:
    static constexpr std::int64_t kLead = 256; // 16 KiB of referents: still cached when the walk reaches them
    static constexpr std::ptrdiff_t kPrefetchAhead = 16; // a memory load takes about this many visits
    struct Span {
        Object* const* begin;
        Object* const* end;
    };
    // The current span is done: the next queued one becomes current (none: pending() is false).
    [[gnu::noinline]] void nextSpan() {
        while (m_next == m_end && m_front < m_queue.size()) {
            const Span s = m_queue[m_front++];
            m_next = s.begin;
            m_end = s.end;
        }
        if (m_front == m_queue.size()) {
            m_queue.clear();
            m_front = 0;
        }
    }
    void* m_arg;
    const GcHead* m_blocker;
    Object* const* m_next = nullptr; // current span: items m_next .. m_end are pending
    Object* const* m_end = nullptr;
    std::vector<Span> m_queue; // spans after the current one, from m_front on
    std::size_t m_front = 0;
};

// The items' visits of a list or tuple: now, or by deferLong (when MayDefer) for long arrays.
// True when they were deferred.
template <int (*Visit)(Object*, void*), bool MayDefer>
[[gnu::always_inline]] inline bool visitItems(Object* const* items, std::int64_t n, void* arg, DeferredVisits<Visit>* deferLong) {
    if constexpr (MayDefer) {
        if (n >= DeferredVisits<Visit>::kMinItems && deferLong->mayDefer()) [[unlikely]] {
            deferLong->add(items, n);
            return true;
        }
    }
    visitItemsBackward<Visit>(items, n, arg);
    return false;
}

// tp_traverse with the visitor inlined for exact lists and tuples (list_traverse/tupletraverse:
// every non-NULL item, last to first; long ones handed to deferLong when MayDefer) and for
// instances of plain classes (subtype_traverse: their storage, then the class), through the slot
// for every other type. For visitors that always return 0 (all of the collector's). True when
// visits were handed to deferLong.
template <int (*Visit)(Object*, void*), bool MayDefer = false>
[[gnu::always_inline]] inline bool traverseInline(const BuiltinTypes& types, Object* op, void* arg, DeferredVisits<Visit>* deferLong = nullptr) {
    const TypeObject* t = op->type;
    if (t == types.list) return visitItems<Visit, MayDefer>(listItems(op), listSize(op), arg, deferLong);
    if (t == types.tuple) return visitItems<Visit, MayDefer>(tupleItems(op), tupleSize(op), arg, deferLong);
    if (auto traverseSlot = t->traverse) {
        if (traverseSlot == instanceTraverseGc) instanceTraverseGcInline<Visit>(op, arg);
        else traverseSlot(op, Visit, arg);
    }
    return false;
}

// move_unreachable's step for an object with no outside references left: gc leaves young (prev is
// the object before it there) for the tail of unreachable, flagged NEXT_MASK_UNREACHABLE.
[[gnu::always_inline]] inline void moveToUnreachable(GcHead* prev, GcHead* gc, GcHead* unreachable) {
    prev->next = gc->next;
    GcHead* last = reinterpret_cast<GcHead*>(unreachable->prev);
    last->next = kUnreachableBit | reinterpret_cast<std::uintptr_t>(gc);
    gc->setPrev(last);
    gc->next = kUnreachableBit | reinterpret_cast<std::uintptr_t>(unreachable);
    unreachable->prev = reinterpret_cast<std::uintptr_t>(gc);
}

[[gnu::always_inline]] inline int visitDecref(Object* op, void*) {
    if (isGc(op)) {
        GcHead* g = gcHeadOf(op);
        // Only objects of the set being examined have COLLECTING. A count that would go below
        // zero means a type's refcounts and traverse disagree; it is left at zero.
        if (isCollecting(g) && g->gcRefs() > 0) g->prev -= std::uintptr_t(1) << GcHead::kPrevShift;
    }
    return 0;
}

struct ReachableArg {
    GcHead* young;
    Collector* collector;
    void (*record)(Collector*, GcHead*, std::int64_t);
};

// visit_reachable of move_unreachable. Inlined into the fused pass (GCC and clang both honour
// gnu::always_inline); the out-of-line copy serves the traverse slots.
template <bool Record>
[[gnu::always_inline]] inline int visitReachableImpl(Object* op, void* arg) {
    if (!isGc(op)) return 0;
    GcHead* gc = gcHeadOf(op);
    // Objects in other generations, and objects already scanned (to the left of the cursor),
    // have no COLLECTING flag.
    if (!isCollecting(gc)) return 0;
    auto* a = static_cast<ReachableArg*>(arg);
    if (gc->next & kUnreachableBit) {
        // Tentatively unreachable but reachable after all: unlink by hand (the unreachable list's
        // next words carry the flag) and append to young, where the scan will reach it again.
        GcHead* prev = gc->prevHead();
        GcHead* next = gc->nextHead();
        prev->next = gc->next; // copies NEXT_MASK_UNREACHABLE
        next->setPrev(prev);
        gclist::append(gc, a->young);
        gc->setGcRefs(1);
        if (Record && a->record) a->record(a->collector, gc, 1);
    } else if (gc->gcRefs() == 0) {
        // In young, not scanned yet: just mark it reachable.
        gc->setGcRefs(1);
        if (Record && a->record) a->record(a->collector, gc, 1);
    }
    return 0;
}

int visitReachable(Object* op, void* arg) { return visitReachableImpl<true>(op, arg); }
// visit_reachable for the fused pass, which records nothing.
[[gnu::always_inline]] inline int visitReachableUnrecorded(Object* op, void* arg) {
    return visitReachableImpl<false>(op, arg);
}

int visitMove(Object* op, void* arg) {
    if (isGc(op)) {
        GcHead* gc = gcHeadOf(op);
        if (isCollecting(gc)) {
            gclist::move(gc, static_cast<GcHead*>(arg));
            clearCollecting(gc);
        }
    }
    return 0;
}

// visit_decref of a fused update_refs + subtract_refs over a full collection, where young is every
// tracked object: an object not yet reached by update_refs (no COLLECTING) gets its gc_refs from
// ob_refcnt first. Every object's count is set before its first decrement, as in the two passes.
[[gnu::always_inline]] inline int visitDecrefFull(Object* op, void*) {
    if (!isGc(op)) return 0;
    GcHead* g = gcHeadOf(op);
    std::uintptr_t prev = g->prev;
    if (!(prev & kCollecting)) {
        if (!g->tracked()) return 0;
        prev = (prev & GcHead::kFinalized) | kCollecting | (static_cast<std::uintptr_t>(op->refcnt) << GcHead::kPrevShift);
    }
    if ((prev >> GcHead::kPrevShift) > 0) prev -= std::uintptr_t(1) << GcHead::kPrevShift;
    g->prev = prev;
    return 0;
}

// The test of tupleMaybeUntrack (an exact tracked tuple none of whose items may be tracked),
// without the untracking: usable while young is in refs mode.
bool tupleUntrackable(const Object* op) {
    const auto* t = static_cast<const TupleObject*>(op);
    for (std::int64_t i = 0; i < t->size; ++i) {
        const Object* elt = t->items[i];
        if (elt == nullptr) return false;
        if (isGc(elt) && (!isExactTuple(elt) || gcHeadOf(elt)->tracked())) return false;
    }
    return true;
}

} // namespace

// --- Start: gc_collect_main up to deduce_unreachable ---

void Collector::phaseStart() {
    if (m_withCallbacks) invokeCallbacks("start", 0, 0);
    if (m_gc.debug & gcdebug::kStats) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "gc: collecting generation %d...\n", m_generation);
        debugWrite(buf);
        std::snprintf(buf, sizeof buf,
                      "gc: objects in each generation: %lld %lld %lld\ngc: objects in permanent generation: %lld\n",
                      static_cast<long long>(gclist::size(m_gc.listOf(0))),
                      static_cast<long long>(gclist::size(m_gc.listOf(1))),
                      static_cast<long long>(gclist::size(m_gc.listOf(2)) + m_gc.startupObjectsIn(2)),
                      static_cast<long long>(gclist::size(m_gc.listOf(GcState::kPermanent)) +
                                             m_gc.startupObjectsIn(GcState::kPermanent)));
        debugWrite(buf);
    }
    // Update collection and allocation counters.
    if (m_generation + 1 < GcState::kGenerations) m_gc.generations[m_generation + 1].count += 1;
    for (int i = 0; i <= m_generation; ++i) m_gc.generations[i].count = 0;
    // Merge younger generations with the one being collected.
    for (int i = 0; i < m_generation; ++i) gclist::merge(m_gc.listOf(i), m_gc.listOf(m_generation));
    m_young = m_gc.listOf(m_generation);
    m_old = m_generation < GcState::kGenerations - 1 ? m_gc.listOf(m_generation + 1) : m_young;
    if (m_gc.debug & gcdebug::kStats) m_examined = gclist::size(m_young);
    if (m_observe) recordCandidates();
}

// --- deduce_unreachable: update_refs, subtract_refs, move_unreachable ---

bool Collector::phaseUpdateRefs(GcHead* base, std::int64_t& budget) {
    GcHead* gc = m_cursor;
    for (; gc != base; gc = gc->nextHead()) {
        if (budget-- <= 0) {
            m_cursor = gc;
            return false;
        }
        // gc_refs is never 0 here: a dead object is never left tracked.
        resetRefs(gc, objectOf(gc)->refcnt);
    }
    return true;
}

bool Collector::phaseSubtractRefs(GcHead* base, std::int64_t& budget) {
    GcHead* gc = m_cursor;
    for (; gc != base; gc = gc->nextHead()) {
        if (budget-- <= 0) {
            m_cursor = gc;
            return false;
        }
        traverseInline<visitDecref>(m_interp.types, objectOf(gc), nullptr);
    }
    return true;
}

bool Collector::phaseMoveUnreachable(GcHead* young, GcHead* unreachable, std::int64_t& budget) {
    // Invariant: everything left of `prev` in young is reachable from outside and scanned; the
    // other objects of the original young left of the cursor are in unreachable, flagged.
    GcHead* prev = m_movePrev;
    ReachableArg arg{young, this, nullptr};
    if (m_observe) arg.record = [](Collector* c, GcHead* g, std::int64_t refs) { c->recordRefs(g, refs); };
    GcHead* gc = reinterpret_cast<GcHead*>(prev->next);
    while (gc != young) {
        if (budget-- <= 0) {
            m_movePrev = prev;
            return false;
        }
        if (gc->gcRefs()) {
            // Reachable from outside: traverse it (which may append to young, so the next object
            // is read only afterwards), relink its prev and clear COLLECTING.
            if (m_observe) recordRefs(gc, gc->gcRefs());
            Object* op = objectOf(gc);
            traverse(op, visitReachable, &arg);
            gc->setPrev(prev);
            clearCollecting(gc);
            prev = gc;
        } else {
            // Maybe unreachable (young stays singly linked; the unreachable head's next word is
            // polluted until the end).
            moveToUnreachable(prev, gc, unreachable);
            if (m_observe) recordRefs(gc, 0);
        }
        gc = reinterpret_cast<GcHead*>(prev->next);
    }
    young->prev = reinterpret_cast<std::uintptr_t>(prev);
    unreachable->next &= ~kUnreachableBit;
    return true;
}

// --- untrack_tuples, promotion, untrack_dicts ---

bool Collector::phaseUntrackTuples(std::int64_t& budget) {
    const TypeObject* tupleType = m_interp.types.tuple;
    GcHead* gc = m_cursor;
    while (gc != m_young) {
        if (budget-- <= 0) {
            m_cursor = gc;
            return false;
        }
        GcHead* next = gc->nextHead();
        if (objectOf(gc)->type == tupleType) tupleMaybeUntrack(objectOf(gc)); // exact tuples only
        gc = next;
    }
    return true;
}

void Collector::phasePromote() {
    if (m_young != m_old) {
        if (m_generation == GcState::kGenerations - 2) m_gc.longLivedPending += gclist::size(m_young);
        gclist::merge(m_young, m_old);
    } else {
        // Dicts are untracked only by full collections (issue #14775). untrack_dicts and the
        // gc_list_size of long_lived_total in one pass: an untracked dict leaves the list.
        const TypeObject* dictType = m_interp.types.dict;
        std::int64_t remaining = 0;
        for (GcHead *gc = m_young->nextHead(), *next; gc != m_young; gc = next) {
            next = gc->nextHead();
            Object* op = objectOf(gc);
            remaining += !(op->type == dictType && dictMaybeUntrack(op)); // exact dicts only
        }
        m_gc.longLivedPending = 0;
        m_gc.longLivedTotal = remaining + m_gc.startupObjectsIn(GcState::kGenerations - 1);
    }
}

// --- move_legacy_finalizers, move_legacy_finalizer_reachable, DEBUG_COLLECTABLE ---

void Collector::phaseMoveLegacyFinalizers() {
    for (GcHead *gc = m_unreachable.nextHead(), *next; gc != &m_unreachable; gc = next) {
        gc->next &= ~kUnreachableBit;
        next = reinterpret_cast<GcHead*>(gc->next);
        if (objectOf(gc)->type->legacyDel) {
            clearCollecting(gc);
            gclist::move(gc, &m_finalizers);
        }
    }
    // Everything reachable from a legacy finalizer is uncollectable too (the list grows).
    for (GcHead* gc = m_finalizers.nextHead(); gc != &m_finalizers; gc = gc->nextHead())
        traverse(objectOf(gc), visitMove, &m_finalizers);
    if (m_gc.debug & gcdebug::kCollectable)
        for (GcHead* gc = m_unreachable.nextHead(); gc != &m_unreachable; gc = gc->nextHead())
            debugCycle("collectable", objectOf(gc));
}

// --- handle_weakrefs ---

void Collector::phaseHandleWeakrefs() {
    const GcHooks& h = m_gc.hooks;
    if (h.clearWeakref == nullptr || h.weakrefCallback == nullptr) return; // no weakrefs can exist
    std::int64_t numFreed = 0;
    gclist::init(&m_wrcbToCall);
    // Clear every weakref to an unreachable object; queue the callbacks of weakrefs that are
    // themselves reachable. No callback runs before all of them are cleared.
    // PyWeakref_Check depends on the type alone: its answer is kept for the last type asked.
    const TypeObject* lastType = nullptr;
    bool lastIsWeakref = false;
    for (GcHead *gc = m_unreachable.nextHead(), *next; gc != &m_unreachable; gc = next) {
        Object* op = objectOf(gc);
        next = gc->nextHead();
        // A weakref in the unreachable set is cleared so its callback can never run.
        if (op->type != lastType) {
            lastType = op->type;
            lastIsWeakref = h.isWeakref && h.isWeakref(op);
        }
        if (lastIsWeakref) h.clearWeakref(op);
        auto listPtr = op->type->weaklistPtr;
        if (listPtr == nullptr) continue;
        Object** wrlist = listPtr(op);
        // clearWeakref unlinks wr, so *wrlist advances.
        for (Object* wr = *wrlist; wr != nullptr; wr = *wrlist) {
            h.clearWeakref(wr);
            if (h.weakrefCallback(wr) == nullptr) continue;
            // A weakref that is trash too: its callback is never called.
            if (isCollecting(gcHeadOf(wr))) continue;
            incref(wr); // so wr can't go away before its callback ran
            gclist::move(gcHeadOf(wr), &m_wrcbToCall);
        }
    }
    // Call the callbacks we decided to honor (oldest queued first).
    if (!gclist::isEmpty(&m_wrcbToCall)) m_resurrectionPossible = true;
    while (!gclist::isEmpty(&m_wrcbToCall)) {
        GcHead* gc = m_wrcbToCall.nextHead();
        Object* wr = objectOf(gc);
        Object* callback = h.weakrefCallback(wr);
        Object* temp = nullptr;
        if (h.call) {
            temp = h.call(callback, &wr, 1);
        } else {
            temp = m_interp.none;
            incref(temp);
        }
        if (temp == nullptr) {
            if (h.writeUnraisable) h.writeUnraisable(nullptr, callback);
            else m_interp.takeError();
        } else {
            decref(temp);
        }
        decref(wr); // give up the reference taken in the first pass
        if (m_wrcbToCall.nextHead() == gc) gclist::move(gc, m_old); // still alive
        else ++numFreed;
    }
    m_m += numFreed;
}

// --- finalize_garbage (PEP 442) ---

bool Collector::phaseFinalizeGarbage(std::int64_t& budget) {
    // Unobserved, before any object moved: when no object will have its finalizer called, the
    // walk below would only move every object to `seen` and back, in order.
    if (!m_observe && gclist::isEmpty(&m_seen)) {
        bool anyFinalizer = false;
        for (GcHead* gc = m_unreachable.nextHead(); gc != &m_unreachable && !anyFinalizer; gc = gc->nextHead())
            anyFinalizer = !gc->finalized() && objectOf(gc)->type->slots.finalize != nullptr;
        if (!anyFinalizer) return true;
    }
    // finalize(op) may free op or any other object of the list, so the first object is always
    // taken and moved to `seen` before its finalizer runs.
    while (!gclist::isEmpty(&m_unreachable)) {
        if (budget-- <= 0) return false;
        GcHead* gc = m_unreachable.nextHead();
        Object* op = objectOf(gc);
        gclist::move(gc, &m_seen);
        auto finalize = op->type->slots.finalize;
        if (!gc->finalized() && finalize != nullptr) {
            gc->prev |= GcHead::kFinalized;
            m_resurrectionPossible = true;
            incref(op);
            finalize(op);
            if (m_interp.error()) m_interp.takeError(); // tp_finalize must not leave an error
            decref(op);
        }
    }
    gclist::merge(&m_seen, &m_unreachable);
    return true;
}

// --- handle_resurrected_objects ---

void Collector::beginResurrectionCheck() {
    // COLLECTING is cleared so that deduce_unreachable can run on the unreachable set alone.
    for (GcHead* gc = m_unreachable.nextHead(); gc != &m_unreachable; gc = gc->nextHead()) clearCollecting(gc);
}

void Collector::endResurrectionCheck() {
    // clear_unreachable_mask(still_unreachable). What stayed in m_unreachable was resurrected;
    // it goes to old when delete_garbage begins.
    for (GcHead* gc = m_stillUnreachable.nextHead(); gc != &m_stillUnreachable; gc = gc->nextHead())
        gc->next &= ~kUnreachableBit;
}

// --- delete_garbage ---

bool Collector::phaseDeleteGarbage(std::int64_t& budget) {
    GcHead* collectable = &m_stillUnreachable;
    while (!gclist::isEmpty(collectable)) {
        if (budget-- <= 0) return false;
        GcHead* gc = collectable->nextHead();
        Object* op = objectOf(gc);
        if (m_gc.debug & gcdebug::kSaveAll) {
            if (listAppend(garbageList(), op) < 0) m_interp.takeError();
        } else if (auto clear = op->type->clear) {
            incref(op);
            clear(op);
            if (m_interp.error()) {
                if (m_gc.hooks.writeUnraisable) m_gc.hooks.writeUnraisable("in tp_clear of", op->type);
                else m_interp.takeError();
            }
            decref(op);
        }
        if (collectable->nextHead() == gc) {
            // Still alive: move it, it may die later.
            clearCollecting(gc);
            gclist::move(gc, m_old);
        }
    }
    return true;
}

// --- The end of gc_collect_main, then the "stop" callbacks ---

void Collector::phaseFinish() {
    for (GcHead* gc = m_finalizers.nextHead(); gc != &m_finalizers; gc = gc->nextHead()) {
        ++m_n;
        if (m_gc.debug & gcdebug::kUncollectable) debugCycle("uncollectable", objectOf(gc));
    }
    if (m_gc.debug & gcdebug::kStats) {
        // The elapsed time is simulated (20 ns per object examined) so transcripts are reproducible.
        char buf[160];
        std::snprintf(buf, sizeof buf, "gc: done, %lld unreachable, %lld uncollectable, %.4fs elapsed\n",
                      static_cast<long long>(m_n + m_m), static_cast<long long>(m_n),
                      static_cast<double>(m_examined) * 2e-8);
        debugWrite(buf);
    }
    // handle_legacy_finalizers: gc.garbage gets the tp_del objects (everything with SAVEALL).
    for (GcHead* gc = m_finalizers.nextHead(); gc != &m_finalizers; gc = gc->nextHead()) {
        Object* op = objectOf(gc);
        if ((m_gc.debug & gcdebug::kSaveAll) || op->type->legacyDel) {
            if (listAppend(garbageList(), op) < 0) {
                m_interp.takeError();
                break;
            }
        }
    }
    gclist::merge(&m_finalizers, m_old);
    // The free lists are cleared only by collections of the oldest generation.
    if (m_generation == GcState::kGenerations - 1) {
        clearTupleFreeLists(m_interp);
        clearFloatFreeList(m_interp);
        clearListFreeList(m_interp);
        clearDictFreeLists(m_interp);
        clearAsyncGenFreeLists(m_interp);
    }
    if (m_interp.error()) {
        if (m_gc.hooks.writeUnraisable) m_gc.hooks.writeUnraisable("in garbage collection", nullptr);
        else m_interp.takeError();
    }
    GcGenerationStats& stats = m_gc.stats[m_generation];
    stats.collections += 1;
    stats.collected += m_m;
    stats.uncollectable += m_n;
    if (m_withCallbacks) invokeCallbacks("stop", m_m, m_n);
}

} // namespace hs

namespace hs {

// --- Fused passes: what runToEnd does when nothing observes the phases ---
// The same lists, flags, counts and untracking decisions as the phase functions, with fewer walks
// over young (each walk is a pass over the host memory of every candidate):
// - a full collection with an empty permanent generation folds update_refs into subtract_refs;
// - move_unreachable does untrack_tuples' test on each object as it becomes final in young (the
//   order untrack_tuples walks), notes the exact dicts for untrack_dicts and counts the survivors.

void Collector::runFused() {
    stepPhase(kUnlimited); // Start: callbacks, counts, younger generations merged into young
    if (!m_active) return;
    m_phase = GcPhase::SubtractRefs;
    if (m_generation == GcState::kGenerations - 1 && gclist::isEmpty(m_gc.listOf(GcState::kPermanent))) {
        fusedUpdateSubtractRefs();
    } else {
        std::int64_t budget = kUnlimited;
        m_cursor = m_young->nextHead();
        phaseUpdateRefs(m_young, budget);
        budget = kUnlimited;
        m_cursor = m_young->nextHead();
        phaseSubtractRefs(m_young, budget);
    }
    // Young collections examine few objects (unless gc was disabled), which stay cached: only full
    // collections pay for deferring the visits of long arrays.
    const bool full = m_generation == GcState::kGenerations - 1;
    const std::int64_t survivors = full ? fusedMoveUnreachable<true>() : fusedMoveUnreachable<false>();
    fusedPromote(survivors);
    ++m_interp.version;
    m_phase = GcPhase::Promote;
    m_phaseDone = true;
    while (m_active) {
        stepPhase(kUnlimited);
        if (m_phase == GcPhase::FinalizeGarbage && m_phaseDone && !m_resurrectionPossible && m_gc.debug == 0) {
            // handle_resurrected_objects when no finalizer or weakref callback ran: the unreachable
            // set is unchanged, so deduce_unreachable would find every object still unreachable
            // and leave it, in order, in final_unreachable with the flags it has now (COLLECTING
            // set, no NEXT_MASK_UNREACHABLE).
            gclist::init(&m_stillUnreachable);
            gclist::merge(&m_unreachable, &m_stillUnreachable);
            m_phase = GcPhase::ResurrectionMoveUnreachable;
        }
    }
}

void Collector::fusedUpdateSubtractRefs() {
    // Young holds every tracked object but the permanent generation's, so "tracked and GC" is
    // "in young" for a referent; COLLECTING tells whether its gc_refs were set yet.
    // The decrements commute, so long item arrays are visited in step with the walk.
    DeferredVisits<visitDecrefFull> deferred(nullptr, nullptr);
    bool deferring = false; // deferred.pending(), kept in a register
    for (GcHead* gc = m_young->nextHead(); gc != m_young; gc = gc->nextHead()) {
        prefetchHeads(gc, gc->next);
        Object* op = objectOf(gc);
        if (!isCollecting(gc)) resetRefs(gc, op->refcnt);
        deferring |= traverseInline<visitDecrefFull, true>(m_interp.types, op, nullptr, &deferred);
        if (deferring) [[unlikely]] deferring = deferred.step();
    }
    deferred.flush();
}

template <bool DeferLongArrays>
std::int64_t Collector::fusedMoveUnreachable() {
    // phaseMoveUnreachable (see its invariant) with untrack_tuples folded in: an untracked tuple
    // leaves young's singly linked chain at once (young's tail pointer follows).
    GcHead* young = m_young;
    GcHead* unreachable = &m_unreachable;
    gclist::init(unreachable);
    m_survivingDicts.clear();
    const TypeObject* tupleType = m_interp.types.tuple;
    const TypeObject* dictType = m_interp.types.dict;
    ReachableArg arg{young, this, nullptr};
    std::int64_t survivors = 0;
    // Long item arrays met while unreachable is empty are visited in step with the walk; every
    // pending visit is made before an object is found unreachable and before the walk ends.
    DeferredVisits<visitReachableUnrecorded> deferred(&arg, unreachable);
    bool deferring = false; // deferred.pending(), kept in a register
    GcHead* prev = young;
    GcHead* gc = reinterpret_cast<GcHead*>(prev->next);
    do {
        while (gc != young) {
            prefetchHeads(gc, gc->next);
            if (gc->gcRefs()) {
                Object* op = objectOf(gc);
                deferring |= traverseInline<visitReachableUnrecorded, DeferLongArrays>(m_interp.types, op, &arg, &deferred);
                const TypeObject* t = op->type;
                if (t == tupleType && tupleUntrackable(op)) {
                    // _PyObject_GC_UNTRACK while young is singly linked.
                    prev->next = gc->next;
                    if (gc->next == reinterpret_cast<std::uintptr_t>(young)) young->prev = reinterpret_cast<std::uintptr_t>(prev);
                    gc->next = 0;
                    gc->prev &= GcHead::kFinalized;
                } else {
                    gc->setPrev(prev);
                    clearCollecting(gc);
                    prev = gc;
                    ++survivors;
                    if (t == dictType) m_survivingDicts.push_back(op);
                }
            } else if (deferring) [[unlikely]] {
                deferred.flush(); // then gc is examined again: a pending visit may have marked it
                deferring = false;
                continue;
            } else {
                moveToUnreachable(prev, gc, unreachable);
            }
            if (deferring) [[unlikely]] deferring = deferred.step();
            gc = reinterpret_cast<GcHead*>(prev->next);
        }
        deferred.flush(); // marks only (unreachable is empty while visits are pending): young is unchanged
        deferring = false;
        gc = reinterpret_cast<GcHead*>(prev->next);
    } while (gc != young);
    young->prev = reinterpret_cast<std::uintptr_t>(prev);
    unreachable->next &= ~kUnreachableBit;
    return survivors;
}

void Collector::fusedPromote(std::int64_t survivors) {
    // phasePromote with the young list's size known.
    if (m_young != m_old) {
        if (m_generation == GcState::kGenerations - 2) m_gc.longLivedPending += survivors;
        gclist::merge(m_young, m_old);
    } else {
        std::int64_t remaining = survivors;
        for (Object* op : m_survivingDicts) remaining -= dictMaybeUntrack(op);
        m_gc.longLivedPending = 0;
        m_gc.longLivedTotal = remaining + m_gc.startupObjectsIn(GcState::kGenerations - 1);
    }
    m_survivingDicts.clear();
}

} // namespace hs
