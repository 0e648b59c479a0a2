// Heapscope unit tests: the tokenizer (engine/frontend/lexer.cpp) and the Unicode helpers.
// Expected kinds, positions and messages are those of CPython 3.11's C tokenizer.
#include <doctest/doctest.h>

#include "frontend/lexer.h"
#include "frontend/unicode.h"

#include <string>
#include <vector>

using namespace hs::frontend;

namespace {

struct Tok {
    TokenKind kind;
    std::string text;
    int lineno, col, endLineno, endCol;
};

std::vector<Tok> lex(const std::string& source, Lexer::Done* done = nullptr, std::string* error = nullptr)
{
    std::string buffer = translateNewlines(source, true);
    Lexer lexer(buffer);
    std::vector<Tok> out;
    for (;;) {
        Token t = lexer.next();
        out.push_back({t.kind, std::string(lexer.text(t)), t.lineno, t.colOffset, t.endLineno, t.endColOffset});
        if (t.kind == TokenKind::EndMarker || t.kind == TokenKind::ErrorToken) break;
    }
    if (done) *done = lexer.done();
    if (error && lexer.error()) *error = lexer.error()->msg;
    return out;
}

std::vector<TokenKind> kinds(const std::string& source)
{
    std::vector<TokenKind> out;
    for (const Tok& t : lex(source)) out.push_back(t.kind);
    return out;
}

} // namespace

TEST_CASE("lexer: kinds and positions of a small statement")
{
    std::vector<Tok> t = lex("x = foo(1, 'a')  # c\n");
    REQUIRE(t.size() == 10);
    CHECK(t[0].kind == TokenKind::Name);
    CHECK(t[0].text == "x");
    CHECK(t[1].kind == TokenKind::Equal);
    CHECK(t[2].kind == TokenKind::Name);
    CHECK(t[3].kind == TokenKind::Lpar);
    CHECK(t[4].kind == TokenKind::Number);
    CHECK(t[5].kind == TokenKind::Comma);
    CHECK(t[6].kind == TokenKind::String);
    CHECK(t[6].col == 11);
    CHECK(t[6].endCol == 14);
    CHECK(t[7].kind == TokenKind::Rpar);
    // NEWLINE starts at the comment and ends at the newline character, as in pegen.
    CHECK(t[8].kind == TokenKind::Newline);
    CHECK(t[8].col == 17);
    CHECK(t[8].endCol == 20);
    CHECK(t[9].kind == TokenKind::EndMarker);
}

TEST_CASE("lexer: INDENT/DEDENT, blank and comment lines, tabs to multiples of 8")
{
    using K = TokenKind;
    CHECK(kinds("if a:\n    b\n\n    # note\n    c\nd\n") ==
          std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent, K::Name, K::Newline, K::Name,
                         K::Newline, K::Dedent, K::Name, K::Newline, K::EndMarker});
    // A tab reaches column 8, the same as 8 spaces, but mixing them inconsistently is a TabError.
    CHECK(kinds("if a:\n\tb\n").back() == K::EndMarker);
    Lexer::Done done = Lexer::Done::Ok;
    lex("if a:\n\tb\n        c\n", &done);
    CHECK(done == Lexer::Done::TabSpace);
    lex("if a:\n    b\n  c\n", &done);
    CHECK(done == Lexer::Done::Dedent);
}

TEST_CASE("lexer: keywords, soft keywords and async/await")
{
    using K = TokenKind;
    CHECK(kinds("not in is lambda None match case _ async await\n") ==
          std::vector<K>{K::KwNot, K::KwIn, K::KwIs, K::KwLambda, K::KwNone, K::Name, K::Name, K::Name, K::Async,
                         K::Await, K::Newline, K::EndMarker});
    CHECK(keywordKind("yield") == K::KwYield);
    CHECK(keywordKind("yields") == K::Name);
    CHECK(std::string(tokenKindName(K::DoubleStarEqual)) == "DOUBLESTAREQUAL");
}

TEST_CASE("lexer: every string prefix makes one STRING token; bad prefixes do not")
{
    for (const char* prefix : {"", "r", "u", "R", "U", "b", "B", "br", "Br", "bR", "BR", "rb", "rB", "Rb", "RB", "f", "F",
                               "fr", "Fr", "fR", "FR", "rf", "rF", "Rf", "RF"}) {
        std::vector<Tok> t = lex(std::string(prefix) + "'x' " + prefix + "\"\"\"y\n\"\"\"\n");
        INFO(prefix);
        REQUIRE(t.size() == 4);
        CHECK(t[0].kind == TokenKind::String);
        CHECK(t[1].kind == TokenKind::String);
        CHECK(t[1].lineno == 1); // a multi-line string starts on its first line
        CHECK(t[1].endLineno == 2);
    }
    CHECK(kinds("ur'x'\n")[0] == TokenKind::Name);
    CHECK(kinds("bf'x'\n")[0] == TokenKind::Name);
}

TEST_CASE("lexer: numbers")
{
    for (const char* n : {"0", "00", "1_000", "0x_1F", "0o17", "0b1_0", "1.5", ".5", "5.", "1e10", "1E-5", "2j", "1.5J", "1_0.0_1e+1_0"}) {
        std::vector<Tok> t = lex(std::string(n) + "\n");
        INFO(n);
        CHECK(t[0].kind == TokenKind::Number);
        CHECK(t[0].text == n);
    }
    std::string error;
    Lexer::Done done;
    lex("x = 1__0\n", &done, &error);
    CHECK(error == "invalid decimal literal");
    lex("x = 0b2\n", &done, &error);
    CHECK(error == "invalid digit '2' in binary literal");
    lex("x = 0777\n", &done, &error);
    CHECK(error == "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    // A keyword right after a number is only a warning in 3.11.
    CHECK(kinds("1if x else 2\n")[1] == TokenKind::KwIf);
}

TEST_CASE("lexer: brackets, continuation lines and bracket-level newlines")
{
    using K = TokenKind;
    CHECK(kinds("x = (1,\n     2)\n") ==
          std::vector<K>{K::Name, K::Equal, K::Lpar, K::Number, K::Comma, K::Number, K::Rpar, K::Newline, K::EndMarker});
    CHECK(kinds("x = 1 + \\\n    2\n") == std::vector<K>{K::Name, K::Equal, K::Number, K::Plus, K::Number, K::Newline, K::EndMarker});
    std::string error;
    Lexer::Done done;
    lex("(]\n", &done, &error);
    CHECK(error == "closing parenthesis ']' does not match opening parenthesis '('");
    lex(")\n", &done, &error);
    CHECK(error == "unmatched ')'");
    lex(std::string(201, '(') + "\n", &done, &error);
    CHECK(error == "too many nested parentheses");
    lex("x = \\ y\n", &done);
    CHECK(done == Lexer::Done::LineCont);
    lex("(1,\n", &done);
    CHECK(done == Lexer::Done::Eof);
}

TEST_CASE("lexer: operators, including three-character ones")
{
    using K = TokenKind;
    CHECK(kinds("a **= b //= c >>= d <<= e ... f -> g := h != i <> j @= k\n") ==
          std::vector<K>{K::Name, K::DoubleStarEqual, K::Name, K::DoubleSlashEqual, K::Name, K::RightShiftEqual, K::Name,
                         K::LeftShiftEqual, K::Name, K::Ellipsis, K::Name, K::Rarrow, K::Name, K::ColonEqual, K::Name,
                         K::NotEqual, K::Name, K::NotEqual, K::Name, K::AtEqual, K::Name, K::Newline, K::EndMarker});
    CHECK(kinds("$\n")[0] == K::Op);
}

TEST_CASE("lexer: string and character errors")
{
    std::string error;
    Lexer::Done done;
    lex("x = 'abc\n", &done, &error);
    CHECK(error == "unterminated string literal (detected at line 1)");
    lex("x = '''abc\n\n", &done, &error);
    CHECK(error == "unterminated triple-quoted string literal (detected at line 2)");
    lex("x = 5 \xe2\x80\xa6 3\n", &done, &error);
    CHECK(error == "invalid character '\xe2\x80\xa6' (U+2026)");
    lex("x = \x01\n", &done, &error);
    CHECK(error == "invalid non-printable character U+0001");
    // Non-ASCII identifiers are fine.
    CHECK(lex("caf\xc3\xa9 = 1\n")[0].kind == TokenKind::Name);
}

TEST_CASE("lexer: translateNewlines normalizes \\r\\n and \\r and adds the final newline")
{
    CHECK(translateNewlines("a\r\nb\rc", true) == "a\nb\nc\n");
    CHECK(translateNewlines("a\n", true) == "a\n");
    CHECK(translateNewlines("", true) == "\n");
    CHECK(translateNewlines("a", false) == "a");
}

TEST_CASE("unicode: classes, UTF-8 decoding and character counts")
{
    CHECK(charClass(U'a') == CharClass::IdStart);
    CHECK(charClass(U'_') == CharClass::IdStart);
    CHECK(charClass(U'7') == CharClass::IdContinue);
    CHECK(charClass(U'\u00e9') == CharClass::IdStart);   // é
    CHECK(charClass(U'\u0301') == CharClass::IdContinue); // combining acute accent
    CHECK(charClass(U'\u2026') == CharClass::Printable);  // …
    CHECK(charClass(U'\u200b') == CharClass::NonPrintable);
    CHECK(charClass(U'\U0001F600') == CharClass::Printable);
    std::string s = "a\xc3\xa9\xe2\x80\xa6\xf0\x9f\x98\x80";
    std::size_t i = 0;
    CHECK(decodeUtf8(s, i) == U'a');
    CHECK(decodeUtf8(s, i) == U'\u00e9');
    CHECK(decodeUtf8(s, i) == U'\u2026');
    CHECK(decodeUtf8(s, i) == U'\U0001F600');
    CHECK(i == s.size());
    CHECK(charCount(s, 3) == 2);
    CHECK(charCount(s, 4) == 3); // a truncated sequence counts as one character
    std::string out;
    appendUtf8(out, 0xD800);
    CHECK(out == "\xed\xa0\x80");
    CHECK(isValidUtf8(s));
    CHECK(!isValidUtf8("\xff"));
}
