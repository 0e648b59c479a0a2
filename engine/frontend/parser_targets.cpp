// Heapscope front end: call arguments and assignment/del targets of the Python 3.11 grammar.
// Each function is one grammar rule; alternatives appear in the grammar's order.
//
// Sections: call arguments · assignment targets · del targets.
#include "frontend/parser_impl.h"

namespace hs::frontend::detail {

using TK = TokenKind;

// ---------------------------------------------------------------------------------------------
// Call arguments

// arguments (memo): args [','] &')' | invalid_arguments
Call* Parser::arguments()
{
    HS_ENTER();
    Call* res = nullptr;
    if (isMemoized(kMemoArguments, res)) return res;
    int mark = m_mark;
    auto done = [&](Call* r) {
        insertMemo(mark, kMemoArguments, r);
        return r;
    };
    {
        Call* a;
        if ((a = args()) && ((expect(TK::Comma)), !m_errorIndicator) && check(TK::Rpar)) return done(a);
        HS_FAIL_ALT(mark);
    }
    if (m_callInvalidRules) {
        if (void* r = invalidArguments()) return done(static_cast<Call*>(r));
        HS_FAIL_ALT(mark);
    }
    return done(nullptr);
}

// args:
//   | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//   | kwargs
Call* Parser::args()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        auto item = [&]() -> Expr* {
            int m = m_mark;
            if (Expr* x = starredExpression()) return x;
            m_mark = m;
            if (m_errorIndicator) return nullptr;
            auto inner = [&]() -> Expr* {
                int m2 = m_mark;
                if (Expr* x = assignmentExpression()) return x;
                m_mark = m2;
                if (m_errorIndicator) return nullptr;
                Expr* e;
                if ((e = expression()) && !check(TK::ColonEqual)) return e;
                m_mark = m2;
                return nullptr;
            };
            Expr* x;
            if ((x = inner()) && !check(TK::Equal)) return x;
            m_mark = m;
            return nullptr;
        };
        Seq<Expr*>* a;
        Seq<KeywordOrStarred*>* b = nullptr;
        auto kwOpt = [&] {
            int m = m_mark;
            if (expect(TK::Comma)) {
                b = kwargs();
                if (b == nullptr) m_mark = m;
            }
            return !m_errorIndicator;
        };
        if ((a = gather<Expr*>(TK::Comma, item)) && kwOpt()) return collectCallSeqs(a, b, s);
        HS_FAIL_ALT(mark);
    }
    {
        Seq<KeywordOrStarred*>* a;
        if ((a = kwargs())) {
            Seq<Expr*> empty;
            return collectCallSeqs(&empty, a, s);
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// kwargs:
//   | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//   | ','.kwarg_or_starred+
//   | ','.kwarg_or_double_starred+
Seq<KeywordOrStarred*>* Parser::kwargs()
{
    HS_ENTER();
    int mark = m_mark;
    auto starredItem = [&] { return kwargOrStarred(); };
    auto doubleItem = [&] { return kwargOrDoubleStarred(); };
    {
        Seq<KeywordOrStarred*>* a;
        Seq<KeywordOrStarred*>* b;
        if ((a = gather<KeywordOrStarred*>(TK::Comma, starredItem)) && expect(TK::Comma) &&
            (b = gather<KeywordOrStarred*>(TK::Comma, doubleItem))) {
            std::vector<KeywordOrStarred*> all(a->begin(), a->end());
            all.insert(all.end(), b->begin(), b->end());
            return seqPtr(all);
        }
        HS_FAIL_ALT(mark);
    }
    if (Seq<KeywordOrStarred*>* a = gather<KeywordOrStarred*>(TK::Comma, starredItem)) return a;
    HS_FAIL_ALT(mark);
    if (Seq<KeywordOrStarred*>* a = gather<KeywordOrStarred*>(TK::Comma, doubleItem)) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// starred_expression: '*' expression
Expr* Parser::starredExpression()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Expr* a;
    if (expect(TK::Star) && (a = expression())) {
        Starred* n = node<Starred>(s);
        n->value = a;
        return n;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
KeywordOrStarred* Parser::kwargOrStarred()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (m_callInvalidRules) {
        if (void* r = invalidKwarg()) return static_cast<KeywordOrStarred*>(r);
        HS_FAIL_ALT(mark);
    }
    {
        Token* a;
        Expr* b;
        if ((a = expect(TK::Name)) && expect(TK::Equal) && (b = expression())) {
            Keyword* k = node<Keyword>(s);
            k->arg = identifier(a);
            k->hasArg = true;
            k->value = b;
            return m_arena.make<KeywordOrStarred>(KeywordOrStarred{k, true});
        }
        HS_FAIL_ALT(mark);
    }
    if (Expr* a = starredExpression()) return m_arena.make<KeywordOrStarred>(KeywordOrStarred{a, false});
    HS_FAIL_ALT(mark);
    return nullptr;
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
KeywordOrStarred* Parser::kwargOrDoubleStarred()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (m_callInvalidRules) {
        if (void* r = invalidKwarg()) return static_cast<KeywordOrStarred*>(r);
        HS_FAIL_ALT(mark);
    }
    {
        Token* a;
        Expr* b;
        if ((a = expect(TK::Name)) && expect(TK::Equal) && (b = expression())) {
            Keyword* k = node<Keyword>(s);
            k->arg = identifier(a);
            k->hasArg = true;
            k->value = b;
            return m_arena.make<KeywordOrStarred>(KeywordOrStarred{k, true});
        }
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        if (expect(TK::DoubleStar) && (a = expression())) {
            Keyword* k = node<Keyword>(s);
            k->value = a;
            return m_arena.make<KeywordOrStarred>(KeywordOrStarred{k, true});
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Assignment targets

// star_targets: star_target !',' | star_target (',' star_target)* [',']
Expr* Parser::starTargets()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Expr* a;
        if ((a = starTarget()) && !check(TK::Comma)) return a;
        HS_FAIL_ALT(mark);
    }
    {
        auto more = [&]() -> Expr* {
            int m = m_mark;
            Expr* c;
            if (expect(TK::Comma) && (c = starTarget())) return c;
            m_mark = m;
            return nullptr;
        };
        Expr* a;
        Seq<Expr*>* b;
        if ((a = starTarget()) && (b = loop0<Expr*>(more)) && ((expect(TK::Comma)), !m_errorIndicator)) {
            std::vector<Expr*> elts{a};
            elts.insert(elts.end(), b->begin(), b->end());
            Tuple* t = node<Tuple>(s);
            t->elts = seq(elts);
            t->ctx = ExprContext::Store;
            return t;
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// star_targets_list_seq: ','.star_target+ [',']
Seq<Expr*>* Parser::starTargetsListSeq()
{
    HS_ENTER();
    int mark = m_mark;
    Seq<Expr*>* a;
    if ((a = gather<Expr*>(TK::Comma, [&] { return starTarget(); })) && ((expect(TK::Comma)), !m_errorIndicator)) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
Seq<Expr*>* Parser::starTargetsTupleSeq()
{
    HS_ENTER();
    int mark = m_mark;
    auto more = [&]() -> Expr* {
        int m = m_mark;
        Expr* c;
        if (expect(TK::Comma) && (c = starTarget())) return c;
        m_mark = m;
        return nullptr;
    };
    {
        Expr* a;
        Seq<Expr*>* b;
        if ((a = starTarget()) && (b = loop1<Expr*>(more)) && ((expect(TK::Comma)), !m_errorIndicator)) {
            std::vector<Expr*> elts{a};
            elts.insert(elts.end(), b->begin(), b->end());
            return seqPtr(elts);
        }
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        if ((a = starTarget()) && expect(TK::Comma)) return single(a);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
Expr* Parser::starTarget()
{
    HS_ENTER();
    Expr* res = nullptr;
    if (isMemoized(kMemoStarTarget, res)) return res;
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    auto done = [&](Expr* r) {
        insertMemo(mark, kMemoStarTarget, r);
        return r;
    };
    {
        auto inner = [&]() -> Expr* {
            int m = m_mark;
            Expr* x;
            if (!check(TK::Star) && (x = starTarget())) return x;
            m_mark = m;
            return nullptr;
        };
        Expr* a;
        if (expect(TK::Star) && (a = inner())) {
            Starred* n = node<Starred>(s);
            n->value = setExprContext(a, ExprContext::Store);
            n->ctx = ExprContext::Store;
            return done(n);
        }
        HS_FAIL_ALT(mark);
    }
    if (Expr* a = targetWithStarAtom()) return done(a);
    HS_FAIL_ALT(mark);
    return done(nullptr);
}

// target_with_star_atom (memo):
//   | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
Expr* Parser::targetWithStarAtom()
{
    HS_ENTER();
    Expr* res = nullptr;
    if (isMemoized(kMemoTargetWithStarAtom, res)) return res;
    int mark = m_mark;
    auto done = [&](Expr* r) {
        insertMemo(mark, kMemoTargetWithStarAtom, r);
        return r;
    };
    if (Expr* a = singleSubscriptAttributeTarget()) return done(a);
    HS_FAIL_ALT(mark);
    if (Expr* a = starAtom()) return done(a);
    HS_FAIL_ALT(mark);
    return done(nullptr);
}

// star_atom:
//   | NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
//   | '[' [star_targets_list_seq] ']'
Expr* Parser::starAtom()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (Token* a = expect(TK::Name)) return setExprContext(nameFromToken(a), ExprContext::Store);
    HS_FAIL_ALT(mark);
    {
        Expr* a;
        if (expect(TK::Lpar) && (a = targetWithStarAtom()) && expect(TK::Rpar)) return setExprContext(a, ExprContext::Store);
        HS_FAIL_ALT(mark);
    }
    {
        Seq<Expr*>* a;
        if (expect(TK::Lpar) && ((a = starTargetsTupleSeq()), !m_errorIndicator) && expect(TK::Rpar)) {
            Tuple* t = node<Tuple>(s);
            if (a != nullptr) t->elts = *a;
            t->ctx = ExprContext::Store;
            return t;
        }
        HS_FAIL_ALT(mark);
    }
    {
        Seq<Expr*>* a;
        if (expect(TK::Lsqb) && ((a = starTargetsListSeq()), !m_errorIndicator) && expect(TK::Rsqb)) {
            List* t = node<List>(s);
            if (a != nullptr) t->elts = *a;
            t->ctx = ExprContext::Store;
            return t;
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
Expr* Parser::singleTarget()
{
    HS_ENTER();
    int mark = m_mark;
    if (Expr* a = singleSubscriptAttributeTarget()) return a;
    HS_FAIL_ALT(mark);
    if (Token* a = expect(TK::Name)) return setExprContext(nameFromToken(a), ExprContext::Store);
    HS_FAIL_ALT(mark);
    {
        Expr* a;
        if (expect(TK::Lpar) && (a = singleTarget()) && expect(TK::Rpar)) return a;
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// single_subscript_attribute_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
Expr* Parser::singleSubscriptAttributeTarget()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Expr* a;
        Token* b;
        if ((a = tPrimary()) && expect(TK::Dot) && (b = expect(TK::Name)) && !tLookahead()) {
            Attribute* n = node<Attribute>(s);
            n->value = a;
            n->attr = identifier(b);
            n->ctx = ExprContext::Store;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        Expr* b;
        if ((a = tPrimary()) && expect(TK::Lsqb) && (b = slices()) && expect(TK::Rsqb) && !tLookahead()) {
            Subscript* n = node<Subscript>(s);
            n->value = a;
            n->slice = b;
            n->ctx = ExprContext::Store;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// t_primary: t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
//   | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead
//   | atom &t_lookahead   (left-recursive: a loop)
Expr* Parser::tPrimary()
{
    HS_ENTER();
    Expr* res = nullptr;
    if (isMemoized(kMemoTPrimary, res)) return res;
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Expr* a = atom();
    if (a == nullptr || !tLookahead()) {
        if (m_errorIndicator) return nullptr;
        m_mark = mark;
        insertMemo(mark, kMemoTPrimary, nullptr);
        return nullptr;
    }
    for (;;) {
        int m = m_mark;
        {
            Token* b;
            if (expect(TK::Dot) && (b = expect(TK::Name)) && tLookahead()) {
                Attribute* n = node<Attribute>(s);
                n->value = a;
                n->attr = identifier(b);
                a = n;
                continue;
            }
            m_mark = m;
            if (m_errorIndicator) return nullptr;
        }
        {
            Expr* b;
            if (expect(TK::Lsqb) && (b = slices()) && expect(TK::Rsqb) && tLookahead()) {
                Subscript* n = node<Subscript>(s);
                n->value = a;
                n->slice = b;
                a = n;
                continue;
            }
            m_mark = m;
            if (m_errorIndicator) return nullptr;
        }
        {
            Expr* b;
            if ((b = genexp()) && tLookahead()) {
                Call* n = node<Call>(s);
                n->func = a;
                n->args = *single(b);
                a = n;
                continue;
            }
            m_mark = m;
            if (m_errorIndicator) return nullptr;
        }
        {
            Call* b;
            if (expect(TK::Lpar) && ((b = arguments()), !m_errorIndicator) && expect(TK::Rpar) && tLookahead()) {
                Call* n = node<Call>(s);
                n->func = a;
                if (b != nullptr) {
                    n->args = b->args;
                    n->keywords = b->keywords;
                }
                a = n;
                continue;
            }
            m_mark = m;
            if (m_errorIndicator) return nullptr;
        }
        break;
    }
    insertMemo(mark, kMemoTPrimary, a);
    return a;
}

// t_lookahead: '(' | '[' | '.'
bool Parser::tLookahead() { return check(TK::Lpar) || check(TK::Lsqb) || check(TK::Dot); }

// ---------------------------------------------------------------------------------------------
// Del targets

// del_targets: ','.del_target+ [',']
Seq<Expr*>* Parser::delTargets()
{
    HS_ENTER();
    int mark = m_mark;
    Seq<Expr*>* a;
    if ((a = gather<Expr*>(TK::Comma, [&] { return delTarget(); })) && ((expect(TK::Comma)), !m_errorIndicator)) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
Expr* Parser::delTarget()
{
    HS_ENTER();
    Expr* res = nullptr;
    if (isMemoized(kMemoDelTarget, res)) return res;
    int mark = m_mark;
    auto done = [&](Expr* r) {
        insertMemo(mark, kMemoDelTarget, r);
        return r;
    };
    if (Expr* a = singleSubscriptAttributeTarget()) {
        if (a->kind == ExprKind::Attribute) a->as<Attribute>().ctx = ExprContext::Del;
        else a->as<Subscript>().ctx = ExprContext::Del;
        return done(a);
    }
    HS_FAIL_ALT(mark);
    if (Expr* a = delTAtom()) return done(a);
    HS_FAIL_ALT(mark);
    return done(nullptr);
}

// del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
Expr* Parser::delTAtom()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (Token* a = expect(TK::Name)) return setExprContext(nameFromToken(a), ExprContext::Del);
    HS_FAIL_ALT(mark);
    {
        Expr* a;
        if (expect(TK::Lpar) && (a = delTarget()) && expect(TK::Rpar)) return setExprContext(a, ExprContext::Del);
        HS_FAIL_ALT(mark);
    }
    {
        Seq<Expr*>* a;
        if (expect(TK::Lpar) && ((a = delTargets()), !m_errorIndicator) && expect(TK::Rpar)) {
            Tuple* t = node<Tuple>(s);
            if (a != nullptr) t->elts = *a;
            t->ctx = ExprContext::Del;
            return t;
        }
        HS_FAIL_ALT(mark);
    }
    {
        Seq<Expr*>* a;
        if (expect(TK::Lsqb) && ((a = delTargets()), !m_errorIndicator) && expect(TK::Rsqb)) {
            List* t = node<List>(s);
            if (a != nullptr) t->elts = *a;
            t->ctx = ExprContext::Del;
            return t;
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

} // namespace hs::frontend::detail
