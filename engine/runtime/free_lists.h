// The 3.11 per-type free lists: dead objects kept for reuse so their addresses come back first.
// Sizes from Include/internal/pycore_*.h: list 80, dict 80 (+80 key tables), float 100, tuple 2000/len<20.
#pragma once

#include "objects/object.h"

#include <vector>

namespace hs {

// Invariant: every object parked here has refcnt 0, carries Object::kRetained, keeps its simulated
// block (its slot stays in state Object; visibleBlockState shows it Retained) and its host struct;
// reuse pops the most recently parked (LIFO).
struct FreeLists {
    static constexpr std::size_t kListMax = 80;
    static constexpr std::size_t kDictMax = 80;
    static constexpr std::size_t kDictKeysMax = 80;
    static constexpr std::size_t kFloatMax = 100;
    static constexpr std::size_t kTupleMaxSaveSize = 20; // lengths 1..19
    static constexpr std::size_t kTupleMaxPerSize = 2000;
    static constexpr std::size_t kAsyncGenMax = 80; // _PyAsyncGen_MAXFREELIST, each of the two lists

    std::vector<Object*> lists;
    std::vector<Object*> dicts;
    std::vector<Addr> dictKeys;  // simulated blocks of PyDictKeysObject of the minimum size
    std::vector<Object*> floats;
    std::vector<Object*> tuples[kTupleMaxSaveSize];
    std::vector<Object*> asyncGenValues; // async_generator_wrapped_value
    std::vector<Object*> asyncGenASends; // async_generator_asend
};

} // namespace hs
