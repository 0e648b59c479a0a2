// Heapscope front end: tokenizer, a close port of CPython 3.11 Parser/tokenizer.c tok_get().
// Invariant: error messages, columns and the line/buffer state match CPython's for string input.
//
// Sections: operator tables · kind names & keywords · newline translation · character input
// (nextc/backup/underflow) · errors · number & identifier checks · next() (pegen's token
// positions) · get() (tok_get: indentation, names, numbers, strings, operators, brackets).
#include "frontend/lexer.h"

#include "frontend/unicode.h"

#include <cstdio>
#include <cstring>

namespace hs::frontend {

namespace {

constexpr int kAltTabSize = 1;

bool isDigit(int c) { return c >= '0' && c <= '9'; }
bool isXDigit(int c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool isPotentialIdentifierStart(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool isPotentialIdentifierChar(int c) { return isPotentialIdentifierStart(c) || isDigit(c); }

TokenKind oneChar(int c)
{
    switch (c) {
    case '%': return TokenKind::Percent;
    case '&': return TokenKind::Amper;
    case '(': return TokenKind::Lpar;
    case ')': return TokenKind::Rpar;
    case '*': return TokenKind::Star;
    case '+': return TokenKind::Plus;
    case ',': return TokenKind::Comma;
    case '-': return TokenKind::Minus;
    case '.': return TokenKind::Dot;
    case '/': return TokenKind::Slash;
    case ':': return TokenKind::Colon;
    case ';': return TokenKind::Semi;
    case '<': return TokenKind::Less;
    case '=': return TokenKind::Equal;
    case '>': return TokenKind::Greater;
    case '@': return TokenKind::At;
    case '[': return TokenKind::Lsqb;
    case ']': return TokenKind::Rsqb;
    case '^': return TokenKind::Circumflex;
    case '{': return TokenKind::Lbrace;
    case '|': return TokenKind::Vbar;
    case '}': return TokenKind::Rbrace;
    case '~': return TokenKind::Tilde;
    }
    return TokenKind::Op;
}

TokenKind twoChars(int c1, int c2)
{
    switch (c1) {
    case '!': if (c2 == '=') return TokenKind::NotEqual; break;
    case '%': if (c2 == '=') return TokenKind::PercentEqual; break;
    case '&': if (c2 == '=') return TokenKind::AmperEqual; break;
    case '*':
        if (c2 == '*') return TokenKind::DoubleStar;
        if (c2 == '=') return TokenKind::StarEqual;
        break;
    case '+': if (c2 == '=') return TokenKind::PlusEqual; break;
    case '-':
        if (c2 == '=') return TokenKind::MinEqual;
        if (c2 == '>') return TokenKind::Rarrow;
        break;
    case '/':
        if (c2 == '/') return TokenKind::DoubleSlash;
        if (c2 == '=') return TokenKind::SlashEqual;
        break;
    case ':': if (c2 == '=') return TokenKind::ColonEqual; break;
    case '<':
        if (c2 == '<') return TokenKind::LeftShift;
        if (c2 == '=') return TokenKind::LessEqual;
        if (c2 == '>') return TokenKind::NotEqual;
        break;
    case '=': if (c2 == '=') return TokenKind::EqEqual; break;
    case '>':
        if (c2 == '=') return TokenKind::GreaterEqual;
        if (c2 == '>') return TokenKind::RightShift;
        break;
    case '@': if (c2 == '=') return TokenKind::AtEqual; break;
    case '^': if (c2 == '=') return TokenKind::CircumflexEqual; break;
    case '|': if (c2 == '=') return TokenKind::VbarEqual; break;
    }
    return TokenKind::Op;
}

TokenKind threeChars(int c1, int c2, int c3)
{
    if (c1 == '*' && c2 == '*' && c3 == '=') return TokenKind::DoubleStarEqual;
    if (c1 == '.' && c2 == '.' && c3 == '.') return TokenKind::Ellipsis;
    if (c1 == '/' && c2 == '/' && c3 == '=') return TokenKind::DoubleSlashEqual;
    if (c1 == '<' && c2 == '<' && c3 == '=') return TokenKind::LeftShiftEqual;
    if (c1 == '>' && c2 == '>' && c3 == '=') return TokenKind::RightShiftEqual;
    return TokenKind::Op;
}

std::string hex4(unsigned long c)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04lX", c);
    return buf;
}

} // namespace

const char* tokenKindName(TokenKind kind)
{
    static const char* const names[] = {
        "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT", "LPAR", "RPAR",
        "LSQB", "RSQB", "COLON", "COMMA", "SEMI", "PLUS", "MINUS", "STAR", "SLASH", "VBAR",
        "AMPER", "LESS", "GREATER", "EQUAL", "DOT", "PERCENT", "LBRACE", "RBRACE", "EQEQUAL",
        "NOTEQUAL", "LESSEQUAL", "GREATEREQUAL", "TILDE", "CIRCUMFLEX", "LEFTSHIFT",
        "RIGHTSHIFT", "DOUBLESTAR", "PLUSEQUAL", "MINEQUAL", "STAREQUAL", "SLASHEQUAL",
        "PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL", "CIRCUMFLEXEQUAL", "LEFTSHIFTEQUAL",
        "RIGHTSHIFTEQUAL", "DOUBLESTAREQUAL", "DOUBLESLASH", "DOUBLESLASHEQUAL", "AT",
        "ATEQUAL", "RARROW", "ELLIPSIS", "COLONEQUAL", "OP", "AWAIT", "ASYNC", "ERRORTOKEN",
        "False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
        "while", "with", "yield",
    };
    return names[static_cast<int>(kind)];
}

TokenKind keywordKind(std::string_view name)
{
    if (name.size() < 2 || name.size() > 8 || name[0] < 'F' || name[0] > 'y') return TokenKind::Name;
    struct Entry {
        std::string_view word;
        TokenKind kind;
    };
    static const Entry table[] = {
        {"False", TokenKind::KwFalse}, {"None", TokenKind::KwNone}, {"True", TokenKind::KwTrue},
        {"and", TokenKind::KwAnd}, {"as", TokenKind::KwAs}, {"assert", TokenKind::KwAssert},
        {"break", TokenKind::KwBreak}, {"class", TokenKind::KwClass}, {"continue", TokenKind::KwContinue},
        {"def", TokenKind::KwDef}, {"del", TokenKind::KwDel}, {"elif", TokenKind::KwElif},
        {"else", TokenKind::KwElse}, {"except", TokenKind::KwExcept}, {"finally", TokenKind::KwFinally},
        {"for", TokenKind::KwFor}, {"from", TokenKind::KwFrom}, {"global", TokenKind::KwGlobal},
        {"if", TokenKind::KwIf}, {"import", TokenKind::KwImport}, {"in", TokenKind::KwIn},
        {"is", TokenKind::KwIs}, {"lambda", TokenKind::KwLambda}, {"nonlocal", TokenKind::KwNonlocal},
        {"not", TokenKind::KwNot}, {"or", TokenKind::KwOr}, {"pass", TokenKind::KwPass},
        {"raise", TokenKind::KwRaise}, {"return", TokenKind::KwReturn}, {"try", TokenKind::KwTry},
        {"while", TokenKind::KwWhile}, {"with", TokenKind::KwWith}, {"yield", TokenKind::KwYield},
    };
    for (const Entry& e : table)
        if (e.word[0] == name[0] && e.word == name) return e.kind;
    return TokenKind::Name;
}

std::string translateNewlines(std::string_view s, bool execInput)
{
    std::string out;
    out.reserve(s.size() + 1);
    if (s.find('\r') == std::string_view::npos) {
        out.assign(s);
    } else {
        bool skipNextLf = false;
        for (std::size_t i = 0; i < s.size(); ++i) {
            char c = s[i];
            if (skipNextLf) {
                skipNextLf = false;
                if (c == '\n') continue;
            }
            if (c == '\r') {
                skipNextLf = true;
                c = '\n';
            }
            out += c;
        }
    }
    if (execInput && (out.empty() || out.back() != '\n')) out += '\n';
    return out;
}

Lexer::Lexer(std::string_view buffer, Options options) : m_buf(buffer), m_options(options)
{
    m_lineno = options.initialLineno;
}

bool Lexer::underflow()
{
    std::size_t nl = m_buf.find('\n', m_inp);
    std::size_t end;
    if (nl != std::string_view::npos) {
        end = nl + 1;
    } else {
        end = m_buf.size();
        if (end == m_inp) {
            m_done = Done::Eof;
            return false;
        }
    }
    if (m_start < 0) m_bufStart = m_cur;
    m_lineStart = m_cur;
    m_lineno++;
    m_inp = end;
    return true;
}

int Lexer::nextc()
{
    for (;;) {
        if (m_cur != m_inp) return static_cast<unsigned char>(m_buf[m_cur++]);
        if (m_done != Done::Ok) return kEof;
        if (!underflow()) {
            m_cur = m_inp;
            return kEof;
        }
        m_lineStart = m_cur;
    }
}

void Lexer::backup(int c)
{
    if (c != kEof) --m_cur;
}

TokenKind Lexer::syntaxError(std::string msg, int colOffset, int endColOffset)
{
    std::string_view line = m_buf.substr(m_lineStart);
    if (colOffset == -1) colOffset = charCount(line, m_cur - m_lineStart);
    if (endColOffset == -1) endColOffset = colOffset;
    std::size_t lineLen = line.find('\n');
    if (lineLen == std::string_view::npos) lineLen = line.size();
    SyntaxErrorInfo e;
    e.msg = std::move(msg);
    e.lineno = m_lineno;
    e.offset = colOffset;
    e.end_lineno = m_lineno;
    e.end_offset = endColOffset;
    e.text = std::string(line.substr(0, lineLen));
    m_error = std::move(e);
    m_done = Done::Error;
    return TokenKind::ErrorToken;
}

TokenKind Lexer::indentError()
{
    m_done = Done::TabSpace;
    m_cur = m_inp;
    return TokenKind::ErrorToken;
}

bool Lexer::lookahead(const char* test)
{
    const char* s = test;
    bool res = false;
    for (;;) {
        int c = nextc();
        if (*s == 0) {
            res = !isPotentialIdentifierChar(c);
        } else if (c == static_cast<unsigned char>(*s)) {
            s++;
            continue;
        }
        backup(c);
        while (s != test) backup(*--s);
        return res;
    }
}

bool Lexer::verifyEndOfNumber(int c, const char* kind)
{
    // Keywords that may legally follow a number only warn in 3.11 (warnings are not reported).
    bool r = false;
    if (c == 'a') r = lookahead("nd");
    else if (c == 'e') r = lookahead("lse");
    else if (c == 'f') r = lookahead("or");
    else if (c == 'i') {
        int c2 = nextc();
        if (c2 == 'f' || c2 == 'n' || c2 == 's') r = true;
        backup(c2);
    } else if (c == 'o') r = lookahead("r");
    else if (c == 'n') r = lookahead("ot");
    if (r) return true;
    if (c < 128 && isPotentialIdentifierChar(c)) { // 3.11.7: non-ASCII is left to the next token
        backup(c);
        syntaxError(std::string("invalid ") + kind + " literal");
        return false;
    }
    return true;
}

bool Lexer::verifyIdentifier()
{
    std::string_view s = m_buf.substr(static_cast<std::size_t>(m_start), m_cur - static_cast<std::size_t>(m_start));
    std::size_t i = 0;
    std::size_t index = 0;
    while (i < s.size()) {
        std::size_t before = i;
        char32_t ch = decodeUtf8(s, i);
        bool ok = index == 0 ? isIdStart(ch) : isIdContinue(ch);
        if (!ok) {
            if (i < s.size()) m_cur = static_cast<std::size_t>(m_start) + i;
            (void)before;
            if (isPrintable(ch)) {
                std::string msg = "invalid character '";
                appendUtf8(msg, ch);
                msg += "' (U+" + hex4(ch) + ")";
                syntaxError(std::move(msg));
            } else {
                syntaxError("invalid non-printable character U+" + hex4(ch));
            }
            return false;
        }
        ++index;
    }
    return true;
}

int Lexer::decimalTail()
{
    int c;
    for (;;) {
        do {
            c = nextc();
        } while (isDigit(c));
        if (c != '_') break;
        c = nextc();
        if (!isDigit(c)) {
            backup(c);
            syntaxError("invalid decimal literal");
            return 0;
        }
    }
    return c;
}

int Lexer::continuationLine()
{
    int c = nextc();
    if (c != '\n') {
        m_done = Done::LineCont;
        return -1;
    }
    c = nextc();
    if (c == kEof) {
        m_done = Done::Eof;
        m_cur = m_inp;
        return -1;
    }
    backup(c);
    return c;
}

Token Lexer::next()
{
    long start = -1, end = -1;
    TokenKind kind = get(start, end);
    Token t;
    if (kind == TokenKind::Name) kind = keywordKind(m_buf.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start)));
    t.kind = kind;
    t.level = static_cast<std::uint16_t>(m_level);
    t.hasSpan = start >= 0;
    t.start = start >= 0 ? static_cast<std::uint32_t>(start) : static_cast<std::uint32_t>(m_cur);
    t.end = end >= 0 ? static_cast<std::uint32_t>(end) : t.start;
    bool isString = kind == TokenKind::String;
    long lineStart = static_cast<long>(isString ? m_multiLineStart : m_lineStart);
    int lineno = isString ? m_firstLineno : m_lineno;
    int colOffset = (start >= 0 && start >= lineStart) ? static_cast<int>(start - lineStart) : -1;
    int endColOffset = (end >= 0 && end >= static_cast<long>(m_lineStart)) ? static_cast<int>(end - static_cast<long>(m_lineStart)) : -1;
    bool firstLine = m_lineno == m_options.startingLineno;
    t.lineno = lineno;
    t.colOffset = firstLine ? m_options.startingColOffset + colOffset : colOffset;
    t.endLineno = m_lineno;
    t.endColOffset = firstLine ? m_options.startingColOffset + endColOffset : endColOffset;
    return t;
}

TokenKind Lexer::get(long& pStart, long& pEnd)
{
    int c;
    bool blankline;
    bool nonascii;
    pStart = pEnd = -1;
nextline:
    m_start = -1;
    blankline = false;

    if (m_atbol) {
        int col = 0;
        int altcol = 0;
        m_atbol = false;
        int contLineCol = 0;
        for (;;) {
            c = nextc();
            if (c == ' ') {
                col++, altcol++;
            } else if (c == '\t') {
                col = (col / kTabSize + 1) * kTabSize;
                altcol = (altcol / kAltTabSize + 1) * kAltTabSize;
            } else if (c == '\014') {
                col = altcol = 0;
            } else if (c == '\\') {
                contLineCol = contLineCol ? contLineCol : col;
                if ((c = continuationLine()) == -1) return TokenKind::ErrorToken;
            } else {
                break;
            }
        }
        backup(c);
        if (c == '#' || c == '\n') blankline = true;
        if (!blankline && m_level == 0) {
            col = contLineCol ? contLineCol : col;
            altcol = contLineCol ? contLineCol : altcol;
            if (col == m_indStack[m_indent]) {
                if (altcol != m_altIndStack[m_indent]) return indentError();
            } else if (col > m_indStack[m_indent]) {
                if (m_indent + 1 >= kMaxIndent) {
                    m_done = Done::TooDeep;
                    m_cur = m_inp;
                    return TokenKind::ErrorToken;
                }
                if (altcol <= m_altIndStack[m_indent]) return indentError();
                m_pendin++;
                m_indStack[++m_indent] = col;
                m_altIndStack[m_indent] = altcol;
            } else {
                while (m_indent > 0 && col < m_indStack[m_indent]) {
                    m_pendin--;
                    m_indent--;
                }
                if (col != m_indStack[m_indent]) {
                    m_done = Done::Dedent;
                    m_cur = m_inp;
                    return TokenKind::ErrorToken;
                }
                if (altcol != m_altIndStack[m_indent]) return indentError();
            }
        }
    }

    m_start = static_cast<long>(m_cur);
    if (m_pendin != 0) {
        if (m_pendin < 0) {
            m_pendin++;
            return TokenKind::Dedent;
        }
        m_pendin--;
        return TokenKind::Indent;
    }

again:
    m_start = -1;
    do {
        c = nextc();
    } while (c == ' ' || c == '\t' || c == '\014');
    m_start = static_cast<long>(m_cur) - 1;

    if (c == '#') {
        while (c != kEof && c != '\n') c = nextc();
    }

    if (c == kEof) {
        if (m_level) return TokenKind::ErrorToken;
        return m_done == Done::Eof ? TokenKind::EndMarker : TokenKind::ErrorToken;
    }

    nonascii = false;
    if (isPotentialIdentifierStart(c)) {
        bool sawB = false, sawR = false, sawU = false, sawF = false;
        for (;;) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) sawU = true;
            else if (!(sawR || sawU) && (c == 'r' || c == 'R')) sawR = true;
            else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) sawF = true;
            else break;
            c = nextc();
            if (c == '"' || c == '\'') goto letter_quote;
        }
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) nonascii = true;
            c = nextc();
        }
        backup(c);
        if (nonascii && !verifyIdentifier()) return TokenKind::ErrorToken;
        pStart = m_start;
        pEnd = static_cast<long>(m_cur);
        if (m_cur - static_cast<std::size_t>(m_start) == 5 && m_buf[static_cast<std::size_t>(m_start)] == 'a') {
            std::string_view w = m_buf.substr(static_cast<std::size_t>(m_start), 5);
            if (w == "async") return TokenKind::Async;
            if (w == "await") return TokenKind::Await;
        }
        return TokenKind::Name;
    }

    if (c == '\n') {
        m_atbol = true;
        if (blankline || m_level > 0) goto nextline;
        pStart = m_start;
        pEnd = static_cast<long>(m_cur) - 1;
        return TokenKind::Newline;
    }

    if (c == '.') {
        c = nextc();
        if (isDigit(c)) {
            goto fraction;
        } else if (c == '.') {
            c = nextc();
            if (c == '.') {
                pStart = m_start;
                pEnd = static_cast<long>(m_cur);
                return TokenKind::Ellipsis;
            }
            backup(c);
            backup('.');
        } else {
            backup(c);
        }
        pStart = m_start;
        pEnd = static_cast<long>(m_cur);
        return TokenKind::Dot;
    }

    if (isDigit(c)) {
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (!isXDigit(c)) {
                        backup(c);
                        return syntaxError("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isXDigit(c));
                } while (c == '_');
                if (!verifyEndOfNumber(c, "hexadecimal")) return TokenKind::ErrorToken;
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) return syntaxError(std::string("invalid digit '") + static_cast<char>(c) + "' in octal literal");
                        backup(c);
                        return syntaxError("invalid octal literal");
                    }
                    do {
                        c = nextc();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) return syntaxError(std::string("invalid digit '") + static_cast<char>(c) + "' in octal literal");
                if (!verifyEndOfNumber(c, "octal")) return TokenKind::ErrorToken;
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) return syntaxError(std::string("invalid digit '") + static_cast<char>(c) + "' in binary literal");
                        backup(c);
                        return syntaxError("invalid binary literal");
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) return syntaxError(std::string("invalid digit '") + static_cast<char>(c) + "' in binary literal");
                if (!verifyEndOfNumber(c, "binary")) return TokenKind::ErrorToken;
            } else {
                bool nonzero = false;
                for (;;) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            return syntaxError("invalid decimal literal");
                        }
                    }
                    if (c != '0') break;
                    c = nextc();
                }
                std::size_t zerosEnd = m_cur;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                    if (c == 0) return TokenKind::ErrorToken;
                }
                if (c == '.') {
                    c = nextc();
                    goto fraction;
                } else if (c == 'e' || c == 'E') {
                    goto exponent;
                } else if (c == 'j' || c == 'J') {
                    goto imaginary;
                } else if (nonzero) {
                    backup(c);
                    return syntaxError("leading zeros in decimal integer literals are not permitted; "
                                       "use an 0o prefix for octal integers",
                                       static_cast<int>(static_cast<std::size_t>(m_start) + 1 - m_lineStart),
                                       static_cast<int>(zerosEnd - m_lineStart));
                }
                if (!verifyEndOfNumber(c, "decimal")) return TokenKind::ErrorToken;
            }
        } else {
            c = decimalTail();
            if (c == 0) return TokenKind::ErrorToken;
            if (c == '.') {
                c = nextc();
            fraction:
                if (isDigit(c)) {
                    c = decimalTail();
                    if (c == 0) return TokenKind::ErrorToken;
                }
            }
            if (c == 'e' || c == 'E') {
                int e;
            exponent:
                e = c;
                c = nextc();
                if (c == '+' || c == '-') {
                    c = nextc();
                    if (!isDigit(c)) {
                        backup(c);
                        return syntaxError("invalid decimal literal");
                    }
                } else if (!isDigit(c)) {
                    backup(c);
                    if (!verifyEndOfNumber(e, "decimal")) return TokenKind::ErrorToken;
                    backup(e);
                    pStart = m_start;
                    pEnd = static_cast<long>(m_cur);
                    return TokenKind::Number;
                }
                c = decimalTail();
                if (c == 0) return TokenKind::ErrorToken;
            }
            if (c == 'j' || c == 'J') {
            imaginary:
                c = nextc();
                if (!verifyEndOfNumber(c, "imaginary")) return TokenKind::ErrorToken;
            } else if (!verifyEndOfNumber(c, "decimal")) {
                return TokenKind::ErrorToken;
            }
        }
        backup(c);
        pStart = m_start;
        pEnd = static_cast<long>(m_cur);
        return TokenKind::Number;
    }

letter_quote:
    if (c == '\'' || c == '"') {
        int quote = c;
        int quoteSize = 1;
        int endQuoteSize = 0;
        m_firstLineno = m_lineno;
        m_multiLineStart = m_lineStart;
        c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) quoteSize = 3;
            else endQuoteSize = 1;
        }
        if (c != quote) backup(c);
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == kEof || (quoteSize == 1 && c == '\n')) {
                m_cur = static_cast<std::size_t>(m_start) + 1;
                m_lineStart = m_multiLineStart;
                int detected = m_lineno;
                m_lineno = m_firstLineno;
                if (quoteSize == 3) {
                    syntaxError("unterminated triple-quoted string literal (detected at line " + std::to_string(detected) + ")");
                    if (c != '\n') m_done = Done::Eofs;
                } else {
                    syntaxError("unterminated string literal (detected at line " + std::to_string(detected) + ")");
                    if (c != '\n') m_done = Done::Eols;
                }
                return TokenKind::ErrorToken;
            }
            if (c == quote) {
                endQuoteSize += 1;
            } else {
                endQuoteSize = 0;
                if (c == '\\') nextc();
            }
        }
        pStart = m_start;
        pEnd = static_cast<long>(m_cur);
        return TokenKind::String;
    }

    if (c == '\\') {
        if ((c = continuationLine()) == -1) return TokenKind::ErrorToken;
        goto again;
    }

    {
        int c2 = nextc();
        TokenKind token = twoChars(c, c2);
        if (token != TokenKind::Op) {
            int c3 = nextc();
            TokenKind token3 = threeChars(c, c2, c3);
            if (token3 != TokenKind::Op) token = token3;
            else backup(c3);
            pStart = m_start;
            pEnd = static_cast<long>(m_cur);
            return token;
        }
        backup(c2);
    }

    switch (c) {
    case '(':
    case '[':
    case '{':
        if (m_level >= kMaxLevel) return syntaxError("too many nested parentheses");
        m_parenStack[m_level] = static_cast<char>(c);
        m_parenLineno[m_level] = m_lineno;
        m_parenCol[m_level] = static_cast<int>(static_cast<std::size_t>(m_start) - m_lineStart);
        m_level++;
        break;
    case ')':
    case ']':
    case '}': {
        if (!m_level) return syntaxError(std::string("unmatched '") + static_cast<char>(c) + "'");
        m_level--;
        int opening = m_parenStack[m_level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
            std::string msg = std::string("closing parenthesis '") + static_cast<char>(c) +
                              "' does not match opening parenthesis '" + static_cast<char>(opening) + "'";
            if (m_parenLineno[m_level] != m_lineno) msg += " on line " + std::to_string(m_parenLineno[m_level]);
            return syntaxError(std::move(msg));
        }
        break;
    }
    }

    if (c < 32 || c == 127) return syntaxError("invalid non-printable character U+" + hex4(static_cast<unsigned long>(c)));

    pStart = m_start;
    pEnd = static_cast<long>(m_cur);
    return oneChar(c);
}

} // namespace hs::frontend
