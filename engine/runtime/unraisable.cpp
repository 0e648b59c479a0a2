// _PyErr_WriteUnraisableMsg (Python/errors.c): sys.unraisablehook called with an
// UnraisableHookArgs, the default hook's report (write_unraisable_exc_file), and writes to sys.stderr.
#include "runtime/unraisable.h"

#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/str_object.h"
#include "objects/structseq_object.h"
#include "objects/traceback_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/traceback_print.h"
#include "vm/frame.h"
#include "vm/vm_state.h"

namespace hs {

void writeSysStderr(Interpreter& interp, std::string_view text) {
    VmState& vm = vmOf(interp);
    PendingError saved = interp.takeError();
    Object* err = vm.sysDict ? dictGetItem(vm.sysDict, vm.names.stderr_) : nullptr;
    if (err != nullptr && err != interp.none) {
        Ref s = newStrFromUtf8(interp, text);
        Object* arg = s.get();
        if (!s || !callMethod(err, vm.names.write, &arg, 1)) clearError(interp);
    } else {
        clearError(interp);
        writeHostStderr(interp, text);
    }
    interp.setPendingError(std::move(saved));
}

namespace {

bool isSet(Interpreter& interp, Object* o) { return o != nullptr && o != interp.none; }

// _PyErr_WriteUnraisableMsg's "exc_tb == NULL" step: an error raised from C (no Python frame left
// it) gets a one-entry traceback of the current complete frame (_PyTraceBack_FromFrame(NULL,
// PyThreadState_GetFrame()), materializing its frame object), set on the exception. Without a
// running frame (program exit) it stays without one.
void addCurrentFrameTraceback(Interpreter& interp, Object* exc) {
    if (isSet(interp, exceptionTraceback(exc))) return;
    VmState& vm = vmOf(interp);
    Frame* f = vm.currentFrame;
    while (f && f->isIncomplete()) f = f->previous;
    if (!f) return;
    Object* fo = frameObjectOf(vm, f);
    if (!fo) {
        clearError(interp);
        return;
    }
    const int lasti = (f->lastIndex() < 0 ? 0 : f->lastIndex()) * 2;
    Ref tb = newTraceback(interp, nullptr, fo, lasti, f->code->lineForOffset(lasti));
    if (tb) {
        setExceptionTraceback(exc, tb.release());
    } else {
        clearError(interp);
    }
}

// write_unraisable_exc_file: the header (err_msg and/or repr(obj)), the traceback, then
// "<module.>Qualname: <str(value)>" (": " even for an empty message). Nothing past the header
// without an exception type. Errors while formatting are cleared.
void writeDefault(Interpreter& interp, Object* excType, Object* excValue, Object* excTb, Object* errMsg, Object* obj) {
    std::string text;
    auto strOf = [&](Object* o, const char* failed) {
        Ref s = objectStr(o);
        if (s) return strToUtf8(s.get());
        clearError(interp);
        return std::string(failed);
    };
    if (isSet(interp, obj)) {
        text += isSet(interp, errMsg) ? strOf(errMsg, "") + ": " : std::string("Exception ignored in: ");
        Ref r = objectRepr(obj);
        if (r) {
            text += strToUtf8(r.get());
        } else {
            clearError(interp);
            text += "<object repr() failed>";
        }
        text += "\n";
    } else if (isSet(interp, errMsg)) {
        text += strOf(errMsg, "") + ":\n";
    }
    if (isSet(interp, excTb) && isTraceback(excTb)) text += formatTraceback(excTb);
    if (isSet(interp, excType)) {
        if (excType->type->isSubtypeOf(interp.types.type)) {
            const TypeObject* t = static_cast<const TypeObject*>(excType);
            const std::string module = typeModuleName(t);
            if (module != "builtins" && module != "__main__") text += module + ".";
            text += typeQualName(t);
        } else {
            text += "<unknown>";
        }
        if (isSet(interp, excValue)) text += ": " + strOf(excValue, "<exception str() failed>");
        text += "\n";
    }
    writeSysStderr(interp, text);
}

// make_unraisable_hook_args: UnraisableHookArgs(exc_type, exc_value, exc_traceback, err_msg,
// object), None for what is missing. Untracked, as PyStructSequence_New leaves it.
Ref makeHookArgs(Interpreter& interp, Object* exc, Object* errMsg, Object* obj) {
    auto orNone = [&](Object* o) { return Ref::borrowed(o ? o : interp.none); };
    Object* tb = exc ? exceptionTraceback(exc) : nullptr;
    return makeStructSeq(interp, vmOf(interp).types.unraisableHookArgs,
                         {orNone(exc ? static_cast<Object*>(exc->type) : nullptr), orNone(exc), orNone(tb), orNone(errMsg),
                          orNone(obj)});
}

} // namespace

void writeUnraisable(Interpreter& interp, Object* obj, const char* message) {
    if (!errOccurred(interp)) return;
    VmState& vm = vmOf(interp);
    Ref exc = fetchError(interp);
    if (exc && isExceptionInstance(exc.get())) addCurrentFrameTraceback(interp, exc.get());
    Ref errMsg;
    if (message != nullptr) {
        errMsg = newStrFromUtf8(interp, std::string("Exception ignored ") + message);
        if (!errMsg) clearError(interp);
    }
    Ref objRef = Ref::borrowed(obj);
    Object* hookName = findInterned(interp, "unraisablehook");
    Object* hook = vm.sysDict && hookName ? dictGetItem(vm.sysDict, hookName) : nullptr;
    if (hook != nullptr && hook != interp.none && vm.types.unraisableHookArgs != nullptr) {
        Ref hookRef = Ref::borrowed(hook);
        Ref args = makeHookArgs(interp, exc.get(), errMsg.get(), obj);
        if (!args) {
            errMsg = newStrFromUtf8(interp, "Exception ignored on building sys.unraisablehook arguments");
            objRef = Ref();
        } else {
            Object* a = args.get();
            Ref res = call(hook, &a, 1);
            if (res) {
                clearError(interp);
                return;
            }
            // sys.unraisablehook failed: its own error is logged by the default hook instead.
            objRef = hookRef;
            errMsg = newStrFromUtf8(interp, "Exception ignored in sys.unraisablehook");
        }
        if (!errMsg) clearError(interp);
        exc = fetchError(interp);
    }
    Object* e = exc.get();
    writeDefault(interp, e ? static_cast<Object*>(e->type) : nullptr, e, e ? exceptionTraceback(e) : nullptr, errMsg.get(),
                 objRef.get());
    clearError(interp);
}

Object* unraisableDefaultHook(Interpreter& interp, Object* args) {
    VmState& vm = vmOf(interp);
    if (args->type != vm.types.unraisableHookArgs) {
        raiseError(interp, vm.exc.TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
        return nullptr;
    }
    Object* const* f = tupleItems(args);
    writeDefault(interp, f[0], f[1], f[2], f[3], f[4]);
    return Ref::borrowed(interp.none).release();
}

} // namespace hs
