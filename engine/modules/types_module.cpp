// The types module (Lib/types.py, preloaded by CPython's startup): names for the interpreter's
// built-in types (FunctionType, ModuleType, ...) and SimpleNamespace.
#include "modules/module_registry.h"
#include "modules/source_module.h"
#include "modules/preload_scope.h"

#include "frontend/compiler.h"
#include "objects/dict_object.h"
#include "objects/module_object.h"
#include "objects/namespace_object.h"
#include "objects/str_object.h"
#include "runtime/errors.h"
#include "vm/eval.h"
#include "vm/vm_state.h"

#include <utility>

namespace hs {

namespace {
// types.py's Python-level classes (DynamicClassAttribute), run in the module's namespace.
constexpr std::string_view kTypesFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/types.py";
const char kTypesSource[] =
#include "modules/pysrc/types_py.inc"
    ;
} // namespace

std::string_view typesModuleSource(std::string_view filename) {
    if (filename != kTypesFile) return {};
    std::string_view text = kTypesSource;
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    return text;
}

Object* createTypesModule(Interpreter& interp) {
    // CPython imported types.py at startup: its objects are old and its import leaves no residue.
    PreloadScope preload(interp);
    VmState& vm = vmOf(interp);
    initNamespaceType(interp);
    Ref module = newModule(interp, "types");
    if (!module) return nullptr;
    Object* m = module.get();
    const std::pair<const char*, TypeObject*> kNames[] = {
        {"FunctionType", vm.types.function},
        {"LambdaType", vm.types.function},
        {"CodeType", interp.types.code},
        {"MappingProxyType", vm.types.mappingproxy},
        {"SimpleNamespace", vm.types.simpleNamespace},
        {"CellType", vm.types.cell},
        {"GeneratorType", vm.types.generator},
        {"CoroutineType", vm.types.coroutine},
        {"AsyncGeneratorType", vm.types.asyncGenerator},
        {"MethodType", vm.types.method},
        {"BuiltinFunctionType", vm.types.builtinFunction},
        {"BuiltinMethodType", vm.types.builtinFunction},
        {"WrapperDescriptorType", vm.types.wrapperDescriptor},
        {"MethodWrapperType", vm.types.methodWrapper},
        {"MethodDescriptorType", vm.types.methodDescriptor},
        {"ClassMethodDescriptorType", vm.types.classmethodDescriptor},
        {"ModuleType", vm.types.module},
        {"TracebackType", vm.types.traceback},
        {"FrameType", vm.types.frame},
        {"GetSetDescriptorType", vm.types.getsetDescriptor},
        {"MemberDescriptorType", vm.types.memberDescriptor},
        {"EllipsisType", interp.types.ellipsis},
        {"NoneType", interp.types.none},
        {"NotImplementedType", interp.types.notImplemented},
        {"GenericAlias", vm.types.genericAlias},
        {"UnionType", vm.types.unionType},
    };
    for (const auto& [name, type] : kNames)
        if (type && moduleAddObject(m, name, type) < 0) return nullptr;
    std::string_view text = kTypesSource;
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    Object* dict = moduleDict(m);
    if (dictSetItem(dict, vm.names.__builtins__, vm.builtinsModule) < 0) return nullptr;
    if (!runModuleSource(interp, dict, text, kTypesFile)) return nullptr;
    return module.release();
}

} // namespace hs
