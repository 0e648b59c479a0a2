// itertools' combinatoric iterators (product, combinations, combinations_with_replacement,
// permutations: a pool tuple, PyMem_New'd index arrays, a reused result tuple) and groupby/_grouper.
#include "objects/itertools_internal.h"

#include "objects/int_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"

#include <utility>

namespace hs::itertools_detail {

namespace {

// The result tuple to update in place: a copy when someone else holds the previous one.
bool ownResult(Interpreter& interp, ItertoolsObject* lz, std::int64_t r) {
    if (lz->refs[1]->refcnt > 1) {
        Ref copy = tupleFromArray(interp, tupleItems(lz->refs[1]), r);
        if (!copy) return false;
        xdecref(std::exchange(lz->refs[1], copy.release()));
    } else if (!GcState::isTracked(lz->refs[1])) {
        interp.gc().track(lz->refs[1]); // bpo-42536
    }
    return true;
}

void setResultItem(Object* result, std::int64_t k, Object* item) {
    Object* old = tupleItem(result, k);
    tupleSetItemSteal(result, k, newRef(item));
    xdecref(old);
}

Addr allocIndices(Interpreter& interp, std::int64_t count) {
    return interp.allocBuffer(nullptr, static_cast<std::uint64_t>(8 * count));
}

// groupby_step: advance to the next value and its key. False at the end or on error.
bool groupByStep(ItertoolsObject* gbo) {
    Interpreter& interp = interpOf(gbo);
    Ref value = iterNext(gbo->refs[0]);
    if (!value) return false;
    Ref key = gbo->refs[1] == interp.none ? value : callOneArg(gbo->refs[1], value.get());
    if (!key) return false;
    Object* oldValue = std::exchange(gbo->refs[4], value.release());
    xdecref(std::exchange(gbo->refs[3], key.release()));
    xdecref(oldValue);
    return true;
}

} // namespace

// ---------------------------------------------------------------- product
// refs: pools (tuple of tuples), result; n[0] = stopped; indices in a PyMem_New block.

Object* productNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    std::int64_t repeat = 1;
    if (kwargs) {
        static const char* const kNames[] = {"repeat"};
        ArgSpec spec{"product", kNames, 1, 0, 0, 0};
        Object* a[1] = {nullptr};
        Ref empty = newTuple(interp, 0); // PyArg_ParseTupleAndKeywords over an empty tuple
        if (!unpackNew(interp, spec, empty.get(), kwargs, a, nullptr)) return nullptr;
        if (a[0] && !indexAsInt64(a[0], repeat, vmOf(interp).exc.OverflowError)) return nullptr;
        if (repeat < 0) {
            raiseError(interp, vmOf(interp).exc.ValueError, "repeat argument cannot be negative");
            return nullptr;
        }
    }
    const std::int64_t nargs = repeat == 0 ? 0 : tupleSize(args);
    if (repeat > 0 && nargs > (std::int64_t(1) << 28) / repeat) {
        raiseError(interp, vmOf(interp).exc.OverflowError, "repeat argument too large");
        return nullptr;
    }
    const std::int64_t npools = nargs * repeat;
    const Addr indicesAddr = interp.allocBuffer(nullptr, static_cast<std::uint64_t>(8 * npools));
    if (indicesAddr == 0) return nullptr;
    Ref pools = newTuple(interp, npools);
    if (!pools) {
        interp.freeBuffer(indicesAddr);
        return nullptr;
    }
    for (std::int64_t i = 0; i < npools; ++i) {
        Ref pool = i < nargs ? sequenceTuple(tupleItem(args, i)) : Ref::borrowed(tupleItem(pools.get(), i - nargs));
        if (!pool) {
            interp.freeBuffer(indicesAddr);
            return nullptr;
        }
        tupleSetItemSteal(pools.get(), i, pool.release());
    }
    ItertoolsObject* lz = alloc(type);
    if (!lz) {
        interp.freeBuffer(indicesAddr);
        return nullptr;
    }
    lz->refs[0] = pools.release();
    lz->indices.assign(static_cast<std::size_t>(npools), 0);
    lz->indicesAddr = indicesAddr;
    interp.memory().slotOf(indicesAddr).owner = lz; // allocated before the object, as CPython does
    return lz;
}

Object* productNext(Object* o) {
    ItertoolsObject* lz = asIt(o);
    Interpreter& interp = interpOf(o);
    Object* pools = lz->refs[0];
    const std::int64_t npools = tupleSize(pools);
    if (lz->n[0]) return nullptr;
    auto stop = [&]() -> Object* {
        lz->n[0] = 1;
        return nullptr;
    };
    if (!lz->refs[1]) {
        Ref result = newTuple(interp, npools);
        if (!result) return stop();
        lz->refs[1] = result.release();
        for (std::int64_t i = 0; i < npools; ++i) {
            Object* pool = tupleItem(pools, i);
            if (tupleSize(pool) == 0) return stop();
            tupleSetItemSteal(lz->refs[1], i, newRef(tupleItem(pool, 0)));
        }
    } else {
        if (lz->refs[1]->refcnt > 1) {
            Ref copy = tupleFromArray(interp, tupleItems(lz->refs[1]), npools);
            if (!copy) return stop();
            xdecref(std::exchange(lz->refs[1], copy.release()));
        } else if (!GcState::isTracked(lz->refs[1])) {
            interp.gc().track(lz->refs[1]); // bpo-42536
        }
        Object* result = lz->refs[1];
        std::int64_t i = npools - 1;
        for (; i >= 0; --i) {
            Object* pool = tupleItem(pools, i);
            auto& index = lz->indices[static_cast<std::size_t>(i)];
            index++;
            const bool rollover = index == tupleSize(pool);
            if (rollover) index = 0;
            Object* old = tupleItem(result, i);
            tupleSetItemSteal(result, i, newRef(tupleItem(pool, index)));
            decref(old);
            if (!rollover) break;
        }
        if (i < 0) return stop();
    }
    return newRef(lz->refs[1]);
}

// ---------------------------------------------------------------- combinations / permutations
// refs: pool (tuple), result; n[0] = stopped, n[1] = r.

Object* combinationsNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    static const char* const kNames[] = {"iterable", "r"};
    ArgSpec spec{"combinations", kNames, 2, 0, 2, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackNew(interp, spec, args, kwargs, a, "itertools.combinations")) return nullptr;
    std::int64_t r = 0;
    if (!indexAsInt64(a[1], r, vmOf(interp).exc.OverflowError)) return nullptr;
    Ref pool = sequenceTuple(a[0]);
    if (!pool) return nullptr;
    if (r < 0) {
        raiseError(interp, vmOf(interp).exc.ValueError, "r must be non-negative");
        return nullptr;
    }
    const Addr indicesAddr = allocIndices(interp, r);
    if (indicesAddr == 0) return nullptr;
    ItertoolsObject* co = alloc(type);
    if (!co) {
        interp.freeBuffer(indicesAddr);
        return nullptr;
    }
    interp.memory().slotOf(indicesAddr).owner = co;
    co->indicesAddr = indicesAddr;
    for (std::int64_t i = 0; i < r; ++i) co->indices.push_back(i);
    co->n[0] = r > tupleSize(pool.get()) ? 1 : 0;
    co->n[1] = r;
    co->refs[0] = pool.release();
    return co;
}

Object* combinationsNext(Object* o) {
    ItertoolsObject* co = asIt(o);
    Interpreter& interp = interpOf(o);
    Object* pool = co->refs[0];
    const std::int64_t n = tupleSize(pool), r = co->n[1];
    auto& indices = co->indices;
    if (co->n[0]) return nullptr;
    if (!co->refs[1]) {
        Ref result = newTuple(interp, r);
        if (!result) return nullptr;
        for (std::int64_t i = 0; i < r; ++i) tupleSetItemSteal(result.get(), i, newRef(tupleItem(pool, indices[static_cast<std::size_t>(i)])));
        co->refs[1] = result.release();
    } else {
        if (!ownResult(interp, co, r)) {
            co->n[0] = 1;
            return nullptr;
        }
        std::int64_t i = r - 1;
        while (i >= 0 && indices[static_cast<std::size_t>(i)] == i + n - r) --i;
        if (i < 0) {
            co->n[0] = 1;
            return nullptr;
        }
        indices[static_cast<std::size_t>(i)]++;
        for (std::int64_t j = i + 1; j < r; ++j) indices[static_cast<std::size_t>(j)] = indices[static_cast<std::size_t>(j - 1)] + 1;
        for (; i < r; ++i) setResultItem(co->refs[1], i, tupleItem(pool, indices[static_cast<std::size_t>(i)]));
    }
    return newRef(co->refs[1]);
}

Object* cwrNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    static const char* const kNames[] = {"iterable", "r"};
    ArgSpec spec{"combinations_with_replacement", kNames, 2, 0, 2, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackNew(interp, spec, args, kwargs, a, "itertools.combinations_with_replacement")) return nullptr;
    std::int64_t r = 0;
    if (!indexAsInt64(a[1], r, vmOf(interp).exc.OverflowError)) return nullptr;
    Ref pool = sequenceTuple(a[0]);
    if (!pool) return nullptr;
    if (r < 0) {
        raiseError(interp, vmOf(interp).exc.ValueError, "r must be non-negative");
        return nullptr;
    }
    const Addr indicesAddr = allocIndices(interp, r);
    if (indicesAddr == 0) return nullptr;
    ItertoolsObject* co = alloc(type);
    if (!co) {
        interp.freeBuffer(indicesAddr);
        return nullptr;
    }
    interp.memory().slotOf(indicesAddr).owner = co;
    co->indicesAddr = indicesAddr;
    co->indices.assign(static_cast<std::size_t>(r), 0);
    co->n[0] = tupleSize(pool.get()) == 0 && r ? 1 : 0;
    co->n[1] = r;
    co->refs[0] = pool.release();
    return co;
}

Object* cwrNext(Object* o) {
    ItertoolsObject* co = asIt(o);
    Interpreter& interp = interpOf(o);
    Object* pool = co->refs[0];
    const std::int64_t n = tupleSize(pool), r = co->n[1];
    auto& indices = co->indices;
    if (co->n[0]) return nullptr;
    if (!co->refs[1]) {
        Ref result = newTuple(interp, r);
        if (!result) return nullptr;
        if (n > 0)
            for (std::int64_t i = 0; i < r; ++i) tupleSetItemSteal(result.get(), i, newRef(tupleItem(pool, 0)));
        co->refs[1] = result.release();
        return newRef(co->refs[1]);
    }
    if (!ownResult(interp, co, r)) {
        co->n[0] = 1;
        return nullptr;
    }
    std::int64_t i = r - 1;
    while (i >= 0 && indices[static_cast<std::size_t>(i)] == n - 1) --i;
    if (i < 0) {
        co->n[0] = 1;
        return nullptr;
    }
    const std::int64_t index = indices[static_cast<std::size_t>(i)] + 1;
    for (; i < r; ++i) {
        indices[static_cast<std::size_t>(i)] = index;
        setResultItem(co->refs[1], i, tupleItem(pool, index));
    }
    return newRef(co->refs[1]);
}

Object* permutationsNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    static const char* const kNames[] = {"iterable", "r"};
    ArgSpec spec{"permutations", kNames, 2, 0, 1, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackNew(interp, spec, args, kwargs, a, "itertools.permutations")) return nullptr;
    Ref pool = sequenceTuple(a[0]);
    if (!pool) return nullptr;
    const std::int64_t n = tupleSize(pool.get());
    std::int64_t r = n;
    if (a[1] && a[1] != interp.none) {
        if (!isInt(a[1])) {
            raiseError(interp, typeErrorType(interp), "Expected int as r");
            return nullptr;
        }
        if (!indexAsInt64(a[1], r, vmOf(interp).exc.OverflowError)) return nullptr;
        if (r < 0) {
            raiseError(interp, vmOf(interp).exc.ValueError, "r must be non-negative");
            return nullptr;
        }
    }
    const Addr indicesAddr = allocIndices(interp, n);
    if (indicesAddr == 0) return nullptr;
    const Addr cyclesAddr = allocIndices(interp, r);
    if (cyclesAddr == 0) {
        interp.freeBuffer(indicesAddr);
        return nullptr;
    }
    ItertoolsObject* po = alloc(type);
    if (!po) {
        interp.freeBuffer(indicesAddr);
        interp.freeBuffer(cyclesAddr);
        return nullptr;
    }
    interp.memory().slotOf(indicesAddr).owner = po;
    interp.memory().slotOf(cyclesAddr).owner = po;
    po->indicesAddr = indicesAddr;
    po->cyclesAddr = cyclesAddr;
    for (std::int64_t i = 0; i < n; ++i) po->indices.push_back(i);
    for (std::int64_t i = 0; i < r; ++i) po->cycles.push_back(n - i);
    po->n[0] = r > n ? 1 : 0;
    po->n[1] = r;
    po->refs[0] = pool.release();
    return po;
}

Object* permutationsNext(Object* o) {
    ItertoolsObject* po = asIt(o);
    Interpreter& interp = interpOf(o);
    Object* pool = po->refs[0];
    const std::int64_t n = tupleSize(pool), r = po->n[1];
    auto& indices = po->indices;
    auto& cycles = po->cycles;
    auto at = [](std::vector<std::int64_t>& v, std::int64_t i) -> std::int64_t& { return v[static_cast<std::size_t>(i)]; };
    if (po->n[0]) return nullptr;
    if (!po->refs[1]) {
        Ref result = newTuple(interp, r);
        if (!result) return nullptr;
        for (std::int64_t i = 0; i < r; ++i) tupleSetItemSteal(result.get(), i, newRef(tupleItem(pool, at(indices, i))));
        po->refs[1] = result.release();
        return newRef(po->refs[1]);
    }
    if (n == 0 || !ownResult(interp, po, r)) {
        po->n[0] = 1;
        return nullptr;
    }
    std::int64_t i = r - 1;
    for (; i >= 0; --i) {
        at(cycles, i) -= 1;
        if (at(cycles, i) == 0) {
            const std::int64_t index = at(indices, i);
            for (std::int64_t j = i; j < n - 1; ++j) at(indices, j) = at(indices, j + 1);
            at(indices, n - 1) = index;
            at(cycles, i) = n - i;
        } else {
            const std::int64_t j = at(cycles, i);
            std::swap(at(indices, i), at(indices, n - j));
            for (std::int64_t k = i; k < r; ++k) setResultItem(po->refs[1], k, tupleItem(pool, at(indices, k)));
            break;
        }
    }
    if (i < 0) {
        po->n[0] = 1;
        return nullptr;
    }
    return newRef(po->refs[1]);
}

// ---------------------------------------------------------------- groupby
// groupby refs: it, keyfunc, tgtkey, currkey, currvalue (+ currGrouper). _grouper refs: parent, tgtkey.

Object* groupByNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    static const char* const kNames[] = {"iterable", "key"};
    ArgSpec spec{"groupby", kNames, 2, 0, 1, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackNew(interp, spec, args, kwargs, a, "itertools.groupby")) return nullptr;
    ItertoolsObject* gbo = alloc(type);
    if (!gbo) return nullptr;
    Ref result(gbo);
    gbo->refs[1] = newRef(a[1] ? a[1] : interp.none);
    Ref it = getIter(a[0]);
    if (!it) return nullptr;
    gbo->refs[0] = it.release();
    return result.release();
}

Object* groupByNext(Object* o) {
    ItertoolsObject* gbo = asIt(o);
    Interpreter& interp = interpOf(o);
    gbo->currGrouper = nullptr;
    for (;;) {
        if (gbo->refs[3]) {
            if (!gbo->refs[2]) break;
            const int eq = objectRichCompareBool(gbo->refs[2], gbo->refs[3], CompareOp::Eq);
            if (eq < 0) return nullptr;
            if (eq == 0) break;
        }
        if (!groupByStep(gbo)) return nullptr;
    }
    xdecref(std::exchange(gbo->refs[2], newRef(gbo->refs[3])));
    Ref grouper(grouperCreate(o, gbo->refs[2]));
    if (!grouper) return nullptr;
    return tuplePack(interp, {gbo->refs[3], grouper.get()}).release();
}

Object* grouperCreate(Object* parent, Object* tgtkey) {
    Interpreter& interp = interpOf(parent);
    TypeObject* grouperType = itertoolsType(interp, ItertoolsKind::Grouper);
    auto* igo = interp.newObject<ItertoolsObject>(grouperType, static_cast<std::uint64_t>(grouperType->basicsize));
    if (!igo) return nullptr;
    igo->refs[0] = newRef(parent);
    igo->refs[1] = newRef(tgtkey);
    asIt(parent)->currGrouper = igo;
    interp.gc().track(igo);
    return igo;
}

Object* grouperNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (kwargs && dictSize(kwargs)) {
        raiseError(interp, typeErrorType(interp), "_grouper() takes no keyword arguments");
        return nullptr;
    }
    if (!checkPositional(interp, "_grouper", tupleSize(args), 2, 2)) return nullptr;
    Object* parent = tupleItem(args, 0);
    TypeObject* groupByType = itertoolsType(interp, ItertoolsKind::GroupBy);
    if (!parent->type->isSubtypeOf(groupByType)) {
        raiseError(interp, typeErrorType(interp),
                   "_grouper() argument 1 must be " + groupByType->name + ", not " +
                       (parent == interp.none ? std::string("None") : parent->type->name));
        return nullptr;
    }
    return grouperCreate(parent, tupleItem(args, 1));
}

Object* grouperNext(Object* o) {
    ItertoolsObject* igo = asIt(o);
    ItertoolsObject* gbo = asIt(igo->refs[0]);
    if (gbo->currGrouper != igo) return nullptr;
    if (!gbo->refs[4] && !groupByStep(gbo)) return nullptr;
    const int eq = objectRichCompareBool(igo->refs[1], gbo->refs[3], CompareOp::Eq);
    if (eq <= 0) return nullptr;
    Object* value = std::exchange(gbo->refs[4], nullptr);
    xdecref(std::exchange(gbo->refs[3], nullptr));
    return value;
}

} // namespace hs::itertools_detail
