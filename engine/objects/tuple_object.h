// tuple (PyTupleObject, Objects/tupleobject.c 3.11): a var-sized GC object with its items inline,
// the static empty tuple, the per-length free lists, xxHash-based hashing and lazy GC untracking.
#pragma once

#include "objects/type_object.h"

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>

namespace hs {

// Host side of a tuple. Simulated layout (request 24 + 8*n, plus the 16-byte GC head):
// +16 ob_size, +24 + 8*i ob_item[i]. While parked on a free list, ob_size keeps n, ob_item[0] holds
// the address of the tuple of the same length parked before it (0 at the bottom), and the other
// ob_item words keep the ids of the items the tuple held (CPython never clears them).
// Invariant: `items` is host storage of `size` 8-byte words owned by the tuple; while alive they are
// read as Object* (NULL only during construction), while parked as Addr (stale ids).
struct TupleObject : Object {
    std::int64_t size = 0;
    Object** items = nullptr; // host storage of kTupleSlotBytes per item
};

// Host bytes of one item slot: 8 on every host, so that a parked (free-list) tuple's slot can keep
// the simulated address (Addr) its item had; a 32-bit host (wasm32) uses the first 4 for the pointer.
// Whoever allocates or frees `items` uses this size (the dealloc writes 8 bytes per slot).
inline constexpr std::size_t kTupleSlotBytes = 8;

// PyTuple_Check / PyTuple_CheckExact.
inline bool isTuple(const Object* o) { return o->type->flags & tpflags::kTupleSubclass; }
bool isExactTuple(const Object* o);
inline std::int64_t tupleSize(const Object* t) { return static_cast<const TupleObject*>(t)->size; }
// PyTuple_GET_ITEM: borrowed, no bounds check.
inline Object* tupleItem(const Object* t, std::int64_t i) { return static_cast<const TupleObject*>(t)->items[i]; }
inline Object** tupleItems(Object* t) { return static_cast<TupleObject*>(t)->items; }
// PyTuple_SET_ITEM: steals `item`; only for a tuple under construction (slot NULL).
inline void tupleSetItemSteal(Object* t, std::int64_t i, Object* item) { static_cast<TupleObject*>(t)->items[i] = item; }

// --- Construction (new references; empty Ref with MemoryError pending on failure) ---
// PyTuple_New: n == 0 gives the empty tuple; otherwise a free-list tuple or a new block, items
// NULL, tracked. Fill with tupleSetItemSteal before the tuple becomes visible.
Ref newTuple(Interpreter& interp, std::int64_t n);
// _PyTuple_FromArray (increfs the items) / _PyTuple_FromArraySteal (takes the references; on
// failure they are released).
Ref tupleFromArray(Interpreter& interp, Object* const* src, std::int64_t n);
// tupleFromArray from fresh memory, never a parked tuple (the compiler's surviving tuples: the compile
// residue settles their allocation with the free lists at CPython's moment, tupleDropParked).
Ref tupleFromArrayUnparked(Interpreter& interp, Object* const* src, std::int64_t n);
Ref tupleFromArraySteal(Interpreter& interp, Object* const* src, std::int64_t n);
// PyTuple_Pack: increfs the items.
Ref tuplePack(Interpreter& interp, std::initializer_list<Object*> items);

// --- Sequence operations (CPython's semantics and messages) ---
// tupleitem: i is not adjusted (tuplesubscript added the length to a negative index once);
// IndexError "tuple index out of range" outside [0, len).
Ref tupleGetItem(Object* t, std::int64_t i);
// tupleslice (PyTuple_GetSlice): clamps; the whole exact tuple returns itself.
Ref tupleSlice(Object* t, std::int64_t ilow, std::int64_t ihigh);
// tuplesubscript with a slice: start/stop/step as PySlice_Unpack leaves them (step != 0).
Ref tupleSubscriptSlice(Object* t, std::int64_t start, std::int64_t stop, std::int64_t step);
// tupleconcat: TypeError 'can only concatenate tuple (not "T") to tuple'.
Ref tupleConcat(Object* a, Object* b);
// tuplerepeat: n <= 0 gives (); MemoryError on overflow.
Ref tupleRepeat(Object* a, std::int64_t n);
// tuplecontains: 1, 0, or -1 with the comparison's error.
int tupleContains(Object* t, Object* value);
// tuple.index(value, start, stop): the index, or -1 with ValueError "tuple.index(x): x not in tuple"
// (or the comparison's error) pending.
std::int64_t tupleIndex(Object* t, Object* value, std::int64_t start = 0, std::int64_t stop = INT64_MAX);
// tuple.count(value): the count, or -1 with the comparison's error pending.
std::int64_t tupleCount(Object* t, Object* value);

// --- Slots, callable directly ---
std::int64_t tupleHash(Object* t);                              // -1 with an error (unhashable item)
Object* tupleRichCompare(Object* a, Object* b, CompareOp op);   // NotImplemented for non-tuples
Object* tupleRepr(Object* t);                                    // "(1,)", "(1, 2)", "()", "(...)"

// --- Collector and free-list hooks ---
// _PyTuple_MaybeUntrack: untracks a tracked exact tuple when no item may be tracked (an item is
// not a GC object, or is a tuple that is untracked). Returns true when it untracked the tuple.
bool tupleMaybeUntrack(Object* t);
// Releases every parked tuple (gc.collect(2) clears the free lists; CPython's
// maybe_freelist_clear walks each list from its head).
void clearTupleFreeLists(Interpreter& interp);
// Number of tuples of length n (1..19) parked on the free list.
std::size_t tupleFreeListSize(const Interpreter& interp, std::int64_t n);
// Whether a new tuple of n items would now be a parked one taken back (maybe_freelist_pop).
bool tupleAllocReusesParked(const Interpreter& interp, std::int64_t n);
// The compile residue's settling of a tuple the compiler made earlier than CPython does, from fresh
// memory (tupleFromArrayUnparked), when CPython would take a parked one at its moment: that parked
// tuple leaves the free list and is freed (PyObject_GC_Del: gen 0's count falls by one, as if the
// earlier allocation had been that reuse). Nothing when no tuple of length n is parked. While
// tracemalloc traces, `fresh` (the compiler's tuple) takes the parked tuple's trace, or none.
void tupleDropParked(Interpreter& interp, std::int64_t n, Object* fresh = nullptr);

// Helpers shared by the sequence reprs (tuple, list, range): no Python code of their own.
namespace seqrepr {
// Appends repr(item) (UTF-8) to out; false with the error pending.
bool appendRepr(Object* item, std::string& out);
// A new str holding `text` (UTF-8); nullptr with MemoryError pending.
Object* makeStr(Interpreter& interp, const std::string& text);
} // namespace seqrepr

// PySlice_AdjustIndices: clamps start/stop for a sequence of `length` and returns the slice length.
inline std::int64_t adjustSliceIndices(std::int64_t length, std::int64_t& start, std::int64_t& stop, std::int64_t step) {
    if (start < 0) {
        start += length;
        if (start < 0) start = (step < 0) ? -1 : 0;
    } else if (start >= length) {
        start = (step < 0) ? length - 1 : length;
    }
    if (stop < 0) {
        stop += length;
        if (stop < 0) stop = (step < 0) ? -1 : 0;
    } else if (stop >= length) {
        stop = (step < 0) ? length - 1 : length;
    }
    if (step < 0) {
        if (stop < start) return (start - stop - 1) / (-step) + 1;
    } else if (start < stop) {
        return (stop - start - 1) / step + 1;
    }
    return 0;
}

} // namespace hs
