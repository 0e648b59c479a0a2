// sys.getsizeof (type's __sizeof__ + GC/managed-dict pre-header) of every core type against the
// table in cpython-memory-facts.md §4 (CPython 3.11.7, 64-bit), all in one place.
#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/range_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"

#include <doctest/doctest.h>

using namespace hs;

namespace {
std::int64_t getsizeof(Object* o) { return o->type->sizeOf(o) + o->type->preHeaderSize(); }

std::int64_t sizeOfInt(Interpreter& interp, const char* decimal) {
    Ref i = newIntFromDecimal(interp, decimal);
    return getsizeof(i.get());
}

std::int64_t sizeOfStr(Interpreter& interp, const char* utf8) {
    Ref s = newStrFromUtf8(interp, utf8);
    return getsizeof(s.get());
}

Ref tupleOfSmallInts(Interpreter& interp, int n) {
    Ref t = newTuple(interp, n);
    for (int i = 0; i < n; ++i) tupleSetItemSteal(t.get(), i, newInt(interp, i + 1).release());
    return t;
}
} // namespace

TEST_CASE("getsizeof of ints, bool, None, object() and float (facts §4)") {
    Interpreter interp;
    CHECK(sizeOfInt(interp, "0") == 28);
    CHECK(sizeOfInt(interp, "1") == 28);
    CHECK(sizeOfInt(interp, "-1") == 28);
    CHECK(sizeOfInt(interp, "1073741823") == 28);           // 2**30 - 1
    CHECK(sizeOfInt(interp, "1073741824") == 32);           // 2**30
    CHECK(sizeOfInt(interp, "1152921504606846976") == 36);  // 2**60
    CHECK(sizeOfInt(interp, "1237940039285380274899124224") == 40); // 2**90
    CHECK(getsizeof(interp.trueObj) == 28);
    CHECK(getsizeof(interp.none) == 16);
    Object* plain = interp.newObject<Object>(interp.types.object, 16);
    CHECK(getsizeof(plain) == 16);
    decref(plain);
    Ref f = newFloat(interp, 1.5);
    CHECK(getsizeof(f.get()) == 24);
}

TEST_CASE("getsizeof of str kinds and bytes (facts §4)") {
    Interpreter interp;
    CHECK(sizeOfStr(interp, "") == 49);
    CHECK(sizeOfStr(interp, "a") == 50);
    CHECK(sizeOfStr(interp, "abc") == 52);
    CHECK(sizeOfStr(interp, "\xc3\xa9") == 74);         // '\xe9'
    CHECK(sizeOfStr(interp, "\xe2\x82\xac") == 76);     // '\u20ac'
    CHECK(sizeOfStr(interp, "\xf0\x9f\x98\x80") == 80); // '\U0001F600'
    Ref empty = newBytes(interp, "");
    Ref abc = newBytes(interp, "abc");
    CHECK(getsizeof(empty.get()) == 33);
    CHECK(getsizeof(abc.get()) == 36);
}

TEST_CASE("getsizeof of tuples, lists, dicts, sets and range (facts §4)") {
    Interpreter interp;
    CHECK(getsizeof(interp.emptyTuple) == 40);
    for (int n = 1; n <= 3; ++n) {
        Ref t = tupleOfSmallInts(interp, n);
        CHECK(getsizeof(t.get()) == 40 + 8 * n);
    }
    Ref list = newList(interp, 0);
    CHECK(getsizeof(list.get()) == 56);
    Ref fiveNones = newList(interp, 5); // [None] * 5 allocates exactly 5 slots
    for (int i = 0; i < 5; ++i) {
        incref(interp.none);
        listSetItemSteal(fiveNones.get(), i, interp.none);
    }
    CHECK(getsizeof(fiveNones.get()) == 96);
    Ref dict = newDict(interp);
    CHECK(getsizeof(dict.get()) == 64);
    for (int i = 0; i < 5; ++i) {
        Ref key = newStrFromUtf8(interp, std::string(1, char('a' + i)) + "key");
        REQUIRE(dictSetItem(dict.get(), key.get(), interp.none) == 0);
    }
    CHECK(getsizeof(dict.get()) == 184); // 1-5 str keys
    Ref intKeys = newDict(interp);
    for (int i = 0; i < 6; ++i) {
        Ref key = newInt(interp, i);
        REQUIRE(dictSetItem(intKeys.get(), key.get(), key.get()) == 0);
    }
    CHECK(getsizeof(intKeys.get()) == 352); // 6-8 int keys
    Ref set = newSet(interp);
    Ref frozen = newFrozenSet(interp);
    CHECK(getsizeof(set.get()) == 216);
    CHECK(getsizeof(frozen.get()) == 216);
    Ref stop = newInt(interp, 10);
    Ref range = newRange(interp, nullptr, stop.get());
    CHECK(getsizeof(range.get()) == 48);
}
