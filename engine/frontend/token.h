// Heapscope front end: token kinds and the token record the lexer hands to the parser.
// Kinds and positions follow CPython 3.11 (Grammar/Tokens, Parser/pegen.c initialize_token).
#pragma once

#include <cstdint>
#include <string_view>

namespace hs::frontend {

// Order of the first block matches CPython's token.h so diagnostics can name them alike.
enum class TokenKind : std::uint8_t {
    EndMarker, Name, Number, String, Newline, Indent, Dedent,
    Lpar, Rpar, Lsqb, Rsqb, Colon, Comma, Semi, Plus, Minus, Star, Slash, Vbar, Amper,
    Less, Greater, Equal, Dot, Percent, Lbrace, Rbrace, EqEqual, NotEqual, LessEqual,
    GreaterEqual, Tilde, Circumflex, LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual,
    StarEqual, SlashEqual, PercentEqual, AmperEqual, VbarEqual, CircumflexEqual,
    LeftShiftEqual, RightShiftEqual, DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At,
    AtEqual, Rarrow, Ellipsis, ColonEqual, Op, Await, Async, ErrorToken,
    // Hard keywords: the lexer reports them as Name; tokens carry these kinds (like pegen).
    KwFalse, KwNone, KwTrue, KwAnd, KwAs, KwAssert, KwBreak, KwClass, KwContinue, KwDef,
    KwDel, KwElif, KwElse, KwExcept, KwFinally, KwFor, KwFrom, KwGlobal, KwIf, KwImport,
    KwIn, KwIs, KwLambda, KwNonlocal, KwNot, KwOr, KwPass, KwRaise, KwReturn, KwTry,
    KwWhile, KwWith, KwYield,
};

// CPython's name for a kind ("NAME", "LPAR", ...); keywords give their spelling.
const char* tokenKindName(TokenKind kind);

// Keyword kind for an identifier spelling, or TokenKind::Name.
TokenKind keywordKind(std::string_view name);

inline bool isKeyword(TokenKind k) { return k >= TokenKind::KwFalse; }

struct Memo; // parser memo entries hang off tokens (defined by the parser)

// One token. Byte range [start, end) indexes the lexer's buffer; hasSpan is false for
// INDENT/DEDENT/ENDMARKER (CPython gives them NULL start/end).
// lineno/colOffset/endLineno/endColOffset are exactly CPython's Token fields: columns are
// 0-based UTF-8 byte offsets, -1 where CPython has none. STRING tokens start on their first line.
struct Token {
    TokenKind kind = TokenKind::EndMarker;
    bool hasSpan = false;
    std::uint16_t level = 0; // bracket depth after this token
    std::uint32_t start = 0, end = 0;
    int lineno = 0, colOffset = -1, endLineno = 0, endColOffset = -1;
    Memo* memo = nullptr;           // parser memo entries starting at this token
    std::uint32_t memoMask = 0;     // bit per memo type present in `memo`
};

} // namespace hs::frontend
