// types.SimpleNamespace (Objects/namespaceobject.c): an object whose attributes live in its own
// dict; keyword-only construction, repr `namespace(a=1, b=2)`, equality by dict.
#pragma once

#include "objects/type_object.h"

namespace hs {

class Interpreter;

// Installs the slots of the SimpleNamespace type (VmTypes::simpleNamespace, 24 bytes: head + dict).
void initNamespaceType(Interpreter& interp);
// _PyNamespace_New: a new SimpleNamespace whose dict is updated from `kwds` (a dict, or null).
// New reference, or empty with the error pending.
Ref newNamespace(Interpreter& interp, Object* kwds);

} // namespace hs
