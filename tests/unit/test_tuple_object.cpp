// Tests for engine/objects/tuple_object.cpp: sizes, the static empty tuple, the per-length free
// lists and what a parked tuple shows in memory, hashing, comparison, repr, sequence operations,
// refcounts, lazy GC untracking, and deep deallocation.
// Expected values were measured with CPython 3.11.7 (x86-64 Linux) unless a fact sheet is cited.
#include <doctest/doctest.h>

#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/static_refcounts.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/audit.h"
#include "runtime/interpreter.h"

#include <string>
#include <vector>

using namespace hs;

namespace {

std::int64_t getsizeof(const Object* o) { return o->type->sizeOf(o) + o->type->preHeaderSize(); }

std::uint64_t word(const Interpreter& interp, Addr a) {
    std::uint64_t v = 0;
    REQUIRE(interp.readWord(a, v));
    return v;
}

std::string reprOf(Object* o) {
    Ref r = objectRepr(o);
    REQUIRE(r);
    return strToUtf8(r.get());
}

// tuple(range(base, base + n)): fresh ints (non-small for base >= 257).
Ref intTuple(Interpreter& interp, std::int64_t base, std::int64_t n) {
    Ref t = newTuple(interp, n);
    for (std::int64_t i = 0; i < n; ++i) tupleSetItemSteal(t.get(), i, newInt(interp, base + i).release());
    return t;
}

std::string takeErrorText(Interpreter& interp) {
    PendingError e = interp.takeError();
    return e.type + ": " + e.message;
}

} // namespace

TEST_CASE("tuple getsizeof and the static empty tuple") {
    Interpreter interp;
    // facts §4: () 40, (1,) 48, (1,2) 56, (1,2,3) 64; measured tuple(range(20)) 200.
    CHECK(getsizeof(interp.emptyTuple) == 40);
    CHECK(getsizeof(intTuple(interp, 1, 1).get()) == 48);
    CHECK(getsizeof(intTuple(interp, 1, 2).get()) == 56);
    CHECK(getsizeof(intTuple(interp, 1, 3).get()) == 64);
    CHECK(getsizeof(intTuple(interp, 0, 20).get()) == 200);

    // () is the static singleton, untracked (facts §2.7), with the measured static refcount.
    const std::int64_t rc = interp.emptyTuple->refcnt;
    CHECK(rc == static_refcounts::kEmptyTuple);
    Ref e1 = newTuple(interp, 0);
    Ref e2 = tupleFromArray(interp, nullptr, 0);
    CHECK(e1.get() == interp.emptyTuple);
    CHECK(e2.get() == interp.emptyTuple);
    CHECK(interp.emptyTuple->refcnt == rc + 2);
    CHECK_FALSE(GcState::isTracked(interp.emptyTuple));
    CHECK(word(interp, interp.emptyTuple->addr + 16) == 0);
}

TEST_CASE("tuples are tracked on creation and counted by the gc") {
    Interpreter interp;
    const std::int64_t c0 = interp.gc().generations[0].count;
    Ref t = intTuple(interp, 1, 2);
    CHECK(GcState::isTracked(t.get()));
    CHECK(interp.gc().generations[0].count == c0 + 1);
    // Parking on the free list and reusing leave count0 alone (facts §2.1).
    t = Ref();
    CHECK(interp.gc().generations[0].count == c0 + 1);
    Ref u = intTuple(interp, 1, 2);
    CHECK(interp.gc().generations[0].count == c0 + 1);
    CHECK(GcState::isTracked(u.get()));
}

TEST_CASE("tuple free lists: LIFO reuse and what a parked tuple shows") {
    Interpreter interp;
    // Measured: a = tuple(range(1000, 1002)); b = ...; del a; del b -> b's refcnt word 0,
    // b.ob_item[0] == id(a), ob_size still 2; the next 2-tuple is b, the one after is a.
    Ref a = intTuple(interp, 1000, 2);
    Ref b = intTuple(interp, 2000, 2);
    const Addr ia = a->addr, ib = b->addr;
    const Addr aItem1 = tupleItem(a.get(), 1)->addr;
    a = Ref();
    b = Ref();
    CHECK(tupleFreeListSize(interp, 2) == 2);
    CHECK(word(interp, ib) == 0);
    CHECK(word(interp, ib + 8) == interp.types.tuple->addr);
    CHECK(word(interp, ib + 16) == 2);
    CHECK(word(interp, ib + 24) == ia);
    CHECK(word(interp, ia + 24) == 0);     // bottom of the list (the free list started empty)
    CHECK(word(interp, ia + 32) == aItem1); // tupledealloc leaves the other item words alone
    CHECK(word(interp, ib - 16) == 0);      // untracked before parking
    Ref c = intTuple(interp, 3000, 2);
    Ref d = intTuple(interp, 4000, 2);
    CHECK(c->addr == ib);
    CHECK(d->addr == ia);
    CHECK(word(interp, ib + 24) == tupleItem(c.get(), 0)->addr);

    // Measured: a freed 19-tuple is reused; a freed 20-tuple is parked but never handed out
    // again (maybe_freelist_push accepts lengths 1..20, maybe_freelist_pop only 1..19).
    Ref t19 = intTuple(interp, 5000, 19);
    const Addr i19 = t19->addr;
    t19 = Ref();
    CHECK(intTuple(interp, 6000, 19)->addr == i19);
    Ref t20 = intTuple(interp, 5000, 20);
    const Addr i20 = t20->addr;
    t20 = Ref();
    CHECK(tupleFreeListSize(interp, 20) == 1);
    CHECK(word(interp, i20) == 0);
    Ref u20 = intTuple(interp, 6000, 20);
    CHECK(u20->addr != i20);

    // gc.collect(2) clears the free lists: the parked blocks go back to pymalloc.
    clearTupleFreeLists(interp);
    CHECK(tupleFreeListSize(interp, 20) == 0);
    CHECK(tupleFreeListSize(interp, 19) == 0);
    Addr start = 0;
    std::uint64_t size = 0;
    const BlockSlot* slot = interp.memory().find(i20 - 16, &start, &size);
    REQUIRE(slot != nullptr);
    CHECK(slot->state == BlockState::Free);
}

TEST_CASE("each length keeps at most 2000 parked tuples") {
    Interpreter interp;
    std::vector<Ref> ts;
    for (int i = 0; i < 2001; ++i) ts.push_back(tuplePack(interp, {interp.none}));
    ts.clear();
    CHECK(tupleFreeListSize(interp, 1) == 2000);
}

TEST_CASE("tuple hash is 3.11's xxHash variant") {
    Interpreter interp;
    // Measured: hash(()) 5740354900026072187, hash((1,)) -6644214454873602895,
    // hash((1,2)) -3550055125485641917, hash((1,(2,3))) 7267574591690527098,
    // hash((-1,)) 8078679518589016365, hash((5,0,2)) -6143170332311272345.
    CHECK(objectHash(interp.emptyTuple) == INT64_C(5740354900026072187));
    CHECK(objectHash(intTuple(interp, 1, 1).get()) == INT64_C(-6644214454873602895));
    CHECK(objectHash(intTuple(interp, 1, 2).get()) == INT64_C(-3550055125485641917));
    Ref inner = intTuple(interp, 2, 2);
    Ref nested = tuplePack(interp, {interp.smallInt(1), inner.get()});
    CHECK(objectHash(nested.get()) == INT64_C(7267574591690527098));
    CHECK(objectHash(tuplePack(interp, {interp.smallInt(-1)}).get()) == INT64_C(8078679518589016365));
    Ref t502 = tuplePack(interp, {interp.smallInt(5), interp.smallInt(0), interp.smallInt(2)});
    CHECK(objectHash(t502.get()) == INT64_C(-6143170332311272345));
    // An unhashable item makes the tuple unhashable.
    Ref l = newList(interp, 0);
    Ref withList = tuplePack(interp, {l.get()});
    CHECK(objectHash(withList.get()) == -1);
    CHECK(takeErrorText(interp) == "TypeError: unhashable type: 'list'");
}

TEST_CASE("tuple repr, label and recursion guard") {
    Interpreter interp;
    CHECK(reprOf(intTuple(interp, 1, 1).get()) == "(1,)");
    CHECK(reprOf(intTuple(interp, 1, 2).get()) == "(1, 2)");
    CHECK(reprOf(interp.emptyTuple) == "()");
    Ref s = newStr(interp, "a");
    Ref big = newInt(interp, 1000);
    CHECK(reprOf(tuplePack(interp, {s.get(), big.get()}).get()) == "('a', 1000)");
    // facts §5: x = []; t = (x,); x.append(t); repr(t) == '([(...)],)'.
    Ref x = newList(interp, 0);
    Ref t = tuplePack(interp, {x.get()});
    REQUIRE(listAppend(x.get(), t.get()) == 0);
    CHECK(reprOf(t.get()) == "([(...)],)");
    CHECK(t->type->label(t.get()) == "(1 item)");
    CHECK(interp.emptyTuple->type->label(interp.emptyTuple) == "()");
    listClear(x.get());
}

TEST_CASE("tuple comparisons") {
    Interpreter interp;
    // Measured: (1,2) < (1,3) and (1,) < (1,0) are True.
    Ref a = tuplePack(interp, {interp.smallInt(1), interp.smallInt(2)});
    Ref b = tuplePack(interp, {interp.smallInt(1), interp.smallInt(3)});
    Ref c = tuplePack(interp, {interp.smallInt(1)});
    Ref d = tuplePack(interp, {interp.smallInt(1), interp.smallInt(0)});
    CHECK(objectRichCompareBool(a.get(), b.get(), CompareOp::Lt) == 1);
    CHECK(objectRichCompareBool(c.get(), d.get(), CompareOp::Lt) == 1);
    CHECK(objectRichCompareBool(a.get(), b.get(), CompareOp::Eq) == 0);
    CHECK(objectRichCompareBool(a.get(), intTuple(interp, 1, 2).get(), CompareOp::Eq) == 1);
    CHECK(objectRichCompareBool(b.get(), a.get(), CompareOp::Ge) == 1);
    Ref s = newStr(interp, "x");
    Ref e = tuplePack(interp, {s.get()});
    CHECK(objectRichCompareBool(c.get(), e.get(), CompareOp::Lt) == -1);
    CHECK(takeErrorText(interp) == "TypeError: '<' not supported between instances of 'int' and 'str'");
}

TEST_CASE("tuple sequence operations and shared results") {
    Interpreter interp;
    Ref t = tuplePack(interp, {interp.smallInt(1), interp.smallInt(2)});
    // Measured: t + () is t, t * 1 is t, () * 5 is (), t[:] is t, t[0:2] is t.
    CHECK(tupleConcat(t.get(), interp.emptyTuple).get() == t.get());
    CHECK(tupleConcat(interp.emptyTuple, t.get()).get() == t.get());
    CHECK(tupleRepeat(t.get(), 1).get() == t.get());
    CHECK(tupleRepeat(interp.emptyTuple, 5).get() == interp.emptyTuple);
    CHECK(tupleSlice(t.get(), 0, 2).get() == t.get());
    CHECK(tupleSubscriptSlice(t.get(), 0, INT64_MAX, 1).get() == t.get());
    CHECK(tupleRepeat(t.get(), 0).get() == interp.emptyTuple);

    Ref r = tupleRepeat(t.get(), 3);
    CHECK(tupleSize(r.get()) == 6);
    CHECK(tupleItem(r.get(), 4) == interp.smallInt(1));
    Ref cat = tupleConcat(t.get(), r.get());
    CHECK(tupleSize(cat.get()) == 8);
    Ref rev = tupleSubscriptSlice(cat.get(), INT64_MAX, INT64_MIN, -3);
    REQUIRE(tupleSize(rev.get()) == 3);
    CHECK(tupleItem(rev.get(), 0) == interp.smallInt(2));
    CHECK(tupleGetItem(t.get(), tupleSize(t.get()) - 1).get() == interp.smallInt(2));
    CHECK(tupleContains(t.get(), interp.smallInt(2)) == 1);
    CHECK(tupleContains(t.get(), interp.smallInt(5)) == 0);
    CHECK(tupleCount(r.get(), interp.smallInt(2)) == 3);
    CHECK(tupleIndex(r.get(), interp.smallInt(2), 2) == 3);

    CHECK(!tupleGetItem(t.get(), 3));
    CHECK(takeErrorText(interp) == "IndexError: tuple index out of range");
    CHECK(!tupleGetItem(t.get(), -1)); // tupleitem does not adjust: t[-5] is -1 after tuplesubscript's
    CHECK(takeErrorText(interp) == "IndexError: tuple index out of range");
    CHECK(tupleIndex(t.get(), interp.smallInt(3)) == -1);
    CHECK(takeErrorText(interp) == "ValueError: tuple.index(x): x not in tuple");
    Ref l = newList(interp, 0);
    CHECK(!tupleConcat(t.get(), l.get()));
    CHECK(takeErrorText(interp) == "TypeError: can only concatenate tuple (not \"list\") to tuple");
}

TEST_CASE("tuple refcount effects") {
    Interpreter interp;
    Ref s = newStr(interp, "payload");
    const std::int64_t base = s->refcnt;
    Ref t = tuplePack(interp, {s.get(), s.get()});
    CHECK(s->refcnt == base + 2);
    Ref r = tupleRepeat(t.get(), 4);
    CHECK(s->refcnt == base + 10);
    r = Ref();
    CHECK(s->refcnt == base + 2);
    Ref sl = tupleSlice(t.get(), 1, 2);
    CHECK(s->refcnt == base + 3);
    sl = Ref();
    t = Ref();
    CHECK(s->refcnt == base);
    Object* raw[2] = {s.get(), interp.none};
    incref(raw[0]);
    incref(raw[1]);
    Ref stolen = tupleFromArraySteal(interp, raw, 2);
    CHECK(s->refcnt == base + 1);
    interp.roots()["t"] = stolen;
    interp.roots()["s"] = s;
    stolen = Ref();
    s = Ref();
    CHECK(auditHeap(interp).empty());
}

TEST_CASE("_PyTuple_MaybeUntrack") {
    Interpreter interp;
    // facts §2.6: tuple([1,2]) tracked at creation, untracked after a collection; a tuple holding
    // a tuple is untracked too once the inner one is.
    Ref t = intTuple(interp, 1, 2);
    REQUIRE(GcState::isTracked(t.get()));
    CHECK(tupleMaybeUntrack(t.get()));
    CHECK_FALSE(GcState::isTracked(t.get()));
    CHECK_FALSE(tupleMaybeUntrack(t.get())); // already untracked

    Ref inner = intTuple(interp, 1, 2);
    Ref outer = tuplePack(interp, {inner.get()});
    CHECK_FALSE(tupleMaybeUntrack(outer.get())); // inner still tracked
    CHECK(tupleMaybeUntrack(inner.get()));
    CHECK(tupleMaybeUntrack(outer.get()));

    // Any other GC object blocks untracking, even an untracked one (_PyObject_GC_MAY_BE_TRACKED):
    // measured, t = tuple([{}]); gc.collect(0) -> gc.is_tracked(t) is True.
    Ref d = newDict(interp);
    REQUIRE_FALSE(GcState::isTracked(d.get()));
    Ref withDict = tuplePack(interp, {d.get()});
    CHECK_FALSE(tupleMaybeUntrack(withDict.get()));
    Ref l = newList(interp, 0);
    Ref withList = tuplePack(interp, {l.get()});
    CHECK_FALSE(tupleMaybeUntrack(withList.get()));
    // A tuple still under construction (a NULL slot) stays tracked.
    Ref partial = newTuple(interp, 2);
    tupleSetItemSteal(partial.get(), 0, newInt(interp, 1).release());
    CHECK_FALSE(tupleMaybeUntrack(partial.get()));
    tupleSetItemSteal(partial.get(), 1, newInt(interp, 2).release());
}

TEST_CASE("tuple memory layout") {
    Interpreter interp;
    Ref big = newInt(interp, 1000);
    Ref t = tuplePack(interp, {big.get(), interp.none});
    const Addr id = t->addr;
    CHECK(id % 16 == 0);
    CHECK(word(interp, id) == 1);
    CHECK(word(interp, id + 8) == interp.types.tuple->addr);
    CHECK(word(interp, id + 16) == 2);
    CHECK(word(interp, id + 24) == big->addr);
    CHECK(word(interp, id + 32) == interp.none->addr);
    CHECK(word(interp, id - 16) != 0); // tracked
}

TEST_CASE("freeing a million-deep nested tuple chain does not overflow the stack") {
    Interpreter interp;
    Ref a = intTuple(interp, 1, 1);
    for (int i = 0; i < 1000000; ++i) {
        Ref outer = newTuple(interp, 1);
        tupleSetItemSteal(outer.get(), 0, a.release());
        a = std::move(outer);
    }
    a = Ref();
    CHECK(interp.trashDeleteNesting == 0);
    CHECK(interp.trashDeleteLater == nullptr);
    CHECK(tupleFreeListSize(interp, 1) == 2000);
    CHECK(auditHeap(interp).empty());
}
