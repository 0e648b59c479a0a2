// float (PyFloatObject): allocation through the 100-entry free list, repr, parsing, hashing and the
// number slots of Objects/floatobject.c (3.11).
//
// Sections: free list and allocation · repr · parsing · hash · comparison · arithmetic · round ·
// type slots
#include "objects/float_object.h"

#include "objects/builtin_types.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/interpreter.h"
#include "vm/vm_state.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace hs {

namespace {

inline Interpreter& interpOf(const Object* o) { return *o->type->interp; }
Ref notImplemented(Interpreter& interp) { return Ref::borrowed(interp.notImplemented); }

} // namespace

// =============================================================================================
// Free list and allocation

bool isFloat(const Object* o) {
    const TypeObject* t = o->type;
    return t == t->interp->types.float_ || t->isSubtypeOf(t->interp->types.float_);
}

Ref newFloat(Interpreter& interp, double v) {
    auto& freeList = interp.freeLists().floats;
    if (!freeList.empty()) {
        auto* f = static_cast<FloatObject*>(freeList.back());
        freeList.pop_back();
        interp.reviveObject(f);
        f->type = interp.types.float_;
        f->freeLink = 0;
        f->value = v;
        return Ref(f);
    }
    auto* f = interp.newPlainObject<FloatObject>(interp.types.float_, 24);
    if (!f) return Ref();
    f->value = v;
    return Ref(f);
}

std::size_t floatFreeListSize(const Interpreter& interp) {
    return const_cast<Interpreter&>(interp).freeLists().floats.size();
}

void clearFloatFreeList(Interpreter& interp) {
    // _PyFloat_ClearFreeList walks from the head (the most recently parked float) and frees each
    // block; the freed block's ob_type word keeps the link to the next one.
    auto& freeList = interp.freeLists().floats;
    while (!freeList.empty()) {
        auto* f = static_cast<FloatObject*>(freeList.back());
        freeList.pop_back();
        const Addr addr = f->addr;
        const Addr link = f->freeLink;
        interp.releaseRetained(f);
        // The block's arena is gone when that free emptied it (obmalloc returns empty arenas).
        if (BlockSlot* slot = interp.memory().find(addr, nullptr, nullptr)) slot->ghostType = link;
    }
}

namespace {

void floatDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (o->type != interp.types.float_) { // subclass instance: tp_free
        interp.freeObject(o);
        return;
    }
    auto& freeList = interp.freeLists().floats;
    if (freeList.size() >= FreeLists::kFloatMax) {
        interp.freePlainObject(static_cast<FloatObject*>(o), true);
        return;
    }
    auto* f = static_cast<FloatObject*>(o);
    f->freeLink = freeList.empty() ? 0 : freeList.back()->addr;
    freeList.push_back(f);
    interp.retainObject(f);
}

std::int64_t floatSizeOf(const Object* o) { return o->type->basicsize; }

bool floatReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    const auto* f = static_cast<const FloatObject*>(o);
    if (offset == 8 && (o->objFlags & Object::kRetained)) {
        out = f->freeLink; // Py_SET_TYPE(op, free_list)
        return true;
    }
    if (offset == 16) {
        std::memcpy(&out, &f->value, sizeof out);
        return true;
    }
    return false;
}

} // namespace

// =============================================================================================
// repr: shortest round-trip digits, formatted as float_repr_style 'short' with the 'r' code

namespace {

// Shortest decimal digits (no trailing zeros) and decimal-point position of a finite non-zero |v|:
// v = 0.DIGITS * 10**decpt. Like _Py_dg_dtoa mode 0: the shortest string that reads back as v,
// the nearest such one when several have that length.
void shortestDigits(double v, std::string& digits, int& decpt) {
    char buf[40];
    for (int p = 1; p <= 17; ++p) {
        std::snprintf(buf, sizeof buf, "%.*e", p - 1, v);
        // buf = d[.ddd]e[+-]XX
        std::uint64_t mant = 0;
        const char* s = buf;
        for (; *s && *s != 'e'; ++s)
            if (*s >= '0' && *s <= '9') mant = mant * 10 + std::uint64_t(*s - '0');
        const int exp10 = std::atoi(s + 1) - (p - 1); // v ~ mant * 10**exp10
        auto readsBack = [&](std::uint64_t m) {
            char t[48];
            std::snprintf(t, sizeof t, "%llue%d", static_cast<unsigned long long>(m), exp10);
            return std::strtod(t, nullptr) == v;
        };
        std::uint64_t chosen = 0;
        if (readsBack(mant)) chosen = mant;
        else if (p > 1 && readsBack(mant + 1)) chosen = mant + 1; // asymmetric interval at 2**k
        else if (p > 1 && mant > 1 && readsBack(mant - 1)) chosen = mant - 1;
        if (chosen == 0 && p < 17) continue;
        if (chosen == 0) chosen = mant;
        int e = exp10;
        while (chosen % 10 == 0) {
            chosen /= 10;
            ++e;
        }
        digits = std::to_string(chosen);
        decpt = int(digits.size()) + e;
        return;
    }
}

} // namespace

std::string floatReprString(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    if (v == 0.0) return std::signbit(v) ? "-0.0" : "0.0";
    std::string digits;
    int decpt = 0;
    shortestDigits(std::fabs(v), digits, decpt);
    std::string out = v < 0 ? "-" : "";
    const int n = int(digits.size());
    if (decpt <= -4 || decpt > 16) {
        out += digits[0];
        if (n > 1) {
            out += '.';
            out.append(digits, 1, std::string::npos);
        }
        const int exp = decpt - 1;
        char buf[16];
        std::snprintf(buf, sizeof buf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        out += buf;
    } else if (decpt <= 0) {
        out += "0.";
        out.append(std::size_t(-decpt), '0');
        out += digits;
    } else if (decpt >= n) {
        out += digits;
        out.append(std::size_t(decpt - n), '0');
        out += ".0";
    } else {
        out.append(digits, 0, std::size_t(decpt));
        out += '.';
        out.append(digits, std::size_t(decpt), std::string::npos);
    }
    return out;
}

Object* floatRepr(Object* o) {
    return newStrFreshAscii(interpOf(o), floatReprString(floatValue(o))).release();
}

// =============================================================================================
// Parsing (PyFloat_FromString: _Py_string_to_number_with_underscores + PyOS_string_to_double)

namespace {

bool isSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool equalsNoCase(std::string_view s, std::string_view lower) {
    if (s.size() != lower.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (char(s[i] | 0x20) != lower[i]) return false;
    return true;
}

// The whole of s (already stripped, no underscores) as a double; false on a syntax error.
bool parseFloatBody(std::string_view s, double& out) {
    std::size_t i = 0;
    bool neg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    const std::string_view rest = s.substr(i);
    if (equalsNoCase(rest, "inf") || equalsNoCase(rest, "infinity")) {
        out = neg ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (equalsNoCase(rest, "nan")) {
        out = neg ? -std::nan("") : std::nan("");
        return true;
    }
    std::size_t mantDigits = 0;
    while (i < s.size() && isDigit(s[i])) { ++i; ++mantDigits; }
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && isDigit(s[i])) { ++i; ++mantDigits; }
    }
    if (mantDigits == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        std::size_t j = i + 1;
        if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
        const std::size_t expStart = j;
        while (j < s.size() && isDigit(s[j])) ++j;
        if (j == expStart) return false;
        i = j;
    }
    if (i != s.size()) return false;
    const std::string z(s);
    out = std::strtod(z.c_str(), nullptr); // overflow gives +-inf, underflow 0 or a subnormal
    return true;
}

Ref floatFromText(Interpreter& interp, std::string_view text, const std::string& reprText) {
    std::string ascii = transformDecimalAndSpaceToAscii(text);
    std::string_view s = ascii;
    auto fail = [&]() {
        interp.setError("ValueError", "could not convert string to float: " + reprText);
        return Ref();
    };
    if (s.find('_') != std::string_view::npos) {
        std::string dup;
        char prev = 0;
        for (char c : s) {
            if (c == '_') {
                if (!isDigit(prev)) return fail();
            } else {
                if (prev == '_' && !isDigit(c)) return fail();
                dup += c;
            }
            prev = c;
        }
        if (prev == '_') return fail();
        ascii = std::move(dup);
        s = ascii;
    }
    std::size_t b = 0, e = s.size();
    while (b < e && isSpace(s[b])) ++b;
    while (e > b + 1 && isSpace(s[e - 1])) --e;
    double v = 0;
    if (!parseFloatBody(s.substr(b, e - b), v)) return fail();
    return newFloat(interp, v);
}

} // namespace

Ref newFloatFromString(Interpreter& interp, std::string_view text) {
    return floatFromText(interp, text, reprOfText(interp, text));
}

Ref floatFromBytesText(Interpreter& interp, std::string_view bytes, const std::string& bytesRepr) {
    return floatFromText(interp, bytes, bytesRepr);
}

Ref floatFromStr(Interpreter& interp, Object* str) { return floatFromText(interp, strToUtf8(str), strReprUtf8(str)); }

// =============================================================================================
// Hash (_Py_HashDouble)

std::int64_t hashDouble(const Object* o, double v) {
    constexpr int kBits = 61;
    constexpr std::uint64_t kModulus = (std::uint64_t(1) << kBits) - 1;
    if (!std::isfinite(v)) {
        if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
        // _Py_HashPointer: the address rotated right by 4 bits
        const std::uint64_t p = o ? o->addr : 0;
        const std::int64_t h = std::int64_t((p >> 4) | (p << 60));
        return h == -1 ? -2 : h;
    }
    int e = 0;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    std::uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & kModulus) | x >> (kBits - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        const std::uint64_t y = std::uint64_t(m);
        m -= double(y);
        x += y;
        if (x >= kModulus) x -= kModulus;
    }
    e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
    x = ((x << e) & kModulus) | x >> (kBits - e);
    x = x * std::uint64_t(std::int64_t(sign));
    if (x == std::uint64_t(-1)) x = std::uint64_t(-2);
    return std::int64_t(x);
}

std::int64_t floatHash(Object* o) { return hashDouble(o, floatValue(o)); }

int floatIsTrue(Object* o) { return floatValue(o) != 0.0 ? 1 : 0; }

// =============================================================================================
// Comparison (float_richcompare: exact against ints of any size)

Object* floatRichCompare(Object* v, Object* w, CompareOp op) {
    Interpreter& interp = interpOf(v);
    double i = floatValue(v), j = 0.0;
    if (isFloat(w)) {
        j = floatValue(w);
    } else if (!std::isfinite(i)) {
        if (!isInt(w)) return notImplemented(interp).release();
        j = 0.0;
    } else if (isInt(w)) {
        const BigInt& wv = intValue(w);
        const int vsign = i == 0.0 ? 0 : i < 0.0 ? -1 : 1;
        const int wsign = wv.sign();
        if (vsign != wsign) {
            i = vsign;
            j = wsign;
        } else if (wv.bitLength() <= 48) {
            wv.toDouble(j);
        } else {
            // Same sign, |w| >= 2**48: compare exactly. floor(|v|) against |w|, then the fraction.
            const double av = std::fabs(i);
            int exponent = 0;
            std::frexp(av, &exponent);
            const std::int64_t nbits = wv.bitLength();
            int c; // sign of |v| - |w|
            if (exponent < nbits) c = -1;
            else if (exponent > nbits) c = 1;
            else {
                double intpart = 0;
                const double frac = std::modf(av, &intpart);
                BigInt vi;
                BigInt::fromDouble(intpart, vi);
                c = BigInt::compare(vi, wv.abs());
                if (c == 0 && frac != 0.0) c = 1;
            }
            if (vsign < 0) c = -c;
            i = c;
            j = 0.0;
        }
    } else {
        return notImplemented(interp).release();
    }
    bool r = false;
    switch (op) {
    case CompareOp::Eq: r = i == j; break;
    case CompareOp::Ne: r = i != j; break;
    case CompareOp::Le: r = i <= j; break;
    case CompareOp::Ge: r = i >= j; break;
    case CompareOp::Lt: r = i < j; break;
    case CompareOp::Gt: r = i > j; break;
    }
    return newBool(interp, r);
}

// =============================================================================================
// Arithmetic

int toDoubleOperand(Object* o, double& out) {
    if (isFloat(o)) {
        out = floatValue(o);
        return 1;
    }
    if (isInt(o)) return intAsDouble(interpOf(o), o, out) ? 1 : -1;
    return 0;
}

namespace {

// CONVERT_TO_DOUBLE for both operands: 1 ok; otherwise `result` holds NotImplemented or is empty
// with the error pending.
int convertBoth(Object* a, Object* b, double& x, double& y, Ref& result) {
    Interpreter& interp = interpOf(a);
    for (int k = 0; k < 2; ++k) {
        const int r = toDoubleOperand(k == 0 ? a : b, k == 0 ? x : y);
        if (r == 1) continue;
        result = r == 0 ? notImplemented(interp) : Ref();
        return 0;
    }
    return 1;
}

// _float_div_mod: floor quotient and modulo with the sign of the divisor.
void floatDivMod(double vx, double wx, double& floordiv, double& mod) {
    mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0.0) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, wx);
    }
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, vx / wx);
    }
}

bool isOddInteger(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

} // namespace

#define HS_FLOAT_BINOP(name, expr)                                                                 \
    Ref name(Object* a, Object* b) {                                                               \
        double x = 0, y = 0;                                                                       \
        Ref result;                                                                                \
        if (!convertBoth(a, b, x, y, result)) return result;                                       \
        return newFloat(interpOf(a), (expr));                                                      \
    }
HS_FLOAT_BINOP(floatAdd, x + y)
HS_FLOAT_BINOP(floatSub, x - y)
HS_FLOAT_BINOP(floatMul, x * y)
#undef HS_FLOAT_BINOP

Ref floatTrueDiv(Object* a, Object* b) {
    double x = 0, y = 0;
    Ref result;
    if (!convertBoth(a, b, x, y, result)) return result;
    if (y == 0.0) {
        interpOf(a).setError("ZeroDivisionError", "float division by zero");
        return Ref();
    }
    return newFloat(interpOf(a), x / y);
}

Ref floatFloorDiv(Object* a, Object* b) {
    double x = 0, y = 0;
    Ref result;
    if (!convertBoth(a, b, x, y, result)) return result;
    if (y == 0.0) {
        interpOf(a).setError("ZeroDivisionError", "float floor division by zero");
        return Ref();
    }
    double q = 0, m = 0;
    floatDivMod(x, y, q, m);
    return newFloat(interpOf(a), q);
}

Ref floatMod(Object* a, Object* b) {
    double x = 0, y = 0;
    Ref result;
    if (!convertBoth(a, b, x, y, result)) return result;
    if (y == 0.0) {
        interpOf(a).setError("ZeroDivisionError", "float modulo");
        return Ref();
    }
    double mod = std::fmod(x, y);
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) mod += y;
    } else {
        mod = std::copysign(0.0, y);
    }
    return newFloat(interpOf(a), mod);
}

bool floatDivmodParts(Object* a, Object* b, Ref& q, Ref& r) {
    double x = 0, y = 0;
    Ref result;
    if (!convertBoth(a, b, x, y, result)) return false;
    Interpreter& interp = interpOf(a);
    if (y == 0.0) {
        interp.setError("ZeroDivisionError", "float divmod()");
        return false;
    }
    double fq = 0, fm = 0;
    floatDivMod(x, y, fq, fm);
    q = newFloat(interp, fq);
    if (!q) return false;
    r = newFloat(interp, fm);
    return bool(r);
}

Ref floatDivmod(Object* a, Object* b) {
    double x = 0, y = 0;
    Ref result;
    if (!convertBoth(a, b, x, y, result)) return result;
    Interpreter& interp = interpOf(a);
    if (y == 0.0) {
        interp.setError("ZeroDivisionError", "float divmod()");
        return Ref();
    }
    double fq = 0, fm = 0;
    floatDivMod(x, y, fq, fm);
    // Py_BuildValue("(dd)"): the tuple first, then each float.
    Ref t = newTuple(interp, 2);
    if (!t) return Ref();
    for (int k = 0; k < 2; ++k) {
        Ref f = newFloat(interp, k == 0 ? fq : fm);
        if (!f) return Ref();
        tupleSetItemSteal(t.get(), k, f.release());
    }
    return t;
}

Ref floatPow(Object* v, Object* w, Object* z) {
    Interpreter& interp = interpOf(v);
    if (z && z != interp.none) {
        interp.setError("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
        return Ref();
    }
    double iv = 0, iw = 0;
    Ref result;
    if (!convertBoth(v, w, iv, iw, result)) return result;
    if (iw == 0) return newFloat(interp, 1.0);
    if (std::isnan(iv)) return newFloat(interp, iv);
    if (std::isnan(iw)) return newFloat(interp, iv == 1.0 ? 1.0 : iw);
    if (std::isinf(iw)) {
        iv = std::fabs(iv);
        if (iv == 1.0) return newFloat(interp, 1.0);
        if ((iw > 0.0) == (iv > 1.0)) return newFloat(interp, std::fabs(iw));
        return newFloat(interp, 0.0);
    }
    if (std::isinf(iv)) {
        const bool odd = isOddInteger(iw);
        if (iw > 0.0) return newFloat(interp, odd ? iv : std::fabs(iv));
        return newFloat(interp, odd ? std::copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        const bool odd = isOddInteger(iw);
        if (iw < 0.0) {
            interp.setError("ZeroDivisionError", "0.0 cannot be raised to a negative power");
            return Ref();
        }
        return newFloat(interp, odd ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != std::floor(iw)) {
            // "Negative numbers raised to fractional powers become complex": complex's nb_power
            // on the original operands (z is None or absent here).
            return Ref(vmOf(interp).types.complex->slots.number->power3(v, w, z));
        }
        iv = -iv;
        negate = isOddInteger(iw);
    }
    if (iv == 1.0) return newFloat(interp, negate ? -1.0 : 1.0);
    double ix = std::pow(iv, iw);
    if (std::isinf(ix)) {
        interp.setError("OverflowError", "(34, 'Numerical result out of range')");
        return Ref();
    }
    return newFloat(interp, negate ? -ix : ix);
}

Ref floatNeg(Object* a) { return newFloat(interpOf(a), -floatValue(a)); }

Ref floatPos(Object* a) {
    Interpreter& interp = interpOf(a);
    if (a->type == interp.types.float_) return Ref::borrowed(a);
    return newFloat(interp, floatValue(a));
}

Ref floatAbs(Object* a) { return newFloat(interpOf(a), std::fabs(floatValue(a))); }

Ref floatToInt(Object* a) { return newIntFromDouble(interpOf(a), floatValue(a)); }

Ref floatIsInteger(Object* a) {
    const double x = floatValue(a);
    return Ref(newBool(interpOf(a), std::isfinite(x) && std::floor(x) == x));
}

// =============================================================================================
// round (float___round___impl, double_round with correctly rounded decimal arithmetic)

Ref floatRound(Object* a, Object* ndigitsObj) {
    Interpreter& interp = interpOf(a);
    const double x = floatValue(a);
    if (!ndigitsObj || ndigitsObj == interp.none) {
        double rounded = std::round(x);
        if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
        return newIntFromDouble(interp, rounded);
    }
    if (!isInt(ndigitsObj)) {
        interp.setError("TypeError", "'" + ndigitsObj->type->name + "' object cannot be interpreted as an integer");
        return Ref();
    }
    // PyNumber_AsSsize_t(o, NULL) clips on overflow.
    const BigInt& nd = intValue(ndigitsObj);
    std::int64_t ndigits = nd.fitsInt64() ? nd.small() : (nd.isNegative() ? INT64_MIN : INT64_MAX);
    if (!std::isfinite(x)) return newFloat(interp, x);
    constexpr int kNdigitsMax = 323, kNdigitsMin = -308;
    if (ndigits > kNdigitsMax) return newFloat(interp, x);
    if (ndigits < kNdigitsMin) return newFloat(interp, 0.0 * x);
    // x = m * 2**e exactly; round x * 10**ndigits to an integer, half to even.
    int e = 0;
    const double fr = std::frexp(std::fabs(x), &e);
    const BigInt m(static_cast<std::int64_t>(std::ldexp(fr, 53)));
    e -= 53;
    BigInt num = m, den(1);
    if (e >= 0) num = num.shiftLeft(std::uint64_t(e));
    else den = den.shiftLeft(std::uint64_t(-e));
    const BigInt p10 = BigInt::pow(BigInt(10), BigInt(ndigits >= 0 ? ndigits : -ndigits));
    if (ndigits >= 0) num = num * p10;
    else den = den * p10;
    BigInt q, r;
    BigInt::divMod(num, den, q, r);
    const int c = BigInt::compare(r.shiftLeft(1), den);
    if (c > 0 || (c == 0 && (q.digit(0) & 1))) q = q + BigInt(1);
    const std::string text = (std::signbit(x) ? "-" : "") + q.toString(10) + "e" + std::to_string(-ndigits);
    const double rounded = std::strtod(text.c_str(), nullptr);
    if (std::isinf(rounded)) {
        interp.setError("OverflowError", "rounded value too large to represent");
        return Ref();
    }
    return newFloat(interp, rounded);
}

// =============================================================================================
// Type slots

void initFloatType(Interpreter&, TypeObject& t) {
    t.dealloc = floatDealloc;
    t.sizeOf = floatSizeOf;
    t.readField = floatReadField;
    t.repr = floatRepr;
    t.hash = floatHash;
    t.richcompare = floatRichCompare;
    t.isTrue = floatIsTrue;
    t.label = [](const Object* o) { return floatReprString(floatValue(o)); };
    setHostDestructor<FloatObject>(t);
}

} // namespace hs
