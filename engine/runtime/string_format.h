// String formatting (Python/formatter_unicode.c, Objects/unicodeobject.c's PyUnicode_Format,
// Objects/stringlib/unicode_format.h): format specs for int/float/str, printf-style `%`, and
// str.format / str.format_map.
#pragma once

#include "objects/type_object.h"

#include <string>

namespace hs {

class Interpreter;

// format(value, spec) for the built-in number and str types (new reference, nullptr + error).
Ref formatInt(Interpreter& interp, Object* value, Object* spec);
Ref formatFloat(Interpreter& interp, Object* value, Object* spec);
Ref formatStr(Interpreter& interp, Object* value, Object* spec);
// PyOS_double_to_string(x, type in "efgr", precision, flags): Python's float text.
std::string doubleToString(double x, char type, int precision, bool addDot0, bool alt);
// fmt % args (str.__mod__).
Ref percentFormat(Interpreter& interp, Object* fmt, Object* args);
// str.format(*args, **kwargs) / str.format_map(mapping).
Ref strFormatMethod(Interpreter& interp, Object* fmt, Object* const* args, std::int64_t nargs, Object* kwnames);
Ref strFormatMap(Interpreter& interp, Object* fmt, Object* mapping);

// Adds __format__ to int/float/str, str.format/format_map and the `%` slot of str (and of bytes
// and bytearray, objects/bytes_format).
void bindFormatMethods(Interpreter& interp);

} // namespace hs
