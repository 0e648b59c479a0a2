// Observation of a stepped collection: the candidates (young at the start), their gc_refs and the
// set each is in after every step, the names of phases and sets, and the collector's list heads'
// simulated addresses. Nothing here changes the simulated heap.
#include "gc/collector.h"

#include "runtime/interpreter.h"

namespace hs {

const char* gcPhaseName(GcPhase phase) {
    switch (phase) {
    case GcPhase::Idle: return "idle";
    case GcPhase::Start: return "start";
    case GcPhase::UpdateRefs: return "update_refs";
    case GcPhase::SubtractRefs: return "subtract_refs";
    case GcPhase::MoveUnreachable: return "move_unreachable";
    case GcPhase::UntrackTuples: return "untrack_tuples";
    case GcPhase::Promote: return "promote";
    case GcPhase::MoveLegacyFinalizers: return "move_legacy_finalizers";
    case GcPhase::HandleWeakrefs: return "handle_weakrefs";
    case GcPhase::FinalizeGarbage: return "finalize_garbage";
    case GcPhase::ResurrectionUpdateRefs: return "resurrection_update_refs";
    case GcPhase::ResurrectionSubtractRefs: return "resurrection_subtract_refs";
    case GcPhase::ResurrectionMoveUnreachable: return "resurrection_move_unreachable";
    case GcPhase::DeleteGarbage: return "delete_garbage";
    case GcPhase::Finish: return "finish";
    }
    return "?";
}

const char* gcSetName(GcSet set) {
    switch (set) {
    case GcSet::Young: return "young";
    case GcSet::Unreachable: return "unreachable";
    case GcSet::Finalizers: return "finalizers";
    case GcSet::Resurrected: return "resurrected";
    case GcSet::Freed: return "freed";
    }
    return "?";
}

void Collector::recordCandidates() {
    m_candidates.clear();
    m_candidateIndex.clear();
    for (GcHead* g = m_young->nextHead(); g != m_young; g = g->nextHead()) {
        Object* o = objectOf(g);
        m_candidateIndex.emplace(o, m_candidates.size());
        m_candidates.push_back({o, o->addr, -1, GcSet::Young, o->type->name});
    }
}

void Collector::recordRefs(GcHead* g, std::int64_t refs) {
    auto it = m_candidateIndex.find(objectOf(g));
    if (it != m_candidateIndex.end()) m_candidates[it->second].gcRefs = refs;
}

void Collector::noteFreed(Object* o) {
    if (!m_active || !m_observe) return;
    auto it = m_candidateIndex.find(o);
    if (it == m_candidateIndex.end()) return;
    GcCandidate& c = m_candidates[it->second];
    c.set = GcSet::Freed;
    c.object = nullptr;
    m_candidateIndex.erase(it);
}

void Collector::refreshView() {
    // A head is in refs mode while it has COLLECTING and is not flagged unreachable, during the
    // deduce_unreachable phases only (afterwards prev is a pointer again).
    auto mark = [&](GcHead* list, GcSet set, bool readRefs) {
        for (GcHead* g = list->nextHead(); g != list; g = g->nextHead()) {
            auto it = m_candidateIndex.find(objectOf(g));
            if (it == m_candidateIndex.end()) continue;
            GcCandidate& c = m_candidates[it->second];
            c.set = set;
            if (readRefs && (g->prev & GcHead::kCollecting) && !(g->next & GcHead::kNextUnreachable))
                c.gcRefs = g->gcRefs();
        }
    };
    switch (m_phase) {
    case GcPhase::Idle:
    case GcPhase::Start:
        break;
    case GcPhase::UpdateRefs:
    case GcPhase::SubtractRefs:
        mark(m_young, GcSet::Young, true);
        break;
    case GcPhase::MoveUnreachable:
    case GcPhase::UntrackTuples:
        mark(m_young, GcSet::Young, m_phase == GcPhase::MoveUnreachable);
        mark(&m_unreachable, GcSet::Unreachable, false);
        break;
    case GcPhase::Promote:
    case GcPhase::MoveLegacyFinalizers:
    case GcPhase::HandleWeakrefs:
    case GcPhase::FinalizeGarbage:
        mark(&m_unreachable, GcSet::Unreachable, false);
        mark(&m_seen, GcSet::Unreachable, false);
        mark(&m_finalizers, GcSet::Finalizers, false);
        break;
    case GcPhase::ResurrectionUpdateRefs:
    case GcPhase::ResurrectionSubtractRefs:
        mark(&m_unreachable, GcSet::Unreachable, true);
        mark(&m_finalizers, GcSet::Finalizers, false);
        break;
    case GcPhase::ResurrectionMoveUnreachable:
        // Scanned members of the examined set (COLLECTING cleared) were found reachable again.
        for (GcHead* g = m_unreachable.nextHead(); g != &m_unreachable; g = g->nextHead()) {
            auto it = m_candidateIndex.find(objectOf(g));
            if (it == m_candidateIndex.end()) continue;
            GcCandidate& c = m_candidates[it->second];
            const bool scanned = !(g->prev & GcHead::kCollecting);
            c.set = scanned ? GcSet::Resurrected : GcSet::Unreachable;
            if (!scanned) c.gcRefs = g->gcRefs();
        }
        mark(&m_stillUnreachable, GcSet::Unreachable, false);
        mark(&m_finalizers, GcSet::Finalizers, false);
        break;
    case GcPhase::DeleteGarbage:
    case GcPhase::Finish:
        mark(&m_stillUnreachable, GcSet::Unreachable, false);
        mark(&m_finalizers, GcSet::Finalizers, false);
        break;
    }
}

bool Collector::headAddress(const GcHead* g, Addr& out) const {
    // CPython keeps these heads in gc_collect_main's C stack frame; a fixed, deterministic
    // stand-in for those stack addresses.
    constexpr Addr kFrame = 0x7ffc00001000ULL;
    const GcHead* heads[] = {&m_unreachable, &m_finalizers, &m_wrcbToCall, &m_seen, &m_stillUnreachable};
    for (std::size_t i = 0; i < sizeof heads / sizeof heads[0]; ++i)
        if (g == heads[i]) {
            out = kFrame + 16 * i;
            return true;
        }
    return false;
}

} // namespace hs
