// Tests for vm/code_object: layout and size, repr, the line-table and exception-table decoders,
// interning at construction, and the `code` type's measured attributes (CPython 3.11).
#include "frontend/compiler.h"
#include "objects/bytes_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"
#include "vm/code_object.h"

#include "run_program.h"

#include <doctest/doctest.h>

#include <string>

namespace {
hs::Ref compileCell(hs::Interpreter& interp, const char* src) {
    hs::frontend::SyntaxErrorInfo err;
    hs::Ref code = hs::frontend::compileSource(interp, src, "<cell 1>", &err);
    REQUIRE(code);
    return code;
}
} // namespace

TEST_CASE("the code type matches CPython 3.11 (basicsize 184, itemsize 2, not GC)") {
    hs::Interpreter interp;
    hs::TypeObject* t = interp.types.code;
    REQUIRE(t != nullptr);
    CHECK(t->name == "code");
    CHECK(t->basicsize == 184);
    CHECK(t->itemsize == 2);
    CHECK(t->flags == 0x1100);
    CHECK_FALSE(t->isGc());
}

TEST_CASE("sys.getsizeof of code objects: 184 + 2 * units rounded up to 8") {
    hs::Interpreter interp;
    hs::Ref module = compileCell(interp, "def f():\n    return 1\n");
    const hs::CodeObject* co = hs::asCode(module.get());
    hs::Object* f = hs::tupleItem(co->consts, 0);
    REQUIRE(hs::isCode(f));
    // python3.11: len(co_code) 12 and 6; sys.getsizeof 200 and 192.
    CHECK(co->codeUnits() == 6);
    CHECK(hs::asCode(f)->codeUnits() == 3);
    CHECK(hs::codeSizeOf(module.get()) == 200);
    CHECK(hs::codeSizeOf(f) == 192);
    CHECK(module->type->sizeOf(module.get()) == 200);
}

TEST_CASE("repr and names") {
    hs::Interpreter interp;
    hs::Ref module = compileCell(interp, "def f():\n    return 1\n");
    hs::Object* f = hs::tupleItem(hs::asCode(module.get())->consts, 0);
    const std::string r = hs::codeReprText(f);
    CHECK(r.rfind("<code object f at 0x", 0) == 0);
    CHECK(r.find(", file \"<cell 1>\", line 1>") != std::string::npos);
    CHECK(hs::strToUtf8(hs::asCode(module.get())->name) == "<module>");
    CHECK(hs::strToUtf8(hs::asCode(f)->qualname) == "f");
}

TEST_CASE("co_lines and line numbers by offset") {
    hs::Interpreter interp;
    hs::Ref module = compileCell(interp, "def f():\n    return 1\n");
    const hs::CodeObject* f = hs::asCode(hs::tupleItem(hs::asCode(module.get())->consts, 0));
    // python3.11: list(f.co_lines()) == [(0, 2, 1), (2, 4, 2), (4, 6, 2)]
    const auto ranges = f->lineRanges();
    REQUIRE(ranges.size() == 3);
    CHECK(ranges[0].start == 0);
    CHECK(ranges[0].end == 2);
    CHECK(ranges[0].line == 1);
    CHECK(ranges[1].line == 2);
    CHECK(ranges[2].start == 4);
    CHECK(f->lineForOffset(0) == 1);
    CHECK(f->lineForOffset(2) == 2);
    CHECK(f->lineForOffset(-1) == 1);
    // The module's RESUME is on line 0.
    CHECK(hs::asCode(module.get())->lineForOffset(0) == 0);
    // python3.11: list(f.co_positions()) == [(1, 1, 0, 0), (2, 2, 11, 12), (2, 2, 11, 12)]
    const auto pos = f->positions();
    REQUIRE(pos.size() == 3);
    CHECK(pos[0].line == 1);
    CHECK(pos[0].endCol == 0);
    CHECK(pos[1].line == 2);
    CHECK(pos[1].endLine == 2);
    CHECK(pos[1].col == 11);
    CHECK(pos[1].endCol == 12);
    CHECK(pos[2].col == 11);
}

TEST_CASE("exception table decoding") {
    hs::Interpreter interp;
    hs::Ref module = compileCell(interp, "try:\n    a()\nexcept E:\n    b()\n");
    const hs::CodeObject* co = hs::asCode(module.get());
    // python3.11: co_exceptiontable.hex() == '820a0e008e0f2103a0012103', entries (bytes)
    // (4, 24, 28, 0, False), (28, 58, 66, 1, True), (64, 66, 66, 1, True).
    std::string hex;
    for (unsigned char ch : hs::bytesView(co->exceptiontable)) {
        static const char* d = "0123456789abcdef";
        hex += d[ch >> 4];
        hex += d[ch & 15];
    }
    CHECK(hex == "820a0e008e0f2103a0012103");
    const auto entries = co->exceptionEntries();
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].start == 2);
    CHECK(entries[0].end == 12);
    CHECK(entries[0].target == 14);
    CHECK(entries[0].depth == 0);
    CHECK_FALSE(entries[0].pushLasti);
    CHECK(entries[1].pushLasti);
    hs::ExceptionHandler h;
    CHECK(co->handlerFor(5, h));
    CHECK(h.target == 14);
    CHECK(co->handlerFor(14, h));
    CHECK(h.target == 33);
    CHECK(h.depth == 1);
    CHECK_FALSE(co->handlerFor(0, h));
    CHECK_FALSE(co->handlerFor(13, h));
    std::string encoded;
    hs::encodeExceptionEntry(encoded, 2, 12, 14, 0, false);
    CHECK(encoded == std::string("\x82\x0a\x0e\x00", 4));
}

TEST_CASE("names, local names and identifier-like constants are interned") {
    hs::Interpreter interp;
    hs::Ref module = compileCell(interp, "def f(arg):\n    loc = 'hello_world'\n    return 'hello world' + glob\n");
    const hs::CodeObject* f = hs::asCode(hs::tupleItem(hs::asCode(module.get())->consts, 0));
    for (std::int64_t i = 0; i < hs::tupleSize(f->names); ++i) CHECK(hs::isInterned(hs::tupleItem(f->names, i)));
    for (int i = 0; i < f->nlocalsplus; ++i) CHECK(hs::isInterned(f->localName(i)));
    bool sawIdentifier = false, sawSpace = false;
    for (std::int64_t i = 0; i < hs::tupleSize(f->consts); ++i) {
        hs::Object* c = hs::tupleItem(f->consts, i);
        if (hs::isStr(c) && hs::strToUtf8(c) == "hello_world") {
            sawIdentifier = true;
            CHECK(hs::isInterned(c));
        }
        if (hs::isStr(c) && hs::strToUtf8(c) == "hello world") {
            sawSpace = true;
            CHECK_FALSE(hs::isInterned(c));
        }
    }
    CHECK(sawIdentifier);
    CHECK(sawSpace);
    CHECK(f->argcount == 1);
    CHECK(f->nlocals == 2);
    CHECK(hs::strToUtf8(f->localName(0)) == "arg");
}

TEST_CASE("the code object's fields are readable at CPython's offsets") {
    hs::Interpreter interp;
    hs::Ref module = compileCell(interp, "x = 1\n");
    hs::Object* co = module.get();
    std::uint64_t w = 0;
    REQUIRE(co->type->readField(co, 24, w));
    CHECK(w == hs::asCode(co)->consts->addr);
    REQUIRE(co->type->readField(co, 16, w));
    CHECK(w == 5); // RESUME, LOAD_CONST, STORE_NAME, LOAD_CONST, RETURN_VALUE
    REQUIRE(co->type->readField(co, 184, w));
    CHECK((w & 0xff) == 151); // RESUME
}

TEST_CASE("code_hash is 3.11's XOR of the field hashes and counts; equal code objects hash alike") {
    const std::string out = hs_test::runProgram(R"(
def f(a, b=1, *, c=2):
    return a + b + c
c = f.__code__
h = 0
for o in (c.co_name, c.co_consts, c.co_names, c.co_varnames, c.co_linetable, c.co_exceptiontable):
    h ^= hash(o)
h ^= c.co_argcount ^ c.co_posonlyargcount ^ c.co_kwonlyargcount ^ c.co_flags
print(h == hash(c), hash(c.replace()) == hash(c), c.replace(co_flags=c.co_flags | 0x10) == c)
)");
    CHECK(out == "True True False\n");
}
