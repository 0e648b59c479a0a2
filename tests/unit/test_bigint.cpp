// Tests for BigInt (engine/objects/bigint.h): CPython's digit representation, arithmetic with
// floor semantics, bitwise two's-complement semantics, hashing, double conversion and parsing.
// Expected values measured with python3.11 (the expression is given in each comment).
#include <doctest/doctest.h>

#include "objects/bigint.h"

#include <cmath>
#include <cstring>
#include <string>

using hs::BigInt;

namespace {

BigInt big(const char* text, int base = 10) {
    BigInt v;
    REQUIRE(BigInt::parse(text, base, v));
    return v;
}

std::string dec(const BigInt& v) { return v.toString(10); }

} // namespace

TEST_CASE("BigInt keeps int64 values inline and switches to 30-bit digits beyond") {
    BigInt a(123);
    CHECK(a.isSmall());
    CHECK(a.digitCount() == 1);
    CHECK(BigInt(0).digitCount() == 0);
    CHECK(BigInt(0).obSize() == 0);
    // 2**30 has ob_size 2, digits [0, 1]
    const BigInt p30 = BigInt(1).shiftLeft(30);
    CHECK(p30.obSize() == 2);
    CHECK(p30.digit(0) == 0);
    CHECK(p30.digit(1) == 1);
    // -(2**70): ob_size -3, digits [0, 0, 1024]
    const BigInt n70 = -BigInt(1).shiftLeft(70);
    CHECK(!n70.isSmall());
    CHECK(n70.obSize() == -3);
    CHECK(n70.digit(2) == 1024);
    // INT64_MIN stays inline; its negation does not fit
    const BigInt mn(INT64_MIN);
    CHECK(mn.isSmall());
    CHECK(!(-mn).isSmall());
    CHECK(dec(-mn) == "9223372036854775808");
    CHECK((-(-mn)).isSmall());
    CHECK(BigInt::fromUint64(UINT64_MAX).toString(10) == "18446744073709551615");
    CHECK(BigInt::fromUint64(UINT64_MAX).obSize() == 3);
}

TEST_CASE("BigInt canonical form: equal values compare equal whatever their history") {
    const BigInt big63 = BigInt(INT64_MAX) + BigInt(1);
    CHECK(!big63.isSmall());
    const BigInt back = big63 - BigInt(1);
    CHECK(back.isSmall());
    CHECK(back == BigInt(INT64_MAX));
    CHECK(BigInt::compare(big63, BigInt(INT64_MAX)) == 1);
    CHECK(BigInt::compare(-big63, BigInt(INT64_MIN)) == 0);
    CHECK((-big63).isSmall());
}

TEST_CASE("BigInt arithmetic matches python3.11") {
    // 2**100
    CHECK(dec(BigInt(1).shiftLeft(100)) == "1267650600228229401496703205376");
    // 3**200
    CHECK(dec(BigInt::pow(3, 200)) ==
          "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001");
    // (2**100+1)*(3**50)
    CHECK(dec((BigInt(1).shiftLeft(100) + 1) * BigInt::pow(3, 50)) == "910043815000214977332758527534974530480407112914428873");
    const BigInt p100 = BigInt(1).shiftLeft(100);
    // (-(2**100))//7 and (-(2**100))%7
    CHECK(dec(BigInt::floorDiv(-p100, 7)) == "-181092942889747057356671886483");
    CHECK(dec(BigInt::mod(-p100, 7)) == "5");
    // (2**100)//(-(3**40)) and (2**100)%(-(3**40))
    CHECK(dec(BigInt::floorDiv(p100, -BigInt::pow(3, 40))) == "-104267600100");
    CHECK(dec(BigInt::mod(p100, -BigInt::pow(3, 40))) == "-6301373860137274724");
    // divmod(-(2**100), 3**30) == (-6156897518274295, 75762380542079)
    BigInt q, r;
    BigInt::divMod(-p100, BigInt::pow(3, 30), q, r);
    CHECK(dec(q) == "-6156897518274295");
    CHECK(dec(r) == "75762380542079");
    // divmod(-7, 2) == (-4, 1); divmod(7, -2) == (-4, -1)
    BigInt::divMod(-7, 2, q, r);
    CHECK((q == BigInt(-4) && r == BigInt(1)));
    BigInt::divMod(7, -2, q, r);
    CHECK((q == BigInt(-4) && r == BigInt(-1)));
    // INT64_MIN // -1 == 9223372036854775808
    CHECK(dec(BigInt::floorDiv(INT64_MIN, -1)) == "9223372036854775808");
    // 7**77
    CHECK(dec(BigInt::pow(7, 77)) == "118181386580595879976868414312001964434038548836769923458287039207");
    // ~(2**100), ~(-(2**100))
    CHECK(dec(~p100) == "-1267650600228229401496703205377");
    CHECK(dec(~(-p100)) == "1267650600228229401496703205375");
}

TEST_CASE("BigInt division of long operands (Knuth D) agrees with multiplication") {
    const BigInt a = BigInt::pow(3, 700) + BigInt::pow(7, 123);
    const BigInt b = BigInt::pow(5, 301) - 12345;
    BigInt q, r;
    BigInt::divMod(a, b, q, r);
    CHECK(q * b + r == a);
    CHECK(BigInt::compare(r, b) < 0);
    CHECK(!r.isNegative());
    // Karatsuba-sized operands (more than 70 digits each)
    const BigInt x = BigInt::pow(11, 1000), y = BigInt::pow(13, 900);
    BigInt::divMod(x * y, y, q, r);
    CHECK(q == x);
    CHECK(r.isZero());
}

TEST_CASE("BigInt modular power and inverse") {
    // pow(-7, 77, 10**9+7)
    CHECK(dec(BigInt::powMod(-7, 77, 1000000007)) == "926847920");
    // pow(12345678901234567890, 98765, -(10**12+39))
    CHECK(dec(BigInt::powMod(big("12345678901234567890"), 98765, -BigInt(1000000000039LL))) == "-839810095885");
    // pow(2, 3, -5) == -2; pow(2, 3, 1) == 0
    CHECK(BigInt::powMod(2, 3, -5) == BigInt(-2));
    CHECK(BigInt::powMod(2, 3, 1) == BigInt(0));
    // pow(3, -1, 2**89-1)
    BigInt inv;
    REQUIRE(BigInt::invMod(3, BigInt(1).shiftLeft(89) - 1, inv));
    CHECK(dec(BigInt::mod(inv, BigInt(1).shiftLeft(89) - 1)) == "412646679761793424966374741");
    CHECK(!BigInt::invMod(2, 4, inv));
}

TEST_CASE("BigInt shifts floor toward negative infinity") {
    const BigInt p100 = BigInt(1).shiftLeft(100);
    // (2**100)>>37, (-(2**100)-1)>>37, (-(2**100))>>200
    CHECK(dec(p100.shiftRight(37)) == "9223372036854775808");
    CHECK(dec((-p100 - 1).shiftRight(37)) == "-9223372036854775809");
    CHECK((-p100).shiftRight(200) == BigInt(-1));
    // 5<<100, (-3)<<70
    CHECK(dec(BigInt(5).shiftLeft(100)) == "6338253001141147007483516026880");
    CHECK(dec(BigInt(-3).shiftLeft(70)) == "-3541774862152233910272");
    CHECK(BigInt(-7).shiftRight(1) == BigInt(-4));
    CHECK(BigInt(-1).shiftRight(100) == BigInt(-1));
}

TEST_CASE("BigInt bitwise operations use infinite two's complement") {
    const BigInt n70 = -BigInt(1).shiftLeft(70);
    // (-(2**70))&(2**65-1) == 0
    CHECK((n70 & (BigInt(1).shiftLeft(65) - 1)).isZero());
    // (-(2**70))|12345
    CHECK(dec(n70 | 12345) == "-1180591620717411291079");
    // (-(2**70))^(-(2**66))
    CHECK(dec(n70 ^ -BigInt(1).shiftLeft(66)) == "1106804644422573096960");
    // (-(2**70))^(2**65)
    CHECK(dec(n70 ^ BigInt(1).shiftLeft(65)) == "-1143698132569992200192");
    CHECK((BigInt(-6) & BigInt(5)) == BigInt(0));
}

TEST_CASE("BigInt hash is CPython's long_hash") {
    // hash(2**100), hash(-(2**100)), hash(2**61-1), hash(2**61), hash(-1), hash(3**200), hash(2**63)
    CHECK(BigInt(1).shiftLeft(100).hash() == 549755813888LL);
    CHECK((-BigInt(1).shiftLeft(100)).hash() == -549755813888LL);
    CHECK((BigInt(1).shiftLeft(61) - 1).hash() == 0);
    CHECK(BigInt(1).shiftLeft(61).hash() == 1);
    CHECK(BigInt(-1).hash() == -2);
    CHECK(BigInt::pow(3, 200).hash() == 424410663027747676LL);
    CHECK(BigInt(1).shiftLeft(63).hash() == 4);
    CHECK(BigInt(INT64_MIN).hash() == -4);
    CHECK(BigInt(12345).hash() == 12345);
}

TEST_CASE("BigInt bit_length and conversion to double round half to even") {
    CHECK(BigInt(1).shiftLeft(100).bitLength() == 101);
    CHECK(BigInt(INT64_MIN).bitLength() == 64); // (-(2**63)).bit_length()
    CHECK(BigInt(0).bitLength() == 0);
    CHECK(BigInt(-5).bitLength() == 3);
    double d = 0;
    // float(2**53+1) == 9007199254740992.0
    REQUIRE((BigInt(1).shiftLeft(53) + 1).toDouble(d));
    CHECK(d == 9007199254740992.0);
    // float(2**1024-2**970-1) == 1.7976931348623157e+308; float(2**1024-2**970) overflows
    const BigInt edge = BigInt(1).shiftLeft(1024) - BigInt(1).shiftLeft(970);
    REQUIRE((edge - 1).toDouble(d));
    CHECK(d == 1.7976931348623157e308);
    CHECK(!edge.toDouble(d));
    // float(3**200) == 2.6561398887587478e+95
    REQUIRE(BigInt::pow(3, 200).toDouble(d));
    CHECK(d == 2.6561398887587478e+95);
    // float(-(2**63))
    REQUIRE(BigInt(INT64_MIN).toDouble(d));
    CHECK(d == -9.223372036854776e+18);
}

TEST_CASE("BigInt from double truncates toward zero") {
    BigInt v;
    // int(1e100)
    REQUIRE(BigInt::fromDouble(1e100, v));
    CHECK(dec(v) == "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104");
    // int(-1.5e19)
    REQUIRE(BigInt::fromDouble(-1.5e19, v));
    CHECK(dec(v) == "-15000000000000000000");
    REQUIRE(BigInt::fromDouble(-2.7, v));
    CHECK(v == BigInt(-2));
    CHECK(!BigInt::fromDouble(HUGE_VAL, v));
    CHECK(!BigInt::fromDouble(std::nan(""), v));
}

TEST_CASE("BigInt text in other bases") {
    // format(3**100, 'x'), format(-(2**70), 'b'), int('z'*20, 36)
    CHECK(BigInt::pow(3, 100).toString(16) == "5a4653ca673768565b41f775d6947d55cf3813d1");
    CHECK((-BigInt(1).shiftLeft(70)).toString(2) == "-1" + std::string(70, '0'));
    CHECK(dec(big("zzzzzzzzzzzzzzzzzzzz", 36)) == "13367494538843734067838845976575");
    CHECK(BigInt(-255).toString(16) == "-ff");
    CHECK(BigInt(0).toString(10) == "0");
}

TEST_CASE("BigInt::parse follows PyLong_FromString") {
    BigInt v;
    // int('1_000') == 1000; int(' 12 ') == 12; int('0x1f', 0) == 31; int('0_0', 0) == 0; int('-0x10', 16) == -16
    CHECK((BigInt::parse("1_000", 10, v) && v == BigInt(1000)));
    CHECK((BigInt::parse(" 12 \n", 10, v) && v == BigInt(12)));
    CHECK((BigInt::parse("0x1f", 0, v) && v == BigInt(31)));
    CHECK((BigInt::parse("0_0", 0, v) && v.isZero()));
    CHECK((BigInt::parse("-0x10", 16, v) && v == BigInt(-16)));
    CHECK((BigInt::parse("0b101", 2, v) && v == BigInt(5)));
    CHECK((BigInt::parse("0x_f", 16, v) && v == BigInt(15)));
    CHECK((BigInt::parse("z", 36, v) && v == BigInt(35)));
    // rejected: int('010', 0), int('1__0'), int('_1'), int('abc'), int('0b', 2), int(''), int('+ 1'), int('1_')
    CHECK(!BigInt::parse("010", 0, v));
    CHECK(!BigInt::parse("1__0", 10, v));
    CHECK(!BigInt::parse("_1", 10, v));
    CHECK(!BigInt::parse("abc", 10, v));
    CHECK(!BigInt::parse("0b", 2, v));
    CHECK(!BigInt::parse("", 10, v));
    CHECK(!BigInt::parse("  ", 10, v));
    CHECK(!BigInt::parse("+ 1", 10, v));
    CHECK(!BigInt::parse("1_", 10, v));
    const std::string many(5000, '7');
    REQUIRE(BigInt::parseDecimal(many, v));
    CHECK(v.toString(10) == many);
}
