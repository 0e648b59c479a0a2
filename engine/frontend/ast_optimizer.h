// Heapscope front end: the AST optimizer (Python/ast_opt.c 3.11) — constant folding with the safe-size
// limits, constant tuples, `in` displays to tuple/frozenset, `not (a in b)` → `a not in b`,
// '%s' % (x,) → f-string, __debug__ — and the table of constant objects the compiler loads.
#pragma once

#include "frontend/arena.h"
#include "frontend/ast.h"
#include "objects/object.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace hs {
class Interpreter;
}

namespace hs::frontend {

// The Python object of every Constant node the compiler sees: literals (created the first time they
// are asked for, as the parser would) and the optimizer's folded results. Owns its references (as
// CPython's AST arena does) until the compilation ends.
class ConstantTable {
public:
    explicit ConstantTable(Interpreter& interp) : m_interp(interp) {}
    // Released in reverse order of creation, as _PyArena_Free's list releases its objects (a
    // deterministic order: the free lists, and so later ids, do not depend on host addresses).
    ~ConstantTable() {
        while (!m_owned.empty()) m_owned.pop_back();
    }
    ConstantTable(const ConstantTable&) = delete;
    ConstantTable& operator=(const ConstantTable&) = delete;
    // Borrowed; nullptr with an error pending when the literal cannot be created (e.g. complex
    // numbers, which the engine does not have).
    Object* valueOf(const ast::Constant& c);
    void set(const ast::Constant* c, Ref value);
    Interpreter& interp() { return m_interp; }
    // Every object of the table, in creation order (the arena's a_objects).
    const std::vector<Ref>& objects() const { return m_owned; }

private:
    Interpreter& m_interp;
    std::unordered_map<const ast::Constant*, std::size_t> m_index; // node -> its object in m_owned
    std::vector<Ref> m_owned;
};

// Creates the object of a literal (None/True/False/..., int digits, float, str with lone
// surrogates, bytes). New reference; empty with an error pending.
Ref makeLiteralObject(Interpreter& interp, const ast::Constant& c);

// _PyAST_Optimize: returns the optimized module. Nodes that change are copied into `arena` (the
// input tree is never modified, so it may be shared); unchanged subtrees are reused. Returns
// nullptr with RecursionError pending when the tree nests deeper than 3 x the recursion limit.
// `futureAnnotations` (from __future__ import annotations): annotations are left unfolded.
const ast::Module* optimizeModule(const ast::Module& module, Arena& arena, ConstantTable& constants,
                                  bool futureAnnotations = false);

// True when `e` is a Constant node (after optimization).
inline bool isConstantExpr(const ast::Expr* e) { return e && e->kind == ast::ExprKind::Constant; }

} // namespace hs::frontend
