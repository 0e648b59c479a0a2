// types.GenericAlias (Objects/genericaliasobject.c): origin/args/parameters, repr `list[int]`,
// attribute forwarding to the origin, ==/hash, calls that create an origin instance, `*alias`.
#include "objects/genericalias_object.h"

#include "objects/descr_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/subtype_instance.h"
#include "objects/tuple_object.h"
#include "objects/union_object.h"
#include "objects/weakref_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

#include <string>
#include <utility>
#include <vector>

namespace hs {

namespace {

// gaiterobject: +16 obj (null once exhausted).
struct GenericAliasIterObject : Object {
    Object* obj = nullptr;
};

GenericAliasObject* asGa(Object* o) { return static_cast<GenericAliasObject*>(o); }
Interpreter& interpOf(const Object* o) { return *o->type->interp; }

void gaDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    clearWeakrefs(o);
    GenericAliasObject* ga = asGa(o);
    xdecref(std::exchange(ga->origin, nullptr));
    xdecref(std::exchange(ga->args, nullptr));
    xdecref(std::exchange(ga->parameters, nullptr));
    interp.freeObject(o); // a subclass's instance: builtinSubtypeDealloc releases the class
}

int gaTraverse(Object* o, VisitProc visit, void* arg) {
    GenericAliasObject* ga = asGa(o);
    for (Object* p : {ga->origin, ga->args, ga->parameters})
        if (p)
            if (int r = visit(p, arg)) return r;
    return 0;
}

// setup_ga: a non-tuple args becomes (args,) (PyTuple_Pack after the alias was allocated).
bool setupGa(Interpreter& interp, GenericAliasObject* ga, Object* origin, Object* args) {
    if (!isTuple(args)) {
        Ref packed = tuplePack(interp, {args});
        if (!packed) return false;
        ga->args = packed.release();
    } else {
        incref(args);
        ga->args = args;
    }
    incref(origin);
    ga->origin = origin;
    return true;
}

GenericAliasObject* allocGa(Interpreter& interp, TypeObject* type) {
    // PyType_GenericAlloc: tracked at once; a subclass's instance carries its InstanceStorage.
    if (type->isHeapType()) return allocSubtypeInstance<GenericAliasObject>(interp, type, 0);
    auto* ga = interp.newObject<GenericAliasObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (!ga) return nullptr;
    interp.gc().track(ga);
    return ga;
}

Object* gaRepr(Object* o) {
    GenericAliasObject* ga = asGa(o);
    std::string text = ga->starred ? "*" : "";
    if (!appendTypeReprItem(ga->origin, text)) return nullptr;
    text += "[";
    const std::int64_t n = tupleSize(ga->args);
    for (std::int64_t i = 0; i < n; ++i) {
        if (i > 0) text += ", ";
        if (!appendTypeReprItem(tupleItem(ga->args, i), text)) return nullptr;
    }
    if (n == 0) text += "()"; // tuple[()]
    text += "]";
    return newStrFromUtf8(interpOf(o), text).release();
}

// ga_hash: hash(origin) ^ hash(args).
std::int64_t gaHash(Object* o) {
    const std::int64_t h0 = objectHash(asGa(o)->origin);
    if (h0 == -1) return -1;
    const std::int64_t h1 = objectHash(asGa(o)->args);
    if (h1 == -1) return -1;
    return h0 ^ h1;
}

Object* gaRichCompare(Object* a, Object* b, CompareOp op) {
    Interpreter& interp = interpOf(a);
    if (!isGenericAlias(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    if (op == CompareOp::Ne) {
        Ref eq(gaRichCompare(a, b, CompareOp::Eq));
        if (!eq) return nullptr;
        return newBool(interp, eq.get() != interp.trueObj);
    }
    if (asGa(a)->starred != asGa(b)->starred) return newBool(interp, false);
    const int eq = objectRichCompareBool(asGa(a)->origin, asGa(b)->origin, CompareOp::Eq);
    if (eq < 0) return nullptr;
    if (!eq) return newBool(interp, false);
    return objectRichCompare(asGa(a)->args, asGa(b)->args, CompareOp::Eq).release();
}

// The attributes the alias answers itself; every other name is looked up on the origin.
const char* const kAttrExceptions[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
    "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
};

Object* gaGetAttro(Object* o, Object* name) {
    if (isStr(name)) {
        const std::string n = strToUtf8(name);
        bool own = false;
        for (const char* e : kAttrExceptions) own = own || n == e;
        if (!own) return getAttr(asGa(o)->origin, name).release();
    }
    return genericGetAttr(o, name).release();
}

// ga_call / ga_vectorcall: the origin's instance, with __orig_class__ = alias where settable.
Object* gaCall(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    Ref obj = call(asGa(self)->origin, args, nargs, kwnames);
    if (!obj) return nullptr;
    Ref name = internName(interp, "__orig_class__");
    if (setAttr(obj.get(), name.get(), self) < 0) {
        if (!errMatches(interp, vmOf(interp).exc.AttributeError) && !errMatches(interp, vmOf(interp).exc.TypeError))
            return nullptr;
        clearError(interp);
    }
    return obj.release();
}

// ga_getitem: substitutes the alias's type variables.
Object* gaGetItem(Object* self, Object* item) {
    Interpreter& interp = interpOf(self);
    GenericAliasObject* ga = asGa(self);
    if (!ga->parameters) {
        Ref params = makeTypeParameters(interp, ga->args);
        if (!params) return nullptr;
        ga->parameters = params.release();
    }
    Ref newargs = substituteTypeParameters(self, ga->args, ga->parameters, item);
    if (!newargs) return nullptr;
    Ref res = newGenericAlias(interp, ga->origin, newargs.get());
    if (res) asGa(res.get())->starred = ga->starred;
    return res.release();
}

// ga_iter: an iterator yielding the starred alias once (`*tuple[int]`).
Object* gaIter(Object* self) {
    Interpreter& interp = interpOf(self);
    TypeObject* t = vmOf(interp).types.genericAliasIterator;
    auto* gi = interp.newObject<GenericAliasIterObject>(t, static_cast<std::uint64_t>(t->basicsize));
    if (!gi) return nullptr;
    incref(self);
    gi->obj = self;
    interp.gc().track(gi);
    return gi;
}

Object* gaIterNext(Object* o) {
    auto* gi = static_cast<GenericAliasIterObject*>(o);
    if (!gi->obj) return nullptr;
    Interpreter& interp = interpOf(o);
    Ref starred = newGenericAlias(interp, asGa(gi->obj)->origin, asGa(gi->obj)->args);
    if (!starred) return nullptr;
    asGa(starred.get())->starred = true;
    decref(std::exchange(gi->obj, nullptr));
    return starred.release();
}

void gaIterDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    xdecref(std::exchange(static_cast<GenericAliasIterObject*>(o)->obj, nullptr));
    interp.freeObject(o);
}

// ga_new: GenericAlias(origin, args), positional only.
Object* gaNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    TypeObject* typeError = vmOf(interp).exc.TypeError;
    if (kwargs && objectLength(kwargs) > 0) {
        raiseError(interp, typeError, "GenericAlias() takes no keyword arguments");
        return nullptr;
    }
    const std::int64_t n = tupleSize(args);
    if (n != 2) {
        raiseError(interp, typeError,
                   std::string("GenericAlias expected 2 arguments, got ") + std::to_string(n));
        return nullptr;
    }
    GenericAliasObject* ga = allocGa(interp, type);
    if (!ga) return nullptr;
    Ref self(ga);
    if (!setupGa(interp, ga, tupleItem(args, 0), tupleItem(args, 1))) return nullptr;
    return self.release();
}

Object* mMroEntries(Object* self, Object* const*, std::int64_t, Object*) {
    return tuplePack(interpOf(self), {asGa(self)->origin}).release();
}
Object* mInstanceCheck(Object* self, Object* const*, std::int64_t, Object*) {
    raiseError(interpOf(self), vmOf(interpOf(self)).exc.TypeError,
               "isinstance() argument 2 cannot be a parameterized generic");
    return nullptr;
}
Object* mSubclassCheck(Object* self, Object* const*, std::int64_t, Object*) {
    raiseError(interpOf(self), vmOf(interpOf(self)).exc.TypeError,
               "issubclass() argument 2 cannot be a parameterized generic");
    return nullptr;
}
// ga_reduce: (GenericAlias, (origin, args)).
Object* mReduce(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Ref inner = tuplePack(interp, {asGa(self)->origin, asGa(self)->args});
    if (!inner) return nullptr;
    return tuplePack(interp, {self->type, inner.get()}).release();
}
// ga_dir: PyObject_Dir(origin) plus the alias's own attribute names.
Object* mDir(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Ref dir = dirOfObject(asGa(self)->origin);
    if (!dir) return nullptr;
    for (const char* e : kAttrExceptions) {
        Ref entry = newStrFromUtf8(interp, e);
        if (!entry) return nullptr;
        const int has = containsOp(dir.get(), entry.get());
        if (has < 0) return nullptr;
        if (!has && listAppend(dir.get(), entry.get()) < 0) return nullptr;
    }
    return dir.release();
}

const MethodDef kGaMethods[] = {
    {"__mro_entries__", mMroEntries, meth::kO},
    {"__instancecheck__", mInstanceCheck, meth::kO},
    {"__subclasscheck__", mSubclassCheck, meth::kO},
    {"__reduce__", mReduce, meth::kNoArgs},
    {"__dir__", mDir, meth::kNoArgs},
    {nullptr, nullptr, 0},
};

Object* getOrigin(Object* o) { incref(asGa(o)->origin); return asGa(o)->origin; }
Object* getArgs(Object* o) { incref(asGa(o)->args); return asGa(o)->args; }
Object* getUnpacked(Object* o) { return newBool(interpOf(o), asGa(o)->starred); }
Object* getParameters(Object* o) {
    GenericAliasObject* ga = asGa(o);
    if (!ga->parameters) {
        Ref params = makeTypeParameters(interpOf(o), ga->args);
        if (!params) return nullptr;
        ga->parameters = params.release();
    }
    incref(ga->parameters);
    return ga->parameters;
}
Object* getUnpackedTupleArgs(Object* o) {
    Interpreter& interp = interpOf(o);
    if (asGa(o)->starred && asGa(o)->origin == interp.types.tuple) return getArgs(o);
    incref(interp.none);
    return interp.none;
}

// READONLY members (T_OBJECT / T_BOOL in CPython): setting or deleting raises "readonly attribute".
int readonlyMember(Object* self, Object*) {
    raiseError(interpOf(self), vmOf(interpOf(self)).exc.AttributeError, "readonly attribute");
    return -1;
}

const GetSetDef kGaGetSets[] = {
    {"__origin__", getOrigin, readonlyMember},
    {"__args__", getArgs, readonlyMember},
    {"__unpacked__", getUnpacked, readonlyMember},
    {"__parameters__", getParameters, nullptr, "Type variables in the GenericAlias."},
    {"__typing_unpacked_tuple_args__", getUnpackedTupleArgs},
    {nullptr, nullptr},
};

NumberSlots makeGaNumber() {
    NumberSlots n;
    n.binary[nbop::OR] = unionTypeOr;
    return n;
}
const NumberSlots kGaNumber = makeGaNumber();

// __class_getitem__ of the built-in generic types: Py_GenericAlias(cls, item).
Object* classGetItem(Object* cls, Object* const* args, std::int64_t, Object*) {
    return newGenericAlias(interpOf(cls), cls, args[0]).release();
}

// One tuple_add: appends item unless already present (identity). Returns the new count.
void addUnique(std::vector<Object*>& out, Object* item) {
    for (Object* p : out)
        if (p == item) return;
    out.push_back(item);
}

} // namespace

const MethodDef kClassGetItemMethods[] = {
    {"__class_getitem__", classGetItem, meth::kO | meth::kClass, "See PEP 585"},
    {nullptr, nullptr, 0},
};

bool isGenericAlias(const Object* o) {
    TypeObject* t = vmOf(*o->type->interp).types.genericAlias;
    return o->type == t || o->type->isSubtypeOf(t);
}

Ref newGenericAlias(Interpreter& interp, Object* origin, Object* args) {
    GenericAliasObject* ga = allocGa(interp, vmOf(interp).types.genericAlias);
    if (!ga) return Ref();
    Ref self(ga);
    if (!setupGa(interp, ga, origin, args)) return Ref();
    return self;
}

bool appendTypeReprItem(Object* p, std::string& out) {
    Interpreter& interp = interpOf(p);
    if (p == interp.ellipsis) {
        out += "...";
        return true;
    }
    Ref tmp;
    bool useRepr = false;
    if (lookupAttr(p, internName(interp, "__origin__").get(), tmp) < 0) return false;
    if (tmp) {
        tmp = Ref();
        if (lookupAttr(p, internName(interp, "__args__").get(), tmp) < 0) return false;
        useRepr = static_cast<bool>(tmp); // looks like a GenericAlias
    }
    if (!useRepr) {
        Ref qualname, module;
        if (lookupAttr(p, vmOf(interp).names.__qualname__, qualname) < 0) return false;
        if (qualname) {
            if (lookupAttr(p, vmOf(interp).names.__module__, module) < 0) return false;
            if (module && module.get() != interp.none) { // looks like a class
                Ref r;
                if (isStr(module.get()) && strToUtf8(module.get()) == "builtins") {
                    r = objectStr(qualname.get());
                } else {
                    Ref m = objectStr(module.get());
                    Ref q = m ? objectStr(qualname.get()) : Ref();
                    if (!q) return false;
                    r = newStrFromUtf8(interp, strToUtf8(m.get()) + "." + strToUtf8(q.get()));
                }
                if (!r) return false;
                out += strToUtf8(r.get());
                return true;
            }
        }
    }
    Ref r = objectRepr(p);
    if (!r) return false;
    out += strToUtf8(r.get());
    return true;
}

// PyTuple_New(len(args)) filled in order, then _PyTuple_Resize down to the count found (to the
// empty tuple when none: the first tuple goes back to its free list, as in CPython).
Ref makeTypeParameters(Interpreter& interp, Object* args) {
    const std::int64_t nargs = tupleSize(args);
    Ref first = newTuple(interp, nargs);
    if (!first) return Ref();
    std::vector<Object*> params;
    std::vector<Ref> keep;
    Ref substName = internName(interp, "__typing_subst__");
    Ref paramsName = internName(interp, "__parameters__");
    for (std::int64_t i = 0; i < nargs; ++i) {
        Object* t = tupleItem(args, i);
        if (isType(t)) continue; // not the __parameters__ descriptor of a bare class
        Ref subst;
        if (lookupAttr(t, substName.get(), subst) < 0) return Ref();
        if (subst) {
            addUnique(params, t);
            continue;
        }
        Ref sub;
        if (lookupAttr(t, paramsName.get(), sub) < 0) return Ref();
        if (sub && isTuple(sub.get()))
            for (std::int64_t j = 0; j < tupleSize(sub.get()); ++j) addUnique(params, tupleItem(sub.get(), j));
        if (sub) keep.push_back(std::move(sub));
    }
    if (static_cast<std::int64_t>(params.size()) == nargs) {
        for (std::int64_t i = 0; i < nargs; ++i) {
            incref(params[i]);
            tupleSetItemSteal(first.get(), i, params[i]);
        }
        return first;
    }
    first = Ref(); // no items set yet: released as an empty-slotted tuple
    return tupleFromArray(interp, params.data(), static_cast<std::int64_t>(params.size()));
}

// subs_tvars: obj[substituted sub-parameters] when obj has non-empty __parameters__, else obj.
namespace {
Ref substituteNested(Interpreter& interp, Object* obj, Object* params, Object* const* argitems) {
    Ref sub;
    if (lookupAttr(obj, internName(interp, "__parameters__").get(), sub) < 0) return Ref();
    if (!sub || !isTuple(sub.get()) || tupleSize(sub.get()) == 0) return Ref::borrowed(obj);
    const std::int64_t n = tupleSize(sub.get());
    Ref subargs = newTuple(interp, n);
    if (!subargs) return Ref();
    for (std::int64_t i = 0; i < n; ++i) {
        Object* arg = tupleItem(sub.get(), i);
        for (std::int64_t k = 0; k < tupleSize(params); ++k)
            if (tupleItem(params, k) == arg) {
                arg = argitems[k];
                break;
            }
        incref(arg);
        tupleSetItemSteal(subargs.get(), i, arg);
    }
    return getItem(obj, subargs.get());
}
} // namespace

Ref substituteTypeParameters(Object* self, Object* args, Object* parameters, Object* item) {
    Interpreter& interp = interpOf(self);
    TypeObject* typeError = vmOf(interp).exc.TypeError;
    const std::int64_t nparams = tupleSize(parameters);
    if (nparams == 0) {
        raiseError(interp, typeError, reprOf(self) + " is not a generic class");
        return Ref();
    }
    const bool isTup = isTuple(item);
    const std::int64_t nitems = isTup ? tupleSize(item) : 1;
    Object* const* argitems = isTup ? tupleItems(item) : &item;
    if (nitems != nparams) {
        raiseError(interp, typeError,
                   std::string("Too ") + (nitems > nparams ? "many" : "few") + " arguments for " + reprOf(self) +
                       "; actual " + std::to_string(nitems) + ", expected " + std::to_string(nparams));
        return Ref();
    }
    const std::int64_t nargs = tupleSize(args);
    Ref newargs = newTuple(interp, nargs);
    if (!newargs) return Ref();
    Ref substName = internName(interp, "__typing_subst__");
    for (std::int64_t i = 0; i < nargs; ++i) {
        Object* arg = tupleItem(args, i);
        Ref value;
        if (isType(arg)) {
            value = Ref::borrowed(arg);
        } else {
            Ref subst;
            if (lookupAttr(arg, substName.get(), subst) < 0) return Ref();
            if (subst) {
                std::int64_t k = 0;
                while (k < nparams && tupleItem(parameters, k) != arg) ++k;
                value = callOneArg(subst.get(), argitems[k < nparams ? k : 0]);
            } else {
                value = substituteNested(interp, arg, parameters, argitems);
            }
            if (!value) return Ref();
        }
        tupleSetItemSteal(newargs.get(), i, value.release());
    }
    return newargs;
}

void initGenericAliasType(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    TypeObject* t = vm.types.genericAlias;
    t->dealloc = gaDealloc;
    t->traverse = gaTraverse;
    t->repr = gaRepr;
    t->hash = gaHash;
    t->richcompare = gaRichCompare;
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->weaklistPtr = [](Object* o) -> Object** { return &asGa(o)->weakreflist; };
    t->slots.weaklistOffset = 40;
    t->slots.getattro = gaGetAttro;
    t->slots.call = gaCall;
    t->slots.tpCallOnly = alwaysTpCall;
    t->slots.subscript = gaGetItem;
    t->slots.iter = gaIter;
    t->slots.tpNew = gaNew;
    t->slots.number = &kGaNumber;
    addMethods(interp, t, kGaMethods);
    addGetSets(interp, t, kGaGetSets);
    setHostDestructor<GenericAliasObject>(*t);

    TypeObject* it = vm.types.genericAliasIterator;
    it->dealloc = gaIterDealloc;
    it->traverse = [](Object* o, VisitProc visit, void* arg) -> int {
        Object* obj = static_cast<GenericAliasIterObject*>(o)->obj;
        return obj ? visit(obj, arg) : 0;
    };
    it->clear = [](Object* o) -> int {
        xdecref(std::exchange(static_cast<GenericAliasIterObject*>(o)->obj, nullptr));
        return 0;
    };
    it->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    it->slots.iter = [](Object* o) -> Object* { incref(o); return o; };
    it->slots.iternext = gaIterNext;
    setHostDestructor<GenericAliasIterObject>(*it);
}

void addBuiltinClassGetItems(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    TypeObject* types[] = {interp.types.list, interp.types.dict,    interp.types.tuple,
                           interp.types.set,  interp.types.frozenset, vm.types.enumerate,
                           vm.types.mappingproxy, vm.types.weakref, vm.exc.BaseExceptionGroup, vm.types.asyncGenerator};
    for (TypeObject* t : types)
        if (t) addMethods(interp, t, kClassGetItemMethods);
}

} // namespace hs
