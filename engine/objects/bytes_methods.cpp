// The methods bytes and bytearray share, as Objects/bytes_methods.c and Objects/stringlib do them in 3.11:
// each is written once over the receiver's bytes and instantiated for both types (template <bool BA>).
#include "objects/bytes_methods.h"

#include "objects/bool_object.h"
#include "objects/builtin_function_object.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/descr_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/split_list.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }
void valueError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.ValueError, m); }

// The receiver's bytes (valid until the receiver changes).
std::string_view selfView(const Object* self) {
    std::string_view v;
    bytesLikeView(self, v);
    return v;
}

// The receiver's bytes while a method allocates its results: a view of an immutable bytes, a copy
// of a bytearray's (an allocation may run a finalizer that resizes the bytearray under a view).
template <bool BA>
class SelfBytes {
public:
    explicit SelfBytes(const Object* self) {
        if (BA) {
            m_copy.assign(selfView(self));
            m_view = m_copy;
        } else {
            m_view = selfView(self);
        }
    }
    std::string_view view() const { return m_view; }

private:
    std::string m_copy;
    std::string_view m_view;
};

// PyBytes_FromStringAndSize / PyByteArray_FromStringAndSize: a new result of the method's type.
template <bool BA>
Ref make(Interpreter& interp, std::string_view data) {
    return BA ? newBytearray(interp, data) : newBytes(interp, data);
}

// The result when the method changes nothing: the receiver itself when it is an exact bytes
// (STRINGLIB_CHECK_EXACT / return_self), otherwise a copy (bytearray is mutable: always a copy).
template <bool BA>
Ref unchanged(Interpreter& interp, Object* self) {
    if (!BA && isExactBytes(self)) return Ref::borrowed(self);
    return make<BA>(interp, SelfBytes<BA>(self).view());
}

// The Py_buffer converter: bytes-like objects only ("a bytes-like object is required, not 'str'").
// A copy, which stays valid whatever runs while the method allocates.
bool bufferArg(Interpreter& interp, Object* o, std::string& out) {
    std::string_view view;
    if (bytesLikeView(o, view)) {
        out.assign(view);
        return true;
    }
    typeError(interp, "a bytes-like object is required, not '" + o->type->name + "'");
    return false;
}

// ADJUST_INDICES of stringlib: start/end clamped into [0, len] counting negatives from the end.
void adjustIndices(std::int64_t& start, std::int64_t& end, std::int64_t len) {
    if (end > len) end = len;
    else if (end < 0) end = end + len < 0 ? 0 : end + len;
    if (start < 0) start = start + len < 0 ? 0 : start + len;
}

// The needle of find/count/index: a byte value (an object with __index__, 0..255) or bytes-like.
bool needleArg(Interpreter& interp, Object* o, std::string& out) {
    std::string_view view;
    if (bytesLikeView(o, view)) {
        out.assign(view);
        return true;
    }
    if (!hasIndex(o)) {
        typeError(interp, "argument should be integer or bytes-like object, not '" + o->type->name + "'");
        return false;
    }
    std::int64_t v = 0;
    if (!indexAsInt64(o, v, nullptr)) return false;
    if (v < 0 || v > 255) {
        valueError(interp, "byte must be in range(0, 256)");
        return false;
    }
    out.assign(1, static_cast<char>(v));
    return true;
}

bool isSpaceByte(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c'; }
bool isLowerByte(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool isUpperByte(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool isAlphaByte(unsigned char c) { return isLowerByte(c) || isUpperByte(c); }
bool isDigitByte(unsigned char c) { return c >= '0' && c <= '9'; }
char toLowerByte(unsigned char c) { return static_cast<char>(isUpperByte(c) ? c + 32 : c); }
char toUpperByte(unsigned char c) { return static_cast<char>(isLowerByte(c) ? c - 32 : c); }

#define BYTES_METHOD(name)                                                                                    \
    template <bool BA>                                                                                        \
    Object* name([[maybe_unused]] Object* self, [[maybe_unused]] Object* const* args,                        \
                 [[maybe_unused]] std::int64_t nargs, [[maybe_unused]] Object* kwnames)

// ---------------------------------------------------------------- searching

// find/rfind/index/rindex/count (stringlib_parse_args_finds + stringlib find/count).
enum class Search { Find, RFind, Index, RIndex, Count };

template <bool BA, Search S>
Object* searchMethod(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    static constexpr const char* kNames[] = {"find", "rfind", "index", "rindex", "count"};
    if (!checkArgCount(interp, kNames[static_cast<int>(S)], nargs, 1, 3)) return nullptr; // PyArg_ParseTuple "O|OO:name"
    std::string sub;
    std::int64_t start = 0, end = 0;
    const std::string_view s = selfView(self);
    const auto len = static_cast<std::int64_t>(s.size());
    if (!needleArg(interp, args[0], sub) || !sliceIndexOr(interp, nargs > 1 ? args[1] : nullptr, start, 0) ||
        !sliceIndexOr(interp, nargs > 2 ? args[2] : nullptr, end, INT64_MAX))
        return nullptr;
    adjustIndices(start, end, len);
    const auto n = static_cast<std::int64_t>(sub.size());
    if constexpr (S == Search::Count) {
        std::int64_t count = 0;
        if (end - start >= n) {
            if (n == 0) count = end - start + 1;
            else
                for (std::int64_t i = start; i + n <= end;) {
                    if (s.compare(static_cast<std::size_t>(i), static_cast<std::size_t>(n), sub) == 0) {
                        ++count;
                        i += n;
                    } else {
                        ++i;
                    }
                }
        }
        return newInt(interp, count).release();
    } else {
        std::int64_t pos = -1;
        if (end - start >= n) {
            const std::string_view window = s.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
            const std::size_t at = (S == Search::Find || S == Search::Index) ? window.find(sub) : window.rfind(sub);
            if (at != std::string_view::npos) pos = start + static_cast<std::int64_t>(at);
        }
        if (pos < 0 && (S == Search::Index || S == Search::RIndex)) {
            valueError(interp, "subsection not found");
            return nullptr;
        }
        return newInt(interp, pos).release();
    }
}

// _Py_bytes_tailmatch for one prefix/suffix: 1, 0, or -1 with an error.
int tailMatch(Interpreter& interp, std::string_view s, Object* sub, std::int64_t start, std::int64_t end, bool ends) {
    std::string p;
    if (!bufferArg(interp, sub, p)) return -1;
    const auto len = static_cast<std::int64_t>(s.size());
    const auto slen = static_cast<std::int64_t>(p.size());
    adjustIndices(start, end, len);
    if (!ends) {
        if (start > len - slen) return 0;
    } else {
        if (end - start < slen || start > len) return 0;
        if (end - slen > start) start = end - slen;
    }
    if (end - start < slen) return 0;
    return s.compare(static_cast<std::size_t>(start), static_cast<std::size_t>(slen), p) == 0;
}

template <bool BA, bool Ends>
Object* startsEndsMethod(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    const char* name = Ends ? "endswith" : "startswith";
    if (!checkArgCount(interp, name, nargs, 1, 3)) return nullptr;
    std::int64_t start = 0, end = 0;
    if (!sliceIndexOr(interp, nargs > 1 ? args[1] : nullptr, start, 0) ||
        !sliceIndexOr(interp, nargs > 2 ? args[2] : nullptr, end, INT64_MAX))
        return nullptr;
    const std::string_view s = selfView(self);
    Object* subobj = args[0];
    if (isTuple(subobj)) {
        for (std::int64_t i = 0; i < tupleSize(subobj); ++i) {
            const int r = tailMatch(interp, s, tupleItem(subobj, i), start, end, Ends);
            if (r < 0) return nullptr;
            if (r) return newBool(interp, true);
        }
        return newBool(interp, false);
    }
    std::string_view probe;
    if (!bytesLikeView(subobj, probe)) {
        typeError(interp, std::string(name) + " first arg must be bytes or a tuple of bytes, not " + subobj->type->name);
        return nullptr;
    }
    const int r = tailMatch(interp, s, subobj, start, end, Ends);
    return r < 0 ? nullptr : newBool(interp, r != 0);
}

// ---------------------------------------------------------------- splitting and joining

// s[i:j] as a piece of a split: the receiver itself when that is the whole of an exact bytes.
template <bool BA>
Ref piece(Interpreter& interp, Object* self, std::string_view s, std::size_t i, std::size_t j) {
    if (!BA && i == 0 && j == s.size() && isExactBytes(self)) return Ref::borrowed(self);
    return make<BA>(interp, s.substr(i, j - i));
}

// stringlib split_whitespace / split / rsplit_whitespace / rsplit (rsplit collects right to left
// and reverses, as CPython does).
template <bool BA>
Object* splitImpl(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames, bool right) {
    Interpreter& interp = interpOf(self);
    static const char* const kNames[] = {"sep", "maxsplit"};
    ArgSpec spec{right ? "rsplit" : "split", kNames, 2, 0, 0, 2};
    Object* a[2];
    const char* key = BA ? (right ? "bytearray.rsplit" : "bytearray.split") : (right ? "bytes.rsplit" : "bytes.split");
    if (!unpackParserArgs(interp, spec, key, args, nargs, kwnames, a)) return nullptr;
    std::int64_t maxsplit = -1;
    if (a[1] && !indexAsInt64(a[1], maxsplit, vmOf(interp).exc.OverflowError)) return nullptr;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    std::string sep;
    const bool whitespace = !a[0] || a[0] == interp.none;
    if (!whitespace) {
        if (!bufferArg(interp, a[0], sep)) return nullptr;
        if (sep.empty()) {
            valueError(interp, "empty separator");
            return nullptr;
        }
    }
    const SelfBytes<BA> bytes(self);
    const std::string_view s = bytes.view();
    const std::size_t len = s.size();
    SplitList out(interp, maxsplit);
    if (!out.ok()) return nullptr;
    if (whitespace && !right) {
        std::size_t i = 0;
        while (maxsplit-- > 0) {
            while (i < len && isSpaceByte(s[i])) ++i;
            if (i == len) break;
            std::size_t j = i;
            while (j < len && !isSpaceByte(s[j])) ++j;
            if (!out.add(piece<BA>(interp, self, s, i, j))) return nullptr;
            i = j;
        }
        while (i < len && isSpaceByte(s[i])) ++i;
        if (i != len && !out.add(piece<BA>(interp, self, s, i, len))) return nullptr;
    } else if (whitespace) {
        std::size_t j = len;
        while (maxsplit-- > 0) {
            while (j > 0 && isSpaceByte(s[j - 1])) --j;
            if (j == 0) break;
            std::size_t i = j;
            while (i > 0 && !isSpaceByte(s[i - 1])) --i;
            if (!out.add(piece<BA>(interp, self, s, i, j))) return nullptr;
            j = i;
        }
        while (j > 0 && isSpaceByte(s[j - 1])) --j;
        if (j != 0 && !out.add(piece<BA>(interp, self, s, 0, j))) return nullptr;
    } else if (!right) {
        std::size_t i = 0;
        for (std::size_t at; maxsplit-- > 0 && (at = s.find(sep, i)) != std::string_view::npos; i = at + sep.size())
            if (!out.add(piece<BA>(interp, self, s, i, at))) return nullptr;
        if (!out.add(piece<BA>(interp, self, s, i, len))) return nullptr;
    } else {
        std::size_t j = len;
        for (std::size_t at; maxsplit-- > 0 && j >= sep.size() && (at = s.substr(0, j).rfind(sep)) != std::string_view::npos; j = at)
            if (!out.add(piece<BA>(interp, self, s, at + sep.size(), j))) return nullptr;
        if (!out.add(piece<BA>(interp, self, s, 0, j))) return nullptr;
    }
    return out.finish(right).release();
}
BYTES_METHOD(mSplit) { return splitImpl<BA>(self, args, nargs, kwnames, false); }
BYTES_METHOD(mRSplit) { return splitImpl<BA>(self, args, nargs, kwnames, true); }

// stringlib partition / rpartition: (head, sep, tail); not found gives (self, b'', b'') or
// (b'', b'', self), the receiver itself only for an exact bytes.
template <bool BA, bool Right>
Object* partitionMethod(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    std::string sep;
    if (!bufferArg(interp, args[0], sep)) return nullptr;
    if (sep.empty()) {
        valueError(interp, "empty separator");
        return nullptr;
    }
    Ref t = newTuple(interp, 3);
    if (!t) return nullptr;
    const SelfBytes<BA> bytes(self);
    const std::string_view s = bytes.view();
    const std::size_t at = Right ? s.rfind(sep) : s.find(sep);
    Ref parts[3];
    if (at == std::string_view::npos) {
        // bytes puts the receiver itself (any bytes, as stringlib does without STRINGLIB_MUTABLE).
        const int whole = Right ? 2 : 0;
        for (int k = 0; k < 3; ++k) parts[k] = k != whole ? make<BA>(interp, {}) : BA ? make<BA>(interp, s) : Ref::borrowed(self);
    } else {
        parts[0] = make<BA>(interp, s.substr(0, at));
        parts[1] = BA ? make<BA>(interp, sep) : Ref::borrowed(args[0]); // bytes: the separator object
        parts[2] = make<BA>(interp, s.substr(at + sep.size()));
    }
    for (int k = 0; k < 3; ++k) {
        if (!parts[k]) return nullptr;
        tupleSetItemSteal(t.get(), k, parts[k].release());
    }
    return t.release();
}

// bytes_join / bytearray_join (stringlib/join.h): one exact bytes item is returned itself.
BYTES_METHOD(mJoin) {
    Interpreter& interp = interpOf(self);
    Ref seq = sequenceFast(args[0], "can only join an iterable");
    if (!seq) return nullptr;
    Object* const* items = isList(seq.get()) ? &static_cast<ListObject*>(seq.get())->items[0] : tupleItems(seq.get());
    const std::int64_t n = isList(seq.get()) ? listSize(seq.get()) : tupleSize(seq.get());
    if (n == 0) return make<BA>(interp, {}).release();
    if (!BA && n == 1 && isExactBytes(items[0])) return Ref::borrowed(items[0]).release();
    const std::string_view sep = selfView(self);
    std::string out;
    for (std::int64_t i = 0; i < n; ++i) {
        std::string_view piece;
        if (!bytesLikeView(items[i], piece)) {
            typeError(interp, "sequence item " + std::to_string(i) + ": expected a bytes-like object, " + items[i]->type->name + " found");
            return nullptr;
        }
        if (i) out += sep;
        out += piece;
    }
    return make<BA>(interp, out).release();
}

// bytes.splitlines(keepends=False): \n, \r and \r\n end lines.
BYTES_METHOD(mSplitlines) {
    Interpreter& interp = interpOf(self);
    static const char* const kNames[] = {"keepends"};
    ArgSpec spec{"splitlines", kNames, 1, 0, 0, 1};
    Object* a[1];
    if (!unpackParserArgs(interp, spec, BA ? "bytearray.splitlines" : "bytes.splitlines", args, nargs, kwnames, a)) return nullptr;
    bool keepends = false;
    if (a[0]) {
        std::int64_t v = 0;
        if (!indexAsInt64(a[0], v, vmOf(interp).exc.OverflowError)) return nullptr;
        keepends = v != 0;
    }
    const SelfBytes<BA> bytes(self);
    const std::string_view s = bytes.view();
    Ref list = newList(interp, 0);
    if (!list) return nullptr;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = i;
        while (j < s.size() && s[j] != '\n' && s[j] != '\r') ++j;
        std::size_t eol = j;
        if (j < s.size()) {
            eol = (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n') ? j + 2 : j + 1;
            if (keepends) j = eol;
        }
        Ref line = piece<BA>(interp, self, s, i, j);
        if (!line || listAppend(list.get(), line.get()) < 0) return nullptr;
        i = eol;
    }
    return list.release();
}

// ---------------------------------------------------------------- stripping and replacing

// do_xstrip / do_strip: `chars` None or missing strips ASCII whitespace.
template <bool BA, int Sides> // 1 = left, 2 = right, 3 = both
Object* stripMethod(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    static constexpr const char* kNames[] = {"", "lstrip", "rstrip", "strip"};
    if (!checkPositional(interp, kNames[Sides], nargs, 0, 1)) return nullptr;
    std::string chars;
    const bool whitespace = nargs == 0 || args[0] == interp.none;
    if (!whitespace && !bufferArg(interp, args[0], chars)) return nullptr;
    auto strips = [&](char c) { return whitespace ? isSpaceByte(static_cast<unsigned char>(c)) : chars.find(c) != std::string_view::npos; };
    const SelfBytes<BA> bytes(self);
    const std::string_view s = bytes.view();
    std::size_t i = 0, j = s.size();
    if (Sides & 1)
        while (i < j && strips(s[i])) ++i;
    if (Sides & 2)
        while (j > i && strips(s[j - 1])) --j;
    if (i == 0 && j == s.size()) return unchanged<BA>(interp, self).release();
    return make<BA>(interp, s.substr(i, j - i)).release();
}

// stringlib/transmogrify.h replace: no occurrence (or count 0) returns the receiver unchanged.
BYTES_METHOD(mReplace) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "replace", nargs, 2, 3)) return nullptr;
    std::string from, to;
    if (!bufferArg(interp, args[0], from) || !bufferArg(interp, args[1], to)) return nullptr;
    std::int64_t count = -1;
    if (nargs > 2 && !indexAsInt64(args[2], count, vmOf(interp).exc.OverflowError)) return nullptr;
    if (count < 0) count = INT64_MAX;
    const std::string_view s = selfView(self);
    std::string out;
    std::int64_t done = 0;
    if (from.empty()) {
        // Interleave: `to` before every byte and at the end, up to `count` times.
        std::size_t i = 0;
        for (; i <= s.size() && done < count; ++i, ++done) {
            out += to;
            if (i < s.size()) out += s[i];
        }
        if (i < s.size()) out += s.substr(i);
    } else {
        std::size_t i = 0;
        while (done < count) {
            const std::size_t at = s.find(from, i);
            if (at == std::string_view::npos) break;
            out += s.substr(i, at - i);
            out += to;
            i = at + from.size();
            ++done;
        }
        out += s.substr(i);
    }
    if (done == 0 || (from.empty() && to.empty())) return unchanged<BA>(interp, self).release();
    return make<BA>(interp, out).release();
}

template <bool BA, bool Suffix>
Object* removeAffixMethod(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    std::string affix;
    if (!bufferArg(interp, args[0], affix)) return nullptr;
    const SelfBytes<BA> bytes(self);
    const std::string_view s = bytes.view();
    const bool has = !affix.empty() && affix.size() <= s.size() &&
                     (Suffix ? s.substr(s.size() - affix.size()) == affix : s.substr(0, affix.size()) == affix);
    if (!has) return unchanged<BA>(interp, self).release();
    return make<BA>(interp, Suffix ? s.substr(0, s.size() - affix.size()) : s.substr(affix.size())).release();
}

// ---------------------------------------------------------------- case mapping and predicates

enum class Case { Lower, Upper, Swap, Capitalize, Title };

template <bool BA, Case C>
Object* caseMethod(Object* self, Object* const*, std::int64_t, Object*) {
    std::string out(selfView(self));
    bool previousCased = false;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        switch (C) {
        case Case::Lower: out[i] = toLowerByte(c); break;
        case Case::Upper: out[i] = toUpperByte(c); break;
        case Case::Swap: out[i] = isUpperByte(c) ? toLowerByte(c) : toUpperByte(c); break;
        case Case::Capitalize: out[i] = i == 0 ? toUpperByte(c) : toLowerByte(c); break;
        case Case::Title:
            out[i] = previousCased ? toLowerByte(c) : toUpperByte(c);
            previousCased = isAlphaByte(c);
            break;
        }
    }
    return make<BA>(interpOf(self), out).release();
}

enum class Pred { Alnum, Alpha, Ascii, Digit, Lower, Space, Title, Upper };

template <bool BA, Pred P>
Object* predicateMethod(Object* self, Object* const*, std::int64_t, Object*) {
    const std::string_view s = selfView(self);
    bool r = P == Pred::Ascii || !s.empty();
    bool cased = false, previousCased = false;
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (P) {
        case Pred::Alnum: r = r && (isAlphaByte(c) || isDigitByte(c)); break;
        case Pred::Alpha: r = r && isAlphaByte(c); break;
        case Pred::Ascii: r = r && c < 128; break;
        case Pred::Digit: r = r && isDigitByte(c); break;
        case Pred::Space: r = r && isSpaceByte(c); break;
        case Pred::Lower:
            if (isUpperByte(c)) r = false;
            cased = cased || isLowerByte(c);
            break;
        case Pred::Upper:
            if (isLowerByte(c)) r = false;
            cased = cased || isUpperByte(c);
            break;
        case Pred::Title:
            if (isUpperByte(c)) {
                if (previousCased) r = false;
                previousCased = cased = true;
            } else if (isLowerByte(c)) {
                if (!previousCased) r = false;
                previousCased = cased = true;
            } else {
                previousCased = false;
            }
            break;
        }
    }
    if (P == Pred::Lower || P == Pred::Upper || P == Pred::Title) r = r && cased;
    return newBool(interpOf(self), r);
}

// ---------------------------------------------------------------- padding

// The fill byte of center/ljust/rjust (Argument Clinic's `char` converter).
bool fillArg(Interpreter& interp, const char* name, Object* o, char& out) {
    std::string_view v;
    if ((isBytes(o) || isBytearray(o)) && bytesLikeView(o, v) && v.size() == 1) {
        out = v[0];
        return true;
    }
    typeError(interp, std::string(name) + "() argument 2 must be a byte string of length 1, not " + o->type->name);
    return false;
}

// stringlib pad(): the receiver itself (exact bytes) when the width adds nothing.
template <bool BA>
Object* padTo(Interpreter& interp, Object* self, std::int64_t left, std::int64_t right, char fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return unchanged<BA>(interp, self).release();
    std::string out(static_cast<std::size_t>(left), fill);
    out += selfView(self);
    out.append(static_cast<std::size_t>(right), fill);
    return make<BA>(interp, out).release();
}

template <bool BA, int Align> // 0 = center, 1 = ljust, 2 = rjust
Object* justifyMethod(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    static constexpr const char* kNames[] = {"center", "ljust", "rjust"};
    if (!checkPositional(interp, kNames[Align], nargs, 1, 2)) return nullptr;
    std::int64_t width = 0;
    if (!indexAsInt64(args[0], width, vmOf(interp).exc.OverflowError)) return nullptr;
    char fill = ' ';
    if (nargs > 1 && !fillArg(interp, kNames[Align], args[1], fill)) return nullptr;
    const auto len = static_cast<std::int64_t>(selfView(self).size());
    if (width <= len) return unchanged<BA>(interp, self).release();
    const std::int64_t marg = width - len;
    if (Align == 1) return padTo<BA>(interp, self, 0, marg, fill);
    if (Align == 2) return padTo<BA>(interp, self, marg, 0, fill);
    const std::int64_t left = marg / 2 + (marg & width & 1);
    return padTo<BA>(interp, self, left, marg - left, fill);
}

BYTES_METHOD(mZfill) {
    Interpreter& interp = interpOf(self);
    std::int64_t width = 0;
    if (!indexAsInt64(args[0], width, vmOf(interp).exc.OverflowError)) return nullptr;
    const std::string_view s = selfView(self);
    const auto len = static_cast<std::int64_t>(s.size());
    if (len >= width) return unchanged<BA>(interp, self).release();
    std::string out(static_cast<std::size_t>(width - len), '0');
    out += s;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        out[0] = s[0];
        out[static_cast<std::size_t>(width - len)] = '0';
    }
    return make<BA>(interp, out).release();
}

BYTES_METHOD(mExpandtabs) {
    Interpreter& interp = interpOf(self);
    static const char* const kNames[] = {"tabsize"};
    ArgSpec spec{"expandtabs", kNames, 1, 0, 0, 1};
    Object* a[1];
    if (!unpackParserArgs(interp, spec, BA ? "bytearray.expandtabs" : "bytes.expandtabs", args, nargs, kwnames, a)) return nullptr;
    std::int64_t tabsize = 8;
    if (a[0] && !indexAsInt64(a[0], tabsize, vmOf(interp).exc.OverflowError)) return nullptr;
    std::string out;
    std::int64_t column = 0;
    for (char c : selfView(self)) {
        if (c == '\t') {
            if (tabsize > 0) {
                const std::int64_t pad = tabsize - column % tabsize;
                out.append(static_cast<std::size_t>(pad), ' ');
                column += pad;
            }
        } else {
            out += c;
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
    }
    return make<BA>(interp, out).release();
}

// bytes.fromhex / bytearray.fromhex (classmethods): pairs of hex digits, ASCII whitespace between
// pairs allowed.
int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
BYTES_METHOD(mFromhex) {
    Interpreter& interp = *static_cast<TypeObject*>(self)->interp;
    if (!isStr(args[0])) {
        typeError(interp, "fromhex() argument must be str, not " + args[0]->type->name);
        return nullptr;
    }
    const std::string text = strToUtf8(args[0]);
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (isSpaceByte(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        const int hi = hexDigit(text[i]);
        const int lo = i + 1 < text.size() ? hexDigit(text[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            const std::size_t bad = hi < 0 ? i : i + 1;
            valueError(interp, "non-hexadecimal number found in fromhex() arg at position " + std::to_string(bad));
            return nullptr;
        }
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    Ref result = make<BA>(interp, out);
    if (!result || self == (BA ? vmOf(interp).types.bytearray : interp.types.bytes)) return result.release();
    // A subclass: type(result) of it, as _PyObject_CallOneArg(type, bytes) in CPython.
    Object* one = result.get();
    return call(self, &one, 1, nullptr).release();
}

// ---------------------------------------------------------------- translation

// bytes_translate / bytearray_translate: table is None or 256 bytes; the bytes in `delete` go.
// bytes gives itself back when nothing changed (exact bytes only); the result is made at the
// input's length (b'x' gives a new object, not the singleton) and shrunk after deletions.
BYTES_METHOD(mTranslate) {
    Interpreter& interp = interpOf(self);
    static const char* const kNames[] = {"", "delete"};
    ArgSpec spec{"translate", kNames, 2, 1, 1, 2};
    Object* a[2];
    if (!unpackParserArgs(interp, spec, BA ? "bytearray.translate" : "bytes.translate", args, nargs, kwnames, a)) return nullptr;
    const bool identity = a[0] == interp.none;
    std::string table, deletions;
    if (!identity && !bufferArg(interp, a[0], table)) return nullptr;
    if (!identity && table.size() != 256) {
        valueError(interp, "translation table must be 256 characters long");
        return nullptr;
    }
    if (a[1] && !bufferArg(interp, a[1], deletions)) return nullptr;
    const SelfBytes<BA> input(self);
    const std::string_view in = input.view();
    int map[256];
    for (int i = 0; i < 256; ++i) map[i] = identity ? i : static_cast<unsigned char>(table[static_cast<std::size_t>(i)]);
    for (char d : deletions) map[static_cast<unsigned char>(d)] = -1;
    std::string out;
    bool changed = false;
    for (char ch : in) {
        const int c = static_cast<unsigned char>(ch);
        if (map[c] >= 0) out += static_cast<char>(map[c]);
        changed = changed || map[c] != c;
    }
    const auto inlen = static_cast<std::int64_t>(in.size());
    if (BA) {
        Ref result = newBytearray(interp, std::string(in.size(), '\0'));
        if (!result) return nullptr;
        if (inlen > 0 && !bytearrayResize(result.get(), static_cast<std::int64_t>(out.size()))) return nullptr;
        static_cast<BytearrayObject*>(result.get())->data = out;
        return result.release();
    }
    Ref result = newBytesUninit(interp, inlen);
    if (!result) return nullptr;
    if (!changed && isExactBytes(self)) return Ref::borrowed(self).release();
    if (inlen > 0 && static_cast<std::int64_t>(out.size()) != inlen && !bytesResize(interp, result, static_cast<std::int64_t>(out.size())))
        return nullptr;
    if (!out.empty()) std::memcpy(bytesMutableData(result.get()), out.data(), out.size());
    return result.release();
}

// bytes.maketrans / bytearray.maketrans (static; both give bytes): 256 bytes mapping each byte of
// `from` to the byte at the same place in `to`.
BYTES_METHOD(mMaketrans) {
    Interpreter& interp = interpOf(self); // the owning type (a staticmethod)
    if (!checkPositional(interp, "maketrans", nargs, 2, 2)) return nullptr;
    std::string from, to;
    if (!bufferArg(interp, args[0], from) || !bufferArg(interp, args[1], to)) return nullptr;
    if (from.size() != to.size()) {
        valueError(interp, "maketrans arguments must have same length");
        return nullptr;
    }
    Ref table = newBytesUninit(interp, 256);
    if (!table) return nullptr;
    char* p = bytesMutableData(table.get());
    for (int i = 0; i < 256; ++i) p[i] = static_cast<char>(i);
    for (std::size_t i = 0; i < from.size(); ++i) p[static_cast<unsigned char>(from[i])] = to[i];
    return table.release();
}


#undef BYTES_METHOD

// count/endswith/find/index/rfind/rindex/startswith are METH_VARARGS in 3.11 (each call packs an args tuple).
template <bool BA>
constexpr MethodDef kSharedMethods[] = {
    {"capitalize", caseMethod<BA, Case::Capitalize>, meth::kNoArgs},
    {"center", justifyMethod<BA, 0>, meth::kFastcall},
    {"count", searchMethod<BA, Search::Count>, meth::kFastcall | meth::kVarargs},
    {"endswith", startsEndsMethod<BA, true>, meth::kFastcall | meth::kVarargs},
    {"expandtabs", mExpandtabs<BA>, meth::kFastcall | meth::kKeywords},
    {"find", searchMethod<BA, Search::Find>, meth::kFastcall | meth::kVarargs},
    {"fromhex", mFromhex<BA>, meth::kO | meth::kClass},
    {"index", searchMethod<BA, Search::Index>, meth::kFastcall | meth::kVarargs},
    {"isalnum", predicateMethod<BA, Pred::Alnum>, meth::kNoArgs},
    {"isalpha", predicateMethod<BA, Pred::Alpha>, meth::kNoArgs},
    {"isascii", predicateMethod<BA, Pred::Ascii>, meth::kNoArgs},
    {"isdigit", predicateMethod<BA, Pred::Digit>, meth::kNoArgs},
    {"islower", predicateMethod<BA, Pred::Lower>, meth::kNoArgs},
    {"isspace", predicateMethod<BA, Pred::Space>, meth::kNoArgs},
    {"istitle", predicateMethod<BA, Pred::Title>, meth::kNoArgs},
    {"isupper", predicateMethod<BA, Pred::Upper>, meth::kNoArgs},
    {"join", mJoin<BA>, meth::kO},
    {"ljust", justifyMethod<BA, 1>, meth::kFastcall},
    {"lower", caseMethod<BA, Case::Lower>, meth::kNoArgs},
    {"maketrans", mMaketrans<BA>, meth::kFastcall | meth::kStatic},
    {"lstrip", stripMethod<BA, 1>, meth::kFastcall},
    {"partition", partitionMethod<BA, false>, meth::kO},
    {"removeprefix", removeAffixMethod<BA, false>, meth::kO},
    {"removesuffix", removeAffixMethod<BA, true>, meth::kO},
    {"replace", mReplace<BA>, meth::kFastcall},
    {"rfind", searchMethod<BA, Search::RFind>, meth::kFastcall | meth::kVarargs},
    {"rindex", searchMethod<BA, Search::RIndex>, meth::kFastcall | meth::kVarargs},
    {"rjust", justifyMethod<BA, 2>, meth::kFastcall},
    {"rpartition", partitionMethod<BA, true>, meth::kO},
    {"rsplit", mRSplit<BA>, meth::kFastcall | meth::kKeywords},
    {"rstrip", stripMethod<BA, 2>, meth::kFastcall},
    {"split", mSplit<BA>, meth::kFastcall | meth::kKeywords},
    {"splitlines", mSplitlines<BA>, meth::kFastcall | meth::kKeywords},
    {"startswith", startsEndsMethod<BA, false>, meth::kFastcall | meth::kVarargs},
    {"strip", stripMethod<BA, 3>, meth::kFastcall},
    {"swapcase", caseMethod<BA, Case::Swap>, meth::kNoArgs},
    {"title", caseMethod<BA, Case::Title>, meth::kNoArgs},
    {"translate", mTranslate<BA>, meth::kFastcall | meth::kKeywords},
    {"upper", caseMethod<BA, Case::Upper>, meth::kNoArgs},
    {"zfill", mZfill<BA>, meth::kO},
    {nullptr, nullptr, 0},
};

} // namespace

bool parseHexArgs(Interpreter& interp, const char* parserKey, Object* const* args, std::int64_t nargs, Object* kwnames,
                  Object*& sep, int& bytesPerSep) {
    static const char* const kNames[] = {"sep", "bytes_per_sep"};
    const ArgSpec spec{"hex", kNames, 2, 0, 0, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackParserArgs(interp, spec, parserKey, args, nargs, kwnames, a)) return false;
    sep = a[0];
    bytesPerSep = 1;
    if (a[1]) {
        if (isFloat(a[1])) {
            typeError(interp, "'float' object cannot be interpreted as an integer");
            return false;
        }
        std::int64_t v = 0;
        if (!indexAsInt64(a[1], v, nullptr)) return false;
        if (v < INT32_MIN || v > INT32_MAX) { // _PyLong_AsInt
            raiseError(interp, vmOf(interp).exc.OverflowError, "Python int too large to convert to C int");
            return false;
        }
        bytesPerSep = static_cast<int>(v);
    }
    return true;
}

Ref strhexWithSep(Interpreter& interp, std::string_view data, Object* sep, int bytesPerSep) {
    char sepChar = 0;
    if (sep) {
        const std::int64_t seplen = objectLength(sep);
        if (seplen < 0) return Ref();
        if (seplen != 1) {
            valueError(interp, "sep must be length 1.");
            return Ref();
        }
        std::uint32_t c = 0;
        if (isStr(sep)) c = strCharAt(sep, 0);
        else if (isBytes(sep)) c = static_cast<unsigned char>(bytesView(sep)[0]);
        else {
            typeError(interp, "sep must be str or bytes.");
            return Ref();
        }
        if (c > 127) {
            valueError(interp, "sep must be ASCII.");
            return Ref();
        }
        sepChar = static_cast<char>(c);
    } else {
        bytesPerSep = 0;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    const auto n = static_cast<std::int64_t>(data.size());
    const std::int64_t group = bytesPerSep < 0 ? -static_cast<std::int64_t>(bytesPerSep) : bytesPerSep;
    const bool grouped = group != 0 && group < n;
    std::string text;
    text.reserve(static_cast<std::size_t>(2 * n + (grouped ? (n - 1) / group : 0)));
    for (std::int64_t i = 0; i < n; ++i) {
        // Positive counts group from the right, negative from the left.
        if (grouped && i > 0 && (bytesPerSep > 0 ? (n - i) % group == 0 : i % group == 0)) text += sepChar;
        const auto c = static_cast<unsigned char>(data[static_cast<std::size_t>(i)]);
        text += kHex[c >> 4];
        text += kHex[c & 15];
    }
    return newStrFreshAscii(interp, text);
}

void addSharedBytesMethods(Interpreter& interp, TypeObject* type, bool bytearray) {
    addMethods(interp, type, bytearray ? kSharedMethods<true> : kSharedMethods<false>);
}

} // namespace hs
