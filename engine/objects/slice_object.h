// slice (PySliceObject, Objects/sliceobject.c): start/stop/step, 40 bytes + 16 GC head; 3.11 keeps
// one cached slice object for reuse.
#pragma once

#include "objects/type_object.h"

namespace hs {

struct SliceObject : Object {
    Object* start = nullptr; // strong (None when omitted)
    Object* stop = nullptr;
    Object* step = nullptr;
};

bool isSlice(const Object* o);
// PySlice_New: null arguments mean None. New reference (tracked).
Ref newSlice(Interpreter& interp, Object* start, Object* stop, Object* step);
// PySlice_Unpack: start/stop/step as Py_ssize_t (clamped); false with an error ("slice step cannot
// be zero", "slice indices must be integers or None or have an __index__ method").
bool sliceUnpack(Object* slice, std::int64_t& start, std::int64_t& stop, std::int64_t& step);
// PySlice_AdjustIndices: returns the slice length.
std::int64_t sliceAdjustIndices(std::int64_t length, std::int64_t& start, std::int64_t& stop, std::int64_t step);

void initSliceType(Interpreter& interp, TypeObject& t);

} // namespace hs
