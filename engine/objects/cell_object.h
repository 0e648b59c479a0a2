// cell (PyCellObject, Objects/cellobject.c): the box closures share a variable through.
#pragma once

#include "objects/type_object.h"

namespace hs {

// Host side of PyCellObject (24 bytes + 16 GC head): +16 ob_ref (strong or null = empty).
struct CellObject : Object {
    Object* ref = nullptr;
};

bool isCell(const Object* o);
inline Object* cellGet(Object* c) { return static_cast<CellObject*>(c)->ref; }
// Replaces the contents (takes a new reference, may be null) and releases the old value.
void cellSet(Object* c, Object* value);
// PyCell_New(value) (increfs value, may be null). Tracked. New reference.
Ref newCell(Interpreter& interp, Object* value);

void initCellType(Interpreter& interp, TypeObject& t);

} // namespace hs
