// Heapscope front end: the bytecode compiler's entry points — source or AST to a CPython 3.11 code
// object (Python/compile.c: ast_opt, symtable, codegen, CFG optimization, assembly).
#pragma once

#include "frontend/ast.h"
#include "frontend/syntax_error.h"
#include "objects/object.h"

#include <string_view>

namespace hs {
class Interpreter;
}

namespace hs::frontend {

// compile(<module>, filename, "exec") for an already parsed module. Returns the module's code
// object (new reference). On a SyntaxError raised by the symbol table or the compiler ("'return'
// outside function", "no binding for nonlocal 'x' found", ...) returns an empty Ref and fills
// *errorOut (when given). Other failures (MemoryError) leave the error pending in the interpreter.
Ref compileModule(Interpreter& interp, const ast::Module& module, std::string_view filename,
                  SyntaxErrorInfo* errorOut);

// Parses and compiles `source` ("exec" mode). Parse errors come back through *errorOut as well.
Ref compileSource(Interpreter& interp, std::string_view source, std::string_view filename,
                  SyntaxErrorInfo* errorOut);

// compile()'s three modes (Python/compile.c compiler_mod): Exec a module; Eval one expression whose
// value the code returns; Single one interactive statement whose top-level expression statements
// print through PRINT_EXPR (sys.displayhook).
enum class CompileMode { Exec, Eval, Single };
Ref compileSourceMode(Interpreter& interp, std::string_view source, std::string_view filename,
                      CompileMode mode, SyntaxErrorInfo* errorOut);

} // namespace hs::frontend
