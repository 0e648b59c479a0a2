// list.sort (Objects/listobject.c 3.11, listsort.txt): timsort's natural runs extended to minrun by
// binary insertion, the powersort merge order, merge_lo/merge_hi with galloping, CPython's PyMem use.
//
// Sections: sort slices and merge state · runs and galloping · merges · listSort
#include "objects/list_object.h"
#include "objects/tuple_object.h"

#include "runtime/abstract.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace hs {

namespace {

constexpr std::uint64_t kWord = 8; // sizeof(PyObject *) in the simulated process
Interpreter& interpOf(const Object* o) { return *o->type->interp; }

constexpr std::int64_t kMergeTempSize = 256; // MERGESTATE_TEMP_SIZE
constexpr std::int64_t kMinGallop = 7;
constexpr int kMaxMergePending = 85;

// ---------------------------------------------------------------- sort slices and merge state

struct SortSlice {
    Object** keys;
    Object** values; // null when the keys are the values

    void copyFrom(std::int64_t i, const SortSlice& s, std::int64_t j) const {
        keys[i] = s.keys[j];
        if (values) values[i] = s.values[j];
    }
    void memcpyFrom(std::int64_t i, const SortSlice& s, std::int64_t j, std::int64_t n) const {
        std::memcpy(keys + i, s.keys + j, static_cast<std::size_t>(n) * sizeof(Object*));
        if (values) std::memcpy(values + i, s.values + j, static_cast<std::size_t>(n) * sizeof(Object*));
    }
    void memmoveFrom(std::int64_t i, const SortSlice& s, std::int64_t j, std::int64_t n) const {
        std::memmove(keys + i, s.keys + j, static_cast<std::size_t>(n) * sizeof(Object*));
        if (values) std::memmove(values + i, s.values + j, static_cast<std::size_t>(n) * sizeof(Object*));
    }
    void advance(std::int64_t n) {
        keys += n;
        if (values) values += n;
    }
};

void reverseRange(Object** lo, Object** hi) {
    --hi;
    while (lo < hi) std::swap(*lo++, *hi--);
}

using RichCompareFn = Object* (*)(Object*, Object*, CompareOp);

// list_sort_impl's pre-sort check of the keys: how they are compared. `richcompare` set: every key
// (every tuple's first item when `tuples`) has that one exact type, whose tp_richcompare is called
// directly (unsafe_latin/long/float/object_compare: PyObject_RichCompareBool's result without its
// " in comparison" recursion level); null: safe_object_compare (PyObject_RichCompareBool).
// `tuples`: every key is a non-empty exact tuple (unsafe_tuple_compare).
struct KeyCompare {
    RichCompareFn richcompare = nullptr;
    bool tuples = false;
};

KeyCompare preSortCheck(Object* const* keys, std::int64_t n) {
    KeyCompare kc;
    if (n < 2) return kc;
    auto nonEmptyTuple = [](Object* o) { return isExactTuple(o) && tupleSize(o) > 0; };
    bool inTuples = nonEmptyTuple(keys[0]);
    const TypeObject* keyType = (inTuples ? tupleItem(keys[0], 0) : keys[0])->type;
    bool sameType = true;
    for (std::int64_t i = 0; i < n; ++i) {
        if (inTuples && !nonEmptyTuple(keys[i])) {
            inTuples = sameType = false;
            break;
        }
        if ((inTuples ? tupleItem(keys[i], 0) : keys[i])->type != keyType) {
            sameType = false;
            if (!inTuples) break; // tuples are checked to the end
        }
    }
    if (sameType) kc.richcompare = keyType->richcompare;
    if (inTuples) {
        kc.tuples = true;
        if (keyType == keyType->interp->types.tuple) kc.richcompare = nullptr; // tuples of tuples
    }
    return kc;
}

// unsafe_object_compare (and the latin/long/float ones, whose results it gives): v < w by the key
// type's tp_richcompare; PyObject_RichCompareBool when v's type has another or it returns
// NotImplemented.
int unsafeLt(RichCompareFn richcompare, Object* v, Object* w) {
    if (!richcompare || v->type->richcompare != richcompare) return objectRichCompareBool(v, w, CompareOp::Lt);
    Ref res(richcompare(v, w, CompareOp::Lt));
    if (!res) return -1;
    Interpreter& interp = *v->type->interp;
    if (res.get() == interp.notImplemented) return objectRichCompareBool(v, w, CompareOp::Lt);
    return objectIsTrue(res.get());
}

// unsafe_tuple_compare: the first items that differ (PyObject_RichCompareBool's ==), compared by the
// keys' compare when they are the first ones, else by PyObject_RichCompareBool's <.
int unsafeTupleLt(RichCompareFn elemCompare, Object* v, Object* w) {
    const std::int64_t vlen = tupleSize(v), wlen = tupleSize(w);
    std::int64_t i = 0;
    for (; i < vlen && i < wlen; ++i) {
        const int k = objectRichCompareBool(tupleItem(v, i), tupleItem(w, i), CompareOp::Eq);
        if (k < 0) return -1;
        if (!k) break;
    }
    if (i >= vlen || i >= wlen) return vlen < wlen;
    if (i == 0) return unsafeLt(elemCompare, tupleItem(v, 0), tupleItem(w, 0));
    return objectRichCompareBool(tupleItem(v, i), tupleItem(w, i), CompareOp::Lt);
}

struct MergeState {
    Interpreter& interp;
    Object* owner;
    ListLessFn lt;
    void* ctx;
    KeyCompare keyCompare;
    std::int64_t listlen;
    Object** basekeys;
    std::int64_t minGallop = kMinGallop;
    // Merge memory: MERGESTATE_TEMP_SIZE slots live in the C frame; more is a PyMem block.
    Object* temparray[kMergeTempSize];
    std::unique_ptr<Object*[]> heapTemp;
    Addr heapAddr = 0;
    SortSlice a{};
    std::int64_t alloced = 0;
    struct Run {
        SortSlice base;
        std::int64_t len;
        int power;
    } pending[kMaxMergePending];
    int n = 0;

    MergeState(Interpreter& i, Object* o, ListLessFn f, void* c, std::int64_t len, bool hasValues, Object** base)
        : interp(i), owner(o), lt(f), ctx(c), listlen(len), basekeys(base) {
        if (hasValues) {
            alloced = std::min<std::int64_t>((len + 1) / 2, kMergeTempSize / 2);
            a = {temparray, temparray + alloced};
        } else {
            alloced = kMergeTempSize;
            a = {temparray, nullptr};
        }
    }
    ~MergeState() { freeMem(); }

    int isLt(Object* x, Object* y) {
        if (lt) return lt(x, y, ctx);
        return keyCompare.tuples ? unsafeTupleLt(keyCompare.richcompare, x, y) : unsafeLt(keyCompare.richcompare, x, y);
    }

    void freeMem() {
        if (heapAddr) {
            interp.freeBuffer(heapAddr);
            heapAddr = 0;
            heapTemp.reset();
        }
    }
    // merge_getmem: never realloc; the old block is freed before the new one is requested.
    int getMem(std::int64_t need) {
        if (need <= alloced) return 0;
        const std::int64_t multiplier = a.values ? 2 : 1;
        freeMem();
        heapAddr = interp.allocBuffer(owner, kWord * static_cast<std::uint64_t>(multiplier * need));
        if (heapAddr == 0) return -1;
        heapTemp.reset(new Object*[static_cast<std::size_t>(multiplier * need)]);
        alloced = need;
        a.keys = heapTemp.get();
        if (a.values) a.values = heapTemp.get() + need;
        return 0;
    }
};

// ---------------------------------------------------------------- runs and galloping

// binarysort: [lo, start) is sorted; insert [start, hi) one at a time.
int binarySort(MergeState& ms, SortSlice lo, Object** hi, Object** start) {
    if (lo.keys == start) ++start;
    for (; start < hi; ++start) {
        Object** l = lo.keys;
        Object** r = start;
        Object* pivot = *r;
        do {
            Object** p = l + ((r - l) >> 1);
            const int k = ms.isLt(pivot, *p);
            if (k < 0) return -1;
            if (k) r = p;
            else l = p + 1;
        } while (l < r);
        for (Object** p = start; p > l; --p) *p = *(p - 1);
        *l = pivot;
        if (lo.values) {
            const std::int64_t offset = lo.values - lo.keys;
            Object** vp = start + offset;
            Object* vpivot = *vp;
            Object** vl = l + offset;
            for (; vp > vl; --vp) *vp = *(vp - 1);
            *vl = vpivot;
        }
    }
    return 0;
}

// count_run: length of the run starting at lo; descending runs are strictly descending.
std::int64_t countRun(MergeState& ms, Object** lo, Object** hi, bool& descending) {
    descending = false;
    ++lo;
    if (lo == hi) return 1;
    std::int64_t n = 2;
    int k = ms.isLt(*lo, *(lo - 1));
    if (k < 0) return -1;
    if (k) {
        descending = true;
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            k = ms.isLt(*lo, *(lo - 1));
            if (k < 0) return -1;
            if (!k) break;
        }
    } else {
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            k = ms.isLt(*lo, *(lo - 1));
            if (k < 0) return -1;
            if (k) break;
        }
    }
    return n;
}

// gallop_left: k in 0..n with a[k-1] < key <= a[k].
std::int64_t gallopLeft(MergeState& ms, Object* key, Object** a, std::int64_t n, std::int64_t hint) {
    a += hint;
    std::int64_t lastofs = 0, ofs = 1;
    int k = ms.isLt(*a, key);
    if (k < 0) return -1;
    if (k) {
        const std::int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            k = ms.isLt(a[ofs], key);
            if (k < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        const std::int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            k = ms.isLt(*(a - ofs), key);
            if (k < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        const std::int64_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        const std::int64_t m = lastofs + ((ofs - lastofs) >> 1);
        k = ms.isLt(a[m], key);
        if (k < 0) return -1;
        if (k) lastofs = m + 1;
        else ofs = m;
    }
    return ofs;
}

// gallop_right: k in 0..n with a[k-1] <= key < a[k].
std::int64_t gallopRight(MergeState& ms, Object* key, Object** a, std::int64_t n, std::int64_t hint) {
    a += hint;
    std::int64_t lastofs = 0, ofs = 1;
    int k = ms.isLt(key, *a);
    if (k < 0) return -1;
    if (k) {
        const std::int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            k = ms.isLt(key, *(a - ofs));
            if (k < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        const std::int64_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    } else {
        const std::int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            k = ms.isLt(key, a[ofs]);
            if (k < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        const std::int64_t m = lastofs + ((ofs - lastofs) >> 1);
        k = ms.isLt(key, a[m]);
        if (k < 0) return -1;
        if (k) ofs = m;
        else lastofs = m + 1;
    }
    return ofs;
}

// ---------------------------------------------------------------- merges

// merge_lo: na <= nb; A is copied to the merge memory and merged from the left.
int mergeLo(MergeState& ms, SortSlice ssa, std::int64_t na, SortSlice ssb, std::int64_t nb) {
    if (ms.getMem(na) < 0) return -1;
    ms.a.memcpyFrom(0, ssa, 0, na);
    SortSlice dest = ssa;
    ssa = ms.a;
    int result = -1;
    std::int64_t minGallop;

    dest.copyFrom(0, ssb, 0);
    dest.advance(1);
    ssb.advance(1);
    --nb;
    if (nb == 0) goto succeed;
    if (na == 1) goto copyB;

    minGallop = ms.minGallop;
    for (;;) {
        std::int64_t acount = 0, bcount = 0;
        for (;;) {
            const int k = ms.isLt(ssb.keys[0], ssa.keys[0]);
            if (k < 0) goto fail;
            if (k) {
                dest.copyFrom(0, ssb, 0);
                dest.advance(1);
                ssb.advance(1);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 0) goto succeed;
                if (bcount >= minGallop) break;
            } else {
                dest.copyFrom(0, ssa, 0);
                dest.advance(1);
                ssa.advance(1);
                ++acount;
                bcount = 0;
                --na;
                if (na == 1) goto copyB;
                if (acount >= minGallop) break;
            }
        }
        ++minGallop;
        do {
            minGallop -= minGallop > 1;
            ms.minGallop = minGallop;
            std::int64_t k = gallopRight(ms, ssb.keys[0], ssa.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0) goto fail;
                dest.memcpyFrom(0, ssa, 0, k);
                dest.advance(k);
                ssa.advance(k);
                na -= k;
                if (na == 1) goto copyB;
                if (na == 0) goto succeed;
            }
            dest.copyFrom(0, ssb, 0);
            dest.advance(1);
            ssb.advance(1);
            --nb;
            if (nb == 0) goto succeed;

            k = gallopLeft(ms, ssa.keys[0], ssb.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0) goto fail;
                dest.memmoveFrom(0, ssb, 0, k);
                dest.advance(k);
                ssb.advance(k);
                nb -= k;
                if (nb == 0) goto succeed;
            }
            dest.copyFrom(0, ssa, 0);
            dest.advance(1);
            ssa.advance(1);
            --na;
            if (na == 1) goto copyB;
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++minGallop;
        ms.minGallop = minGallop;
    }
succeed:
    result = 0;
fail:
    if (na) dest.memcpyFrom(0, ssa, 0, na);
    return result;
copyB:
    // The last element of A belongs at the end of the merge.
    dest.memmoveFrom(0, ssb, 0, nb);
    dest.copyFrom(nb, ssa, 0);
    return 0;
}

// merge_hi: na >= nb; B is copied to the merge memory and merged from the right.
int mergeHi(MergeState& ms, SortSlice ssa, std::int64_t na, SortSlice ssb, std::int64_t nb) {
    if (ms.getMem(nb) < 0) return -1;
    SortSlice dest = ssb;
    dest.advance(nb - 1);
    ms.a.memcpyFrom(0, ssb, 0, nb);
    SortSlice basea = ssa;
    SortSlice baseb = ms.a;
    ssb.keys = ms.a.keys + nb - 1;
    if (ssb.values) ssb.values = ms.a.values + nb - 1;
    ssa.advance(na - 1);
    int result = -1;
    std::int64_t minGallop;

    dest.copyFrom(0, ssa, 0);
    dest.advance(-1);
    ssa.advance(-1);
    --na;
    if (na == 0) goto succeed;
    if (nb == 1) goto copyA;

    minGallop = ms.minGallop;
    for (;;) {
        std::int64_t acount = 0, bcount = 0;
        for (;;) {
            const int k = ms.isLt(ssb.keys[0], ssa.keys[0]);
            if (k < 0) goto fail;
            if (k) {
                dest.copyFrom(0, ssa, 0);
                dest.advance(-1);
                ssa.advance(-1);
                ++acount;
                bcount = 0;
                --na;
                if (na == 0) goto succeed;
                if (acount >= minGallop) break;
            } else {
                dest.copyFrom(0, ssb, 0);
                dest.advance(-1);
                ssb.advance(-1);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 1) goto copyA;
                if (bcount >= minGallop) break;
            }
        }
        ++minGallop;
        do {
            minGallop -= minGallop > 1;
            ms.minGallop = minGallop;
            std::int64_t k = gallopRight(ms, ssb.keys[0], basea.keys, na, na - 1);
            if (k < 0) goto fail;
            k = na - k;
            acount = k;
            if (k) {
                dest.advance(-k);
                ssa.advance(-k);
                dest.memmoveFrom(1, ssa, 1, k);
                na -= k;
                if (na == 0) goto succeed;
            }
            dest.copyFrom(0, ssb, 0);
            dest.advance(-1);
            ssb.advance(-1);
            --nb;
            if (nb == 1) goto copyA;

            k = gallopLeft(ms, ssa.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0) goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                dest.advance(-k);
                ssb.advance(-k);
                dest.memcpyFrom(1, ssb, 1, k);
                nb -= k;
                if (nb == 1) goto copyA;
                if (nb == 0) goto succeed;
            }
            dest.copyFrom(0, ssa, 0);
            dest.advance(-1);
            ssa.advance(-1);
            --na;
            if (na == 0) goto succeed;
        } while (acount >= kMinGallop || bcount >= kMinGallop);
        ++minGallop;
        ms.minGallop = minGallop;
    }
succeed:
    result = 0;
fail:
    if (nb) dest.memcpyFrom(-(nb - 1), baseb, 0, nb);
    return result;
copyA:
    // The first element of B belongs at the front of the merge.
    dest.memmoveFrom(1 - na, ssa, 1 - na, na);
    dest.advance(-na);
    ssa.advance(-na);
    dest.copyFrom(0, ssb, 0);
    return 0;
}

int mergeAt(MergeState& ms, int i) {
    SortSlice ssa = ms.pending[i].base;
    std::int64_t na = ms.pending[i].len;
    SortSlice ssb = ms.pending[i + 1].base;
    std::int64_t nb = ms.pending[i + 1].len;
    ms.pending[i].len = na + nb;
    if (i == ms.n - 3) ms.pending[i + 1] = ms.pending[i + 2];
    --ms.n;
    // Elements of A before where B[0] goes are already in place.
    const std::int64_t k = gallopRight(ms, *ssb.keys, ssa.keys, na, 0);
    if (k < 0) return -1;
    ssa.advance(k);
    na -= k;
    if (na == 0) return 0;
    // Elements of B after where A's last goes are already in place.
    nb = gallopLeft(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return static_cast<int>(nb);
    return na <= nb ? mergeLo(ms, ssa, na, ssb, nb) : mergeHi(ms, ssa, na, ssb, nb);
}

int powerLoop(std::int64_t s1, std::int64_t n1, std::int64_t n2, std::int64_t n) {
    int result = 0;
    std::int64_t a = 2 * s1 + n1;
    std::int64_t b = a + n1 + n2;
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

int foundNewRun(MergeState& ms, std::int64_t n2) {
    if (ms.n) {
        auto* p = ms.pending;
        const std::int64_t s1 = p[ms.n - 1].base.keys - ms.basekeys;
        const std::int64_t n1 = p[ms.n - 1].len;
        const int power = powerLoop(s1, n1, n2, ms.listlen);
        while (ms.n > 1 && p[ms.n - 2].power > power)
            if (mergeAt(ms, ms.n - 2) < 0) return -1;
        p[ms.n - 1].power = power;
    }
    return 0;
}

int mergeForceCollapse(MergeState& ms) {
    auto* p = ms.pending;
    while (ms.n > 1) {
        int n = ms.n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
        if (mergeAt(ms, n) < 0) return -1;
    }
    return 0;
}

std::int64_t computeMinrun(std::int64_t n) {
    std::int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

} // namespace

// ---------------------------------------------------------------- listSort

int listSort(Object* o, Object* keyFunc, bool reverse, ListLessFn lt, void* ctx) {
    auto* self = static_cast<ListObject*>(o);
    Interpreter& interp = interpOf(o);
    // The list reads as empty while keys are computed and items compared, so a callback that
    // mutates it cannot corrupt the slice being sorted (list_sort_impl).
    const std::int64_t savedSize = self->size;
    Object** savedItems = self->items; // (its header keeps ob_item's address)
    const std::int64_t savedAllocated = self->allocated;
    self->size = 0;
    self->items = nullptr;
    self->allocated = -1;

    // Keys (new references), one per saved item, computed inside the emptied window. A key array
    // of MERGESTATE_TEMP_SIZE/2 or more entries is a PyMem block in CPython, taken before the
    // first key call.
    std::vector<Object*> keyArray;
    Object** keys = nullptr;
    Addr keysAddr = 0;
    bool ok = true;
    if (keyFunc) {
        if (savedSize >= kMergeTempSize / 2) {
            keysAddr = interp.allocBuffer(o, kWord * static_cast<std::uint64_t>(savedSize));
            ok = keysAddr != 0;
        }
        if (ok) {
            keyArray.assign(static_cast<std::size_t>(savedSize), nullptr);
            keys = keyArray.data();
            for (std::int64_t i = 0; i < savedSize; ++i) {
                keys[i] = callOneArg(keyFunc, savedItems[i]).release();
                if (!keys[i]) {
                    for (--i; i >= 0; --i) decref(keys[i]);
                    keys = nullptr;
                    interp.freeBuffer(keysAddr);
                    keysAddr = 0;
                    ok = false;
                    break;
                }
            }
        }
    }
    if (ok) {
        SortSlice lo{keys ? keys : savedItems, keys ? savedItems : nullptr};
        MergeState ms(interp, o, lt, ctx, savedSize, keys != nullptr, lo.keys);
        if (!lt) ms.keyCompare = preSortCheck(lo.keys, savedSize);
        std::int64_t nremaining = savedSize;
        if (nremaining >= 2) {
            if (reverse) {
                if (keys) reverseRange(keys, keys + savedSize);
                reverseRange(savedItems, savedItems + savedSize);
            }
            const std::int64_t minrun = computeMinrun(nremaining);
            do {
                bool descending;
                std::int64_t n = countRun(ms, lo.keys, lo.keys + nremaining, descending);
                if (n < 0) { ok = false; break; }
                if (descending) {
                    reverseRange(lo.keys, lo.keys + n);
                    if (lo.values) reverseRange(lo.values, lo.values + n);
                }
                if (n < minrun) {
                    const std::int64_t force = nremaining <= minrun ? nremaining : minrun;
                    if (binarySort(ms, lo, lo.keys + force, lo.keys + n) < 0) { ok = false; break; }
                    n = force;
                }
                if (foundNewRun(ms, n) < 0) { ok = false; break; }
                ms.pending[ms.n].base = lo;
                ms.pending[ms.n].len = n;
                ++ms.n;
                lo.advance(n);
                nremaining -= n;
            } while (nremaining);
            if (ok && mergeForceCollapse(ms) < 0) ok = false;
        }
        if (keys) {
            for (std::int64_t i = 0; i < savedSize; ++i) decref(keys[i]);
        }
        interp.freeBuffer(keysAddr);
        keysAddr = 0;
        if (self->allocated != -1 && ok) {
            interp.setError("ValueError", "list modified during sort");
            ok = false;
        }
        if (reverse && savedSize > 1) {
            reverseRange(savedItems, savedItems + savedSize);
        }
        // ms's merge memory is freed here (merge_freemem), after the key array.
    }
    // Whatever the callbacks put into the list meanwhile is dropped.
    Object** finalItems = self->items;
    const Addr finalAddr = listItemsAddr(self);
    std::int64_t i = self->size;
    self->size = savedSize;
    self->items = savedItems;
    self->allocated = savedAllocated;
    if (finalAddr != 0) {
        while (--i >= 0) xdecref(finalItems[i]);
        interp.freeBuffer(finalAddr);
    }
    listFreeHostArray(interp, finalItems);
    return ok ? 0 : -1;
}

} // namespace hs
