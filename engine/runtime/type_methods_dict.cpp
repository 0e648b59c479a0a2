// dict, set and frozenset as Python sees them: constructors, mapping/number slots (| & - ^ and
// the in-place forms), views, and their methods over dict_object / set_object.
#include "runtime/type_methods.h"

#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/subtype_instance.h"
#include "objects/dictview_object.h"
#include "objects/int_object.h"
#include "objects/iterator_objects.h"
#include "objects/list_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }
Object* retNone(Interpreter& interp) {
    incref(interp.none);
    return interp.none;
}

// ---------------------------------------------------------------- dict

std::int64_t dictLen(Object* d) { return dictSize(d); }

Object* dictSubscript(Object* d, Object* key) {
    Interpreter& interp = interpOf(d);
    Object* v = dictGetItem(d, key);
    if (v) {
        incref(v);
        return v;
    }
    if (errOccurred(interp)) return nullptr;
    if (d->type != interp.types.dict) {
        // _PyObject_LookupSpecial: __missing__ bound to the dict for the call.
        if (Ref missing = lookupSpecial(d, vmOf(interp).names.__missing__)) return callOneArg(missing.get(), key).release();
        if (errOccurred(interp)) return nullptr;
    }
    raiseKeyError(interp, key);
    return nullptr;
}

int dictAssSubscript(Object* d, Object* key, Object* value) { return value ? dictSetItem(d, key, value) : dictDelItem(d, key); }
int dictContainsSlot(Object* d, Object* key) { return dictContains(d, key); }
Object* dictIterSlot(Object* d) { return newDictKeyIterator(interpOf(d), d).release(); }

// dict_update_arg: a dict, a mapping with keys(), or an iterable of pairs.
int dictUpdateArg(Object* d, Object* arg) {
    Interpreter& interp = interpOf(d);
    if (isDictWithDictIter(arg)) return dictMerge(d, arg, 1);
    Ref keys;
    if (lookupAttr(arg, vmOf(interp).names.keys, keys) < 0) return -1;
    if (keys) {
        Ref keyList = callNoArgs(keys.get());
        if (!keyList) return -1;
        Ref it = getIter(keyList.get());
        if (!it) return -1;
        for (;;) {
            Ref k = iterNext(it.get());
            if (!k) return errOccurred(interp) ? -1 : 0;
            Ref v = getItem(arg, k.get());
            if (!v || dictSetItem(d, k.get(), v.get()) < 0) return -1;
        }
    }
    // PyDict_MergeFromSeq2
    Ref it = getIter(arg);
    if (!it) return -1;
    for (std::int64_t i = 0;; ++i) {
        Ref item = iterNext(it.get());
        if (!item) return errOccurred(interp) ? -1 : 0;
        Ref fast = sequenceFast(item.get(), nullptr);
        if (!fast) {
            if (errMatches(interp, vmOf(interp).exc.TypeError)) {
                clearError(interp);
                typeError(interp, formatString("cannot convert dictionary update sequence element #%lld to a sequence",
                                               static_cast<long long>(i)));
            }
            return -1;
        }
        const std::int64_t n = isList(fast.get()) ? listSize(fast.get()) : tupleSize(fast.get());
        if (n != 2) {
            raiseError(interp, vmOf(interp).exc.ValueError,
                       formatString("dictionary update sequence element #%lld has length %lld; 2 is required",
                                    static_cast<long long>(i), static_cast<long long>(n)));
            return -1;
        }
        Object* k = isList(fast.get()) ? listItem(fast.get(), 0) : tupleItem(fast.get(), 0);
        Object* v = isList(fast.get()) ? listItem(fast.get(), 1) : tupleItem(fast.get(), 1);
        if (dictSetItem(d, k, v) < 0) return -1;
    }
}

int dictUpdateCommon(Object* d, Object* const* args, std::int64_t nargs, Object* kwnames, const char* name) {
    Interpreter& interp = interpOf(d);
    if (!checkPositional(interp, name, nargs, 0, 1)) return -1;
    if (nargs == 1 && dictUpdateArg(d, args[0]) < 0) return -1;
    for (std::int64_t i = 0; i < kwCount(kwnames); ++i)
        if (dictSetItem(d, tupleItem(kwnames, i), args[nargs + i]) < 0) return -1;
    return 0;
}

Object* dictVectorNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(type);
    Ref d = dictTypeNew(interp);
    if (!d) return nullptr;
    if (dictUpdateCommon(d.get(), args, nargs, kwnames, "dict") < 0) return nullptr;
    return d.release();
}

// dict_new: exact dicts start untracked; a subclass's instance stays tracked (PyType_GenericAlloc).
Object* dictTpNew(TypeObject* type, Object*, Object*) {
    Interpreter& interp = *type->interp;
    if (type == interp.types.dict) return dictTypeNew(interp).release();
    auto* d = allocSubtypeInstance<DictObject>(interp, type, 0);
    if (d) d->keys = emptyDictKeys();
    return d;
}

// dict_init: dict_update_common(self, args, kwds) — the positional argument, then PyDict_Merge of
// the keywords dict itself.
int dictTpInit(Object* self, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "dict", tupleSize(args), 0, 1)) return -1;
    if (tupleSize(args) == 1 && dictUpdateArg(self, tupleItem(args, 0)) < 0) return -1;
    if (kwargs && dictSize(kwargs) > 0) return dictMerge(self, kwargs, 1);
    return 0;
}

Object* dictOr(Object* a, Object* b) {
    Interpreter& interp = interpOf(a);
    if (!isDict(a) || !isDict(b)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    Ref r = dictCopy(a);
    if (!r || dictUpdate(r.get(), b) < 0) return nullptr;
    return r.release();
}
Object* dictIOr(Object* a, Object* b) {
    if (dictUpdateArg(a, b) < 0) return nullptr;
    incref(a);
    return a;
}

#define METHOD(name) Object* name([[maybe_unused]] Object* self, [[maybe_unused]] Object* const* args, [[maybe_unused]] std::int64_t nargs, [[maybe_unused]] Object* kwnames)
#define INTERP Interpreter& interp = interpOf(self); (void)interp; (void)args; (void)nargs; (void)kwnames

METHOD(dKeys) {
    INTERP;
    return newDictKeys(interp, self).release();
}
METHOD(dValues) {
    INTERP;
    return newDictValues(interp, self).release();
}
METHOD(dItems) {
    INTERP;
    return newDictItems(interp, self).release();
}
METHOD(dGet) {
    INTERP;
    if (!checkPositional(interp, "get", nargs, 1, 2)) return nullptr;
    return dictGet(self, args[0], nargs > 1 ? args[1] : interp.none).release();
}
METHOD(dPop) {
    INTERP;
    if (!checkPositional(interp, "pop", nargs, 1, 2)) return nullptr;
    return dictPop(self, args[0], nargs > 1 ? args[1] : nullptr).release();
}
METHOD(dPopItem) {
    INTERP;
    return dictPopItem(self).release();
}
METHOD(dSetDefault) {
    INTERP;
    if (!checkPositional(interp, "setdefault", nargs, 1, 2)) return nullptr;
    Object* v = dictSetDefault(self, args[0], nargs > 1 ? args[1] : interp.none);
    if (!v) return nullptr;
    incref(v);
    return v;
}
METHOD(dUpdate) {
    INTERP;
    if (dictUpdateCommon(self, args, nargs, kwnames, "update") < 0) return nullptr;
    return retNone(interp);
}
METHOD(dClear) {
    INTERP;
    dictClear(self);
    return retNone(interp);
}
METHOD(dCopy) {
    INTERP;
    return dictCopy(self).release();
}
METHOD(dFromKeys) {
    // classmethod: self is the type.
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "fromkeys", nargs, 1, 2)) return nullptr;
    Ref d = callNoArgs(self);
    if (!d) return nullptr;
    Object* value = nargs > 1 ? args[1] : interp.none;
    if (isDictExact(d.get()) && dictSize(d.get()) == 0) {
        const int r = dictFillFromKeys(d.get(), args[0], value);
        if (r < 0) return nullptr;
        if (r > 0) return d.release();
    }
    Ref it = getIter(args[0]);
    if (!it) return nullptr;
    for (;;) {
        Ref k = iterNext(it.get());
        if (!k) {
            if (errOccurred(interp)) return nullptr;
            break;
        }
        if (setItem(d.get(), k.get(), value) < 0) return nullptr;
    }
    (void)kwnames;
    return d.release();
}
METHOD(dContains) {
    INTERP;
    const int r = dictContains(self, args[0]);
    if (r < 0) return nullptr;
    return newBool(interp, r != 0);
}
METHOD(dGetItem) {
    INTERP;
    return dictSubscript(self, args[0]);
}
METHOD(dReversed) {
    INTERP;
    return newDictReverseKeyIterator(interp, self).release();
}

const MethodDef kDictMethods[] = {
    {"keys", dKeys, meth::kNoArgs},
    {"values", dValues, meth::kNoArgs},
    {"items", dItems, meth::kNoArgs},
    {"get", dGet, meth::kFastcall},
    {"pop", dPop, meth::kFastcall},
    {"popitem", dPopItem, meth::kNoArgs},
    {"setdefault", dSetDefault, meth::kFastcall},
    {"update", dUpdate, meth::kFastcall | meth::kKeywords | meth::kVarargs},
    {"clear", dClear, meth::kNoArgs},
    {"copy", dCopy, meth::kNoArgs},
    {"fromkeys", dFromKeys, meth::kFastcall | meth::kClass},
    {"__contains__", dContains, meth::kO},
    {"__getitem__", dGetItem, meth::kO},
    {"__reversed__", dReversed, meth::kNoArgs},
    {nullptr, nullptr, 0},
};

NumberSlots makeDictNumber() {
    NumberSlots n;
    n.binary[nbop::OR] = dictOr;
    n.binary[nbop::INPLACE_OR] = dictIOr;
    return n;
}
const NumberSlots kDictNumber = makeDictNumber();

// ---------------------------------------------------------------- set / frozenset

std::int64_t setLen(Object* s) { return setSize(s); }
int setContainsSlot(Object* s, Object* key) { return setContains(s, key); }
Object* setIterSlot(Object* s) { return newSetIterator(interpOf(s), s).release(); }

template <Ref (*F)(Object*, Object*)> Object* setBinary(Object* a, Object* b) {
    Interpreter& interp = interpOf(a);
    if (!isAnySet(a) || !isAnySet(b)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    return F(a, b).release();
}
template <int (*F)(Object*, Object*)> Object* setInplace(Object* a, Object* b) {
    Interpreter& interp = interpOf(a);
    if (!isAnySet(b)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    if (F(a, b) < 0) return nullptr;
    incref(a);
    return a;
}

NumberSlots makeSetNumber(bool mutableSet) {
    NumberSlots n;
    n.binary[nbop::OR] = setBinary<setUnion>;
    n.binary[nbop::AND] = setBinary<setIntersection>;
    n.binary[nbop::SUBTRACT] = setBinary<setDifference>;
    n.binary[nbop::XOR] = setBinary<setSymmetricDifference>;
    if (mutableSet) {
        n.binary[nbop::INPLACE_OR] = setInplace<setUpdate>;
        n.binary[nbop::INPLACE_AND] = setInplace<setIntersectionUpdate>;
        n.binary[nbop::INPLACE_SUBTRACT] = setInplace<setDifferenceUpdate>;
        n.binary[nbop::INPLACE_XOR] = setInplace<setSymmetricDifferenceUpdate>;
    }
    return n;
}
const NumberSlots kSetNumber = makeSetNumber(true);
const NumberSlots kFrozenSetNumber = makeSetNumber(false);

Object* setVectorNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(type);
    if (!noKeywords(interp, "set", kwnames)) return nullptr;
    if (!checkPositional(interp, "set", nargs, 0, 1)) return nullptr;
    if (!nargs) return newSet(interp).release();
    return newSetFrom(interp, args[0]).release(); // make_new_set: the set, then set_update_internal
}

Object* frozenSetVectorNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(type);
    if (!noKeywords(interp, "frozenset", kwnames)) return nullptr;
    if (!checkPositional(interp, "frozenset", nargs, 0, 1)) return nullptr;
    Object* iterable = nargs ? args[0] : nullptr;
    if (type != interp.types.frozenset) return newSetOfType(interp, asType(type), iterable).release();
    return frozenSetTypeNew(interp, iterable).release();
}

// set_new: an empty set of `type`; the iterable is set_init's.
Object* setTpNew(TypeObject* type, Object*, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (type == interp.types.set && kwargs && dictSize(kwargs) > 0) {
        typeError(interp, "set() takes no keyword arguments");
        return nullptr;
    }
    return newSetOfType(interp, type, nullptr).release();
}

// set_init: clears the set, then adds the iterable's items.
int setTpInit(Object* self, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(self);
    if (kwargs && dictSize(kwargs) > 0) {
        typeError(interp, "set() takes no keyword arguments");
        return -1;
    }
    if (!checkPositional(interp, self->type->name.c_str(), tupleSize(args), 0, 1)) return -1;
    if (setSize(self) > 0) setClear(self);
    if (!tupleSize(args)) return 0;
    return setUpdate(self, tupleItem(args, 0));
}

METHOD(sAdd) {
    INTERP;
    if (setAdd(self, args[0]) < 0) return nullptr;
    return retNone(interp);
}
METHOD(sDiscard) {
    INTERP;
    if (setDiscard(self, args[0]) < 0) return nullptr;
    return retNone(interp);
}
METHOD(sRemove) {
    INTERP;
    if (setRemove(self, args[0]) < 0) return nullptr;
    return retNone(interp);
}
METHOD(sPop) {
    INTERP;
    return setPop(self).release();
}
METHOD(sClear) {
    INTERP;
    setClear(self);
    return retNone(interp);
}
METHOD(sCopy) {
    INTERP;
    return setCopy(self).release();
}
// set_reduce: (type(s), (list(s),), s.__getstate__()).
METHOD(sReduce) {
    INTERP;
    Ref keys = sequenceList(self);
    Ref newArgs = keys ? tuplePack(interp, {keys.get()}) : Ref();
    Ref state = newArgs ? objectGetState(self) : Ref();
    if (!state) return nullptr;
    return tuplePack(interp, {self->type, newArgs.get(), state.get()}).release();
}
// set_union: one copy of self updated with each argument (self itself skipped).
METHOD(sUnion) {
    Ref result = setNewCopy(self);
    for (std::int64_t i = 0; result && i < nargs; ++i)
        if (args[i] != self && setUpdate(result.get(), args[i]) < 0) return nullptr;
    return result.release();
}
METHOD(sIntersection) { return setIntersectionMulti(self, args, nargs).release(); }
// set_difference_multi: set_difference with the first argument, the others removed in place.
METHOD(sDifference) {
    if (nargs == 0) return setNewCopy(self).release();
    Ref result = setDifference(self, args[0]);
    for (std::int64_t i = 1; result && i < nargs; ++i)
        if (setDifferenceUpdate(result.get(), args[i]) < 0) return nullptr;
    return result.release();
}
METHOD(sSymDiff) { return setSymmetricDifference(self, args[0]).release(); }
METHOD(sUpdate) {
    // set_update: set_update_internal on each argument as given (it iterates any iterable).
    for (std::int64_t i = 0; i < nargs; ++i)
        if (setUpdate(self, args[i]) < 0) return nullptr;
    return retNone(interpOf(self));
}
METHOD(sIntersectionUpdate) {
    if (setIntersectionUpdateMulti(self, args, nargs) < 0) return nullptr;
    return retNone(interpOf(self));
}
METHOD(sDifferenceUpdate) {
    for (std::int64_t i = 0; i < nargs; ++i)
        if (setDifferenceUpdate(self, args[i]) < 0) return nullptr;
    return retNone(interpOf(self));
}
METHOD(sSymDiffUpdate) {
    if (setSymmetricDifferenceUpdate(self, args[0]) < 0) return nullptr;
    return retNone(interpOf(self));
}
template <int (*F)(Object*, Object*)> METHOD(sPredicate) {
    INTERP;
    const int r = F(self, args[0]);
    if (r < 0) return nullptr;
    return newBool(interp, r != 0);
}
METHOD(sContains) {
    INTERP;
    const int r = setContains(self, args[0]);
    if (r < 0) return nullptr;
    return newBool(interp, r != 0);
}

const MethodDef kSetMethods[] = {
    {"add", sAdd, meth::kO},
    {"discard", sDiscard, meth::kO},
    {"remove", sRemove, meth::kO},
    {"pop", sPop, meth::kNoArgs},
    {"clear", sClear, meth::kNoArgs},
    {"copy", sCopy, meth::kNoArgs},
    {"union", sUnion, meth::kFastcall | meth::kVarargs},
    {"intersection", sIntersection, meth::kFastcall | meth::kVarargs},
    {"difference", sDifference, meth::kFastcall | meth::kVarargs},
    {"symmetric_difference", sSymDiff, meth::kO},
    {"update", sUpdate, meth::kFastcall | meth::kVarargs},
    {"intersection_update", sIntersectionUpdate, meth::kFastcall | meth::kVarargs},
    {"difference_update", sDifferenceUpdate, meth::kFastcall | meth::kVarargs},
    {"symmetric_difference_update", sSymDiffUpdate, meth::kO},
    {"issubset", sPredicate<setIsSubset>, meth::kO},
    {"issuperset", sPredicate<setIsSuperset>, meth::kO},
    {"isdisjoint", sPredicate<setIsDisjoint>, meth::kO},
    {"__contains__", sContains, meth::kO},
    {"__reduce__", sReduce, meth::kNoArgs},
    {nullptr, nullptr, 0},
};
const MethodDef kFrozenSetMethods[] = {
    {"copy", sCopy, meth::kNoArgs},
    {"union", sUnion, meth::kFastcall | meth::kVarargs},
    {"intersection", sIntersection, meth::kFastcall | meth::kVarargs},
    {"difference", sDifference, meth::kFastcall | meth::kVarargs},
    {"symmetric_difference", sSymDiff, meth::kO},
    {"issubset", sPredicate<setIsSubset>, meth::kO},
    {"issuperset", sPredicate<setIsSuperset>, meth::kO},
    {"isdisjoint", sPredicate<setIsDisjoint>, meth::kO},
    {"__contains__", sContains, meth::kO},
    {"__reduce__", sReduce, meth::kNoArgs},
    {nullptr, nullptr, 0},
};

#undef METHOD
#undef INTERP

} // namespace

void bindMappingTypes(Interpreter& interp) {
    TypeObject* d = interp.types.dict;
    d->slots.length = dictLen;
    d->slots.subscript = dictSubscript;
    d->slots.assSubscript = dictAssSubscript;
    d->slots.contains = dictContainsSlot;
    d->slots.iter = dictIterSlot;
    d->slots.number = &kDictNumber;
    d->slots.vectorNew = dictVectorNew;
    d->slots.tpNew = dictTpNew;
    d->slots.tpInit = dictTpInit;
    addMethods(interp, d, kDictMethods);

    TypeObject* s = interp.types.set;
    s->slots.length = setLen;
    s->slots.contains = setContainsSlot;
    s->slots.iter = setIterSlot;
    s->slots.number = &kSetNumber;
    s->slots.vectorNew = setVectorNew;
    s->slots.tpNew = setTpNew;
    s->slots.tpInit = setTpInit;
    addMethods(interp, s, kSetMethods);

    TypeObject* f = interp.types.frozenset;
    f->slots.length = setLen;
    f->slots.contains = setContainsSlot;
    f->slots.iter = setIterSlot;
    f->slots.number = &kFrozenSetNumber;
    f->slots.vectorNew = frozenSetVectorNew;
    f->slots.tpNew = [](TypeObject* type, Object* args, Object* kwargs) -> Object* {
        Interpreter& interp = *type->interp;
        TypeObject* fs = interp.types.frozenset;
        auto fsInit = fs->slots.tpInit ? fs->slots.tpInit : interp.types.object->slots.tpInit;
        if ((type == fs || type->slots.tpInit == fsInit) && kwargs && dictSize(kwargs) > 0) {
            typeError(interp, "frozenset() takes no keyword arguments");
            return nullptr;
        }
        return frozenSetVectorNew(type, tupleItems(args), tupleSize(args), nullptr);
    };
    addMethods(interp, f, kFrozenSetMethods);
}

} // namespace hs
