// Heapscope front end: future statements (Python/future.c 3.11) — which `from __future__ import`
// features a module enables, and the SyntaxErrors of unknown or misplaced ones.
#pragma once

#include "frontend/ast.h"
#include "frontend/syntax_error.h"

#include <optional>

namespace hs::frontend {

struct FutureFeatures {
    bool annotations = false; // CO_FUTURE_ANNOTATIONS: annotations are kept as source strings
    int lineno = -1;          // ff_lineno: the line of the last future statement (-1: none)
};

// _PyFuture_FromAST: reads the future statements at the module's start (after its docstring).
// Returns the SyntaxError of a feature that does not exist ("future feature X is not defined",
// "not a chance" for braces) or of a future statement after a regular import on the same line.
std::optional<SyntaxErrorInfo> parseFutureFeatures(const ast::Module& module, FutureFeatures& out);

// CO_FUTURE_ANNOTATIONS, as code objects' co_flags carry it.
constexpr int kCoFutureAnnotations = 0x1000000;

} // namespace hs::frontend
