// printf-style bytes formatting as Objects/bytesobject.c's _PyBytes_FormatEx does it in 3.11,
// over a model of _PyBytesWriter (its 512-byte stack buffer, its heap buffer and their sizes).
//
// Sections: writer · conversions · format loop · binding
#include "objects/bytes_format.h"

#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/int_object.h"
#include "objects/memoryview_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "runtime/string_format.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

#include <cmath>
#include <cstring>
#include <string>

namespace hs {

namespace {

void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }
void valueError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.ValueError, m); }

// ---------------------------------------------------------------- writer

// _PyBytesWriter. Bytes reserved so far (min_size) live in a 512-byte stack buffer until they pass
// it; then in a bytes object (or, for bytearray %, a bytearray) of `allocated` bytes, a quarter more
// than asked when over-allocating, grown by _PyBytes_Resize / PyByteArray_Resize. finish() gives
// the result: a new object of the written size from the stack buffer, else the heap buffer shrunk.
// Invariant: m_data.size() <= m_minSize + 2 (the format loop writes at most what it reserved:
// each '%' spec has 2 bytes reserved by the initial reservation of the whole format).
class BytesWriter {
public:
    BytesWriter(Interpreter& interp, bool bytearray) : m_interp(interp), m_bytearray(bytearray) {}

    bool overallocate = false;
    std::string data; // the bytes written

    // _PyBytesWriter_Prepare: reserve n more bytes. False with MemoryError pending.
    bool prepare(std::int64_t n) {
        if (n == 0) return true;
        const std::int64_t newMin = m_minSize + n;
        if (newMin > m_allocated && !resize(newMin)) return false;
        m_minSize = newMin;
        return true;
    }
    // `writer.min_size -= 2`: a fast path gives back the two bytes the format reserved for its spec.
    void unreserve(std::int64_t n) { m_minSize -= n; }

    // _PyBytesWriter_Finish.
    Ref finish() {
        const auto size = static_cast<std::int64_t>(data.size());
        if (size == 0 && !m_bytearray) {
            m_buffer = Ref();
            return newBytes(m_interp, {});
        }
        if (!m_buffer) return m_bytearray ? newBytearray(m_interp, data) : newBytes(m_interp, data);
        Ref result = std::move(m_buffer);
        if (m_bytearray) {
            if (size != m_allocated && !bytearrayResize(result.get(), size)) return Ref();
            std::memcpy(static_cast<BytearrayObject*>(result.get())->data.data(), data.data(), data.size());
            return result;
        }
        if (size != m_allocated && !bytesResize(m_interp, result, size)) return Ref();
        std::memcpy(bytesMutableData(result.get()), data.data(), data.size());
        return result;
    }

private:
    // _PyBytesWriter_Resize: the stack buffer becomes a heap object, a heap object grows.
    bool resize(std::int64_t size) {
        std::int64_t allocated = size;
        if (overallocate) allocated += allocated / 4; // OVERALLOCATE_FACTOR outside Windows
        if (!m_buffer) {
            m_buffer = m_bytearray ? newBytearray(m_interp, std::string(static_cast<std::size_t>(allocated), '\0'))
                                   : newBytesUninit(m_interp, allocated);
            if (!m_buffer) return false;
        } else if (m_bytearray) {
            if (!bytearrayResize(m_buffer.get(), allocated)) return false;
        } else if (!bytesResize(m_interp, m_buffer, allocated)) {
            return false;
        }
        m_allocated = allocated;
        return true;
    }

    Interpreter& m_interp;
    const bool m_bytearray;
    Ref m_buffer;                   // null while the stack buffer is in use
    std::int64_t m_allocated = 512; // sizeof(small_buffer) until the heap buffer exists
    std::int64_t m_minSize = 0;
};

// ---------------------------------------------------------------- conversions

constexpr int kLeft = 1, kSign = 2, kBlank = 4, kAlt = 8, kZero = 16; // F_LJUST F_SIGN F_BLANK F_ALT F_ZERO

// A format's text held in a temporary object while it is written (CPython's `temp`): the object
// (when one was made) and its bytes.
struct Piece {
    Ref temp;
    std::string text;
};

// format_obj (%b, %s): bytes and bytearray as they are, then __bytes__, then any buffer exporter
// copied into new bytes.
bool formatObj(Interpreter& interp, Object* v, Piece& out) {
    if (isBytes(v) || isBytearray(v)) {
        std::string_view view;
        bytesLikeView(v, view);
        out.temp = Ref::borrowed(v);
        out.text.assign(view);
        return true;
    }
    if (Ref func = lookupSpecial(v, "__bytes__")) {
        Ref result = callNoArgs(func.get());
        if (!result) return false;
        if (!isBytes(result.get())) {
            typeError(interp, "__bytes__ returned non-bytes (type " + result->type->name + ")");
            return false;
        }
        out.text.assign(bytesView(result.get()));
        out.temp = std::move(result);
        return true;
    }
    if (errOccurred(interp)) return false;
    if (checkBuffer(v)) { // _PyBytes_FromBuffer
        std::string copy;
        if (!bufferCopyBytes(v, copy)) return false;
        Ref b = newBytesUninit(interp, static_cast<std::int64_t>(copy.size()));
        if (!b) return false;
        if (!copy.empty()) std::memcpy(bytesMutableData(b.get()), copy.data(), copy.size());
        out.text = std::move(copy);
        out.temp = std::move(b);
        return true;
    }
    typeError(interp, "%b requires a bytes-like object, or an object that implements __bytes__, not '" + v->type->name + "'");
    return false;
}

// PyNumber_Check.
bool isNumberLike(Interpreter& interp, Object* o) {
    const NumberSlots* nb = o->type->slots.number;
    return (nb && (nb->index || nb->toInt || nb->toFloat)) || o->type == vmOf(interp).types.complex;
}

// The text _PyUnicode_FormatLong gives an int: sign, the "0x"/"0X"/"0o" prefix when `alt`, the
// digits zero-filled to `prec`.
std::string longText(const BigInt& value, char type, bool alt, std::int64_t prec) {
    const int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    std::string digits = value.abs().toString(base);
    if (prec > static_cast<std::int64_t>(digits.size())) digits.insert(0, static_cast<std::size_t>(prec) - digits.size(), '0');
    std::string text = value.isNegative() ? "-" : "";
    if (alt && base != 10) text += type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
    if (type == 'X')
        for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text + digits;
}

// formatlong: an int, or a number converted by int() (d i u) or __index__ (o x X); any TypeError
// on the way becomes "%d format: a real number is required, not T".
bool formatLong(Interpreter& interp, Object* v, char type, int flags, std::int64_t prec, Piece& out) {
    const bool needIndex = type == 'o' || type == 'x' || type == 'X';
    Ref iv;
    if (isInt(v)) iv = Ref::borrowed(v);
    else if (isNumberLike(interp, v)) {
        iv = needIndex ? numberIndex(v) : numberLong(v);
        if (!iv && !errMatches(interp, vmOf(interp).exc.TypeError)) return false;
        if (iv && !isInt(iv.get())) iv = Ref();
        clearError(interp);
    }
    if (!iv) {
        typeError(interp, std::string("%") + type + " format: " + (needIndex ? "an integer" : "a real number") +
                              " is required, not " + v->type->name);
        return false;
    }
    out.text = longText(intValue(iv.get()), type, flags & kAlt, prec);
    out.temp = newStrFromAscii(interp, out.text);
    return static_cast<bool>(out.temp);
}

// formatfloat's text (PyOS_double_to_string): PyFloat_AsDouble's failure of any kind becomes
// "float argument required, not T".
bool floatText(Interpreter& interp, Object* v, char type, int flags, std::int64_t prec, std::string& out) {
    double x = 0;
    if (!asDouble(v, x)) {
        clearError(interp);
        typeError(interp, "float argument required, not " + v->type->name);
        return false;
    }
    const bool negative = std::signbit(x) && !std::isnan(x);
    out = (negative ? "-" : "") + doubleToString(std::fabs(x), type, prec < 0 ? 6 : static_cast<int>(prec), false, flags & kAlt);
    return true;
}

// byte_converter (%c): a one-byte bytes or bytearray, or an integer 0..255.
bool byteConverter(Interpreter& interp, Object* v, char& out) {
    std::string_view view;
    if ((isBytes(v) || isBytearray(v)) && bytesLikeView(v, view) && view.size() == 1) {
        out = view[0];
        return true;
    }
    Ref iv = isInt(v) ? Ref::borrowed(v) : numberIndex(v);
    if (!iv) {
        if (errMatches(interp, vmOf(interp).exc.TypeError)) {
            clearError(interp);
            typeError(interp, "%c requires an integer in range(256) or a single byte");
        }
        return false;
    }
    std::int64_t ival = -1;
    if (!intAsInt64(iv.get(), ival) || ival < 0 || ival > 255) {
        raiseError(interp, vmOf(interp).exc.OverflowError, "%c arg not in range(256)");
        return false;
    }
    out = static_cast<char>(ival);
    return true;
}

bool isDigit(int c) { return c >= '0' && c <= '9'; }

// ---------------------------------------------------------------- format loop

// The argument cursor of getnextarg: a tuple's items, else the one object (arglen -1, argidx -2).
struct ArgCursor {
    Object* args;
    std::int64_t arglen;
    std::int64_t argidx;

    Object* next(Interpreter& interp) {
        if (argidx < arglen) {
            const std::int64_t i = argidx++;
            return arglen < 0 ? args : tupleItem(args, i);
        }
        typeError(interp, "not enough arguments for format string");
        return nullptr;
    }
};

} // namespace

Ref bytesPercentFormat(Interpreter& interp, std::string_view fmt, Object* argsIn, bool bytearray) {
    VmState& vm = vmOf(interp);
    BytesWriter writer(interp, bytearray);
    if (!writer.prepare(static_cast<std::int64_t>(fmt.size()))) return Ref(); // _PyBytesWriter_Alloc
    writer.overallocate = !bytearray;
    const bool tupleArgs = isTuple(argsIn);
    ArgCursor cur{argsIn, tupleArgs ? tupleSize(argsIn) : -1, tupleArgs ? 0 : -2};
    // A mapping argument (mp_subscript, not tuple/bytes/bytearray/str) serves %(key) specs.
    Object* dict = nullptr;
    if (argsIn->type->slots.subscript && !tupleArgs && !isBytes(argsIn) && !isStr(argsIn) && !isBytearray(argsIn)) dict = argsIn;
    Ref ownedArgs; // the value of the last %(key) lookup, which becomes the arguments

    // `pos` is the next byte to read; at(pos) reads the NUL that ends every bytes buffer at the end.
    const std::size_t end = fmt.size();
    auto at = [&](std::size_t p) -> int { return p < end ? static_cast<signed char>(fmt[p]) : 0; };
    std::size_t pos = 0;
    while (pos < end) {
        if (fmt[pos] != '%') {
            const std::size_t next = fmt.find('%', pos + 1);
            const std::size_t stop = next == std::string_view::npos ? end : next;
            writer.data.append(fmt.substr(pos, stop - pos));
            pos = stop;
            continue;
        }
        ++pos;
        if (at(pos) == '%') {
            writer.data += '%';
            ++pos;
            continue;
        }
        if (at(pos) == '(') {
            if (!dict) {
                typeError(interp, "format requires a mapping");
                return Ref();
            }
            const std::size_t keyStart = ++pos;
            int depth = 1;
            while (depth > 0 && pos < end) {
                if (fmt[pos] == ')') --depth;
                else if (fmt[pos] == '(') ++depth;
                ++pos;
            }
            if (depth > 0) {
                valueError(interp, "incomplete format key");
                return Ref();
            }
            Ref key = newBytes(interp, fmt.substr(keyStart, pos - 1 - keyStart));
            if (!key) return Ref();
            ownedArgs = Ref();
            ownedArgs = getItem(dict, key.get());
            if (!ownedArgs) return Ref();
            cur = ArgCursor{ownedArgs.get(), -1, -2};
        }
        // Flags, width, precision, length modifier; `c` is the byte after them, `ended` when the
        // format ran out first ("incomplete format", after any '*' argument was taken).
        int flags = 0;
        std::int64_t width = -1;
        std::int64_t prec = -1;
        int c = 0;
        bool ended = true;
        auto advance = [&]() {
            if (pos < end) {
                c = at(pos++);
                ended = false;
            } else {
                ended = true;
            }
            return !ended;
        };
        // The decimal number starting at c (a digit) into `out`, c left on the first non-digit;
        // false with ValueError `tooBig` when it would pass `limit`.
        auto readDecimal = [&](std::int64_t& out, std::int64_t limit, const char* tooBig) {
            out = c - '0';
            while (advance() && isDigit(c)) {
                if (out > (limit - (c - '0')) / 10) {
                    valueError(interp, tooBig);
                    return false;
                }
                out = out * 10 + (c - '0');
            }
            return true;
        };
        while (advance()) {
            if (c == '-') flags |= kLeft;
            else if (c == '+') flags |= kSign;
            else if (c == ' ') flags |= kBlank;
            else if (c == '#') flags |= kAlt;
            else if (c == '0') flags |= kZero;
            else break;
        }
        if (!ended && c == '*') {
            Object* w = cur.next(interp);
            if (!w) return Ref();
            if (!isInt(w)) {
                typeError(interp, "* wants int");
                return Ref();
            }
            if (!intAsInt64(w, width)) {
                raiseError(interp, vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
                return Ref();
            }
            if (width < 0) {
                flags |= kLeft;
                width = -width;
            }
            advance();
        } else if (!ended && isDigit(c)) {
            if (!readDecimal(width, INT64_MAX, "width too big")) return Ref();
        }
        if (!ended && c == '.') {
            prec = 0;
            advance();
            if (!ended && c == '*') {
                Object* p = cur.next(interp);
                if (!p) return Ref();
                if (!isInt(p)) {
                    typeError(interp, "* wants int");
                    return Ref();
                }
                if (!intAsInt64(p, prec) || prec > INT32_MAX || prec < INT32_MIN) {
                    raiseError(interp, vm.exc.OverflowError, "Python int too large to convert to C int");
                    return Ref();
                }
                if (prec < 0) prec = 0;
                advance();
            } else if (!ended && isDigit(c)) {
                if (!readDecimal(prec, INT32_MAX, "prec too big")) return Ref();
            }
        }
        if (!ended && (c == 'h' || c == 'l' || c == 'L')) advance();
        if (ended) {
            valueError(interp, "incomplete format");
            return Ref();
        }
        Object* v = cur.next(interp);
        if (!v) return Ref();
        if (pos == end) writer.overallocate = false; // the last write

        Piece piece;
        bool isNumber = false;
        char fill = ' ';
        switch (c) {
        case 'r':
        case 'a': {
            piece.temp = objectAscii(v);
            if (!piece.temp) return Ref();
            piece.text = strToUtf8(piece.temp.get());
            if (prec >= 0 && static_cast<std::int64_t>(piece.text.size()) > prec) piece.text.resize(static_cast<std::size_t>(prec));
            break;
        }
        case 's':
        case 'b':
            if (!formatObj(interp, v, piece)) return Ref();
            if (prec >= 0 && static_cast<std::int64_t>(piece.text.size()) > prec) piece.text.resize(static_cast<std::size_t>(prec));
            break;
        case 'i':
        case 'd':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
            if (v->type == interp.types.int_ && width == -1 && prec == -1 && !(flags & (kSign | kBlank)) && c != 'X') {
                // _PyLong_FormatBytesWriter: the digits reserved and written, no temporary.
                writer.unreserve(2);
                const std::string text = longText(intValue(v), static_cast<char>(c), flags & kAlt, -1);
                if (!writer.prepare(static_cast<std::int64_t>(text.size()))) return Ref();
                writer.data += text;
                continue;
            }
            if (!formatLong(interp, v, static_cast<char>(c), flags, prec, piece)) return Ref();
            isNumber = true;
            if (flags & kZero) fill = '0';
            break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            if (!floatText(interp, v, static_cast<char>(c), flags, prec, piece.text)) return Ref();
            if (width == -1 && prec == -1 && !(flags & (kSign | kBlank))) {
                writer.unreserve(2); // written straight into the writer
                if (!writer.prepare(static_cast<std::int64_t>(piece.text.size()))) return Ref();
                writer.data += piece.text;
                continue;
            }
            piece.temp = newBytes(interp, piece.text);
            if (!piece.temp) return Ref();
            isNumber = true;
            if (flags & kZero) fill = '0';
            break;
        case 'c': {
            char one = 0;
            if (!byteConverter(interp, v, one)) return Ref();
            if (width == -1) {
                writer.data += one;
                continue;
            }
            piece.text.assign(1, one);
            break;
        }
        default:
            // PyErr_Format's %c of the (signed) char: a byte past 0x7f fails in the message itself.
            if (c < 0) {
                raiseError(interp, vm.exc.OverflowError, "character argument not in range(0x110000)");
                return Ref();
            }
            valueError(interp, "unsupported format character '" + std::string(1, static_cast<char>(c)) + "' (0x" +
                                   formatString("%x", static_cast<unsigned>(c)) + ") at index " + std::to_string(pos - 1));
            return Ref();
        }

        // Sign, zero or space padding and the alternate form's prefix, as _PyBytes_FormatEx lays them out.
        std::string_view body = piece.text;
        char sign = 0;
        if (isNumber) {
            if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
                sign = body[0];
                body.remove_prefix(1);
            } else if (flags & kSign) {
                sign = '+';
            } else if (flags & kBlank) {
                sign = ' ';
            }
        }
        auto len = static_cast<std::int64_t>(body.size());
        if (width < len) width = len;
        std::int64_t alloc = width;
        if (sign && len == width) ++alloc;
        if (alloc > 2 && !writer.prepare(alloc - 2)) return Ref();
        std::string& out = writer.data;
        const bool prefixed = (flags & kAlt) && (c == 'o' || c == 'x' || c == 'X');
        if (sign) {
            if (fill != ' ') out += sign;
            if (width > len) --width;
        }
        if (prefixed) {
            if (fill != ' ') {
                out.append(body.substr(0, 2));
                body.remove_prefix(2);
            }
            width = width - 2 < 0 ? 0 : width - 2;
            len -= 2;
        }
        if (width > len && !(flags & kLeft)) {
            out.append(static_cast<std::size_t>(width - len), fill);
            width = len;
        }
        if (fill == ' ') {
            if (sign) out += sign;
            if (prefixed) {
                out.append(body.substr(0, 2));
                body.remove_prefix(2);
            }
        }
        out.append(body.substr(0, static_cast<std::size_t>(len)));
        if (width > len) out.append(static_cast<std::size_t>(width - len), ' ');
        if (dict && cur.argidx < cur.arglen) {
            typeError(interp, "not all arguments converted during bytes formatting");
            return Ref();
        }
    }
    if (cur.argidx < cur.arglen && !dict) {
        typeError(interp, "not all arguments converted during bytes formatting");
        return Ref();
    }
    ownedArgs = Ref();
    return writer.finish();
}

// ---------------------------------------------------------------- binding

namespace {

// bytes_mod / bytearray_mod: NotImplemented unless the left operand is of the type.
Object* bytesMod(Object* a, Object* b) {
    Interpreter& interp = *a->type->interp;
    if (!isBytes(a)) return Ref::borrowed(interp.notImplemented).release();
    return bytesPercentFormat(interp, bytesView(a), b, false).release();
}
Object* bytearrayMod(Object* a, Object* b) {
    Interpreter& interp = *a->type->interp;
    if (!isBytearray(a)) return Ref::borrowed(interp.notImplemented).release();
    const std::string fmt(bytearrayView(a)); // Python code run by the format may resize `a`
    return bytesPercentFormat(interp, fmt, b, true).release();
}

} // namespace

void bindBytesPercent(Interpreter& interp) {
    static NumberSlots bytesNumber;
    bytesNumber.binary[nbop::REMAINDER] = bytesMod;
    interp.types.bytes->slots.number = &bytesNumber;
    static NumberSlots bytearrayNumber;
    bytearrayNumber.binary[nbop::REMAINDER] = bytearrayMod;
    vmOf(interp).types.bytearray->slots.number = &bytearrayNumber;
}

} // namespace hs
