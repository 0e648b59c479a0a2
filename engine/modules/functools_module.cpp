// The functools module: reduce, partial (Modules/_functoolsmodule.c: a GC object holding the
// function, the positional tuple and a keywords dict), update_wrapper and wraps (Lib/functools.py:
// wraps returns partial(update_wrapper, wrapped=..., assigned=..., updated=...)).
// lru_cache/cache (_lru_cache_wrapper: a dict cache keyed as lru_cache_make_key, LRU order for a
// bounded maxsize); cache_info() returns a CacheInfo object with the namedtuple's repr and fields
// (not a tuple here). The rest of the module is not simulated.
//
// Sections: partial · reduce · update_wrapper and wraps · lru_cache · module
#include "modules/module_registry.h"
#include "modules/preload_scope.h"
#include "modules/source_module.h"

#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/method_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "runtime/string_format.h"
#include "vm/vm_state.h"

#include <utility>
#include <vector>

namespace hs {

namespace {

// ---------------------------------------------------------------- partial

// Host side of partialobject: fn, args (tuple), kw (dict), dict, weakreflist (56 bytes + GC head;
// the vectorcall pointer makes 64).
struct PartialObject : Object {
    Object* fn = nullptr;
    Object* args = nullptr;
    Object* kw = nullptr;
    Object* dict = nullptr;
};

PartialObject* asPartial(Object* o) { return static_cast<PartialObject*>(o); }

void partialDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    PartialObject* p = asPartial(o);
    xdecref(std::exchange(p->fn, nullptr));
    xdecref(std::exchange(p->args, nullptr));
    xdecref(std::exchange(p->kw, nullptr));
    xdecref(std::exchange(p->dict, nullptr));
    interp.freeObject(o);
}

int partialTraverse(Object* o, VisitProc visit, void* arg) {
    PartialObject* p = asPartial(o);
    for (Object* r : {p->fn, p->args, p->kw, p->dict})
        if (r)
            if (int v = visit(r, arg)) return v;
    return 0;
}

int partialClear(Object* o) {
    PartialObject* p = asPartial(o);
    xdecref(std::exchange(p->fn, nullptr));
    xdecref(std::exchange(p->args, nullptr));
    xdecref(std::exchange(p->kw, nullptr));
    xdecref(std::exchange(p->dict, nullptr));
    return 0;
}

Object* partialCall(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);

// partial(func, /, *args, **keywords). New reference. A func called through partial_call (a
// partial without a __dict__) is flattened, as partial_new does: its fn, its args + args, and its
// keywords updated by these.
Ref makePartial(Interpreter& interp, TypeObject* type, Object* fn, Object* const* args, std::int64_t nargs,
                Object* kwargs) {
    Object* innerArgs = nullptr;
    Object* innerKw = nullptr;
    if (fn->type->slots.call == partialCall && !asPartial(fn)->dict) {
        innerArgs = asPartial(fn)->args;
        innerKw = asPartial(fn)->kw;
        fn = asPartial(fn)->fn;
    }
    if (!isCallable(fn)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "the first argument must be callable");
        return Ref();
    }
    auto* p = interp.newObject<PartialObject>(type, 64);
    if (!p) return Ref();
    Ref result(p);
    incref(fn);
    p->fn = fn;
    Ref pargs = tupleFromArray(interp, args, nargs);
    if (!pargs) return Ref();
    if (innerArgs && tupleSize(innerArgs) && nargs == 0) {
        pargs = Ref::borrowed(innerArgs); // tuple_concat(a, ()) returns a itself
    } else if (innerArgs && tupleSize(innerArgs)) {
        std::vector<Object*> joined(tupleItems(innerArgs), tupleItems(innerArgs) + tupleSize(innerArgs));
        joined.insert(joined.end(), args, args + nargs);
        pargs = tupleFromArray(interp, joined.data(), static_cast<std::int64_t>(joined.size()));
        if (!pargs) return Ref();
    }
    p->args = pargs.release();
    Ref kw;
    if (innerKw && dictSize(innerKw)) {
        kw = dictCopy(innerKw);
        if (kw && kwargs && dictMerge(kw.get(), kwargs, 1) < 0) return Ref();
    } else {
        kw = kwargs ? dictCopy(kwargs) : newDict(interp);
    }
    if (!kw) return Ref();
    p->kw = kw.release();
    interp.gc().track(p);
    return result;
}

Object* partialVectorNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *type->type->interp;
    if (nargs < 1) {
        raiseError(interp, vmOf(interp).exc.TypeError, "type 'partial' takes at least one argument");
        return nullptr;
    }
    Ref kwargs;
    if (kwnames && tupleSize(kwnames)) {
        kwargs = newDict(interp);
        if (!kwargs) return nullptr;
        for (std::int64_t i = 0; i < tupleSize(kwnames); ++i)
            if (dictSetItem(kwargs.get(), tupleItem(kwnames, i), args[nargs + i]) < 0) return nullptr;
    }
    return makePartial(interp, asType(type), args[0], args + 1, nargs - 1, kwargs.get()).release();
}

// partial_call: fn(*self.args, *args, **{**self.keywords, **kwargs}).
Object* partialCall(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *self->type->interp;
    PartialObject* p = asPartial(self);
    std::vector<Object*> stack(tupleItems(p->args), tupleItems(p->args) + tupleSize(p->args));
    stack.insert(stack.end(), args, args + nargs);
    const std::int64_t total = static_cast<std::int64_t>(stack.size());
    Ref kw = dictCopy(p->kw);
    if (!kw) return nullptr;
    for (std::int64_t i = 0; kwnames && i < tupleSize(kwnames); ++i)
        if (dictSetItem(kw.get(), tupleItem(kwnames, i), args[nargs + i]) < 0) return nullptr;
    Ref names;
    if (dictSize(kw.get())) {
        names = newTuple(interp, dictSize(kw.get()));
        if (!names) return nullptr;
        std::int64_t pos = 0, i = 0;
        Object *k, *v;
        while (dictNext(kw.get(), pos, &k, &v)) {
            incref(k);
            tupleSetItemSteal(names.get(), i++, k);
            stack.push_back(v);
        }
    }
    return call(p->fn, stack.data(), total, names.get()).release();
}

// partial_repr: functools.partial(<fn repr>, arg reprs..., key=value reprs...).
Object* partialRepr(Object* self) {
    Interpreter& interp = *self->type->interp;
    PartialObject* p = asPartial(self);
    ReprGuard guard(self);
    if (guard.active()) return newStrFromUtf8(interp, "...").release();
    std::string text;
    Ref fr = objectRepr(p->fn);
    bool ok = static_cast<bool>(fr);
    if (ok) text = strToUtf8(fr.get());
    for (std::int64_t i = 0; ok && i < tupleSize(p->args); ++i) {
        Ref a = objectRepr(tupleItem(p->args, i));
        ok = static_cast<bool>(a);
        if (ok) text += ", " + strToUtf8(a.get());
    }
    std::int64_t pos = 0;
    Object *k, *v;
    while (ok && dictNext(p->kw, pos, &k, &v)) {
        Ref vr = objectRepr(v);
        ok = static_cast<bool>(vr);
        if (ok) text += ", " + strToUtf8(k) + "=" + strToUtf8(vr.get());
    }
    if (!ok) return nullptr;
    return newStrFromUtf8(interp, "functools.partial(" + text + ")").release();
}

Object* partialFunc(Object* self) {
    incref(asPartial(self)->fn);
    return asPartial(self)->fn;
}
Object* partialArgs(Object* self) {
    incref(asPartial(self)->args);
    return asPartial(self)->args;
}
Object* partialKeywords(Object* self) {
    incref(asPartial(self)->kw);
    return asPartial(self)->kw;
}
Object* partialGetDict(Object* self) {
    Object* d = instanceDict(self, true); // PyObject_GenericGetDict
    xincref(d);
    return d;
}
const GetSetDef kPartialGetSets[] = {
    {"__dict__", partialGetDict, nullptr, nullptr},
    {"func", partialFunc, nullptr, "function object to use in future partial calls"},
    {"args", partialArgs, nullptr, "tuple of arguments to future partial calls"},
    {"keywords", partialKeywords, nullptr, "dictionary of keyword arguments to future partial calls"},
    {nullptr, nullptr},
};

TypeObject* partialType(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    if (vm.types.partial) return vm.types.partial;
    TypeObject* t = interp.newStaticType("functools.partial", 64, 0, tpflags::kHaveGc | tpflags::kBaseType,
                                         interp.types.object);
    t->type = interp.types.type;
    t->dealloc = partialDealloc;
    t->traverse = partialTraverse;
    t->clear = partialClear;
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->repr = partialRepr;
    t->slots.call = partialCall;
    t->slots.dictPtr = [](Object* o) -> Object** { return &asPartial(o)->dict; };
    t->slots.vectorNew = partialVectorNew;
    t->slots.tpNew = [](TypeObject* type, Object* args, Object* kwargs) -> Object* {
        Interpreter& in = *type->interp;
        if (tupleSize(args) < 1) {
            raiseError(in, vmOf(in).exc.TypeError, "type 'partial' takes at least one argument");
            return nullptr;
        }
        return makePartial(in, type, tupleItem(args, 0), tupleItems(args) + 1, tupleSize(args) - 1, kwargs).release();
    };
    t->slots.doc = "partial(func, *args, **keywords) - new function with partial application\n"
                   "    of the given arguments and keywords.\n";
    addGetSets(interp, t, kPartialGetSets);
    addSlotWrappers(interp, t);
    setHostDestructor<PartialObject>(*t);
    vm.types.partial = t;
    return t;
}

// ---------------------------------------------------------------- reduce

// reduce(function, iterable[, initial]) (functools_reduce, METH_VARARGS): one args 2-tuple is
// allocated and updated in place for every call; a function that kept it (refcount > 1) gets a
// fresh tuple on the next round. The tuple is re-tracked when the gc untracked it meanwhile.
Object* ftReduce(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = *self->type->interp;
    VmState& vm = vmOf(interp);
    if (!checkPositional(interp, "reduce", nargs, 2, 3)) return nullptr;
    Object* func = args[0];
    Ref result = nargs == 3 ? Ref::borrowed(args[2]) : Ref();
    Ref it = getIter(args[1]);
    if (!it) {
        if (errMatches(interp, vm.exc.TypeError)) raiseError(interp, vm.exc.TypeError, "reduce() arg 2 must support iteration");
        return nullptr;
    }
    Ref pair = newTuple(interp, 2);
    if (!pair) return nullptr;
    for (;;) {
        if (pair->refcnt > 1) {
            pair = newTuple(interp, 2);
            if (!pair) return nullptr;
        }
        Ref item = iterNext(it.get());
        if (!item) {
            if (errOccurred(interp)) return nullptr;
            break;
        }
        if (!result) {
            result = std::move(item);
            continue;
        }
        Object** slots = tupleItems(pair.get());
        Object* oldLeft = slots[0];
        Object* oldRight = slots[1];
        slots[0] = result.release();
        slots[1] = item.release();
        xdecref(oldLeft);
        xdecref(oldRight);
        result = callTupleDict(func, pair.get(), nullptr);
        if (!result) return nullptr;
        if (!GcState::isTracked(pair.get())) interp.gc().track(pair.get());
    }
    pair = Ref();
    if (!result) {
        raiseError(interp, vm.exc.TypeError, "reduce() of empty iterable with no initial value");
        return nullptr;
    }
    return result.release();
}

// ---------------------------------------------------------------- update_wrapper and wraps

const char* const kAssigned[] = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

// update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES).
Object* ftUpdateWrapper(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *self->type->interp;
    static const char* const kNames[] = {"wrapper", "wrapped", "assigned", "updated"};
    ArgSpec spec{"update_wrapper", kNames, 4, 0, 2, 4};
    Object* a[4] = {nullptr, nullptr, nullptr, nullptr};
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    Object* wrapper = a[0];
    Object* wrapped = a[1];
    std::vector<Ref> assigned;
    if (a[2]) {
        Ref it = getIter(a[2]);
        if (!it) return nullptr;
        while (Ref n = iterNext(it.get())) assigned.push_back(std::move(n));
        if (errOccurred(interp)) return nullptr;
    } else {
        for (const char* n : kAssigned) assigned.push_back(internName(interp, n));
    }
    for (const Ref& name : assigned) {
        Ref value;
        const int has = lookupAttr(wrapped, name.get(), value);
        if (has < 0) return nullptr;
        if (has && setAttr(wrapper, name.get(), value.get()) < 0) return nullptr;
    }
    std::vector<Ref> updated;
    if (a[3]) {
        Ref it = getIter(a[3]);
        if (!it) return nullptr;
        while (Ref n = iterNext(it.get())) updated.push_back(std::move(n));
        if (errOccurred(interp)) return nullptr;
    } else {
        updated.push_back(internName(interp, "__dict__"));
    }
    for (const Ref& name : updated) {
        Ref target = getAttr(wrapper, name.get());
        if (!target) return nullptr;
        Ref source;
        const int has = lookupAttr(wrapped, name.get(), source);
        if (has < 0) return nullptr;
        Ref empty;
        if (!has) {
            empty = newDict(interp);
            source = Ref::borrowed(empty.get());
        }
        Object* argv[1] = {source.get()};
        if (!callMethodStr(target.get(), "update", argv, 1)) return nullptr;
    }
    if (setAttrStr(wrapper, "__wrapped__", wrapped) < 0) return nullptr;
    incref(wrapper);
    return wrapper;
}

const MethodDef kUpdateWrapper = {"update_wrapper", ftUpdateWrapper, meth::kFastcall | meth::kKeywords,
                                  "Update a wrapper function to look like the wrapped function"};

// wraps(wrapped, assigned=..., updated=...): partial(update_wrapper, wrapped=..., assigned=..., updated=...).
Object* ftWraps(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *self->type->interp;
    static const char* const kNames[] = {"wrapped", "assigned", "updated"};
    ArgSpec spec{"wraps", kNames, 3, 0, 1, 3};
    Object* a[3] = {nullptr, nullptr, nullptr};
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    Ref updateWrapper = getAttrStr(self, "update_wrapper");
    if (!updateWrapper) return nullptr;
    Ref kwargs = newDict(interp);
    if (!kwargs) return nullptr;
    Ref assigned = a[1] ? Ref::borrowed(a[1]) : getAttrStr(self, "WRAPPER_ASSIGNMENTS");
    Ref updated = a[2] ? Ref::borrowed(a[2]) : getAttrStr(self, "WRAPPER_UPDATES");
    if (!assigned || !updated) return nullptr;
    if (dictSetItem(kwargs.get(), internName(interp, "wrapped").get(), a[0]) < 0 ||
        dictSetItem(kwargs.get(), internName(interp, "assigned").get(), assigned.get()) < 0 ||
        dictSetItem(kwargs.get(), internName(interp, "updated").get(), updated.get()) < 0)
        return nullptr;
    Object* fn = updateWrapper.get();
    return makePartial(interp, partialType(interp), fn, nullptr, 0, kwargs.get()).release();
}


// ---------------------------------------------------------------- lru_cache

// _lru_cache_wrapper: func, the cache dict (key -> result), LRU order of keys for bounded caches,
// statistics, and a __dict__ (update_wrapper stores __name__, __doc__, __wrapped__ there).
struct LruWrapper : Object {
    Object* func = nullptr;
    Object* cache = nullptr;   // dict
    Object* dict = nullptr;    // __dict__
    std::vector<Object*> order; // keys, least recently used first (borrowed from cache)
    std::int64_t maxsize = -1;  // -1: unbounded
    bool typed = false;
    std::int64_t hits = 0;
    std::int64_t misses = 0;
};
LruWrapper* asLru(Object* o) { return static_cast<LruWrapper*>(o); }

void lruDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    LruWrapper* w = asLru(o);
    w->order.clear();
    xdecref(std::exchange(w->cache, nullptr));
    xdecref(std::exchange(w->func, nullptr));
    xdecref(std::exchange(w->dict, nullptr));
    interp.freeObject(o);
}
int lruTraverse(Object* o, VisitProc visit, void* arg) {
    LruWrapper* w = asLru(o);
    for (Object* r : {w->func, w->cache, w->dict})
        if (r)
            if (int v = visit(r, arg)) return v;
    return 0;
}
int lruClear(Object* o) {
    LruWrapper* w = asLru(o);
    w->order.clear();
    xdecref(std::exchange(w->cache, nullptr));
    xdecref(std::exchange(w->func, nullptr));
    xdecref(std::exchange(w->dict, nullptr));
    return 0;
}

// lru_cache_make_key: a lone int/str argument is its own key; otherwise a tuple of the arguments,
// a marker and the keyword items (plus the argument types when typed).
Ref makeKey(Interpreter& interp, Object* const* args, std::int64_t nargs, Object* kwnames, bool typed) {
    const std::int64_t nkw = kwnames ? tupleSize(kwnames) : 0;
    if (!nkw && !typed && nargs == 1 && (args[0]->type == interp.types.int_ || args[0]->type == interp.types.str))
        return Ref::borrowed(args[0]);
    std::vector<Object*> items(args, args + nargs);
    Ref mark;
    if (nkw) {
        mark = internName(interp, "<kwd_mark>");
        items.push_back(mark.get());
        for (std::int64_t i = 0; i < nkw; ++i) {
            items.push_back(tupleItem(kwnames, i));
            items.push_back(args[nargs + i]);
        }
    }
    if (typed) {
        for (std::int64_t i = 0; i < nargs; ++i) items.push_back(args[i]->type);
        for (std::int64_t i = 0; i < nkw; ++i) items.push_back(args[nargs + i]->type);
    }
    return tupleFromArray(interp, items.data(), static_cast<std::int64_t>(items.size()));
}

Object* lruCall(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *self->type->interp;
    LruWrapper* w = asLru(self);
    if (w->maxsize == 0) {
        w->misses++;
        return call(w->func, args, nargs, kwnames).release();
    }
    Ref key = makeKey(interp, args, nargs, kwnames, w->typed);
    if (!key) return nullptr;
    if (objectHash(key.get()) == -1) return nullptr;
    if (Object* hit = dictGetItem(w->cache, key.get())) {
        w->hits++;
        if (w->maxsize > 0) { // move to most recently used
            for (std::size_t i = 0; i < w->order.size(); ++i)
                if (w->order[i] == key.get() || objectRichCompareBool(w->order[i], key.get(), CompareOp::Eq) == 1) {
                    Object* k = w->order[i];
                    w->order.erase(w->order.begin() + static_cast<std::ptrdiff_t>(i));
                    w->order.push_back(k);
                    break;
                }
        }
        incref(hit);
        return hit;
    }
    if (errOccurred(interp)) return nullptr;
    w->misses++;
    Ref result = call(w->func, args, nargs, kwnames);
    if (!result) return nullptr;
    if (dictGetItem(w->cache, key.get())) return result.release(); // the call cached it already
    if (w->maxsize > 0 && static_cast<std::int64_t>(w->order.size()) >= w->maxsize) {
        Ref oldest = Ref::borrowed(w->order.front());
        w->order.erase(w->order.begin());
        if (dictDelItem(w->cache, oldest.get()) < 0) return nullptr;
    }
    if (dictSetItem(w->cache, key.get(), result.get()) < 0) return nullptr;
    if (w->maxsize > 0) {
        // Borrow the key object the cache holds.
        std::int64_t pos = 0;
        Object *k = nullptr, *v = nullptr, *stored = key.get();
        while (dictNext(w->cache, pos, &k, &v))
            if (k == key.get() || objectRichCompareBool(k, key.get(), CompareOp::Eq) == 1) stored = k;
        w->order.push_back(stored);
    }
    return result.release();
}

// CacheInfo(hits, misses, maxsize, currsize).
struct CacheInfoObject : Object {
    Object* fields[4] = {nullptr, nullptr, nullptr, nullptr};
};
const char* const kCacheInfoNames[] = {"hits", "misses", "maxsize", "currsize"};

void cacheInfoDealloc(Object* o) {
    for (Object*& f : static_cast<CacheInfoObject*>(o)->fields) xdecref(std::exchange(f, nullptr));
    o->type->interp->freeObject(o);
}
Object* cacheInfoRepr(Object* o) {
    Interpreter& interp = *o->type->interp;
    std::string text = "CacheInfo(";
    for (int i = 0; i < 4; ++i) {
        Ref r = objectRepr(static_cast<CacheInfoObject*>(o)->fields[i]);
        if (!r) return nullptr;
        text += std::string(i ? ", " : "") + kCacheInfoNames[i] + "=" + strToUtf8(r.get());
    }
    return newStrFromUtf8(interp, text + ")").release();
}
template <int I> Object* cacheInfoField(Object* o) {
    Object* f = static_cast<CacheInfoObject*>(o)->fields[I];
    incref(f);
    return f;
}
const GetSetDef kCacheInfoGetSets[] = {
    {"hits", cacheInfoField<0>}, {"misses", cacheInfoField<1>}, {"maxsize", cacheInfoField<2>},
    {"currsize", cacheInfoField<3>}, {nullptr, nullptr},
};

TypeObject* cacheInfoType(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    if (vm.types.cacheInfo) return vm.types.cacheInfo;
    TypeObject* t = interp.newStaticType("functools.CacheInfo", 48, 0, 0, interp.types.object);
    t->type = interp.types.type;
    t->dealloc = cacheInfoDealloc;
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->repr = cacheInfoRepr;
    t->references = [](Object* o, VisitProc visit, void* arg) {
        for (Object* f : static_cast<CacheInfoObject*>(o)->fields)
            if (f) visit(f, arg);
    };
    addGetSets(interp, t, kCacheInfoGetSets);
    setHostDestructor<CacheInfoObject>(*t);
    vm.types.cacheInfo = t;
    return t;
}

Object* lruCacheInfo(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    LruWrapper* w = asLru(self);
    auto* info = interp.newObject<CacheInfoObject>(cacheInfoType(interp), 48);
    if (!info) return nullptr;
    Ref result(info);
    Ref maxsize = w->maxsize < 0 ? Ref::borrowed(interp.none) : newInt(interp, w->maxsize);
    Ref vals[4] = {newInt(interp, w->hits), newInt(interp, w->misses), std::move(maxsize),
                   newInt(interp, dictSize(w->cache))};
    for (int i = 0; i < 4; ++i) {
        if (!vals[i]) return nullptr;
        info->fields[i] = vals[i].release();
    }
    return result.release();
}
Object* lruCacheClear(Object* self, Object* const*, std::int64_t, Object*) {
    LruWrapper* w = asLru(self);
    w->order.clear();
    w->hits = w->misses = 0;
    dictClear(w->cache);
    incref(self->type->interp->none);
    return self->type->interp->none;
}
Object* lruCacheParameters(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    LruWrapper* w = asLru(self);
    Ref d = newDict(interp);
    Ref maxsize = w->maxsize < 0 ? Ref::borrowed(interp.none) : newInt(interp, w->maxsize);
    if (!d || !maxsize || dictSetItem(d.get(), internName(interp, "maxsize").get(), maxsize.get()) < 0 ||
        dictSetItem(d.get(), internName(interp, "typed").get(), w->typed ? interp.trueObj : interp.falseObj) < 0)
        return nullptr;
    return d.release();
}
const MethodDef kLruMethods[] = {
    {"cache_info", lruCacheInfo, meth::kNoArgs, "Report cache statistics"},
    {"cache_clear", lruCacheClear, meth::kNoArgs, "Clear the cache and cache statistics"},
    {"cache_parameters", lruCacheParameters, meth::kNoArgs, nullptr},
    {nullptr, nullptr, 0},
};
Object* lruGetDict(Object* self) {
    Object* d = instanceDict(self, true);
    xincref(d);
    return d;
}
const GetSetDef kLruGetSets[] = {{"__dict__", lruGetDict, nullptr, nullptr}, {nullptr, nullptr}};

TypeObject* lruType(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    if (vm.types.lruWrapper) return vm.types.lruWrapper;
    TypeObject* t = interp.newStaticType("functools._lru_cache_wrapper", 88, 0, tpflags::kHaveGc,
                                         interp.types.object);
    t->type = interp.types.type;
    t->dealloc = lruDealloc;
    t->traverse = lruTraverse;
    t->clear = lruClear;
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->slots.call = lruCall;
    t->slots.dictPtr = [](Object* o) -> Object** { return &asLru(o)->dict; };
    // Functions bind as methods: _lru_cache_wrapper has tp_descr_get = method binding.
    t->slots.descrGet = [](Object* self, Object* obj, Object*) -> Object* {
        if (!obj || obj == self->type->interp->none) {
            incref(self);
            return self;
        }
        return newMethod(*self->type->interp, self, obj).release();
    };
    addMethods(interp, t, kLruMethods);
    addGetSets(interp, t, kLruGetSets);
    setHostDestructor<LruWrapper>(*t);
    vm.types.lruWrapper = t;
    return t;
}

Ref makeLruWrapper(Interpreter& interp, Object* module, Object* func, std::int64_t maxsize, bool typed) {
    auto* w = interp.newObject<LruWrapper>(lruType(interp), 88);
    if (!w) return Ref();
    Ref result(w);
    incref(func);
    w->func = func;
    Ref cache = newDict(interp);
    if (!cache) return Ref();
    w->cache = cache.release();
    w->maxsize = maxsize;
    w->typed = typed;
    interp.gc().track(w);
    Ref uw = getAttrStr(module, "update_wrapper");
    if (!uw) return Ref();
    Object* argv[2] = {w, func};
    if (!call(uw.get(), argv, 2)) return Ref();
    return result;
}

// The decorator lru_cache(maxsize, typed) returns: a partial of the wrapper factory.
Object* lruDecorate(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    // self: the (maxsize, typed, module) tuple bound into this builtin.
    Interpreter& interp = *self->type->interp;
    if (!checkPositional(interp, "decorating_function", nargs, 1, 1)) return nullptr;
    std::int64_t maxsize = -1;
    Object* m = tupleItem(self, 0);
    if (m != interp.none && !intAsInt64(m, maxsize)) return nullptr;
    return makeLruWrapper(interp, tupleItem(self, 2), args[0], maxsize, objectIsTrue(tupleItem(self, 1)) == 1)
        .release();
}
const MethodDef kDecorate = {"decorating_function", lruDecorate, meth::kFastcall, nullptr};

// lru_cache(maxsize=128, typed=False), or lru_cache(user_function).
Object* ftLruCache(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *self->type->interp;
    static const char* const kNames[] = {"maxsize", "typed"};
    ArgSpec spec{"lru_cache", kNames, 2, 0, 0, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    Object* maxsize = a[0];
    Object* typed = a[1] ? a[1] : interp.falseObj;
    if (maxsize && isCallable(maxsize) && !isInt(maxsize) && !a[1])
        return makeLruWrapper(interp, self, maxsize, 128, false).release(); // @lru_cache without ()
    Ref size;
    if (!maxsize) {
        size = newInt(interp, 128);
    } else if (isInt(maxsize)) {
        std::int64_t n = 0;
        if (!intAsInt64(maxsize, n)) return nullptr;
        size = newInt(interp, n < 0 ? 0 : n);
    } else if (maxsize == interp.none) {
        size = Ref::borrowed(interp.none);
    } else {
        raiseError(interp, vmOf(interp).exc.TypeError, "Expected first argument to be an integer, a callable, or None");
        return nullptr;
    }
    Ref bound = tuplePack(interp, {size.get(), typed, self});
    if (!bound) return nullptr;
    return newBuiltinFunction(interp, &kDecorate, bound.get(), nullptr).release();
}

// cache(user_function): lru_cache(maxsize=None)(user_function).
Object* ftCache(Object* self, Object* const* args, std::int64_t, Object*) {
    return makeLruWrapper(*self->type->interp, self, args[0], -1, false).release();
}

const MethodDef kFunctions[] = {
    {"lru_cache", ftLruCache, meth::kFastcall | meth::kKeywords, nullptr},
    {"cache", ftCache, meth::kO, nullptr},
    {"reduce", ftReduce, meth::kVarargs, nullptr},
    {"wraps", ftWraps, meth::kFastcall | meth::kKeywords, nullptr},
    {nullptr, nullptr, 0},
};

} // namespace

// ---------------------------------------------------------------- module

namespace {

constexpr std::string_view kFunctoolsFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/functools.py";
const char kFunctoolsSource[] =
#include "modules/frozen/functools_py.inc" // generated: CPython's Lib/functools.py, unchanged
    ;

std::string_view functoolsText() {
    std::string_view text(kFunctoolsSource);
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    return text;
}

// The names this file implements in C++ (CPython: _functools' partial and reduce; the rest are
// functools.py functions modelled here), put back over functools.py's definitions.
const char* const kNativeNames[] = {"partial", "reduce", "lru_cache", "cache", "wraps", "update_wrapper",
                                    "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES"};

// Runs functools.py in the module's namespace for its pure-Python parts (total_ordering,
// cmp_to_key, partialmethod, singledispatch, singledispatchmethod, cached_property, ...), then
// restores the native names. False with the error pending.
bool runFunctoolsSource(Interpreter& interp, Object* module) {
    VmState& vm = vmOf(interp);
    Object* dict = moduleDict(module);
    std::vector<Ref> native;
    for (const char* name : kNativeNames) native.push_back(Ref::borrowed(dictGetItem(dict, internName(interp, name).get())));
    Ref file = newStrFromUtf8(interp, kFunctoolsFile);
    if (!file || dictSetItem(dict, internName(interp, "__file__").get(), file.get()) < 0) return false;
    if (dictSetItem(dict, vm.names.__builtins__, vm.builtinsModule) < 0) return false;
    if (!runModuleSource(interp, dict, functoolsText(), kFunctoolsFile)) return false;
    for (std::size_t i = 0; i < native.size(); ++i)
        if (native[i] && dictSetItem(dict, internName(interp, kNativeNames[i]).get(), native[i].get()) < 0) return false;
    return true;
}

} // namespace

std::string_view functoolsModuleSource(std::string_view filename) {
    return filename == kFunctoolsFile ? functoolsText() : std::string_view();
}

Object* createFunctoolsModule(Interpreter& interp) {
    PreloadScope preload(interp); // CPython imports functools at startup
    Ref module = newModule(interp, "functools");
    if (!module) return nullptr;
    Ref modName = internName(interp, "functools");
    Ref uw = newBuiltinFunction(interp, &kUpdateWrapper, module.get(), modName.get());
    if (!uw || moduleAddObject(module.get(), "update_wrapper", uw.get()) < 0) return nullptr;
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, module.get(), modName.get());
        if (!fn || moduleAddObject(module.get(), def->name, fn.get()) < 0) return nullptr;
    }
    std::vector<Object*> names;
    std::vector<Ref> held;
    for (const char* n : kAssigned) {
        held.push_back(internName(interp, n));
        names.push_back(held.back().get());
    }
    Ref assignments = tupleFromArray(interp, names.data(), static_cast<std::int64_t>(names.size()));
    Ref dictName = internName(interp, "__dict__");
    Ref updates = tuplePack(interp, {dictName.get()});
    if (!assignments || !updates) return nullptr;
    moduleAddObject(module.get(), "WRAPPER_ASSIGNMENTS", assignments.get());
    moduleAddObject(module.get(), "WRAPPER_UPDATES", updates.get());
    moduleAddObject(module.get(), "partial", partialType(interp));
    if (!runFunctoolsSource(interp, module.get())) return nullptr;
    return module.release();
}

} // namespace hs
