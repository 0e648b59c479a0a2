// The methods bytes and bytearray share (Objects/bytes_methods.c, bytesobject.c, bytearrayobject.c and
// Objects/stringlib of 3.11): searching, splitting, stripping, case mapping, padding, joining, fromhex.
#pragma once

#include "objects/type_object.h"

#include <string_view>

namespace hs {

// bytes.hex / bytearray.hex / memoryview.hex(sep=<none>, bytes_per_sep=1) as Argument Clinic
// unpacks them (under `parserKey`, e.g. "bytes.hex"): `sep` null when not given (an explicit None
// is kept, and _Py_strhex_impl's len() rejects it), `bytesPerSep` through _PyLong_AsInt. False
// with the error pending.
bool parseHexArgs(Interpreter& interp, const char* parserKey, Object* const* args, std::int64_t nargs, Object* kwnames,
                  Object*& sep, int& bytesPerSep);
// _Py_strhex_with_sep: the hex digits of `data` as a str, with `sep` (null: none; else a str or
// bytes of length 1, ASCII) between groups of |bytesPerSep| bytes counted from the right when
// positive, from the left when negative (none when 0 or at least len(data)). ValueError "sep must
// be length 1." / "sep must be ASCII.", TypeError "sep must be str or bytes.".
Ref strhexWithSep(Interpreter& interp, std::string_view data, Object* sep, int bytesPerSep);

// Adds the shared methods to `bytes` (results are bytes; the exact type returns itself where
// CPython's STRINGLIB_CHECK_EXACT does) or to `bytearray` (results are always new bytearrays).
void addSharedBytesMethods(Interpreter& interp, TypeObject* type, bool bytearray);

} // namespace hs
