// ctypes value codecs (Modules/_ctypes/cfield.c): the getfunc / setfunc of each simple format code
// over little-endian bytes (x87 extended for long double, UTF-32 for wchar_t on Linux).
#include "objects/ctypes_object.h"

#include "objects/bigint.h"
#include "objects/bool_object.h"
#include "objects/bytes_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>

namespace hs {

namespace {

VmState& vmFor(Interpreter& interp) { return vmOf(interp); }
void typeError(Interpreter& interp, const std::string& message) { raiseError(interp, vmFor(interp).exc.TypeError, message); }

// The low 64 bits of an int in two's complement (PyLong_AsUnsignedLongLongMask).
std::uint64_t maskUint64(const BigInt& v) {
    if (v.fitsInt64()) return static_cast<std::uint64_t>(v.small());
    std::uint64_t low = 0;
    for (int i = 0; i < 3; ++i) low |= static_cast<std::uint64_t>(v.digit(i)) << (BigInt::kShift * i);
    return v.isNegative() ? std::uint64_t(0) - low : low;
}

Ref newUnsigned(Interpreter& interp, std::uint64_t v) {
    if (v <= static_cast<std::uint64_t>(INT64_MAX)) return newInt(interp, static_cast<std::int64_t>(v));
    return newIntFromBig(interp, BigInt::fromUint64(v));
}

std::uint64_t loadLe(const std::uint8_t* p, std::int64_t n) {
    std::uint64_t v = 0;
    for (std::int64_t i = 0; i < n; ++i) v |= static_cast<std::uint64_t>(p[i]) << (8 * i);
    return v;
}
void storeLe(std::uint8_t* p, std::int64_t n, std::uint64_t v) {
    for (std::int64_t i = 0; i < n; ++i) p[i] = static_cast<std::uint8_t>(v >> (8 * i));
}

} // namespace

std::int64_t ctypesCodeSize(char code) {
    switch (code) {
    case '?': case 'c': case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': case 'u': return 4; // u: wchar_t is 4 bytes on Linux
    case 'g': return 16;                              // long double: x87 extended in 16 bytes
    default: return 8; // l L q Q d P O z Z
    }
}

namespace {

std::string hexDigits(std::uint32_t v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%08x", v);
    return buf;
}

// The x87 80-bit extended format of long double on x86-64 (16 bytes, the top 6 unused), from and
// to a double (every double is exact in it; reading rounds toward zero to 53 bits).
void encodeLongDouble(double d, std::uint8_t* out) {
    std::memset(out, 0, 16);
    std::uint64_t bits;
    std::memcpy(&bits, &d, 8);
    const std::uint64_t sign = bits >> 63;
    int exponent = static_cast<int>((bits >> 52) & 0x7FF);
    std::uint64_t fraction = bits & ((std::uint64_t(1) << 52) - 1);
    std::uint64_t mantissa = 0;
    int extExponent = 0;
    if (exponent == 0x7FF) {
        extExponent = 0x7FFF;
        mantissa = (std::uint64_t(1) << 63) | (fraction << 11);
    } else if (exponent != 0 || fraction != 0) {
        if (exponent == 0) { // subnormal double: normalize
            exponent = 1;
            while (!(fraction & (std::uint64_t(1) << 52))) {
                fraction <<= 1;
                --exponent;
            }
            fraction &= (std::uint64_t(1) << 52) - 1;
        }
        extExponent = exponent - 1023 + 16383;
        mantissa = (std::uint64_t(1) << 63) | (fraction << 11);
    }
    storeLe(out, 8, mantissa);
    storeLe(out + 8, 2, (sign << 15) | static_cast<std::uint64_t>(extExponent));
}

double decodeLongDouble(const std::uint8_t* p) {
    const std::uint64_t mantissa = loadLe(p, 8);
    const std::uint64_t top = loadLe(p + 8, 2);
    const bool negative = (top >> 15) != 0;
    const int extExponent = static_cast<int>(top & 0x7FFF);
    double d;
    if (extExponent == 0x7FFF) {
        d = (mantissa << 1) ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
    } else {
        d = std::ldexp(static_cast<double>(mantissa >> 11), extExponent - 16383 - 52);
    }
    return negative ? -d : d;
}

} // namespace

// getfunc: the Python value of `size` bytes at `p` for a simple format code. New reference.
Ref ctypesDecode(Interpreter& interp, char code, const std::uint8_t* p) {
    const std::uint64_t raw = loadLe(p, ctypesCodeSize(code));
    switch (code) {
    case '?': return Ref(newBool(interp, raw != 0));
    case 'c': return newBytes(interp, std::string_view(reinterpret_cast<const char*>(p), 1));
    case 'b': return newInt(interp, static_cast<std::int8_t>(raw));
    case 'h': return newInt(interp, static_cast<std::int16_t>(raw));
    case 'i': return newInt(interp, static_cast<std::int32_t>(raw));
    case 'l': case 'q': return newInt(interp, static_cast<std::int64_t>(raw));
    case 'B': case 'H': case 'I': case 'L': case 'Q': return newUnsigned(interp, raw);
    case 'g': return newFloat(interp, decodeLongDouble(p));
    case 'u': {
        const auto cp = static_cast<std::uint32_t>(raw);
        if (cp > 0x10FFFF) {
            raiseError(interp, vmFor(interp).exc.ValueError, "character U+" + hexDigits(cp) + " is not in range [U+0000; U+10ffff]");
            return Ref();
        }
        const char32_t ch = cp;
        return newStrFromCodePoints(interp, &ch, 1);
    }
    case 'Z': {
        if (raw == 0) return Ref::borrowed(interp.none);
        std::u32string text;
        for (std::uint64_t a = raw;; a += 4) {
            std::uint8_t unit[4] = {};
            if (!ctypesRead(interp, a, unit, 4)) return Ref();
            const auto cp = static_cast<std::uint32_t>(loadLe(unit, 4));
            if (cp == 0) break;
            if (cp > 0x10FFFF) {
                raiseError(interp, vmFor(interp).exc.ValueError, "character U+" + hexDigits(cp) + " is not in range [U+0000; U+10ffff]");
                return Ref();
            }
            text.push_back(cp);
        }
        return newStrFromCodePoints(interp, text.data(), text.size());
    }
    case 'f': {
        float f;
        const auto bits = static_cast<std::uint32_t>(raw);
        std::memcpy(&f, &bits, 4);
        return newFloat(interp, f);
    }
    case 'd': {
        double d;
        std::memcpy(&d, &raw, 8);
        return newFloat(interp, d);
    }
    case 'P':
        if (raw == 0) return Ref::borrowed(interp.none);
        return newUnsigned(interp, raw);
    case 'O': {
        if (raw == 0) {
            raiseError(interp, vmFor(interp).exc.ValueError, "PyObject is NULL");
            return Ref();
        }
        // O_get: *(PyObject **)ptr with a new reference. A word that is not a live object's
        // address would make CPython read garbage (or crash); here it is an access violation.
        Object* target = interp.objectAt(raw);
        if (target == nullptr) {
            raiseAccessViolation(interp, "reading", raw);
            return Ref();
        }
        return Ref::borrowed(target);
    }
    case 'z': {
        if (raw == 0) return Ref::borrowed(interp.none);
        std::string text;
        for (std::uint64_t a = raw;; ++a) {
            std::uint8_t ch = 0;
            if (!ctypesRead(interp, a, &ch, 1)) return Ref();
            if (ch == 0) break;
            text.push_back(static_cast<char>(ch));
        }
        return newBytes(interp, text);
    }
    default: break;
    }
    typeError(interp, "unsupported ctypes format");
    return Ref();
}

// setfunc: encodes `value` into out[0..size) and sets `keep` to the object the instance must keep
// alive (CPython's setfunc result; None = nothing). False with the error pending.
bool ctypesEncode(Interpreter& interp, char code, Object* value, std::uint8_t* out, Ref& keep) {
    VmState& vm = vmFor(interp);
    keep = Ref();
    const std::int64_t n = ctypesCodeSize(code);
    switch (code) {
    case 'b': case 'B': case 'h': case 'H': case 'i': case 'I': case 'l': case 'L': case 'q': case 'Q': {
        Ref index = numberIndex(value);
        if (!index) return false;
        storeLe(out, n, maskUint64(intValue(index.get())));
        return true;
    }
    case '?': {
        const int t = objectIsTrue(value);
        if (t < 0) return false;
        out[0] = static_cast<std::uint8_t>(t);
        return true;
    }
    case 'c':
        if (isBytes(value) && bytesSize(value) == 1) {
            out[0] = static_cast<std::uint8_t>(bytesView(value)[0]);
            return true;
        }
        if (isInt(value)) {
            std::int64_t v = 0;
            if (intAsInt64(value, v) && v >= 0 && v < 256) {
                out[0] = static_cast<std::uint8_t>(v);
                return true;
            }
        }
        typeError(interp, "one character bytes, bytearray or integer expected");
        return false;
    case 'g': {
        double d = 0;
        if (!asDouble(value, d)) return false;
        encodeLongDouble(d, out);
        return true;
    }
    case 'u': {
        if (!isStr(value)) {
            typeError(interp, "unicode string expected instead of " + value->type->name + " instance");
            return false;
        }
        if (strLength(value) != 1) {
            typeError(interp, "one character unicode string expected");
            return false;
        }
        storeLe(out, 4, strCharAt(value, 0));
        return true;
    }
    case 'Z': {
        if (value == interp.none) { storeLe(out, 8, 0); return true; }
        if (isInt(value)) {
            storeLe(out, 8, maskUint64(intValue(value)));
            return true;
        }
        if (!isStr(value)) {
            typeError(interp, "unicode string or integer address expected instead of " + value->type->name + " instance");
            return false;
        }
        // PyUnicode_AsWideCharString: a NUL-terminated wchar_t copy the instance keeps alive (a
        // capsule in CPython; here a bytes object whose ob_sval holds the UTF-32 text).
        std::string wide;
        for (std::int64_t k = 0; k < strLength(value); ++k)
            for (int i = 0, cp = static_cast<int>(strCharAt(value, k)); i < 4; ++i) wide.push_back(static_cast<char>((cp >> (8 * i)) & 0xFF));
        wide.append(4, '\0');
        Ref buffer = newBytes(interp, wide);
        if (!buffer) return false;
        storeLe(out, 8, buffer->addr + 32);
        keep = std::move(buffer);
        return true;
    }
    case 'f': case 'd': {
        double d = 0;
        if (!asDouble(value, d)) return false;
        if (code == 'f') {
            const float f = static_cast<float>(d);
            std::uint32_t bits;
            std::memcpy(&bits, &f, 4);
            storeLe(out, 4, bits);
        } else {
            std::uint64_t bits;
            std::memcpy(&bits, &d, 8);
            storeLe(out, 8, bits);
        }
        return true;
    }
    case 'P':
        if (value == interp.none) { storeLe(out, 8, 0); return true; }
        if (!isInt(value)) {
            typeError(interp, "cannot be converted to pointer");
            return false;
        }
        storeLe(out, 8, maskUint64(intValue(value)));
        return true;
    case 'O':
        storeLe(out, 8, value->addr);
        keep = Ref::borrowed(value);
        return true;
    case 'z':
        if (value == interp.none) { storeLe(out, 8, 0); return true; }
        if (isBytes(value)) {
            // PyBytes_AS_STRING: ob_sval follows the 32-byte bytes header.
            storeLe(out, 8, value->addr + 32);
            keep = Ref::borrowed(value);
            return true;
        }
        if (isInt(value)) {
            storeLe(out, 8, maskUint64(intValue(value)));
            return true;
        }
        typeError(interp, "bytes or integer address expected instead of " + value->type->name + " instance");
        return false;
    default: break;
    }
    raiseError(interp, vm.exc.TypeError, "unsupported ctypes format");
    return false;
}

} // namespace hs
