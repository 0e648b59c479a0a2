// Tests for runtime/compile_residue: the free-list and gen-0 state CPython 3.11's compile() leaves
// (measured with sys._debugmallocstats() and gc.get_count() under python3.11).
#include "frontend/compiler.h"
#include "gc/gc_state.h"
#include "runtime/compile_residue.h"
#include "runtime/interpreter.h"
#include "objects/tuple_object.h"
#include "vm/code_object.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

struct FreeListSizes {
    std::size_t dicts, lists, tuples1, tuples2, tuples3;
};

FreeListSizes sizesOf(hs::Interpreter& interp) {
    auto& fl = interp.freeLists();
    return {fl.dicts.size(), fl.lists.size(), fl.tuples[0].size(), fl.tuples[1].size(), fl.tuples[2].size()};
}

// Compiles `src` as a cell, empties the free lists the compile itself filled, replays the residue.
FreeListSizes replay(hs::Interpreter& interp, const char* src, std::int64_t* count0Delta = nullptr) {
    hs::frontend::SyntaxErrorInfo err;
    hs::Ref code = hs::frontend::compileSource(interp, src, "<cell 1>", &err);
    REQUIRE(code);
    const FreeListSizes before = sizesOf(interp);
    const std::int64_t count0 = interp.gc().generations[0].count;
    hs::replayCompileResidue(interp, code.get());
    const FreeListSizes after = sizesOf(interp);
    if (count0Delta) *count0Delta = interp.gc().generations[0].count - count0;
    return {after.dicts - before.dicts, after.lists - before.lists, after.tuples1 - before.tuples1,
            after.tuples2 - before.tuples2, after.tuples3 - before.tuples3};
}

} // namespace

TEST_CASE("compile residue of a module-only cell: 8 dicts, 6 lists, 7 pairs (python3.11 _debugmallocstats)") {
    hs::Interpreter interp;
    std::int64_t count0 = 0;
    const FreeListSizes grown = replay(interp, "sys._debugmallocstats()\n", &count0);
    // const cache, st_blocks, ste_symbols + the unit's five dicts.
    CHECK(grown.dicts == 8);
    // arena, c_stack, st_stack, ste_varnames, ste_children + one PyDict_Keys / consts list at a time.
    CHECK(grown.lists == 6);
    // bytes keys (b'', linetable, bytecode), names key + pair, consts pair, ((), ()) .
    CHECK(grown.tuples2 == 7);
    CHECK(grown.tuples1 == 1); // consts key (None,)
    // Everything allocated went to a free list: gen-0 grew by exactly the parked objects.
    CHECK(count0 == static_cast<std::int64_t>(grown.dicts + grown.lists + grown.tuples1 + grown.tuples2 + grown.tuples3));
}

TEST_CASE("compile residue: nested units keep their parents' dicts alive (peak, not sum)") {
    hs::Interpreter interp;
    const FreeListSizes flat = replay(interp, "x = 1\n");
    hs::Interpreter interp2;
    const FreeListSizes nested = replay(interp2, "def f(a):\n    def g():\n        return a\n    return g\n");
    // Three blocks: 3 symbols dicts + 3 live units of 5 dicts + const cache + st_blocks.
    CHECK(flat.dicts == 8);
    CHECK(nested.dicts == 2 + 3 + 15);
    CHECK(nested.lists == 3 + 2 * 3 + 1);
}

TEST_CASE("compile residue: equal constants share one const-cache key; tuples merge their items") {
    hs::Interpreter a;
    const FreeListSizes same = replay(a, "def f(): return 1.5\ndef g(): return 1.5\n");
    hs::Interpreter b;
    const FreeListSizes different = replay(b, "def f(): return 1.5\ndef g(): return 2.5\n");
    // g's (float, 2.5) key and its co_consts key are new; with 1.5 both merge with f's.
    CHECK(different.tuples2 > same.tuples2);
    hs::Interpreter c;
    const FreeListSizes tuple = replay(c, "t = (2.5, True)\n");
    hs::Interpreter d;
    const FreeListSizes scalars = replay(d, "t = 2.5\nu = True\n");
    // (2.5, True): keys tuple ((float, 2.5), (bool, True)) + pair, then the items merged again.
    CHECK(tuple.tuples2 > scalars.tuples2);
}

TEST_CASE("compile residue: every compiler_add_const is recorded, repeats and compiler-made objects marked") {
    hs::Interpreter interp;
    hs::frontend::SyntaxErrorInfo err;
    hs::Ref code = hs::frontend::compileSource(interp, "print(1, end='')\nprint(2, end='')\nt = (1, 2)\nu = (1, 2)\n",
                                               "<cell 1>", &err);
    REQUIRE(code);
    const hs::CodeObject* co = hs::asCode(code.get());
    // The kwnames tuple ('end',) twice (made by the compiler each time), then the folded (1, 2) twice.
    int kwnames = 0, pairs = 0, madeKwnames = 0;
    for (const hs::CompileConstAdd& add : co->compileConstAdds) {
        hs::Object* c = hs::tupleItem(co->consts, add.index);
        if (!hs::isExactTuple(c)) continue;
        if (hs::tupleSize(c) == 1) {
            ++kwnames;
            madeKwnames += add.compilerMade;
        } else {
            ++pairs;
            CHECK_FALSE(add.compilerMade);
        }
    }
    CHECK(kwnames == 2);
    CHECK(madeKwnames == 2);
    CHECK(pairs == 2);
    // The second (1, 2) the AST optimizer folded is not the constant: the arena keeps it to the end.
    REQUIRE(co->compileArenaTuples.size() == 1);
    CHECK(co->compileArenaTuples[0] == 2);
}

TEST_CASE("compile residue: a repeated constant keeps more tuples alive at the compile's peak") {
    // With the 2-tuple free list empty, every 2-tuple alive at once is a fresh allocation.
    auto peakPairs = [](const char* src) {
        hs::Interpreter interp;
        hs::frontend::SyntaxErrorInfo err;
        hs::Ref code = hs::frontend::compileSource(interp, src, "<cell 1>", &err);
        REQUIRE(code);
        std::vector<hs::Ref> drained; // the 2-tuple free list emptied (its tuples kept alive)
        while (!interp.freeLists().tuples[1].empty()) drained.push_back(hs::newTuple(interp, 2));
        const std::int64_t count0 = interp.gc().generations[0].count;
        hs::replayCompileResidue(interp, code.get());
        return interp.gc().generations[0].count - count0;
    };
    CHECK(peakPairs("t = (1, 2)\nu = (1, 2)\n") == peakPairs("t = (1, 2)\n") + 1);
    CHECK(peakPairs("t = (1, 2)\nu = (1, 2)\nv = (1, 2)\n") == peakPairs("t = (1, 2)\n") + 2);
}

TEST_CASE("compile residue: two bodies with the same bytecode bytes share one bytecode key") {
    auto pairs = [](const char* src) {
        hs::Interpreter interp;
        return replay(interp, src).tuples2;
    };
    // `return 4` and `return 5` are the same bytes (LOAD_CONST 1): g's bytecode key is a repeat.
    // `return 4` and `return x` are not: g's bytecode key stays in the cache too.
    CHECK(pairs("def f():\n    return 4\ndef g():\n    return x\n") > pairs("def f():\n    return 4\ndef g():\n    return 5\n"));
}

TEST_CASE("compile residue: the compiler's new makecode tuples leave the free lists alone; the replay settles them") {
    // g's co_localsplusnames ('b',) is new: the compiler makes it from fresh memory, so compiling
    // takes no parked 1-tuple; at g's makecode the replay finds one parked (its repeat of (None,)
    // was made and freed) and settles the fresh allocation as that reuse: one parked 1-tuple fewer
    // and gen 0 one lower than if the tuple had been made at compile time from fresh memory.
    hs::Interpreter interp;
    hs::Object* items[1] = {interp.none};
    hs::Ref parked = hs::tupleFromArray(interp, items, 1);
    parked = hs::Ref(); // one 1-tuple parked before the compile
    REQUIRE(hs::tupleFreeListSize(interp, 1) == 1);
    hs::frontend::SyntaxErrorInfo err;
    hs::Ref code = hs::frontend::compileSource(interp, "def f(a):\n    pass\n\ndef g(b):\n    pass\n", "<cell 1>", &err);
    REQUIRE(code);
    CHECK(hs::tupleFreeListSize(interp, 1) == 1); // the compile took no parked tuple
    const auto* g = hs::asCode(hs::tupleItem(hs::asCode(code.get())->consts, 1));
    CHECK((g->compileFreshTuples & hs::CodeObject::kFreshLocalsPlusNames) != 0);
    CHECK((g->compileFreshTuples & hs::CodeObject::kFreshConsts) == 0); // (None,) is f's
    const std::int64_t before = interp.gc().generations[0].count;
    hs::tupleDropParked(interp, 1);
    CHECK(hs::tupleFreeListSize(interp, 1) == 0);
    CHECK(interp.gc().generations[0].count == before - 1);
}
