// The default unraisable hook's report (Python/errors.c write_unraisable_exc_file) and writes to
// sys.stderr.
#include "runtime/unraisable.h"

#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/str_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/traceback_print.h"
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

void writeUnraisable(Interpreter& interp, Object* obj, const char* message) {
    if (!errOccurred(interp)) return;
    Ref exc = fetchError(interp);
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
