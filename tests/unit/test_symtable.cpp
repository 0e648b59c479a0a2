// Tests for frontend/symtable: scopes of names (local, global explicit/implicit, free, cell), class
// __class__ cells, comprehension scopes, and the SyntaxErrors of symtable.c 3.11.
#include "frontend/parser.h"
#include "frontend/symtable.h"

#include <doctest/doctest.h>

using namespace hs::frontend;

namespace {
struct Built {
    ParseResult parsed;
    SymtableResult st;
};
Built build(const char* src) {
    Built b{parseModule(src), {}};
    REQUIRE(b.parsed.ok());
    b.st = buildSymtable(*b.parsed.module);
    return b;
}
const SymtableEntry* child(const SymtableEntry* e, std::size_t i) {
    REQUIRE(i < e->children.size());
    return e->children[i];
}
} // namespace

TEST_CASE("module names are implicit globals; function locals, free and cell variables") {
    Built b = build("x = 1\ndef outer(a):\n    y = 2\n    def inner():\n        return y + a + x\n    return inner\n");
    REQUIRE(b.st.table);
    const SymtableEntry* top = b.st.table->top;
    CHECK(top->scope("x") == Scope::Local);
    CHECK(top->scope("outer") == Scope::Local);
    const SymtableEntry* outer = child(top, 0);
    CHECK(outer->name == "outer");
    CHECK(outer->type == BlockType::Function);
    CHECK(outer->scope("y") == Scope::Cell);
    CHECK(outer->scope("a") == Scope::Cell);
    CHECK(outer->scope("inner") == Scope::Local);
    CHECK(outer->varnames == std::vector<std::string>{"a"});
    const SymtableEntry* inner = child(outer, 0);
    CHECK(inner->nested);
    CHECK(inner->scope("y") == Scope::Free);
    CHECK(inner->scope("a") == Scope::Free);
    CHECK(inner->scope("x") == Scope::GlobalImplicit);
    CHECK(inner->free);
    CHECK(outer->childFree);
}

TEST_CASE("global and nonlocal declarations") {
    Built b = build("def f():\n    global g\n    g = 1\n    n = 0\n    def h():\n        nonlocal n\n        n += 1\n");
    REQUIRE(b.st.table);
    const SymtableEntry* f = child(b.st.table->top, 0);
    CHECK(f->scope("g") == Scope::GlobalExplicit);
    CHECK(f->scope("n") == Scope::Cell);
    CHECK(child(f, 0)->scope("n") == Scope::Free);
}

TEST_CASE("super() in a method makes the class need a __class__ cell") {
    Built b = build("class C(B):\n    def m(self):\n        return super().m()\n");
    REQUIRE(b.st.table);
    const SymtableEntry* c = child(b.st.table->top, 0);
    CHECK(c->type == BlockType::Class);
    CHECK(c->needsClassClosure);
    CHECK(child(c, 0)->scope("__class__") == Scope::Free);
}

TEST_CASE("comprehensions are function scopes with the implicit .0 argument") {
    Built b = build("r = [x * k for x in data]\n");
    REQUIRE(b.st.table);
    const SymtableEntry* comp = child(b.st.table->top, 0);
    CHECK(comp->name == "listcomp");
    CHECK(comp->comprehension == ComprehensionType::List);
    CHECK(comp->varnames == std::vector<std::string>{".0"});
    CHECK(comp->scope("x") == Scope::Local);
    CHECK(comp->scope("k") == Scope::GlobalImplicit);
    CHECK(b.st.table->top->scope("data") == Scope::GlobalImplicit);
}

TEST_CASE("private names are mangled inside classes") {
    CHECK(mangle("C", "__x") == "_C__x");
    CHECK(mangle("_C", "__x") == "_C__x");
    CHECK(mangle("C", "__x__") == "__x__");
    CHECK(mangle("__", "__x") == "__x");
    CHECK(mangle("C", "_x") == "_x");
    CHECK(mangle("", "__x") == "__x");
}

TEST_CASE("symtable SyntaxErrors carry CPython's messages and positions") {
    struct Case {
        const char* src;
        const char* msg;
        int lineno, offset;
    };
    // Expected values from python3.11 compile(src, '<cell 1>', 'exec').
    const Case cases[] = {
        {"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1},
        {"def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found", 2, 5},
        {"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5},
        {"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5},
        {"def f():\n    def g():\n        print(x)\n        nonlocal x\n    x = 1\n",
         "name 'x' is used prior to nonlocal declaration", 4, 9},
        {"def f(a):\n    global a\n", "name 'a' is parameter and global", 2, 5},
        {"def f(a, a):\n    pass\n", "duplicate argument 'a' in function definition", 1, 10},
        {"def f():\n    from os import *\n", "import * only allowed at module level", 2, 20},
        {"[(yield x) for x in y]\n", "'yield' inside list comprehension", 1, 3},
    };
    for (const Case& c : cases) {
        CAPTURE(c.src);
        ParseResult parsed = parseModule(c.src);
        REQUIRE(parsed.ok());
        SymtableResult st = buildSymtable(*parsed.module);
        CHECK_FALSE(st.table);
        REQUIRE(st.error);
        CHECK(st.error->msg == c.msg);
        CHECK(st.error->lineno == c.lineno);
        CHECK(st.error->offset == c.offset);
    }
}
