// Heapscope front end: the invalid_* rules that produce CPython 3.11's specialised SyntaxErrors.
// Only reached in the second pass (or from the few ungated alternatives, as in pegen).
//
// Convention: an alternative that matches runs its action and ends the rule, even when the
// action raises nothing (pegen's `goto done` with a NULL result) — that case returns nullptr
// without trying later alternatives.
//
// Sections: arguments & expressions · assignments & targets · blocks & comprehensions ·
// parameters · compound statements · dict displays.
#include "frontend/parser_impl.h"

namespace hs::frontend::detail {

using TK = TokenKind;

// ---------------------------------------------------------------------------------------------
// Arguments and expressions

// invalid_arguments (3.11.7):
//   | ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs) ',' '*'
//   | expression for_if_clauses ',' [args | expression for_if_clauses]
//   | NAME '=' expression for_if_clauses
//   | args for_if_clauses
//   | args ',' expression for_if_clauses
//   | args ',' args
void* Parser::invalidArguments()
{
    HS_ENTER();
    int mark = m_mark;
    {
        auto positional = [&]() -> Expr* {
            int m = m_mark;
            if (Expr* x = starredExpression()) return x;
            m_mark = m;
            if (m_errorIndicator) return nullptr;
            Expr* e = assignmentExpression();
            if (e == nullptr) {
                m_mark = m;
                if (m_errorIndicator) return nullptr;
                if ((e = expression()) && check(TK::ColonEqual)) e = nullptr;
            }
            if (e != nullptr && !check(TK::Equal)) return e;
            m_mark = m;
            return nullptr;
        };
        auto withKwargs = [&] {
            int m = m_mark;
            if (gather<Expr*>(TK::Comma, positional) && expect(TK::Comma) && kwargs()) return true;
            m_mark = m;
            if (m_errorIndicator) return false;
            if (kwargs()) return true;
            m_mark = m;
            return false;
        };
        Token* b;
        if (withKwargs() && expect(TK::Comma) && (b = expect(TK::Star)))
            return raiseAt(b, "iterable argument unpacking follows keyword argument unpacking");
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        Seq<Comprehension*>* b;
        auto tail = [&] {
            int m = m_mark;
            if (args()) return true;
            m_mark = m;
            if (m_errorIndicator) return false;
            if (expression() && forIfClauses()) return true;
            m_mark = m;
            return !m_errorIndicator;
        };
        if ((a = expression()) && (b = forIfClauses()) && expect(TK::Comma) && tail())
            return raiseRange(a, lastComprehensionItem(b->back()), "Generator expression must be parenthesized");
        HS_FAIL_ALT(mark);
    }
    {
        Token* a;
        Token* b;
        if ((a = expect(TK::Name)) && (b = expect(TK::Equal)) && expression() && forIfClauses())
            return raiseRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        HS_FAIL_ALT(mark);
    }
    {
        Call* a;
        Seq<Comprehension*>* b;
        if ((a = args()) && (b = forIfClauses())) {
            // _PyPegen_nonparen_genexp_in_call
            if (a->args.size() <= 1) return nullptr;
            return raiseRange(a->args.back(), lastComprehensionItem(b->back()), "Generator expression must be parenthesized");
        }
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        Seq<Comprehension*>* b;
        if (args() && expect(TK::Comma) && (a = expression()) && (b = forIfClauses()))
            return raiseRange(a, lastComprehensionItem(b->back()), "Generator expression must be parenthesized");
        HS_FAIL_ALT(mark);
    }
    {
        Call* a;
        if ((a = args()) && expect(TK::Comma) && args()) {
            bool unpacking = false;
            for (Keyword* k : a->keywords)
                if (!k->hasArg) unpacking = true;
            return raiseError(ErrType::SyntaxError, unpacking ? "positional argument follows keyword argument unpacking"
                                                              : "positional argument follows keyword argument");
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// invalid_kwarg:
//   | ('True'|'False'|'None') '='
//   | NAME '=' expression for_if_clauses
//   | !(NAME '=') expression '='
void* Parser::invalidKwarg()
{
    HS_ENTER();
    int mark = m_mark;
    {
        Token* a = peekToken();
        Token* b;
        if (a != nullptr && (a->kind == TK::KwTrue || a->kind == TK::KwFalse || a->kind == TK::KwNone)) {
            m_mark++;
            if ((b = expect(TK::Equal))) return raiseRange(a, b, "cannot assign to " + std::string(tokenText(a)));
        }
        HS_FAIL_ALT(mark);
    }
    {
        Token* a;
        Token* b;
        if ((a = expect(TK::Name)) && (b = expect(TK::Equal)) && expression() && forIfClauses())
            return raiseRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        HS_FAIL_ALT(mark);
    }
    {
        bool nameEq = expect(TK::Name) && expect(TK::Equal);
        m_mark = mark;
        if (m_errorIndicator) return nullptr;
        Expr* a;
        Token* b;
        if (!nameEq && (a = expression()) && (b = expect(TK::Equal)))
            return raiseRange(a, b, "expression cannot contain assignment, perhaps you meant \"==\"?");
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// invalid_legacy_expression: NAME !'(' star_expressions
void* Parser::invalidLegacyExpression()
{
    HS_ENTER();
    int mark = m_mark;
    Token* t;
    Expr* b;
    if ((t = expect(TK::Name)) && !check(TK::Lpar) && (b = starExpressions())) {
        Name* a = nameFromToken(t);
        if (!isLegacyStmt(a)) return nullptr;
        std::string id(a->id);
        return raiseRange(a, b, "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// invalid_expression:
//   | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
//   | disjunction 'if' disjunction !('else'|':')
void* Parser::invalidExpression()
{
    HS_ENTER();
    int mark = m_mark;
    {
        bool excluded = false;
        if (expect(TK::Name) && expect(TK::String)) excluded = true;
        m_mark = mark;
        if (!excluded && !m_errorIndicator) {
            Token* t = expect(TK::Name);
            if (t != nullptr) {
                // pegen's SOFT_KEYWORD test is strncmp(keyword, token, len(token)): any prefix
                // of a soft keyword ("c", "ma", ...) counts.
                std::string_view w = tokenText(t);
                for (std::string_view kw : {"_", "case", "match"})
                    if (kw.substr(0, w.size()) == w) excluded = true;
            }
            m_mark = mark;
        }
        if (m_errorIndicator) return nullptr;
        Expr* a;
        Expr* b;
        if (!excluded && (a = disjunction()) && (b = expressionWithoutInvalid())) {
            if (isLegacyStmt(a) || m_tokens[m_mark - 1].level == 0) return nullptr;
            return raiseRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
        }
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        Expr* b;
        if ((a = disjunction()) && expect(TK::KwIf) && (b = disjunction()) && !check(TK::KwElse) && !check(TK::Colon))
            return raiseRange(a, b, "expected 'else' after 'if' expression");
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// invalid_named_expression (memo):
//   | expression ':=' expression
//   | NAME '=' bitwise_or !('='|':=')
//   | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
void* Parser::invalidNamedExpression()
{
    HS_ENTER();
    void* res = nullptr;
    if (isMemoized(kMemoInvalidNamedExpression, res)) return res;
    int mark = m_mark;
    auto done = [&](void* r) {
        insertMemo(mark, kMemoInvalidNamedExpression, r);
        return r;
    };
    {
        Expr* a;
        if ((a = expression()) && expect(TK::ColonEqual) && expression())
            return raiseAt(a, std::string("cannot use assignment expressions with ") + exprName(a));
        HS_FAIL_ALT(mark);
    }
    {
        Token* a;
        Expr* b;
        if ((a = expect(TK::Name)) && expect(TK::Equal) && (b = bitwiseOr()) && !check(TK::Equal) && !check(TK::ColonEqual))
            return raiseRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        HS_FAIL_ALT(mark);
    }
    {
        bool excluded = false;
        {
            // !(list | tuple | genexp | 'True' | 'None' | 'False'), tried in that order
            if (list()) excluded = true;
            m_mark = mark;
            if (!excluded && !m_errorIndicator && tuple()) excluded = true;
            m_mark = mark;
            if (!excluded && !m_errorIndicator && genexp()) excluded = true;
            m_mark = mark;
            if (!excluded && !m_errorIndicator && (check(TK::KwTrue) || check(TK::KwNone) || check(TK::KwFalse))) excluded = true;
            if (m_errorIndicator) return nullptr;
        }
        Expr* a;
        if (!excluded && (a = bitwiseOr()) && expect(TK::Equal) && bitwiseOr() && !check(TK::Equal) && !check(TK::ColonEqual))
            return raiseAt(a, std::string("cannot assign to ") + exprName(a) + " here. Maybe you meant '==' instead of '='?");
        HS_FAIL_ALT(mark);
    }
    return done(nullptr);
}

// ---------------------------------------------------------------------------------------------
// Assignments and targets

// invalid_assignment:
//   | invalid_ann_assign_target ':' expression
//   | star_named_expression ',' star_named_expressions* ':' expression
//   | expression ':' expression
//   | (star_targets '=')* star_expressions '='
//   | (star_targets '=')* yield_expr '='
//   | star_expressions augassign (yield_expr | star_expressions)
void* Parser::invalidAssignment()
{
    HS_ENTER();
    int mark = m_mark;
    {
        Expr* a;
        if ((a = invalidAnnAssignTarget()) && expect(TK::Colon) && expression())
            return raiseAt(a, std::string("only single target (not ") + exprName(a) + ") can be annotated");
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        if ((a = starNamedExpression()) && expect(TK::Comma) && loop0<Seq<Expr*>*>([&] { return starNamedExpressions(); }) &&
            expect(TK::Colon) && expression())
            return raiseAt(a, "only single target (not tuple) can be annotated");
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        if ((a = expression()) && expect(TK::Colon) && expression()) return raiseAt(a, "illegal target for annotation");
        HS_FAIL_ALT(mark);
    }
    auto targetEq = [&]() -> Expr* {
        int m = m_mark;
        Expr* z;
        if ((z = starTargets()) && expect(TK::Equal)) return z;
        m_mark = m;
        return nullptr;
    };
    {
        Expr* a;
        if (loop0<Expr*>(targetEq) && (a = starExpressions()) && expect(TK::Equal)) return raiseInvalidTarget(TargetsType::StarTargets, a);
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        if (loop0<Expr*>(targetEq) && (a = yieldExpr()) && expect(TK::Equal)) return raiseAt(a, "assignment to yield expression not possible");
        HS_FAIL_ALT(mark);
    }
    {
        auto rhs = [&]() -> Expr* {
            int m = m_mark;
            if (Expr* y = yieldExpr()) return y;
            m_mark = m;
            if (m_errorIndicator) return nullptr;
            if (Expr* e = starExpressions()) return e;
            m_mark = m;
            return nullptr;
        };
        Expr* a;
        if ((a = starExpressions()) && augassign() && rhs())
            return raiseAt(a, std::string("'") + exprName(a) + "' is an illegal expression for augmented assignment");
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
Expr* Parser::invalidAnnAssignTarget()
{
    HS_ENTER();
    int mark = m_mark;
    if (Expr* a = list()) return a;
    HS_FAIL_ALT(mark);
    if (Expr* a = tuple()) return a;
    HS_FAIL_ALT(mark);
    {
        Expr* a;
        if (expect(TK::Lpar) && (a = invalidAnnAssignTarget()) && expect(TK::Rpar)) return a;
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// invalid_del_stmt: 'del' star_expressions
void* Parser::invalidDelStmt()
{
    HS_ENTER();
    int mark = m_mark;
    Expr* a;
    if (expect(TK::KwDel) && (a = starExpressions())) return raiseInvalidTarget(TargetsType::DelTargets, a);
    HS_FAIL_ALT(mark);
    return nullptr;
}

// invalid_with_item: expression 'as' expression &(',' | ')' | ':')
void* Parser::invalidWithItem()
{
    HS_ENTER();
    int mark = m_mark;
    Expr* a;
    if (expression() && expect(TK::KwAs) && (a = expression()) && (check(TK::Comma) || check(TK::Rpar) || check(TK::Colon)))
        return raiseInvalidTarget(TargetsType::StarTargets, a);
    HS_FAIL_ALT(mark);
    return nullptr;
}

// invalid_for_target: ASYNC? 'for' star_expressions
void* Parser::invalidForTarget()
{
    HS_ENTER();
    int mark = m_mark;
    Expr* a;
    if (((expect(TK::Async)), !m_errorIndicator) && expect(TK::KwFor) && (a = starExpressions()))
        return raiseInvalidTarget(TargetsType::ForTargets, a);
    HS_FAIL_ALT(mark);
    return nullptr;
}

// invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
void* Parser::invalidGroup()
{
    HS_ENTER();
    int mark = m_mark;
    {
        Expr* a;
        if (expect(TK::Lpar) && (a = starredExpression()) && expect(TK::Rpar)) return raiseAt(a, "cannot use starred expression here");
        HS_FAIL_ALT(mark);
    }
    {
        Token* a;
        if (expect(TK::Lpar) && (a = expect(TK::DoubleStar)) && expression() && expect(TK::Rpar))
            return raiseAt(a, "cannot use double starred expression here");
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
void* Parser::invalidImportFromTargets()
{
    HS_ENTER();
    int mark = m_mark;
    if (importFromAsNames() && expect(TK::Comma) && expect(TK::Newline))
        return raiseError(ErrType::SyntaxError, "trailing comma not allowed without surrounding parentheses");
    HS_FAIL_ALT(mark);
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Blocks and comprehensions

// invalid_block: NEWLINE !INDENT
void* Parser::invalidBlock()
{
    HS_ENTER();
    int mark = m_mark;
    if (expect(TK::Newline) && !check(TK::Indent)) return raiseError(ErrType::IndentationError, "expected an indented block");
    HS_FAIL_ALT(mark);
    return nullptr;
}

// invalid_comprehension:
//   | ('[' | '(' | '{') starred_expression for_if_clauses
//   | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
//   | ('[' | '{') star_named_expression ',' for_if_clauses
void* Parser::invalidComprehension()
{
    HS_ENTER();
    int mark = m_mark;
    auto open3 = [&] { return expect(TK::Lsqb) || expect(TK::Lpar) || expect(TK::Lbrace); };
    auto open2 = [&] { return expect(TK::Lsqb) || expect(TK::Lbrace); };
    {
        Expr* a;
        if (open3() && (a = starredExpression()) && forIfClauses()) return raiseAt(a, "iterable unpacking cannot be used in comprehension");
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        Seq<Expr*>* b;
        if (open2() && (a = starNamedExpression()) && expect(TK::Comma) && (b = starNamedExpressions()) && forIfClauses())
            return raiseRange(a, b->back(), "did you forget parentheses around the comprehension target?");
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        Token* b;
        if (open2() && (a = starNamedExpression()) && (b = expect(TK::Comma)) && forIfClauses())
            return raiseRange(a, b, "did you forget parentheses around the comprehension target?");
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
void* Parser::invalidDictComprehension()
{
    HS_ENTER();
    int mark = m_mark;
    Token* a;
    if (expect(TK::Lbrace) && (a = expect(TK::DoubleStar)) && bitwiseOr() && forIfClauses() && expect(TK::Rbrace))
        return raiseAt(a, "dict unpacking cannot be used in dict comprehension");
    HS_FAIL_ALT(mark);
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Parameters

// invalid_parameters_helper: slash_with_default | param_with_default+   (lambda variants alike)
void* Parser::invalidParametersHelper(bool lambda)
{
    HS_ENTER();
    int mark = m_mark;
    if (SlashWithDefault* a = slashWithDefault(lambda)) return single(a);
    HS_FAIL_ALT(mark);
    if (Seq<NameDefaultPair*>* a = loop1<NameDefaultPair*>([&] { return paramWithDefault(lambda); })) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

namespace {

// The parameter-list error alternatives shared by invalid_parameters and
// invalid_lambda_parameters (they differ in the parenthesized-parameters alternative).
struct ParamsErrors {
    Parser& p;
    bool lambda;

    void* run()
    {
        int mark = p.m_mark;
        auto noDefault = [&] { return p.paramNoDefault(lambda); };
        auto maybe = [&] { return p.paramMaybeDefault(lambda); };
        auto slashEither = [&]() -> bool {
            int m = p.m_mark;
            if (p.slashNoDefault(lambda)) return true;
            p.m_mark = m;
            if (p.m_errorIndicator) return false;
            if (p.slashWithDefault(lambda)) return true;
            p.m_mark = m;
            return false;
        };
        {
            Arg* a;
            if (p.loop0<Arg*>(noDefault) && p.invalidParametersHelper(lambda) && (a = noDefault()))
                return p.raiseAt(a, "non-default argument follows default argument");
            p.m_mark = mark;
            if (p.m_errorIndicator) return nullptr;
        }
        {
            Token* a;
            Token* b;
            bool ok;
            if (!lambda) {
                ok = p.loop0<Arg*>(noDefault) && (a = p.expect(TK::Lpar)) && p.loop1<Arg*>(noDefault) &&
                     ((p.expect(TK::Comma)), !p.m_errorIndicator) && (b = p.expect(TK::Rpar));
            } else {
                ok = p.loop0<Arg*>(noDefault) && (a = p.expect(TK::Lpar)) &&
                     p.gather<Arg*>(TK::Comma, [&] { return p.param(true); }) && ((p.expect(TK::Comma)), !p.m_errorIndicator) &&
                     (b = p.expect(TK::Rpar));
            }
            if (ok)
                return p.raiseRange(a, b, lambda ? "Lambda expression parameters cannot be parenthesized"
                                                 : "Function parameters cannot be parenthesized");
            p.m_mark = mark;
            if (p.m_errorIndicator) return nullptr;
        }
        {
            Token* a;
            if ((a = p.expect(TK::Slash)) && p.expect(TK::Comma)) return p.raiseAt(a, "at least one argument must precede /");
            p.m_mark = mark;
            if (p.m_errorIndicator) return nullptr;
        }
        {
            Token* a;
            if (slashEither() && p.loop0<NameDefaultPair*>(maybe) && (a = p.expect(TK::Slash)))
                return p.raiseAt(a, "/ may appear only once");
            p.m_mark = mark;
            if (p.m_errorIndicator) return nullptr;
        }
        {
            auto commaOrNoDefault = [&] {
                int m = p.m_mark;
                if (p.expect(TK::Comma)) return true;
                p.m_mark = m;
                if (p.m_errorIndicator) return false;
                if (noDefault()) return true;
                p.m_mark = m;
                return false;
            };
            Token* a;
            if (((slashEither()), !p.m_errorIndicator) && p.loop0<NameDefaultPair*>(maybe) && p.expect(TK::Star) && commaOrNoDefault() &&
                p.loop0<NameDefaultPair*>(maybe) && (a = p.expect(TK::Slash)))
                return p.raiseAt(a, "/ must be ahead of *");
            p.m_mark = mark;
            if (p.m_errorIndicator) return nullptr;
        }
        {
            Token* a;
            if (p.loop1<NameDefaultPair*>(maybe) && p.expect(TK::Slash) && (a = p.expect(TK::Star)))
                return p.raiseAt(a, "expected comma between / and *");
            p.m_mark = mark;
            if (p.m_errorIndicator) return nullptr;
        }
        return nullptr;
    }
};

} // namespace

// invalid_parameters:
//   | param_no_default* invalid_parameters_helper param_no_default
//   | param_no_default* '(' param_no_default+ ','? ')'
//   | "/" ','
//   | (slash_no_default | slash_with_default) param_maybe_default* '/'
//   | [(slash_no_default | slash_with_default)] param_maybe_default* '*' (',' | param_no_default)
//     param_maybe_default* '/'
//   | param_maybe_default+ '/' '*'
void* Parser::invalidParameters()
{
    HS_ENTER();
    return ParamsErrors{*this, false}.run();
}

// invalid_lambda_parameters: as invalid_parameters, with '(' ','.lambda_param+ ','? ')'.
void* Parser::invalidLambdaParameters()
{
    HS_ENTER();
    return ParamsErrors{*this, true}.run();
}

// invalid_default: '=' &(')'|',')
void* Parser::invalidDefault()
{
    HS_ENTER();
    int mark = m_mark;
    Token* a;
    if ((a = expect(TK::Equal)) && (check(TK::Rpar) || check(TK::Comma))) return raiseAt(a, "expected default value expression");
    HS_FAIL_ALT(mark);
    return nullptr;
}

// invalid_star_etc:
//   | '*' (')' | ',' (')' | '**'))
//   | '*' ',' TYPE_COMMENT
//   | '*' param '='
//   | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
void* Parser::invalidStarEtc()
{
    HS_ENTER();
    int mark = m_mark;
    {
        Token* a;
        auto tail = [&] {
            int m = m_mark;
            if (expect(TK::Rpar)) return true;
            m_mark = m;
            if (m_errorIndicator) return false;
            if (expect(TK::Comma) && (expect(TK::Rpar) || expect(TK::DoubleStar))) return true;
            m_mark = m;
            return false;
        };
        if ((a = expect(TK::Star)) && tail()) return raiseAt(a, "named arguments must follow bare *");
        HS_FAIL_ALT(mark);
    }
    {
        // '*' ',' TYPE_COMMENT: never matches (no type comments), but fetches like pegen.
        if (expect(TK::Star) && expect(TK::Comma)) peekToken();
        HS_FAIL_ALT(mark);
    }
    {
        Token* a;
        if (expect(TK::Star) && param(false) && (a = expect(TK::Equal))) return raiseAt(a, "var-positional argument cannot have default value");
        HS_FAIL_ALT(mark);
    }
    {
        auto either = [&] {
            int m = m_mark;
            if (paramNoDefault(false)) return true;
            m_mark = m;
            if (m_errorIndicator) return false;
            if (expect(TK::Comma)) return true;
            m_mark = m;
            return false;
        };
        Token* a;
        if (expect(TK::Star) && either() && loop0<NameDefaultPair*>([&] { return paramMaybeDefault(false); }) &&
            (a = expect(TK::Star)) && either())
            return raiseAt(a, "* argument may appear only once");
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// invalid_lambda_star_etc:
//   | '*' (':' | ',' (':' | '**'))
//   | '*' lambda_param '='
//   | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* '*' (lambda_param_no_default | ',')
void* Parser::invalidLambdaStarEtc()
{
    HS_ENTER();
    int mark = m_mark;
    {
        auto tail = [&] {
            int m = m_mark;
            if (expect(TK::Colon)) return true;
            m_mark = m;
            if (m_errorIndicator) return false;
            if (expect(TK::Comma) && (expect(TK::Colon) || expect(TK::DoubleStar))) return true;
            m_mark = m;
            return false;
        };
        if (expect(TK::Star) && tail()) return raiseError(ErrType::SyntaxError, "named arguments must follow bare *");
        HS_FAIL_ALT(mark);
    }
    {
        Token* a;
        if (expect(TK::Star) && param(true) && (a = expect(TK::Equal))) return raiseAt(a, "var-positional argument cannot have default value");
        HS_FAIL_ALT(mark);
    }
    {
        auto either = [&] {
            int m = m_mark;
            if (paramNoDefault(true)) return true;
            m_mark = m;
            if (m_errorIndicator) return false;
            if (expect(TK::Comma)) return true;
            m_mark = m;
            return false;
        };
        Token* a;
        if (expect(TK::Star) && either() && loop0<NameDefaultPair*>([&] { return paramMaybeDefault(true); }) &&
            (a = expect(TK::Star)) && either())
            return raiseAt(a, "* argument may appear only once");
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

namespace {

void* kwdsErrors(Parser& p, bool lambda)
{
    int mark = p.m_mark;
    {
        Token* a;
        if (p.expect(TK::DoubleStar) && p.param(lambda) && (a = p.expect(TK::Equal)))
            return p.raiseAt(a, "var-keyword argument cannot have default value");
        p.m_mark = mark;
        if (p.m_errorIndicator) return nullptr;
    }
    {
        Arg* a;
        if (p.expect(TK::DoubleStar) && p.param(lambda) && p.expect(TK::Comma) && (a = p.param(lambda)))
            return p.raiseAt(a, "arguments cannot follow var-keyword argument");
        p.m_mark = mark;
        if (p.m_errorIndicator) return nullptr;
    }
    {
        Token* a;
        if (p.expect(TK::DoubleStar) && p.param(lambda) && p.expect(TK::Comma) &&
            ((a = p.expect(TK::Star)) || (a = p.expect(TK::DoubleStar)) || (a = p.expect(TK::Slash))))
            return p.raiseAt(a, "arguments cannot follow var-keyword argument");
        p.m_mark = mark;
        if (p.m_errorIndicator) return nullptr;
    }
    return nullptr;
}

} // namespace

// invalid_kwds: '**' param '=' | '**' param ',' param | '**' param ',' ('*'|'**'|'/')
void* Parser::invalidKwds()
{
    HS_ENTER();
    return kwdsErrors(*this, false);
}

void* Parser::invalidLambdaKwds()
{
    HS_ENTER();
    return kwdsErrors(*this, true);
}

// invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT (never matches)
void* Parser::invalidDoubleTypeComments()
{
    HS_ENTER();
    peekToken();
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Compound statements

namespace {

// ','.(expression ['as' star_target])+  or, with `plural`, ','.(expressions ['as' star_target])+
bool withItemsLoose(Parser& p, bool plural)
{
    auto item = [&]() -> Expr* {
        int m = p.m_mark;
        Expr* e = plural ? p.expressions() : p.expression();
        if (e == nullptr) {
            p.m_mark = m;
            return nullptr;
        }
        int m2 = p.m_mark;
        if (!(p.expect(TK::KwAs) && p.starTarget())) p.m_mark = m2;
        if (p.m_errorIndicator) return nullptr;
        return e;
    };
    return p.gather<Expr*>(TK::Comma, item) != nullptr;
}

} // namespace

// invalid_with_stmt:
//   | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
//   | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
void* Parser::invalidWithStmt()
{
    HS_ENTER();
    int mark = m_mark;
    if (((expect(TK::Async)), !m_errorIndicator) && expect(TK::KwWith) && withItemsLoose(*this, false) && expect(TK::Newline))
        return raiseError(ErrType::SyntaxError, "expected ':'");
    HS_FAIL_ALT(mark);
    if (((expect(TK::Async)), !m_errorIndicator) && expect(TK::KwWith) && expect(TK::Lpar) && withItemsLoose(*this, true) &&
        ((expect(TK::Comma)), !m_errorIndicator) && expect(TK::Rpar) && expect(TK::Newline))
        return raiseError(ErrType::SyntaxError, "expected ':'");
    HS_FAIL_ALT(mark);
    return nullptr;
}

// invalid_with_stmt_indent:
//   | [ASYNC] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
//   | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
void* Parser::invalidWithStmtIndent()
{
    HS_ENTER();
    int mark = m_mark;
    Token* a;
    if (((expect(TK::Async)), !m_errorIndicator) && (a = expect(TK::KwWith)) && withItemsLoose(*this, false) && expect(TK::Colon) &&
        expect(TK::Newline) && !check(TK::Indent))
        return raiseError(ErrType::IndentationError, "expected an indented block after 'with' statement on line " + std::to_string(a->lineno));
    HS_FAIL_ALT(mark);
    if (((expect(TK::Async)), !m_errorIndicator) && (a = expect(TK::KwWith)) && expect(TK::Lpar) && withItemsLoose(*this, true) &&
        ((expect(TK::Comma)), !m_errorIndicator) && expect(TK::Rpar) && expect(TK::Colon) && expect(TK::Newline) && !check(TK::Indent))
        return raiseError(ErrType::IndentationError, "expected an indented block after 'with' statement on line " + std::to_string(a->lineno));
    HS_FAIL_ALT(mark);
    return nullptr;
}

// invalid_try_stmt:
//   | 'try' ':' NEWLINE !INDENT
//   | 'try' ':' block !('except' | 'finally')
//   | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
//   | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
void* Parser::invalidTryStmt()
{
    HS_ENTER();
    int mark = m_mark;
    auto asName = [&] {
        int m = m_mark;
        if (!(expect(TK::KwAs) && expect(TK::Name))) m_mark = m;
        return !m_errorIndicator;
    };
    {
        Token* a;
        if ((a = expect(TK::KwTry)) && expect(TK::Colon) && expect(TK::Newline) && !check(TK::Indent))
            return raiseError(ErrType::IndentationError, "expected an indented block after 'try' statement on line " + std::to_string(a->lineno));
        HS_FAIL_ALT(mark);
    }
    if (expect(TK::KwTry) && expect(TK::Colon) && block() && !check(TK::KwExcept) && !check(TK::KwFinally))
        return raiseError(ErrType::SyntaxError, "expected 'except' or 'finally' block");
    HS_FAIL_ALT(mark);
    {
        Token* a;
        Token* b;
        if (expect(TK::KwTry) && expect(TK::Colon) && loop0<Seq<Stmt*>*>([&] { return block(); }) &&
            loop1<ExceptHandler*>([&] { return exceptBlock(); }) && (a = expect(TK::KwExcept)) && (b = expect(TK::Star)) &&
            expression() && asName() && expect(TK::Colon))
            return raiseRange(a, b, "cannot have both 'except' and 'except*' on the same 'try'");
        HS_FAIL_ALT(mark);
    }
    {
        Token* a;
        auto typeOpt = [&] {
            int m = m_mark;
            if (!(expression() && asName())) m_mark = m;
            return !m_errorIndicator;
        };
        if (expect(TK::KwTry) && expect(TK::Colon) && loop0<Seq<Stmt*>*>([&] { return block(); }) &&
            loop1<ExceptHandler*>([&] { return exceptStarBlock(); }) && (a = expect(TK::KwExcept)) && typeOpt() && expect(TK::Colon))
            return raiseAt(a, "cannot have both 'except' and 'except*' on the same 'try'");
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// invalid_except_stmt:
//   | 'except' '*'? expression ',' expressions ['as' NAME ] ':'
//   | 'except' '*'? expression ['as' NAME ] NEWLINE
//   | 'except' NEWLINE
//   | 'except' '*' (NEWLINE | ':')
void* Parser::invalidExceptStmt()
{
    HS_ENTER();
    int mark = m_mark;
    auto asName = [&] {
        int m = m_mark;
        if (!(expect(TK::KwAs) && expect(TK::Name))) m_mark = m;
        return !m_errorIndicator;
    };
    {
        Expr* a;
        if (expect(TK::KwExcept) && ((expect(TK::Star)), !m_errorIndicator) && (a = expression()) && expect(TK::Comma) && expressions() &&
            asName() && expect(TK::Colon))
            return raiseStartingFrom(a, "multiple exception types must be parenthesized");
        HS_FAIL_ALT(mark);
    }
    if (expect(TK::KwExcept) && ((expect(TK::Star)), !m_errorIndicator) && expression() && asName() && expect(TK::Newline))
        return raiseError(ErrType::SyntaxError, "expected ':'");
    HS_FAIL_ALT(mark);
    if (expect(TK::KwExcept) && expect(TK::Newline)) return raiseError(ErrType::SyntaxError, "expected ':'");
    HS_FAIL_ALT(mark);
    if (expect(TK::KwExcept) && expect(TK::Star) && (expect(TK::Newline) || expect(TK::Colon)))
        return raiseError(ErrType::SyntaxError, "expected one or more exception types");
    HS_FAIL_ALT(mark);
    return nullptr;
}

// invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT
void* Parser::invalidFinallyStmt()
{
    HS_ENTER();
    int mark = m_mark;
    Token* a;
    if ((a = expect(TK::KwFinally)) && expect(TK::Colon) && expect(TK::Newline) && !check(TK::Indent))
        return raiseError(ErrType::IndentationError, "expected an indented block after 'finally' statement on line " + std::to_string(a->lineno));
    HS_FAIL_ALT(mark);
    return nullptr;
}

// invalid_except_stmt_indent:
//   | 'except' expression ['as' NAME ] ':' NEWLINE !INDENT
//   | 'except' ':' NEWLINE !INDENT
void* Parser::invalidExceptStmtIndent()
{
    HS_ENTER();
    int mark = m_mark;
    auto asName = [&] {
        int m = m_mark;
        if (!(expect(TK::KwAs) && expect(TK::Name))) m_mark = m;
        return !m_errorIndicator;
    };
    Token* a;
    if ((a = expect(TK::KwExcept)) && expression() && asName() && expect(TK::Colon) && expect(TK::Newline) && !check(TK::Indent))
        return raiseError(ErrType::IndentationError, "expected an indented block after 'except' statement on line " + std::to_string(a->lineno));
    HS_FAIL_ALT(mark);
    if ((a = expect(TK::KwExcept)) && expect(TK::Colon) && expect(TK::Newline) && !check(TK::Indent))
        return raiseError(ErrType::IndentationError, "expected an indented block after 'except' statement on line " + std::to_string(a->lineno));
    HS_FAIL_ALT(mark);
    return nullptr;
}

// invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
void* Parser::invalidExceptStarStmtIndent()
{
    HS_ENTER();
    int mark = m_mark;
    auto asName = [&] {
        int m = m_mark;
        if (!(expect(TK::KwAs) && expect(TK::Name))) m_mark = m;
        return !m_errorIndicator;
    };
    Token* a;
    if ((a = expect(TK::KwExcept)) && expect(TK::Star) && expression() && asName() && expect(TK::Colon) && expect(TK::Newline) &&
        !check(TK::Indent))
        return raiseError(ErrType::IndentationError, "expected an indented block after 'except*' statement on line " + std::to_string(a->lineno));
    HS_FAIL_ALT(mark);
    return nullptr;
}

namespace {

// 'kw' named_expression NEWLINE -> "expected ':'";  'kw' named_expression ':' NEWLINE !INDENT ->
// IndentationError. (invalid_if_stmt's second alternative reports the expression's line.)
void* headerErrors(Parser& p, TK keyword, const char* what, bool lineOfExpression)
{
    int mark = p.m_mark;
    if (p.expect(keyword) && p.namedExpression() && p.expect(TK::Newline)) return p.raiseError(ErrType::SyntaxError, "expected ':'");
    p.m_mark = mark;
    if (p.m_errorIndicator) return nullptr;
    Token* a;
    Expr* e;
    if ((a = p.expect(keyword)) && (e = p.namedExpression()) && p.expect(TK::Colon) && p.expect(TK::Newline) && !p.check(TK::Indent)) {
        int line = lineOfExpression ? e->lineno : a->lineno;
        return p.raiseError(ErrType::IndentationError,
                            std::string("expected an indented block after ") + what + " on line " + std::to_string(line));
    }
    p.m_mark = mark;
    return nullptr;
}

} // namespace

// invalid_if_stmt: 'if' named_expression NEWLINE | 'if' named_expression ':' NEWLINE !INDENT
void* Parser::invalidIfStmt()
{
    HS_ENTER();
    return headerErrors(*this, TK::KwIf, "'if' statement", true);
}

void* Parser::invalidElifStmt()
{
    HS_ENTER();
    return headerErrors(*this, TK::KwElif, "'elif' statement", false);
}

void* Parser::invalidWhileStmt()
{
    HS_ENTER();
    return headerErrors(*this, TK::KwWhile, "'while' statement", false);
}

// invalid_else_stmt: 'else' ':' NEWLINE !INDENT
void* Parser::invalidElseStmt()
{
    HS_ENTER();
    int mark = m_mark;
    Token* a;
    if ((a = expect(TK::KwElse)) && expect(TK::Colon) && expect(TK::Newline) && !check(TK::Indent))
        return raiseError(ErrType::IndentationError, "expected an indented block after 'else' statement on line " + std::to_string(a->lineno));
    HS_FAIL_ALT(mark);
    return nullptr;
}

// invalid_for_stmt:
//   | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
//   | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
void* Parser::invalidForStmt()
{
    HS_ENTER();
    int mark = m_mark;
    if (((expect(TK::Async)), !m_errorIndicator) && expect(TK::KwFor) && starTargets() && expect(TK::KwIn) && starExpressions() &&
        expect(TK::Newline))
        return raiseError(ErrType::SyntaxError, "expected ':'");
    HS_FAIL_ALT(mark);
    Token* a;
    if (((expect(TK::Async)), !m_errorIndicator) && (a = expect(TK::KwFor)) && starTargets() && expect(TK::KwIn) && starExpressions() &&
        expect(TK::Colon) && expect(TK::Newline) && !check(TK::Indent))
        return raiseError(ErrType::IndentationError, "expected an indented block after 'for' statement on line " + std::to_string(a->lineno));
    HS_FAIL_ALT(mark);
    return nullptr;
}

// invalid_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
void* Parser::invalidDefRaw()
{
    HS_ENTER();
    int mark = m_mark;
    auto returnsOpt = [&] {
        int m = m_mark;
        if (!(expect(TK::Rarrow) && expression())) m_mark = m;
        return !m_errorIndicator;
    };
    Token* a;
    if (((expect(TK::Async)), !m_errorIndicator) && (a = expect(TK::KwDef)) && expect(TK::Name) && expect(TK::Lpar) &&
        ((params()), !m_errorIndicator) && expect(TK::Rpar) && returnsOpt() && expect(TK::Colon) && expect(TK::Newline) &&
        !check(TK::Indent))
        return raiseError(ErrType::IndentationError, "expected an indented block after function definition on line " + std::to_string(a->lineno));
    HS_FAIL_ALT(mark);
    return nullptr;
}

// invalid_class_def_raw:
//   | 'class' NAME ['(' [arguments] ')'] NEWLINE
//   | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
void* Parser::invalidClassDefRaw()
{
    HS_ENTER();
    int mark = m_mark;
    auto basesOpt = [&] {
        int m = m_mark;
        if (!(expect(TK::Lpar) && ((arguments()), !m_errorIndicator) && expect(TK::Rpar))) m_mark = m;
        return !m_errorIndicator;
    };
    if (expect(TK::KwClass) && expect(TK::Name) && basesOpt() && expect(TK::Newline)) return raiseError(ErrType::SyntaxError, "expected ':'");
    HS_FAIL_ALT(mark);
    Token* a;
    if ((a = expect(TK::KwClass)) && expect(TK::Name) && basesOpt() && expect(TK::Colon) && expect(TK::Newline) && !check(TK::Indent))
        return raiseError(ErrType::IndentationError, "expected an indented block after class definition on line " + std::to_string(a->lineno));
    HS_FAIL_ALT(mark);
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Dict displays

// invalid_double_starred_kvpairs:
//   | ','.double_starred_kvpair+ ',' invalid_kvpair
//   | expression ':' '*' bitwise_or
//   | expression ':' &('}'|',')
void* Parser::invalidDoubleStarredKvpairs()
{
    HS_ENTER();
    int mark = m_mark;
    if (gather<KeyValuePair*>(TK::Comma, [&] { return doubleStarredKvpair(); }) && expect(TK::Comma) && invalidKvpair())
        return this; // pegen's dummy result; unreachable since invalid_kvpair always raises
    HS_FAIL_ALT(mark);
    {
        Token* a;
        if (expression() && expect(TK::Colon) && (a = expect(TK::Star)) && bitwiseOr())
            return raiseStartingFrom(a, "cannot use a starred expression in a dictionary value");
        HS_FAIL_ALT(mark);
    }
    {
        Token* a;
        if (expression() && (a = expect(TK::Colon)) && (check(TK::Rbrace) || check(TK::Comma)))
            return raiseAt(a, "expression expected after dictionary key and ':'");
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// invalid_kvpair:
//   | expression !(':')
//   | expression ':' '*' bitwise_or
//   | expression ':' &('}'|',')
void* Parser::invalidKvpair()
{
    HS_ENTER();
    int mark = m_mark;
    {
        Expr* a;
        if ((a = expression()) && !check(TK::Colon))
            return raiseErrorKnownLocation(ErrType::SyntaxError, a->lineno, a->endColOffset - 1, a->endLineno, -1,
                                           "':' expected after dictionary key");
        HS_FAIL_ALT(mark);
    }
    {
        Token* a;
        if (expression() && expect(TK::Colon) && (a = expect(TK::Star)) && bitwiseOr())
            return raiseStartingFrom(a, "cannot use a starred expression in a dictionary value");
        HS_FAIL_ALT(mark);
    }
    {
        Token* a;
        if (expression() && (a = expect(TK::Colon)) && (check(TK::Rbrace) || check(TK::Comma)))
            return raiseAt(a, "expression expected after dictionary key and ':'");
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

} // namespace hs::frontend::detail
