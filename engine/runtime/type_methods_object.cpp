// `object` and `type` as Python sees them (Objects/typeobject.c): default repr/hash/compare,
// object.__new__/__init__, type.__call__, type's attributes and getattr/setattr, mappingproxy,
// None/NotImplemented/Ellipsis, and the final pass that gives every static type its defaults and
// slot wrappers.
#include "runtime/type_methods.h"

#include "objects/bytes_object.h"
#include "objects/class_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/startup_subclasses.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/string_format.h"
#include "vm/code_object.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }

std::int64_t pointerHash(Object* o) {
    const std::uint64_t a = o->addr;
    std::int64_t x = static_cast<std::int64_t>((a >> 4) | (a << 60));
    return x == -1 ? -2 : x;
}

Object* retNone(Interpreter& interp) {
    incref(interp.none);
    return interp.none;
}

// ---------------------------------------------------------------- object

Object* objectRichCompareSlot(Object* self, Object* other, CompareOp op) {
    Interpreter& interp = interpOf(self);
    switch (op) {
    case CompareOp::Eq: {
        Object* r = self == other ? interp.trueObj : interp.notImplemented;
        incref(r);
        return r;
    }
    case CompareOp::Ne: {
        if (!self->type->richcompare) {
            incref(interp.notImplemented);
            return interp.notImplemented;
        }
        Object* r = self->type->richcompare(self, other, CompareOp::Eq);
        if (r && r != interp.notImplemented) {
            const int ok = objectIsTrue(r);
            decref(r);
            if (ok < 0) return nullptr;
            return newBool(interp, !ok);
        }
        return r;
    }
    default:
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
}

Object* objectSizeOfMethod(Object* self, Object* const*, std::int64_t, Object*) {
    std::int64_t size = self->type->sizeOf ? self->type->sizeOf(self) : self->type->basicsize;
    return newInt(interpOf(self), size).release();
}

Object* objectFormatMethod(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    if (!isStr(args[0])) {
        typeError(interp, "format() argument 2 must be str, not " + args[0]->type->name);
        return nullptr;
    }
    if (strLength(args[0]) > 0) {
        typeError(interp, "unsupported format string passed to " + typeQualName(self->type) + ".__format__");
        return nullptr;
    }
    return objectStr(self).release();
}

Object* objectDirMethod(Object* self, Object* const*, std::int64_t, Object*) { return objectDir(self).release(); }

Object* objectInitSubclass(Object* self, Object* const*, std::int64_t, Object*) { return retNone(interpOf(self)); }
Object* objectSubclassHook(Object* self, Object* const*, std::int64_t, Object*) {
    incref(interpOf(self).notImplemented);
    return interpOf(self).notImplemented;
}

Object* objectGetClass(Object* self) {
    incref(self->type);
    return self->type;
}

int objectSetClass(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    if (!value) {
        typeError(interp, "can't delete __class__ attribute");
        return -1;
    }
    if (!isType(value)) {
        typeError(interp, "__class__ must be set to a class, not '" + value->type->name + "' object");
        return -1;
    }
    TypeObject* newType = asType(value);
    TypeObject* oldType = self->type;
    if (!newType->isHeapType() || !oldType->isHeapType()) {
        typeError(interp, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    // compatible_for_assignment (simplified): the same deallocator, static base, size and added
    // __dict__ / __weakref__ / __slots__ layout.
    auto staticBase = [](const TypeObject* t) {
        while (t->isHeapType()) t = t->base;
        return t;
    };
    if (newType->dealloc != oldType->dealloc) {
        typeError(interp, "__class__ assignment: deallocator differs between '" + newType->name + "' object and '" +
                              oldType->name + "' object");
        return -1;
    }
    if (staticBase(newType) != staticBase(oldType) || newType->basicsize != oldType->basicsize ||
        newType->itemsize != oldType->itemsize || newType->slots.dictOffset != oldType->slots.dictOffset ||
        newType->slots.weaklistOffset != oldType->slots.weaklistOffset) {
        typeError(interp, "__class__ assignment: '" + newType->name + "' object layout differs from '" + oldType->name + "'");
        return -1;
    }
    // The implicit keys change with the class: the inline values become a dict first.
    if (oldType->slots.materialize && oldType->slots.materialize(self) < 0) return -1;
    incref(newType);
    self->type = newType;
    decref(oldType);
    return 0;
}

const MethodDef kObjectMethods[] = {
    {"__sizeof__", objectSizeOfMethod, meth::kNoArgs},
    {"__format__", objectFormatMethod, meth::kO},
    {"__dir__", objectDirMethod, meth::kNoArgs},
    {"__init_subclass__", objectInitSubclass, meth::kNoArgs | meth::kClass},
    {"__subclasshook__", objectSubclassHook, meth::kVarargs | meth::kClass},
    {nullptr, nullptr, 0},
};
const GetSetDef kObjectGetSets[] = {
    {"__class__", objectGetClass, objectSetClass},
    {nullptr, nullptr, nullptr},
};

// ---------------------------------------------------------------- type

Object* typeRepr(Object* o) {
    TypeObject* t = asType(o);
    const std::string mod = typeModuleName(t);
    if (mod != "builtins") return newStrFromUtf8(interpOf(o), "<class '" + mod + "." + typeQualName(t) + "'>").release();
    return newStrFromUtf8(interpOf(o), "<class '" + t->name + "'>").release();
}

Object* typeGetAttro(Object* o, Object* name) {
    Interpreter& interp = interpOf(o);
    TypeObject* type = asType(o);
    if (!isStr(name)) {
        typeError(interp, "attribute name must be string, not '" + name->type->name + "'");
        return nullptr;
    }
    TypeObject* meta = o->type;
    Object* metaAttr = typeLookup(meta, name);
    DescrGetFunc metaGet = nullptr;
    Ref keepMeta = Ref::borrowed(metaAttr);
    if (metaAttr) {
        metaGet = metaAttr->type->slots.descrGet;
        if (metaGet && metaAttr->type->slots.descrSet) return metaGet(metaAttr, o, meta);
    }
    Object* attr = typeLookup(type, name);
    if (attr) {
        Ref keep = Ref::borrowed(attr);
        if (auto localGet = attr->type->slots.descrGet) return localGet(attr, nullptr, o);
        return keep.release();
    }
    if (metaGet) return metaGet(metaAttr, o, meta);
    if (metaAttr) return keepMeta.release();
    raiseBareAttributeError(interp, "type object '" + type->name + "' has no attribute '" + strToUtf8(name) + "'");
    return nullptr;
}

// update_slot + update_subclasses: the class's slots, then those of every subclass that inherits
// them (depth first), as a dunder set on a base changes how its subclasses' instances behave.
void updateSlotAndSubclasses(TypeObject* type, Object* name) {
    updateTypeSlot(type, name);
    const std::vector<TypeObject*> subclasses = type->subclasses; // a copy: no Python code runs, but stay safe
    for (TypeObject* sub : subclasses) updateSlotAndSubclasses(sub, name);
}

int typeSetAttro(Object* o, Object* name, Object* value) {
    Interpreter& interp = interpOf(o);
    TypeObject* type = asType(o);
    if (!type->isHeapType()) {
        typeError(interp, "cannot set " + reprOf(name) + " attribute of immutable type '" + type->name + "'");
        return -1;
    }
    // Data descriptors of the metatype first (e.g. __name__, __doc__).
    Object* metaAttr = typeLookup(o->type, name);
    if (metaAttr && metaAttr->type->slots.descrSet) return metaAttr->type->slots.descrSet(metaAttr, o, value);
    Ref key = Ref::borrowed(name);
    if (isExactStr(name)) internInPlace(interp, key);
    int r;
    if (value) {
        r = dictSetItem(type->slots.dict, key.get(), value);
    } else {
        r = dictDelItem(type->slots.dict, key.get());
        if (r < 0 && errMatches(interp, vmOf(interp).exc.KeyError)) {
            clearError(interp);
            raiseBareAttributeError(interp, "type object '" + type->name + "' has no attribute '" + strToUtf8(name) + "'");
        }
    }
    if (r == 0) {
        interp.typeAttrCache.invalidate(); // the slot updates below look the class (and its subclasses) up
        const std::string n = strToUtf8(name);
        if (n.size() > 4 && n.compare(0, 2, "__") == 0 && n.compare(n.size() - 2, 2, "__") == 0) updateSlotAndSubclasses(type, name);
        ++type->slots.versionTag;
        interp.typeAttrCache.invalidate();
    }
    return r;
}

// Calling a class: its vectorcall when it has one, else type_call (call() or the slot wrapper
// `type.__call__` counted the recursion level).
Object* typeCallSlot(Object* callable, Object* const* args, std::int64_t nargs, Object* kwnames) {
    TypeObject* type = asType(callable);
    if (type->slots.vectorNew) return type->slots.vectorNew(type, args, nargs, kwnames);
    return typeCall(type, args, nargs, kwnames).release();
}

// tpCallOnly of `type` (a static type, with Py_TPFLAGS_HAVE_VECTORCALL): a class without a
// tp_vectorcall of its own is called through _PyObject_MakeTpCall.
bool typeTpCallOnly(const Object* o) { return static_cast<const TypeObject*>(o)->slots.vectorNew == nullptr; }

Object* typeVectorNew(Object* metatype, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(metatype);
    if (nargs == 1 && metatype == interp.types.type) {
        if (!noKeywords(interp, "type", kwnames)) return nullptr;
        incref(args[0]->type);
        return args[0]->type;
    }
    // type(name, bases, dict) and metaclasses: the tuple path of type_call.
    if (!enterRecursiveCall(interp, " while calling a Python object")) return nullptr;
    Ref tuple = tupleFromArray(interp, args, nargs);
    Ref kwargs;
    if (!tuple || !kwargsDict(interp, args, nargs, kwnames, kwargs)) {
        leaveRecursiveCall(interp);
        return nullptr;
    }
    TypeObject* meta = asType(metatype);
    Ref obj(meta->slots.tpNew(meta, tuple.get(), kwargs.get()));
    if (obj && typeIsSubtype(obj->type, meta) && obj->type->slots.tpInit)
        if (obj->type->slots.tpInit(obj.get(), tuple.get(), kwargs.get()) < 0) obj = Ref();
    leaveRecursiveCall(interp);
    return obj.release();
}

Object* typeTpNew(TypeObject* metatype, Object* args, Object* kwargs) {
    Interpreter& interp = *metatype->interp;
    const std::int64_t n = tupleSize(args);
    if (metatype == interp.types.type && n == 1 && !(kwargs && dictSize(kwargs))) {
        incref(tupleItem(args, 0)->type);
        return tupleItem(args, 0)->type;
    }
    if (n != 1 && n != 3) {
        typeError(interp, "type() takes 1 or 3 arguments");
        return nullptr;
    }
    if (n == 1) {
        typeError(interp, "type.__new__() takes exactly 3 arguments (1 given)");
        return nullptr;
    }
    // type_new's _PyType_CalculateMetaclass: when a base's metaclass is more derived than metatype
    // (type(name, (EnumBase,), ns, **kw)), that metaclass's own __new__ gets the call.
    if (Object* bases = tupleItem(args, 1); isTuple(bases)) {
        TypeObject* winner = calculateMetaclass(metatype, bases);
        if (!winner) return nullptr;
        if (winner != metatype) {
            if (winner->slots.tpNew && winner->slots.tpNew != typeTpNew) return winner->slots.tpNew(winner, args, kwargs);
            metatype = winner;
        }
    }
    return typeNew(metatype, tupleItem(args, 0), tupleItem(args, 1), tupleItem(args, 2), kwargs).release();
}

int typeTpInit(Object*, Object* args, Object*) {
    const std::int64_t n = tupleSize(args);
    if (n != 1 && n != 3) {
        typeError(*args->type->interp, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

Object* ret(Object* self, Object* v) {
    Object* r = v ? v : interpOf(self).none;
    incref(r);
    return r;
}

Object* typeGetName(Object* self) {
    TypeObject* t = asType(self);
    if (t->isHeapType()) return ret(self, asHeapType(t)->htName);
    const auto dot = t->name.rfind('.');
    return newStrFromUtf8(interpOf(self), dot == std::string::npos ? t->name : t->name.substr(dot + 1)).release();
}
int typeSetName(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    TypeObject* t = asType(self);
    if (!t->isHeapType()) {
        typeError(interp, "cannot set '__name__' attribute of immutable type '" + t->name + "'");
        return -1;
    }
    if (!value || !isStr(value)) {
        typeError(interp, "can only assign string to " + t->name + ".__name__, not '" + (value ? value->type->name : "NULL") + "'");
        return -1;
    }
    if (!checkTypeName(interp, value)) return -1;
    incref(value);
    xdecref(std::exchange(asHeapType(t)->htName, value));
    t->name = strToUtf8(value);
    return 0;
}
Object* typeGetQualName(Object* self) {
    TypeObject* t = asType(self);
    if (t->isHeapType()) return ret(self, asHeapType(t)->htQualname);
    return typeGetName(self);
}
int typeSetQualName(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    TypeObject* t = asType(self);
    if (!t->isHeapType() || !value || !isStr(value)) {
        typeError(interp, "can only assign string to " + t->name + ".__qualname__");
        return -1;
    }
    incref(value);
    xdecref(std::exchange(asHeapType(t)->htQualname, value));
    return 0;
}
Object* typeGetModule(Object* self) {
    TypeObject* t = asType(self);
    if (t->isHeapType()) {
        if (Object* m = dictGetItem(t->slots.dict, vmOf(self).names.__module__)) return ret(self, m);
        raiseBareAttributeError(interpOf(self), "__module__");
        return nullptr;
    }
    return newStrFromUtf8(interpOf(self), typeModuleName(t)).release();
}
int typeSetModule(Object* self, Object* value) {
    TypeObject* t = asType(self);
    if (!t->isHeapType()) {
        typeError(interpOf(self), "cannot set '__module__' attribute of immutable type '" + t->name + "'");
        return -1;
    }
    interpOf(self).typeAttrCache.invalidate();
    return dictSetItem(t->slots.dict, vmOf(self).names.__module__, value);
}
// type_abstractmethods / type_set_abstractmethods: the entry of the type's own dict (never type's
// own, where this descriptor lives), AttributeError "__abstractmethods__" without one; setting it
// sets or clears Py_TPFLAGS_IS_ABSTRACT by its truth.
Object* typeGetAbstractMethods(Object* self) {
    Interpreter& interp = interpOf(self);
    TypeObject* t = asType(self);
    Object* v = t == interp.types.type || !t->slots.dict ? nullptr
                                                        : dictGetItem(t->slots.dict, vmOf(self).names.__abstractmethods__);
    if (!v) {
        raiseError(interp, vmOf(self).exc.AttributeError, "__abstractmethods__");
        return nullptr;
    }
    return ret(self, v);
}
void typeModified(Interpreter& interp, TypeObject* t) {
    t->slots.versionTag++;
    interp.typeAttrCache.invalidate();
}
bool checkMutableType(Interpreter& interp, TypeObject* t, const char* attr) {
    if (t->isHeapType()) return true;
    typeError(interp, std::string("cannot set '") + attr + "' attribute of immutable type '" + t->name + "'");
    return false;
}
int typeSetAbstractMethods(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    TypeObject* t = asType(self);
    if (!checkMutableType(interp, t, "__abstractmethods__")) return -1;
    Object* key = vmOf(self).names.__abstractmethods__;
    int abstract = 0;
    if (value) {
        abstract = objectIsTrue(value);
        if (abstract < 0 || dictSetItem(t->slots.dict, key, value) < 0) return -1;
    } else {
        if (!dictGetItem(t->slots.dict, key)) {
            raiseError(interp, vmOf(self).exc.AttributeError, "__abstractmethods__");
            return -1;
        }
        if (dictDelItem(t->slots.dict, key) < 0) return -1;
    }
    typeModified(interp, t);
    if (abstract) t->flags |= tpflags::kIsAbstract;
    else t->flags &= ~tpflags::kIsAbstract;
    return 0;
}
// type_get_annotations / type_set_annotations: a class's own __annotations__ (bound if it is a
// descriptor), made as an empty dict in its namespace on first read; a static type has none.
Object* typeGetAnnotations(Object* self) {
    Interpreter& interp = interpOf(self);
    TypeObject* t = asType(self);
    if (!t->isHeapType()) {
        raiseError(interp, vmOf(self).exc.AttributeError, "type object '" + t->name + "' has no attribute '__annotations__'");
        return nullptr;
    }
    Object* key = vmOf(self).names.__annotations__;
    if (Object* a = dictGetItem(t->slots.dict, key)) {
        if (a->type->slots.descrGet) return a->type->slots.descrGet(a, nullptr, self);
        return ret(self, a);
    }
    Ref fresh = newDict(interp);
    if (!fresh || dictSetItem(t->slots.dict, key, fresh.get()) < 0) return nullptr;
    typeModified(interp, t);
    return fresh.release();
}
int typeSetAnnotations(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    TypeObject* t = asType(self);
    if (!checkMutableType(interp, t, "__annotations__")) return -1;
    Object* key = vmOf(self).names.__annotations__;
    if (value) {
        if (dictSetItem(t->slots.dict, key, value) < 0) return -1;
    } else {
        if (!dictGetItem(t->slots.dict, key)) {
            raiseError(interp, vmOf(self).exc.AttributeError, "__annotations__");
            return -1;
        }
        if (dictDelItem(t->slots.dict, key) < 0) return -1;
    }
    typeModified(interp, t);
    return 0;
}
Object* typeGetDoc(Object* self) {
    TypeObject* t = asType(self);
    if (t->isHeapType()) {
        Object* d = dictGetItem(t->slots.dict, vmOf(self).names.__doc__);
        if (d && d->type->slots.descrGet) return d->type->slots.descrGet(d, nullptr, self);
        return ret(self, d);
    }
    if (t->slots.doc) return newStrFromUtf8(interpOf(self), t->slots.doc).release();
    return ret(self, nullptr);
}
int typeSetDoc(Object* self, Object* value) {
    TypeObject* t = asType(self);
    if (!t->isHeapType()) {
        typeError(interpOf(self), "cannot set '__doc__' attribute of immutable type '" + t->name + "'");
        return -1;
    }
    interpOf(self).typeAttrCache.invalidate();
    return dictSetItem(t->slots.dict, vmOf(self).names.__doc__, value ? value : interpOf(self).none);
}
Object* typeGetMro(Object* self) {
    TypeObject* t = asType(self);
    if (t->slots.mro) return ret(self, t->slots.mro);
    std::vector<TypeObject*> mro;
    typeMro(t, mro);
    Ref tuple = newTuple(interpOf(self), static_cast<std::int64_t>(mro.size()));
    for (std::size_t i = 0; i < mro.size(); ++i) {
        incref(mro[i]);
        tupleSetItemSteal(tuple.get(), static_cast<std::int64_t>(i), mro[i]);
    }
    return tuple.release();
}
Object* typeGetBases(Object* self) {
    TypeObject* t = asType(self);
    if (t->slots.bases) return ret(self, t->slots.bases);
    if (!t->base) return ret(self, interpOf(self).emptyTuple);
    return tuplePack(interpOf(self), {t->base}).release();
}
Object* typeGetBase(Object* self) { return ret(self, asType(self)->base); }
Object* typeGetBasicSize(Object* self) { return newInt(interpOf(self), asType(self)->basicsize).release(); }
Object* typeGetItemSize(Object* self) { return newInt(interpOf(self), asType(self)->itemsize).release(); }
Object* typeGetFlags(Object* self) { return newInt(interpOf(self), static_cast<std::int64_t>(asType(self)->flags)).release(); }
Object* typeGetDictOffset(Object* self) {
    // 3.11 reports a managed dict's offset from the object's start through the pre-header.
    return newInt(interpOf(self), asType(self)->slots.dictOffset).release();
}
Object* typeGetWeakrefOffset(Object* self) { return newInt(interpOf(self), asType(self)->slots.weaklistOffset).release(); }
Object* typeGetTextSignature(Object* self) { return ret(self, nullptr); }

// mappingproxy over a type's namespace.
struct MappingProxyObject : Object {
    Object* mapping = nullptr;
};
Object* typeGetDict(Object* self) {
    Interpreter& interp = interpOf(self);
    TypeObject* t = asType(self);
    Ref dict;
    if (t->slots.dict) {
        dict = Ref::borrowed(t->slots.dict);
    } else {
        dict = newDict(interp);
        if (t->slots.table)
            for (auto& e : t->slots.table->entries) dictSetItem(dict.get(), e.first, e.second);
    }
    auto* p = interp.newObject<MappingProxyObject>(vmOf(interp).types.mappingproxy, 24);
    if (!p) return nullptr;
    p->mapping = dict.release();
    interp.gc().track(p);
    return p;
}

Object* typeMroMethod(Object* self, Object* const*, std::int64_t, Object*) {
    Ref t(typeGetMro(self));
    if (!t) return nullptr;
    return sequenceList(t.get()).release();
}
// "module.qualname" ("qualname" for builtins): the names of startup_subclasses.cpp.
std::string startupSubclassKey(const TypeObject* t) {
    std::string module = typeModuleName(t);
    return module == "builtins" ? typeQualName(t) : module + "." + typeQualName(t);
}
bool isDirectSubclass(const TypeObject* sub, const TypeObject* base) {
    if (sub->slots.bases == nullptr) return sub->base == base;
    for (std::int64_t i = 0; i < tupleSize(sub->slots.bases); ++i)
        if (tupleItem(sub->slots.bases, i) == base) return true;
    return false;
}
// type.__subclasses__: the live direct subclasses in tp_subclasses order. CPython's PyType_Ready
// registers each type with its bases as it is readied, so the types CPython has at the first cell
// (the built-ins and what startup's modules made) come first, in CPython's order; then the other
// static types (a module's, made on import) and the classes made since, oldest first.
Object* typeSubclasses(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    TypeObject* type = asType(self);
    std::vector<TypeObject*> subs;
    for (Object* s : interp.statics())
        if (isType(s) && s != self && isDirectSubclass(asType(s), type)) subs.push_back(asType(s));
    subs.insert(subs.end(), type->subclasses.begin(), type->subclasses.end());
    if (const char* const* order = cpythonStartupSubclasses(startupSubclassKey(type))) {
        std::vector<std::pair<std::size_t, TypeObject*>> ranked;
        for (TypeObject* sub : subs) {
            const std::string key = startupSubclassKey(sub);
            std::size_t rank = 0;
            while (order[rank] && key != order[rank]) ++rank;
            ranked.emplace_back(order[rank] ? rank : SIZE_MAX, sub);
        }
        std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t i = 0; i < ranked.size(); ++i) subs[i] = ranked[i].second;
    }
    Ref list = newList(interp, 0);
    if (!list) return nullptr;
    for (TypeObject* sub : subs)
        if (listAppend(list.get(), sub) < 0) return nullptr;
    return list.release();
}
Object* typeInstanceCheck(Object* self, Object* const* args, std::int64_t, Object*) {
    const int r = realIsInstance(args[0], self);
    if (r < 0) return nullptr;
    return newBool(interpOf(self), r);
}
Object* typeSubclassCheck(Object* self, Object* const* args, std::int64_t, Object*) {
    const int r = realIsSubclass(args[0], self);
    if (r < 0) return nullptr;
    return newBool(interpOf(self), r);
}
Object* typePrepare(Object* self, Object* const*, std::int64_t, Object*) { return newDict(interpOf(self)).release(); }
Object* typeDirMethod(Object* self, Object* const*, std::int64_t, Object*) { return typeDir(self).release(); }

const MethodDef kTypeMethods[] = {
    {"mro", typeMroMethod, meth::kNoArgs},
    {"__subclasses__", typeSubclasses, meth::kNoArgs},
    {"__instancecheck__", typeInstanceCheck, meth::kO},
    {"__subclasscheck__", typeSubclassCheck, meth::kO},
    {"__prepare__", typePrepare, meth::kFastcall | meth::kKeywords | meth::kClass},
    {"__dir__", typeDirMethod, meth::kNoArgs},
    {nullptr, nullptr, 0},
};
const GetSetDef kTypeGetSets[] = {
    {"__name__", typeGetName, typeSetName},
    {"__qualname__", typeGetQualName, typeSetQualName},
    {"__module__", typeGetModule, typeSetModule},
    {"__abstractmethods__", typeGetAbstractMethods, typeSetAbstractMethods},
    {"__doc__", typeGetDoc, typeSetDoc},
    {"__dict__", typeGetDict, nullptr},
    {"__mro__", typeGetMro, nullptr},
    {"__bases__", typeGetBases, nullptr},
    {"__base__", typeGetBase, nullptr},
    {"__basicsize__", typeGetBasicSize, nullptr},
    {"__itemsize__", typeGetItemSize, nullptr},
    {"__flags__", typeGetFlags, nullptr},
    {"__dictoffset__", typeGetDictOffset, nullptr},
    {"__weakrefoffset__", typeGetWeakrefOffset, nullptr},
    {"__text_signature__", typeGetTextSignature, nullptr},
    {"__annotations__", typeGetAnnotations, typeSetAnnotations},
    {nullptr, nullptr, nullptr},
};

// mappingproxy slots.
void proxyDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    xdecref(std::exchange(static_cast<MappingProxyObject*>(o)->mapping, nullptr));
    interp.freeObject(o);
}
int proxyTraverse(Object* o, VisitProc visit, void* arg) {
    Object* m = static_cast<MappingProxyObject*>(o)->mapping;
    return m ? visit(m, arg) : 0;
}
Object* proxyRepr(Object* o) {
    Ref r = objectRepr(static_cast<MappingProxyObject*>(o)->mapping);
    if (!r) return nullptr;
    return newStrFromUtf8(interpOf(o), "mappingproxy(" + strToUtf8(r.get()) + ")").release();
}
Object* proxyGetItem(Object* o, Object* key) { return getItem(static_cast<MappingProxyObject*>(o)->mapping, key).release(); }
std::int64_t proxyLen(Object* o) { return objectLength(static_cast<MappingProxyObject*>(o)->mapping); }
int proxyContains(Object* o, Object* key) { return containsOp(static_cast<MappingProxyObject*>(o)->mapping, key); }
Object* proxyIter(Object* o) { return getIter(static_cast<MappingProxyObject*>(o)->mapping).release(); }
Object* proxyForward(Object* self, const char* name, Object* const* args, std::int64_t nargs) {
    return callMethodStr(static_cast<MappingProxyObject*>(self)->mapping, name, args, nargs).release();
}
// mappingproxy_new (mappingproxy(mapping)): any object with mp_subscript except lists and tuples.
Object* proxyTpNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    static const char* const kNames[] = {"mapping"};
    ArgSpec spec{"mappingproxy", kNames, 1, 0, 1, 1};
    std::vector<Object*> flat(tupleItems(args), tupleItems(args) + tupleSize(args));
    KwNameList kwnames;
    dictKeywords(kwargs, flat, kwnames);
    Object* a[1] = {nullptr};
    if (!unpackParserArgs(interp, spec, "mappingproxy", flat.data(), tupleSize(args), kwnames, a)) return nullptr;
    Object* mapping = a[0];
    if (!mapping->type->slots.subscript || isList(mapping) || isTuple(mapping)) {
        typeError(interp, "mappingproxy() argument must be a mapping, not " + mapping->type->name);
        return nullptr;
    }
    auto* p = interp.newObject<MappingProxyObject>(vmOf(interp).types.mappingproxy, 24);
    if (!p) return nullptr;
    incref(mapping);
    p->mapping = mapping;
    interp.gc().track(p);
    return p;
}
Object* proxyKeys(Object* self, Object* const* a, std::int64_t n, Object*) { return proxyForward(self, "keys", a, n); }
Object* proxyValues(Object* self, Object* const* a, std::int64_t n, Object*) { return proxyForward(self, "values", a, n); }
Object* proxyItems(Object* self, Object* const* a, std::int64_t n, Object*) { return proxyForward(self, "items", a, n); }
Object* proxyGet(Object* self, Object* const* a, std::int64_t n, Object*) { return proxyForward(self, "get", a, n); }
Object* proxyCopy(Object* self, Object* const* a, std::int64_t n, Object*) { return proxyForward(self, "copy", a, n); }
const MethodDef kProxyMethods[] = {
    {"keys", proxyKeys, meth::kNoArgs},      {"values", proxyValues, meth::kNoArgs}, {"items", proxyItems, meth::kNoArgs},
    {"get", proxyGet, meth::kFastcall},      {"copy", proxyCopy, meth::kNoArgs},     {nullptr, nullptr, 0},
};

// ---------------------------------------------------------------- None / NotImplemented / Ellipsis

Object* noneRepr(Object* o) { return newStrFromAscii(interpOf(o), "None").release(); }
Object* notImplementedRepr(Object* o) { return newStrFromAscii(interpOf(o), "NotImplemented").release(); }
Object* ellipsisRepr(Object* o) { return newStrFromAscii(interpOf(o), "Ellipsis").release(); }

Object* singletonNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (tupleSize(args) || (kwargs && dictSize(kwargs))) {
        typeError(interp, type->name + " takes no arguments");
        return nullptr;
    }
    Object* o = type == interp.types.none ? interp.none : type == interp.types.ellipsis ? interp.ellipsis : interp.notImplemented;
    incref(o);
    return o;
}

// ---------------------------------------------------------------- code

Object* codeReprSlot(Object* o) { return newStrFromUtf8(interpOf(o), codeReprText(o)).release(); }
template <Object* CodeObject::*F> Object* codeField(Object* self) { return ret(self, asCode(self)->*F); }
template <int CodeObject::*F> Object* codeInt(Object* self) { return newInt(interpOf(self), asCode(self)->*F).release(); }
Object* codeGetCode(Object* self) { return codeGetCodeBytes(self).release(); }
Object* codeVarnames(Object* self) { return codeLocalsPlusNames(interpOf(self), asCode(self), fastkind::kLocal).release(); }
Object* codeCellvars(Object* self) { return codeLocalsPlusNames(interpOf(self), asCode(self), fastkind::kCell).release(); }
Object* codeFreevars(Object* self) { return codeLocalsPlusNames(interpOf(self), asCode(self), fastkind::kFree).release(); }

// code.replace(**changes) (code_replace_impl): every field defaults to this code's; the counts must
// be >= 0 ("co_argcount must be a positive integer"); co_code, co_varnames, co_cellvars and
// co_freevars default to this code's own (co_code through _PyCode_GetCode, which caches it).
Object* codeReplace(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    CodeObject* co = asCode(self);
    static const char* const kNames[] = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
                                         "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts",
                                         "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_filename",
                                         "co_name", "co_qualname", "co_linetable", "co_exceptiontable"};
    ArgSpec spec{"replace", kNames, 18, 0, 0, 0};
    Object* a[18] = {};
    if (!unpackParserArgs(interp, spec, "code.replace", args, nargs, kwnames, a)) return nullptr;
    CodeFields f;
    int* ints[] = {&f.argcount, &f.posonlyargcount, &f.kwonlyargcount, &f.nlocals, &f.stacksize, &f.flags, &f.firstlineno};
    const int defaults[] = {co->argcount, co->posonlyargcount, co->kwonlyargcount, co->nlocals,
                            co->stacksize, co->flags, co->firstlineno};
    for (int i = 0; i < 7; ++i) {
        *ints[i] = defaults[i];
        if (a[i] && !indexAsCInt(a[i], *ints[i])) return nullptr;
    }
    // The object arguments, each checked in turn with its clinic converter's type.
    Object** objects[] = {&f.code, &f.consts, &f.names, &f.varnames, &f.freevars, &f.cellvars,
                          &f.filename, &f.name, &f.qualname, &f.linetable, &f.exceptiontable};
    Object* const objectDefaults[] = {nullptr, co->consts, co->names, nullptr, nullptr, nullptr,
                                      co->filename, co->name, co->qualname, co->linetable, co->exceptiontable};
    for (int i = 0; i < 11; ++i) {
        Object* v = a[7 + i];
        *objects[i] = v ? v : objectDefaults[i];
        if (!v) continue;
        const bool isBytesArg = i == 0 || i >= 9, isStrArg = i >= 6 && i <= 8;
        if (isBytesArg ? isBytes(v) : isStrArg ? isStr(v) : isTuple(v)) continue;
        typeError(interp, std::string("replace() argument '") + kNames[7 + i] + "' must be " +
                              (isBytesArg ? "bytes" : isStrArg ? "str" : "tuple") + ", not " +
                              (v == interp.none ? std::string("None") : v->type->name)); // _PyArg_BadArgument
        return nullptr;
    }
    for (int i = 0; i < 7; ++i) {
        if (*ints[i] >= 0) continue;
        raiseError(interp, vmOf(interp).exc.ValueError, std::string(kNames[i]) + " must be a positive integer");
        return nullptr;
    }
    Ref code, varnames, cellvars, freevars;
    if (!f.code) {
        code = codeGetCodeBytes(self);
        f.code = code.get();
    }
    if (!f.varnames) {
        if (!(varnames = codeLocalsPlusNames(interp, co, fastkind::kLocal))) return nullptr;
        f.varnames = varnames.get();
    }
    if (!f.cellvars) {
        if (!(cellvars = codeLocalsPlusNames(interp, co, fastkind::kCell))) return nullptr;
        f.cellvars = cellvars.get();
    }
    if (!f.freevars) {
        if (!(freevars = codeLocalsPlusNames(interp, co, fastkind::kFree))) return nullptr;
        f.freevars = freevars.get();
    }
    Ref result = newCodeWithPosOnlyArgs(interp, f);
    // code_replace_impl's releases, in its order.
    code = Ref();
    varnames = Ref();
    cellvars = Ref();
    freevars = Ref();
    return result.release();
}
// validate_and_copy_tuple: every item a str (TypeError "name tuples must contain only strings, not
// 'int'"); a tuple of the exact strs (a str subclass item copied). New reference.
Ref validateNameTuple(Interpreter& interp, Object* tuple) {
    const std::int64_t n = tupleSize(tuple);
    Ref copy = newTuple(interp, n);
    if (!copy) return Ref();
    for (std::int64_t i = 0; i < n; ++i) {
        Object* item = tupleItem(tuple, i);
        if (!isStr(item)) {
            typeError(interp, "name tuples must contain only strings, not '" + item->type->name + "'");
            return Ref();
        }
        Ref exact = isExactStr(item) ? Ref::borrowed(item) : newStrFromUtf8(interp, strToUtf8(item));
        if (!exact) return Ref();
        tupleSetItemSteal(copy.get(), i, exact.release());
    }
    return copy;
}

// code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, codestring, constants,
// names, varnames, filename, name, qualname, firstlineno, linetable, exceptiontable, freevars=(),
// cellvars=(), /) (code_new, its clinic checks and code_new_impl's), then PyCode_NewWithPosOnlyArgs.
Object* codeNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (kwargs && dictSize(kwargs) > 0) {
        typeError(interp, "code() takes no keyword arguments");
        return nullptr;
    }
    if (!checkPositional(interp, "code", tupleSize(args), 16, 18)) return nullptr;
    Object* const* a = tupleItems(args);
    CodeFields f;
    int* ints[] = {&f.argcount, &f.posonlyargcount, &f.kwonlyargcount, &f.nlocals, &f.stacksize, &f.flags};
    for (int i = 0; i < 6; ++i)
        if (!indexAsCInt(a[i], *ints[i])) return nullptr;
    // Argument i + 1's converter: b = bytes, t = tuple, s = str, i = int.
    static const char kTypes[] = "bttts" "ssibbtt";
    Object** objects[] = {&f.code, &f.consts, &f.names, &f.varnames, &f.filename, &f.name, &f.qualname, nullptr,
                          &f.linetable, &f.exceptiontable, &f.freevars, &f.cellvars};
    Ref emptyTuple = newTuple(interp, 0);
    if (!emptyTuple) return nullptr;
    for (int i = 0; i < 12; ++i) {
        const int pos = 6 + i;
        if (pos >= tupleSize(args)) {
            *objects[i] = emptyTuple.get();
            continue;
        }
        Object* v = a[pos];
        const char want = kTypes[i];
        if (want == 'i') {
            if (!indexAsCInt(v, f.firstlineno)) return nullptr;
            continue;
        }
        const bool ok = want == 'b' ? isBytes(v) : want == 't' ? isTuple(v) : isStr(v);
        if (!ok) {
            typeError(interp, "code() argument " + std::to_string(pos + 1) + " must be " +
                                  (want == 'b' ? "bytes" : want == 't' ? "tuple" : "str") + ", not " +
                                  (v == interp.none ? std::string("None") : v->type->name)); // _PyArg_BadArgument
            return nullptr;
        }
        *objects[i] = v;
    }
    static const char* const kNegative[] = {"argcount", "posonlyargcount", "kwonlyargcount", "nlocals"};
    const int counts[] = {f.argcount, f.posonlyargcount, f.kwonlyargcount, f.nlocals};
    for (int i = 0; i < 4; ++i) {
        if (counts[i] >= 0) continue;
        raiseError(interp, vmOf(interp).exc.ValueError, std::string("code: ") + kNegative[i] + " must not be negative");
        return nullptr;
    }
    Ref names = validateNameTuple(interp, f.names);
    if (!names) return nullptr;
    Ref varnames = validateNameTuple(interp, f.varnames);
    if (!varnames) return nullptr;
    Ref freevars = validateNameTuple(interp, f.freevars);
    if (!freevars) return nullptr;
    Ref cellvars = validateNameTuple(interp, f.cellvars);
    if (!cellvars) return nullptr;
    f.names = names.get();
    f.varnames = varnames.get();
    f.freevars = freevars.get();
    f.cellvars = cellvars.get();
    return newCodeWithPosOnlyArgs(interp, f).release();
}

const MethodDef kCodeMethods[] = {
    {"replace", codeReplace, meth::kFastcall | meth::kKeywords,
     "replace($self, /, **changes)\n--\n\nReturn a copy of the code object with new values for the specified fields."},
    {nullptr, nullptr, 0},
};
const GetSetDef kCodeGetSets[] = {
    {"co_consts", codeField<&CodeObject::consts>},
    {"co_names", codeField<&CodeObject::names>},
    {"co_name", codeField<&CodeObject::name>},
    {"co_qualname", codeField<&CodeObject::qualname>},
    {"co_filename", codeField<&CodeObject::filename>},
    {"co_linetable", codeField<&CodeObject::linetable>},
    {"co_exceptiontable", codeField<&CodeObject::exceptiontable>},
    {"co_argcount", codeInt<&CodeObject::argcount>},
    {"co_posonlyargcount", codeInt<&CodeObject::posonlyargcount>},
    {"co_kwonlyargcount", codeInt<&CodeObject::kwonlyargcount>},
    {"co_stacksize", codeInt<&CodeObject::stacksize>},
    {"co_flags", codeInt<&CodeObject::flags>},
    {"co_firstlineno", codeInt<&CodeObject::firstlineno>},
    {"co_nlocals", codeInt<&CodeObject::nlocals>},
    {"co_varnames", codeVarnames},
    {"co_cellvars", codeCellvars},
    {"co_freevars", codeFreevars},
    {"co_code", codeGetCode},
    {nullptr, nullptr},
};

} // namespace

Object* objectReprDefault(Object* o) {
    Interpreter& interp = interpOf(o);
    TypeObject* t = o->type;
    const std::string mod = typeModuleName(t);
    if (mod != "builtins")
        return newStrFromUtf8(interp, formatString("<%s.%s object at 0x%llx>", mod.c_str(), typeQualName(t).c_str(),
                                                   static_cast<unsigned long long>(o->addr)))
            .release();
    return newStrFromUtf8(interp, formatString("<%s object at 0x%llx>", t->name.c_str(), static_cast<unsigned long long>(o->addr)))
        .release();
}

void bindObjectAndType(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    TypeObject* object = interp.types.object;
    object->repr = objectReprDefault;
    object->hash = pointerHash;
    object->richcompare = objectRichCompareSlot;
    object->slots.tpNew = objectNew;
    object->slots.tpInit = objectInit;
    addMethods(interp, object, kObjectPickleMethods);
    addMethods(interp, object, kObjectMethods);
    addGetSets(interp, object, kObjectGetSets);

    TypeObject* type = interp.types.type;
    type->repr = typeRepr;
    type->hash = pointerHash;
    type->slots.getattro = typeGetAttro;
    type->slots.setattro = typeSetAttro;
    type->slots.call = typeCallSlot;
    type->slots.tpCallOnly = typeTpCallOnly;
    type->slots.vectorNew = typeVectorNew;
    type->slots.tpNew = typeTpNew;
    type->slots.tpInit = typeTpInit;
    bindTypeTypeForHeapTypes(*type);
    addMethods(interp, type, kTypeMethods);
    addGetSets(interp, type, kTypeGetSets);

    TypeObject* proxy = vm.types.mappingproxy;
    proxy->dealloc = proxyDealloc;
    proxy->traverse = proxyTraverse;
    proxy->sizeOf = [](const Object*) -> std::int64_t { return 24; };
    proxy->repr = proxyRepr;
    proxy->slots.subscript = proxyGetItem;
    proxy->slots.length = proxyLen;
    proxy->slots.contains = proxyContains;
    proxy->slots.iter = proxyIter;
    proxy->slots.tpNew = proxyTpNew;
    // mappingproxy_str: str() of the mapping itself.
    proxy->slots.str = [](Object* o) -> Object* { return objectStr(static_cast<MappingProxyObject*>(o)->mapping).release(); };
    setHostDestructor<MappingProxyObject>(*proxy);
    addMethods(interp, proxy, kProxyMethods);

    // none_as_number / notimplemented_as_number: nb_bool only (NotImplemented's DeprecationWarning
    // is not modelled).
    static const NumberSlots kNoneNumber = [] {
        NumberSlots n;
        n.boolean = [](Object*) { return 0; };
        return n;
    }();
    static const NumberSlots kNotImplementedNumber = [] {
        NumberSlots n;
        n.boolean = [](Object*) { return 1; };
        return n;
    }();
    interp.types.none->repr = noneRepr;
    interp.types.none->isTrue = kNoneNumber.boolean;
    interp.types.none->slots.number = &kNoneNumber;
    interp.types.notImplemented->isTrue = kNotImplementedNumber.boolean;
    interp.types.notImplemented->slots.number = &kNotImplementedNumber;
    interp.types.none->slots.tpNew = singletonNew;
    interp.types.notImplemented->repr = notImplementedRepr;
    interp.types.notImplemented->slots.tpNew = singletonNew;
    interp.types.ellipsis->repr = ellipsisRepr;
    interp.types.ellipsis->slots.tpNew = singletonNew;

    interp.types.code->repr = codeReprSlot;
    interp.types.code->slots.tpNew = codeNew;
    addGetSets(interp, interp.types.code, kCodeGetSets);
    addMethods(interp, interp.types.code, kCodeMethods);

    initSuperType(interp, *vm.types.super);
    initMemberDescriptorType(interp, *vm.types.memberDescriptor);
}

void bindBuiltinTypes(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    bindObjectAndType(interp);
    bindNumberTypes(interp);
    bindStrTypes(interp);
    bindSequenceTypes(interp);
    bindMappingTypes(interp);
    bindFormatMethods(interp);
    // Defaults every static type inherits (inherit_slots for repr/hash), then the slot wrappers.
    std::vector<TypeObject*> all;
    for (Object* s : interp.statics())
        if (isType(s)) all.push_back(asType(s));
    const TypeObject* unhashable[] = {interp.types.list, interp.types.dict, interp.types.set, vm.types.slice, vm.types.bytearray};
    for (TypeObject* t : all) {
        bool noHash = false;
        for (const TypeObject* u : unhashable) noHash = noHash || t == u;
        // inherit_slots hands tp_hash down only with tp_richcompare: a type comparing on its own
        // without a hash stays unhashable (addSlotWrappers then sets __hash__ = None).
        noHash = noHash || (!t->hash && t->richcompare && t->base && t->richcompare != t->base->richcompare);
        for (TypeObject* b = t->base; b && (!t->repr || (!t->hash && !noHash) || !t->richcompare); b = b->base) {
            if (!t->repr) t->repr = b->repr;
            if (!t->hash && !noHash) t->hash = b->hash;
            if (!t->richcompare) t->richcompare = b->richcompare;
        }
        if (!t->slots.tpNew && t->base == interp.types.object && t != interp.types.object) {
            // Types without a constructor: "cannot create 'X' instances".
        }
    }
    for (TypeObject* t : all) addSlotWrappers(interp, t);
}

} // namespace hs
