// CPython 3.11's docstrings of the built-in types (generated table, type_docs.cpp).
#pragma once

#include <string_view>

namespace hs {

// tp_doc of the type named `tpName` as type.__doc__ shows it (the text after a "sig\n--\n\n"
// head), or nullptr when CPython's type has none (its '__doc__' is None).
const char* cpythonTypeDoc(std::string_view tpName);

} // namespace hs
