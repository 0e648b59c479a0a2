// Sequence iterators (list, reversed list, tuple, range, str, bytes, set, __getitem__ sequences,
// iter(callable, sentinel)): allocation as CPython does it (GC or not), next, __length_hint__, and
// the __reduce__/__setstate__ of the sequence and range iterators.
//
// Sections: list · tuple · str · bytes · generic sequence (and the sequence iterators'
// __reduce__/__setstate__) · range (and long range) · set · callable iterator · constructors · init
#include "objects/iterator_objects.h"

#include "objects/bytes_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/range_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
SeqIterObject* asSeqIter(Object* o) { return static_cast<SeqIterObject*>(o); }

Object* selfIter(Object* o) {
    incref(o);
    return o;
}
Object* newRef(Object* o) {
    incref(o);
    return o;
}

void seqIterDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    xdecref(std::exchange(asSeqIter(o)->seq, nullptr));
    interp.freeObject(o);
}

int seqIterTraverse(Object* o, VisitProc visit, void* arg) {
    Object* s = asSeqIter(o)->seq;
    return s ? visit(s, arg) : 0;
}

std::int64_t basicSize(const Object* o) { return o->type->basicsize; }

Ref newSeqIterOfType(Interpreter& interp, TypeObject* type, Object* seq, std::int64_t index) {
    auto* it = interp.newObject<SeqIterObject>(type, 32);
    if (!it) return Ref();
    it->index = index;
    incref(seq);
    it->seq = seq;
    interp.gc().track(it);
    return Ref(it);
}

void finish(SeqIterObject* it) { xdecref(std::exchange(it->seq, nullptr)); }

// --- list ---
Object* listIterNext(Object* o) {
    SeqIterObject* it = asSeqIter(o);
    Object* seq = it->seq;
    if (!seq) return nullptr;
    if (it->index < listSize(seq)) {
        Object* item = listItem(seq, it->index++);
        incref(item);
        return item;
    }
    finish(it);
    return nullptr;
}
Object* listReverseIterNext(Object* o) {
    SeqIterObject* it = asSeqIter(o);
    Object* seq = it->seq;
    if (!seq) return nullptr;
    if (it->index >= 0 && it->index < listSize(seq)) {
        Object* item = listItem(seq, it->index--);
        incref(item);
        return item;
    }
    it->index = -1;
    finish(it);
    return nullptr;
}
// --- tuple ---
Object* tupleIterNext(Object* o) {
    SeqIterObject* it = asSeqIter(o);
    Object* seq = it->seq;
    if (!seq) return nullptr;
    if (it->index < tupleSize(seq)) {
        Object* item = tupleItem(seq, it->index++);
        incref(item);
        return item;
    }
    finish(it);
    return nullptr;
}
// --- str ---
Object* strIterNext(Object* o) {
    SeqIterObject* it = asSeqIter(o);
    Object* seq = it->seq;
    if (!seq) return nullptr;
    if (it->index < strLength(seq)) {
        const char32_t ch = strCharAt(seq, it->index++);
        if (ch < 256) return strLatin1Char(interpOf(o), static_cast<unsigned>(ch)).release();
        return newStrFromCodePoints(interpOf(o), &ch, 1).release();
    }
    finish(it);
    return nullptr;
}
// --- bytes ---
Object* bytesIterNext(Object* o) {
    SeqIterObject* it = asSeqIter(o);
    Object* seq = it->seq;
    if (!seq) return nullptr;
    if (it->index < bytesSize(seq)) {
        const unsigned char b = static_cast<unsigned char>(bytesView(seq)[static_cast<std::size_t>(it->index++)]);
        return newInt(interpOf(o), b).release();
    }
    finish(it);
    return nullptr;
}
// --- generic sequence (iterobject.c) ---
Object* seqIterNext(Object* o) {
    SeqIterObject* it = asSeqIter(o);
    Interpreter& interp = interpOf(o);
    Object* seq = it->seq;
    if (!seq) return nullptr;
    Ref index = newInt(interp, it->index);
    Ref result = getItem(seq, index.get());
    if (result) {
        ++it->index;
        return result.release();
    }
    if (errMatches(interp, vmOf(interp).exc.IndexError) || errMatches(interp, vmOf(interp).exc.StopIteration)) {
        clearError(interp);
        finish(it);
    }
    return nullptr;
}

Object* lengthHintMethod(Object* self, Object* const*, std::int64_t, Object*) {
    SeqIterObject* it = asSeqIter(self);
    Interpreter& interp = interpOf(self);
    std::int64_t n = 0;
    if (it->seq) {
        const std::int64_t len = objectLength(it->seq);
        if (len < 0) {
            clearError(interp);
        } else if (self->type == vmOf(interp).types.listReverseIterator) {
            n = it->index + 1 <= len ? it->index + 1 : 0;
        } else {
            n = len - it->index;
            if (n < 0) n = 0;
        }
    }
    return newInt(interp, n).release();
}

// __reduce__ of the forward sequence iterators (listiter_reduce_general, tupleiter_reduce,
// unicodeiter_reduce, striter_reduce, iter_reduce): (iter, (seq,), index) built outer tuple first as
// Py_BuildValue does; once exhausted (iter, (empty,)) with an empty sequence of the iterator's kind.
Object* seqIterReduce(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(interp);
    Ref name = internName(interp, "iter");
    Object* iterFn = name ? dictGetItem(vm.builtinsDict, name.get()) : nullptr;
    if (!iterFn) return nullptr;
    SeqIterObject* it = asSeqIter(self);
    Ref empty; // made before the tuples, as the C code does
    if (!it->seq) {
        empty = self->type == vm.types.listIterator || self->type == vm.types.listReverseIterator ? newList(interp, 0)
                : (self->type == vm.types.strIterator || self->type == vm.types.strUnicodeIterator) ? newStr(interp, "")
                                                                                                   : newTuple(interp, 0);
        if (!empty) return nullptr;
    }
    Ref result = newTuple(interp, it->seq ? 3 : 2);
    if (!result) return nullptr;
    incref(iterFn);
    tupleSetItemSteal(result.get(), 0, iterFn);
    Ref args = tuplePack(interp, {it->seq ? it->seq : empty.get()});
    if (!args) return nullptr;
    tupleSetItemSteal(result.get(), 1, args.release());
    if (it->seq) {
        Ref index = newInt(interp, it->index);
        if (!index) return nullptr;
        tupleSetItemSteal(result.get(), 2, index.release());
    }
    return result.release();
}
// __setstate__(index): PyLong_AsSsize_t, clamped at 0 and (but for the generic sequence iterator,
// whose length is unknown) at the sequence's length; an exhausted iterator ignores it.
Object* seqIterSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(interp);
    if (!isInt(args[0])) {
        raiseError(interp, vm.exc.TypeError, "an integer is required");
        return nullptr;
    }
    std::int64_t index = 0;
    if (!indexAsInt64(args[0], index, vm.exc.OverflowError)) return nullptr;
    SeqIterObject* it = asSeqIter(self);
    if (it->seq) {
        if (index < 0) index = 0;
        else if (self->type != vm.types.seqIterator) {
            const std::int64_t len = objectLength(it->seq);
            if (len < 0) return nullptr;
            if (index > len) index = len;
        }
        it->index = index;
    }
    incref(interp.none);
    return interp.none;
}
const MethodDef kForwardSeqIterMethods[] = {
    {"__length_hint__", lengthHintMethod, meth::kNoArgs},
    {"__reduce__", seqIterReduce, meth::kNoArgs, "Return state information for pickling."},
    {"__setstate__", seqIterSetState, meth::kO, "Set state information for unpickling."},
    {nullptr, nullptr, 0},
};

// listreviter_reduce (listiter_reduce_general, forward 0): (reversed, (list,), index); exhausted,
// (iter, ([],)) as the forward iterator gives.
Object* listRevIterReduce(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    SeqIterObject* it = asSeqIter(self);
    if (!it->seq) return seqIterReduce(self, args, nargs, kwnames);
    Interpreter& interp = interpOf(self);
    Ref name = internName(interp, "reversed");
    Object* reversedFn = name ? dictGetItem(vmOf(interp).builtinsDict, name.get()) : nullptr;
    if (!reversedFn) return nullptr;
    Ref result = newTuple(interp, 3);
    if (!result) return nullptr;
    incref(reversedFn);
    tupleSetItemSteal(result.get(), 0, reversedFn);
    Ref inner = tuplePack(interp, {it->seq});
    if (!inner) return nullptr;
    tupleSetItemSteal(result.get(), 1, inner.release());
    Ref index = newInt(interp, it->index);
    if (!index) return nullptr;
    tupleSetItemSteal(result.get(), 2, index.release());
    return result.release();
}
// listreviter_setstate: PyLong_AsSsize_t, clamped to [-1, len - 1]; an exhausted iterator ignores it.
Object* listRevIterSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(interp);
    if (!isInt(args[0])) {
        raiseError(interp, vm.exc.TypeError, "an integer is required");
        return nullptr;
    }
    std::int64_t index = 0;
    if (!intAsInt64(args[0], index)) {
        raiseError(interp, vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
        return nullptr;
    }
    SeqIterObject* it = asSeqIter(self);
    if (it->seq) {
        const std::int64_t last = listSize(it->seq) - 1;
        it->index = index < -1 ? -1 : index > last ? last : index;
    }
    incref(interp.none);
    return interp.none;
}
const MethodDef kListRevIterMethods[] = {
    {"__length_hint__", lengthHintMethod, meth::kNoArgs},
    {"__reduce__", listRevIterReduce, meth::kNoArgs, "Return state information for pickling."},
    {"__setstate__", listRevIterSetState, meth::kO, "Set state information for unpickling."},
    {nullptr, nullptr, 0},
};

// --- range ---
Object* rangeIterNext(Object* o) {
    auto* r = static_cast<RangeIterObject*>(o);
    if (r->index < r->len) return newInt(interpOf(o), r->start + (r->index++) * r->step).release();
    return nullptr;
}
Object* rangeIterLengthHint(Object* self, Object* const*, std::int64_t, Object*) {
    auto* r = static_cast<RangeIterObject*>(self);
    return newInt(interpOf(self), r->len - r->index).release();
}
// rangeiter_reduce / longrangeiter_reduce: (iter, (range(start, start + len*step, step),), index),
// the range made before Py_BuildValue("N(N)l" / "N(N)O") builds the tuples (outer first) and then,
// for "l", the index: `longIndex` (borrowed) when set, else a new int of `index`.
Object* buildIterReduce(Interpreter& interp, Ref range, Object* longIndex, std::int64_t index) {
    Ref name = internName(interp, "iter");
    Object* iterFn = name ? dictGetItem(vmOf(interp).builtinsDict, name.get()) : nullptr;
    if (!iterFn) return nullptr;
    Ref result = newTuple(interp, 3);
    if (!result) return nullptr;
    tupleSetItemSteal(result.get(), 0, newRef(iterFn));
    Ref args = newTuple(interp, 1);
    if (!args) return nullptr;
    tupleSetItemSteal(args.get(), 0, range.release());
    tupleSetItemSteal(result.get(), 1, args.release());
    Ref indexObj = longIndex ? Ref::borrowed(longIndex) : newInt(interp, index);
    if (!indexObj) return nullptr;
    tupleSetItemSteal(result.get(), 2, indexObj.release());
    return result.release();
}
Object* rangeIterReduce(Object* self, Object* const*, std::int64_t, Object*) {
    auto* r = static_cast<RangeIterObject*>(self);
    Interpreter& interp = interpOf(self);
    Ref start = newInt(interp, r->start);
    std::int64_t product = 0, stop = 0;
    Ref stopObj;
    if (!__builtin_mul_overflow(r->len, r->step, &product) && !__builtin_add_overflow(r->start, product, &stop)) {
        stopObj = newInt(interp, stop);
    } else { // beyond a C long (CPython's own arithmetic would overflow): exact ints
        Ref len = newInt(interp, r->len), step = newInt(interp, r->step);
        Ref mul = intMul(len.get(), step.get());
        stopObj = mul ? intAdd(start.get(), mul.get()) : Ref();
    }
    Ref step = newInt(interp, r->step);
    if (!start || !stopObj || !step) return nullptr;
    Ref range = newRange(interp, start.get(), stopObj.get(), step.get());
    if (!range) return nullptr;
    return buildIterReduce(interp, std::move(range), nullptr, r->index);
}
// rangeiter_setstate: PyLong_AsLong (through __index__), clipped to [0, len].
Object* rangeIterSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    auto* r = static_cast<RangeIterObject*>(self);
    Interpreter& interp = interpOf(self);
    Ref value = numberIndex(args[0]);
    if (!value) return nullptr;
    std::int64_t index = 0;
    if (!intAsInt64(value.get(), index)) {
        raiseError(interp, vmOf(interp).exc.OverflowError, "Python int too large to convert to C long");
        return nullptr;
    }
    r->index = index < 0 ? 0 : index > r->len ? r->len : index;
    return newRef(interp.none);
}
const MethodDef kRangeIterMethods[] = {
    {"__length_hint__", rangeIterLengthHint, meth::kNoArgs},
    {"__reduce__", rangeIterReduce, meth::kNoArgs, "Return state information for pickling."},
    {"__setstate__", rangeIterSetState, meth::kO, "Set state information for unpickling."},
    {nullptr, nullptr, 0},
};

auto* asLongRange(Object* o) { return static_cast<LongRangeIterObject*>(o); }
Object* longRangeIterNext(Object* o) {
    LongRangeIterObject* r = asLongRange(o);
    Interpreter& interp = interpOf(o);
    Ref cmp(intRichCompare(r->index, r->len, CompareOp::Lt));
    if (cmp.get() != interp.trueObj) return nullptr;
    Ref product = intMul(r->index, r->step);
    Ref result = intAdd(r->start, product.get());
    Ref one = newInt(interp, 1);
    Ref next = intAdd(r->index, one.get());
    decref(std::exchange(r->index, next.release()));
    return result.release();
}
void longRangeDealloc(Object* o) {
    LongRangeIterObject* r = asLongRange(o);
    for (Object** p : {&r->index, &r->start, &r->step, &r->len}) xdecref(std::exchange(*p, nullptr));
    interpOf(o).freeObject(o);
}
void longRangeReferences(Object* o, VisitProc visit, void* arg) {
    LongRangeIterObject* r = asLongRange(o);
    for (Object* p : {r->index, r->start, r->step, r->len})
        if (p) visit(p, arg);
}

Object* longRangeIterLengthHint(Object* self, Object* const*, std::int64_t, Object*) {
    LongRangeIterObject* r = asLongRange(self);
    return intSub(r->len, r->index).release();
}
Object* longRangeIterReduce(Object* self, Object* const*, std::int64_t, Object*) {
    LongRangeIterObject* r = asLongRange(self);
    Interpreter& interp = interpOf(self);
    Ref product = intMul(r->len, r->step);
    if (!product) return nullptr;
    Ref stop = intAdd(r->start, product.get());
    if (!stop) return nullptr;
    Ref range = newRange(interp, r->start, stop.get(), r->step);
    if (!range) return nullptr;
    return buildIterReduce(interp, std::move(range), r->index, 0);
}
// longrangeiter_setstate: the state clipped to [0, len] by rich comparison.
Object* longRangeIterSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    LongRangeIterObject* r = asLongRange(self);
    Interpreter& interp = interpOf(self);
    Object* state = args[0];
    Ref zero = newInt(interp, 0);
    int cmp = objectRichCompareBool(state, zero.get(), CompareOp::Lt);
    if (cmp < 0) return nullptr;
    if (cmp > 0) {
        state = zero.get();
    } else {
        cmp = objectRichCompareBool(r->len, state, CompareOp::Lt);
        if (cmp < 0) return nullptr;
        if (cmp > 0) state = r->len;
    }
    incref(state);
    decref(std::exchange(r->index, state));
    return newRef(interp.none);
}
const MethodDef kLongRangeIterMethods[] = {
    {"__length_hint__", longRangeIterLengthHint, meth::kNoArgs},
    {"__reduce__", longRangeIterReduce, meth::kNoArgs, "Return state information for pickling."},
    {"__setstate__", longRangeIterSetState, meth::kO, "Set state information for unpickling."},
    {nullptr, nullptr, 0},
};

// --- set ---
Object* setIterNext(Object* o) {
    auto* it = static_cast<SetIterObject*>(o);
    Interpreter& interp = interpOf(o);
    Object* s = it->set;
    if (!s) return nullptr;
    auto* so = static_cast<SetObject*>(s);
    if (it->used != so->used) {
        raiseError(interp, vmOf(interp).exc.RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return nullptr;
    }
    std::int64_t i = it->pos;
    Object* dummy = setDummy();
    while (i <= so->mask && (so->table[i].key == nullptr || so->table[i].key == dummy)) ++i;
    it->pos = i + 1;
    if (i > so->mask) {
        xdecref(std::exchange(it->set, nullptr));
        return nullptr;
    }
    --it->len;
    Object* key = so->table[i].key;
    incref(key);
    return key;
}
void setIterDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    xdecref(std::exchange(static_cast<SetIterObject*>(o)->set, nullptr));
    interp.freeObject(o);
}
int setIterTraverse(Object* o, VisitProc visit, void* arg) {
    Object* s = static_cast<SetIterObject*>(o)->set;
    return s ? visit(s, arg) : 0;
}
Object* setIterLengthHint(Object* self, Object* const*, std::int64_t, Object*) {
    auto* it = static_cast<SetIterObject*>(self);
    std::int64_t n = 0;
    if (it->set && it->used == setSize(it->set)) n = it->len;
    return newInt(interpOf(self), n).release();
}
// setiter_reduce: (iter, (list of what is left,)), walked on the iterator itself with its
// position put back (CPython walks a copy of the struct holding its own reference to the set).
Object* setIterReduce(Object* self, Object* const*, std::int64_t, Object*) {
    auto* it = static_cast<SetIterObject*>(self);
    Interpreter& interp = interpOf(self);
    Object* set = it->set;
    const std::int64_t used = it->used, pos = it->pos, len = it->len;
    xincref(set);
    Ref list = sequenceList(self);
    xdecref(it->set);
    it->set = set;
    it->used = used;
    it->pos = pos;
    it->len = len;
    if (!list) return nullptr;
    return iterReduceOfList(interp, std::move(list));
}
const MethodDef kSetIterMethods[] = {
    {"__length_hint__", setIterLengthHint, meth::kNoArgs},
    {"__reduce__", setIterReduce, meth::kNoArgs, "Return state information for pickling."},
    {nullptr, nullptr, 0},
};

// --- callable iterator ---
Object* callIterNext(Object* o) {
    auto* it = static_cast<CallIterObject*>(o);
    Interpreter& interp = interpOf(o);
    if (!it->callable) return nullptr;
    Ref result = callNoArgs(it->callable);
    if (result) {
        const int ok = objectRichCompareBool(it->sentinel, result.get(), CompareOp::Eq);
        if (ok == 0) return result.release();
        if (ok > 0) {
            xdecref(std::exchange(it->callable, nullptr));
            xdecref(std::exchange(it->sentinel, nullptr));
        }
    } else if (errMatches(interp, vmOf(interp).exc.StopIteration)) {
        clearError(interp);
        xdecref(std::exchange(it->callable, nullptr));
        xdecref(std::exchange(it->sentinel, nullptr));
    }
    return nullptr;
}
void callIterDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    auto* it = static_cast<CallIterObject*>(o);
    xdecref(std::exchange(it->callable, nullptr));
    xdecref(std::exchange(it->sentinel, nullptr));
    interp.freeObject(o);
}
int callIterTraverse(Object* o, VisitProc visit, void* arg) {
    auto* it = static_cast<CallIterObject*>(o);
    if (it->callable)
        if (int r = visit(it->callable, arg)) return r;
    if (it->sentinel)
        if (int r = visit(it->sentinel, arg)) return r;
    return 0;
}

void initSeqIterType(Interpreter& interp, TypeObject* t, UnaryFunc next, const MethodDef* methods = kForwardSeqIterMethods) {
    initSeqIterSlots(*t, next);
    addMethods(interp, t, methods);
}

} // namespace

void initSeqIterSlots(TypeObject& t, UnaryFunc next) {
    t.dealloc = seqIterDealloc;
    t.traverse = seqIterTraverse;
    t.sizeOf = basicSize;
    t.slots.iter = selfIter;
    t.slots.iternext = next;
    t.label = [](const Object* o) { return "<" + o->type->name + ">"; };
    setHostDestructor<SeqIterObject>(t);
}

Ref newListIterator(Interpreter& interp, Object* list) { return newSeqIterOfType(interp, vmOf(interp).types.listIterator, list, 0); }
Ref newListReverseIterator(Interpreter& interp, Object* list) {
    return newSeqIterOfType(interp, vmOf(interp).types.listReverseIterator, list, listSize(list) - 1);
}
Ref newTupleIterator(Interpreter& interp, Object* tuple) { return newSeqIterOfType(interp, vmOf(interp).types.tupleIterator, tuple, 0); }
// unicode_iter: an ASCII str gets the str_ascii_iterator type, any other the str_iterator one.
Ref newStrIterator(Interpreter& interp, Object* str) {
    const VmTypes& t = vmOf(interp).types;
    return newSeqIterOfType(interp, strIsAscii(str) ? t.strIterator : t.strUnicodeIterator, str, 0);
}
Ref newBytesIterator(Interpreter& interp, Object* bytes) { return newSeqIterOfType(interp, vmOf(interp).types.bytesIterator, bytes, 0); }
Ref newSeqIterator(Interpreter& interp, Object* seq) { return newSeqIterOfType(interp, vmOf(interp).types.seqIterator, seq, 0); }

Object* iterReduceOfList(Interpreter& interp, Ref list) {
    Ref name = internName(interp, "iter");
    Object* iterFn = name ? dictGetItem(vmOf(interp).builtinsDict, name.get()) : nullptr;
    if (!iterFn) return nullptr;
    Ref result = newTuple(interp, 2);
    if (!result) return nullptr;
    tupleSetItemSteal(result.get(), 0, newRef(iterFn));
    Ref args = newTuple(interp, 1);
    if (!args) return nullptr;
    tupleSetItemSteal(args.get(), 0, list.release());
    tupleSetItemSteal(result.get(), 1, args.release());
    return result.release();
}

Ref newRangeIterator(Interpreter& interp, Object* range) {
    VmState& vm = vmOf(interp);
    std::int64_t start, step, len;
    if (intAsInt64(rangeStart(range), start) && intAsInt64(rangeStep(range), step) && intAsInt64(rangeLengthObject(range), len)) {
        std::int64_t stop = 0;
        // fast_range_iter requires start, stop and step to fit in a C long.
        if (intAsInt64(rangeStop(range), stop)) {
            auto* it = interp.newObject<RangeIterObject>(vm.types.rangeIterator, 48);
            if (!it) return Ref();
            it->index = 0;
            it->start = start;
            it->step = step;
            it->len = len;
            return Ref(it);
        }
    }
    auto* it = interp.newObject<LongRangeIterObject>(vm.types.longRangeIterator, 48);
    if (!it) return Ref();
    it->index = newInt(interp, 0).release();
    it->start = rangeStart(range);
    incref(it->start);
    it->step = rangeStep(range);
    incref(it->step);
    it->len = rangeLengthObject(range);
    incref(it->len);
    return Ref(it);
}

Ref newSetIterator(Interpreter& interp, Object* set) {
    auto* it = interp.newObject<SetIterObject>(vmOf(interp).types.setIterator, 48);
    if (!it) return Ref();
    incref(set);
    it->set = set;
    it->used = setSize(set);
    it->pos = 0;
    it->len = setSize(set);
    interp.gc().track(it);
    return Ref(it);
}

Ref newCallableIterator(Interpreter& interp, Object* callable, Object* sentinel) {
    auto* it = interp.newObject<CallIterObject>(vmOf(interp).types.callableIterator, 32);
    if (!it) return Ref();
    incref(callable);
    it->callable = callable;
    incref(sentinel);
    it->sentinel = sentinel;
    interp.gc().track(it);
    return Ref(it);
}

void initIteratorTypes(Interpreter& interp) {
    VmTypes& t = vmOf(interp).types;
    initSeqIterType(interp, t.listIterator, listIterNext);
    initSeqIterType(interp, t.listReverseIterator, listReverseIterNext, kListRevIterMethods);
    initSeqIterType(interp, t.tupleIterator, tupleIterNext);
    initSeqIterType(interp, t.strIterator, strIterNext);
    initSeqIterType(interp, t.strUnicodeIterator, strIterNext);
    initSeqIterType(interp, t.bytesIterator, bytesIterNext);
    initSeqIterType(interp, t.seqIterator, seqIterNext);

    TypeObject* r = t.rangeIterator;
    r->dealloc = [](Object* o) { interpOf(o).freeObject(o); };
    r->sizeOf = basicSize;
    r->slots.iter = selfIter;
    r->slots.iternext = rangeIterNext;
    setHostDestructor<RangeIterObject>(*r);
    addMethods(interp, r, kRangeIterMethods);

    TypeObject* lr = t.longRangeIterator;
    lr->dealloc = longRangeDealloc;
    lr->references = longRangeReferences;
    lr->sizeOf = basicSize;
    lr->slots.iter = selfIter;
    lr->slots.iternext = longRangeIterNext;
    setHostDestructor<LongRangeIterObject>(*lr);
    addMethods(interp, lr, kLongRangeIterMethods);

    TypeObject* s = t.setIterator;
    s->dealloc = setIterDealloc;
    s->traverse = setIterTraverse;
    s->sizeOf = basicSize;
    s->slots.iter = selfIter;
    s->slots.iternext = setIterNext;
    setHostDestructor<SetIterObject>(*s);
    addMethods(interp, s, kSetIterMethods);

    TypeObject* c = t.callableIterator;
    c->dealloc = callIterDealloc;
    c->traverse = callIterTraverse;
    c->sizeOf = basicSize;
    c->slots.iter = selfIter;
    c->slots.iternext = callIterNext;
    setHostDestructor<CallIterObject>(*c);
}

} // namespace hs
