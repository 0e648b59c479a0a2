// list, tuple and range as Python sees them: constructors (list_vectorcall, tuple_vectorcall,
// range_vectorcall), subscripts with ints and slices, sequence slots, and their methods.
#include "runtime/type_methods.h"

#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/iterator_objects.h"
#include "objects/list_object.h"
#include "objects/range_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/subtype_instance.h"
#include "objects/tuple_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

namespace hs {

// list.append and list.pop (external: CALL recognises their descriptors by these functions).
Object* listMethodAppend(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    if (listAppendInline(self, args[0]) < 0) return nullptr;
    incref(interp.none);
    return interp.none;
}
Object* listMethodPop(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    if (nargs == 0) return listPopLast(self); // list.pop(): no argument to check
    Interpreter& interp = *self->type->interp;
    if (!checkPositional(interp, "pop", nargs, 0, 1)) return nullptr;
    std::int64_t index = -1;
    if (!indexAsInt64(args[0], index, vmOf(interp).exc.OverflowError)) return nullptr;
    return listPop(self, index).release();
}

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }

// ---------------------------------------------------------------- list

std::int64_t listLen(Object* l) { return listSize(l); }

Object* listSubscript(Object* l, Object* key) {
    Interpreter& interp = interpOf(l);
    if (hasIndex(key)) {
        std::int64_t i = 0;
        if (!indexAsInt64(key, i, vmOf(interp).exc.IndexError)) return nullptr;
        if (i < 0) i += listSize(l);
        Object* item = listGetItem(l, i);
        if (!item) return nullptr;
        incref(item);
        return item;
    }
    if (isSlice(key)) {
        std::int64_t start, stop, step;
        if (!sliceUnpack(key, start, stop, step)) return nullptr;
        return listSubscriptSlice(l, start, stop, step).release();
    }
    typeError(interp, "list indices must be integers or slices, not " + key->type->name);
    return nullptr;
}

int listAssSubscript(Object* l, Object* key, Object* value) {
    Interpreter& interp = interpOf(l);
    if (hasIndex(key)) {
        std::int64_t i = 0;
        if (!indexAsInt64(key, i, vmOf(interp).exc.IndexError)) return -1;
        if (i < 0) i += listSize(l);
        return value ? listSetItem(l, i, value) : listDelItem(l, i);
    }
    if (isSlice(key)) {
        std::int64_t start, stop, step;
        if (!sliceUnpack(key, start, stop, step)) return -1;
        if (value && !isList(value) && !isTuple(value)) {
            // list_ass_subscript: PySequence_Fast(value, "must assign iterable to extended slice")
            Ref seq = sequenceFast(value, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
            if (!seq) return -1;
            return listAssignSubscriptSlice(l, start, stop, step, seq.get());
        }
        return listAssignSubscriptSlice(l, start, stop, step, value);
    }
    typeError(interp, "list indices must be integers or slices, not " + key->type->name);
    return -1;
}

int listContainsSlot(Object* l, Object* x) { return listContains(l, x); }
Object* listIterSlot(Object* l) { return newListIterator(interpOf(l), l).release(); }
Object* listConcatSlot(Object* a, Object* b) { return listConcat(a, b).release(); }
Object* listRepeatSlot(Object* a, std::int64_t n) { return listRepeat(a, n).release(); }

// list.extend's generic path (list_extend): length hint, resize, append, cut back.
int listExtendGeneric(Object* list, Object* iterable) {
    Interpreter& interp = interpOf(list);
    if (isExactList(iterable) || isExactTuple(iterable) || iterable == list) return listExtend(list, iterable);
    Ref it = getIter(iterable);
    if (!it) return -1;
    const std::int64_t n = lengthHint(iterable, 8);
    if (n < 0) return -1;
    if (listExtendBegin(list, n) < 0) return -1;
    for (;;) {
        Ref x = iterNext(it.get());
        if (!x) {
            if (errOccurred(interp)) return -1;
            break;
        }
        if (listAppend(list, x.get()) < 0) return -1;
    }
    return listExtendEnd(list);
}

Object* listInplaceConcat(Object* a, Object* b) {
    if (listExtendGeneric(a, b) < 0) return nullptr;
    incref(a);
    return a;
}
Object* listIRepeatSlot(Object* a, std::int64_t n) {
    if (listInplaceRepeat(a, n) < 0) return nullptr;
    incref(a);
    return a;
}
const SequenceSlots kListSequence = {listConcatSlot, listRepeatSlot, listInplaceConcat, listIRepeatSlot, nullptr};

// list___init___impl after the allocation: list_extend (3.11 asks the iterable for its iterator
// first, then PyObject_LengthHint, so a __len__ runs once, after __iter__).
int listInitFrom(Object* list, Object* iterable) { return listExtendGeneric(list, iterable); }

// list_vectorcall (exact list only: heap subclasses do not inherit tp_vectorcall).
Object* listVectorNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(type);
    if (!noKeywords(interp, "list", kwnames)) return nullptr;
    if (!checkPositional(interp, "list", nargs, 0, 1)) return nullptr;
    // PyType_GenericAlloc: a fresh object (not the free list), tracked.
    auto* l = interp.newObject<ListObject>(interp.types.list, 40);
    if (!l) return nullptr;
    Ref list(l);
    interp.gc().track(l);
    if (nargs && listInitFrom(l, args[0]) < 0) return nullptr;
    return list.release();
}

// list's tp_new (PyType_GenericNew): an empty list of `type`; the arguments are tp_init's.
Object* listTpNew(TypeObject* type, Object*, Object*) {
    Interpreter& interp = *type->interp;
    if (type == interp.types.list) {
        auto* l = interp.newObject<ListObject>(type, 40);
        if (l) interp.gc().track(l);
        return l;
    }
    return allocSubtypeInstance<ListObject>(interp, type, 0);
}

// list___init__: empties the list, then extends it with the iterable.
int listTpInit(Object* self, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(self);
    if ((self->type == interp.types.list || self->type->slots.tpNew == listTpNew) && kwargs && dictSize(kwargs) > 0) {
        typeError(interp, "list() takes no keyword arguments");
        return -1;
    }
    if (!checkPositional(interp, "list", tupleSize(args), 0, 1)) return -1;
    if (listHasItemBuffer(self)) listClear(self);
    return tupleSize(args) ? listInitFrom(self, tupleItem(args, 0)) : 0;
}

#define METHOD(name) Object* name(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames)
#define INTERP Interpreter& interp = interpOf(self); (void)interp; (void)args; (void)nargs; (void)kwnames

METHOD(lExtend) {
    INTERP;
    if (listExtendGeneric(self, args[0]) < 0) return nullptr;
    incref(interp.none);
    return interp.none;
}
METHOD(lInsert) {
    INTERP;
    if (!checkPositional(interp, "insert", nargs, 2, 2)) return nullptr;
    std::int64_t where = 0;
    if (!hasIndex(args[0])) {
        typeError(interp, "'" + args[0]->type->name + "' object cannot be interpreted as an integer");
        return nullptr;
    }
    if (!indexAsInt64(args[0], where, vmOf(interp).exc.OverflowError)) return nullptr;
    if (listInsert(self, where, args[1]) < 0) return nullptr;
    incref(interp.none);
    return interp.none;
}
METHOD(lRemove) {
    INTERP;
    if (listRemove(self, args[0]) < 0) return nullptr;
    incref(interp.none);
    return interp.none;
}
METHOD(lIndex) {
    INTERP;
    if (!checkPositional(interp, "index", nargs, 1, 3)) return nullptr;
    std::int64_t start = 0, stop = INT64_MAX;
    if (nargs > 1 && !indexAsInt64(args[1], start, nullptr)) return nullptr;
    if (nargs > 2 && !indexAsInt64(args[2], stop, nullptr)) return nullptr;
    const std::int64_t r = listIndex(self, args[0], start, stop);
    if (r < 0) return nullptr;
    return newInt(interp, r).release();
}
METHOD(lCount) {
    INTERP;
    const std::int64_t r = listCount(self, args[0]);
    if (r < 0) return nullptr;
    return newInt(interp, r).release();
}
METHOD(lClear) {
    INTERP;
    listClear(self);
    incref(interp.none);
    return interp.none;
}
METHOD(lCopy) {
    INTERP;
    return listCopy(self).release();
}
METHOD(lReverse) {
    INTERP;
    listReverse(self);
    incref(interp.none);
    return interp.none;
}
METHOD(lSort) {
    INTERP;
    static const char* const kNames[] = {"key", "reverse"};
    ArgSpec spec{"sort", kNames, 2, 0, 0, 0};
    Object* a[2];
    if (!unpackParserArgs(interp, spec, "list.sort", args, nargs, kwnames, a)) return nullptr;
    // reverse: bool(accept={int}): _PyLong_AsInt (an int or __index__, within a C int).
    std::int64_t reverse = 0;
    if (a[1] && !indexAsInt64(a[1], reverse, vmOf(interp).exc.OverflowError)) return nullptr;
    if (reverse > INT32_MAX || reverse < INT32_MIN) {
        raiseError(interp, vmOf(interp).exc.OverflowError, "Python int too large to convert to C int");
        return nullptr;
    }
    Object* key = a[0] == interp.none ? nullptr : a[0];
    const int r = listSort(self, key, reverse != 0);
    if (r < 0) return nullptr;
    incref(interp.none);
    return interp.none;
}
METHOD(lReversed) {
    INTERP;
    return newListReverseIterator(interp, self).release();
}

const MethodDef kListMethods[] = {
    {"append", listMethodAppend, meth::kO},
    {"extend", lExtend, meth::kO},
    {"insert", lInsert, meth::kFastcall},
    {"pop", listMethodPop, meth::kFastcall},
    {"remove", lRemove, meth::kO},
    {"index", lIndex, meth::kFastcall},
    {"count", lCount, meth::kO},
    {"clear", lClear, meth::kNoArgs},
    {"copy", lCopy, meth::kNoArgs},
    {"reverse", lReverse, meth::kNoArgs},
    {"sort", lSort, meth::kFastcall | meth::kKeywords},
    {"__reversed__", lReversed, meth::kNoArgs},
    {nullptr, nullptr, 0},
};

// ---------------------------------------------------------------- tuple

std::int64_t tupleLen(Object* t) { return tupleSize(t); }
Object* tupleSubscript(Object* t, Object* key) {
    Interpreter& interp = interpOf(t);
    if (hasIndex(key)) {
        std::int64_t i = 0;
        if (!indexAsInt64(key, i, vmOf(interp).exc.IndexError)) return nullptr;
        if (i < 0) i += tupleSize(t);
        return tupleGetItem(t, i).release();
    }
    if (isSlice(key)) {
        std::int64_t start, stop, step;
        if (!sliceUnpack(key, start, stop, step)) return nullptr;
        return tupleSubscriptSlice(t, start, stop, step).release();
    }
    typeError(interp, "tuple indices must be integers or slices, not " + key->type->name);
    return nullptr;
}
int tupleContainsSlot(Object* t, Object* x) { return tupleContains(t, x); }
Object* tupleIterSlot(Object* t) { return newTupleIterator(interpOf(t), t).release(); }
Object* tupleConcatSlot(Object* a, Object* b) { return tupleConcat(a, b).release(); }
Object* tupleRepeatSlot(Object* a, std::int64_t n) { return tupleRepeat(a, n).release(); }
const SequenceSlots kTupleSequence = {tupleConcatSlot, tupleRepeatSlot, nullptr, nullptr, nullptr};

Object* tupleVectorNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(type);
    if (!noKeywords(interp, "tuple", kwnames)) return nullptr;
    if (!checkPositional(interp, "tuple", nargs, 0, 1)) return nullptr;
    if (nargs == 0) return Ref::borrowed(interp.emptyTuple).release();
    return sequenceTuple(args[0]).release();
}

// tuple_new / tuple_subtype_new: the exact tuple of the iterable, copied into a fresh instance of a
// subclass (PyType_GenericAlloc of n items, tracked).
Object* tupleTpNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    TypeObject* tupleType = interp.types.tuple;
    // tuple's tp_init is the one it inherits from object.
    auto tupleInit = tupleType->slots.tpInit ? tupleType->slots.tpInit : interp.types.object->slots.tpInit;
    if ((type == tupleType || type->slots.tpInit == tupleInit) && kwargs && dictSize(kwargs) > 0) {
        typeError(interp, "tuple() takes no keyword arguments");
        return nullptr;
    }
    Ref tmp(tupleVectorNew(tupleType, tupleItems(args), tupleSize(args), nullptr));
    if (!tmp || type == tupleType) return tmp.release();
    const std::int64_t n = tupleSize(tmp.get());
    TupleObject* t = allocSubtypeInstance<TupleObject>(interp, type, n);
    if (!t) return nullptr;
    if (n > 0) t->items = static_cast<Object**>(interp.host().alloc(kTupleSlotBytes * static_cast<std::size_t>(n)));
    t->size = n;
    for (std::int64_t i = 0; i < n; ++i) {
        Object* item = tupleItem(tmp.get(), i);
        incref(item);
        t->items[i] = item;
    }
    return t;
}

METHOD(tIndex) {
    INTERP;
    if (!checkPositional(interp, "index", nargs, 1, 3)) return nullptr;
    std::int64_t start = 0, stop = INT64_MAX;
    if (nargs > 1 && !indexAsInt64(args[1], start, nullptr)) return nullptr;
    if (nargs > 2 && !indexAsInt64(args[2], stop, nullptr)) return nullptr;
    const std::int64_t r = tupleIndex(self, args[0], start, stop);
    if (r < 0) return nullptr;
    return newInt(interp, r).release();
}
METHOD(tCount) {
    INTERP;
    const std::int64_t r = tupleCount(self, args[0]);
    if (r < 0) return nullptr;
    return newInt(interp, r).release();
}
METHOD(tGetNewArgs) {
    INTERP;
    Ref copy = tupleSlice(self, 0, tupleSize(self));
    return tuplePack(interp, {copy.get()}).release();
}
const MethodDef kTupleMethods[] = {
    {"index", tIndex, meth::kFastcall}, {"count", tCount, meth::kO}, {"__getnewargs__", tGetNewArgs, meth::kNoArgs}, {nullptr, nullptr, 0}};

// ---------------------------------------------------------------- range

std::int64_t rangeLen(Object* r) {
    Interpreter& interp = interpOf(r);
    std::int64_t n = 0;
    if (!intAsInt64(rangeLengthObject(r), n)) {
        raiseError(interp, vmOf(interp).exc.OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}
Object* rangeSubscript(Object* r, Object* key) {
    Interpreter& interp = interpOf(r);
    if (isSlice(key)) {
        SliceObject* s = static_cast<SliceObject*>(key);
        return rangeSubscriptSlice(r, s->start, s->stop, s->step).release();
    }
    if (hasIndex(key)) {
        Ref i = numberIndex(key);
        if (!i) return nullptr;
        return rangeGetItem(r, i.get()).release();
    }
    typeError(interp, "range indices must be integers or slices, not " + key->type->name);
    return nullptr;
}
int rangeContainsSlot(Object* r, Object* x) { return rangeContains(r, x); }
Object* rangeIterSlot(Object* r) { return newRangeIterator(interpOf(r), r).release(); }

Object* rangeVectorNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(type);
    if (!noKeywords(interp, "range", kwnames)) return nullptr;
    if (nargs == 0) {
        typeError(interp, "range expected at least 1 argument, got 0");
        return nullptr;
    }
    if (nargs > 3) {
        typeError(interp, formatString("range expected at most 3 arguments, got %lld", static_cast<long long>(nargs)));
        return nullptr;
    }
    Ref a[3];
    for (std::int64_t i = 0; i < nargs; ++i) {
        a[i] = numberIndex(args[i]);
        if (!a[i]) return nullptr;
    }
    if (nargs == 1) {
        Ref zero = newInt(interp, 0);
        return newRange(interp, zero.get(), a[0].get(), nullptr).release();
    }
    return newRange(interp, a[0].get(), a[1].get(), nargs == 3 ? a[2].get() : nullptr).release();
}
METHOD(rIndex) {
    INTERP;
    return rangeIndex(self, args[0]).release();
}
METHOD(rCount) {
    INTERP;
    const std::int64_t r = rangeCount(self, args[0]);
    if (r < 0) return nullptr;
    return newInt(interp, r).release();
}
METHOD(rReversed) {
    INTERP;
    // range.__reversed__: a range iterator over the reversed range.
    Ref len(rangeLengthObject(self));
    incref(len.get());
    Ref one = newInt(interp, 1);
    Ref lastIdx = intSub(len.get(), one.get());
    Ref last = intAdd(rangeStart(self), intMul(lastIdx.get(), rangeStep(self)).get());
    Ref negStep = intNeg(rangeStep(self));
    Ref stop = intSub(rangeStart(self), rangeStep(self));
    Ref rev = newRange(interp, last.get(), stop.get(), negStep.get());
    if (!rev) return nullptr;
    return newRangeIterator(interp, rev.get()).release();
}
Object* rStart(Object* self) { incref(rangeStart(self)); return rangeStart(self); }
Object* rStop(Object* self) { incref(rangeStop(self)); return rangeStop(self); }
Object* rStep(Object* self) { incref(rangeStep(self)); return rangeStep(self); }
const MethodDef kRangeMethods[] = {
    {"index", rIndex, meth::kO}, {"count", rCount, meth::kO}, {"__reversed__", rReversed, meth::kNoArgs}, {nullptr, nullptr, 0}};
const GetSetDef kRangeGetSets[] = {{"start", rStart}, {"stop", rStop}, {"step", rStep}, {nullptr, nullptr}};

#undef METHOD
#undef INTERP

} // namespace

void bindSequenceTypes(Interpreter& interp) {
    TypeObject* l = interp.types.list;
    l->slots.length = listLen;
    l->slots.subscript = listSubscript;
    l->slots.assSubscript = listAssSubscript;
    l->slots.contains = listContainsSlot;
    l->slots.iter = listIterSlot;
    l->slots.sequence = &kListSequence;
    l->slots.vectorNew = listVectorNew;
    l->slots.tpNew = listTpNew;
    l->slots.tpInit = listTpInit;
    addMethods(interp, l, kListMethods);

    TypeObject* t = interp.types.tuple;
    t->slots.length = tupleLen;
    t->slots.subscript = tupleSubscript;
    t->slots.contains = tupleContainsSlot;
    t->slots.iter = tupleIterSlot;
    t->slots.sequence = &kTupleSequence;
    t->slots.vectorNew = tupleVectorNew;
    t->slots.tpNew = tupleTpNew;
    addMethods(interp, t, kTupleMethods);

    TypeObject* r = interp.types.range;
    r->slots.length = rangeLen;
    r->slots.subscript = rangeSubscript;
    r->slots.contains = rangeContainsSlot;
    r->slots.iter = rangeIterSlot;
    r->slots.vectorNew = rangeVectorNew;
    r->slots.tpNew = [](TypeObject* type, Object* args, Object*) -> Object* {
        return rangeVectorNew(type, tupleItems(args), tupleSize(args), nullptr);
    };
    addMethods(interp, r, kRangeMethods);
    addGetSets(interp, r, kRangeGetSets);
}

} // namespace hs
