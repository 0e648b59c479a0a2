// Tests for runtime/compile_residue: the free-list and gen-0 state CPython 3.11's compile() leaves
// (measured with sys._debugmallocstats() and gc.get_count() under python3.11).
#include "frontend/compiler.h"
#include "gc/gc_state.h"
#include "runtime/compile_residue.h"
#include "runtime/interpreter.h"

#include <doctest/doctest.h>

#include <string>

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
