// Heapscope front end: the annotation unparser (Python/ast_unparse.c 3.11) — an expression back to
// source text, as `from __future__ import annotations` stores annotations.
#pragma once

#include "frontend/ast.h"

#include <functional>
#include <string>
#include <string_view>

namespace hs::frontend {

// What the unparser needs from the object world: repr() of a Constant node's value (str, bytes,
// int, float, complex, None/True/False) and repr() of a str given as UTF-8 (an f-string body).
// Each returns false with an error pending in the interpreter.
struct UnparseReprs {
    std::function<bool(const ast::Constant&, std::string&)> constant;
    std::function<bool(std::string_view, std::string&)> str;
};

// _PyAST_ExprAsUnicode: the text of `e` at the 'test' precedence level (UTF-8 into `out`). False
// with an error pending when a repr fails.
bool unparseAnnotation(const ast::Expr& e, const UnparseReprs& reprs, std::string& out);

} // namespace hs::frontend
