// object's pickling support (Objects/typeobject.c, 3.11): __reduce_ex__, __reduce__ and
// __getstate__, with copyreg (a startup module) doing the Python parts, as in CPython.
//
// Invariants: copyreg is reached through sys.modules (import_copyreg), so its _slotnames caches
// `__slotnames__` in a class's dict on first use; every tuple/dict/iterator CPython allocates on
// the way (newargs, the 5-tuple, the (dict, slots) pair, the items iterators) is allocated here too.
#include "runtime/type_methods.h"

#include "modules/module_registry.h"
#include "objects/builtin_function_object.h"
#include "objects/class_internal.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <climits>

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }

Object* objectGetstateMethod(Object* self, Object* const*, std::int64_t, Object*);

// _PyObject_IsInstanceDictEmpty: no dict slot, an unset/empty dict, or inline values all unset.
bool instanceDictIsEmpty(Object* o) {
    TypeObject* t = o->type;
    if (t->slots.valuesGet == instanceValuesGet) {
        const int values = instanceValuesEmpty(o);
        if (values >= 0) return values == 1;
    }
    if (!t->slots.dictPtr) return true;
    Object* dict = *t->slots.dictPtr(o);
    return !dict || dictSize(dict) == 0;
}

// _PyType_GetSlotNames: cls.__dict__['__slotnames__'] when present, else copyreg._slotnames(cls)
// (which stores it there). A list or None.
Ref slotNamesOf(TypeObject* cls) {
    Interpreter& interp = interpOf(cls);
    Ref key = internName(interp, "__slotnames__");
    Object* cached = cls->isHeapType() ? dictGetItem(cls->slots.dict, key.get()) : staticTypeDictLookup(cls, key.get());
    Ref names;
    if (cached) {
        if (cached != interp.none && !isList(cached)) {
            typeError(interp, cls->name + ".__slotnames__ should be a list or None, not " + cached->type->name);
            return Ref();
        }
        return Ref::borrowed(cached);
    }
    Ref copyreg = importModule(interp, "copyreg");
    if (!copyreg) return Ref();
    Object* arg = cls;
    names = callMethodStr(copyreg.get(), "_slotnames", &arg, 1);
    if (!names) return Ref();
    if (names.get() != interp.none && !isList(names.get())) {
        typeError(interp, "copyreg._slotnames didn't return a list or None");
        return Ref();
    }
    return names;
}

// object_getstate_default: None or the instance dict, paired with a dict of the set __slots__
// values when there are any. `required` (no __new__ args, not a list or dict): objects whose
// layout holds more than a dict, weakref list and slots cannot be rebuilt from that state.
Ref getstateDefault(Object* obj, bool required) {
    Interpreter& interp = interpOf(obj);
    TypeObject* t = obj->type;
    if (required && t->itemsize) {
        typeError(interp, "cannot pickle '" + t->name + "' object");
        return Ref();
    }
    Ref state;
    if (instanceDictIsEmpty(obj)) {
        state = Ref::borrowed(interp.none);
    } else {
        state = Ref(genericGetDict(obj)); // materializes inline values, as PyObject_GenericGetDict does
        if (!state) return Ref();
    }
    Ref slotNames = slotNamesOf(t);
    if (!slotNames) return Ref();
    const bool hasSlotNames = slotNames.get() != interp.none;
    if (required) {
        std::int64_t basicsize = interp.types.object->basicsize;
        if (t->slots.dictOffset && !(t->flags & tpflags::kManagedDict)) basicsize += 8;
        if (t->slots.weaklistOffset) basicsize += 8;
        if (hasSlotNames) basicsize += 8 * listSize(slotNames.get());
        if (t->basicsize > basicsize) {
            typeError(interp, "cannot pickle '" + t->name + "' object");
            return Ref();
        }
    }
    if (!hasSlotNames || listSize(slotNames.get()) == 0) return state;
    Ref slots = newDict(interp);
    if (!slots) return Ref();
    const std::int64_t count = listSize(slotNames.get());
    for (std::int64_t i = 0; i < count; ++i) {
        Ref name = Ref::borrowed(listItem(slotNames.get(), i));
        Ref value;
        if (lookupAttr(obj, name.get(), value) < 0) return Ref();
        if (value && dictSetItem(slots.get(), name.get(), value.get()) < 0) return Ref();
        // The list lives on the class: a __getattr__ may have changed it meanwhile.
        if (count != listSize(slotNames.get())) {
            raiseError(interp, vmOf(interp).exc.RuntimeError, "__slotsname__ changed size during iteration");
            return Ref();
        }
    }
    if (dictSize(slots.get()) == 0) return state;
    return tuplePack(interp, {state.get(), slots.get()});
}

// object_getstate: an overridden __getstate__ is called; object's own gets `required`.
Ref getstate(Object* obj, bool required) {
    Ref getstateFn = getAttrStr(obj, "__getstate__");
    if (!getstateFn) return Ref();
    if (isBuiltinFunction(getstateFn.get())) {
        auto* f = static_cast<BuiltinFunctionObject*>(getstateFn.get());
        if (f->self == obj && f->def->fn == objectGetstateMethod) return getstateDefault(obj, required);
    }
    return callNoArgs(getstateFn.get());
}

// _PyObject_GetNewArguments: __getnewargs_ex__() -> (args, kwargs), else __getnewargs__() -> args;
// neither: args and kwargs stay empty.
bool getNewArguments(Object* obj, Ref& args, Ref& kwargs) {
    Interpreter& interp = interpOf(obj);
    TypeObject* valueError = vmOf(interp).exc.ValueError;
    if (Ref ex = lookupSpecial(obj, "__getnewargs_ex__")) {
        Ref pair = callNoArgs(ex.get());
        if (!pair) return false;
        if (!isTuple(pair.get())) {
            typeError(interp, "__getnewargs_ex__ should return a tuple, not '" + pair->type->name + "'");
            return false;
        }
        if (tupleSize(pair.get()) != 2) {
            raiseError(interp, valueError,
                       "__getnewargs_ex__ should return a tuple of length 2, not " + std::to_string(tupleSize(pair.get())));
            return false;
        }
        args = Ref::borrowed(tupleItem(pair.get(), 0));
        kwargs = Ref::borrowed(tupleItem(pair.get(), 1));
        if (!isTuple(args.get())) {
            typeError(interp, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '" + args->type->name + "'");
            return false;
        }
        if (!isDict(kwargs.get())) {
            typeError(interp, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '" + kwargs->type->name + "'");
            return false;
        }
        return true;
    } else if (errOccurred(interp)) {
        return false;
    }
    if (Ref plain = lookupSpecial(obj, "__getnewargs__")) {
        args = callNoArgs(plain.get());
        if (!args) return false;
        if (!isTuple(args.get())) {
            typeError(interp, "__getnewargs__ should return a tuple, not '" + args->type->name + "'");
            return false;
        }
        return true;
    }
    return !errOccurred(interp);
}

// _PyObject_GetItemsIter: iter(obj) for a list, iter(obj.items()) for a dict, else None.
bool getItemsIters(Object* obj, Ref& listItems, Ref& dictItems) {
    Interpreter& interp = interpOf(obj);
    listItems = isList(obj) ? getIter(obj) : Ref::borrowed(interp.none);
    if (!listItems) return false;
    if (!isDict(obj)) {
        dictItems = Ref::borrowed(interp.none);
        return true;
    }
    Ref items = callMethodStr(obj, "items", nullptr, 0);
    if (!items) return false;
    dictItems = getIter(items.get());
    return bool(dictItems);
}

// reduce_newobj (protocol >= 2): (copyreg.__newobj__, (cls, *args), state, listitems, dictitems),
// or with keyword arguments (copyreg.__newobj_ex__, (cls, args, kwargs), ...).
Ref reduceNewobj(Object* obj) {
    Interpreter& interp = interpOf(obj);
    if (!obj->type->slots.tpNew) {
        typeError(interp, "cannot pickle '" + obj->type->name + "' object");
        return Ref();
    }
    Ref args, kwargs;
    if (!getNewArguments(obj, args, kwargs)) return Ref();
    Ref copyreg = importModule(interp, "copyreg");
    if (!copyreg) return Ref();
    const bool hasArgs = bool(args);
    Ref newobj, newargs;
    if (!kwargs || dictSize(kwargs.get()) == 0) {
        newobj = getAttrStr(copyreg.get(), "__newobj__");
        if (!newobj) return Ref();
        const std::int64_t n = args ? tupleSize(args.get()) : 0;
        newargs = newTuple(interp, n + 1);
        if (!newargs) return Ref();
        incref(obj->type);
        tupleSetItemSteal(newargs.get(), 0, obj->type);
        for (std::int64_t i = 0; i < n; ++i) {
            incref(tupleItem(args.get(), i));
            tupleSetItemSteal(newargs.get(), i + 1, tupleItem(args.get(), i));
        }
    } else {
        newobj = getAttrStr(copyreg.get(), "__newobj_ex__");
        if (!newobj) return Ref();
        newargs = tuplePack(interp, {obj->type, args.get(), kwargs.get()});
        if (!newargs) return Ref();
    }
    Ref state = getstate(obj, !(hasArgs || isList(obj) || isDict(obj)));
    if (!state) return Ref();
    Ref listItems, dictItems;
    if (!getItemsIters(obj, listItems, dictItems)) return Ref();
    return tuplePack(interp, {newobj.get(), newargs.get(), state.get(), listItems.get(), dictItems.get()});
}

// _common_reduce: reduce_newobj for protocol 2 and up, copyreg._reduce_ex(obj, proto) below.
Ref commonReduce(Object* obj, std::int64_t protocol) {
    Interpreter& interp = interpOf(obj);
    if (protocol >= 2) return reduceNewobj(obj);
    Ref copyreg = importModule(interp, "copyreg");
    if (!copyreg) return Ref();
    Ref proto = newInt(interp, protocol);
    if (!proto) return Ref();
    Object* args[2] = {obj, proto.get()};
    return callMethodStr(copyreg.get(), "_reduce_ex", args, 2);
}

// object.__reduce_ex__(protocol): a class overriding __reduce__ is asked through it.
Object* objectReduceExMethod(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    std::int64_t protocol = 0;
    if (!indexAsInt64(args[0], protocol, vmOf(interp).exc.OverflowError)) return nullptr;
    if (protocol < INT_MIN || protocol > INT_MAX) {
        raiseError(interp, vmOf(interp).exc.OverflowError, "Python int too large to convert to C int");
        return nullptr;
    }
    Ref name = internName(interp, "__reduce__");
    Ref reduce;
    if (lookupAttr(self, name.get(), reduce) < 0) return nullptr;
    if (reduce) {
        Ref clsReduce = getAttr(self->type, name.get());
        if (!clsReduce) return nullptr;
        Object* objectReduce = staticTypeDictLookup(interp.types.object, name.get());
        if (clsReduce.get() != objectReduce) return callNoArgs(reduce.get()).release();
    }
    return commonReduce(self, protocol).release();
}

Object* objectReduceMethod(Object* self, Object* const*, std::int64_t, Object*) { return commonReduce(self, 0).release(); }

Object* objectGetstateMethod(Object* self, Object* const*, std::int64_t, Object*) {
    return getstateDefault(self, false).release();
}

} // namespace

Ref objectGetState(Object* obj) { return getstate(obj, false); }

// object_methods' pickling entries, in CPython's order (the rest are type_methods_object.cpp's).
const MethodDef kObjectPickleMethods[] = {
    {"__reduce_ex__", objectReduceExMethod, meth::kO, "Helper for pickle."},
    {"__reduce__", objectReduceMethod, meth::kNoArgs, "Helper for pickle."},
    {"__getstate__", objectGetstateMethod, meth::kNoArgs, "Helper for pickle."},
    {nullptr, nullptr, 0},
};

} // namespace hs
