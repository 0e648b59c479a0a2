// Tests for engine/objects/list_object.cpp: sizes and growth (list_resize), the 80-entry free list,
// memory layout reads, refcounts, errors, repr, comparison, sort, and deep deallocation.
// Expected values were measured with CPython 3.11.7 (x86-64 Linux) unless a fact sheet is cited.
#include <doctest/doctest.h>

#include "objects/builtin_function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/audit.h"
#include "runtime/interpreter.h"
#include "vm/vm_state.h"

#include <string>
#include <vector>

using namespace hs;

namespace {

std::int64_t getsizeof(const Object* o) { return o->type->sizeOf(o) + o->type->preHeaderSize(); }
std::int64_t capacity(const Object* l) { return static_cast<const ListObject*>(l)->allocated; }

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

// A list of the ints in `values`, built by BUILD_LIST n (PyList_New + SET_ITEM).
Ref buildList(Interpreter& interp, std::initializer_list<std::int64_t> values) {
    Ref l = newList(interp, static_cast<std::int64_t>(values.size()));
    std::int64_t i = 0;
    for (std::int64_t v : values) listSetItemSteal(l.get(), i++, newInt(interp, v).release());
    return l;
}

// abs(x) as a one-argument builtin: the key function of the sort tests.
Object* absOf(Object*, Object* const* args, std::int64_t, Object*) {
    std::int64_t v = 0;
    intAsInt64(args[0], v);
    return newInt(*args[0]->type->interp, v < 0 ? -v : v).release();
}
const MethodDef kAbsDef = {"abs", absOf, meth::kO};

std::vector<std::int64_t> valuesOf(Object* l) {
    std::vector<std::int64_t> out;
    for (std::int64_t i = 0; i < listSize(l); ++i) {
        std::int64_t v = 0;
        REQUIRE(intAsInt64(listItem(l, i), v));
        out.push_back(v);
    }
    return out;
}

std::string takeErrorText(Interpreter& interp) {
    PendingError e = interp.takeError();
    return e.type + ": " + e.message;
}

} // namespace

TEST_CASE("list getsizeof matches CPython for each construction path") {
    Interpreter interp;
    // facts §4: [] 56, [1,2,3] 88, [None]*5 96, list(range(3)) 88.
    Ref empty = newList(interp, 0);
    CHECK(getsizeof(empty.get()) == 56);

    // [1,2,3] compiles to BUILD_LIST 0 + LIST_EXTEND (1, 2, 3): list_preallocate_exact rounds 3 to 4.
    Ref consts = tuplePack(interp, {interp.smallInt(1), interp.smallInt(2), interp.smallInt(3)});
    Ref lit = newList(interp, 0);
    REQUIRE(listExtend(lit.get(), consts.get()) == 0);
    CHECK(getsizeof(lit.get()) == 88);

    // [None]*5: BUILD_LIST 1 then list_repeat (list_new_prealloc(5)).
    Ref one = newList(interp, 1);
    incref(interp.none);
    listSetItemSteal(one.get(), 0, interp.none);
    Ref five = listRepeat(one.get(), 5);
    CHECK(getsizeof(five.get()) == 96);

    // list(range(3)): the iterator path preallocates the length hint exactly (rounded to 4).
    Ref fromIter = newList(interp, 0);
    REQUIRE(listExtendBegin(fromIter.get(), 3) == 0);
    for (int i = 0; i < 3; ++i) REQUIRE(listAppend(fromIter.get(), interp.smallInt(i)) == 0);
    REQUIRE(listExtendEnd(fromIter.get()) == 0);
    CHECK(getsizeof(fromIter.get()) == 88);

    // BUILD_LIST 2 allocates exactly 2 slots (measured: allocated word of [10**20, 'abc'] = 2).
    Ref two = buildList(interp, {5, 6});
    CHECK(capacity(two.get()) == 2);
}

TEST_CASE("list_resize growth pattern of repeated appends") {
    Interpreter interp;
    // Measured: capacities seen while appending 80 items to [] are 0,4,8,16,24,32,40,52,64,76,92.
    Ref l = newList(interp, 0);
    std::vector<std::int64_t> seen;
    for (int i = 0; i < 80; ++i) {
        if (seen.empty() || seen.back() != capacity(l.get())) seen.push_back(capacity(l.get()));
        REQUIRE(listAppend(l.get(), interp.smallInt(i)) == 0);
    }
    CHECK(seen == std::vector<std::int64_t>{0, 4, 8, 16, 24, 32, 40, 52, 64, 76, 92});
}

TEST_CASE("list_resize shrinking on pop and the other resizing operations") {
    Interpreter interp;
    // list(range(100)) has capacity 100; popping to empty gives (len, cap) steps measured as
    // (99,100) (49,60) (29,36) (17,24) (11,16) (7,12) (5,8) (1,4) (0,0).
    Ref l = newList(interp, 0);
    REQUIRE(listExtendBegin(l.get(), 100) == 0);
    for (int i = 0; i < 100; ++i) REQUIRE(listAppend(l.get(), interp.smallInt(i % 200)) == 0);
    REQUIRE(listExtendEnd(l.get()) == 0);
    CHECK(capacity(l.get()) == 100);
    std::vector<std::pair<std::int64_t, std::int64_t>> caps;
    while (listSize(l.get()) > 0) {
        REQUIRE(listPop(l.get()));
        if (caps.empty() || caps.back().second != capacity(l.get()))
            caps.emplace_back(listSize(l.get()), capacity(l.get()));
    }
    CHECK(caps == std::vector<std::pair<std::int64_t, std::int64_t>>{
                      {99, 100}, {49, 60}, {29, 36}, {17, 24}, {11, 16}, {7, 12}, {5, 8}, {1, 4}, {0, 0}});

    // Measured getsizeof: [1,2,3,4,5].pop() -> cap 6 (the literal is BUILD_LIST 0 + LIST_EXTEND of a
    // constant tuple: exact preallocation rounded to even); [1].pop() -> cap 1 (BUILD_LIST 1);
    // [1,2,3].clear() -> 56.
    Ref a = newList(interp, 0);
    Ref consts5 = tuplePack(interp, {interp.smallInt(1), interp.smallInt(2), interp.smallInt(3), interp.smallInt(4),
                                     interp.smallInt(5)});
    REQUIRE(listExtend(a.get(), consts5.get()) == 0);
    CHECK(capacity(a.get()) == 6);
    REQUIRE(listPop(a.get()));
    CHECK(capacity(a.get()) == 6);
    Ref b = buildList(interp, {1});
    REQUIRE(listPop(b.get()));
    CHECK(capacity(b.get()) == 1);
    Ref c = buildList(interp, {1, 2, 3});
    listClear(c.get());
    CHECK(getsizeof(c.get()) == 56);
    CHECK(listItemsAddr(c.get()) == 0);

    // [1].extend((1,2,3)) -> 120; [1,2].insert(0,5) -> 120; [1,2,3]*3 -> 128; [1,2,3]+[4] -> 88.
    Ref d = buildList(interp, {1});
    Ref t3 = tuplePack(interp, {interp.smallInt(1), interp.smallInt(2), interp.smallInt(3)});
    REQUIRE(listExtend(d.get(), t3.get()) == 0);
    CHECK(getsizeof(d.get()) == 120);
    Ref e = buildList(interp, {1, 2});
    REQUIRE(listInsert(e.get(), 0, interp.smallInt(5)) == 0);
    CHECK(getsizeof(e.get()) == 120);
    CHECK(valuesOf(e.get()) == std::vector<std::int64_t>{5, 1, 2});
    Ref f = buildList(interp, {1, 2, 3});
    CHECK(getsizeof(listRepeat(f.get(), 3).get()) == 128);
    Ref g = buildList(interp, {4});
    CHECK(getsizeof(listConcat(f.get(), g.get()).get()) == 88);

    // list(range(10)): l[2:5] -> 80, l[::2] -> 96, l[:] -> 136.
    Ref ten = newList(interp, 0);
    REQUIRE(listExtendBegin(ten.get(), 10) == 0);
    for (int i = 0; i < 10; ++i) REQUIRE(listAppend(ten.get(), interp.smallInt(i)) == 0);
    REQUIRE(listExtendEnd(ten.get()) == 0);
    CHECK(getsizeof(listSlice(ten.get(), 2, 5).get()) == 80);
    CHECK(getsizeof(listSubscriptSlice(ten.get(), 0, INT64_MAX, 2).get()) == 96);
    CHECK(getsizeof(listCopy(ten.get()).get()) == 136);

    // l[2:4] = [] -> 136 [0,1,4..9]; del l[::2] -> 136 [1,3,5,7,9]; l[1:3] = (7,)*5 -> 216; l *= 2 -> 216.
    Ref h = listCopy(ten.get());
    Ref none = newList(interp, 0);
    REQUIRE(listSetSlice(h.get(), 2, 4, none.get()) == 0);
    CHECK(getsizeof(h.get()) == 136);
    CHECK(valuesOf(h.get()) == std::vector<std::int64_t>{0, 1, 4, 5, 6, 7, 8, 9});
    Ref k = listCopy(ten.get());
    REQUIRE(listAssignSubscriptSlice(k.get(), 0, INT64_MAX, 2, nullptr) == 0);
    CHECK(getsizeof(k.get()) == 136);
    CHECK(valuesOf(k.get()) == std::vector<std::int64_t>{1, 3, 5, 7, 9});
    Ref m = listCopy(ten.get());
    Object* seven = interp.smallInt(7);
    Ref sevens = tuplePack(interp, {seven, seven, seven, seven, seven});
    REQUIRE(listSetSlice(m.get(), 1, 3, sevens.get()) == 0);
    CHECK(getsizeof(m.get()) == 216);
    CHECK(valuesOf(m.get()) == std::vector<std::int64_t>{0, 7, 7, 7, 7, 7, 3, 4, 5, 6, 7, 8, 9});
    Ref n = listCopy(ten.get());
    REQUIRE(listInplaceRepeat(n.get(), 2) == 0);
    CHECK(getsizeof(n.get()) == 216);
}

TEST_CASE("list memory layout: ob_size, ob_item and allocated words") {
    Interpreter interp;
    // Measured on [10**20, 'abc']: word at +16 = 2, the buffer at word +24 holds the items' ids,
    // word +32 = 2.
    Ref big = newInt(interp, INT64_C(1) << 62);
    Ref s = newStr(interp, "abc");
    Ref l = newList(interp, 2);
    listSetItemSteal(l.get(), 0, Ref(big).release());
    listSetItemSteal(l.get(), 1, Ref(s).release());
    const Addr id = l->addr;
    CHECK(id % 16 == 0);
    CHECK(word(interp, id) == 1);
    CHECK(word(interp, id + 8) == interp.types.list->addr);
    CHECK(word(interp, id + 16) == 2);
    const Addr items = word(interp, id + 24);
    CHECK(items == listItemsAddr(l.get()));
    CHECK(word(interp, items) == big->addr);
    CHECK(word(interp, items + 8) == s->addr);
    CHECK(word(interp, id + 32) == 2);
    // The GC head: tracked, so _gc_next is non-zero.
    CHECK(word(interp, id - 16) != 0);
}

TEST_CASE("list free list: reuse, LIFO order, parked state, gc count") {
    Interpreter interp;
    // Measured: a = []; del a; b = [] -> same id. x = []; y = []; del x; del y -> next two new
    // lists get id(y) then id(x).
    Addr ia;
    {
        Ref a = newList(interp, 0);
        ia = a->addr;
    }
    CHECK(listFreeListSize(interp) == 1);
    Ref b = newList(interp, 0);
    CHECK(b->addr == ia);
    b = Ref();

    Ref x = newList(interp, 0);
    Ref y = newList(interp, 0);
    const Addr ix = x->addr, iy = y->addr;
    x = Ref();
    y = Ref();
    Ref p = newList(interp, 0);
    Ref q = newList(interp, 0);
    CHECK(p->addr == iy);
    CHECK(q->addr == ix);

    // Measured: z = [1, 2]; del z -> refcnt word 0, type word still list, ob_size word 2.
    Ref z = buildList(interp, {1, 2});
    const Addr iz = z->addr;
    const Addr zitems = listItemsAddr(z.get());
    z = Ref();
    CHECK(word(interp, iz) == 0);
    CHECK(word(interp, iz + 8) == interp.types.list->addr);
    CHECK(word(interp, iz + 16) == 2);
    CHECK(word(interp, iz + 24) == zitems); // list_dealloc does not reset ob_item
    CHECK(word(interp, iz - 16) == 0);      // untracked

    // facts §2.1 (measured count (543, 543, 543)): taking a list from the free list and parking
    // it again leave gc count0 unchanged; a fresh allocation counts one.
    const std::int64_t c0 = interp.gc().generations[0].count;
    Ref n1 = newList(interp, 0);
    CHECK(interp.gc().generations[0].count == c0);
    n1 = Ref();
    CHECK(interp.gc().generations[0].count == c0);
    clearListFreeList(interp);
    CHECK(listFreeListSize(interp) == 0);
    const std::int64_t c1 = interp.gc().generations[0].count;
    Ref n2 = newList(interp, 0);
    CHECK(interp.gc().generations[0].count == c1 + 1);
    CHECK(GcState::isTracked(n2.get()));
}

TEST_CASE("list item buffers go through PyMem: reuse, clear, growth") {
    Interpreter interp;
    auto literal = [&](std::int64_t a, std::int64_t b, std::int64_t c) {
        // BUILD_LIST 0 + LIST_EXTEND of a constant tuple.
        Ref consts = tuplePack(interp, {interp.smallInt(a), interp.smallInt(b), interp.smallInt(c)});
        Ref l = newList(interp, 0);
        REQUIRE(listExtend(l.get(), consts.get()) == 0);
        return l;
    };
    auto itemsWord = [&](const Ref& l) { return word(interp, l->addr + 24); };
    // Measured: a = [1,2,3]; X = ob_item; del a; b = [4,5,6] -> same object and same buffer.
    Ref a = literal(1, 2, 3);
    const Addr ia = a->addr;
    const Addr x = itemsWord(a);
    a = Ref();
    Ref b = literal(4, 5, 6);
    CHECK(b->addr == ia);
    CHECK(itemsWord(b) == x);
    // Measured: c.clear() leaves ob_item NULL, and the next [1,2,3] gets c's old buffer.
    Ref c = literal(7, 8, 9);
    const Addr y = itemsWord(c);
    listClear(c.get());
    CHECK(itemsWord(c) == 0);
    Ref d = literal(1, 2, 3);
    CHECK(itemsWord(d) == y);
    // Measured: growing from 4 to 8 slots (e.append(5) on [1,2,3,4]) moves the buffer to another
    // size class.
    Ref e = literal(1, 2, 3);
    REQUIRE(listAppend(e.get(), interp.smallInt(4)) == 0);
    const Addr z = itemsWord(e);
    REQUIRE(listAppend(e.get(), interp.smallInt(5)) == 0);
    CHECK(itemsWord(e) != z);
    CHECK(capacity(e.get()) == 8);
}

TEST_CASE("the 81st freed list goes back to pymalloc") {
    Interpreter interp;
    // list_dealloc parks while numfree < 80 (PyList_MAXFREELIST), else PyObject_GC_Del.
    std::vector<Ref> lists;
    for (int i = 0; i < 81; ++i) lists.push_back(newList(interp, 0));
    std::vector<Addr> ids;
    for (auto& l : lists) ids.push_back(l->addr);
    const std::int64_t before = interp.gc().generations[0].count;
    for (auto& l : lists) l = Ref();
    CHECK(listFreeListSize(interp) == 80);
    // Only the 81st decremented the gc count (PyObject_GC_Del).
    CHECK(interp.gc().generations[0].count == before - 1);
    Addr start = 0;
    std::uint64_t size = 0;
    const BlockSlot* slot = interp.memory().find(ids[80] - 16, &start, &size);
    REQUIRE(slot != nullptr);
    CHECK(slot->state == BlockState::Free);
    const BlockSlot* parked = interp.memory().find(ids[79] - 16, &start, &size);
    REQUIRE(parked != nullptr);
    CHECK(visibleBlockState(*parked) == BlockState::Retained);
    // New lists come from the free list first, most recently parked first.
    Ref again = newList(interp, 0);
    CHECK(again->addr == ids[79]);
}

TEST_CASE("list refcount effects of the operations") {
    Interpreter interp;
    Ref obj = newStr(interp, "payload");
    const std::int64_t base = obj->refcnt;
    Ref l = newList(interp, 0);
    REQUIRE(listAppend(l.get(), obj.get()) == 0);
    CHECK(obj->refcnt == base + 1);
    REQUIRE(listInsert(l.get(), 0, obj.get()) == 0);
    CHECK(obj->refcnt == base + 2);
    Ref r3 = listRepeat(l.get(), 3);
    CHECK(obj->refcnt == base + 8);
    r3 = Ref();
    CHECK(obj->refcnt == base + 2);
    Ref popped = listPop(l.get());
    CHECK(obj->refcnt == base + 2); // the list's reference moved to `popped`
    popped = Ref();
    CHECK(obj->refcnt == base + 1);
    REQUIRE(listSetItem(l.get(), 0, interp.none) == 0);
    CHECK(obj->refcnt == base);
    REQUIRE(listAppend(l.get(), obj.get()) == 0);
    REQUIRE(listRemove(l.get(), obj.get()) == 0);
    CHECK(obj->refcnt == base);
    CHECK(listCount(l.get(), interp.none) == 1);
    Object* got = listGetItem(l.get(), listSize(l.get()) - 1);
    CHECK(got == interp.none);

    // The heap audit agrees once everything is held by roots.
    interp.roots()["l"] = l;
    interp.roots()["obj"] = obj;
    l = Ref();
    obj = Ref();
    got = nullptr;
    CHECK(auditHeap(interp).empty());
}

TEST_CASE("list errors carry CPython's messages") {
    Interpreter interp;
    Ref one = buildList(interp, {1});
    CHECK(listRemove(one.get(), interp.smallInt(2)) == -1);
    CHECK(takeErrorText(interp) == "ValueError: list.remove(x): x not in list");
    CHECK(listIndex(one.get(), interp.smallInt(3)) == -1);
    CHECK(takeErrorText(interp) == "ValueError: 3 is not in list");
    Ref x = buildList(interp, {});
    Ref sx = newStr(interp, "x");
    REQUIRE(listAppend(x.get(), sx.get()) == 0);
    Ref sy = newStr(interp, "y");
    CHECK(listIndex(x.get(), sy.get()) == -1);
    CHECK(takeErrorText(interp) == "ValueError: 'y' is not in list");
    Ref empty = newList(interp, 0);
    CHECK(!listPop(empty.get()));
    CHECK(takeErrorText(interp) == "IndexError: pop from empty list");
    CHECK(!listPop(one.get(), 5));
    CHECK(takeErrorText(interp) == "IndexError: pop index out of range");
    CHECK(listGetItem(one.get(), 5) == nullptr);
    CHECK(takeErrorText(interp) == "IndexError: list index out of range");
    CHECK(listSetItem(one.get(), 5, interp.none) == -1);
    CHECK(takeErrorText(interp) == "IndexError: list assignment index out of range");
    // The item functions only range-check: one[-2] reaches them as -1 (list_subscript adds the length once).
    CHECK(listGetItem(one.get(), -1) == nullptr);
    CHECK(takeErrorText(interp) == "IndexError: list index out of range");
    CHECK(listSetItem(one.get(), -1, interp.none) == -1);
    CHECK(takeErrorText(interp) == "IndexError: list assignment index out of range");
    CHECK(listDelItem(one.get(), -1) == -1);
    CHECK(takeErrorText(interp) == "IndexError: list assignment index out of range");
    Ref t = tuplePack(interp, {interp.smallInt(1)});
    CHECK(!listConcat(one.get(), t.get()));
    CHECK(takeErrorText(interp) == "TypeError: can only concatenate list (not \"tuple\") to list");
    Ref five = buildList(interp, {0, 1, 2, 3, 4});
    CHECK(listAssignSubscriptSlice(five.get(), 0, INT64_MAX, 2, one.get()) == -1);
    CHECK(takeErrorText(interp) == "ValueError: attempt to assign sequence of size 1 to extended slice of size 3");
    CHECK(objectHash(one.get()) == -1);
    CHECK(takeErrorText(interp) == "TypeError: unhashable type: 'list'");
}

TEST_CASE("list repr, label and comparisons") {
    Interpreter interp;
    Ref l = buildList(interp, {1, 2, 3});
    CHECK(reprOf(l.get()) == "[1, 2, 3]");
    CHECK(reprOf(newList(interp, 0).get()) == "[]");
    CHECK(l->type->label(l.get()) == "[3 items]");
    // facts §5: a list containing itself prints [[...]].
    Ref self = newList(interp, 0);
    REQUIRE(listAppend(self.get(), self.get()) == 0);
    CHECK(reprOf(self.get()) == "[[...]]");
    listClear(self.get());

    // Measured: [1,2] < [1,2,3], [1,2] == [1,2], [2] > [1,5] are all True.
    auto cmp = [&](Object* a, Object* b, CompareOp op) { return objectRichCompareBool(a, b, op); };
    Ref a = buildList(interp, {1, 2});
    Ref b = buildList(interp, {1, 2, 3});
    Ref c = buildList(interp, {1, 2});
    Ref d = buildList(interp, {2});
    Ref e = buildList(interp, {1, 5});
    CHECK(cmp(a.get(), b.get(), CompareOp::Lt) == 1);
    CHECK(cmp(a.get(), c.get(), CompareOp::Eq) == 1);
    CHECK(cmp(a.get(), b.get(), CompareOp::Eq) == 0);
    CHECK(cmp(d.get(), e.get(), CompareOp::Gt) == 1);
    CHECK(listContains(b.get(), interp.smallInt(3)) == 1);
    CHECK(listContains(b.get(), interp.smallInt(4)) == 0);
}

TEST_CASE("list traverse visits items from last to first") {
    Interpreter interp;
    // facts §2.6: gc.get_referents([1, 'a', C]) == [C, 'a', 1].
    Ref s = newStr(interp, "a");
    Ref inner = newList(interp, 0);
    Ref l = newList(interp, 3);
    listSetItemSteal(l.get(), 0, interp.smallInt(1));
    incref(interp.smallInt(1));
    listSetItemSteal(l.get(), 1, Ref(s).release());
    listSetItemSteal(l.get(), 2, Ref(inner).release());
    std::vector<Object*> seen;
    l->type->traverse(l.get(), [](Object* o, void* arg) {
        static_cast<std::vector<Object*>*>(arg)->push_back(o);
        return 0;
    }, &seen);
    REQUIRE(seen.size() == 3);
    CHECK(seen[0] == inner.get());
    CHECK(seen[1] == s.get());
    CHECK(seen[2] == interp.smallInt(1));
}

TEST_CASE("list sort with a key function: keys computed while the list reads as empty") {
    Interpreter interp;
    initVm(interp);
    // Keys: sort by key (stable), values follow: key = abs (a builtin function object).
    Ref kl = buildList(interp, {-4, 3, -2, 1});
    Ref absFn = newBuiltinFunction(interp, &kAbsDef, nullptr, nullptr);
    REQUIRE(listSort(kl.get(), absFn.get()) == 0);
    CHECK(valuesOf(kl.get()) == std::vector<std::int64_t>{1, -2, 3, -4});

}

TEST_CASE("list sort is stable, honours reverse and keys, and detects mutation") {
    Interpreter interp;
    Ref l = buildList(interp, {5, 3, 9, 1, 3, 7, 2, 8, 6, 4, 0});
    REQUIRE(listSort(l.get()) == 0);
    CHECK(valuesOf(l.get()) == std::vector<std::int64_t>{0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9});
    REQUIRE(listSort(l.get(), nullptr, true) == 0);
    CHECK(valuesOf(l.get()) == std::vector<std::int64_t>{9, 8, 7, 6, 5, 4, 3, 3, 2, 1, 0});

    // A long input exercising runs, merges and galloping (and merge memory beyond 256 slots).
    Ref big = newList(interp, 0);
    std::vector<std::int64_t> expect;
    std::uint64_t seed = 12345;
    for (int i = 0; i < 3000; ++i) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        const std::int64_t v = static_cast<std::int64_t>((seed >> 33) % 1000) + (i < 1500 ? 0 : 500);
        expect.push_back(v);
        REQUIRE(listAppend(big.get(), newInt(interp, v).get()) == 0);
    }
    std::stable_sort(expect.begin(), expect.end());
    REQUIRE(listSort(big.get()) == 0);
    CHECK(valuesOf(big.get()) == expect);

    Ref kl = buildList(interp, {1, -2, 3, -4});

    // Stability with equal keys: sort pairs by their first element only.
    Ref pairs = newList(interp, 0);
    const int firsts[] = {2, 1, 2, 1, 0};
    for (int i = 0; i < 5; ++i) {
        Ref t = tuplePack(interp, {interp.smallInt(firsts[i]), interp.smallInt(i)});
        REQUIRE(listAppend(pairs.get(), t.get()) == 0);
    }
    auto byFirst = [](Object* a, Object* b, void*) {
        return objectRichCompareBool(tupleItem(a, 0), tupleItem(b, 0), CompareOp::Lt);
    };
    REQUIRE(listSort(pairs.get(), nullptr, false, byFirst) == 0);
    std::vector<std::int64_t> order;
    for (std::int64_t i = 0; i < 5; ++i) {
        std::int64_t v = 0;
        intAsInt64(tupleItem(listItem(pairs.get(), i), 1), v);
        order.push_back(v);
    }
    CHECK(order == std::vector<std::int64_t>{4, 1, 3, 0, 2});

    // A comparison that appends to the list being sorted: ValueError, list restored.
    struct Ctx { Object* list; } ctx{kl.get()};
    auto mutating = [](Object* a, Object* b, void* c) {
        listAppend(static_cast<Ctx*>(c)->list, a);
        return objectRichCompareBool(a, b, CompareOp::Lt);
    };
    CHECK(listSort(kl.get(), nullptr, false, mutating, &ctx) == -1);
    CHECK(takeErrorText(interp) == "ValueError: list modified during sort");
    CHECK(listSize(kl.get()) == 4);

    // Incomparable items: the comparison's TypeError comes through.
    Ref mixed = newList(interp, 0);
    REQUIRE(listAppend(mixed.get(), interp.smallInt(1)) == 0);
    Ref str = newStr(interp, "a");
    REQUIRE(listAppend(mixed.get(), str.get()) == 0);
    CHECK(listSort(mixed.get()) == -1);
    CHECK(takeErrorText(interp) == "TypeError: '<' not supported between instances of 'str' and 'int'");
}

TEST_CASE("list sort makes the same comparisons as CPython's timsort") {
    Interpreter interp;
    // Measured with a class counting __lt__ calls: 26 for [5,3,9,1,3,7,2,8,6,4,0]; for the 3000
    // values of the LCG below, 29235 (sort()) and 29270 (sort(reverse=True)).
    struct Counter { std::int64_t n = 0; } counter;
    auto counting = [](Object* a, Object* b, void* c) {
        ++static_cast<Counter*>(c)->n;
        return objectRichCompareBool(a, b, CompareOp::Lt);
    };
    Ref small = buildList(interp, {5, 3, 9, 1, 3, 7, 2, 8, 6, 4, 0});
    REQUIRE(listSort(small.get(), nullptr, false, counting, &counter) == 0);
    CHECK(counter.n == 26);

    auto lcgList = [&]() {
        Ref l = newList(interp, 0);
        std::uint64_t seed = 12345;
        for (int i = 0; i < 3000; ++i) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            const std::int64_t v = static_cast<std::int64_t>((seed >> 33) % 1000) + (i < 1500 ? 0 : 500);
            REQUIRE(listAppend(l.get(), newInt(interp, v).get()) == 0);
        }
        return l;
    };
    counter.n = 0;
    Ref big = lcgList();
    REQUIRE(listSort(big.get(), nullptr, false, counting, &counter) == 0);
    CHECK(counter.n == 29235);
    counter.n = 0;
    Ref big2 = lcgList();
    REQUIRE(listSort(big2.get(), nullptr, true, counting, &counter) == 0);
    CHECK(counter.n == 29270);
}

TEST_CASE("freeing a million-deep nested list chain does not overflow the stack") {
    Interpreter interp;
    // a = []; for i in range(10**6): a = [a]; del a  (list_dealloc uses the trashcan).
    Ref a = newList(interp, 0);
    for (int i = 0; i < 1000000; ++i) {
        Ref outer = newList(interp, 1);
        listSetItemSteal(outer.get(), 0, a.release());
        a = std::move(outer);
    }
    a = Ref();
    CHECK(interp.trashDeleteNesting == 0);
    CHECK(interp.trashDeleteLater == nullptr);
    CHECK(listFreeListSize(interp) == 80);
    CHECK(auditHeap(interp).empty());
}
