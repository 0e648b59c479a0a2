// Tests for engine/gc/collector.cpp and gc/collection_phases.cpp: counts, generation choice and the
// automatic trigger, cycles found, tuple/dict untracking, move_unreachable's reordering, legacy
// finalizers, handle_weakrefs (through a stand-in weakref type), DEBUG output, and GC stress.
// Expected values come from cpython-memory-facts.md §1-§2 (measured on CPython 3.11.7) and from the
// fidelity corpus outputs of tests/fidelity/gc (CPython 3.11).
#include <doctest/doctest.h>

#include "gc/collector.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/audit.h"
#include "runtime/interpreter.h"

#include <map>
#include <string>
#include <vector>

using namespace hs;

namespace {

struct Counts {
    std::int64_t c0, c1, c2;
    bool operator==(const Counts& o) const { return c0 == o.c0 && c1 == o.c1 && c2 == o.c2; }
};
Counts counts(const Interpreter& interp) {
    const GcState& gc = interp.gc();
    return {gc.generations[0].count, gc.generations[1].count, gc.generations[2].count};
}
std::int64_t collections(const Interpreter& interp, int g) { return interp.gc().stats[g].collections; }

// Objects of a generation list, head to tail.
std::vector<Object*> listObjects(Interpreter& interp, int generation) {
    std::vector<Object*> out;
    GcHead* head = interp.gc().listOf(generation);
    for (GcHead* g = head->nextHead(); g != head; g = g->nextHead()) out.push_back(objectOf(g));
    return out;
}

// A list holding `a` (and `b`), as BUILD_LIST would make it.
Ref listOf(Interpreter& interp, std::initializer_list<Object*> items) {
    Ref l = newList(interp, 0);
    for (Object* o : items) REQUIRE(listAppend(l.get(), o) == 0);
    return l;
}

// Two lists referring to each other, released: cyclic garbage in generation 0.
void makeTwoListCycle(Interpreter& interp) {
    Ref a = newList(interp, 0);
    Ref b = listOf(interp, {a.get()});
    REQUIRE(listAppend(a.get(), b.get()) == 0);
}

} // namespace

TEST_CASE("gc counts: +1 per GC allocation, tracked or not; free lists change nothing; never negative") {
    Interpreter interp;
    Collector& c = interp.collector();
    c.collect(2); // counts zeroed, free lists emptied
    REQUIRE(counts(interp) == Counts{0, 0, 0});

    // 100 {} + the list holding them: +101, and the dicts are untracked (facts §2.1).
    Ref holder = newList(interp, 0);
    for (int i = 0; i < 100; ++i) {
        Ref d = newDict(interp);
        REQUIRE(listAppend(holder.get(), d.get()) == 0);
    }
    CHECK(interp.gc().generations[0].count == 101);
    CHECK_FALSE(GcState::isTracked(listItem(holder.get(), 0)));

    // Non-GC objects (big ints) do not count.
    const std::int64_t before = interp.gc().generations[0].count;
    Ref ints = newList(interp, 0);
    for (int i = 0; i < 100; ++i) {
        Ref v = newInt(interp, 1000000 + i);
        REQUIRE(listAppend(ints.get(), v.get()) == 0);
    }
    CHECK(interp.gc().generations[0].count == before + 1);

    // Freeing 80 dicts parks them on the free list (no PyObject_GC_Del: no decrement); the other
    // 20 are freed (-20); reusing parked dicts allocates nothing.
    const std::int64_t beforeFree = interp.gc().generations[0].count;
    listClear(holder.get());
    CHECK(interp.gc().generations[0].count == beforeFree - 20);
    const std::int64_t beforeReuse = interp.gc().generations[0].count;
    Ref reused = newDict(interp);
    CHECK(interp.gc().generations[0].count == beforeReuse);

    // The counter never goes below zero: a 25-tuple (no free list past length 19) freed while
    // count0 is 0 leaves it at 0.
    Ref big = newTuple(interp, 25);
    for (int i = 0; i < 25; ++i) tupleSetItemSteal(big.get(), i, newInt(interp, i).release());
    c.collect(0);
    REQUIRE(interp.gc().generations[0].count == 0);
    big = Ref();
    CHECK(interp.gc().generations[0].count == 0);
}

TEST_CASE("gc counts after collect(0), collect(1), collect(2) (facts §2.2)") {
    Interpreter interp;
    Collector& c = interp.collector();
    c.collect(2);
    CHECK(counts(interp) == Counts{0, 0, 0});
    c.collect(0);
    CHECK(counts(interp) == Counts{0, 1, 0});
    c.collect(0);
    CHECK(counts(interp) == Counts{0, 2, 0});
    c.collect(1);
    CHECK(counts(interp) == Counts{0, 0, 1});
    c.collect(0);
    c.collect(1);
    CHECK(counts(interp) == Counts{0, 0, 2});
    c.collect(2);
    CHECK(counts(interp) == Counts{0, 0, 0});
    CHECK(collections(interp, 0) == 3);
    CHECK(collections(interp, 1) == 2);
    CHECK(collections(interp, 2) == 2);
}

TEST_CASE("the automatic collection fires inside the allocation that takes count0 from 700 to 701") {
    Interpreter interp;
    interp.collector().collect(2);
    std::vector<Ref> keep;
    while (interp.gc().generations[0].count < 700) keep.push_back(newList(interp, 0));
    CHECK(counts(interp) == Counts{700, 0, 0});
    CHECK(collections(interp, 0) == 0);
    keep.push_back(newList(interp, 0)); // 700 -> 701: collect generation 0, then the list exists
    CHECK(collections(interp, 0) == 1);
    CHECK(counts(interp) == Counts{0, 1, 0});
    // The new list was tracked after the collection: it is the only object of generation 0.
    CHECK(listObjects(interp, 0) == std::vector<Object*>{keep.back().get()});
    CHECK(listObjects(interp, 1).size() == 700);

    SUBCASE("not when disabled, when threshold0 is 0, or with an error pending") {
        interp.gc().enabled = false;
        while (interp.gc().generations[0].count < 800) keep.push_back(newList(interp, 0));
        CHECK(collections(interp, 0) == 1);
        interp.gc().enabled = true;
        interp.gc().generations[0].threshold = 0;
        keep.push_back(newList(interp, 0));
        CHECK(collections(interp, 0) == 1);
        interp.gc().generations[0].threshold = 700;
        interp.setError("ValueError", "pending");
        keep.push_back(newList(interp, 0));
        CHECK(collections(interp, 0) == 1);
        interp.takeError();
        keep.push_back(newList(interp, 0));
        CHECK(collections(interp, 0) == 2);
    }
    SUBCASE("not while a collection is running") {
        interp.gc().collecting = true;
        while (interp.gc().generations[0].count < 800) keep.push_back(newList(interp, 0));
        CHECK(collections(interp, 0) == 1);
        CHECK(interp.collector().collectFromPython(2) == 0); // gc.collect() while collecting
        interp.gc().collecting = false;
    }
}

namespace {
// Runs `allocations` surviving list allocations under thresholds (100, 2, 2) and returns the
// generation of each automatic collection, in order.
std::string automaticSequence(Interpreter& interp, int allocations) {
    GcState& gc = interp.gc();
    gc.generations[0].threshold = 100;
    gc.generations[1].threshold = 2;
    gc.generations[2].threshold = 2;
    std::string seq;
    std::vector<Ref> keep;
    for (int i = 0; i < allocations; ++i) {
        std::int64_t before[3] = {collections(interp, 0), collections(interp, 1), collections(interp, 2)};
        keep.push_back(newList(interp, 0));
        for (int g = 0; g < 3; ++g)
            if (collections(interp, g) != before[g]) seq += char('0' + g);
    }
    gc.generations[0].threshold = 700;
    gc.generations[1].threshold = 10;
    gc.generations[2].threshold = 10;
    return seq;
}
} // namespace

TEST_CASE("generation choice with thresholds (100, 2, 2) and the 25 % long-lived rule") {
    SUBCASE("3.11.7 with about 11,000 long-lived objects (facts §2.2)") {
        Interpreter interp;
        std::vector<Ref> longLived;
        for (int i = 0; i < 11097; ++i) longLived.push_back(newList(interp, 0));
        interp.collector().collect(2);
        CHECK(interp.gc().longLivedTotal == 11097);
        CHECK(automaticSequence(interp, 4000) == "000100010001000100010001000120001000100");
    }
    SUBCASE("after gc.freeze(); gc.collect() (corpus gc/callbacks_auto_collection_sequence)") {
        Interpreter interp;
        std::vector<Ref> frozen;
        for (int i = 0; i < 500; ++i) frozen.push_back(newList(interp, 0));
        GcState& gc = interp.gc();
        for (int i = 0; i < 3; ++i) {
            gclist::merge(gc.listOf(i), gc.listOf(GcState::kPermanent));
            gc.generations[i].count = 0;
        }
        interp.collector().collect(2);
        CHECK(gc.longLivedTotal == 0);
        const std::string seq = automaticSequence(interp, 4000);
        CHECK(seq == "000100010001200010001000120001000100012");
        gclist::merge(gc.listOf(GcState::kPermanent), gc.listOf(2));
    }
}

TEST_CASE("collect() finds cycles: a self-referencing list is 1, a two-list cycle is 2") {
    Interpreter interp;
    Collector& c = interp.collector();
    c.collect(2);
    {
        Ref l = newList(interp, 0);
        REQUIRE(listAppend(l.get(), l.get()) == 0);
    }
    CHECK(c.collect(2) == 1);
    makeTwoListCycle(interp);
    CHECK(c.collect(2) == 2);
    CHECK(interp.gc().stats[2].collected == 3);
    CHECK(c.collect(2) == 0);

    // A cycle reachable from outside survives; the acyclic object it holds too.
    Ref root = newList(interp, 0);
    {
        Ref a = newList(interp, 0);
        Ref b = listOf(interp, {a.get(), root.get()});
        REQUIRE(listAppend(a.get(), b.get()) == 0);
        REQUIRE(listAppend(root.get(), a.get()) == 0);
    }
    CHECK(c.collect(0) == 0);
    CHECK(listObjects(interp, 1).size() == 3);
    // A young collection does not see a cycle whose members are older.
    listClear(root.get());
    CHECK(c.collect(0) == 0);
    CHECK(c.collect(2) == 2);
}

TEST_CASE("untrack_tuples runs on every collection; untrack_dicts only on full ones (facts §2.7)") {
    Interpreter interp;
    Collector& c = interp.collector();
    Ref one = newInt(interp, 1), two = newInt(interp, 2);
    Ref t = tuplePack(interp, {one.get(), two.get()});
    Ref outer = tuplePack(interp, {t.get(), one.get()});
    Ref withList = tuplePack(interp, {newList(interp, 0).get()});
    CHECK(GcState::isTracked(t.get()));
    CHECK(GcState::isTracked(outer.get()));
    c.collect(0);
    CHECK_FALSE(GcState::isTracked(t.get()));
    CHECK_FALSE(GcState::isTracked(outer.get()));
    CHECK(GcState::isTracked(withList.get()));

    Ref key = newStrFromUtf8(interp, "a");
    Ref d = newDict(interp);
    CHECK_FALSE(GcState::isTracked(d.get()));
    Ref l = newList(interp, 0);
    REQUIRE(dictSetItem(d.get(), key.get(), l.get()) == 0);
    CHECK(GcState::isTracked(d.get()));
    REQUIRE(dictSetItem(d.get(), key.get(), one.get()) == 0);
    c.collect(0);
    CHECK(GcState::isTracked(d.get()));
    c.collect(1);
    CHECK(GcState::isTracked(d.get()));
    c.collect(2);
    CHECK_FALSE(GcState::isTracked(d.get()));
}

TEST_CASE("move_unreachable reverses a chain reached from its last object: A<-B<-C becomes C, B, A") {
    Interpreter interp;
    Collector& c = interp.collector();
    c.collect(2);
    Ref a = newList(interp, 0);
    Ref b = listOf(interp, {a.get()});
    Ref cc = listOf(interp, {b.get()});
    Object *pa = a.get(), *pb = b.get(), *pc = cc.get();
    a = Ref();
    b = Ref();
    CHECK(listObjects(interp, 0) == std::vector<Object*>{pa, pb, pc});
    CHECK(c.collect(0) == 0);
    CHECK(listObjects(interp, 1) == std::vector<Object*>{pc, pb, pa});
    CHECK(c.collect(1) == 0);
    CHECK(listObjects(interp, 2) == std::vector<Object*>{pc, pb, pa});
}

namespace {

// A stand-in for a C type with tp_del (_testcapi.with_tp_del): a list whose type has legacyDel.
struct LegacyType {
    TypeObject* type;
    explicit LegacyType(Interpreter& interp) {
        TypeObject* list = interp.types.list;
        type = interp.newStaticType("L", list->basicsize, 0, list->flags, interp.types.list);
        type->dealloc = list->dealloc;
        type->traverse = list->traverse;
        type->clear = list->clear;
        type->sizeOf = list->sizeOf;
        type->destroyHost = list->destroyHost;
        type->legacyDel = [](Object*) {};
    }
    Ref make(Interpreter& interp) {
        Ref l = newList(interp, 0);
        l->type = type;
        return l;
    }
};

} // namespace

TEST_CASE("legacy tp_del cycles are uncollectable and parked in gc.garbage (facts §1.3)") {
    Interpreter interp;
    LegacyType legacy(interp);
    Collector& c = interp.collector();
    c.collect(2);
    Object* l = nullptr;
    {
        Ref lr = legacy.make(interp);
        Ref other = listOf(interp, {lr.get()});
        REQUIRE(listAppend(lr.get(), other.get()) == 0);
        l = lr.get();
    }
    const std::int64_t before = interp.gc().stats[2].uncollectable;
    CHECK(c.collect(2) == 2);
    CHECK(interp.gc().stats[2].uncollectable == before + 2);
    REQUIRE(interp.gc().garbage != nullptr);
    REQUIRE(listSize(interp.gc().garbage) == 1);
    CHECK(listItem(interp.gc().garbage, 0) == l);
    // gc.garbage now keeps them reachable.
    CHECK(c.collect(2) == 0);
    CHECK(listSize(interp.gc().garbage) == 1);
}

TEST_CASE("DEBUG_SAVEALL keeps the garbage in gc.garbage; DEBUG_STATS|COLLECTABLE lines") {
    Interpreter interp;
    Collector& c = interp.collector();
    std::string err;
    interp.gc().hooks.writeStderr = [&](std::string_view t) { err += t; };
    c.collect(2);
    Ref keep = newList(interp, 0);
    Object* self = nullptr;
    {
        Ref l = newList(interp, 0);
        REQUIRE(listAppend(l.get(), l.get()) == 0);
        self = l.get();
    }
    interp.gc().debug = gcdebug::kStats | gcdebug::kCollectable;
    CHECK(c.collect(2) == 1);
    char addr[32];
    std::snprintf(addr, sizeof addr, "0x%llx", static_cast<unsigned long long>(self->addr));
    CHECK(err == std::string("gc: collecting generation 2...\n"
                             "gc: objects in each generation: 2 0 0\n"
                             "gc: objects in permanent generation: 0\n"
                             "gc: collectable <list ") + addr + ">\n"
                             "gc: done, 1 unreachable, 0 uncollectable, 0.0000s elapsed\n");

    interp.gc().debug = gcdebug::kSaveAll;
    {
        Ref l = newList(interp, 0);
        REQUIRE(listAppend(l.get(), l.get()) == 0);
        self = l.get();
    }
    CHECK(c.collect(2) == 1);
    REQUIRE(listSize(interp.gc().garbage) == 1);
    CHECK(listItem(interp.gc().garbage, 0) == self);
    CHECK(listSize(self) == 1); // not cleared
    interp.gc().debug = 0;
    listClear(interp.gc().garbage);
    CHECK(c.collect(2) == 1);
}

namespace {

// A stand-in weakref type so handle_weakrefs can be exercised before the real one exists: a list
// clone; referents keep their weakref list head in `heads`, newest first; callbacks are recorded.
struct FakeWeakrefs {
    static inline std::map<Object*, Object*> heads;    // referent -> newest weakref
    static inline std::map<Object*, Object*> next;     // weakref -> older weakref
    static inline std::map<Object*, Object*> target;   // weakref -> referent (absent when cleared)
    static inline std::map<Object*, Object*> callback; // weakref -> callback object
    static inline TypeObject* wrType = nullptr;
    static inline TypeObject* referentType = nullptr;
    std::vector<Object*>* calls = nullptr;

    explicit FakeWeakrefs(Interpreter& interp, std::vector<Object*>& calledWith) {
        heads.clear(), next.clear(), target.clear(), callback.clear();
        calls = &calledWith;
        TypeObject* list = interp.types.list;
        auto clone = [&](const char* name) {
            TypeObject* t = interp.newStaticType(name, list->basicsize, 0, list->flags, interp.types.list);
            t->dealloc = list->dealloc;
            t->traverse = list->traverse;
            t->clear = list->clear;
            t->sizeOf = list->sizeOf;
            t->destroyHost = list->destroyHost;
            return t;
        };
        wrType = clone("weakref");
        referentType = clone("R");
        referentType->weaklistPtr = [](Object* o) { return &heads[o]; };
        GcHooks& h = interp.gc().hooks;
        h.isWeakref = [](const Object* o) { return o->type == wrType; };
        h.clearWeakref = [](Object* wr) {
            auto t = target.find(wr);
            if (t == target.end()) return;
            Object** link = &heads[t->second];
            while (*link != wr) link = &next[*link];
            *link = next[wr];
            target.erase(t);
        };
        h.weakrefCallback = [](const Object* wr) -> Object* {
            auto it = callback.find(const_cast<Object*>(wr));
            return it == callback.end() ? nullptr : it->second;
        };
        h.call = [this, &interp](Object* cb, Object* const* args, std::int64_t nargs) -> Object* {
            REQUIRE(nargs == 1);
            calls->push_back(args[0]);
            // The callback drops what it was told to (a list holding the weakref).
            if (cb != interp.none && isList(cb)) listClear(cb);
            incref(interp.none);
            return interp.none;
        };
    }
    static Ref referent(Interpreter& interp) {
        Ref l = newList(interp, 0);
        l->type = referentType;
        return l;
    }
    // weakref.ref(obj, cb): the new weakref goes to the head of obj's list.
    static Ref ref(Interpreter& interp, Object* obj, Object* cb) {
        Ref wr = newList(interp, 0);
        wr->type = wrType;
        target[wr.get()] = obj;
        next[wr.get()] = heads[obj];
        heads[obj] = wr.get();
        if (cb) callback[wr.get()] = cb;
        return wr;
    }
};

} // namespace

TEST_CASE("handle_weakrefs: weakrefs to trash cleared, callbacks of reachable ones run newest first") {
    Interpreter interp;
    std::vector<Object*> called;
    FakeWeakrefs fake(interp, called);
    Collector& c = interp.collector();
    c.collect(2);

    SUBCASE("outside weakrefs with callbacks: all cleared, called newest first") {
        Ref r = FakeWeakrefs::referent(interp);
        REQUIRE(listAppend(r.get(), r.get()) == 0);
        Ref w0 = FakeWeakrefs::ref(interp, r.get(), interp.none);
        Ref w1 = FakeWeakrefs::ref(interp, r.get(), interp.none);
        Ref w2 = FakeWeakrefs::ref(interp, r.get(), interp.none);
        Ref plain = FakeWeakrefs::ref(interp, r.get(), nullptr);
        r = Ref();
        CHECK(c.collect(2) == 1);
        CHECK(called == std::vector<Object*>{w2.get(), w1.get(), w0.get()});
        CHECK(FakeWeakrefs::target.count(plain.get()) == 0);
    }
    SUBCASE("a weakref inside the trash: cleared, its callback never runs") {
        {
            Ref r = FakeWeakrefs::referent(interp);
            Ref w = FakeWeakrefs::ref(interp, r.get(), interp.none);
            REQUIRE(listAppend(r.get(), w.get()) == 0);
            REQUIRE(listAppend(w.get(), r.get()) == 0);
        }
        CHECK(c.collect(2) == 2);
        CHECK(called.empty());
    }
    SUBCASE("a weakref freed by its own callback is counted") {
        Ref holder = newList(interp, 0);
        {
            Ref r = FakeWeakrefs::referent(interp);
            REQUIRE(listAppend(r.get(), r.get()) == 0);
            Ref w = FakeWeakrefs::ref(interp, r.get(), holder.get());
            REQUIRE(listAppend(holder.get(), w.get()) == 0);
        }
        CHECK(c.collect(2) == 2); // the referent and the weakref (corpus: weakref_freed_by_callback_counted)
        CHECK(called.size() == 1);
        CHECK(listSize(holder.get()) == 0);
    }
}

TEST_CASE("GC stress: a collection on every GC allocation keeps the heap audit clean") {
    InterpreterOptions options;
    options.gcStress = true;
    Interpreter interp(options);
    auto& roots = interp.roots();
    for (int i = 0; i < 40; ++i) {
        makeTwoListCycle(interp);
        {
            Ref l = listOf(interp, {});
            Ref d = newDict(interp);
            REQUIRE(dictSetItem(d.get(), newStrFromUtf8(interp, "k" + std::to_string(i)).get(), l.get()) == 0);
            Ref t = tuplePack(interp, {d.get(), l.get()});
            REQUIRE(listAppend(l.get(), t.get()) == 0); // l <-> t cycle, kept by the root
            roots["t" + std::to_string(i % 7)] = t;
        }
        CHECK(auditHeap(interp).empty());
    }
    CHECK(collections(interp, 0) > 100);
    CHECK(collections(interp, 1) > 0);
    interp.collector().collect(2);
    CHECK(interp.collector().collect(2) == 0);
    CHECK(auditHeap(interp).empty());
    roots.clear();
    CHECK(interp.collector().collect(2) == 7 * 3);
    CHECK(auditHeap(interp).empty());
}
