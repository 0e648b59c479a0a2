// str core: the type's slots and simulated layout, PyUnicode_New and resizing, the static singletons,
// interning, hashing, UTF-8 decoding/encoding, repr, comparison and the sequence operations.
#include "objects/str_object.h"

#include "frontend/unicode.h"
#include "objects/builtin_types.h"
#include "objects/bytes_object.h"
#include "objects/startup_refcounts.h"
#include "objects/static_refcounts.h"
#include "objects/tuple_object.h"
#include "objects/unicode_ctype.h"
#include "runtime/interpreter.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

// Sections: slots | allocation | singletons | interning | hashing | creation | UTF-8 | repr |
// comparison | sequence operations | type init.

namespace hs {

namespace {

constexpr std::int64_t kAsciiStructSize = 48;   // sizeof(PyASCIIObject), 3.11 64-bit
constexpr std::int64_t kCompactStructSize = 72; // sizeof(PyCompactUnicodeObject)
// Largest host buffer a str may have (beyond it MemoryError: the host must not abort).
constexpr std::int64_t kMaxHostBytes = std::int64_t(1) << 31;

std::int64_t simSizeOf(std::int64_t length, int kind, bool ascii) {
    return ascii ? kAsciiStructSize + length + 1 : kCompactStructSize + (length + 1) * kind;
}

void shapeFor(char32_t maxChar, int& kind, bool& ascii) {
    ascii = maxChar < 0x80;
    kind = maxChar < 0x100 ? 1 : maxChar < 0x10000 ? 2 : 4;
}

char32_t maxCodePoint(const char32_t* cps, std::size_t n) {
    char32_t m = 0;
    for (std::size_t i = 0; i < n; ++i) m = std::max(m, cps[i]);
    return m;
}

Interpreter& interpOf(const Object* o) { return *o->type->interp; }

// unicode_repr's text as code points (defined in the repr section).
std::u32string reprCodePoints(const char* d, int kind, std::int64_t length);

} // namespace

// ---------------------------------------------------------------- slots

namespace {

void strDealloc(Object* o) {
    StrObject* s = asStr(o);
    // Static strings (singletons, identifiers) are never freed: their counts start near 10**9.
    if (o->objFlags & Object::kStatic) return;
    Interpreter& interp = interpOf(o);
    if (s->interned != sstate::kNotInterned) {
        internTableOf(interp).remove(s);
        interp.typeAttrCache.invalidate(); // the name's address may be reused
    }
    if (s->utf8) interp.freeBuffer(std::exchange(s->utf8, 0)); // unicode_dealloc frees the cache first
    if (s->legacyData) interp.freeBuffer(std::exchange(s->legacyData, 0));
    interp.freeObject(o);
}

constexpr std::int64_t kUnicodeStructSize = 80; // sizeof(PyUnicodeObject), legacy strings

std::int64_t strSizeOf(const Object* o) {
    const StrObject* s = asStr(o);
    // unicode___sizeof__: a legacy string counts the struct and its character block; either kind
    // counts a UTF-8 cache of its own memory.
    const std::int64_t cache = s->utf8 ? s->utf8Length + 1 : 0;
    if (s->legacyData) return kUnicodeStructSize + (s->length + 1) * s->kind + cache;
    return simSizeOf(s->length, s->kind, s->ascii) + cache;
}

std::uint64_t stateWord(const StrObject* s) {
    // interned:2 | kind:3 | compact:1 | ascii:1 | ready:1
    return std::uint64_t(s->interned) | (std::uint64_t(s->kind) << 2) | (1u << 5) | (std::uint64_t(s->ascii) << 6) |
           (1u << 7);
}

bool strReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    const StrObject* s = asStr(o);
    const std::int64_t dataStart = s->ascii ? kAsciiStructSize : kCompactStructSize;
    switch (offset) {
    case 16: out = static_cast<std::uint64_t>(s->length); return true;
    case 24: out = static_cast<std::uint64_t>(s->hash); return true;
    case 32: out = stateWord(s); return true;
    case 40: out = s->kind == 4 ? o->addr + kCompactStructSize : 0; return true;
    default: break;
    }
    if (!s->ascii && offset < dataStart) {
        // utf8_length, utf8 (the cache's block, or NULL), wstr_length (shared with the data for UCS4)
        out = offset == 48   ? static_cast<std::uint64_t>(s->utf8Length)
              : offset == 56 ? s->utf8
              : (offset == 64 && s->kind == 4) ? static_cast<std::uint64_t>(s->length)
                                                : 0;
        return offset >= 48;
    }
    const std::int64_t end = simSizeOf(s->length, s->kind, s->ascii);
    if (offset < dataStart || offset >= end) return false;
    // Inline data, little-endian; bytes past the buffer (the NUL and beyond) read 0.
    out = 0;
    const std::int64_t base = offset - dataStart;
    const std::int64_t have = static_cast<std::int64_t>(s->data.size());
    for (int b = 7; b >= 0; --b) {
        const std::int64_t i = base + b;
        out = (out << 8) | (i < have ? static_cast<unsigned char>(s->data[static_cast<std::size_t>(i)]) : 0u);
    }
    return true;
}

std::int64_t strHashSlot(Object* o) { return strHash(o); }

Object* strReprSlot(Object* o) { return strRepr(interpOf(o), o).release(); }

int strIsTrue(Object* o) { return asStr(o)->length != 0; }

std::string strLabel(const Object* o) {
    const StrObject* s = asStr(o);
    constexpr std::int64_t kMax = 40;
    if (s->length <= kMax) return strReprUtf8(o);
    // The repr of the first kMax code points, with an ellipsis before the closing quote.
    std::string text;
    for (char32_t c : reprCodePoints(s->data.data(), s->kind, kMax)) frontend::appendUtf8(text, c);
    text.insert(text.size() - 1, "...");
    return text;
}

} // namespace

bool isExactStr(const Object* o) { return o->type == o->type->interp->types.str; }

std::u32string strToCodePoints(const Object* o) {
    const StrObject* s = asStr(o);
    std::u32string out(static_cast<std::size_t>(s->length), U'\0');
    for (std::int64_t i = 0; i < s->length; ++i) out[static_cast<std::size_t>(i)] = readCodeUnit(s->data.data(), s->kind, i);
    return out;
}

// ---------------------------------------------------------------- allocation

namespace {

// PyUnicode_New for length > 0: a new reference with zeroed data, or nullptr with MemoryError.
StrObject* allocStr(Interpreter& interp, std::int64_t length, char32_t maxChar) {
    int kind;
    bool ascii;
    shapeFor(maxChar, kind, ascii);
    const std::int64_t structSize = ascii ? kAsciiStructSize : kCompactStructSize;
    if (length > (INT64_MAX - structSize) / kind - 1 || length * kind > kMaxHostBytes) {
        interp.setMemoryError();
        return nullptr;
    }
    auto* s = interp.newObject<StrObject>(interp.types.str, static_cast<std::uint64_t>(simSizeOf(length, kind, ascii)));
    if (s == nullptr) return nullptr;
    s->length = length;
    s->kind = static_cast<std::uint8_t>(kind);
    s->ascii = ascii;
    s->data.resize(static_cast<std::size_t>(length * kind));
    return s;
}

// resize_compact's PyObject_Realloc of the object's block to the size for `length` code points
// (kind unchanged). The block may move: the object takes the new address and the old block is
// left as a freed str. Host data is resized too. False with MemoryError pending.
bool reallocStr(Interpreter& interp, StrObject* s, std::int64_t length) {
    if (length * s->kind > kMaxHostBytes) {
        interp.setMemoryError();
        return false;
    }
    const Addr old = s->addr;
    const Addr q = interp.memory().realloc(old, static_cast<std::uint64_t>(simSizeOf(length, s->kind, s->ascii)));
    if (q == 0) {
        interp.setMemoryError();
        return false;
    }
    interp.traceRealloc(old, q, static_cast<std::uint64_t>(simSizeOf(length, s->kind, s->ascii)));
    if (q != old) {
        if (interp.memory().pymalloc().owns(old)) { // a freed pymalloc block keeps the dead header words
            BlockSlot& dead = interp.memory().slotOf(old);
            dead.ghostIsObject = true;
            dead.ghostType = s->type->addr;
            dead.ghostIdOffset = 0;
            dead.ghostGcFlags = 0;
        }
        BlockSlot& slot = interp.memory().slotOf(q);
        slot.owner = s;
        slot.state = BlockState::Object;
        s->addr = q;
    }
    s->length = length;
    s->data.resize(static_cast<std::size_t>(length * s->kind));
    ++interp.version;
    return true;
}

Ref emptyStr(Interpreter& interp) { return Ref::borrowed(interp.emptyStr); }

// unicode_result_ready: '' and 1-character Latin-1 results become the singletons.
Ref unicodeResult(Interpreter& interp, StrObject* s) {
    if (s->length == 1 && s->kind == 1) {
        Object* c = interp.latin1Chars[static_cast<unsigned char>(s->data[0])];
        if (c != s) {
            incref(c);
            decref(s);
        }
        return Ref(c);
    }
    return Ref(s);
}

void fillFromCodePoints(StrObject* s, const char32_t* cps, std::size_t n) {
    char* d = s->data.data();
    if (s->kind == 1) {
        for (std::size_t i = 0; i < n; ++i) d[i] = static_cast<char>(cps[i]);
    } else {
        for (std::size_t i = 0; i < n; ++i) writeCodeUnit(d, s->kind, static_cast<std::int64_t>(i), cps[i]);
    }
}

} // namespace

Ref strNew(Interpreter& interp, std::int64_t length, char32_t maxChar) {
    if (length == 0) return emptyStr(interp);
    return Ref(allocStr(interp, length, maxChar));
}

// ---------------------------------------------------------------- singletons

namespace {

StrObject* makeStatic(Interpreter& interp, const char32_t* cps, std::size_t n, std::int64_t refcnt) {
    int kind;
    bool ascii;
    shapeFor(maxCodePoint(cps, n), kind, ascii);
    const auto len = static_cast<std::int64_t>(n);
    auto* s = interp.newStaticObject<StrObject>(interp.types.str, static_cast<std::uint64_t>(simSizeOf(len, kind, ascii)), refcnt);
    s->length = len;
    s->kind = static_cast<std::uint8_t>(kind);
    s->ascii = ascii;
    s->data.resize(n * static_cast<std::size_t>(kind));
    fillFromCodePoints(s, cps, n);
    return s;
}

} // namespace

void createStrSingletons(Interpreter& interp) {
    // '' is interned and hashed at startup (state word 0xe5, hash 0, measured).
    auto* empty = makeStatic(interp, nullptr, 0, static_refcounts::kEmptyStr);
    interp.emptyStr = empty;
    strHash(empty);
    internTableOf(interp).setDefault(empty);
    empty->interned = sstate::kInternedMortal;
    for (unsigned c = 0; c < 256; ++c) {
        const char32_t cp = c;
        interp.latin1Chars[c] = makeStatic(interp, &cp, 1, static_refcounts::kLatin1Chars[c]);
    }
    // The strings CPython's startup interns as statics (_Py_ID identifiers and the deep-frozen
    // modules' names and constants), before anything else is interned: a code constant or an
    // identifier with that text is that object (for one-character names a separate object, not
    // the Latin-1 singleton: a code constant 'a' is not chr(97)).
    interp.internedStatics.reserve(std::size(static_refcounts::kInternedStatics));
    for (const auto& entry : static_refcounts::kInternedStatics)
        interp.internedStatics.push_back(newStaticStr(interp, entry.text, entry.refcnt, true));
}

Object* newStaticStr(Interpreter& interp, std::string_view utf8, std::int64_t refcnt, bool intern) {
    std::u32string cps;
    cps.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) cps += frontend::decodeUtf8(utf8, i);
    StrObject* s = makeStatic(interp, cps.data(), cps.size(), refcnt);
    if (intern) {
        strHash(s);
        internTableOf(interp).setDefault(s);
        s->interned = sstate::kInternedMortal;
    }
    return s;
}

// ---------------------------------------------------------------- interning

void InternTableDeleter::operator()(InternTable* t) const { delete t; }

InternTable& internTableOf(Interpreter& interp) {
    if (!interp.internTable) interp.internTable.reset(new InternTable());
    return *interp.internTable;
}

StrObject* InternTable::find(const StrObject* s) const {
    if (slots.empty()) return nullptr;
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(s->hash) & mask;; i = (i + 1) & mask) {
        StrObject* e = slots[i];
        if (e == nullptr) return nullptr;
        if (e == s || (e->hash == s->hash && strEqual(e, s))) return e;
    }
}

StrObject* InternTable::find(std::int64_t hash, int kind, std::string_view data) const {
    if (slots.empty()) return nullptr;
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
        StrObject* e = slots[i];
        if (e == nullptr) return nullptr;
        if (e->hash == hash && e->kind == kind && e->data == data) return e;
    }
}

StrObject* InternTable::setDefault(StrObject* s) {
    if (StrObject* e = find(s)) return e;
    if ((count + 1) * 2 > slots.size()) {
        std::vector<StrObject*> old(std::max<std::size_t>(16, slots.size() * 2), nullptr);
        old.swap(slots);
        const std::size_t mask = slots.size() - 1;
        for (StrObject* e : old) {
            if (e == nullptr) continue;
            std::size_t i = static_cast<std::size_t>(e->hash) & mask;
            while (slots[i]) i = (i + 1) & mask;
            slots[i] = e;
        }
    }
    const std::size_t mask = slots.size() - 1;
    std::size_t i = static_cast<std::size_t>(s->hash) & mask;
    while (slots[i]) i = (i + 1) & mask;
    slots[i] = s;
    ++count;
    return s;
}

void InternTable::remove(const StrObject* s) {
    if (slots.empty()) return;
    const std::size_t mask = slots.size() - 1;
    std::size_t i = static_cast<std::size_t>(s->hash) & mask;
    while (slots[i] != s) {
        if (slots[i] == nullptr) return;
        i = (i + 1) & mask;
    }
    // Backward-shift deletion keeps every probe chain unbroken.
    for (std::size_t j = i;;) {
        j = (j + 1) & mask;
        StrObject* e = slots[j];
        if (e == nullptr) break;
        const std::size_t home = static_cast<std::size_t>(e->hash) & mask;
        const bool stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
        if (stays) continue;
        slots[i] = e;
        i = j;
    }
    slots[i] = nullptr;
    --count;
}

void internInPlace(Interpreter& interp, Ref& s) {
    if (!s || !isExactStr(s.get())) return;
    StrObject* str = asStr(s.get());
    if (str->interned != sstate::kNotInterned) return;
    strHash(str);
    StrObject* t = internTableOf(interp).setDefault(str);
    if (t != str) {
        s = Ref::borrowed(t);
        return;
    }
    str->interned = sstate::kInternedMortal;
}

Ref internFromUtf8(Interpreter& interp, std::string_view utf8) {
    Ref s = newStrFromUtf8(interp, utf8);
    if (s) internInPlace(interp, s);
    return s;
}

Object* findInterned(Interpreter& interp, std::string_view utf8) {
    const InternTable& table = internTableOf(interp);
    bool ascii = true;
    for (char c : utf8) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) return table.find(hashBytes(utf8.data(), utf8.size()), 1, utf8);
    std::u32string cps;
    for (std::size_t i = 0; i < utf8.size();) cps += frontend::decodeUtf8(utf8, i);
    int kind;
    bool isAscii;
    shapeFor(maxCodePoint(cps.data(), cps.size()), kind, isAscii);
    std::string data(cps.size() * static_cast<std::size_t>(kind), '\0');
    for (std::size_t i = 0; i < cps.size(); ++i) writeCodeUnit(data.data(), kind, static_cast<std::int64_t>(i), cps[i]);
    return table.find(hashBytes(data.data(), data.size()), kind, data);
}

bool allNameChars(const Object* o) {
    const StrObject* s = asStr(o);
    if (!s->ascii) return false;
    for (char c : s->data) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if (!ok) return false;
    }
    return true;
}

// ---------------------------------------------------------------- hashing

namespace {

inline std::uint64_t rotl(std::uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

inline void sipRound(std::uint64_t& v0, std::uint64_t& v1, std::uint64_t& v2, std::uint64_t& v3) {
    v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
    v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
    v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
    v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
}

// SipHash-1-3 as Python/pyhash.c's siphash13 (one compression round, three finalization rounds).
std::uint64_t sipHash13(std::uint64_t k0, std::uint64_t k1, const unsigned char* in, std::size_t n) {
    std::uint64_t b = static_cast<std::uint64_t>(n) << 56;
    std::uint64_t v0 = k0 ^ 0x736f6d6570736575ull;
    std::uint64_t v1 = k1 ^ 0x646f72616e646f6dull;
    std::uint64_t v2 = k0 ^ 0x6c7967656e657261ull;
    std::uint64_t v3 = k1 ^ 0x7465646279746573ull;
    while (n >= 8) {
        std::uint64_t m;
        std::memcpy(&m, in, 8);
        in += 8;
        n -= 8;
        v3 ^= m;
        sipRound(v0, v1, v2, v3);
        v0 ^= m;
    }
    std::uint64_t t = 0;
    for (std::size_t i = 0; i < n; ++i) t |= static_cast<std::uint64_t>(in[i]) << (8 * i);
    b |= t;
    v3 ^= b;
    sipRound(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    sipRound(v0, v1, v2, v3);
    sipRound(v0, v1, v2, v3);
    sipRound(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

} // namespace

std::int64_t hashBytes(const void* data, std::size_t n) {
    if (n == 0) return 0;
    const auto x = static_cast<std::int64_t>(sipHash13(0, 0, static_cast<const unsigned char*>(data), n));
    return x == -1 ? -2 : x;
}

std::int64_t strHash(Object* o) {
    StrObject* s = asStr(o);
    if (s->hash == -1) s->hash = hashBytes(s->data.data(), s->data.size());
    return s->hash;
}

// ---------------------------------------------------------------- creation

Ref newStrFromAscii(Interpreter& interp, std::string_view ascii) {
    if (ascii.empty()) return emptyStr(interp);
    if (ascii.size() == 1) return Ref::borrowed(interp.latin1Chars[static_cast<unsigned char>(ascii[0])]);
    return newStrFreshAscii(interp, ascii);
}

Ref strResultUnchanged(Interpreter& interp, Object* o) {
    if (isExactStr(o)) return Ref::borrowed(o);
    const StrObject* s = asStr(o);
    if (s->length == 0) return emptyStr(interp);
    StrObject* r = allocStr(interp, s->length, strMaxCharValue(o));
    if (r == nullptr) return Ref();
    r->data = s->data;
    return Ref(r);
}

Ref newStrFreshAscii(Interpreter& interp, std::string_view ascii) {
    if (ascii.empty()) return emptyStr(interp);
    StrObject* s = allocStr(interp, static_cast<std::int64_t>(ascii.size()), 0x7f);
    if (s == nullptr) return Ref();
    std::memcpy(s->data.data(), ascii.data(), ascii.size());
    return Ref(s);
}

Ref newStrFromLatin1(Interpreter& interp, std::string_view latin1) {
    if (latin1.empty()) return emptyStr(interp);
    if (latin1.size() == 1) return Ref::borrowed(interp.latin1Chars[static_cast<unsigned char>(latin1[0])]);
    unsigned char m = 0;
    for (char c : latin1) m = std::max(m, static_cast<unsigned char>(c));
    StrObject* s = allocStr(interp, static_cast<std::int64_t>(latin1.size()), m);
    if (s == nullptr) return Ref();
    std::memcpy(s->data.data(), latin1.data(), latin1.size());
    return Ref(s);
}

Ref strLatin1Char(Interpreter& interp, unsigned ch) { return Ref::borrowed(interp.latin1Chars[ch & 0xff]); }

Ref strFromOrdinal(Interpreter& interp, std::int64_t cp) {
    if (cp < 0 || cp > 0x10ffff) {
        interp.setError("ValueError", "chr() arg not in range(0x110000)");
        return Ref();
    }
    if (cp < 256) return strLatin1Char(interp, static_cast<unsigned>(cp));
    const char32_t c = static_cast<char32_t>(cp);
    return newStrFresh(interp, &c, 1);
}

Ref newStrFromCodePoints(Interpreter& interp, const char32_t* cps, std::size_t n) {
    if (n == 0) return emptyStr(interp);
    if (n == 1 && cps[0] < 256) return strLatin1Char(interp, cps[0]);
    return newStrFresh(interp, cps, n);
}

Ref newStrFresh(Interpreter& interp, const char32_t* cps, std::size_t n) {
    if (n == 0) return emptyStr(interp);
    StrObject* s = allocStr(interp, static_cast<std::int64_t>(n), maxCodePoint(cps, n));
    if (s == nullptr) return Ref();
    fillFromCodePoints(s, cps, n);
    return Ref(s);
}

// ---------------------------------------------------------------- UTF-8

namespace {

inline bool isCont(unsigned char c) { return (c & 0xc0) == 0x80; }

struct Utf8Error {
    std::size_t start = 0, end = 0;
    const char* reason = nullptr;
};

// Strict UTF-8 decoding with CPython's error classification (stringlib/codecs.h utf8_decode):
// appends code points to out; false with `err` describing the first error.
bool decodeUtf8Strict(std::string_view text, std::u32string& out, Utf8Error& err) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    auto fail = [&](std::size_t len, const char* why) {
        err = {i, i + len, why};
        return false;
    };
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            out += c;
            ++i;
            continue;
        }
        if (c < 0xc2 || c > 0xf4) return fail(1, "invalid start byte");
        const std::size_t need = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        // Second byte validity (ranges excluding overlongs, surrogates and > U+10FFFF).
        auto secondOk = [&](unsigned char c2) {
            if (!isCont(c2)) return false;
            if (c == 0xe0) return c2 >= 0xa0;
            if (c == 0xed) return c2 < 0xa0;
            if (c == 0xf0) return c2 >= 0x90;
            if (c == 0xf4) return c2 < 0x90;
            return true;
        };
        if (n - i < need) {
            if (n - i >= 2 && !secondOk(s[i + 1])) return fail(1, "invalid continuation byte");
            if (need == 4 && n - i >= 3 && !isCont(s[i + 2])) return fail(2, "invalid continuation byte");
            return fail(n - i, "unexpected end of data");
        }
        if (!secondOk(s[i + 1])) return fail(1, "invalid continuation byte");
        if (need >= 3 && !isCont(s[i + 2])) return fail(2, "invalid continuation byte");
        if (need == 4 && !isCont(s[i + 3])) return fail(3, "invalid continuation byte");
        char32_t cp;
        if (need == 2) cp = ((c & 0x1f) << 6) | (s[i + 1] & 0x3f);
        else if (need == 3) cp = ((c & 0x0f) << 12) | ((s[i + 1] & 0x3f) << 6) | (s[i + 2] & 0x3f);
        else cp = ((c & 0x07) << 18) | ((s[i + 1] & 0x3f) << 12) | ((s[i + 2] & 0x3f) << 6) | (s[i + 3] & 0x3f);
        out += cp;
        i += need;
    }
    return true;
}

void setDecodeError(Interpreter& interp, std::string_view text, const Utf8Error& e) {
    char buf[160];
    if (e.end - e.start == 1)
        std::snprintf(buf, sizeof buf, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                      static_cast<unsigned char>(text[e.start]), e.start, e.reason);
    else
        std::snprintf(buf, sizeof buf, "'utf-8' codec can't decode bytes in position %zu-%zu: %s", e.start, e.end - 1, e.reason);
    interp.setError("UnicodeDecodeError", buf);
}

// unicode_decode_utf8's allocation sequence for non-ASCII input of `nbytes` bytes: the ASCII
// buffer PyUnicode_New(nbytes, 127), one PyUnicode_New(nbytes, ch) per widening (the previous
// buffer is freed after), then resize_compact to the code-point count. Returns the final object
// (data filled), or nullptr with MemoryError pending.
StrObject* decodeWithWriterAllocations(Interpreter& interp, std::size_t nbytes, const std::u32string& cps) {
    const auto n = static_cast<std::int64_t>(nbytes);
    StrObject* buf = allocStr(interp, n, 0x7f);
    if (buf == nullptr) return nullptr;
    char32_t bufMax = 0x7f;
    for (char32_t cp : cps) {
        if (cp <= bufMax) continue;
        StrObject* wider = allocStr(interp, n, cp);
        decref(buf);
        if (wider == nullptr) return nullptr;
        buf = wider;
        bufMax = buf->kind == 1 ? 0xff : buf->kind == 2 ? 0xffff : 0x10ffff;
    }
    if (static_cast<std::int64_t>(cps.size()) != n && !reallocStr(interp, buf, static_cast<std::int64_t>(cps.size()))) {
        decref(buf);
        return nullptr;
    }
    fillFromCodePoints(buf, cps.data(), cps.size());
    return buf;
}

} // namespace

bool strDecodeUtf8Prefix(std::string_view text, std::u32string& out, std::size_t& errStart, std::size_t& errEnd,
                         const char*& reason) {
    Utf8Error err;
    if (decodeUtf8Strict(text, out, err)) return true;
    errStart = err.start;
    errEnd = err.end;
    reason = err.reason;
    return false;
}

Ref newStrFromUtf8(Interpreter& interp, std::string_view utf8) {
    if (utf8.empty()) return emptyStr(interp);
    if (utf8.size() == 1 && static_cast<unsigned char>(utf8[0]) < 0x80) return strLatin1Char(interp, static_cast<unsigned char>(utf8[0]));
    std::size_t asciiPrefix = 0;
    while (asciiPrefix < utf8.size() && static_cast<unsigned char>(utf8[asciiPrefix]) < 0x80) ++asciiPrefix;
    if (asciiPrefix == utf8.size()) return newStrFreshAscii(interp, utf8);
    std::u32string cps;
    Utf8Error err;
    if (!decodeUtf8Strict(utf8, cps, err)) {
        // The ASCII fast-path buffer was allocated (and is freed with the error).
        if (StrObject* tmp = allocStr(interp, static_cast<std::int64_t>(utf8.size()), 0x7f)) decref(tmp);
        else return Ref();
        setDecodeError(interp, utf8, err);
        return Ref();
    }
    StrObject* s = decodeWithWriterAllocations(interp, utf8.size(), cps);
    if (s == nullptr) return Ref();
    return unicodeResult(interp, s);
}

Ref newStrFreshUtf8(Interpreter& interp, std::string_view utf8) {
    std::u32string cps;
    Utf8Error err;
    if (!decodeUtf8Strict(utf8, cps, err)) {
        setDecodeError(interp, utf8, err);
        return Ref();
    }
    return newStrFresh(interp, cps.data(), cps.size());
}

void strAppendUtf8(const Object* o, std::string& out) {
    const StrObject* s = asStr(o);
    if (s->ascii) {
        out += s->data;
        return;
    }
    for (std::int64_t i = 0; i < s->length; ++i) frontend::appendUtf8(out, readCodeUnit(s->data.data(), s->kind, i));
}

std::string strToUtf8(const Object* s) {
    std::string out;
    strAppendUtf8(s, out);
    return out;
}

bool strToUtf8Checked(Interpreter& interp, const Object* o, std::string& out) {
    const StrObject* s = asStr(o);
    if (s->kind != 1) {
        for (std::int64_t i = 0; i < s->length; ++i) {
            const char32_t c = readCodeUnit(s->data.data(), s->kind, i);
            if (c < 0xd800 || c > 0xdfff) continue;
            std::int64_t end = i + 1;
            while (end < s->length && readCodeUnit(s->data.data(), s->kind, end) >= 0xd800 &&
                   readCodeUnit(s->data.data(), s->kind, end) <= 0xdfff)
                ++end;
            char buf[160];
            if (end - i == 1)
                std::snprintf(buf, sizeof buf, "'utf-8' codec can't encode character '\\u%04x' in position %lld: surrogates not allowed",
                              static_cast<unsigned>(c), static_cast<long long>(i));
            else
                std::snprintf(buf, sizeof buf, "'utf-8' codec can't encode characters in position %lld-%lld: surrogates not allowed",
                              static_cast<long long>(i), static_cast<long long>(end - 1));
            interp.setError("UnicodeEncodeError", buf);
            return false;
        }
    }
    strAppendUtf8(o, out);
    return true;
}

bool strEnsureUtf8(Interpreter& interp, Object* o) {
    StrObject* s = asStr(o);
    if (s->ascii || s->utf8) return true;
    // unicode_fill_utf8: the encoder writes into a _PyBytesWriter sized for the worst case (a
    // 512-byte stack buffer, else a bytes object), the cache is malloc'd while it is alive, then the
    // writer goes.
    const std::int64_t maxCharSize = s->kind == 1 ? 2 : s->kind == 2 ? 3 : 4;
    Ref writer;
    if (s->length * maxCharSize > 512) {
        writer = newBytesUninit(interp, s->length * maxCharSize);
        if (!writer) return false;
    }
    std::string text;
    if (!strToUtf8Checked(interp, o, text)) return false;
    const Addr cache = interp.allocBuffer(o, text.size() + 1);
    if (!cache) return false;
    s->utf8 = cache;
    s->utf8Length = static_cast<std::int64_t>(text.size());
    return true;
}

bool strEqualsAscii(const Object* o, std::string_view ascii) {
    const StrObject* s = asStr(o);
    return s->ascii && s->data == ascii;
}

// ---------------------------------------------------------------- repr

namespace {

constexpr char kHex[] = "0123456789abcdef";

// unicode_repr's text as code points.
std::u32string reprCodePoints(const char* d, int kind, std::int64_t length) {
    std::int64_t squote = 0, dquote = 0;
    for (std::int64_t i = 0; i < length; ++i) {
        const char32_t c = readCodeUnit(d, kind, i);
        squote += c == '\'';
        dquote += c == '"';
    }
    const char32_t quote = (squote && !dquote) ? U'"' : U'\'';
    std::u32string out;
    out.reserve(static_cast<std::size_t>(length) + 2);
    out += quote;
    auto hexEscape = [&out](char32_t c, char tag, int digits) {
        out += U'\\';
        out += static_cast<char32_t>(tag);
        for (int k = digits - 1; k >= 0; --k) out += static_cast<char32_t>(kHex[(c >> (4 * k)) & 0xf]);
    };
    for (std::int64_t i = 0; i < length; ++i) {
        const char32_t c = readCodeUnit(d, kind, i);
        if (c == quote || c == '\\') {
            out += U'\\';
            out += c;
        } else if (c == '\t') {
            out += U"\\t";
        } else if (c == '\n') {
            out += U"\\n";
        } else if (c == '\r') {
            out += U"\\r";
        } else if (c < ' ' || c == 0x7f) {
            hexEscape(c, 'x', 2);
        } else if (c < 0x7f) {
            out += c;
        } else if (!unicode::isPrintable(c)) {
            if (c <= 0xff) hexEscape(c, 'x', 2);
            else if (c <= 0xffff) hexEscape(c, 'u', 4);
            else hexEscape(c, 'U', 8);
        } else {
            out += c;
        }
    }
    out += quote;
    return out;
}

} // namespace

Ref strRepr(Interpreter& interp, Object* o) {
    const std::u32string text = reprCodePoints(asStr(o)->data.data(), asStr(o)->kind, asStr(o)->length);
    // PyUnicode_New(osize, max) filled in place: a fresh object.
    return newStrFresh(interp, text.data(), text.size());
}

void strAppendReprUtf8(const Object* o, std::string& out) {
    for (char32_t c : reprCodePoints(asStr(o)->data.data(), asStr(o)->kind, asStr(o)->length)) frontend::appendUtf8(out, c);
}

std::string strReprUtf8(const Object* o) {
    std::string out;
    strAppendReprUtf8(o, out);
    return out;
}

// ---------------------------------------------------------------- comparison

bool strEqual(const Object* a, const Object* b) {
    if (a == b) return true;
    const StrObject* x = asStr(a);
    const StrObject* y = asStr(b);
    return x->length == y->length && x->kind == y->kind && x->data == y->data;
}

int strCompare(const Object* a, const Object* b) {
    const StrObject* x = asStr(a);
    const StrObject* y = asStr(b);
    const std::int64_t n = std::min(x->length, y->length);
    if (x->kind == 1 && y->kind == 1) {
        const int c = n ? std::memcmp(x->data.data(), y->data.data(), static_cast<std::size_t>(n)) : 0;
        if (c != 0) return c < 0 ? -1 : 1;
    } else {
        for (std::int64_t i = 0; i < n; ++i) {
            const char32_t p = readCodeUnit(x->data.data(), x->kind, i);
            const char32_t q = readCodeUnit(y->data.data(), y->kind, i);
            if (p != q) return p < q ? -1 : 1;
        }
    }
    return x->length < y->length ? -1 : x->length > y->length ? 1 : 0;
}

Object* strRichCompare(Object* a, Object* b, CompareOp op) {
    Interpreter& interp = interpOf(a);
    if (!isStr(a) || !isStr(b)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    bool r;
    if (a == b) {
        r = op == CompareOp::Eq || op == CompareOp::Le || op == CompareOp::Ge;
    } else if (op == CompareOp::Eq || op == CompareOp::Ne) {
        r = strEqual(a, b) == (op == CompareOp::Eq);
    } else {
        const int c = strCompare(a, b);
        switch (op) {
        case CompareOp::Lt: r = c < 0; break;
        case CompareOp::Le: r = c <= 0; break;
        case CompareOp::Gt: r = c > 0; break;
        default: r = c >= 0; break;
        }
    }
    Object* res = r ? interp.trueObj : interp.falseObj;
    incref(res);
    return res;
}

// ---------------------------------------------------------------- sequence operations

namespace {

// _PyUnicode_FastCopyCharacters: copies src[0, n) into dst at position `at` (dst kind >= src kind).
void copyChars(StrObject* dst, std::int64_t at, const StrObject* src, std::int64_t from, std::int64_t n) {
    if (dst->kind == src->kind) {
        std::memcpy(dst->data.data() + at * dst->kind, src->data.data() + from * src->kind, static_cast<std::size_t>(n * src->kind));
        return;
    }
    for (std::int64_t i = 0; i < n; ++i)
        writeCodeUnit(dst->data.data(), dst->kind, at + i, readCodeUnit(src->data.data(), src->kind, from + i));
}

} // namespace

Ref strConcat(Interpreter& interp, Object* a, Object* b) {
    if (!isStr(b)) {
        interp.setError("TypeError", "can only concatenate str (not \"" + b->type->name + "\") to str");
        return Ref();
    }
    // PyUnicode_FromObject: an exact str returns itself.
    if (a == interp.emptyStr && isExactStr(b)) return Ref::borrowed(b);
    if (b == interp.emptyStr && isExactStr(a)) return Ref::borrowed(a);
    const StrObject* x = asStr(a);
    const StrObject* y = asStr(b);
    if (x->length > INT64_MAX - y->length) {
        interp.setError("OverflowError", "strings are too large to concat");
        return Ref();
    }
    StrObject* r = allocStr(interp, x->length + y->length, std::max(strMaxCharValue(a), strMaxCharValue(b)));
    if (r == nullptr) return Ref();
    copyChars(r, 0, x, 0, x->length);
    copyChars(r, x->length, y, 0, y->length);
    return Ref(r);
}

void strAppend(Interpreter& interp, Ref& left, Object* right) {
    Object* l = left.get();
    if (l == interp.emptyStr) {
        left = Ref::borrowed(right);
        return;
    }
    if (right == interp.emptyStr) return;
    StrObject* x = asStr(l);
    const StrObject* y = asStr(right);
    if (x->length > INT64_MAX - y->length) {
        interp.setError("OverflowError", "strings are too large to concat");
        left = Ref();
        return;
    }
    const std::int64_t leftLen = x->length;
    const bool modifiable = l->refcnt == 1 && x->hash == -1 && x->interned == sstate::kNotInterned && isExactStr(l);
    if (modifiable && isExactStr(right) && y->kind <= x->kind && !(x->ascii && !y->ascii)) {
        if (!reallocStr(interp, x, leftLen + y->length)) {
            left = Ref();
            return;
        }
        copyChars(x, leftLen, y, 0, y->length);
        return;
    }
    StrObject* r = allocStr(interp, leftLen + y->length, std::max(strMaxCharValue(l), strMaxCharValue(right)));
    if (r == nullptr) {
        left = Ref();
        return;
    }
    copyChars(r, 0, x, 0, leftLen);
    copyChars(r, leftLen, y, 0, y->length);
    left = Ref(r);
}

Ref strRepeat(Interpreter& interp, Object* o, std::int64_t n) {
    if (n < 1) return emptyStr(interp);
    if (n == 1) return strResultUnchanged(interp, o);
    const StrObject* s = asStr(o);
    if (s->length == 0) return emptyStr(interp); // PyUnicode_New(0) gives ''
    if (s->length > INT64_MAX / n) {
        interp.setError("OverflowError", "repeated string is too long");
        return Ref();
    }
    StrObject* r = allocStr(interp, s->length * n, strMaxCharValue(o));
    if (r == nullptr) return Ref();
    const std::size_t chunk = s->data.size();
    char* d = r->data.data();
    if (chunk == 1) {
        std::memset(d, s->data[0], static_cast<std::size_t>(n));
    } else {
        for (std::int64_t i = 0; i < n; ++i) std::memcpy(d + i * chunk, s->data.data(), chunk);
    }
    return Ref(r);
}

Ref strGetItem(Interpreter& interp, Object* o, std::int64_t i) {
    const StrObject* s = asStr(o);
    if (i < 0 || i >= s->length) {
        interp.setError("IndexError", "string index out of range");
        return Ref();
    }
    const char32_t c = readCodeUnit(s->data.data(), s->kind, i);
    if (c < 256) return strLatin1Char(interp, c);
    return newStrFresh(interp, &c, 1);
}

Ref strSubstring(Interpreter& interp, Object* o, std::int64_t start, std::int64_t end) {
    const StrObject* s = asStr(o);
    end = std::min(end, s->length);
    if (start == 0 && end == s->length) return strResultUnchanged(interp, o);
    if (start < 0 || end < 0) {
        interp.setError("IndexError", "string index out of range");
        return Ref();
    }
    if (start >= s->length || end < start) return emptyStr(interp);
    const std::int64_t n = end - start;
    if (s->ascii) return newStrFromAscii(interp, std::string_view(s->data).substr(static_cast<std::size_t>(start), static_cast<std::size_t>(n)));
    if (s->kind == 1) return newStrFromLatin1(interp, std::string_view(s->data).substr(static_cast<std::size_t>(start), static_cast<std::size_t>(n)));
    // PyUnicode_FromKindAndData: 1 char -> unicode_char; otherwise the actual maximum decides the kind.
    char32_t m = 0;
    for (std::int64_t i = start; i < end; ++i) m = std::max(m, readCodeUnit(s->data.data(), s->kind, i));
    if (n == 1 && m < 256) return strLatin1Char(interp, m);
    StrObject* r = allocStr(interp, n, m);
    if (r == nullptr) return Ref();
    copyChars(r, 0, s, start, n);
    return Ref(r);
}

Ref strSubscriptSlice(Interpreter& interp, Object* o, std::int64_t start, std::int64_t stop, std::int64_t step) {
    const StrObject* s = asStr(o);
    const std::int64_t n = adjustSliceIndices(s->length, start, stop, step);
    if (n <= 0) return emptyStr(interp);
    if (start == 0 && step == 1 && n == s->length) return strResultUnchanged(interp, o);
    if (step == 1) return strSubstring(interp, o, start, start + n);
    char32_t m = 0x7f;
    if (!s->ascii) {
        m = 0;
        for (std::int64_t i = 0, cur = start; i < n; ++i, cur += step) m = std::max(m, readCodeUnit(s->data.data(), s->kind, cur));
    }
    StrObject* r = allocStr(interp, n, m); // PyUnicode_New, filled in place: never a singleton
    if (r == nullptr) return Ref();
    for (std::int64_t i = 0, cur = start; i < n; ++i, cur += step)
        writeCodeUnit(r->data.data(), r->kind, i, readCodeUnit(s->data.data(), s->kind, cur));
    return Ref(r);
}

int strContains(Interpreter& interp, Object* s, Object* sub) {
    if (!isStr(sub)) {
        interp.setError("TypeError", "'in <string>' requires string as left operand, not " + sub->type->name);
        return -1;
    }
    return strFind(interp, s, sub) >= 0 ? 1 : 0;
}

// ---------------------------------------------------------------- type init

void initStrType(Interpreter&, TypeObject& t) {
    t.dealloc = strDealloc;
    t.sizeOf = strSizeOf;
    t.readField = strReadField;
    t.hash = strHashSlot;
    t.repr = strReprSlot;
    t.richcompare = strRichCompare;
    t.isTrue = strIsTrue;
    t.label = strLabel;
    setHostDestructor<StrObject>(t);
}

} // namespace hs
