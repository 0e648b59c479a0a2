// BigInt: an arbitrary-precision integer in CPython's representation (sign + little-endian 30-bit
// digits, Objects/longobject.c) with an inline int64 fast path that needs no heap storage.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hs {

// Invariant (canonical form): when the value fits in int64 it is held in m_small and m_big is null;
// otherwise m_big->mag holds |value| as normalized 30-bit digits (top digit non-zero, at least three
// digits) and m_big->neg its sign. So equal values have equal representations. The common case is
// 16 bytes with no heap storage (an int's host struct is 48 bytes, one size class below 64).
class BigInt {
public:
    using Digit = std::uint32_t;
    static constexpr int kShift = 30;
    static constexpr Digit kBase = Digit(1) << kShift;
    static constexpr Digit kMask = kBase - 1;

    BigInt() = default;
    BigInt(std::int64_t v) : m_small(v) {} // NOLINT: implicit on purpose (literals, small values)
    BigInt(const BigInt& o) : m_small(o.m_small), m_big(o.m_big ? new Big(*o.m_big) : nullptr) {}
    BigInt(BigInt&& o) noexcept : m_small(o.m_small), m_big(std::exchange(o.m_big, nullptr)) {}
    BigInt& operator=(const BigInt& o) {
        if (this != &o) {
            Big* copy = o.m_big ? new Big(*o.m_big) : nullptr;
            delete m_big;
            m_big = copy;
            m_small = o.m_small;
        }
        return *this;
    }
    BigInt& operator=(BigInt&& o) noexcept {
        if (this != &o) {
            delete m_big;
            m_big = std::exchange(o.m_big, nullptr);
            m_small = o.m_small;
        }
        return *this;
    }
    ~BigInt() { delete m_big; }
    // Assigns an int64 value in place (canonical: any magnitude storage is freed).
    void setSmall(std::int64_t v) {
        m_small = v;
        delete std::exchange(m_big, nullptr);
    }
    // From a sign and a magnitude in 30-bit digits (any leading zeros).
    static BigInt fromDigits(bool negative, std::vector<Digit> magnitude);
    static BigInt fromUint64(std::uint64_t v);
    // Truncates toward zero; false for inf/nan.
    static bool fromDouble(double d, BigInt& out);

    // --- Inspection (CPython's view) ---
    bool isSmall() const { return !m_big; }
    // Whether the magnitude holds heap storage (the destructor then frees it).
    bool hasStorage() const { return m_big != nullptr; }
    bool fitsInt64() const { return !m_big; }
    std::int64_t small() const { return m_small; } // only when fitsInt64()
    int sign() const { return !m_big ? (m_small > 0) - (m_small < 0) : (m_big->neg ? -1 : 1); }
    bool isZero() const { return !m_big && m_small == 0; }
    bool isNegative() const { return !m_big ? m_small < 0 : m_big->neg; }
    // |ob_size|: the number of 30-bit digits (0 for zero).
    std::int64_t digitCount() const {
        if (m_big) return static_cast<std::int64_t>(m_big->mag.size());
        std::uint64_t u = absSmall();
        std::int64_t n = 0;
        while (u) { ++n; u >>= kShift; }
        return n;
    }
    // ob_size: the digit count carrying the sign.
    std::int64_t obSize() const { return isNegative() ? -digitCount() : digitCount(); }
    // ob_digit[i] (0 past the top).
    Digit digit(std::int64_t i) const {
        if (m_big) return i < std::int64_t(m_big->mag.size()) ? m_big->mag[std::size_t(i)] : 0;
        return i < 3 ? Digit((absSmall() >> (kShift * i)) & kMask) : 0;
    }
    // The magnitude as digits (materialized for small values).
    std::vector<Digit> magnitude() const;
    std::int64_t bitLength() const;
    // hash(int): |v| mod 2**61-1 with the sign, -1 mapped to -2.
    std::int64_t hash() const;
    // Nearest double (round-half-even, as PyLong_AsDouble); false on overflow.
    bool toDouble(double& out) const;
    // Base 2..36 digits with a leading '-' (no prefix).
    std::string toString(int base = 10) const;

    // Parses the body of an int literal or int(str, base) (CPython's rules: optional sign and
    // surrounding whitespace, a 0x/0o/0b prefix for base 0 or the matching base, single
    // underscores between digits, base 0 rejects leading zeros of non-zero decimals).
    // Returns false on any syntax error.
    static bool parse(std::string_view text, int base, BigInt& out);
    // The same with 3.11's digit limit for non-power-of-two bases (maxDigits 0 = none; only counts
    // above 640 are checked), checked where PyLong_FromString checks it: after the underscore
    // errors, before the value and trailing text. `digitCount` receives the scanned digit count.
    enum class ParseStatus { Ok, Invalid, TooManyDigits };
    static ParseStatus parse(std::string_view text, int base, BigInt& out, int maxDigits, std::int64_t* digitCount);
    // Parses plain decimal digits (underscores allowed between digits), e.g. the compiler's literals.
    static bool parseDecimal(std::string_view digits, BigInt& out);

    // --- Arithmetic (pure; callers check zero divisors and negative shifts) ---
    friend BigInt operator+(const BigInt& a, const BigInt& b);
    friend BigInt operator-(const BigInt& a, const BigInt& b);
    friend BigInt operator*(const BigInt& a, const BigInt& b);
    BigInt operator-() const;
    BigInt abs() const { return isNegative() ? -*this : *this; }
    BigInt operator~() const; // -(x + 1)
    // Floor division and modulo (the result of % has the sign of the divisor). b != 0.
    static void divMod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);
    static BigInt floorDiv(const BigInt& a, const BigInt& b);
    static BigInt mod(const BigInt& a, const BigInt& b);
    // The quotient size CPython's x_divrem requests for |v| / |w| (both of at least two digits,
    // |v| >= |w|): size_v, +1 when normalizing carries or leaves v's top digit >= w's, - size_w.
    static std::int64_t divremQuotientDigits(const BigInt& v, const BigInt& w);
    // a ** e for e >= 0.
    static BigInt pow(const BigInt& a, const BigInt& e);
    // a ** e % m for e >= 0, m != 0 (result has the sign of m, as CPython's 3-arg pow).
    static BigInt powMod(const BigInt& a, const BigInt& e, const BigInt& m);
    // Modular inverse of a mod m (m > 0); false when not invertible.
    static bool invMod(const BigInt& a, const BigInt& m, BigInt& out);
    // Shifts with floor semantics for negatives; n >= 0.
    BigInt shiftLeft(std::uint64_t n) const;
    BigInt shiftRight(std::uint64_t n) const;
    friend BigInt operator&(const BigInt& a, const BigInt& b);
    friend BigInt operator|(const BigInt& a, const BigInt& b);
    friend BigInt operator^(const BigInt& a, const BigInt& b);

    // -1, 0, 1.
    static int compare(const BigInt& a, const BigInt& b);
    friend bool operator==(const BigInt& a, const BigInt& b) {
        if (!a.m_big || !b.m_big) return !a.m_big && !b.m_big && a.m_small == b.m_small;
        return a.m_big->neg == b.m_big->neg && a.m_big->mag == b.m_big->mag;
    }
    friend bool operator!=(const BigInt& a, const BigInt& b) { return !(a == b); }
    friend bool operator<(const BigInt& a, const BigInt& b) { return compare(a, b) < 0; }

private:
    using Mag = std::vector<Digit>;
    std::uint64_t absSmall() const {
        return m_small < 0 ? std::uint64_t(0) - std::uint64_t(m_small) : std::uint64_t(m_small);
    }
    // Builds the canonical form from a sign and magnitude (strips zeros, demotes to small).
    static BigInt make(bool negative, Mag&& mag);
    // Sign and magnitude of any value, materialized.
    void split(bool& negative, Mag& mag) const;
    static BigInt addSigned(const BigInt& a, const BigInt& b, bool negateB);
    static BigInt bitwise(const BigInt& a, const BigInt& b, char op);

    // A value outside int64: its sign and magnitude (owned heap storage).
    struct Big {
        bool neg;
        Mag mag;
    };
    std::int64_t m_small = 0;
    Big* m_big = nullptr;
};

// _PyUnicode_TransformDecimalAndSpaceToASCII on UTF-8 text, before int()/float() parse it: Unicode
// decimal digits (Unicode 14.0) become ASCII digits and Unicode whitespace a space; the first other
// non-ASCII character becomes '?' and ends the text.
std::string transformDecimalAndSpaceToAscii(std::string_view utf8);

} // namespace hs
