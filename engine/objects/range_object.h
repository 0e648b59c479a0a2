// range (rangeobject, Objects/rangeobject.c 3.11): a 48-byte non-GC object holding start, stop,
// step and the precomputed length as int objects; indexing, slicing, membership, equality, hash.
#pragma once

#include "objects/type_object.h"

#include <cstdint>

namespace hs {

// Host side of a range. Simulated layout: +16 start, +24 stop, +32 step, +40 length (the ids of
// the four ints). Invariant: all four are owned references to ints; step != 0; length >= 0.
struct RangeObject : Object {
    Object* start = nullptr;
    Object* stop = nullptr;
    Object* step = nullptr;
    Object* length = nullptr;
};

// PyRange_Check (range cannot be subclassed).
bool isRange(const Object* o);
inline Object* rangeStart(const Object* r) { return static_cast<const RangeObject*>(r)->start; }
inline Object* rangeStop(const Object* r) { return static_cast<const RangeObject*>(r)->stop; }
inline Object* rangeStep(const Object* r) { return static_cast<const RangeObject*>(r)->step; }
inline Object* rangeLengthObject(const Object* r) { return static_cast<const RangeObject*>(r)->length; }

// range(stop) when start is null, else range(start, stop[, step]) (step null = 1): the arguments
// are borrowed ints (the VM applies __index__ first; anything else gets TypeError "'T' object
// cannot be interpreted as an integer"). ValueError "range() arg 3 must not be zero". The length
// is computed with int arithmetic as compute_range_length does (same temporaries), then the
// 48-byte object is allocated. New reference.
Ref newRange(Interpreter& interp, Object* start, Object* stop, Object* step = nullptr);
// Convenience for host code and tests: range(start, stop, step) from machine integers.
Ref newRangeFromInt64(Interpreter& interp, std::int64_t start, std::int64_t stop, std::int64_t step = 1);

// len(r): -1 with OverflowError "Python int too large to convert to C ssize_t" for huge ranges.
std::int64_t rangeLength(Object* r);
// r[i] for an int object i (compute_range_item): IndexError "range object index out of range".
Ref rangeGetItem(Object* r, Object* index);
// r[i] for a machine integer (range_item: the index becomes an int object first).
Ref rangeGetItemInt64(Object* r, std::int64_t i);
// r[start:stop:step] with the slice's raw fields (ints, or None/nullptr for "not given"):
// _PySlice_GetLongIndices then a new range. ValueError "slice step cannot be zero".
Ref rangeSubscriptSlice(Object* r, Object* start, Object* stop, Object* step);
// x in r: ints and bools by arithmetic; other objects by iterating (equality with each item).
int rangeContains(Object* r, Object* value);
// r.count(x) / r.index(x): the count or index, or -1 with the error pending
// (ValueError "<repr(x)> is not in range" for ints, "sequence.index(x): x not in sequence" otherwise).
std::int64_t rangeCount(Object* r, Object* value);
Ref rangeIndex(Object* r, Object* value);

// --- Slots, callable directly ---
Object* rangeRichCompare(Object* a, Object* b, CompareOp op); // == / != by sequence; else NotImplemented
std::int64_t rangeHash(Object* r);                            // hash((len, start|None, step|None))
Object* rangeRepr(Object* r);                                  // "range(0, 10)" / "range(0, 10, 2)"

} // namespace hs
