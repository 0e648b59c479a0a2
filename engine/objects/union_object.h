// types.UnionType (Objects/unionobject.c): `int | str`, made by `|` between types, aliases, None and
// unions; isinstance/issubclass accept it as a tuple of its args.
#pragma once

#include "objects/object.h"

namespace hs {

class Interpreter;

// Installs the slots of VmTypes::unionType (unionobject: 32 bytes + GC head) and `|` on type.
void initUnionType(Interpreter& interp);
// _Py_union_type_or: nb_or of type, GenericAlias and UnionType. New reference (NotImplemented when
// an operand is not a type, alias, union or None).
Object* unionTypeOr(Object* self, Object* other);
bool isUnion(const Object* o); // _PyUnion_Check
// _Py_union_args: the union's args tuple (borrowed).
Object* unionArgs(Object* o);

} // namespace hs
