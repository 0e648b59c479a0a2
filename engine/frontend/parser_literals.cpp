// Heapscope front end: number and string literals, implicit concatenation and f-strings.
// Port of CPython 3.11 pegen.c (_PyPegen_number_token), string_parser.c and the escape decoders
// of unicodeobject.c / bytesobject.c, including their error messages and positions.
//
// Sections: numbers · escape decoding · \N{...} names · f-string parsing · concatenation.
#include "frontend/parser_impl.h"
#include "frontend/unicode.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace hs::frontend::detail {

using TK = TokenKind;

// ---------------------------------------------------------------------------------------------
// Numbers

namespace {

constexpr std::size_t kMaxStrDigits = 4300; // sys.int_info.default_max_str_digits

// Digits (in `base`) to a decimal digit string, via base-10^9 limbs (little-endian).
std::string toDecimal(std::string_view digits, int base)
{
    std::vector<std::uint32_t> limbs{0};
    for (char ch : digits) {
        int d = std::isdigit(static_cast<unsigned char>(ch)) ? ch - '0' : std::tolower(static_cast<unsigned char>(ch)) - 'a' + 10;
        std::uint64_t carry = static_cast<std::uint64_t>(d);
        for (std::uint32_t& limb : limbs) {
            std::uint64_t v = static_cast<std::uint64_t>(limb) * static_cast<std::uint64_t>(base) + carry;
            limb = static_cast<std::uint32_t>(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry) limbs.push_back(static_cast<std::uint32_t>(carry));
    }
    std::string out = std::to_string(limbs.back());
    char buf[16];
    for (std::size_t i = limbs.size() - 1; i-- > 0;) {
        std::snprintf(buf, sizeof buf, "%09u", static_cast<unsigned>(limbs[i]));
        out += buf;
    }
    return out;
}

} // namespace

// _PyPegen_number_token's conversion: fills c->valueKind/text/number.
bool Parser::parseNumberToken(Constant* c, std::string_view raw, Token* t)
{
    // Fast path: a plain decimal literal without underscores or leading zeros is its own text.
    if (raw.size() <= 18 && raw[0] != '0' && raw.find_first_not_of("0123456789") == std::string_view::npos) {
        c->valueKind = ConstantKind::Int;
        c->text = raw;
        return true;
    }
    std::string s;
    s.reserve(raw.size());
    for (char ch : raw)
        if (ch != '_') s += ch;
    char last = s.back();
    if (last == 'j' || last == 'J') {
        c->valueKind = ConstantKind::Complex;
        c->number = std::strtod(s.substr(0, s.size() - 1).c_str(), nullptr);
        return true;
    }
    if (s.size() > 1 && s[0] == '0' && std::strchr("xXoObB", s[1]) != nullptr) {
        int base = (s[1] == 'x' || s[1] == 'X') ? 16 : (s[1] == 'o' || s[1] == 'O') ? 8 : 2;
        c->valueKind = ConstantKind::Int;
        c->text = m_arena.copyString(toDecimal(std::string_view(s).substr(2), base));
        return true;
    }
    if (s.find_first_of(".eE") != std::string::npos) {
        c->valueKind = ConstantKind::Float;
        c->number = std::strtod(s.c_str(), nullptr);
        return true;
    }
    std::size_t nz = s.find_first_not_of('0');
    if (s.size() > kMaxStrDigits && nz != std::string::npos) {
        raiseErrorKnownLocation(ErrType::SyntaxError, t->lineno, -1, t->endLineno, -1,
                                "Exceeds the limit (4300 digits) for integer string conversion: value has " + std::to_string(s.size()) +
                                    " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
                                    "huge integer literals to avoid decimal conversion limits.");
        return false;
    }
    c->valueKind = ConstantKind::Int;
    c->text = nz == std::string::npos ? std::string_view("0") : m_arena.copyString(std::string_view(s).substr(nz));
    return true;
}

// ---------------------------------------------------------------------------------------------
// Escape decoding

namespace {

// A decode failure: Python's UnicodeDecodeError ("unicode error") or ValueError ("value error").
struct DecodeError {
    bool isUnicode = true;
    std::string message;
};

// \N{...} lookup for a small set of common names (Python accepts the whole Unicode database).
bool lookupUnicodeName(std::string_view name, char32_t& out)
{
    std::string upper;
    for (char ch : name) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    static const struct {
        const char* name;
        char32_t code;
    } table[] = {
        {"SPACE", 0x20}, {"NO-BREAK SPACE", 0xA0}, {"LINE FEED", 0x0A}, {"CARRIAGE RETURN", 0x0D},
        {"CHARACTER TABULATION", 0x09}, {"NULL", 0x00}, {"BULLET", 0x2022}, {"EM DASH", 0x2014},
        {"EN DASH", 0x2013}, {"HORIZONTAL ELLIPSIS", 0x2026}, {"DEGREE SIGN", 0xB0},
        {"EURO SIGN", 0x20AC}, {"POUND SIGN", 0xA3}, {"YEN SIGN", 0xA5}, {"COPYRIGHT SIGN", 0xA9},
        {"REGISTERED SIGN", 0xAE}, {"TRADE MARK SIGN", 0x2122}, {"SECTION SIGN", 0xA7},
        {"MULTIPLICATION SIGN", 0xD7}, {"DIVISION SIGN", 0xF7}, {"PLUS-MINUS SIGN", 0xB1},
        {"MICRO SIGN", 0xB5}, {"INFINITY", 0x221E}, {"RIGHTWARDS ARROW", 0x2192},
        {"LEFTWARDS ARROW", 0x2190}, {"CHECK MARK", 0x2713}, {"BLACK STAR", 0x2605},
        {"WHITE STAR", 0x2606}, {"SNOWMAN", 0x2603}, {"BLACK HEART SUIT", 0x2665},
        {"GREEK SMALL LETTER ALPHA", 0x3B1}, {"GREEK SMALL LETTER BETA", 0x3B2},
        {"GREEK SMALL LETTER GAMMA", 0x3B3}, {"GREEK SMALL LETTER DELTA", 0x3B4},
        {"GREEK SMALL LETTER PI", 0x3C0}, {"GREEK SMALL LETTER LAMDA", 0x3BB},
        {"GREEK SMALL LETTER MU", 0x3BC}, {"GREEK SMALL LETTER SIGMA", 0x3C3},
        {"GREEK CAPITAL LETTER DELTA", 0x394}, {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
        {"LATIN SMALL LETTER E WITH ACUTE", 0xE9}, {"LATIN SMALL LETTER A WITH GRAVE", 0xE0},
        {"LATIN SMALL LETTER U WITH DIAERESIS", 0xFC}, {"LATIN SMALL LETTER N WITH TILDE", 0xF1},
        {"LATIN SMALL LETTER SHARP S", 0xDF}, {"LATIN SMALL LETTER C WITH CEDILLA", 0xE7},
        {"REPLACEMENT CHARACTER", 0xFFFD}, {"ZERO WIDTH SPACE", 0x200B},
        {"GRINNING FACE", 0x1F600}, {"PILE OF POO", 0x1F4A9}, {"SNAKE", 0x1F40D},
        {"THUMBS UP SIGN", 0x1F44D}, {"FIRE", 0x1F525}, {"ROCKET", 0x1F680},
    };
    for (const auto& e : table) {
        if (upper == e.name) {
            out = e.code;
            return true;
        }
    }
    static const char kCjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (upper.rfind(kCjk, 0) == 0) {
        std::string hex = upper.substr(sizeof kCjk - 1);
        if (hex.size() == 4 || hex.size() == 5) {
            char* end = nullptr;
            unsigned long v = std::strtoul(hex.c_str(), &end, 16);
            if (*end == '\0' && ((v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2A6DF))) {
                out = static_cast<char32_t>(v);
                return true;
            }
        }
    }
    return false;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// _PyUnicode_DecodeUnicodeEscapeInternal over an ASCII buffer (strict errors).
bool decodeUnicodeEscape(std::string_view s, std::string& out, DecodeError& err)
{
    std::size_t i = 0;
    const std::size_t end = s.size();
    while (i < end) {
        unsigned char c = static_cast<unsigned char>(s[i++]);
        if (c != '\\') {
            appendUtf8(out, c);
            continue;
        }
        std::size_t startPos = i - 1;
        const char* message = nullptr;
        if (i >= end) {
            message = "\\ at end of string";
            goto error;
        }
        c = static_cast<unsigned char>(s[i++]);
        switch (c) {
        case '\n': continue;
        case '\\': out += '\\'; continue;
        case '\'': out += '\''; continue;
        case '"': out += '"'; continue;
        case 'b': out += '\b'; continue;
        case 'f': out += '\014'; continue;
        case 't': out += '\t'; continue;
        case 'n': out += '\n'; continue;
        case 'r': out += '\r'; continue;
        case 'v': out += '\013'; continue;
        case 'a': out += '\007'; continue;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            char32_t ch = c - '0';
            if (i < end && s[i] >= '0' && s[i] <= '7') {
                ch = (ch << 3) + static_cast<char32_t>(s[i++] - '0');
                if (i < end && s[i] >= '0' && s[i] <= '7') ch = (ch << 3) + static_cast<char32_t>(s[i++] - '0');
            }
            appendUtf8(out, ch);
            continue;
        }
        case 'x':
        case 'u':
        case 'U': {
            int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            message = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
            char32_t ch = 0;
            for (; count; ++i, --count) {
                if (i >= end) goto error;
                int d = hexValue(s[i]);
                if (d < 0) goto error;
                ch = (ch << 4) + static_cast<char32_t>(d);
            }
            if (ch > 0x10FFFF) {
                message = "illegal Unicode character";
                goto error;
            }
            appendUtf8(out, ch);
            continue;
        }
        case 'N': {
            message = "malformed \\N character escape";
            if (i >= end) goto error;
            if (s[i] == '{') {
                std::size_t nameStart = ++i;
                while (i < end && s[i] != '}') i++;
                if (i >= end) goto error;
                std::size_t nameLen = i - nameStart;
                if (nameLen) {
                    i++;
                    char32_t ch = 0;
                    if (lookupUnicodeName(s.substr(nameStart, nameLen), ch)) {
                        appendUtf8(out, ch);
                        continue;
                    }
                    message = "unknown Unicode character name";
                }
            }
            goto error;
        }
        default:
            out += '\\';
            appendUtf8(out, c);
            continue;
        }
    error: {
        std::size_t endPos = i;
        err.isUnicode = true;
        char buf[96];
        if (endPos == startPos + 1)
            std::snprintf(buf, sizeof buf, "can't decode byte 0x%02x in position %zu: ", static_cast<unsigned char>(s[startPos]), startPos);
        else
            std::snprintf(buf, sizeof buf, "can't decode bytes in position %zu-%zu: ", startPos, endPos - 1);
        err.message = std::string("'unicodeescape' codec ") + buf + message;
        return false;
    }
    }
    return true;
}

// decode_unicode_with_escapes: non-ASCII characters become \UXXXXXXXX first (error positions
// refer to that rewritten buffer, as in CPython).
bool decodeStrWithEscapes(std::string_view s, std::string& out, DecodeError& err)
{
    std::string buf;
    buf.reserve(s.size() * 2);
    std::size_t i = 0;
    while (i < s.size()) {
        if (s[i] == '\\') {
            buf += s[i++];
            if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0x80)) {
                buf += "u005c";
                if (i >= s.size()) break;
            }
        }
        if (static_cast<unsigned char>(s[i]) & 0x80) {
            while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0x80)) {
                char32_t ch = decodeUtf8(s, i);
                char tmp[16];
                std::snprintf(tmp, sizeof tmp, "\\U%08x", static_cast<unsigned>(ch));
                buf += tmp;
            }
        } else {
            buf += s[i++];
        }
    }
    return decodeUnicodeEscape(buf, out, err);
}

// _PyBytes_DecodeEscape (strict).
bool decodeBytesWithEscapes(std::string_view s, std::string& out, DecodeError& err)
{
    std::size_t i = 0;
    const std::size_t end = s.size();
    while (i < end) {
        if (s[i] != '\\') {
            out += s[i++];
            continue;
        }
        i++;
        if (i == end) {
            err = {false, "Trailing \\ in string"};
            return false;
        }
        char c = s[i++];
        switch (c) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\014'; break;
        case 't': out += '\t'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 'v': out += '\013'; break;
        case 'a': out += '\007'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            int v = c - '0';
            if (i < end && s[i] >= '0' && s[i] <= '7') {
                v = (v << 3) + s[i++] - '0';
                if (i < end && s[i] >= '0' && s[i] <= '7') v = (v << 3) + s[i++] - '0';
            }
            out += static_cast<char>(v & 0xFF);
            break;
        }
        case 'x':
            if (i + 1 < end && hexValue(s[i]) >= 0 && hexValue(s[i + 1]) >= 0) {
                out += static_cast<char>((hexValue(s[i]) << 4) + hexValue(s[i + 1]));
                i += 2;
                break;
            }
            err = {false, "invalid \\x escape at position " + std::to_string(i - 2)};
            return false;
        default:
            out += '\\';
            i--;
        }
    }
    return true;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// F-strings (string_parser.c)

namespace {

struct StrToken {
    bool bytes = false;
    bool raw = false;
    bool fmode = false;
    std::size_t bodyStart = 0; // offsets into the token text
    std::size_t bodyEnd = 0;
};

// _PyPegen_parsestr's prefix/quote analysis.
StrToken analyzeString(std::string_view text)
{
    StrToken r;
    std::size_t i = 0;
    while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) {
        char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
        if (c == 'b') r.bytes = true;
        else if (c == 'r') r.raw = true;
        else if (c == 'f') r.fmode = true;
        ++i;
    }
    char quote = text[i];
    std::size_t s = i + 1;
    std::size_t len = text.size() - s - 1; // without the last quote
    if (len >= 4 && text[s] == quote && text[s + 1] == quote) {
        s += 2;
        len -= 4;
    }
    r.bodyStart = s;
    r.bodyEnd = s + len;
    return r;
}

} // namespace

struct FStringBuilder {
    explicit FStringBuilder(Parser& parser) : p(parser) {}
    Parser& p;
    std::string lastStr; // empty == NULL (empty pieces are never stored)
    bool fmode = false;
    std::vector<Expr*> exprs;

    Constant* strNode(Token* first, Token* last)
    {
        Constant* c = p.nodeSpan<Constant>(first, last);
        c->valueKind = ConstantKind::Str;
        c->text = p.m_arena.copyString(lastStr);
        c->kindU = !p.tokenText(first).empty() && p.tokenText(first)[0] == 'u';
        lastStr.clear();
        return c;
    }

    Expr* finish(Token* first, Token* last)
    {
        if (!fmode) return strNode(first, last);
        if (!lastStr.empty()) exprs.push_back(strNode(first, last));
        JoinedStr* j = p.nodeSpan<JoinedStr>(first, last);
        j->values = p.seq(exprs);
        return j;
    }
};

namespace {

struct FStringParser {
    Parser& p;
    std::string_view text; // the STRING token's text; offsets below index it
    Token* first;
    Token* t;
    Token* last;
    bool raw;
    DecodeError decodeError;
    bool hasDecodeError = false;

    bool decodeLiteral(std::size_t from, std::size_t to, std::string& out)
    {
        std::string_view piece = text.substr(from, to - from);
        if (raw) {
            out.assign(piece);
            return true;
        }
        if (!decodeStrWithEscapes(piece, out, decodeError)) {
            hasDecodeError = true;
            return false;
        }
        return true;
    }

    // fstring_find_literal: -1 error, 0 done (at end or at '{'/'}'), 1 literal ended at a doubled brace.
    int findLiteral(std::size_t& str, std::size_t end, std::string& literal, int recurseLvl)
    {
        std::size_t s = str;
        std::size_t literalStart = s;
        int result = 0;
        while (s < end) {
            char ch = text[s++];
            if (!raw && ch == '\\' && s < end) {
                ch = text[s++];
                if (ch == 'N') {
                    if (s < end && text[s++] == '{') {
                        while (s < end && text[s++] != '}') {
                        }
                        continue;
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurseLvl == 0) {
                    if (s < end && text[s] == ch) {
                        str = s + 1;
                        result = 1;
                        goto done;
                    }
                    if (ch == '}') {
                        str = s - 1;
                        p.raiseError(ErrType::SyntaxError, "f-string: single '}' is not allowed");
                        return -1;
                    }
                }
                s--;
                break;
            }
        }
        str = s;
    done:
        if (literalStart != s && !decodeLiteral(literalStart, s, literal)) return -1;
        return result;
    }

    Expr* compileExpr(std::size_t exprStart, std::size_t exprEnd)
    {
        std::size_t s = exprStart;
        for (; s != exprEnd; ++s) {
            char c = text[s];
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) break;
        }
        if (s == exprEnd) {
            char e = text[exprEnd];
            if (e == '!' || e == ':' || e == '=') {
                p.raiseError(ErrType::SyntaxError, std::string("f-string: expression required before '") + e + "'");
                return nullptr;
            }
            p.raiseError(ErrType::SyntaxError, "f-string: empty expression not allowed");
            return nullptr;
        }
        // fstring_find_expr_location: shift for the columns/lines before the '{'.
        std::size_t brace = exprStart - 1;
        int lines = 0, cols = 0;
        bool newlineAfterBrace = true;
        for (std::size_t k = brace + 1; k < text.size() && text[k] != '}' && text[k] != '\n'; ++k) {
            if (text[k] != ' ' && text[k] != '\t' && text[k] != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        if (!newlineAfterBrace) {
            std::size_t k = brace;
            while (k > 0 && text[k] != '\n') k--;
            cols += static_cast<int>(brace - k);
            if (text[k] == '\n') cols -= 1;
        }
        for (std::size_t k = 0; k < brace; ++k)
            if (text[k] == '\n') lines++;

        std::string src = "(";
        src += text.substr(exprStart, exprEnd - exprStart);
        src += ")";
        std::string_view buffer = p.m_arena.copyString(translateNewlines(src, true));
        Parser::Config config;
        config.mode = Parser::Mode::FString;
        config.charOffsets = false;
        config.lexer.initialLineno = t->lineno + lines - 1;
        config.lexer.startingLineno = t->lineno + lines;
        config.lexer.startingColOffset = lines != 0 ? cols : t->colOffset + cols;
        Parser sub(p.m_arena, buffer, config);
        Expr* e = static_cast<Expr*>(sub.run());
        if (e == nullptr) {
            p.m_error = std::move(sub.error());
            p.m_errorIndicator = true;
        }
        return e;
    }

    // fstring_find_expr
    int findExpr(std::size_t& str, std::size_t end, int recurseLvl, std::string& exprText, bool& hasExprText, Expr*& expression)
    {
        hasExprText = false;
        int conversion = -1;
        Expr* formatSpec = nullptr;
        char quoteChar = 0;
        int stringType = 0;
        int nestedDepth = 0;
        char parenStack[Lexer::kMaxLevel];
        if (recurseLvl >= 2) {
            p.raiseError(ErrType::SyntaxError, "f-string: expressions nested too deeply");
            return -1;
        }
        str += 1;
        std::size_t exprStart = str;
        for (; str < end; str++) {
            char ch = text[str];
            if (ch == '\\') {
                p.raiseError(ErrType::SyntaxError, "f-string expression part cannot include a backslash");
                return -1;
            }
            if (quoteChar) {
                if (ch == quoteChar) {
                    if (stringType == 3) {
                        if (str + 2 < end && text[str + 1] == ch && text[str + 2] == ch) {
                            str += 2;
                            stringType = 0;
                            quoteChar = 0;
                            continue;
                        }
                    } else {
                        quoteChar = 0;
                        stringType = 0;
                        continue;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                if (str + 2 < end && text[str + 1] == ch && text[str + 2] == ch) {
                    stringType = 3;
                    str += 2;
                } else {
                    stringType = 1;
                }
                quoteChar = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (nestedDepth >= Lexer::kMaxLevel) {
                    p.raiseError(ErrType::SyntaxError, "f-string: too many nested parenthesis");
                    return -1;
                }
                parenStack[nestedDepth++] = ch;
            } else if (ch == '#') {
                p.raiseError(ErrType::SyntaxError, "f-string expression part cannot include '#'");
                return -1;
            } else if (nestedDepth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (str + 1 < end) {
                    char next = text[str + 1];
                    if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                        str += 1;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') continue;
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (!nestedDepth) {
                    p.raiseError(ErrType::SyntaxError, std::string("f-string: unmatched '") + ch + "'");
                    return -1;
                }
                nestedDepth--;
                char opening = parenStack[nestedDepth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                    p.raiseError(ErrType::SyntaxError,
                                 std::string("f-string: closing parenthesis '") + ch + "' does not match opening parenthesis '" + opening + "'");
                    return -1;
                }
            }
        }
        std::size_t exprEnd = str;
        if (quoteChar) {
            p.raiseError(ErrType::SyntaxError, "f-string: unterminated string");
            return -1;
        }
        if (nestedDepth) {
            p.raiseError(ErrType::SyntaxError, std::string("f-string: unmatched '") + parenStack[nestedDepth - 1] + "'");
            return -1;
        }
        if (str >= end) goto unexpectedEnd;
        {
            Expr* simple = compileExpr(exprStart, exprEnd);
            if (simple == nullptr) return -1;
            if (text[str] == '=') {
                str += 1;
                while (str < text.size() && std::isspace(static_cast<unsigned char>(text[str]))) str += 1;
                if (str >= end) goto unexpectedEnd;
                exprText.assign(text.substr(exprStart, str - exprStart));
                hasExprText = true;
            }
            if (text[str] == '!') {
                str += 1;
                if (str >= end) goto unexpectedEnd;
                conversion = static_cast<unsigned char>(text[str]);
                str += 1;
                if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
                    p.raiseError(ErrType::SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
                    return -1;
                }
            }
            if (str >= end) goto unexpectedEnd;
            if (text[str] == ':') {
                str += 1;
                if (str >= end) goto unexpectedEnd;
                formatSpec = parse(str, end, recurseLvl + 1);
                if (formatSpec == nullptr) return -1;
            }
            if (str >= end || text[str] != '}') goto unexpectedEnd;
            str += 1;
            if (hasExprText && formatSpec == nullptr && conversion == -1) conversion = 'r';
            FormattedValue* fv = p.nodeSpan<FormattedValue>(first, last);
            fv->value = simple;
            fv->conversion = conversion;
            fv->formatSpec = formatSpec;
            expression = fv;
            return 0;
        }
    unexpectedEnd:
        p.raiseError(ErrType::SyntaxError, "f-string: expecting '}'");
        return -1;
    }

    // _PyPegen_FstringParser_ConcatFstring
    bool concat(FStringBuilder& state, std::size_t& str, std::size_t end, int recurseLvl)
    {
        state.fmode = true;
        for (;;) {
            std::string literal;
            std::string exprText;
            bool hasExprText = false;
            Expr* expression = nullptr;
            int result = findLiteral(str, end, literal, recurseLvl);
            if (result < 0) return false;
            if (result == 0 && !(str >= end || text[str] == '}')) {
                if (findExpr(str, end, recurseLvl, exprText, hasExprText, expression) < 0) return false;
            }
            state.lastStr += literal;
            if (hasExprText) state.lastStr += exprText;
            if (result == 1) continue;
            if (expression == nullptr) break;
            if (!state.lastStr.empty()) state.exprs.push_back(state.strNode(first, last));
            state.exprs.push_back(expression);
        }
        if (recurseLvl == 0 && str + 1 < end) {
            p.raiseError(ErrType::SyntaxError, "f-string: unexpected end of string");
            return false;
        }
        if (recurseLvl != 0 && (str >= text.size() || text[str] != '}')) {
            p.raiseError(ErrType::SyntaxError, "f-string: expecting '}'");
            return false;
        }
        return true;
    }

    // fstring_parse: a nested format spec, positioned at the current token.
    Expr* parse(std::size_t& str, std::size_t end, int recurseLvl)
    {
        FStringBuilder state(p);
        if (!concat(state, str, end, recurseLvl)) return nullptr;
        return state.finish(t, t);
    }
};

} // namespace

// ---------------------------------------------------------------------------------------------
// Concatenation (_PyPegen_concatenate_strings)

Expr* Parser::concatenateStrings(const std::vector<Token*>& tokens)
{
    Token* first = tokens.front();
    Token* last = tokens.back();
    bool bytesmode = false;
    std::string bytesStr;
    FStringBuilder state(*this);
    DecodeError decodeError;
    bool hasDecodeError = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        Token* t = tokens[i];
        std::string_view text = tokenText(t);
        StrToken st = analyzeString(text);
        std::string_view body = text.substr(st.bodyStart, st.bodyEnd - st.bodyStart);
        if (st.fmode) {
            if (i != 0 && bytesmode) {
                raiseError(ErrType::SyntaxError, "cannot mix bytes and nonbytes literals");
                return nullptr;
            }
            bytesmode = false;
            FStringParser fp{*this, text, first, t, last, st.raw, {}, false};
            std::size_t pos = st.bodyStart;
            if (!fp.concat(state, pos, st.bodyEnd, 0)) {
                if (!fp.hasDecodeError) return nullptr;
                decodeError = fp.decodeError;
                hasDecodeError = true;
                break;
            }
            continue;
        }
        if (st.bytes) {
            for (char ch : body) {
                if (static_cast<unsigned char>(ch) >= 0x80) {
                    raiseAt(t, "bytes can only contain ASCII literal characters");
                    return nullptr;
                }
            }
        }
        bool raw = st.raw || body.find('\\') == std::string_view::npos;
        std::string decoded;
        if (raw) {
            decoded.assign(body);
        } else {
            bool ok = st.bytes ? decodeBytesWithEscapes(body, decoded, decodeError) : decodeStrWithEscapes(body, decoded, decodeError);
            if (!ok) {
                hasDecodeError = true;
                break;
            }
        }
        if (i != 0 && bytesmode != st.bytes) {
            raiseError(ErrType::SyntaxError, "cannot mix bytes and nonbytes literals");
            return nullptr;
        }
        bytesmode = st.bytes;
        if (st.bytes) bytesStr += decoded;
        else state.lastStr += decoded;
    }
    if (hasDecodeError) {
        raiseError(ErrType::SyntaxError, std::string(decodeError.isUnicode ? "(unicode error) " : "(value error) ") + decodeError.message);
        return nullptr;
    }
    if (bytesmode) {
        Constant* c = nodeSpan<Constant>(first, last);
        c->valueKind = ConstantKind::Bytes;
        c->text = m_arena.copyString(bytesStr);
        return c;
    }
    return state.finish(first, last);
}

} // namespace hs::frontend::detail
