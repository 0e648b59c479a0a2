// The abc module: abstractmethod, ABCMeta (a metaclass deriving from type whose __new__ computes
// __abstractmethods__ as _abc._abc_init does) and ABC; object.__new__ refuses abstract classes.
//
// Differences from CPython, which imports abc at startup: ABCMeta is a static type here and ABC is
// created at the first `import abc`, inside a PreloadScope (CPython loads abc at startup). register(),
// __instancecheck__ and __subclasscheck__ are Python functions (pysrc/abc_py.inc) as in abc.py, calling
// the _abc module's helpers (abc_data.cpp: _abc_impl, its registry and caches).
#include "modules/module_registry.h"
#include "modules/preload_scope.h"
#include "modules/source_module.h"
#include "objects/descr_object.h"

#include "objects/builtin_function_object.h"
#include "objects/class_object.h"
#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <string>
#include <vector>

namespace hs {

namespace {

// _PyObject_IsAbstract: getattr(value, "__isabstractmethod__", False) is true. -1 on error.
int isAbstract(Object* value) {
    Ref flag;
    Ref name = internName(*value->type->interp, "__isabstractmethod__");
    const int found = lookupAttr(value, name.get(), flag);
    if (found <= 0) return found;
    return objectIsTrue(flag.get());
}

// compute_abstract_methods: the class's own abstract attributes, then the inherited abstract names
// still abstract on the class; stored as frozenset in __abstractmethods__ (type_set_abstractmethods
// sets Py_TPFLAGS_IS_ABSTRACT when it is not empty).
int computeAbstractMethods(Interpreter& interp, TypeObject* cls) {
    Ref abstracts = newSet(interp);
    if (!abstracts) return -1;
    Object* ns = cls->slots.dict;
    std::int64_t pos = 0;
    Object *key = nullptr, *value = nullptr;
    Ref keys = newList(interp, 0);
    if (!keys) return -1;
    while (dictNext(ns, pos, &key, &value))
        if (listAppend(keys.get(), key) < 0) return -1;
    for (std::int64_t i = 0; i < listSize(keys.get()); ++i) {
        Object* k = listItem(keys.get(), i);
        Object* v = dictGetItem(ns, k);
        if (!v) continue;
        const int r = isAbstract(v);
        if (r < 0) return -1;
        if (r && setAdd(abstracts.get(), k) < 0) return -1;
    }
    Ref amName = internName(interp, "__abstractmethods__");
    Object* bases = cls->slots.bases;
    for (std::int64_t b = 0; b < tupleSize(bases); ++b) {
        Ref baseAbstracts;
        const int found = lookupAttr(tupleItem(bases, b), amName.get(), baseAbstracts);
        if (found < 0) return -1;
        if (!found) continue;
        Ref it = getIter(baseAbstracts.get());
        if (!it) return -1;
        while (Ref name = iterNext(it.get())) {
            Ref v;
            const int has = lookupAttr(cls, name.get(), v);
            if (has < 0) return -1;
            if (!has) continue;
            const int r = isAbstract(v.get());
            if (r < 0) return -1;
            if (r && setAdd(abstracts.get(), name.get()) < 0) return -1;
        }
        if (errOccurred(interp)) return -1;
    }
    Ref frozen = newFrozenSetFrom(interp, abstracts.get());
    if (!frozen) return -1;
    if (dictSetItem(ns, amName.get(), frozen.get()) < 0) return -1;
    // The namespace changed behind type_setattro: cached lookups (TypeAttrCache's invariant) go.
    cls->slots.versionTag++;
    interp.typeAttrCache.invalidate();
    if (setSize(frozen.get()) > 0) cls->flags |= tpflags::kIsAbstract;
    else cls->flags &= ~tpflags::kIsAbstract;
    return 0;
}

// ABCMeta.__new__(mcls, name, bases, namespace, **kwargs): type.__new__, then _abc_init.
Object* abcMetaNew(TypeObject* metatype, Object* args, Object* kwargs) {
    Interpreter& interp = *metatype->interp;
    Ref cls(interp.types.type->slots.tpNew(metatype, args, kwargs));
    if (!cls) return nullptr;
    if (isType(cls.get()) && asType(cls.get())->isHeapType() && abcInit(interp, cls.get()) < 0)
        return nullptr;
    return cls.release();
}

// abstractmethod(funcobj): funcobj.__isabstractmethod__ = True; returns funcobj.
Object* abcAbstractMethod(Object*, Object* const* args, std::int64_t, Object*) {
    Object* f = args[0];
    if (setAttrStr(f, "__isabstractmethod__", f->type->interp->trueObj) < 0) return nullptr;
    incref(f);
    return f;
}

constexpr std::string_view kAbcFile = "<frozen abc>";
const char kAbcSource[] =
#include "modules/pysrc/abc_py.inc"
    ;

// Runs pysrc/abc_py.inc in a scratch module and puts its ABCMeta methods on the static ABCMeta.
// Also binds _abc.get_cache_token in `module`.
int installAbcMetaMethods(Interpreter& interp, TypeObject* meta, Object* module, Object* abcBuiltin) {
    Ref scratch(execSourceModule(interp, "_abc", kAbcFile, kAbcSource, SourceModuleKind::kPreloaded, {}));
    if (!scratch) return -1;
    Ref holder = getAttrStr(scratch.get(), "ABCMeta");
    if (!holder) return -1;
    for (const char* name : {"register", "__instancecheck__", "__subclasscheck__"}) {
        Ref fn = getAttrStr(holder.get(), name);
        if (!fn) return -1;
        setStaticTypeAttr(interp, meta, name, fn.release());
    }
    meta->slots.versionTag++;
    interp.typeAttrCache.invalidate();
    Ref token = getAttrStr(abcBuiltin, "get_cache_token");
    if (!token || moduleAddObject(module, "get_cache_token", token.get()) < 0) return -1;
    return 0;
}

const MethodDef kAbstractMethod = {"abstractmethod", abcAbstractMethod, meth::kO,
                                   "A decorator indicating abstract methods."};

// ABCMeta: a static subtype of type sharing type's slots, with its own __new__.
TypeObject* abcMetaType(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    if (vm.types.abcMeta) return vm.types.abcMeta;
    TypeObject* type = interp.types.type;
    TypeObject* m = interp.newStaticType("abc.ABCMeta", type->basicsize, type->itemsize,
                                         type->flags | tpflags::kBaseType, type);
    m->type = type;
    TypeDict* ownTable = m->slots.table;
    m->dealloc = type->dealloc;
    m->traverse = type->traverse;
    m->clear = type->clear;
    m->sizeOf = type->sizeOf;
    m->readField = type->readField;
    m->references = type->references;
    m->repr = type->repr;
    m->hash = type->hash;
    m->richcompare = type->richcompare;
    m->isTrue = type->isTrue;
    m->label = type->label;
    m->destroyHost = type->destroyHost;
    m->weaklistPtr = type->weaklistPtr;
    m->slots = type->slots;
    m->slots.table = ownTable;
    m->slots.dict = nullptr;
    m->slots.mro = nullptr;
    m->slots.bases = nullptr;
    m->slots.vectorNew = nullptr; // calls go through tp_new
    m->slots.tpNew = abcMetaNew;
    // ABCMeta.__new__ in its own namespace (abc.py defines one), so that a metaclass deriving from
    // ABCMeta inherits it (slot_tp_new finds it before type.__new__) and its classes get _abc_init.
    addSlotWrappers(interp, m);
    vm.types.abcMeta = m;
    return m;
}

} // namespace

int abcInit(Interpreter& interp, Object* cls) {
    if (computeAbstractMethods(interp, asType(cls)) < 0) return -1;
    return abcSetImpl(interp, cls);
}

Object* createAbcModule(Interpreter& interp) {
    PreloadScope preload(interp); // CPython imports abc at startup
    Ref abcBuiltin = importModule(interp, "_abc"); // abc.py: from _abc import ...
    if (!abcBuiltin) return nullptr;
    Ref module = newModule(interp, "abc");
    if (!module) return nullptr;
    Ref modName = internName(interp, "abc");
    Ref fn = newBuiltinFunction(interp, &kAbstractMethod, module.get(), modName.get());
    if (!fn || moduleAddObject(module.get(), "abstractmethod", fn.get()) < 0) return nullptr;
    TypeObject* meta = abcMetaType(interp);
    if (moduleAddObject(module.get(), "ABCMeta", meta) < 0) return nullptr;
    if (installAbcMetaMethods(interp, meta, module.get(), abcBuiltin.get()) < 0) return nullptr;
    // class ABC(metaclass=ABCMeta): __slots__ = ()
    Ref ns = newDict(interp);
    Ref slots = newTuple(interp, 0);
    Ref qual = internName(interp, "ABC");
    Ref doc = newStrFromUtf8(interp, "Helper class that provides a standard way to create an ABC using\n"
                                     "inheritance.\n    ");
    if (!ns || !slots || !qual || !doc) return nullptr;
    if (dictSetItem(ns.get(), internName(interp, "__module__").get(), modName.get()) < 0 ||
        dictSetItem(ns.get(), internName(interp, "__qualname__").get(), qual.get()) < 0 ||
        dictSetItem(ns.get(), internName(interp, "__doc__").get(), doc.get()) < 0 ||
        dictSetItem(ns.get(), internName(interp, "__slots__").get(), slots.get()) < 0)
        return nullptr;
    Ref bases = newTuple(interp, 0);
    Ref abc = typeNew(meta, qual.get(), bases.get(), ns.get(), nullptr);
    if (!abc || abcInit(interp, abc.get()) < 0) return nullptr;
    if (moduleAddObject(module.get(), "ABC", abc.get()) < 0) return nullptr;
    return module.release();
}

} // namespace hs
