// Heapscope front end: parser runtime (tokens, memo, two-pass error strategy) and AST helpers.
// Port of CPython 3.11 Parser/pegen.c, pegen_errors.c and the helpers of action_helpers.c.
//
// Sections: public entry points · token access · memo & recursion guard · run (two passes) ·
// error raising · AST helpers.
#include "frontend/parser.h"

#include "frontend/parser_impl.h"
#include "frontend/unicode.h"

#include <cstring>

namespace hs::frontend {

namespace {

ParseResult runTopLevel(std::string_view source, detail::Parser::Mode mode)
{
    ParseResult result;
    result.arena = std::make_unique<Arena>();
    if (source.find('\0') != std::string_view::npos) {
        SyntaxErrorInfo e;
        e.msg = "source code string cannot contain null bytes";
        e.has_text = false;
        result.error = std::move(e);
        return result;
    }
    std::string translated = translateNewlines(source, mode == detail::Parser::Mode::File);
    result.source = result.arena->copyString(translated);
    detail::Parser::Config config;
    config.mode = mode;
    detail::Parser parser(*result.arena, result.source, config);
    void* tree = parser.run();
    if (tree == nullptr) {
        result.error = std::move(parser.error());
        if (!result.error) {
            result.error.emplace();
            result.error->msg = "invalid syntax";
        }
    } else if (mode == detail::Parser::Mode::File) {
        result.module = static_cast<ast::Module*>(tree);
    } else {
        result.expression = static_cast<ast::Expression*>(tree);
    }
    return result;
}

} // namespace

ParseResult parseModule(std::string_view source) { return runTopLevel(source, detail::Parser::Mode::File); }

ParseResult parseExpression(std::string_view source) { return runTopLevel(source, detail::Parser::Mode::Eval); }

namespace detail {

Parser::Parser(Arena& arena, std::string_view buffer, Config config)
    : m_arena(arena), m_config(config), m_lexer(buffer, config.lexer)
{
}

// ---------------------------------------------------------------------------------------------
// Token access

bool Parser::fillToken()
{
    m_tokens.push_back(m_lexer.next());
    if (m_tokens.back().kind == TokenKind::ErrorToken) {
        tokenizerError();
        return false;
    }
    return true;
}

Token* Parser::peekToken()
{
    if (m_mark == static_cast<int>(m_tokens.size()) && !fillToken()) {
        m_errorIndicator = true;
        return nullptr;
    }
    return &m_tokens[m_mark];
}

Token* Parser::expect(TokenKind kind)
{
    Token* t = peekToken();
    if (t == nullptr || t->kind != kind) return nullptr;
    m_mark++;
    return t;
}

bool Parser::check(TokenKind kind)
{
    Token* t = peekToken();
    return t != nullptr && t->kind == kind;
}

Token* Parser::expectForced(TokenKind kind, const char* expected)
{
    if (m_errorIndicator) return nullptr;
    Token* t = peekToken();
    if (t == nullptr) return nullptr;
    if (t->kind != kind) {
        raiseAt(t, std::string("expected '") + expected + "'");
        return nullptr;
    }
    m_mark++;
    return t;
}

Token* Parser::lastNonWhitespaceToken()
{
    Token* token = nullptr;
    for (int m = m_mark - 1; m >= 0; m--) {
        token = &m_tokens[m];
        if (token->kind != TokenKind::EndMarker && (token->kind < TokenKind::Newline || token->kind > TokenKind::Dedent)) break;
    }
    return token;
}

bool Parser::start(Start& s)
{
    if (m_mark == static_cast<int>(m_tokens.size()) && !fillToken()) {
        m_errorIndicator = true;
        return false;
    }
    s.lineno = m_tokens[m_mark].lineno;
    s.col = m_tokens[m_mark].colOffset;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Memo & recursion guard

bool Parser::enter()
{
    if (m_level++ == kMaxStack) setMemoryError();
    if (m_errorIndicator) {
        m_level--;
        return false;
    }
    return true;
}

void Parser::setMemoryError()
{
    m_errorIndicator = true;
    SyntaxErrorInfo e;
    e.type = "MemoryError";
    e.has_text = false;
    m_error = std::move(e);
}

void Parser::insertMemo(int mark, int type, void* node)
{
    Token& t = m_tokens[mark];
    t.memo = m_arena.make<Memo>(Memo{node, t.memo, type, m_mark});
    t.memoMask |= 1u << type;
}

// ---------------------------------------------------------------------------------------------
// Run: first pass without invalid_* rules, second pass with them (pegen.c _PyPegen_run_parser)

void* Parser::run()
{
    auto parseStart = [this]() -> void* {
        switch (m_config.mode) {
        case Mode::File: return fileRule();
        case Mode::Eval: return evalRule();
        case Mode::FString: return fstringRule();
        }
        return nullptr;
    };
    void* res = parseStart();
    if (res != nullptr) return res;
    if (m_error && m_error->type == "MemoryError") return nullptr;
    Token* lastToken = &m_tokens.back();
    resetForErrorPass();
    parseStart();
    setSyntaxError(lastToken);
    return nullptr;
}

void Parser::resetForErrorPass()
{
    for (std::size_t i = 0; i < m_tokens.size(); ++i) {
        m_tokens[i].memo = nullptr;
        m_tokens[i].memoMask = 0;
    }
    m_mark = 0;
    m_callInvalidRules = true;
}

void Parser::setSyntaxError(Token* lastToken)
{
    if (m_error) {
        bool tokOk = m_lexer.done() == Lexer::Done::Ok;
        if (tokOk && m_error->type != "MemoryError") tokenizeFullSourceToCheckForErrors();
        return;
    }
    if (lastToken->kind == TokenKind::ErrorToken && m_lexer.done() == Lexer::Done::Eof) {
        if (m_lexer.level()) raiseUnclosedParenthesesError();
        else raiseError(ErrType::SyntaxError, "unexpected EOF while parsing");
        return;
    }
    if (lastToken->kind == TokenKind::Indent || lastToken->kind == TokenKind::Dedent) {
        raiseError(ErrType::IndentationError, lastToken->kind == TokenKind::Indent ? "unexpected indent" : "unexpected unindent");
        return;
    }
    raiseAt(lastToken, "invalid syntax");
    tokenizeFullSourceToCheckForErrors();
}

void Parser::tokenizeFullSourceToCheckForErrors()
{
    // Like PyErr_Fetch/PyErr_Restore: a new error replaces the pending one, else it is kept.
    std::optional<SyntaxErrorInfo> pending = std::move(m_error);
    m_error.reset();
    int currentErrLine = m_tokens.back().lineno;
    for (;;) {
        Token t = m_lexer.next();
        if (t.kind == TokenKind::ErrorToken) {
            if (m_lexer.error()) {
                m_error = *m_lexer.error();
            } else if (m_lexer.level() != 0) {
                int errorLineno = m_lexer.parenLineno(m_lexer.level() - 1);
                if (currentErrLine > errorLineno) raiseUnclosedParenthesesError();
            }
            break;
        }
        if (t.kind == TokenKind::EndMarker) break;
    }
    if (!m_error) m_error = std::move(pending);
}

void Parser::raiseUnclosedParenthesesError()
{
    int level = m_lexer.level();
    int lineno = m_lexer.parenLineno(level - 1);
    int col = m_lexer.parenCol(level - 1);
    raiseErrorKnownLocation(ErrType::SyntaxError, lineno, col, lineno, -1,
                            std::string("'") + m_lexer.parenChar(level - 1) + "' was never closed");
}

void Parser::tokenizerError()
{
    if (m_lexer.error()) {
        m_error = *m_lexer.error();
        return;
    }
    ErrType type = ErrType::SyntaxError;
    const char* msg = nullptr;
    long col = -1;
    switch (m_lexer.done()) {
    case Lexer::Done::Eof:
        if (m_lexer.level()) raiseUnclosedParenthesesError();
        else raiseError(ErrType::SyntaxError, "unexpected EOF while parsing");
        return;
    case Lexer::Done::Dedent:
        raiseError(ErrType::IndentationError, "unindent does not match any outer indentation level");
        return;
    case Lexer::Done::TabSpace:
        type = ErrType::TabError;
        msg = "inconsistent use of tabs and spaces in indentation";
        break;
    case Lexer::Done::TooDeep:
        type = ErrType::IndentationError;
        msg = "too many levels of indentation";
        break;
    case Lexer::Done::LineCont:
        col = static_cast<long>(m_lexer.cur()) - static_cast<long>(m_lexer.bufStart()) - 1;
        msg = "unexpected character after line continuation character";
        break;
    default:
        msg = "unknown parsing error";
    }
    raiseErrorKnownLocation(type, m_lexer.lineno(), static_cast<int>(col >= 0 ? col : 0), m_lexer.lineno(), -1, msg);
}

// ---------------------------------------------------------------------------------------------
// Error raising (pegen_errors.c)

void* Parser::raiseError(ErrType type, std::string msg)
{
    if (m_tokens.empty()) {
        raiseErrorKnownLocationRaw(type, 0, 0, 0, -1, std::move(msg));
        return nullptr;
    }
    Token* t = &m_tokens.back();
    long col;
    long endCol = -1;
    if (t->colOffset == -1) {
        if (m_lexer.cur() == m_lexer.bufStart()) col = 0;
        else col = static_cast<long>(m_lexer.cur() - m_lexer.lineStart());
    } else {
        col = t->colOffset + 1;
    }
    if (t->endColOffset != -1) endCol = t->endColOffset + 1;
    raiseErrorKnownLocationRaw(type, t->lineno, col, t->endLineno, endCol, std::move(msg));
    return nullptr;
}

void* Parser::raiseErrorKnownLocation(ErrType type, int lineno, int col, int endLineno, int endCol, std::string msg)
{
    long c = col == kCurrentPos ? kCurrentPos : col + 1;
    long e = endCol == kCurrentPos ? kCurrentPos : endCol + 1;
    raiseErrorKnownLocationRaw(type, lineno, c, endLineno, e, std::move(msg));
    return nullptr;
}

namespace {

// _PyPegen_byte_offset_to_character_offset
long byteOffsetToCharOffset(const std::string& line, long col)
{
    long len = static_cast<long>(std::strlen(line.c_str()));
    if (col > len + 1) col = len + 1;
    if (col <= 0) return 0;
    long n = charCount(line, static_cast<std::size_t>(col > len ? len : col));
    if (col > len) n += 1; // the terminating NUL decodes as one more character
    return n;
}

} // namespace

void Parser::raiseErrorKnownLocationRaw(ErrType type, int lineno, long col, int endLineno, long endCol, std::string msg)
{
    // An error already raised (typically by the tokenizer during a lookahead) is kept.
    if (m_errorIndicator && m_error) return;
    m_errorIndicator = true;
    if (endLineno == kCurrentPos) endLineno = m_lexer.lineno();
    if (endCol == kCurrentPos) endCol = static_cast<long>(m_lexer.cur() - m_lexer.lineStart());
    if (m_config.mode == Mode::FString) msg = "f-string: " + msg;

    std::string_view buf = m_lexer.buffer();
    std::string errorLine;
    if (m_lexer.lineno() <= lineno && m_lexer.inp() > m_lexer.bufStart()) {
        errorLine = std::string(buf.substr(m_lexer.bufStart(), m_lexer.inp() - m_lexer.bufStart()));
    } else {
        // get_error_line_from_tokenizer_buffers
        int relative = m_config.lexer.startingLineno ? lineno - m_config.lexer.startingLineno + 1 : lineno;
        std::size_t cur = 0;
        for (int i = 0; i < relative - 1; i++) {
            std::size_t nl = buf.find('\n', cur);
            if (nl == std::string_view::npos || nl + 1 > m_lexer.inp()) break;
            cur = nl + 1;
        }
        std::size_t next = buf.find('\n', cur);
        if (next == std::string_view::npos) next = buf.size();
        errorLine = std::string(buf.substr(cur, next - cur));
    }
    if (m_config.mode == Mode::FString) {
        col -= m_config.lexer.startingColOffset;
        endCol -= m_config.lexer.startingColOffset;
    }
    long colNumber = col;
    long endColNumber = endCol;
    if (m_config.charOffsets) {
        colNumber = byteOffsetToCharOffset(errorLine, col);
        if (endColNumber > 0) endColNumber = byteOffsetToCharOffset(errorLine, endColNumber);
    }
    SyntaxErrorInfo e;
    e.type = type == ErrType::SyntaxError ? "SyntaxError" : type == ErrType::IndentationError ? "IndentationError" : "TabError";
    e.msg = std::move(msg);
    e.lineno = lineno;
    e.offset = static_cast<int>(colNumber);
    e.end_lineno = endLineno;
    e.end_offset = static_cast<int>(endColNumber);
    e.text = std::move(errorLine);
    e.located = true;
    m_error = std::move(e);
}

void* Parser::raiseInvalidTarget(TargetsType type, Expr* e)
{
    Expr* invalid = invalidTarget(e, type);
    if (invalid == nullptr) return nullptr;
    const char* fmt = type == TargetsType::DelTargets ? "cannot delete " : "cannot assign to ";
    return raiseAt(invalid, std::string(fmt) + exprName(invalid));
}

// ---------------------------------------------------------------------------------------------
// AST helpers (action_helpers.c)

Name* Parser::nameFromToken(Token* t)
{
    if (t == nullptr) return nullptr;
    Name* n = nodeSpan<Name>(t, t);
    n->id = identifier(t);
    n->ctx = ExprContext::Load;
    return n;
}

// _PyPegen_new_identifier: non-ASCII names are NFKC-normalized. Only the compatibility
// characters a keyboard produces are mapped (fullwidth ASCII, MICRO SIGN, LONG S, ordinal
// indicators); other names are kept as written.
Identifier Parser::identifier(Token* t)
{
    std::string_view text = tokenText(t);
    bool ascii = true;
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
    if (ascii) return text;
    std::string out;
    bool changed = false;
    std::size_t i = 0;
    while (i < text.size()) {
        char32_t c = decodeUtf8(text, i);
        char32_t m = c;
        if (c >= 0xFF01 && c <= 0xFF5E) m = c - 0xFF01 + 0x21;
        else if (c == 0xB5) m = 0x3BC;
        else if (c == 0x17F) m = 's';
        else if (c == 0xAA) m = 'a';
        else if (c == 0xBA) m = 'o';
        changed |= m != c;
        appendUtf8(out, m);
    }
    return changed ? m_arena.copyString(out) : text;
}

Expr* Parser::setExprContext(Expr* e, ExprContext ctx)
{
    auto seqContext = [&](const Seq<Expr*>& elts) {
        Seq<Expr*> out;
        if (elts.empty()) return out;
        out = m_arena.copySeq(elts.items, elts.count);
        for (Expr*& x : out) x = setExprContext(x, ctx);
        return out;
    };
    switch (e->kind) {
    case ExprKind::Name: {
        Name* n = nodeSpan<Name>(e, e);
        n->id = e->as<Name>().id;
        n->ctx = ctx;
        return n;
    }
    case ExprKind::Tuple: {
        Tuple* n = nodeSpan<Tuple>(e, e);
        n->elts = seqContext(e->as<Tuple>().elts);
        n->ctx = ctx;
        return n;
    }
    case ExprKind::List: {
        List* n = nodeSpan<List>(e, e);
        n->elts = seqContext(e->as<List>().elts);
        n->ctx = ctx;
        return n;
    }
    case ExprKind::Subscript: {
        Subscript* n = nodeSpan<Subscript>(e, e);
        n->value = e->as<Subscript>().value;
        n->slice = e->as<Subscript>().slice;
        n->ctx = ctx;
        return n;
    }
    case ExprKind::Attribute: {
        Attribute* n = nodeSpan<Attribute>(e, e);
        n->value = e->as<Attribute>().value;
        n->attr = e->as<Attribute>().attr;
        n->ctx = ctx;
        return n;
    }
    case ExprKind::Starred: {
        Starred* n = nodeSpan<Starred>(e, e);
        n->value = setExprContext(e->as<Starred>().value, ctx);
        n->ctx = ctx;
        return n;
    }
    default:
        return e;
    }
}

Arguments* Parser::makeArguments(Seq<Arg*>* slashWithoutDefault, SlashWithDefault* slashWithDefault,
                                 Seq<Arg*>* plainNames, Seq<NameDefaultPair*>* namesWithDefault, StarEtc* starEtc)
{
    Arguments* a = m_arena.make<Arguments>();
    std::vector<Arg*> names;
    std::vector<Expr*> values;
    if (slashWithoutDefault != nullptr) {
        a->posonlyargs = *slashWithoutDefault;
    } else if (slashWithDefault != nullptr) {
        names.assign(slashWithDefault->plainNames.begin(), slashWithDefault->plainNames.end());
        for (NameDefaultPair* p : slashWithDefault->namesWithDefaults) names.push_back(p->arg);
        a->posonlyargs = seq(names);
    }
    names.clear();
    if (plainNames != nullptr) names.assign(plainNames->begin(), plainNames->end());
    if (namesWithDefault != nullptr)
        for (NameDefaultPair* p : *namesWithDefault) names.push_back(p->arg);
    a->args = seq(names);
    if (slashWithDefault != nullptr)
        for (NameDefaultPair* p : slashWithDefault->namesWithDefaults) values.push_back(p->value);
    if (namesWithDefault != nullptr)
        for (NameDefaultPair* p : *namesWithDefault) values.push_back(p->value);
    a->defaults = seq(values);
    if (starEtc != nullptr) {
        a->vararg = starEtc->vararg;
        a->kwarg = starEtc->kwarg;
        if (starEtc->kwonlyargs != nullptr) {
            names.clear();
            values.clear();
            for (NameDefaultPair* p : *starEtc->kwonlyargs) {
                names.push_back(p->arg);
                values.push_back(p->value);
            }
            a->kwonlyargs = seq(names);
            a->kwDefaults = seq(values);
        }
    }
    return a;
}

Arguments* Parser::emptyArguments() { return m_arena.make<Arguments>(); }

Call* Parser::collectCallSeqs(Seq<Expr*>* a, Seq<KeywordOrStarred*>* b, const Start& s)
{
    Call* call = node<Call>(s);
    if (b == nullptr) {
        call->args = *a;
        return call;
    }
    std::vector<Expr*> args(a->begin(), a->end());
    std::vector<Keyword*> keywords;
    for (KeywordOrStarred* k : *b) {
        if (k->isKeyword) keywords.push_back(static_cast<Keyword*>(k->element));
        else args.push_back(static_cast<Expr*>(k->element));
    }
    call->args = seq(args);
    call->keywords = seq(keywords);
    return call;
}

const char* Parser::exprName(const Expr* e)
{
    switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
        switch (e->as<Constant>().valueKind) {
        case ConstantKind::None: return "None";
        case ConstantKind::False: return "False";
        case ConstantKind::True: return "True";
        case ConstantKind::Ellipsis: return "ellipsis";
        default: return "literal";
        }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    default: return "expression";
    }
}

bool Parser::isLegacyStmt(const Expr* e)
{
    if (e->kind != ExprKind::Name) return false;
    std::string_view id = e->as<Name>().id;
    return id == "print" || id == "exec";
}

Expr* Parser::lastComprehensionItem(Comprehension* c)
{
    if (c->ifs.empty()) return c->iter;
    return c->ifs.back();
}

Expr* Parser::invalidTarget(Expr* e, TargetsType type)
{
    if (e == nullptr) return nullptr;
    switch (e->kind) {
    case ExprKind::List:
    case ExprKind::Tuple:
        for (Expr* x : e->as<Sequence>().elts) {
            Expr* child = invalidTarget(x, type);
            if (child != nullptr) return child;
        }
        return nullptr;
    case ExprKind::Starred:
        if (type == TargetsType::DelTargets) return e;
        return invalidTarget(e->as<Starred>().value, type);
    case ExprKind::Compare:
        if (type == TargetsType::ForTargets) {
            const Compare& c = e->as<Compare>();
            if (c.ops[0] == CmpOpKind::In) return invalidTarget(c.left, type);
            return nullptr;
        }
        return e;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute: return nullptr;
    default: return e;
    }
}

} // namespace detail
} // namespace hs::frontend
