// subtype_traverse of instances of classes derived from object, as an inline template the collector
// expands with its visitors (no call through tp_traverse or through a visit function pointer).
#pragma once

#include "objects/class_object.h"

namespace hs {

// subtype_traverse (tp_traverse of plain heap types' instances): the storage, then the class.
int instanceTraverseGc(Object* o, VisitProc visit, void* arg);

// instanceStorage without the indirect call for the common layout (InstanceObject).
inline InstanceStorage* instanceStorageOf(Object* o) {
    const HeapTypeObject* h = asHeapType(o->type);
    if (h->storageOf == instanceObjectStorage) return static_cast<InstanceObject*>(o);
    return h->storageOf(o);
}

// The references an instance's storage holds, in subtype_traverse's order: the __slots__ values,
// then the dict or else the inline values (at most one of the two is set). The values are visited
// in the shared keys' index order, as _PyObject_VisitInstanceAttributes walks values[0..dk_nentries)
// (not the insertion order: `b.y = 1; b.x = 2` on a class whose keys are [x, y] visits x's value
// first); slots from the block's high-water mark on are empty. visit(Object*) returns nonzero to
// stop; that value is returned.
template <class VisitFn>
[[gnu::always_inline]] inline int visitInstanceStorage(const InstanceStorage* inst, VisitFn&& visit) {
    for (Object* s : inst->slotValues)
        if (s)
            if (int r = visit(s)) return r;
    if (inst->dict)
        if (int r = visit(inst->dict)) return r;
    if (const InstanceValues* v = inst->values) {
        Object* const* values = v->slotsBegin();
        for (std::size_t i = 0, n = v->limit(); i < n; ++i)
            if (Object* value = values[i])
                if (int r = visit(value)) return r;
    }
    return 0;
}

// instanceTraverseGc(o, Visit, arg), expanded: the storage, then the class.
template <int (*Visit)(Object*, void*)>
[[gnu::always_inline]] inline int instanceTraverseGcInline(Object* o, void* arg) {
    if (int r = visitInstanceStorage(instanceStorageOf(o), [arg](Object* ref) { return Visit(ref, arg); })) return r;
    return Visit(o->type, arg);
}

} // namespace hs
