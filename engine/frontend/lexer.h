// Heapscope front end: the tokenizer, a port of CPython 3.11's Parser/tokenizer.c (string input).
// Produces INDENT/DEDENT/NEWLINE, tracks brackets, and raises the tokenizer's own SyntaxErrors.
#pragma once

#include "frontend/syntax_error.h"
#include "frontend/token.h"

#include <optional>
#include <string>
#include <string_view>

namespace hs::frontend {

// CPython's translate_newlines: \r\n and \r become \n; with execInput a final \n is added if
// missing. The lexer's buffer must be the result (and contain no NUL byte).
std::string translateNewlines(std::string_view source, bool execInput);

class Lexer {
public:
    // tok->done codes that matter to the parser (Include/errcode.h).
    enum class Done : unsigned char { Ok, Eof, Error, TabSpace, Dedent, TooDeep, LineCont, Eofs, Eols };

    static constexpr int kMaxIndent = 100; // MAXINDENT
    static constexpr int kMaxLevel = 200;  // MAXLEVEL
    static constexpr int kTabSize = 8;

    struct Options {
        int initialLineno = 0;     // tok->lineno before the first line is read
        int startingLineno = 0;    // pegen's p->starting_lineno (f-string sub-parsers)
        int startingColOffset = 0; // pegen's p->starting_col_offset
    };

    explicit Lexer(std::string_view buffer) : Lexer(buffer, Options{}) {}
    Lexer(std::string_view buffer, Options options);

    // Next token, positioned like pegen's initialize_token. Kind ErrorToken on failure: then
    // either error() holds the SyntaxError the tokenizer raised, or done() tells the cause.
    Token next();

    Done done() const { return m_done; }
    const std::optional<SyntaxErrorInfo>& error() const { return m_error; }
    std::string_view buffer() const { return m_buf; }
    std::string_view text(const Token& t) const { return m_buf.substr(t.start, t.end - t.start); }

    // Tokenizer state CPython's error reporting reads (offsets index buffer()).
    int lineno() const { return m_lineno; }
    int level() const { return m_level; }
    char parenChar(int i) const { return m_parenStack[i]; }
    int parenLineno(int i) const { return m_parenLineno[i]; }
    int parenCol(int i) const { return m_parenCol[i]; }
    std::size_t cur() const { return m_cur; }
    std::size_t lineStart() const { return m_lineStart; }
    std::size_t bufStart() const { return m_bufStart; } // tok->buf
    std::size_t inp() const { return m_inp; }           // tok->inp

private:
    static constexpr int kEof = -1;

    int nextc();
    void backup(int c);
    bool underflow();
    TokenKind get(long& start, long& end);
    TokenKind syntaxError(std::string msg, int colOffset = -1, int endColOffset = -1);
    TokenKind indentError();
    bool lookahead(const char* test);
    bool verifyEndOfNumber(int c, const char* kind);
    bool verifyIdentifier();
    int decimalTail();
    int continuationLine();
    char at(std::size_t i) const { return i < m_buf.size() ? m_buf[i] : '\0'; }

    std::string_view m_buf;
    Options m_options;
    std::size_t m_cur = 0, m_inp = 0, m_bufStart = 0, m_lineStart = 0, m_multiLineStart = 0;
    long m_start = -1; // tok->start, -1 = NULL
    int m_lineno = 0, m_firstLineno = 0;
    Done m_done = Done::Ok;
    bool m_atbol = true;
    int m_pendin = 0;
    int m_indent = 0;
    int m_indStack[kMaxIndent] = {0};
    int m_altIndStack[kMaxIndent] = {0};
    int m_level = 0;
    char m_parenStack[kMaxLevel] = {0};
    int m_parenLineno[kMaxLevel] = {0};
    int m_parenCol[kMaxLevel] = {0};
    std::optional<SyntaxErrorInfo> m_error;
};

} // namespace hs::frontend
