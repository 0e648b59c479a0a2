// The collections and _collections modules: deque (objects/deque_object.cpp) and the names a
// course reaches through `collections`. CPython has both loaded at startup, so the first import
// here runs inside a PreloadScope. namedtuple and Counter (Python classes in Lib/collections) are
// not provided: using them is the AttributeError of a missing module attribute.
#include "modules/module_registry.h"

#include "modules/preload_scope.h"
#include "objects/defaultdict_object.h"
#include "objects/deque_object.h"
#include "objects/ordereddict_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

// The types both modules export, in CPython's module order.
void addTypes(Interpreter& interp, Object* module) {
    moduleAddObject(module, "deque", dequeType(interp));
    moduleAddObject(module, "defaultdict", defaultDictType(interp));
    moduleAddObject(module, "OrderedDict", orderedDictType(interp));
}

} // namespace

Object* createCollectionsBuiltinModule(Interpreter& interp) {
    PreloadScope preload(interp);
    Ref module = newModule(interp, "_collections");
    if (!module) return nullptr;
    addTypes(interp, module.get());
    return module.release();
}

Object* createCollectionsModule(Interpreter& interp) {
    PreloadScope preload(interp);
    Ref builtin = importModule(interp, "_collections"); // collections/__init__.py imports it first
    if (!builtin) return nullptr;
    Ref module = newModule(interp, "collections");
    if (!module) return nullptr;
    addTypes(interp, module.get());
    return module.release();
}

} // namespace hs
