// The functools module: CPython's Lib/functools.py run over the C++ parts it takes from _functools:
// reduce, partial (a GC object holding the function, the positional tuple and a keywords dict) and
// _lru_cache_wrapper (a dict cache keyed as lru_cache_make_key, LRU order for a bounded maxsize;
// cache_info() calls functools.py's CacheInfo namedtuple). lru_cache, cache, wraps, update_wrapper,
// total_ordering, cached_property, singledispatch, ... are functools.py's own Python code.
//
// Sections: partial · reduce · lru_cache · module
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
#include "objects/weakref_object.h"
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
    Object* weakreflist = nullptr; // borrowed head (offset 48)
    // pto->vectorcall != NULL: partial_setvectorcall's choice (fn has a vectorcall), dropped for
    // good by the first call with keywords (partial_vectorcall_fallback).
    bool vectorcall = false;
};

PartialObject* asPartial(Object* o) { return static_cast<PartialObject*>(o); }

void partialDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    clearWeakrefs(o);
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
    p->vectorcall = hasVectorcall(fn);
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
    if (!kwargsDict(interp, args, nargs, kwnames, kwargs)) return nullptr;
    return makePartial(interp, asType(type), args[0], args + 1, nargs - 1, kwargs.get()).release();
}

// partial_vectorcall: without keywords, fn(*self.args, *args) straight from a stack (no objects);
// with keywords (partial_vectorcall_fallback), _PyObject_MakeTpCall packs the call in an args tuple
// (and a kwargs dict), and partial_call concatenates the args (tuple_concat returns an operand
// that the other leaves unchanged), copies self.keywords, merges the kwargs, and calls with both.
// The fallback's recursion level is call()'s: partialTpCallOnly.
Object* partialCall(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *self->type->interp;
    PartialObject* p = asPartial(self);
    if (dictSize(p->kw) == 0) {
        std::vector<Object*> stack(tupleItems(p->args), tupleItems(p->args) + tupleSize(p->args));
        const std::int64_t nkw = kwnames ? tupleSize(kwnames) : 0;
        stack.insert(stack.end(), args, args + nargs + nkw);
        return call(p->fn, stack.data(), tupleSize(p->args) + nargs, kwnames).release();
    }
    p->vectorcall = false; // partial_vectorcall_fallback
    Ref argsTuple = tupleFromArray(interp, args, nargs);
    if (!argsTuple) return nullptr;
    Ref kwargs;
    if (!kwargsDict(interp, args, nargs, kwnames, kwargs)) return nullptr;
    Ref args2;
    if (tupleSize(p->args) == 0) args2 = argsTuple;
    else if (nargs == 0) args2 = Ref::borrowed(p->args);
    else {
        std::vector<Object*> joined(tupleItems(p->args), tupleItems(p->args) + tupleSize(p->args));
        joined.insert(joined.end(), args, args + nargs);
        args2 = tupleFromArray(interp, joined.data(), static_cast<std::int64_t>(joined.size()));
        if (!args2) return nullptr;
    }
    Ref kw = dictCopy(p->kw);
    if (!kw) return nullptr;
    if (kwargs && dictMerge(kw.get(), kwargs.get(), 1) < 0) return nullptr;
    return callTupleDict(p->fn, args2.get(), kw.get()).release();
}

// A partial without a vectorcall (its fn has none, or it was called with keywords once), or with
// keywords now (partial_vectorcall's fallback to _PyObject_MakeTpCall), is called through tp_call.
bool partialTpCallOnly(const Object* o) {
    const PartialObject* p = static_cast<const PartialObject*>(o);
    return !p->vectorcall || dictSize(p->kw) > 0;
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
const GetSetDef kPartialGetSets[] = {
    {"__dict__", genericGetDict, nullptr, nullptr},
    {"func", partialFunc, nullptr, "function object to use in future partial calls"},
    {"args", partialArgs, nullptr, "tuple of arguments to future partial calls"},
    {"keywords", partialKeywords, nullptr, "dictionary of keyword arguments to future partial calls"},
    {nullptr, nullptr},
};

// partial_reduce: (type(p), (p.func,), (p.func, p.args, p.keywords, p.__dict__ or None)).
Object* partialReduceM(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    PartialObject* p = asPartial(self);
    Ref ctorArgs = tuplePack(interp, {p->fn});
    if (!ctorArgs) return nullptr;
    Ref state = tuplePack(interp, {p->fn, p->args, p->kw, p->dict ? p->dict : interp.none});
    if (!state) return nullptr;
    return tuplePack(interp, {self->type, ctorArgs.get(), state.get()}).release();
}

// partial_setstate: a (func, args, keywords, __dict__) 4-tuple, else "invalid partial state".
Object* partialSetstateM(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    Object* state = args[0];
    if (!isTuple(state) || tupleSize(state) != 4 || !isCallable(tupleItem(state, 0)) || !isTuple(tupleItem(state, 1)) ||
        (tupleItem(state, 2) != interp.none && !isDict(tupleItem(state, 2)))) {
        raiseError(interp, vmOf(interp).exc.TypeError, "invalid partial state");
        return nullptr;
    }
    Object* fnargs = tupleItem(state, 1);
    Ref argsRef = isExactTuple(fnargs) ? Ref::borrowed(fnargs) : sequenceTuple(fnargs);
    if (!argsRef) return nullptr;
    Object* kwObj = tupleItem(state, 2);
    Ref kw = kwObj == interp.none ? newDict(interp) : (isDictExact(kwObj) ? Ref::borrowed(kwObj) : dictCopy(kwObj));
    if (!kw) return nullptr;
    Object* dict = tupleItem(state, 3);
    PartialObject* p = asPartial(self);
    incref(tupleItem(state, 0));
    xdecref(std::exchange(p->fn, tupleItem(state, 0)));
    xdecref(std::exchange(p->args, argsRef.release()));
    xdecref(std::exchange(p->kw, kw.release()));
    if (dict != interp.none) incref(dict);
    xdecref(std::exchange(p->dict, dict == interp.none ? nullptr : dict));
    p->vectorcall = hasVectorcall(p->fn);
    incref(interp.none);
    return interp.none;
}

const MethodDef kPartialMethods[] = {
    {"__reduce__", partialReduceM, meth::kNoArgs, nullptr},
    {"__setstate__", partialSetstateM, meth::kO, nullptr},
    {nullptr, nullptr, 0},
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
    t->slots.tpCallOnly = partialTpCallOnly;
    t->slots.dictPtr = [](Object* o) -> Object** { return &asPartial(o)->dict; };
    t->slots.dictOffset = 40;
    t->weaklistPtr = [](Object* o) -> Object** { return &asPartial(o)->weakreflist; };
    t->slots.weaklistOffset = 48;
    t->slots.vectorNew = partialVectorNew;
    t->slots.tpNew = [](TypeObject* type, Object* args, Object* kwargs) -> Object* {
        Interpreter& in = *type->interp;
        if (tupleSize(args) < 1) {
            raiseError(in, vmOf(in).exc.TypeError, "type 'partial' takes at least one argument");
            return nullptr;
        }
        return makePartial(in, type, tupleItem(args, 0), tupleItems(args) + 1, tupleSize(args) - 1, kwargs).release();
    };
    addGetSets(interp, t, kPartialGetSets);
    addMethods(interp, t, kPartialMethods);
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

// ---------------------------------------------------------------- lru_cache

// lru_list_elem (functools._lru_list_elem): a bounded cache's entry, not a GC object. It holds the
// key (with its hash) and the result; the wrapper links the entries in LRU order. The cache dict
// maps key -> entry and holds one reference to it; the list holds the one made with it.
struct LruLink : Object {
    LruLink* prev = nullptr; // toward the least recently used
    LruLink* next = nullptr;
    std::int64_t hash = 0;
    Object* key = nullptr;    // strong
    Object* result = nullptr; // strong
};
LruLink* asLink(Object* o) { return static_cast<LruLink*>(o); }

// _lru_cache_wrapper: func, the cache dict (key -> result; for a bounded cache key -> LruLink),
// statistics, and a __dict__ (update_wrapper stores __name__, __doc__, __wrapped__ there).
struct LruWrapper : Object {
    Object* func = nullptr;
    Object* cache = nullptr;   // dict
    Object* dict = nullptr;    // __dict__
    LruLink* oldest = nullptr; // a bounded cache's entries, least recently used first
    LruLink* newest = nullptr;
    std::int64_t maxsize = -1;  // -1: unbounded
    bool typed = false;
    std::int64_t hits = 0;
    std::int64_t misses = 0;
    Object* cacheInfoType = nullptr; // strong: functools._CacheInfo, called by cache_info()
    Object* weakreflist = nullptr;   // borrowed head
};
LruWrapper* asLru(Object* o) { return static_cast<LruWrapper*>(o); }

void lruExtractLink(LruWrapper* w, LruLink* link) {
    (link->prev ? link->prev->next : w->oldest) = link->next;
    (link->next ? link->next->prev : w->newest) = link->prev;
    link->prev = link->next = nullptr;
}
void lruAppendLink(LruWrapper* w, LruLink* link) {
    link->prev = w->newest;
    link->next = nullptr;
    (w->newest ? w->newest->next : w->oldest) = link;
    w->newest = link;
}
void lruPrependLink(LruWrapper* w, LruLink* link) {
    link->prev = nullptr;
    link->next = w->oldest;
    (w->oldest ? w->oldest->prev : w->newest) = link;
    w->oldest = link;
}
// lru_cache_unlink_list + lru_cache_clear_list: the list's references released, oldest first,
// after the caller's other releases (the list is detached first).
struct DetachedLinks {
    LruLink* first;
    void release() {
        for (LruLink* link = std::exchange(first, nullptr); link;) {
            LruLink* next = link->next;
            decref(link);
            link = next;
        }
    }
};
DetachedLinks lruDetachLinks(LruWrapper* w) {
    w->newest = nullptr;
    return DetachedLinks{std::exchange(w->oldest, nullptr)};
}

// lru_cache_tp_traverse: the entries' results (the entries are not GC objects), then the fields.
int lruTraverse(Object* o, VisitProc visit, void* arg) {
    LruWrapper* w = asLru(o);
    for (LruLink* link = w->oldest; link; link = link->next)
        if (int v = visit(link->result, arg)) return v;
    for (Object* r : {w->cache, w->func, w->cacheInfoType, w->dict})
        if (r)
            if (int v = visit(r, arg)) return v;
    return 0;
}
int lruClear(Object* o) {
    LruWrapper* w = asLru(o);
    DetachedLinks links = lruDetachLinks(w);
    xdecref(std::exchange(w->cache, nullptr));
    xdecref(std::exchange(w->func, nullptr));
    xdecref(std::exchange(w->cacheInfoType, nullptr));
    xdecref(std::exchange(w->dict, nullptr));
    links.release();
    return 0;
}
// lru_cache_dealloc: tp_clear's releases, then the object.
void lruDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    clearWeakrefs(o);
    lruClear(o);
    interp.freeObject(o);
}

// functools._lru_list_elem: 56 bytes, not a GC object; its dealloc releases the key, then the result.
TypeObject* lruLinkType(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    if (vm.types.lruListElem) return vm.types.lruListElem;
    TypeObject* t = interp.newStaticType("functools._lru_list_elem", 56, 0, 0, interp.types.object);
    t->type = interp.types.type;
    t->dealloc = [](Object* o) {
        LruLink* link = asLink(o);
        xdecref(std::exchange(link->key, nullptr));
        xdecref(std::exchange(link->result, nullptr));
        o->type->interp->freeObject(o);
    };
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->references = [](Object* o, VisitProc visit, void* arg) {
        if (Object* k = asLink(o)->key) visit(k, arg);
        if (Object* r = asLink(o)->result) visit(r, arg);
    };
    setHostDestructor<LruLink>(*t);
    vm.types.lruListElem = t;
    return t;
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

// bounded_lru_cache_wrapper: a hit moves its entry to the most recent end; a miss calls, then adds
// an entry while there is room, else reuses the oldest one for the new key and result.
Object* lruCallBounded(Interpreter& interp, LruWrapper* w, Ref key, Object* argsTuple, Object* kwargs) {
    const std::int64_t hash = objectHash(key.get());
    if (hash == -1) return nullptr;
    if (Object* found = dictGetItemKnownHash(w->cache, key.get(), hash)) {
        LruLink* link = asLink(found);
        lruExtractLink(w, link);
        lruAppendLink(w, link);
        w->hits++;
        incref(link->result);
        return link->result;
    }
    if (errOccurred(interp)) return nullptr;
    w->misses++;
    Ref result = callTupleDict(w->func, argsTuple, kwargs);
    if (!result) return nullptr;
    if (dictGetItemKnownHash(w->cache, key.get(), hash)) return result.release(); // the call cached it already
    if (errOccurred(interp)) return nullptr;
    if (dictSize(w->cache) < w->maxsize || w->oldest == nullptr) {
        auto* link = interp.newObject<LruLink>(lruLinkType(interp), 56);
        if (!link) return nullptr;
        link->hash = hash;
        link->key = key.release();
        link->result = Ref(result).release();
        if (dictSetItemKnownHash(w->cache, link->key, hash, link) < 0) {
            decref(link);
            return nullptr;
        }
        lruAppendLink(w, link);
        return result.release();
    }
    // Full: the oldest entry leaves the dict and takes the new key and result.
    LruLink* link = w->oldest;
    lruExtractLink(w, link);
    Ref popresult = dictPopKnownHash(w->cache, link->key, link->hash, interp.none);
    if (popresult.get() == interp.none) { // an orphan: someone removed its key meanwhile
        decref(link);
        return result.release();
    }
    if (!popresult) {
        lruPrependLink(w, link);
        return nullptr;
    }
    Object* oldKey = link->key;
    Object* oldResult = link->result;
    link->hash = hash;
    link->key = key.release();
    link->result = Ref(result).release();
    if (dictSetItemKnownHash(w->cache, link->key, hash, link) < 0) {
        popresult = Ref();
        decref(link);
        decref(oldKey);
        decref(oldResult);
        return nullptr;
    }
    lruAppendLink(w, link);
    popresult = Ref();
    decref(oldKey);
    decref(oldResult);
    return result.release();
}

// lru_cache_call with the args tuple and kwargs dict: lru_cache_make_key's short path makes a
// lone exact int or str argument its own key and the args tuple itself the key of any other call
// without keywords (untyped); the wrapped function is called with them (PyObject_Call).
Object* lruCallTuple(Interpreter& interp, LruWrapper* w, Object* argsTuple, Object* kwargs, Object* kwnames) {
    if (w->maxsize == 0) {
        w->misses++;
        return callTupleDict(w->func, argsTuple, kwargs).release();
    }
    const std::int64_t nargs = tupleSize(argsTuple);
    Ref key;
    if (!kwargs && !w->typed) {
        Object* only = nargs == 1 ? tupleItem(argsTuple, 0) : nullptr;
        key = Ref::borrowed(only && (only->type == interp.types.int_ || only->type == interp.types.str) ? only : argsTuple);
    } else {
        std::vector<Object*> flat(tupleItems(argsTuple), tupleItems(argsTuple) + nargs);
        std::int64_t pos = 0;
        Object *k = nullptr, *v = nullptr;
        while (kwargs && dictNext(kwargs, pos, &k, &v)) flat.push_back(v);
        key = makeKey(interp, flat.data(), nargs, kwnames, w->typed);
    }
    if (!key) return nullptr;
    if (w->maxsize > 0) return lruCallBounded(interp, w, std::move(key), argsTuple, kwargs);
    // infinite_lru_cache_wrapper: key -> result.
    const std::int64_t hash = objectHash(key.get());
    if (hash == -1) return nullptr;
    if (Object* hit = dictGetItemKnownHash(w->cache, key.get(), hash)) {
        incref(hit);
        w->hits++;
        return hit;
    }
    if (errOccurred(interp)) return nullptr;
    w->misses++;
    Ref result = callTupleDict(w->func, argsTuple, kwargs);
    if (!result) return nullptr;
    if (dictSetItemKnownHash(w->cache, key.get(), hash, result.get()) < 0) return nullptr;
    return result.release();
}

// tp_call only: _PyObject_MakeTpCall packs the arguments in a new tuple and the keywords in a new
// dict, released (tuple, then dict) once the call returns.
Object* lruCall(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *self->type->interp;
    Ref argsTuple = tupleFromArray(interp, args, nargs);
    if (!argsTuple) return nullptr;
    Ref kwargs;
    if (const std::int64_t nkw = kwnames ? tupleSize(kwnames) : 0) {
        kwargs = newDictPresized(interp, nkw);
        if (!kwargs) return nullptr;
        for (std::int64_t i = 0; i < nkw; ++i)
            if (dictSetItem(kwargs.get(), tupleItem(kwnames, i), args[nargs + i]) < 0) return nullptr;
    }
    Object* r = lruCallTuple(interp, asLru(self), argsTuple.get(), kwargs.get(), kwnames);
    argsTuple = Ref();
    return r;
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
    if (w->cacheInfoType) {
        // lru_cache_cache_info: PyObject_CallFunction(cache_info_type, "nnOn", hits, misses, maxsize, currsize)
        Ref maxsize = w->maxsize < 0 ? Ref::borrowed(interp.none) : newInt(interp, w->maxsize);
        Ref vals[4] = {newInt(interp, w->hits), newInt(interp, w->misses), std::move(maxsize), newInt(interp, dictSize(w->cache))};
        for (const Ref& v : vals)
            if (!v) return nullptr;
        Ref args = tuplePack(interp, {vals[0].get(), vals[1].get(), vals[2].get(), vals[3].get()});
        if (!args) return nullptr;
        return callTupleDict(w->cacheInfoType, args.get(), nullptr).release();
    }
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
    // lru_cache_clear: the list detached, the statistics reset, the dict cleared, then the entries
    // released (oldest first).
    LruWrapper* w = asLru(self);
    DetachedLinks links = lruDetachLinks(w);
    w->hits = w->misses = 0;
    dictClear(w->cache);
    links.release();
    incref(self->type->interp->none);
    return self->type->interp->none;
}
const MethodDef kLruMethods[] = {
    {"cache_info", lruCacheInfo, meth::kNoArgs, "Report cache statistics"},
    {"cache_clear", lruCacheClear, meth::kNoArgs, "Clear the cache and cache statistics"},
    {nullptr, nullptr, 0},
};
const GetSetDef kLruGetSets[] = {{"__dict__", genericGetDict, nullptr, nullptr}, {nullptr, nullptr}};

Object* lruNew(TypeObject* type, Object* args, Object* kwargs);

TypeObject* lruType(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    if (vm.types.lruWrapper) return vm.types.lruWrapper;
    // lru_cache_object: 152 bytes (its list root, wrapper, typed, cache, hits, func, maxsize,
    // misses, kwd_mark, cache_info_type, dict at 136, weakreflist at 144).
    TypeObject* t = interp.newStaticType("functools._lru_cache_wrapper", 152, 0, tpflags::kHaveGc,
                                         interp.types.object);
    t->type = interp.types.type;
    t->dealloc = lruDealloc;
    t->traverse = lruTraverse;
    // Every reference held (the heap audit's view): the list's reference to each entry (an entry
    // holds its key and result itself), then the fields.
    t->references = [](Object* o, VisitProc visit, void* arg) {
        LruWrapper* w = asLru(o);
        for (LruLink* link = w->oldest; link; link = link->next) visit(link, arg);
        for (Object* r : {w->cache, w->func, w->cacheInfoType, w->dict})
            if (r) visit(r, arg);
    };
    t->clear = lruClear;
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->slots.call = lruCall;
    t->slots.tpCallOnly = alwaysTpCall; // lru_cache_call: tp_call only
    t->slots.tpNew = lruNew;
    t->slots.dictPtr = [](Object* o) -> Object** { return &asLru(o)->dict; };
    t->slots.dictOffset = 136;
    t->weaklistPtr = [](Object* o) -> Object** { return &asLru(o)->weakreflist; };
    t->slots.weaklistOffset = 144;
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

// _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type) (lru_cache_new): functools.py's
// lru_cache calls the type, then update_wrapper. maxsize None = unbounded, a negative one is 0.
Object* lruNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    VmState& vm = vmOf(interp);
    static const char* const kNames[] = {"user_function", "maxsize", "typed", "cache_info_type"};
    ArgSpec spec{"lru_cache", kNames, 4, 0, 4, 4};
    std::vector<Object*> argv(tupleItems(args), tupleItems(args) + tupleSize(args));
    Ref kwnames;
    if (kwargs && dictSize(kwargs) && !dictToKwnames(interp, kwargs, argv, kwnames)) return nullptr;
    Object* a[4] = {nullptr, nullptr, nullptr, nullptr};
    if (!unpackArgs(interp, spec, argv.data(), tupleSize(args), kwnames.get(), a)) return nullptr;
    const int typed = objectIsTrue(a[2]);
    if (typed < 0) return nullptr;
    if (!isCallable(a[0])) {
        raiseError(interp, vm.exc.TypeError, "the first argument must be callable");
        return nullptr;
    }
    std::int64_t maxsize = -1;
    if (a[1] != interp.none) {
        if (!hasIndex(a[1])) {
            raiseError(interp, vm.exc.TypeError, "maxsize should be integer or None");
            return nullptr;
        }
        if (!indexAsInt64(a[1], maxsize, vm.exc.OverflowError)) return nullptr;
        if (maxsize < 0) maxsize = 0;
    }
    Ref cache = newDict(interp);
    if (!cache) return nullptr;
    auto* w = interp.newObject<LruWrapper>(type, static_cast<std::uint64_t>(type->basicsize));
    if (!w) return nullptr;
    Ref result(w);
    incref(a[0]);
    w->func = a[0];
    w->cache = cache.release();
    w->maxsize = maxsize;
    w->typed = typed == 1;
    incref(a[3]);
    w->cacheInfoType = a[3];
    interp.gc().track(w);
    return result.release();
}

const MethodDef kFunctions[] = {
    {"reduce", ftReduce, meth::kVarargs, nullptr},
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

// The names CPython's functools takes from _functools (its C accelerators), here C++: put back over
// functools.py's pure-Python fallbacks after the module body ran (as its `from _functools import`
// lines do). lru_cache, cache, wraps and update_wrapper are functools.py's own Python functions.
const char* const kNativeNames[] = {"partial", "reduce", "_lru_cache_wrapper"};

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
    Ref cModName = internName(interp, "_functools"); // reduce comes from _functools in CPython
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, module.get(), cModName.get());
        if (!fn || moduleAddObject(module.get(), def->name, fn.get()) < 0) return nullptr;
    }
    moduleAddObject(module.get(), "_lru_cache_wrapper", lruType(interp));
    moduleAddObject(module.get(), "partial", partialType(interp));
    if (!runFunctoolsSource(interp, module.get())) return nullptr;
    return module.release();
}

} // namespace hs
