// Heapscope front end: future statements, after Python/future.c (3.11). The compiler reports a
// future statement that is not at the beginning ("from __future__ imports must occur at the
// beginning of the file") using FutureFeatures::lineno.
#include "frontend/future.h"

#include <string>

namespace hs::frontend {

using namespace ast;

namespace {

bool isDocString(const Stmt& s) {
    if (s.kind != StmtKind::Expr) return false;
    const Expr* e = s.as<ExprStmt>().value;
    return e->kind == ExprKind::Constant && e->as<Constant>().valueKind == ConstantKind::Str;
}

// PyErr_SyntaxLocationObject: a location without source text (the compiler's errors have none).
SyntaxErrorInfo futureError(std::string msg, int lineno, int offset) {
    SyntaxErrorInfo e;
    e.msg = std::move(msg);
    e.lineno = lineno;
    e.offset = offset;
    e.end_lineno = lineno;
    e.end_offset = -1;
    e.has_text = false;
    return e;
}

// future_check_features
std::optional<SyntaxErrorInfo> checkFeatures(const ImportFrom& s, FutureFeatures& ff) {
    static constexpr std::string_view kAccepted[] = {"nested_scopes", "generators", "division",  "absolute_import",
                                                     "with_statement", "print_function", "unicode_literals",
                                                     "barry_as_FLUFL", "generator_stop"};
    for (const Alias* alias : s.names) {
        const std::string_view feature = alias->name;
        bool known = feature == "annotations";
        for (std::string_view accepted : kAccepted) known |= feature == accepted;
        if (feature == "annotations") ff.annotations = true;
        if (known) continue;
        if (feature == "braces") return futureError("not a chance", s.lineno, s.colOffset + 1);
        return futureError("future feature " + std::string(feature) + " is not defined", s.lineno, s.colOffset + 1);
    }
    return std::nullopt;
}

} // namespace

std::optional<SyntaxErrorInfo> parseFutureFeatures(const Module& module, FutureFeatures& ff) {
    const Seq<Stmt*>& body = module.body;
    std::size_t i = body.size() > 0 && isDocString(*body[0]) ? 1 : 0;
    bool done = false;
    int prevLine = 0;
    for (; i < body.size(); ++i) {
        const Stmt& s = *body[i];
        if (done && s.lineno > prevLine) break;
        prevLine = s.lineno;
        // Only another future statement or the docstring may precede a future statement.
        if (s.kind == StmtKind::ImportFrom && s.as<ImportFrom>().hasModule && s.as<ImportFrom>().module == "__future__") {
            if (done) return futureError("from __future__ imports must occur at the beginning of the file", s.lineno, s.colOffset);
            if (auto error = checkFeatures(s.as<ImportFrom>(), ff)) return error;
            ff.lineno = s.lineno;
        } else {
            done = true;
        }
    }
    return std::nullopt;
}

} // namespace hs::frontend
