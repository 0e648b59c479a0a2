// The methods bytes and bytearray share (Objects/bytes_methods.c, bytesobject.c, bytearrayobject.c and
// Objects/stringlib of 3.11): searching, splitting, stripping, case mapping, padding, joining, fromhex.
#pragma once

#include "objects/type_object.h"

namespace hs {

// Adds the shared methods to `bytes` (results are bytes; the exact type returns itself where
// CPython's STRINGLIB_CHECK_EXACT does) or to `bytearray` (results are always new bytearrays).
void addSharedBytesMethods(Interpreter& interp, TypeObject* type, bool bytearray);

} // namespace hs
