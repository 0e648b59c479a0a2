// The typing module (CPython's own Lib/typing.py, 3.11.7's, frozen at build time with our patch, see
// modules/frozen/) and its accelerator _typing; both created "as if preloaded", as CPython has them at startup.
#include "modules/module_registry.h"
#include "modules/preload_scope.h"
#include "modules/source_module.h"
#include "objects/builtin_function_object.h"
#include "objects/module_object.h"
#include "runtime/protocols.h"

#include <string_view>

namespace hs {

namespace {

// The filename CPython's typing code objects carry (tracebacks name it and show its lines).
constexpr std::string_view kTypingFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/typing.py";
const char kTypingSource[] =
#include "modules/frozen/typing_py.inc" // generated: see engine/CMakeLists.txt
    ;

// _typing._idfunc(x): returns x (NewType.__call__, a builtin: not bound to the NewType).
Object* idFunc(Object*, Object* const* args, std::int64_t, Object*) {
    incref(args[0]);
    return args[0];
}
const MethodDef kIdFunc = {"_idfunc", idFunc, meth::kO, nullptr};

} // namespace

Object* createTypingBuiltinModule(Interpreter& interp) {
    PreloadScope preload(interp);
    Ref module = newModule(interp, "_typing");
    if (!module) return nullptr;
    Ref modName = internName(interp, "_typing");
    Ref fn = newBuiltinFunction(interp, &kIdFunc, module.get(), modName.get());
    if (!fn || moduleAddObject(module.get(), "_idfunc", fn.get()) < 0) return nullptr;
    return module.release();
}

Object* createTypingModule(Interpreter& interp) {
    return execSourceModule(interp, "typing", kTypingFile, kTypingSource, SourceModuleKind::kPreloaded, {});
}

std::string_view typingModuleSource(std::string_view filename) {
    if (filename != kTypingFile) return {};
    std::string_view text = kTypingSource;
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    return text;
}

} // namespace hs
