// The copy module: copy() and deepcopy() with Lib/copy.py's rules (3.11): immutable atoms are
// returned as they are, list/dict/set copy through their own copy(), __copy__/__deepcopy__ are
// honoured, instances are rebuilt with cls.__new__(cls) and their state (__dict__ and __slots__),
// and deepcopy's memo (keyed by id) preserves sharing and cycles and keeps the originals alive.
//
// Subclasses of built-ins follow object.__reduce_ex__(4): __getnewargs__ of int/float/str/bytes/tuple,
// then list items appended and dict items stored; set subclasses are rebuilt as cls(list(x)).
// deque, defaultdict, bytearray and OrderedDict (exact or subclassed) follow their own __reduce__:
// the class is called with the reduce args, then state and items are applied.
// Not simulated: copyreg.dispatch_table, __reduce_ex__/__getstate__/__setstate__ overrides, and
// the temporary objects Lib/copy.py allocates between steps (bound methods, reduce tuples).
#include "modules/module_registry.h"
#include "modules/module_types.h"

#include "objects/builtin_function_object.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/class_object.h"
#include "objects/defaultdict_object.h"
#include "objects/deque_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <string>
#include <vector>

namespace hs {

namespace {

// _deepcopy_atomic / _copy_immutable types: returned unchanged by both copy() and deepcopy().
bool isAtomic(Interpreter& interp, Object* x) {
    VmState& vm = vmOf(interp);
    const TypeObject* t = x->type;
    return x == interp.none || x == interp.ellipsis || x == interp.notImplemented || t == interp.types.int_ ||
           t == interp.types.bool_ || t == interp.types.float_ || t == vm.types.complex || t == interp.types.str ||
           t == interp.types.bytes || t == interp.types.code || t == interp.types.range || isType(x) ||
           t == vm.types.builtinFunction || t == vm.types.function || t == vm.types.property;
}

Ref idOf(Interpreter& interp, Object* o) { return newIntFromBig(interp, BigInt::fromUint64(o->addr)); }

// Looks a dunder up on the type and calls it bound to x; found = false when the type has none.
Ref callDunderIfAny(Object* x, const char* name, Object* const* args, std::int64_t nargs, bool& found) {
    Object* meth = typeLookupStr(x->type, name);
    found = meth != nullptr;
    if (!found) return Ref();
    return callMethodStr(x, name, args, nargs);
}

Ref deepcopy(Interpreter& interp, Object* x, Object* memo);

// copyreg._slotnames: the __slots__ names of the classes along the MRO, without __dict__ and
// __weakref__, private names mangled with their class's name.
Ref slotNamesOf(Interpreter& interp, TypeObject* cls) {
    Ref names = newList(interp, 0);
    if (!names) return Ref();
    Object* mro = cls->slots.mro;
    for (std::int64_t i = 0; mro && i < tupleSize(mro); ++i) {
        TypeObject* c = asType(tupleItem(mro, i));
        if (!c->isHeapType() || !c->slots.dict) continue;
        Object* slots = dictGetItem(c->slots.dict, internName(interp, "__slots__").get());
        if (!slots) continue;
        Ref seq = isStr(slots) ? tuplePack(interp, {slots}) : sequenceTuple(slots);
        if (!seq) return Ref();
        for (std::int64_t j = 0; j < tupleSize(seq.get()); ++j) {
            Object* name = tupleItem(seq.get(), j);
            const std::string n = strToUtf8(name);
            if (n == "__dict__" || n == "__weakref__") continue;
            Ref entry = Ref::borrowed(name);
            if (n.size() > 2 && n[0] == '_' && n[1] == '_' && n.compare(n.size() - 2, 2, "__") != 0) {
                std::string stripped = c->name;
                while (!stripped.empty() && stripped[0] == '_') stripped.erase(0, 1);
                if (!stripped.empty()) entry = newStrFromUtf8(interp, "_" + stripped + n);
            }
            if (!entry || listAppend(names.get(), entry.get()) < 0) return Ref();
        }
    }
    return names;
}

bool isDefaultDict(Interpreter& interp, const Object* x) {
    TypeObject* t = moduleType(interp, ModuleTypeId::DefaultDict);
    return t && x->type->isSubtypeOf(t);
}

// _reconstruct for deque, bytearray and defaultdict (and their subclasses), whose __reduce__ /
// __reduce_ex__ return (type(x), args, state[, listitems, dictitems]): the class is called with
// args (deque: () or ((), maxlen); bytearray: (bytes(x),) or (); defaultdict: (factory,) or ()),
// the __dict__ is merged (no __slots__; defaultdict's state is None), then deque items are
// appended through y.append and defaultdict items stored through y[k] = v (overrides run).
Ref reconstructBySelfReduce(Interpreter& interp, Object* x, Object* memo) {
    Ref args;
    const bool defaultDict = isDefaultDict(interp, x);
    if (defaultDict) {
        Object* factory = static_cast<DefaultDictObject*>(x)->defaultFactory;
        args = factory ? tuplePack(interp, {factory}) : newTuple(interp, 0);
    } else if (isDeque(x)) {
        const std::int64_t maxlen = static_cast<DequeObject*>(x)->maxlen;
        if (maxlen < 0) {
            args = newTuple(interp, 0);
        } else {
            Ref empty = newTuple(interp, 0);
            Ref m = empty ? newInt(interp, maxlen) : Ref();
            if (m) args = tuplePack(interp, {empty.get(), m.get()});
        }
    } else {
        std::string_view bytes;
        bytesLikeView(x, bytes);
        if (bytes.empty()) {
            args = newTuple(interp, 0);
        } else {
            Ref b = newBytes(interp, bytes);
            if (b) args = tuplePack(interp, {b.get()});
        }
    }
    if (!args) return Ref();
    Ref state;
    if (!defaultDict) {
        Object* dict = instanceDict(x, true);
        if (!dict && errOccurred(interp)) return Ref();
        state = Ref::borrowed(dict);
    }
    Ref items; // deque: the items; defaultdict: a snapshot dict
    if (isDeque(x)) items = sequenceList(x);
    else if (defaultDict) items = dictCopy(x);
    if ((isDeque(x) || defaultDict) && !items) return Ref();
    Ref y = call(x->type, tupleItems(args.get()), tupleSize(args.get()));
    if (!y) return Ref();
    if (memo) {
        Ref key = idOf(interp, x);
        if (!key || dictSetItem(memo, key.get(), y.get()) < 0) return Ref();
    }
    if (state && dictSize(state.get()) > 0) {
        if (memo) {
            state = deepcopy(interp, state.get(), memo);
            if (!state) return Ref();
        }
        Object* ydict = instanceDict(y.get(), true);
        if (!ydict) return Ref();
        if (dictMerge(ydict, state.get(), 1) < 0) return Ref();
    }
    if (items && defaultDict) {
        std::int64_t pos = 0;
        Object *k = nullptr, *v = nullptr;
        while (dictNext(items.get(), pos, &k, &v)) {
            Ref kc = memo ? deepcopy(interp, k, memo) : Ref::borrowed(k);
            if (!kc) return Ref();
            Ref vc = memo ? deepcopy(interp, v, memo) : Ref::borrowed(v);
            if (!vc || setItem(y.get(), kc.get(), vc.get()) < 0) return Ref();
        }
    } else if (items) {
        for (std::int64_t i = 0; i < listSize(items.get()); ++i) {
            Ref item = memo ? deepcopy(interp, listItem(items.get(), i), memo) : Ref::borrowed(listItem(items.get(), i));
            if (!item) return Ref();
            Object* arg = item.get();
            if (!callMethodStr(y.get(), "append", &arg, 1)) return Ref();
        }
    }
    return y;
}

// _reconstruct for instances of classes: cls.__new__(cls), then the state (deep-copied when memo).
Ref reconstructInstance(Interpreter& interp, Object* x, Object* memo) {
    if (isDeque(x) || isDefaultDict(interp, x) || x->type->isSubtypeOf(vmOf(interp).types.bytearray)) return reconstructBySelfReduce(interp, x, memo);
    TypeObject* odict = moduleType(interp, ModuleTypeId::OrderedDict);
    const bool orderedDict = odict && x->type->isSubtypeOf(odict);
    if (!x->type->isHeapType() && !orderedDict && isInstance(x, vmOf(interp).exc.BaseException) == 0) {
        // object.__reduce_ex__ defers to a static type's own __reduce__ (types.GenericAlias:
        // (GenericAlias, (origin, args))): _reconstruct calls callable(*args).
        Object* own = typeLookupStr(x->type, "__reduce__");
        if (own && own != typeLookupStr(interp.types.object, "__reduce__")) {
            Ref rv = callMethodStr(x, "__reduce__", nullptr, 0);
            if (!rv) return Ref();
            const std::int64_t n = isTuple(rv.get()) ? tupleSize(rv.get()) : 0;
            bool extrasNone = true; // listitems / dictitems / state_setter: not handled here
            for (std::int64_t i = 3; i < n; ++i) extrasNone = extrasNone && tupleItem(rv.get(), i) == interp.none;
            if (n >= 2 && extrasNone && isTuple(tupleItem(rv.get(), 1))) {
                Ref args = memo ? deepcopy(interp, tupleItem(rv.get(), 1), memo) : Ref::borrowed(tupleItem(rv.get(), 1));
                if (!args) return Ref();
                Ref y = callTupleDict(tupleItem(rv.get(), 0), args.get(), nullptr);
                Object* rawState = n >= 3 ? tupleItem(rv.get(), 2) : interp.none;
                if (!y || rawState == interp.none) return y;
                // _reconstruct: the state (deep-copied when memo) goes to y.__setstate__.
                Ref state = memo ? deepcopy(interp, rawState, memo) : Ref::borrowed(rawState);
                if (!state) return Ref();
                Object* arg = state.get();
                if (!callMethodStr(y.get(), "__setstate__", &arg, 1)) return Ref();
                return y;
            }
        }
    }
    if ((!x->type->isHeapType() && !orderedDict) || isInstance(x, vmOf(interp).exc.BaseException) > 0) {
        raiseError(interp, vmOf(interp).exc.TypeError, "cannot pickle '" + x->type->name + "' object");
        return Ref();
    }
    Object* cls = x->type;
    BuiltinTypes& bt = interp.types;
    Ref y;
    if (isSet(x) || isFrozenSet(x)) {
        // set.__reduce__: (type(x), (list(x),), state): the class is called with the items.
        Ref items = sequenceList(x);
        if (!items) return Ref();
        if (memo) {
            items = deepcopy(interp, items.get(), memo);
            if (!items) return Ref();
        }
        Object* arg = items.get();
        y = call(cls, &arg, 1);
    } else if (orderedDict) {
        // odict_reduce: (type(x), (), state, None, iter(x.items())): the class is called.
        y = call(cls, nullptr, 0);
    } else {
        // reduce_newobj: copyreg.__newobj__(cls, *x.__getnewargs__()); int, float, str, bytes and
        // tuple give their exact value as the one argument.
        Ref newFn = getAttrStr(cls, "__new__");
        if (!newFn) return Ref();
        TypeObject* base = x->type;
        while (base->isHeapType()) base = base->base;
        Ref newArg;
        // A __getnewargs__ written in Python (namedtuple's) gives the arguments: __new__(cls, *args).
        Ref getNewArgs = getAttrStr(cls, "__getnewargs__");
        if (!getNewArgs) clearError(interp);
        if (getNewArgs && !isMethodDescriptor(getNewArgs.get())) {
            Ref newArgs = callMethodStr(x, "__getnewargs__", nullptr, 0);
            if (!newArgs) return Ref();
            if (!isTuple(newArgs.get())) {
                raiseError(interp, vmOf(interp).exc.TypeError,
                           "__getnewargs__ should return a tuple, not '" + newArgs->type->name + "'");
                return Ref();
            }
            if (memo) { // _reconstruct: args = deepcopy(args, memo)
                newArgs = deepcopy(interp, newArgs.get(), memo);
                if (!newArgs) return Ref();
            }
            std::vector<Object*> callArgs{cls};
            for (std::int64_t i = 0; i < tupleSize(newArgs.get()); ++i) callArgs.push_back(tupleItem(newArgs.get(), i));
            y = call(newFn.get(), callArgs.data(), static_cast<std::int64_t>(callArgs.size()));
        } else if (base == bt.int_ || base == bt.float_ || base == bt.str || base == bt.bytes || base == bt.tuple) {
            Object* raw = x;
            newArg = callType(base, &raw, 1, nullptr);
            if (!newArg) return Ref();
        }
        if (!y) {
            if (errOccurred(interp)) return Ref();
            Object* args[2] = {cls, newArg.get()};
            y = call(newFn.get(), args, newArg ? 2 : 1);
        }
    }
    if (!y) return Ref();
    if (memo) {
        Ref key = idOf(interp, x);
        if (!key || dictSetItem(memo, key.get(), y.get()) < 0) return Ref();
    }
    // object_getstate: the instance __dict__ when not empty (reading it materializes it).
    Object* dict = instanceDict(x, true);
    if (!dict && errOccurred(interp)) return Ref();
    if (dict && dictSize(dict) > 0) {
        Ref state = memo ? deepcopy(interp, dict, memo) : Ref::borrowed(dict);
        if (!state) return Ref();
        Object* ydict = instanceDict(y.get(), true);
        if (!ydict) return Ref();
        if (dictMerge(ydict, state.get(), 1) < 0) return Ref();
    }
    // __slots__ values, in the order of the classes' slots.
    Ref slotNames = slotNamesOf(interp, x->type);
    if (!slotNames) return Ref();
    for (std::int64_t i = 0; i < listSize(slotNames.get()); ++i) {
        Object* name = listItem(slotNames.get(), i);
        Ref v;
        const int has = lookupAttr(x, name, v);
        if (has < 0) return Ref();
        if (!has) continue;
        if (memo) {
            v = deepcopy(interp, v.get(), memo);
            if (!v) return Ref();
        }
        if (setAttr(y.get(), name, v.get()) < 0) return Ref();
    }
    // reduce_newobj's listitems / dictitems: _reconstruct appends and stores them after the state.
    if (isList(x) && !isList(y.get())) return y;
    if (isList(x)) {
        Ref items = sequenceList(x);
        if (!items) return Ref();
        for (std::int64_t i = 0; i < listSize(items.get()); ++i) {
            Ref item = memo ? deepcopy(interp, listItem(items.get(), i), memo) : Ref::borrowed(listItem(items.get(), i));
            if (!item) return Ref();
            Object* arg = item.get();
            Ref r = callMethodStr(y.get(), "append", &arg, 1);
            if (!r) return Ref();
        }
    } else if (isDict(x)) {
        Ref snapshot = dictCopy(x);
        if (!snapshot) return Ref();
        std::int64_t pos = 0;
        Object *k = nullptr, *v = nullptr;
        while (dictNext(snapshot.get(), pos, &k, &v)) {
            Ref kc = memo ? deepcopy(interp, k, memo) : Ref::borrowed(k);
            if (!kc) return Ref();
            Ref vc = memo ? deepcopy(interp, v, memo) : Ref::borrowed(v);
            if (!vc || setItem(y.get(), kc.get(), vc.get()) < 0) return Ref();
        }
    }
    return y;
}

Ref shallowCopy(Interpreter& interp, Object* x) {
    if (isAtomic(interp, x) || x->type == interp.types.tuple || x->type == interp.types.frozenset)
        return Ref::borrowed(x);
    if (x->type == interp.types.list) return listCopy(x);
    if (x->type == interp.types.dict) return dictCopy(x);
    if (x->type == interp.types.set) return setCopy(x);
    bool found = false;
    Ref r = callDunderIfAny(x, "__copy__", nullptr, 0, found);
    if (found) return r;
    return reconstructInstance(interp, x, nullptr);
}

// _keep_alive: memo[id(memo)] is a list of the originals, so their ids stay valid.
int keepAlive(Interpreter& interp, Object* x, Object* memo) {
    Ref key = idOf(interp, memo);
    if (!key) return -1;
    if (Object* list = dictGetItem(memo, key.get())) return listAppend(list, x);
    Ref list = newList(interp, 0);
    if (!list || listAppend(list.get(), x) < 0) return -1;
    return dictSetItem(memo, key.get(), list.get());
}

// The Python frames copy.py spends per level of a deep copy (deepcopy + its _deepcopy_* or
// _reconstruct helper) count against the recursion limit: a deep enough nest raises RecursionError
// (and the C++ stack stays bounded).
struct DeepcopyDepth {
    Interpreter& interp;
    int entered = 0;
    explicit DeepcopyDepth(Interpreter& in) : interp(in) {}
    bool enter(int frames) {
        for (; entered < frames; ++entered)
            if (!enterRecursiveCall(interp, "")) return false;
        return true;
    }
    ~DeepcopyDepth() {
        for (; entered > 0; --entered) leaveRecursiveCall(interp);
    }
};

Ref deepcopy(Interpreter& interp, Object* x, Object* memo) {
    DeepcopyDepth depth(interp);
    if (!depth.enter(isAtomic(interp, x) ? 1 : 2)) return Ref();
    Ref d = idOf(interp, x);
    if (!d) return Ref();
    if (Object* seen = dictGetItem(memo, d.get())) return Ref::borrowed(seen);
    Ref y;
    if (isAtomic(interp, x)) {
        y = Ref::borrowed(x);
    } else if (x->type == interp.types.list) {
        y = newList(interp, 0);
        if (!y || dictSetItem(memo, d.get(), y.get()) < 0) return Ref();
        for (std::int64_t i = 0; i < listSize(x); ++i) {
            Ref item = deepcopy(interp, listItem(x, i), memo);
            if (!item || listAppend(y.get(), item.get()) < 0) return Ref();
        }
    } else if (x->type == interp.types.tuple) {
        Ref items = newList(interp, 0);
        if (!items) return Ref();
        bool same = true;
        for (std::int64_t i = 0; i < tupleSize(x); ++i) {
            Ref item = deepcopy(interp, tupleItem(x, i), memo);
            if (!item || listAppend(items.get(), item.get()) < 0) return Ref();
            same = same && item.get() == tupleItem(x, i);
        }
        // A cycle through the tuple may have copied it already.
        if (Object* seen = dictGetItem(memo, d.get())) return Ref::borrowed(seen);
        y = same ? Ref::borrowed(x) : listAsTuple(items.get());
    } else if (x->type == interp.types.dict) {
        y = newDict(interp);
        if (!y || dictSetItem(memo, d.get(), y.get()) < 0) return Ref();
        std::int64_t pos = 0;
        Object *k = nullptr, *v = nullptr;
        Ref snapshot = dictCopy(x); // iteration must survive copies that touch x
        if (!snapshot) return Ref();
        while (dictNext(snapshot.get(), pos, &k, &v)) {
            Ref kc = deepcopy(interp, k, memo);
            if (!kc) return Ref();
            Ref vc = deepcopy(interp, v, memo);
            if (!vc || dictSetItem(y.get(), kc.get(), vc.get()) < 0) return Ref();
        }
    } else if (x->type == interp.types.set || x->type == interp.types.frozenset) {
        // set.__reduce__ -> (cls, (list(x),)): the items are deep-copied, then a new set is built.
        Ref items = sequenceList(x);
        if (!items) return Ref();
        Ref copied = deepcopy(interp, items.get(), memo);
        if (!copied) return Ref();
        y = x->type == interp.types.set ? newSetFrom(interp, copied.get()) : newFrozenSetFrom(interp, copied.get());
        if (!y || dictSetItem(memo, d.get(), y.get()) < 0) return Ref();
    } else {
        bool found = false;
        y = callDunderIfAny(x, "__deepcopy__", &memo, 1, found);
        if (!found) y = reconstructInstance(interp, x, memo);
        if (!y) return Ref();
    }
    if (!y) return Ref();
    if (y.get() != x) {
        if (dictSetItem(memo, d.get(), y.get()) < 0 || keepAlive(interp, x, memo) < 0) return Ref();
    }
    return y;
}

Object* copyCopy(Object*, Object* const* args, std::int64_t, Object*) {
    return shallowCopy(*args[0]->type->interp, args[0]).release();
}

Object* copyDeepcopy(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *self->type->interp;
    static const char* const kNames[] = {"x", "memo"};
    ArgSpec spec{"deepcopy", kNames, 2, 0, 1, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    Ref memo;
    if (a[1] && a[1] != interp.none) memo = Ref::borrowed(a[1]);
    else memo = newDict(interp);
    if (!memo) return nullptr;
    return deepcopy(interp, a[0], memo.get()).release();
}

const MethodDef kFunctions[] = {
    {"copy", copyCopy, meth::kO, "Shallow copy operation on arbitrary Python objects."},
    {"deepcopy", copyDeepcopy, meth::kFastcall | meth::kKeywords, "Deep copy operation on arbitrary Python objects."},
    {nullptr, nullptr, 0},
};

} // namespace

Object* createCopyModule(Interpreter& interp) {
    Ref module = newModule(interp, "copy");
    if (!module) return nullptr;
    Ref modName = internName(interp, "copy");
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, module.get(), modName.get());
        if (!fn || moduleAddObject(module.get(), def->name, fn.get()) < 0) return nullptr;
    }
    return module.release();
}

} // namespace hs
