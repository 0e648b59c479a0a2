// Heapscope front end: expression rules of the Python 3.11 grammar, from `expressions` down to
// primaries and slices. Each function is one grammar rule; alternatives in the grammar's order.
//
// Sections: expressions · boolean & comparison · binary operators (precedence climbing) ·
// unary, power, primary, slices.
#include "frontend/parser_impl.h"

namespace hs::frontend::detail {

using TK = TokenKind;

// ---------------------------------------------------------------------------------------------
// Expressions

// expressions: expression (',' expression)+ [','] | expression ',' | expression
Expr* Parser::expressions()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    auto commaExpr = [&]() -> Expr* {
        int m = m_mark;
        Expr* c;
        if (expect(TK::Comma) && (c = expression())) return c;
        m_mark = m;
        return nullptr;
    };
    {
        Expr* a;
        Seq<Expr*>* b;
        if ((a = expression()) && (b = loop1<Expr*>(commaExpr)) && ((expect(TK::Comma)), !m_errorIndicator)) {
            std::vector<Expr*> elts{a};
            elts.insert(elts.end(), b->begin(), b->end());
            Tuple* t = node<Tuple>(s);
            t->elts = seq(elts);
            return t;
        }
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        if ((a = expression()) && expect(TK::Comma)) {
            Tuple* t = node<Tuple>(s);
            t->elts = *single(a);
            return t;
        }
        HS_FAIL_ALT(mark);
    }
    if (Expr* a = expression()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// expression (memo):
//   | invalid_expression | invalid_legacy_expression
//   | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
Expr* Parser::expression()
{
    HS_ENTER();
    Expr* res = nullptr;
    if (isMemoized(kMemoExpression, res)) return res;
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    auto done = [&](Expr* r) {
        insertMemo(mark, kMemoExpression, r);
        return r;
    };
    if (m_callInvalidRules) {
        if (void* r = invalidExpression()) return done(static_cast<Expr*>(r));
        HS_FAIL_ALT(mark);
        if (void* r = invalidLegacyExpression()) return done(static_cast<Expr*>(r));
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        Expr* b;
        Expr* c;
        if ((a = disjunction()) && expect(TK::KwIf) && (b = disjunction()) && expect(TK::KwElse) && (c = expression())) {
            IfExp* n = node<IfExp>(s);
            n->test = b;
            n->body = a;
            n->orelse = c;
            return done(n);
        }
        HS_FAIL_ALT(mark);
    }
    if (Expr* a = disjunction()) return done(a);
    HS_FAIL_ALT(mark);
    if (Expr* a = lambdef()) return done(a);
    HS_FAIL_ALT(mark);
    return done(nullptr);
}

// expression_without_invalid: like expression, with invalid_* rules switched off inside.
Expr* Parser::expressionWithoutInvalid()
{
    bool prev = m_callInvalidRules;
    m_callInvalidRules = false;
    struct Restore {
        Parser* p;
        bool v;
        ~Restore() { p->m_callInvalidRules = v; }
    } restore{this, prev};
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Expr* a;
        Expr* b;
        Expr* c;
        if ((a = disjunction()) && expect(TK::KwIf) && (b = disjunction()) && expect(TK::KwElse) && (c = expression())) {
            IfExp* n = node<IfExp>(s);
            n->test = b;
            n->body = a;
            n->orelse = c;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (Expr* a = disjunction()) return a;
    HS_FAIL_ALT(mark);
    if (Expr* a = lambdef()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr* Parser::yieldExpr()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Expr* a;
        if (expect(TK::KwYield) && expect(TK::KwFrom) && (a = expression())) {
            YieldFrom* n = node<YieldFrom>(s);
            n->value = a;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        if (expect(TK::KwYield) && ((a = starExpressions()), !m_errorIndicator)) {
            Yield* n = node<Yield>(s);
            n->value = a;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
Expr* Parser::starExpressions()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    auto commaExpr = [&]() -> Expr* {
        int m = m_mark;
        Expr* c;
        if (expect(TK::Comma) && (c = starExpression())) return c;
        m_mark = m;
        return nullptr;
    };
    {
        Expr* a;
        Seq<Expr*>* b;
        if ((a = starExpression()) && (b = loop1<Expr*>(commaExpr)) && ((expect(TK::Comma)), !m_errorIndicator)) {
            std::vector<Expr*> elts{a};
            elts.insert(elts.end(), b->begin(), b->end());
            Tuple* t = node<Tuple>(s);
            t->elts = seq(elts);
            return t;
        }
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        if ((a = starExpression()) && expect(TK::Comma)) {
            Tuple* t = node<Tuple>(s);
            t->elts = *single(a);
            return t;
        }
        HS_FAIL_ALT(mark);
    }
    if (Expr* a = starExpression()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// star_expression (memo): '*' bitwise_or | expression
Expr* Parser::starExpression()
{
    HS_ENTER();
    Expr* res = nullptr;
    if (isMemoized(kMemoStarExpression, res)) return res;
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    auto done = [&](Expr* r) {
        insertMemo(mark, kMemoStarExpression, r);
        return r;
    };
    {
        Expr* a;
        if (expect(TK::Star) && (a = bitwiseOr())) {
            Starred* n = node<Starred>(s);
            n->value = a;
            return done(n);
        }
        HS_FAIL_ALT(mark);
    }
    if (Expr* a = expression()) return done(a);
    HS_FAIL_ALT(mark);
    return done(nullptr);
}

// star_named_expressions: ','.star_named_expression+ [',']
Seq<Expr*>* Parser::starNamedExpressions()
{
    HS_ENTER();
    int mark = m_mark;
    Seq<Expr*>* a;
    if ((a = gather<Expr*>(TK::Comma, [&] { return starNamedExpression(); })) && ((expect(TK::Comma)), !m_errorIndicator)) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// star_named_expression: '*' bitwise_or | named_expression
Expr* Parser::starNamedExpression()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Expr* a;
        if (expect(TK::Star) && (a = bitwiseOr())) {
            Starred* n = node<Starred>(s);
            n->value = a;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (Expr* a = namedExpression()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// assignment_expression: NAME ':=' ~ expression
Expr* Parser::assignmentExpression()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    bool cut = false;
    Token* a;
    Expr* b;
    if ((a = expect(TK::Name)) && expect(TK::ColonEqual) && (cut = true) && (b = expression())) {
        NamedExpr* n = node<NamedExpr>(s);
        n->target = setExprContext(nameFromToken(a), ExprContext::Store);
        n->value = b;
        return n;
    }
    HS_FAIL_ALT(mark);
    (void)cut; // a failed cut alternative is this rule's last one
    return nullptr;
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
Expr* Parser::namedExpression()
{
    HS_ENTER();
    int mark = m_mark;
    if (Expr* a = assignmentExpression()) return a;
    HS_FAIL_ALT(mark);
    if (m_callInvalidRules) {
        if (void* r = invalidNamedExpression()) return static_cast<Expr*>(r);
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        if ((a = expression()) && !check(TK::ColonEqual)) return a;
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Boolean operators and comparisons

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
// conjunction: inversion ('and' inversion)+ | inversion
Expr* Parser::disjunction()
{
    HS_ENTER();
    Expr* res = nullptr;
    if (isMemoized(kMemoDisjunction, res)) return res;
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    auto done = [&](Expr* r) {
        insertMemo(mark, kMemoDisjunction, r);
        return r;
    };
    auto more = [&]() -> Expr* {
        int m = m_mark;
        Expr* c;
        if (expect(TK::KwOr) && (c = conjunction())) return c;
        m_mark = m;
        return nullptr;
    };
    {
        Expr* a;
        Seq<Expr*>* b;
        if ((a = conjunction()) && (b = loop1<Expr*>(more))) {
            std::vector<Expr*> values{a};
            values.insert(values.end(), b->begin(), b->end());
            BoolOp* n = node<BoolOp>(s);
            n->op = BoolOpKind::Or;
            n->values = seq(values);
            return done(n);
        }
        HS_FAIL_ALT(mark);
    }
    if (Expr* a = conjunction()) return done(a);
    HS_FAIL_ALT(mark);
    return done(nullptr);
}

Expr* Parser::conjunction()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    auto more = [&]() -> Expr* {
        int m = m_mark;
        Expr* c;
        if (expect(TK::KwAnd) && (c = inversion())) return c;
        m_mark = m;
        return nullptr;
    };
    {
        Expr* a;
        Seq<Expr*>* b;
        if ((a = inversion()) && (b = loop1<Expr*>(more))) {
            std::vector<Expr*> values{a};
            values.insert(values.end(), b->begin(), b->end());
            BoolOp* n = node<BoolOp>(s);
            n->op = BoolOpKind::And;
            n->values = seq(values);
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (Expr* a = inversion()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// inversion: 'not' inversion | comparison
Expr* Parser::inversion()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Expr* a;
        if (expect(TK::KwNot) && (a = inversion())) {
            UnaryOp* n = node<UnaryOp>(s);
            n->op = UnaryOpKind::Not;
            n->operand = a;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (Expr* a = comparison()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
Expr* Parser::comparison()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Expr* a;
        Seq<CmpopExprPair*>* b;
        if ((a = bitwiseOr()) && (b = loop1<CmpopExprPair*>([&] { return compareOpBitwiseOrPair(); }))) {
            std::vector<CmpOpKind> ops;
            std::vector<Expr*> exprs;
            for (CmpopExprPair* p : *b) {
                ops.push_back(p->op);
                exprs.push_back(p->expr);
            }
            Compare* n = node<Compare>(s);
            n->left = a;
            n->ops = seq(ops);
            n->comparators = seq(exprs);
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (Expr* a = bitwiseOr()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// compare_op_bitwise_or_pair: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'
// each followed by bitwise_or
CmpopExprPair* Parser::compareOpBitwiseOrPair()
{
    HS_ENTER();
    int mark = m_mark;
    struct Alt {
        TK first;
        TK second; // EndMarker: single-token operator
        CmpOpKind op;
    };
    static const Alt alts[] = {
        {TK::EqEqual, TK::EndMarker, CmpOpKind::Eq},      {TK::NotEqual, TK::EndMarker, CmpOpKind::NotEq},
        {TK::LessEqual, TK::EndMarker, CmpOpKind::LtE},   {TK::Less, TK::EndMarker, CmpOpKind::Lt},
        {TK::GreaterEqual, TK::EndMarker, CmpOpKind::GtE}, {TK::Greater, TK::EndMarker, CmpOpKind::Gt},
        {TK::KwNot, TK::KwIn, CmpOpKind::NotIn},          {TK::KwIn, TK::EndMarker, CmpOpKind::In},
        {TK::KwIs, TK::KwNot, CmpOpKind::IsNot},          {TK::KwIs, TK::EndMarker, CmpOpKind::Is},
    };
    Token* current = peekToken();
    if (current == nullptr) return nullptr;
    for (const Alt& alt : alts) {
        if (current->kind != alt.first) continue; // the alternative would fail on its first token
        Token* t = expect(alt.first);
        // '!=' only: '<>' is NOTEQUAL too, but _PyPegen_check_barry_as_flufl rejects it.
        if (t != nullptr && alt.op == CmpOpKind::NotEq && tokenText(t) != "!=") t = nullptr;
        Expr* a;
        if (t != nullptr && (alt.second == TK::EndMarker || expect(alt.second)) && (a = bitwiseOr()))
            return m_arena.make<CmpopExprPair>(CmpopExprPair{alt.op, a});
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Binary operators: bitwise_or > bitwise_xor > bitwise_and > shift_expr > sum > term > factor.
// Each level is the left-recursive rule `level: level op next | next`, parsed as a loop and
// memoized per level like pegen's left-recursion memo.

namespace {

struct BinLevel {
    TK tokens[5];
    OperatorKind ops[5];
    int count;
};

const BinLevel kLevels[] = {
    {{TK::Vbar}, {OperatorKind::BitOr}, 1},
    {{TK::Circumflex}, {OperatorKind::BitXor}, 1},
    {{TK::Amper}, {OperatorKind::BitAnd}, 1},
    {{TK::LeftShift, TK::RightShift}, {OperatorKind::LShift, OperatorKind::RShift}, 2},
    {{TK::Plus, TK::Minus}, {OperatorKind::Add, OperatorKind::Sub}, 2},
    {{TK::Star, TK::Slash, TK::DoubleSlash, TK::Percent, TK::At},
     {OperatorKind::Mult, OperatorKind::Div, OperatorKind::FloorDiv, OperatorKind::Mod, OperatorKind::MatMult},
     5},
};
constexpr int kLevelCount = sizeof(kLevels) / sizeof(kLevels[0]);

} // namespace

Expr* Parser::bitwiseOr() { return binary(0); }

Expr* Parser::binary(int level)
{
    HS_ENTER();
    const BinLevel& L = kLevels[level];
    // Only bitwise_or's memo can ever be hit: the inner levels are reached solely through the
    // level above at the same position, so memoizing them would change nothing but speed.
    bool memo = level == 0;
    Expr* res = nullptr;
    if (memo && isMemoized(kMemoBitwiseOr, res)) return res;
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    auto operand = [&] { return level + 1 < kLevelCount ? binary(level + 1) : factor(); };
    Expr* a = operand();
    if (a == nullptr) {
        if (m_errorIndicator) return nullptr;
        m_mark = mark;
        if (memo) insertMemo(mark, kMemoBitwiseOr, nullptr);
        return nullptr;
    }
    for (;;) {
        int m = m_mark;
        Token* t = peekToken();
        if (t == nullptr) return nullptr;
        int k = 0;
        while (k < L.count && L.tokens[k] != t->kind) ++k;
        if (k == L.count) break;
        m_mark++;
        Expr* b = operand();
        if (b == nullptr) {
            m_mark = m;
            if (m_errorIndicator) return nullptr;
            break;
        }
        BinOp* n = node<BinOp>(s);
        n->left = a;
        n->op = L.ops[k];
        n->right = b;
        a = n;
    }
    if (memo) insertMemo(mark, kMemoBitwiseOr, a);
    return a;
}

// ---------------------------------------------------------------------------------------------
// Unary, power, primary

// factor: '+' factor | '-' factor | '~' factor | power
Expr* Parser::factor()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    static const TK tokens[] = {TK::Plus, TK::Minus, TK::Tilde};
    static const UnaryOpKind ops[] = {UnaryOpKind::UAdd, UnaryOpKind::USub, UnaryOpKind::Invert};
    for (int i = 0; i < 3; ++i) {
        Expr* a;
        if (expect(tokens[i]) && (a = factor())) {
            UnaryOp* n = node<UnaryOp>(s);
            n->op = ops[i];
            n->operand = a;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (Expr* a = power()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// power: await_primary '**' factor | await_primary
Expr* Parser::power()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Expr* a;
        Expr* b;
        if ((a = awaitPrimary()) && expect(TK::DoubleStar) && (b = factor())) {
            BinOp* n = node<BinOp>(s);
            n->left = a;
            n->op = OperatorKind::Pow;
            n->right = b;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (Expr* a = awaitPrimary()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// await_primary (memo): AWAIT primary | primary
Expr* Parser::awaitPrimary()
{
    HS_ENTER();
    Expr* res = nullptr;
    if (isMemoized(kMemoAwaitPrimary, res)) return res;
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    auto done = [&](Expr* r) {
        insertMemo(mark, kMemoAwaitPrimary, r);
        return r;
    };
    {
        Expr* a;
        if (expect(TK::Await) && (a = primary())) {
            Await* n = node<Await>(s);
            n->value = a;
            return done(n);
        }
        HS_FAIL_ALT(mark);
    }
    if (Expr* a = primary()) return done(a);
    HS_FAIL_ALT(mark);
    return done(nullptr);
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']'
//   | atom   (left-recursive: a loop)
Expr* Parser::primary()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Expr* a = atom();
    if (a == nullptr) {
        m_mark = mark;
        return nullptr;
    }
    for (;;) {
        int m = m_mark;
        {
            Token* b;
            if (expect(TK::Dot) && (b = expect(TK::Name))) {
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
            if ((b = genexp())) {
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
            if (expect(TK::Lpar) && ((b = arguments()), !m_errorIndicator) && expect(TK::Rpar)) {
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
        {
            Expr* b;
            if (expect(TK::Lsqb) && (b = slices()) && expect(TK::Rsqb)) {
                Subscript* n = node<Subscript>(s);
                n->value = a;
                n->slice = b;
                a = n;
                continue;
            }
            m_mark = m;
            if (m_errorIndicator) return nullptr;
        }
        break;
    }
    return a;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr* Parser::slices()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Expr* a;
        if ((a = slice()) && !check(TK::Comma)) return a;
        HS_FAIL_ALT(mark);
    }
    {
        auto item = [&]() -> Expr* {
            int m = m_mark;
            if (Expr* x = slice()) return x;
            m_mark = m;
            if (m_errorIndicator) return nullptr;
            if (Expr* x = starredExpression()) return x;
            m_mark = m;
            return nullptr;
        };
        Seq<Expr*>* a;
        if ((a = gather<Expr*>(TK::Comma, item)) && ((expect(TK::Comma)), !m_errorIndicator)) {
            Tuple* t = node<Tuple>(s);
            t->elts = *a;
            return t;
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
Expr* Parser::slice()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Expr* a;
        Expr* b;
        Expr* c = nullptr;
        auto stepOpt = [&] {
            if (expect(TK::Colon)) c = expression(); // a missing step still consumes ':'
            return !m_errorIndicator;
        };
        if (((a = expression()), !m_errorIndicator) && expect(TK::Colon) && ((b = expression()), !m_errorIndicator) && stepOpt()) {
            Slice* n = node<Slice>(s);
            n->lower = a;
            n->upper = b;
            n->step = c;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (Expr* a = namedExpression()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

} // namespace hs::frontend::detail
