// Tests for the collector's phase machine (engine/gc/collector.cpp, collection_view.cpp): a known
// heap stepped phase by phase (gc_refs and set of every candidate), slices, the snapshot's
// CollectionView, resurrection by a finalizer, and stepping == running straight through.
// The expected gc_refs follow Modules/gcmodule.c (3.11) applied to the heap each test builds.
#include <doctest/doctest.h>

#include "gc/collector.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/tuple_object.h"
#include "runtime/audit.h"
#include "runtime/interpreter.h"
#include "runtime/snapshot_builder.h"

#include <string>
#include <vector>

using namespace hs;

namespace {

struct Expect {
    std::int64_t gcRefs;
    GcSet set;
};

// The known heap, created in this order in an empty generation 0:
//   X  list, referenced only by R
//   R  list [X], held from outside (the test)
//   Y  list [Z] \ an unreachable two-list cycle
//   Z  list [Y] /
//   T  tuple (1, 2), held from outside: untracked by untrack_tuples
struct KnownHeap {
    Ref r, t;
    Object *x, *rr, *y, *z, *tt;
    explicit KnownHeap(Interpreter& interp) {
        Ref xr = newList(interp, 0);
        r = newList(interp, 0);
        REQUIRE(listAppend(r.get(), xr.get()) == 0);
        Ref yr = newList(interp, 0);
        Ref zr = newList(interp, 0);
        REQUIRE(listAppend(zr.get(), yr.get()) == 0);
        REQUIRE(listAppend(yr.get(), zr.get()) == 0);
        Ref one = newInt(interp, 1), two = newInt(interp, 2);
        t = tuplePack(interp, {one.get(), two.get()});
        x = xr.get(), rr = r.get(), y = yr.get(), z = zr.get(), tt = t.get();
    }
};

std::string describe(const std::vector<GcCandidate>& cs) {
    std::string out;
    for (const GcCandidate& c : cs) out += std::string(gcSetName(c.set)) + ":" + std::to_string(c.gcRefs) + " ";
    return out;
}

void checkCandidates(const Collector& c, const std::vector<Expect>& expected) {
    const auto& cs = c.candidates();
    INFO("phase " << gcPhaseName(c.phase()) << ": " << describe(cs));
    REQUIRE(cs.size() == expected.size());
    for (std::size_t i = 0; i < cs.size(); ++i) {
        CHECK(cs[i].gcRefs == expected[i].gcRefs);
        CHECK(cs[i].set == expected[i].set);
    }
}

std::vector<Object*> listObjects(Interpreter& interp, int generation) {
    std::vector<Object*> out;
    GcHead* head = interp.gc().listOf(generation);
    for (GcHead* g = head->nextHead(); g != head; g = g->nextHead()) out.push_back(objectOf(g));
    return out;
}

constexpr GcSet Y = GcSet::Young, U = GcSet::Unreachable, F = GcSet::Freed, RS = GcSet::Resurrected;

} // namespace

TEST_CASE("a collection stepped phase by phase: gc_refs and set membership of a known heap") {
    Interpreter interp;
    interp.collector().collect(2);
    KnownHeap h(interp);
    Collector& c = interp.collector();
    REQUIRE(c.beginCollection(0));
    CHECK(interp.gc().collecting);
    CHECK_FALSE(c.finished());
    CHECK(interp.collector().collectFromPython(2) == 0); // gc.collect() inside a collection

    c.stepPhase();
    CHECK(c.phase() == GcPhase::Start);
    REQUIRE(c.candidates().size() == 5);
    CHECK(c.candidates()[0].object == h.x);
    CHECK(c.candidates()[4].object == h.tt);
    checkCandidates(c, {{-1, Y}, {-1, Y}, {-1, Y}, {-1, Y}, {-1, Y}});
    CHECK(interp.gc().generations[1].count == 1); // counts are updated when the collection starts

    c.stepPhase();
    CHECK(c.phase() == GcPhase::UpdateRefs);
    checkCandidates(c, {{1, Y}, {1, Y}, {1, Y}, {1, Y}, {1, Y}});

    c.stepPhase();
    CHECK(c.phase() == GcPhase::SubtractRefs);
    checkCandidates(c, {{0, Y}, {1, Y}, {0, Y}, {0, Y}, {1, Y}});

    // move_unreachable in slices of one object: X is first moved out, then R's traversal brings it back.
    c.stepPhase(1);
    CHECK(c.phase() == GcPhase::MoveUnreachable);
    CHECK_FALSE(c.phaseComplete());
    checkCandidates(c, {{0, U}, {1, Y}, {0, Y}, {0, Y}, {1, Y}});
    c.stepPhase(1);
    checkCandidates(c, {{1, Y}, {1, Y}, {0, Y}, {0, Y}, {1, Y}});
    while (!c.phaseComplete()) c.stepPhase(1);
    CHECK(c.phase() == GcPhase::MoveUnreachable);
    checkCandidates(c, {{1, Y}, {1, Y}, {0, U}, {0, U}, {1, Y}});
    CHECK(listObjects(interp, 0) == std::vector<Object*>{h.rr, h.tt, h.x}); // the reachable, reordered

    c.stepPhase();
    CHECK(c.phase() == GcPhase::UntrackTuples);
    CHECK_FALSE(GcState::isTracked(h.tt));
    c.stepPhase();
    CHECK(c.phase() == GcPhase::Promote);
    CHECK(listObjects(interp, 1) == std::vector<Object*>{h.rr, h.x});
    CHECK(listObjects(interp, 0).empty());
    for (GcPhase p : {GcPhase::MoveLegacyFinalizers, GcPhase::HandleWeakrefs, GcPhase::FinalizeGarbage}) {
        c.stepPhase();
        CHECK(c.phase() == p);
        checkCandidates(c, {{1, Y}, {1, Y}, {0, U}, {0, U}, {1, Y}});
    }
    c.stepPhase();
    CHECK(c.phase() == GcPhase::ResurrectionUpdateRefs);
    checkCandidates(c, {{1, Y}, {1, Y}, {1, U}, {1, U}, {1, Y}});
    c.stepPhase();
    CHECK(c.phase() == GcPhase::ResurrectionSubtractRefs);
    checkCandidates(c, {{1, Y}, {1, Y}, {0, U}, {0, U}, {1, Y}});
    c.stepPhase();
    CHECK(c.phase() == GcPhase::ResurrectionMoveUnreachable);
    checkCandidates(c, {{1, Y}, {1, Y}, {0, U}, {0, U}, {1, Y}});
    CHECK(c.collectedSoFar() == 0);

    c.stepPhase();
    CHECK(c.phase() == GcPhase::DeleteGarbage);
    checkCandidates(c, {{1, Y}, {1, Y}, {0, F}, {0, F}, {1, Y}});
    CHECK(c.collectedSoFar() == 2);
    CHECK_FALSE(c.finished());

    // The snapshot shows the collection as it stands.
    heapscope::Snapshot s = buildSnapshot(interp);
    CHECK(s.collection.present);
    CHECK(s.collection.active);
    CHECK(s.collection.phase == "delete_garbage");
    CHECK(s.collection.generation == 0);
    REQUIRE(s.collection.objects.size() == 5);
    CHECK(s.collection.objects[0].address == h.x->addr);
    CHECK(s.collection.objects[2].set == heapscope::GcSet::Freed);
    CHECK(s.collection.objects[1].gcRefs == 1);

    c.stepPhase();
    CHECK(c.phase() == GcPhase::Finish);
    CHECK(c.finished());
    CHECK(c.result() == 2);
    CHECK_FALSE(interp.gc().collecting);
    CHECK(interp.gc().stats[0].collections == 1);
    CHECK(interp.gc().stats[0].collected == 2);
    c.stepPhase(); // no-op once finished
    CHECK(c.phase() == GcPhase::Finish);
    CHECK_FALSE(buildSnapshot(interp).collection.active);
    CHECK(auditHeap(interp).size() == 2); // only R and T, held by the test's Refs
}

namespace {

// A list type with a finalizer that resurrects the object (stores it in `keep`) and counts calls.
struct Resurrector {
    static inline Object* keep = nullptr;
    static inline int calls = 0;
    TypeObject* type;
    explicit Resurrector(Interpreter& interp) {
        TypeObject* list = interp.types.list;
        type = interp.newStaticType("F", list->basicsize, 0, list->flags, list);
        type->dealloc = list->dealloc;
        type->traverse = list->traverse;
        type->clear = list->clear;
        type->sizeOf = list->sizeOf;
        type->destroyHost = list->destroyHost;
        type->slots.finalize = [](Object* o) {
            ++calls;
            if (keep) listAppend(keep, o);
        };
        calls = 0;
    }
};

} // namespace

TEST_CASE("a finalizer that resurrects its object keeps the whole cycle; it runs once per lifetime") {
    Interpreter interp;
    Resurrector res(interp);
    Collector& c = interp.collector();
    Ref keep = newList(interp, 0);
    Resurrector::keep = keep.get();
    c.collect(2);
    Object *f = nullptr, *g = nullptr;
    {
        Ref fr = newList(interp, 0);
        fr->type = res.type;
        Ref gr = newList(interp, 0);
        REQUIRE(listAppend(fr.get(), gr.get()) == 0);
        REQUIRE(listAppend(gr.get(), fr.get()) == 0);
        f = fr.get(), g = gr.get();
    }
    REQUIRE(c.beginCollection(2));
    while (c.phase() != GcPhase::ResurrectionMoveUnreachable || !c.phaseComplete()) c.stepPhase();
    CHECK(Resurrector::calls == 1);
    CHECK(gcHeadOf(f)->finalized());
    checkCandidates(c, {{1, Y}, {1, RS}, {1, RS}}); // keep, F, G
    while (!c.finished()) c.stepPhase();
    CHECK(c.result() == 0); // resurrected objects are not counted
    CHECK(listSize(keep.get()) == 1);
    CHECK(listObjects(interp, 2) == std::vector<Object*>{keep.get(), f, g});

    // Released again: collected, and the finalizer does not run a second time.
    listClear(keep.get());
    CHECK(c.collect(2) == 2);
    CHECK(Resurrector::calls == 1);
    (void)g;
    Resurrector::keep = nullptr;
}

namespace {

// A heap with a bit of everything: chains, cycles of several sizes, survivors, tuples.
void buildMixedHeap(Interpreter& interp, std::vector<Ref>& keep) {
    for (int i = 0; i < 30; ++i) {
        Ref a = newList(interp, 0);
        Ref b = newList(interp, 0);
        REQUIRE(listAppend(b.get(), a.get()) == 0);
        if (i % 3 == 0) REQUIRE(listAppend(a.get(), b.get()) == 0); // a cycle
        if (i % 4 == 0) keep.push_back(b);
        Ref n = newInt(interp, i);
        Ref t = tuplePack(interp, {n.get(), a.get()});
        if (i % 5 == 0) keep.push_back(t);
    }
}

std::vector<Addr> addresses(Interpreter& interp, int generation) {
    std::vector<Addr> out;
    for (Object* o : listObjects(interp, generation)) out.push_back(o->addr);
    return out;
}

} // namespace

TEST_CASE("stepping a collection (any slice size) gives the same result as running it straight through") {
    for (int generation = 0; generation < 3; ++generation) {
        for (std::int64_t budget : {std::int64_t(1), std::int64_t(3), Collector::kUnlimited}) {
            Interpreter straight, stepped;
            std::vector<Ref> keep1, keep2;
            buildMixedHeap(straight, keep1);
            buildMixedHeap(stepped, keep2);
            const std::int64_t expected = straight.collector().collectFromPython(generation);
            REQUIRE(stepped.collector().beginCollection(generation));
            int steps = 0;
            while (!stepped.collector().finished()) {
                stepped.collector().stepPhase(budget);
                ++steps;
            }
            INFO("generation " << generation << " budget " << budget);
            CHECK(stepped.collector().result() == expected);
            // At least one pause per phase from Start to Finish.
            CHECK(steps >= int(GcPhase::Finish) - int(GcPhase::Start) + 1);
            for (int g = 0; g < 3; ++g) {
                CHECK(addresses(stepped, g) == addresses(straight, g));
                CHECK(stepped.gc().generations[g].count == straight.gc().generations[g].count);
                CHECK(stepped.gc().stats[g].collected == straight.gc().stats[g].collected);
            }
            CHECK(stepped.gc().longLivedTotal == straight.gc().longLivedTotal);
            CHECK(stepped.gc().longLivedPending == straight.gc().longLivedPending);
        }
    }
}
