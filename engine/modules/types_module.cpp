// The types module (Lib/types.py, preloaded by CPython's startup): names for the interpreter's
// built-in types (FunctionType, ModuleType, ...) and SimpleNamespace.
#include "modules/module_registry.h"
#include "modules/preload_scope.h"

#include "objects/module_object.h"
#include "objects/namespace_object.h"
#include "objects/str_object.h"
#include "vm/vm_state.h"

#include <utility>

namespace hs {

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
    return module.release();
}

} // namespace hs
