// itertools' pickle protocol (itertoolsmodule.c 3.11): __reduce__ / __setstate__ of every type that
// has them, as copy.copy / copy.deepcopy / pickle use them, and the combinatoric __sizeof__ methods.
// __reduce__ values are built as Py_BuildValue builds them: each tuple before its items.
//
// Sections: count · repeat · cycle · chain · takewhile/dropwhile · islice · zip_longest ·
// accumulate · product · combinations · permutations · groupby · method tables
#include "objects/itertools_internal.h"

#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/reduce_tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"

#include <utility>

namespace hs::itertools_detail {

namespace {

using K = ItertoolsKind;

// PyLong_AsSsize_t: false with "an integer is required" (not an int) or OverflowError pending.
bool asSsize(Interpreter& interp, Object* o, std::int64_t& out) {
    if (!isInt(o)) {
        raiseError(interp, typeErrorType(interp), "an integer is required");
        return false;
    }
    if (intAsInt64(o, out)) return true;
    raiseError(interp, vmOf(interp).exc.OverflowError, "Python int too large to convert to C ssize_t");
    return false;
}

// A tuple of the ints `values` (PyTuple_New, then PyLong_FromSsize_t per item). New reference.
Object* intTuple(Interpreter& interp, const std::vector<std::int64_t>& values) {
    Ref t = newTuple(interp, static_cast<std::int64_t>(values.size()));
    if (!t) return nullptr;
    for (std::size_t i = 0; i < values.size(); ++i) {
        Ref v = newInt(interp, values[i]);
        if (!v) return nullptr;
        tupleSetItemSteal(t.get(), static_cast<std::int64_t>(i), v.release());
    }
    return t.release();
}

// The new result tuple of a restored combinatoric iterator: pool[indices[i]] for i < r, replacing
// the old one (Py_XSETREF).
Object* restoreResult(ItertoolsObject* lz, Object* pool, const std::vector<std::int64_t>& indices, std::int64_t r) {
    Interpreter& interp = interpOf(lz);
    Ref result = newTuple(interp, r);
    if (!result) return nullptr;
    for (std::int64_t i = 0; i < r; ++i) tupleSetItemSteal(result.get(), i, newRef(tupleItem(pool, indices[static_cast<std::size_t>(i)])));
    xdecref(std::exchange(lz->refs[1], result.release()));
    return newRef(interp.none);
}

Object* invalidArguments(Interpreter& interp) {
    raiseError(interp, vmOf(interp).exc.ValueError, "invalid arguments");
    return nullptr;
}

// ---------------------------------------------------------------- count, repeat, cycle, chain


// count_reduce: "O(OO)" (long_cnt, long_step) in slow mode, else "O(n)".
Object* countReduce(Object* self, Object* const*, std::int64_t, Object*) {
    ItertoolsObject* lz = asIt(self);
    Interpreter& interp = interpOf(self);
    if (lz->n[0] == kMaxSsize) return reduceTuple(interp, self, {newRef(lz->refs[0]), newRef(lz->refs[1])});
    return reduceTuple(interp, self, {newInt(interp, lz->n[0]).release()});
}

// repeat_reduce: "O(On)" (element, cnt) when counted, else "O(O)".
Object* repeatReduce(Object* self, Object* const*, std::int64_t, Object*) {
    ItertoolsObject* ro = asIt(self);
    Interpreter& interp = interpOf(self);
    if (ro->n[0] >= 0) return reduceTuple(interp, self, {newRef(ro->refs[0]), newInt(interp, ro->n[0]).release()});
    return reduceTuple(interp, self, {newRef(ro->refs[0])});
}

// cycle_reduce: once the source is exhausted (it NULL), (type, (iter(saved) advanced index
// times,), (saved, True)); else (type, (it,), (saved, firstpass)).
Object* cycleReduce(Object* self, Object* const*, std::int64_t, Object*) {
    ItertoolsObject* lz = asIt(self);
    Interpreter& interp = interpOf(self);
    Ref it;
    if (!lz->refs[0]) {
        it = getIter(lz->refs[1]);
        if (!it) return nullptr;
        for (std::int64_t i = 0; i < lz->n[0]; ++i) {
            Ref skipped = iterNext(it.get());
            if (!skipped) {
                if (errOccurred(interp)) return nullptr;
                break;
            }
        }
    }
    Ref outer = newTuple(interp, 3);
    if (!outer) return nullptr;
    tupleSetItemSteal(outer.get(), 0, newRef(self->type));
    Ref inner = tuplePack(interp, {it ? it.get() : lz->refs[0]});
    if (!inner) return nullptr;
    tupleSetItemSteal(outer.get(), 1, inner.release());
    Object* firstpass = it || lz->n[1] ? interp.trueObj : interp.falseObj;
    Ref state = tuplePack(interp, {lz->refs[1], firstpass});
    if (!state) return nullptr;
    tupleSetItemSteal(outer.get(), 2, state.release());
    return outer.release();
}

// cycle_setstate: PyArg_ParseTuple(state, "O!i", &PyList_Type, &saved, &firstpass).
Object* cycleSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    ItertoolsObject* lz = asIt(self);
    Interpreter& interp = interpOf(self);
    Object* state = args[0];
    if (!stateTuple(interp, state, 2, 2)) return nullptr;
    Object* saved = stateItemOfType(interp, state, 0, interp.types.list);
    if (!saved) return nullptr;
    int firstpass = 0;
    if (!indexAsCInt(tupleItem(state, 1), firstpass)) return nullptr;
    incref(saved);
    decref(std::exchange(lz->refs[1], saved));
    lz->n[1] = firstpass != 0;
    lz->n[0] = 0;
    return newRef(interp.none);
}

// chain_reduce: (type, (), (source[, active])), or (type, ()) once exhausted.
Object* chainReduce(Object* self, Object* const*, std::int64_t, Object*) {
    ItertoolsObject* lz = asIt(self);
    Interpreter& interp = interpOf(self);
    if (!lz->refs[0]) return reduceTuple(interp, self, {});
    Ref outer = newTuple(interp, 3);
    if (!outer) return nullptr;
    tupleSetItemSteal(outer.get(), 0, newRef(self->type));
    Ref empty = newTuple(interp, 0);
    if (!empty) return nullptr;
    tupleSetItemSteal(outer.get(), 1, empty.release());
    Ref state = lz->refs[1] ? tuplePack(interp, {lz->refs[0], lz->refs[1]}) : tuplePack(interp, {lz->refs[0]});
    if (!state) return nullptr;
    tupleSetItemSteal(outer.get(), 2, state.release());
    return outer.release();
}

// chain_setstate: PyArg_ParseTuple(state, "O|O", &source, &active), both iterators.
Object* chainSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    ItertoolsObject* lz = asIt(self);
    Interpreter& interp = interpOf(self);
    Object* state = args[0];
    if (!stateTuple(interp, state, 1, 2)) return nullptr;
    Object* source = tupleItem(state, 0);
    Object* active = tupleSize(state) == 2 ? tupleItem(state, 1) : nullptr;
    if (!source->type->slots.iternext || (active && !active->type->slots.iternext)) {
        raiseError(interp, typeErrorType(interp), "Arguments must be iterators.");
        return nullptr;
    }
    incref(source);
    xdecref(std::exchange(lz->refs[0], source));
    if (active) incref(active);
    xdecref(std::exchange(lz->refs[1], active));
    return newRef(interp.none);
}

// takewhile_reduce / dropwhile_reduce: "O(OO)l" (func, it) and stop / start; starmap_reduce,
// filterfalse_reduce: "O(OO)" (func, it); compress_reduce: "O(OO)" (data, selectors).
Object* twoRefsReduce(Object* self, Object* const*, std::int64_t, Object*) {
    ItertoolsObject* lz = asIt(self);
    return reduceTuple(interpOf(self), self, {newRef(lz->refs[0]), newRef(lz->refs[1])});
}
Object* flagReduce(Object* self, Object* const*, std::int64_t, Object*) {
    ItertoolsObject* lz = asIt(self);
    Interpreter& interp = interpOf(self);
    Ref flag = newInt(interp, lz->n[0]);
    if (!flag) return nullptr;
    return reduceTuple(interp, self, {newRef(lz->refs[0]), newRef(lz->refs[1])}, flag.release());
}
// takewhile_setstate / dropwhile_setstate: the truth of the state becomes stop / start.
Object* flagSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    const int flag = objectIsTrue(args[0]);
    if (flag < 0) return nullptr;
    asIt(self)->n[0] = flag;
    return newRef(interpOf(self).none);
}

// islice_reduce: "O(OnNn)n" (it, next, stop or None, step) and cnt; once exhausted,
// "O(Nn)n" (iter([]), 0) and 0.
Object* isliceReduce(Object* self, Object* const*, std::int64_t, Object*) {
    ItertoolsObject* lz = asIt(self);
    Interpreter& interp = interpOf(self);
    if (!lz->refs[0]) {
        Ref emptyList = newList(interp, 0);
        if (!emptyList) return nullptr;
        Ref emptyIt = getIter(emptyList.get());
        emptyList = Ref();
        if (!emptyIt) return nullptr;
        return reduceTuple(interp, self, {emptyIt.release(), newInt(interp, 0).release()}, newInt(interp, 0).release());
    }
    Ref stop = lz->n[1] == -1 ? Ref::borrowed(interp.none) : newInt(interp, lz->n[1]);
    if (!stop) return nullptr;
    return reduceTuple(interp, self,
                       {newRef(lz->refs[0]), newInt(interp, lz->n[0]).release(), stop.release(), newInt(interp, lz->n[2]).release()},
                       newInt(interp, lz->n[3]).release());
}
// islice_setstate: PyLong_AsSsize_t(state) becomes cnt.
Object* isliceSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    std::int64_t cnt = 0;
    if (!asSsize(interpOf(self), args[0], cnt)) return nullptr;
    asIt(self)->n[3] = cnt;
    return newRef(interpOf(self).none);
}

// zip_longest_reduce: (type, iterators with () for the exhausted ones, fillvalue), the args tuple
// made first ("ONO").
Object* zipLongestReduce(Object* self, Object* const*, std::int64_t, Object*) {
    ItertoolsObject* lz = asIt(self);
    Interpreter& interp = interpOf(self);
    const std::int64_t n = tupleSize(lz->refs[0]);
    Ref args = newTuple(interp, n);
    if (!args) return nullptr;
    for (std::int64_t i = 0; i < n; ++i) {
        Object* elem = tupleItem(lz->refs[0], i);
        Ref held = elem ? Ref::borrowed(elem) : newTuple(interp, 0);
        if (!held) return nullptr;
        tupleSetItemSteal(args.get(), i, held.release());
    }
    return tuplePack(interp, {self->type, args.get(), lz->refs[2] ? lz->refs[2] : interp.none}).release();
}
// zip_longest_setstate: the state becomes the fillvalue.
Object* zipLongestSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    incref(args[0]);
    xdecref(std::exchange(asIt(self)->refs[2], args[0]));
    return newRef(interpOf(self).none);
}

// ---------------------------------------------------------------- accumulate
// refs: it, total, binop (null for None), initial.

// accumulate_reduce: with an initial value, (type, (chain((initial,), it), binop), None); once the
// running total is None, islice(type(chain((None,), it), binop), 1, None) so that None is not taken
// for "not started"; else (type, (it, binop), total). The chain and accumulate calls are
// PyObject_CallFunction's: a vectorcall of the type with the stack, whose args tuple
// _PyObject_MakeTpCall makes.
Object* accumulateReduce(Object* self, Object* const*, std::int64_t, Object*) {
    ItertoolsObject* lz = asIt(self);
    Interpreter& interp = interpOf(self);
    Object* binop = lz->refs[2] ? lz->refs[2] : interp.none;
    auto chained = [&](Object* first) -> Ref {
        Ref head = tuplePack(interp, {first});
        if (!head) return Ref();
        Object* argv[2] = {head.get(), lz->refs[0]};
        return callType(itertoolsType(interp, K::Chain), argv, 2, nullptr);
    };
    if (lz->refs[3] != interp.none) {
        Ref it = chained(lz->refs[3]);
        if (!it) return nullptr;
        return buildValue(interp, buildTuple({newRef(self->type), buildTuple({it.release(), newRef(binop)}), newRef(interp.none)}));
    }
    if (lz->refs[1] == interp.none) {
        Ref it = chained(lz->refs[1]);
        if (!it) return nullptr;
        Object* argv[2] = {it.get(), binop};
        Ref again = callType(self->type, argv, 2, nullptr);
        if (!again) return nullptr;
        return buildValue(interp, buildTuple({newRef(itertoolsType(interp, K::Islice)),
                                              buildTuple({again.release(), buildInt(1), newRef(interp.none)})}));
    }
    return buildValue(interp, buildTuple({newRef(self->type), buildTuple({newRef(lz->refs[0]), newRef(binop)}),
                                          newRef(lz->refs[1] ? lz->refs[1] : interp.none)}));
}
// accumulate_setstate: the state becomes the running total.
Object* accumulateSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    incref(args[0]);
    xdecref(std::exchange(asIt(self)->refs[1], args[0]));
    return newRef(interpOf(self).none);
}

// ---------------------------------------------------------------- product
// refs: pools, result; n[0] = stopped.

// product_reduce: (type, ((),)) once stopped, (type, pools) before the first result, else
// (type, pools, indices) with the indices tuple made first.
Object* productReduce(Object* self, Object* const*, std::int64_t, Object*) {
    ItertoolsObject* lz = asIt(self);
    Interpreter& interp = interpOf(self);
    if (lz->n[0]) return buildValue(interp, buildTuple({newRef(self->type), buildTuple({buildTuple({})})}));
    if (!lz->refs[1]) return buildValue(interp, buildTuple({newRef(self->type), newRef(lz->refs[0])}));
    Object* indices = intTuple(interp, lz->indices);
    if (!indices) return nullptr;
    return buildValue(interp, buildTuple({newRef(self->type), newRef(lz->refs[0]), indices}));
}
// product_setstate: one index per pool, clamped into it; an empty pool stops the iterator.
Object* productSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    ItertoolsObject* lz = asIt(self);
    Interpreter& interp = interpOf(self);
    Object* state = args[0];
    Object* pools = lz->refs[0];
    const std::int64_t n = tupleSize(pools);
    if (!isTuple(state) || tupleSize(state) != n) return invalidArguments(interp);
    for (std::int64_t i = 0; i < n; ++i) {
        std::int64_t index = 0;
        if (!asSsize(interp, tupleItem(state, i), index)) return nullptr;
        const std::int64_t poolSize = tupleSize(tupleItem(pools, i));
        if (poolSize == 0) {
            lz->n[0] = 1;
            return newRef(interp.none);
        }
        lz->indices[static_cast<std::size_t>(i)] = index < 0 ? 0 : index > poolSize - 1 ? poolSize - 1 : index;
    }
    Ref result = newTuple(interp, n);
    if (!result) return nullptr;
    for (std::int64_t i = 0; i < n; ++i)
        tupleSetItemSteal(result.get(), i, newRef(tupleItem(tupleItem(pools, i), lz->indices[static_cast<std::size_t>(i)])));
    xdecref(std::exchange(lz->refs[1], result.release()));
    return newRef(interp.none);
}

// ---------------------------------------------------------------- combinations, permutations
// refs: pool, result; n[0] = stopped, n[1] = r.

// combinations_reduce / cwr_reduce / permutations_reduce: (type, (pool, r)) before the first
// result, (type, ((), r)) once stopped, else (type, (pool, r), state) with the state's tuples
// (indices; permutations: indices and cycles) made first.
Object* combinatoricReduce(Object* self, Object* const*, std::int64_t, Object*) {
    ItertoolsObject* co = asIt(self);
    Interpreter& interp = interpOf(self);
    const std::int64_t r = co->n[1];
    if (!co->refs[1]) return buildValue(interp, buildTuple({newRef(self->type), buildTuple({newRef(co->refs[0]), buildInt(r)})}));
    if (co->n[0]) return buildValue(interp, buildTuple({newRef(self->type), buildTuple({buildTuple({}), buildInt(r)})}));
    Ref indices(intTuple(interp, co->indices));
    if (!indices) return nullptr;
    if (self->type->isSubtypeOf(itertoolsType(interp, K::Permutations))) {
        Ref cycles(intTuple(interp, co->cycles));
        if (!cycles) return nullptr;
        return buildValue(interp, buildTuple({newRef(self->type), buildTuple({newRef(co->refs[0]), buildInt(r)}),
                                              buildTuple({indices.release(), cycles.release()})}));
    }
    return buildValue(interp, buildTuple({newRef(self->type), buildTuple({newRef(co->refs[0]), buildInt(r)}), indices.release()}));
}

// combinations_setstate / cwr_setstate: r indices, clamped to i + n - r (combinations) or n - 1
// (with replacement), then at 0. Where the pool is empty CPython 3.11 reads past it (a crash):
// ValueError here.
Object* combinationsSetStateImpl(Object* self, Object* state, bool withReplacement) {
    ItertoolsObject* co = asIt(self);
    Interpreter& interp = interpOf(self);
    Object* pool = co->refs[0];
    const std::int64_t n = tupleSize(pool), r = co->n[1];
    if (!isTuple(state) || tupleSize(state) != r) return invalidArguments(interp);
    for (std::int64_t i = 0; i < r; ++i) {
        std::int64_t index = 0;
        if (!asSsize(interp, tupleItem(state, i), index)) return nullptr;
        if (withReplacement) {
            index = index < 0 ? 0 : index > n - 1 ? n - 1 : index;
        } else {
            const std::int64_t max = i + n - r;
            if (index > max) index = max;
            if (index < 0) index = 0;
        }
        co->indices[static_cast<std::size_t>(i)] = index;
    }
    if (n == 0 && r > 0) return invalidArguments(interp);
    return restoreResult(co, pool, co->indices, r);
}
Object* combinationsSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    return combinationsSetStateImpl(self, args[0], false);
}
Object* cwrSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    return combinationsSetStateImpl(self, args[0], true);
}

// permutations_setstate: (indices, cycles) tuples of n and r items, indices clamped into the pool
// and cycle i into [1, n - i]. Where r > n CPython 3.11 reads past the indices (a crash):
// ValueError here.
Object* permutationsSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    ItertoolsObject* po = asIt(self);
    Interpreter& interp = interpOf(self);
    Object* state = args[0];
    if (!stateTuple(interp, state, 2, 2)) return nullptr;
    Object* indices = stateItemOfType(interp, state, 0, interp.types.tuple);
    Object* cycles = indices ? stateItemOfType(interp, state, 1, interp.types.tuple) : nullptr;
    if (!cycles) return nullptr;
    Object* pool = po->refs[0];
    const std::int64_t n = tupleSize(pool), r = po->n[1];
    if (tupleSize(indices) != n || tupleSize(cycles) != r) return invalidArguments(interp);
    for (std::int64_t i = 0; i < n; ++i) {
        std::int64_t index = 0;
        if (!asSsize(interp, tupleItem(indices, i), index)) return nullptr;
        po->indices[static_cast<std::size_t>(i)] = index < 0 ? 0 : index > n - 1 ? n - 1 : index;
    }
    for (std::int64_t i = 0; i < r; ++i) {
        std::int64_t index = 0;
        if (!asSsize(interp, tupleItem(cycles, i), index)) return nullptr;
        po->cycles[static_cast<std::size_t>(i)] = index < 1 ? 1 : index > n - i ? n - i : index;
    }
    if (r > n) return invalidArguments(interp);
    return restoreResult(po, pool, po->indices, r);
}

// product_sizeof / combinations_sizeof / cwr_sizeof / permutations_sizeof: the type's basicsize
// plus 8 bytes per index and cycle.
Object* combinatoricSizeOf(Object* self, Object* const*, std::int64_t, Object*) {
    const ItertoolsObject* lz = asIt(self);
    const auto arrays = static_cast<std::int64_t>(lz->indices.size() + lz->cycles.size());
    return newInt(interpOf(self), self->type->basicsize + 8 * arrays).release();
}

// ---------------------------------------------------------------- groupby, _grouper
// groupby refs: it, keyfunc, tgtkey, currkey, currvalue. _grouper refs: parent, tgtkey.

// groupby_reduce: (type, (it, keyfunc), (currkey, currvalue, tgtkey)) once a group is under way,
// else (type, (it, keyfunc)).
Object* groupByReduce(Object* self, Object* const*, std::int64_t, Object*) {
    ItertoolsObject* gbo = asIt(self);
    Interpreter& interp = interpOf(self);
    BuildItem args = buildTuple({newRef(gbo->refs[0]), newRef(gbo->refs[1])});
    if (gbo->refs[2] && gbo->refs[3] && gbo->refs[4])
        return buildValue(interp, buildTuple({newRef(self->type), args,
                                              buildTuple({newRef(gbo->refs[3]), newRef(gbo->refs[4]), newRef(gbo->refs[2])})}));
    return buildValue(interp, buildTuple({newRef(self->type), args}));
}
// groupby_setstate: PyArg_ParseTuple(state, "OOO", &currkey, &currvalue, &tgtkey).
Object* groupBySetState(Object* self, Object* const* args, std::int64_t, Object*) {
    ItertoolsObject* gbo = asIt(self);
    Interpreter& interp = interpOf(self);
    Object* state = args[0];
    if (!stateTuple(interp, state, 3, 3)) return nullptr;
    const int slots[3] = {3, 4, 2}; // currkey, currvalue, tgtkey
    for (int i = 0; i < 3; ++i) xdecref(std::exchange(gbo->refs[slots[i]], newRef(tupleItem(state, i))));
    return newRef(interp.none);
}
// _grouper_reduce: (type, (parent, tgtkey)) while it is its parent's current group, else
// (iter, ((),)): an exhausted iterator.
Object* grouperReduce(Object* self, Object* const*, std::int64_t, Object*) {
    ItertoolsObject* igo = asIt(self);
    Interpreter& interp = interpOf(self);
    if (asIt(igo->refs[0])->currGrouper != igo) {
        Ref name = internName(interp, "iter");
        Object* iterFn = name ? dictGetItem(vmOf(interp).builtinsDict, name.get()) : nullptr;
        if (!iterFn) return nullptr;
        return buildValue(interp, buildTuple({newRef(iterFn), buildTuple({buildTuple({})})}));
    }
    return buildValue(interp, buildTuple({newRef(self->type), buildTuple({newRef(igo->refs[0]), newRef(igo->refs[1])})}));
}

// ---------------------------------------------------------------- method tables

constexpr const char* kReduceDoc = "Return state information for pickling.";
constexpr const char* kSetStateDoc = "Set state information for unpickling.";
constexpr const char* kSizeOfDoc = "Returns size in memory, in bytes.";
const MethodDef kCountMethods[] = {{"__reduce__", countReduce, meth::kNoArgs, kReduceDoc}, {nullptr, nullptr, 0}};
const MethodDef kRepeatMethods[] = {{"__reduce__", repeatReduce, meth::kNoArgs, kReduceDoc}, {nullptr, nullptr, 0}};
const MethodDef kCycleMethods[] = {
    {"__reduce__", cycleReduce, meth::kNoArgs, kReduceDoc},
    {"__setstate__", cycleSetState, meth::kO, kSetStateDoc},
    {nullptr, nullptr, 0},
};
const MethodDef kChainMethods[] = {
    {"__reduce__", chainReduce, meth::kNoArgs, kReduceDoc},
    {"__setstate__", chainSetState, meth::kO, kSetStateDoc},
    {nullptr, nullptr, 0},
};
const MethodDef kFlagMethods[] = {
    {"__reduce__", flagReduce, meth::kNoArgs, kReduceDoc},
    {"__setstate__", flagSetState, meth::kO, kSetStateDoc},
    {nullptr, nullptr, 0},
};
const MethodDef kTwoRefsMethods[] = {{"__reduce__", twoRefsReduce, meth::kNoArgs, kReduceDoc}, {nullptr, nullptr, 0}};
const MethodDef kIsliceMethods[] = {
    {"__reduce__", isliceReduce, meth::kNoArgs, kReduceDoc},
    {"__setstate__", isliceSetState, meth::kO, kSetStateDoc},
    {nullptr, nullptr, 0},
};
const MethodDef kZipLongestMethods[] = {
    {"__reduce__", zipLongestReduce, meth::kNoArgs, kReduceDoc},
    {"__setstate__", zipLongestSetState, meth::kO, kSetStateDoc},
    {nullptr, nullptr, 0},
};
const MethodDef kAccumulateMethods[] = {
    {"__reduce__", accumulateReduce, meth::kNoArgs, kReduceDoc},
    {"__setstate__", accumulateSetState, meth::kO, kSetStateDoc},
    {nullptr, nullptr, 0},
};
const MethodDef kProductMethods[] = {
    {"__reduce__", productReduce, meth::kNoArgs, kReduceDoc},
    {"__setstate__", productSetState, meth::kO, kSetStateDoc},
    {"__sizeof__", combinatoricSizeOf, meth::kNoArgs, kSizeOfDoc},
    {nullptr, nullptr, 0},
};
const MethodDef kCombinationsMethods[] = {
    {"__reduce__", combinatoricReduce, meth::kNoArgs, kReduceDoc},
    {"__setstate__", combinationsSetState, meth::kO, kSetStateDoc},
    {"__sizeof__", combinatoricSizeOf, meth::kNoArgs, kSizeOfDoc},
    {nullptr, nullptr, 0},
};
const MethodDef kCwrMethods[] = {
    {"__reduce__", combinatoricReduce, meth::kNoArgs, kReduceDoc},
    {"__setstate__", cwrSetState, meth::kO, kSetStateDoc},
    {"__sizeof__", combinatoricSizeOf, meth::kNoArgs, kSizeOfDoc},
    {nullptr, nullptr, 0},
};
const MethodDef kPermutationsMethods[] = {
    {"__reduce__", combinatoricReduce, meth::kNoArgs, kReduceDoc},
    {"__setstate__", permutationsSetState, meth::kO, kSetStateDoc},
    {"__sizeof__", combinatoricSizeOf, meth::kNoArgs, kSizeOfDoc},
    {nullptr, nullptr, 0},
};
const MethodDef kGroupByMethods[] = {
    {"__reduce__", groupByReduce, meth::kNoArgs, kReduceDoc},
    {"__setstate__", groupBySetState, meth::kO, kSetStateDoc},
    {nullptr, nullptr, 0},
};
const MethodDef kGrouperMethods[] = {{"__reduce__", grouperReduce, meth::kNoArgs, kReduceDoc}, {nullptr, nullptr, 0}};

} // namespace

const MethodDef* picklingMethods(ItertoolsKind kind) {
    switch (kind) {
    case K::Count: return kCountMethods;
    case K::Repeat: return kRepeatMethods;
    case K::Cycle: return kCycleMethods;
    case K::Chain: return kChainMethods;
    case K::TakeWhile:
    case K::DropWhile: return kFlagMethods;
    case K::StarMap:
    case K::FilterFalse:
    case K::Compress: return kTwoRefsMethods;
    case K::Islice: return kIsliceMethods;
    case K::ZipLongest: return kZipLongestMethods;
    case K::Accumulate: return kAccumulateMethods;
    case K::Product: return kProductMethods;
    case K::Combinations: return kCombinationsMethods;
    case K::CombinationsWithReplacement: return kCwrMethods;
    case K::Permutations: return kPermutationsMethods;
    case K::GroupBy: return kGroupByMethods;
    case K::Grouper: return kGrouperMethods;
    case K::Pairwise:
    case K::Size: break;
    }
    return nullptr;
}

} // namespace hs::itertools_detail
