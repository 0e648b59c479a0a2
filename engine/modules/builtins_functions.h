// builtins functions implemented outside builtins_module.cpp (reductions and sorting), shared
// through this header with the module table.
#pragma once

#include "objects/type_object.h"

#include <cstdint>
#include <string_view>

namespace hs {

namespace frontend {
struct SyntaxErrorInfo;
}

// Raises SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)) (or the
// record's IndentationError/TabError) as compile() does; builtins_module.cpp.
void raiseSyntaxErrorInfo(Interpreter& interp, const frontend::SyntaxErrorInfo& err, std::string_view filename);

Object* builtinAll(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* builtinAny(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* builtinMin(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* builtinMax(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* builtinSum(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* builtinSorted(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);

} // namespace hs
