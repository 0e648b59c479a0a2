// list (PyListObject, Objects/listobject.c 3.11): a 40-byte GC object whose item array is an
// auxiliary PyMem buffer grown by list_resize's over-allocation, the 80-entry free list, and timsort.
#pragma once

#include "objects/type_object.h"

#include <cstdint>
#include <string>

namespace hs {

// Host side of a list. Simulated layout: +16 ob_size, +24 ob_item (address of the PyMem buffer, 0
// for NULL), +32 allocated; the buffer's word i is the id of item i.
// Invariants: while alive, `items` mirrors the buffer: items[0..size) are the items (a slot may be
// NULL only for a list made by newList and not yet filled); listItemsAddr == 0 <=> ob_item == NULL.
// Host side: `items` is nullptr or points just past the 8-byte capacity word of an array from the
// interpreter's HostHeap (capacity >= allocated and >= kListMinHostSlots; the object itself grows
// by no field). The array only grows, so a simulated realloc costs no host work unless it grows
// past the capacity. While parked on the free list a small host array stays for the next list
// (kept only while its capacity <= kListParkedHostSlots) and size/ob_item/allocated keep what
// list_dealloc left (CPython does not reset them; a released host array reads ob_item as 0).
// During listSort the list reads as empty with allocated == -1 and no host array.
constexpr std::int64_t kListMinHostSlots = 4;
// The host object is 64 bytes on 64-bit hosts (GC head 16 + Object 32 + these 16): one cache
// line, so a collection's sweeps over many lists move the fewest bytes. ob_item's simulated address
// lives in the host array's header (ListHostHeader), and the counts are 32-bit: a list never holds
// more than kListMaxItems items (past it, MemoryError: its host arrays alone would take 16 GiB).
constexpr std::int64_t kListMaxItems = INT32_MAX;
struct ListObject : Object {
    std::int32_t size = 0;      // ob_size
    std::int32_t allocated = 0; // allocated (-1 while sorting)
    Object** items = nullptr;
};
static_assert(sizeof(void*) != 8 || sizeof(GcHead) + sizeof(ListObject) == 64, "a list is one cache line");
// The header just before items[0] of a list's host array: its slot count and ob_item's simulated
// address (0 = NULL). A list without a host array has no buffer (itemsAddr reads 0).
struct ListHostHeader {
    std::int64_t capacity;
    Addr itemsAddr;
};
// ob_item: the simulated address of the list's item buffer (0 for NULL).
inline Addr listItemsAddr(const Object* l) {
    Object* const* items = static_cast<const ListObject*>(l)->items;
    return items ? (reinterpret_cast<const ListHostHeader*>(items) - 1)->itemsAddr : 0;
}
// Sets ob_item's address; the list must have a host array (setting 0 without one is a no-op).
inline void setListItemsAddr(Object* l, Addr a) {
    Object** items = static_cast<ListObject*>(l)->items;
    if (items) (reinterpret_cast<ListHostHeader*>(items) - 1)->itemsAddr = a;
}
// Returns a list's host item array (as `items` held it; nullptr is a no-op) to the HostHeap.
void listFreeHostArray(Interpreter& interp, Object** items);
constexpr std::int64_t kListParkedHostSlots = 16;

// PyList_Check / PyList_CheckExact.
inline bool isList(const Object* o) { return o->type->flags & tpflags::kListSubclass; }
bool isExactList(const Object* o);
inline std::int64_t listSize(const Object* l) { return static_cast<const ListObject*>(l)->size; }
// PyList_GET_ITEM: borrowed, no bounds check.
inline Object* listItem(const Object* l, std::int64_t i) { return static_cast<const ListObject*>(l)->items[i]; }
inline Object** listItems(Object* l) { return static_cast<ListObject*>(l)->items; }
// ob_item != NULL: the list has a simulated item buffer (its host array may outlive the buffer).
inline bool listHasItemBuffer(const Object* l) { return listItemsAddr(l) != 0; }
// _PyList_AppendTakeRef's fast case: when the list has a free slot (allocated > size), stores
// `item` (its reference moves into the list) and returns true; false (nothing done) otherwise.
inline bool listAppendSteal(Object* l, Object* item) {
    auto* list = static_cast<ListObject*>(l);
    const std::int64_t n = list->size;
    if (list->allocated <= n) return false;
    list->items[n] = item;
    list->size = n + 1;
    return true;
}
// list.pop()'s common case (list_pop with no argument): when the list is non-empty and list_resize
// keeps its buffer (allocated/2 <= size - 1), drops the last slot and returns its item (the list's
// reference moves to the caller); nullptr (nothing done) otherwise, e.g. empty or during sort.
inline Object* listPopLastNoRealloc(Object* l) {
    auto* list = static_cast<ListObject*>(l);
    const std::int64_t n = list->size - 1;
    if (n < 0 || n < (list->allocated >> 1)) return nullptr;
    list->size = n;
    return list->items[n];
}
// PyList_SET_ITEM: steals `item`, drops nothing (for filling a list made by newList).
inline void listSetItemSteal(Object* l, std::int64_t i, Object* item) { static_cast<ListObject*>(l)->items[i] = item; }

// --- Construction (new references; empty Ref with MemoryError pending on failure) ---
// PyList_New (BUILD_LIST n): free list or a new 40-byte object; n > 0 allocates exactly n slots
// (PyMem_Calloc), all NULL until listSetItemSteal; tracked.
Ref newList(Interpreter& interp, std::int64_t n);
// list_slice-style copy of n items (list_new_prealloc: exactly n slots), increfs them.
Ref listFromArray(Interpreter& interp, Object* const* src, std::int64_t n);

// --- Mutation (0 on success, -1 with the error pending) ---
// PyList_Append / list.append: increfs item (app1 → list_resize when full).
int listAppend(Object* list, Object* item);
// list.append(item) (list_append): listAppend with its no-resize case inline.
inline int listAppendInline(Object* l, Object* item) {
    if (!listAppendSteal(l, item)) return listAppend(l, item);
    incref(item);
    return 0;
}
// list.extend / list += for an exact list or tuple (or the list itself): list_extend's fast path
// (exact preallocation when ob_item is NULL, else list_resize(m + n)); subclasses of list/tuple
// take the iterator path with their items. Other iterables: the VM calls listExtendBegin(length
// hint), listAppend for each item, then listExtendEnd (cuts back to size).
// TypeError "'T' object is not iterable" for other types here.
int listExtend(Object* list, Object* iterable);
int listExtendBegin(Object* list, std::int64_t lengthHint);
int listExtendEnd(Object* list);
// list.insert(where, item) (ins1): increfs item; where is clamped.
int listInsert(Object* list, std::int64_t where, Object* item);
// list.pop(index): new reference; IndexError "pop from empty list" / "pop index out of range".
Ref listPop(Object* list, std::int64_t index = -1);
// list.pop() (list_pop without an argument): the last item (the list's reference moves to the
// caller), or nullptr with IndexError "pop from empty list".
inline Object* listPopLast(Object* l) {
    if (Object* last = listPopLastNoRealloc(l)) return last;
    return listPop(l, -1).release();
}
// list[i] = item (list_ass_item): increfs item; i is not adjusted (list_ass_subscript added the
// length to a negative index once): IndexError "list assignment index out of range" outside [0, len).
int listSetItem(Object* list, std::int64_t i, Object* item);
// del list[i] (list_ass_item with NULL): i not adjusted; IndexError "list assignment index out of range".
int listDelItem(Object* list, std::int64_t i);
// list[ilow:ihigh] = v (list_ass_slice): v a list or tuple (the list itself is copied first);
// TypeError "can only assign an iterable" otherwise. listDelSlice is v == NULL.
int listSetSlice(Object* list, std::int64_t ilow, std::int64_t ihigh, Object* v);
int listDelSlice(Object* list, std::int64_t ilow, std::int64_t ihigh);
// list[start:stop:step] = value / del list[start:stop:step] (value == nullptr), with start/stop/step
// as PySlice_Unpack leaves them. ValueError "attempt to assign sequence of size N to extended slice
// of size M"; TypeError "must assign iterable to extended slice" for a non-list/tuple value.
int listAssignSubscriptSlice(Object* list, std::int64_t start, std::int64_t stop, std::int64_t step, Object* value);
// list.clear() (_list_clear): drops the items and frees the buffer.
void listClear(Object* list);
// list.reverse()
void listReverse(Object* list);
// list *= n (list_inplace_repeat)
int listInplaceRepeat(Object* list, std::int64_t n);

// Comparison used by listSort: 1 when a < b, 0 otherwise, -1 with an error pending.
using ListLessFn = int (*)(Object* a, Object* b, void* ctx);
// list.sort(key=..., reverse=...) (list_sort_impl): a stable natural merge sort (timsort's runs,
// minrun, binary insertion and powersort merge order). The list reads as empty from before the
// first key call to the end. `keyFunc` null means the items are their own keys; otherwise it is
// called once per item, in order, and its error (if any) comes through. `lt` null means list.sort's
// own compare: PyObject_RichCompareBool(a, b, Py_LT), or, for keys of one exact type (or tuples
// starting with one), that type's tp_richcompare without the recursion level. ValueError "list modified during sort" when a callback
// mutated the list; whatever it put there is dropped.
int listSort(Object* list, Object* keyFunc = nullptr, bool reverse = false, ListLessFn lt = nullptr, void* ctx = nullptr);

// --- Queries ---
// list[i] (list_item: i is not adjusted, list_subscript added the length to a negative index
// once): borrowed, or nullptr with IndexError "list index out of range" outside [0, len).
Object* listGetItem(Object* list, std::int64_t i);
// PyList_GetSlice (clamped) / list.copy().
Ref listSlice(Object* list, std::int64_t ilow, std::int64_t ihigh);
Ref listCopy(Object* list);
// list[start:stop:step] with start/stop/step as PySlice_Unpack leaves them.
Ref listSubscriptSlice(Object* list, std::int64_t start, std::int64_t stop, std::int64_t step);
// list + other: TypeError 'can only concatenate list (not "T") to list'.
Ref listConcat(Object* a, Object* b);
// list * n
Ref listRepeat(Object* a, std::int64_t n);
// tuple(list) (PyList_AsTuple)
Ref listAsTuple(Object* list);
// x in list: 1, 0, -1.
int listContains(Object* list, Object* value);
// list.index(x, start, stop): the index, or -1 with ValueError "<repr(x)> is not in list".
std::int64_t listIndex(Object* list, Object* value, std::int64_t start = 0, std::int64_t stop = INT64_MAX);
// list.count(x): the count or -1.
std::int64_t listCount(Object* list, Object* value);
// list.remove(x): ValueError "list.remove(x): x not in list".
int listRemove(Object* list, Object* value);

// --- Slots, callable directly ---
Object* listRichCompare(Object* a, Object* b, CompareOp op); // NotImplemented for non-lists
Object* listRepr(Object* list);                               // "[1, 2]", "[]", "[...]"

// --- Free list ---
// Releases every parked list (gc.collect(2) / _PyList_ClearFreeList: from the top of the stack).
void clearListFreeList(Interpreter& interp);
std::size_t listFreeListSize(const Interpreter& interp);

} // namespace hs
