// function (PyFunctionObject, Objects/funcobject.c 3.11): code + globals + defaults + closure, the
// 152-byte GC object MAKE_FUNCTION and PyEval_EvalCode create.
#pragma once

#include "objects/type_object.h"

namespace hs {

// Host side of PyFunctionObject (136 bytes + 16 GC head). Simulated layout: +16 globals,
// +24 builtins, +32 name, +40 qualname, +48 code, +56 defaults, +64 kwdefaults, +72 closure,
// +80 doc, +88 dict, +96 weakreflist, +104 module, +112 annotations, +120 vectorcall, +128 version.
// Invariants: globals, builtins, name, qualname, code are strong and non-null while alive; the
// rest strong or null (doc is None when the code has no docstring).
struct FunctionObject : Object {
    Object* globals = nullptr;
    Object* builtins = nullptr;
    Object* name = nullptr;
    Object* qualname = nullptr;
    Object* code = nullptr;
    Object* defaults = nullptr;   // tuple or null
    Object* kwdefaults = nullptr; // dict or null
    Object* closure = nullptr;    // tuple of cells or null
    Object* doc = nullptr;
    Object* dict = nullptr;
    Object* weakreflist = nullptr;
    Object* module = nullptr;
    Object* annotations = nullptr;
    std::uint32_t version = 0;
};

inline FunctionObject* asFunction(Object* o) { return static_cast<FunctionObject*>(o); }
bool isFunction(const Object* o);

// PyFunction_NewWithQualName: code (a code object), globals (a dict); qualname null = co_qualname.
// __module__ comes from globals['__name__'], __doc__ from the first constant when it is a str and
// the code is a function body. builtins from globals['__builtins__'] (_PyEval_BuiltinsFromGlobals).
// New reference (tracked), or nullptr with MemoryError.
Ref newFunction(Interpreter& interp, Object* code, Object* globals, Object* qualname = nullptr);
// The builtins dict a globals dict implies (borrowed): globals['__builtins__'] (a module's dict
// or a dict), else the interpreter's builtins.
Object* builtinsFromGlobals(Interpreter& interp, Object* globals);

void initFunctionType(Interpreter& interp, TypeObject& t);

} // namespace hs
