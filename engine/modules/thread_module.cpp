// The _thread module (Modules/_threadmodule.c), preloaded in CPython: the engine runs one thread,
// so get_ident is constant and locks never wait (objects/lock_object.cpp); no threads are started.
#include "modules/module_registry.h"
#include "modules/preload_scope.h"

#include "objects/builtin_function_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/lock_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

// The main thread's ident (lock_object.cpp's RLock owner is the same value).
constexpr std::int64_t kMainThreadIdent = 1;

Object* tGetIdent(Object* self, Object* const*, std::int64_t, Object*) {
    return newInt(*self->type->interp, kMainThreadIdent).release();
}

Object* tAllocateLock(Object* self, Object* const*, std::int64_t, Object*) { return newLock(*self->type->interp); }

Object* tCount(Object* self, Object* const*, std::int64_t, Object*) { return newInt(*self->type->interp, 0).release(); }

Object* tStartNewThread(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    raiseError(interp, vmOf(interp).exc.RuntimeError, "can't start new thread: this engine runs one thread");
    return nullptr;
}

const MethodDef kFunctions[] = {
    {"get_ident", tGetIdent, meth::kNoArgs},
    {"get_native_id", tGetIdent, meth::kNoArgs},
    {"allocate_lock", tAllocateLock, meth::kNoArgs},
    {"allocate", tAllocateLock, meth::kNoArgs},
    {"_count", tCount, meth::kNoArgs},
    {"start_new_thread", tStartNewThread, meth::kFastcall | meth::kKeywords},
    {"start_new", tStartNewThread, meth::kFastcall | meth::kKeywords},
    {nullptr, nullptr, 0},
};

} // namespace

Object* createThreadModule(Interpreter& interp) {
    PreloadScope preload(interp);
    Ref module = newModule(interp, "_thread");
    if (!module) return nullptr;
    Ref modName = internName(interp, "_thread");
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, module.get(), modName.get());
        if (!fn || moduleAddObject(module.get(), def->name, fn.get()) < 0) return nullptr;
    }
    VmState& vm = vmOf(interp);
    moduleAddObject(module.get(), "LockType", lockType(interp));
    moduleAddObject(module.get(), "lock", lockType(interp));
    moduleAddObject(module.get(), "RLock", rlockType(interp));
    moduleAddObject(module.get(), "error", vm.exc.RuntimeError);
    Ref timeoutMax = newFloat(interp, 9223372036.0);
    if (!timeoutMax || moduleAddObject(module.get(), "TIMEOUT_MAX", timeoutMax.get()) < 0) return nullptr;
    return module.release();
}

} // namespace hs
