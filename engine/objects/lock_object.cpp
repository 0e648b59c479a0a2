// _thread.lock / _thread.RLock: both are allocated by PyType_GenericAlloc (GC-tracked at once, +1 in
// generation 0), hold no Python references, and support weak references.
#include "objects/lock_object.h"

#include "modules/module_types.h"
#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/weakref_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <utility>

namespace hs {

namespace {

// The one thread's get_ident() value (the owner an RLock reports while held).
constexpr std::int64_t kMainThreadIdent = 1;

struct LockObject : Object {
    bool locked = false;
    Object* weakreflist = nullptr; // borrowed head of the weakref list
};
struct RLockObject : Object {
    std::int64_t owner = 0;  // rlock_owner: the holder's ident, 0 when free
    std::int64_t count = 0;  // rlock_count
    Object* weakreflist = nullptr;
};
LockObject* asLock(Object* o) { return static_cast<LockObject*>(o); }
RLockObject* asRLock(Object* o) { return static_cast<RLockObject*>(o); }

Object* newRef(Object* o) {
    incref(o);
    return o;
}

// lock_acquire_parse_args: acquire(blocking=True, timeout=-1). False with TypeError/ValueError.
bool parseAcquireArgs(Interpreter& interp, Object* const* args, std::int64_t nargs, Object* kwnames, bool& blocking,
                      double& timeout) {
    VmState& vm = vmOf(interp);
    static const char* const kNames[] = {"blocking", "timeout"};
    ArgSpec spec{"acquire", kNames, 2, 0, 0, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return false;
    blocking = true;
    timeout = -1;
    if (a[0]) {
        const int t = objectIsTrue(a[0]);
        if (t < 0) return false;
        blocking = t == 1;
    }
    if (a[1]) {
        Ref f = numberFloat(a[1]);
        if (!f) return false;
        timeout = floatValue(f.get());
    }
    if (!blocking && timeout != -1) {
        raiseError(interp, vm.exc.ValueError, "can't specify a timeout for a non-blocking call");
        return false;
    }
    if (timeout < 0 && timeout != -1) {
        raiseError(interp, vm.exc.ValueError, "timeout value must be a non-negative number");
        return false;
    }
    return true;
}

// A held lock is never released by another thread here: blocking forever would hang the engine.
Object* deadlock(Interpreter& interp, bool blocking, double timeout) {
    if (!blocking || timeout >= 0) return newRef(interp.falseObj);
    raiseError(interp, vmOf(interp).exc.RuntimeError,
               "acquire() would block forever: the lock is held and this engine runs one thread");
    return nullptr;
}

Object* lockAcquire(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *self->type->interp;
    bool blocking = true;
    double timeout = -1;
    if (!parseAcquireArgs(interp, args, nargs, kwnames, blocking, timeout)) return nullptr;
    if (asLock(self)->locked) return deadlock(interp, blocking, timeout);
    asLock(self)->locked = true;
    return newRef(interp.trueObj);
}

Object* lockRelease(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    if (!asLock(self)->locked) {
        raiseError(interp, vmOf(interp).exc.RuntimeError, "release unlocked lock");
        return nullptr;
    }
    asLock(self)->locked = false;
    return newRef(interp.none);
}

Object* lockExit(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    return lockRelease(self, args, nargs, nullptr);
}

Object* lockLocked(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    return newRef(asLock(self)->locked ? interp.trueObj : interp.falseObj);
}

Object* lockRepr(Object* self) {
    Interpreter& interp = *self->type->interp;
    return newStrFromUtf8(interp, formatString("<%s %s object at 0x%llx>", asLock(self)->locked ? "locked" : "unlocked",
                                               self->type->name.c_str(), static_cast<unsigned long long>(self->addr)))
        .release();
}

const MethodDef kLockMethods[] = {
    {"acquire_lock", lockAcquire, meth::kFastcall | meth::kKeywords},
    {"acquire", lockAcquire, meth::kFastcall | meth::kKeywords},
    {"release_lock", lockRelease, meth::kNoArgs},
    {"release", lockRelease, meth::kNoArgs},
    {"locked_lock", lockLocked, meth::kNoArgs},
    {"locked", lockLocked, meth::kNoArgs},
    {"__enter__", lockAcquire, meth::kFastcall | meth::kKeywords},
    {"__exit__", lockExit, meth::kFastcall},
    {nullptr, nullptr, 0},
};

Object* rlockAcquire(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *self->type->interp;
    bool blocking = true;
    double timeout = -1;
    if (!parseAcquireArgs(interp, args, nargs, kwnames, blocking, timeout)) return nullptr;
    RLockObject* r = asRLock(self);
    if (r->count > 0 && r->owner != kMainThreadIdent) return deadlock(interp, blocking, timeout);
    ++r->count;
    r->owner = kMainThreadIdent;
    return newRef(interp.trueObj);
}

Object* rlockRelease(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    RLockObject* r = asRLock(self);
    if (r->count == 0 || r->owner != kMainThreadIdent) {
        raiseError(interp, vmOf(interp).exc.RuntimeError, "cannot release un-acquired lock");
        return nullptr;
    }
    if (--r->count == 0) r->owner = 0;
    return newRef(interp.none);
}

Object* rlockExit(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    return rlockRelease(self, args, nargs, nullptr);
}

Object* rlockIsOwned(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    const RLockObject* r = asRLock(self);
    return newRef(r->count > 0 && r->owner == kMainThreadIdent ? interp.trueObj : interp.falseObj);
}

Object* rlockRepr(Object* self) {
    Interpreter& interp = *self->type->interp;
    const RLockObject* r = asRLock(self);
    return newStrFromUtf8(interp, formatString("<%s %s object owner=%lld count=%lld at 0x%llx>",
                                               r->count ? "locked" : "unlocked", self->type->name.c_str(),
                                               static_cast<long long>(r->owner), static_cast<long long>(r->count),
                                               static_cast<unsigned long long>(self->addr)))
        .release();
}

const MethodDef kRLockMethods[] = {
    {"acquire", rlockAcquire, meth::kFastcall | meth::kKeywords},
    {"release", rlockRelease, meth::kNoArgs},
    {"_is_owned", rlockIsOwned, meth::kNoArgs},
    {"__enter__", rlockAcquire, meth::kFastcall | meth::kKeywords},
    {"__exit__", rlockExit, meth::kFastcall},
    {nullptr, nullptr, 0},
};

template <class T> T* allocLock(Interpreter& interp, TypeObject* type) {
    auto* self = interp.newObject<T>(type, static_cast<std::uint64_t>(type->basicsize));
    if (self) interp.gc().track(self); // PyType_GenericAlloc
    return self;
}

Object* rlockNew(TypeObject* type, Object*, Object*) { return allocLock<RLockObject>(*type->interp, type); }

void lockDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    clearWeakrefs(o);
    interp.freeObject(o);
}

// Both types: the heap type is the only referent lock_traverse visits (the type here is static).
TypeObject* makeLockType(Interpreter& interp, const char* name, std::int64_t basicsize, std::uint64_t extraFlags) {
    TypeObject* t = interp.newStaticType(name, basicsize, 0, tpflags::kHaveGc | extraFlags, interp.types.object);
    t->type = interp.types.type;
    t->dealloc = lockDealloc;
    t->traverse = [](Object*, VisitProc, void*) -> int { return 0; };
    t->references = [](Object*, VisitProc, void*) {};
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->hash = interp.types.object->hash;
    t->richcompare = interp.types.object->richcompare;
    return t;
}

} // namespace

TypeObject* lockType(Interpreter& interp) {
    TypeObject*& slot = moduleType(interp, ModuleTypeId::ThreadLock);
    if (slot) return slot;
    TypeObject* t = makeLockType(interp, "_thread.lock", 40, 0);
    t->repr = lockRepr;
    t->label = [](const Object* o) { return std::string(static_cast<const LockObject*>(o)->locked ? "locked" : "unlocked"); };
    t->weaklistPtr = [](Object* o) -> Object** { return &asLock(o)->weakreflist; };
    t->slots.weaklistOffset = 24;
    addMethods(interp, t, kLockMethods);
    addSlotWrappers(interp, t);
    setHostDestructor<LockObject>(*t);
    slot = t;
    return t;
}

TypeObject* rlockType(Interpreter& interp) {
    TypeObject*& slot = moduleType(interp, ModuleTypeId::ThreadRLock);
    if (slot) return slot;
    TypeObject* t = makeLockType(interp, "_thread.RLock", 48, 0);
    t->repr = rlockRepr;
    t->label = [](const Object* o) { return "count=" + std::to_string(static_cast<const RLockObject*>(o)->count); };
    t->weaklistPtr = [](Object* o) -> Object** { return &asRLock(o)->weakreflist; };
    t->slots.weaklistOffset = 40;
    t->slots.tpNew = rlockNew;
    addMethods(interp, t, kRLockMethods);
    addSlotWrappers(interp, t);
    setHostDestructor<RLockObject>(*t);
    slot = t;
    return t;
}

Object* newLock(Interpreter& interp) { return allocLock<LockObject>(interp, lockType(interp)); }

} // namespace hs
