// Heapscope front end: formatting of SyntaxError reports exactly as CPython 3.11 prints them.
// Port of Python/pythonrun.c print_exception_file_and_line / print_error_text (3.11).
#include "frontend/syntax_error.h"

#include <cstring>

namespace hs::frontend {

namespace {

bool isSyntaxErrorFamily(const std::string& type)
{
    return type == "SyntaxError" || type == "IndentationError" || type == "TabError";
}

// print_error_text: `offset`/`endOffset` are 1-based; works on the UTF-8 bytes of `textIn`.
void printErrorText(std::string& out, long offset, long endOffset, const std::string& textIn)
{
    std::size_t caretRepetitions = (endOffset > 0 && endOffset > offset) ? static_cast<std::size_t>(endOffset - offset) : 1;
    const char* text = textIn.c_str(); // NUL-terminated like PyUnicode_AsUTF8
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    long len = static_cast<long>(std::strlen(text));
    if (len > 0 && text[len - 1] == '\n') len--;
    if (offset > len) offset = len;
    for (;;) {
        const char* nl = std::strchr(text, '\n');
        if (nl == nullptr) break;
        long inl = nl - text;
        if (inl >= offset) break;
        inl += 1;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    out += "    ";
    out += text;
    if (text[len] != '\n') out += '\n';
    if (offset < 0) return;
    out += "    ";
    while (--offset >= 0) out += ' ';
    out.append(caretRepetitions, '^');
    out += '\n';
}

} // namespace

std::string formatSyntaxError(const SyntaxErrorInfo& error, std::string_view filename)
{
    std::string out;
    if (!isSyntaxErrorFamily(error.type) || (error.lineno <= 0 && !error.located)) {
        out += error.type;
        if (!error.msg.empty()) {
            out += ": ";
            out += error.msg;
        }
        out += '\n';
        return out;
    }
    out += "  File \"";
    out += filename;
    out += "\", line ";
    out += std::to_string(error.lineno);
    out += '\n';
    if (error.has_text) {
        long offset = error.offset;
        long endLineno = error.lineno;
        long endOffset = -1;
        if (error.type == "SyntaxError") { // subclasses get end_lineno = lineno, end_offset = -1
            endLineno = error.end_lineno > 0 ? error.end_lineno : error.lineno;
            endOffset = error.end_offset;
        }
        long lineSize = static_cast<long>(error.text.size());
        if (endLineno > error.lineno) endOffset = lineSize;
        if (endOffset > lineSize + 1) endOffset = lineSize + 1;
        printErrorText(out, offset, endOffset, error.text);
    }
    out += error.type;
    out += ": ";
    out += error.msg;
    out += '\n';
    return out;
}

std::string formatCellSyntaxError(const SyntaxErrorInfo& error, int cellNumber)
{
    return formatSyntaxError(error, "<cell " + std::to_string(cellNumber) + ">");
}

SyntaxErrorInfo makeCompilerSyntaxError(std::string msg, int lineno, int colOffset, int endLineno,
                                        int endColOffset)
{
    SyntaxErrorInfo e;
    e.msg = std::move(msg);
    e.lineno = lineno;
    e.offset = colOffset + 1;
    e.end_lineno = endLineno;
    e.end_offset = endColOffset + 1;
    e.has_text = false;
    return e;
}

} // namespace hs::frontend
