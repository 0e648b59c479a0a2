// builtins functions implemented outside builtins_module.cpp (reductions and sorting), shared
// through this header with the module table.
#pragma once

#include "objects/type_object.h"

#include <cstdint>

namespace hs {

Object* builtinAll(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* builtinAny(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* builtinMin(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* builtinMax(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* builtinSum(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* builtinSorted(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);

} // namespace hs
