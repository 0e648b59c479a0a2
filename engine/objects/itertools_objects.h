// The itertools iterator types (Modules/itertoolsmodule.c 3.11) that hold references and a few
// counters: count, repeat, cycle, chain, islice, accumulate, zip_longest, pairwise, takewhile,
// dropwhile, starmap, compress, filterfalse, product, combinations, combinations_with_replacement,
// permutations, groupby (and its _grouper). All are GC objects tracked at allocation.
#pragma once

#include "objects/type_object.h"

#include "memory/layout.h"

#include <cstdint>
#include <vector>

namespace hs {

enum class ItertoolsKind : int {
    Count, Repeat, Cycle, Chain, Islice, Accumulate, ZipLongest, Pairwise,
    TakeWhile, DropWhile, StarMap, Compress, FilterFalse, Product, Combinations, Permutations,
    GroupBy, Grouper, CombinationsWithReplacement,
    Size
};

// One host struct for the family: up to five owned references (null = absent) and five counters;
// which slot means what is fixed per kind in itertools_objects.cpp (CPython's field order).
struct ItertoolsObject : Object {
    Object* refs[5] = {};
    const Object* currGrouper = nullptr; // groupby: the live _grouper (borrowed, identity only)
    std::int64_t n[5] = {};
    std::vector<std::int64_t> indices; // product/combinations/permutations, a PyMem_New block at indicesAddr
    Addr indicesAddr = 0;
    std::vector<std::int64_t> cycles;  // permutations, a PyMem_New block at cyclesAddr
    Addr cyclesAddr = 0;
};

// The type of a kind, created with all the others on first use. Borrowed.
TypeObject* itertoolsType(Interpreter& interp, ItertoolsKind kind);
// chain.from_iterable(iterable): new reference.
Object* chainFromIterable(Interpreter& interp, TypeObject* type, Object* iterable);

} // namespace hs
