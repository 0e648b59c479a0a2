// Formatting: the format-spec mini-language for int/float/str, float-to-text like
// PyOS_double_to_string, printf-style `%`, and str.format.
//
// Sections: spec parsing · padding/grouping · float text · float · int · complex · str · percent ·
// str.format · binding
#include "runtime/string_format.h"

#include "objects/bytes_format.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/complex_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace hs {

namespace {

void valueError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.ValueError, m); }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }

// ---------------------------------------------------------------- spec parsing

// InternalFormatSpec (Python/formatter_unicode.c).
struct Spec {
    char32_t fill = U' ';
    char32_t align = 0;  // '<', '>', '=', '^' (the type's default when not given)
    char32_t sign = 0;   // '+', '-', ' ' or 0
    bool z = false;      // no_neg_0
    bool alt = false;
    std::int64_t width = -1;
    char grouping = 0;   // thousands_separators: ',' or '_', 0 for none
    int groupEvery = 3;  // 4 for '_' with b/o/x/X (LT_UNDER_FOUR_LOCALE)
    std::int64_t precision = -1;
    char32_t type = 0;
};

// Widest field the host builds: a wider one is MemoryError (CPython's writer fails to allocate it;
// here the host must not try), like the str objects' own host limit.
constexpr std::int64_t kMaxFieldWidth = std::int64_t(1) << 31;

// get_integer: the decimal digits at s[pos..) into out (pos advanced past them). False with
// ValueError when the value would pass PY_SSIZE_T_MAX.
bool parseSpecInteger(Interpreter& interp, const std::u32string& s, std::size_t& pos, std::int64_t& out) {
    out = 0;
    for (; pos < s.size() && s[pos] >= U'0' && s[pos] <= U'9'; ++pos) {
        const int digit = static_cast<int>(s[pos] - U'0');
        if (out > (INT64_MAX - digit) / 10) {
            valueError(interp, "Too many decimal digits in format string");
            return false;
        }
        out = out * 10 + digit;
    }
    return true;
}

bool isAlignChar(char32_t c) { return c == U'<' || c == U'>' || c == U'=' || c == U'^'; }

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) out += static_cast<char>(c);
    else if (c < 0x800) {
        out += static_cast<char>(0xc0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xe0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (c & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (c & 0x3f));
    }
}

// A presentation type in a message: the character when printable ASCII, else "\x%x".
std::string typeCodeText(char32_t c) {
    if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(c));
    return buf;
}

// unknown_presentation_type.
void unknownPresentationType(Interpreter& interp, char32_t type, const std::string& typeName) {
    valueError(interp, "Unknown format code '" + typeCodeText(type) + "' for object of type '" + typeName + "'");
}

// parse_internal_render_format_spec: fill and align, sign, z, #, the '0' flag (zero fill, and '='
// alignment only for types aligned right by default: numbers, not str), width, grouping,
// precision, type; then the grouping/type combination. Nothing type-specific beyond that.
bool parseSpec(Interpreter& interp, const std::u32string& s, char32_t defaultType, char32_t defaultAlign,
               const std::string& typeName, Spec& out) {
    std::size_t pos = 0;
    const std::size_t end = s.size();
    out = Spec{};
    out.align = defaultAlign;
    out.type = defaultType;
    bool alignSpecified = false, fillSpecified = false;
    if (end - pos >= 2 && isAlignChar(s[pos + 1])) {
        out.align = s[pos + 1];
        out.fill = s[pos];
        fillSpecified = alignSpecified = true;
        pos += 2;
    } else if (end - pos >= 1 && isAlignChar(s[pos])) {
        out.align = s[pos];
        alignSpecified = true;
        ++pos;
    }
    if (pos < end && (s[pos] == U'+' || s[pos] == U'-' || s[pos] == U' ')) out.sign = s[pos++];
    if (pos < end && s[pos] == U'z') {
        out.z = true;
        ++pos;
    }
    if (pos < end && s[pos] == U'#') {
        out.alt = true;
        ++pos;
    }
    if (!fillSpecified && pos < end && s[pos] == U'0') {
        out.fill = U'0';
        if (!alignSpecified && defaultAlign == U'>') out.align = U'=';
        ++pos;
    }
    std::size_t start = pos;
    std::int64_t width = 0;
    if (!parseSpecInteger(interp, s, pos, width)) return false;
    out.width = pos > start ? width : -1;
    if (pos < end && s[pos] == U',') {
        out.grouping = ',';
        ++pos;
    }
    if (pos < end && s[pos] == U'_') {
        if (out.grouping) {
            valueError(interp, "Cannot specify both ',' and '_'.");
            return false;
        }
        out.grouping = '_';
        ++pos;
    }
    if (pos < end && s[pos] == U',' && out.grouping == '_') {
        valueError(interp, "Cannot specify both ',' and '_'.");
        return false;
    }
    if (pos < end && s[pos] == U'.') {
        ++pos;
        start = pos;
        std::int64_t precision = 0;
        if (!parseSpecInteger(interp, s, pos, precision)) return false;
        if (pos == start) {
            valueError(interp, "Format specifier missing precision");
            return false;
        }
        out.precision = precision;
    }
    if (end - pos > 1) {
        std::string spec;
        for (char32_t c : s) appendUtf8(spec, c);
        valueError(interp, "Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        return false;
    }
    if (end - pos == 1) out.type = s[pos++];
    if (out.grouping) {
        switch (out.type) {
        case U'd': case U'e': case U'f': case U'g': case U'E': case U'G': case U'%': case U'F': case 0:
            break; // PEP 378
        case U'b': case U'o': case U'x': case U'X':
            if (out.grouping == '_') { // PEP 515: every four digits
                out.groupEvery = 4;
                break;
            }
            [[fallthrough]];
        default:
            valueError(interp, std::string("Cannot specify '") + out.grouping + "' with '" + typeCodeText(out.type) + "'.");
            return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------- padding/grouping

// The host's limit on a field's width (MemoryError), checked where CPython would allocate it.
bool checkFieldWidth(Interpreter& interp, const Spec& spec) {
    if (spec.width <= kMaxFieldWidth) return true;
    interp.setMemoryError();
    return false;
}

std::string repeatFill(char32_t fill, std::int64_t n) {
    std::string out;
    for (std::int64_t i = 0; i < n; ++i) appendUtf8(out, fill);
    return out;
}

// _PyUnicode_InsertThousandsGrouping: `digits` (ASCII) with `sep` between groups of `every` digits
// from the right (sep 0: no grouping), widened with leading '0's to at least minWidth characters.
// Each group is whole: a width that falls on a separator takes one more '0' ('010,.1f' of 1234.5
// gives 0,001,234 before the decimals, one wider than asked).
std::string insertGrouping(std::string_view digits, char sep, int every, std::int64_t minWidth) {
    minWidth = std::max<std::int64_t>(0, minWidth);
    std::string rev; // the result, right to left
    std::int64_t remaining = static_cast<std::int64_t>(digits.size());
    std::size_t next = digits.size(); // digits[next - 1] is the next digit to copy
    bool useSeparator = false;
    auto fill = [&](std::int64_t nChars, std::int64_t nZeros) {
        if (useSeparator) rev += sep;
        for (std::int64_t i = 0; i < nChars; ++i) rev += digits[--next];
        rev.append(static_cast<std::size_t>(nZeros), '0');
    };
    bool broken = false;
    if (sep != 0) {
        for (;;) { // the grouping "\3" (or "\4") repeats its last width
            const std::int64_t len = std::min<std::int64_t>(every, std::max({remaining, minWidth, std::int64_t(1)}));
            const std::int64_t nZeros = std::max<std::int64_t>(0, len - remaining);
            const std::int64_t nChars = std::max<std::int64_t>(0, std::min(remaining, len));
            fill(nChars, nZeros);
            useSeparator = true;
            remaining -= nChars;
            minWidth -= len;
            if (remaining <= 0 && minWidth <= 0) {
                broken = true;
                break;
            }
            minWidth -= 1; // the separator's length
        }
    }
    if (!broken) {
        const std::int64_t len = std::max({remaining, minWidth, std::int64_t(1)});
        fill(std::max<std::int64_t>(0, std::min(remaining, len)), std::max<std::int64_t>(0, len - remaining));
    }
    return std::string(rev.rbegin(), rev.rend());
}

// calc_number_widths + fill_number: <lpadding><sign><prefix><spadding><grouped digits><rest>
// <rpadding>, where `digits` is the integer part (empty for inf, nan and 'c') and `rest` what
// follows it (decimal point, decimals, exponent, '%', or the 'c' character), restLen code points
// long. signChar is '-' for a negative number. With '0' fill and '=' alignment the grouping itself
// widens the digits (min_width), so zeros are grouped like digits.
std::string formatNumber(const Spec& spec, char signChar, const std::string& prefix, std::string_view digits,
                         const std::string& rest, std::int64_t restLen) {
    std::string sign;
    if (spec.sign == U'+') sign = signChar == '-' ? "-" : "+";
    else if (spec.sign == U' ') sign = signChar == '-' ? "-" : " ";
    else if (signChar == '-') sign = "-";
    const std::int64_t nonDigits = static_cast<std::int64_t>(sign.size() + prefix.size()) + restLen;
    const std::int64_t minWidth = spec.fill == U'0' && spec.align == U'=' ? spec.width - nonDigits : 0;
    const std::string grouped = digits.empty() ? std::string() : insertGrouping(digits, spec.grouping, spec.groupEvery, minWidth);
    const std::int64_t padding = spec.width - (nonDigits + static_cast<std::int64_t>(grouped.size()));
    std::int64_t lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (spec.align) {
        case U'<': rpad = padding; break;
        case U'^': lpad = padding / 2; rpad = padding - lpad; break;
        case U'=': spad = padding; break;
        default: lpad = padding; break;
        }
    }
    return repeatFill(spec.fill, lpad) + sign + prefix + repeatFill(spec.fill, spad) + grouped + rest + repeatFill(spec.fill, rpad);
}

// calc_padding + fill_padding around `body` (bodyLen code points), for str and complex.
std::string padField(const Spec& spec, const std::string& body, std::int64_t bodyLen) {
    const std::int64_t total = spec.width > bodyLen ? spec.width : bodyLen;
    std::int64_t lpad = 0;
    if (spec.align == U'>') lpad = total - bodyLen;
    else if (spec.align == U'^') lpad = (total - bodyLen) / 2;
    return repeatFill(spec.fill, lpad) + body + repeatFill(spec.fill, total - bodyLen - lpad);
}

Ref toStr(Interpreter& interp, const std::string& text) { return newStrFromUtf8(interp, text); }

} // namespace

// ---------------------------------------------------------------- float text

std::string doubleToString(double x, char type, int precision, bool addDot0, bool alt) {
    if (std::isnan(x)) return (type == 'E' || type == 'F' || type == 'G') ? "NAN" : "nan";
    if (std::isinf(x)) return std::string(x < 0 ? "-" : "") + ((type == 'E' || type == 'F' || type == 'G') ? "INF" : "inf");
    const bool upper = type == 'E' || type == 'F' || type == 'G';
    const char lower = static_cast<char>(upper ? type + 32 : type);
    if (lower == 'r') {
        std::string r = floatReprString(x);
        if (alt && r.find('.') == std::string::npos) { // Py_DTSF_ALT: the point is always shown
            const std::size_t e = r.find('e');
            if (e == std::string::npos) r += ".";
            else r.insert(e, ".");
        }
        return r;
    }
    char buf[512];
    if (lower == 'f') {
        std::snprintf(buf, sizeof buf, alt ? "%#.*f" : "%.*f", precision, x);
        std::string s = buf;
        if (addDot0 && s.find('.') == std::string::npos) s += ".0";
        return s;
    }
    if (lower == 'e') {
        std::snprintf(buf, sizeof buf, alt ? (upper ? "%#.*E" : "%#.*e") : (upper ? "%.*E" : "%.*e"), precision, x);
        return buf;
    }
    // 'g': significant digits, exponent when decpt <= -4 or decpt > precision (precision-1 with addDot0).
    if (precision == 0) precision = 1;
    std::snprintf(buf, sizeof buf, "%.*e", precision - 1, x);
    std::string s = buf;
    const bool neg = s[0] == '-';
    if (neg) s = s.substr(1);
    const auto epos = s.find('e');
    std::string mant = s.substr(0, epos);
    const int exp10 = std::atoi(s.c_str() + epos + 1);
    std::string digits;
    for (char c : mant)
        if (c != '.') digits += c;
    if (!alt)
        while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    const int decpt = exp10 + 1;
    const bool useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
    std::string out = neg ? "-" : "";
    if (useExp) {
        out += digits[0];
        if (digits.size() > 1 || alt) out += "." + digits.substr(1);
        char e[16];
        std::snprintf(e, sizeof e, "%c%+03d", upper ? 'E' : 'e', exp10);
        out += e;
    } else if (decpt <= 0) {
        out += "0." + std::string(static_cast<std::size_t>(-decpt), '0') + digits;
    } else if (static_cast<std::size_t>(decpt) >= digits.size()) {
        out += digits + std::string(static_cast<std::size_t>(decpt) - digits.size(), '0');
        if (alt) out += ".";
        else if (addDot0) out += ".0";
    } else {
        out += digits.substr(0, static_cast<std::size_t>(decpt)) + "." + digits.substr(static_cast<std::size_t>(decpt));
    }
    if (alt && useExp == false && precision > static_cast<int>(digits.size())) {
        // '#g' keeps trailing zeros up to the precision.
    }
    return out;
}

// ---------------------------------------------------------------- float

namespace {

// Py_DTSF_NO_NEG_0 (the 'z' option): a finite value whose digits all rounded to zero loses its
// sign; inf and nan keep theirs.
double zeroIfRoundedToZero(const Spec& spec, const std::string& digits, double x) {
    if (!spec.z || !std::isfinite(x)) return x;
    for (char c : digits)
        if (c >= '1' && c <= '9') return x;
    return 0.0;
}

// parse_number: the length of the leading run of decimal digits (the integer part; what follows
// is the remainder, decimal point included).
std::size_t integerPartLength(const std::string& text) {
    std::size_t n = 0;
    while (n < text.size() && text[n] >= '0' && text[n] <= '9') ++n;
    return n;
}

// format_float_internal with the spec already parsed (the type one of "eEfFgGn%" or none).
Ref formatFloatInternal(Interpreter& interp, double x, const Spec& spec) {
    if (spec.precision > INT32_MAX) {
        valueError(interp, "precision too big");
        return Ref();
    }
    char type = static_cast<char>(spec.type);
    bool addDot0 = false;
    int defaultPrecision = 6;
    if (type == 0) {
        addDot0 = true;
        type = 'r';
        defaultPrecision = 0;
    }
    if (type == 'n') type = 'g';
    bool percent = false;
    if (type == '%') {
        x *= 100;
        type = 'f';
        percent = true;
    }
    int precision = static_cast<int>(spec.precision);
    if (precision < 0) precision = defaultPrecision;
    else if (type == 'r') type = 'g';
    std::string text = doubleToString(std::fabs(x), type, precision, addDot0, spec.alt);
    x = zeroIfRoundedToZero(spec, text, x);
    const bool negative = std::signbit(x) && !std::isnan(x); // the sign of a nan is ignored
    if (percent) text += "%";
    if (!checkFieldWidth(interp, spec)) return Ref();
    const std::size_t intEnd = integerPartLength(text);
    const std::string rest = text.substr(intEnd);
    return toStr(interp, formatNumber(spec, negative ? '-' : 0, "", std::string_view(text).substr(0, intEnd), rest,
                                      static_cast<std::int64_t>(rest.size())));
}

} // namespace

Ref formatFloat(Interpreter& interp, Object* value, Object* specObj) {
    const std::u32string specText = strToCodePoints(specObj);
    if (specText.empty()) return objectStr(value);
    Spec spec;
    if (!parseSpec(interp, specText, 0, U'>', value->type->name, spec)) return Ref();
    switch (spec.type) {
    case 0: case U'e': case U'E': case U'f': case U'F': case U'g': case U'G': case U'n': case U'%':
        return formatFloatInternal(interp, floatValue(value), spec);
    default:
        unknownPresentationType(interp, spec.type, value->type->name);
        return Ref();
    }
}

// ---------------------------------------------------------------- int

namespace {

// format_long_internal: no precision, no 'z'; 'c' takes no sign and no '#' and a C long in
// range(0x110000); otherwise the digits in the type's base with an optional 0b/0o/0x prefix.
Ref formatLongInternal(Interpreter& interp, Object* value, const Spec& spec) {
    if (spec.precision != -1) {
        valueError(interp, "Precision not allowed in integer format specifier");
        return Ref();
    }
    if (spec.z) {
        valueError(interp, "Negative zero coercion (z) not allowed in integer format specifier");
        return Ref();
    }
    const BigInt& v = intValue(value);
    if (spec.type == U'c') {
        if (spec.sign) {
            valueError(interp, "Sign not allowed with integer format specifier 'c'");
            return Ref();
        }
        if (spec.alt) {
            valueError(interp, "Alternate form (#) not allowed with integer format specifier 'c'");
            return Ref();
        }
        if (!v.fitsInt64()) { // PyLong_AsLong
            raiseError(interp, vmOf(interp).exc.OverflowError, "Python int too large to convert to C long");
            return Ref();
        }
        const std::int64_t cp = v.small();
        if (cp < 0 || cp > 0x10ffff) {
            raiseError(interp, vmOf(interp).exc.OverflowError, "%c arg not in range(0x110000)");
            return Ref();
        }
        if (!checkFieldWidth(interp, spec)) return Ref();
        std::string ch;
        appendUtf8(ch, static_cast<char32_t>(cp));
        return toStr(interp, formatNumber(spec, 0, "", {}, ch, 1));
    }
    int base = 10;
    std::string prefix;
    switch (spec.type) {
    case U'b': base = 2; prefix = "0b"; break;
    case U'o': base = 8; prefix = "0o"; break;
    case U'x': base = 16; prefix = "0x"; break;
    case U'X': base = 16; prefix = "0X"; break;
    default: break; // 'd', 'n' (the C locale: no grouping)
    }
    std::string digits;
    if (base == 10) { // _PyLong_Format in base 10 has the int max str digits limit
        if (!intToDecimalChecked(interp, value, digits)) return Ref();
        if (!digits.empty() && digits[0] == '-') digits.erase(0, 1);
    } else {
        digits = v.abs().toString(base);
    }
    if (spec.type == U'X')
        for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!checkFieldWidth(interp, spec)) return Ref();
    return toStr(interp, formatNumber(spec, v.isNegative() ? '-' : 0, spec.alt ? prefix : "", digits, "", 0));
}

} // namespace

Ref formatInt(Interpreter& interp, Object* value, Object* specObj) {
    const std::u32string specText = strToCodePoints(specObj);
    if (specText.empty()) return objectStr(value);
    Spec spec;
    if (!parseSpec(interp, specText, U'd', U'>', value->type->name, spec)) return Ref();
    switch (spec.type) {
    case U'b': case U'c': case U'd': case U'o': case U'x': case U'X': case U'n':
        return formatLongInternal(interp, value, spec);
    case U'e': case U'E': case U'f': case U'F': case U'g': case U'G': case U'%': {
        double d = 0; // PyNumber_Float
        if (!intAsDouble(interp, value, d)) return Ref();
        return formatFloatInternal(interp, d, spec);
    }
    default:
        unknownPresentationType(interp, spec.type, value->type->name);
        return Ref();
    }
}

// ---------------------------------------------------------------- complex

// format_complex_internal: the presentation type first, then no zero padding and no '='
// alignment; without a type, like str(z) (repr digits, parentheses unless the real part is +0 and
// omitted); the imaginary part always carries its sign when the real part is shown; each part
// grouped without a minimum width, the whole padded.
Ref formatComplex(Interpreter& interp, Object* value, Object* specObj) {
    const std::u32string specText = strToCodePoints(specObj);
    if (specText.empty()) return objectStr(value);
    Spec spec;
    if (!parseSpec(interp, specText, 0, U'>', value->type->name, spec)) return Ref();
    switch (spec.type) {
    case 0: case U'e': case U'E': case U'f': case U'F': case U'g': case U'G': case U'n': break;
    default:
        unknownPresentationType(interp, spec.type, value->type->name);
        return Ref();
    }
    if (spec.precision > INT32_MAX) {
        valueError(interp, "precision too big");
        return Ref();
    }
    if (spec.fill == U'0') {
        valueError(interp, "Zero padding is not allowed in complex format specifier");
        return Ref();
    }
    if (spec.align == U'=') {
        valueError(interp, "'=' alignment flag is not allowed in complex format specifier");
        return Ref();
    }
    double re = complexReal(value), im = complexImag(value);
    char type = static_cast<char>(spec.type);
    int precision = static_cast<int>(spec.precision);
    bool skipRe = false, parens = false;
    int defaultPrecision = 6;
    if (type == 0) {
        type = 'r';
        defaultPrecision = 0;
        if (re == 0.0 && !std::signbit(re)) skipRe = true;
        else parens = true;
    }
    if (type == 'n') type = 'g';
    if (precision < 0) precision = defaultPrecision;
    else if (type == 'r') type = 'g';
    Spec partSpec = spec; // tmp_format: no padding while the parts are composed
    partSpec.fill = 0;
    partSpec.align = U'<';
    partSpec.width = -1;
    auto part = [&](double x, char32_t sign) {
        std::string text = doubleToString(std::fabs(x), type, precision, false, spec.alt);
        if (type == 'r' && std::isfinite(x)) {
            // PyOS_double_to_string(x, 'r', 0, flags): repr digits without the ".0"; '#' keeps a point.
            if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
            if (spec.alt && text.find('.') == std::string::npos) {
                const std::size_t e = text.find('e');
                if (e == std::string::npos) text += ".";
                else text.insert(e, ".");
            }
        }
        x = zeroIfRoundedToZero(spec, text, x);
        const bool negative = std::signbit(x) && !std::isnan(x);
        partSpec.sign = sign;
        const std::size_t intEnd = integerPartLength(text);
        const std::string rest = text.substr(intEnd);
        return formatNumber(partSpec, negative ? '-' : 0, "", std::string_view(text).substr(0, intEnd), rest,
                            static_cast<std::int64_t>(rest.size()));
    };
    const std::string reText = skipRe ? std::string() : part(re, spec.sign);
    const std::string imText = part(im, skipRe ? spec.sign : U'+');
    std::string body = (parens ? "(" : "") + reText + imText + "j" + (parens ? ")" : "");
    if (!checkFieldWidth(interp, spec)) return Ref();
    return toStr(interp, padField(spec, body, static_cast<std::int64_t>(body.size()))); // ASCII
}

// ---------------------------------------------------------------- str

// format_string_internal: the spec parsed with str's defaults (type 's', '<': a '0' flag only
// sets the fill), then no sign (a space has its own message), no 'z', no '#', no '='.
Ref formatStr(Interpreter& interp, Object* value, Object* specObj) {
    const std::u32string specText = strToCodePoints(specObj);
    if (specText.empty()) return objectStr(value);
    Spec spec;
    if (!parseSpec(interp, specText, U's', U'<', value->type->name, spec)) return Ref();
    if (spec.type != U's') {
        unknownPresentationType(interp, spec.type, value->type->name);
        return Ref();
    }
    if (spec.sign) {
        valueError(interp, spec.sign == U' ' ? "Space not allowed in string format specifier"
                                             : "Sign not allowed in string format specifier");
        return Ref();
    }
    if (spec.z) {
        valueError(interp, "Negative zero coercion (z) not allowed in string format specifier");
        return Ref();
    }
    if (spec.alt) {
        valueError(interp, "Alternate form (#) not allowed in string format specifier");
        return Ref();
    }
    if (spec.align == U'=') {
        valueError(interp, "'=' alignment not allowed in string format specifier");
        return Ref();
    }
    // format_string_internal's fast path: no padding and no truncation write the str itself (a
    // whole str into an empty writer is kept, not copied: _PyUnicodeWriter_WriteStr's read-only case).
    const std::int64_t len = strLength(value);
    if ((spec.width < 0 || spec.width <= len) && (spec.precision < 0 || spec.precision >= len)) return Ref::borrowed(value);
    if (!checkFieldWidth(interp, spec)) return Ref();
    std::u32string cps = strToCodePoints(value);
    if (spec.precision >= 0 && static_cast<std::int64_t>(cps.size()) > spec.precision) cps.resize(static_cast<std::size_t>(spec.precision));
    std::string body;
    for (char32_t c : cps) appendUtf8(body, c);
    return toStr(interp, padField(spec, body, static_cast<std::int64_t>(cps.size())));
}

// ---------------------------------------------------------------- percent

namespace {

bool formatPercentNumber(Interpreter& interp, Object* v, char c, bool alt, Ref& numOut, std::string& digits, bool& negative) {
    VmState& vm = vmOf(interp);
    if (c == 'd' || c == 'i' || c == 'u') {
        Ref iv;
        if (isInt(v)) iv = Ref::borrowed(v);
        else if (hasIndex(v) || (v->type->slots.number && v->type->slots.number->toInt)) iv = numberLong(v);
        else {
            typeError(interp, std::string("%") + c + " format: a real number is required, not " + v->type->name);
            return false;
        }
        if (!iv) return false;
        negative = intValue(iv.get()).isNegative();
        if (!intToDecimalChecked(interp, iv.get(), digits)) return false;
        if (!digits.empty() && digits[0] == '-') digits.erase(0, 1);
        numOut = iv;
        return true;
    }
    // x X o
    if (!hasIndex(v)) {
        typeError(interp, std::string("%") + c + " format: an integer is required, not " + v->type->name);
        return false;
    }
    Ref iv = numberIndex(v);
    if (!iv) return false;
    negative = intValue(iv.get()).isNegative();
    digits = intValue(iv.get()).abs().toString(c == 'o' ? 8 : 16);
    if (c == 'X')
        for (char& ch : digits) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (alt) digits = std::string(c == 'o' ? "0o" : c == 'x' ? "0x" : "0X") + digits;
    (void)vm;
    return true;
}

} // namespace

Ref percentFormat(Interpreter& interp, Object* fmtObj, Object* args) {
    VmState& vm = vmOf(interp);
    const std::u32string fmt = strToCodePoints(fmtObj);
    std::string out;
    // _PyUnicodeWriter's read-only case: the writer asks no over-allocation for the format's last
    // piece, and a whole str written then into the still empty writer is kept, not copied, and is
    // the result: a format without any '%' gives itself, a final '%s' alone its (str) argument.
    Ref kept{};
    const bool tupleArgs = isTuple(args);
    const std::int64_t argCount = tupleArgs ? tupleSize(args) : 1;
    std::int64_t argIdx = 0;
    const bool mapping = !tupleArgs && !isStr(args) && (isDict(args) || (args->type->slots.subscript && !isTuple(args)));
    bool usedMapping = false;
    auto nextArg = [&]() -> Object* {
        if (argIdx >= argCount) {
            typeError(interp, "not enough arguments for format string");
            return nullptr;
        }
        return tupleArgs ? tupleItem(args, argIdx++) : (argIdx++, args);
    };
    std::size_t i = 0;
    while (i < fmt.size()) {
        const char32_t ch = fmt[i];
        if (ch != U'%') {
            appendUtf8(out, ch);
            ++i;
            continue;
        }
        const std::size_t start = i;
        ++i;
        if (i >= fmt.size()) {
            valueError(interp, "incomplete format");
            return Ref();
        }
        Ref keyed;
        if (fmt[i] == U'(') {
            if (!mapping) {
                typeError(interp, "format requires a mapping");
                return Ref();
            }
            int depth = 1;
            std::size_t kstart = ++i;
            while (i < fmt.size() && depth) {
                if (fmt[i] == U'(') ++depth;
                else if (fmt[i] == U')') --depth;
                ++i;
            }
            if (depth) {
                valueError(interp, "incomplete format key");
                return Ref();
            }
            std::string key;
            for (std::size_t k = kstart; k < i - 1; ++k) appendUtf8(key, fmt[k]);
            Ref keyObj = newStrFromUtf8(interp, key);
            keyed = getItem(args, keyObj.get());
            if (!keyed) return Ref();
            usedMapping = true;
        }
        bool left = false, plus = false, space = false, alt = false, zero = false;
        for (; i < fmt.size(); ++i) {
            const char32_t f = fmt[i];
            if (f == U'-') left = true;
            else if (f == U'+') plus = true;
            else if (f == U' ') space = true;
            else if (f == U'#') alt = true;
            else if (f == U'0') zero = true;
            else break;
        }
        std::int64_t width = -1, prec = -1;
        if (i < fmt.size() && fmt[i] == U'*') {
            Object* w = nextArg();
            if (!w) return Ref();
            if (!isInt(w)) {
                typeError(interp, "* wants int");
                return Ref();
            }
            intAsInt64(w, width);
            if (width < 0) {
                left = true;
                width = -width;
            }
            ++i;
        } else {
            for (; i < fmt.size() && fmt[i] >= U'0' && fmt[i] <= U'9'; ++i) {
                const int digit = static_cast<int>(fmt[i] - U'0');
                if (width > (INT64_MAX - digit) / 10) {
                    valueError(interp, "width too big");
                    return Ref();
                }
                width = (width < 0 ? 0 : width) * 10 + digit;
            }
        }
        if (i < fmt.size() && fmt[i] == U'.') {
            ++i;
            prec = 0;
            if (i < fmt.size() && fmt[i] == U'*') {
                Object* p = nextArg();
                if (!p) return Ref();
                if (!isInt(p)) {
                    typeError(interp, "* wants int");
                    return Ref();
                }
                intAsInt64(p, prec);
                ++i;
            } else {
                for (; i < fmt.size() && fmt[i] >= U'0' && fmt[i] <= U'9'; ++i) {
                    const int digit = static_cast<int>(fmt[i] - U'0');
                    if (prec > (INT64_MAX - digit) / 10) {
                        valueError(interp, "precision too big");
                        return Ref();
                    }
                    prec = prec * 10 + digit;
                }
            }
        }
        if (i >= fmt.size()) {
            valueError(interp, "incomplete format");
            return Ref();
        }
        const char32_t conv = fmt[i++];
        if (conv == U'%') {
            out += '%';
            continue;
        }
        Object* v = keyed ? keyed.get() : nextArg();
        if (!v) return Ref();
        std::string body;
        std::string sign;
        bool numeric = false;
        switch (conv) {
        case U's':
        case U'r':
        case U'a': {
            Ref s = conv == U's' ? objectStr(v) : conv == U'r' ? objectRepr(v) : objectAscii(v);
            if (!s) return Ref();
            const std::int64_t slen = strLength(s.get());
            // unicode_format_arg_output's fast path (no padding, no truncation, no sign flags) writes the str.
            if (out.empty() && i == fmt.size() && slen > 0 && (width < 0 || width <= slen) && (prec < 0 || prec >= slen) &&
                !plus && !space)
                kept = s;
            std::u32string cps = strToCodePoints(s.get());
            if (prec >= 0 && static_cast<std::int64_t>(cps.size()) > prec) cps.resize(static_cast<std::size_t>(prec));
            for (char32_t c : cps) appendUtf8(body, c);
            break;
        }
        case U'c': {
            char32_t c = 0;
            if (isStr(v) && strLength(v) == 1) c = strCharAt(v, 0);
            else if (isInt(v)) {
                std::int64_t cp = -1;
                if (!intAsInt64(v, cp) || cp < 0 || cp > 0x10ffff) {
                    raiseError(interp, vm.exc.OverflowError, "%c arg not in range(0x110000)");
                    return Ref();
                }
                c = static_cast<char32_t>(cp);
            } else {
                typeError(interp, "%c requires int or char");
                return Ref();
            }
            appendUtf8(body, c);
            break;
        }
        case U'd':
        case U'i':
        case U'u':
        case U'x':
        case U'X':
        case U'o': {
            Ref num;
            bool negative = false;
            if (!formatPercentNumber(interp, v, static_cast<char>(conv), alt, num, body, negative)) return Ref();
            if (prec >= 0 && static_cast<std::int64_t>(body.size()) < prec) body = std::string(static_cast<std::size_t>(prec) - body.size(), '0') + body;
            sign = negative ? "-" : plus ? "+" : space ? " " : "";
            numeric = true;
            break;
        }
        case U'e':
        case U'E':
        case U'f':
        case U'F':
        case U'g':
        case U'G': {
            double d = 0;
            if (isFloat(v)) d = floatValue(v);
            else {
                Ref f = isInt(v) || (v->type->slots.number && (v->type->slots.number->toFloat || v->type->slots.number->index)) ? numberFloat(v) : Ref();
                if (!f) {
                    if (!errOccurred(interp)) typeError(interp, "must be real number, not " + v->type->name);
                    return Ref();
                }
                d = floatValue(f.get());
            }
            body = doubleToString(std::fabs(d), static_cast<char>(conv), prec < 0 ? 6 : static_cast<int>(prec), false, alt);
            sign = (std::signbit(d) && !std::isnan(d)) ? "-" : plus ? "+" : space ? " " : "";
            numeric = true;
            break;
        }
        default: {
            std::string c;
            appendUtf8(c, conv);
            valueError(interp, formatString("unsupported format character '%s' (0x%x) at index %lld", c.c_str(),
                                            static_cast<unsigned>(conv), static_cast<long long>(i - 1)));
            return Ref();
        }
        }
        (void)start;
        std::int64_t len = 0;
        for (unsigned char b : body) len += (b & 0xc0) != 0x80;
        len += static_cast<std::int64_t>(sign.size());
        if (width > kMaxFieldWidth) {
            interp.setMemoryError();
            return Ref();
        }
        if (width > len) {
            const std::size_t pad = static_cast<std::size_t>(width - len);
            if (left) out += sign + body + std::string(pad, ' ');
            else if (zero && numeric) out += sign + std::string(pad, '0') + body;
            else out += std::string(pad, ' ') + sign + body;
        } else {
            out += sign + body;
        }
    }
    if (argIdx < argCount && !usedMapping && !mapping) {
        typeError(interp, "not all arguments converted during string formatting");
        return Ref();
    }
    if (kept) return kept;
    if (!fmt.empty() && fmt.find(U'%') == std::u32string::npos) return Ref::borrowed(fmtObj);
    return newStrFromUtf8(interp, out);
}

// ---------------------------------------------------------------- str.format

namespace {

struct FormatCtx {
    Interpreter& interp;
    Object* const* args;
    std::int64_t nargs;
    Object* kwnames;
    Object* mapping; // format_map
    int autoNumber = 0; // 0 unknown, 1 auto, 2 manual
    // The last field's formatted str when it was the first text written (do_markup turns the
    // writer's over-allocation off for the last piece, so _PyUnicodeWriter_WriteStr keeps it):
    // the result itself.
    Ref kept{};
    std::int64_t nextAuto = 0;
};

Ref lookupField(FormatCtx& ctx, const std::u32string& name) {
    Interpreter& interp = ctx.interp;
    std::size_t i = 0;
    while (i < name.size() && name[i] != U'.' && name[i] != U'[') ++i;
    const std::u32string first = name.substr(0, i);
    Ref obj;
    bool numeric = !first.empty();
    for (char32_t c : first) numeric = numeric && c >= U'0' && c <= U'9';
    if (first.empty()) {
        if (ctx.autoNumber == 2) {
            valueError(interp, "cannot switch from manual field specification to automatic field numbering");
            return Ref();
        }
        ctx.autoNumber = 1;
        const std::int64_t idx = ctx.nextAuto++;
        if (ctx.mapping || idx >= ctx.nargs) {
            raiseError(interp, vmOf(interp).exc.IndexError,
                       formatString("Replacement index %lld out of range for positional args tuple", static_cast<long long>(idx)));
            return Ref();
        }
        obj = Ref::borrowed(ctx.args[idx]);
    } else if (numeric) {
        if (ctx.autoNumber == 1) {
            valueError(interp, "cannot switch from automatic field numbering to manual field specification");
            return Ref();
        }
        ctx.autoNumber = 2;
        std::int64_t idx = 0;
        for (char32_t c : first) idx = idx * 10 + (c - U'0');
        if (ctx.mapping || idx >= ctx.nargs) {
            raiseError(interp, vmOf(interp).exc.IndexError,
                       formatString("Replacement index %lld out of range for positional args tuple", static_cast<long long>(idx)));
            return Ref();
        }
        obj = Ref::borrowed(ctx.args[idx]);
    } else {
        Ref key = newStrFromCodePoints(interp, first);
        if (ctx.mapping) {
            obj = getItem(ctx.mapping, key.get());
            if (!obj) return Ref();
        } else {
            for (std::int64_t k = 0; k < kwCount(ctx.kwnames); ++k)
                if (strEqual(tupleItem(ctx.kwnames, k), key.get())) obj = Ref::borrowed(ctx.args[ctx.nargs + k]);
            if (!obj) {
                raiseKeyError(interp, key.get());
                return Ref();
            }
        }
    }
    while (i < name.size()) {
        if (name[i] == U'.') {
            std::size_t j = ++i;
            while (i < name.size() && name[i] != U'.' && name[i] != U'[') ++i;
            if (i == j) {
                valueError(interp, "Empty attribute in format string");
                return Ref();
            }
            Ref attr = newStrFromCodePoints(interp, name.substr(j, i - j));
            obj = getAttr(obj.get(), attr.get());
        } else {
            std::size_t j = ++i;
            while (i < name.size() && name[i] != U']') ++i;
            if (i >= name.size()) {
                valueError(interp, "Missing ']' in format string");
                return Ref();
            }
            const std::u32string key = name.substr(j, i - j);
            ++i;
            bool num = !key.empty();
            for (char32_t c : key) num = num && c >= U'0' && c <= U'9';
            Ref k;
            if (num) {
                std::int64_t v = 0;
                for (char32_t c : key) v = v * 10 + (c - U'0');
                k = newInt(interp, v);
            } else {
                k = newStrFromCodePoints(interp, key);
            }
            obj = getItem(obj.get(), k.get());
        }
        if (!obj) return Ref();
    }
    return obj;
}

bool renderFormat(FormatCtx& ctx, const std::u32string& fmt, std::string& out, int depth) {
    Interpreter& interp = ctx.interp;
    if (depth > 2) {
        valueError(interp, "Max string recursion exceeded");
        return false;
    }
    std::size_t i = 0;
    while (i < fmt.size()) {
        const char32_t c = fmt[i];
        if (c == U'{') {
            if (i + 1 < fmt.size() && fmt[i + 1] == U'{') {
                out += '{';
                i += 2;
                continue;
            }
            if (i + 1 == fmt.size()) {
                valueError(interp, "Single '{' encountered in format string");
                return false;
            }
            // Find the matching '}' (format specs may nest one level of {}).
            std::size_t j = i + 1;
            int nest = 1;
            while (j < fmt.size() && nest) {
                if (fmt[j] == U'{') ++nest;
                else if (fmt[j] == U'}') --nest;
                if (nest) ++j;
            }
            if (j >= fmt.size()) {
                // parse_field's errors for an unterminated field: where the scan of the field
                // name stopped ('!' conversion, ':' spec, or the end) picks the message.
                std::size_t k = i + 1;
                for (int bracket = 0; k < fmt.size(); ++k) {
                    if (fmt[k] == U'[') ++bracket;
                    else if (fmt[k] == U']') --bracket;
                    else if (!bracket && (fmt[k] == U'!' || fmt[k] == U':' || fmt[k] == U'{')) break;
                }
                const char* message = "expected '}' before end of string";
                if (k < fmt.size() && fmt[k] == U':') message = "unmatched '{' in format spec";
                else if (k < fmt.size() && fmt[k] == U'!') {
                    if (k + 1 >= fmt.size()) message = "end of string while looking for conversion specifier";
                    else if (k + 2 < fmt.size() && fmt[k + 2] != U':') message = "expected ':' after conversion specifier";
                    else message = "unmatched '{' in format spec";
                }
                valueError(interp, message);
                return false;
            }
            const std::u32string field = fmt.substr(i + 1, j - i - 1);
            i = j + 1;
            // field_name [! conversion] [: spec]
            std::size_t k = 0;
            int bracket = 0;
            while (k < field.size()) {
                if (field[k] == U'[') ++bracket;
                else if (field[k] == U']') --bracket;
                else if (!bracket && (field[k] == U'!' || field[k] == U':')) break;
                ++k;
            }
            const std::u32string name = field.substr(0, k);
            char32_t conversion = 0;
            std::u32string spec;
            if (k < field.size() && field[k] == U'!') {
                if (k + 1 >= field.size()) {
                    valueError(interp, "end of string while looking for conversion specifier");
                    return false;
                }
                conversion = field[k + 1];
                k += 2;
                if (k < field.size() && field[k] != U':') {
                    valueError(interp, "expected ':' after conversion specifier");
                    return false;
                }
            }
            if (k < field.size() && field[k] == U':') spec = field.substr(k + 1);
            Ref obj = lookupField(ctx, name);
            if (!obj) return false;
            if (conversion) {
                if (conversion == U'r') obj = objectRepr(obj.get());
                else if (conversion == U's') obj = objectStr(obj.get());
                else if (conversion == U'a') obj = objectAscii(obj.get());
                else {
                    std::string cs;
                    appendUtf8(cs, conversion);
                    valueError(interp, "Unknown conversion specifier " + cs);
                    return false;
                }
                if (!obj) return false;
            }
            std::string renderedSpec;
            if (!renderFormat(ctx, spec, renderedSpec, depth + 1)) return false;
            Ref specObj = newStrFromUtf8(interp, renderedSpec);
            Ref formatted = objectFormat(obj.get(), specObj.get());
            if (!formatted) return false;
            if (depth == 0 && out.empty() && i == fmt.size() && strLength(formatted.get()) > 0) ctx.kept = formatted;
            out += strToUtf8(formatted.get());
            continue;
        }
        if (c == U'}') {
            if (i + 1 < fmt.size() && fmt[i + 1] == U'}') {
                out += '}';
                i += 2;
                continue;
            }
            valueError(interp, "Single '}' encountered in format string");
            return false;
        }
        appendUtf8(out, c);
        ++i;
    }
    return true;
}

} // namespace

namespace {
// build_string's result: the kept str, or the format itself when it is one literal (no braces at
// all: its one write is the whole format string, kept as it is), else the text built.
Ref formatResult(FormatCtx& ctx, Object* fmt, const std::u32string& text, const std::string& out) {
    if (ctx.kept) return std::move(ctx.kept);
    if (!text.empty() && text.find_first_of(U"{}") == std::u32string::npos) return Ref::borrowed(fmt);
    return newStrFromUtf8(ctx.interp, out);
}
} // namespace

Ref strFormatMethod(Interpreter& interp, Object* fmt, Object* const* args, std::int64_t nargs, Object* kwnames) {
    FormatCtx ctx{interp, args, nargs, kwnames, nullptr};
    const std::u32string text = strToCodePoints(fmt);
    std::string out;
    if (!renderFormat(ctx, text, out, 0)) return Ref();
    return formatResult(ctx, fmt, text, out);
}

Ref strFormatMap(Interpreter& interp, Object* fmt, Object* mapping) {
    FormatCtx ctx{interp, nullptr, 0, nullptr, mapping};
    const std::u32string text = strToCodePoints(fmt);
    std::string out;
    if (!renderFormat(ctx, text, out, 0)) return Ref();
    return formatResult(ctx, fmt, text, out);
}

// ---------------------------------------------------------------- binding

namespace {

bool checkSpecArg(Interpreter& interp, Object* spec) {
    if (isStr(spec)) return true;
    typeError(interp, "format() argument 2 must be str, not " + spec->type->name);
    return false;
}

Object* intFormatM(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    if (!checkSpecArg(interp, args[0])) return nullptr;
    return formatInt(interp, self, args[0]).release();
}
Object* floatFormatM(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    if (!checkSpecArg(interp, args[0])) return nullptr;
    return formatFloat(interp, self, args[0]).release();
}
Object* complexFormatM(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    if (!checkSpecArg(interp, args[0])) return nullptr;
    return formatComplex(interp, self, args[0]).release();
}
Object* strFormatSpecM(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    if (!checkSpecArg(interp, args[0])) return nullptr;
    return formatStr(interp, self, args[0]).release();
}
Object* strFormatM(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    return strFormatMethod(*self->type->interp, self, args, nargs, kwnames).release();
}
Object* strFormatMapM(Object* self, Object* const* args, std::int64_t, Object*) {
    return strFormatMap(*self->type->interp, self, args[0]).release();
}

const MethodDef kIntFormat[] = {{"__format__", intFormatM, meth::kO}, {nullptr, nullptr, 0}};
const MethodDef kFloatFormat[] = {{"__format__", floatFormatM, meth::kO}, {nullptr, nullptr, 0}};
const MethodDef kComplexFormat[] = {{"__format__", complexFormatM, meth::kO}, {nullptr, nullptr, 0}};
const MethodDef kStrFormat[] = {{"__format__", strFormatSpecM, meth::kO},
                                {"format", strFormatM, meth::kFastcall | meth::kKeywords | meth::kVarargs},
                                {"format_map", strFormatMapM, meth::kO},
                                {nullptr, nullptr, 0}};

Object* strMod(Object* a, Object* b) {
    Interpreter& interp = *a->type->interp;
    if (!isStr(a)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    return percentFormat(interp, a, b).release();
}

} // namespace

void bindFormatMethods(Interpreter& interp) {
    addMethods(interp, interp.types.int_, kIntFormat);
    addMethods(interp, interp.types.float_, kFloatFormat);
    if (TypeObject* complexType = vmOf(interp).types.complex) addMethods(interp, complexType, kComplexFormat);
    addMethods(interp, interp.types.str, kStrFormat);
    static NumberSlots strNumber;
    strNumber.binary[nbop::REMAINDER] = strMod;
    interp.types.str->slots.number = &strNumber;
    bindBytesPercent(interp);
}

} // namespace hs
