// Heapscope front end: the SyntaxError record (CPython's SyntaxError attributes) and its report.
// formatSyntaxError prints what CPython 3.11's sys.__excepthook__ prints for a compile() error.
#pragma once

#include <string>
#include <string_view>

namespace hs::frontend {

// Field meanings are those of CPython's SyntaxError attributes. Offsets are 1-based character
// offsets into `text` (CPython converts the parser's byte columns with the error line).
struct SyntaxErrorInfo {
    std::string type = "SyntaxError"; // "SyntaxError", "IndentationError", "TabError"; "MemoryError"
                                      // (parser stack exhausted, like CPython) carries no location
    std::string msg;
    int lineno = 0;      // 0 = None (then no location is printed)
    int offset = -1;     // -1 = None
    int end_lineno = 0;  // 0 = None
    int end_offset = -1; // -1 = None
    std::string text;    // the source line(s) CPython attaches, usually ending in '\n'
    bool has_text = true; // false = text is None (compiler errors raised after parsing)
    bool located = false; // lineno is a real line even when 0 (eval of blank text: line 0)
};

// The exception report, e.g. for filename "<cell 1>":
//   "  File \"<cell 1>\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"
// Mirrors Python/pythonrun.c (print_exception_file_and_line + print_error_text), including its
// quirks: carets are placed by character offset in the UTF-8 bytes of the stripped line, the
// subclasses IndentationError/TabError always get a single caret, multi-line ranges are cut at
// the end of the first line.
std::string formatSyntaxError(const SyntaxErrorInfo& error, std::string_view filename);

// Convenience: formatSyntaxError(error, "<cell N>").
std::string formatCellSyntaxError(const SyntaxErrorInfo& error, int cellNumber);

// Builds the record a later pass (compiler, symtable) raises at a node: `lineno`/`colOffset`/
// `endLineno`/`endColOffset` are AST positions (byte columns). Like CPython's compiler for
// "<cell N>" sources, the text is None, so offsets stay as CPython computes them (+1, bytes).
SyntaxErrorInfo makeCompilerSyntaxError(std::string msg, int lineno, int colOffset, int endLineno,
                                        int endColOffset);

} // namespace hs::frontend
