// BigInt arithmetic on 30-bit digits (schoolbook and Karatsuba multiplication, Knuth's algorithm D
// for division, as Objects/longobject.c) with int64 fast paths that never touch the heap.
//
// Sections: magnitude kernels · construction and inspection · text · arithmetic · bitwise/shifts
#include "objects/bigint.h"

#include "frontend/unicode.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>

namespace hs {

namespace {

using Digit = BigInt::Digit;
using Mag = std::vector<Digit>;
constexpr int kShift = BigInt::kShift;
constexpr Digit kMask = BigInt::kMask;
constexpr std::size_t kKaratsubaCutoff = 70;

// ---------------------------------------------------------------------------------------------
// Magnitude kernels: little-endian 30-bit digit vectors, normalized unless stated otherwise.

void trim(Mag& m) {
    while (!m.empty() && m.back() == 0) m.pop_back();
}

Mag magFromU64(std::uint64_t u) {
    Mag m;
    while (u) {
        m.push_back(Digit(u & kMask));
        u >>= kShift;
    }
    return m;
}

int cmpMag(const Digit* a, std::size_t na, const Digit* b, std::size_t nb) {
    if (na != nb) return na < nb ? -1 : 1;
    for (std::size_t i = na; i-- > 0;)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}
int cmpMag(const Mag& a, const Mag& b) { return cmpMag(a.data(), a.size(), b.data(), b.size()); }

Mag addMag(const Mag& a, const Mag& b) {
    const Mag& x = a.size() >= b.size() ? a : b;
    const Mag& y = a.size() >= b.size() ? b : a;
    Mag z(x.size() + 1);
    Digit carry = 0;
    std::size_t i = 0;
    for (; i < y.size(); ++i) {
        carry += x[i] + y[i];
        z[i] = carry & kMask;
        carry >>= kShift;
    }
    for (; i < x.size(); ++i) {
        carry += x[i];
        z[i] = carry & kMask;
        carry >>= kShift;
    }
    z[i] = carry;
    trim(z);
    return z;
}

// a - b for |a| >= |b|.
Mag subMag(const Mag& a, const Mag& b) {
    Mag z(a.size());
    Digit borrow = 0;
    std::size_t i = 0;
    for (; i < b.size(); ++i) {
        borrow = a[i] - b[i] - borrow;
        z[i] = borrow & kMask;
        borrow = (borrow >> kShift) & 1;
    }
    for (; i < a.size(); ++i) {
        borrow = a[i] - borrow;
        z[i] = borrow & kMask;
        borrow = (borrow >> kShift) & 1;
    }
    trim(z);
    return z;
}

// z[0 .. na+nb) += a * b (schoolbook); z must be zeroed by the caller where needed.
void mulInto(Digit* z, const Digit* a, std::size_t na, const Digit* b, std::size_t nb) {
    for (std::size_t i = 0; i < na; ++i) {
        const std::uint64_t f = a[i];
        if (f == 0) continue;
        std::uint64_t carry = 0;
        Digit* pz = z + i;
        for (std::size_t j = 0; j < nb; ++j) {
            carry += pz[j] + b[j] * f;
            pz[j] = Digit(carry & kMask);
            carry >>= kShift;
        }
        for (std::size_t k = nb; carry; ++k) {
            carry += pz[k];
            pz[k] = Digit(carry & kMask);
            carry >>= kShift;
        }
    }
}

Mag mulMag(const Mag& a, const Mag& b);

// Karatsuba on digit ranges (both at least kKaratsubaCutoff long).
Mag karatsuba(const Mag& a, const Mag& b) {
    const std::size_t half = std::max(a.size(), b.size()) / 2;
    auto lo = [&](const Mag& x) { Mag r(x.begin(), x.begin() + std::min(half, x.size())); trim(r); return r; };
    auto hi = [&](const Mag& x) { return x.size() > half ? Mag(x.begin() + half, x.end()) : Mag(); };
    const Mag al = lo(a), ah = hi(a), bl = lo(b), bh = hi(b);
    const Mag z0 = mulMag(al, bl);
    const Mag z2 = mulMag(ah, bh);
    Mag z1 = mulMag(addMag(al, ah), addMag(bl, bh));
    z1 = subMag(subMag(z1, z0), z2);
    Mag z(a.size() + b.size() + 1, 0);
    auto addAt = [&](const Mag& x, std::size_t off) {
        std::uint64_t carry = 0;
        std::size_t i = 0;
        for (; i < x.size(); ++i) {
            carry += std::uint64_t(z[off + i]) + x[i];
            z[off + i] = Digit(carry & kMask);
            carry >>= kShift;
        }
        for (; carry; ++i) {
            carry += z[off + i];
            z[off + i] = Digit(carry & kMask);
            carry >>= kShift;
        }
    };
    addAt(z0, 0);
    addAt(z1, half);
    addAt(z2, 2 * half);
    trim(z);
    return z;
}

Mag mulMag(const Mag& a, const Mag& b) {
    if (a.empty() || b.empty()) return {};
    if (a.size() >= kKaratsubaCutoff && b.size() >= kKaratsubaCutoff &&
        std::max(a.size(), b.size()) < 2 * std::min(a.size(), b.size()))
        return karatsuba(a, b);
    Mag z(a.size() + b.size(), 0);
    if (a.size() <= b.size()) mulInto(z.data(), a.data(), a.size(), b.data(), b.size());
    else mulInto(z.data(), b.data(), b.size(), a.data(), a.size());
    trim(z);
    return z;
}

// In place a /= n; returns the remainder. n in [1, 2**30).
Digit divRem1(Mag& a, Digit n) {
    std::uint64_t rem = 0;
    for (std::size_t i = a.size(); i-- > 0;) {
        rem = (rem << kShift) | a[i];
        const Digit hi = Digit(rem / n);
        a[i] = hi;
        rem -= std::uint64_t(hi) * n;
    }
    trim(a);
    return Digit(rem);
}

int bitLengthDigit(Digit d) {
    int n = 0;
    while (d) { ++n; d >>= 1; }
    return n;
}

// Knuth D (TAOCP 4.3.1) as x_divrem: |a| / |b| with b of at least two digits, a >= b.
void divRemMag(const Mag& a, const Mag& b, Mag& q, Mag& r) {
    const std::size_t sizeW = b.size();
    const int d = kShift - bitLengthDigit(b.back());
    Mag w(sizeW), v(a.size() + 1);
    // normalize: shift so that the top digit of w is >= BASE/2
    Digit carry = 0;
    for (std::size_t i = 0; i < sizeW; ++i) {
        const std::uint64_t acc = (std::uint64_t(b[i]) << d) | carry;
        w[i] = Digit(acc & kMask);
        carry = Digit(acc >> kShift);
    }
    carry = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::uint64_t acc = (std::uint64_t(a[i]) << d) | carry;
        v[i] = Digit(acc & kMask);
        carry = Digit(acc >> kShift);
    }
    std::size_t sizeV = a.size();
    if (carry != 0 || v[sizeV - 1] >= w[sizeW - 1]) {
        v[sizeV] = carry;
        ++sizeV;
    }
    const std::size_t k = sizeV - sizeW;
    q.assign(k, 0);
    const Digit wm1 = w[sizeW - 1], wm2 = w[sizeW - 2];
    for (std::size_t jj = k; jj-- > 0;) {
        Digit* vk = v.data() + jj;
        const Digit vtop = vk[sizeW];
        const std::uint64_t vv = (std::uint64_t(vtop) << kShift) | vk[sizeW - 1];
        Digit qd = Digit(vv / wm1);
        Digit rd = Digit(vv - std::uint64_t(wm1) * qd);
        while (std::uint64_t(wm2) * qd > ((std::uint64_t(rd) << kShift) | vk[sizeW - 2])) {
            --qd;
            rd += wm1;
            if (rd >= BigInt::kBase) break;
        }
        // subtract qd * w from vk[0 .. sizeW]
        std::int64_t zhi = 0;
        for (std::size_t i = 0; i < sizeW; ++i) {
            const std::int64_t z = std::int64_t(vk[i]) + zhi - std::int64_t(std::uint64_t(qd) * w[i]);
            vk[i] = Digit(z) & kMask;
            zhi = z >> kShift; // arithmetic shift
        }
        if (std::int64_t(vtop) + zhi < 0) {
            Digit c = 0;
            for (std::size_t i = 0; i < sizeW; ++i) {
                c += vk[i] + w[i];
                vk[i] = c & kMask;
                c >>= kShift;
            }
            --qd;
        }
        q[jj] = qd;
    }
    // unshift the remainder
    r.assign(sizeW, 0);
    carry = 0;
    for (std::size_t i = sizeW; i-- > 0;) {
        const std::uint64_t acc = (std::uint64_t(carry) << kShift) | v[i];
        r[i] = Digit(acc >> d);
        carry = Digit(acc & ((Digit(1) << d) - 1));
    }
    trim(q);
    trim(r);
}

// |a| divmod |b| (truncating), b != 0.
void divRemAny(const Mag& a, const Mag& b, Mag& q, Mag& r) {
    if (cmpMag(a, b) < 0) {
        q.clear();
        r = a;
        return;
    }
    if (b.size() == 1) {
        q = a;
        const Digit rem = divRem1(q, b[0]);
        r = rem ? Mag{rem} : Mag{};
        return;
    }
    divRemMag(a, b, q, r);
}

Mag shlMag(const Mag& a, std::uint64_t n) {
    if (a.empty()) return {};
    const std::size_t words = std::size_t(n / kShift);
    const int bits = int(n % kShift);
    Mag z(a.size() + words + 1, 0);
    std::uint64_t acc = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        acc |= std::uint64_t(a[i]) << bits;
        z[words + i] = Digit(acc & kMask);
        acc >>= kShift;
    }
    z[words + a.size()] = Digit(acc);
    trim(z);
    return z;
}

// floor(|a| / 2**n), and whether any shifted-out bit was set.
Mag shrMag(const Mag& a, std::uint64_t n, bool& lost) {
    const std::uint64_t words = n / kShift;
    const int bits = int(n % kShift);
    lost = false;
    if (words >= a.size()) {
        lost = !a.empty();
        return {};
    }
    for (std::size_t i = 0; i < words; ++i) lost |= a[i] != 0;
    lost |= (a[words] & ((Digit(1) << bits) - 1)) != 0;
    Mag z(a.size() - words);
    for (std::size_t i = 0; i < z.size(); ++i) {
        std::uint64_t acc = a[words + i] >> bits;
        if (words + i + 1 < a.size()) acc |= (std::uint64_t(a[words + i + 1]) << (kShift - bits)) & kMask;
        z[i] = Digit(acc & kMask);
    }
    trim(z);
    return z;
}

bool isSpaceAscii(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// First code points of the Unicode 14.0 decimal-digit runs outside ASCII (each run is 0..9).
constexpr char32_t kDecimalRuns[] = {
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0};

bool isUnicodeSpace(char32_t c) {
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

int unicodeDecimal(char32_t c) {
    const char32_t* end = std::end(kDecimalRuns);
    const char32_t* it = std::upper_bound(std::begin(kDecimalRuns), end, c);
    if (it == std::begin(kDecimalRuns)) return -1;
    --it;
    return c - *it < 10 ? int(c - *it) : -1;
}

int digitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 37;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Construction and inspection

BigInt BigInt::make(bool negative, Mag&& mag) {
    trim(mag);
    BigInt r;
    if (mag.size() <= 3) {
        std::uint64_t u = 0;
        bool fits = true;
        for (std::size_t i = mag.size(); i-- > 0;) {
            if (u >> (64 - kShift)) { fits = false; break; }
            u = (u << kShift) | mag[i];
        }
        if (fits && (u <= std::uint64_t(INT64_MAX) || (negative && u == std::uint64_t(INT64_MAX) + 1))) {
            r.m_small = negative ? std::int64_t(std::uint64_t(0) - u) : std::int64_t(u);
            return r;
        }
    }
    r.m_big = new Big{negative, std::move(mag)};
    return r;
}

void BigInt::split(bool& negative, Mag& mag) const {
    if (!m_big) {
        negative = m_small < 0;
        mag = magFromU64(absSmall());
    } else {
        negative = m_big->neg;
        mag = m_big->mag;
    }
}

BigInt BigInt::fromDigits(bool negative, std::vector<Digit> magnitude) { return make(negative, std::move(magnitude)); }

BigInt BigInt::fromUint64(std::uint64_t v) {
    if (v <= std::uint64_t(INT64_MAX)) return BigInt(std::int64_t(v));
    return make(false, magFromU64(v));
}

bool BigInt::fromDouble(double d, BigInt& out) {
    if (!std::isfinite(d)) return false;
    if (d > -9223372036854775808.0 && d < 9223372036854775808.0) {
        out = BigInt(static_cast<std::int64_t>(d));
        return true;
    }
    const bool neg = d < 0;
    int expo = 0;
    double frac = std::frexp(std::fabs(d), &expo);
    const int ndig = (expo - 1) / kShift + 1;
    Mag m(std::size_t(ndig), 0);
    frac = std::ldexp(frac, (expo - 1) % kShift + 1);
    for (int i = ndig; --i >= 0;) {
        const Digit bits = Digit(frac);
        m[std::size_t(i)] = bits;
        frac -= double(bits);
        frac = std::ldexp(frac, kShift);
    }
    out = make(neg, std::move(m));
    return true;
}

std::vector<BigInt::Digit> BigInt::magnitude() const { return !m_big ? magFromU64(absSmall()) : m_big->mag; }

std::int64_t BigInt::bitLength() const {
    if (!m_big) {
        std::uint64_t u = absSmall();
        std::int64_t n = 0;
        while (u) { ++n; u >>= 1; }
        return n;
    }
    return std::int64_t(m_big->mag.size() - 1) * kShift + bitLengthDigit(m_big->mag.back());
}

std::int64_t BigInt::hash() const {
    constexpr std::uint64_t kModulus = (std::uint64_t(1) << 61) - 1;
    std::uint64_t x = 0;
    if (!m_big && absSmall() < kModulus) {
        x = absSmall();
    } else {
        for (std::int64_t i = digitCount(); i-- > 0;) {
            x = ((x << kShift) & kModulus) | (x >> (61 - kShift));
            x += digit(i);
            if (x >= kModulus) x -= kModulus;
        }
    }
    std::int64_t h = isNegative() ? -std::int64_t(x) : std::int64_t(x);
    return h == -1 ? -2 : h;
}

bool BigInt::toDouble(double& out) const {
    if (!m_big) {
        out = static_cast<double>(m_small);
        return true;
    }
    const std::int64_t nbits = bitLength();
    if (nbits > 1024) return false;
    // Top 64 bits with a sticky bit for everything below: the hardware conversion then rounds
    // half-to-even exactly as _PyLong_Frexp does.
    const std::uint64_t shift = std::uint64_t(nbits - 64);
    bool lost = false;
    const Mag top = shrMag(m_big->mag, shift, lost);
    std::uint64_t u = 0;
    for (std::size_t i = top.size(); i-- > 0;) u = (u << kShift) | top[i];
    if (lost) u |= 1;
    const double d = std::ldexp(static_cast<double>(u), int(shift));
    if (std::isinf(d)) return false;
    out = m_big->neg ? -d : d;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Text

std::string BigInt::toString(int base) const {
    static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string s;
    if (!m_big) {
        std::uint64_t u = absSmall();
        do {
            s.push_back(kDigits[u % unsigned(base)]);
            u /= unsigned(base);
        } while (u);
        if (m_small < 0) s.push_back('-');
        std::reverse(s.begin(), s.end());
        return s;
    }
    // Peel off chunks of `per` digits with one-digit divisions by base**per (< 2**30).
    Digit chunk = Digit(base);
    int per = 1;
    while (std::uint64_t(chunk) * unsigned(base) < kBase) {
        chunk *= Digit(base);
        ++per;
    }
    Mag m = m_big->mag;
    s.reserve(std::size_t(m.size()) * 10);
    while (!m.empty()) {
        Digit rem = divRem1(m, chunk);
        for (int i = 0; i < per && (rem || !m.empty()); ++i) {
            s.push_back(kDigits[rem % Digit(base)]);
            rem /= Digit(base);
        }
    }
    if (m_big->neg) s.push_back('-');
    std::reverse(s.begin(), s.end());
    return s;
}

bool BigInt::parseDecimal(std::string_view digits, BigInt& out) {
    return parse(digits, 10, out);
}

bool BigInt::parse(std::string_view text, int base, BigInt& out) {
    return parse(text, base, out, 0, nullptr) == ParseStatus::Ok;
}

BigInt::ParseStatus BigInt::parse(std::string_view text, int base, BigInt& out, int maxDigits, std::int64_t* digitCount) {
    constexpr ParseStatus kInvalid = ParseStatus::Invalid;
    std::size_t i = 0;
    const std::size_t n = text.size();
    auto at = [&](std::size_t k) { return k < n ? text[k] : '\0'; };
    while (i < n && isSpaceAscii(text[i])) ++i;
    bool neg = false;
    if (at(i) == '+') ++i;
    else if (at(i) == '-') { neg = true; ++i; }
    bool errorIfNonzero = false;
    if (base == 0) {
        const char c1 = at(i + 1);
        if (at(i) != '0') base = 10;
        else if (c1 == 'x' || c1 == 'X') base = 16;
        else if (c1 == 'o' || c1 == 'O') base = 8;
        else if (c1 == 'b' || c1 == 'B') base = 2;
        else { errorIfNonzero = true; base = 10; }
    }
    if (at(i) == '0') {
        const char c1 = at(i + 1);
        if ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O')) ||
            (base == 2 && (c1 == 'b' || c1 == 'B'))) {
            i += 2;
            if (at(i) == '_') ++i;
        }
    }
    if (at(i) == '_') return kInvalid;
    const std::size_t start = i;
    // Scan first, as PyLong_FromString: underscore errors, then the digit limit, then the value.
    std::size_t end = i;
    std::int64_t ndigits = 0;
    char prev = 0;
    for (; end < n; ++end) {
        const char c = text[end];
        if (c == '_') {
            if (prev == '_') return kInvalid;
        } else if (digitValue(c) >= base) {
            break;
        } else {
            ++ndigits;
        }
        prev = c;
    }
    if (prev == '_') return kInvalid;
    if (digitCount) *digitCount = ndigits;
    if ((base & (base - 1)) != 0 && maxDigits > 0 && ndigits > 640 && ndigits > maxDigits) return ParseStatus::TooManyDigits;
    // accumulate in chunks of `per` digits: value = value * base**k + chunk
    Digit chunkMax = Digit(base);
    int per = 1;
    while (std::uint64_t(chunkMax) * unsigned(base) < kBase) {
        chunkMax *= Digit(base);
        ++per;
    }
    std::uint64_t small = 0; // exact while the value stays below 2**63
    bool useMag = false;
    Mag mag;
    Digit acc = 0, mult = 1;
    int inChunk = 0;
    auto flush = [&]() {
        if (inChunk == 0) return;
        if (!useMag) {
            if (small <= (std::uint64_t(INT64_MAX) - acc) / mult) {
                small = small * mult + acc;
                acc = 0; mult = 1; inChunk = 0;
                return;
            }
            useMag = true;
            mag = magFromU64(small);
        }
        std::uint64_t carry = acc;
        for (Digit& d : mag) {
            carry += std::uint64_t(d) * mult;
            d = Digit(carry & kMask);
            carry >>= kShift;
        }
        while (carry) {
            mag.push_back(Digit(carry & kMask));
            carry >>= kShift;
        }
        acc = 0; mult = 1; inChunk = 0;
    };
    for (; i < end; ++i) {
        const char c = text[i];
        if (c == '_') continue;
        acc = acc * Digit(base) + Digit(digitValue(c));
        mult *= Digit(base);
        if (++inChunk == per) flush();
    }
    flush();
    if (i == start) return kInvalid;
    while (i < n && isSpaceAscii(text[i])) ++i;
    if (i != n) return kInvalid;
    BigInt v = useMag ? make(false, std::move(mag)) : BigInt(std::int64_t(small));
    if (errorIfNonzero && !v.isZero()) return kInvalid;
    out = neg ? -v : v;
    return ParseStatus::Ok;
}

std::string transformDecimalAndSpaceToAscii(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const char32_t c = frontend::decodeUtf8(utf8, i);
        if (c < 127) { out += char(c); continue; }
        if (isUnicodeSpace(c)) { out += ' '; continue; }
        const int d = unicodeDecimal(c);
        if (d < 0) { out += '?'; break; }
        out += char('0' + d);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Arithmetic

BigInt BigInt::addSigned(const BigInt& a, const BigInt& b, bool negateB) {
    bool na = false, nb = false;
    Mag ma, mb;
    a.split(na, ma);
    b.split(nb, mb);
    if (negateB) nb = !nb;
    if (na == nb) return make(na, addMag(ma, mb));
    const int c = cmpMag(ma, mb);
    if (c == 0) return BigInt();
    return c > 0 ? make(na, subMag(ma, mb)) : make(nb, subMag(mb, ma));
}

BigInt operator+(const BigInt& a, const BigInt& b) {
    std::int64_t r;
    if (!a.m_big && !b.m_big && !__builtin_add_overflow(a.m_small, b.m_small, &r)) return BigInt(r);
    return BigInt::addSigned(a, b, false);
}

BigInt operator-(const BigInt& a, const BigInt& b) {
    std::int64_t r;
    if (!a.m_big && !b.m_big && !__builtin_sub_overflow(a.m_small, b.m_small, &r)) return BigInt(r);
    return BigInt::addSigned(a, b, true);
}

BigInt operator*(const BigInt& a, const BigInt& b) {
    std::int64_t r;
    if (!a.m_big && !b.m_big && !__builtin_mul_overflow(a.m_small, b.m_small, &r)) return BigInt(r);
    bool na = false, nb = false;
    Mag ma, mb;
    a.split(na, ma);
    b.split(nb, mb);
    return BigInt::make(na != nb, mulMag(ma, mb));
}

BigInt BigInt::operator-() const {
    if (!m_big) {
        if (m_small != INT64_MIN) return BigInt(-m_small);
        return make(false, magFromU64(std::uint64_t(INT64_MAX) + 1));
    }
    Mag m = m_big->mag;
    return make(!m_big->neg, std::move(m));
}

BigInt BigInt::operator~() const {
    if (!m_big) return BigInt(~m_small);
    return -(*this + BigInt(1));
}

void BigInt::divMod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
    if (!a.m_big && !b.m_big && !(a.m_small == INT64_MIN && b.m_small == -1)) {
        std::int64_t qq = a.m_small / b.m_small;
        std::int64_t rr = a.m_small % b.m_small;
        if (rr != 0 && ((rr < 0) != (b.m_small < 0))) {
            rr += b.m_small;
            --qq;
        }
        q = BigInt(qq);
        r = BigInt(rr);
        return;
    }
    bool na = false, nb = false;
    Mag ma, mb, mq, mr;
    a.split(na, ma);
    b.split(nb, mb);
    divRemAny(ma, mb, mq, mr);
    BigInt quot = make(na != nb, std::move(mq));
    BigInt rem = make(na, std::move(mr));
    if (!rem.isZero() && rem.isNegative() != b.isNegative()) {
        rem = rem + b;
        quot = quot - BigInt(1);
    }
    q = std::move(quot);
    r = std::move(rem);
}

// x_divrem's quotient request: size_v, plus one when normalizing v carries out or leaves its top
// digit not below w's, minus size_w.
std::int64_t BigInt::divremQuotientDigits(const BigInt& v, const BigInt& w) {
    const std::int64_t sv = v.digitCount(), sw = w.digitCount();
    const int d = kShift - bitLengthDigit(w.digit(sw - 1));
    auto shiftedDigit = [d](const BigInt& x, std::int64_t i) -> std::uint64_t {
        const std::uint64_t hi = std::uint64_t(x.digit(i)) << d;
        const std::uint64_t lo = (i > 0 && d > 0) ? x.digit(i - 1) >> (kShift - d) : 0;
        return (hi | lo) & kMask;
    };
    const std::uint64_t carry = d > 0 ? v.digit(sv - 1) >> (kShift - d) : 0;
    const bool grow = carry != 0 || shiftedDigit(v, sv - 1) >= shiftedDigit(w, sw - 1);
    return sv + (grow ? 1 : 0) - sw;
}

BigInt BigInt::floorDiv(const BigInt& a, const BigInt& b) {
    BigInt q, r;
    divMod(a, b, q, r);
    return q;
}

BigInt BigInt::mod(const BigInt& a, const BigInt& b) {
    BigInt q, r;
    divMod(a, b, q, r);
    return r;
}

BigInt BigInt::pow(const BigInt& a, const BigInt& e) {
    BigInt result(1);
    if (e.isZero()) return result;
    BigInt base = a;
    const std::int64_t nbits = e.bitLength();
    for (std::int64_t i = nbits; i-- > 0;) {
        result = result * result;
        if ((e.digit(i / kShift) >> (i % kShift)) & 1) result = result * base;
    }
    return result;
}

BigInt BigInt::powMod(const BigInt& a, const BigInt& e, const BigInt& m) {
    const bool negOut = m.isNegative();
    const BigInt mm = m.abs();
    if (mm == BigInt(1)) return BigInt(0);
    BigInt base = mod(a, mm);
    BigInt result(1);
    const std::int64_t nbits = e.bitLength();
    for (std::int64_t i = nbits; i-- > 0;) {
        result = mod(result * result, mm);
        if ((e.digit(i / kShift) >> (i % kShift)) & 1) result = mod(result * base, mm);
    }
    if (negOut && !result.isZero()) result = result - mm;
    return result;
}

bool BigInt::invMod(const BigInt& a0, const BigInt& n0, BigInt& out) {
    BigInt a = a0, n = n0, b(1), c(0);
    while (!n.isZero()) {
        BigInt q, r;
        divMod(a, n, q, r);
        a = n;
        n = r;
        BigInt s = b - q * c;
        b = c;
        c = s;
    }
    if (a != BigInt(1)) return false;
    out = b;
    return true;
}

int BigInt::compare(const BigInt& a, const BigInt& b) {
    if (!a.m_big && !b.m_big) return (a.m_small > b.m_small) - (a.m_small < b.m_small);
    const int sa = a.sign(), sb = b.sign();
    if (sa != sb) return sa < sb ? -1 : 1;
    // same sign, at least one big: the big one has the larger magnitude unless both are big
    if (!a.m_big) return sa > 0 ? -1 : 1;
    if (!b.m_big) return sa > 0 ? 1 : -1;
    const int c = cmpMag(a.m_big->mag, b.m_big->mag);
    return sa > 0 ? c : -c;
}

// ---------------------------------------------------------------------------------------------
// Shifts and bitwise operations

BigInt BigInt::shiftLeft(std::uint64_t n) const {
    if (!m_big) {
        if (m_small == 0) return BigInt();
        if (n < 63) {
            const std::int64_t r = std::int64_t(std::uint64_t(m_small) << n);
            if ((r >> n) == m_small) return BigInt(r);
        }
    }
    bool neg = false;
    Mag m;
    split(neg, m);
    return make(neg, shlMag(m, n));
}

BigInt BigInt::shiftRight(std::uint64_t n) const {
    if (!m_big) return BigInt(n >= 63 ? (m_small < 0 ? -1 : 0) : (m_small >> n));
    bool lost = false;
    Mag q = shrMag(m_big->mag, n, lost);
    BigInt r = make(m_big->neg, std::move(q));
    // floor for negatives: -(|a| >> n) - (any bit lost)
    if (m_big->neg && lost) r = r - BigInt(1);
    return r;
}

BigInt BigInt::bitwise(const BigInt& a, const BigInt& b, char op) {
    // Two's complement over max(size)+1 digits, then back to sign-magnitude.
    const std::size_t size = std::size_t(std::max(a.digitCount(), b.digitCount())) + 1;
    auto twos = [size](const BigInt& x) {
        Mag m = x.magnitude();
        m.resize(size, 0);
        if (x.isNegative()) {
            Digit carry = 1;
            for (Digit& d : m) {
                carry += d ^ kMask;
                d = carry & kMask;
                carry >>= kShift;
            }
        }
        return m;
    };
    const Mag ta = twos(a), tb = twos(b);
    Mag z(size);
    for (std::size_t i = 0; i < size; ++i)
        z[i] = op == '&' ? (ta[i] & tb[i]) : op == '|' ? (ta[i] | tb[i]) : (ta[i] ^ tb[i]);
    const bool na = a.isNegative(), nb = b.isNegative();
    const bool neg = op == '&' ? (na && nb) : op == '|' ? (na || nb) : (na != nb);
    if (neg) {
        Digit carry = 1;
        for (Digit& d : z) {
            carry += d ^ kMask;
            d = carry & kMask;
            carry >>= kShift;
        }
    }
    return make(neg, std::move(z));
}

BigInt operator&(const BigInt& a, const BigInt& b) {
    if (!a.m_big && !b.m_big) return BigInt(a.m_small & b.m_small);
    return BigInt::bitwise(a, b, '&');
}

BigInt operator|(const BigInt& a, const BigInt& b) {
    if (!a.m_big && !b.m_big) return BigInt(a.m_small | b.m_small);
    return BigInt::bitwise(a, b, '|');
}

BigInt operator^(const BigInt& a, const BigInt& b) {
    if (!a.m_big && !b.m_big) return BigInt(a.m_small ^ b.m_small);
    return BigInt::bitwise(a, b, '^');
}

} // namespace hs
