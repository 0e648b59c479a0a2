// CPython 3.11's internal docstrings of the engine's built-in functions and methods (ml_doc),
// generated at build time from python3.11 (builtin_docs/gen_builtin_docs.py over builtin_docs/keys.txt).
#pragma once

#include <string_view>

namespace hs {

struct TypeObject;

// ml_doc of the builtin `name` of `owner` (a module's name for a module function, a type's
// tp_name for a method), with its "name(sig)\n--\n\n" head when CPython has one; nullptr when
// keys.txt does not list it or marks it undocumented. Static storage.
const char* cpythonBuiltinDoc(std::string_view owner, std::string_view name);
// Whether keys.txt lists OWNER:NAME at all (documented or not): test_builtin_docs checks every
// builtin the engine makes against it.
bool builtinDocListed(std::string_view owner, std::string_view name);
// cpythonBuiltinDoc for a builtin of the static type `owner`, named by its full tp_name (a type
// keeping a bare name with a separate module, as ctypes' classes do, gets "module.name").
const char* cpythonBuiltinDocOfType(const TypeObject* owner, std::string_view name);

} // namespace hs
