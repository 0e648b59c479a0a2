// _collections._tuplegetter (Modules/_collectionsmodule.c): the field descriptor of namedtuple
// classes, reading item `index` of a tuple instance; read-only ("can't set attribute").
#pragma once

namespace hs {

class Interpreter;
struct TypeObject;

// The _tuplegetter type (created on first use, stored under ModuleTypeId::TupleGetter). Borrowed.
TypeObject* tupleGetterType(Interpreter& interp);

} // namespace hs
