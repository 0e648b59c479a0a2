// collections.defaultdict: allocation as dict_new does it for subclasses (tracked at once),
// __init__ taking the factory, __missing__, repr, copy, and the GC slots around dict's own.
#include "objects/defaultdict_object.h"
#include "objects/genericalias_object.h"

#include "modules/module_types.h"
#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/dict_keys.h"
#include "objects/str_object.h"
#include "objects/subtype_instance.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/type_methods.h"
#include "runtime/protocols.h"

#include <utility>
#include <vector>

namespace hs {

namespace {

constexpr std::int64_t kBasicSize = 56;             // sizeof(defdictobject)
constexpr std::uint64_t kFlags = 0x20405540;        // tp_flags measured on python3.11

DefaultDictObject* asDd(Object* o) { return static_cast<DefaultDictObject*>(o); }
Interpreter& interpOf(const Object* o) { return *o->type->interp; }
Object* newRef(Object* o) {
    incref(o);
    return o;
}

void ddDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o); // before the factory's release can run code
    xdecref(std::exchange(asDd(o)->defaultFactory, nullptr));
    interp.types.dict->dealloc(o);
}

int ddTraverse(Object* o, VisitProc visit, void* arg) {
    if (Object* f = asDd(o)->defaultFactory)
        if (int v = visit(f, arg)) return v;
    return interpOf(o).types.dict->traverse(o, visit, arg);
}

int ddClear(Object* o) {
    xdecref(std::exchange(asDd(o)->defaultFactory, nullptr));
    return interpOf(o).types.dict->clear(o);
}

bool ddReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    if (offset == 48) {
        const Object* f = static_cast<const DefaultDictObject*>(o)->defaultFactory;
        out = f ? f->addr : 0;
        return true;
    }
    return o->type->interp->types.dict->readField(o, offset, out);
}

// dict_new for a subclass: PyType_GenericAlloc, the shared empty keys, tracked.
Object* ddTpNew(TypeObject* type, Object*, Object*) {
    Interpreter& interp = *type->interp;
    const bool exact = type == moduleType(interp, ModuleTypeId::DefaultDict);
    DefaultDictObject* d = exact ? interp.newObject<DefaultDictObject>(type, static_cast<std::uint64_t>(type->basicsize))
                                 : allocSubtypeInstance<DefaultDictObject>(interp, type, 0);
    if (!d) return nullptr;
    d->keys = emptyDictKeys();
    if (exact) interp.gc().track(d);
    return d;
}

// defdict_init: the first positional argument is the factory (callable or None); the rest go to
// dict.__init__ (dict.update here).
int ddInit(Object* self, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(self);
    Object* factory = nullptr;
    const std::int64_t n = tupleSize(args);
    if (n > 0) {
        factory = tupleItem(args, 0);
        if (factory != interp.none && !isCallable(factory)) {
            raiseError(interp, vmOf(interp).exc.TypeError, "first argument must be callable or None");
            return -1;
        }
    }
    Object* old = asDd(self)->defaultFactory;
    asDd(self)->defaultFactory = factory && factory != interp.none ? newRef(factory) : nullptr;
    xdecref(old);
    if (n <= 1 && (!kwargs || dictSize(kwargs) == 0)) return 0;
    Object* update = typeLookupStr(interp.types.dict, "update");
    if (!update) return 0;
    std::vector<Object*> argv = {self};
    for (std::int64_t i = 1; i < n; ++i) argv.push_back(tupleItem(args, i));
    const auto nargs = static_cast<std::int64_t>(argv.size());
    Ref kwnames;
    if (kwargs && dictSize(kwargs)) {
        std::vector<Object*> flat;
        if (!dictToKwnames(interp, kwargs, flat, kwnames)) return -1;
        argv.insert(argv.end(), flat.begin(), flat.end());
    }
    Ref r = call(update, argv.data(), nargs, kwnames.get());
    return r ? 0 : -1;
}

Object* ddMissing(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Object* factory = asDd(self)->defaultFactory;
    if (!factory) {
        raiseKeyError(interp, args[0]);
        return nullptr;
    }
    Ref value = callNoArgs(factory);
    if (!value) return nullptr;
    if (setItem(self, args[0], value.get()) < 0) return nullptr;
    return value.release();
}

Object* ddCopy(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Object* factory = asDd(self)->defaultFactory;
    Object* argv[2] = {factory ? factory : interp.none, self};
    return call(self->type, argv, 2).release();
}

Object* ddRepr(Object* self) {
    Interpreter& interp = interpOf(self);
    std::string factoryText = "None";
    if (Object* factory = asDd(self)->defaultFactory) {
        ReprGuard guard(factory);
        if (guard.active()) {
            factoryText = "...";
        } else {
            Ref r = objectRepr(factory);
            if (!r) return nullptr;
            factoryText = strToUtf8(r.get());
        }
    }
    Ref base(interp.types.dict->repr(self));
    if (!base) return nullptr;
    std::string name = self->type->name;
    if (const auto dot = name.rfind('.'); dot != std::string::npos) name = name.substr(dot + 1);
    return newStrFromUtf8(interp, name + "(" + factoryText + ", " + strToUtf8(base.get()) + ")").release();
}

Object* getFactory(Object* self) {
    Object* f = asDd(self)->defaultFactory;
    return newRef(f ? f : interpOf(self).none);
}
int setFactory(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    Object* old = asDd(self)->defaultFactory;
    asDd(self)->defaultFactory = value && value != interp.none ? newRef(value) : nullptr;
    xdecref(old);
    return 0;
}

const GetSetDef kGetSets[] = {
    {"default_factory", getFactory, setFactory, "Factory for default value called by __missing__()."},
    {nullptr, nullptr},
};

// defdict_reduce: (type(dd), (factory,) or (), None, None, iter(dd.items())).
Object* ddReduce(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Object* factory = asDd(self)->defaultFactory;
    Ref args = (factory && factory != interp.none) ? tuplePack(interp, {factory}) : newTuple(interp, 0);
    Ref items = args ? callMethodStr(self, "items", nullptr, 0) : Ref();
    Ref it = items ? getIter(items.get()) : Ref();
    if (!it) return nullptr;
    return tuplePack(interp, {self->type, args.get(), interp.none, interp.none, it.get()}).release();
}

const MethodDef kMethods[] = {
    {"__missing__", ddMissing, meth::kO,
     "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
     "  if self.default_factory is None: raise KeyError((key,))\n"
     "  self[key] = value = self.default_factory()\n"
     "  return value\n"},
    {"copy", ddCopy, meth::kNoArgs, "D.copy() -> a shallow copy of D."},
    {"__copy__", ddCopy, meth::kNoArgs, "D.copy() -> a shallow copy of D."},
    {"__reduce__", ddReduce, meth::kNoArgs, "Return state information for pickling."},
    {nullptr, nullptr, 0},
};

} // namespace

TypeObject* defaultDictType(Interpreter& interp) {
    TypeObject*& slot = moduleType(interp, ModuleTypeId::DefaultDict);
    if (slot) return slot;
    TypeObject* dict = interp.types.dict;
    TypeObject* t = interp.newStaticType("collections.defaultdict", kBasicSize, 0, kFlags, dict);
    t->type = interp.types.type;
    t->dealloc = ddDealloc;
    t->traverse = ddTraverse;
    t->clear = ddClear;
    t->sizeOf = dict->sizeOf;
    t->readField = ddReadField;
    t->references = [](Object* o, VisitProc visit, void* arg) {
        if (Object* f = asDd(o)->defaultFactory) visit(f, arg);
        interpOf(o).types.dict->references(o, visit, arg);
    };
    t->repr = ddRepr;
    t->richcompare = dict->richcompare;
    t->isTrue = dict->isTrue;
    t->label = dict->label;
    t->slots.length = dict->slots.length;
    t->slots.subscript = dict->slots.subscript; // dict_subscript calls __missing__ for subclasses
    t->slots.assSubscript = dict->slots.assSubscript;
    t->slots.contains = dict->slots.contains;
    t->slots.iter = dict->slots.iter;
    t->slots.tpNew = ddTpNew;
    t->slots.tpInit = ddInit;
    addMethods(interp, t, kMethods);
    addMethods(interp, t, kClassGetItemMethods);
    addGetSets(interp, t, kGetSets);
    addSlotWrappers(interp, t);
    setHostDestructor<DefaultDictObject>(*t);
    slot = t;
    return t;
}

} // namespace hs
