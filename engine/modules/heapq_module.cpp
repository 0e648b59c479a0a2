// The _heapq module (Modules/_heapqmodule.c): heappush/heappop/heapify/heapreplace/heappushpop and the
// max-heap variants heapq.py imports over its pure-Python definitions; same comparisons, same errors.
#include "modules/module_registry.h"

#include "objects/builtin_function_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <string>

namespace hs {

namespace {

using SiftFn = int (*)(Object* heap, std::int64_t pos);

int indexOutOfRange(Object* heap) {
    Interpreter& interp = *heap->type->interp;
    raiseError(interp, vmOf(interp).exc.IndexError, "index out of range");
    return -1;
}
int changedSize(Object* heap) {
    Interpreter& interp = *heap->type->interp;
    raiseError(interp, vmOf(interp).exc.RuntimeError, "list changed size during iteration");
    return -1;
}

// siftdown / siftdown_max: moves heap[pos] toward startpos while it compares below its parent
// (max: while the parent compares below it). Both operands are held across the comparison.
int siftDownImpl(Object* heap, std::int64_t startpos, std::int64_t pos, bool max) {
    const std::int64_t size = listSize(heap);
    if (pos >= size) return indexOutOfRange(heap);
    while (pos > startpos) {
        const std::int64_t parentpos = (pos - 1) >> 1;
        Ref newitem = Ref::borrowed(listItem(heap, pos));
        Ref parent = Ref::borrowed(listItem(heap, parentpos));
        const int cmp = max ? objectRichCompareBool(parent.get(), newitem.get(), CompareOp::Lt)
                            : objectRichCompareBool(newitem.get(), parent.get(), CompareOp::Lt);
        if (cmp < 0) return -1;
        if (size != listSize(heap)) return changedSize(heap);
        if (cmp == 0) break;
        Object** arr = listItems(heap);
        Object* p = arr[parentpos];
        arr[parentpos] = arr[pos];
        arr[pos] = p;
        pos = parentpos;
    }
    return 0;
}

// siftup / siftup_max: bubbles the smaller (max: larger) child up to a leaf, then sifts down.
int siftUpImpl(Object* heap, std::int64_t pos, bool max) {
    const std::int64_t endpos = listSize(heap);
    const std::int64_t startpos = pos;
    if (pos >= endpos) return indexOutOfRange(heap);
    const std::int64_t limit = endpos >> 1;
    while (pos < limit) {
        std::int64_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            Ref a = Ref::borrowed(listItem(heap, max ? childpos + 1 : childpos));
            Ref b = Ref::borrowed(listItem(heap, max ? childpos : childpos + 1));
            const int cmp = objectRichCompareBool(a.get(), b.get(), CompareOp::Lt);
            if (cmp < 0) return -1;
            childpos += cmp ^ 1;
            if (endpos != listSize(heap)) return changedSize(heap);
        }
        Object** arr = listItems(heap);
        Object* t = arr[childpos];
        arr[childpos] = arr[pos];
        arr[pos] = t;
        pos = childpos;
    }
    return siftDownImpl(heap, startpos, pos, max);
}
int siftUp(Object* heap, std::int64_t pos) { return siftUpImpl(heap, pos, false); }
int siftUpMax(Object* heap, std::int64_t pos) { return siftUpImpl(heap, pos, true); }

// Argument Clinic's checks: `name expected N arguments, got M` and subclass_of list.
bool checkArgs(Object* self, const char* name, Object* const* args, std::int64_t nargs, std::int64_t want) {
    Interpreter& interp = *self->type->interp;
    VmState& vm = vmOf(interp);
    if (nargs != want) {
        raiseError(interp, vm.exc.TypeError, std::string(name) + " expected " + std::to_string(want) + " argument" +
                                                 (want == 1 ? "" : "s") + ", got " + std::to_string(nargs));
        return false;
    }
    if (!isList(args[0])) {
        raiseError(interp, vm.exc.TypeError, std::string(name) + "() argument" + (want == 1 ? "" : " 1") +
                                                 " must be list, not " + args[0]->type->name);
        return false;
    }
    return true;
}

Object* retNoneOf(Object* self) {
    Object* none = self->type->interp->none;
    incref(none);
    return none;
}

Object* heapPopInternal(Object* heap, SiftFn sift) {
    std::int64_t n = listSize(heap);
    if (n == 0) {
        indexOutOfRange(heap);
        return nullptr;
    }
    Ref lastelt = Ref::borrowed(listItem(heap, n - 1));
    if (listDelSlice(heap, n - 1, n) < 0) return nullptr;
    n--;
    if (!n) return lastelt.release();
    Ref returnitem(listItem(heap, 0)); // takes over the list's reference
    listSetItemSteal(heap, 0, lastelt.release());
    if (sift(heap, 0) < 0) return nullptr;
    return returnitem.release();
}

Object* heapReplaceInternal(Object* heap, Object* item, SiftFn sift) {
    if (listSize(heap) == 0) {
        indexOutOfRange(heap);
        return nullptr;
    }
    Ref returnitem(listItem(heap, 0));
    incref(item);
    listSetItemSteal(heap, 0, item);
    if (sift(heap, 0) < 0) return nullptr;
    return returnitem.release();
}

std::int64_t keepTopBit(std::int64_t n) {
    int i = 0;
    while (n > 1) {
        n >>= 1;
        i++;
    }
    return n << i;
}

// heapify_internal: bottom-up; above 2,500 items the cache-friendly order (same comparisons' results).
Object* heapifyInternal(Object* self, Object* heap, SiftFn sift) {
    const std::int64_t n = listSize(heap);
    if (n > 2500) {
        const std::int64_t m = n >> 1, leftmost = keepTopBit(m + 1) - 1, mhalf = m >> 1;
        for (int pass = 0; pass < 2; pass++) {
            const std::int64_t from = pass == 0 ? leftmost - 1 : m - 1, to = pass == 0 ? mhalf : leftmost;
            for (std::int64_t i = from; i >= to; i--) {
                std::int64_t j = i;
                while (true) {
                    if (sift(heap, j) < 0) return nullptr;
                    if (!(j & 1)) break;
                    j >>= 1;
                }
            }
        }
        return retNoneOf(self);
    }
    for (std::int64_t i = (n >> 1) - 1; i >= 0; i--)
        if (sift(heap, i) < 0) return nullptr;
    return retNoneOf(self);
}

Object* fHeappush(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    if (!checkArgs(self, "heappush", args, nargs, 2)) return nullptr;
    if (listAppend(args[0], args[1]) < 0) return nullptr;
    if (siftDownImpl(args[0], 0, listSize(args[0]) - 1, false) < 0) return nullptr;
    return retNoneOf(self);
}
Object* fHeappop(Object* self, Object* const* args, std::int64_t, Object*) {
    if (!checkArgs(self, "heappop", args, 1, 1)) return nullptr;
    return heapPopInternal(args[0], siftUp);
}
Object* fHeapreplace(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    if (!checkArgs(self, "heapreplace", args, nargs, 2)) return nullptr;
    return heapReplaceInternal(args[0], args[1], siftUp);
}
Object* fHeappushpop(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    if (!checkArgs(self, "heappushpop", args, nargs, 2)) return nullptr;
    Object* heap = args[0];
    Object* item = args[1];
    if (listSize(heap) == 0) {
        incref(item);
        return item;
    }
    Ref top = Ref::borrowed(listItem(heap, 0));
    const int cmp = objectRichCompareBool(top.get(), item, CompareOp::Lt);
    top = Ref();
    if (cmp < 0) return nullptr;
    if (cmp == 0) {
        incref(item);
        return item;
    }
    return heapReplaceInternal(heap, item, siftUp);
}
Object* fHeapify(Object* self, Object* const* args, std::int64_t, Object*) {
    if (!checkArgs(self, "heapify", args, 1, 1)) return nullptr;
    return heapifyInternal(self, args[0], siftUp);
}
Object* fHeappopMax(Object* self, Object* const* args, std::int64_t, Object*) {
    if (!checkArgs(self, "_heappop_max", args, 1, 1)) return nullptr;
    return heapPopInternal(args[0], siftUpMax);
}
Object* fHeapreplaceMax(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    if (!checkArgs(self, "_heapreplace_max", args, nargs, 2)) return nullptr;
    return heapReplaceInternal(args[0], args[1], siftUpMax);
}
Object* fHeapifyMax(Object* self, Object* const* args, std::int64_t, Object*) {
    if (!checkArgs(self, "_heapify_max", args, 1, 1)) return nullptr;
    return heapifyInternal(self, args[0], siftUpMax);
}

const MethodDef kFunctions[] = {
    {"heappush", fHeappush, meth::kFastcall, "heappush($module, heap, item, /)\n--\n\nPush item onto heap, maintaining the heap invariant."},
    {"heappushpop", fHeappushpop, meth::kFastcall, "heappushpop($module, heap, item, /)\n--\n\nPush item on the heap, then pop and return the smallest item from the heap."},
    {"heappop", fHeappop, meth::kO, "heappop($module, heap, /)\n--\n\nPop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", fHeapreplace, meth::kFastcall, "heapreplace($module, heap, item, /)\n--\n\nPop and return the current smallest value, and add the new item."},
    {"heapify", fHeapify, meth::kO, "heapify($module, heap, /)\n--\n\nTransform list into a heap, in-place, in O(len(heap)) time."},
    {"_heappop_max", fHeappopMax, meth::kO, "Maxheap variant of heappop."},
    {"_heapify_max", fHeapifyMax, meth::kO, "Maxheap variant of heapify."},
    {"_heapreplace_max", fHeapreplaceMax, meth::kFastcall, "Maxheap variant of heapreplace."},
    {nullptr, nullptr, 0},
};

} // namespace

Object* createHeapqBuiltinModule(Interpreter& interp) {
    Ref module = newModule(interp, "_heapq");
    if (!module) return nullptr;
    Ref modName = internName(interp, "_heapq");
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, module.get(), modName.get());
        if (!fn || moduleAddObject(module.get(), def->name, fn.get()) < 0) return nullptr;
    }
    if (moduleSetExtensionFile(module.get(), "_heapq") < 0) return nullptr;
    return module.release();
}

} // namespace hs
