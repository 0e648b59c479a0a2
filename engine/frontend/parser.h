// Heapscope front end: entry points that turn Python 3.11 source into an AST or a SyntaxError.
// Equivalent to CPython's compile(source, "<cell N>", "exec" | "eval") up to (not including) the
// compiler: messages and positions of syntax errors match CPython 3.11 byte for byte.
#pragma once

#include "frontend/arena.h"
#include "frontend/ast.h"
#include "frontend/syntax_error.h"

#include <memory>
#include <optional>
#include <string_view>

namespace hs::frontend {

// Owns everything a parse produced. Movable; AST pointers stay valid while it lives.
struct ParseResult {
    std::unique_ptr<Arena> arena;              // all nodes, strings and lists
    std::string_view source;                   // the tokenized text (newlines normalized), arena-owned
    const ast::Module* module = nullptr;       // parseModule on success
    const ast::Expression* expression = nullptr; // parseExpression on success
    std::optional<SyntaxErrorInfo> error;      // set on failure (then module/expression are null)

    bool ok() const { return !error.has_value(); }
};

// compile(source, name, "exec"): a whole cell. Source is UTF-8.
ParseResult parseModule(std::string_view source);

// compile(source, name, "eval"): one expression (`expressions NEWLINE* ENDMARKER`).
ParseResult parseExpression(std::string_view source);

} // namespace hs::frontend
