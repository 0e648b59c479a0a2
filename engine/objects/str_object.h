// str (PyUnicodeObject, Objects/unicodeobject.c 3.11): PEP 393 compact strings, the '' and Latin-1
// singletons, the interned-strings table, SipHash-1-3 hashing, repr, and the str methods the VM binds.
#pragma once

#include "objects/type_object.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace hs {

// Section index (str_object.cpp: object, singletons, interning, hash, creation, UTF-8, repr,
// compare, concat/repeat/index/slice; str_methods.cpp: the str methods; unicode_ctype.h: character
// properties).

// Host side of a str. Simulated layout (64-bit 3.11, PyASCIIObject / PyCompactUnicodeObject):
//   +16 length, +24 hash (-1 until computed), +32 state (interned:2 | kind:3 | compact:1 | ascii:1 |
//   ready:1; the upper half of the word reads 0), +40 wstr (NULL, except for UCS4 strings where it
//   points at the data: wchar_t is 4 bytes on Linux), then either the ASCII data at +48, or
//   +48 utf8_length, +56 utf8 (0 and NULL until the UTF-8 cache is made), +64 wstr_length (length for
//   UCS4, else 0) and the data at +72.
// The block request is PyUnicode_New's: 48 + n + 1 (ASCII) or 72 + (n + 1) * kind.
// Invariants:
// - `data` holds exactly length * kind bytes: the canonical PEP 393 buffer in little-endian code
//   units (the terminating NUL is implied). `kind` is the smallest that fits the largest code point
//   (1 below 256, 2 below 65536, else 4), and `ascii` is true iff every code point is below 128 — as
//   in CPython, where every exact str is canonical. For ASCII strings `data` is also the UTF-8.
// - `hash` is -1 or the cached hash; interned strings always have it.
// - `utf8` is 0 or, for a non-ASCII str only, the PyObject_Malloc block of PyUnicode_AsUTF8AndSize's
//   cached copy (utf8Length bytes + NUL), made once by strEnsureUtf8 and freed with the str.
// - `interned` != 0 iff the string is in its interpreter's InternTable (whose entries are not counted
//   in refcnt, as the two references of 3.11's `interned` dict).
struct StrObject : Object {
    std::int64_t length = 0;
    std::int64_t hash = -1;
    std::uint8_t kind = 1;
    bool ascii = true;
    std::uint8_t interned = 0;
    std::string data;
    // The separate character block of a legacy (non-compact) string: instances of str subclasses
    // (unicode_subtype_new); 0 for every compact (exact) str. Owned, freed by the dealloc.
    Addr legacyData = 0;
    Addr utf8 = 0;
    std::int64_t utf8Length = 0;
};

// SSTATE_* of 3.11.
namespace sstate {
constexpr std::uint8_t kNotInterned = 0;
constexpr std::uint8_t kInternedMortal = 1;
constexpr std::uint8_t kInternedImmortal = 2;
} // namespace sstate

static_assert(std::endian::native == std::endian::little, "str data is stored as little-endian code units");

// --- Access (o must satisfy isStr) ---
// PyUnicode_Check / PyUnicode_CheckExact.
inline bool isStr(const Object* o) { return o->type->flags & tpflags::kUnicodeSubclass; }
bool isExactStr(const Object* o);
inline const StrObject* asStr(const Object* o) { return static_cast<const StrObject*>(o); }
inline StrObject* asStr(Object* o) { return static_cast<StrObject*>(o); }
inline std::int64_t strLength(const Object* o) { return asStr(o)->length; }
inline int strKind(const Object* o) { return asStr(o)->kind; }
inline bool strIsAscii(const Object* o) { return asStr(o)->ascii; }
// The raw code-unit buffer (length * kind bytes).
inline std::string_view strRaw(const Object* o) { return asStr(o)->data; }
// PyUnicode_READ for a buffer of `kind`.
inline char32_t readCodeUnit(const char* data, int kind, std::int64_t i) {
    if (kind == 1) return static_cast<unsigned char>(data[i]);
    if (kind == 2) {
        std::uint16_t v;
        std::memcpy(&v, data + 2 * i, 2);
        return v;
    }
    std::uint32_t v;
    std::memcpy(&v, data + 4 * i, 4);
    return v;
}
inline void writeCodeUnit(char* data, int kind, std::int64_t i, char32_t ch) {
    if (kind == 1) {
        data[i] = static_cast<char>(ch);
    } else if (kind == 2) {
        const std::uint16_t v = static_cast<std::uint16_t>(ch);
        std::memcpy(data + 2 * i, &v, 2);
    } else {
        const std::uint32_t v = ch;
        std::memcpy(data + 4 * i, &v, 4);
    }
}
// PyUnicode_READ_CHAR (no bounds check).
inline char32_t strCharAt(const Object* o, std::int64_t i) {
    const StrObject* s = asStr(o);
    return readCodeUnit(s->data.data(), s->kind, i);
}
// PyUnicode_MAX_CHAR_VALUE: 0x7f, 0xff, 0xffff or 0x10ffff.
inline char32_t strMaxCharValue(const Object* o) {
    const StrObject* s = asStr(o);
    if (s->ascii) return 0x7f;
    return s->kind == 1 ? 0xff : s->kind == 2 ? 0xffff : 0x10ffff;
}
// The code points as UTF-32 (host helper).
std::u32string strToCodePoints(const Object* o);

// --- Hashing (Python/pyhash.c) ---
// _Py_HashBytes with SipHash-1-3 and the key CPython uses under PYTHONHASHSEED=0 (k0 = k1 = 0):
// deterministic, and equal to `PYTHONHASHSEED=0 python3.11 -c "print(hash(...))"` for str and
// bytes. 0 for empty input; -1 is mapped to -2.
std::int64_t hashBytes(const void* data, std::size_t n);
// unicode_hash: hashes the kind's raw buffer and caches it in the object.
std::int64_t strHash(Object* s);

// --- Creation. All return new references, or an empty Ref with the error pending. ---
// Which object comes back matters for `is`: CPython returns the '' and 1-character Latin-1
// singletons from the "FromX" constructors and substring paths (get_latin1_char /
// unicode_result), but a fresh object wherever it fills a PyUnicode_New result itself (str(1),
// 'A'.lower(), ''.join(['', 'a']), 'abc'[::5], repr results...). newStr* are the former,
// newStrFresh* the latter; both give '' for length 0.
//
// UTF-8 text (PyUnicode_DecodeUTF8): UnicodeDecodeError "'utf-8' codec can't decode byte 0x.. in
// position N: invalid start byte" (or "invalid continuation byte", "unexpected end of data").
Ref newStrFromUtf8(Interpreter& interp, std::string_view utf8);
inline Ref newStr(Interpreter& interp, std::string_view utf8) { return newStrFromUtf8(interp, utf8); }
// _PyUnicode_FromASCII: the caller guarantees every byte is < 128.
Ref newStrFromAscii(Interpreter& interp, std::string_view ascii);
// _PyUnicode_FromUCS1: each byte is a code point (Latin-1).
Ref newStrFromLatin1(Interpreter& interp, std::string_view latin1);
// PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, ...): code points must be <= 0x10FFFF.
Ref newStrFromCodePoints(Interpreter& interp, const char32_t* cps, std::size_t n);
inline Ref newStrFromCodePoints(Interpreter& interp, std::u32string_view cps) {
    return newStrFromCodePoints(interp, cps.data(), cps.size());
}
// PyUnicode_New + filled by the caller's code: never a 1-character singleton.
Ref newStrFresh(Interpreter& interp, const char32_t* cps, std::size_t n);
Ref newStrFreshAscii(Interpreter& interp, std::string_view ascii);
Ref newStrFreshUtf8(Interpreter& interp, std::string_view utf8); // UnicodeDecodeError as above
// PyUnicode_New(length, maxChar): a new str with `length` code units of the kind maxChar selects,
// zero-filled, for the caller to fill with writeCodeUnit(strMutableData(s), ...) before it is
// shared. maxChar must be the largest code point written (or the strMaxCharValue bound of inputs
// that all end up in the result) so the kind stays canonical. length 0 gives ''. MemoryError
// when the simulated heap is exhausted.
Ref strNew(Interpreter& interp, std::int64_t length, char32_t maxChar);
inline char* strMutableData(Object* s) { return asStr(s)->data.data(); }
// unicode_result_unchanged: s itself (new reference) for an exact str, else a fresh exact copy.
Ref strResultUnchanged(Interpreter& interp, Object* s);
// get_latin1_char: the singleton for ch < 256.
Ref strLatin1Char(Interpreter& interp, unsigned ch);
// PyUnicode_FromOrdinal (chr): ValueError "chr() arg not in range(0x110000)".
Ref strFromOrdinal(Interpreter& interp, std::int64_t cp);
// A statically allocated str (a `_Py_ID` / deep-frozen constant of libpython): static region,
// never freed, refcount `refcnt`. When `intern` is set it is entered in the intern table (the
// caller must make sure no equal string is interned yet). Returns a borrowed pointer.
Object* newStaticStr(Interpreter& interp, std::string_view utf8, std::int64_t refcnt, bool intern);

// --- UTF-8 out ---
// The UTF-8 text; lone surrogates come out as their 3-byte "surrogatepass" encoding (for views
// and host code; Python-visible output must use strToUtf8Checked).
std::string strToUtf8(const Object* s);
void strAppendUtf8(const Object* s, std::string& out);
// What print()/str.encode('utf-8') do: false with UnicodeEncodeError "'utf-8' codec can't encode
// character '\ud800' in position 3: surrogates not allowed" pending on a lone surrogate.
bool strToUtf8Checked(Interpreter& interp, const Object* s, std::string& out);
// PyUnicode_AsUTF8AndSize: ASCII data is its own UTF-8; a non-ASCII str gets its cached copy on first
// use (unicode_fill_utf8), which sys.getsizeof counts from then on. Callers are CPython's: a class's
// name (type_new, __name__), compile/exec/eval source, codec names. False with UnicodeEncodeError
// pending on a lone surrogate.
bool strEnsureUtf8(Interpreter& interp, Object* s);
// _PyUnicode_EqualToASCIIString.
bool strEqualsAscii(const Object* s, std::string_view ascii);

// --- Interning (3.11's `interned` dict) ---
// Open addressing (linear probing, power-of-two capacity, load <= 1/2, backward-shift deletion)
// keyed by string contents. Invariant: every entry is a live exact str with its hash cached and
// `interned` != 0; entries hold no counted reference. A mortal interned string leaves the table in
// its dealloc (unicode_dealloc's PyDict_DelItem). The real dict's key-table allocations are not
// simulated (3.11's interned dict is large and resizes through the system allocator).
struct InternTable {
    std::vector<StrObject*> slots;
    std::size_t count = 0;

    // The interned string equal to s, or nullptr. s must have its hash cached.
    StrObject* find(const StrObject* s) const;
    // The interned string with this kind/data buffer (hash = hashBytes of it), or nullptr.
    StrObject* find(std::int64_t hash, int kind, std::string_view data) const;
    // PyDict_SetDefault(interned, s, s): the interned equal string, or s after inserting it.
    StrObject* setDefault(StrObject* s);
    void remove(const StrObject* s);
};
// The interpreter's table, created on first use.
InternTable& internTableOf(Interpreter& interp);
// PyUnicode_InternInPlace: exact str only; if an equal string is interned, `s` is replaced by it
// (new reference, the old one released); otherwise s enters the table (SSTATE_INTERNED_MORTAL)
// and its refcount is unchanged (CPython adds two dict references and subtracts two).
void internInPlace(Interpreter& interp, Ref& s);
// PyUnicode_InternFromString: allocates the str, then interns it (the new object is released
// again when an equal string is already interned).
Ref internFromUtf8(Interpreter& interp, std::string_view utf8);
// The interned string equal to the UTF-8 text, or nullptr: a borrowed pointer, no simulated
// allocation (for host code that needs an identifier CPython would take from _Py_ID statics).
Object* findInterned(Interpreter& interp, std::string_view utf8);
inline bool isInterned(const Object* s) { return asStr(s)->interned != sstate::kNotInterned; }
// all_name_chars (Objects/codeobject.c): only [A-Za-z0-9_] (true for ''); the compiler interns
// string constants for which this holds.
bool allNameChars(const Object* s);

// --- Comparison ---
// unicode_eq: same length, kind and data.
bool strEqual(const Object* a, const Object* b);
// unicode_compare: code point order; <0, 0 or >0.
int strCompare(const Object* a, const Object* b);
// The tp_richcompare slot: NotImplemented unless both are str.
Object* strRichCompare(Object* a, Object* b, CompareOp op);

// --- repr ---
// unicode_repr: quotes, escapes and the printable test of 3.11 (Unicode 14.0).
Ref strRepr(Interpreter& interp, Object* s);
// The same text as UTF-8, with no simulated allocation (labels, container reprs on the host).
std::string strReprUtf8(const Object* s);
void strAppendReprUtf8(const Object* s, std::string& out);

// --- Sequence operations ---
// PyUnicode_Concat: '' + s and s + '' return s itself; TypeError 'can only concatenate str (not
// "int") to str'; OverflowError "strings are too large to concat".
Ref strConcat(Interpreter& interp, Object* a, Object* b);
// PyUnicode_Append (s += t, BINARY_OP with the in-place store): when `left` is modifiable (refcnt 1,
// no cached hash, not interned, exact) and right's kind fits, the block is reallocated in place
// (PyObject_Realloc: the address stays when the size class allows); otherwise a new str replaces
// left. On error left is released and emptied.
void strAppend(Interpreter& interp, Ref& left, Object* right);
// unicode_repeat: n < 1 gives '', n == 1 gives s; OverflowError "repeated string is too long".
Ref strRepeat(Interpreter& interp, Object* s, std::int64_t n);
// unicode_getitem: s[i] with i not adjusted (unicode_subscript added the length to a negative index
// once): the code point as a str (Latin-1 singletons); IndexError "string index out of range".
Ref strGetItem(Interpreter& interp, Object* s, std::int64_t i);
// PyUnicode_Substring (end clamped; whole string returns s).
Ref strSubstring(Interpreter& interp, Object* s, std::int64_t start, std::int64_t end);
// s[start:stop:step] with start/stop/step as PySlice_Unpack leaves them (step != 0).
Ref strSubscriptSlice(Interpreter& interp, Object* s, std::int64_t start, std::int64_t stop, std::int64_t step);
// PyUnicode_Contains: 1, 0, or -1 with TypeError "'in <string>' requires string as left operand,
// not int".
int strContains(Interpreter& interp, Object* s, Object* sub);

// --- str methods (str_methods.cpp). Arguments arrive unpacked by the VM; `None` or nullptr for an
// optional argument means "not given". start/end are raw slice bounds (negative counts from the
// end; INT64_MAX = to the end). Messages are 3.11's argument-clinic texts. ---
// str.join: `items` must be a list or tuple (the VM turns other iterables into a list first, as
// PySequence_Fast does); TypeError "sequence item 1: expected str instance, int found".
Ref strJoin(Interpreter& interp, Object* sep, Object* items);
// _PyUnicode_JoinArray: the same over n items of an array (BUILD_STRING's stack: no tuple).
Ref strJoinArray(Interpreter& interp, Object* sep, Object* const* items, std::int64_t n);
// str.split / rsplit: sep None = runs of whitespace; ValueError "empty separator"; the list is
// preallocated as CPython's (PREALLOC_SIZE: min(maxsplit + 1, 12) slots).
Ref strSplit(Interpreter& interp, Object* s, Object* sep = nullptr, std::int64_t maxsplit = -1);
Ref strRSplit(Interpreter& interp, Object* s, Object* sep = nullptr, std::int64_t maxsplit = -1);
Ref strSplitlines(Interpreter& interp, Object* s, bool keepends = false);
// str.strip / lstrip / rstrip: chars None = whitespace; TypeError "strip arg must be None or str".
Ref strStrip(Interpreter& interp, Object* s, Object* chars = nullptr);
Ref strLStrip(Interpreter& interp, Object* s, Object* chars = nullptr);
Ref strRStrip(Interpreter& interp, Object* s, Object* chars = nullptr);
// str.replace(old, new, count=-1).
Ref strReplace(Interpreter& interp, Object* s, Object* oldSub, Object* newSub, std::int64_t count = -1);
Ref strUpper(Interpreter& interp, Object* s);
Ref strLower(Interpreter& interp, Object* s);
Ref strCapitalize(Interpreter& interp, Object* s);
Ref strTitle(Interpreter& interp, Object* s);
Ref strSwapcase(Interpreter& interp, Object* s);
Ref strCasefold(Interpreter& interp, Object* s);
// str.startswith / endswith: prefix a str or a tuple of str; 1, 0, or -1 with TypeError
// "startswith first arg must be str or a tuple of str, not int".
int strStartsWith(Interpreter& interp, Object* s, Object* prefix, std::int64_t start = 0, std::int64_t end = INT64_MAX);
int strEndsWith(Interpreter& interp, Object* s, Object* suffix, std::int64_t start = 0, std::int64_t end = INT64_MAX);
// str.find / rfind: the index or -1; -2 with TypeError "must be str, not int" pending.
std::int64_t strFind(Interpreter& interp, Object* s, Object* sub, std::int64_t start = 0, std::int64_t end = INT64_MAX);
std::int64_t strRFind(Interpreter& interp, Object* s, Object* sub, std::int64_t start = 0, std::int64_t end = INT64_MAX);
// str.index / rindex: the index, or -1 with ValueError "substring not found" (or TypeError) pending.
std::int64_t strIndex(Interpreter& interp, Object* s, Object* sub, std::int64_t start = 0, std::int64_t end = INT64_MAX);
std::int64_t strRIndex(Interpreter& interp, Object* s, Object* sub, std::int64_t start = 0, std::int64_t end = INT64_MAX);
// str.count: the count, or -1 with TypeError pending.
std::int64_t strCount(Interpreter& interp, Object* s, Object* sub, std::int64_t start = 0, std::int64_t end = INT64_MAX);
// The predicates (no error possible).
bool strIsDigit(const Object* s);
bool strIsDecimal(const Object* s);
bool strIsNumeric(const Object* s);
bool strIsAlpha(const Object* s);
bool strIsAlnum(const Object* s);
bool strIsSpace(const Object* s);
bool strIsUpper(const Object* s);
bool strIsLower(const Object* s);
bool strIsTitle(const Object* s);
bool strIsIdentifier(const Object* s);
bool strIsPrintable(const Object* s);
// str.zfill / center / ljust / rjust: width <= len returns s itself.
Ref strZfill(Interpreter& interp, Object* s, std::int64_t width);
Ref strCenter(Interpreter& interp, Object* s, std::int64_t width, char32_t fill = U' ');
Ref strLJust(Interpreter& interp, Object* s, std::int64_t width, char32_t fill = U' ');
Ref strRJust(Interpreter& interp, Object* s, std::int64_t width, char32_t fill = U' ');
// str.partition / rpartition: a 3-tuple; ValueError "empty separator".
Ref strPartition(Interpreter& interp, Object* s, Object* sep);
Ref strRPartition(Interpreter& interp, Object* s, Object* sep);
Ref strRemovePrefix(Interpreter& interp, Object* s, Object* prefix);
Ref strRemoveSuffix(Interpreter& interp, Object* s, Object* suffix);
// str.encode('utf-8') (the only codec): a bytes object; UnicodeEncodeError on lone surrogates.
Ref strEncodeUtf8(Interpreter& interp, Object* s);
// Strict UTF-8 decoding for the codecs: appends the code points of `text` to out; at the first
// invalid sequence stops (out has the valid prefix) and returns false with its byte range and
// CPython's reason ("invalid start byte", "invalid continuation byte", "unexpected end of data").
bool strDecodeUtf8Prefix(std::string_view text, std::u32string& out, std::size_t& errStart, std::size_t& errEnd,
                         const char*& reason);

} // namespace hs
