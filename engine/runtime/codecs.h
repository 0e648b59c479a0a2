// Text codecs for str.encode / bytes.decode / str(b, encoding) / bytes(s, encoding): the encodings
// module's name lookup (aliases, normalize_encoding) and the utf-8, ascii, latin-1, utf-16 and utf-32 codecs with
// the strict, ignore, replace, backslashreplace, xmlcharrefreplace and surrogateescape handlers.
#pragma once

#include "objects/object.h"

#include <string_view>

namespace hs {

class Interpreter;

// str.encode(encoding, errors): either argument may be null (utf-8, strict). New bytes, or empty
// with LookupError ("unknown encoding: X", "unknown error handler name 'X'") or
// UnicodeEncodeError pending.
Ref encodeText(Interpreter& interp, Object* str, Object* encoding, Object* errors);

// bytes.decode(encoding, errors) of `data`; `source` is the bytes object the UnicodeDecodeError
// carries (null: a bytes copy of data is made). New str, or empty with an error pending.
Ref decodeText(Interpreter& interp, std::string_view data, Object* source, Object* encoding, Object* errors);

} // namespace hs
