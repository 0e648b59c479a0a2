// enumerate, zip, map, filter and reversed: constructors with 3.11's messages, next with result
// tuple reuse (enumerate, zip), __reduce__/__setstate__, GC slots.
//
// Sections: enumerate · zip · map · filter · reversed · __reduce__ / __setstate__ · init
#include "objects/builtin_iterators.h"

#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/reduce_tuple.h"
#include "objects/str_object.h"
#include "objects/subtype_instance.h"
#include "objects/tuple_object.h"
#include "runtime/host_stack.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <initializer_list>
#include <vector>

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }
Object* selfIter(Object* o) {
    incref(o);
    return o;
}
Object* newRef(Object* o) {
    incref(o);
    return o;
}

// tp_dealloc; for an instance of a heap subclass it runs inside subtype_dealloc, which drops the
// reference to the class.
template <class T> void genericDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    T* x = static_cast<T*>(o);
    x->clearAll();
    interp.freeObject(o);
}

// tp_alloc: the built-in's own instance is a `size`-byte T, tracked by its constructor once
// filled; a heap subclass's is a SubtypeInstance<T> (PyType_GenericAlloc, tracked at once).
template <class T> T* allocIter(Interpreter& interp, Object* type, TypeObject* exact, std::uint64_t size) {
    if (asType(type) == exact) return interp.newObject<T>(asType(type), size);
    return allocSubtypeInstance<T>(interp, asType(type), 0);
}
// map_new, filter_new and reversed_new refuse keywords unless a subclass has its own __init__.
bool ownInit(Interpreter&, Object* type, TypeObject* builtin) { return initIsBuiltins(asType(type), builtin); }
void trackFilled(Interpreter& interp, Object* o) {
    if (!GcState::isTracked(o)) interp.gc().track(o);
}

// Reuses `result` (a tuple) when nobody else holds it; else a new tuple. Steals the items.
Object* reuseResult(Interpreter& interp, Object*& result, Object* const* items, std::int64_t n) {
    if (result && result->refcnt == 1) {
        incref(result);
        for (std::int64_t i = 0; i < n; ++i) {
            Object* old = tupleItem(result, i);
            tupleSetItemSteal(result, i, items[i]);
            decref(old);
        }
        if (!GcState::isTracked(result)) interp.gc().track(result);
        return result;
    }
    Ref t = newTuple(interp, n);
    if (!t) {
        for (std::int64_t i = 0; i < n; ++i) decref(items[i]);
        return nullptr;
    }
    for (std::int64_t i = 0; i < n; ++i) tupleSetItemSteal(t.get(), i, items[i]);
    return t.release();
}

} // namespace

// ---------------------------------------------------------------- enumerate

namespace {
struct EnumerateImpl : EnumerateObject {
    void clearAll() {
        xdecref(std::exchange(iter, nullptr));
        xdecref(std::exchange(result, nullptr));
        xdecref(std::exchange(longIndex, nullptr));
    }
};
int enumTraverse(Object* o, VisitProc visit, void* arg) {
    auto* e = static_cast<EnumerateObject*>(o);
    for (Object* p : {e->iter, e->result, e->longIndex})
        if (p)
            if (int r = visit(p, arg)) return r;
    return 0;
}
Object* enumNext(Object* o) {
    auto* e = static_cast<EnumerateObject*>(o);
    Interpreter& interp = interpOf(o);
    if (!checkHostStack(interp)) return nullptr; // a chain of iterators nested beyond the host stack
    Object* it = e->iter;
    Object* next = it->type->slots.iternext(it);
    if (!next) return nullptr;
    Object* index;
    if (e->longIndex) {
        index = e->longIndex;
        incref(index);
        Ref one = newInt(interp, 1);
        Ref incremented = intAdd(e->longIndex, one.get());
        decref(std::exchange(e->longIndex, incremented.release()));
    } else {
        index = newInt(interp, e->index).release();
        ++e->index;
    }
    Object* items[2] = {index, next};
    return reuseResult(interp, e->result, items, 2);
}
} // namespace

Object* enumerateNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(type);
    static const char* const kNames[] = {"iterable", "start"};
    ArgSpec spec{"enumerate", kNames, 2, 0, 1, 2};
    Object* a[2] = {nullptr, nullptr};
    if (type == vmOf(interp).types.enumerate) {
        // enum_vectorcall (enumobject.c) parses enumerate's own calls by hand: one or two arguments,
        // keywords named in place ("'k' is an invalid keyword argument"); subclasses take enum_new.
        const std::int64_t nkw = kwCount(kwnames);
        auto keywordIs = [&](std::int64_t i, const char* name) {
            Object* kw = tupleItem(kwnames, i);
            if (strEqualsAscii(kw, name)) return true;
            typeError(interp, "'" + strToUtf8(kw) + "' is an invalid keyword argument for enumerate()");
            return false;
        };
        if (nargs + nkw == 2) {
            a[0] = args[0];
            a[1] = args[1];
            if (nkw == 1 && !keywordIs(0, "start")) return nullptr;
            if (nkw == 2) {
                if (strEqualsAscii(tupleItem(kwnames, 0), "start")) {
                    if (!keywordIs(1, "iterable")) return nullptr;
                    std::swap(a[0], a[1]);
                } else if (!keywordIs(0, "iterable") || !keywordIs(1, "start")) {
                    return nullptr;
                }
            }
        } else if (nargs + nkw == 1) {
            if (nkw == 1 && !keywordIs(0, "iterable")) return nullptr;
            a[0] = args[0];
        } else if (nargs == 0) {
            typeError(interp, "enumerate() missing required argument 'iterable'");
            return nullptr;
        } else {
            typeError(interp, formatString("enumerate() takes at most 2 arguments (%lld given)",
                                           static_cast<long long>(nargs + nkw)));
            return nullptr;
        }
    } else if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) {
        return nullptr;
    }
    Ref it = getIter(a[0]);
    if (!it) return nullptr;
    auto* e = allocIter<EnumerateImpl>(interp, type, vmOf(interp).types.enumerate, 56);
    if (!e) return nullptr;
    Ref ref(e);
    e->iter = it.release();
    if (a[1]) {
        Ref start = numberIndex(a[1]);
        if (!start) return nullptr;
        std::int64_t s = 0;
        if (intAsInt64(start.get(), s) && s != INT64_MAX) e->index = s;
        else e->longIndex = start.release();
    }
    e->result = tuplePack(interp, {interp.none, interp.none}).release();
    trackFilled(interp, e);
    return ref.release();
}

// ---------------------------------------------------------------- zip

namespace {
struct ZipImpl : ZipObject {
    void clearAll() {
        xdecref(std::exchange(iters, nullptr));
        xdecref(std::exchange(result, nullptr));
    }
};
int zipTraverse(Object* o, VisitProc visit, void* arg) {
    auto* z = static_cast<ZipObject*>(o);
    for (Object* p : {z->iters, z->result})
        if (p)
            if (int r = visit(p, arg)) return r;
    return 0;
}
Object* zipNext(Object* o) {
    auto* z = static_cast<ZipObject*>(o);
    Interpreter& interp = interpOf(o);
    if (!checkHostStack(interp)) return nullptr; // a chain of iterators nested beyond the host stack
    const std::int64_t n = z->size;
    if (n == 0) return nullptr;
    // zip_next: a result tuple held only by the zip is refilled in place (each old item dropped as
    // its slot is refilled); otherwise a new tuple is allocated before the iterators are advanced,
    // and freed again (into the free list) when one of them is exhausted.
    Object* result = z->result;
    const bool reuse = result->refcnt == 1;
    Ref fresh;
    if (reuse) {
        incref(result);
    } else {
        fresh = newTuple(interp, n);
        if (!fresh) return nullptr;
        result = fresh.get();
    }
    for (std::int64_t i = 0; i < n; ++i) {
        Object* it = tupleItem(z->iters, i);
        Object* item = it->type->slots.iternext(it);
        if (!item) {
            if (reuse) decref(result);
            fresh = Ref();
            if (z->strict) {
                if (errOccurred(interp)) {
                    if (!errMatches(interp, vmOf(interp).exc.StopIteration)) return nullptr;
                    clearError(interp);
                }
                if (i) {
                    const char* plural = i == 1 ? " " : "s 1-";
                    raiseError(interp, vmOf(interp).exc.ValueError,
                               formatString("zip() argument %lld is shorter than argument%s%lld", static_cast<long long>(i + 1),
                                            plural, static_cast<long long>(i)));
                    return nullptr;
                }
                for (std::int64_t j = 1; j < n; ++j) {
                    Object* jt = tupleItem(z->iters, j);
                    Object* extra = jt->type->slots.iternext(jt);
                    if (extra) {
                        decref(extra);
                        const char* plural = j == 1 ? " " : "s 1-";
                        raiseError(interp, vmOf(interp).exc.ValueError,
                                   formatString("zip() argument %lld is longer than argument%s%lld", static_cast<long long>(j + 1),
                                                plural, static_cast<long long>(j)));
                        return nullptr;
                    }
                    if (errOccurred(interp)) {
                        if (!errMatches(interp, vmOf(interp).exc.StopIteration)) return nullptr;
                        clearError(interp);
                    }
                }
            }
            return nullptr;
        }
        if (reuse) {
            Object* old = tupleItem(result, i);
            tupleSetItemSteal(result, i, item);
            decref(old);
        } else {
            tupleSetItemSteal(result, i, item);
        }
    }
    if (!reuse) return fresh.release();
    // bpo-42536: the collector may have untracked the recycled tuple.
    if (!GcState::isTracked(result)) interp.gc().track(result);
    return result;
}
} // namespace

Object* zipNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(type);
    bool strict = false;
    // zip_new: PyArg_ParseTupleAndKeywords("|$p:zip") checks the keyword count, converts `strict`,
    // then names the first unknown keyword.
    const std::int64_t nkw = kwCount(kwnames);
    if (nkw > 1) {
        typeError(interp, formatString("zip() takes at most 1 keyword argument (%lld given)", static_cast<long long>(nkw)));
        return nullptr;
    }
    for (std::int64_t i = 0; i < nkw; ++i) {
        if (!strEqualsAscii(tupleItem(kwnames, i), "strict")) {
            typeError(interp, "'" + strToUtf8(tupleItem(kwnames, i)) + "' is an invalid keyword argument for zip()");
            return nullptr;
        }
        const int t = objectIsTrue(args[nargs + i]);
        if (t < 0) return nullptr;
        strict = t != 0;
    }
    Ref iters = newTuple(interp, nargs);
    if (!iters) return nullptr;
    for (std::int64_t i = 0; i < nargs; ++i) {
        Ref it = getIter(args[i]);
        if (!it) {
            if (errMatches(interp, vmOf(interp).exc.TypeError)) {
                // zip's own message for a non-iterable argument.
            }
            for (std::int64_t j = i; j < nargs; ++j) tupleSetItemSteal(iters.get(), j, (incref(interp.none), interp.none));
            return nullptr;
        }
        tupleSetItemSteal(iters.get(), i, it.release());
    }
    Ref result = newTuple(interp, nargs);
    if (!result) return nullptr;
    for (std::int64_t i = 0; i < nargs; ++i) {
        incref(interp.none);
        tupleSetItemSteal(result.get(), i, interp.none);
    }
    auto* z = allocIter<ZipImpl>(interp, type, vmOf(interp).types.zip, 48);
    if (!z) return nullptr;
    z->size = nargs;
    z->iters = iters.release();
    z->result = result.release();
    z->strict = strict;
    trackFilled(interp, z);
    return z;
}

// ---------------------------------------------------------------- map

namespace {
struct MapImpl : MapObject {
    void clearAll() {
        xdecref(std::exchange(iters, nullptr));
        xdecref(std::exchange(func, nullptr));
    }
};
int mapTraverse(Object* o, VisitProc visit, void* arg) {
    auto* m = static_cast<MapObject*>(o);
    for (Object* p : {m->iters, m->func})
        if (p)
            if (int r = visit(p, arg)) return r;
    return 0;
}
Object* mapNext(Object* o) {
    auto* m = static_cast<MapObject*>(o);
    if (!checkHostStack(interpOf(o))) return nullptr; // a chain of iterators nested beyond the host stack
    const std::int64_t n = tupleSize(m->iters);
    std::vector<Ref> items;
    std::vector<Object*> raw;
    for (std::int64_t i = 0; i < n; ++i) {
        Object* it = tupleItem(m->iters, i);
        Object* item = it->type->slots.iternext(it);
        if (!item) return nullptr;
        items.emplace_back(item);
        raw.push_back(item);
    }
    return call(m->func, raw.data(), n).release();
}
} // namespace

Object* mapNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(type);
    if (ownInit(interp, type, vmOf(interp).types.map) && !noKeywords(interp, "map", kwnames)) return nullptr;
    if (nargs < 2) {
        typeError(interp, "map() must have at least two arguments.");
        return nullptr;
    }
    Ref iters = newTuple(interp, nargs - 1);
    if (!iters) return nullptr;
    for (std::int64_t i = 1; i < nargs; ++i) {
        Ref it = getIter(args[i]);
        if (!it) {
            for (std::int64_t j = i; j < nargs; ++j) tupleSetItemSteal(iters.get(), j - 1, (incref(interp.none), interp.none));
            return nullptr;
        }
        tupleSetItemSteal(iters.get(), i - 1, it.release());
    }
    auto* m = allocIter<MapImpl>(interp, type, vmOf(interp).types.map, 32);
    if (!m) return nullptr;
    m->iters = iters.release();
    incref(args[0]);
    m->func = args[0];
    trackFilled(interp, m);
    return m;
}

// ---------------------------------------------------------------- filter

namespace {
struct FilterImpl : FilterObject {
    void clearAll() {
        xdecref(std::exchange(func, nullptr));
        xdecref(std::exchange(iter, nullptr));
    }
};
int filterTraverse(Object* o, VisitProc visit, void* arg) {
    auto* f = static_cast<FilterObject*>(o);
    for (Object* p : {f->func, f->iter})
        if (p)
            if (int r = visit(p, arg)) return r;
    return 0;
}
Object* filterNext(Object* o) {
    auto* f = static_cast<FilterObject*>(o);
    Interpreter& interp = interpOf(o);
    if (!checkHostStack(interp)) return nullptr; // a chain of iterators nested beyond the host stack
    const bool checkTrue = f->func == interp.none || f->func == interp.types.bool_;
    for (;;) {
        Object* item = f->iter->type->slots.iternext(f->iter);
        if (!item) return nullptr;
        Ref keep(item);
        int ok;
        if (checkTrue) {
            ok = objectIsTrue(item);
        } else {
            Ref good = callOneArg(f->func, item);
            if (!good) return nullptr;
            ok = objectIsTrue(good.get());
        }
        if (ok > 0) return keep.release();
        if (ok < 0) return nullptr;
    }
}
} // namespace

Object* filterNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(type);
    if (ownInit(interp, type, vmOf(interp).types.filter) && !noKeywords(interp, "filter", kwnames)) return nullptr;
    if (!checkPositional(interp, "filter", nargs, 2, 2)) return nullptr;
    Ref it = getIter(args[1]);
    if (!it) return nullptr;
    auto* f = allocIter<FilterImpl>(interp, type, vmOf(interp).types.filter, 32);
    if (!f) return nullptr;
    incref(args[0]);
    f->func = args[0];
    f->iter = it.release();
    trackFilled(interp, f);
    return f;
}

// ---------------------------------------------------------------- reversed

namespace {
struct ReversedImpl : ReversedObject {
    void clearAll() { xdecref(std::exchange(seq, nullptr)); }
};
int reversedTraverse(Object* o, VisitProc visit, void* arg) {
    Object* s = static_cast<ReversedObject*>(o)->seq;
    return s ? visit(s, arg) : 0;
}
Object* reversedNext(Object* o) {
    auto* r = static_cast<ReversedObject*>(o);
    Interpreter& interp = interpOf(o);
    if (r->index >= 0 && r->seq) {
        Ref index = newInt(interp, r->index);
        Ref item = getItem(r->seq, index.get());
        if (item) {
            --r->index;
            return item.release();
        }
        if (errMatches(interp, vmOf(interp).exc.IndexError) || errMatches(interp, vmOf(interp).exc.StopIteration))
            clearError(interp);
        else
            return nullptr;
    }
    r->index = -1;
    xdecref(std::exchange(r->seq, nullptr));
    return nullptr;
}
Object* reversedLengthHint(Object* self, Object* const*, std::int64_t, Object*) {
    auto* r = static_cast<ReversedObject*>(self);
    return newInt(interpOf(self), r->seq ? r->index + 1 : 0).release();
}
} // namespace

Object* reversedNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(type);
    if (ownInit(interp, type, vmOf(interp).types.reversed) && !noKeywords(interp, "reversed", kwnames)) return nullptr;
    if (!checkPositional(interp, "reversed", nargs, 1, 1)) return nullptr;
    Object* seq = args[0];
    Object* meth = typeLookup(seq->type, vmOf(interp).names.__reversed__);
    if (meth == interp.none) {
        typeError(interp, "'" + seq->type->name + "' object is not reversible");
        return nullptr;
    }
    if (meth) {
        Ref bound(meth->type->slots.descrGet ? meth->type->slots.descrGet(meth, seq, seq->type) : (incref(meth), meth));
        if (!bound) return nullptr;
        return callNoArgs(bound.get()).release();
    }
    if (!sequenceCheck(seq)) {
        typeError(interp, "'" + seq->type->name + "' object is not reversible");
        return nullptr;
    }
    const std::int64_t n = objectLength(seq); // PySequence_Size: "object of type 'T' has no len()"
    if (n < 0) return nullptr;
    auto* r = allocIter<ReversedImpl>(interp, type, vmOf(interp).types.reversed, 32);
    if (!r) return nullptr;
    r->index = n - 1;
    incref(seq);
    r->seq = seq;
    trackFilled(interp, r);
    return r;
}

// ---------------------------------------------------------------- __reduce__ / __setstate__
// The pickle protocol copy.copy / copy.deepcopy use (enumobject.c, bltinmodule.c 3.11): each
// iterator reduces to its type and the iterators it holds, so a copy shares them. Tuples are built
// as Py_BuildValue builds them: the outer tuple first, then the inner one and its items.

namespace {

Object* noneResult(Interpreter& interp) { return newRef(interp.none); }

// enum_reduce: Py_BuildValue("O(On)") or, past PY_SSIZE_T_MAX, "O(OO)" with en_longindex.
Object* enumReduce(Object* self, Object* const*, std::int64_t, Object*) {
    auto* e = static_cast<EnumerateObject*>(self);
    Interpreter& interp = interpOf(self);
    Ref outer = newTuple(interp, 2);
    if (!outer) return nullptr;
    tupleSetItemSteal(outer.get(), 0, newRef(self->type));
    Ref inner = newTuple(interp, 2);
    if (!inner) return nullptr;
    tupleSetItemSteal(inner.get(), 0, newRef(e->iter));
    Object* index = e->longIndex ? newRef(e->longIndex) : newInt(interp, e->index).release();
    if (!index) return nullptr;
    tupleSetItemSteal(inner.get(), 1, index);
    tupleSetItemSteal(outer.get(), 1, inner.release());
    return outer.release();
}

// zip_reduce: PyTuple_Pack(type, ittuple[, True]): strict comes back through __setstate__.
Object* zipReduce(Object* self, Object* const*, std::int64_t, Object*) {
    auto* z = static_cast<ZipObject*>(self);
    Interpreter& interp = interpOf(self);
    if (z->strict) return tuplePack(interp, {self->type, z->iters, interp.trueObj}).release();
    return tuplePack(interp, {self->type, z->iters}).release();
}
Object* zipSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    const int strict = objectIsTrue(args[0]);
    if (strict < 0) return nullptr;
    static_cast<ZipObject*>(self)->strict = strict != 0;
    return noneResult(interpOf(self));
}

// map_reduce: the args tuple (func, *iters) first, then Py_BuildValue("ON", type, args).
Object* mapReduce(Object* self, Object* const*, std::int64_t, Object*) {
    auto* m = static_cast<MapObject*>(self);
    Interpreter& interp = interpOf(self);
    const std::int64_t n = tupleSize(m->iters);
    Ref args = newTuple(interp, n + 1);
    if (!args) return nullptr;
    tupleSetItemSteal(args.get(), 0, newRef(m->func));
    for (std::int64_t i = 0; i < n; ++i) tupleSetItemSteal(args.get(), i + 1, newRef(tupleItem(m->iters, i)));
    return tuplePack(interp, {self->type, args.get()}).release();
}

// filter_reduce: Py_BuildValue("O(OO)", type, func, it).
Object* filterReduce(Object* self, Object* const*, std::int64_t, Object*) {
    auto* f = static_cast<FilterObject*>(self);
    return reduceTuple(interpOf(self), self, {newRef(f->func), newRef(f->iter)});
}

// reversed_reduce: "O(O)n" (type, (seq,), index); exhausted "O(())".
Object* reversedReduce(Object* self, Object* const*, std::int64_t, Object*) {
    auto* r = static_cast<ReversedObject*>(self);
    Interpreter& interp = interpOf(self);
    if (!r->seq) {
        Ref outer = newTuple(interp, 2);
        if (!outer) return nullptr;
        tupleSetItemSteal(outer.get(), 0, newRef(self->type));
        Ref inner = newTuple(interp, 1);
        if (!inner) return nullptr;
        Ref empty = newTuple(interp, 0);
        if (!empty) return nullptr;
        tupleSetItemSteal(inner.get(), 0, empty.release());
        tupleSetItemSteal(outer.get(), 1, inner.release());
        return outer.release();
    }
    Ref outer = newTuple(interp, 3);
    if (!outer) return nullptr;
    tupleSetItemSteal(outer.get(), 0, newRef(self->type));
    Ref inner = tuplePack(interp, {r->seq});
    if (!inner) return nullptr;
    tupleSetItemSteal(outer.get(), 1, inner.release());
    Ref index = newInt(interp, r->index);
    if (!index) return nullptr;
    tupleSetItemSteal(outer.get(), 2, index.release());
    return outer.release();
}
// reversed_setstate: PyLong_AsSsize_t (an exact int), clamped to [-1, len(seq) - 1]; an exhausted
// iterator ignores it.
Object* reversedSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    auto* r = static_cast<ReversedObject*>(self);
    Interpreter& interp = interpOf(self);
    std::int64_t index = 0;
    if (!isInt(args[0])) {
        typeError(interp, "an integer is required");
        return nullptr;
    }
    if (!intAsInt64(args[0], index)) {
        raiseError(interp, vmOf(interp).exc.OverflowError, "Python int too large to convert to C ssize_t");
        return nullptr;
    }
    if (r->seq) {
        const std::int64_t n = objectLength(r->seq);
        if (n < 0) return nullptr;
        if (index < -1) index = -1;
        else if (index > n - 1) index = n - 1;
        r->index = index;
    }
    return noneResult(interp);
}

constexpr const char* kReduceDoc = "Return state information for pickling.";
constexpr const char* kSetStateDoc = "Set state information for unpickling.";
const MethodDef kEnumerateMethods[] = {{"__reduce__", enumReduce, meth::kNoArgs, kReduceDoc}, {nullptr, nullptr, 0}};
const MethodDef kZipMethods[] = {
    {"__reduce__", zipReduce, meth::kNoArgs, kReduceDoc},
    {"__setstate__", zipSetState, meth::kO, kSetStateDoc},
    {nullptr, nullptr, 0},
};
const MethodDef kMapMethods[] = {{"__reduce__", mapReduce, meth::kNoArgs, kReduceDoc}, {nullptr, nullptr, 0}};
const MethodDef kFilterMethods[] = {{"__reduce__", filterReduce, meth::kNoArgs, kReduceDoc}, {nullptr, nullptr, 0}};
const MethodDef kReversedMethods[] = {
    {"__length_hint__", reversedLengthHint, meth::kNoArgs},
    {"__reduce__", reversedReduce, meth::kNoArgs, kReduceDoc},
    {"__setstate__", reversedSetState, meth::kO, kSetStateDoc},
    {nullptr, nullptr, 0},
};
} // namespace

// ---------------------------------------------------------------- init

namespace {
// tp_new over the vectorcall-style constructor F: the args tuple and kwargs dict flattened. A
// subclass has no vectorcall of its own, so F is named here rather than read from the type.
template <VectorcallFunc F> Object* tupleNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& in = *type->interp;
    std::vector<Object*> flat(tupleItems(args), tupleItems(args) + tupleSize(args));
    Ref kwnames;
    if (!dictToKwnames(in, kwargs, flat, kwnames)) return nullptr;
    return F(type, flat.data(), tupleSize(args), kwnames.get());
}
} // namespace

void initBuiltinIteratorTypes(Interpreter& interp) {
    VmTypes& t = vmOf(interp).types;
    auto common = [&](TypeObject* type, void (*dealloc)(Object*), int (*traverse)(Object*, VisitProc, void*), UnaryFunc next,
                      VectorcallFunc ctor) {
        type->dealloc = dealloc;
        type->traverse = traverse;
        type->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
        type->slots.iter = selfIter;
        type->slots.iternext = next;
        type->slots.vectorNew = ctor;
    };
    common(t.enumerate, genericDealloc<EnumerateImpl>, enumTraverse, enumNext, enumerateNew);
    setHostDestructor<EnumerateImpl>(*t.enumerate);
    common(t.zip, genericDealloc<ZipImpl>, zipTraverse, zipNext, nullptr);
    t.zip->slots.tpNew = tupleNew<zipNew>;
    setHostDestructor<ZipImpl>(*t.zip);
    common(t.map, genericDealloc<MapImpl>, mapTraverse, mapNext, mapNew);
    setHostDestructor<MapImpl>(*t.map);
    common(t.filter, genericDealloc<FilterImpl>, filterTraverse, filterNext, filterNew);
    setHostDestructor<FilterImpl>(*t.filter);
    common(t.reversed, genericDealloc<ReversedImpl>, reversedTraverse, reversedNext, reversedNew);
    setHostDestructor<ReversedImpl>(*t.reversed);
    addMethods(interp, t.reversed, kReversedMethods);
    addMethods(interp, t.enumerate, kEnumerateMethods);
    addMethods(interp, t.zip, kZipMethods);
    addMethods(interp, t.map, kMapMethods);
    addMethods(interp, t.filter, kFilterMethods);
    // The tuple path of type_call for the vectorcall constructors (subclasses, PyObject_Call).
    t.enumerate->slots.tpNew = tupleNew<enumerateNew>;
    t.map->slots.tpNew = tupleNew<mapNew>;
    t.filter->slots.tpNew = tupleNew<filterNew>;
    t.reversed->slots.tpNew = tupleNew<reversedNew>;
    // All five are Py_TPFLAGS_BASETYPE: a subclass's instances are SubtypeInstance<Impl>.
    t.enumerate->subtypeLayout = installSubtypeLayout<EnumerateImpl>;
    t.zip->subtypeLayout = installSubtypeLayout<ZipImpl>;
    t.map->subtypeLayout = installSubtypeLayout<MapImpl>;
    t.filter->subtypeLayout = installSubtypeLayout<FilterImpl>;
    t.reversed->subtypeLayout = installSubtypeLayout<ReversedImpl>;
}

} // namespace hs
