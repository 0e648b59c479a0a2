// Tests of engine/objects/bytes_object.{h,cpp}: sizes, layout reads, singletons, hashing, repr and
// the sequence operations. Expected values were measured with python3.11 (3.11.7).
#include <doctest/doctest.h>

#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/str_object.h"
#include "runtime/abstract.h"
#include "runtime/interpreter.h"
#include "run_program.h"

#include <string>

using namespace hs;

namespace {

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

std::string reprOf(const Ref& r) {
    REQUIRE(r);
    Ref text = objectRepr(r.get());
    REQUIRE(text);
    return strToUtf8(text.get());
}

} // namespace

TEST_CASE("bytes getsizeof is 33 + n (facts §4)") {
    Interpreter interp;
    // sys.getsizeof(b'') 33, b'abc' 36, bytes([97, 98]) 35.
    CHECK(getsizeof(interp.emptyBytes) == 33);
    CHECK(getsizeof(newBytes(interp, "abc").get()) == 36);
    CHECK(getsizeof(newBytes(interp, "ab").get()) == 35);
}

TEST_CASE("b'' and the one-byte singletons") {
    Interpreter interp;
    CHECK(interp.emptyBytes->refcnt > 1000000000); // static_refcounts::kEmptyBytes
    CHECK(newBytes(interp, "").get() == interp.emptyBytes);
    // bytes([97]) is b'a': True; ab[0:1] is bytes([97]): True; ab[::5] is bytes([97]): False.
    Ref a = newBytes(interp, "a");
    CHECK(a.get() == bytesChar(interp, 'a').get());
    CHECK((a->objFlags & Object::kStatic));
    // ctypes on id(bytes([i])) in a cell: 999999999 for most, b'(' 1000000042.
    CHECK(bytesChar(interp, 0)->refcnt == 999999999 + 1);
    CHECK(bytesChar(interp, '(')->refcnt == 1000000042 + 1);
    Ref ab = newBytes(interp, "ab");
    CHECK(bytesSubscriptSlice(interp, ab.get(), 0, 1, 1).get() == a.get());
    CHECK(bytesSubscriptSlice(interp, ab.get(), 0, INT64_MAX, 5).get() != a.get());
    CHECK(newBytesUninit(interp, 1).get() != a.get());
}

TEST_CASE("bytes layout words") {
    Interpreter interp;
    // ctypes on x = bytes([1,2,3]): +16 3, +24 -1 before hashing, +32 0x030201 (then the NUL).
    Ref x = newBytes(interp, std::string_view("\x01\x02\x03", 3));
    CHECK(word(interp, x->addr + 16) == 3);
    CHECK(word(interp, x->addr + 24) == ~std::uint64_t(0));
    CHECK((word(interp, x->addr + 32) & 0xffffffffu) == 0x030201);
    // PYTHONHASHSEED=0: hash(b'\x01\x02\x03') 6984003033159075747, cached in ob_shash.
    CHECK(bytesHash(x.get()) == 6984003033159075747);
    CHECK(word(interp, x->addr + 24) == 6984003033159075747ull);
}

TEST_CASE("bytes hash equals the str hash of the same ASCII text") {
    Interpreter interp;
    // PYTHONHASHSEED=0: hash(b'abc') == hash('abc') == -4594863902769663758; hash(b'') 0;
    // hash(b'a' * 20) 3291541819775287794.
    CHECK(objectHash(newBytes(interp, "abc").get()) == -4594863902769663758);
    CHECK(bytesHash(interp.emptyBytes) == 0);
    CHECK(bytesHash(newBytes(interp, std::string(20, 'a')).get()) == 3291541819775287794);
}

TEST_CASE("bytes repr") {
    Interpreter interp;
    // python3.11: repr of each value.
    CHECK(reprOf(Ref::borrowed(interp.emptyBytes)) == "b''");
    CHECK(reprOf(newBytes(interp, "abc")) == "b'abc'");
    CHECK(reprOf(newBytes(interp, "it's")) == "b\"it's\"");
    CHECK(reprOf(newBytes(interp, "\"")) == "b'\"'");
    CHECK(reprOf(newBytes(interp, "'\"")) == "b'\\'\"'");
    CHECK(reprOf(newBytes(interp, std::string_view("\x00\xff\t\n\r\\", 6))) == "b'\\x00\\xff\\t\\n\\r\\\\'");
    CHECK(reprOf(newBytes(interp, "~\x7f\x80\x81")) == "b'~\\x7f\\x80\\x81'");
    CHECK(interp.types.bytes->label(newBytes(interp, "abc").get()) == "b'abc'");
}

TEST_CASE("bytes operations and their errors") {
    Interpreter interp;
    Ref ab = newBytes(interp, "ab");
    // (ab*0) is b'': False; (ab*1) is ab: True; ab + b'' is ab; b'' + ab is ab; ab[:] is ab.
    Ref zero = bytesRepeat(interp, ab.get(), 0);
    CHECK(zero.get() != interp.emptyBytes);
    CHECK(getsizeof(zero.get()) == 33);
    CHECK(bytesRepeat(interp, ab.get(), 1).get() == ab.get());
    CHECK(bytesConcat(interp, ab.get(), interp.emptyBytes).get() == ab.get());
    CHECK(bytesConcat(interp, interp.emptyBytes, ab.get()).get() == ab.get());
    CHECK(bytesSubscriptSlice(interp, ab.get(), 0, INT64_MAX, 1).get() == ab.get());
    CHECK(bytesView(bytesRepeat(interp, ab.get(), 3).get()) == "ababab");
    Ref c = newBytes(interp, "cd");
    CHECK(bytesView(bytesConcat(interp, ab.get(), c.get()).get()) == "abcd");
    // ab[1] 98; ab[5] and ab[-3] (-1 once bytes_subscript added the length): IndexError index out of
    // range. The item function only range-checks.
    CHECK(bytesGetItem(interp, ab.get(), 1).get() == interp.smallInt(98));
    CHECK(!bytesGetItem(interp, ab.get(), 5));
    CHECK(pendingError(interp) == "IndexError: index out of range");
    CHECK(!bytesGetItem(interp, ab.get(), -1));
    CHECK(pendingError(interp) == "IndexError: index out of range");
    // ab + 1: TypeError can't concat int to bytes
    CHECK(!bytesConcat(interp, ab.get(), interp.smallInt(1)));
    CHECK(pendingError(interp) == "TypeError: can't concat int to bytes");
    // 97 in ab True; b'b' in ab True; b'' in ab True; 300 in ab ValueError; "a" in ab TypeError.
    CHECK(bytesContains(interp, ab.get(), interp.smallInt(97)) == 1);
    CHECK(bytesContains(interp, ab.get(), newBytes(interp, "b").get()) == 1);
    CHECK(bytesContains(interp, ab.get(), interp.emptyBytes) == 1);
    CHECK(bytesContains(interp, ab.get(), interp.smallInt(1)) == 0);
    CHECK(bytesContains(interp, ab.get(), newStr(interp, "a").get()) == -1);
    CHECK(pendingError(interp) == "TypeError: a bytes-like object is required, not 'str'");
    // ab < b'abc', b'\xff' > b'a', b'ab' == ab: True.
    Ref abc = newBytes(interp, "abc"), ff = newBytes(interp, "\xff"), a = newBytes(interp, "a");
    CHECK(objectRichCompareBool(ab.get(), abc.get(), CompareOp::Lt) == 1);
    CHECK(objectRichCompareBool(ff.get(), a.get(), CompareOp::Gt) == 1);
    CHECK(objectRichCompareBool(newBytes(interp, "ab").get(), ab.get(), CompareOp::Eq) == 1);
    Ref ni(bytesRichCompare(ab.get(), newStr(interp, "ab").get(), CompareOp::Eq));
    CHECK(ni.get() == interp.notImplemented);
}

TEST_CASE("bytes decode, hex and str.encode") {
    Interpreter interp;
    // b'caf\xc3\xa9'.decode() 'café'; b'abc'.hex() '616263'; b''.hex() is '' True.
    Ref d = bytesDecodeUtf8(interp, newBytes(interp, "caf\xc3\xa9").get());
    CHECK(strToUtf8(d.get()) == "caf\xc3\xa9");
    CHECK(strToUtf8(strhexWithSep(interp, "abc", nullptr, 1).get()) == "616263");
    CHECK(strhexWithSep(interp, "", nullptr, 1).get() == interp.emptyStr);
    CHECK(!bytesDecodeUtf8(interp, newBytes(interp, "\xff").get()));
    CHECK(pendingError(interp) == "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    // A long non-ASCII encode goes through a bytes buffer of len * 2 resized to the real length.
    std::string text;
    for (int i = 0; i < 300; ++i) text += "\xc3\xa9";
    Ref s = newStr(interp, text);
    Ref b = strEncodeUtf8(interp, s.get());
    CHECK(bytesSize(b.get()) == 600);
    CHECK(getsizeof(b.get()) == 633);
}

TEST_CASE("bytesResize reallocates the block like _PyBytes_Resize") {
    Interpreter interp;
    Ref b = newBytesUninit(interp, 20); // 53 bytes: class 64
    const Addr id = b->addr;
    REQUIRE(bytesResize(interp, b, 25)); // 58 bytes: same block
    CHECK(b->addr == id);
    CHECK(word(interp, id + 16) == 25);
    REQUIRE(bytesResize(interp, b, 200)); // 233 bytes: a new block
    CHECK(b->addr != id);
    CHECK(getsizeof(b.get()) == 233);
    REQUIRE(bytesResize(interp, b, 0));
    CHECK(b.get() == interp.emptyBytes);
}

TEST_CASE("bytes, bytearray and memoryview share _Py_strhex_with_sep") {
    // Expected output from python3.11.
    CHECK(hs_test::runProgram("d = b'\\xde\\xad\\xbe\\xef'\n"
                              "print(d.hex(':', 2), d.hex(b'-', -3), d.hex(' ', 9), bytearray(d).hex('-'), memoryview(d).hex('|', -1))\n"
                              "try:\n"
                              "    d.hex('::')\n"
                              "except ValueError as e:\n"
                              "    print(e)\n") == "dead:beef deadbe-ef deadbeef de-ad-be-ef de|ad|be|ef\nsep must be length 1.\n");
}
