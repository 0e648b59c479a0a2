// Tests for float objects (engine/objects/float_object.h): size, the 100-entry free list and what a
// parked float shows to memory reads, repr, parsing, hashing, comparisons with ints, arithmetic
// semantics and error messages, and round().
// Expected values measured with python3.11 (the expression is quoted in each comment).
#include <doctest/doctest.h>

#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"

#include <cmath>
#include <string>
#include <vector>

using namespace hs;

namespace {

std::string repr(double v) { return floatReprString(v); }
std::string repr(const Ref& r) {
    REQUIRE(r);
    return floatReprString(floatValue(r.get()));
}

std::string takeError(Interpreter& interp) {
    PendingError e = interp.takeError();
    return e.type + ": " + e.message;
}

std::uint64_t word(Interpreter& interp, Addr a) {
    std::uint64_t w = 0;
    REQUIRE(interp.readWord(a, w));
    return w;
}

Ref f(Interpreter& interp, double v) { return newFloat(interp, v); }

Ref bigInt(Interpreter& interp, const BigInt& v) { return newIntFromBig(interp, v); }

bool cmp(Interpreter& interp, Object* a, Object* b, CompareOp op) {
    Ref r(floatRichCompare(a, b, op));
    REQUIRE(r);
    REQUIRE((r.get() == interp.trueObj || r.get() == interp.falseObj));
    return r.get() == interp.trueObj;
}

} // namespace

TEST_CASE("float size and layout") {
    Interpreter interp;
    Ref x = f(interp, 1.5);
    // sys.getsizeof(1.0) == 24
    CHECK(x->type->sizeOf(x.get()) + x->type->preHeaderSize() == 24);
    CHECK(word(interp, x->addr + 8) == interp.types.float_->addr);
    CHECK(word(interp, x->addr + 16) == 0x3ff8000000000000ULL); // the bits of 1.5
    Addr start = 0;
    std::uint64_t size = 0;
    REQUIRE(interp.memory().find(x->addr, &start, &size));
    CHECK(size == 32); // PyObject_Malloc(sizeof(PyFloatObject) = 24)
}

TEST_CASE("float free list: LIFO reuse, the ob_type word holds the link") {
    Interpreter interp;
    const std::int64_t gcCount = interp.gc().generations[0].count;
    Ref a = f(interp, 1.0), b = f(interp, 2.0);
    const Addr addrA = a->addr, addrB = b->addr;
    a = Ref();
    b = Ref();
    CHECK(floatFreeListSize(interp) == 2);
    // A parked float: refcnt reads 0 and the type word is no longer float (facts 3.3):
    // b was parked last, so its link is a's address; a's link is NULL.
    CHECK(word(interp, addrA) == 0);
    CHECK(word(interp, addrA + 8) == 0);
    CHECK(word(interp, addrB + 8) == addrA);
    Ref c = f(interp, 3.0);
    CHECK(c->addr == addrB);
    CHECK(c->refcnt == 1);
    CHECK(word(interp, c->addr + 8) == interp.types.float_->addr);
    Ref d = f(interp, 4.0);
    CHECK(d->addr == addrA);
    CHECK(floatFreeListSize(interp) == 0);
    CHECK(interp.gc().generations[0].count == gcCount); // floats are not GC objects
}

TEST_CASE("float free list keeps at most 100 and clearFloatFreeList frees them") {
    Interpreter interp;
    std::vector<Ref> many;
    for (int i = 0; i < 101; ++i) many.push_back(f(interp, i));
    const Addr last = many.back()->addr;
    for (Ref& r : many) r = Ref(); // released first to last: the 101st does not fit and goes back to pymalloc
    many.clear();                  // (explicit order: libc++ destroys vector elements last to first)
    CHECK(floatFreeListSize(interp) == 100);
    Addr start = 0;
    std::uint64_t size = 0;
    const BlockSlot* slot = interp.memory().find(last, &start, &size);
    REQUIRE(slot);
    CHECK(slot->state == BlockState::Free);
    Ref top = f(interp, 0.5); // the free list is used before pymalloc
    CHECK(top->addr != last);
    top = Ref();
    const Addr head = interp.freeLists().floats.back()->addr;
    const Addr next = interp.freeLists().floats[interp.freeLists().floats.size() - 2]->addr;
    clearFloatFreeList(interp);
    CHECK(floatFreeListSize(interp) == 0);
    slot = interp.memory().find(head, &start, &size);
    REQUIRE(slot);
    CHECK(slot->state == BlockState::Free);
    CHECK(word(interp, head + 8) == next); // PyObject_Free leaves the free-list link in ob_type
}

TEST_CASE("float repr is the shortest round-trip text in Python's format") {
    // repr(...) in python3.11
    CHECK(repr(1e16) == "1e+16");
    CHECK(repr(1e15) == "1000000000000000.0");
    CHECK(repr(123456789012345678.0) == "1.2345678901234568e+17");
    CHECK(repr(0.0001) == "0.0001");
    CHECK(repr(0.00001) == "1e-05");
    CHECK(repr(-0.0) == "-0.0");
    CHECK(repr(0.0) == "0.0");
    CHECK(repr(1.0 / 3) == "0.3333333333333333");
    CHECK(repr(2.5e-300) == "2.5e-300");
    CHECK(repr(1e22) == "1e+22");
    CHECK(repr(5e-324) == "5e-324");
    CHECK(repr(1.7976931348623157e308) == "1.7976931348623157e+308");
    CHECK(repr(100.0) == "100.0");
    CHECK(repr(0.1 + 0.2) == "0.30000000000000004");
    CHECK(repr(9223372036854775808.0) == "9.223372036854776e+18");
    CHECK(repr(9007199254740993.0) == "9007199254740992.0");
    CHECK(repr(-123.456) == "-123.456");
    CHECK(repr(1e-7) == "1e-07");
    CHECK(repr(12345678.9) == "12345678.9");
    CHECK(repr(std::ldexp(3.0, -1074)) == "1.5e-323");
    CHECK(repr(1152921504606846976.0) == "1.152921504606847e+18");
    CHECK(repr(4.35) == "4.35");
    CHECK(repr(HUGE_VAL) == "inf");
    CHECK(repr(-HUGE_VAL) == "-inf");
    CHECK(repr(std::nan("")) == "nan");
    Interpreter interp;
    Ref x = f(interp, 2.5);
    Ref s(floatRepr(x.get()));
    REQUIRE(s);
    CHECK(strToUtf8(s.get()) == "2.5");
    CHECK(x->type->label(x.get()) == "2.5");
}

TEST_CASE("float(str) parsing") {
    Interpreter interp;
    // float('1_000.5'), float('  -1E-3  '), float('.5'), float('5.'), float('iNfInItY'), float('1e500'), float('١٢.٥')
    CHECK(repr(newFloatFromString(interp, "1_000.5")) == "1000.5");
    CHECK(repr(newFloatFromString(interp, "  -1E-3  ")) == "-0.001");
    CHECK(repr(newFloatFromString(interp, ".5")) == "0.5");
    CHECK(repr(newFloatFromString(interp, "5.")) == "5.0");
    CHECK(repr(newFloatFromString(interp, "iNfInItY")) == "inf");
    CHECK(repr(newFloatFromString(interp, "-inf")) == "-inf");
    CHECK(repr(newFloatFromString(interp, "-nan")) == "nan");
    CHECK(repr(newFloatFromString(interp, "1e500")) == "inf");
    CHECK(repr(newFloatFromString(interp, "\u0661\u0662.\u0665")) == "12.5");
    for (const char* bad : {"1e", "e5", "infinit", "1_e5", "1e_5", "1_", "_1", "0x10", "1.2.3", " ", "", "1__0", "abc"}) {
        CHECK(!newFloatFromString(interp, bad));
        CHECK(takeError(interp) == std::string("ValueError: could not convert string to float: '") + bad + "'");
    }
}

TEST_CASE("float hash is _Py_HashDouble") {
    Interpreter interp;
    // hash(1.5), hash(-1.0), hash(0.1), hash(1e300), hash(-2.5e-300), hash(inf), hash(-inf), hash(0.0),
    // hash(-0.0), hash(1e-300), hash(2.0**61), hash(123456.789)
    CHECK(hashDouble(nullptr, 1.5) == 1152921504606846977LL);
    CHECK(hashDouble(nullptr, -1.0) == -2);
    CHECK(hashDouble(nullptr, 0.1) == 230584300921369408LL);
    CHECK(hashDouble(nullptr, 1e300) == 1224995262755759164LL);
    CHECK(hashDouble(nullptr, -2.5e-300) == -52920977297143526LL);
    CHECK(hashDouble(nullptr, HUGE_VAL) == 314159);
    CHECK(hashDouble(nullptr, -HUGE_VAL) == -314159);
    CHECK(hashDouble(nullptr, 0.0) == 0);
    CHECK(hashDouble(nullptr, -0.0) == 0);
    CHECK(hashDouble(nullptr, 1e-300) == 482449582752280463LL);
    CHECK(hashDouble(nullptr, 2305843009213693952.0) == 1);
    CHECK(hashDouble(nullptr, 123456.789) == 1819310134279660096LL);
    // nan hashes by identity (_Py_HashPointer: the address rotated right by 4)
    Ref n = f(interp, std::nan(""));
    const std::uint64_t a = n->addr;
    CHECK(floatHash(n.get()) == std::int64_t((a >> 4) | (a << 60)));
    // hash(2.0) == hash(2)
    Ref two = f(interp, 2.0);
    CHECK(floatHash(two.get()) == intHash(interp.smallInt(2)));
}

TEST_CASE("float comparisons with ints are exact") {
    Interpreter interp;
    const BigInt p53 = BigInt(1).shiftLeft(53), p60 = BigInt(1).shiftLeft(60);
    // 2**53+1 == float(2**53+1) -> False; 2**53+1 > float(2**53) -> True
    Ref i53p1 = bigInt(interp, p53 + 1);
    Ref f53 = f(interp, 9007199254740992.0);
    CHECK(!cmp(interp, f53.get(), i53p1.get(), CompareOp::Eq));
    CHECK(cmp(interp, f53.get(), i53p1.get(), CompareOp::Lt));
    // 2**1024 > 1e308 and < inf
    Ref i1024 = bigInt(interp, BigInt(1).shiftLeft(1024));
    Ref f308 = f(interp, 1e308), finf = f(interp, HUGE_VAL), fninf = f(interp, -HUGE_VAL);
    CHECK(cmp(interp, f308.get(), i1024.get(), CompareOp::Lt));
    CHECK(cmp(interp, finf.get(), i1024.get(), CompareOp::Gt));
    // 1 < nan -> False (and nan != 1)
    Ref fnan = f(interp, std::nan(""));
    CHECK(!cmp(interp, fnan.get(), interp.smallInt(1), CompareOp::Gt));
    CHECK(cmp(interp, fnan.get(), interp.smallInt(1), CompareOp::Ne));
    // float(2**60) == 2**60; float(2**60) < 2**60+1; -(2**60)-1 < float(-(2**60))
    Ref f60 = f(interp, 1152921504606846976.0), fn60 = f(interp, -1152921504606846976.0);
    Ref i60 = bigInt(interp, p60), i60p1 = bigInt(interp, p60 + 1), in60m1 = bigInt(interp, -p60 - 1);
    CHECK(cmp(interp, f60.get(), i60.get(), CompareOp::Eq));
    CHECK(cmp(interp, f60.get(), i60p1.get(), CompareOp::Lt));
    CHECK(cmp(interp, fn60.get(), in60m1.get(), CompareOp::Gt));
    // 1e300 > 10**300 -> True; 10**300 == 1e300 -> False
    Ref i300 = bigInt(interp, BigInt::pow(10, 300));
    Ref f300 = f(interp, 1e300);
    CHECK(cmp(interp, f300.get(), i300.get(), CompareOp::Gt));
    CHECK(!cmp(interp, f300.get(), i300.get(), CompareOp::Eq));
    // float('-inf') < -(10**400); -0.0 == 0; 0.5 == 0 -> False; 2.5 > 2
    Ref in400 = bigInt(interp, -BigInt::pow(10, 400));
    CHECK(cmp(interp, fninf.get(), in400.get(), CompareOp::Lt));
    Ref fz = f(interp, -0.0), fh = f(interp, 0.5), f25 = f(interp, 2.5);
    CHECK(cmp(interp, fz.get(), interp.smallInt(0), CompareOp::Eq));
    CHECK(!cmp(interp, fh.get(), interp.smallInt(0), CompareOp::Eq));
    CHECK(cmp(interp, f25.get(), interp.smallInt(2), CompareOp::Gt));
    // 1.0 == True
    Ref one = f(interp, 1.0);
    CHECK(cmp(interp, one.get(), interp.trueObj, CompareOp::Eq));
    // anything else: NotImplemented
    Ref ni(floatRichCompare(one.get(), interp.none, CompareOp::Eq));
    CHECK(ni.get() == interp.notImplemented);
}

TEST_CASE("float arithmetic: floor division and modulo take the divisor's sign") {
    Interpreter interp;
    auto F = [&](double v) { return f(interp, v); };
    // -7.5//2 == -4.0; -7.5%2 == 0.5; 7.5%-2 == -0.5; -0.0%5 == 0.0; 0.0%-5 == -0.0; (-1)%1e300 == 1e+300
    CHECK(repr(floatFloorDiv(F(-7.5).get(), interp.smallInt(2))) == "-4.0");
    CHECK(repr(floatMod(F(-7.5).get(), interp.smallInt(2))) == "0.5");
    CHECK(repr(floatMod(F(7.5).get(), interp.smallInt(-2))) == "-0.5");
    CHECK(repr(floatMod(F(-0.0).get(), interp.smallInt(5))) == "0.0");
    CHECK(repr(floatMod(F(0.0).get(), interp.smallInt(-5))) == "-0.0");
    CHECK(repr(floatMod(interp.smallInt(-1), F(1e300).get())) == "1e+300");
    // 7//-2.0 == -4.0; (-0.0)//1 == -0.0; 5.0//inf == 0.0; -5.0//inf == -1.0; 5.0%inf == 5.0; -5.0%inf == inf
    CHECK(repr(floatFloorDiv(interp.smallInt(7), F(-2.0).get())) == "-4.0");
    CHECK(repr(floatFloorDiv(F(-0.0).get(), interp.smallInt(1))) == "-0.0");
    CHECK(repr(floatFloorDiv(F(5.0).get(), F(HUGE_VAL).get())) == "0.0");
    CHECK(repr(floatFloorDiv(F(-5.0).get(), F(HUGE_VAL).get())) == "-1.0");
    CHECK(repr(floatMod(F(5.0).get(), F(HUGE_VAL).get())) == "5.0");
    CHECK(repr(floatMod(F(-5.0).get(), F(HUGE_VAL).get())) == "inf");
    // divmod(-7.5, 2) == (-4.0, 0.5); divmod(7, -2.0) == (-4.0, -1.0)
    Ref dm = floatDivmod(F(-7.5).get(), interp.smallInt(2));
    REQUIRE(dm);
    CHECK(floatReprString(floatValue(tupleItem(dm.get(), 0))) == "-4.0");
    CHECK(floatReprString(floatValue(tupleItem(dm.get(), 1))) == "0.5");
    Ref dm2 = floatDivmod(interp.smallInt(7), F(-2.0).get());
    CHECK(floatReprString(floatValue(tupleItem(dm2.get(), 1))) == "-1.0");
    // 1e308*10 == inf; 0.1+0.2
    CHECK(repr(floatMul(F(1e308).get(), interp.smallInt(10))) == "inf");
    CHECK(repr(floatAdd(F(0.1).get(), F(0.2).get())) == "0.30000000000000004");
    CHECK(repr(floatNeg(F(0.0).get())) == "-0.0");
    CHECK(repr(floatAbs(F(-2.5).get())) == "2.5");
    Ref x = F(1.25);
    CHECK(floatPos(x.get()).get() == x.get());
    // the int operand must fit a double: (2**1024)//1.5
    Ref big = bigInt(interp, BigInt(1).shiftLeft(1024));
    CHECK(!floatFloorDiv(big.get(), F(1.5).get()));
    CHECK(takeError(interp) == "OverflowError: int too large to convert to float");
    CHECK(floatAdd(x.get(), interp.none).get() == interp.notImplemented);
}

TEST_CASE("float division errors") {
    Interpreter interp;
    Ref one = f(interp, 1.0);
    Object* zero = interp.smallInt(0);
    CHECK(!floatTrueDiv(one.get(), zero));
    CHECK(takeError(interp) == "ZeroDivisionError: float division by zero");
    CHECK(!floatFloorDiv(one.get(), zero));
    CHECK(takeError(interp) == "ZeroDivisionError: float floor division by zero");
    CHECK(!floatMod(one.get(), zero));
    CHECK(takeError(interp) == "ZeroDivisionError: float modulo");
    CHECK(!floatDivmod(one.get(), zero));
    CHECK(takeError(interp) == "ZeroDivisionError: float divmod()");
}

TEST_CASE("float power follows float_pow's special cases") {
    Interpreter interp;
    auto P = [&](double a, double b) { return floatPow(f(interp, a).get(), f(interp, b).get(), interp.none); };
    const double inf = HUGE_VAL, nan = std::nan("");
    // 0.0**0 == 1.0; nan**0 == 1.0; 1**nan == 1.0; (-1)**inf == 1.0; inf**-3 == 0.0; (-inf)**3 == -inf;
    // (-inf)**-3 == -0.0; (-0.0)**3 == -0.0; (-2.0)**3 == -8.0; (-2.0)**-2 == 0.25;
    // 1.5**1000 == 1.2338405969061735e+176; 2.0**-1080 == 0.0; 2**1e400 == inf
    CHECK(repr(P(0.0, 0)) == "1.0");
    CHECK(repr(P(nan, 0)) == "1.0");
    CHECK(repr(P(1, nan)) == "1.0");
    CHECK(repr(P(-1, inf)) == "1.0");
    CHECK(repr(P(inf, -3)) == "0.0");
    CHECK(repr(P(-inf, 3)) == "-inf");
    CHECK(repr(P(-inf, -3)) == "-0.0");
    CHECK(repr(P(-0.0, 3)) == "-0.0");
    CHECK(repr(P(-2.0, 3)) == "-8.0");
    CHECK(repr(P(-2.0, -2)) == "0.25");
    CHECK(repr(P(1.5, 1000)) == "1.2338405969061735e+176");
    CHECK(repr(P(2.0, -1080)) == "0.0");
    CHECK(repr(P(2, inf)) == "inf");
    CHECK(!P(0.0, -1));
    CHECK(takeError(interp) == "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    CHECK(!P(-0.0, -3));
    CHECK(takeError(interp) == "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    // 10.0**400
    CHECK(!P(10.0, 400));
    CHECK(takeError(interp) == "OverflowError: (34, 'Numerical result out of range')");
    // pow(2.0, 3, 5)
    Ref two = f(interp, 2.0);
    CHECK(!floatPow(two.get(), interp.smallInt(3), interp.smallInt(5)));
    CHECK(takeError(interp) == "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
}

TEST_CASE("round() of floats") {
    Interpreter interp;
    auto R = [&](double v) { return floatRound(f(interp, v).get(), nullptr); };
    auto Rn = [&](double v, std::int64_t n) { return floatRound(f(interp, v).get(), newInt(interp, n).get()); };
    // round(2.5) == 2; round(3.5) == 4; round(-0.5) == 0; round(-2.5) == -2
    CHECK(R(2.5).get() == interp.smallInt(2));
    CHECK(R(3.5).get() == interp.smallInt(4));
    CHECK(R(-0.5).get() == interp.smallInt(0));
    CHECK(R(-2.5).get() == interp.smallInt(-2));
    // round(1e300) is the exact integer value of the double
    BigInt exact;
    BigInt::fromDouble(1e300, exact);
    CHECK(intValue(R(1e300).get()) == exact);
    CHECK(!R(HUGE_VAL));
    CHECK(takeError(interp) == "OverflowError: cannot convert float infinity to integer");
    CHECK(!R(std::nan("")));
    CHECK(takeError(interp) == "ValueError: cannot convert float NaN to integer");
    // round(2.675,2) == 2.67; round(1234.5,-2) == 1200.0; round(0.5,0) == 0.0; round(-0.4,0) == -0.0;
    // round(0.125,2) == 0.12; round(0.375,2) == 0.38; round(1e16+2.0,-1) == 1e+16;
    // round(1.5e-320,323) == 1.5e-320; round(12345.6789,-308) == 0.0; round(5e-324,400) == 5e-324
    CHECK(repr(Rn(2.675, 2)) == "2.67");
    CHECK(repr(Rn(1234.5, -2)) == "1200.0");
    CHECK(repr(Rn(0.5, 0)) == "0.0");
    CHECK(repr(Rn(-0.4, 0)) == "-0.0");
    CHECK(repr(Rn(0.125, 2)) == "0.12");
    CHECK(repr(Rn(0.375, 2)) == "0.38");
    CHECK(repr(Rn(1e16 + 2.0, -1)) == "1e+16");
    CHECK(repr(Rn(1.5e-320, 323)) == "1.5e-320");
    CHECK(repr(Rn(12345.6789, -308)) == "0.0");
    CHECK(repr(Rn(5e-324, 400)) == "5e-324");
    // round(1.7976931348623157e308, -308)
    CHECK(!Rn(1.7976931348623157e308, -308));
    CHECK(takeError(interp) == "OverflowError: rounded value too large to represent");
}

TEST_CASE("float truth, int() and is_integer") {
    Interpreter interp;
    Ref z = f(interp, -0.0), h = f(interp, 0.5);
    CHECK(floatIsTrue(z.get()) == 0);
    CHECK(floatIsTrue(h.get()) == 1);
    Ref t = f(interp, -2.7);
    CHECK(floatToInt(t.get()).get() == interp.smallInt(-2));
    CHECK(floatIsInteger(t.get()).get() == interp.falseObj);
    Ref w = f(interp, 3.0);
    CHECK(floatIsInteger(w.get()).get() == interp.trueObj);
}
