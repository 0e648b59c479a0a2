// Tests for engine/objects/dict_object.cpp and dict_keys.cpp: sizes across growth and construction
// paths, the shared empty keys, free lists, tracking, refcounts, memory reads, repr and errors.
// Expected values were measured with CPython 3.11.7 (x86-64 Linux) unless a fact sheet is cited.
#include <doctest/doctest.h>

#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/audit.h"
#include "runtime/interpreter.h"

#include <string>
#include <utility>
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

Ref str(Interpreter& interp, const std::string& s) { return newStr(interp, s); }
Ref num(Interpreter& interp, std::int64_t v) { return newInt(interp, v); }

void set(Object* d, Object* k, Object* v) { REQUIRE(dictSetItem(d, k, v) == 0); }
void setInt(Interpreter& interp, Object* d, std::int64_t k, std::int64_t v) {
    set(d, num(interp, k).get(), num(interp, v).get());
}
void setStr(Interpreter& interp, Object* d, const std::string& k, std::int64_t v) {
    set(d, str(interp, k).get(), num(interp, v).get());
}

std::int64_t count0(Interpreter& interp) { return interp.gc().generations[0].count; }
bool tracked(Object* o) { return GcState::isTracked(o); }

std::vector<std::int64_t> intKeys(Object* d) {
    std::vector<std::int64_t> out;
    std::int64_t pos = 0;
    Object* k = nullptr;
    while (dictNext(d, pos, &k, nullptr)) {
        std::int64_t v = 0;
        REQUIRE(intAsInt64(k, v));
        out.push_back(v);
    }
    return out;
}

} // namespace

TEST_CASE("empty dict: 64 bytes, shared empty keys, untracked, counted") {
    Interpreter interp;
    const std::int64_t before = count0(interp);
    Ref a = newDict(interp);
    Ref b = newDict(interp);
    // facts §4: {} 64; dict() 64.
    CHECK(getsizeof(a.get()) == 64);
    CHECK(!tracked(a.get()));
    CHECK(count0(interp) == before + 2);
    // Both share Py_EMPTY_KEYS: the ma_keys words (+32) are equal (measured: True).
    CHECK(word(interp, a->addr + 32) == word(interp, b->addr + 32));
    CHECK(word(interp, a->addr + 32) == emptyDictKeys()->addr);
    CHECK(word(interp, a->addr + 16) == 0);
    CHECK(word(interp, a->addr + 40) == 0);
    Ref t = dictTypeNew(interp);
    CHECK(getsizeof(t.get()) == 64);
}

TEST_CASE("dict size across insertion growth, str and int keys") {
    // Measured: d = {}; d[k] = i for i in range(1100), recording sys.getsizeof changes.
    const std::vector<std::pair<int, std::int64_t>> strSteps = {
        {0, 64}, {1, 184}, {6, 272}, {11, 464}, {22, 832}, {43, 1584}, {86, 3328}, {171, 6576}, {342, 13056}, {683, 26032}};
    const std::vector<std::pair<int, std::int64_t>> intSteps = {
        {0, 64}, {1, 224}, {6, 352}, {11, 632}, {22, 1168}, {43, 2264}, {86, 4688}, {171, 9304}, {342, 18512}, {683, 36952}};
    for (bool useStr : {true, false}) {
        Interpreter interp;
        Ref d = newDict(interp);
        const auto& steps = useStr ? strSteps : intSteps;
        std::size_t next = 0;
        std::int64_t prev = -1;
        for (int i = 0; i < 1100; ++i) {
            const std::int64_t s = getsizeof(d.get());
            if (s != prev) {
                REQUIRE(next < steps.size());
                CHECK(steps[next].first == i);
                CHECK(steps[next].second == s);
                ++next;
                prev = s;
            }
            if (useStr) setStr(interp, d.get(), "k" + std::to_string(i), i);
            else setInt(interp, d.get(), i, i);
        }
        CHECK(next == steps.size());
        CHECK(dictSize(d.get()) == 1100);
        CHECK(word(interp, d->addr + 16) == 1100); // ma_used
    }
}

TEST_CASE("dict literals are presized (_PyDict_FromItems)") {
    // Measured: sys.getsizeof(eval("{'k0': 0, ...}")) and of the int-keyed literal, n items. Up to 16
    // items compile to one BUILD_CONST_KEY_MAP (_PyDict_FromItems); longer literals are split by
    // the compiler (BUILD_MAP 0 + MAP_ADD for the first 17), so they grow like insertions.
    const std::vector<std::tuple<int, std::int64_t, std::int64_t>> cases = {
        {1, 184, 224}, {2, 184, 224}, {5, 184, 224}, {6, 272, 352}, {8, 272, 352}, {9, 272, 352},
        {10, 272, 352}, {11, 464, 632}, {12, 464, 632}, {16, 464, 632}};
    for (const auto& [n, strSize, intSize] : cases) {
        Interpreter interp;
        std::vector<Ref> ks, ksInt, vs;
        std::vector<Object*> kp, kpInt, vp;
        for (int i = 0; i < n; ++i) {
            ks.push_back(str(interp, "k" + std::to_string(i)));
            ksInt.push_back(num(interp, i));
            vs.push_back(num(interp, i));
            kp.push_back(ks.back().get());
            kpInt.push_back(ksInt.back().get());
            vp.push_back(vs.back().get());
        }
        Ref ds = dictFromItems(interp, kp.data(), 1, vp.data(), 1, n);
        Ref di = dictFromItems(interp, kpInt.data(), 1, vp.data(), 1, n);
        const auto caseSize = n; // structured bindings cannot be captured by CAPTURE's lambda (clang)
        CAPTURE(caseSize);
        CHECK(getsizeof(ds.get()) == strSize);
        CHECK(getsizeof(di.get()) == intSize);
        CHECK(dictSize(ds.get()) == n);
    }
    // _PyDict_NewPresized is never unicode: 6 entries get a 16-slot general table.
    Interpreter interp;
    Ref p = newDictPresized(interp, 6);
    CHECK(getsizeof(p.get()) == 352);
    CHECK(getsizeof(newDictPresized(interp, 5).get()) == 64);
}

TEST_CASE("a non-str key converts a unicode table to a general one") {
    Interpreter interp;
    // Measured: d = {'a': 1} 184; d[1] = 2 -> 352. {'a'..'e'} + int key -> 352.
    Ref d = newDict(interp);
    setStr(interp, d.get(), "a", 1);
    CHECK(getsizeof(d.get()) == 184);
    setInt(interp, d.get(), 1, 2);
    CHECK(getsizeof(d.get()) == 352);
    Ref e = newDict(interp);
    for (const char* k : {"a", "b", "c", "d", "e"}) setStr(interp, e.get(), k, 1);
    setInt(interp, e.get(), 1, 2);
    CHECK(getsizeof(e.get()) == 352);
    CHECK(reprOf(d.get()) == "{'a': 1, 1: 2}");
}

TEST_CASE("deletion leaves dummies; the next insert resizes by GROWTH_RATE") {
    Interpreter interp;
    // Measured: 5 int keys, all deleted -> 224, len 0; one insert -> 224 (resized to 8 slots).
    Ref d = newDict(interp);
    for (int i = 0; i < 5; ++i) setInt(interp, d.get(), i, i);
    for (int i = 0; i < 5; ++i) REQUIRE(dictDelItem(d.get(), num(interp, i).get()) == 0);
    CHECK(getsizeof(d.get()) == 224);
    CHECK(dictSize(d.get()) == 0);
    setInt(interp, d.get(), 10, 1);
    CHECK(getsizeof(d.get()) == 224);
    CHECK(intKeys(d.get()) == std::vector<std::int64_t>{10});
    // Measured: 6 inserts, 5 deletes, 3 inserts: 352 throughout.
    Ref e = newDict(interp);
    for (int i = 0; i < 6; ++i) setInt(interp, e.get(), i, i);
    for (int i = 0; i < 5; ++i) REQUIRE(dictDelItem(e.get(), num(interp, i).get()) == 0);
    CHECK(getsizeof(e.get()) == 352);
    for (int i = 100; i < 103; ++i) setInt(interp, e.get(), i, i);
    CHECK(getsizeof(e.get()) == 352);
    CHECK(intKeys(e.get()) == std::vector<std::int64_t>{5, 100, 101, 102});
}

TEST_CASE("insertion order survives delete and re-insert") {
    Interpreter interp;
    // Measured: d = {5: 'a', 1: 'b', 9: 'c'}; del d[1]; d[1] = 'x' -> {5: 'a', 9: 'c', 1: 'x'}
    Ref d = newDict(interp);
    set(d.get(), num(interp, 5).get(), str(interp, "a").get());
    set(d.get(), num(interp, 1).get(), str(interp, "b").get());
    set(d.get(), num(interp, 9).get(), str(interp, "c").get());
    REQUIRE(dictDelItem(d.get(), num(interp, 1).get()) == 0);
    set(d.get(), num(interp, 1).get(), str(interp, "x").get());
    CHECK(reprOf(d.get()) == "{5: 'a', 9: 'c', 1: 'x'}");
}

TEST_CASE("copy, update and clear sizes") {
    Interpreter interp;
    // Measured: 10 int keys: 352, copy 352; 10 str keys 272, copy 272, {}.update(d) 272; clear 64.
    Ref di = newDict(interp);
    for (int i = 0; i < 10; ++i) setInt(interp, di.get(), i, i);
    CHECK(getsizeof(di.get()) == 352);
    Ref ci = dictCopy(di.get());
    CHECK(getsizeof(ci.get()) == 352);
    Ref ds = newDict(interp);
    for (int i = 0; i < 10; ++i) setStr(interp, ds.get(), "a" + std::to_string(i), i);
    CHECK(getsizeof(ds.get()) == 272);
    CHECK(getsizeof(dictCopy(ds.get()).get()) == 272);
    Ref e = newDict(interp);
    REQUIRE(dictUpdate(e.get(), ds.get()) == 0);
    CHECK(getsizeof(e.get()) == 272);
    Ref viaType = dictTypeNew(interp); // dict(d)
    REQUIRE(dictUpdate(viaType.get(), ds.get()) == 0);
    CHECK(getsizeof(viaType.get()) == 272);
    Object* eq = dictRichCompare(e.get(), ds.get(), CompareOp::Eq);
    CHECK(eq == interp.trueObj);
    decref(eq);
    dictClear(ds.get());
    CHECK(getsizeof(ds.get()) == 64);
    CHECK(word(interp, ds->addr + 32) == emptyDictKeys()->addr);
    interp.roots()["di"] = std::move(di);
    interp.roots()["ci"] = std::move(ci);
    interp.roots()["ds"] = std::move(ds);
    interp.roots()["e"] = std::move(e);
    interp.roots()["viaType"] = std::move(viaType);
    CHECK(auditHeap(interp).empty());
}

TEST_CASE("repr: empty, nested, recursive") {
    Interpreter interp;
    Ref d = newDict(interp);
    CHECK(reprOf(d.get()) == "{}");
    setStr(interp, d.get(), "a", 1);
    CHECK(reprOf(d.get()) == "{'a': 1}");
    // {1: 'x', 'b': [1, 2]}
    Ref e = newDict(interp);
    set(e.get(), num(interp, 1).get(), str(interp, "x").get());
    Ref l = newList(interp, 0);
    listAppend(l.get(), interp.smallInt(1));
    listAppend(l.get(), interp.smallInt(2));
    set(e.get(), str(interp, "b").get(), l.get());
    CHECK(reprOf(e.get()) == "{1: 'x', 'b': [1, 2]}");
    // d = {}; d['x'] = d -> {'x': {...}}
    Ref r = newDict(interp);
    set(r.get(), str(interp, "x").get(), r.get());
    CHECK(reprOf(r.get()) == "{'x': {...}}");
    dictClear(r.get());
    CHECK(e->type->label(e.get()) == "{2 items}");
}

TEST_CASE("GC tracking follows _PyObject_GC_MAY_BE_TRACKED") {
    Interpreter interp;
    // Measured: {} False, {'a': 1} False, {'a': []} True, {1: tuple([1,2])} True, {1: ()} False,
    // {(): 1} False.
    Ref a = newDict(interp);
    setStr(interp, a.get(), "a", 1);
    CHECK(!tracked(a.get()));
    Ref b = newDict(interp);
    set(b.get(), str(interp, "a").get(), newList(interp, 0).get());
    CHECK(tracked(b.get()));
    Ref t = tuplePack(interp, {interp.smallInt(1), interp.smallInt(2)});
    REQUIRE(tracked(t.get()));
    Ref c = newDict(interp);
    set(c.get(), interp.smallInt(1), t.get());
    CHECK(tracked(c.get()));
    Ref d = newDict(interp);
    set(d.get(), interp.smallInt(1), interp.emptyTuple);
    CHECK(!tracked(d.get()));
    Ref e = newDict(interp);
    set(e.get(), interp.emptyTuple, interp.smallInt(1));
    CHECK(!tracked(e.get()));
    // Measured: d[1] = [] tracks; d[1] = 1 keeps it tracked until a full collection untracks it.
    Ref f = newDict(interp);
    set(f.get(), interp.smallInt(1), newList(interp, 0).get());
    CHECK(tracked(f.get()));
    set(f.get(), interp.smallInt(1), interp.smallInt(1));
    CHECK(tracked(f.get()));
    CHECK(dictMaybeUntrack(f.get()));
    CHECK(!tracked(f.get()));
    CHECK(!dictMaybeUntrack(b.get()));
    // Measured: {'a': []}.copy() tracked; dict({'a': 1}) untracked.
    CHECK(tracked(dictCopy(b.get()).get()));
    Ref g = dictTypeNew(interp);
    REQUIRE(dictUpdate(g.get(), a.get()) == 0);
    CHECK(!tracked(g.get()));
    // A general table with a tracked key: the key keeps it tracked.
    Ref h = newDict(interp);
    Ref tk = tuplePack(interp, {interp.smallInt(1), interp.smallInt(2)});
    set(h.get(), tk.get(), interp.smallInt(1));
    CHECK(tracked(h.get()));
    CHECK(!dictMaybeUntrack(h.get()));
}

TEST_CASE("dict free list: 100 dicts count +101, LIFO reuse, dead dict reads refcnt 0") {
    Interpreter interp;
    // facts §2.1 / measured: l = []; 100 x l.append({}) -> count0 +101; del l -> -20 (80 dicts
    // parked on the dict free list, the list on the list free list).
    const std::int64_t c0 = count0(interp);
    Ref l = newList(interp, 0);
    for (int i = 0; i < 100; ++i) {
        Ref d = newDict(interp);
        REQUIRE(listAppend(l.get(), d.get()) == 0);
    }
    CHECK(count0(interp) - c0 == 101);
    const std::int64_t c1 = count0(interp);
    l = Ref();
    CHECK(count0(interp) - c1 == -20);
    CHECK(interp.freeLists().dicts.size() == 80);

    // Measured: a = {}; b = {}; del a; del b; x = {}; y = {} -> id(x) == id(b), id(y) == id(a).
    Ref a = newDict(interp);
    Ref b = newDict(interp);
    const Addr ia = a->addr, ib = b->addr;
    setInt(interp, a.get(), 1, 2);
    a = Ref();
    // facts §3.3: a freed dict's ob_refcnt still reads 0; ma_used keeps its last value.
    CHECK(word(interp, ia) == 0);
    CHECK(word(interp, ia + 16) == 1);
    b = Ref();
    const std::int64_t c2 = count0(interp);
    Ref x = newDict(interp);
    Ref y = newDict(interp);
    CHECK(x->addr == ib);
    CHECK(y->addr == ia);
    CHECK(count0(interp) == c2); // free-list reuse does not count
    CHECK(dictSize(y.get()) == 0);

    // Measured: z = {}; del z; dict() is a fresh allocation (id differs).
    Ref z = newDict(interp);
    const Addr iz = z->addr;
    z = Ref();
    Ref w = dictTypeNew(interp);
    CHECK(w->addr != iz);

    clearDictFreeLists(interp);
    CHECK(interp.freeLists().dicts.empty());
    CHECK(interp.freeLists().dictKeys.empty());
}

TEST_CASE("keys free list: unicode log2-size-3 tables come back first") {
    Interpreter interp;
    // Measured with ctypes (ma_keys at +32): d = {'a': 1}; del d; d2 = {'b': 2} -> same keys.
    Ref d = newDict(interp);
    setStr(interp, d.get(), "a", 1);
    const Addr k = word(interp, d->addr + 32);
    d = Ref();
    CHECK(interp.freeLists().dictKeys.size() == 1);
    CHECK(word(interp, k) == 0); // parked: reads as zero words
    Ref d2 = newDict(interp);
    setStr(interp, d2.get(), "b", 2);
    CHECK(word(interp, d2->addr + 32) == k);
    CHECK(interp.freeLists().dictKeys.empty());
    // General tables are not parked (pymalloc's LIFO still returns the same block).
    Ref g = newDict(interp);
    setInt(interp, g.get(), 1, 1);
    const Addr gk = word(interp, g->addr + 32);
    g = Ref();
    CHECK(interp.freeLists().dictKeys.empty());
    Ref g2 = newDict(interp);
    setInt(interp, g2.get(), 2, 2);
    CHECK(word(interp, g2->addr + 32) == gk);
    // clearDictFreeLists returns parked keys blocks to pymalloc.
    d2 = Ref();
    REQUIRE(interp.freeLists().dictKeys.size() == 1);
    clearDictFreeLists(interp);
    CHECK(interp.freeLists().dictKeys.empty());
    Addr start = 0;
    std::uint64_t size = 0;
    const BlockSlot* slot = interp.memory().find(k, &start, &size);
    REQUIRE(slot != nullptr);
    CHECK(slot->state == BlockState::Free);
    CHECK(size == 128); // 32 + 8 + 5 * 16 = 120 -> the 128-byte size class
}

TEST_CASE("refcounts of keys and values: insert, overwrite, delete, dealloc") {
    Interpreter interp;
    // Measured with sys.getrefcount (which adds 1) on object() instances: o, v 2/2; d[o] = v 3/3;
    // d[o] = v2 -> o 3, v 2, v2 3; del d[o] -> o 2, v2 2. Big ints behave the same here.
    Ref o = num(interp, 100000);
    Ref v = num(interp, 200000);
    Ref v2 = num(interp, 300000);
    Ref d = newDict(interp);
    set(d.get(), o.get(), v.get());
    CHECK(o->refcnt == 2);
    CHECK(v->refcnt == 2);
    set(d.get(), o.get(), v2.get());
    CHECK(o->refcnt == 2);
    CHECK(v->refcnt == 1);
    CHECK(v2->refcnt == 2);
    REQUIRE(dictDelItem(d.get(), o.get()) == 0);
    CHECK(o->refcnt == 1);
    CHECK(v2->refcnt == 1);
    set(d.get(), o.get(), v.get());
    d = Ref();
    CHECK(o->refcnt == 1);
    CHECK(v->refcnt == 1);
    o = v = v2 = Ref();
    CHECK(auditHeap(interp).empty());
}

TEST_CASE("errors: KeyError text is repr(key), unhashable keys, popitem on empty") {
    Interpreter interp;
    Ref d = newDict(interp);
    CHECK(dictDelItem(d.get(), str(interp, "zz").get()) == -1);
    PendingError e = interp.takeError();
    CHECK(e.type == "KeyError");
    CHECK(e.message == "'zz'");
    CHECK(!dictPop(d.get(), num(interp, 5).get(), nullptr));
    CHECK(interp.takeError().message == "5");
    Ref l = newList(interp, 0);
    CHECK(dictSetItem(d.get(), l.get(), interp.none) == -1);
    e = interp.takeError();
    CHECK(e.type == "TypeError");
    CHECK(e.message == "unhashable type: 'list'");
    CHECK(dictGetItem(d.get(), l.get()) == nullptr);
    CHECK(interp.takeError().type == "TypeError");
    CHECK(!dictPopItem(d.get()));
    e = interp.takeError();
    CHECK(e.type == "KeyError");
    CHECK(e.message == "popitem(): dictionary is empty");
    CHECK(dictGetItem(d.get(), num(interp, 1).get()) == nullptr);
    CHECK(!interp.error());
    CHECK(objectHash(d.get()) == -1);
    CHECK(interp.takeError().message == "unhashable type: 'dict'");
}

TEST_CASE("memory layout: ma_used, ma_keys and the keys table words") {
    Interpreter interp;
    Ref d = newDict(interp);
    Ref k1 = num(interp, 1000), v1 = num(interp, 2000);
    set(d.get(), k1.get(), v1.get());
    setInt(interp, d.get(), 2, 3);
    setInt(interp, d.get(), 3, 4);
    CHECK(word(interp, d->addr + 16) == 3); // measured: ma_used 3 for {1:1, 2:2, 3:3}
    const Addr keys = word(interp, d->addr + 32);
    CHECK(keys != 0);
    CHECK(word(interp, keys) == 1);                 // dk_refcnt
    CHECK((word(interp, keys + 8) & 0xff) == 3);    // dk_log2_size
    CHECK(((word(interp, keys + 8) >> 8) & 0xff) == 3); // dk_log2_index_bytes
    CHECK(((word(interp, keys + 8) >> 16) & 0xff) == 0); // DICT_KEYS_GENERAL
    CHECK(word(interp, keys + 16) == 2);            // dk_usable
    CHECK(word(interp, keys + 24) == 3);            // dk_nentries
    // Entries start after 32 + 8 index bytes: me_hash, me_key, me_value (24 bytes each).
    CHECK(word(interp, keys + 40) == 1000);
    CHECK(word(interp, keys + 48) == k1->addr);
    CHECK(word(interp, keys + 56) == v1->addr);
    // Index table: hash 1000 & 7 == 0 -> slot 0 holds entry 0; slots 2 and 3 hold entries 1, 2.
    const std::uint64_t indices = word(interp, keys + 32);
    CHECK((indices & 0xff) == 0);
    CHECK(((indices >> 16) & 0xff) == 1);
    CHECK(((indices >> 24) & 0xff) == 2);
    CHECK(((indices >> 8) & 0xff) == 0xff);
    // A unicode table: 16-byte entries me_key, me_value.
    Ref u = newDict(interp);
    Ref sk = str(interp, "key");
    set(u.get(), sk.get(), v1.get());
    const Addr ukeys = word(interp, u->addr + 32);
    CHECK(((word(interp, ukeys + 8) >> 16) & 0xff) == 1);
    CHECK(word(interp, ukeys + 40) == sk->addr);
    CHECK(word(interp, ukeys + 48) == v1->addr);
}

TEST_CASE("pop, popitem, setdefault, get, contains, keys/values/items") {
    Interpreter interp;
    Ref d = newDict(interp);
    for (int i = 0; i < 4; ++i) setInt(interp, d.get(), i * 10, i);
    Ref p = dictPop(d.get(), num(interp, 10).get(), nullptr);
    REQUIRE(p);
    CHECK(p.get() == interp.smallInt(1));
    CHECK(dictPop(d.get(), num(interp, 10).get(), interp.none).get() == interp.none);
    Ref item = dictPopItem(d.get());
    REQUIRE(item);
    CHECK(reprOf(item.get()) == "(30, 3)");
    CHECK(dictSize(d.get()) == 2);
    Object* sd = dictSetDefault(d.get(), num(interp, 7).get(), interp.smallInt(70));
    CHECK(sd == interp.smallInt(70));
    CHECK(dictSetDefault(d.get(), num(interp, 7).get(), interp.smallInt(1)) == interp.smallInt(70));
    CHECK(dictGet(d.get(), num(interp, 99).get(), interp.none).get() == interp.none);
    CHECK(dictContains(d.get(), num(interp, 0).get()) == 1);
    CHECK(dictContains(d.get(), num(interp, 99).get()) == 0);
    CHECK(reprOf(dictKeys(d.get()).get()) == "[0, 20, 7]");
    CHECK(reprOf(dictValues(d.get()).get()) == "[0, 2, 70]");
    CHECK(reprOf(dictItems(d.get()).get()) == "[(0, 0), (20, 2), (7, 70)]");
    // Comparison: only == and != are defined.
    Ref c = dictCopy(d.get());
    Object* ne = dictRichCompare(d.get(), c.get(), CompareOp::Ne);
    CHECK(ne == interp.falseObj);
    decref(ne);
    Object* lt = dictRichCompare(d.get(), c.get(), CompareOp::Lt);
    CHECK(lt == interp.notImplemented);
    decref(lt);
    interp.roots()["d"] = std::move(d);
    interp.roots()["c"] = std::move(c);
    p = Ref();
    item = Ref();
    CHECK(auditHeap(interp).empty());
}

TEST_CASE("deeply nested dicts deallocate through the trashcan") {
    Interpreter interp;
    Ref outer = newDict(interp);
    Object* cur = outer.get();
    for (int i = 0; i < 100000; ++i) {
        Ref inner = newDict(interp);
        set(cur, interp.smallInt(0), inner.get());
        cur = inner.get();
    }
    outer = Ref();
    CHECK(interp.trashDeleteLater == nullptr);
    CHECK(auditHeap(interp).empty());
}
