// builtin_function_or_method (PyCFunctionObject, Objects/methodobject.c): C++ functions callable
// from Python — module functions (`len`) and methods bound to an instance (`[].append`) — and
// PyMethodDef, the table entry that describes them.
#pragma once

#include "objects/type_object.h"

#include <cstdint>

namespace hs {

// METH_* calling conventions. The function always receives vectorcall-style arguments; the flag
// decides which arity/keyword checks run first and which messages they give.
namespace meth {
constexpr int kVarargs = 0x0001; // METH_VARARGS: called with a new args tuple (+ kwargs dict), see callMethodDef
constexpr int kNoArgs = 0x0004;   // f()            "f() takes no arguments (1 given)"
constexpr int kO = 0x0008;        // f(x)           "f() takes exactly one argument (0 given)"
constexpr int kFastcall = 0x0080; // f(*args)       no keywords: "f() takes no keyword arguments"
constexpr int kKeywords = 0x0002; // with kFastcall: keywords allowed (kwnames passed through)
constexpr int kClass = 0x0010;    // classmethod of a static type (self = the type)
constexpr int kStatic = 0x0020;   // staticmethod of a static type (__self__ None; the C function gets the type)
} // namespace meth

// self: the bound object (module for module functions, instance for methods, type for class
// methods, null for static methods). args: nargs positional then one per kwnames entry.
using CFunction = Object* (*)(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);

struct MethodDef {
    const char* name;
    CFunction fn;
    int flags;
    const char* doc = nullptr;
};

// Host side of PyCFunctionObject (56 bytes + GC head; 64 with mm_class for METH_METHOD).
// Invariant: def points at static storage; self and module are strong or null.
struct BuiltinFunctionObject : Object {
    const MethodDef* def = nullptr;
    const TypeObject* owner = nullptr; // the type whose method this is (null for module functions)
    Object* self = nullptr;
    Object* module = nullptr;   // __module__ (a str) for module functions, else null
    Object* weakreflist = nullptr;
    // Host only: a module function's CPython doc, looked up once at creation from __module__
    // (which a program may rebind later).
    const char* moduleDoc = nullptr;
};

bool isBuiltinFunction(const Object* o);
// ml_doc as CPython 3.11 has it: CPython's text from the generated table (objects/builtin_docs.h)
// by the owning type (a method; __new__: the type it is bound to) or the module, else def->doc
// (the engine's own builtins). nullptr when there is none.
const char* internalDocOf(const BuiltinFunctionObject* f);
// m_self: `self`, or for a static type's staticmethod the owning type (CPython's type_add_method
// binds it so; PyCFunction_GET_SELF, hence __self__, still gives None). The C function gets it.
inline Object* cSelfOf(const BuiltinFunctionObject* f) {
    return f->self || !(f->def->flags & meth::kStatic) ? f->self : const_cast<TypeObject*>(f->owner);
}
// PyCFunction_NewEx: a heap object bound to self (new reference), as CPython creates for
// `[].append` (method descriptor __get__) — a GC allocation.
Ref newBuiltinFunction(Interpreter& interp, const MethodDef* def, Object* self, Object* module,
                       const TypeObject* owner = nullptr);
// A statically allocated builtin function (a static type's __new__, the function a static method
// wraps, the gc module's functions: never freed), starting at one reference, its owner's (the
// type's table, the staticmethod, the module dict) as for CPython's heap object. Borrowed.
Object* newStaticBuiltinFunction(Interpreter& interp, const MethodDef* def, Object* self, Object* module);

// Calls def->fn after the METH_* checks ("len() takes exactly one argument (2 given)"), counting a
// recursion level like cfunction_enter_call. `owner` is the type the method belongs to, null for
// module functions. The messages name the function as _PyObject_FunctionStr does: through its
// method descriptor (`bound` false: "list.clear()", the defining type's __qualname__) or through a
// bound builtin_function_or_method (`bound`: meth_get__qualname__'s type(self), or self when it is
// a class: "MyList.clear()", "CSV.__init_subclass__()"; cfunction_call's bare name for
// METH_VARARGS).
Object* callMethodDef(Interpreter& interp, const MethodDef* def, const TypeObject* owner, Object* self,
                      Object* const* args, std::int64_t nargs, Object* kwnames, bool bound = false);

void initBuiltinFunctionType(Interpreter& interp, TypeObject& t);

} // namespace hs
