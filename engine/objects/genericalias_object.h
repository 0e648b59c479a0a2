// types.GenericAlias (Objects/genericaliasobject.c): `list[int]`, made by the built-in types'
// __class_getitem__ and by subscripting `type`; plus the shared parameter helpers of unionobject.c.
#pragma once

#include "objects/builtin_function_object.h"
#include "objects/object.h"

#include <cstdint>
#include <string>

namespace hs {

class Interpreter;

// gaobject: +16 origin, +24 args, +32 parameters (lazy), +40 weakreflist, +48 starred, +56
// vectorcall. Invariant: origin and args (a tuple) are strong once setup ran; parameters strong or null.
struct GenericAliasObject : Object {
    Object* origin = nullptr;
    Object* args = nullptr;
    Object* parameters = nullptr;
    Object* weakreflist = nullptr;
    bool starred = false;
};

// Installs the slots of VmTypes::genericAlias (gaobject: 64 bytes + GC head) and its iterator.
void initGenericAliasType(Interpreter& interp);
// Adds __class_getitem__ (a classmethod_descriptor calling Py_GenericAlias) to the built-in types
// CPython gives one (list, dict, tuple, set, frozenset, enumerate, mappingproxy, weakref.ref,
// BaseExceptionGroup). Runs after the built-in types are bound.
void addBuiltinClassGetItems(Interpreter& interp);
// {"__class_getitem__", ..., METH_O | METH_CLASS} then the terminator: for module-made types
// (deque, defaultdict, itertools.chain) to pass to addMethods.
extern const MethodDef kClassGetItemMethods[];

// Py_GenericAlias(origin, args): a new alias (args not a tuple is packed into a 1-tuple). New
// reference, or empty with an error pending.
Ref newGenericAlias(Interpreter& interp, Object* origin, Object* args);
bool isGenericAlias(const Object* o); // _PyGenericAlias_Check (exact type or subclass)

// _Py_make_parameters: the type variables among args (objects with __typing_subst__, and the
// __parameters__ of nested aliases), deduplicated in order. New reference.
Ref makeTypeParameters(Interpreter& interp, Object* args);
// _Py_subs_parameters: args with `parameters` replaced by the items of `item` (a tuple or one
// object); TypeError "Too many/few arguments for <self>" on a count mismatch. New reference.
Ref substituteTypeParameters(Object* self, Object* args, Object* parameters, Object* item);
// The repr of one alias argument (ga_repr_item / union_repr_item): "..." for Ellipsis, the repr of
// alias-like objects, `qualname` for builtins classes, `module.qualname` for other classes.
bool appendTypeReprItem(Object* p, std::string& out);

} // namespace hs
