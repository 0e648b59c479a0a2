// list: the 40-byte object and its PyMem item buffer (list_resize's growth pattern), the 80-entry
// free list, dealloc with the trashcan, the sequence operations with CPython's messages, timsort.
//
// Sections: buffer management · free list and allocation · slots · construction · mutation ·
//           queries · free-list hooks and init. list.sort (timsort) lives in list_sort.cpp.
#include "objects/list_object.h"

#include "objects/builtin_types.h"
#include "objects/class_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/dealloc.h"
#include "runtime/interpreter.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace hs {

namespace {

constexpr std::uint64_t kWord = 8; // sizeof(PyObject *) in the simulated process

ListObject* asList(Object* o) { return static_cast<ListObject*>(o); }
const ListObject* asList(const Object* o) { return static_cast<const ListObject*>(o); }
Interpreter& interpOf(const Object* o) { return *o->type->interp; }

// ---------------------------------------------------------------- buffer management

// A host item array: its ListHostHeader, then the slots; `items` points at the first slot.
constexpr std::size_t kHostArrayHeader = sizeof(ListHostHeader);
inline std::size_t hostArrayBytes(std::int64_t slots) {
    return kHostArrayHeader + static_cast<std::size_t>(slots) * sizeof(Object*);
}
inline ListHostHeader* hostArrayBase(Object** items) { return reinterpret_cast<ListHostHeader*>(items) - 1; }
// The slot count of the list's host array (0 without one).
inline std::int64_t hostCapacity(const ListObject* l) {
    return l->items ? (reinterpret_cast<const ListHostHeader*>(l->items) - 1)->capacity : 0;
}
// Arrays of up to HostHeap's largest size class come from the HostHeap; bigger ones from std::malloc,
// grown with std::realloc (which can extend or remap a big block in place where a new block would
// copy every slot). The capacity word alone decides which, for the allocation and the release.
constexpr std::size_t kHostHeapMaxBytes = 1024;
inline bool hostArrayMalloced(std::int64_t slots) { return hostArrayBytes(slots) > kHostHeapMaxBytes; }

// hostResize's growth (out of line: the common case, a host array already big enough, stays inline).
[[gnu::noinline]] void hostGrow(ListObject* l, std::int64_t n) {
    const std::int64_t old = hostCapacity(l);
    std::int64_t cap = old + (old >> 1);
    if (cap < n) cap = n;
    if (cap < kListMinHostSlots) cap = kListMinHostSlots;
    Interpreter& interp = *l->type->interp;
    ListHostHeader* base;
    if (!hostArrayMalloced(cap)) {
        base = static_cast<ListHostHeader*>(interp.host().alloc(hostArrayBytes(cap)));
    } else if (old > 0 && hostArrayMalloced(old)) {
        base = static_cast<ListHostHeader*>(std::realloc(hostArrayBase(l->items), hostArrayBytes(cap)));
        if (base == nullptr) std::abort(); // host memory exhausted (as a failed operator new)
        base->capacity = cap;              // (itemsAddr moved with the block)
        l->items = reinterpret_cast<Object**>(base + 1);
        return;
    } else {
        base = static_cast<ListHostHeader*>(std::malloc(hostArrayBytes(cap)));
        if (base == nullptr) std::abort();
    }
    base->capacity = cap;
    base->itemsAddr = listItemsAddr(l);
    auto* p = reinterpret_cast<Object**>(base + 1);
    if (l->items != nullptr) {
        std::memcpy(static_cast<void*>(p), l->items, static_cast<std::size_t>(old) * sizeof(Object*));
        listFreeHostArray(interp, l->items);
    }
    l->items = p;
}

// Host mirror of ob_item: at least `n` slots. Grows by half (at least kListMinHostSlots) and never
// shrinks (the host capacity is independent of the simulated `allocated`); items keep their values.
inline void hostResize(ListObject* l, std::int64_t n) {
    if (n > hostCapacity(l)) hostGrow(l, n);
}

// Releases the host array (the list then has none).
inline void hostRelease(ListObject* l) {
    listFreeHostArray(*l->type->interp, l->items);
    l->items = nullptr;
}

// Whether a list may have n slots; MemoryError otherwise (past kListMaxItems).
bool itemCountFits(Interpreter& interp, std::int64_t n) {
    if (n <= kListMaxItems) return true;
    interp.setMemoryError();
    return false;
}

// PyMem_Realloc(ob_item, 8 * n) (PyMem_Malloc when ob_item is NULL). False with MemoryError.
bool reallocItems(ListObject* l, std::int64_t n) {
    if (!itemCountFits(interpOf(l), n)) return false;
    const Addr q = interpOf(l).reallocBuffer(l, listItemsAddr(l), kWord * static_cast<std::uint64_t>(n));
    if (q == 0) return false;
    hostResize(l, n);
    setListItemsAddr(l, q);
    return true;
}

// list_resize past its no-realloc test: growth pattern 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...;
// sets ob_size.
[[gnu::noinline]] int listResizeRealloc(ListObject* l, std::int64_t newsize) {
    std::uint64_t newAllocated = (static_cast<std::uint64_t>(newsize) + (newsize >> 3) + 6) & ~std::uint64_t(3);
    // Do not overallocate when the new size is closer to the over-allocated size than to the old.
    if (newsize - l->size > static_cast<std::int64_t>(newAllocated) - newsize)
        newAllocated = (static_cast<std::uint64_t>(newsize) + 3) & ~std::uint64_t(3);
    if (newsize == 0) newAllocated = 0;
    if (newAllocated > static_cast<std::uint64_t>(INT64_MAX) / kWord || !reallocItems(l, static_cast<std::int64_t>(newAllocated))) {
        interpOf(l).setMemoryError();
        return -1;
    }
    l->size = newsize;
    l->allocated = static_cast<std::int64_t>(newAllocated);
    return 0;
}

// list_resize: no realloc while allocated/2 <= newsize <= allocated; sets ob_size.
inline int listResize(ListObject* l, std::int64_t newsize) {
    const std::int64_t allocated = l->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        l->size = newsize;
        return 0;
    }
    return listResizeRealloc(l, newsize);
}

// list_preallocate_exact: ob_item is NULL; rounds the slot count up to even.
int preallocateExact(ListObject* l, std::int64_t size) {
    size = (size + 1) & ~std::int64_t(1);
    if (!itemCountFits(interpOf(l), size)) return -1;
    const Addr p = interpOf(l).allocBuffer(l, kWord * static_cast<std::uint64_t>(size));
    if (p == 0) return -1;
    hostResize(l, size);
    setListItemsAddr(l, p);
    l->allocated = size;
    return 0;
}

// A temporary PyMem block (list_ass_slice's recycle array, the extended-slice garbage array, the
// sort's merge memory): the simulated request plus the host array, released together.
class TempArray {
public:
    TempArray(Interpreter& interp, Object* owner, std::int64_t n)
        : m_interp(interp), m_addr(interp.allocBuffer(owner, kWord * static_cast<std::uint64_t>(n))),
          m_host(m_addr ? new Object*[static_cast<std::size_t>(n)] : nullptr) {}
    ~TempArray() { m_interp.freeBuffer(m_addr); }
    TempArray(const TempArray&) = delete;
    TempArray& operator=(const TempArray&) = delete;
    bool ok() const { return m_addr != 0; }
    Object** get() const { return m_host.get(); }

private:
    Interpreter& m_interp;
    Addr m_addr;
    std::unique_ptr<Object*[]> m_host;
};

// ---------------------------------------------------------------- free list and allocation

// PyList_New(0)'s object part: the free list (LIFO) or a new 40-byte GC object; ob_item NULL,
// untracked.
ListObject* allocList(Interpreter& interp) {
    ListObject* l;
    auto& free = interp.freeLists().lists;
    if (!free.empty()) {
        l = asList(free.back());
        free.pop_back();
        interp.reviveObject(l);
    } else {
        l = interp.newObject<ListObject>(interp.types.list, 40);
        if (l == nullptr) return nullptr;
    }
    // A revived list keeps its parked host array (see ListObject).
    setListItemsAddr(l, 0);
    l->size = 0;
    l->allocated = 0;
    return l;
}

// list_new_prealloc: an empty tracked list with exactly n (> 0) slots.
ListObject* newPrealloc(Interpreter& interp, std::int64_t n) {
    if (n > static_cast<std::int64_t>(INT64_MAX / kWord)) { // PyMem_New's overflow test: NULL, so MemoryError
        interp.setMemoryError();
        return nullptr;
    }
    Ref r = newList(interp, 0);
    if (!r) return nullptr;
    auto* l = r.as<ListObject>();
    if (!itemCountFits(interp, n)) return nullptr;
    const Addr p = interp.allocBuffer(l, kWord * static_cast<std::uint64_t>(n));
    if (p == 0) return nullptr; // r's release deallocates the list
    hostResize(l, n);
    setListItemsAddr(l, p);
    l->allocated = n;
    return asList(r.release());
}

// ---------------------------------------------------------------- slots

void listDestroyHost(Object* o);

void listDealloc(Object* o) {
    auto* l = asList(o);
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    TrashcanGuard guard(o, listDealloc);
    if (guard.deposited()) return;
    if (const Addr itemsAddr = listItemsAddr(l)) {
        // Backwards, as list_dealloc; ob_size/ob_item/allocated keep their values (stale).
        for (std::int64_t i = l->size; --i >= 0;) xdecref(l->items[i]);
        interp.freeBuffer(itemsAddr);
    }
    auto& free = interp.freeLists().lists;
    if (free.size() < FreeLists::kListMax && o->type == interp.types.list) {
        if (hostCapacity(l) > kListParkedHostSlots) hostRelease(l);
        free.push_back(o);
        interp.retainObject(o);
    } else {
        listDestroyHost(o); // directly, not through freeObject's indirect call
        interp.freeDestroyedObject(o);
    }
}

void listDestroyHost(Object* o) {
    auto* l = asList(o);
    hostRelease(l);
    l->~ListObject();
}

int listTraverse(Object* o, VisitProc visit, void* arg) {
    const ListObject* l = asList(o);
    for (std::int64_t i = l->size; --i >= 0;) {
        if (Object* item = l->items[i])
            if (int r = visit(item, arg)) return r;
    }
    return 0;
}

int listClearSlot(Object* o) {
    listClear(o);
    return 0;
}

std::int64_t listSizeOf(const Object* o) { return o->type->basicsize + 8 * asList(o)->allocated; }

bool listReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    const ListObject* l = asList(o);
    switch (offset) {
    case 16: out = static_cast<std::uint64_t>(l->size); return true;
    case 24: out = listItemsAddr(l); return true;
    case 32: out = static_cast<std::uint64_t>(l->allocated); return true;
    default: break;
    }
    const Addr itemsAddr = listItemsAddr(l);
    if (itemsAddr == 0 || (o->objFlags & Object::kRetained)) return false;
    const Addr at = o->addr + static_cast<Addr>(offset);
    if (at < itemsAddr || at >= itemsAddr + kWord * static_cast<std::uint64_t>(l->allocated)) return false;
    const std::int64_t i = static_cast<std::int64_t>((at - itemsAddr) / kWord);
    out = (i < l->size && l->items[i]) ? l->items[i]->addr : 0;
    return true;
}

int listIsTrue(Object* o) { return asList(o)->size != 0; }

std::string listLabel(const Object* o) {
    const std::int64_t n = asList(o)->size;
    if (n == 0) return "[]";
    return "[" + std::to_string(n) + (n == 1 ? " item]" : " items]");
}

} // namespace

// ---------------------------------------------------------------- construction

void listFreeHostArray(Interpreter& interp, Object** items) {
    if (items == nullptr) return;
    ListHostHeader* base = hostArrayBase(items);
    if (hostArrayMalloced(base->capacity)) std::free(base);
    else interp.host().free(base, hostArrayBytes(base->capacity));
}

bool isExactList(const Object* o) { return o->type == o->type->interp->types.list; }

Ref newList(Interpreter& interp, std::int64_t n) {
    if (n < 0) {
        interp.setError("SystemError", "bad argument to internal function");
        return Ref();
    }
    ListObject* l = allocList(interp);
    if (l == nullptr) return Ref();
    Ref r(l);
    if (n > 0) {
        // PyMem_Calloc(n, 8)
        if (!itemCountFits(interp, n)) return Ref();
        const Addr p = interp.allocBuffer(l, kWord * static_cast<std::uint64_t>(n));
        if (p == 0) return Ref();
        hostResize(l, n);
        setListItemsAddr(l, p);
        if (n <= kListMinHostSlots) {
            // A host array never has fewer than kListMinHostSlots slots.
            for (std::int64_t i = 0; i < kListMinHostSlots; ++i) l->items[i] = nullptr;
        } else {
            std::memset(l->items, 0, static_cast<std::size_t>(n) * sizeof(Object*));
        }
    }
    l->size = n;
    l->allocated = n;
    interp.gc().track(l);
    return r;
}

Ref listFromArray(Interpreter& interp, Object* const* src, std::int64_t n) {
    if (n <= 0) return newList(interp, 0);
    ListObject* l = newPrealloc(interp, n);
    if (l == nullptr) return Ref();
    for (std::int64_t i = 0; i < n; ++i) {
        incref(src[i]);
        l->items[i] = src[i];
    }
    l->size = n;
    return Ref(l);
}

// ---------------------------------------------------------------- mutation

int listAppend(Object* o, Object* item) {
    auto* l = asList(o);
    incref(item);
    const std::int64_t len = l->size;
    if (l->allocated > len) {
        l->items[len] = item;
        l->size = len + 1;
        return 0;
    }
    if (listResize(l, len + 1) < 0) {
        decref(item);
        return -1;
    }
    l->items[len] = item;
    return 0;
}

int listExtend(Object* o, Object* iterable) {
    auto* l = asList(o);
    Interpreter& interp = interpOf(o);
    if (!(isExactList(iterable) || isExactTuple(iterable) || iterable == o)) {
        if (!isList(iterable) && !isTuple(iterable)) {
            interp.setError("TypeError", "'" + iterable->type->name + "' object is not iterable");
            return -1;
        }
        // A subclass takes the iterator path (length hint, appends, cut back): through its own
        // __iter__ when it overrides it, else its items read directly, as list/tuple's
        // iterator would yield them.
        const bool sub = isTuple(iterable);
        const TypeObject* builtin = sub ? interp.types.tuple : interp.types.list;
        if (iterable->type->slots.iter != builtin->slots.iter) {
            Ref it = getIter(iterable);
            if (!it) return -1;
            const std::int64_t hint = lengthHint(iterable, 8);
            if (hint < 0 || listExtendBegin(o, hint) < 0) return -1;
            for (;;) {
                Ref x = iterNext(it.get());
                if (!x) {
                    if (errOccurred(interp)) return -1;
                    break;
                }
                if (listAppend(o, x.get()) < 0) return -1;
            }
            return listExtendEnd(o);
        }
        const std::int64_t n = sub ? tupleSize(iterable) : listSize(iterable);
        if (listExtendBegin(o, n) < 0) return -1;
        for (std::int64_t i = 0; i < (sub ? tupleSize(iterable) : listSize(iterable)); ++i) {
            Object* item = sub ? tupleItem(iterable, i) : listItem(iterable, i);
            if (listAppend(o, item) < 0) return -1;
        }
        return listExtendEnd(o);
    }
    Ref seq = Ref::borrowed(iterable); // PySequence_Fast of a list or tuple
    const bool isTupleSeq = isTuple(iterable);
    const std::int64_t n = isTupleSeq ? tupleSize(iterable) : listSize(iterable);
    if (n == 0) return 0;
    const std::int64_t m = l->size;
    if (listItemsAddr(l) == 0) {
        if (preallocateExact(l, n) < 0) return -1;
        l->size = n;
    } else if (listResize(l, m + n) < 0) {
        return -1;
    }
    // Read the source after the resize: for a.extend(a) it is the resized buffer itself.
    Object* const* src = isTupleSeq ? tupleItems(iterable) : asList(iterable)->items;
    for (std::int64_t i = 0; i < n; ++i) {
        incref(src[i]);
        l->items[m + i] = src[i];
    }
    return 0;
}

int listExtendBegin(Object* o, std::int64_t n) {
    auto* l = asList(o);
    const std::int64_t m = l->size;
    if (n < 0 || m > INT64_MAX - n) return 0;
    if (listItemsAddr(l) == 0) {
        if (n && preallocateExact(l, n) < 0) return -1;
        return 0;
    }
    if (listResize(l, m + n) < 0) return -1;
    l->size = m;
    return 0;
}

int listExtendEnd(Object* o) {
    auto* l = asList(o);
    if (l->size < l->allocated) return listResize(l, l->size);
    return 0;
}

int listInsert(Object* o, std::int64_t where, Object* item) {
    auto* l = asList(o);
    const std::int64_t n = l->size;
    if (listResize(l, n + 1) < 0) return -1;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    Object** items = l->items;
    for (std::int64_t i = n; --i >= where;) items[i + 1] = items[i];
    incref(item);
    items[where] = item;
    return 0;
}

Ref listPop(Object* o, std::int64_t index) {
    auto* l = asList(o);
    Interpreter& interp = interpOf(o);
    if (l->size == 0) {
        interp.setError("IndexError", "pop from empty list");
        return Ref();
    }
    if (index < 0) index += l->size;
    if (static_cast<std::uint64_t>(index) >= static_cast<std::uint64_t>(l->size)) {
        interp.setError("IndexError", "pop index out of range");
        return Ref();
    }
    Object* v = l->items[index];
    if (index == l->size - 1) {
        if (listResize(l, l->size - 1) < 0) return Ref();
        return Ref(v); // the list's reference moves to the caller
    }
    incref(v);
    if (listSetSlice(o, index, index + 1, nullptr) < 0) {
        decref(v);
        return Ref();
    }
    return Ref(v);
}

int listSetItem(Object* o, std::int64_t i, Object* item) {
    auto* l = asList(o);
    if (static_cast<std::uint64_t>(i) >= static_cast<std::uint64_t>(l->size)) {
        interpOf(o).setError("IndexError", "list assignment index out of range");
        return -1;
    }
    incref(item);
    Object* old = l->items[i];
    l->items[i] = item;
    xdecref(old);
    return 0;
}

int listDelItem(Object* o, std::int64_t i) {
    auto* l = asList(o);
    if (static_cast<std::uint64_t>(i) >= static_cast<std::uint64_t>(l->size)) {
        interpOf(o).setError("IndexError", "list assignment index out of range");
        return -1;
    }
    return listSetSlice(o, i, i + 1, nullptr);
}

int listSetSlice(Object* o, std::int64_t ilow, std::int64_t ihigh, Object* v) {
    auto* a = asList(o);
    Interpreter& interp = interpOf(o);
    Ref seq;
    Object* const* vitem = nullptr;
    std::int64_t n = 0;
    if (v != nullptr) {
        if (v == o) {
            // a[i:j] = a: copy first.
            Ref copy = listSlice(o, 0, a->size);
            if (!copy) return -1;
            return listSetSlice(o, ilow, ihigh, copy.get());
        }
        if (!isList(v) && !isTuple(v)) {
            interp.setError("TypeError", "can only assign an iterable");
            return -1;
        }
        seq = Ref::borrowed(v);
        n = isTuple(v) ? tupleSize(v) : listSize(v);
        vitem = isTuple(v) ? tupleItems(v) : asList(v)->items;
    }
    if (ilow < 0) ilow = 0;
    else if (ilow > a->size) ilow = a->size;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > a->size) ihigh = a->size;

    const std::int64_t norig = ihigh - ilow;
    const std::int64_t d = n - norig;
    if (a->size + d == 0) {
        listClear(o);
        return 0;
    }
    // Items about to be removed are recycled after the list is back in shape; more than 8 of
    // them need a PyMem block.
    Object* recycleOnStack[8];
    Object** recycle = recycleOnStack;
    std::unique_ptr<TempArray> recycleHeap;
    const std::uint64_t s = static_cast<std::uint64_t>(norig) * kWord;
    if (s) {
        if (s > sizeof(recycleOnStack) / sizeof(Object*) * kWord) {
            recycleHeap = std::make_unique<TempArray>(interp, o, norig);
            if (!recycleHeap->ok()) return -1;
            recycle = recycleHeap->get();
        }
        std::memcpy(recycle, a->items + ilow, static_cast<std::size_t>(norig) * sizeof(Object*));
    }
    if (d < 0) {
        const std::int64_t tail = a->size - ihigh;
        std::memmove(a->items + ihigh + d, a->items + ihigh, static_cast<std::size_t>(tail) * sizeof(Object*));
        if (listResize(a, a->size + d) < 0) {
            std::memmove(a->items + ihigh, a->items + ihigh + d, static_cast<std::size_t>(tail) * sizeof(Object*));
            std::memcpy(a->items + ilow, recycle, static_cast<std::size_t>(norig) * sizeof(Object*));
            return -1;
        }
    } else if (d > 0) {
        const std::int64_t k = a->size;
        if (listResize(a, k + d) < 0) return -1;
        std::memmove(a->items + ihigh + d, a->items + ihigh, static_cast<std::size_t>(k - ihigh) * sizeof(Object*));
    }
    for (std::int64_t k = 0; k < n; ++k, ++ilow) {
        xincref(vitem[k]);
        a->items[ilow] = vitem[k];
    }
    for (std::int64_t k = norig - 1; k >= 0; --k) xdecref(recycle[k]);
    return 0;
}

int listDelSlice(Object* o, std::int64_t ilow, std::int64_t ihigh) { return listSetSlice(o, ilow, ihigh, nullptr); }

int listAssignSubscriptSlice(Object* o, std::int64_t start, std::int64_t stop, std::int64_t step, Object* value) {
    auto* l = asList(o);
    Interpreter& interp = interpOf(o);
    const std::int64_t slicelength = adjustSliceIndices(l->size, start, stop, step);
    if (step == 1) return listSetSlice(o, start, stop, value);
    // s[5:2] = [..] inserts before 5, not before 2.
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;

    if (value == nullptr) {
        if (slicelength <= 0) return 0;
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (slicelength - 1) - 1;
            step = -step;
        }
        TempArray garbage(interp, o, slicelength);
        if (!garbage.ok()) return -1;
        Object** items = l->items;
        std::uint64_t cur = static_cast<std::uint64_t>(start);
        for (std::int64_t i = 0; cur < static_cast<std::uint64_t>(stop); cur += step, ++i) {
            std::int64_t lim = step - 1;
            garbage.get()[i] = items[cur];
            if (cur + step >= static_cast<std::uint64_t>(l->size)) lim = l->size - static_cast<std::int64_t>(cur) - 1;
            std::memmove(items + cur - i, items + cur + 1, static_cast<std::size_t>(lim) * sizeof(Object*));
        }
        cur = static_cast<std::uint64_t>(start) + static_cast<std::uint64_t>(slicelength) * step;
        if (cur < static_cast<std::uint64_t>(l->size))
            std::memmove(items + cur - slicelength, items + cur,
                         static_cast<std::size_t>(l->size - static_cast<std::int64_t>(cur)) * sizeof(Object*));
        l->size -= slicelength;
        const int res = listResize(l, l->size);
        for (std::int64_t i = 0; i < slicelength; ++i) decref(garbage.get()[i]);
        return res;
    }

    Ref seq;
    if (value == o) {
        seq = listSlice(o, 0, l->size);
        if (!seq) return -1;
    } else if (isList(value) || isTuple(value)) {
        seq = Ref::borrowed(value);
    } else {
        interp.setError("TypeError", "must assign iterable to extended slice");
        return -1;
    }
    const bool seqIsTuple = isTuple(seq.get());
    const std::int64_t seqSize = seqIsTuple ? tupleSize(seq.get()) : listSize(seq.get());
    if (seqSize != slicelength) {
        interp.setError("ValueError", "attempt to assign sequence of size " + std::to_string(seqSize) +
                                          " to extended slice of size " + std::to_string(slicelength));
        return -1;
    }
    if (slicelength == 0) return 0;
    TempArray garbage(interp, o, slicelength);
    if (!garbage.ok()) return -1;
    Object* const* seqitems = seqIsTuple ? tupleItems(seq.get()) : asList(seq.get())->items;
    std::uint64_t cur = static_cast<std::uint64_t>(start);
    for (std::int64_t i = 0; i < slicelength; cur += static_cast<std::uint64_t>(step), ++i) {
        garbage.get()[i] = l->items[cur];
        incref(seqitems[i]);
        l->items[cur] = seqitems[i];
    }
    for (std::int64_t i = 0; i < slicelength; ++i) decref(garbage.get()[i]);
    return 0;
}

void listClear(Object* o) {
    auto* l = asList(o);
    const Addr itemsAddr = listItemsAddr(l);
    if (itemsAddr == 0) return;
    // Empty the list first: the decrefs may run code that looks at it. The buffer is freed last.
    Object** items = l->items;
    const std::int64_t n = l->size;
    l->items = nullptr; // (ob_item reads NULL: the address is in the array's header)
    l->size = 0;
    l->allocated = 0;
    for (std::int64_t i = n; --i >= 0;) xdecref(items[i]);
    interpOf(o).freeBuffer(itemsAddr);
    listFreeHostArray(interpOf(o), items);
}

void listReverse(Object* o) {
    auto* l = asList(o);
    if (l->size < 2) return;
    Object** lo = l->items;
    Object** hi = l->items + l->size - 1;
    while (lo < hi) std::swap(*lo++, *hi--);
}

int listInplaceRepeat(Object* o, std::int64_t n) {
    auto* l = asList(o);
    const std::int64_t size = l->size;
    if (size == 0 || n == 1) return 0;
    if (n < 1) {
        listClear(o);
        return 0;
    }
    if (size > INT64_MAX / n) {
        interpOf(o).setMemoryError();
        return -1;
    }
    if (listResize(l, size * n) < 0) return -1;
    std::int64_t p = size;
    for (std::int64_t i = 1; i < n; ++i)
        for (std::int64_t j = 0; j < size; ++j) {
            incref(l->items[j]);
            l->items[p++] = l->items[j];
        }
    return 0;
}

// ---------------------------------------------------------------- queries

Object* listGetItem(Object* o, std::int64_t i) {
    const ListObject* l = asList(o);
    if (static_cast<std::uint64_t>(i) >= static_cast<std::uint64_t>(l->size)) {
        interpOf(o).setError("IndexError", "list index out of range");
        return nullptr;
    }
    return l->items[i];
}

Ref listSlice(Object* o, std::int64_t ilow, std::int64_t ihigh) {
    const ListObject* l = asList(o);
    if (ilow < 0) ilow = 0;
    else if (ilow > l->size) ilow = l->size;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > l->size) ihigh = l->size;
    return listFromArray(interpOf(o), l->items + ilow, ihigh - ilow);
}

Ref listCopy(Object* o) { return listSlice(o, 0, listSize(o)); }

Ref listSubscriptSlice(Object* o, std::int64_t start, std::int64_t stop, std::int64_t step) {
    const ListObject* l = asList(o);
    Interpreter& interp = interpOf(o);
    const std::int64_t len = adjustSliceIndices(l->size, start, stop, step);
    if (len <= 0) return newList(interp, 0);
    if (step == 1) return listFromArray(interp, l->items + start, stop - start);
    ListObject* r = newPrealloc(interp, len);
    if (r == nullptr) return Ref();
    std::int64_t cur = start;
    for (std::int64_t i = 0; i < len; ++i, cur += step) {
        incref(l->items[cur]);
        r->items[i] = l->items[cur];
    }
    r->size = len;
    return Ref(r);
}

Ref listConcat(Object* a, Object* b) {
    Interpreter& interp = interpOf(a);
    if (!isList(b)) {
        interp.setError("TypeError", "can only concatenate list (not \"" + b->type->name + "\") to list");
        return Ref();
    }
    const ListObject* al = asList(a);
    const ListObject* bl = asList(b);
    const std::int64_t size = al->size + bl->size;
    if (size == 0) return newList(interp, 0);
    ListObject* r = newPrealloc(interp, size);
    if (r == nullptr) return Ref();
    for (std::int64_t i = 0; i < al->size; ++i) {
        incref(al->items[i]);
        r->items[i] = al->items[i];
    }
    for (std::int64_t i = 0; i < bl->size; ++i) {
        incref(bl->items[i]);
        r->items[al->size + i] = bl->items[i];
    }
    r->size = size;
    return Ref(r);
}

Ref listRepeat(Object* a, std::int64_t n) {
    Interpreter& interp = interpOf(a);
    const ListObject* al = asList(a);
    if (n < 0) n = 0;
    if (n > 0 && al->size > INT64_MAX / n) {
        interp.setMemoryError();
        return Ref();
    }
    const std::int64_t size = al->size * n;
    if (size == 0) return newList(interp, 0);
    ListObject* r = newPrealloc(interp, size);
    if (r == nullptr) return Ref();
    for (std::int64_t j = 0; j < al->size; ++j) al->items[j]->refcnt += n;
    Object** dest = r->items;
    for (std::int64_t k = 0; k < n; ++k, dest += al->size)
        std::memcpy(dest, al->items, static_cast<std::size_t>(al->size) * sizeof(Object*));
    r->size = size;
    return Ref(r);
}

Ref listAsTuple(Object* o) { return tupleFromArray(interpOf(o), asList(o)->items, asList(o)->size); }

int listContains(Object* o, Object* value) {
    const ListObject* l = asList(o);
    int cmp = 0;
    for (std::int64_t i = 0; cmp == 0 && i < l->size; ++i) {
        Object* item = l->items[i];
        incref(item);
        cmp = objectRichCompareBool(item, value, CompareOp::Eq);
        decref(item);
    }
    return cmp;
}

std::int64_t listIndex(Object* o, Object* value, std::int64_t start, std::int64_t stop) {
    const ListObject* l = asList(o);
    if (start < 0) {
        start += l->size;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += l->size;
        if (stop < 0) stop = 0;
    }
    for (std::int64_t i = start; i < stop && i < l->size; ++i) {
        Object* item = l->items[i];
        incref(item);
        const int cmp = objectRichCompareBool(item, value, CompareOp::Eq);
        decref(item);
        if (cmp > 0) return i;
        if (cmp < 0) return -1;
    }
    std::string text;
    if (!seqrepr::appendRepr(value, text)) return -1;
    interpOf(o).setError("ValueError", text + " is not in list");
    return -1;
}

std::int64_t listCount(Object* o, Object* value) {
    const ListObject* l = asList(o);
    std::int64_t count = 0;
    for (std::int64_t i = 0; i < l->size; ++i) {
        Object* item = l->items[i];
        if (item == value) {
            ++count;
            continue;
        }
        incref(item);
        const int cmp = objectRichCompareBool(item, value, CompareOp::Eq);
        decref(item);
        if (cmp > 0) ++count;
        else if (cmp < 0) return -1;
    }
    return count;
}

int listRemove(Object* o, Object* value) {
    const ListObject* l = asList(o);
    for (std::int64_t i = 0; i < l->size; ++i) {
        Object* item = l->items[i];
        incref(item);
        const int cmp = objectRichCompareBool(item, value, CompareOp::Eq);
        decref(item);
        if (cmp > 0) return listSetSlice(o, i, i + 1, nullptr);
        if (cmp < 0) return -1;
    }
    interpOf(o).setError("ValueError", "list.remove(x): x not in list");
    return -1;
}

Object* listRichCompare(Object* v, Object* w, CompareOp op) {
    Interpreter& interp = interpOf(v);
    if (!isList(v) || !isList(w)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    const ListObject* vl = asList(v);
    const ListObject* wl = asList(w);
    if (vl->size != wl->size && (op == CompareOp::Eq || op == CompareOp::Ne))
        return newBool(interp, op == CompareOp::Ne);
    std::int64_t i = 0;
    for (; i < vl->size && i < wl->size; ++i) {
        Object* vi = vl->items[i];
        Object* wi = wl->items[i];
        if (vi == wi) continue;
        incref(vi);
        incref(wi);
        const int k = objectRichCompareBool(vi, wi, CompareOp::Eq);
        decref(vi);
        decref(wi);
        if (k < 0) return nullptr;
        if (!k) break;
    }
    if (i >= vl->size || i >= wl->size) {
        const std::int64_t a = vl->size, b = wl->size;
        bool r = false;
        switch (op) {
        case CompareOp::Lt: r = a < b; break;
        case CompareOp::Le: r = a <= b; break;
        case CompareOp::Eq: r = a == b; break;
        case CompareOp::Ne: r = a != b; break;
        case CompareOp::Gt: r = a > b; break;
        case CompareOp::Ge: r = a >= b; break;
        }
        return newBool(interp, r);
    }
    if (op == CompareOp::Eq) return newBool(interp, false);
    if (op == CompareOp::Ne) return newBool(interp, true);
    return objectRichCompare(vl->items[i], wl->items[i], op).release();
}

Object* listRepr(Object* o) {
    Interpreter& interp = interpOf(o);
    const ListObject* l = asList(o);
    if (l->size == 0) return seqrepr::makeStr(interp, "[]");
    ReprGuard guard(o);
    if (guard.active()) return seqrepr::makeStr(interp, "[...]");
    std::string text = "[";
    // The size is re-read each time: an item's repr may mutate the list.
    for (std::int64_t i = 0; i < l->size; ++i) {
        if (i > 0) text += ", ";
        // list_repr borrows the item: its __repr__ sees no extra reference (a Python __repr__'s frame
        // holds it while it runs). Any other item is kept alive across its repr in case Python code
        // reached through its own items empties the list (where CPython's C code reads freed memory).
        Object* item = l->items[i];
        const bool keep = !usesSlotRepr(item->type);
        if (keep) incref(item);
        const bool ok = seqrepr::appendRepr(item, text);
        if (keep) decref(item);
        if (!ok) return nullptr;
    }
    text += "]";
    return seqrepr::makeStr(interp, text);
}

// ---------------------------------------------------------------- free-list hooks and init

void clearListFreeList(Interpreter& interp) {
    auto& free = interp.freeLists().lists;
    while (!free.empty()) {
        Object* l = free.back();
        free.pop_back();
        interp.releaseRetained(l);
    }
}

std::size_t listFreeListSize(const Interpreter& interp) {
    return const_cast<Interpreter&>(interp).freeLists().lists.size();
}

void initListType(Interpreter&, TypeObject& t) {
    t.dealloc = listDealloc;
    t.traverse = listTraverse;
    t.clear = listClearSlot;
    t.sizeOf = listSizeOf;
    t.readField = listReadField;
    t.repr = listRepr;
    t.richcompare = listRichCompare;
    t.isTrue = listIsTrue;
    t.label = listLabel;
    t.destroyHost = listDestroyHost;
}

} // namespace hs
