// GcState queries that walk the generation lists.
#include "gc/gc_state.h"

namespace hs {

int GcState::generationOf(const Object* o) const {
    const GcHead* target = gcHeadOf(o);
    if (!target->tracked()) return -1;
    // Walk forward to the sentinel: it identifies the list.
    const GcHead* g = target->nextHead();
    while (true) {
        for (int i = 0; i < kGenerations; ++i)
            if (g == &generations[i].head) return i;
        if (g == &permanent.head) return kPermanent;
        g = g->nextHead();
    }
}

} // namespace hs
