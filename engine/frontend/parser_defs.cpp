// Heapscope front end: blocks, decorators, class and function definitions and their parameters
// (Python 3.11 grammar). Each function is one grammar rule; alternatives in the grammar's order.
//
// Sections: blocks & decorators · class/def · parameters.
#include "frontend/parser_impl.h"

namespace hs::frontend::detail {

using TK = TokenKind;

// ---------------------------------------------------------------------------------------------
// Blocks & decorators

// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
Seq<Stmt*>* Parser::block()
{
    HS_ENTER();
    Seq<Stmt*>* res = nullptr;
    if (isMemoized(kMemoBlock, res)) return res;
    int mark = m_mark;
    auto done = [&](Seq<Stmt*>* r) {
        insertMemo(mark, kMemoBlock, r);
        return r;
    };
    {
        Seq<Stmt*>* a;
        if (expect(TK::Newline) && expect(TK::Indent) && (a = statements()) && expect(TK::Dedent)) return done(a);
        HS_FAIL_ALT(mark);
    }
    if (Seq<Stmt*>* a = simpleStmts()) return done(a);
    HS_FAIL_ALT(mark);
    if (m_callInvalidRules) {
        if (void* r = invalidBlock()) return done(static_cast<Seq<Stmt*>*>(r));
        HS_FAIL_ALT(mark);
    }
    return done(nullptr);
}

// decorators: ('@' named_expression NEWLINE)+
Seq<Expr*>* Parser::decorators()
{
    HS_ENTER();
    int mark = m_mark;
    auto one = [&]() -> Expr* {
        int m = m_mark;
        Expr* f;
        if (expect(TK::At) && (f = namedExpression()) && expect(TK::Newline)) return f;
        m_mark = m;
        return nullptr;
    };
    if (Seq<Expr*>* a = loop1<Expr*>(one)) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Class and function definitions

// class_def: decorators class_def_raw | class_def_raw
Stmt* Parser::classDef()
{
    HS_ENTER();
    int mark = m_mark;
    {
        Seq<Expr*>* a;
        Stmt* b;
        if ((a = decorators()) && (b = classDefRaw())) {
            ClassDef* n = nodeSpan<ClassDef>(b, b);
            const ClassDef& c = b->as<ClassDef>();
            n->name = c.name;
            n->bases = c.bases;
            n->keywords = c.keywords;
            n->body = c.body;
            n->decoratorList = *a;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (Stmt* a = classDefRaw()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block
Stmt* Parser::classDefRaw()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (m_callInvalidRules) {
        if (void* r = invalidClassDefRaw()) return static_cast<Stmt*>(r);
        HS_FAIL_ALT(mark);
    }
    Token* a;
    Call* b = nullptr;
    Seq<Stmt*>* c;
    auto basesOpt = [&] {
        int m = m_mark;
        if (expect(TK::Lpar)) {
            Call* z = arguments();
            if (!m_errorIndicator && expect(TK::Rpar)) {
                b = z;
                return true;
            }
            m_mark = m;
        }
        return !m_errorIndicator;
    };
    if (expect(TK::KwClass) && (a = expect(TK::Name)) && basesOpt() && expect(TK::Colon) && (c = block())) {
        ClassDef* n = node<ClassDef>(s);
        n->name = identifier(a);
        if (b != nullptr) {
            n->bases = b->args;
            n->keywords = b->keywords;
        }
        n->body = *c;
        return n;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// function_def: decorators function_def_raw | function_def_raw
Stmt* Parser::functionDef()
{
    HS_ENTER();
    int mark = m_mark;
    {
        Seq<Expr*>* d;
        Stmt* f;
        if ((d = decorators()) && (f = functionDefRaw())) {
            const FunctionDef& old = f->as<FunctionDef>();
            FunctionDef* n = nodeSpan<FunctionDef>(f, f);
            n->kind = old.kind;
            n->name = old.name;
            n->args = old.args;
            n->body = old.body;
            n->returns = old.returns;
            n->decoratorList = *d;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (Stmt* a = functionDefRaw()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// function_def_raw:
//   | invalid_def_raw
//   | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
//   | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
Stmt* Parser::functionDefRaw()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (m_callInvalidRules) {
        if (void* r = invalidDefRaw()) return static_cast<Stmt*>(r);
        HS_FAIL_ALT(mark);
    }
    for (int isAsync = 0; isAsync < 2; ++isAsync) {
        Token* n;
        Arguments* params_;
        Expr* a = nullptr;
        Seq<Stmt*>* b;
        auto returnsOpt = [&] {
            int m = m_mark;
            if (expect(TK::Rarrow)) {
                a = expression();
                if (a == nullptr) m_mark = m;
            }
            return !m_errorIndicator;
        };
        if ((!isAsync || expect(TK::Async)) && expect(TK::KwDef) && (n = expect(TK::Name)) && expectForced(TK::Lpar, "(") &&
            ((params_ = params()), !m_errorIndicator) && expect(TK::Rpar) && returnsOpt() && expectForced(TK::Colon, ":") &&
            ((funcTypeComment()), !m_errorIndicator) && (b = block())) {
            FunctionDef* f = node<FunctionDef>(s);
            f->kind = isAsync ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef;
            f->name = identifier(n);
            f->args = params_ != nullptr ? params_ : emptyArguments();
            f->body = *b;
            f->returns = a;
            return f;
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT
// Type comments are never produced, but the rule still peeks past a NEWLINE like pegen does.
Token* Parser::funcTypeComment()
{
    HS_ENTER();
    int mark = m_mark;
    if (expect(TK::Newline)) peekToken();
    m_mark = mark;
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Parameters (shared by def and lambda through `lambda`)

// params: invalid_parameters | parameters
Arguments* Parser::params()
{
    HS_ENTER();
    int mark = m_mark;
    if (m_callInvalidRules) {
        if (void* r = invalidParameters()) return static_cast<Arguments*>(r);
        HS_FAIL_ALT(mark);
    }
    if (Arguments* a = parameters()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// parameters:
//   | slash_no_default param_no_default* param_with_default* [star_etc]
//   | slash_with_default param_with_default* [star_etc]
//   | param_no_default+ param_with_default* [star_etc]
//   | param_with_default+ [star_etc]
//   | star_etc
Arguments* Parser::parameters()
{
    HS_ENTER();
    int mark = m_mark;
    auto noDefault = [&] { return paramNoDefault(false); };
    auto withDefault = [&] { return paramWithDefault(false); };
    {
        Seq<Arg*>* a;
        Seq<Arg*>* b;
        Seq<NameDefaultPair*>* c;
        StarEtc* d;
        if ((a = slashNoDefault(false)) && (b = loop0<Arg*>(noDefault)) && (c = loop0<NameDefaultPair*>(withDefault)) &&
            ((d = starEtc()), !m_errorIndicator))
            return makeArguments(a, nullptr, b, c, d);
        HS_FAIL_ALT(mark);
    }
    {
        SlashWithDefault* a;
        Seq<NameDefaultPair*>* b;
        StarEtc* c;
        if ((a = slashWithDefault(false)) && (b = loop0<NameDefaultPair*>(withDefault)) && ((c = starEtc()), !m_errorIndicator))
            return makeArguments(nullptr, a, nullptr, b, c);
        HS_FAIL_ALT(mark);
    }
    {
        Seq<Arg*>* a;
        Seq<NameDefaultPair*>* b;
        StarEtc* c;
        if ((a = loop1<Arg*>(noDefault)) && (b = loop0<NameDefaultPair*>(withDefault)) && ((c = starEtc()), !m_errorIndicator))
            return makeArguments(nullptr, nullptr, a, b, c);
        HS_FAIL_ALT(mark);
    }
    {
        Seq<NameDefaultPair*>* a;
        StarEtc* b;
        if ((a = loop1<NameDefaultPair*>(withDefault)) && ((b = starEtc()), !m_errorIndicator))
            return makeArguments(nullptr, nullptr, nullptr, a, b);
        HS_FAIL_ALT(mark);
    }
    if (StarEtc* a = starEtc()) return makeArguments(nullptr, nullptr, nullptr, nullptr, a);
    HS_FAIL_ALT(mark);
    return nullptr;
}

// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'   (lambda: &':')
Seq<Arg*>* Parser::slashNoDefault(bool lambda)
{
    HS_ENTER();
    int mark = m_mark;
    TK closer = lambda ? TK::Colon : TK::Rpar;
    for (int alt = 0; alt < 2; ++alt) {
        Seq<Arg*>* a;
        if ((a = loop1<Arg*>([&] { return paramNoDefault(lambda); })) && expect(TK::Slash) &&
            (alt == 0 ? expect(TK::Comma) != nullptr : check(closer)))
            return a;
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// slash_with_default: param_no_default* param_with_default+ '/' ',' | ... '/' &')'
SlashWithDefault* Parser::slashWithDefault(bool lambda)
{
    HS_ENTER();
    int mark = m_mark;
    TK closer = lambda ? TK::Colon : TK::Rpar;
    for (int alt = 0; alt < 2; ++alt) {
        Seq<Arg*>* a;
        Seq<NameDefaultPair*>* b;
        if ((a = loop0<Arg*>([&] { return paramNoDefault(lambda); })) &&
            (b = loop1<NameDefaultPair*>([&] { return paramWithDefault(lambda); })) && expect(TK::Slash) &&
            (alt == 0 ? expect(TK::Comma) != nullptr : check(closer)))
            return m_arena.make<SlashWithDefault>(SlashWithDefault{*a, *b});
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// star_etc:
//   | invalid_star_etc
//   | '*' param_no_default param_maybe_default* [kwds]
//   | '*' param_no_default_star_annotation param_maybe_default* [kwds]
//   | '*' ',' param_maybe_default+ [kwds]
//   | kwds
StarEtc* Parser::starEtc()
{
    HS_ENTER();
    int mark = m_mark;
    if (m_callInvalidRules) {
        if (void* r = invalidStarEtc()) return static_cast<StarEtc*>(r);
        HS_FAIL_ALT(mark);
    }
    auto maybe = [&] { return paramMaybeDefault(false); };
    for (int alt = 0; alt < 2; ++alt) {
        Arg* a;
        Seq<NameDefaultPair*>* b;
        Arg* c;
        if (expect(TK::Star) && (a = alt == 0 ? paramNoDefault(false) : paramNoDefaultStarAnnotation()) &&
            (b = loop0<NameDefaultPair*>(maybe)) && ((c = kwds()), !m_errorIndicator))
            return m_arena.make<StarEtc>(StarEtc{a, b, c});
        HS_FAIL_ALT(mark);
    }
    {
        Seq<NameDefaultPair*>* b;
        Arg* c;
        if (expect(TK::Star) && expect(TK::Comma) && (b = loop1<NameDefaultPair*>(maybe)) && ((c = kwds()), !m_errorIndicator))
            return m_arena.make<StarEtc>(StarEtc{nullptr, b, c});
        HS_FAIL_ALT(mark);
    }
    if (Arg* a = kwds()) return m_arena.make<StarEtc>(StarEtc{nullptr, nullptr, a});
    HS_FAIL_ALT(mark);
    return nullptr;
}

// kwds: invalid_kwds | '**' param_no_default
Arg* Parser::kwds()
{
    HS_ENTER();
    int mark = m_mark;
    if (m_callInvalidRules) {
        if (void* r = invalidKwds()) return static_cast<Arg*>(r);
        HS_FAIL_ALT(mark);
    }
    Arg* a;
    if (expect(TK::DoubleStar) && (a = paramNoDefault(false))) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'   (lambda: &':')
Arg* Parser::paramNoDefault(bool lambda)
{
    HS_ENTER();
    int mark = m_mark;
    Arg* a;
    if ((a = param(lambda)) && expect(TK::Comma)) return a;
    HS_FAIL_ALT(mark);
    if ((a = param(lambda)) && check(lambda ? TK::Colon : TK::Rpar)) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// param_no_default_star_annotation: param_star_annotation ',' | param_star_annotation &')'
// param_star_annotation: NAME star_annotation;  star_annotation: ':' star_expression
Arg* Parser::paramNoDefaultStarAnnotation()
{
    HS_ENTER();
    int mark = m_mark;
    auto paramStar = [&]() -> Arg* {
        int m = m_mark;
        Start s;
        if (!start(s)) return nullptr;
        Token* n;
        Expr* b;
        if ((n = expect(TK::Name)) && expect(TK::Colon) && (b = starExpression())) {
            Arg* arg = node<Arg>(s);
            arg->arg = identifier(n);
            arg->annotation = b;
            return arg;
        }
        m_mark = m;
        return nullptr;
    };
    Arg* a;
    if ((a = paramStar()) && expect(TK::Comma)) return a;
    HS_FAIL_ALT(mark);
    if ((a = paramStar()) && check(TK::Rpar)) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// param_with_default: param default ',' | param default &')'
NameDefaultPair* Parser::paramWithDefault(bool lambda)
{
    HS_ENTER();
    int mark = m_mark;
    Arg* a;
    Expr* c;
    if ((a = param(lambda)) && (c = defaultRule()) && expect(TK::Comma)) return m_arena.make<NameDefaultPair>(NameDefaultPair{a, c});
    HS_FAIL_ALT(mark);
    if ((a = param(lambda)) && (c = defaultRule()) && check(lambda ? TK::Colon : TK::Rpar))
        return m_arena.make<NameDefaultPair>(NameDefaultPair{a, c});
    HS_FAIL_ALT(mark);
    return nullptr;
}

// param_maybe_default: param default? ',' | param default? &')'
NameDefaultPair* Parser::paramMaybeDefault(bool lambda)
{
    HS_ENTER();
    int mark = m_mark;
    Arg* a;
    Expr* c;
    if ((a = param(lambda)) && ((c = defaultRule()), !m_errorIndicator) && expect(TK::Comma))
        return m_arena.make<NameDefaultPair>(NameDefaultPair{a, c});
    HS_FAIL_ALT(mark);
    if ((a = param(lambda)) && ((c = defaultRule()), !m_errorIndicator) && check(lambda ? TK::Colon : TK::Rpar))
        return m_arena.make<NameDefaultPair>(NameDefaultPair{a, c});
    HS_FAIL_ALT(mark);
    return nullptr;
}

// param: NAME annotation?   (lambda_param: NAME);  annotation: ':' expression
Arg* Parser::param(bool lambda)
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Token* a;
    Expr* b = nullptr;
    auto annotationOpt = [&] {
        if (lambda) return true;
        int m = m_mark;
        if (expect(TK::Colon)) {
            b = expression();
            if (b == nullptr) m_mark = m;
        }
        return !m_errorIndicator;
    };
    if ((a = expect(TK::Name)) && annotationOpt()) {
        Arg* arg = node<Arg>(s);
        arg->arg = identifier(a);
        arg->annotation = b;
        return arg;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// default: '=' expression | invalid_default
Expr* Parser::defaultRule()
{
    HS_ENTER();
    int mark = m_mark;
    Expr* a;
    if (expect(TK::Equal) && (a = expression())) return a;
    HS_FAIL_ALT(mark);
    if (m_callInvalidRules) {
        if (void* r = invalidDefault()) return static_cast<Expr*>(r);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

} // namespace hs::frontend::detail
