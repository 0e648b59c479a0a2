// slice objects: PySlice_New with 3.11's one-object cache, PySlice_Unpack / AdjustIndices,
// repr, comparison, indices() and the start/stop/step attributes.
#include "objects/slice_object.h"

#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

SliceObject* asSlice(Object* o) { return static_cast<SliceObject*>(o); }

void sliceDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    SliceObject* s = asSlice(o);
    xdecref(std::exchange(s->start, nullptr));
    xdecref(std::exchange(s->stop, nullptr));
    xdecref(std::exchange(s->step, nullptr));
    VmState& vm = vmOf(interp);
    if (vm.sliceCache == nullptr) {
        vm.sliceCache = o;
        interp.retainObject(o);
    } else {
        interp.freeObject(o);
    }
}

int sliceTraverse(Object* o, VisitProc visit, void* arg) {
    SliceObject* s = asSlice(o);
    for (Object* p : {s->start, s->stop, s->step})
        if (p)
            if (int r = visit(p, arg)) return r;
    return 0;
}

Object* sliceRepr(Object* o) {
    SliceObject* s = asSlice(o);
    Interpreter& interp = *o->type->interp;
    std::string text = "slice(";
    for (Object* p : {s->start, s->stop, s->step}) {
        Ref r = objectRepr(p);
        if (!r) return nullptr;
        if (text.size() > 6) text += ", ";
        text += strToUtf8(r.get());
    }
    return newStrFromUtf8(interp, text + ")").release();
}

Object* sliceRichCompare(Object* a, Object* b, CompareOp op) {
    Interpreter& interp = *a->type->interp;
    if (!isSlice(a) || !isSlice(b)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    if (a == b && (op == CompareOp::Eq || op == CompareOp::Ne)) return newBool(interp, op == CompareOp::Eq);
    Ref ta = tuplePack(interp, {asSlice(a)->start, asSlice(a)->stop, asSlice(a)->step});
    Ref tb = tuplePack(interp, {asSlice(b)->start, asSlice(b)->stop, asSlice(b)->step});
    if (!ta || !tb) return nullptr;
    return objectRichCompare(ta.get(), tb.get(), op).release();
}

Object* getStart(Object* self) { incref(asSlice(self)->start); return asSlice(self)->start; }
Object* getStop(Object* self) { incref(asSlice(self)->stop); return asSlice(self)->stop; }
Object* getStep(Object* self) { incref(asSlice(self)->step); return asSlice(self)->step; }

Object* sliceIndices(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    std::int64_t length = 0;
    if (!indexAsInt64(args[0], length, vmOf(interp).exc.OverflowError)) return nullptr;
    if (length < 0) {
        raiseError(interp, vmOf(interp).exc.ValueError, "length should not be negative");
        return nullptr;
    }
    std::int64_t start, stop, step;
    if (!sliceUnpack(self, start, stop, step)) return nullptr;
    sliceAdjustIndices(length, start, stop, step);
    Ref a = newInt(interp, start), b = newInt(interp, stop), c = newInt(interp, step);
    return tuplePack(interp, {a.get(), b.get(), c.get()}).release();
}

const GetSetDef kGetSets[] = {{"start", getStart}, {"stop", getStop}, {"step", getStep}, {nullptr, nullptr}};
const MethodDef kMethods[] = {{"indices", sliceIndices, meth::kO}, {nullptr, nullptr, 0}};

Object* sliceTypeNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (kwargs && dictSize(kwargs) > 0) {
        raiseError(interp, vmOf(interp).exc.TypeError, "slice() takes no keyword arguments");
        return nullptr;
    }
    const std::int64_t n = tupleSize(args);
    if (n < 1 || n > 3) {
        raiseError(interp, vmOf(interp).exc.TypeError,
                   formatString("slice expected at %s %d argument%s, got %lld", n < 1 ? "least" : "most", n < 1 ? 1 : 3,
                                n < 1 ? "" : "s", static_cast<long long>(n)));
        return nullptr;
    }
    if (n == 1) return newSlice(interp, nullptr, tupleItem(args, 0), nullptr).release();
    return newSlice(interp, tupleItem(args, 0), tupleItem(args, 1), n == 3 ? tupleItem(args, 2) : nullptr).release();
}

bool sliceIndex(Interpreter& interp, Object* v, std::int64_t& out) {
    if (!hasIndex(v)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return indexAsInt64(v, out, nullptr);
}

} // namespace

bool isSlice(const Object* o) { return o->type == vmOf(o).types.slice; }

Ref newSlice(Interpreter& interp, Object* start, Object* stop, Object* step) {
    VmState& vm = vmOf(interp);
    SliceObject* s;
    if (vm.sliceCache) {
        s = asSlice(std::exchange(vm.sliceCache, nullptr));
        interp.reviveObject(s);
    } else {
        s = interp.newObject<SliceObject>(vm.types.slice, 40);
        if (!s) return Ref();
    }
    s->start = start ? start : interp.none;
    s->stop = stop ? stop : interp.none;
    s->step = step ? step : interp.none;
    incref(s->start);
    incref(s->stop);
    incref(s->step);
    interp.gc().track(s);
    return Ref(s);
}

bool sliceUnpack(Object* slice, std::int64_t& start, std::int64_t& stop, std::int64_t& step) {
    SliceObject* s = asSlice(slice);
    Interpreter& interp = *slice->type->interp;
    constexpr std::int64_t kMax = INT64_MAX;
    if (s->step == interp.none) {
        step = 1;
    } else {
        if (!sliceIndex(interp, s->step, step)) return false;
        if (step == 0) {
            raiseError(interp, vmOf(interp).exc.ValueError, "slice step cannot be zero");
            return false;
        }
        if (step < -kMax) step = -kMax;
    }
    if (s->start == interp.none) start = step < 0 ? kMax : 0;
    else if (!sliceIndex(interp, s->start, start)) return false;
    if (s->stop == interp.none) stop = step < 0 ? INT64_MIN : kMax;
    else if (!sliceIndex(interp, s->stop, stop)) return false;
    return true;
}

std::int64_t sliceAdjustIndices(std::int64_t length, std::int64_t& start, std::int64_t& stop, std::int64_t step) {
    return adjustSliceIndices(length, start, stop, step);
}

void initSliceType(Interpreter& interp, TypeObject& t) {
    t.dealloc = sliceDealloc;
    t.traverse = sliceTraverse;
    t.sizeOf = [](const Object*) -> std::int64_t { return 40; };
    t.repr = sliceRepr;
    t.richcompare = sliceRichCompare;
    t.label = [](const Object*) { return std::string("<slice>"); };
    t.slots.tpNew = sliceTypeNew;
    setHostDestructor<SliceObject>(t);
    addGetSets(interp, &t, kGetSets);
    addMethods(interp, &t, kMethods);
}

} // namespace hs
