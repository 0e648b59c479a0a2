// The warnings module: CPython's Lib/warnings.py (its pure-Python path, as without _warnings) run as a
// preloaded module, with warn and warn_explicit as builtins over its Python bodies, as _warnings' are.
#include "modules/module_registry.h"
#include "modules/preload_scope.h"
#include "modules/source_module.h"

#include "objects/builtin_function_object.h"
#include "objects/exception_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

constexpr std::string_view kWarningsFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/warnings.py";
// frozen/warnings.py.patch: literal patterns instead of re, _warnings' check_matched and init_filters.
const char kWarningsSource[] =
#include "modules/frozen/warnings_py.inc" // generated
    ;

// warnings.warn / warnings.warn_explicit: self is the Python function with the body. An error it
// raises (the "error" action's `raise message`) leaves as from C code: without the tracebacks
// entries of warnings.py's frames, so a report shows only the caller's line, as CPython's does.
Object* callBody(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Ref result = call(self, args, nargs, kwnames);
    if (result) return result.release();
    Interpreter& interp = *self->type->interp;
    if (Object* exc = normalizedError(interp)) {
        Ref keep = Ref::borrowed(exc);
        PendingError saved = interp.takeError();
        setExceptionTraceback(exc, nullptr);
        interp.setPendingError(std::move(saved));
    }
    return nullptr;
}

const MethodDef kWarn = {"warn", callBody, meth::kFastcall | meth::kKeywords, "Issue a warning, or maybe ignore it or raise an exception."};
const MethodDef kWarnExplicit = {"warn_explicit", callBody, meth::kFastcall | meth::kKeywords, "Low-level interface to warnings functionality."};

} // namespace

Object* createWarningsModule(Interpreter& interp) {
    PreloadScope preload(interp); // CPython imports warnings at startup
    Ref module(execSourceModule(interp, "warnings", kWarningsFile, kWarningsSource, SourceModuleKind::kPreloaded, {}));
    if (!module) return nullptr;
    Ref modName = internName(interp, "_warnings"); // their __module__, as _warnings' functions
    for (const MethodDef* def : {&kWarn, &kWarnExplicit}) {
        Ref body = getAttrStr(module.get(), def->name);
        if (!body) return nullptr;
        Ref fn = newBuiltinFunction(interp, def, body.get(), modName.get());
        if (!fn || moduleAddObject(module.get(), def->name, fn.get()) < 0) return nullptr;
    }
    // The reference runner (cpython_cells.py) calls warnings.simplefilter("ignore") before the first
    // cell: warnings are not part of the transcript unless a cell changes the filters.
    Ref simplefilter = getAttrStr(module.get(), "simplefilter");
    Ref ignore = newStrFromUtf8(interp, "ignore");
    Object* argv[1] = {ignore.get()};
    if (!simplefilter || !ignore || !call(simplefilter.get(), argv, 1)) return nullptr;
    return module.release();
}

std::string_view warningsModuleSource(std::string_view filename) {
    std::string_view text;
    if (filename == kWarningsFile) text = kWarningsSource;
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    return text;
}

} // namespace hs
