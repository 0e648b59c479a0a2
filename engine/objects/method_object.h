// method (PyMethodObject, Objects/classobject.c): a function bound to an instance, as `obj.m`
// creates it (48 bytes + 16 GC head).
#pragma once

#include "objects/type_object.h"

namespace hs {

// +16 im_func, +24 im_self, +32 im_weakreflist, +40 vectorcall. func and self are strong.
struct MethodObject : Object {
    Object* func = nullptr;
    Object* self = nullptr;
    Object* weakreflist = nullptr;
};

bool isMethod(const Object* o);
inline Object* methodFunc(Object* m) { return static_cast<MethodObject*>(m)->func; }
inline Object* methodSelf(Object* m) { return static_cast<MethodObject*>(m)->self; }
// PyMethod_New: tracked; new reference.
Ref newMethod(Interpreter& interp, Object* func, Object* self);

void initMethodType(Interpreter& interp, TypeObject& t);

} // namespace hs
