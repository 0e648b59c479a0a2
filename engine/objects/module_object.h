// module (PyModuleObject, Objects/moduleobject.c): a namespace dict with a name; the repr
// `<module 'sys' (built-in)>`.
#pragma once

#include "objects/type_object.h"

#include <string_view>

namespace hs {

// +16 md_dict, +24 md_def, +32 md_state, +40 md_weaklist, +48 md_name (56 bytes + GC head).
struct ModuleObject : Object {
    Object* dict = nullptr;   // strong
    Object* name = nullptr;   // strong str
    Object* weaklist = nullptr;
    bool builtin = true;      // repr says "(built-in)"
    // CPython's __spec__ of this module has no `_initializing` attribute (importlib._bootstrap._setup
    // made it: sys, builtins), so every import that finds it in sys.modules raises and clears an
    // AttributeError in _PyModuleSpec_IsInitializing (Objects/moduleobject.c).
    bool specLacksInitializing = false;
};

bool isModule(const Object* o);
inline Object* moduleDict(Object* m) { return static_cast<ModuleObject*>(m)->dict; }
// PyModule_New(name): dict with __name__, __doc__ (None), __package__ (None), __loader__ (None),
// __spec__ (None). Tracked; new reference.
Ref newModule(Interpreter& interp, std::string_view name);
// PyModule_AddObjectRef: module.dict[name] = value. 0 / -1.
int moduleAddObject(Object* module, std::string_view name, Object* value);
// importlib's _init_module_attrs for an extension module of the reference build: __file__ is its
// shared library in lib-dynload (the reference python3.11's path), so repr() and "cannot import name"
// name it as CPython's do. 0, or -1 with the error pending.
int moduleSetExtensionFile(Object* module, std::string_view name);

void initModuleType(Interpreter& interp, TypeObject& t);

} // namespace hs
