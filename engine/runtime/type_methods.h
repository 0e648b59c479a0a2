// Binding of the built-in types to the VM: their Python-visible methods, attributes and VM slots
// (CPython's method tables and tp_as_* structs), one file per family.
#pragma once

#include "objects/builtin_function_object.h"
#include "objects/type_object.h"

namespace hs {

class Interpreter;

// Binds every built-in type (called once by initVm, after the VM's own types exist).
void bindBuiltinTypes(Interpreter& interp);

// The families (type_methods_*.cpp).
void bindObjectAndType(Interpreter& interp);   // object, type, NoneType, NotImplementedType, ellipsis, code
void bindNumberTypes(Interpreter& interp);     // int, bool, float
void bindStrTypes(Interpreter& interp);        // str, bytes
void bindSequenceTypes(Interpreter& interp);   // list, tuple, range
void bindMappingTypes(Interpreter& interp);    // dict, set, frozenset

// list.append (METH_O) and list.pop (METH_FASTCALL), the C functions of their method descriptors:
// the CALL fast path recognises the descriptors by them (as CPython's callable_cache.list_append).
Object* listMethodAppend(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* listMethodPop(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);

// object's __reduce_ex__, __reduce__ and __getstate__ (type_methods_reduce.cpp), listed before its
// other methods as in CPython's object_methods.
extern const MethodDef kObjectPickleMethods[];

// _PyObject_GetState: obj.__getstate__() (object's own without the layout check), the state the
// built-in types' __reduce__ methods return. New reference, or empty with an error pending.
Ref objectGetState(Object* obj);

} // namespace hs
