// Tests of engine/objects/str_object.{h,cpp}: PEP 393 sizes and layout reads, singletons, interning
// and refcounts, hashing, repr, UTF-8, comparison and the sequence operations.
// Expected values were measured with python3.11 (3.11.7) as each comment says.
#include <doctest/doctest.h>

#include "frontend/unicode.h"
#include "objects/list_object.h"
#include "objects/static_refcounts.h"
#include "objects/str_object.h"
#include "runtime/abstract.h"
#include "runtime/interpreter.h"

#include <string>

using namespace hs;

namespace {

// A str from UTF-8 text in which lone surrogates may appear as 3-byte sequences.
Ref str(Interpreter& interp, std::string_view utf8) {
    std::u32string cps;
    for (std::size_t i = 0; i < utf8.size();) cps += frontend::decodeUtf8(utf8, i);
    return newStrFromCodePoints(interp, cps);
}

std::int64_t getsizeof(const Object* o) { return o->type->sizeOf(o) + o->type->preHeaderSize(); }

std::uint64_t word(Interpreter& interp, Addr a) {
    std::uint64_t w = 0;
    REQUIRE(interp.readWord(a, w));
    return w;
}

std::string pendingError(Interpreter& interp) {
    PendingError e = interp.takeError();
    return e.type + ": " + e.message;
}

} // namespace

TEST_CASE("str getsizeof follows PyUnicode_New's request (facts §4)") {
    Interpreter interp;
    // sys.getsizeof of '' / 'a' / 'abc' / '\xe9' / '\u20ac' / '\U0001F600' in 3.11.7: facts §4.
    CHECK(getsizeof(interp.emptyStr) == 49);
    CHECK(getsizeof(interp.latin1Chars[u8'a']) == 50);
    CHECK(getsizeof(str(interp, "abc").get()) == 52);
    CHECK(getsizeof(interp.latin1Chars[0xe9]) == 74);
    CHECK(getsizeof(str(interp, "\u20ac").get()) == 76);
    CHECK(getsizeof(str(interp, "\U0001F600").get()) == 80);
    // python3.11: sys.getsizeof(''.join(['\xe9','x'])) 75, ('\u20ac','x') 78, ('\U0001F600','x') 84.
    CHECK(getsizeof(str(interp, "\xc3\xa9x").get()) == 75);
    CHECK(getsizeof(str(interp, "\u20acx").get()) == 78);
    CHECK(getsizeof(str(interp, "\U0001F600x").get()) == 84);
}

TEST_CASE("str kinds are canonical") {
    Interpreter interp;
    Ref a = str(interp, "abc"), l = str(interp, "caf\xc3\xa9"), u = str(interp, "x\u20ac"), w = str(interp, "\U0001F600!");
    CHECK((strKind(a.get()) == 1 && strIsAscii(a.get())));
    CHECK((strKind(l.get()) == 1 && !strIsAscii(l.get())));
    CHECK(strKind(u.get()) == 2);
    CHECK(strKind(w.get()) == 4);
    // A slice of a UCS2 string holding only ASCII is ASCII again ('x\u20ac'[:1] is a Latin-1 singleton).
    Ref x = strSubstring(interp, u.get(), 0, 1);
    CHECK(x.get() == interp.latin1Chars[u8'x']);
    CHECK(strLength(w.get()) == 2);
    CHECK(strCharAt(w.get(), 0) == U'\U0001F600');
}

TEST_CASE("str layout words read through the simulated memory") {
    Interpreter interp;
    // python3.11 + ctypes on ''.join(['ab','c']): +16 3, +24 -1 until hashed, +32 state 0xe4,
    // +40 wstr NULL, +48 'abc\0' (low 4 bytes 0x00636261).
    Ref s = newStrFromUtf8(interp, "abc");
    const Addr id = s->addr;
    CHECK(word(interp, id) == 1);
    CHECK(word(interp, id + 8) == interp.types.str->addr);
    CHECK(word(interp, id + 16) == 3);
    CHECK(word(interp, id + 24) == ~std::uint64_t(0));
    CHECK(word(interp, id + 32) == 0xe4);
    CHECK(word(interp, id + 40) == 0);
    CHECK((word(interp, id + 48) & 0xffffffffu) == 0x636261);
    const std::int64_t h = strHash(s.get());
    CHECK(word(interp, id + 24) == static_cast<std::uint64_t>(h));

    // ''.join(['\xe9','x']): state 0xa4, utf8_length/utf8/wstr_length 0, data 0x78e9 at +72.
    Ref l = str(interp, "\xc3\xa9x");
    CHECK(word(interp, l->addr + 32) == 0xa4);
    CHECK(word(interp, l->addr + 48) == 0);
    CHECK(word(interp, l->addr + 56) == 0);
    CHECK(word(interp, l->addr + 64) == 0);
    CHECK(word(interp, l->addr + 72) == 0x78e9);
    // ''.join(['\u20ac','x']): state 0xa8, wstr NULL, data 0x7820ac.
    Ref u = str(interp, "\u20acx");
    CHECK(word(interp, u->addr + 32) == 0xa8);
    CHECK(word(interp, u->addr + 40) == 0);
    CHECK(word(interp, u->addr + 72) == 0x7820ac);
    // ''.join(['\U0001F600','x']): state 0xb0, wstr = id + 72 (shared with the UCS4 data),
    // wstr_length 2, data 0x000000780001f600.
    Ref w = str(interp, "\U0001F600x");
    CHECK(word(interp, w->addr + 32) == 0xb0);
    CHECK(word(interp, w->addr + 40) == w->addr + 72);
    CHECK(word(interp, w->addr + 64) == 2);
    CHECK(word(interp, w->addr + 72) == 0x780001f600ull);
}

TEST_CASE("freed str block shows the free-list link in ob_refcnt (facts §3.3)") {
    Interpreter interp;
    Ref keep = newStrFromUtf8(interp, "keep me");
    Ref s = newStrFromUtf8(interp, "gone soon");
    const Addr id = s->addr;
    s = Ref();
    // Non-GC object with no free list: the block starts at id, so the first word is pymalloc's link.
    std::uint64_t w = 0;
    REQUIRE(interp.readWord(id + 8, w));
    CHECK(w == interp.types.str->addr);
    // The next str of the same size class takes the block back (LIFO).
    Ref again = newStrFromUtf8(interp, "back here");
    CHECK(again->addr == id);
}

TEST_CASE("'' and the Latin-1 characters are static singletons with measured refcounts") {
    Interpreter interp;
    CHECK(interp.emptyStr->refcnt == static_refcounts::kEmptyStr);
    CHECK(interp.latin1Chars[u8'a']->refcnt == static_refcounts::kLatin1Chars[u8'a']);
    CHECK((interp.emptyStr->objFlags & Object::kStatic));
    // '' is interned and hashed at startup (ctypes: state 0xe5, hash 0).
    CHECK(word(interp, interp.emptyStr->addr + 32) == 0xe5);
    CHECK(word(interp, interp.emptyStr->addr + 24) == 0);
    // chr(97) is not interned (ctypes: state 0xe4).
    CHECK(word(interp, interp.latin1Chars[u8'a']->addr + 32) == 0xe4);

    Ref a = newStr(interp, "a");
    CHECK(a.get() == interp.latin1Chars[u8'a']);
    CHECK(interp.latin1Chars[u8'a']->refcnt == static_refcounts::kLatin1Chars[u8'a'] + 1);
    CHECK(newStr(interp, "").get() == interp.emptyStr);
    CHECK(newStr(interp, "\xc3\xa9").get() == interp.latin1Chars[0xe9]); // b'\xc3\xa9'.decode() is chr(233): True
    CHECK(strFromOrdinal(interp, 97).get() == interp.latin1Chars[u8'a']);
    // chr(0x20ac) is chr(0x20ac): False
    CHECK(strFromOrdinal(interp, 0x20ac).get() != strFromOrdinal(interp, 0x20ac).get());
    // Fresh constructors never return the 1-character singleton (str(1) is chr(49): False).
    Ref fresh = newStrFreshAscii(interp, "1");
    CHECK(fresh.get() != interp.latin1Chars[u8'1']);
    CHECK(newStrFreshAscii(interp, "").get() == interp.emptyStr);
}

TEST_CASE("identity of results follows CPython's singleton paths") {
    Interpreter interp;
    // Measured in python3.11 on runtime-built strings (''.join, chr) to avoid constant folding.
    Ref abc = newStrFromUtf8(interp, "abc");
    Object* a = interp.latin1Chars[u8'a'];
    CHECK(strGetItem(interp, abc.get(), 0).get() == a);                    // abc[0] is a: True
    CHECK(strSubscriptSlice(interp, abc.get(), 0, 1, 1).get() == a);       // abc[0:1] is a: True
    CHECK(strSubscriptSlice(interp, abc.get(), 0, INT64_MAX, 5).get() != a); // abc[::5] is a: False
    CHECK(strSubscriptSlice(interp, abc.get(), 0, INT64_MAX, 1).get() == abc.get()); // abc[:] is abc
    Ref upperA = newStr(interp, "A");
    CHECK(strLower(interp, upperA.get()).get() != a);                      // A.lower() is a: False
    Ref spaced = newStr(interp, " a ");
    CHECK(strStrip(interp, spaced.get()).get() == a);                      // ' a '.strip() is a: True
    CHECK(strStrip(interp, abc.get()).get() == abc.get());                 // abc.strip() is abc: True
    CHECK(strRepeat(interp, abc.get(), 1).get() == abc.get());
    CHECK(strRepeat(interp, abc.get(), 0).get() == interp.emptyStr);
    CHECK(strConcat(interp, abc.get(), interp.emptyStr).get() == abc.get());
    CHECK(strConcat(interp, interp.emptyStr, abc.get()).get() == abc.get());
    CHECK(strZfill(interp, abc.get(), 2).get() == abc.get());
    CHECK(strCenter(interp, abc.get(), 3).get() == abc.get());
    Ref x = newStr(interp, "x"), y = newStr(interp, "y"), ab = newStr(interp, "ab"), b = newStr(interp, "b");
    CHECK(strReplace(interp, abc.get(), x.get(), y.get()).get() == abc.get()); // no match: abc itself
    CHECK(strReplace(interp, ab.get(), b.get(), interp.emptyStr).get() != a);  // 'ab'.replace('b','') is a: False
    Ref xa = newStr(interp, "xa");
    CHECK(strRemovePrefix(interp, xa.get(), x.get()).get() == a);          // True
    CHECK(strTitle(interp, a).get() != a);                                 // a.title() is a: False
    Ref one = newList(interp, 0);
    REQUIRE(listAppend(one.get(), abc.get()) == 0);
    CHECK(strJoin(interp, interp.emptyStr, one.get()).get() == abc.get()); // ''.join([abc]) is abc
    Ref two = newList(interp, 0);
    REQUIRE(listAppend(two.get(), interp.emptyStr) == 0);
    REQUIRE(listAppend(two.get(), a) == 0);
    CHECK(strJoin(interp, interp.emptyStr, two.get()).get() != a);        // ''.join(['', a]) is a: False
    Ref parts = strSplit(interp, abc.get());
    CHECK(listItem(parts.get(), 0) == abc.get());                          // abc.split()[0] is abc
    Ref lines = strSplitlines(interp, abc.get());
    CHECK(listItem(lines.get(), 0) == abc.get());
}

TEST_CASE("split lists are preallocated as stringlib's PREALLOC_SIZE") {
    Interpreter interp;
    auto sizeofList = [](Object* l) { return getsizeof(l); };
    // python3.11: s = ''.join(['a',' b']); getsizeof(s.split()) 152, s.split(' ', 1) 72,
    // s.split('xyzw') 64, abc.splitlines() 88, ' '.join(['w']*20).split() 216.
    Ref s = newStr(interp, "a b");
    CHECK(sizeofList(strSplit(interp, s.get()).get()) == 152);
    Ref sp = newStr(interp, " ");
    CHECK(sizeofList(strSplit(interp, s.get(), sp.get(), 1).get()) == 72);
    Ref long4 = newStr(interp, "xyzw");
    CHECK(sizeofList(strSplit(interp, s.get(), long4.get()).get()) == 64);
    CHECK(sizeofList(strRSplit(interp, s.get()).get()) == 152);
    Ref abc = newStr(interp, "abc");
    CHECK(sizeofList(strSplitlines(interp, abc.get()).get()) == 88);
    std::string twenty = "w";
    for (int i = 1; i < 20; ++i) twenty += " w";
    Ref t = newStr(interp, twenty);
    Ref parts = strSplit(interp, t.get());
    CHECK(listSize(parts.get()) == 20);
    CHECK(sizeofList(parts.get()) == 216);
}

TEST_CASE("interning: table entries are not counted, replacement, and removal on death") {
    Interpreter interp;
    // python3.11 in a cell: z = ''.join(['hel','lo']); getrefcount(z) 2; w = sys.intern(z);
    // getrefcount(z) 3 and w is z; del w; getrefcount(z) 2.
    Ref z = newStrFromUtf8(interp, "hello");
    CHECK(z->refcnt == 1);
    CHECK(!isInterned(z.get()));
    Ref w = z;
    internInPlace(interp, w);
    CHECK(w.get() == z.get());
    CHECK(z->refcnt == 2);
    CHECK(isInterned(z.get()));
    CHECK(word(interp, z->addr + 32) == 0xe5);
    w = Ref();
    CHECK(z->refcnt == 1);

    // An equal string is replaced by the interned one; the duplicate dies.
    Ref dup = newStrFromUtf8(interp, "hello");
    Object* dupPtr = dup.get();
    internInPlace(interp, dup);
    CHECK(dup.get() == z.get());
    CHECK(dup.get() != dupPtr);
    CHECK(z->refcnt == 2);
    dup = Ref();

    // When the interned string dies it leaves the table: interning again gives a new object.
    const std::size_t before = internTableOf(interp).count;
    z = Ref();
    CHECK(internTableOf(interp).count == before - 1);
    Ref again = internFromUtf8(interp, "hello");
    CHECK(isInterned(again.get()));
    CHECK(again->refcnt == 1);
    CHECK(internTableOf(interp).count == before);
}

TEST_CASE("interning of one-character names: the startup objects are not the Latin-1 singletons") {
    Interpreter interp;
    // facts §6: chr(97) is 'a' is False in 3.11 — the compiler interns the constant 'a' and gets
    // the separate startup-interned 'a'; for 'g' the singleton itself becomes the interned one.
    Ref a = internFromUtf8(interp, "a");
    CHECK(a.get() != interp.latin1Chars[u8'a']);
    CHECK((a->objFlags & Object::kStatic));
    CHECK(isInterned(a.get()));
    CHECK(!isInterned(interp.latin1Chars[u8'a']));
    // ctypes on id(sys.intern(chr(97))) in a cell: 1000000022 (plus the reference held here).
    CHECK(a->refcnt == 1000000022 + 1);
    Ref g = internFromUtf8(interp, "g");
    CHECK(g.get() == interp.latin1Chars[u8'g']);
    CHECK(isInterned(g.get()));
    Ref e = internFromUtf8(interp, "");
    CHECK(e.get() == interp.emptyStr);
    // findInterned looks up without allocating.
    CHECK(findInterned(interp, "a") == a.get());
    CHECK(findInterned(interp, "not interned yet") == nullptr);
    Ref euro = internFromUtf8(interp, "\u20ac!");
    CHECK(findInterned(interp, "\u20ac!") == euro.get());
}

TEST_CASE("allNameChars: [A-Za-z0-9_] only") {
    Interpreter interp;
    CHECK(allNameChars(newStr(interp, "hello_world2").get()));
    CHECK(allNameChars(interp.emptyStr));
    CHECK(!allNameChars(newStr(interp, "hello world").get()));
    CHECK(!allNameChars(newStr(interp, "caf\xc3\xa9").get()));
    CHECK(!allNameChars(newStr(interp, "a-b").get()));
}

TEST_CASE("hash: SipHash-1-3 with the PYTHONHASHSEED=0 key, cached") {
    Interpreter interp;
    // PYTHONHASHSEED=0 python3.11 -c "print(hash('abc'), hash(''), hash('\xe9'), hash('\u20ac'), hash('\U0001F600'))"
    CHECK(strHash(newStr(interp, "abc").get()) == -4594863902769663758);
    CHECK(strHash(interp.emptyStr) == 0);
    CHECK(strHash(interp.latin1Chars[0xe9]) == 6047309291227476195);
    CHECK(strHash(str(interp, "\u20ac").get()) == -5529981157763016009);
    CHECK(strHash(str(interp, "\U0001F600").get()) == -3536540696076613844);
    Ref s = newStr(interp, "cached");
    CHECK(asStr(s.get())->hash == -1);
    const std::int64_t h = objectHash(s.get());
    CHECK(asStr(s.get())->hash == h);
}

TEST_CASE("repr matches unicode_repr") {
    Interpreter interp;
    // python3.11: repr() of each string (ascii() of the result shown in the comments).
    auto r = [&](std::string_view utf8) { return strReprUtf8(str(interp, utf8).get()); };
    CHECK(r("") == "''");
    CHECK(r("it's") == "\"it's\"");
    CHECK(r("say \"hi\"") == "'say \"hi\"'");
    CHECK(r("both ' and \"") == "'both \\' and \"'");
    CHECK(r("tab\there") == "'tab\\there'");
    CHECK(r("nl\nx\r") == "'nl\\nx\\r'");
    CHECK(r("back\\slash") == "'back\\\\slash'");
    CHECK(r(std::string_view("\x00\x07\x1f\x7f", 4)) == "'\\x00\\x07\\x1f\\x7f'");
    CHECK(r("\u0080\u009f\u00a0\u00ad\u00e9\u00ff") == "'\\x80\\x9f\\xa0\\xad\u00e9\u00ff'");
    CHECK(r("\u20ac\u2028\u200b\ufeff\u0378") == "'\u20ac\\u2028\\u200b\\ufeff\\u0378'");
    CHECK(r("\U0001F600\U000E0001\U0010FFFF") == "'\U0001F600\\U000e0001\\U0010ffff'");
    CHECK(r("\xed\xa0\x80") == "'\\ud800'");
    CHECK(r("\u3000x\u00a0") == "'\\u3000x\\xa0'");
    // strRepr creates a fresh str object with the same text.
    Ref s = newStr(interp, "a");
    Ref rep = strRepr(interp, s.get());
    CHECK(strToUtf8(rep.get()) == "'a'");
    Ref viaSlot = objectRepr(s.get());
    CHECK(strToUtf8(viaSlot.get()) == "'a'");
}

TEST_CASE("label is a repr, shortened for long strings") {
    Interpreter interp;
    CHECK(interp.types.str->label(newStr(interp, "abc").get()) == "'abc'");
    Ref longer = newStr(interp, std::string(60, 'x'));
    CHECK(interp.types.str->label(longer.get()) == "'" + std::string(40, 'x') + "...'");
}

TEST_CASE("UTF-8 decoding errors carry CPython's messages") {
    Interpreter interp;
    // python3.11: str(e) of bytes.decode() for each input.
    auto e = [&](std::string_view bytes) {
        Ref s = newStrFromUtf8(interp, bytes);
        CHECK(!s);
        return pendingError(interp);
    };
    CHECK(e("\xff") == "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    CHECK(e("a\xc3") == "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end of data");
    CHECK(e("\xe2\x82") == "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
    CHECK(e("\xe2(\xa1") == "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte");
    CHECK(e("\xf0\x9f\x98") == "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data");
    CHECK(e("ab\xed\xa0\x80") == "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 2: invalid continuation byte");
    CHECK(e("\xf0(\x8c(") == "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte");
    CHECK(e("\xf0\x9f((") == "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte");
    CHECK(e("\xc0\xaf") == "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte");
}

TEST_CASE("UTF-8 encoding: lossless host text and the checked print path") {
    Interpreter interp;
    Ref s = str(interp, "caf\xc3\xa9 \u20ac \U0001F600");
    CHECK(strToUtf8(s.get()) == "caf\xc3\xa9 \u20ac \U0001F600");
    Ref sur = str(interp, "\xed\xa0\x80");
    std::string out;
    CHECK(!strToUtf8Checked(interp, sur.get(), out));
    // python3.11: '\ud800'.encode() -> "'utf-8' codec can't encode character '\ud800' in position 0: surrogates not allowed"
    CHECK(pendingError(interp) ==
          "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed");
    CHECK(strToUtf8(sur.get()) == "\xed\xa0\x80");
}

TEST_CASE("decoding non-ASCII text allocates like unicode_decode_utf8") {
    Interpreter interp;
    // 'h\xc3\xa9llo' (6 bytes): PyUnicode_New(6, 127) (55 bytes, class 64), PyUnicode_New(6, 0xe9)
    // (79 bytes, class 80), the first freed, then resized to 5 code points (78 bytes: same block).
    Ref probe64 = newStrFreshAscii(interp, std::string(10, 'p')); // 59 bytes: class 64
    const Addr a64 = probe64->addr;
    probe64 = Ref();
    Ref s = newStrFromUtf8(interp, "h\xc3\xa9llo");
    CHECK(strLength(s.get()) == 5);
    CHECK(getsizeof(s.get()) == 78);
    // The class-64 block went back to its free list, so the next 64-byte request reuses it.
    Ref next = newStrFreshAscii(interp, std::string(10, 'q'));
    CHECK(next->addr == a64);
    // '\xe9' * 10 (20 bytes): the Latin-1 buffer of 93 bytes (class 96) shrinks to 83 bytes in
    // place (pymalloc_realloc keeps a block while the new size is above 3/4 of it).
    std::string e10;
    for (int i = 0; i < 10; ++i) e10 += "\xc3\xa9";
    Ref t = newStrFromUtf8(interp, e10);
    CHECK(getsizeof(t.get()) == 83);
    Addr start = 0;
    std::uint64_t blockSize = 0;
    REQUIRE(interp.memory().find(t->addr, &start, &blockSize) != nullptr);
    CHECK(blockSize == 96);
}

TEST_CASE("comparison is code point order") {
    Interpreter interp;
    auto lt = [&](std::string_view x, std::string_view y) {
        Ref a = str(interp, x), b = str(interp, y);
        return objectRichCompareBool(a.get(), b.get(), CompareOp::Lt) == 1;
    };
    // python3.11: 'a' < 'b', 'z' < '\xe9', '\xe9' < '\u20ac', 'ab' < 'abc', '\uffff' < '\U0001F600'
    CHECK(lt("a", "b"));
    CHECK(lt("z", "\xc3\xa9"));
    CHECK(lt("\xc3\xa9", "\u20ac"));
    CHECK(lt("ab", "abc"));
    CHECK(lt("\uffff", "\U0001F600"));
    CHECK(!lt("b", "a"));
    Ref x = newStr(interp, "same"), y = newStr(interp, "same");
    CHECK(x.get() != y.get());
    CHECK(objectRichCompareBool(x.get(), y.get(), CompareOp::Eq) == 1);
    Ref ni(strRichCompare(x.get(), interp.smallInt(1), CompareOp::Eq));
    CHECK(ni.get() == interp.notImplemented);
}

TEST_CASE("strAppend resizes in place like PyUnicode_Append") {
    Interpreter interp;
    Ref c = newStr(interp, "c");
    // 'ab' (51 bytes, class 64) += 'c' (52 bytes): PyObject_Realloc keeps the block.
    Ref s = newStrFreshAscii(interp, "ab");
    const Addr id = s->addr;
    strAppend(interp, s, c.get());
    CHECK(s->addr == id);
    CHECK(strToUtf8(s.get()) == "abc");
    CHECK(s->refcnt == 1);
    // Growing past the size class moves the block; the old block reads as a freed str.
    Ref tail = newStrFreshAscii(interp, std::string(20, 't'));
    strAppend(interp, s, tail.get());
    CHECK(s->addr != id);
    CHECK(strLength(s.get()) == 23);
    CHECK(getsizeof(s.get()) == 72);
    CHECK(word(interp, s->addr + 16) == 23);
    // A shared left operand (refcnt 2) is not modified: a new object replaces it.
    Ref other = s;
    strAppend(interp, s, c.get());
    CHECK(s.get() != other.get());
    CHECK(strLength(other.get()) == 23);
    CHECK(strLength(s.get()) == 24);
    // A hashed or interned left operand is not modifiable either.
    Ref h = newStrFreshAscii(interp, "hh");
    strHash(h.get());
    Object* hp = h.get();
    strAppend(interp, h, c.get());
    CHECK(h.get() != hp);
    // '' += s gives s; s += '' keeps s.
    Ref e = Ref::borrowed(interp.emptyStr);
    strAppend(interp, e, c.get());
    CHECK(e.get() == c.get());
}

TEST_CASE("sequence operations: getitem, slices, repeat, contains") {
    Interpreter interp;
    Ref s = str(interp, "h\xc3\xa9llo");
    CHECK(strToUtf8(strGetItem(interp, s.get(), 1).get()) == "\xc3\xa9");
    CHECK(strGetItem(interp, s.get(), 0).get() == interp.latin1Chars[u8'h']); // s[-5]: unicode_subscript adds the length
    CHECK(!strGetItem(interp, s.get(), 5));
    CHECK(pendingError(interp) == "IndexError: string index out of range");
    CHECK(!strGetItem(interp, s.get(), -1)); // unicode_getitem only range-checks (s[-6] after the adjustment)
    CHECK(pendingError(interp) == "IndexError: string index out of range");
    CHECK(strToUtf8(strSubscriptSlice(interp, s.get(), INT64_MAX, INT64_MIN, -1).get()) == "oll\xc3\xa9h");
    CHECK(strSubscriptSlice(interp, s.get(), 3, 1, 1).get() == interp.emptyStr);
    Ref r = strRepeat(interp, s.get(), 3);
    CHECK(strLength(r.get()) == 15);
    CHECK(strRepeat(interp, s.get(), INT64_MAX).get() == nullptr);
    CHECK(pendingError(interp) == "OverflowError: repeated string is too long");
    Ref ll = newStr(interp, "ll");
    CHECK(strContains(interp, s.get(), ll.get()) == 1);
    CHECK(strContains(interp, s.get(), interp.smallInt(3)) == -1);
    CHECK(pendingError(interp) == "TypeError: 'in <string>' requires string as left operand, not int");
    CHECK(objectIsTrue(s.get()) == 1);
    CHECK(objectIsTrue(interp.emptyStr) == 0);
}

TEST_CASE("static strings: newStaticStr for identifiers") {
    Interpreter interp;
    Object* id = newStaticStr(interp, "__hs_ident__", 1000000100, true);
    CHECK((id->objFlags & Object::kStatic));
    CHECK(isInterned(id));
    Ref same = internFromUtf8(interp, "__hs_ident__");
    CHECK(same.get() == id);
    CHECK(getsizeof(id) == 61);
}

TEST_CASE("static strings: CPython's interned statics exist from startup") {
    Interpreter interp;
    // A _Py_ID identifier and a deep-frozen module's one-letter name: interned statics, the
    // letter not the Latin-1 singleton (a code constant 'a' is not chr(97)).
    Ref self = internFromUtf8(interp, "self");
    CHECK((self->objFlags & Object::kStatic));
    CHECK(self->refcnt > 999999999);
    Ref a = internFromUtf8(interp, "a");
    CHECK((a->objFlags & Object::kStatic));
    CHECK(a.get() != interp.latin1Chars['a']);
    // A name no startup code has is an ordinary interned str.
    Ref other = internFromUtf8(interp, "__hs_not_startup__");
    CHECK(!(other->objFlags & Object::kStatic));
}
