// int (PyLongObject): allocation with CPython's request sizes, the static small ints, text
// conversion with the 3.11 digit limit, and the number slots (long_as_number of longobject.c).
//
// Sections: allocation helpers · construction · text · comparison/hash · add/sub/mul ·
// division · true division · power · unary · shifts/bitwise · type slots and singletons
//
// Each operation computes its value with BigInt and replays CPython's object-level allocation
// sequence (request sizes before normalization, temporaries, maybe_small_long, in-place negation
// of fresh results), so block size classes, free-list order and `is` match 3.11.
#include "objects/int_object.h"

#include "frontend/unicode.h"
#include "objects/builtin_types.h"
#include "objects/float_object.h"
#include "objects/static_refcounts.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/interpreter.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>

namespace hs {

namespace {

// ---------------------------------------------------------------------------------------------
// Allocation helpers (_PyLong_New, _PyLong_FromMedium, maybe_small_long, _PyLong_Negate)

// MAX_LONG_DIGITS of 64-bit CPython; beyond it _PyLong_New raises OverflowError.
constexpr std::int64_t kMaxLongDigits = (INT64_MAX - 24) / 4;
// Host guard: results beyond this many digits (~161 million decimal digits) raise MemoryError
// instead of exhausting the host (CPython would typically run out of memory or time too).
constexpr std::int64_t kMaxHostDigits = std::int64_t(1) << 24;
constexpr std::int64_t kSmallMin = Interpreter::kSmallIntMin;
constexpr std::int64_t kSmallMax = Interpreter::kSmallIntMax;

int gIntMaxStrDigits = kIntMaxStrDigitsDefault; // see intMaxStrDigits()

inline Interpreter& interpOf(const Object* o) { return *o->type->interp; }
inline bool isSmallValue(std::int64_t v) { return v >= kSmallMin && v <= kSmallMax; }
// IS_MEDIUM_VALUE: |ob_size| <= 1.
inline bool isMedium(const BigInt& v) { return v.isSmall() && v.small() > -std::int64_t(BigInt::kBase) && v.small() < std::int64_t(BigInt::kBase); }
inline std::int64_t ndigits(const BigInt& v) { return v.digitCount(); }
inline BigInt& mutableValue(Object* o) { return static_cast<IntObject*>(o)->value; }

Ref cachedSmall(Interpreter& interp, std::int64_t v) { return Ref::borrowed(interp.smallInt(v)); }

bool checkDigits(Interpreter& interp, std::int64_t n) {
    if (n > kMaxLongDigits) {
        interp.setError("OverflowError", "too many digits in integer");
        return false;
    }
    if (n > kMaxHostDigits) {
        interp.setMemoryError();
        return false;
    }
    return true;
}

// _PyLong_New(n) with its value: a fresh exact int whose block was requested for n digits.
Ref longNew(Interpreter& interp, std::int64_t allocDigits, BigInt&& value) {
    static_assert(kMaxHostDigits < kMaxLongDigits, "checkDigits fails only above kMaxHostDigits");
    if (allocDigits > kMaxHostDigits && !checkDigits(interp, allocDigits)) [[unlikely]]
        return Ref();
    auto* o = interp.newPlainObject<IntObject>(interp.types.int_, 24 + 4 * std::uint64_t(std::max<std::int64_t>(allocDigits, 1)));
    if (!o) return Ref();
    if (value.isSmall())
        o->value.setSmall(value.small());
    else
        o->value = std::move(value);
    return Ref(o);
}

// longNew for a value that fits in int64 (no BigInt temporary).
Ref longNewInt64(Interpreter& interp, std::int64_t allocDigits, std::int64_t value) {
    auto* o = interp.newPlainObject<IntObject>(interp.types.int_, 24 + 4 * std::uint64_t(std::max<std::int64_t>(allocDigits, 1)));
    if (!o) return Ref();
    o->value.setSmall(value);
    return Ref(o);
}

// A temporary _PyLong_New(n) that CPython frees again (scratch and normalization buffers).
Ref longTemp(Interpreter& interp, std::int64_t allocDigits) { return longNew(interp, allocDigits, BigInt()); }

// maybe_small_long(long_normalize(z)) for a z requested with allocDigits digits.
Ref longNewMaybeSmall(Interpreter& interp, std::int64_t allocDigits, BigInt&& value) {
    Ref z = longNew(interp, allocDigits, std::move(value));
    if (z && isMedium(intValue(z.get())) && isSmallValue(intValue(z.get()).small()))
        return cachedSmall(interp, intValue(z.get()).small()); // z is released (_Py_DECREF_INT)
    return z;
}

// maybe_small_long on an existing fresh result: replaced by the cached object (and released).
void maybeSmallLong(Interpreter& interp, Ref& z) {
    const BigInt& v = intValue(z.get());
    if (v.isSmall() && isSmallValue(v.small()) && z.get() != interp.smallInt(v.small())) z = cachedSmall(interp, v.small());
}

// PyLong_FromLong / _PyLong_FromSTwoDigits: the cache, a medium int (sizeof(PyLongObject) = 32
// bytes requested), or exactly as many digits as the value needs.
Ref longFromValue(Interpreter& interp, BigInt&& v) {
    if (v.isSmall()) {
        const std::int64_t x = v.small();
        if (isSmallValue(x)) return cachedSmall(interp, x);
        if (isMedium(v)) {
            auto* o = interp.newPlainObject<IntObject>(interp.types.int_, 32);
            if (!o) return Ref();
            o->value = std::move(v);
            return Ref(o);
        }
    }
    const std::int64_t n = ndigits(v);
    return longNew(interp, n, std::move(v));
}

// _PyLong_Negate: a fresh result (refcount 1) is negated in place; a shared one (a small int) is
// replaced by the negated value.
void longNegate(Interpreter& interp, Ref& x) {
    if (x->refcnt == 1 && x->type == interp.types.int_) {
        BigInt& v = mutableValue(x.get());
        v = -v;
        return;
    }
    x = longFromValue(interp, -intValue(x.get()));
}

// _PyLong_Copy: small values come from the cache; otherwise |ob_size| digits.
Ref longCopy(Interpreter& interp, const Object* src) {
    const BigInt& v = intValue(src);
    if (isMedium(v) && isSmallValue(v.small())) return cachedSmall(interp, v.small());
    return longNew(interp, ndigits(v), BigInt(v));
}

// long_long: an exact int is returned itself; a subclass instance is copied.
Ref longLong(Interpreter& interp, Object* v) {
    if (v->type == interp.types.int_) return Ref::borrowed(v);
    return longCopy(interp, v);
}

Ref notImplemented(Interpreter& interp) { return Ref::borrowed(interp.notImplemented); }

// CHECK_BINOP.
inline bool bothInts(const Object* a, const Object* b) { return isInt(a) && isInt(b); }

// ---------------------------------------------------------------------------------------------
// Text helpers

// PyLong_FromUnicodeObject on UTF-8 text (or _PyLong_FromBytes when !unicode: no transformation);
// `reprText` makes the repr for the error message.
template <class ReprFn>
Ref parseIntText(Interpreter& interp, std::string_view text, int base, ReprFn reprText, bool unicode = true) {
    if ((base != 0 && base < 2) || base > 36) {
        interp.setError("ValueError", "int() base must be >= 2 and <= 36, or 0");
        return Ref();
    }
    std::string ascii;
    const std::string_view ascii_ = [&]() -> std::string_view {
        bool plain = true;
        for (char c : text) plain &= static_cast<unsigned char>(c) < 127;
        if (plain || !unicode) return text;
        std::string converted = transformDecimalAndSpaceToAscii(text);
        ascii.swap(converted);
        return ascii;
    }();
    auto invalid = [&]() {
        std::string r = reprText();
        // "%.200R": the repr is cut at 200 code points
        std::size_t i = 0, count = 0;
        while (i < r.size() && count < 200) { frontend::decodeUtf8(r, i); ++count; }
        r.resize(i);
        interp.setError("ValueError", "invalid literal for int() with base " + std::to_string(base) + ": " + r);
        return Ref();
    };
    BigInt v;
    std::int64_t digits = 0;
    const int maxDigits = intMaxStrDigits(interp);
    switch (BigInt::parse(ascii_, base, v, maxDigits, &digits)) {
    case BigInt::ParseStatus::Ok: break;
    case BigInt::ParseStatus::Invalid: return invalid();
    case BigInt::ParseStatus::TooManyDigits:
        interp.setError("ValueError", "Exceeds the limit (" + std::to_string(maxDigits) +
                                          " digits) for integer string conversion: value has " + std::to_string(digits) +
                                          " digits; use sys.set_int_max_str_digits() to increase the limit");
        return Ref();
    }
    // The block PyLong_FromString requested: exact for binary bases, else digits*log(b)/log(2**30)+1.
    int b = base;
    if (b == 0) { // the base the prefix selects
        std::size_t i = ascii_.find_first_not_of(" \t\n\r\v\f+-");
        const char c = i + 1 < ascii_.size() && ascii_[i] == '0' ? char(ascii_[i + 1] | 0x20) : 'd';
        b = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 10;
    }
    std::int64_t alloc = ndigits(v);
    if ((b & (b - 1)) != 0) {
        const double est = double(digits) * (std::log(double(b)) / std::log(double(BigInt::kBase))) + 1.0;
        alloc = std::max<std::int64_t>(alloc, std::int64_t(est));
    } else {
        int bits = 0;
        while ((1 << bits) < b) ++bits;
        alloc = (digits * bits + BigInt::kShift - 1) / BigInt::kShift;
    }
    return longNewMaybeSmall(interp, alloc, std::move(v));
}

} // namespace

// =============================================================================================
// Construction

Object* smallIntObject(Interpreter& interp, std::int64_t v) { return interp.smallInt(v); }

Ref newInt(Interpreter& interp, std::int64_t v) {
    // PyLong_FromLong's two common cases without a temporary BigInt: a cached small int, a medium int.
    if (isSmallValue(v)) return cachedSmall(interp, v);
    if (v > -std::int64_t(BigInt::kBase) && v < std::int64_t(BigInt::kBase)) {
        auto* o = interp.newPlainObject<IntObject>(interp.types.int_, 32);
        if (!o) return Ref();
        o->value.setSmall(v);
        return Ref(o);
    }
    // Otherwise exactly the value's digit count (2, or 3 from 2**60), as longFromValue would request.
    const std::uint64_t mag = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    return longNewInt64(interp, (mag >> (2 * BigInt::kShift)) != 0 ? 3 : 2, v);
}

Ref newIntFromBig(Interpreter& interp, const BigInt& v) { return longFromValue(interp, BigInt(v)); }

Ref newIntFromBig(Interpreter& interp, BigInt&& v, std::int64_t allocDigits) {
    if (allocDigits <= 0) return longFromValue(interp, std::move(v));
    return longNewMaybeSmall(interp, allocDigits, std::move(v));
}

Ref newIntFromDecimal(Interpreter& interp, std::string_view digits) {
    BigInt v;
    if (!BigInt::parseDecimal(digits, v)) {
        interp.setError("ValueError", "invalid literal for int() with base 10: " + reprOfText(interp, digits));
        return Ref();
    }
    return longFromValue(interp, std::move(v));
}

Ref newIntFromString(Interpreter& interp, std::string_view text, int base) {
    return parseIntText(interp, text, base, [&] { return reprOfText(interp, text); });
}

std::string reprOfText(Interpreter& interp, std::string_view utf8) {
    PendingError saved = interp.takeError();
    Ref s = newStrFromUtf8(interp, utf8);
    std::string r = s ? strReprUtf8(s.get()) : "'" + std::string(utf8) + "'";
    interp.setPendingError(std::move(saved));
    return r;
}

Ref newIntFromBytes(Interpreter& interp, std::string_view bytes, int base, const std::string& bytesRepr) {
    return parseIntText(interp, bytes, base, [&] { return bytesRepr; }, false);
}

Ref intFromStr(Interpreter& interp, Object* str, int base) {
    return parseIntText(interp, strToUtf8(str), base, [str] { return strReprUtf8(str); });
}

Ref newIntFromDouble(Interpreter& interp, double d) {
    if (std::isinf(d)) {
        interp.setError("OverflowError", "cannot convert float infinity to integer");
        return Ref();
    }
    if (std::isnan(d)) {
        interp.setError("ValueError", "cannot convert float NaN to integer");
        return Ref();
    }
    BigInt v;
    BigInt::fromDouble(d, v);
    // PyLong_FromDouble: PyLong_FromLong below 2**63, else (expo-1)/30+1 digits (exact).
    return longFromValue(interp, std::move(v));
}

// =============================================================================================
// Access and text

bool intAsInt64(const Object* o, std::int64_t& out) {
    const BigInt& v = intValue(o);
    if (!v.fitsInt64()) return false;
    out = v.small();
    return true;
}

std::string intToDecimal(const Object* o) { return intValue(o).toString(10); }

int intMaxStrDigits(const Interpreter&) { return gIntMaxStrDigits; }

bool setIntMaxStrDigits(Interpreter& interp, std::int64_t maxdigits) {
    if (maxdigits == 0 || (maxdigits >= kIntMaxStrDigitsThreshold && maxdigits <= INT32_MAX)) {
        gIntMaxStrDigits = int(maxdigits);
        return true;
    }
    interp.setError("ValueError", "maxdigits must be 0 or larger than " + std::to_string(kIntMaxStrDigitsThreshold));
    return false;
}

namespace {
void setToStrLimitError(Interpreter& interp, int maxDigits) {
    interp.setError("ValueError", "Exceeds the limit (" + std::to_string(maxDigits) +
                                      " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
}

// long_to_decimal_string_internal's cheap rejection from the digit count (before converting).
bool sizeRejected(Interpreter& interp, std::int64_t sizeA) {
    const int maxDigits = intMaxStrDigits(interp);
    if (sizeA >= 10 * kIntMaxStrDigitsThreshold / (3 * BigInt::kShift) + 2 && maxDigits > 0 &&
        maxDigits / (3 * BigInt::kShift) <= (sizeA - 11) / 10) {
        setToStrLimitError(interp, maxDigits);
        return true;
    }
    return false;
}
} // namespace

namespace {
// The decimal text of an int64 (at most 20 characters with the sign) written backwards ending at
// `end`; returns where it starts. No limit check is needed: 19 digits < kIntMaxStrDigitsThreshold.
char* smallIntDecimal(std::int64_t value, char* end) {
    std::uint64_t magnitude = value < 0 ? 0 - std::uint64_t(value) : std::uint64_t(value);
    char* p = end;
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0) *--p = '-';
    return p;
}
constexpr int kSmallIntDecimalBuffer = 24;
} // namespace

bool intToDecimalChecked(Interpreter& interp, const Object* o, std::string& out) {
    const BigInt& v = intValue(o);
    if (v.isSmall()) {
        char buffer[kSmallIntDecimalBuffer];
        char* end = buffer + kSmallIntDecimalBuffer;
        out.assign(smallIntDecimal(v.small(), end), end);
        return true;
    }
    const int maxDigits = intMaxStrDigits(interp);
    if (sizeRejected(interp, ndigits(v))) return false;
    out = v.toString(10);
    // ...then the exact digit count.
    const std::int64_t noSign = std::int64_t(out.size()) - (v.isNegative() ? 1 : 0);
    if (std::int64_t(out.size()) > kIntMaxStrDigitsThreshold && maxDigits > 0 && noSign > maxDigits) {
        setToStrLimitError(interp, maxDigits);
        return false;
    }
    return true;
}

bool intAsDouble(Interpreter& interp, const Object* o, double& out) {
    if (intValue(o).toDouble(out)) return true;
    interp.setError("OverflowError", "int too large to convert to float");
    return false;
}

Object* intRepr(Object* o) {
    Interpreter& interp = interpOf(o);
    const std::int64_t sizeA = ndigits(intValue(o));
    if (sizeRejected(interp, sizeA)) return nullptr;
    // The scratch int of 1 + size_a + size_a/99 base-10**9 digits lives while the str is made.
    Ref scratch = longTemp(interp, 1 + sizeA + sizeA / 99);
    if (!scratch) return nullptr;
    if (intValue(o).isSmall()) { // the same conversion, without a host std::string
        char buffer[kSmallIntDecimalBuffer];
        char* end = buffer + kSmallIntDecimalBuffer;
        const char* begin = smallIntDecimal(intValue(o).small(), end);
        return newStrFreshAscii(interp, std::string_view(begin, std::size_t(end - begin))).release();
    }
    std::string text;
    if (!scratch || !intToDecimalChecked(interp, o, text)) return nullptr;
    return newStrFreshAscii(interp, text).release();
}

// =============================================================================================
// Comparison, hash, truth

Object* intRichCompare(Object* a, Object* b, CompareOp op) {
    Interpreter& interp = interpOf(a);
    if (!bothInts(a, b)) return notImplemented(interp).release();
    const int c = a == b ? 0 : BigInt::compare(intValue(a), intValue(b));
    bool r = false;
    switch (op) {
    case CompareOp::Lt: r = c < 0; break;
    case CompareOp::Le: r = c <= 0; break;
    case CompareOp::Eq: r = c == 0; break;
    case CompareOp::Ne: r = c != 0; break;
    case CompareOp::Gt: r = c > 0; break;
    case CompareOp::Ge: r = c >= 0; break;
    }
    return newBool(interp, r);
}

std::int64_t intHash(Object* o) { return intValue(o).hash(); }

int intIsTrue(Object* o) { return intValue(o).isZero() ? 0 : 1; }

// =============================================================================================
// Addition, subtraction, multiplication

namespace {

// x_sub's request: the larger size, or (equal sizes) the highest differing digit + 1; -1 when the
// magnitudes are equal (the cached 0 comes back without an allocation).
std::int64_t xSubAlloc(const BigInt& a, const BigInt& b) {
    const std::int64_t na = ndigits(a), nb = ndigits(b);
    if (na != nb) return std::max(na, nb);
    std::int64_t i = na;
    while (--i >= 0 && a.digit(i) == b.digit(i)) {
    }
    return i < 0 ? -1 : i + 1;
}

// |ob_size| of an int64 value (0 to 3 digits).
inline std::int64_t digitsOfInt64(std::int64_t v) {
    const std::uint64_t u = v < 0 ? std::uint64_t(0) - std::uint64_t(v) : std::uint64_t(v);
    return u == 0 ? 0 : u < (std::uint64_t(1) << 30) ? 1 : u < (std::uint64_t(1) << 60) ? 2 : 3;
}

// _PyLong_Add / _PyLong_Subtract when both values and the result fit in int64 (the common
// multi-digit case): the same requests as the general path below, computed without BigInt.
// False when the result overflows int64 (nothing allocated).
[[gnu::always_inline]] inline bool longAddSubInt64(Interpreter& interp, std::int64_t x, std::int64_t y, bool subtract, Ref& out) {
    std::int64_t r;
    if (subtract ? __builtin_sub_overflow(x, y, &r) : __builtin_add_overflow(x, y, &r)) return false;
    const std::int64_t na = digitsOfInt64(x), nb = digitsOfInt64(y);
    if (((x < 0) == (y < 0)) != subtract) { // x_add: max(size_a, size_b) + 1 digits
        out = longNewInt64(interp, std::max(na, nb) + 1, r);
        return true;
    }
    // x_sub (see xSubAlloc): the larger size, or the highest differing digit + 1
    std::int64_t alloc = std::max(na, nb);
    if (na == nb) {
        const std::uint64_t ua = x < 0 ? std::uint64_t(0) - std::uint64_t(x) : std::uint64_t(x);
        const std::uint64_t ub = y < 0 ? std::uint64_t(0) - std::uint64_t(y) : std::uint64_t(y);
        std::int64_t i = na;
        while (--i >= 0 && ((ua >> (BigInt::kShift * i)) & BigInt::kMask) == ((ub >> (BigInt::kShift * i)) & BigInt::kMask)) {
        }
        if (i < 0) {
            out = cachedSmall(interp, 0);
            return true;
        }
        alloc = i + 1;
    }
    // maybe_small_long(long_normalize(z)): z is allocated, then released for the cached int
    out = longNewInt64(interp, alloc, r);
    if (out && isSmallValue(r)) out = cachedSmall(interp, r);
    return true;
}

// _PyLong_Add / _PyLong_Subtract on values.
Ref longAddSub(Interpreter& interp, const BigInt& va, const BigInt& vb, bool subtract) {
    if (va.isSmall() && vb.isSmall()) {
        const std::int64_t x = va.small(), y = vb.small();
        if (isMedium(va) && isMedium(vb)) return newInt(interp, subtract ? x - y : x + y);
        Ref out;
        if (longAddSubInt64(interp, x, y, subtract, out)) return out;
    }
    BigInt r = subtract ? va - vb : va + vb;
    const bool magnitudesAdd = (va.isNegative() == vb.isNegative()) != subtract;
    if (magnitudesAdd) return longNew(interp, std::max(ndigits(va), ndigits(vb)) + 1, std::move(r)); // x_add
    const std::int64_t alloc = xSubAlloc(va, vb);
    if (alloc < 0) return cachedSmall(interp, 0);
    return longNewMaybeSmall(interp, alloc, std::move(r));
}

// _PyLong_Multiply on values (k_mul's schoolbook request size_a + size_b).
Ref longMul(Interpreter& interp, const BigInt& va, const BigInt& vb) {
    if (isMedium(va) && isMedium(vb)) return newInt(interp, va.small() * vb.small());
    const std::int64_t na = ndigits(va), nb = ndigits(vb);
    if (na == 0 || nb == 0) return cachedSmall(interp, 0);
    if (!checkDigits(interp, na + nb)) return Ref();
    std::int64_t r;
    if (va.isSmall() && vb.isSmall() && !__builtin_mul_overflow(va.small(), vb.small(), &r)) return longNewInt64(interp, na + nb, r);
    return longNew(interp, na + nb, va * vb);
}

} // namespace

Ref intAdd(Object* a, Object* b) {
    Interpreter& interp = interpOf(a);
    if (!bothInts(a, b)) return notImplemented(interp);
    return longAddSub(interp, intValue(a), intValue(b), false);
}

Object* intAddSubExact(Interpreter& interp, Object* a, Object* b, bool subtract) {
    const BigInt& va = intValue(a);
    const BigInt& vb = intValue(b);
    if (va.isSmall() && vb.isSmall() && !(isMedium(va) && isMedium(vb))) {
        Ref out;
        if (longAddSubInt64(interp, va.small(), vb.small(), subtract, out)) return out.release();
    }
    return longAddSub(interp, va, vb, subtract).release();
}

Ref intSub(Object* a, Object* b) {
    Interpreter& interp = interpOf(a);
    if (!bothInts(a, b)) return notImplemented(interp);
    return longAddSub(interp, intValue(a), intValue(b), true);
}

Ref intMul(Object* a, Object* b) {
    Interpreter& interp = interpOf(a);
    if (!bothInts(a, b)) return notImplemented(interp);
    return longMul(interp, intValue(a), intValue(b));
}

// =============================================================================================
// Division (l_divmod, l_mod, long_divrem, long_rem, x_divrem)

namespace {

// x_divrem(|v|, |w|) with both of at least two digits: allocates v' (size_v + 1), w' (the
// remainder, size_w) and the quotient, then frees v'. Values are the truncated |v| / |w|.
bool xDivrem(Interpreter& interp, const BigInt& v, const BigInt& w, Ref& quot, Ref& rem) {
    BigInt q, r;
    BigInt::divMod(v.abs(), w.abs(), q, r);
    const std::int64_t k = BigInt::divremQuotientDigits(v, w);
    Ref vTemp = longTemp(interp, ndigits(v) + 1);
    if (!vTemp) return false;
    rem = longNew(interp, ndigits(w), std::move(r));
    if (!rem) return false;
    quot = longNew(interp, k, std::move(q));
    return bool(quot);
}

// long_divrem: truncated quotient and remainder (remainder has a's sign).
bool longDivrem(Interpreter& interp, Object* a, Object* b, Ref& div, Ref& rem) {
    const BigInt& va = intValue(a);
    const BigInt& vb = intValue(b);
    const std::int64_t sa = ndigits(va), sb = ndigits(vb);
    if (sb == 0) {
        interp.setError("ZeroDivisionError", "integer division or modulo by zero");
        return false;
    }
    if (sa < sb || (sa == sb && va.digit(sa - 1) < vb.digit(sb - 1))) {
        rem = longLong(interp, a);
        if (!rem) return false;
        div = cachedSmall(interp, 0);
        return true;
    }
    Ref z;
    if (sb == 1) {
        // divrem1: the quotient is requested with size_a digits; the remainder via PyLong_FromLong.
        const std::int64_t d = vb.digit(0);
        BigInt q, r;
        BigInt::divMod(va.abs(), BigInt(d), q, r);
        z = longNew(interp, sa, std::move(q));
        if (!z) return false;
        rem = longFromValue(interp, std::move(r));
        if (!rem) return false;
    } else {
        if (!xDivrem(interp, va, vb, z, rem)) return false;
        maybeSmallLong(interp, rem);
    }
    if (va.isNegative() != vb.isNegative()) longNegate(interp, z);
    if (va.isNegative() && !intValue(rem.get()).isZero()) longNegate(interp, rem);
    maybeSmallLong(interp, z);
    div = std::move(z);
    return true;
}

// long_rem: the truncated remainder only.
bool longRem(Interpreter& interp, Object* a, Object* b, Ref& rem) {
    const BigInt& va = intValue(a);
    const BigInt& vb = intValue(b);
    const std::int64_t sa = ndigits(va), sb = ndigits(vb);
    if (sb == 0) {
        interp.setError("ZeroDivisionError", "integer modulo by zero");
        return false;
    }
    if (sa < sb || (sa == sb && va.digit(sa - 1) < vb.digit(sb - 1))) {
        rem = longLong(interp, a);
        return bool(rem);
    }
    if (sb == 1) {
        rem = longFromValue(interp, BigInt::mod(va.abs(), vb.abs())); // rem1
        if (!rem) return false;
    } else {
        Ref q;
        if (!xDivrem(interp, va, vb, q, rem)) return false;
        q = Ref(); // the quotient is discarded first
        maybeSmallLong(interp, rem);
    }
    if (va.isNegative() && !intValue(rem.get()).isZero()) longNegate(interp, rem);
    return true;
}

// fast_floor_div / fast_mod for single-digit operands.
Ref fastFloorDiv(Interpreter& interp, const BigInt& a, const BigInt& b) {
    return longFromValue(interp, BigInt::floorDiv(a, b));
}
Ref fastMod(Interpreter& interp, const BigInt& a, const BigInt& b) { return longFromValue(interp, BigInt::mod(a, b)); }

bool singleDigits(const BigInt& a, const BigInt& b) { return ndigits(a) == 1 && ndigits(b) == 1; }

// l_divmod: floor quotient and modulo; either output may be unwanted.
bool lDivmod(Interpreter& interp, Object* v, Object* w, Ref* pdiv, Ref* pmod) {
    const BigInt& vv = intValue(v);
    const BigInt& vw = intValue(w);
    if (singleDigits(vv, vw)) {
        Ref div, mod;
        if (pdiv && !(div = fastFloorDiv(interp, vv, vw))) return false;
        if (pmod) {
            if (!(mod = fastMod(interp, vv, vw))) return false;
            *pmod = std::move(mod);
        }
        if (pdiv) *pdiv = std::move(div);
        return true;
    }
    Ref div, mod;
    if (!longDivrem(interp, v, w, div, mod)) return false;
    const BigInt& m = intValue(mod.get());
    if ((m.isNegative() && !vw.isNegative() && !vw.isZero()) || (!m.isNegative() && !m.isZero() && vw.isNegative())) {
        Ref t = longAddSub(interp, m, vw, false);
        if (!t) return false;
        mod = std::move(t);
        t = longAddSub(interp, intValue(div.get()), BigInt(1), true);
        if (!t) return false;
        div = std::move(t);
    }
    if (pdiv) *pdiv = std::move(div);
    else div = Ref();
    if (pmod) *pmod = std::move(mod);
    return true;
}

// l_mod.
bool lMod(Interpreter& interp, Object* v, Object* w, Ref& pmod) {
    const BigInt& vv = intValue(v);
    const BigInt& vw = intValue(w);
    if (singleDigits(vv, vw)) {
        pmod = fastMod(interp, vv, vw);
        return bool(pmod);
    }
    Ref mod;
    if (!longRem(interp, v, w, mod)) return false;
    const BigInt& m = intValue(mod.get());
    if ((m.isNegative() && !vw.isNegative() && !vw.isZero()) || (!m.isNegative() && !m.isZero() && vw.isNegative())) {
        Ref t = longAddSub(interp, m, vw, false);
        if (!t) return false;
        mod = std::move(t);
    }
    pmod = std::move(mod);
    return true;
}

} // namespace

Ref intFloorDiv(Object* a, Object* b) {
    Interpreter& interp = interpOf(a);
    if (!bothInts(a, b)) return notImplemented(interp);
    if (singleDigits(intValue(a), intValue(b))) return fastFloorDiv(interp, intValue(a), intValue(b));
    Ref div;
    if (!lDivmod(interp, a, b, &div, nullptr)) return Ref();
    return div;
}

Ref intMod(Object* a, Object* b) {
    Interpreter& interp = interpOf(a);
    if (!bothInts(a, b)) return notImplemented(interp);
    Ref mod;
    if (!lMod(interp, a, b, mod)) return Ref();
    return mod;
}

bool intDivmodParts(Object* a, Object* b, Ref& q, Ref& r) {
    Interpreter& interp = interpOf(a);
    if (!bothInts(a, b)) return false;
    return lDivmod(interp, a, b, &q, &r);
}

Ref intDivmod(Object* a, Object* b) {
    Interpreter& interp = interpOf(a);
    if (!bothInts(a, b)) return notImplemented(interp);
    Ref q, r;
    if (!lDivmod(interp, a, b, &q, &r)) return Ref();
    Ref t = newTuple(interp, 2);
    if (!t) return Ref();
    tupleSetItemSteal(t.get(), 0, q.release());
    tupleSetItemSteal(t.get(), 1, r.release());
    return t;
}

// =============================================================================================
// True division (long_true_divide)

Ref intTrueDiv(Object* a, Object* b) {
    Interpreter& interp = interpOf(a);
    if (!bothInts(a, b)) return notImplemented(interp);
    constexpr int kMantDig = 53, kMaxExp = 1024, kMinExp = -1021;
    const BigInt& va = intValue(a);
    const BigInt& vb = intValue(b);
    const std::int64_t aSize = ndigits(va), bSize = ndigits(vb);
    const bool negate = va.isNegative() != vb.isNegative();
    auto overflow = [&]() {
        interp.setError("OverflowError", "integer division result too large for a float");
        return Ref();
    };
    if (bSize == 0) {
        interp.setError("ZeroDivisionError", "division by zero");
        return Ref();
    }
    if (aSize == 0) return newFloat(interp, negate ? -0.0 : 0.0);
    auto fitsMantissa = [](const BigInt& v, std::int64_t n) { return n <= 1 || (n == 2 && (v.digit(1) >> 23) == 0); };
    auto digitsToDouble = [](const BigInt& v, std::int64_t n) {
        double d = v.digit(n - 1);
        for (std::int64_t i = n - 1; i-- > 0;) d = d * BigInt::kBase + v.digit(i);
        return d;
    };
    if (fitsMantissa(va, aSize) && fitsMantissa(vb, bSize)) {
        const double r = digitsToDouble(va, aSize) / digitsToDouble(vb, bSize);
        return newFloat(interp, negate ? -r : r);
    }
    auto bitLen = [](BigInt::Digit d) { int n = 0; while (d) { ++n; d >>= 1; } return n; };
    const std::int64_t diff = (aSize - bSize) * BigInt::kShift + bitLen(va.digit(aSize - 1)) - bitLen(vb.digit(bSize - 1));
    if (diff > kMaxExp) return overflow();
    if (diff < kMinExp - kMantDig - 1) return newFloat(interp, negate ? -0.0 : 0.0);
    const std::int64_t shift = std::max<std::int64_t>(diff, kMinExp) - kMantDig - 2;
    bool inexact = false;
    const BigInt absA = va.abs(), absB = vb.abs();
    BigInt x;
    std::int64_t xAlloc;
    if (shift <= 0) {
        x = absA.shiftLeft(std::uint64_t(-shift));
        xAlloc = aSize + (-shift) / BigInt::kShift + 1;
    } else {
        x = absA.shiftRight(std::uint64_t(shift));
        inexact = x.shiftLeft(std::uint64_t(shift)) != absA;
        xAlloc = aSize - shift / BigInt::kShift;
    }
    Ref xObj = longNew(interp, xAlloc, BigInt(x));
    if (!xObj) return Ref();
    if (bSize == 1) {
        BigInt q, r;
        BigInt::divMod(x, absB, q, r);
        inexact |= !r.isZero();
        x = std::move(q);
    } else {
        Ref q, r;
        if (!xDivrem(interp, x, absB, q, r)) return Ref();
        xObj = std::move(q); // the shifted dividend is freed, the quotient takes its place
        inexact |= !intValue(r.get()).isZero();
        r = Ref();
        x = intValue(xObj.get());
    }
    const std::int64_t xBits = x.bitLength();
    const std::int64_t extraBits = std::max<std::int64_t>(xBits, kMinExp - shift) - kMantDig;
    const BigInt::Digit mask = BigInt::Digit(1) << (extraBits - 1);
    BigInt::Digit low = x.digit(0) | (inexact ? 1 : 0);
    if ((low & mask) && (low & (3U * mask - 1U))) low += mask;
    low &= ~(2U * mask - 1U);
    const std::int64_t xSize = ndigits(x);
    double dx = xSize == 1 ? double(low) : double(x.digit(xSize - 1));
    for (std::int64_t i = xSize - 1; i-- > 0;) dx = dx * BigInt::kBase + (i == 0 ? low : x.digit(i));
    xObj = Ref();
    if (shift + xBits >= kMaxExp && (shift + xBits > kMaxExp || dx == std::ldexp(1.0, int(xBits)))) return overflow();
    const double result = std::ldexp(dx, int(shift));
    return newFloat(interp, negate ? -result : result);
}

// =============================================================================================
// Power (long_pow, long_invmod)

namespace {

// MULT(X, Y, result) + REDUCE(result): result = X*Y (% c).
bool powMult(Interpreter& interp, Object* x, Object* y, Ref& result, Object* c) {
    Ref t = longMul(interp, intValue(x), intValue(y));
    if (!t) return false;
    result = std::move(t);
    if (c) {
        Ref m;
        if (!lMod(interp, result.get(), c, m)) return false;
        result = std::move(m);
    }
    return true;
}

// long_invmod(a, n) for n > 0: the extended Euclidean algorithm on objects.
Ref longInvmod(Interpreter& interp, Object* a0, Object* n0) {
    Ref b = newInt(interp, 1), c = newInt(interp, 0);
    Ref a = Ref::borrowed(a0), n = Ref::borrowed(n0);
    while (!intValue(n.get()).isZero()) {
        Ref q, r;
        if (!lDivmod(interp, a.get(), n.get(), &q, &r)) return Ref();
        a = std::move(n);
        n = std::move(r);
        Ref t = longMul(interp, intValue(q.get()), intValue(c.get()));
        q = Ref();
        if (!t) return Ref();
        Ref s = longAddSub(interp, intValue(b.get()), intValue(t.get()), true);
        t = Ref();
        if (!s) return Ref();
        b = std::move(c);
        c = std::move(s);
    }
    c = Ref();
    n = Ref();
    if (intValue(a.get()) != BigInt(1)) {
        interp.setError("ValueError", "base is not invertible for the given modulus");
        return Ref();
    }
    return b;
}

} // namespace

Ref intPow(Object* v, Object* w, Object* x) {
    Interpreter& interp = interpOf(v);
    if (!bothInts(v, w)) return notImplemented(interp);
    Ref c;
    if (x && isInt(x)) c = Ref::borrowed(x);
    else if (x && x != interp.none) return notImplemented(interp);
    Ref a = Ref::borrowed(v), b = Ref::borrowed(w);
    if (intValue(w).isNegative() && !c) return floatPow(v, w, interp.none);
    bool negativeOutput = false;
    if (c) {
        if (intValue(c.get()).isZero()) {
            interp.setError("ValueError", "pow() 3rd argument cannot be 0");
            return Ref();
        }
        if (intValue(c.get()).isNegative()) {
            negativeOutput = true;
            c = longCopy(interp, c.get());
            if (!c) return Ref();
            longNegate(interp, c);
        }
        if (intValue(c.get()) == BigInt(1)) return cachedSmall(interp, 0);
        if (intValue(b.get()).isNegative()) {
            b = longCopy(interp, b.get());
            if (!b) return Ref();
            longNegate(interp, b);
            Ref inv = longInvmod(interp, a.get(), c.get());
            if (!inv) return Ref();
            a = std::move(inv);
        }
        const BigInt& av = intValue(a.get());
        if (av.isNegative() || av.obSize() > intValue(c.get()).obSize()) {
            Ref m;
            if (!lMod(interp, a.get(), c.get(), m)) return Ref();
            a = std::move(m);
        }
    } else {
        // Host guard: the result has about bit_length(a) * b bits.
        const BigInt& bv = intValue(b.get());
        const std::int64_t abits = intValue(a.get()).bitLength();
        if (abits > 1 && (!bv.fitsInt64() || double(abits - 1) * double(bv.small()) > double(kMaxHostDigits) * BigInt::kShift)) {
            interp.setMemoryError();
            return Ref();
        }
    }
    Object* cm = c.get();
    Ref z = newInt(interp, 1);
    const BigInt bv = intValue(b.get());
    std::int64_t i = bv.obSize();
    BigInt::Digit bi = i ? bv.digit(i - 1) : 0;
    if (i <= 1 && bi <= 3) {
        if (bi >= 2) {
            if (!powMult(interp, a.get(), a.get(), z, cm)) return Ref();
            if (bi == 3 && !powMult(interp, z.get(), a.get(), z, cm)) return Ref();
        } else if (bi == 1) {
            if (!powMult(interp, a.get(), z.get(), z, cm)) return Ref();
        }
    } else if (i <= 2) { // HUGE_EXP_CUTOFF / PyLong_SHIFT: left-to-right binary
        z = a;
        BigInt::Digit bit = 2;
        for (;; bit <<= 1) {
            if (bit > bi) { bit >>= 1; break; }
        }
        for (--i, bit >>= 1;;) {
            for (; bit != 0; bit >>= 1) {
                if (!powMult(interp, z.get(), z.get(), z, cm)) return Ref();
                if ((bi & bit) && !powMult(interp, z.get(), a.get(), z, cm)) return Ref();
            }
            if (--i < 0) break;
            bi = bv.digit(i);
            bit = BigInt::Digit(1) << (BigInt::kShift - 1);
        }
    } else { // sliding window of 5 bits with a table of odd powers
        constexpr int kWindow = 5, kTableLen = 1 << (kWindow - 1);
        Ref table[kTableLen];
        table[0] = a;
        Ref a2;
        if (!powMult(interp, a.get(), a.get(), a2, cm)) return Ref();
        for (int t = 1; t < kTableLen; ++t)
            if (!powMult(interp, table[t - 1].get(), a2.get(), table[t], cm)) return Ref();
        a2 = Ref();
        int pending = 0, blen = 0;
        auto absorb = [&]() {
            int ntz = 0;
            while ((pending & 1) == 0) { ++ntz; pending >>= 1; }
            blen -= ntz;
            do {
                if (!powMult(interp, z.get(), z.get(), z, cm)) return false;
            } while (--blen);
            if (!powMult(interp, z.get(), table[pending >> 1].get(), z, cm)) return false;
            while (ntz-- > 0)
                if (!powMult(interp, z.get(), z.get(), z, cm)) return false;
            pending = 0;
            return true;
        };
        for (std::int64_t k = bv.obSize() - 1; k >= 0; --k) {
            const BigInt::Digit d = bv.digit(k);
            for (int j = BigInt::kShift - 1; j >= 0; --j) {
                const int bitv = (d >> j) & 1;
                pending = (pending << 1) | bitv;
                if (pending) {
                    ++blen;
                    if (blen == kWindow && !absorb()) return Ref();
                } else if (!powMult(interp, z.get(), z.get(), z, cm)) {
                    return Ref();
                }
            }
        }
        if (pending && !absorb()) return Ref();
    }
    if (negativeOutput && !intValue(z.get()).isZero()) {
        Ref t = longAddSub(interp, intValue(z.get()), intValue(cm), true);
        if (!t) return Ref();
        z = std::move(t);
    }
    return z;
}

// =============================================================================================
// Unary operations

Ref intNeg(Object* a) {
    Interpreter& interp = interpOf(a);
    const BigInt& v = intValue(a);
    if (isMedium(v)) return longFromValue(interp, BigInt(-v.small()));
    return longNew(interp, ndigits(v), -v); // _PyLong_Copy + sign flip
}

Ref intPos(Object* a) { return longLong(interpOf(a), a); }

Ref intAbs(Object* a) {
    if (intValue(a).isNegative()) return intNeg(a);
    return longLong(interpOf(a), a);
}

Ref intInvert(Object* a) {
    Interpreter& interp = interpOf(a);
    const BigInt& v = intValue(a);
    if (isMedium(v)) return longFromValue(interp, BigInt(~v.small()));
    Ref x = longAddSub(interp, v, BigInt(1), false);
    if (!x) return Ref();
    longNegate(interp, x);
    return x;
}

Ref intBitLength(Object* a) { return newInt(interpOf(a), intValue(a).bitLength()); }

// =============================================================================================
// Shifts and bitwise operations

Ref intRshift(Object* a, Object* b) {
    Interpreter& interp = interpOf(a);
    if (!bothInts(a, b)) return notImplemented(interp);
    const BigInt& va = intValue(a);
    const BigInt& vb = intValue(b);
    if (vb.isNegative()) {
        interp.setError("ValueError", "negative shift count");
        return Ref();
    }
    if (va.isZero()) return cachedSmall(interp, 0);
    const bool huge = !vb.fitsInt64();
    const std::uint64_t n = huge ? 0 : std::uint64_t(vb.small());
    std::int64_t wordshift = huge ? INT64_MAX : std::int64_t(n / BigInt::kShift);
    std::int64_t remshift = huge ? 0 : std::int64_t(n % BigInt::kShift);
    if (isMedium(va)) {
        const std::int64_t m = va.small();
        const int s = wordshift == 0 ? int(remshift) : BigInt::kShift;
        return longFromValue(interp, BigInt(m < 0 ? ~(~m >> s) : m >> s));
    }
    const bool neg = va.isNegative();
    const std::int64_t sizeA = ndigits(va);
    if (neg && remshift == 0) {
        if (wordshift == 0) return longLong(interp, a);
        remshift = BigInt::kShift;
        --wordshift;
    }
    const std::int64_t newsize = huge ? 0 : sizeA - wordshift;
    if (newsize <= 0) return cachedSmall(interp, neg ? -1 : 0);
    return longNewMaybeSmall(interp, newsize, va.shiftRight(n));
}

Ref intLshift(Object* a, Object* b) {
    Interpreter& interp = interpOf(a);
    if (!bothInts(a, b)) return notImplemented(interp);
    const BigInt& va = intValue(a);
    const BigInt& vb = intValue(b);
    if (vb.isNegative()) {
        interp.setError("ValueError", "negative shift count");
        return Ref();
    }
    if (va.isZero()) return cachedSmall(interp, 0);
    if (!vb.fitsInt64()) {
        // divmod_shift: a word shift below PY_SSIZE_T_MAX / 4 fails in PyObject_Malloc, a larger
        // one in _PyLong_New.
        if (vb.bitLength() <= 66) interp.setMemoryError();
        else interp.setError("OverflowError", "too many digits in integer");
        return Ref();
    }
    const std::uint64_t n = std::uint64_t(vb.small());
    const std::int64_t wordshift = std::int64_t(n / BigInt::kShift), remshift = std::int64_t(n % BigInt::kShift);
    if (wordshift == 0 && isMedium(va)) return longFromValue(interp, va.shiftLeft(n));
    const std::int64_t newsize = ndigits(va) + wordshift + (remshift ? 1 : 0);
    if (!checkDigits(interp, newsize)) return Ref();
    return longNewMaybeSmall(interp, newsize, va.shiftLeft(n));
}

namespace {

// long_bitwise: two's-complement temporaries for negative operands, a result of size_z + negz.
Ref longBitwise(Interpreter& interp, const BigInt& va, char op, const BigInt& vb) {
    std::int64_t sizeA = ndigits(va), sizeB = ndigits(vb);
    bool negA = va.isNegative(), negB = vb.isNegative();
    Ref ta, tb;
    if (negA && !(ta = longTemp(interp, sizeA))) return Ref();
    if (negB && !(tb = longTemp(interp, sizeB))) return Ref();
    if (sizeA < sizeB) {
        std::swap(sizeA, sizeB);
        std::swap(negA, negB);
        std::swap(ta, tb);
    }
    std::int64_t sizeZ = 0;
    bool negZ = false;
    switch (op) {
    case '^': negZ = negA != negB; sizeZ = sizeA; break;
    case '&': negZ = negA && negB; sizeZ = negB ? sizeA : sizeB; break;
    default: negZ = negA || negB; sizeZ = negB ? sizeB : sizeA; break;
    }
    BigInt r = op == '&' ? (va & vb) : op == '|' ? (va | vb) : (va ^ vb);
    Ref z = longNew(interp, sizeZ + (negZ ? 1 : 0), std::move(r));
    if (!z) return Ref();
    ta = Ref(); // Py_DECREF(a); Py_DECREF(b) after the swap
    tb = Ref();
    maybeSmallLong(interp, z);
    return z;
}

Ref bitwiseOp(Object* a, Object* b, char op) {
    Interpreter& interp = interpOf(a);
    if (!bothInts(a, b)) return notImplemented(interp);
    const BigInt& va = intValue(a);
    const BigInt& vb = intValue(b);
    if (isMedium(va) && isMedium(vb)) {
        const std::int64_t x = va.small(), y = vb.small();
        return longFromValue(interp, BigInt(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y)));
    }
    return longBitwise(interp, va, op, vb);
}

} // namespace

Ref intAnd(Object* a, Object* b) { return bitwiseOp(a, b, '&'); }
Ref intOr(Object* a, Object* b) { return bitwiseOp(a, b, '|'); }
Ref intXor(Object* a, Object* b) { return bitwiseOp(a, b, '^'); }

// =============================================================================================
// Type slots and the small-int singletons

namespace {

// An exact int (pre-header 0, host struct IntObject) takes the inline path; subclasses tp_free.
void intDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (o->type == interp.types.int_) [[likely]] {
        auto* io = static_cast<IntObject*>(o);
        interp.freePlainObject(io, !io->value.hasStorage());
        return;
    }
    interp.freeObject(o);
}

} // namespace

std::int64_t intSizeOf(const Object* o) {
    const std::int64_t n = intValue(o).digitCount();
    return 24 + 4 * (n > 0 ? n : 1);
}

bool intReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    const BigInt& v = intValue(o);
    if (offset == 16) {
        out = static_cast<std::uint64_t>(v.obSize());
        return true;
    }
    if (offset >= 24 && offset % 8 == 0) {
        // Digits past |ob_size| read as 0 (CPython leaves normalized-away digits zero; the single
        // digit of 0 is 0).
        const std::int64_t i = (offset - 24) / 4;
        out = std::uint64_t(v.digit(i)) | (std::uint64_t(v.digit(i + 1)) << 32);
        return true;
    }
    return false;
}

std::string intLabel(const Object* o) {
    const BigInt& v = intValue(o);
    if (v.digitCount() <= 20) return v.toString(10);
    // Long values: a short form for views ("<int, 1234 digits>" would need a full conversion).
    return "<int with " + std::to_string(v.bitLength()) + " bits>";
}

void initIntType(Interpreter&, TypeObject& t) {
    t.dealloc = intDealloc;
    t.sizeOf = intSizeOf;
    t.readField = intReadField;
    t.repr = intRepr;
    t.hash = intHash;
    t.richcompare = intRichCompare;
    t.isTrue = intIsTrue;
    t.label = intLabel;
    setHostDestructor<IntObject>(t);
}

void createSmallInts(Interpreter& interp) {
    for (std::int64_t v = kSmallMin; v <= kSmallMax; ++v) {
        const std::size_t i = std::size_t(v - kSmallMin);
        // _PyRuntime.small_ints[i]: PyLongObjects of sizeof 32, consecutive.
        auto* o = interp.newStaticObject<IntObject>(interp.types.int_, 32, static_refcounts::kSmallInts[i]);
        o->value = BigInt(v);
        interp.smallInts[i] = o;
    }
}

} // namespace hs
