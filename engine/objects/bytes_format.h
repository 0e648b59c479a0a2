// printf-style bytes formatting (Objects/bytesobject.c _PyBytes_FormatEx 3.11): `bytes % args`
// and `bytearray % args`, built with a model of _PyBytesWriter.
#pragma once

#include "objects/type_object.h"

#include <string_view>

namespace hs {

class Interpreter;

// _PyBytes_FormatEx(fmt, args, use_bytearray): a new bytes (or bytearray) reference, or an empty
// Ref with the error pending. `fmt` must stay valid while Python code runs (callers pass a copy of
// a bytearray's bytes).
Ref bytesPercentFormat(Interpreter& interp, std::string_view fmt, Object* args, bool bytearray);

// Sets the nb_remainder slot of bytes and bytearray (bytes_mod / bytearray_mod), before the slot
// wrappers are made.
void bindBytesPercent(Interpreter& interp);

} // namespace hs
