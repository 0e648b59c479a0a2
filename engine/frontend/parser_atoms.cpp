// Heapscope front end: atoms of the Python 3.11 grammar: names, literals, groups, displays,
// lambda and comprehensions. Each function is one grammar rule; alternatives in the grammar's order.
//
// Sections: atoms & displays · lambda · comprehensions.
#include "frontend/parser_impl.h"

namespace hs::frontend::detail {

using TK = TokenKind;

// ---------------------------------------------------------------------------------------------
// Atoms and displays

// atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER | &'(' (tuple | group | genexp)
//   | &'[' (list | listcomp) | &'{' (dict | set | dictcomp | setcomp) | '...'
Expr* Parser::atom()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Token* t = &m_tokens[m_mark];
    switch (t->kind) {
    case TK::Name:
        m_mark++;
        return nameFromToken(t);
    case TK::KwTrue:
    case TK::KwFalse:
    case TK::KwNone: {
        m_mark++;
        Constant* c = node<Constant>(s);
        c->valueKind = t->kind == TK::KwTrue ? ConstantKind::True : t->kind == TK::KwFalse ? ConstantKind::False : ConstantKind::None;
        return c;
    }
    case TK::String:
        if (Expr* a = strings()) return a;
        HS_FAIL_ALT(mark);
        return nullptr;
    case TK::Number: {
        m_mark++;
        Constant* c = node<Constant>(s);
        if (!parseNumberToken(c, tokenText(t), t)) return nullptr;
        return c;
    }
    case TK::Lpar:
        if (Expr* a = tuple()) return a;
        HS_FAIL_ALT(mark);
        if (Expr* a = group()) return a;
        HS_FAIL_ALT(mark);
        if (Expr* a = genexp()) return a;
        HS_FAIL_ALT(mark);
        return nullptr;
    case TK::Lsqb:
        if (Expr* a = list()) return a;
        HS_FAIL_ALT(mark);
        if (Expr* a = listcomp()) return a;
        HS_FAIL_ALT(mark);
        return nullptr;
    case TK::Lbrace:
        if (Expr* a = dict()) return a;
        HS_FAIL_ALT(mark);
        if (Expr* a = set()) return a;
        HS_FAIL_ALT(mark);
        if (Expr* a = dictcomp()) return a;
        HS_FAIL_ALT(mark);
        if (Expr* a = setcomp()) return a;
        HS_FAIL_ALT(mark);
        return nullptr;
    case TK::Ellipsis: {
        m_mark++;
        Constant* c = node<Constant>(s);
        c->valueKind = ConstantKind::Ellipsis;
        return c;
    }
    default:
        return nullptr;
    }
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
Expr* Parser::group()
{
    HS_ENTER();
    int mark = m_mark;
    {
        auto inner = [&]() -> Expr* {
            int m = m_mark;
            if (Expr* y = yieldExpr()) return y;
            m_mark = m;
            if (m_errorIndicator) return nullptr;
            if (Expr* e = namedExpression()) return e;
            m_mark = m;
            return nullptr;
        };
        Expr* a;
        if (expect(TK::Lpar) && (a = inner()) && expect(TK::Rpar)) return a;
        HS_FAIL_ALT(mark);
    }
    if (m_callInvalidRules) {
        if (void* r = invalidGroup()) return static_cast<Expr*>(r);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// strings (memo): STRING+
Expr* Parser::strings()
{
    HS_ENTER();
    Expr* res = nullptr;
    if (isMemoized(kMemoStrings, res)) return res;
    int mark = m_mark;
    std::vector<Token*> toks;
    while (Token* t = expect(TK::String)) toks.push_back(t);
    if (m_errorIndicator) return nullptr;
    if (toks.empty()) {
        m_mark = mark;
        insertMemo(mark, kMemoStrings, nullptr);
        return nullptr;
    }
    Expr* r = concatenateStrings(toks);
    if (r == nullptr) {
        m_errorIndicator = true;
        return nullptr;
    }
    insertMemo(mark, kMemoStrings, r);
    return r;
}

// list: '[' [star_named_expressions] ']'
Expr* Parser::list()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Seq<Expr*>* a;
    if (expect(TK::Lsqb) && ((a = starNamedExpressions()), !m_errorIndicator) && expect(TK::Rsqb)) {
        List* n = node<List>(s);
        if (a != nullptr) n->elts = *a;
        return n;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
Expr* Parser::tuple()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    std::vector<Expr*> elts;
    auto inner = [&] {
        int m = m_mark;
        Expr* y;
        Seq<Expr*>* z;
        if ((y = starNamedExpression()) && expect(TK::Comma) && ((z = starNamedExpressions()), !m_errorIndicator)) {
            elts.push_back(y);
            if (z != nullptr) elts.insert(elts.end(), z->begin(), z->end());
        } else {
            m_mark = m;
        }
        return !m_errorIndicator;
    };
    if (expect(TK::Lpar) && inner() && expect(TK::Rpar)) {
        Tuple* n = node<Tuple>(s);
        n->elts = seq(elts);
        return n;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// set: '{' star_named_expressions '}'
Expr* Parser::set()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Seq<Expr*>* a;
    if (expect(TK::Lbrace) && (a = starNamedExpressions()) && expect(TK::Rbrace)) {
        Set* n = node<Set>(s);
        n->elts = *a;
        return n;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
// (the second alternative is not gated: pegen gates only alternatives made of one invalid_ rule)
Expr* Parser::dict()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Seq<KeyValuePair*>* a;
        if (expect(TK::Lbrace) && ((a = doubleStarredKvpairs()), !m_errorIndicator) && expect(TK::Rbrace)) {
            std::vector<Expr*> keys, values;
            if (a != nullptr) {
                for (KeyValuePair* kv : *a) {
                    keys.push_back(kv->key);
                    values.push_back(kv->value);
                }
            }
            Dict* n = node<Dict>(s);
            n->keys = seq(keys);
            n->values = seq(values);
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (expect(TK::Lbrace) && invalidDoubleStarredKvpairs() && expect(TK::Rbrace)) return node<Dict>(s);
    HS_FAIL_ALT(mark);
    return nullptr;
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
Seq<KeyValuePair*>* Parser::doubleStarredKvpairs()
{
    HS_ENTER();
    int mark = m_mark;
    Seq<KeyValuePair*>* a;
    if ((a = gather<KeyValuePair*>(TK::Comma, [&] { return doubleStarredKvpair(); })) && ((expect(TK::Comma)), !m_errorIndicator))
        return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// double_starred_kvpair: '**' bitwise_or | kvpair
KeyValuePair* Parser::doubleStarredKvpair()
{
    HS_ENTER();
    int mark = m_mark;
    {
        Expr* a;
        if (expect(TK::DoubleStar) && (a = bitwiseOr())) return m_arena.make<KeyValuePair>(KeyValuePair{nullptr, a});
        HS_FAIL_ALT(mark);
    }
    if (KeyValuePair* a = kvpair()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// kvpair: expression ':' expression
KeyValuePair* Parser::kvpair()
{
    HS_ENTER();
    int mark = m_mark;
    Expr* a;
    Expr* b;
    if ((a = expression()) && expect(TK::Colon) && (b = expression())) return m_arena.make<KeyValuePair>(KeyValuePair{a, b});
    HS_FAIL_ALT(mark);
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Lambda

// lambdef: 'lambda' [lambda_params] ':' expression
Expr* Parser::lambdef()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Arguments* a;
    Expr* b;
    if (expect(TK::KwLambda) && ((a = lambdaParams()), !m_errorIndicator) && expect(TK::Colon) && (b = expression())) {
        Lambda* n = node<Lambda>(s);
        n->args = a != nullptr ? a : emptyArguments();
        n->body = b;
        return n;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// lambda_params: invalid_lambda_parameters | lambda_parameters
Arguments* Parser::lambdaParams()
{
    HS_ENTER();
    int mark = m_mark;
    if (m_callInvalidRules) {
        if (void* r = invalidLambdaParameters()) return static_cast<Arguments*>(r);
        HS_FAIL_ALT(mark);
    }
    if (Arguments* a = lambdaParameters()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// lambda_parameters: same shapes as parameters, with lambda_* parameters (no annotations).
Arguments* Parser::lambdaParameters()
{
    HS_ENTER();
    int mark = m_mark;
    auto noDefault = [&] { return paramNoDefault(true); };
    auto withDefault = [&] { return paramWithDefault(true); };
    {
        Seq<Arg*>* a;
        Seq<Arg*>* b;
        Seq<NameDefaultPair*>* c;
        StarEtc* d;
        if ((a = slashNoDefault(true)) && (b = loop0<Arg*>(noDefault)) && (c = loop0<NameDefaultPair*>(withDefault)) &&
            ((d = lambdaStarEtc()), !m_errorIndicator))
            return makeArguments(a, nullptr, b, c, d);
        HS_FAIL_ALT(mark);
    }
    {
        SlashWithDefault* a;
        Seq<NameDefaultPair*>* b;
        StarEtc* c;
        if ((a = slashWithDefault(true)) && (b = loop0<NameDefaultPair*>(withDefault)) && ((c = lambdaStarEtc()), !m_errorIndicator))
            return makeArguments(nullptr, a, nullptr, b, c);
        HS_FAIL_ALT(mark);
    }
    {
        Seq<Arg*>* a;
        Seq<NameDefaultPair*>* b;
        StarEtc* c;
        if ((a = loop1<Arg*>(noDefault)) && (b = loop0<NameDefaultPair*>(withDefault)) && ((c = lambdaStarEtc()), !m_errorIndicator))
            return makeArguments(nullptr, nullptr, a, b, c);
        HS_FAIL_ALT(mark);
    }
    {
        Seq<NameDefaultPair*>* a;
        StarEtc* b;
        if ((a = loop1<NameDefaultPair*>(withDefault)) && ((b = lambdaStarEtc()), !m_errorIndicator))
            return makeArguments(nullptr, nullptr, nullptr, a, b);
        HS_FAIL_ALT(mark);
    }
    if (StarEtc* a = lambdaStarEtc()) return makeArguments(nullptr, nullptr, nullptr, nullptr, a);
    HS_FAIL_ALT(mark);
    return nullptr;
}

// lambda_star_etc:
//   | invalid_lambda_star_etc
//   | '*' lambda_param_no_default lambda_param_maybe_default* [lambda_kwds]
//   | '*' ',' lambda_param_maybe_default+ [lambda_kwds]
//   | lambda_kwds
StarEtc* Parser::lambdaStarEtc()
{
    HS_ENTER();
    int mark = m_mark;
    if (m_callInvalidRules) {
        if (void* r = invalidLambdaStarEtc()) return static_cast<StarEtc*>(r);
        HS_FAIL_ALT(mark);
    }
    auto maybe = [&] { return paramMaybeDefault(true); };
    {
        Arg* a;
        Seq<NameDefaultPair*>* b;
        Arg* c;
        if (expect(TK::Star) && (a = paramNoDefault(true)) && (b = loop0<NameDefaultPair*>(maybe)) &&
            ((c = lambdaKwds()), !m_errorIndicator))
            return m_arena.make<StarEtc>(StarEtc{a, b, c});
        HS_FAIL_ALT(mark);
    }
    {
        Seq<NameDefaultPair*>* b;
        Arg* c;
        if (expect(TK::Star) && expect(TK::Comma) && (b = loop1<NameDefaultPair*>(maybe)) && ((c = lambdaKwds()), !m_errorIndicator))
            return m_arena.make<StarEtc>(StarEtc{nullptr, b, c});
        HS_FAIL_ALT(mark);
    }
    if (Arg* a = lambdaKwds()) return m_arena.make<StarEtc>(StarEtc{nullptr, nullptr, a});
    HS_FAIL_ALT(mark);
    return nullptr;
}

// lambda_kwds: invalid_lambda_kwds | '**' lambda_param_no_default
Arg* Parser::lambdaKwds()
{
    HS_ENTER();
    int mark = m_mark;
    if (m_callInvalidRules) {
        if (void* r = invalidLambdaKwds()) return static_cast<Arg*>(r);
        HS_FAIL_ALT(mark);
    }
    Arg* a;
    if (expect(TK::DoubleStar) && (a = paramNoDefault(true))) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Comprehensions

// for_if_clauses: for_if_clause+
Seq<Comprehension*>* Parser::forIfClauses()
{
    HS_ENTER();
    int mark = m_mark;
    if (Seq<Comprehension*>* a = loop1<Comprehension*>([&] { return forIfClause(); })) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// for_if_clause:
//   | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//   | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//   | invalid_for_target
Comprehension* Parser::forIfClause()
{
    HS_ENTER();
    int mark = m_mark;
    auto cond = [&]() -> Expr* {
        int m = m_mark;
        Expr* z;
        if (expect(TK::KwIf) && (z = disjunction())) return z;
        m_mark = m;
        return nullptr;
    };
    for (int plain = 0; plain < 2; ++plain) {
        bool cut = false;
        Expr* a;
        Expr* b;
        Seq<Expr*>* c;
        if ((plain || expect(TK::Async)) && expect(TK::KwFor) && (a = starTargets()) && expect(TK::KwIn) && (cut = true) &&
            (b = disjunction()) && (c = loop0<Expr*>(cond)))
            return m_arena.make<Comprehension>(Comprehension{a, b, *c, !plain});
        HS_FAIL_ALT(mark);
        if (cut) return nullptr;
    }
    if (m_callInvalidRules) {
        if (void* r = invalidForTarget()) return static_cast<Comprehension*>(r);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
Expr* Parser::listcomp()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Expr* a;
        Seq<Comprehension*>* b;
        if (expect(TK::Lsqb) && (a = namedExpression()) && (b = forIfClauses()) && expect(TK::Rsqb)) {
            ListComp* n = node<ListComp>(s);
            n->elt = a;
            n->generators = *b;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (m_callInvalidRules) {
        if (void* r = invalidComprehension()) return static_cast<Expr*>(r);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
Expr* Parser::setcomp()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Expr* a;
        Seq<Comprehension*>* b;
        if (expect(TK::Lbrace) && (a = namedExpression()) && (b = forIfClauses()) && expect(TK::Rbrace)) {
            SetComp* n = node<SetComp>(s);
            n->elt = a;
            n->generators = *b;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (m_callInvalidRules) {
        if (void* r = invalidComprehension()) return static_cast<Expr*>(r);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
Expr* Parser::genexp()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        auto elt = [&]() -> Expr* {
            int m = m_mark;
            if (Expr* x = assignmentExpression()) return x;
            m_mark = m;
            if (m_errorIndicator) return nullptr;
            Expr* e;
            if ((e = expression()) && !check(TK::ColonEqual)) return e;
            m_mark = m;
            return nullptr;
        };
        Expr* a;
        Seq<Comprehension*>* b;
        if (expect(TK::Lpar) && (a = elt()) && (b = forIfClauses()) && expect(TK::Rpar)) {
            GeneratorExp* n = node<GeneratorExp>(s);
            n->elt = a;
            n->generators = *b;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (m_callInvalidRules) {
        if (void* r = invalidComprehension()) return static_cast<Expr*>(r);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
Expr* Parser::dictcomp()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        KeyValuePair* a;
        Seq<Comprehension*>* b;
        if (expect(TK::Lbrace) && (a = kvpair()) && (b = forIfClauses()) && expect(TK::Rbrace)) {
            DictComp* n = node<DictComp>(s);
            n->key = a->key;
            n->value = a->value;
            n->generators = *b;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (m_callInvalidRules) {
        if (void* r = invalidDictComprehension()) return static_cast<Expr*>(r);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

} // namespace hs::frontend::detail
