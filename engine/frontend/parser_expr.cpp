// Heapscope front end: expression and target rules of the Python 3.11 grammar.
// Each function is one grammar rule; alternatives appear in the grammar's order.
//
// Sections: expressions · boolean & comparison · binary operators (precedence climbing) ·
// unary, power, primary · atoms & displays · lambda · comprehensions · call arguments ·
// assignment targets · del targets.
#include "frontend/parser_impl.h"

namespace hs::frontend::detail {

using TK = TokenKind;

namespace {

template <class T>
T* makeConst(Arena& arena, ConstantKind k)
{
    T* c = arena.make<T>();
    c->valueKind = k;
    return c;
}

} // namespace

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
