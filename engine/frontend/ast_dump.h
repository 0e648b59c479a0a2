// Heapscope front end: text dump of an AST in the exact format of Python's ast.dump().
// dumpModule(m, true) == ast.dump(tree, include_attributes=True) for the same source.
#pragma once

#include "frontend/ast.h"

#include <string>

namespace hs::frontend {

std::string dumpModule(const ast::Module& module, bool includeAttributes = true);
std::string dumpExpression(const ast::Expression& expression, bool includeAttributes = true);
std::string dumpExpr(const ast::Expr* expr, bool includeAttributes = true);

// Python reprs used by the dump (exposed for tests and diagnostics).
std::string pyStrRepr(std::string_view utf8);
std::string pyBytesRepr(std::string_view bytes);
std::string pyFloatRepr(double value);   // repr(float)
std::string pyComplexRepr(double imag);  // repr(complex(0, imag))

} // namespace hs::frontend
