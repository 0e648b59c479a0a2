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

namespace hs {

namespace {

// The callbacks live in the module's dict under this name: a list of (func, args, kwargs or None)
// tuples in registration order (CPython keeps them in the interpreter's atexit state).
constexpr const char* kCallbacksName = "_exithandlers";

Object* callbacksOf(Object* module) {
    Object* dict = moduleDict(module);
    Ref key = internName(vmOf(module).interp, kCallbacksName);
    return dictGetItem(dict, key.get());
}

Object* aRegister(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    VmState& vm = vmOf(self);
    Interpreter& interp = vm.interp;
    if (nargs == 0) {
        raiseError(interp, vm.exc.TypeError, "register() takes at least 1 argument (0 given)");
        return nullptr;
    }
    Object* func = args[0];
    if (!isCallable(func)) {
        raiseError(interp, vm.exc.TypeError, "the first argument must be callable");
        return nullptr;
    }
    Ref cbArgs = tupleFromArray(interp, args + 1, nargs - 1);
    if (!cbArgs) return nullptr;
    Ref kwargs = Ref::borrowed(interp.none);
    if (kwCount(kwnames) > 0) {
        kwargs = newDict(interp);
        if (!kwargs) return nullptr;
        for (std::int64_t i = 0; i < kwCount(kwnames); ++i)
            if (dictSetItem(kwargs.get(), tupleItem(kwnames, i), args[nargs + i]) < 0) return nullptr;
    }
    Ref entry = tuplePack(interp, {func, cbArgs.get(), kwargs.get()});
    Object* list = callbacksOf(self);
    if (!entry || !list || listAppend(list, entry.get()) < 0) return nullptr;
    incref(func);
    return func;
}

Object* aUnregister(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = vmOf(self).interp;
    Object* list = callbacksOf(self);
    Ref keep;
    for (std::int64_t i = list ? listSize(list) : 0; --i >= 0;) {
        keep = Ref::borrowed(listItem(list, i));
        const int eq = objectRichCompareBool(tupleItem(keep.get(), 0), args[0], CompareOp::Eq);
        if (eq < 0) return nullptr;
        if (eq && listDelItem(list, i) < 0) return nullptr;
    }
    incref(interp.none);
    return interp.none;
}

Object* aRunExitFuncs(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = vmOf(self).interp;
    runAtexitCallbacks(interp);
    incref(interp.none);
    return interp.none;
}

Object* aClear(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = vmOf(self).interp;
    if (Object* list = callbacksOf(self))
        listClear(list);
    incref(interp.none);
    return interp.none;
}

Object* aNcallbacks(Object* self, Object* const*, std::int64_t, Object*) {
    Object* list = callbacksOf(self);
    return newInt(vmOf(self).interp, list ? listSize(list) : 0).release();
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
    Ref list = newList(interp, 0);
    if (!list || moduleAddObject(module.get(), kCallbacksName, list.get()) < 0) return nullptr;
    return module.release();
}

void runAtexitCallbacks(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    Ref key = internName(interp, "atexit");
    Object* module = dictGetItem(vm.modules, key.get());
    if (!module || !isModule(module)) return;
    Ref list = Ref::borrowed(callbacksOf(module));
    if (!list) return;
    PendingError saved = interp.takeError();
    // atexit_callfuncs: newest first; a callback may unregister others (their slots then hold
    // nothing), so the list is snapshotted and each entry re-checked.
    Ref snapshot = sequenceList(list.get());
    for (std::int64_t i = snapshot ? listSize(snapshot.get()) : 0; --i >= 0;) {
        Object* entry = listItem(snapshot.get(), i);
        bool registered = false;
        for (std::int64_t j = 0; j < listSize(list.get()) && !registered; ++j) registered = listItem(list.get(), j) == entry;
        if (!registered) continue;
        Ref func = Ref::borrowed(tupleItem(entry, 0));
        Object* kwargs = tupleItem(entry, 2);
        Ref res = callTupleDict(func.get(), tupleItem(entry, 1), kwargs == interp.none ? nullptr : kwargs);
        if (!res) writeUnraisable(interp, func.get(), "in atexit callback");
    }
    listClear(list.get());
    clearError(interp);
    interp.setPendingError(std::move(saved));
}

} // namespace hs
