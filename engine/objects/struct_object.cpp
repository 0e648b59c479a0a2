// _struct.Struct: prepare_s compiles the format into codes (one per 's'/'p' item or per run of a
// repeated code; 'x' none) kept in a PyMem block of (ncodes + 1) * 32 bytes; pack/unpack per code.
//
// Byte orders (whichtable): '@' (default) native sizes and alignment, '=' and '<' little-endian
// standard sizes, '>' and '!' big-endian. On a little-endian host CPython swaps the native pack
// functions into the little-endian table wherever the sizes agree (b B c h H i I q Q e), so those
// codes raise the native range errors ("short format requires ...") under '<' and '=' too.
#include "objects/struct_object.h"

#include "modules/module_types.h"
#include "objects/bigint.h"
#include "objects/builtin_function_object.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/memoryview_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <cmath>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace hs {

namespace {

enum class Order { Native, Little, Big };

struct FormatCode {
    char format = 0;
    int itemSize = 0;         // the formatdef's size
    std::int64_t offset = 0;
    std::int64_t size = 0;    // item size, or the count for 's' / 'p'
    std::int64_t repeat = 1;
};

// PyStructObject: head, s_size, s_len, s_codes, s_format (bytes), weakreflist = 56 bytes.
struct StructObject : Object {
    std::int64_t size = 0;
    std::int64_t len = 0;
    Order order = Order::Native;
    std::vector<FormatCode> codes;
    Addr codesAddr = 0;
    Object* format = nullptr;      // strong: the format as bytes
    Object* weakreflist = nullptr; // borrowed head
};
StructObject* asStruct(Object* o) { return static_cast<StructObject*>(o); }
const StructObject* asStruct(const Object* o) { return static_cast<const StructObject*>(o); }

// unpackiterobject: head, so, Py_buffer (80), index = 112 bytes.
struct UnpackIterObject : Object {
    Object* so = nullptr; // strong
    BufferInfo buf;
    bool hasBuffer = false;
    std::int64_t index = 0;
};
UnpackIterObject* asIter(Object* o) { return static_cast<UnpackIterObject*>(o); }

constexpr std::int64_t kFormatCodeSize = 32; // sizeof(formatcode)

Object* newRef(Object* o) {
    incref(o);
    return o;
}

void structError(Interpreter& interp, const std::string& message) {
    TypeObject* error = structErrorType(interp);
    raiseError(interp, error ? error : vmOf(interp).exc.ValueError, message);
}

// Item size of format char c (0 = not in the table: "bad char in struct format").
int itemSizeOf(char c, Order order) {
    const bool native = order == Order::Native;
    switch (c) {
    case 'x': case 'b': case 'B': case 'c': case 's': case 'p': case '?': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
    default: return 0;
    }
}

// Native alignment of c (the standard tables align nothing).
int alignmentOf(char c, Order order) {
    if (order != Order::Native) return 0;
    switch (c) {
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'n': case 'N': case 'q': case 'Q': case 'd': case 'P': return 8;
    case '?': return 1;
    default: return 0;
    }
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// prepare_s. False with struct.error pending.
bool prepare(Interpreter& interp, StructObject* s, std::string_view fmt) {
    if (fmt.find('\0') != std::string_view::npos) {
        structError(interp, "embedded null character");
        return false;
    }
    std::size_t i = 0;
    Order order = Order::Native;
    if (!fmt.empty()) {
        switch (fmt[0]) {
        case '<': case '=': order = Order::Little; i = 1; break;
        case '>': case '!': order = Order::Big; i = 1; break;
        case '@': i = 1; break;
        default: break;
        }
    }
    std::vector<FormatCode> codes;
    std::int64_t size = 0, len = 0;
    while (i < fmt.size()) {
        char c = fmt[i++];
        if (isSpace(c)) continue;
        std::int64_t num = 1;
        if (c >= '0' && c <= '9') {
            num = c - '0';
            while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
                const int d = fmt[i++] - '0';
                if (num >= INT64_MAX / 10 && (num > INT64_MAX / 10 || d > INT64_MAX % 10)) {
                    structError(interp, "total struct size too long");
                    return false;
                }
                num = num * 10 + d;
            }
            if (i == fmt.size()) {
                structError(interp, "repeat count given without format specifier");
                return false;
            }
            c = fmt[i++];
        }
        const int itemSize = itemSizeOf(c, order);
        if (itemSize == 0) {
            structError(interp, "bad char in struct format");
            return false;
        }
        if (const int a = alignmentOf(c, order); a && size > 0) size += (a - 1) - (size - 1) % a;
        if (num > (INT64_MAX - size) / itemSize) {
            structError(interp, "total struct size too long");
            return false;
        }
        if (c == 's' || c == 'p') {
            codes.push_back({c, itemSize, size, num, 1});
            ++len;
        } else if (c != 'x' && num) {
            codes.push_back({c, itemSize, size, itemSize, num});
            len += num;
        }
        size += num * itemSize;
    }
    const Addr addr = interp.allocBuffer(s, static_cast<std::uint64_t>(codes.size() + 1) * kFormatCodeSize);
    if (!addr) return false;
    if (s->codesAddr) interp.freeBuffer(s->codesAddr);
    s->codesAddr = addr;
    s->codes = std::move(codes);
    s->size = size;
    s->len = len;
    s->order = order;
    return true;
}

// ---------------------------------------------------------------- value conversions

// get_pylong: an int (new reference) or struct.error "required argument is not an integer".
Ref getPyLong(Interpreter& interp, Object* v) {
    if (isInt(v)) return Ref::borrowed(v);
    if (hasIndex(v)) return numberIndex(v);
    structError(interp, "required argument is not an integer");
    return Ref();
}

// The value as a C long (get_long) or unsigned long (get_ulong); "argument out of range".
bool getLong(Interpreter& interp, Object* v, std::int64_t& out) {
    Ref n = getPyLong(interp, v);
    if (!n) return false;
    const BigInt& b = intValue(n.get());
    if (!b.fitsInt64()) {
        structError(interp, "argument out of range");
        return false;
    }
    out = b.small();
    return true;
}

// Magnitude of a non-negative value below 2**64; false when it does not fit.
bool bigToUint64(const BigInt& b, std::uint64_t& out) {
    if (b.isNegative() || b.bitLength() > 64) return false;
    if (b.fitsInt64()) {
        out = static_cast<std::uint64_t>(b.small());
        return true;
    }
    out = 0;
    for (std::int64_t i = b.digitCount(); i-- > 0;) out = (out << BigInt::kShift) | b.digit(i);
    return true;
}

bool getULong(Interpreter& interp, Object* v, std::uint64_t& out) {
    Ref n = getPyLong(interp, v);
    if (!n) return false;
    if (!bigToUint64(intValue(n.get()), out)) {
        structError(interp, "argument out of range");
        return false;
    }
    return true;
}

// _PyLong_AsByteArray into 8 bytes (signed or not) and PyLong_AsVoidPtr: "int too large to convert".
bool getRaw64(Interpreter& interp, Object* v, bool isSigned, bool voidPtr, std::uint64_t& out) {
    Ref n = getPyLong(interp, v);
    if (!n) return false;
    const BigInt& b = intValue(n.get());
    if (b.fitsInt64() && (isSigned || voidPtr || b.small() >= 0)) {
        out = static_cast<std::uint64_t>(b.small());
        return true;
    }
    if (!isSigned && bigToUint64(b, out)) return true;
    structError(interp, "int too large to convert");
    return false;
}

// PyFloat_AsDouble with every failure turned into "required argument is not a float".
bool getDouble(Interpreter& interp, Object* v, double& out) {
    if (isFloat(v)) {
        out = floatValue(v);
        return true;
    }
    if (asDouble(v, out)) return true;
    clearError(interp);
    structError(interp, "required argument is not a float");
    return false;
}

void storeInt(char* p, std::uint64_t x, int size, bool bigEndian) {
    for (int k = 0; k < size; ++k) {
        const unsigned char byte = static_cast<unsigned char>(x >> (8 * k));
        p[bigEndian ? size - 1 - k : k] = static_cast<char>(byte);
    }
}

std::uint64_t loadInt(const char* p, int size, bool bigEndian) {
    std::uint64_t x = 0;
    for (int k = 0; k < size; ++k) {
        const unsigned char byte = static_cast<unsigned char>(p[bigEndian ? size - 1 - k : k]);
        x |= static_cast<std::uint64_t>(byte) << (8 * k);
    }
    return x;
}

// PyFloat_Pack2 (IEEE half, round-half-even). False with OverflowError.
bool packHalf(Interpreter& interp, double x, char* p, bool bigEndian) {
    unsigned short sign = 0, bits = 0;
    int e = 0;
    if (x == 0.0) {
        sign = std::signbit(x) ? 1 : 0;
    } else if (std::isinf(x)) {
        sign = x < 0.0;
        e = 0x1f;
    } else if (std::isnan(x)) {
        sign = std::signbit(x) ? 1 : 0;
        e = 0x1f;
        bits = 512;
    } else {
        sign = x < 0.0;
        if (sign) x = -x;
        double f = std::frexp(x, &e);
        f *= 2.0;
        e--;
        if (e >= 16) goto overflow;
        if (e < -25) {
            f = 0.0;
            e = 0;
        } else if (e < -14) {
            f = std::ldexp(f, 14 + e);
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        bits = static_cast<unsigned short>(f);
        if ((f - bits > 0.5) || ((f - bits == 0.5) && (bits % 2 == 1))) {
            ++bits;
            if (bits == 1024) {
                bits = 0;
                ++e;
                if (e == 31) goto overflow;
            }
        }
    }
    bits = static_cast<unsigned short>(bits | (e << 10) | (sign << 15));
    storeInt(p, bits, 2, bigEndian);
    return true;
overflow:
    raiseError(interp, vmOf(interp).exc.OverflowError, "float too large to pack with e format");
    return false;
}

double unpackHalf(const char* p, bool bigEndian) {
    const unsigned bits = static_cast<unsigned>(loadInt(p, 2, bigEndian));
    const int sign = (bits >> 15) & 1;
    int e = (bits >> 10) & 0x1f;
    const unsigned f = bits & 0x3ff;
    if (e == 0x1f) {
        if (f == 0) return sign ? -HUGE_VAL : HUGE_VAL;
        return sign ? -std::nan("") : std::nan("");
    }
    double x = static_cast<double>(f) / 1024.0;
    if (e == 0) e = -14;
    else {
        x += 1.0;
        e -= 15;
    }
    x = std::ldexp(x, e);
    return sign ? -x : x;
}

// Packs one item of code `c` (item size `size`) at p.
bool packItem(Interpreter& interp, Order order, char c, int size, char* p, Object* v) {
    const bool big = order == Order::Big;
    std::int64_t x = 0;
    std::uint64_t u = 0;
    switch (c) {
    case 'b':
    case 'B': {
        if (!getLong(interp, v, x)) return false;
        if (c == 'b' && (x < -128 || x > 127)) {
            structError(interp, "byte format requires -128 <= number <= 127");
            return false;
        }
        if (c == 'B' && (x < 0 || x > 255)) {
            structError(interp, "ubyte format requires 0 <= number <= 255");
            return false;
        }
        *p = static_cast<char>(x);
        return true;
    }
    case 'c':
        if (!isBytes(v) || bytesSize(v) != 1) {
            structError(interp, "char format requires a bytes object of length 1");
            return false;
        }
        *p = bytesView(v)[0];
        return true;
    case '?': {
        const int t = objectIsTrue(v);
        if (t < 0) return false;
        *p = static_cast<char>(t);
        return true;
    }
    case 'e': {
        double d = 0;
        return getDouble(interp, v, d) && packHalf(interp, d, p, big);
    }
    case 'f': {
        double d = 0;
        if (!getDouble(interp, v, d)) return false;
        const float y = static_cast<float>(d);
        if (order != Order::Native && std::isinf(y) && !std::isinf(d)) {
            raiseError(interp, vmOf(interp).exc.OverflowError, "float too large to pack with f format");
            return false;
        }
        std::uint32_t w = 0;
        std::memcpy(&w, &y, 4);
        storeInt(p, w, 4, big);
        return true;
    }
    case 'd': {
        double d = 0;
        if (!getDouble(interp, v, d)) return false;
        std::memcpy(&u, &d, 8);
        storeInt(p, u, 8, big);
        return true;
    }
    case 'P':
        if (!getRaw64(interp, v, false, true, u)) return false;
        storeInt(p, u, 8, false);
        return true;
    default: break;
    }
    const bool isSigned = c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    // Big-endian 8-byte codes go through _PyLong_AsByteArray.
    if (size == 8 && big) {
        if (!getRaw64(interp, v, isSigned, false, u)) return false;
        storeInt(p, u, 8, true);
        return true;
    }
    // The native functions (also the little-endian table's, where sizes agree).
    const bool nativeFn = order == Order::Native || (order == Order::Little && c != 'l' && c != 'L');
    if (isSigned) {
        if (!getLong(interp, v, x)) return false;
        if (size == 2 && (x < -32768 || x > 32767)) {
            structError(interp, nativeFn ? std::string("short format requires -32768 <= number <= 32767")
                                         : std::string("'") + c + "' format requires -32768 <= number <= 32767");
            return false;
        }
        if (size == 4 && (x < INT32_MIN || x > INT32_MAX)) {
            structError(interp, std::string("'") + c + "' format requires -2147483648 <= number <= 2147483647");
            return false;
        }
        storeInt(p, static_cast<std::uint64_t>(x), size, big);
        return true;
    }
    if (nativeFn && size == 2) {
        // np_ushort reads a signed long first.
        if (!getLong(interp, v, x)) return false;
        if (x < 0 || x > 65535) {
            structError(interp, "ushort format requires 0 <= number <= 65535");
            return false;
        }
        storeInt(p, static_cast<std::uint64_t>(x), 2, big);
        return true;
    }
    if (!getULong(interp, v, u)) return false;
    if (size == 2 && u > 65535) {
        structError(interp, std::string("'") + c + "' format requires 0 <= number <= 65535");
        return false;
    }
    if (size == 4 && u > UINT32_MAX) {
        structError(interp, std::string("'") + c + "' format requires 0 <= number <= 4294967295");
        return false;
    }
    storeInt(p, u, size, big);
    return true;
}

Ref unpackItem(Interpreter& interp, Order order, char c, int size, const char* p) {
    const bool big = order == Order::Big;
    switch (c) {
    case 'c': return bytesChar(interp, static_cast<unsigned char>(*p));
    case '?': return Ref::borrowed(*p != 0 ? interp.trueObj : interp.falseObj);
    case 'e': return newFloat(interp, unpackHalf(p, big));
    case 'f': {
        const std::uint32_t w = static_cast<std::uint32_t>(loadInt(p, 4, big));
        float y = 0;
        std::memcpy(&y, &w, 4);
        return newFloat(interp, y);
    }
    case 'd': {
        const std::uint64_t w = loadInt(p, 8, big);
        double d = 0;
        std::memcpy(&d, &w, 8);
        return newFloat(interp, d);
    }
    default: break;
    }
    const std::uint64_t raw = loadInt(p, size, big);
    const bool isSigned = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    if (isSigned) {
        const int shift = 64 - 8 * size;
        return newInt(interp, static_cast<std::int64_t>(raw << shift) >> shift);
    }
    if (raw <= static_cast<std::uint64_t>(INT64_MAX)) return newInt(interp, static_cast<std::int64_t>(raw));
    return newIntFromBig(interp, BigInt::fromUint64(raw));
}

// s_pack_internal: packs args[0..len) into buf (s->size bytes, zeroed first).
bool packInternal(Interpreter& interp, StructObject* s, Object* const* args, char* buf) {
    std::memset(buf, 0, static_cast<std::size_t>(s->size));
    std::int64_t argIndex = 0;
    for (const FormatCode& code : s->codes) {
        char* res = buf + code.offset;
        for (std::int64_t j = 0; j < code.repeat; ++j) {
            Object* v = args[argIndex++];
            if (code.format == 's' || code.format == 'p') {
                std::string_view data;
                if (isBytes(v)) data = bytesView(v);
                else if (isBytearray(v)) data = bytearrayView(v);
                else {
                    structError(interp, std::string("argument for '") + code.format + "' must be a bytes object");
                    return false;
                }
                std::int64_t n = static_cast<std::int64_t>(data.size());
                if (code.format == 's') {
                    if (n > code.size) n = code.size;
                    if (n > 0) std::memcpy(res, data.data(), static_cast<std::size_t>(n));
                } else {
                    if (n > code.size - 1) n = code.size - 1;
                    if (n > 0) std::memcpy(res + 1, data.data(), static_cast<std::size_t>(n));
                    if (code.size > 0) *res = static_cast<char>(n > 255 ? 255 : n);
                }
            } else if (!packItem(interp, s->order, code.format, code.itemSize, res, v)) {
                return false;
            }
            res += code.size;
        }
    }
    return true;
}

// s_unpack_internal: the result tuple is made first, as in CPython.
Object* unpackInternal(Interpreter& interp, StructObject* s, const char* buf) {
    Ref result = newTuple(interp, s->len);
    if (!result) return nullptr;
    std::int64_t i = 0;
    for (const FormatCode& code : s->codes) {
        const char* res = buf + code.offset;
        for (std::int64_t j = 0; j < code.repeat; ++j) {
            Ref v;
            if (code.format == 's') {
                v = newBytes(interp, std::string_view(res, static_cast<std::size_t>(code.size)));
            } else if (code.format == 'p') {
                std::int64_t n = code.size ? static_cast<unsigned char>(*res) : 0;
                if (n >= code.size) n = code.size ? code.size - 1 : 0;
                v = newBytes(interp, std::string_view(res + 1, static_cast<std::size_t>(n)));
            } else {
                v = unpackItem(interp, s->order, code.format, code.itemSize, res);
            }
            if (!v) {
                for (; i < s->len; ++i) tupleSetItemSteal(result.get(), i, newRef(interp.none));
                return nullptr;
            }
            tupleSetItemSteal(result.get(), i++, v.release());
            res += code.size;
        }
    }
    return result.release();
}

// ---------------------------------------------------------------- Struct

StructObject* allocStruct(Interpreter& interp, TypeObject* type) {
    auto* s = interp.newObject<StructObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (s) interp.gc().track(s);
    return s;
}

// Struct___init___impl: a str format is stored as its ASCII bytes.
bool initStruct(Interpreter& interp, StructObject* s, Object* format) {
    Ref bytes;
    if (isStr(format)) {
        // PyUnicode_AsASCIIString
        const std::string text = strToUtf8(format);
        if (!strIsAscii(format)) {
            std::size_t pos = 0;
            while (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80) ++pos;
            unsigned cp = 0;
            std::int64_t index = 0;
            for (std::size_t k = 0; k < pos; ++k) ++index;
            const unsigned char lead = static_cast<unsigned char>(text[pos]);
            const int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
            cp = lead & (0x3F >> extra);
            for (int k = 1; k <= extra && pos + k < text.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3F);
            const char* fmt = cp <= 0xFF ? "'ascii' codec can't encode character '\\x%02x' in position %lld: ordinal not in range(128)"
                              : cp <= 0xFFFF ? "'ascii' codec can't encode character '\\u%04x' in position %lld: ordinal not in range(128)"
                                             : "'ascii' codec can't encode character '\\U%08x' in position %lld: ordinal not in range(128)";
            raiseError(interp, vmOf(interp).exc.UnicodeEncodeError, formatString(fmt, cp, static_cast<long long>(index)));
            return false;
        }
        bytes = newBytes(interp, text);
        if (!bytes) return false;
    } else if (isBytes(format)) {
        bytes = Ref::borrowed(format);
    } else {
        raiseError(interp, vmOf(interp).exc.TypeError,
                   "Struct() argument 1 must be a str or bytes object, not " + format->type->name);
        return false;
    }
    xdecref(std::exchange(s->format, bytes.release()));
    return prepare(interp, s, bytesView(s->format));
}

Object* structNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    static const char* const kNames[] = {"format"};
    ArgSpec spec{"Struct", kNames, 1, 0, 1, 1};
    Object* a[1] = {nullptr};
    const std::int64_t nargs = tupleSize(args);
    std::vector<Object*> argv(tupleItems(args), tupleItems(args) + nargs);
    Ref kwnames;
    if (kwargs && dictSize(kwargs) && !dictToKwnames(interp, kwargs, argv, kwnames)) return nullptr;
    if (!unpackArgs(interp, spec, argv.data(), nargs, kwnames.get(), a)) return nullptr;
    StructObject* s = allocStruct(interp, type);
    if (!s) return nullptr;
    Ref keep(s);
    if (!initStruct(interp, s, a[0])) return nullptr;
    return keep.release();
}

void structDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    clearWeakrefs(o);
    StructObject* s = asStruct(o);
    if (s->codesAddr) interp.freeBuffer(std::exchange(s->codesAddr, 0));
    xdecref(std::exchange(s->format, nullptr));
    interp.freeObject(o);
}

// Struct's traverse visits only its (heap) type in CPython; the type here is static.
int structTraverse(Object*, VisitProc, void*) { return 0; }

void structReferences(Object* o, VisitProc visit, void* arg) {
    if (Object* f = asStruct(o)->format) visit(f, arg);
}

std::int64_t structSizeOf(const Object* o) {
    return o->type->basicsize + kFormatCodeSize * static_cast<std::int64_t>(asStruct(o)->codes.size() + 1);
}

// A Py_buffer argument ('y*'): TypeError "a bytes-like object is required, not 'str'".
bool readBuffer(Object* o, BufferInfo& view) { return getBuffer(o, view) == 0; }

Object* structSizeofMethod(Object* self, Object* const*, std::int64_t, Object*) {
    return newInt(*self->type->interp, structSizeOf(self)).release();
}

Object* structGetFormat(Object* self) {
    Interpreter& interp = *self->type->interp;
    return newStrFromUtf8(interp, bytesView(asStruct(self)->format)).release();
}

Object* structGetSize(Object* self) { return newInt(*self->type->interp, asStruct(self)->size).release(); }

Object* structRepr(Object* self) {
    Interpreter& interp = *self->type->interp;
    return newStrFromUtf8(interp, formatString("<%s object at 0x%llx>", self->type->name.c_str(),
                                               static_cast<unsigned long long>(self->addr)))
        .release();
}

const MethodDef kStructMethods[] = {
    {"iter_unpack", structIterUnpack, meth::kO, "Return an iterator yielding tuples."},
    {"pack", structPack, meth::kFastcall, "S.pack(v1, v2, ...) -> bytes"},
    {"pack_into", structPackInto, meth::kFastcall, "S.pack_into(buffer, offset, v1, v2, ...)"},
    {"unpack", structUnpack, meth::kO, "Return a tuple containing unpacked values."},
    {"unpack_from", structUnpackFrom, meth::kFastcall | meth::kKeywords, "Return a tuple containing unpacked values."},
    {"__sizeof__", structSizeofMethod, meth::kNoArgs, "S.__sizeof__() -> size of S in memory, in bytes"},
    {nullptr, nullptr, 0},
};

const GetSetDef kStructGetSets[] = {
    {"format", structGetFormat, nullptr, "struct format string"},
    {"size", structGetSize, nullptr, "struct size in bytes"},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- unpack_iterator

void iterRelease(UnpackIterObject* it) {
    if (it->hasBuffer) {
        releaseBuffer(it->buf);
        it->hasBuffer = false;
    }
}

Object* iterNext(Object* self) {
    Interpreter& interp = *self->type->interp;
    UnpackIterObject* it = asIter(self);
    if (!it->so) return nullptr;
    StructObject* s = asStruct(it->so);
    if (!it->hasBuffer || it->index >= it->buf.len) {
        iterRelease(it);
        return nullptr;
    }
    Object* result = unpackInternal(interp, s, it->buf.base() + it->index);
    it->index += s->size;
    return result;
}

Object* iterLengthHint(Object* self, Object* const*, std::int64_t, Object*) {
    UnpackIterObject* it = asIter(self);
    std::int64_t n = 0;
    if (it->so && it->hasBuffer) n = (it->buf.len - it->index) / asStruct(it->so)->size;
    return newInt(*self->type->interp, n).release();
}

const MethodDef kIterMethods[] = {
    {"__length_hint__", iterLengthHint, meth::kNoArgs, nullptr},
    {nullptr, nullptr, 0},
};

void iterDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    UnpackIterObject* it = asIter(o);
    iterRelease(it);
    xdecref(std::exchange(it->so, nullptr));
    interp.freeObject(o);
}

int iterTraverse(Object* o, VisitProc visit, void* arg) {
    UnpackIterObject* it = asIter(o);
    if (it->so)
        if (int v = visit(it->so, arg)) return v;
    if (it->hasBuffer && it->buf.obj)
        if (int v = visit(it->buf.obj, arg)) return v;
    return 0;
}

// Normalizes an offset for unpack_from / pack_into (CPython's checks and messages).
bool checkOffset(Interpreter& interp, std::int64_t& offset, std::int64_t size, std::int64_t len, bool packing) {
    if (offset < 0) {
        if (offset + size > 0) {
            structError(interp, formatString(packing ? "no space to pack %lld bytes at offset %lld"
                                                     : "not enough data to unpack %lld bytes at offset %lld",
                                             static_cast<long long>(size), static_cast<long long>(offset)));
            return false;
        }
        if (offset + len < 0) {
            structError(interp, formatString("offset %lld out of range for %lld-byte buffer", static_cast<long long>(offset),
                                             static_cast<long long>(len)));
            return false;
        }
        offset += len;
    }
    if (len - offset < size) {
        structError(interp, formatString(packing ? "pack_into requires a buffer of at least %lld bytes for packing %lld "
                                                   "bytes at offset %lld (actual buffer size is %lld)"
                                                 : "unpack_from requires a buffer of at least %lld bytes for unpacking "
                                                   "%lld bytes at offset %lld (actual buffer size is %lld)",
                                         static_cast<long long>(size + offset), static_cast<long long>(size),
                                         static_cast<long long>(offset), static_cast<long long>(len)));
        return false;
    }
    return true;
}

} // namespace

// ---------------------------------------------------------------- methods (shared with the module)

Object* structPack(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = *self->type->interp;
    StructObject* s = asStruct(self);
    if (nargs != s->len) {
        structError(interp, formatString("pack expected %lld items for packing (got %lld)", static_cast<long long>(s->len),
                                         static_cast<long long>(nargs)));
        return nullptr;
    }
    std::string buf(static_cast<std::size_t>(s->size), '\0');
    if (!packInternal(interp, s, args, buf.data())) return nullptr;
    return newBytes(interp, buf).release();
}

Object* structPackInto(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = *self->type->interp;
    VmState& vm = vmOf(interp);
    StructObject* s = asStruct(self);
    if (nargs != s->len + 2) {
        if (nargs == 0) structError(interp, "pack_into expected buffer argument");
        else if (nargs == 1) structError(interp, "pack_into expected offset argument");
        else
            structError(interp, formatString("pack_into expected %lld items for packing (got %lld)",
                                             static_cast<long long>(s->len), static_cast<long long>(nargs - 2)));
        return nullptr;
    }
    BufferInfo view;
    if (getBuffer(args[0], view) < 0) {
        if (errOccurred(interp)) clearError(interp);
        raiseError(interp, vm.exc.TypeError, "argument must be read-write bytes-like object, not " + args[0]->type->name);
        return nullptr;
    }
    if (view.readonly) {
        releaseBuffer(view);
        raiseError(interp, vm.exc.TypeError, "argument must be read-write bytes-like object, not " + args[0]->type->name);
        return nullptr;
    }
    std::int64_t offset = 0;
    if (!indexAsInt64(args[1], offset, vm.exc.IndexError) || !checkOffset(interp, offset, s->size, view.len, true)) {
        releaseBuffer(view);
        return nullptr;
    }
    std::string buf(static_cast<std::size_t>(s->size), '\0');
    const bool ok = packInternal(interp, s, args + 2, buf.data());
    if (ok) std::memcpy(view.base() + offset, buf.data(), buf.size());
    releaseBuffer(view);
    if (!ok) return nullptr;
    return newRef(interp.none);
}

Object* structUnpack(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    StructObject* s = asStruct(self);
    BufferInfo view;
    if (!readBuffer(args[0], view)) return nullptr;
    Object* result = nullptr;
    if (view.len != s->size) structError(interp, formatString("unpack requires a buffer of %lld bytes", static_cast<long long>(s->size)));
    else result = unpackInternal(interp, s, view.base());
    releaseBuffer(view);
    return result;
}

Object* structUnpackFrom(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *self->type->interp;
    StructObject* s = asStruct(self);
    static const char* const kNames[] = {"buffer", "offset"};
    ArgSpec spec{"unpack_from", kNames, 2, 0, 1, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    std::int64_t offset = 0;
    if (a[1] && !indexAsInt64(a[1], offset, vmOf(interp).exc.OverflowError)) return nullptr;
    BufferInfo view;
    if (!readBuffer(a[0], view)) return nullptr;
    Object* result = nullptr;
    if (checkOffset(interp, offset, s->size, view.len, false)) result = unpackInternal(interp, s, view.base() + offset);
    releaseBuffer(view);
    return result;
}

Object* structIterUnpack(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    StructObject* s = asStruct(self);
    if (s->size == 0) {
        structError(interp, "cannot iteratively unpack with a struct of length 0");
        return nullptr;
    }
    TypeObject* type = structUnpackIteratorType(interp);
    auto* it = interp.newObject<UnpackIterObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (!it) return nullptr;
    interp.gc().track(it);
    Ref keep(it);
    if (getBuffer(args[0], it->buf) < 0) return nullptr;
    it->hasBuffer = true;
    if (it->buf.len % s->size != 0) {
        structError(interp, formatString("iterative unpacking requires a buffer of a multiple of %lld bytes",
                                         static_cast<long long>(s->size)));
        return nullptr;
    }
    it->so = newRef(self);
    return keep.release();
}

std::int64_t structSize(const Object* s) { return asStruct(s)->size; }

Object* newStruct(Interpreter& interp, Object* format) {
    StructObject* s = allocStruct(interp, structType(interp));
    if (!s) return nullptr;
    Ref keep(s);
    if (!initStruct(interp, s, format)) return nullptr;
    return keep.release();
}

TypeObject* structType(Interpreter& interp) {
    TypeObject*& slot = moduleType(interp, ModuleTypeId::Struct);
    if (slot) return slot;
    TypeObject* t = interp.newStaticType("_struct.Struct", 56, 0, tpflags::kHaveGc, interp.types.object);
    t->type = interp.types.type;
    t->dealloc = structDealloc;
    t->traverse = structTraverse;
    t->references = structReferences;
    t->sizeOf = structSizeOf;
    t->repr = structRepr;
    t->hash = interp.types.object->hash;
    t->richcompare = interp.types.object->richcompare;
    t->label = [](const Object* o) { return "Struct(" + std::string(bytesView(asStruct(o)->format)) + ")"; };
    t->weaklistPtr = [](Object* o) -> Object** { return &asStruct(o)->weakreflist; };
    t->slots.weaklistOffset = 48;
    t->slots.tpNew = structNew;
    addMethods(interp, t, kStructMethods);
    addGetSets(interp, t, kStructGetSets);
    addSlotWrappers(interp, t);
    setHostDestructor<StructObject>(*t);
    slot = t;
    return t;
}

TypeObject* structUnpackIteratorType(Interpreter& interp) {
    TypeObject*& slot = moduleType(interp, ModuleTypeId::StructUnpackIterator);
    if (slot) return slot;
    TypeObject* t = interp.newStaticType("_struct.unpack_iterator", 112, 0, tpflags::kHaveGc, interp.types.object);
    t->type = interp.types.type;
    t->dealloc = iterDealloc;
    t->traverse = iterTraverse;
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->hash = interp.types.object->hash;
    t->richcompare = interp.types.object->richcompare;
    t->repr = interp.types.object->repr;
    t->label = [](const Object*) { return std::string("unpack_iterator"); };
    t->slots.iter = [](Object* o) -> Object* { return newRef(o); };
    t->slots.iternext = iterNext;
    addMethods(interp, t, kIterMethods);
    addSlotWrappers(interp, t);
    setHostDestructor<UnpackIterObject>(*t);
    slot = t;
    return t;
}

TypeObject* structErrorType(Interpreter& interp) { return moduleType(interp, ModuleTypeId::StructError); }
void setStructErrorType(Interpreter& interp, TypeObject* error) { moduleType(interp, ModuleTypeId::StructError) = error; }

} // namespace hs
