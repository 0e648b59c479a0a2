// The atexit module (Modules/atexitmodule.c): register/unregister and the exit-time call of the
// callbacks, newest first, that Py_FinalizeEx makes before tearing the interpreter down.
#include "modules/module_registry.h"
#include "modules/preload_scope.h"

#include "objects/builtin_function_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/unraisable.h"
#include "vm/vm_state.h"

#include <algorithm>
#include <utility>

namespace hs {

namespace {

using AtexitCallback = VmState::AtexitCallback;

void removeRoot(VmState& vm, Object* o) {
    auto it = std::find(vm.extraRoots.begin(), vm.extraRoots.end(), o);
    if (it != vm.extraRoots.end()) vm.extraRoots.erase(it);
}

// atexit_delete_cb: empties slot i (its references dropped, its block freed).
void deleteCallback(VmState& vm, std::size_t i) {
    AtexitCallback cb = std::exchange(vm.atexitCallbacks[i], AtexitCallback{});
    if (cb.func == nullptr) return;
    for (Object* o : {cb.func, cb.args, cb.kwargs})
        if (o) removeRoot(vm, o);
    decref(cb.func);
    decref(cb.args);
    xdecref(cb.kwargs);
    vm.interp.freeBuffer(cb.block);
}

// atexit_cleanup: every slot emptied in order, then none left.
void cleanupCallbacks(VmState& vm) {
    for (std::size_t i = 0; i < vm.atexitCallbacks.size(); ++i) deleteCallback(vm, i);
    vm.atexitCallbacks.clear();
}

// register(func, *args, **kwargs): METH_VARARGS | METH_KEYWORDS, so the call packs the arguments
// into a new tuple and the keywords into a new dict (_PyObject_MakeTpCall, done here); the
// callback keeps PyTuple_GetSlice(args, 1, n) and that very dict.
Object* aRegister(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    VmState& vm = vmOf(self);
    Interpreter& interp = vm.interp;
    Ref argsTuple = tupleFromArray(interp, args, nargs);
    if (!argsTuple) return nullptr;
    Ref kwargs;
    if (const std::int64_t nkw = kwCount(kwnames); nkw > 0) {
        kwargs = newDictPresized(interp, nkw);
        if (!kwargs) return nullptr;
        for (std::int64_t i = 0; i < nkw; ++i)
            if (dictSetItem(kwargs.get(), tupleItem(kwnames, i), args[nargs + i]) < 0) return nullptr;
    }
    if (nargs == 0) {
        raiseError(interp, vm.exc.TypeError, "register() takes at least 1 argument (0 given)");
        return nullptr;
    }
    Object* func = args[0];
    if (!isCallable(func)) {
        raiseError(interp, vm.exc.TypeError, "the first argument must be callable");
        return nullptr;
    }
    AtexitCallback cb;
    cb.block = interp.allocBuffer(nullptr, 24);
    if (cb.block == 0) return nullptr;
    Ref cbArgs = tupleSlice(argsTuple.get(), 1, nargs);
    if (!cbArgs) {
        interp.freeBuffer(cb.block);
        return nullptr;
    }
    cb.args = cbArgs.release();
    cb.func = Ref::borrowed(func).release();
    cb.kwargs = kwargs.release();
    for (Object* o : {cb.func, cb.args, cb.kwargs})
        if (o) vm.extraRoots.push_back(o);
    vm.atexitCallbacks.push_back(cb);
    return Ref::borrowed(func).release();
}

// unregister(func): every slot whose func == func (first to last) is emptied.
Object* aUnregister(Object* self, Object* const* args, std::int64_t, Object*) {
    VmState& vm = vmOf(self);
    for (std::size_t i = 0; i < vm.atexitCallbacks.size(); ++i) {
        Object* f = vm.atexitCallbacks[i].func;
        if (f == nullptr) continue;
        Ref keep = Ref::borrowed(f);
        const int eq = objectRichCompareBool(f, args[0], CompareOp::Eq);
        if (eq < 0) return nullptr;
        if (eq) deleteCallback(vm, i);
    }
    return Ref::borrowed(vm.interp.none).release();
}

Object* aRunExitFuncs(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = vmOf(self).interp;
    runAtexitCallbacks(interp);
    return Ref::borrowed(interp.none).release();
}

Object* aClear(Object* self, Object* const*, std::int64_t, Object*) {
    VmState& vm = vmOf(self);
    cleanupCallbacks(vm);
    return Ref::borrowed(vm.interp.none).release();
}

Object* aNcallbacks(Object* self, Object* const*, std::int64_t, Object*) {
    VmState& vm = vmOf(self);
    return newInt(vm.interp, static_cast<std::int64_t>(vm.atexitCallbacks.size())).release();
}

const MethodDef kFunctions[] = {
    {"register", aRegister, meth::kFastcall | meth::kKeywords},
    {"unregister", aUnregister, meth::kO},
    {"_run_exitfuncs", aRunExitFuncs, meth::kNoArgs},
    {"_clear", aClear, meth::kNoArgs},
    {"_ncallbacks", aNcallbacks, meth::kNoArgs},
    {nullptr, nullptr, 0},
};

} // namespace

Object* createAtexitModule(Interpreter& interp) {
    PreloadScope preload(interp);
    Ref module = newModule(interp, "atexit");
    if (!module) return nullptr;
    Ref modName = internName(interp, "atexit");
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, module.get(), modName.get());
        moduleAddObject(module.get(), def->name, fn.get());
    }
    return module.release();
}

// atexit_callfuncs: newest slot first, empty slots skipped (a callback may unregister others or
// register more: those land past the slots being walked and are only cleaned up); errors are
// reported as "Exception ignored in atexit callback"; then atexit_cleanup.
void runAtexitCallbacks(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    if (vm.atexitCallbacks.empty()) return;
    PendingError saved = interp.takeError();
    for (std::size_t i = vm.atexitCallbacks.size(); i-- > 0;) {
        const AtexitCallback cb = vm.atexitCallbacks[i];
        if (cb.func == nullptr) continue;
        Ref func = Ref::borrowed(cb.func);
        Ref res = callTupleDict(cb.func, cb.args, cb.kwargs);
        if (!res) writeUnraisable(interp, func.get(), "in atexit callback");
    }
    cleanupCallbacks(vm);
    clearError(interp);
    interp.setPendingError(std::move(saved));
}

} // namespace hs
