// The default unraisable hook's report (Python/errors.c write_unraisable_exc_file) and writes to
// sys.stderr.
#include "runtime/unraisable.h"

#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/str_object.h"
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
        vm.hostStderr += text;
    }
    interp.setPendingError(std::move(saved));
}

namespace {

// _PyErr_WriteUnraisableMsg's "exc_tb == NULL" step: an error raised from C (no Python frame left
// it) gets a one-entry traceback of the current complete frame (_PyTraceBack_FromFrame(NULL,
// PyThreadState_GetFrame()), materializing its frame object), set on the exception. Without a
// running frame (program exit) it stays without one.
void addCurrentFrameTraceback(Interpreter& interp, Object* exc) {
    Object* old = exceptionTraceback(exc);
    if (old != nullptr && old != interp.none) return;
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

} // namespace

void writeUnraisable(Interpreter& interp, Object* obj, const char* message) {
    if (!errOccurred(interp)) return;
    Ref exc = fetchError(interp);
    if (exc && isExceptionInstance(exc.get())) addCurrentFrameTraceback(interp, exc.get());
    std::string text;
    if (obj != nullptr && obj != interp.none) {
        text += message ? std::string("Exception ignored ") + message + ": " : std::string("Exception ignored in: ");
        Ref r = objectRepr(obj);
        if (r) {
            text += strToUtf8(r.get());
        } else {
            clearError(interp);
            text += "<object repr() failed>";
        }
        text += "\n";
    } else if (message != nullptr) {
        text += std::string("Exception ignored ") + message + ":\n";
    }
    if (exc && isExceptionInstance(exc.get())) {
        Object* tb = exceptionTraceback(exc.get());
        if (tb != nullptr && tb != interp.none) text += formatTraceback(tb);
        const TypeObject* t = exc->type;
        const std::string module = typeModuleName(t);
        if (module != "builtins" && module != "__main__") text += module + ".";
        text += typeQualName(t);
        text += ": ";
        Ref s = objectStr(exc.get());
        if (s) {
            text += strToUtf8(s.get());
        } else {
            clearError(interp);
            text += "<exception str() failed>";
        }
        text += "\n";
    }
    writeSysStderr(interp, text);
    clearError(interp);
}

} // namespace hs
