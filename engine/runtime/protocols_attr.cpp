// Attribute access (Objects/object.c, typeobject.c): _PyType_Lookup over the MRO, the generic
// get/set with descriptors and instance storage, LOAD_METHOD's _PyObject_GetMethod, isinstance /
// issubclass, dir().
#include "runtime/protocols.h"

#include "objects/class_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/union_object.h"
#include "runtime/errors.h"
#include "vm/vm_state.h"

#include <algorithm>

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }

bool isDataDescriptor(Object* descr) { return descr->type->slots.descrSet != nullptr; }

// Looks `name` up in one type's own namespace (borrowed or null).
Object* ownLookup(TypeObject* t, Object* name) {
    if (t->slots.dict) return dictGetItem(t->slots.dict, name);
    return staticTypeDictLookup(t, name);
}

} // namespace

void typeMro(TypeObject* type, std::vector<TypeObject*>& out) {
    out.clear();
    if (Object* mro = type->slots.mro) {
        for (std::int64_t i = 0; i < tupleSize(mro); ++i) out.push_back(static_cast<TypeObject*>(tupleItem(mro, i)));
        return;
    }
    for (TypeObject* t = type; t; t = t->base) out.push_back(t);
}

namespace {

Object* typeLookupUncached(TypeObject* type, Object* name) {
    if (Object* mro = type->slots.mro) {
        const std::int64_t n = tupleSize(mro);
        for (std::int64_t i = 0; i < n; ++i)
            if (Object* r = ownLookup(static_cast<TypeObject*>(tupleItem(mro, i)), name)) return r;
        return nullptr;
    }
    for (TypeObject* t = type; t; t = t->base)
        if (Object* r = ownLookup(t, name)) return r;
    return nullptr;
}

} // namespace

Object* typeLookup(TypeObject* type, Object* name) {
    if (!isExactStr(name) || asStr(name)->interned == sstate::kNotInterned) return typeLookupUncached(type, name);
    TypeAttrCache& cache = type->interp->typeAttrCache;
    TypeAttrCache::Entry& e = cache.slotFor(type, name);
    if (e.epoch == cache.epoch() && e.type == type && e.name == name) return e.value;
    const std::uint64_t epoch = cache.epoch(); // a lookup that changed types leaves a stale entry
    Object* r = typeLookupUncached(type, name);
    e = {type, name, r, epoch};
    return r;
}

Ref lookupSpecial(Object* o, Object* name) {
    Object* descr = typeLookup(o->type, name);
    if (!descr) return Ref();
    if (DescrGetFunc get = descr->type->slots.descrGet) return Ref(get(descr, o, o->type));
    return Ref::borrowed(descr);
}

Ref lookupSpecial(Object* o, std::string_view name) {
    Object* descr = typeLookupStr(o->type, name);
    if (!descr) return Ref();
    if (DescrGetFunc get = descr->type->slots.descrGet) return Ref(get(descr, o, o->type));
    return Ref::borrowed(descr);
}

Object* typeLookupStr(TypeObject* type, std::string_view name) {
    Ref n = internFromUtf8(*type->interp, name);
    return n ? typeLookup(type, n.get()) : nullptr;
}

Ref internName(Interpreter& interp, std::string_view name) { return internFromUtf8(interp, name); }

void raiseNoAttribute(Object* o, Object* name) {
    Interpreter& interp = interpOf(o);
    raiseAttributeError(interp, o, name, "'" + o->type->name + "' object has no attribute '" + strToUtf8(name) + "'");
}

// _PyObject_GenericSetAttrWithDict's error: not augmented with name/obj (no suggestion).
void raiseNoAttributeToSet(Object* o, Object* name) {
    raiseBareAttributeError(interpOf(o), "'" + o->type->name + "' object has no attribute '" + strToUtf8(name) + "'");
}

Object* instanceDict(Object* o, bool create) {
    TypeObject* t = o->type;
    if (t->slots.materialize && t->slots.valuesGet) {
        if (create && t->slots.materialize(o) < 0) return nullptr;
    }
    if (!t->slots.dictPtr) return nullptr;
    Object** p = t->slots.dictPtr(o);
    if (!*p && create) *p = newDict(interpOf(o)).release();
    return *p;
}

Object* genericGetDict(Object* self) {
    Object* d = instanceDict(self, true);
    xincref(d);
    return d;
}

Ref genericGetAttr(Object* o, Object* name, bool suppress) {
    Interpreter& interp = interpOf(o);
    if (!isStr(name)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "attribute name must be string, not '" + name->type->name + "'");
        return Ref();
    }
    TypeObject* tp = o->type;
    Object* descr = typeLookup(tp, name);
    Ref keep;
    DescrGetFunc f = nullptr;
    if (descr) {
        keep = Ref::borrowed(descr);
        f = descr->type->slots.descrGet;
        if (f && isDataDescriptor(descr)) {
            Ref r(f(descr, o, tp));
            if (!r && suppress && errMatches(interp, vmOf(interp).exc.AttributeError)) clearError(interp);
            return r;
        }
    }
    if (tp->slots.valuesGet)
        if (Object* v = tp->slots.valuesGet(o, name)) return Ref::borrowed(v);
    if (tp->slots.dictPtr)
        if (Object* dict = *tp->slots.dictPtr(o))
            if (Object* v = dictGetItem(dict, name)) return Ref::borrowed(v);
    if (f) {
        Ref r(f(descr, o, tp));
        if (!r && suppress && errMatches(interp, vmOf(interp).exc.AttributeError)) clearError(interp);
        return r;
    }
    if (descr) return keep;
    if (!suppress) raiseNoAttribute(o, name);
    return Ref();
}

int genericSetAttr(Object* o, Object* name, Object* value) {
    Interpreter& interp = interpOf(o);
    if (!isStr(name)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "attribute name must be string, not '" + name->type->name + "'");
        return -1;
    }
    TypeObject* tp = o->type;
    Object* descr = typeLookup(tp, name);
    Ref keep = Ref::borrowed(descr);
    if (descr && descr->type->slots.descrSet) return descr->type->slots.descrSet(descr, o, value);
    if (tp->slots.valuesSet) {
        const int r = tp->slots.valuesSet(o, name, value);
        if (r <= 0) {
            if (r < 0 && !errOccurred(interp)) raiseNoAttributeToSet(o, name);
            return r < 0 ? -1 : 0;
        }
    }
    if (!tp->slots.dictPtr) {
        if (descr)
            raiseBareAttributeError(interp, "'" + tp->name + "' object attribute '" + strToUtf8(name) + "' is read-only");
        else
            raiseNoAttributeToSet(o, name);
        return -1;
    }
    Object** dictp = tp->slots.dictPtr(o);
    if (value) {
        if (!*dictp) {
            Ref d = newDict(interp);
            if (!d) return -1;
            *dictp = d.release();
        }
        return dictSetItem(*dictp, name, value);
    }
    if (!*dictp || dictContains(*dictp, name) != 1) {
        raiseNoAttributeToSet(o, name);
        return -1;
    }
    return dictDelItem(*dictp, name);
}

// PyObject_GetAttr: a failed lookup's AttributeError is augmented with `o` and `name` unless the
// slot that raised it already was (set_attribute_error_context).
// PyObject_GetAttr, _PyObject_LookupAttr, PyObject_SetAttr: a non-str name is refused before any
// tp_getattro/tp_setattro runs.
static bool checkAttrName(Object* name) {
    if (isStr(name)) return true;
    Interpreter& interp = *name->type->interp;
    raiseError(interp, vmOf(interp).exc.TypeError, "attribute name must be string, not '" + name->type->name + "'");
    return false;
}

Ref getAttr(Object* o, Object* name) {
    if (!checkAttrName(name)) return Ref();
    TypeObject* tp = o->type;
    Ref r = tp->slots.getattro ? Ref(tp->slots.getattro(o, name)) : genericGetAttr(o, name, false);
    if (!r) setAttributeErrorContext(interpOf(o), o, name);
    return r;
}

Ref getAttrStr(Object* o, std::string_view name) {
    Ref n = internFromUtf8(interpOf(o), name);
    if (!n) return Ref();
    return getAttr(o, n.get());
}

int lookupAttr(Object* o, Object* name, Ref& out) {
    if (!checkAttrName(name)) return -1;
    Interpreter& interp = interpOf(o);
    TypeObject* tp = o->type;
    if (!tp->slots.getattro) {
        out = genericGetAttr(o, name, true);
        if (out) return 1;
        return errOccurred(interp) ? -1 : 0;
    }
    out = Ref(tp->slots.getattro(o, name));
    if (out) return 1;
    if (errMatches(interp, vmOf(interp).exc.AttributeError)) {
        clearError(interp);
        return 0;
    }
    return -1;
}

int setAttr(Object* o, Object* name, Object* value) {
    if (!checkAttrName(name)) return -1;
    TypeObject* tp = o->type;
    if (tp->slots.setattro) return tp->slots.setattro(o, name, value);
    return genericSetAttr(o, name, value);
}

int setAttrStr(Object* o, std::string_view name, Object* value) {
    Ref n = internFromUtf8(interpOf(o), name);
    if (!n) return -1;
    return setAttr(o, n.get(), value);
}

bool getMethod(Object* o, Object* name, Ref& out) {
    Interpreter& interp = interpOf(o);
    TypeObject* tp = o->type;
    if (tp->slots.getattro || !isStr(name)) {
        out = getAttr(o, name);
        return false;
    }
    VmState& vm = vmOf(interp);
    Object* descr = typeLookup(tp, name);
    DescrGetFunc f = nullptr;
    bool methFound = false;
    if (descr) {
        if (descr->type == vm.types.function || descr->type == vm.types.methodDescriptor) {
            methFound = true;
        } else {
            f = descr->type->slots.descrGet;
            if (f && isDataDescriptor(descr)) {
                out = Ref(f(descr, o, tp));
                return false;
            }
        }
    }
    if (tp->slots.valuesGet)
        if (Object* v = tp->slots.valuesGet(o, name)) {
            out = Ref::borrowed(v);
            return false;
        }
    if (tp->slots.dictPtr)
        if (Object* dict = *tp->slots.dictPtr(o))
            if (Object* v = dictGetItem(dict, name)) {
                out = Ref::borrowed(v);
                return false;
            }
    if (methFound) {
        out = Ref::borrowed(descr);
        return true;
    }
    if (f) {
        out = Ref(f(descr, o, tp));
        return false;
    }
    if (descr) {
        out = Ref::borrowed(descr);
        return false;
    }
    raiseNoAttribute(o, name);
    out = Ref();
    return false;
}

// ---------------------------------------------------------------- types

bool isType(const Object* o) { return o->type->flags & tpflags::kTypeSubclass; }

bool typeIsSubtype(TypeObject* a, TypeObject* b) {
    if (Object* mro = a->slots.mro) {
        for (std::int64_t i = 0; i < tupleSize(mro); ++i)
            if (tupleItem(mro, i) == b) return true;
        return false;
    }
    return a->isSubtypeOf(b);
}

std::string typeQualName(const TypeObject* t) {
    if (t->isHeapType()) return heapTypeQualName(t);
    const auto dot = t->name.rfind('.');
    return dot == std::string::npos ? t->name : t->name.substr(dot + 1);
}

std::string typeModuleName(const TypeObject* t) {
    if (t->isHeapType()) return heapTypeModuleName(t);
    if (t->moduleName) return t->moduleName;
    const auto dot = t->name.rfind('.');
    return dot == std::string::npos ? "builtins" : t->name.substr(0, dot);
}

namespace {

int checkClassInfo(Interpreter& interp, Object* cls, const char* what) {
    raiseError(interp, vmOf(interp).exc.TypeError,
               std::string(what) + " arg 2 must be a type, a tuple of types, or a union");
    (void)cls;
    return -1;
}

// cls's metaclass __instancecheck__ / __subclasscheck__ through _PyObject_LookupSpecial (bound to
// cls), called inside a recursion level: 1/0 from the result's truth, -1 on error, -2 when the
// metaclass has none (no error pending).
int callChecker(Object* cls, Object* name, Object* arg, const char* where) {
    Interpreter& interp = interpOf(cls);
    Ref checker = lookupSpecial(cls, name);
    if (!checker) return errOccurred(interp) ? -1 : -2;
    if (!enterRecursiveCall(interp, where)) return -1;
    Ref res = callOneArg(checker.get(), arg);
    leaveRecursiveCall(interp);
    checker = Ref();
    if (!res) return -1;
    return objectIsTrue(res.get());
}

} // namespace

// object_isinstance (_PyObject_RealIsInstance, type.__instancecheck__).
int realIsInstance(Object* o, Object* cls) {
    Interpreter& interp = interpOf(o);
    if (!isType(cls)) return checkClassInfo(interp, cls, "isinstance()");
    if (typeIsSubtype(o->type, asType(cls))) return 1;
    // o.__class__ may differ from type(o) (weakref proxies).
    Ref icls;
    if (lookupAttr(o, vmOf(interp).names.__class__, icls) < 0) return -1;
    if (icls && icls.get() != o->type && isType(icls.get())) return typeIsSubtype(asType(icls.get()), asType(cls)) ? 1 : 0;
    return 0;
}

// object_recursive_isinstance: an exact type match, type's own check, a tuple (or union) item by
// item inside a recursion level, else the metaclass's __instancecheck__ (bound to cls).
int isInstance(Object* o, Object* cls) {
    Interpreter& interp = interpOf(o);
    if (o->type == cls) return 1;
    if (isType(cls) && cls->type == interp.types.type) return realIsInstance(o, cls);
    if (isUnion(cls)) cls = unionArgs(cls); // int | str checks like (int, str)
    if (isTuple(cls)) {
        if (!enterRecursiveCall(interp, " in __instancecheck__")) return -1;
        int r = 0;
        for (std::int64_t i = 0; i < tupleSize(cls) && r == 0; ++i) r = isInstance(o, tupleItem(cls, i));
        leaveRecursiveCall(interp);
        return r;
    }
    const int r = callChecker(cls, vmOf(interp).names.__instancecheck__, o, " in __instancecheck__");
    return r == -2 ? realIsInstance(o, cls) : r;
}

// recursive_issubclass (_PyObject_RealIsSubclass, type.__subclasscheck__).
int realIsSubclass(Object* derived, Object* cls) {
    Interpreter& interp = interpOf(derived);
    if (isType(cls) && isType(derived)) return typeIsSubtype(asType(derived), asType(cls)) ? 1 : 0;
    if (!isType(derived)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    raiseError(interp, vmOf(interp).exc.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

// object_issubclass: type's own check, a tuple (or union) item by item inside a recursion level,
// else the metaclass's __subclasscheck__ (bound to cls).
int isSubclass(Object* derived, Object* cls) {
    Interpreter& interp = interpOf(derived);
    if (isType(cls) && cls->type == interp.types.type) return derived == cls ? 1 : realIsSubclass(derived, cls);
    if (isUnion(cls)) cls = unionArgs(cls);
    if (isTuple(cls)) {
        if (!enterRecursiveCall(interp, " in __subclasscheck__")) return -1;
        int r = 0;
        for (std::int64_t i = 0; i < tupleSize(cls) && r == 0; ++i) r = isSubclass(derived, tupleItem(cls, i));
        leaveRecursiveCall(interp);
        return r;
    }
    const int r = callChecker(cls, vmOf(interp).names.__subclasscheck__, derived, " in __subclasscheck__");
    return r == -2 ? realIsSubclass(derived, cls) : r;
}

// ---------------------------------------------------------------- dir

namespace {

// dict_merge(a, b, 1) (PyDict_Update): a dict with dict's own iteration directly, any other
// mapping the generic way, PyMapping_Keys(b) (b.keys() as a list) then b[key] for each key.
int mergeMapping(Object* dict, Object* mapping) {
    Interpreter& interp = interpOf(dict);
    if (isDictWithDictIter(mapping)) return dictMerge(dict, mapping, 1);
    Ref keys;
    if (isDictExact(mapping)) {
        keys = dictKeys(mapping);
    } else {
        Ref output = callMethod(mapping, vmOf(interp).names.keys, nullptr, 0);
        if (!output) return -1;
        if (isList(output.get()) && output->type == interp.types.list) {
            keys = std::move(output);
        } else {
            Ref it = getIter(output.get());
            if (!it) return -1;
            output = Ref();
            keys = sequenceList(it.get());
        }
    }
    if (!keys) return -1;
    Ref it = getIter(keys.get());
    keys = Ref();
    if (!it) return -1;
    for (;;) {
        Ref key = iterNext(it.get());
        if (!key) return errOccurred(interp) ? -1 : 0;
        Ref value = getItem(mapping, key.get());
        if (!value || dictSetItem(dict, key.get(), value.get()) < 0) return -1;
    }
}

// merge_class_dict: aclass.__dict__ merged into dict, then each of aclass.__bases__ recursively,
// both looked up as attributes (so a metaclass's __getattribute__ sees them).
int mergeClassDict(Object* dict, Object* aclass) {
    Interpreter& interp = interpOf(dict);
    VmState& vm = vmOf(interp);
    Ref classdict;
    if (lookupAttr(aclass, vm.names.__dict__, classdict) < 0) return -1;
    if (classdict && mergeMapping(dict, classdict.get()) < 0) return -1;
    classdict = Ref();
    Ref bases;
    if (lookupAttr(aclass, vm.names.__bases__, bases) < 0) return -1;
    if (!bases) return 0;
    const std::int64_t n = objectLength(bases.get()); // PySequence_Size
    if (n < 0) return -1;
    for (std::int64_t i = 0; i < n; ++i) {
        Ref index = newInt(interp, i);
        if (!index) return -1;
        Ref base = getItem(bases.get(), index.get());
        if (!base || mergeClassDict(dict, base.get()) < 0) return -1;
    }
    return 0;
}

} // namespace

Ref dirOfObject(Object* o) {
    Interpreter& interp = interpOf(o);
    Ref dirfunc = lookupSpecial(o, vmOf(interp).names.__dir__);
    if (!dirfunc) {
        if (!errOccurred(interp)) raiseError(interp, vmOf(interp).exc.TypeError, "object does not provide __dir__");
        return Ref();
    }
    Ref r = callNoArgs(dirfunc.get());
    dirfunc = Ref();
    if (!r) return Ref();
    Ref list = sequenceList(r.get());
    r = Ref();
    if (!list || listSort(list.get()) < 0) return Ref();
    return list;
}

Ref objectDir(Object* o) {
    Interpreter& interp = interpOf(o);
    VmState& vm = vmOf(interp);
    Ref found;
    if (lookupAttr(o, vm.names.__dict__, found) < 0) return Ref();
    // A copy of a real __dict__, so the merge leaves it alone; anything else counts as empty.
    Ref dict = found && isDict(found.get()) ? dictCopy(found.get()) : newDict(interp);
    found = Ref();
    if (!dict) return Ref();
    Ref itsclass;
    if (lookupAttr(o, vm.names.__class__, itsclass) < 0) return Ref();
    if (itsclass && mergeClassDict(dict.get(), itsclass.get()) < 0) return Ref();
    itsclass = Ref();
    return dictKeys(dict.get());
}

Ref typeDir(Object* type) {
    Ref dict = newDict(interpOf(type));
    if (!dict || mergeClassDict(dict.get(), type) < 0) return Ref();
    return dictKeys(dict.get());
}

} // namespace hs
