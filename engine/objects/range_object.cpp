// range: construction through compute_range_length's int arithmetic, item and slice computation,
// membership, equality and hashing as rangeobject.c does them, with the same int temporaries.
//
// Sections: helpers · object slots · construction · sequence operations · init
#include "objects/range_object.h"

#include "objects/builtin_types.h"
#include "objects/int_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/interpreter.h"

namespace hs {

namespace {

RangeObject* asRange(Object* o) { return static_cast<RangeObject*>(o); }
const RangeObject* asRange(const Object* o) { return static_cast<const RangeObject*>(o); }
Interpreter& interpOf(const Object* o) { return *o->type->interp; }

// ---------------------------------------------------------------- helpers

Object* zeroInt(Interpreter& interp) { return interp.smallInt(0); }
Object* oneInt(Interpreter& interp) { return interp.smallInt(1); }

bool isExactInt(const Object* o) { return o->type == o->type->interp->types.int_; }
int intSign(const Object* o) { return intValue(o).sign(); }
// PyLong_CheckExact(o) || PyBool_Check(o): the values membership tests by arithmetic.
bool isIntOrBool(const Object* o) { return isExactInt(o) || o->type == o->type->interp->types.bool_; }

// PyNumber_Index for an argument the VM has already reduced to an int: exact ints are shared,
// int subclasses (bool) are copied (_PyLong_Copy).
Ref numberIndex(Interpreter& interp, Object* v) {
    if (!isInt(v)) {
        interp.setError("TypeError", "'" + v->type->name + "' object cannot be interpreted as an integer");
        return Ref();
    }
    if (isExactInt(v)) return Ref::borrowed(v);
    return intPos(v);
}

// compute_range_length: (hi - lo - 1) // step + 1, with lo/hi/step chosen by the sign of step.
Ref computeRangeLength(Interpreter& interp, Object* start, Object* stop, Object* step) {
    Object* zero = zeroInt(interp);
    Object* one = oneInt(interp);
    int cmp = objectRichCompareBool(step, zero, CompareOp::Gt);
    if (cmp == -1) return Ref();
    Object* lo;
    Object* hi;
    Ref posStep;
    if (cmp == 1) {
        lo = start;
        hi = stop;
        posStep = Ref::borrowed(step);
    } else {
        lo = stop;
        hi = start;
        posStep = intNeg(step);
        if (!posStep) return Ref();
    }
    cmp = objectRichCompareBool(lo, hi, CompareOp::Ge);
    if (cmp != 0) {
        if (cmp < 0) return Ref();
        return Ref::borrowed(zero);
    }
    Ref tmp1 = intSub(hi, lo);
    if (!tmp1) return Ref();
    Ref diff = intSub(tmp1.get(), one);
    if (!diff) return Ref();
    Ref tmp2 = intFloorDiv(diff.get(), posStep.get());
    if (!tmp2) return Ref();
    Ref result = intAdd(tmp2.get(), one);
    if (!result) return Ref();
    // Released in CPython's order: tmp2, diff, step, tmp1.
    tmp2 = Ref();
    diff = Ref();
    posStep = Ref();
    tmp1 = Ref();
    return result;
}

// make_range_object: takes over start/stop/step (on failure they are released by the caller's Refs).
Ref makeRangeObject(Interpreter& interp, Ref& start, Ref& stop, Ref& step) {
    Ref length = computeRangeLength(interp, start.get(), stop.get(), step.get());
    if (!length) return Ref();
    auto* r = interp.newObject<RangeObject>(interp.types.range, 48);
    if (r == nullptr) return Ref();
    r->start = start.release();
    r->stop = stop.release();
    r->step = step.release();
    r->length = length.release();
    return Ref(r);
}

// compute_item: start + i * step (start + i when step is the small int 1).
Ref computeItem(const RangeObject* r, Object* i) {
    Interpreter& interp = interpOf(r);
    if (r->step == oneInt(interp)) return intAdd(r->start, i);
    Ref incr = intMul(i, r->step);
    if (!incr) return Ref();
    return intAdd(r->start, incr.get());
}

// compute_range_item: negative indexes count from the end; bounds checked against length.
Ref computeRangeItem(const RangeObject* r, Object* arg) {
    Interpreter& interp = interpOf(r);
    Object* zero = zeroInt(interp);
    int cmp = objectRichCompareBool(arg, zero, CompareOp::Lt);
    if (cmp == -1) return Ref();
    Ref i = cmp == 1 ? intAdd(r->length, arg) : Ref::borrowed(arg);
    if (!i) return Ref();
    cmp = objectRichCompareBool(i.get(), zero, CompareOp::Lt);
    if (cmp == 0) cmp = objectRichCompareBool(i.get(), r->length, CompareOp::Ge);
    if (cmp == -1) return Ref();
    if (cmp == 1) {
        interp.setError("IndexError", "range object index out of range");
        return Ref();
    }
    return computeItem(r, i.get());
}

// range_contains_long: start <= ob < stop (or the reverse for negative steps) and
// (ob - start) % step == 0.
int containsLong(const RangeObject* r, Object* ob) {
    Object* zero = zeroInt(interpOf(r));
    const int cmp1 = objectRichCompareBool(r->step, zero, CompareOp::Gt);
    if (cmp1 == -1) return -1;
    int cmp2, cmp3;
    if (cmp1 == 1) {
        cmp2 = objectRichCompareBool(r->start, ob, CompareOp::Le);
        cmp3 = objectRichCompareBool(ob, r->stop, CompareOp::Lt);
    } else {
        cmp2 = objectRichCompareBool(ob, r->start, CompareOp::Le);
        cmp3 = objectRichCompareBool(r->stop, ob, CompareOp::Lt);
    }
    if (cmp2 == -1 || cmp3 == -1) return -1;
    if (cmp2 == 0 || cmp3 == 0) return 0;
    Ref tmp1 = intSub(ob, r->start);
    if (!tmp1) return -1;
    Ref tmp2 = intMod(tmp1.get(), r->step);
    if (!tmp2) return -1;
    return objectRichCompareBool(tmp2.get(), zero, CompareOp::Eq);
}

// _PySequence_IterSearch over the range's items: 0 = count, 1 = index, 2 = contains. The result
// (count / index / 0-1), or -1 with an error. Each item is a fresh int, as rangeiter_next makes.
std::int64_t iterSearch(const RangeObject* r, Object* ob, int operation) {
    Interpreter& interp = interpOf(r);
    std::int64_t n = 0, start = 0, stop = 0, step = 0;
    if (!intAsInt64(r->length, n)) {
        interp.setError("OverflowError", "Python int too large to convert to C ssize_t");
        return -1;
    }
    // Every item lies between start and stop, so int64 arithmetic is exact when both fit.
    const bool machine = intAsInt64(r->start, start) && intAsInt64(r->stop, stop) && intAsInt64(r->step, step);
    std::int64_t count = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        // The previous item is released before the next one is made (rangeiter_next).
        Ref item;
        if (machine) {
            item = newInt(interp, static_cast<std::int64_t>(static_cast<std::uint64_t>(start) +
                                                            static_cast<std::uint64_t>(i) * static_cast<std::uint64_t>(step)));
        } else {
            Ref index = newInt(interp, i);
            if (!index) return -1;
            item = computeItem(r, index.get());
        }
        if (!item) return -1;
        const int cmp = objectRichCompareBool(item.get(), ob, CompareOp::Eq);
        if (cmp < 0) return -1;
        if (cmp > 0) {
            if (operation == 0) ++count;
            else if (operation == 1) return i;
            else return 1;
        }
    }
    if (operation == 1) {
        interp.setError("ValueError", "sequence.index(x): x not in sequence");
        return -1;
    }
    return operation == 0 ? count : 0;
}

// _PySlice_GetLongIndices: start/stop/step (None or nullptr = not given) clamped for `length`.
bool sliceLongIndices(Interpreter& interp, Object* sstart, Object* sstop, Object* sstep, Object* length,
                      Ref& start, Ref& stop, Ref& step) {
    auto given = [&](Object* v) { return v != nullptr && v != interp.none; };
    auto evalIndex = [&](Object* v) {
        if (!isInt(v)) {
            interp.setError("TypeError", "slice indices must be integers or None or have an __index__ method");
            return Ref();
        }
        return numberIndex(interp, v);
    };
    bool negative = false;
    if (!given(sstep)) {
        step = Ref::borrowed(oneInt(interp));
    } else {
        step = evalIndex(sstep);
        if (!step) return false;
        const int sign = intSign(step.get());
        if (sign == 0) {
            interp.setError("ValueError", "slice step cannot be zero");
            return false;
        }
        negative = sign < 0;
    }
    Ref lower, upper;
    if (negative) {
        lower = newInt(interp, -1);
        if (!lower) return false;
        upper = intAdd(length, lower.get());
        if (!upper) return false;
    } else {
        lower = Ref::borrowed(zeroInt(interp));
        upper = Ref::borrowed(length);
    }
    auto bound = [&](Object* raw, Ref& out, bool isStart) -> bool {
        if (!given(raw)) {
            out = (isStart == negative) ? upper : lower;
            return true;
        }
        out = evalIndex(raw);
        if (!out) return false;
        if (intSign(out.get()) < 0) {
            out = intAdd(out.get(), length);
            if (!out) return false;
            const int cmp = objectRichCompareBool(out.get(), lower.get(), CompareOp::Lt);
            if (cmp < 0) return false;
            if (cmp) out = lower;
        } else {
            const int cmp = objectRichCompareBool(out.get(), upper.get(), CompareOp::Gt);
            if (cmp < 0) return false;
            if (cmp) out = upper;
        }
        return true;
    };
    return bound(sstart, start, true) && bound(sstop, stop, false);
}

// ---------------------------------------------------------------- object slots

void rangeDealloc(Object* o) {
    RangeObject* r = asRange(o);
    decref(r->start);
    decref(r->stop);
    decref(r->step);
    decref(r->length);
    interpOf(o).freeObject(o);
}

std::int64_t rangeSizeOf(const Object*) { return 48; }

bool rangeReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    const RangeObject* r = asRange(o);
    switch (offset) {
    case 16: out = r->start->addr; return true;
    case 24: out = r->stop->addr; return true;
    case 32: out = r->step->addr; return true;
    case 40: out = r->length->addr; return true;
    default: return false;
    }
}

void rangeReferences(Object* o, VisitProc visit, void* arg) {
    RangeObject* r = asRange(o);
    visit(r->start, arg);
    visit(r->stop, arg);
    visit(r->step, arg);
    visit(r->length, arg);
}

int rangeIsTrue(Object* o) { return objectIsTrue(asRange(o)->length); }
// range_as_number: nb_bool only.
const NumberSlots kRangeNumber = [] {
    NumberSlots n;
    n.boolean = rangeIsTrue;
    return n;
}();

std::string rangeLabel(const Object* o) {
    const RangeObject* r = asRange(o);
    std::string text = "range(" + intToDecimal(r->start) + ", " + intToDecimal(r->stop);
    std::int64_t step = 0;
    if (!intAsInt64(r->step, step) || step != 1) text += ", " + intToDecimal(r->step);
    return text + ")";
}

// range_equals: same length; empty, or same start and (length 1 or same step).
int rangeEquals(const RangeObject* r0, const RangeObject* r1) {
    if (r0 == r1) return 1;
    int cmp = objectRichCompareBool(r0->length, r1->length, CompareOp::Eq);
    if (cmp != 1) return cmp;
    cmp = objectIsTrue(r0->length);
    if (cmp == -1) return -1;
    if (cmp == 0) return 1;
    cmp = objectRichCompareBool(r0->start, r1->start, CompareOp::Eq);
    if (cmp != 1) return cmp;
    cmp = objectRichCompareBool(r0->length, oneInt(interpOf(r0)), CompareOp::Eq);
    if (cmp != 0) return cmp;
    return objectRichCompareBool(r0->step, r1->step, CompareOp::Eq);
}

} // namespace

// ---------------------------------------------------------------- construction

bool isRange(const Object* o) { return o->type == o->type->interp->types.range; }

Ref newRange(Interpreter& interp, Object* start, Object* stop, Object* step) {
    Ref rstart, rstop, rstep;
    if (start == nullptr) {
        rstop = numberIndex(interp, stop);
        if (!rstop) return Ref();
        rstart = Ref::borrowed(zeroInt(interp));
        rstep = Ref::borrowed(oneInt(interp));
    } else {
        rstart = numberIndex(interp, start);
        if (!rstart) return Ref();
        rstop = numberIndex(interp, stop);
        if (!rstop) return Ref();
        // validate_step
        if (step == nullptr) {
            rstep = newInt(interp, 1);
        } else {
            rstep = numberIndex(interp, step);
            if (rstep && intSign(rstep.get()) == 0) {
                interp.setError("ValueError", "range() arg 3 must not be zero");
                rstep = Ref();
            }
        }
        if (!rstep) return Ref();
    }
    return makeRangeObject(interp, rstart, rstop, rstep);
}

Ref newRangeFromInt64(Interpreter& interp, std::int64_t start, std::int64_t stop, std::int64_t step) {
    Ref a = newInt(interp, start);
    Ref b = newInt(interp, stop);
    Ref c = newInt(interp, step);
    if (!a || !b || !c) return Ref();
    return newRange(interp, a.get(), b.get(), c.get());
}

// ---------------------------------------------------------------- sequence operations

std::int64_t rangeLength(Object* o) {
    std::int64_t n = 0;
    if (!intAsInt64(asRange(o)->length, n)) {
        interpOf(o).setError("OverflowError", "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

Ref rangeGetItem(Object* o, Object* index) {
    Ref i = numberIndex(interpOf(o), index);
    if (!i) return Ref();
    return computeRangeItem(asRange(o), i.get());
}

Ref rangeGetItemInt64(Object* o, std::int64_t i) {
    Ref arg = newInt(interpOf(o), i);
    if (!arg) return Ref();
    return computeRangeItem(asRange(o), arg.get());
}

Ref rangeSubscriptSlice(Object* o, Object* sstart, Object* sstop, Object* sstep) {
    const RangeObject* r = asRange(o);
    Interpreter& interp = interpOf(o);
    Ref start, stop, step;
    if (!sliceLongIndices(interp, sstart, sstop, sstep, r->length, start, stop, step)) return Ref();
    Ref substep = intMul(r->step, step.get());
    if (!substep) return Ref();
    step = Ref();
    Ref substart = computeItem(r, start.get());
    if (!substart) return Ref();
    start = Ref();
    Ref substop = computeItem(r, stop.get());
    if (!substop) return Ref();
    stop = Ref();
    return makeRangeObject(interp, substart, substop, substep);
}

int rangeContains(Object* o, Object* value) {
    if (isIntOrBool(value)) return containsLong(asRange(o), value);
    return static_cast<int>(iterSearch(asRange(o), value, 2));
}

std::int64_t rangeCount(Object* o, Object* value) {
    if (isIntOrBool(value)) return containsLong(asRange(o), value);
    return iterSearch(asRange(o), value, 0);
}

Ref rangeIndex(Object* o, Object* value) {
    const RangeObject* r = asRange(o);
    Interpreter& interp = interpOf(o);
    if (!isIntOrBool(value)) {
        const std::int64_t index = iterSearch(r, value, 1);
        if (index < 0) return Ref();
        return newInt(interp, index);
    }
    const int contains = containsLong(r, value);
    if (contains == -1) return Ref();
    if (contains) {
        Ref idx = intSub(value, r->start);
        if (!idx || r->step == oneInt(interp)) return idx;
        return intFloorDiv(idx.get(), r->step);
    }
    std::string text;
    if (!seqrepr::appendRepr(value, text)) return Ref();
    interp.setError("ValueError", text + " is not in range");
    return Ref();
}

Object* rangeRichCompare(Object* a, Object* b, CompareOp op) {
    Interpreter& interp = interpOf(a);
    if (!isRange(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    int result = rangeEquals(asRange(a), asRange(b));
    if (result == -1) return nullptr;
    if (op == CompareOp::Ne) result = !result;
    return newBool(interp, result != 0);
}

std::int64_t rangeHash(Object* o) {
    const RangeObject* r = asRange(o);
    Interpreter& interp = interpOf(o);
    Ref t = newTuple(interp, 3);
    if (!t) return -1;
    incref(r->length);
    tupleSetItemSteal(t.get(), 0, r->length);
    int cmp = objectIsTrue(r->length);
    if (cmp == -1) return -1;
    if (cmp == 0) {
        incref(interp.none);
        incref(interp.none);
        tupleSetItemSteal(t.get(), 1, interp.none);
        tupleSetItemSteal(t.get(), 2, interp.none);
    } else {
        incref(r->start);
        tupleSetItemSteal(t.get(), 1, r->start);
        cmp = objectRichCompareBool(r->length, oneInt(interp), CompareOp::Eq);
        if (cmp == -1) return -1;
        Object* third = cmp == 1 ? interp.none : r->step;
        incref(third);
        tupleSetItemSteal(t.get(), 2, third);
    }
    return objectHash(t.get());
}

Object* rangeRepr(Object* o) {
    const RangeObject* r = asRange(o);
    Interpreter& interp = interpOf(o);
    // PyNumber_AsSsize_t(step, NULL) clamps on overflow, so only a step of exactly 1 is omitted.
    std::int64_t istep = 0;
    const bool small = intAsInt64(r->step, istep);
    std::string text = "range(";
    if (!seqrepr::appendRepr(r->start, text)) return nullptr;
    text += ", ";
    if (!seqrepr::appendRepr(r->stop, text)) return nullptr;
    if (!small || istep != 1) {
        text += ", ";
        if (!seqrepr::appendRepr(r->step, text)) return nullptr;
    }
    text += ")";
    return seqrepr::makeStr(interp, text);
}

// ---------------------------------------------------------------- init

void initRangeType(Interpreter&, TypeObject& t) {
    t.dealloc = rangeDealloc;
    t.sizeOf = rangeSizeOf;
    t.readField = rangeReadField;
    t.references = rangeReferences;
    t.repr = rangeRepr;
    t.hash = rangeHash;
    t.richcompare = rangeRichCompare;
    t.isTrue = rangeIsTrue;
    t.slots.number = &kRangeNumber;
    t.label = rangeLabel;
    setHostDestructor<RangeObject>(t);
}

} // namespace hs
