// The collector's per-interpreter state (struct _gc_runtime_state of 3.11): three generations with
// thresholds and counts, the permanent generation, flags, statistics, and object tracking.
#pragma once

#include "gc/gc_list.h"
#include "memory/layout.h"

#include <cstdint>
#include <functional>
#include <string_view>

namespace hs {

// What the collector needs from the Python level, filled by the VM side (modules/gc_module.cpp's
// installGcHooks, called from initModules) and by the weakref type. Every hook may be unset: the
// collector then skips that behaviour (documented per hook) but still runs the whole algorithm.
// Finalizers are not here: the collector calls each type's slots.finalize (tp_finalize) itself.
struct GcHooks {
    // PyObject_Vectorcall(callable, args, nargs): a new reference, or nullptr with an error pending.
    // Used for gc.callbacks entries and weakref callbacks. Unset: nothing is called (as if each
    // callback returned None).
    std::function<Object*(Object* callable, Object* const* args, std::int64_t nargs)> call;
    // _PyErr_WriteUnraisableMsg(message, obj): reports the pending error on sys.stderr ("Exception
    // ignored in: <repr(obj)>" + traceback + exception line, or "Exception ignored <message>: ...")
    // and clears it. Unset: the error is cleared silently.
    std::function<void(const char* message, Object* obj)> writeUnraisable;
    // PySys_WriteStderr: the DEBUG_* lines. Unset: the text is dropped.
    std::function<void(std::string_view text)> writeStderr;

    // --- weak references (the weakref type fills these; unset = no object has weakrefs yet) ---
    // PyWeakref_Check: o is a weakref.ref / proxy / callable proxy.
    bool (*isWeakref)(const Object* o) = nullptr;
    // _PyWeakref_ClearRef: the referent becomes None and wr leaves the referent's weakref list
    // (the list head TypeObject::weaklistPtr points at is updated); the callback is kept.
    void (*clearWeakref)(Object* wr) = nullptr;
    // wr->wr_callback: borrowed, or nullptr when the weakref has none.
    Object* (*weakrefCallback)(const Object* wr) = nullptr;
};

// gc.DEBUG_* flags (3.11 values).
namespace gcdebug {
constexpr int kStats = 1;
constexpr int kCollectable = 2;
constexpr int kUncollectable = 4;
constexpr int kSaveAll = 32;
constexpr int kLeak = kCollectable | kUncollectable | kSaveAll;
} // namespace gcdebug

struct GcGeneration {
    GcHead head;               // sentinel of the generation's list
    std::int64_t threshold = 0;
    std::int64_t count = 0;
};

struct GcGenerationStats {
    std::int64_t collections = 0;
    std::int64_t collected = 0;
    std::int64_t uncollectable = 0;
};

struct GcState {
    static constexpr int kGenerations = 3;
    static constexpr int kPermanent = 3; // index used for the permanent generation

    GcGeneration generations[kGenerations];
    GcGeneration permanent;
    bool enabled = true;
    bool collecting = false;
    bool startupObjectsFrozen = false; // see startupObjects
    int debug = 0;
    std::int64_t longLivedTotal = 0;
    std::int64_t longLivedPending = 0;
    GcGenerationStats stats[kGenerations];
    // Objects CPython's startup (the interpreter, site and the reference runner) leaves alive in
    // generation 2 that the engine does not create (set once, before the first cell). They count
    // where CPython counts list sizes: long_lived_total after a full collection (the gate on
    // generation-2 collections), DEBUG_STATS' generation sizes and get_freeze_count(); they move
    // to the permanent generation with gc.freeze() and back with gc.unfreeze(). Not in get_objects().
    std::int64_t startupObjects = 0;
    std::int64_t startupObjectsIn(int generation) const {
        return generation == (startupObjectsFrozen ? kPermanent : kGenerations - 1) ? startupObjects : 0;
    }
    Addr headAddress[4] = {}; // simulated addresses of the four sentinel heads (static region)
    // gc.garbage and gc.callbacks (Python lists, strong references; created by _PyGC_Init's
    // counterpart installGcHooks, or by the collector on first need). Roots of the interpreter.
    Object* garbage = nullptr;
    Object* callbacks = nullptr;
    GcHooks hooks;

    GcState() {
        const std::int64_t thresholds[kGenerations] = {700, 10, 10};
        for (int i = 0; i < kGenerations; ++i) {
            gclist::init(&generations[i].head);
            generations[i].threshold = thresholds[i];
        }
        gclist::init(&permanent.head);
    }
    GcState(const GcState&) = delete;
    GcState& operator=(const GcState&) = delete;

    GcHead* generation0() { return &generations[0].head; }
    GcHead* listOf(int generation) { return generation == kPermanent ? &permanent.head : &generations[generation].head; }

    // _PyObject_GC_TRACK: append to the tail of generation 0.
    void track(Object* o) { gclist::append(gcHeadOf(o), generation0()); }
    // _PyObject_GC_UNTRACK: unlink; keep only the FINALIZED bit of prev.
    void untrack(Object* o) {
        GcHead* g = gcHeadOf(o);
        gclist::remove(g);
        g->prev &= GcHead::kFinalized;
    }
    static bool isTracked(const Object* o) { return gcHeadOf(o)->tracked(); }
    // Which list a tracked object is in (0, 1, 2 or kPermanent); -1 when untracked. O(list length).
    int generationOf(const Object* o) const;
};

} // namespace hs
