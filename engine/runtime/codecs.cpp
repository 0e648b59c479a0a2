// Text codecs: encodings.search_function's name normalization and alias table for the codecs the
// engine has (utf-8, ascii, latin-1, utf-16 and utf-32 with their -le/-be forms), then the codec loops with the error handlers of Python/codecs.c. Strict UTF-8 keeps
// the str/bytes fast paths (and their allocation sequences); everything else is built here.
#include "runtime/codecs.h"

#include "frontend/unicode.h"
#include "objects/bytes_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "vm/vm_state.h"

#include <cctype>
#include <cstdio>
#include <string>

namespace hs {

namespace {

enum class Codec { Utf8, Ascii, Latin1, Utf16, Utf16Le, Utf16Be, Utf32, Utf32Le, Utf32Be };

// UTF-16/UTF-32: the code unit width, and the byte order (the unmarked names write a BOM and use
// the host's order, little-endian on the platforms CPython's reference runs on).
int unitBytes(Codec c) { return c == Codec::Utf16 || c == Codec::Utf16Le || c == Codec::Utf16Be ? 2 : 4; }
bool isWide(Codec c) { return c != Codec::Utf8 && c != Codec::Ascii && c != Codec::Latin1; }
bool hasBom(Codec c) { return c == Codec::Utf16 || c == Codec::Utf32; }
bool bigEndian(Codec c) { return c == Codec::Utf16Be || c == Codec::Utf32Be; }

// encodings.normalize_encoding + lower(): runs of characters other than ASCII letters, digits and
// '.' become one '_', leading and trailing ones dropped.
std::string normalizeEncoding(std::string_view name) {
    std::string out;
    bool punct = false;
    for (char c : name) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '.') {
            if (punct && !out.empty()) out += '_';
            out += static_cast<char>(std::tolower(u));
            punct = false;
        } else {
            punct = true;
        }
    }
    return out;
}

// The aliases (encodings/aliases.py) of the codecs the engine implements; the name shown in error
// messages is the codec's own ('utf-8', 'ascii', 'latin-1').
bool lookupCodec(std::string_view name, Codec& codec, const char*& codecName) {
    std::string n = normalizeEncoding(name);
    for (char& c : n)
        if (c == '.') c = '_';
    static const char* const kUtf8[] = {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"};
    static const char* const kAscii[] = {"ascii", "646", "ansi_x3_4_1968", "ansi_x3_4_1986", "cp367", "csascii", "ibm367",
                                         "iso646_us", "iso_646_irv_1991", "iso_ir_6", "us", "us_ascii"};
    static const char* const kLatin1[] = {"latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1",
                                          "iso_8859_1", "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1"};
    for (const char* a : kUtf8)
        if (n == a) return codec = Codec::Utf8, codecName = "utf-8", true;
    for (const char* a : kAscii)
        if (n == a) return codec = Codec::Ascii, codecName = "ascii", true;
    for (const char* a : kLatin1)
        if (n == a) return codec = Codec::Latin1, codecName = "latin-1", true;
    static const struct {
        const char* alias;
        Codec codec;
        const char* name;
    } kWide[] = {
        {"utf_16", Codec::Utf16, "utf-16"},          {"u16", Codec::Utf16, "utf-16"},
        {"utf16", Codec::Utf16, "utf-16"},           {"utf_16_le", Codec::Utf16Le, "utf-16-le"},
        {"utf_16le", Codec::Utf16Le, "utf-16-le"},   {"unicodelittleunmarked", Codec::Utf16Le, "utf-16-le"},
        {"utf_16_be", Codec::Utf16Be, "utf-16-be"},  {"utf_16be", Codec::Utf16Be, "utf-16-be"},
        {"unicodebigunmarked", Codec::Utf16Be, "utf-16-be"}, {"utf_32", Codec::Utf32, "utf-32"},
        {"u32", Codec::Utf32, "utf-32"},             {"utf32", Codec::Utf32, "utf-32"},
        {"utf_32_le", Codec::Utf32Le, "utf-32-le"},  {"utf_32le", Codec::Utf32Le, "utf-32-le"},
        {"utf_32_be", Codec::Utf32Be, "utf-32-be"},  {"utf_32be", Codec::Utf32Be, "utf-32-be"},
    };
    for (const auto& w : kWide)
        if (n == w.alias) return codec = w.codec, codecName = w.name, true;
    return false;
}

bool resolveEncoding(Interpreter& interp, Object* encoding, Codec& codec, const char*& codecName) {
    codec = Codec::Utf8;
    codecName = "utf-8";
    if (!encoding) return true;
    const std::string name = strToUtf8(encoding);
    if (lookupCodec(name, codec, codecName)) return true;
    raiseError(interp, vmOf(interp).exc.LookupError, "unknown encoding: " + name);
    return false;
}

enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, SurrogateEscape, Unknown };

Handler handlerOf(Object* errors, std::string& name) {
    name = errors ? strToUtf8(errors) : "strict";
    if (name == "strict") return Handler::Strict;
    if (name == "ignore") return Handler::Ignore;
    if (name == "replace") return Handler::Replace;
    if (name == "backslashreplace") return Handler::BackslashReplace;
    if (name == "xmlcharrefreplace") return Handler::XmlCharRefReplace;
    if (name == "surrogateescape") return Handler::SurrogateEscape;
    return Handler::Unknown;
}

void raiseUnknownHandler(Interpreter& interp, const std::string& name) {
    raiseError(interp, vmOf(interp).exc.LookupError, "unknown error handler name '" + name + "'");
}

// UnicodeEncodeError / UnicodeDecodeError(encoding, object, start, end, reason).
void raiseCodecError(Interpreter& interp, TypeObject* type, const char* codecName, Object* object, std::size_t start,
                     std::size_t end, const char* reason) {
    Ref enc = newStrFromUtf8(interp, codecName);
    Ref s = newInt(interp, static_cast<std::int64_t>(start));
    Ref e = newInt(interp, static_cast<std::int64_t>(end));
    Ref why = newStrFromUtf8(interp, reason);
    if (!enc || !s || !e || !why) return;
    Object* args[5] = {enc.get(), object, s.get(), e.get(), why.get()};
    Ref exc = newException(interp, type, args, 5);
    if (exc) raiseObject(interp, exc.get());
}

void appendHex(std::string& out, const char* format, unsigned value) {
    char buf[16];
    std::snprintf(buf, sizeof buf, format, value);
    out += buf;
}

bool encodable(Codec codec, char32_t c) {
    switch (codec) {
    case Codec::Ascii: return c < 0x80;
    case Codec::Latin1: return c < 0x100;
    default: return c < 0xd800 || c > 0xdfff;
    }
}

void appendUnit(Codec codec, std::uint32_t unit, std::string& out) {
    const int n = unitBytes(codec);
    for (int k = 0; k < n; ++k) {
        const int shift = bigEndian(codec) ? 8 * (n - 1 - k) : 8 * k;
        out += static_cast<char>((unit >> shift) & 0xff);
    }
}

// The code unit at byte offset i (the caller checked that a whole unit is there).
std::uint32_t wideUnit(std::string_view data, std::size_t i, Codec codec) {
    const int n = unitBytes(codec);
    std::uint32_t v = 0;
    for (int k = 0; k < n; ++k) {
        const std::uint32_t b = static_cast<unsigned char>(data[i + static_cast<std::size_t>(k)]);
        v |= b << (bigEndian(codec) ? 8 * (n - 1 - k) : 8 * k);
    }
    return v;
}

// One step of PyUnicode_DecodeUTF16Stateful / PyUnicode_DecodeUTF32Stateful at byte i: true with the
// character appended and i advanced, or false with the error's [start, end) and reason.
bool decodeWideUnit(std::string_view data, std::size_t& i, Codec codec, std::u32string& out, std::size_t& start,
                    std::size_t& end, const char*& reason) {
    const std::size_t n = static_cast<std::size_t>(unitBytes(codec));
    start = i;
    if (data.size() - i < n) {
        end = data.size();
        reason = "truncated data";
        return false;
    }
    const std::uint32_t ch = wideUnit(data, i, codec);
    if (n == 4) {
        end = i + 4;
        if (ch >= 0xd800 && ch <= 0xdfff) reason = "code point in surrogate code point range(0xd800, 0xe000)";
        else if (ch >= 0x110000) reason = "code point not in range(0x110000)";
        else {
            out += static_cast<char32_t>(ch);
            i += 4;
            return true;
        }
        return false;
    }
    if (ch < 0xd800 || ch > 0xdfff) {
        out += static_cast<char32_t>(ch);
        i += 2;
        return true;
    }
    end = i + 2;
    if (ch >= 0xdc00) {
        reason = "illegal encoding";
        return false;
    }
    if (data.size() - i < 4) {
        end = data.size();
        reason = "unexpected end of data";
        return false;
    }
    const std::uint32_t low = wideUnit(data, i + 2, codec);
    if (low < 0xdc00 || low > 0xdfff) {
        reason = "illegal UTF-16 surrogate";
        return false;
    }
    out += static_cast<char32_t>(0x10000 + ((ch - 0xd800) << 10) + (low - 0xdc00));
    i += 4;
    return true;
}

// A code point in UTF-16 (a surrogate pair above U+FFFF) or UTF-32 units.
void appendWide(Codec codec, char32_t c, std::string& out) {
    if (unitBytes(codec) == 2 && c > 0xffff) {
        appendUnit(codec, 0xd800 + ((c - 0x10000) >> 10), out);
        appendUnit(codec, 0xdc00 + ((c - 0x10000) & 0x3ff), out);
    } else {
        appendUnit(codec, static_cast<std::uint32_t>(c), out);
    }
}

void appendEncoded(Codec codec, char32_t c, std::string& out) {
    if (codec == Codec::Utf8) frontend::appendUtf8(out, c);
    else if (isWide(codec)) appendWide(codec, c, out);
    else out += static_cast<char>(c);
}

// _PyUnicode_EncodeUTF16 / _PyUnicode_EncodeUTF32: a BOM for the unmarked names, then the units;
// each lone surrogate is one error (start..start+1) whose replacement must be ASCII text, or bytes
// of whole units.
Ref encodeWide(Interpreter& interp, Object* str, Codec codec, const char* codecName, Handler handler,
               const std::string& handlerName) {
    const std::u32string text = strToCodePoints(str);
    std::string out;
    if (hasBom(codec)) appendUnit(codec == Codec::Utf16 ? Codec::Utf16Le : Codec::Utf32Le, 0xfeff, out);
    const char* reason = "surrogates not allowed";
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        if (encodable(codec, c)) {
            appendWide(codec, c, out);
            continue;
        }
        std::string rep;
        switch (handler) {
        case Handler::Strict:
            raiseCodecError(interp, vmOf(interp).exc.UnicodeEncodeError, codecName, str, i, i + 1, reason);
            return Ref();
        case Handler::Unknown: raiseUnknownHandler(interp, handlerName); return Ref();
        case Handler::Ignore: break;
        case Handler::Replace: appendWide(codec, U'?', out); break;
        case Handler::BackslashReplace:
            appendHex(rep, "\\u%04x", static_cast<unsigned>(c));
            for (char r : rep) appendWide(codec, static_cast<unsigned char>(r), out);
            break;
        case Handler::XmlCharRefReplace:
            appendHex(rep, "&#%u;", static_cast<unsigned>(c));
            for (char r : rep) appendWide(codec, static_cast<unsigned char>(r), out);
            break;
        case Handler::SurrogateEscape: // one raw byte: never a whole unit
            raiseCodecError(interp, vmOf(interp).exc.UnicodeEncodeError, codecName, str, i, i + 1, reason);
            return Ref();
        }
    }
    return newBytes(interp, out);
}

} // namespace

Ref encodeText(Interpreter& interp, Object* str, Object* encoding, Object* errors) {
    // The clinic's `str` converter: PyUnicode_AsUTF8AndSize of each name (a non-ASCII one keeps the copy).
    for (Object* name : {encoding, errors})
        if (name && isStr(name) && !strEnsureUtf8(interp, name)) return Ref();
    Codec codec;
    const char* codecName;
    if (!resolveEncoding(interp, encoding, codec, codecName)) return Ref();
    std::string handlerName;
    const Handler handler = handlerOf(errors, handlerName);
    if (codec == Codec::Utf8 && handler == Handler::Strict) return strEncodeUtf8(interp, str);
    if (isWide(codec)) return encodeWide(interp, str, codec, codecName, handler, handlerName);
    const std::u32string text = strToCodePoints(str);
    const char* reason = codec == Codec::Ascii ? "ordinal not in range(128)"
                         : codec == Codec::Latin1 ? "ordinal not in range(256)"
                                                  : "surrogates not allowed";
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (encodable(codec, text[i])) {
            appendEncoded(codec, text[i++], out);
            continue;
        }
        // The run of unencodable characters is one error (the exception's start..end).
        std::size_t end = i + 1;
        while (end < text.size() && !encodable(codec, text[end])) ++end;
        switch (handler) {
        case Handler::Strict:
            raiseCodecError(interp, vmOf(interp).exc.UnicodeEncodeError, codecName, str, i, end, reason);
            return Ref();
        case Handler::Unknown: raiseUnknownHandler(interp, handlerName); return Ref();
        case Handler::Ignore: break;
        case Handler::Replace: out.append(end - i, '?'); break;
        case Handler::BackslashReplace:
            for (std::size_t k = i; k < end; ++k) {
                const unsigned c = static_cast<unsigned>(text[k]);
                appendHex(out, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
            }
            break;
        case Handler::XmlCharRefReplace:
            for (std::size_t k = i; k < end; ++k) appendHex(out, "&#%u;", static_cast<unsigned>(text[k]));
            break;
        case Handler::SurrogateEscape:
            for (std::size_t k = i; k < end; ++k) {
                if (text[k] < 0xdc80 || text[k] > 0xdcff) {
                    raiseCodecError(interp, vmOf(interp).exc.UnicodeEncodeError, codecName, str, k, k + 1, reason);
                    return Ref();
                }
                out += static_cast<char>(text[k] - 0xdc00);
            }
            break;
        }
        i = end;
    }
    return newBytes(interp, out);
}

Ref decodeText(Interpreter& interp, std::string_view data, Object* source, Object* encoding, Object* errors) {
    // The clinic's `str` converter: PyUnicode_AsUTF8AndSize of each name (a non-ASCII one keeps the copy).
    for (Object* name : {encoding, errors})
        if (name && isStr(name) && !strEnsureUtf8(interp, name)) return Ref();
    Codec codec;
    const char* codecName;
    if (!resolveEncoding(interp, encoding, codec, codecName)) return Ref();
    std::string handlerName;
    const Handler handler = handlerOf(errors, handlerName);
    if (codec == Codec::Utf8 && handler == Handler::Strict) return newStrFromUtf8(interp, data);
    std::u32string out;
    Ref sourceRef = source ? Ref::borrowed(source) : Ref();
    std::size_t i = 0;
    if (hasBom(codec)) { // a BOM picks the byte order (and is dropped); none: the host's (little-endian)
        const bool wide16 = codec == Codec::Utf16;
        Codec order = wide16 ? Codec::Utf16Le : Codec::Utf32Le;
        const std::size_t n = wide16 ? 2 : 4;
        if (data.size() >= n) {
            const std::uint32_t le = static_cast<std::uint32_t>(wideUnit(data, 0, wide16 ? Codec::Utf16Le : Codec::Utf32Le));
            const std::uint32_t be = static_cast<std::uint32_t>(wideUnit(data, 0, wide16 ? Codec::Utf16Be : Codec::Utf32Be));
            if (le == 0xfeff) i = n;
            else if (be == 0xfeff) i = n, order = wide16 ? Codec::Utf16Be : Codec::Utf32Be;
        }
        codec = order;
    }
    if (isWide(codec)) codecName = bigEndian(codec) ? (unitBytes(codec) == 2 ? "utf-16-be" : "utf-32-be")
                                                    : (unitBytes(codec) == 2 ? "utf-16-le" : "utf-32-le");
    while (i < data.size()) {
        std::size_t start = i, end = i;
        const char* reason = nullptr;
        if (isWide(codec)) {
            if (decodeWideUnit(data, i, codec, out, start, end, reason)) continue;
        } else if (codec == Codec::Latin1) {
            out += static_cast<unsigned char>(data[i++]);
            continue;
        } else if (codec == Codec::Ascii) {
            const unsigned char b = static_cast<unsigned char>(data[i]);
            if (b < 0x80) {
                out += b;
                ++i;
                continue;
            }
            end = i + 1;
            reason = "ordinal not in range(128)";
        } else {
            std::size_t errStart = 0, errEnd = 0;
            if (strDecodeUtf8Prefix(data.substr(i), out, errStart, errEnd, reason)) break;
            start = i + errStart;
            end = i + errEnd;
        }
        switch (handler) {
        case Handler::Strict:
            if (!sourceRef) sourceRef = newBytes(interp, data);
            if (!sourceRef) return Ref();
            raiseCodecError(interp, vmOf(interp).exc.UnicodeDecodeError, codecName, sourceRef.get(), start, end, reason);
            return Ref();
        case Handler::Unknown: raiseUnknownHandler(interp, handlerName); return Ref();
        case Handler::Ignore: break;
        case Handler::Replace: out += U'\ufffd'; break;
        case Handler::XmlCharRefReplace:
            raiseError(interp, vmOf(interp).exc.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
            return Ref();
        case Handler::BackslashReplace:
            for (std::size_t k = start; k < end; ++k) {
                std::string hex;
                appendHex(hex, "\\x%02x", static_cast<unsigned char>(data[k]));
                for (char c : hex) out += static_cast<char32_t>(c);
            }
            break;
        case Handler::SurrogateEscape:
            for (std::size_t k = start; k < end; ++k) out += static_cast<char32_t>(0xdc00 + static_cast<unsigned char>(data[k]));
            break;
        }
        i = end;
    }
    return newStrFromCodePoints(interp, out);
}

} // namespace hs
