// Tests for int objects (engine/objects/int_object.h): the small-int cache, sizes and layout,
// CPython's allocation requests, identity of results, text conversion and its 4300-digit limit,
// and the number slots with their exact error messages.
// Expected values come from python3.11 (the measured expression is quoted in each comment) or,
// for request sizes, from Objects/longobject.c of 3.11.2 (the function is named).
#include <doctest/doctest.h>

#include "memory/layout.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/static_refcounts.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"
#include "run_program.h"

#include <cmath>
#include <string>

using namespace hs;

namespace {

Ref num(Interpreter& interp, const char* text) {
    Ref r = newIntFromString(interp, text, 10);
    REQUIRE(r);
    return r;
}

std::string dec(const Ref& r) {
    REQUIRE(r);
    return intToDecimal(r.get());
}

std::int64_t getsizeof(const Object* o) { return o->type->sizeOf(o) + o->type->preHeaderSize(); }

// Size of the pymalloc block holding the object (the request rounded up to 16).
std::uint64_t blockSize(Interpreter& interp, const Object* o) {
    Addr start = 0;
    std::uint64_t size = 0;
    REQUIRE(interp.memory().find(o->addr, &start, &size) != nullptr);
    CHECK(start == o->addr);
    return size;
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

} // namespace

TEST_CASE("small ints -5..256 are static, consecutive and 32 bytes apart") {
    Interpreter interp;
    for (int v = -5; v <= 256; ++v) {
        Object* o = interp.smallInt(v);
        CHECK((o->objFlags & Object::kStatic) != 0);
        CHECK(o->refcnt == static_refcounts::kSmallInts[v + 5]);
        CHECK(intValue(o) == BigInt(v));
        if (v > -5) CHECK(o->addr - interp.smallInt(v - 1)->addr == 32); // id(-4) - id(-5) == 32
    }
    // int('256') is int('256') -> True; int('257') is int('257') -> False; -5 cached, -6 not
    CHECK(num(interp, "256").get() == num(interp, "256").get());
    CHECK(num(interp, "257").get() != num(interp, "257").get());
    CHECK(num(interp, "-5").get() == interp.smallInt(-5));
    CHECK(num(interp, "-6").get() != num(interp, "-6").get());
}

TEST_CASE("newInt returns new references: cached small ints gain a reference") {
    Interpreter interp;
    Object* seven = interp.smallInt(7);
    const std::int64_t before = seven->refcnt;
    {
        Ref r = newInt(interp, 7);
        CHECK(r.get() == seven);
        CHECK(seven->refcnt == before + 1);
    }
    CHECK(seven->refcnt == before);
    Ref big = newInt(interp, 1000);
    CHECK(big->refcnt == 1);
    CHECK((big->objFlags & Object::kStatic) == 0);
}

TEST_CASE("int sizes and the simulated layout") {
    Interpreter interp;
    // sys.getsizeof(0), (2**30), (2**60), (2**90), (-(2**30)), True -> 28, 32, 36, 40, 32, 28
    CHECK(getsizeof(interp.smallInt(0)) == 28);
    CHECK(getsizeof(num(interp, "1073741824").get()) == 32);
    CHECK(getsizeof(num(interp, "1152921504606846976").get()) == 36);
    CHECK(getsizeof(num(interp, "1237940039285380274899124224").get()) == 40);
    CHECK(getsizeof(num(interp, "-1073741824").get()) == 32);
    // x = 2**40: ctypes reads ob_size 2 at id+16 and 4398046511104 (digits 0, 1024) at id+24
    Ref x = num(interp, "1099511627776");
    CHECK(word(interp, x->addr + 16) == 2);
    CHECK(word(interp, x->addr + 24) == 4398046511104ULL);
    // y = -(2**70): ob_size -3, digits [0, 0, 1024]
    Ref y = num(interp, "-1180591620717411303424");
    CHECK(static_cast<std::int64_t>(word(interp, y->addr + 16)) == -3);
    CHECK(word(interp, y->addr + 24) == 0);
    CHECK((word(interp, y->addr + 32) & 0xffffffffu) == 1024);
    // small int 1: ob_size 1, digit 1 (read at id(1) + 16 / + 24)
    CHECK(word(interp, interp.smallInt(1)->addr + 16) == 1);
    CHECK(word(interp, interp.smallInt(0)->addr + 16) == 0);
    CHECK(static_cast<std::int64_t>(word(interp, interp.smallInt(-3)->addr + 16)) == -1);
    CHECK((word(interp, interp.smallInt(-3)->addr + 24) & 0xffffffffu) == 3);
}

TEST_CASE("int results are allocated with CPython's request sizes") {
    Interpreter interp;
    Ref a = num(interp, "2147483648"); // 2**31: PyLong_FromString requests (int)(10*log(10)/log(2**30)+1) = 2 digits
    CHECK(blockSize(interp, a.get()) == 32);
    // x_add: _PyLong_New(size_a + 1) = 3 digits = 36 bytes -> a 48-byte block, though 2**32 has 2 digits
    Ref s = intAdd(a.get(), a.get());
    CHECK(dec(s) == "4294967296");
    CHECK(getsizeof(s.get()) == 32);
    CHECK(blockSize(interp, s.get()) == 48);
    // medium results: _PyLong_FromMedium requests sizeof(PyLongObject) = 32
    Ref m = intAdd(interp.smallInt(200), interp.smallInt(100));
    CHECK(dec(m) == "300");
    CHECK(blockSize(interp, m.get()) == 32);
    // x_mul: size_a + size_b digits (2 + 2 -> 40 bytes -> 48) for 2**31 * 2**31 (3 digits)
    Ref p = intMul(a.get(), a.get());
    CHECK(dec(p) == "4611686018427387904");
    CHECK(blockSize(interp, p.get()) == 48);
    // x_sub with equal sizes requests up to the highest differing digit: (2**60+5) - 2**60 -> small 5
    Ref b1 = num(interp, "1152921504606846981");
    Ref b2 = num(interp, "1152921504606846976");
    Ref d = intSub(b1.get(), b2.get());
    CHECK(d.get() == interp.smallInt(5));
    // long_lshift1: oldsize + wordshift + (remshift != 0) = 1 + 3 + 1 = 5 digits (44 -> 48) for 1 << 100
    Ref sh = intLshift(interp.smallInt(1), interp.smallInt(100));
    CHECK(dec(sh) == "1267650600228229401496703205376");
    CHECK(blockSize(interp, sh.get()) == 48);
}

TEST_CASE("int operations return the operand itself where CPython does") {
    Interpreter interp;
    // x = 2**40: (x % 2**100) is x, +x is x, abs(x) is x -> True; x//1, x*1, x+0, x|0, x<<0, x>>0 -> new objects
    Ref x = num(interp, "1099511627776");
    Ref big = num(interp, "1267650600228229401496703205376");
    CHECK(intMod(x.get(), big.get()).get() == x.get());
    CHECK(intPos(x.get()).get() == x.get());
    CHECK(intAbs(x.get()).get() == x.get());
    CHECK(intFloorDiv(x.get(), interp.smallInt(1)).get() != x.get());
    CHECK(intMul(x.get(), interp.smallInt(1)).get() != x.get());
    CHECK(intAdd(x.get(), interp.smallInt(0)).get() != x.get());
    CHECK(intOr(x.get(), interp.smallInt(0)).get() != x.get());
    CHECK(intLshift(x.get(), interp.smallInt(0)).get() != x.get());
    CHECK(intRshift(x.get(), interp.smallInt(0)).get() != x.get());
    // z = -(2**40): (z % 2**100) is z -> False; z // 2**100 -> -1
    Ref z = num(interp, "-1099511627776");
    Ref zm = intMod(z.get(), big.get());
    CHECK(zm.get() != z.get());
    CHECK(dec(zm) == "1267650600228229400397191577600"); // (-(2**40)) % 2**100
    CHECK(intFloorDiv(z.get(), big.get()).get() == interp.smallInt(-1));
    const std::int64_t before = x->refcnt;
    { Ref same = intPos(x.get()); CHECK(x->refcnt == before + 1); }
    CHECK(x->refcnt == before);
}

TEST_CASE("int arithmetic values match python3.11") {
    Interpreter interp;
    Ref p100 = num(interp, "1267650600228229401496703205376");
    Ref seven = newInt(interp, 7);
    // (-(2**100))//7, (-(2**100))%7
    Ref np100 = intNeg(p100.get());
    CHECK(dec(intFloorDiv(np100.get(), seven.get())) == "-181092942889747057356671886483");
    CHECK(dec(intMod(np100.get(), seven.get())) == "5");
    // divmod(2**100, -(2**40)) == (-1152921504606846976, 0)
    Ref n40 = num(interp, "-1099511627776");
    Ref dm = intDivmod(p100.get(), n40.get());
    REQUIRE(dm);
    CHECK(tupleSize(dm.get()) == 2);
    CHECK(intToDecimal(tupleItem(dm.get(), 0)) == "-1152921504606846976");
    CHECK(tupleItem(dm.get(), 1) == interp.smallInt(0));
    // divmod(-7, 2) == (-4, 1)
    Ref dm2 = intDivmod(interp.smallInt(-5), interp.smallInt(2));
    CHECK(tupleItem(dm2.get(), 0) == interp.smallInt(-3));
    CHECK(tupleItem(dm2.get(), 1) == interp.smallInt(1));
    // (2**100)%(-(3**40)) == -6301373860137274724
    Ref n3_40 = num(interp, "-12157665459056928801");
    CHECK(dec(intMod(p100.get(), n3_40.get())) == "-6301373860137274724");
    CHECK(dec(intFloorDiv(p100.get(), n3_40.get())) == "-104267600100");
    // ~(2**100), -(2**30), abs(-(2**70))
    CHECK(dec(intInvert(p100.get())) == "-1267650600228229401496703205377");
    CHECK(dec(intNeg(num(interp, "1073741824").get())) == "-1073741824");
    CHECK(dec(intAbs(num(interp, "-1180591620717411303424").get())) == "1180591620717411303424");
    // (-(2**70))|12345, (-(2**70))^(-(2**66)), (2**100)>>37, (-(2**100)-1)>>37
    Ref n70 = num(interp, "-1180591620717411303424");
    CHECK(dec(intOr(n70.get(), newInt(interp, 12345).get())) == "-1180591620717411291079");
    CHECK(dec(intXor(n70.get(), num(interp, "-73786976294838206464").get())) == "1106804644422573096960");
    CHECK(dec(intRshift(p100.get(), newInt(interp, 37).get())) == "9223372036854775808");
    Ref np100m1 = num(interp, "-1267650600228229401496703205377");
    CHECK(dec(intRshift(np100m1.get(), newInt(interp, 37).get())) == "-9223372036854775809");
    CHECK(intRshift(np100.get(), newInt(interp, 200).get()).get() == interp.smallInt(-1));
    // True + True == 2 (bool operands go through int's slots)
    CHECK(intAdd(interp.trueObj, interp.trueObj).get() == interp.smallInt(2));
    // (2**100).bit_length() == 101
    CHECK(intBitLength(p100.get()).get() == interp.smallInt(101));
}

TEST_CASE("int true division is correctly rounded and returns floats") {
    Interpreter interp;
    auto tdiv = [&](const char* a, const char* b) { return intTrueDiv(num(interp, a).get(), num(interp, b).get()); };
    const std::string p400 = "1" + std::string(400, '0');
    const std::string p399 = "1" + std::string(399, '0');
    // 10**400/10**399 == 10.0; 1/(10**400) == 0.0; (2**1024)/3 == 5.992310449541053e+307
    CHECK(floatValue(tdiv(p400.c_str(), p399.c_str()).get()) == 10.0);
    CHECK(floatValue(tdiv("1", p400.c_str()).get()) == 0.0);
    const std::string p1024 = BigInt(1).shiftLeft(1024).toString(10);
    CHECK(floatReprString(floatValue(tdiv(p1024.c_str(), "3").get())) == "5.992310449541053e+307");
    // (3**300)/(7**200) == 1.3084839895894647e-26; (-(2**80))/(3**20) == -346716538960055.2
    CHECK(floatReprString(floatValue(tdiv(BigInt::pow(3, 300).toString().c_str(), BigInt::pow(7, 200).toString().c_str()).get())) ==
          "1.3084839895894647e-26");
    CHECK(floatReprString(floatValue(tdiv("-1208925819614629174706176", "3486784401").get())) == "-346716538960055.2");
    // (2**60+1)/3 == 3.843071682022823e+17; 7/-2 == -3.5; (2**53+1)/1 == 9007199254740992.0
    CHECK(floatReprString(floatValue(tdiv("1152921504606846977", "3").get())) == "3.843071682022823e+17");
    CHECK(floatValue(tdiv("7", "-2").get()) == -3.5);
    CHECK(floatValue(tdiv("9007199254740993", "1").get()) == 9007199254740992.0);
    // (10**400)/3 -> OverflowError; 1/0 -> ZeroDivisionError
    CHECK(!tdiv(p400.c_str(), "3"));
    CHECK(takeError(interp) == "OverflowError: integer division result too large for a float");
    CHECK(!tdiv("1", "0"));
    CHECK(takeError(interp) == "ZeroDivisionError: division by zero");
}

TEST_CASE("int errors carry CPython's messages") {
    Interpreter interp;
    Object* one = interp.smallInt(1);
    Object* zero = interp.smallInt(0);
    CHECK(!intFloorDiv(one, zero));
    CHECK(takeError(interp) == "ZeroDivisionError: integer division or modulo by zero");
    CHECK(!intMod(one, zero));
    CHECK(takeError(interp) == "ZeroDivisionError: integer modulo by zero");
    CHECK(!intDivmod(one, zero));
    CHECK(takeError(interp) == "ZeroDivisionError: integer division or modulo by zero");
    CHECK(!intLshift(one, interp.smallInt(-1)));
    CHECK(takeError(interp) == "ValueError: negative shift count");
    CHECK(!intRshift(one, interp.smallInt(-1)));
    CHECK(takeError(interp) == "ValueError: negative shift count");
    // 0**-1, pow(2,3,0), pow(2,-1,4)
    CHECK(!intPow(zero, interp.smallInt(-1), nullptr));
    CHECK(takeError(interp) == "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    CHECK(!intPow(interp.smallInt(2), interp.smallInt(3), zero));
    CHECK(takeError(interp) == "ValueError: pow() 3rd argument cannot be 0");
    CHECK(!intPow(interp.smallInt(2), interp.smallInt(-1), interp.smallInt(4)));
    CHECK(takeError(interp) == "ValueError: base is not invertible for the given modulus");
    // float(2**1024)
    double d = 0;
    CHECK(!intAsDouble(interp, num(interp, BigInt(1).shiftLeft(1024).toString().c_str()).get(), d));
    CHECK(takeError(interp) == "OverflowError: int too large to convert to float");
    // a non-int operand gives NotImplemented
    Ref f = newFloat(interp, 1.0);
    CHECK(intAdd(one, f.get()).get() == interp.notImplemented);
    CHECK(intPow(interp.smallInt(2), interp.smallInt(3), f.get()).get() == interp.notImplemented);
}

TEST_CASE("int pow: negative exponents give floats, 3-argument pow is modular") {
    Interpreter interp;
    auto i = [&](std::int64_t v) { return newInt(interp, v); };
    // 2**-2 == 0.25; (-3)**-3 == -0.037037037037037035
    CHECK(floatValue(intPow(i(2).get(), i(-2).get(), nullptr).get()) == 0.25);
    CHECK(floatReprString(floatValue(intPow(i(-3).get(), i(-3).get(), interp.none).get())) == "-0.037037037037037035");
    // pow(3,-1,7)==5, pow(-2,3,5)==2, pow(2,3,-5)==-2, pow(-3,-1,7)==2, pow(2,-1,-7)==-3, pow(2,3,1)==0, pow(2,3,-1)==0
    CHECK(intPow(i(3).get(), i(-1).get(), i(7).get()).get() == interp.smallInt(5));
    CHECK(intPow(i(-2).get(), i(3).get(), i(5).get()).get() == interp.smallInt(2));
    CHECK(intPow(i(2).get(), i(3).get(), i(-5).get()).get() == interp.smallInt(-2));
    CHECK(intPow(i(-3).get(), i(-1).get(), i(7).get()).get() == interp.smallInt(2));
    CHECK(intPow(i(2).get(), i(-1).get(), i(-7).get()).get() == interp.smallInt(-3));
    CHECK(intPow(i(2).get(), i(3).get(), i(1).get()).get() == interp.smallInt(0));
    CHECK(intPow(i(2).get(), i(3).get(), i(-1).get()).get() == interp.smallInt(0));
    // 7**77; pow(-7, 77, 10**9+7) == 926847920; 3**200 (exponent > 60 bits uses the window method: 2**70)
    CHECK(dec(intPow(i(7).get(), i(77).get(), nullptr)) == "118181386580595879976868414312001964434038548836769923458287039207");
    CHECK(dec(intPow(i(-7).get(), i(77).get(), i(1000000007).get())) == "926847920");
    Ref e70 = num(interp, "1180591620717411303424");
    // pow(3, 2**70, 10**9+7) == 892517638 (python3.11)
    CHECK(dec(intPow(i(3).get(), e70.get(), i(1000000007).get())) == "892517638");
    // pow(12345678901234567890, 98765, -(10**12+39)) == -839810095885
    CHECK(dec(intPow(num(interp, "12345678901234567890").get(), i(98765).get(), i(-1000000000039).get())) == "-839810095885");
}

TEST_CASE("int comparison and hash slots") {
    Interpreter interp;
    Ref a = num(interp, "1267650600228229401496703205376");
    Ref b = num(interp, "-1267650600228229401496703205376");
    CHECK(Ref(intRichCompare(a.get(), b.get(), CompareOp::Gt)).get() == interp.trueObj);
    CHECK(Ref(intRichCompare(a.get(), b.get(), CompareOp::Eq)).get() == interp.falseObj);
    CHECK(Ref(intRichCompare(a.get(), a.get(), CompareOp::Le)).get() == interp.trueObj);
    Ref f = newFloat(interp, 1.0);
    CHECK(Ref(intRichCompare(a.get(), f.get(), CompareOp::Lt)).get() == interp.notImplemented);
    // hash(2**100) == 549755813888; hash(-1) == -2; hash(True) == 1
    CHECK(intHash(a.get()) == 549755813888LL);
    CHECK(intHash(interp.smallInt(-1)) == -2);
    CHECK(interp.types.bool_->hash(interp.trueObj) == 1);
    CHECK(intIsTrue(interp.smallInt(0)) == 0);
    CHECK(intIsTrue(b.get()) == 1);
}

TEST_CASE("int(str, base) parsing rules and messages") {
    Interpreter interp;
    // int('1_000') == 1000; int(' 12 ') == 12; int('0x1f', 0) == 31; int('١٢') == 12 (Arabic-Indic digits)
    CHECK(dec(newIntFromString(interp, "1_000", 10)) == "1000");
    CHECK(dec(newIntFromString(interp, " 12 ", 10)) == "12");
    CHECK(dec(newIntFromString(interp, "0x1f", 0)) == "31");
    CHECK(dec(newIntFromString(interp, "\u0661\u0662", 10)) == "12");
    CHECK(dec(newIntFromString(interp, "\u00a012\u3000", 10)) == "12");
    CHECK(!newIntFromString(interp, "010", 0));
    CHECK(takeError(interp) == "ValueError: invalid literal for int() with base 0: '010'");
    CHECK(!newIntFromString(interp, "1__0", 10));
    CHECK(takeError(interp) == "ValueError: invalid literal for int() with base 10: '1__0'");
    CHECK(!newIntFromString(interp, "", 10));
    CHECK(takeError(interp) == "ValueError: invalid literal for int() with base 10: ''");
    CHECK(!newIntFromString(interp, "0x", 16));
    CHECK(takeError(interp) == "ValueError: invalid literal for int() with base 16: '0x'");
    CHECK(!newIntFromString(interp, "\u0663x", 10)); // int('٣x')
    CHECK(takeError(interp) == "ValueError: invalid literal for int() with base 10: '\u0663x'");
    CHECK(!newIntFromString(interp, "12", 1));
    CHECK(takeError(interp) == "ValueError: int() base must be >= 2 and <= 36, or 0");
    // int('x'*300): the repr in the message is cut at 200 characters
    CHECK(!newIntFromString(interp, std::string(300, 'x'), 10));
    CHECK(takeError(interp) == "ValueError: invalid literal for int() with base 10: '" + std::string(199, 'x'));
}

TEST_CASE("int(bytes) is not transformed and quotes the bytes") {
    Interpreter interp;
    CHECK(dec(newIntFromBytes(interp, " 42 ", 10, "b' 42 '")) == "42");
    // int(b'12x') -> "invalid literal for int() with base 10: b'12x'"
    CHECK(!newIntFromBytes(interp, "12x", 10, "b'12x'"));
    CHECK(takeError(interp) == "ValueError: invalid literal for int() with base 10: b'12x'");
    // UTF-8 bytes of U+0661 ARABIC-INDIC DIGIT ONE are not a digit in bytes
    CHECK(!newIntFromBytes(interp, "\u0661", 10, "b'\\xd9\\xa1'"));
    CHECK(takeError(interp) == "ValueError: invalid literal for int() with base 10: b'\\xd9\\xa1'");
}

TEST_CASE("newIntFromBig: allocation size hint and the small-int cache") {
    Interpreter interp;
    Ref r = newIntFromBig(interp, BigInt(1).shiftLeft(40), 5); // requested as 5 digits: 44 bytes -> 48
    CHECK(blockSize(interp, r.get()) == 48);
    CHECK(getsizeof(r.get()) == 32);
    CHECK(newIntFromBig(interp, BigInt(12), 3).get() == interp.smallInt(12)); // maybe_small_long
    CHECK(newIntFromBig(interp, BigInt(-5)).get() == interp.smallInt(-5));
}

TEST_CASE("int/str conversion limit of 4300 digits") {
    Interpreter interp;
    CHECK(intMaxStrDigits(interp) == 4300);
    // int('1'*5000) and int('1'*5000 + 'x'): the limit is checked before the trailing garbage
    const std::string msgToInt =
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; "
        "use sys.set_int_max_str_digits() to increase the limit";
    CHECK(!newIntFromString(interp, std::string(5000, '1'), 10));
    CHECK(takeError(interp) == msgToInt);
    CHECK(!newIntFromString(interp, std::string(5000, '1') + "x", 10));
    CHECK(takeError(interp) == msgToInt);
    // int('1'*5000, 16) is fine (binary bases are not limited)
    CHECK(newIntFromString(interp, std::string(5000, '1'), 16));
    // str(10**4299) has 4300 digits; str(10**4300) fails; str(-10**4299) is fine
    const std::string msgToStr =
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() "
        "to increase the limit";
    Ref ok = newIntFromDecimal(interp, "1" + std::string(4299, '0'));
    Ref s(intRepr(ok.get()));
    REQUIRE(s);
    CHECK(strLength(s.get()) == 4300);
    Ref tooMany = newIntFromDecimal(interp, "1" + std::string(4300, '0'));
    CHECK(intRepr(tooMany.get()) == nullptr);
    CHECK(takeError(interp) == msgToStr);
    Ref neg = intNeg(ok.get());
    Ref ns(intRepr(neg.get()));
    CHECK(ns);
    Ref huge = newIntFromDecimal(interp, "1" + std::string(50000, '0'));
    CHECK(intRepr(huge.get()) == nullptr); // the size-based early rejection
    CHECK(takeError(interp) == msgToStr);
    CHECK(!setIntMaxStrDigits(interp, 100));
    CHECK(takeError(interp) == "ValueError: maxdigits must be 0 or larger than 640");
}

TEST_CASE("int repr produces a fresh str") {
    Interpreter interp;
    Ref x = newInt(interp, -1234567);
    Ref s(intRepr(x.get()));
    REQUIRE(s);
    CHECK(strToUtf8(s.get()) == "-1234567");
    CHECK(s->refcnt == 1);
    Ref s7(intRepr(interp.smallInt(7)));
    CHECK(strToUtf8(s7.get()) == "7");
    CHECK(s7.get() != interp.latin1Chars[u8'7']); // str(7) is not the '7' singleton (PyUnicode_New)
    CHECK(intLabel(x.get()) == "-1234567");
}

TEST_CASE("int(float) conversion") {
    Interpreter interp;
    // int(1e100)
    CHECK(dec(newIntFromDouble(interp, 1e100)) ==
          "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104");
    CHECK(newIntFromDouble(interp, -2.7).get() == interp.smallInt(-2));
    CHECK(!newIntFromDouble(interp, HUGE_VAL));
    CHECK(takeError(interp) == "OverflowError: cannot convert float infinity to integer");
    CHECK(!newIntFromDouble(interp, std::nan("")));
    CHECK(takeError(interp) == "ValueError: cannot convert float NaN to integer");
}

TEST_CASE("freeing an int returns its block and leaves refcount 0 readable as the pymalloc link") {
    Interpreter interp;
    Ref keep = newInt(interp, 1000);
    Ref x = newInt(interp, 1001);
    const Addr a = x->addr;
    x = Ref();
    // Non-GC object without a free list: ob_refcnt holds pymalloc's next-free pointer (facts 3.3)
    Ref y = newInt(interp, 1002);
    CHECK(y->addr == a); // LIFO reuse of the same size class
}

TEST_CASE("round(int, ndigits) with a huge negative ndigits raises instead of failing silently") {
    // int___round___impl computes 10**-ndigits whatever its size: CPython 3.11 runs until it cannot
    // allocate (no reference output to compare), the engine reaches its host limit. It returned
    // NULL with no exception set (SystemError) for -2**63, whose negation overflowed 64 bits.
    CHECK(hs_test::runProgram("for n in (-2**63, -2**64, -10**30):\n"
                              "    try:\n"
                              "        round(5, n)\n"
                              "    except MemoryError:\n"
                              "        print('MemoryError')\n"
                              "print(round(150, -2), round(250, -2), round(-250, -2), round(5, -2**0))\n") ==
          "MemoryError\nMemoryError\nMemoryError\n200 200 -200 0\n");
}
