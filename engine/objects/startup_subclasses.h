// Each type's direct subclasses as CPython 3.11 has them at the reference runner's first cell
// (generated table, startup_subclasses.cpp).
#pragma once

#include <string_view>

namespace hs {

// The subclasses of the type named `parent` ("module.qualname", "qualname" for builtins) in
// CPython's tp_subclasses order, a null-terminated array of such names, or nullptr when it has
// none (of the modules the engine has).
const char* const* cpythonStartupSubclasses(std::string_view parent);

} // namespace hs
