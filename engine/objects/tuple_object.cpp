// tuple: allocation through the per-length free lists, dealloc with the trashcan, the sequence
// operations, tuplehash (3.11 xxHash variant), comparison, repr, and _PyTuple_MaybeUntrack.
//
// Sections: free lists and allocation · construction · slots · sequence operations · init
#include "objects/tuple_object.h"

#include "objects/builtin_types.h"
#include "objects/static_refcounts.h"
#include "objects/str_object.h"
#include "runtime/abstract.h"
#include "runtime/dealloc.h"
#include "runtime/interpreter.h"
#include "runtime/tracemalloc.h"

#include <cstring>

namespace hs {

namespace {

constexpr std::size_t kWord = kTupleSlotBytes; // one ob_item word

TupleObject* asTuple(Object* o) { return static_cast<TupleObject*>(o); }
const TupleObject* asTuple(const Object* o) { return static_cast<const TupleObject*>(o); }

// Host storage words of a parked tuple, read and written as Addr (stale ids / free-list link).
Addr parkedWord(const TupleObject* t, std::int64_t i) {
    Addr a;
    std::memcpy(&a, reinterpret_cast<const char*>(t->items) + i * kWord, sizeof a);
    return a;
}
void setParkedWord(TupleObject* t, std::int64_t i, Addr a) {
    std::memcpy(reinterpret_cast<char*>(t->items) + i * kWord, &a, sizeof a);
}

// ---------------------------------------------------------------- free lists and allocation

// maybe_freelist_pop: only lengths 1..19 are taken back (PyTuple_MAXSAVESIZE 20).
TupleObject* freelistPop(Interpreter& interp, std::int64_t n) {
    if (n >= static_cast<std::int64_t>(FreeLists::kTupleMaxSaveSize)) return nullptr;
    auto& list = interp.freeLists().tuples[n - 1];
    if (list.empty()) return nullptr;
    auto* t = asTuple(list.back());
    list.pop_back();
    interp.reviveObject(t);
    return t;
}

// maybe_freelist_push: lengths 1..20 are parked (index n - 1 < PyTuple_NFREELISTS), at most 2000
// per length, exact tuples only. ob_item[0] becomes the link to the previous head.
bool freelistPush(Interpreter& interp, TupleObject* t) {
    const std::int64_t n = t->size;
    if (n == 0 || n > static_cast<std::int64_t>(FreeLists::kTupleMaxSaveSize)) return false;
    if (t->type != interp.types.tuple) return false;
    auto& list = interp.freeLists().tuples[n - 1];
    if (list.size() >= FreeLists::kTupleMaxPerSize) return false;
    setParkedWord(t, 0, list.empty() ? 0 : list.back()->addr);
    list.push_back(t);
    interp.retainObject(t);
    return true;
}

// tuple_alloc: a tuple of n >= 1 slots, untracked, slots uninitialised.
TupleObject* tupleAllocUnparked(Interpreter& interp, std::int64_t n) {
    if (static_cast<std::uint64_t>(n) > (static_cast<std::uint64_t>(INT64_MAX) - 24) / kWord) {
        interp.setMemoryError();
        return nullptr;
    }
    auto* t = interp.newObject<TupleObject>(interp.types.tuple, 24 + kWord * static_cast<std::uint64_t>(n));
    if (t == nullptr) return nullptr;
    t->size = n;
    t->items = static_cast<Object**>(interp.host().alloc(kWord * static_cast<std::size_t>(n)));
    return t;
}

TupleObject* tupleAlloc(Interpreter& interp, std::int64_t n) {
    if (TupleObject* t = freelistPop(interp, n)) return t;
    return tupleAllocUnparked(interp, n);
}

Object* emptyTuple(Interpreter& interp) {
    incref(interp.emptyTuple);
    return interp.emptyTuple;
}

// ---------------------------------------------------------------- slots

void tupleDealloc(Object* o) {
    auto* t = asTuple(o);
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    TrashcanGuard guard(o, tupleDealloc);
    if (guard.deposited()) return;
    // Backwards, as tupledealloc; each slot keeps the id it held (read before the decref).
    for (std::int64_t i = t->size; --i >= 0;) {
        Object* item = t->items[i];
        setParkedWord(t, i, item ? item->addr : 0);
        xdecref(item);
    }
    if (!freelistPush(interp, t)) interp.freeObject(o);
}

void tupleDestroyHost(Object* o) {
    auto* t = asTuple(o);
    if (t->items) o->type->interp->host().free(t->items, kWord * static_cast<std::size_t>(t->size));
    t->~TupleObject();
}

int tupleTraverse(Object* o, VisitProc visit, void* arg) {
    const TupleObject* t = asTuple(o);
    for (std::int64_t i = t->size; --i >= 0;) {
        if (Object* item = t->items[i])
            if (int r = visit(item, arg)) return r;
    }
    return 0;
}

std::int64_t tupleSizeOf(const Object* o) { return o->type->basicsize + 8 * asTuple(o)->size; }

bool tupleReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    const TupleObject* t = asTuple(o);
    if (offset == 16) {
        out = static_cast<std::uint64_t>(t->size);
        return true;
    }
    if (offset >= 24 && offset < 24 + 8 * t->size && (offset & 7) == 0) {
        const std::int64_t i = (offset - 24) / 8;
        if (o->objFlags & Object::kRetained) {
            out = parkedWord(t, i);
        } else {
            out = t->items[i] ? t->items[i]->addr : 0;
        }
        return true;
    }
    return false;
}

int tupleIsTrue(Object* o) { return asTuple(o)->size != 0; }

std::string tupleLabel(const Object* o) {
    const std::int64_t n = asTuple(o)->size;
    if (n == 0) return "()";
    return "(" + std::to_string(n) + (n == 1 ? " item)" : " items)");
}

} // namespace

// ---------------------------------------------------------------- construction

bool isExactTuple(const Object* o) { return o->type == o->type->interp->types.tuple; }

Ref newTuple(Interpreter& interp, std::int64_t n) {
    if (n < 0) {
        interp.setError("SystemError", "bad argument to internal function");
        return Ref();
    }
    if (n == 0) return Ref(emptyTuple(interp));
    TupleObject* t = tupleAlloc(interp, n);
    if (t == nullptr) return Ref();
    for (std::int64_t i = 0; i < n; ++i) t->items[i] = nullptr;
    interp.gc().track(t);
    return Ref(t);
}

namespace {
// A new reference to each of src[0..n) into the fresh tuple t (nullptr: MemoryError pending), tracked.
inline Ref fillFromArray(Interpreter& interp, TupleObject* t, Object* const* src, std::int64_t n) {
    if (t == nullptr) return Ref();
    for (std::int64_t i = 0; i < n; ++i) {
        incref(src[i]);
        t->items[i] = src[i];
    }
    interp.gc().track(t);
    return Ref(t);
}
} // namespace

Ref tupleFromArray(Interpreter& interp, Object* const* src, std::int64_t n) {
    if (n == 0) return Ref(emptyTuple(interp));
    return fillFromArray(interp, tupleAlloc(interp, n), src, n);
}

Ref tupleFromArrayUnparked(Interpreter& interp, Object* const* src, std::int64_t n) {
    if (n == 0) return Ref(emptyTuple(interp));
    return fillFromArray(interp, tupleAllocUnparked(interp, n), src, n);
}

Ref tupleFromArraySteal(Interpreter& interp, Object* const* src, std::int64_t n) {
    if (n == 0) return Ref(emptyTuple(interp));
    TupleObject* t = tupleAlloc(interp, n);
    if (t == nullptr) {
        for (std::int64_t i = 0; i < n; ++i) decref(src[i]);
        return Ref();
    }
    for (std::int64_t i = 0; i < n; ++i) t->items[i] = src[i];
    interp.gc().track(t);
    return Ref(t);
}

Ref tuplePack(Interpreter& interp, std::initializer_list<Object*> items) {
    return tupleFromArray(interp, items.begin(), static_cast<std::int64_t>(items.size()));
}

// ---------------------------------------------------------------- slots (public)

std::int64_t tupleHash(Object* o) {
    // tuplehash, 64-bit constants of xxHash (XXPRIME_1/2/5, rotate left 31).
    constexpr std::uint64_t kPrime1 = 11400714785074694791ull;
    constexpr std::uint64_t kPrime2 = 14029467366897019727ull;
    constexpr std::uint64_t kPrime5 = 2870177450012600261ull;
    const TupleObject* t = asTuple(o);
    std::uint64_t acc = kPrime5;
    for (std::int64_t i = 0; i < t->size; ++i) {
        const std::int64_t h = objectHash(t->items[i]);
        if (h == -1) return -1;
        acc += static_cast<std::uint64_t>(h) * kPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kPrime1;
    }
    acc += static_cast<std::uint64_t>(t->size) ^ (kPrime5 ^ 3527539ull);
    if (acc == static_cast<std::uint64_t>(-1)) return 1546275796;
    return static_cast<std::int64_t>(acc);
}

Object* tupleRichCompare(Object* v, Object* w, CompareOp op) {
    Interpreter& interp = *v->type->interp;
    if (!isTuple(v) || !isTuple(w)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    const TupleObject* vt = asTuple(v);
    const TupleObject* wt = asTuple(w);
    const std::int64_t vlen = vt->size, wlen = wt->size;
    std::int64_t i = 0;
    for (; i < vlen && i < wlen; ++i) {
        const int k = objectRichCompareBool(vt->items[i], wt->items[i], CompareOp::Eq);
        if (k < 0) return nullptr;
        if (!k) break;
    }
    if (i >= vlen || i >= wlen) {
        bool r = false;
        switch (op) {
        case CompareOp::Lt: r = vlen < wlen; break;
        case CompareOp::Le: r = vlen <= wlen; break;
        case CompareOp::Eq: r = vlen == wlen; break;
        case CompareOp::Ne: r = vlen != wlen; break;
        case CompareOp::Gt: r = vlen > wlen; break;
        case CompareOp::Ge: r = vlen >= wlen; break;
        }
        return newBool(interp, r);
    }
    if (op == CompareOp::Eq) return newBool(interp, false);
    if (op == CompareOp::Ne) return newBool(interp, true);
    return objectRichCompare(vt->items[i], wt->items[i], op).release();
}

Object* tupleRepr(Object* o) {
    Interpreter& interp = *o->type->interp;
    const TupleObject* t = asTuple(o);
    if (t->size == 0) return seqrepr::makeStr(interp, "()");
    ReprGuard guard(o);
    if (guard.active()) return seqrepr::makeStr(interp, "(...)");
    std::string text = "(";
    for (std::int64_t i = 0; i < t->size; ++i) {
        if (i > 0) text += ", ";
        if (!seqrepr::appendRepr(t->items[i], text)) return nullptr;
    }
    text += t->size > 1 ? ")" : ",)";
    return seqrepr::makeStr(interp, text);
}

// ---------------------------------------------------------------- sequence operations

Ref tupleGetItem(Object* o, std::int64_t i) {
    const TupleObject* t = asTuple(o);
    if (i < 0 || i >= t->size) {
        o->type->interp->setError("IndexError", "tuple index out of range");
        return Ref();
    }
    return Ref::borrowed(t->items[i]);
}

Ref tupleSlice(Object* o, std::int64_t ilow, std::int64_t ihigh) {
    TupleObject* t = asTuple(o);
    if (ilow < 0) ilow = 0;
    if (ihigh > t->size) ihigh = t->size;
    if (ihigh < ilow) ihigh = ilow;
    if (ilow == 0 && ihigh == t->size && isExactTuple(o)) return Ref::borrowed(o);
    return tupleFromArray(*o->type->interp, t->items + ilow, ihigh - ilow);
}

Ref tupleSubscriptSlice(Object* o, std::int64_t start, std::int64_t stop, std::int64_t step) {
    TupleObject* t = asTuple(o);
    Interpreter& interp = *o->type->interp;
    const std::int64_t len = adjustSliceIndices(t->size, start, stop, step);
    if (len <= 0) return Ref(emptyTuple(interp));
    if (start == 0 && step == 1 && len == t->size && isExactTuple(o)) return Ref::borrowed(o);
    TupleObject* r = tupleAlloc(interp, len);
    if (r == nullptr) return Ref();
    std::int64_t cur = start;
    for (std::int64_t i = 0; i < len; ++i, cur += step) {
        incref(t->items[cur]);
        r->items[i] = t->items[cur];
    }
    interp.gc().track(r);
    return Ref(r);
}

Ref tupleConcat(Object* a, Object* b) {
    Interpreter& interp = *a->type->interp;
    const TupleObject* at = asTuple(a);
    if (at->size == 0 && isTuple(b) && isExactTuple(b)) return Ref::borrowed(b);
    if (!isTuple(b)) {
        interp.setError("TypeError", "can only concatenate tuple (not \"" + b->type->name + "\") to tuple");
        return Ref();
    }
    const TupleObject* bt = asTuple(b);
    if (bt->size == 0 && isExactTuple(a)) return Ref::borrowed(a);
    const std::int64_t n = at->size + bt->size;
    if (n == 0) return Ref(emptyTuple(interp));
    TupleObject* r = tupleAlloc(interp, n);
    if (r == nullptr) return Ref();
    for (std::int64_t i = 0; i < at->size; ++i) {
        incref(at->items[i]);
        r->items[i] = at->items[i];
    }
    for (std::int64_t i = 0; i < bt->size; ++i) {
        incref(bt->items[i]);
        r->items[at->size + i] = bt->items[i];
    }
    interp.gc().track(r);
    return Ref(r);
}

Ref tupleRepeat(Object* a, std::int64_t n) {
    Interpreter& interp = *a->type->interp;
    const TupleObject* at = asTuple(a);
    const std::int64_t size = at->size;
    if ((size == 0 || n == 1) && isExactTuple(a)) return Ref::borrowed(a);
    if (size == 0 || n <= 0) return Ref(emptyTuple(interp));
    if (n > INT64_MAX / size) {
        interp.setMemoryError();
        return Ref();
    }
    TupleObject* r = tupleAlloc(interp, size * n);
    if (r == nullptr) return Ref();
    for (std::int64_t j = 0; j < size; ++j) at->items[j]->refcnt += n;
    Object** dest = r->items;
    for (std::int64_t k = 0; k < n; ++k, dest += size)
        std::memcpy(dest, at->items, static_cast<std::size_t>(size) * sizeof(Object*));
    interp.gc().track(r);
    return Ref(r);
}

int tupleContains(Object* o, Object* value) {
    const TupleObject* t = asTuple(o);
    int cmp = 0;
    for (std::int64_t i = 0; cmp == 0 && i < t->size; ++i)
        cmp = objectRichCompareBool(t->items[i], value, CompareOp::Eq);
    return cmp;
}

std::int64_t tupleIndex(Object* o, Object* value, std::int64_t start, std::int64_t stop) {
    const TupleObject* t = asTuple(o);
    if (start < 0) {
        start += t->size;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += t->size;
    } else if (stop > t->size) {
        stop = t->size;
    }
    for (std::int64_t i = start; i < stop; ++i) {
        const int cmp = objectRichCompareBool(t->items[i], value, CompareOp::Eq);
        if (cmp > 0) return i;
        if (cmp < 0) return -1;
    }
    o->type->interp->setError("ValueError", "tuple.index(x): x not in tuple");
    return -1;
}

std::int64_t tupleCount(Object* o, Object* value) {
    const TupleObject* t = asTuple(o);
    std::int64_t count = 0;
    for (std::int64_t i = 0; i < t->size; ++i) {
        const int cmp = objectRichCompareBool(t->items[i], value, CompareOp::Eq);
        if (cmp > 0) ++count;
        else if (cmp < 0) return -1;
    }
    return count;
}

// ---------------------------------------------------------------- collector and free lists

bool tupleMaybeUntrack(Object* o) {
    if (!isExactTuple(o) || !GcState::isTracked(o)) return false;
    const TupleObject* t = asTuple(o);
    for (std::int64_t i = 0; i < t->size; ++i) {
        Object* elt = t->items[i];
        // _PyObject_GC_MAY_BE_TRACKED: a GC object that is not an untracked exact tuple.
        if (elt == nullptr) return false;
        if (isGcObject(elt) && (!isExactTuple(elt) || GcState::isTracked(elt))) return false;
    }
    o->type->interp->gc().untrack(o);
    return true;
}

void clearTupleFreeLists(Interpreter& interp) {
    for (auto& list : interp.freeLists().tuples) {
        // From the head (most recently parked) down, as the linked list is walked.
        while (!list.empty()) {
            Object* t = list.back();
            list.pop_back();
            interp.releaseRetained(t);
        }
    }
}

std::size_t tupleFreeListSize(const Interpreter& interp, std::int64_t n) {
    if (n < 1 || n > static_cast<std::int64_t>(FreeLists::kTupleMaxSaveSize)) return 0;
    return const_cast<Interpreter&>(interp).freeLists().tuples[n - 1].size();
}

bool tupleAllocReusesParked(const Interpreter& interp, std::int64_t n) {
    return n >= 1 && n < static_cast<std::int64_t>(FreeLists::kTupleMaxSaveSize) && tupleFreeListSize(interp, n) > 0;
}

void tupleDropParked(Interpreter& interp, std::int64_t n, Object* fresh) {
    if (!tupleAllocReusesParked(interp, n)) return;
    auto& list = interp.freeLists().tuples[n - 1];
    Object* t = list.back();
    list.pop_back();
    if (fresh && interp.tracing()) {
        const std::int64_t pre = t->type->preHeaderSize();
        interp.tracer().adopt(t->addr - pre, fresh->addr - pre);
    }
    interp.releaseRetained(t);
}

// ---------------------------------------------------------------- repr helpers

namespace seqrepr {

bool appendRepr(Object* item, std::string& out) {
    Ref r = objectRepr(item);
    if (!r) return false;
    strAppendUtf8(r.get(), out);
    return true;
}

Object* makeStr(Interpreter& interp, const std::string& text) {
    // The _PyUnicodeWriter result: a fresh str (never a cached singleton).
    return newStrFreshUtf8(interp, text).release();
}

} // namespace seqrepr

// ---------------------------------------------------------------- init

void initTupleType(Interpreter&, TypeObject& t) {
    t.dealloc = tupleDealloc;
    t.traverse = tupleTraverse;
    t.sizeOf = tupleSizeOf;
    t.readField = tupleReadField;
    t.repr = tupleRepr;
    t.hash = tupleHash;
    t.richcompare = tupleRichCompare;
    t.isTrue = tupleIsTrue;
    t.label = tupleLabel;
    t.destroyHost = tupleDestroyHost;
}

void createEmptyTuple(Interpreter& interp) {
    // The static empty tuple: GC head present but never tracked; 24 bytes + the 16-byte pre-header.
    auto* t = interp.newStaticObject<TupleObject>(interp.types.tuple, 24, static_refcounts::kEmptyTuple);
    interp.emptyTuple = t;
}

} // namespace hs
