// str methods (Objects/unicodeobject.c + Objects/stringlib, 3.11): search, split/join, strip, replace,
// case mapping, padding, predicates and encode, with CPython's object-identity and allocation order.
#include "objects/str_object.h"

#include "frontend/unicode.h"
#include "objects/bytes_object.h"
#include "objects/list_object.h"
#include "objects/split_list.h"
#include "objects/tuple_object.h"
#include "objects/unicode_ctype.h"
#include "runtime/interpreter.h"

#include <algorithm>

// Sections: helpers | search | join/split | strip | replace | case mapping | predicates |
// padding/partition/prefix | encode. Character properties come from unicode_ctype.h.

namespace hs {

namespace {

using namespace unicode;

// ---------------------------------------------------------------- helpers

Ref emptyStr(Interpreter& interp) { return Ref::borrowed(interp.emptyStr); }

// A PyMem_Malloc'd scratch buffer (unicode_askind, case_operation's tmp) live for a scope, so the
// simulated allocator sees the same request stream as CPython.
class ScratchBuffer {
public:
    ScratchBuffer(Interpreter& interp, std::uint64_t n) : m_interp(interp) {
        if (n) m_addr = interp.allocBuffer(nullptr, n);
        m_ok = n == 0 || m_addr != 0;
    }
    ~ScratchBuffer() { m_interp.freeBuffer(m_addr); }
    ScratchBuffer(const ScratchBuffer&) = delete;
    ScratchBuffer& operator=(const ScratchBuffer&) = delete;
    bool ok() const { return m_ok; }

private:
    Interpreter& m_interp;
    Addr m_addr = 0;
    bool m_ok = true;
};

// unicode_askind's widened copy of `sub` when it is narrower than `self`.
std::uint64_t askindBytes(const Object* self, const Object* sub) {
    return strKind(sub) < strKind(self) ? static_cast<std::uint64_t>(strLength(sub) * strKind(self)) : 0;
}

// STRINGLIB_NEW over s[start, start + n): _PyUnicode_FromASCII / FromUCS1/2/4 (singletons for
// one Latin-1 character, canonical kind).
Ref piece(Interpreter& interp, const Object* o, std::int64_t start, std::int64_t n) {
    const StrObject* s = asStr(o);
    if (n <= 0) return emptyStr(interp);
    if (s->kind == 1) {
        const std::string_view sv = std::string_view(s->data).substr(static_cast<std::size_t>(start), static_cast<std::size_t>(n));
        return s->ascii ? newStrFromAscii(interp, sv) : newStrFromLatin1(interp, sv);
    }
    char32_t m = 0;
    for (std::int64_t i = start; i < start + n; ++i) m = std::max(m, readCodeUnit(s->data.data(), s->kind, i));
    if (n == 1 && m < 256) return strLatin1Char(interp, m);
    Ref r = strNew(interp, n, m);
    if (!r) return r;
    const int rk = strKind(r.get());
    char* d = strMutableData(r.get());
    for (std::int64_t i = 0; i < n; ++i) writeCodeUnit(d, rk, i, readCodeUnit(s->data.data(), s->kind, start + i));
    return r;
}

// ADJUST_INDICES.
void adjustIndices(std::int64_t& start, std::int64_t& end, std::int64_t len) {
    if (end > len) {
        end = len;
    } else if (end < 0) {
        end += len;
        if (end < 0) end = 0;
    }
    if (start < 0) {
        start += len;
        if (start < 0) start = 0;
    }
}

bool requireStr(Interpreter& interp, Object* o, const char* prefix) {
    if (isStr(o)) return true;
    interp.setError("TypeError", std::string(prefix) + "must be str, not " + o->type->name);
    return false;
}

bool isNone(Interpreter& interp, Object* o) { return o == nullptr || o == interp.none; }

// ---------------------------------------------------------------- search

bool matchAt(const StrObject* s, std::int64_t pos, const StrObject* sub) {
    if (s->kind == sub->kind)
        return std::memcmp(s->data.data() + pos * s->kind, sub->data.data(), sub->data.size()) == 0;
    for (std::int64_t j = 0; j < sub->length; ++j)
        if (readCodeUnit(s->data.data(), s->kind, pos + j) != readCodeUnit(sub->data.data(), sub->kind, j)) return false;
    return true;
}

// First / last index of sub within s[start, end), or -1 (sub non-empty, kinds compatible).
std::int64_t findIn(const StrObject* s, const StrObject* sub, std::int64_t start, std::int64_t end) {
    if (s->kind == 1 && sub->kind == 1) {
        const std::string_view hay = std::string_view(s->data).substr(0, static_cast<std::size_t>(end));
        const std::size_t p = hay.find(sub->data, static_cast<std::size_t>(start));
        return p == std::string_view::npos ? -1 : static_cast<std::int64_t>(p);
    }
    const char32_t first = readCodeUnit(sub->data.data(), sub->kind, 0);
    for (std::int64_t i = start; i + sub->length <= end; ++i)
        if (readCodeUnit(s->data.data(), s->kind, i) == first && matchAt(s, i, sub)) return i;
    return -1;
}

std::int64_t rfindIn(const StrObject* s, const StrObject* sub, std::int64_t start, std::int64_t end) {
    if (s->kind == 1 && sub->kind == 1) {
        const std::string_view hay = std::string_view(s->data).substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
        const std::size_t p = hay.rfind(sub->data);
        return p == std::string_view::npos ? -1 : start + static_cast<std::int64_t>(p);
    }
    for (std::int64_t i = end - sub->length; i >= start; --i)
        if (matchAt(s, i, sub)) return i;
    return -1;
}

// any_find_slice: -1 when absent.
std::int64_t findSlice(Object* self, Object* subObj, std::int64_t start, std::int64_t end, int direction) {
    const StrObject* s = asStr(self);
    const StrObject* sub = asStr(subObj);
    if (s->kind < sub->kind) return -1;
    adjustIndices(start, end, s->length);
    if (end - start < sub->length) return -1;
    if (sub->length == 0) return direction > 0 ? start : end;
    return direction > 0 ? findIn(s, sub, start, end) : rfindIn(s, sub, start, end);
}

std::int64_t countIn(const StrObject* s, const StrObject* sub, std::int64_t start, std::int64_t end, std::int64_t maxcount) {
    if (sub->length == 0) return std::min(end - start + 1, maxcount);
    std::int64_t n = 0;
    for (std::int64_t i = start; n < maxcount;) {
        const std::int64_t p = findIn(s, sub, i, end);
        if (p < 0) break;
        ++n;
        i = p + sub->length;
    }
    return n;
}

} // namespace

std::int64_t strFind(Interpreter& interp, Object* s, Object* sub, std::int64_t start, std::int64_t end) {
    if (!requireStr(interp, sub, "")) return -2;
    return findSlice(s, sub, start, end, 1);
}

std::int64_t strRFind(Interpreter& interp, Object* s, Object* sub, std::int64_t start, std::int64_t end) {
    if (!requireStr(interp, sub, "")) return -2;
    return findSlice(s, sub, start, end, -1);
}

std::int64_t strIndex(Interpreter& interp, Object* s, Object* sub, std::int64_t start, std::int64_t end) {
    if (!requireStr(interp, sub, "")) return -1;
    const std::int64_t r = findSlice(s, sub, start, end, 1);
    if (r < 0) interp.setError("ValueError", "substring not found");
    return r;
}

std::int64_t strRIndex(Interpreter& interp, Object* s, Object* sub, std::int64_t start, std::int64_t end) {
    if (!requireStr(interp, sub, "")) return -1;
    const std::int64_t r = findSlice(s, sub, start, end, -1);
    if (r < 0) interp.setError("ValueError", "substring not found");
    return r;
}

std::int64_t strCount(Interpreter& interp, Object* self, Object* subObj, std::int64_t start, std::int64_t end) {
    if (!requireStr(interp, subObj, "")) return -1;
    const StrObject* s = asStr(self);
    const StrObject* sub = asStr(subObj);
    if (s->kind < sub->kind) return 0;
    adjustIndices(start, end, s->length);
    if (end - start < sub->length) return 0;
    return countIn(s, sub, start, end, INT64_MAX);
}

namespace {

// tailmatch: 1 when s[start:end] starts (direction < 0) or ends (direction > 0) with sub.
bool tailMatch(const Object* self, const Object* subObj, std::int64_t start, std::int64_t end, int direction) {
    const StrObject* s = asStr(self);
    const StrObject* sub = asStr(subObj);
    adjustIndices(start, end, s->length);
    end -= sub->length;
    if (end < start) return false;
    if (sub->length == 0) return true;
    if (sub->kind > s->kind) return false;
    return matchAt(s, direction > 0 ? end : start, sub);
}

int startsOrEnds(Interpreter& interp, Object* s, Object* arg, std::int64_t start, std::int64_t end, int direction) {
    const char* name = direction > 0 ? "endswith" : "startswith";
    if (isTuple(arg)) {
        for (std::int64_t i = 0; i < tupleSize(arg); ++i) {
            Object* item = tupleItem(arg, i);
            if (!isStr(item)) {
                interp.setError("TypeError", std::string("tuple for ") + name + " must only contain str, not " + item->type->name);
                return -1;
            }
            if (tailMatch(s, item, start, end, direction)) return 1;
        }
        return 0;
    }
    if (!isStr(arg)) {
        interp.setError("TypeError", std::string(name) + " first arg must be str or a tuple of str, not " + arg->type->name);
        return -1;
    }
    return tailMatch(s, arg, start, end, direction) ? 1 : 0;
}

} // namespace

int strStartsWith(Interpreter& interp, Object* s, Object* prefix, std::int64_t start, std::int64_t end) {
    return startsOrEnds(interp, s, prefix, start, end, -1);
}

int strEndsWith(Interpreter& interp, Object* s, Object* suffix, std::int64_t start, std::int64_t end) {
    return startsOrEnds(interp, s, suffix, start, end, 1);
}

// ---------------------------------------------------------------- join / split

Ref strJoin(Interpreter& interp, Object* sep, Object* seq) {
    if (!isList(seq) && !isTuple(seq)) {
        interp.setError("TypeError", "can only join an iterable");
        return Ref();
    }
    const bool list = isList(seq);
    return strJoinArray(interp, sep, list ? listItems(seq) : tupleItems(seq), list ? listSize(seq) : tupleSize(seq));
}

Ref strJoinArray(Interpreter& interp, Object* sep, Object* const* items, std::int64_t n) {
    if (n == 0) return emptyStr(interp);
    if (n == 1 && isExactStr(items[0])) return Ref::borrowed(items[0]);
    const std::int64_t seplen = n > 1 ? strLength(sep) : 0;
    char32_t maxChar = n > 1 ? strMaxCharValue(sep) : 0;
    std::int64_t total = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        if (!isStr(items[i])) {
            interp.setError("TypeError", "sequence item " + std::to_string(i) + ": expected str instance, " + items[i]->type->name + " found");
            return Ref();
        }
        std::int64_t add = strLength(items[i]) + (i ? seplen : 0);
        if (add > INT64_MAX - total) {
            interp.setError("OverflowError", "join() result is too long for a Python string");
            return Ref();
        }
        total += add;
        maxChar = std::max(maxChar, strMaxCharValue(items[i]));
    }
    Ref r = strNew(interp, total, maxChar);
    if (!r || total == 0) return r;
    const int kind = strKind(r.get());
    char* d = strMutableData(r.get());
    std::int64_t at = 0;
    auto put = [&](const Object* o) {
        const StrObject* s = asStr(o);
        if (s->kind == kind) {
            std::memcpy(d + at * kind, s->data.data(), s->data.size());
        } else {
            for (std::int64_t j = 0; j < s->length; ++j) writeCodeUnit(d, kind, at + j, readCodeUnit(s->data.data(), s->kind, j));
        }
        at += s->length;
    };
    for (std::int64_t i = 0; i < n; ++i) {
        if (i && seplen) put(sep);
        put(items[i]);
    }
    return r;
}

namespace {

Ref splitWhitespace(Interpreter& interp, Object* self, std::int64_t maxcount) {
    const StrObject* s = asStr(self);
    const std::int64_t len = s->length;
    auto at = [s](std::int64_t i) { return readCodeUnit(s->data.data(), s->kind, i); };
    SplitList out(interp, maxcount);
    if (!out.ok()) return Ref();
    std::int64_t i = 0, j = 0;
    while (maxcount-- > 0) {
        while (i < len && isSpace(at(i))) ++i;
        if (i == len) break;
        j = i++;
        while (i < len && !isSpace(at(i))) ++i;
        if (j == 0 && i == len && isExactStr(self)) {
            if (!out.add(Ref::borrowed(self))) return Ref();
            break;
        }
        if (!out.add(piece(interp, self, j, i - j))) return Ref();
    }
    if (i < len) {
        while (i < len && isSpace(at(i))) ++i;
        if (i != len && !out.add(piece(interp, self, i, len - i))) return Ref();
    }
    return out.finish(false);
}

Ref rsplitWhitespace(Interpreter& interp, Object* self, std::int64_t maxcount) {
    const StrObject* s = asStr(self);
    const std::int64_t len = s->length;
    auto at = [s](std::int64_t i) { return readCodeUnit(s->data.data(), s->kind, i); };
    SplitList out(interp, maxcount);
    if (!out.ok()) return Ref();
    std::int64_t i = len - 1, j = len - 1;
    while (maxcount-- > 0) {
        while (i >= 0 && isSpace(at(i))) --i;
        if (i < 0) break;
        j = i--;
        while (i >= 0 && !isSpace(at(i))) --i;
        if (j == len - 1 && i < 0 && isExactStr(self)) {
            if (!out.add(Ref::borrowed(self))) return Ref();
            break;
        }
        if (!out.add(piece(interp, self, i + 1, j - i))) return Ref();
    }
    if (i >= 0) {
        while (i >= 0 && isSpace(at(i))) --i;
        if (i >= 0 && !out.add(piece(interp, self, 0, i + 1))) return Ref();
    }
    return out.finish(true);
}

// stringlib split / rsplit with a separator (split_char / rsplit_char for one character).
Ref splitSep(Interpreter& interp, Object* self, Object* sepObj, std::int64_t maxcount, bool right) {
    const StrObject* s = asStr(self);
    const StrObject* sep = asStr(sepObj);
    if (sep->length == 0) {
        interp.setError("ValueError", "empty separator");
        return Ref();
    }
    const std::int64_t len = s->length;
    SplitList out(interp, maxcount);
    if (!out.ok()) return Ref();
    if (sep->length == 1) {
        const char32_t ch = readCodeUnit(sep->data.data(), sep->kind, 0);
        auto at = [s](std::int64_t k) { return readCodeUnit(s->data.data(), s->kind, k); };
        if (!right) {
            std::int64_t i = 0, j = 0;
            while (j < len && maxcount-- > 0) {
                for (; j < len; ++j) {
                    if (at(j) == ch) {
                        if (!out.add(piece(interp, self, i, j - i))) return Ref();
                        i = j = j + 1;
                        break;
                    }
                }
            }
            if (out.count() == 0 && isExactStr(self)) {
                if (!out.add(Ref::borrowed(self))) return Ref();
            } else if (i <= len && !out.add(piece(interp, self, i, len - i))) {
                return Ref();
            }
            return out.finish(false);
        }
        std::int64_t i = len - 1, j = len - 1;
        while (i >= 0 && maxcount-- > 0) {
            for (; i >= 0; --i) {
                if (at(i) == ch) {
                    if (!out.add(piece(interp, self, i + 1, j - i))) return Ref();
                    j = i = i - 1;
                    break;
                }
            }
        }
        if (out.count() == 0 && isExactStr(self)) {
            if (!out.add(Ref::borrowed(self))) return Ref();
        } else if (j >= -1 && !out.add(piece(interp, self, 0, j + 1))) {
            return Ref();
        }
        return out.finish(true);
    }
    if (!right) {
        std::int64_t i = 0;
        while (maxcount-- > 0) {
            const std::int64_t pos = findIn(s, sep, i, len);
            if (pos < 0) break;
            if (!out.add(piece(interp, self, i, pos - i))) return Ref();
            i = pos + sep->length;
        }
        if (out.count() == 0 && isExactStr(self)) {
            if (!out.add(Ref::borrowed(self))) return Ref();
        } else if (!out.add(piece(interp, self, i, len - i))) {
            return Ref();
        }
        return out.finish(false);
    }
    std::int64_t j = len;
    while (maxcount-- > 0) {
        const std::int64_t pos = j >= sep->length ? rfindIn(s, sep, 0, j) : -1;
        if (pos < 0) break;
        if (!out.add(piece(interp, self, pos + sep->length, j - pos - sep->length))) return Ref();
        j = pos;
    }
    if (out.count() == 0 && isExactStr(self)) {
        if (!out.add(Ref::borrowed(self))) return Ref();
    } else if (!out.add(piece(interp, self, 0, j))) {
        return Ref();
    }
    return out.finish(true);
}

Ref splitImpl(Interpreter& interp, Object* self, Object* sep, std::int64_t maxsplit, bool right) {
    if (maxsplit < 0) maxsplit = INT64_MAX;
    if (isNone(interp, sep)) return right ? rsplitWhitespace(interp, self, maxsplit) : splitWhitespace(interp, self, maxsplit);
    if (!isStr(sep)) {
        interp.setError("TypeError", "must be str or None, not " + sep->type->name);
        return Ref();
    }
    if (strKind(self) < strKind(sep) || strLength(self) < strLength(sep)) {
        Ref out = newList(interp, 1);
        if (!out) return out;
        incref(self);
        listSetItemSteal(out.get(), 0, self);
        return out;
    }
    ScratchBuffer widened(interp, askindBytes(self, sep));
    if (!widened.ok()) return Ref();
    return splitSep(interp, self, sep, maxsplit, right);
}

} // namespace

Ref strSplit(Interpreter& interp, Object* s, Object* sep, std::int64_t maxsplit) {
    return splitImpl(interp, s, sep, maxsplit, false);
}

Ref strRSplit(Interpreter& interp, Object* s, Object* sep, std::int64_t maxsplit) {
    return splitImpl(interp, s, sep, maxsplit, true);
}

Ref strSplitlines(Interpreter& interp, Object* self, bool keepends) {
    const StrObject* s = asStr(self);
    const std::int64_t len = s->length;
    auto at = [s](std::int64_t k) { return readCodeUnit(s->data.data(), s->kind, k); };
    Ref list = newList(interp, 0);
    if (!list) return list;
    for (std::int64_t i = 0, j = 0; i < len;) {
        while (i < len && !isLinebreak(at(i))) ++i;
        std::int64_t eol = i;
        if (i < len) {
            i += (at(i) == '\r' && i + 1 < len && at(i + 1) == '\n') ? 2 : 1;
            if (keepends) eol = i;
        }
        if (j == 0 && eol == len && isExactStr(self)) {
            if (listAppend(list.get(), self) < 0) return Ref();
            break;
        }
        Ref sub = piece(interp, self, j, eol - j);
        if (!sub || listAppend(list.get(), sub.get()) < 0) return Ref();
        j = i;
    }
    return list;
}

// ---------------------------------------------------------------- strip

namespace {

enum StripType { kLeft = 0, kRight = 1, kBoth = 2 };

Ref stripImpl(Interpreter& interp, Object* self, Object* chars, StripType type, const char* name) {
    const StrObject* s = asStr(self);
    const std::int64_t len = s->length;
    auto at = [s](std::int64_t k) { return readCodeUnit(s->data.data(), s->kind, k); };
    bool (*strip)(char32_t, const StrObject*);
    const StrObject* set = nullptr;
    if (isNone(interp, chars)) {
        strip = [](char32_t c, const StrObject*) { return isSpace(c); };
    } else if (isStr(chars)) {
        set = asStr(chars);
        strip = [](char32_t c, const StrObject* cs) {
            for (std::int64_t k = 0; k < cs->length; ++k)
                if (readCodeUnit(cs->data.data(), cs->kind, k) == c) return true;
            return false;
        };
    } else {
        interp.setError("TypeError", std::string(name) + " arg must be None or str");
        return Ref();
    }
    std::int64_t i = 0, j = len;
    if (type != kRight)
        while (i < len && strip(at(i), set)) ++i;
    if (type != kLeft) {
        --j;
        while (j >= i && strip(at(j), set)) --j;
        ++j;
    }
    return strSubstring(interp, self, i, j);
}

} // namespace

Ref strStrip(Interpreter& interp, Object* s, Object* chars) { return stripImpl(interp, s, chars, kBoth, "strip"); }
Ref strLStrip(Interpreter& interp, Object* s, Object* chars) { return stripImpl(interp, s, chars, kLeft, "lstrip"); }
Ref strRStrip(Interpreter& interp, Object* s, Object* chars) { return stripImpl(interp, s, chars, kRight, "rstrip"); }

// ---------------------------------------------------------------- replace

Ref strReplace(Interpreter& interp, Object* self, Object* oldObj, Object* newObj, std::int64_t maxcount) {
    if (!isStr(oldObj)) {
        interp.setError("TypeError", "replace() argument 1 must be str, not " + oldObj->type->name);
        return Ref();
    }
    if (!isStr(newObj)) {
        interp.setError("TypeError", "replace() argument 2 must be str, not " + newObj->type->name);
        return Ref();
    }
    const StrObject* s = asStr(self);
    const StrObject* o = asStr(oldObj);
    const StrObject* n = asStr(newObj);
    const std::int64_t slen = s->length, len1 = o->length, len2 = n->length;
    if (maxcount < 0) maxcount = INT64_MAX;
    const char32_t maxSelf = strMaxCharValue(self), max1 = strMaxCharValue(oldObj), max2 = strMaxCharValue(newObj);
    if (slen < len1 || maxcount == 0 || oldObj == newObj || maxSelf < max1 || (len1 == len2 && len1 == 0))
        return strResultUnchanged(interp, self);
    const bool mayShrink = max2 < max1 && maxSelf == max1;
    const char32_t maxChar = std::max(maxSelf, max2);
    // Occurrences (non-overlapping, left to right), at most maxcount.
    std::vector<std::int64_t> hits;
    if (len1 == 0) {
        const std::int64_t k = std::min(slen + 1, maxcount);
        for (std::int64_t i = 0; i < k; ++i) hits.push_back(i);
    } else {
        for (std::int64_t i = 0; static_cast<std::int64_t>(hits.size()) < maxcount;) {
            const std::int64_t p = findIn(s, o, i, slen);
            if (p < 0) break;
            hits.push_back(p);
            i = p + len1;
        }
    }
    if (hits.empty()) return strResultUnchanged(interp, self);
    // unicode_askind copies live until the result is built: `old` (and `self`) widened to the
    // working kind, `new` widened when narrower.
    int rkind = s->kind;
    std::uint64_t scratch1 = 0, scratch2 = 0, scratchSelf = 0;
    if (len1 == len2 && len1 == 1) {
        // replace_1char_inplace: no scratch copies
    } else if (len1 == len2) {
        if (o->kind < rkind) scratch1 = static_cast<std::uint64_t>(len1 * rkind);
        if (rkind > n->kind) {
            scratch2 = static_cast<std::uint64_t>(len2 * rkind);
        } else if (rkind < n->kind) {
            rkind = n->kind;
            scratchSelf = static_cast<std::uint64_t>(slen * rkind);
            scratch1 = static_cast<std::uint64_t>(len1 * rkind);
        }
    } else {
        if (o->kind < rkind) scratch1 = static_cast<std::uint64_t>(len1 * rkind);
        if (n->kind < rkind) {
            scratch2 = static_cast<std::uint64_t>(len2 * rkind);
        } else if (n->kind > rkind) {
            rkind = n->kind;
            scratchSelf = static_cast<std::uint64_t>(slen * rkind);
            scratch1 = static_cast<std::uint64_t>(len1 * rkind);
        }
    }
    ScratchBuffer b1(interp, scratch1), b2(interp, scratch2), bs(interp, scratchSelf);
    if (!b1.ok() || !b2.ok() || !bs.ok()) return Ref();
    const auto count = static_cast<std::int64_t>(hits.size());
    if (len1 < len2 && len2 - len1 > (INT64_MAX - slen) / count) {
        interp.setError("OverflowError", "replace string is too long");
        return Ref();
    }
    const std::int64_t newSize = slen + count * (len2 - len1);
    if (newSize == 0) return emptyStr(interp);
    std::u32string out;
    out.reserve(static_cast<std::size_t>(newSize));
    const std::u32string repl = strToCodePoints(newObj);
    std::int64_t i = 0;
    for (std::int64_t h : hits) {
        for (; i < h; ++i) out += readCodeUnit(s->data.data(), s->kind, i);
        out += repl;
        if (len1 == 0) {
            if (i < slen) out += readCodeUnit(s->data.data(), s->kind, i);
            ++i;
        } else {
            i += len1;
        }
    }
    for (; i < slen; ++i) out += readCodeUnit(s->data.data(), s->kind, i);
    Ref u = strNew(interp, newSize, maxChar);
    if (!u) return u;
    char32_t actual = 0;
    for (char32_t c : out) actual = std::max(actual, c);
    if (mayShrink && strMaxCharValue(u.get()) > 0x7f) {
        const bool shrinks = (strKind(u.get()) == 1 && actual < 0x80) || (strKind(u.get()) == 2 && actual < 0x100) ||
                             (strKind(u.get()) == 4 && actual < 0x10000);
        if (shrinks) {
            Ref copy = strNew(interp, newSize, actual); // unicode_adjust_maxchar
            u = std::move(copy);
            if (!u) return u;
        }
    }
    const int k = strKind(u.get());
    char* d = strMutableData(u.get());
    for (std::int64_t x = 0; x < newSize; ++x) writeCodeUnit(d, k, x, out[static_cast<std::size_t>(x)]);
    return u;
}

// ---------------------------------------------------------------- case mapping

namespace {

// handle_capital_sigma: final sigma when preceded by a cased letter and not followed by one.
char32_t capitalSigma(const StrObject* s, std::int64_t i) {
    auto at = [s](std::int64_t k) { return readCodeUnit(s->data.data(), s->kind, k); };
    std::int64_t j = i - 1;
    while (j >= 0 && isCaseIgnorable(at(j))) --j;
    bool finalSigma = j >= 0 && isCased(at(j));
    if (finalSigma && i < s->length - 1) {
        j = i + 1;
        while (j < s->length && isCaseIgnorable(at(j))) ++j;
        finalSigma = j == s->length || !isCased(at(j));
    }
    return finalSigma ? 0x3c2 : 0x3c3;
}

int lowerAt(const StrObject* s, std::int64_t i, char32_t c, char32_t* out) {
    if (c == 0x3a3) {
        out[0] = capitalSigma(s, i);
        return 1;
    }
    return toLowerFull(c, out);
}

enum class CaseOp { Upper, Lower, Capitalize, Title, Swapcase, Casefold };

// ascii_upper_or_lower: PyUnicode_New(len, 127) filled in place.
Ref asciiCase(Interpreter& interp, Object* self, bool lower) {
    const StrObject* s = asStr(self);
    Ref r = strNew(interp, s->length, 0x7f);
    if (!r || s->length == 0) return r;
    char* d = strMutableData(r.get());
    for (std::int64_t i = 0; i < s->length; ++i) {
        const char c = s->data[static_cast<std::size_t>(i)];
        d[i] = lower ? ((c >= 'A' && c <= 'Z') ? c + 32 : c) : ((c >= 'a' && c <= 'z') ? c - 32 : c);
    }
    return r;
}

// case_operation: the mapped text goes to a PyMem_Malloc(12 * len) scratch buffer, then into
// PyUnicode_New(newlen, maxchar); the scratch is freed after.
Ref caseOperation(Interpreter& interp, Object* self, CaseOp op) {
    const StrObject* s = asStr(self);
    if (static_cast<std::uint64_t>(s->length) > static_cast<std::uint64_t>(INT64_MAX) / 12) {
        interp.setError("OverflowError", "string is too long");
        return Ref();
    }
    ScratchBuffer tmp(interp, static_cast<std::uint64_t>(12 * s->length));
    if (!tmp.ok()) return Ref();
    std::u32string out;
    out.reserve(static_cast<std::size_t>(s->length));
    char32_t mapped[3];
    bool previousCased = false;
    for (std::int64_t i = 0; i < s->length; ++i) {
        const char32_t c = readCodeUnit(s->data.data(), s->kind, i);
        int n = 1;
        switch (op) {
        case CaseOp::Upper: n = toUpperFull(c, mapped); break;
        case CaseOp::Lower: n = lowerAt(s, i, c, mapped); break;
        case CaseOp::Casefold: n = toFoldedFull(c, mapped); break;
        case CaseOp::Capitalize: n = i == 0 ? toTitleFull(c, mapped) : lowerAt(s, i, c, mapped); break;
        case CaseOp::Title:
            n = previousCased ? lowerAt(s, i, c, mapped) : toTitleFull(c, mapped);
            previousCased = isCased(c);
            break;
        case CaseOp::Swapcase:
            if (isUpper(c)) n = lowerAt(s, i, c, mapped);
            else if (isLower(c)) n = toUpperFull(c, mapped);
            else mapped[0] = c;
            break;
        }
        out.append(mapped, static_cast<std::size_t>(n));
    }
    char32_t maxChar = 0;
    for (char32_t c : out) maxChar = std::max(maxChar, c);
    Ref r = strNew(interp, static_cast<std::int64_t>(out.size()), maxChar);
    if (!r || out.empty()) return r;
    const int k = strKind(r.get());
    char* d = strMutableData(r.get());
    for (std::size_t i = 0; i < out.size(); ++i) writeCodeUnit(d, k, static_cast<std::int64_t>(i), out[i]);
    return r;
}

} // namespace

Ref strUpper(Interpreter& interp, Object* s) {
    return strIsAscii(s) ? asciiCase(interp, s, false) : caseOperation(interp, s, CaseOp::Upper);
}
Ref strLower(Interpreter& interp, Object* s) {
    return strIsAscii(s) ? asciiCase(interp, s, true) : caseOperation(interp, s, CaseOp::Lower);
}
Ref strCasefold(Interpreter& interp, Object* s) {
    return strIsAscii(s) ? asciiCase(interp, s, true) : caseOperation(interp, s, CaseOp::Casefold);
}
Ref strCapitalize(Interpreter& interp, Object* s) {
    if (strLength(s) == 0) return strResultUnchanged(interp, s);
    return caseOperation(interp, s, CaseOp::Capitalize);
}
Ref strTitle(Interpreter& interp, Object* s) { return caseOperation(interp, s, CaseOp::Title); }
Ref strSwapcase(Interpreter& interp, Object* s) { return caseOperation(interp, s, CaseOp::Swapcase); }

// ---------------------------------------------------------------- predicates

namespace {

template <class Pred> bool allChars(const Object* o, Pred pred) {
    const StrObject* s = asStr(o);
    if (s->length == 0) return false;
    for (std::int64_t i = 0; i < s->length; ++i)
        if (!pred(readCodeUnit(s->data.data(), s->kind, i))) return false;
    return true;
}

} // namespace

bool strIsDigit(const Object* s) { return allChars(s, isDigit); }
bool strIsDecimal(const Object* s) { return allChars(s, isDecimal); }
bool strIsNumeric(const Object* s) { return allChars(s, isNumeric); }
bool strIsAlpha(const Object* s) { return allChars(s, isAlpha); }
bool strIsAlnum(const Object* s) {
    return allChars(s, [](char32_t c) { return isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c); });
}
bool strIsSpace(const Object* s) { return allChars(s, isSpace); }
bool strIsPrintable(const Object* o) {
    return strLength(o) == 0 || allChars(o, isPrintable);
}

bool strIsUpper(const Object* o) {
    const StrObject* s = asStr(o);
    if (s->length == 1) return isUpper(strCharAt(o, 0));
    bool cased = false;
    for (std::int64_t i = 0; i < s->length; ++i) {
        const char32_t c = strCharAt(o, i);
        if (isLower(c) || isTitle(c)) return false;
        if (!cased && isUpper(c)) cased = true;
    }
    return cased;
}

bool strIsLower(const Object* o) {
    const StrObject* s = asStr(o);
    if (s->length == 1) return isLower(strCharAt(o, 0));
    bool cased = false;
    for (std::int64_t i = 0; i < s->length; ++i) {
        const char32_t c = strCharAt(o, i);
        if (isUpper(c) || isTitle(c)) return false;
        if (!cased && isLower(c)) cased = true;
    }
    return cased;
}

bool strIsTitle(const Object* o) {
    const StrObject* s = asStr(o);
    if (s->length == 1) {
        const char32_t c = strCharAt(o, 0);
        return isTitle(c) || isUpper(c);
    }
    bool cased = false, previousCased = false;
    for (std::int64_t i = 0; i < s->length; ++i) {
        const char32_t c = strCharAt(o, i);
        if (isUpper(c) || isTitle(c)) {
            if (previousCased) return false;
            previousCased = cased = true;
        } else if (isLower(c)) {
            if (!previousCased) return false;
            previousCased = cased = true;
        } else {
            previousCased = false;
        }
    }
    return cased;
}

bool strIsIdentifier(const Object* o) {
    const StrObject* s = asStr(o);
    if (s->length == 0) return false;
    if (!frontend::isIdStart(strCharAt(o, 0))) return false;
    for (std::int64_t i = 1; i < s->length; ++i)
        if (!frontend::isIdContinue(strCharAt(o, i))) return false;
    return true;
}

// ---------------------------------------------------------------- padding, partition, prefixes

namespace {

// pad(): left/right fill around s (both >= 0, not both 0).
Ref pad(Interpreter& interp, Object* self, std::int64_t left, std::int64_t right, char32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return strResultUnchanged(interp, self);
    const StrObject* s = asStr(self);
    if (left > INT64_MAX - s->length || right > INT64_MAX - (left + s->length)) {
        interp.setError("OverflowError", "padded string is too long");
        return Ref();
    }
    Ref u = strNew(interp, left + s->length + right, std::max(strMaxCharValue(self), fill));
    if (!u) return u;
    StrObject* r = asStr(u.get());
    char* d = r->data.data();
    for (std::int64_t i = 0; i < left; ++i) writeCodeUnit(d, r->kind, i, fill);
    for (std::int64_t i = 0; i < s->length; ++i) writeCodeUnit(d, r->kind, left + i, readCodeUnit(s->data.data(), s->kind, i));
    for (std::int64_t i = 0; i < right; ++i) writeCodeUnit(d, r->kind, left + s->length + i, fill);
    return u;
}

} // namespace

Ref strCenter(Interpreter& interp, Object* s, std::int64_t width, char32_t fill) {
    const std::int64_t len = strLength(s);
    if (len >= width) return strResultUnchanged(interp, s);
    const std::int64_t marg = width - len;
    const std::int64_t left = marg / 2 + (marg & width & 1);
    return pad(interp, s, left, marg - left, fill);
}

Ref strLJust(Interpreter& interp, Object* s, std::int64_t width, char32_t fill) {
    if (strLength(s) >= width) return strResultUnchanged(interp, s);
    return pad(interp, s, 0, width - strLength(s), fill);
}

Ref strRJust(Interpreter& interp, Object* s, std::int64_t width, char32_t fill) {
    if (strLength(s) >= width) return strResultUnchanged(interp, s);
    return pad(interp, s, width - strLength(s), 0, fill);
}

Ref strZfill(Interpreter& interp, Object* s, std::int64_t width) {
    if (strLength(s) >= width) return strResultUnchanged(interp, s);
    const std::int64_t fill = width - strLength(s);
    Ref u = pad(interp, s, fill, 0, U'0');
    if (!u) return u;
    StrObject* r = asStr(u.get());
    const char32_t c = readCodeUnit(r->data.data(), r->kind, fill);
    if (c == '+' || c == '-') {
        writeCodeUnit(r->data.data(), r->kind, 0, c);
        writeCodeUnit(r->data.data(), r->kind, fill, U'0');
    }
    return u;
}

namespace {

Ref partitionImpl(Interpreter& interp, Object* self, Object* sepObj, bool right) {
    if (!requireStr(interp, sepObj, "")) return Ref();
    const StrObject* s = asStr(self);
    const StrObject* sep = asStr(sepObj);
    Object* empty = interp.emptyStr;
    if (s->kind < sep->kind || s->length < sep->length)
        return right ? tuplePack(interp, {empty, empty, self}) : tuplePack(interp, {self, empty, empty});
    ScratchBuffer widened(interp, askindBytes(self, sepObj));
    if (!widened.ok()) return Ref();
    if (sep->length == 0) {
        interp.setError("ValueError", "empty separator");
        return Ref();
    }
    Ref out = newTuple(interp, 3);
    if (!out) return out;
    const std::int64_t pos = right ? rfindIn(s, sep, 0, s->length) : findIn(s, sep, 0, s->length);
    if (pos < 0) {
        Object* items[3] = {self, empty, empty};
        if (right) std::swap(items[0], items[2]);
        for (int i = 0; i < 3; ++i) {
            incref(items[i]);
            tupleSetItemSteal(out.get(), i, items[i]);
        }
        return out;
    }
    Ref head = piece(interp, self, 0, pos);
    if (!head) return head;
    tupleSetItemSteal(out.get(), 0, head.release());
    incref(sepObj);
    tupleSetItemSteal(out.get(), 1, sepObj);
    const std::int64_t after = pos + sep->length;
    Ref tail = piece(interp, self, after, s->length - after);
    if (!tail) return tail;
    tupleSetItemSteal(out.get(), 2, tail.release());
    return out;
}

} // namespace

Ref strPartition(Interpreter& interp, Object* s, Object* sep) { return partitionImpl(interp, s, sep, false); }
Ref strRPartition(Interpreter& interp, Object* s, Object* sep) { return partitionImpl(interp, s, sep, true); }

Ref strRemovePrefix(Interpreter& interp, Object* s, Object* prefix) {
    if (!requireStr(interp, prefix, "removeprefix() argument ")) return Ref();
    if (tailMatch(s, prefix, 0, INT64_MAX, -1)) return strSubstring(interp, s, strLength(prefix), strLength(s));
    return strResultUnchanged(interp, s);
}

Ref strRemoveSuffix(Interpreter& interp, Object* s, Object* suffix) {
    if (!requireStr(interp, suffix, "removesuffix() argument ")) return Ref();
    if (strLength(suffix) && tailMatch(s, suffix, 0, INT64_MAX, 1))
        return strSubstring(interp, s, 0, strLength(s) - strLength(suffix));
    return strResultUnchanged(interp, s);
}

// ---------------------------------------------------------------- encode

Ref strEncodeUtf8(Interpreter& interp, Object* self) {
    const StrObject* s = asStr(self);
    if (s->ascii) return newBytes(interp, s->data); // PyUnicode_UTF8 is the data itself
    std::string text;
    if (s->utf8) { // _PyUnicode_AsUTF8String copies the cached UTF-8
        strAppendUtf8(self, text);
        return newBytes(interp, text);
    }
    if (!strToUtf8Checked(interp, self, text)) return Ref();
    // _PyBytesWriter: a 512-byte stack buffer, else a bytes object of len * max_char_size shrunk
    // by _PyBytes_Resize at the end.
    const std::int64_t maxCharSize = s->kind == 1 ? 2 : s->kind == 2 ? 3 : 4;
    const std::int64_t worst = s->length * maxCharSize;
    if (worst <= 512) return newBytes(interp, text);
    Ref b = newBytesUninit(interp, worst);
    if (!b) return b;
    if (!bytesResize(interp, b, static_cast<std::int64_t>(text.size()))) return Ref();
    std::memcpy(bytesMutableData(b.get()), text.data(), text.size());
    return b;
}

} // namespace hs
