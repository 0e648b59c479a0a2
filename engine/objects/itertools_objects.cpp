// itertools iterators: constructors with 3.11's argument errors, next as itertoolsmodule.c
// computes it (count's fast and slow modes, cycle's saved list, chain's source iterator, islice's
// cnt/next, zip_longest's reused result tuple), count/repeat reprs, GC slots, the type table.
// product, the combinatoric iterators and groupby live in itertools_combinatorics.cpp.
//
// Sections: count · repeat · cycle · chain · islice · accumulate · zip_longest · pairwise ·
// predicates · the types · type table. __reduce__ / __setstate__ live in itertools_reduce.cpp.
#include "objects/itertools_objects.h"
#include "objects/genericalias_object.h"

#include "objects/itertools_internal.h"

#include "modules/module_types.h"
#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/reduce_tuple.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/opcodes.h"

#include <initializer_list>
#include <utility>
#include <vector>

namespace hs {

namespace {

using K = ItertoolsKind;
using namespace itertools_detail;

// `(type == &X_type || type->tp_init == X_type.tp_init) && !_PyArg_NoKeywords(name, kwargs)`:
// a subclass with an __init__ of its own may be called with keywords.
bool noKeywordArgs(Interpreter& interp, TypeObject* type, const char* name, Object* kwargs) {
    TypeObject* builtin = type;
    while (builtin->isHeapType()) builtin = builtin->base;
    if (!initIsBuiltins(type, builtin)) return true;
    if (kwargs && dictSize(kwargs)) {
        raiseError(interp, typeErrorType(interp), std::string(name) + "() takes no keyword arguments");
        return false;
    }
    return true;
}

// PyNumber_Check.
bool isNumber(Interpreter& interp, Object* o) {
    const NumberSlots* nb = o->type->slots.number;
    return (nb && (nb->index || nb->toInt || nb->toFloat)) || o->type == vmOf(interp).types.complex;
}

std::string shortName(const Object* o) {
    std::string name = o->type->name;
    if (const auto dot = name.rfind('.'); dot != std::string::npos) name = name.substr(dot + 1);
    return name;
}

// ---------------------------------------------------------------- count
// refs: long_cnt, long_step; n[0] = cnt (kMaxSsize in slow mode).

Object* countNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    static const char* const kNames[] = {"start", "step"};
    ArgSpec spec{"count", kNames, 2, 0, 0, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackNew(interp, spec, args, kwargs, a, "itertools.count")) return nullptr;
    Object* longCnt = a[0];
    Object* longStep = a[1];
    if ((longCnt && !isNumber(interp, longCnt)) || (longStep && !isNumber(interp, longStep))) {
        raiseError(interp, typeErrorType(interp), "a number is required");
        return nullptr;
    }
    bool fast = (!longCnt || isInt(longCnt)) && (!longStep || isInt(longStep));
    std::int64_t cnt = 0;
    if (longCnt && fast && !intAsInt64(longCnt, cnt)) fast = false;
    Ref cntRef = longCnt ? Ref::borrowed(longCnt) : newInt(interp, 0);
    Ref stepRef = longStep ? Ref::borrowed(longStep) : newInt(interp, 1);
    if (fast) {
        std::int64_t step = 0;
        if (!intAsInt64(stepRef.get(), step) || step != 1) fast = false;
    }
    if (fast) cntRef = Ref();
    else cnt = kMaxSsize;
    ItertoolsObject* lz = alloc(type);
    if (!lz) return nullptr;
    lz->n[0] = cnt;
    lz->refs[0] = cntRef.release();
    lz->refs[1] = stepRef.release();
    return lz;
}

Object* countNext(Object* o) {
    ItertoolsObject* lz = asIt(o);
    Interpreter& interp = interpOf(o);
    if (lz->n[0] != kMaxSsize) return newInt(interp, lz->n[0]++).release();
    Ref current = lz->refs[0] ? Ref::borrowed(lz->refs[0]) : newInt(interp, kMaxSsize);
    if (!current) return nullptr;
    Ref stepped = binaryOp(current.get(), lz->refs[1], nbop::ADD);
    if (!stepped) return nullptr;
    Object* old = lz->refs[0];
    lz->refs[0] = stepped.release();
    if (old) return old; // the reference the object held becomes the result
    return current.release();
}

Object* countRepr(Object* o) {
    ItertoolsObject* lz = asIt(o);
    Interpreter& interp = interpOf(o);
    const std::string name = shortName(o);
    if (lz->n[0] != kMaxSsize) return newStrFromUtf8(interp, name + "(" + std::to_string(lz->n[0]) + ")").release();
    Ref cntRepr = objectRepr(lz->refs[0]);
    if (!cntRepr) return nullptr;
    std::int64_t step = 0;
    if (isInt(lz->refs[1]) && intAsInt64(lz->refs[1], step) && step == 1)
        return newStrFromUtf8(interp, name + "(" + strToUtf8(cntRepr.get()) + ")").release();
    Ref stepRepr = objectRepr(lz->refs[1]);
    if (!stepRepr) return nullptr;
    return newStrFromUtf8(interp, name + "(" + strToUtf8(cntRepr.get()) + ", " + strToUtf8(stepRepr.get()) + ")").release();
}

// ---------------------------------------------------------------- repeat
// refs: element; n[0] = cnt (-1 = forever).

Object* repeatNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    static const char* const kNames[] = {"object", "times"};
    ArgSpec spec{"repeat", kNames, 2, 0, 1, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackNew(interp, spec, args, kwargs, a, nullptr)) return nullptr;
    std::int64_t cnt = -1;
    if (a[1]) {
        if (!indexAsInt64(a[1], cnt, vmOf(interp).exc.OverflowError)) return nullptr;
        if (cnt < 0) cnt = 0;
    }
    ItertoolsObject* ro = alloc(type);
    if (!ro) return nullptr;
    ro->refs[0] = newRef(a[0]);
    ro->n[0] = cnt;
    return ro;
}

Object* repeatNext(Object* o) {
    ItertoolsObject* ro = asIt(o);
    if (ro->n[0] == 0) return nullptr;
    if (ro->n[0] > 0) ro->n[0]--;
    return newRef(ro->refs[0]);
}

Object* repeatRepr(Object* o) {
    ItertoolsObject* ro = asIt(o);
    Ref r = objectRepr(ro->refs[0]);
    if (!r) return nullptr;
    std::string text = shortName(o) + "(" + strToUtf8(r.get());
    if (ro->n[0] != -1) text += ", " + std::to_string(ro->n[0]);
    return newStrFromUtf8(interpOf(o), text + ")").release();
}

Object* repeatLengthHint(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    if (asIt(self)->n[0] == -1) {
        raiseError(interp, typeErrorType(interp), "len() of unsized object");
        return nullptr;
    }
    return newInt(interp, asIt(self)->n[0]).release();
}

// ---------------------------------------------------------------- cycle
// refs: it, saved (list); n[0] = index, n[1] = firstpass.

Object* cycleNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (!noKeywordArgs(interp, type, "cycle", kwargs) || !checkPositional(interp, "cycle", tupleSize(args), 1, 1)) return nullptr;
    Ref it = getIter(tupleItem(args, 0));
    if (!it) return nullptr;
    Ref saved = newList(interp, 0);
    if (!saved) return nullptr;
    ItertoolsObject* lz = alloc(type);
    if (!lz) return nullptr;
    lz->refs[0] = it.release();
    lz->refs[1] = saved.release();
    return lz;
}

Object* cycleNext(Object* o) {
    ItertoolsObject* lz = asIt(o);
    Interpreter& interp = interpOf(o);
    if (lz->refs[0]) {
        Ref item = iterNext(lz->refs[0]);
        if (item) {
            if (lz->n[1]) return item.release();
            if (listAppend(lz->refs[1], item.get()) < 0) return nullptr;
            return item.release();
        }
        if (errOccurred(interp)) return nullptr;
        xdecref(std::exchange(lz->refs[0], nullptr));
    }
    Object* saved = lz->refs[1];
    if (listSize(saved) == 0) return nullptr;
    Object* item = listItem(saved, lz->n[0]);
    if (++lz->n[0] >= listSize(saved)) lz->n[0] = 0;
    return newRef(item);
}

// ---------------------------------------------------------------- chain
// refs: source (iterator of iterables), active.

Object* chainNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (!noKeywordArgs(interp, type, "chain", kwargs)) return nullptr;
    Ref source = getIter(args);
    if (!source) return nullptr;
    ItertoolsObject* lz = alloc(type);
    if (!lz) return nullptr;
    lz->refs[0] = source.release();
    return lz;
}

Object* chainNext(Object* o) {
    ItertoolsObject* lz = asIt(o);
    Interpreter& interp = interpOf(o);
    while (lz->refs[0]) {
        if (!lz->refs[1]) {
            Ref iterable = iterNext(lz->refs[0]);
            if (!iterable) {
                xdecref(std::exchange(lz->refs[0], nullptr));
                return nullptr;
            }
            Ref active = getIter(iterable.get());
            if (!active) {
                xdecref(std::exchange(lz->refs[0], nullptr));
                return nullptr;
            }
            lz->refs[1] = active.release();
        }
        Ref item = iterNext(lz->refs[1]);
        if (item) return item.release();
        if (errOccurred(interp)) return nullptr;
        xdecref(std::exchange(lz->refs[1], nullptr));
    }
    return nullptr;
}

Object* chainFromIterableMethod(Object* self, Object* const* args, std::int64_t, Object*) {
    return chainFromIterable(*asType(self)->interp, asType(self), args[0]);
}

// ---------------------------------------------------------------- islice
// refs: it; n[0] = next, n[1] = stop (-1 = none), n[2] = step, n[3] = cnt.

bool sliceArg(Interpreter& interp, Object* a, std::int64_t& out, const char* message) {
    if (a == interp.none) return true;
    if (!hasIndex(a)) {
        raiseError(interp, vmOf(interp).exc.ValueError, message);
        return false;
    }
    if (!indexAsInt64(a, out, vmOf(interp).exc.OverflowError)) return false;
    if (out < 0) {
        raiseError(interp, vmOf(interp).exc.ValueError, message);
        return false;
    }
    return true;
}

Object* isliceNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (!noKeywordArgs(interp, type, "islice", kwargs) || !checkArgCount(interp, "islice", tupleSize(args), 2, 4)) return nullptr;
    const std::int64_t numargs = tupleSize(args);
    Object* seq = tupleItem(args, 0);
    std::int64_t start = 0, stop = -1, step = 1;
    if (numargs == 2) {
        if (!sliceArg(interp, tupleItem(args, 1), stop,
                      "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."))
            return nullptr;
    } else {
        const char* msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        if (!sliceArg(interp, tupleItem(args, 1), start, msg) || !sliceArg(interp, tupleItem(args, 2), stop, msg)) return nullptr;
        if (numargs == 4) {
            Object* s = tupleItem(args, 3);
            if (s != interp.none) {
                step = -1;
                if (hasIndex(s) && !indexAsInt64(s, step, vmOf(interp).exc.OverflowError)) clearError(interp);
            }
            if (step < 1) {
                raiseError(interp, vmOf(interp).exc.ValueError, "Step for islice() must be a positive integer or None.");
                return nullptr;
            }
        }
    }
    Ref it = getIter(seq);
    if (!it) return nullptr;
    ItertoolsObject* lz = alloc(type);
    if (!lz) return nullptr;
    lz->refs[0] = it.release();
    lz->n[0] = start;
    lz->n[1] = stop;
    lz->n[2] = step;
    return lz;
}

Object* isliceNext(Object* o) {
    ItertoolsObject* lz = asIt(o);
    Object* it = lz->refs[0];
    if (!it) return nullptr;
    const std::int64_t stop = lz->n[1];
    while (lz->n[3] < lz->n[0]) {
        Ref skipped = iterNext(it);
        if (!skipped) {
            xdecref(std::exchange(lz->refs[0], nullptr));
            return nullptr;
        }
        lz->n[3]++;
    }
    if (stop != -1 && lz->n[3] >= stop) {
        xdecref(std::exchange(lz->refs[0], nullptr));
        return nullptr;
    }
    Ref item = iterNext(it);
    if (!item) {
        xdecref(std::exchange(lz->refs[0], nullptr));
        return nullptr;
    }
    lz->n[3]++;
    const std::int64_t oldnext = lz->n[0];
    lz->n[0] += lz->n[2];
    if (lz->n[0] < oldnext || (stop != -1 && lz->n[0] > stop)) lz->n[0] = stop;
    return item.release();
}

// ---------------------------------------------------------------- accumulate
// refs: it, total, binop, initial.

Object* accumulateNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    static const char* const kNames[] = {"iterable", "func", "initial"};
    ArgSpec spec{"accumulate", kNames, 3, 0, 1, 2};
    Object* a[3] = {nullptr, nullptr, nullptr};
    if (!unpackNew(interp, spec, args, kwargs, a, "itertools.accumulate")) return nullptr;
    Ref it = getIter(a[0]);
    if (!it) return nullptr;
    ItertoolsObject* lz = alloc(type);
    if (!lz) return nullptr;
    lz->refs[0] = it.release();
    if (a[1] && a[1] != interp.none) lz->refs[2] = newRef(a[1]);
    lz->refs[3] = newRef(a[2] ? a[2] : interp.none);
    return lz;
}

Object* accumulateNext(Object* o) {
    ItertoolsObject* lz = asIt(o);
    Interpreter& interp = interpOf(o);
    if (lz->refs[3] != interp.none) {
        Object* initial = std::exchange(lz->refs[3], newRef(interp.none));
        xdecref(std::exchange(lz->refs[1], initial));
        return newRef(initial);
    }
    Ref val = iterNext(lz->refs[0]);
    if (!val) return nullptr;
    if (!lz->refs[1]) {
        lz->refs[1] = newRef(val.get());
        return newRef(lz->refs[1]);
    }
    Ref total;
    if (!lz->refs[2]) {
        total = binaryOp(lz->refs[1], val.get(), nbop::ADD);
    } else {
        Object* argv[2] = {lz->refs[1], val.get()};
        total = call(lz->refs[2], argv, 2);
    }
    if (!total) return nullptr;
    xdecref(std::exchange(lz->refs[1], newRef(total.get())));
    return total.release();
}

// ---------------------------------------------------------------- zip_longest
// refs: ittuple, result, fillvalue; n[0] = tuplesize, n[1] = numactive.

Object* zipLongestNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    Object* fill = interp.none;
    if (kwargs && dictSize(kwargs)) {
        Ref key = internName(interp, "fillvalue");
        fill = dictGetItem(kwargs, key.get());
        if (!fill || dictSize(kwargs) > 1) {
            raiseError(interp, typeErrorType(interp), "zip_longest() got an unexpected keyword argument");
            return nullptr;
        }
    }
    const std::int64_t n = tupleSize(args);
    Ref ittuple = newTuple(interp, n);
    if (!ittuple) return nullptr;
    for (std::int64_t i = 0; i < n; ++i) {
        Ref it = getIter(tupleItem(args, i));
        if (!it) return nullptr;
        tupleSetItemSteal(ittuple.get(), i, it.release());
    }
    Ref result = newTuple(interp, n);
    if (!result) return nullptr;
    for (std::int64_t i = 0; i < n; ++i) tupleSetItemSteal(result.get(), i, newRef(interp.none));
    ItertoolsObject* lz = alloc(type);
    if (!lz) return nullptr;
    lz->refs[0] = ittuple.release();
    lz->refs[1] = result.release();
    lz->refs[2] = newRef(fill);
    lz->n[0] = n;
    lz->n[1] = n;
    return lz;
}

Object* zipLongestNext(Object* o) {
    ItertoolsObject* lz = asIt(o);
    Interpreter& interp = interpOf(o);
    const std::int64_t size = lz->n[0];
    if (size == 0 || lz->n[1] == 0) return nullptr;
    Object* result = lz->refs[1];
    const bool reuse = result->refcnt == 1;
    Ref out;
    if (reuse) {
        out = Ref::borrowed(result);
    } else {
        out = newTuple(interp, size);
        if (!out) return nullptr;
    }
    for (std::int64_t i = 0; i < size; ++i) {
        Object* it = tupleItem(lz->refs[0], i);
        Object* item = nullptr;
        if (!it) {
            item = newRef(lz->refs[2]);
        } else {
            Ref next = iterNext(it);
            if (next) {
                item = next.release();
            } else {
                lz->n[1] -= 1;
                if (lz->n[1] == 0 || errOccurred(interp)) {
                    lz->n[1] = 0;
                    return nullptr;
                }
                item = newRef(lz->refs[2]);
                tupleSetItemSteal(lz->refs[0], i, nullptr);
                decref(it);
            }
        }
        Object* old = reuse ? tupleItem(out.get(), i) : nullptr;
        tupleSetItemSteal(out.get(), i, item);
        xdecref(old);
    }
    if (reuse && !GcState::isTracked(out.get())) interp.gc().track(out.get()); // bpo-42536
    return out.release();
}

// ---------------------------------------------------------------- pairwise
// refs: it, old.

Object* pairwiseNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (!noKeywordArgs(interp, type, "pairwise", kwargs) || !checkPositional(interp, "pairwise", tupleSize(args), 1, 1)) return nullptr;
    Ref it = getIter(tupleItem(args, 0));
    if (!it) return nullptr;
    ItertoolsObject* po = alloc(type);
    if (!po) return nullptr;
    po->refs[0] = it.release();
    return po;
}

Object* pairwiseNext(Object* o) {
    ItertoolsObject* po = asIt(o);
    Interpreter& interp = interpOf(o);
    Object* it = po->refs[0];
    if (!it) return nullptr;
    if (!po->refs[1]) {
        Ref first = iterNext(it);
        if (!first) {
            xdecref(std::exchange(po->refs[0], nullptr));
            return nullptr;
        }
        po->refs[1] = first.release();
    }
    Ref fresh = iterNext(it);
    if (!fresh) {
        xdecref(std::exchange(po->refs[0], nullptr));
        xdecref(std::exchange(po->refs[1], nullptr));
        return nullptr;
    }
    Ref result = tuplePack(interp, {po->refs[1], fresh.get()});
    if (!result) return nullptr;
    xdecref(std::exchange(po->refs[1], fresh.release()));
    return result.release();
}

// ---------------------------------------------------------------- predicates
// takewhile/dropwhile: refs func, it; n[0] = stop / start. filterfalse: refs func, it.
// starmap: refs func, it. compress: refs data, selectors.

Object* funcIterNew(TypeObject* type, Object* args, Object* kwargs, const char* name, bool iterFirst) {
    Interpreter& interp = *type->interp;
    if (!noKeywordArgs(interp, type, name, kwargs) || !checkPositional(interp, name, tupleSize(args), 2, 2)) return nullptr;
    Object* func = tupleItem(args, iterFirst ? 1 : 0);
    Ref it = getIter(tupleItem(args, iterFirst ? 0 : 1));
    if (!it) return nullptr;
    ItertoolsObject* lz = alloc(type);
    if (!lz) return nullptr;
    lz->refs[0] = newRef(func);
    lz->refs[1] = it.release();
    return lz;
}

Object* takeWhileNew(TypeObject* t, Object* a, Object* k) { return funcIterNew(t, a, k, "takewhile", false); }
Object* dropWhileNew(TypeObject* t, Object* a, Object* k) { return funcIterNew(t, a, k, "dropwhile", false); }
Object* starMapNew(TypeObject* t, Object* a, Object* k) { return funcIterNew(t, a, k, "starmap", false); }
Object* filterFalseNew(TypeObject* t, Object* a, Object* k) { return funcIterNew(t, a, k, "filterfalse", false); }

Object* compressNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    static const char* const kNames[] = {"data", "selectors"};
    ArgSpec spec{"compress", kNames, 2, 0, 2, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackNew(interp, spec, args, kwargs, a, "itertools.compress")) return nullptr;
    Ref data = getIter(a[0]);
    if (!data) return nullptr;
    Ref selectors = getIter(a[1]);
    if (!selectors) return nullptr;
    ItertoolsObject* lz = alloc(type);
    if (!lz) return nullptr;
    lz->refs[0] = data.release();
    lz->refs[1] = selectors.release();
    return lz;
}

int callPredicate(Object* func, Object* item) {
    Ref good = callOneArg(func, item);
    if (!good) return -1;
    return objectIsTrue(good.get());
}

Object* takeWhileNext(Object* o) {
    ItertoolsObject* lz = asIt(o);
    if (lz->n[0]) return nullptr;
    Ref item = iterNext(lz->refs[1]);
    if (!item) return nullptr;
    const int ok = callPredicate(lz->refs[0], item.get());
    if (ok > 0) return item.release();
    if (ok == 0) lz->n[0] = 1;
    return nullptr;
}

Object* dropWhileNext(Object* o) {
    ItertoolsObject* lz = asIt(o);
    for (;;) {
        Ref item = iterNext(lz->refs[1]);
        if (!item) return nullptr;
        if (lz->n[0] == 1) return item.release();
        const int ok = callPredicate(lz->refs[0], item.get());
        if (ok < 0) return nullptr;
        if (ok == 0) {
            lz->n[0] = 1;
            return item.release();
        }
    }
}

Object* starMapNext(Object* o) {
    ItertoolsObject* lz = asIt(o);
    Interpreter& interp = interpOf(o);
    Ref args = iterNext(lz->refs[1]);
    if (!args) return nullptr;
    if (args->type != interp.types.tuple) {
        args = sequenceTuple(args.get());
        if (!args) return nullptr;
    }
    return callTupleDict(lz->refs[0], args.get(), nullptr).release();
}

Object* compressNext(Object* o) {
    ItertoolsObject* lz = asIt(o);
    for (;;) {
        Ref datum = iterNext(lz->refs[0]);
        if (!datum) return nullptr;
        Ref selector = iterNext(lz->refs[1]);
        if (!selector) return nullptr;
        const int ok = objectIsTrue(selector.get());
        if (ok > 0) return datum.release();
        if (ok < 0) return nullptr;
    }
}

Object* filterFalseNext(Object* o) {
    ItertoolsObject* lz = asIt(o);
    Interpreter& interp = interpOf(o);
    for (;;) {
        Ref item = iterNext(lz->refs[1]);
        if (!item) return nullptr;
        const int ok = lz->refs[0] == interp.none ? objectIsTrue(item.get()) : callPredicate(lz->refs[0], item.get());
        if (ok == 0) return item.release();
        if (ok < 0) return nullptr;
    }
}

// ---------------------------------------------------------------- the types

struct KindSpec {
    ItertoolsKind kind;
    const char* name;
    std::int64_t basicsize; // measured __basicsize__ on python3.11
    Object* (*tpNew)(TypeObject*, Object*, Object*);
    UnaryFunc next;
    UnaryFunc repr;
};

const KindSpec kKinds[] = {
    {K::Count, "itertools.count", 40, countNew, countNext, countRepr},
    {K::Repeat, "itertools.repeat", 32, repeatNew, repeatNext, repeatRepr},
    {K::Cycle, "itertools.cycle", 48, cycleNew, cycleNext, nullptr},
    {K::Chain, "itertools.chain", 32, chainNew, chainNext, nullptr},
    {K::Islice, "itertools.islice", 56, isliceNew, isliceNext, nullptr},
    {K::Accumulate, "itertools.accumulate", 48, accumulateNew, accumulateNext, nullptr},
    {K::ZipLongest, "itertools.zip_longest", 56, zipLongestNew, zipLongestNext, nullptr},
    {K::Pairwise, "itertools.pairwise", 32, pairwiseNew, pairwiseNext, nullptr},
    {K::TakeWhile, "itertools.takewhile", 40, takeWhileNew, takeWhileNext, nullptr},
    {K::DropWhile, "itertools.dropwhile", 40, dropWhileNew, dropWhileNext, nullptr},
    {K::StarMap, "itertools.starmap", 32, starMapNew, starMapNext, nullptr},
    {K::Compress, "itertools.compress", 32, compressNew, compressNext, nullptr},
    {K::FilterFalse, "itertools.filterfalse", 32, filterFalseNew, filterFalseNext, nullptr},
    {K::Product, "itertools.product", 48, productNew, productNext, nullptr},
    {K::Combinations, "itertools.combinations", 56, combinationsNew, combinationsNext, nullptr},
    {K::Permutations, "itertools.permutations", 64, permutationsNew, permutationsNext, nullptr},
    {K::GroupBy, "itertools.groupby", 64, groupByNew, groupByNext, nullptr},
    {K::CombinationsWithReplacement, "itertools.combinations_with_replacement", 56, cwrNew, cwrNext, nullptr},
    {K::Grouper, "itertools._grouper", 32, grouperNew, grouperNext, nullptr},
};

void itDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    for (Object*& r : asIt(o)->refs) xdecref(std::exchange(r, nullptr));
    interp.freeBuffer(std::exchange(asIt(o)->indicesAddr, 0));
    interp.freeBuffer(std::exchange(asIt(o)->cyclesAddr, 0));
    interp.freeObject(o);
}

int itTraverse(Object* o, VisitProc visit, void* arg) {
    for (Object* r : asIt(o)->refs)
        if (r)
            if (int v = visit(r, arg)) return v;
    return 0;
}

int itClear(Object* o) {
    for (Object*& r : asIt(o)->refs) xdecref(std::exchange(r, nullptr));
    return 0;
}

const MethodDef kRepeatMethods[] = {
    {"__length_hint__", repeatLengthHint, meth::kNoArgs, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0},
};
const MethodDef kChainMethods[] = {
    {"from_iterable", chainFromIterableMethod, meth::kO | meth::kClass,
     "Alternative chain() constructor taking a single iterable argument that evaluates lazily."},
    {nullptr, nullptr, 0},
};

void createAll(Interpreter& interp) {
    for (const KindSpec& spec : kKinds) {
        // _grouper alone is not an acceptable base (no Py_TPFLAGS_BASETYPE).
        const auto flags = tpflags::kHaveGc | (spec.kind == K::Grouper ? 0 : tpflags::kBaseType);
        TypeObject* t = interp.newStaticType(spec.name, spec.basicsize, 0, flags, interp.types.object);
        t->type = interp.types.type;
        t->dealloc = itDealloc;
        t->traverse = itTraverse;
        t->clear = itClear;
        // product/combinations/permutations_sizeof add their index arrays; the others are basicsize.
        t->sizeOf = [](const Object* o) -> std::int64_t {
            const auto* it = static_cast<const ItertoolsObject*>(o);
            return o->type->basicsize + 8 * static_cast<std::int64_t>(it->indices.size() + it->cycles.size());
        };
        t->repr = spec.repr ? spec.repr : interp.types.object->repr;
        t->hash = interp.types.object->hash;
        t->richcompare = interp.types.object->richcompare;
        t->label = [](const Object* o) { return "<" + o->type->name + ">"; };
        t->slots.iter = [](Object* o) -> Object* { return newRef(o); };
        t->slots.iternext = spec.next;
        t->slots.tpNew = spec.tpNew;
        addSlotWrappers(interp, t, false); // type_ready: the slot wrappers, tp_methods, then __doc__
        if (spec.kind == K::Repeat) addMethods(interp, t, kRepeatMethods);
        if (spec.kind == K::Chain) addMethods(interp, t, kChainMethods);
        if (const MethodDef* pickle = picklingMethods(spec.kind)) addMethods(interp, t, pickle);
        if (spec.kind == K::Chain) addMethods(interp, t, kClassGetItemMethods);
        setTypeDictDoc(interp, t);
        setHostDestructor<ItertoolsObject>(*t);
        if (flags & tpflags::kBaseType) t->subtypeLayout = installSubtypeLayout<ItertoolsObject>;
        moduleType(interp, static_cast<ModuleTypeId>(static_cast<int>(ModuleTypeId::ItertoolsFirst) + static_cast<int>(spec.kind))) = t;
    }
}

} // namespace

TypeObject* itertoolsType(Interpreter& interp, ItertoolsKind kind) {
    static_assert(static_cast<int>(ItertoolsKind::Size) <= 24, "ModuleTypeId reserves 24 itertools ids");
    const auto id = static_cast<ModuleTypeId>(static_cast<int>(ModuleTypeId::ItertoolsFirst) + static_cast<int>(kind));
    if (!moduleType(interp, id)) createAll(interp);
    return moduleType(interp, id);
}

Object* chainFromIterable(Interpreter& interp, TypeObject* type, Object* iterable) {
    Ref source = getIter(iterable);
    if (!source) return nullptr;
    (void)interp;
    ItertoolsObject* lz = alloc(type);
    if (!lz) return nullptr;
    lz->refs[0] = source.release();
    return lz;
}

} // namespace hs
