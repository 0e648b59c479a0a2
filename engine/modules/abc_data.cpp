// The _abc module (Modules/_abc.c): each ABC's _abc_impl (an _abc._abc_data object holding the
// registry of virtual subclasses and the positive/negative caches, sets of weak references created
// on first use) and the helpers abc.ABCMeta's Python methods call: _abc_init, _abc_register,
// _abc_instancecheck, _abc_subclasscheck, get_cache_token, _get_dump, _reset_registry, _reset_caches.
//
// Invariants: every weak reference in a set carries a _destroy callback (a builtin function bound to
// a weak reference to that set) that discards it when its class dies; the negative cache is only
// valid while its version equals the global invalidation counter, which register() increments.
// Differences from CPython: _abc_data is a static type (3.11's is a heap type, so gc.get_referents
// also lists the type), and the counter is kept as a C integer: get_cache_token() builds the int
// (the same object as CPython's up to 256, the small ints).
#include "modules/module_registry.h"
#include "modules/module_types.h"
#include "modules/preload_scope.h"

#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <utility>
#include <vector>

namespace hs {

namespace {

// _abc_data: head + four pointers (48 bytes) + GC head. Sets are strong or null; version is strong.
struct AbcDataObject : Object {
    Object* registry = nullptr;
    Object* cache = nullptr;
    Object* negativeCache = nullptr;
    Object* negativeCacheVersion = nullptr;
};
AbcDataObject* asData(Object* o) { return static_cast<AbcDataObject*>(o); }

void abcDataDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    AbcDataObject* d = asData(o);
    xdecref(std::exchange(d->registry, nullptr));
    xdecref(std::exchange(d->cache, nullptr));
    xdecref(std::exchange(d->negativeCache, nullptr));
    xdecref(std::exchange(d->negativeCacheVersion, nullptr));
    interp.freeObject(o);
}

int abcDataTraverse(Object* o, VisitProc visit, void* arg) {
    AbcDataObject* d = asData(o);
    for (Object* s : {d->registry, d->cache, d->negativeCache})
        if (s)
            if (int v = visit(s, arg)) return v;
    return 0;
}

int abcDataClear(Object* o) {
    AbcDataObject* d = asData(o);
    xdecref(std::exchange(d->registry, nullptr));
    xdecref(std::exchange(d->cache, nullptr));
    xdecref(std::exchange(d->negativeCache, nullptr));
    return 0;
}

TypeObject* abcDataType(Interpreter& interp) {
    TypeObject*& slot = moduleType(interp, ModuleTypeId::AbcData);
    if (slot) return slot;
    TypeObject* t = interp.newStaticType("_abc._abc_data", 48, 0, tpflags::kHaveGc, interp.types.object);
    t->type = interp.types.type;
    t->dealloc = abcDataDealloc;
    t->traverse = abcDataTraverse;
    t->clear = abcDataClear;
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->repr = interp.types.object->repr;
    t->hash = interp.types.object->hash;
    t->richcompare = interp.types.object->richcompare;
    t->label = [](const Object* o) { return "<" + o->type->name + ">"; };
    addSlotWrappers(interp, t);
    setHostDestructor<AbcDataObject>(*t);
    slot = t;
    return t;
}

// The global invalidation counter as an int object (new reference).
Ref counterObject(Interpreter& interp) { return newInt(interp, vmOf(interp).abcInvalidationCounter); }

// abc_data_new: empty caches, negative cache version = the current counter.
Ref newAbcData(Interpreter& interp) {
    TypeObject* type = abcDataType(interp);
    Ref version = counterObject(interp);
    if (!version) return {};
    auto* d = interp.newObject<AbcDataObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (!d) return {};
    d->negativeCacheVersion = version.release();
    interp.gc().track(d);
    return Ref(d);
}

// _get_impl: getattr(self, "_abc_impl"), which must be an _abc_data (new reference).
Ref getImpl(Interpreter& interp, Object* self) {
    Ref impl = getAttrStr(self, "_abc_impl");
    if (!impl) return {};
    if (impl->type != abcDataType(interp)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "_abc_impl is set to a wrong type");
        return {};
    }
    return impl;
}

// _in_weak_set: whether a weak reference to obj is in set (a temporary reference is made to look
// it up); 0 for a null or empty set or an object that cannot be weakly referenced.
int inWeakSet(Interpreter& interp, Object* set, Object* obj) {
    if (!set || setSize(set) == 0) return 0;
    Ref ref = newWeakref(interp, obj, nullptr);
    if (!ref) {
        if (errMatches(interp, vmOf(interp).exc.TypeError)) {
            clearError(interp);
            return 0;
        }
        return -1;
    }
    return setContains(set, ref.get());
}

// _destroy(setweakref, objweakref): the callback discarding a dead class's reference from its set.
Object* abcDestroy(Object* setRef, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *setRef->type->interp;
    Object* set = weakrefObject(setRef);
    if (set != interp.none) {
        Ref hold = Ref::borrowed(set);
        if (setDiscard(set, args[0]) < 0) return nullptr;
    }
    incref(interp.none);
    return interp.none;
}
const MethodDef kDestroyDef = {"_destroy", abcDestroy, meth::kO};

// _add_to_weak_set: creates the set on first use, then adds a weak reference to obj whose callback
// (_destroy bound to a weak reference to the set) removes it again.
int addToWeakSet(Interpreter& interp, Object** pset, Object* obj) {
    if (!*pset) {
        Ref s = newSet(interp);
        if (!s) return -1;
        *pset = s.release();
    }
    Object* set = *pset;
    Ref wr = newWeakref(interp, set, nullptr);
    if (!wr) return -1;
    Ref destroy = newBuiltinFunction(interp, &kDestroyDef, wr.get(), nullptr);
    if (!destroy) return -1;
    Ref ref = newWeakref(interp, obj, destroy.get());
    destroy = Ref();
    if (!ref) return -1;
    return setAdd(set, ref.get());
}

Object* boolResult(Interpreter& interp, bool v) {
    Object* r = v ? interp.trueObj : interp.falseObj;
    incref(r);
    return r;
}

bool checkTwoArgs(Interpreter& interp, const char* name, std::int64_t nargs) {
    if (nargs == 2) return true;
    raiseError(interp, vmOf(interp).exc.TypeError,
               std::string(name) + " expected 2 arguments, got " + std::to_string(nargs));
    return false;
}

// _abc._abc_register(self, subclass)
Object* abcRegister(Object* module, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = *module->type->interp;
    if (!checkTwoArgs(interp, "_abc_register", nargs)) return nullptr;
    Object *self = args[0], *subclass = args[1];
    if (!isType(subclass)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "Can only register classes");
        return nullptr;
    }
    int result = isSubclass(subclass, self);
    if (result < 0) return nullptr;
    if (result > 0) { // already a subclass
        incref(subclass);
        return subclass;
    }
    // Cycles are tested after "already a subclass": X.register(X) is a no-op.
    result = isSubclass(self, subclass);
    if (result < 0) return nullptr;
    if (result > 0) {
        raiseError(interp, vmOf(interp).exc.RuntimeError, "Refusing to create an inheritance cycle");
        return nullptr;
    }
    Ref impl = getImpl(interp, self);
    if (!impl || addToWeakSet(interp, &asData(impl.get())->registry, subclass) < 0) return nullptr;
    vmOf(interp).abcInvalidationCounter++; // invalidates every negative cache
    incref(subclass);
    return subclass;
}

// _abc._abc_instancecheck(self, instance)
Object* abcInstanceCheck(Object* module, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = *module->type->interp;
    if (!checkTwoArgs(interp, "_abc_instancecheck", nargs)) return nullptr;
    Object *self = args[0], *instance = args[1];
    Ref impl = getImpl(interp, self);
    if (!impl) return nullptr;
    AbcDataObject* d = asData(impl.get());
    Ref subclass = getAttrStr(instance, "__class__");
    if (!subclass) return nullptr;
    int incache = inWeakSet(interp, d->cache, subclass.get());
    if (incache < 0) return nullptr;
    if (incache > 0) return boolResult(interp, true);
    Object* subtype = instance->type;
    Ref name = internName(interp, "__subclasscheck__");
    if (subtype == subclass.get()) {
        Ref current = counterObject(interp);
        if (!current) return nullptr;
        if (objectRichCompareBool(d->negativeCacheVersion, current.get(), CompareOp::Eq) > 0) {
            incache = inWeakSet(interp, d->negativeCache, subclass.get());
            if (incache < 0) return nullptr;
            if (incache > 0) return boolResult(interp, false);
        }
        Object* arg = subclass.get();
        return callMethod(self, name.get(), &arg, 1).release();
    }
    Object* arg = subclass.get();
    Ref result = callMethod(self, name.get(), &arg, 1);
    if (!result) return nullptr;
    const int truth = objectIsTrue(result.get());
    if (truth < 0) return nullptr;
    if (truth) return result.release();
    arg = subtype;
    return callMethod(self, name.get(), &arg, 1).release();
}

// subclasscheck_check_registry: 1 with *result set, 0 to go on, -1 on error. Iterates over a
// snapshot of the registry (a callback may shrink it meanwhile).
int checkRegistry(Interpreter& interp, AbcDataObject* d, Object* subclass) {
    const int in = inWeakSet(interp, d->registry, subclass);
    if (in != 0) return in;
    if (!d->registry || setSize(d->registry) == 0) return 0;
    std::vector<Ref> copy;
    std::int64_t pos = 0;
    Object* key = nullptr;
    while (setNext(d->registry, pos, &key)) copy.push_back(Ref::borrowed(key));
    for (const Ref& wr : copy) {
        if (!isWeakref(wr.get())) {
            raiseError(interp, vmOf(interp).exc.SystemError, "bad argument to internal function");
            return -1;
        }
        Object* rkey = weakrefObject(wr.get());
        if (rkey == interp.none) continue;
        Ref hold = Ref::borrowed(rkey);
        const int r = isSubclass(subclass, rkey);
        if (r < 0) return -1;
        if (r > 0) return addToWeakSet(interp, &d->cache, subclass) < 0 ? -1 : 1;
    }
    return 0;
}

// _abc._abc_subclasscheck(self, subclass): cache, negative cache (cleared when its version is
// older than the counter), __subclasshook__, the MRO, the registry, then the subclasses.
Object* abcSubclassCheck(Object* module, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = *module->type->interp;
    VmState& vm = vmOf(interp);
    if (!checkTwoArgs(interp, "_abc_subclasscheck", nargs)) return nullptr;
    Object *self = args[0], *subclass = args[1];
    if (!isType(subclass)) {
        raiseError(interp, vm.exc.TypeError, "issubclass() arg 1 must be a class");
        return nullptr;
    }
    Ref impl = getImpl(interp, self);
    if (!impl) return nullptr;
    AbcDataObject* d = asData(impl.get());
    // 1. The cache.
    int incache = inWeakSet(interp, d->cache, subclass);
    if (incache < 0) return nullptr;
    if (incache > 0) return boolResult(interp, true);
    // 2. The negative cache, invalidated when older than the counter.
    Ref current = counterObject(interp);
    if (!current) return nullptr;
    if (objectRichCompareBool(d->negativeCacheVersion, current.get(), CompareOp::Lt) > 0) {
        if (d->negativeCache) setClear(d->negativeCache);
        Object* old = std::exchange(d->negativeCacheVersion, current.release());
        decref(old);
    } else {
        incache = inWeakSet(interp, d->negativeCache, subclass);
        if (incache < 0) return nullptr;
        if (incache > 0) return boolResult(interp, false);
    }
    // 3. The subclass hook.
    Ref hookName = internName(interp, "__subclasshook__");
    Ref ok = callMethod(self, hookName.get(), &subclass, 1);
    if (!ok) return nullptr;
    if (ok.get() == interp.trueObj || ok.get() == interp.falseObj) {
        const bool value = ok.get() == interp.trueObj;
        if (addToWeakSet(interp, value ? &d->cache : &d->negativeCache, subclass) < 0) return nullptr;
        return boolResult(interp, value);
    }
    if (ok.get() != interp.notImplemented) {
        raiseError(interp, vm.exc.AssertionError,
                   "__subclasshook__ must return either False, True, or NotImplemented");
        return nullptr;
    }
    ok = Ref();
    // 4. A direct subclass.
    Object* mro = asType(subclass)->slots.mro;
    for (std::int64_t i = 0; mro && i < tupleSize(mro); ++i)
        if (tupleItem(mro, i) == self) {
            if (addToWeakSet(interp, &d->cache, subclass) < 0) return nullptr;
            return boolResult(interp, true);
        }
    // 5. A subclass of a registered class (recursive).
    const int reg = checkRegistry(interp, d, subclass);
    if (reg < 0) return nullptr;
    if (reg > 0) return boolResult(interp, true);
    // 6. A subclass of a subclass (recursive).
    Ref subclasses = callMethodStr(self, "__subclasses__", nullptr, 0);
    if (!subclasses) return nullptr;
    if (!isList(subclasses.get())) {
        raiseError(interp, vm.exc.TypeError, "__subclasses__() must return a list");
        return nullptr;
    }
    for (std::int64_t i = 0; i < listSize(subclasses.get()); ++i) {
        const int r = isSubclass(subclass, listItem(subclasses.get(), i));
        if (r < 0) return nullptr;
        if (r > 0) {
            if (addToWeakSet(interp, &d->cache, subclass) < 0) return nullptr;
            return boolResult(interp, true);
        }
    }
    // No dice: the negative cache.
    if (addToWeakSet(interp, &d->negativeCache, subclass) < 0) return nullptr;
    return boolResult(interp, false);
}

// _abc._get_dump(self): (registry, cache, negative cache) as new sets, and the cache version.
Object* abcGetDump(Object* module, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *module->type->interp;
    Ref impl = getImpl(interp, args[0]);
    if (!impl) return nullptr;
    AbcDataObject* d = asData(impl.get());
    Ref sets[3];
    Object* sources[3] = {d->registry, d->cache, d->negativeCache};
    for (int i = 0; i < 3; ++i) {
        sets[i] = sources[i] ? newSetFrom(interp, sources[i]) : newSet(interp);
        if (!sets[i]) return nullptr;
    }
    return tuplePack(interp, {sets[0].get(), sets[1].get(), sets[2].get(), d->negativeCacheVersion}).release();
}

Object* abcResetRegistry(Object* module, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *module->type->interp;
    Ref impl = getImpl(interp, args[0]);
    if (!impl) return nullptr;
    if (Object* r = asData(impl.get())->registry) setClear(r);
    incref(interp.none);
    return interp.none;
}

Object* abcResetCaches(Object* module, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *module->type->interp;
    Ref impl = getImpl(interp, args[0]);
    if (!impl) return nullptr;
    if (Object* c = asData(impl.get())->cache) setClear(c);
    if (Object* n = asData(impl.get())->negativeCache) setClear(n);
    incref(interp.none);
    return interp.none;
}

Object* abcGetCacheToken(Object* module, Object* const*, std::int64_t, Object*) {
    return counterObject(*module->type->interp).release();
}

Object* abcInitFn(Object* module, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *module->type->interp;
    Object* cls = args[0];
    if (!isType(cls) || !asType(cls)->isHeapType()) { // where CPython's setattr of __abstractmethods__ fails
        raiseError(interp, vmOf(interp).exc.TypeError, "_abc_init() needs a heap type");
        return nullptr;
    }
    if (abcInit(interp, cls) < 0) return nullptr;
    incref(interp.none);
    return interp.none;
}

const MethodDef kFunctions[] = {
    {"get_cache_token", abcGetCacheToken, meth::kNoArgs, "Returns the current ABC cache token."},
    {"_abc_init", abcInitFn, meth::kO, "Internal ABC helper for class set-up."},
    {"_reset_registry", abcResetRegistry, meth::kO, "Internal ABC helper to reset registry of a given class."},
    {"_reset_caches", abcResetCaches, meth::kO, "Internal ABC helper to reset both caches of a given class."},
    {"_get_dump", abcGetDump, meth::kO, "Internal ABC helper for cache and registry debugging."},
    {"_abc_register", abcRegister, meth::kFastcall, "Internal ABC helper for subclasss registration."},
    {"_abc_instancecheck", abcInstanceCheck, meth::kFastcall, "Internal ABC helper for instance checks."},
    {"_abc_subclasscheck", abcSubclassCheck, meth::kFastcall, "Internal ABC helper for subclasss checks."},
};

} // namespace

int abcSetImpl(Interpreter& interp, Object* cls) {
    Ref data = newAbcData(interp);
    if (!data) return -1;
    return setAttrStr(cls, "_abc_impl", data.get());
}

Object* createAbcBuiltinModule(Interpreter& interp) {
    PreloadScope preload(interp); // CPython imports _abc (through abc) at startup
    Ref module = newModule(interp, "_abc");
    if (!module) return nullptr;
    Ref modName = internName(interp, "_abc");
    for (const MethodDef& def : kFunctions) {
        Ref fn = newBuiltinFunction(interp, &def, module.get(), modName.get());
        if (!fn || moduleAddObject(module.get(), def.name, fn.get()) < 0) return nullptr;
    }
    return module.release();
}

} // namespace hs
