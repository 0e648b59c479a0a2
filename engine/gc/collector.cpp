// Collector entry points (gc_collect_main, gc_collect_with_callback, gc_collect_generations,
// gc_collect_impl, the _PyObject_GC_Link trigger), the phase machine, gc.callbacks and DEBUG output.
#include "gc/collector.h"

#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"

#include <cassert>
#include <cstdio>

namespace hs {

void CollectorDeleter::operator()(Collector* c) const { delete c; }

Collector::Collector(Interpreter& interp) : m_interp(interp), m_gc(interp.gc()) {
    gclist::init(&m_unreachable);
    gclist::init(&m_finalizers);
    gclist::init(&m_wrcbToCall);
    gclist::init(&m_seen);
    gclist::init(&m_stillUnreachable);
}

// --- Whole collections ---

std::int64_t Collector::collect(int generation) {
    assert(!m_active && generation >= 0 && generation < GcState::kGenerations);
    startCollection(generation, false, false);
    runToEnd();
    return result();
}

std::int64_t Collector::collectWithCallback(int generation) {
    assert(!m_active && generation >= 0 && generation < GcState::kGenerations);
    startCollection(generation, true, false);
    runToEnd();
    return result();
}

std::int64_t Collector::collectGenerations() {
    // The oldest generation whose count exceeds its threshold; generation 2 only when the objects
    // that reached it since the last full collection are at least 25 % of the long-lived ones.
    for (int i = GcState::kGenerations - 1; i >= 0; --i) {
        if (m_gc.generations[i].count > m_gc.generations[i].threshold) {
            if (i == GcState::kGenerations - 1 && m_gc.longLivedPending < m_gc.longLivedTotal / 4) continue;
            return collectWithCallback(i);
        }
    }
    return 0;
}

std::int64_t Collector::collectFromPython(int generation) {
    if (m_gc.collecting) return 0; // already collecting, don't do anything
    m_gc.collecting = true;
    const std::int64_t n = collectWithCallback(generation);
    m_gc.collecting = false;
    return n;
}

void Collector::allocationTrigger() {
    GcState& gc = m_gc;
    if (gc.collecting || !gc.enabled || m_interp.error()) return;
    if (m_interp.options().gcStress) {
        int generation = 0;
        for (int i = GcState::kGenerations - 1; i >= 1 && generation == 0; --i)
            if (gc.generations[i].count > gc.generations[i].threshold &&
                !(i == GcState::kGenerations - 1 && gc.longLivedPending < gc.longLivedTotal / 4))
                generation = i;
        gc.collecting = true;
        collectWithCallback(generation);
        gc.collecting = false;
        return;
    }
    if (gc.generations[0].count > gc.generations[0].threshold && gc.generations[0].threshold != 0) {
        gc.collecting = true;
        collectGenerations();
        gc.collecting = false;
    }
}

// --- The phase machine ---

bool Collector::beginCollection(int generation, bool observe) {
    if (m_gc.collecting || m_active || generation < 0 || generation >= GcState::kGenerations) return false;
    m_gc.collecting = true;
    startCollection(generation, true, observe);
    m_ownsCollecting = true;
    ++m_interp.version;
    return true;
}

void Collector::startCollection(int generation, bool withCallbacks, bool observe) {
    m_active = true;
    m_withCallbacks = withCallbacks;
    m_ownsCollecting = false;
    m_observe = observe;
    m_generation = generation;
    m_phase = GcPhase::Idle;
    m_phaseDone = true;
    m_m = 0;
    m_n = 0;
    m_examined = 0;
    m_resurrectionPossible = false;
    m_young = m_old = nullptr;
    m_cursor = m_movePrev = nullptr;
    gclist::init(&m_unreachable);
    gclist::init(&m_finalizers);
    gclist::init(&m_wrcbToCall);
    gclist::init(&m_seen);
    gclist::init(&m_stillUnreachable);
    m_candidates.clear();
    m_candidateIndex.clear();
}

namespace {
GcPhase nextPhase(GcPhase p) { return static_cast<GcPhase>(static_cast<int>(p) + 1); }
} // namespace

void Collector::stepPhase(std::int64_t budget) {
    if (!m_active) return;
    if (m_phaseDone) enterPhase(nextPhase(m_phase));
    if (budget < 1) budget = 1;
    m_phaseDone = runSlice(budget);
    if (m_observe) refreshView();
    ++m_interp.version;
    if (m_phaseDone && m_phase == GcPhase::Finish) {
        m_active = false;
        if (m_ownsCollecting) m_gc.collecting = false;
        m_ownsCollecting = false;
    }
}

void Collector::runToEnd() {
    if (!m_observe && m_active && m_phase == GcPhase::Idle) {
        runFused();
        return;
    }
    while (m_active) stepPhase(kUnlimited);
}

void Collector::enterPhase(GcPhase phase) {
    m_phase = phase;
    switch (phase) {
    case GcPhase::UpdateRefs:
    case GcPhase::SubtractRefs:
    case GcPhase::UntrackTuples:
        m_cursor = m_young->nextHead();
        break;
    case GcPhase::MoveUnreachable:
        gclist::init(&m_unreachable);
        m_movePrev = m_young;
        break;
    case GcPhase::FinalizeGarbage:
        gclist::init(&m_seen);
        break;
    case GcPhase::ResurrectionUpdateRefs:
        beginResurrectionCheck();
        m_cursor = m_unreachable.nextHead();
        break;
    case GcPhase::ResurrectionSubtractRefs:
        m_cursor = m_unreachable.nextHead();
        break;
    case GcPhase::ResurrectionMoveUnreachable:
        gclist::init(&m_stillUnreachable);
        m_movePrev = &m_unreachable;
        break;
    case GcPhase::DeleteGarbage:
        // handle_resurrected_objects' last step (kept apart so the resurrected set is observable),
        // then m += len(final_unreachable).
        gclist::merge(&m_unreachable, m_old);
        m_m += gclist::size(&m_stillUnreachable);
        break;
    default:
        break;
    }
}

bool Collector::runSlice(std::int64_t budget) {
    switch (m_phase) {
    case GcPhase::Idle: return true;
    case GcPhase::Start: phaseStart(); return true;
    case GcPhase::UpdateRefs: return phaseUpdateRefs(m_young, budget);
    case GcPhase::SubtractRefs: return phaseSubtractRefs(m_young, budget);
    case GcPhase::MoveUnreachable: return phaseMoveUnreachable(m_young, &m_unreachable, budget);
    case GcPhase::UntrackTuples: return phaseUntrackTuples(budget);
    case GcPhase::Promote: phasePromote(); return true;
    case GcPhase::MoveLegacyFinalizers: phaseMoveLegacyFinalizers(); return true;
    case GcPhase::HandleWeakrefs: phaseHandleWeakrefs(); return true;
    case GcPhase::FinalizeGarbage: return phaseFinalizeGarbage(budget);
    case GcPhase::ResurrectionUpdateRefs: return phaseUpdateRefs(&m_unreachable, budget);
    case GcPhase::ResurrectionSubtractRefs: return phaseSubtractRefs(&m_unreachable, budget);
    case GcPhase::ResurrectionMoveUnreachable:
        if (!phaseMoveUnreachable(&m_unreachable, &m_stillUnreachable, budget)) return false;
        endResurrectionCheck();
        return true;
    case GcPhase::DeleteGarbage: return phaseDeleteGarbage(budget);
    case GcPhase::Finish: phaseFinish(); return true;
    }
    return true;
}

// --- gc.callbacks (invoke_gc_callback) ---

void Collector::invokeCallbacks(const char* phase, std::int64_t collected, std::int64_t uncollectable) {
    Object* callbacks = m_gc.callbacks;
    if (callbacks == nullptr) return; // "we may get called very early"
    Ref info;
    if (listSize(callbacks) != 0) {
        // Py_BuildValue("{sisnsn}", ...): a new dict, new key strings, in this order.
        info = newDict(m_interp);
        const std::pair<const char*, std::int64_t> items[] = {
            {"generation", m_generation}, {"collected", collected}, {"uncollectable", uncollectable}};
        for (const auto& [key, value] : items) {
            if (!info) break;
            Ref k = newStrFromUtf8(m_interp, key);
            Ref v = newInt(m_interp, value);
            if (!k || !v || dictSetItem(info.get(), k.get(), v.get()) < 0) info = Ref();
        }
        if (!info) {
            if (m_gc.hooks.writeUnraisable) m_gc.hooks.writeUnraisable(nullptr, nullptr);
            else m_interp.takeError();
            return;
        }
    }
    // The list may change while its callbacks run: its size is read again each time.
    for (std::int64_t i = 0; i < listSize(callbacks); ++i) {
        Object* cb = listItem(callbacks, i);
        incref(cb); // make sure cb doesn't go away
        // PyObject_CallFunction(cb, "sO", phase, info): a new str, vectorcall with (phase, info).
        Ref phaseStr = newStrFromUtf8(m_interp, phase);
        Object* result = nullptr;
        if (phaseStr && m_gc.hooks.call) {
            Object* args[2] = {phaseStr.get(), info.get()};
            result = m_gc.hooks.call(cb, args, 2);
        } else if (phaseStr) {
            result = m_interp.none;
            incref(result);
        }
        if (result == nullptr) {
            if (m_gc.hooks.writeUnraisable) m_gc.hooks.writeUnraisable(nullptr, cb);
            else m_interp.takeError();
        } else {
            decref(result);
        }
        decref(cb);
    }
}

// --- DEBUG_* output ---

void Collector::debugWrite(const std::string& text) {
    if (m_gc.hooks.writeStderr) m_gc.hooks.writeStderr(text);
}

void Collector::debugCycle(const char* msg, Object* op) {
    char buf[64];
    std::snprintf(buf, sizeof buf, " 0x%llx>\n", static_cast<unsigned long long>(op->addr));
    debugWrite(std::string("gc: ") + msg + " <" + op->type->name + buf);
}

Object* Collector::garbageList() {
    if (m_gc.garbage == nullptr) m_gc.garbage = newList(m_interp, 0).release();
    return m_gc.garbage;
}

} // namespace hs
