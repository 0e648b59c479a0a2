// Heapscope front end: ast_opt.c 3.11's folding of one operation on constant operands, with its
// safe limits (ints up to 128 bits, collections up to 256 items and 1024 in all, strings up to
// 4096 characters). Each returns the folded value (new reference), or an empty Ref with no error
// pending when CPython leaves the operation unfolded (a type it does not fold, a limit exceeded,
// or an operation that raises).
#pragma once

#include "frontend/ast.h"
#include "objects/object.h"

namespace hs {
class Interpreter;
}

namespace hs::frontend {

Ref foldBinary(Interpreter& interp, ast::OperatorKind op, Object* lv, Object* rv);
Ref foldUnary(Interpreter& interp, ast::UnaryOpKind op, Object* v);
// container[index] for a str, bytes or tuple and an int index.
Ref foldSubscript(Interpreter& interp, Object* container, Object* index);

} // namespace hs::frontend
