// The array module (Modules/arraymodule.c): array.array / ArrayType (objects/array_object.cpp)
// and typecodes. Not preloaded in CPython; created on first import without disturbing the gc state.
#include "modules/module_registry.h"

#include "modules/preload_scope.h"
#include "objects/array_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/protocols.h"

namespace hs {

Object* createArrayModule(Interpreter& interp) {
    PreloadScope preload(interp);
    Ref module = newModule(interp, "array");
    if (!module) return nullptr;
    TypeObject* array = arrayType(interp);
    Ref typecodes = newStrFromAscii(interp, arrayTypecodes());
    if (!typecodes || moduleAddObject(module.get(), "typecodes", typecodes.get()) < 0 ||
        moduleAddObject(module.get(), "array", array) < 0 || moduleAddObject(module.get(), "ArrayType", array) < 0)
        return nullptr;
    if (moduleSetExtensionFile(module.get(), "array") < 0) return nullptr;
    return module.release();
}

} // namespace hs
