// Heapscope front end: start rules and simple statements of the Python 3.11 grammar (python.gram
// "STATEMENTS"). Each function is one grammar rule; alternatives appear in the grammar's order.
//
// Sections: start rules · simple statements · imports.
#include "frontend/parser_impl.h"

namespace hs::frontend::detail {

using TK = TokenKind;

// ---------------------------------------------------------------------------------------------
// Start rules

// file: [statements] ENDMARKER
Module* Parser::fileRule()
{
    HS_ENTER();
    int mark = m_mark;
    Seq<Stmt*>* a;
    if (((a = statements()), !m_errorIndicator) && expect(TK::EndMarker)) {
        Module* m = m_arena.make<Module>();
        if (a != nullptr) m->body = *a;
        return m;
    }
    m_mark = mark;
    return nullptr;
}

// eval: expressions NEWLINE* ENDMARKER
Expression* Parser::evalRule()
{
    HS_ENTER();
    int mark = m_mark;
    Expr* a;
    if ((a = expressions()) && loop0<Token*>([&] { return expect(TK::Newline); }) && expect(TK::EndMarker)) {
        Expression* e = m_arena.make<Expression>();
        e->body = a;
        return e;
    }
    m_mark = mark;
    return nullptr;
}

// fstring: star_expressions
Expr* Parser::fstringRule()
{
    HS_ENTER();
    return starExpressions();
}

// statements: statement+
Seq<Stmt*>* Parser::statements()
{
    HS_ENTER();
    int mark = m_mark;
    Seq<Seq<Stmt*>*>* a = loop1<Seq<Stmt*>*>([&] { return statement(); });
    if (a == nullptr) {
        m_mark = mark;
        return nullptr;
    }
    std::vector<Stmt*> flat;
    for (Seq<Stmt*>* s : *a) flat.insert(flat.end(), s->begin(), s->end());
    return seqPtr(flat);
}

// statement: compound_stmt | simple_stmts
Seq<Stmt*>* Parser::statement()
{
    HS_ENTER();
    int mark = m_mark;
    if (Stmt* a = compoundStmt()) return single(a);
    HS_FAIL_ALT(mark);
    if (Seq<Stmt*>* a = simpleStmts()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
Seq<Stmt*>* Parser::simpleStmts()
{
    HS_ENTER();
    int mark = m_mark;
    {
        Stmt* a;
        if ((a = simpleStmt()) && !check(TK::Semi) && expect(TK::Newline)) return single(a);
        HS_FAIL_ALT(mark);
    }
    {
        Seq<Stmt*>* a;
        if ((a = gather<Stmt*>(TK::Semi, [&] { return simpleStmt(); })) && ((expect(TK::Semi)), !m_errorIndicator) &&
            expect(TK::Newline))
            return a;
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// simple_stmt (memo): assignment | star_expressions | &'return' return_stmt | ...
Stmt* Parser::simpleStmt()
{
    HS_ENTER();
    Stmt* res = nullptr;
    if (isMemoized(kMemoSimpleStmt, res)) return res;
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    auto done = [&](Stmt* r) {
        insertMemo(mark, kMemoSimpleStmt, r);
        return r;
    };
    if (Stmt* a = assignment()) return done(a);
    HS_FAIL_ALT(mark);
    if (Expr* e = starExpressions()) {
        ExprStmt* n = node<ExprStmt>(s);
        n->value = e;
        return done(n);
    }
    HS_FAIL_ALT(mark);
    if (check(TK::KwReturn)) {
        if (Stmt* a = returnStmt()) return done(a);
    }
    HS_FAIL_ALT(mark);
    if (check(TK::KwImport) || check(TK::KwFrom)) {
        if (Stmt* a = importStmt()) return done(a);
    }
    HS_FAIL_ALT(mark);
    if (check(TK::KwRaise)) {
        if (Stmt* a = raiseStmt()) return done(a);
    }
    HS_FAIL_ALT(mark);
    if (expect(TK::KwPass)) return done(node<Pass>(s));
    HS_FAIL_ALT(mark);
    if (check(TK::KwDel)) {
        if (Stmt* a = delStmt()) return done(a);
    }
    HS_FAIL_ALT(mark);
    if (check(TK::KwYield)) {
        if (Stmt* a = yieldStmt()) return done(a);
    }
    HS_FAIL_ALT(mark);
    if (check(TK::KwAssert)) {
        if (Stmt* a = assertStmt()) return done(a);
    }
    HS_FAIL_ALT(mark);
    if (expect(TK::KwBreak)) return done(node<Break>(s));
    HS_FAIL_ALT(mark);
    if (expect(TK::KwContinue)) return done(node<Continue>(s));
    HS_FAIL_ALT(mark);
    if (check(TK::KwGlobal)) {
        if (Stmt* a = globalStmt(true)) return done(a);
    }
    HS_FAIL_ALT(mark);
    if (check(TK::KwNonlocal)) {
        if (Stmt* a = globalStmt(false)) return done(a);
    }
    HS_FAIL_ALT(mark);
    return done(nullptr);
}

// compound_stmt: &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
//   | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt | &'while' while_stmt
//   | match_stmt
Stmt* Parser::compoundStmt()
{
    HS_ENTER();
    int mark = m_mark;
    if (check(TK::KwDef) || check(TK::At) || check(TK::Async)) {
        if (Stmt* a = functionDef()) return a;
    }
    HS_FAIL_ALT(mark);
    if (check(TK::KwIf)) {
        if (Stmt* a = ifStmt(false)) return a;
    }
    HS_FAIL_ALT(mark);
    if (check(TK::KwClass) || check(TK::At)) {
        if (Stmt* a = classDef()) return a;
    }
    HS_FAIL_ALT(mark);
    if (check(TK::KwWith) || check(TK::Async)) {
        if (Stmt* a = withStmt()) return a;
    }
    HS_FAIL_ALT(mark);
    if (check(TK::KwFor) || check(TK::Async)) {
        if (Stmt* a = forStmt()) return a;
    }
    HS_FAIL_ALT(mark);
    if (check(TK::KwTry)) {
        if (Stmt* a = tryStmt()) return a;
    }
    HS_FAIL_ALT(mark);
    if (check(TK::KwWhile)) {
        if (Stmt* a = whileStmt()) return a;
    }
    HS_FAIL_ALT(mark);
    if (Stmt* a = matchStmt()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Simple statements

// assignment:
//   | NAME ':' expression ['=' annotated_rhs]
//   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//   | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
//   | single_target augassign ~ (yield_expr | star_expressions)
//   | invalid_assignment
Stmt* Parser::assignment()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    auto rhsOpt = [&](Expr*& c) {
        int m = m_mark;
        c = nullptr;
        if (expect(TK::Equal)) {
            c = annotatedRhs();
            if (c == nullptr) m_mark = m;
        }
        return !m_errorIndicator;
    };
    {
        Token* a;
        Expr* b;
        Expr* c;
        if ((a = expect(TK::Name)) && expect(TK::Colon) && (b = expression()) && rhsOpt(c)) {
            AnnAssign* n = node<AnnAssign>(s);
            n->target = setExprContext(nameFromToken(a), ExprContext::Store);
            n->annotation = b;
            n->value = c;
            n->simple = true;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    {
        auto target = [&]() -> Expr* {
            int m = m_mark;
            {
                Expr* b;
                if (expect(TK::Lpar) && (b = singleTarget()) && expect(TK::Rpar)) return b;
                m_mark = m;
                if (m_errorIndicator) return nullptr;
            }
            if (Expr* t = singleSubscriptAttributeTarget()) return t;
            m_mark = m;
            return nullptr;
        };
        Expr* a;
        Expr* b;
        Expr* c;
        if ((a = target()) && expect(TK::Colon) && (b = expression()) && rhsOpt(c)) {
            AnnAssign* n = node<AnnAssign>(s);
            n->target = a;
            n->annotation = b;
            n->value = c;
            n->simple = false;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    {
        auto targetEq = [&]() -> Expr* {
            int m = m_mark;
            Expr* z;
            if ((z = starTargets()) && expect(TK::Equal)) return z;
            m_mark = m;
            return nullptr;
        };
        auto rhs = [&]() -> Expr* {
            int m = m_mark;
            if (Expr* y = yieldExpr()) return y;
            m_mark = m;
            if (m_errorIndicator) return nullptr;
            if (Expr* e = starExpressions()) return e;
            m_mark = m;
            return nullptr;
        };
        Seq<Expr*>* a;
        Expr* b;
        if ((a = loop1<Expr*>(targetEq)) && (b = rhs()) && !check(TK::Equal)) {
            Assign* n = node<Assign>(s);
            n->targets = *a;
            n->value = b;
            return n;
        }
        HS_FAIL_ALT(mark);
        bool cut = false;
        Expr* t;
        AugOperator* op;
        Expr* c;
        if ((t = singleTarget()) && (op = augassign()) && (cut = true) && (c = rhs())) {
            AugAssign* n = node<AugAssign>(s);
            n->target = t;
            n->op = op->kind;
            n->value = c;
            return n;
        }
        HS_FAIL_ALT(mark);
        if (cut) return nullptr;
    }
    if (m_callInvalidRules) {
        if (void* r = invalidAssignment()) return static_cast<Stmt*>(r);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// annotated_rhs: yield_expr | star_expressions
Expr* Parser::annotatedRhs()
{
    HS_ENTER();
    int mark = m_mark;
    if (Expr* a = yieldExpr()) return a;
    HS_FAIL_ALT(mark);
    if (Expr* a = starExpressions()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

AugOperator* Parser::augassign()
{
    HS_ENTER();
    Token* t = peekToken();
    if (t == nullptr) return nullptr;
    OperatorKind k;
    switch (t->kind) {
    case TK::PlusEqual: k = OperatorKind::Add; break;
    case TK::MinEqual: k = OperatorKind::Sub; break;
    case TK::StarEqual: k = OperatorKind::Mult; break;
    case TK::AtEqual: k = OperatorKind::MatMult; break;
    case TK::SlashEqual: k = OperatorKind::Div; break;
    case TK::PercentEqual: k = OperatorKind::Mod; break;
    case TK::AmperEqual: k = OperatorKind::BitAnd; break;
    case TK::VbarEqual: k = OperatorKind::BitOr; break;
    case TK::CircumflexEqual: k = OperatorKind::BitXor; break;
    case TK::LeftShiftEqual: k = OperatorKind::LShift; break;
    case TK::RightShiftEqual: k = OperatorKind::RShift; break;
    case TK::DoubleStarEqual: k = OperatorKind::Pow; break;
    case TK::DoubleSlashEqual: k = OperatorKind::FloorDiv; break;
    default: return nullptr;
    }
    m_mark++;
    return m_arena.make<AugOperator>(AugOperator{k});
}

// return_stmt: 'return' [star_expressions]
Stmt* Parser::returnStmt()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Expr* a;
    if (expect(TK::KwReturn) && ((a = starExpressions()), !m_errorIndicator)) {
        Return* n = node<Return>(s);
        n->value = a;
        return n;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
Stmt* Parser::raiseStmt()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Expr* a;
        Expr* b = nullptr;
        auto fromOpt = [&] {
            int m = m_mark;
            if (expect(TK::KwFrom)) {
                b = expression();
                if (b == nullptr) m_mark = m;
            }
            return !m_errorIndicator;
        };
        if (expect(TK::KwRaise) && (a = expression()) && fromOpt()) {
            Raise* n = node<Raise>(s);
            n->exc = a;
            n->cause = b;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    if (expect(TK::KwRaise)) return node<Raise>(s);
    HS_FAIL_ALT(mark);
    return nullptr;
}

// global_stmt: 'global' ','.NAME+   |   nonlocal_stmt: 'nonlocal' ','.NAME+
Stmt* Parser::globalStmt(bool isGlobal)
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Seq<Token*>* a;
    if (expect(isGlobal ? TK::KwGlobal : TK::KwNonlocal) && (a = gather<Token*>(TK::Comma, [&] { return expect(TK::Name); }))) {
        std::vector<Identifier> names;
        for (Token* t : *a) names.push_back(identifier(t));
        NameList* n = isGlobal ? static_cast<NameList*>(node<Global>(s)) : static_cast<NameList*>(node<Nonlocal>(s));
        n->names = seq(names);
        return n;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
Stmt* Parser::delStmt()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Seq<Expr*>* a;
    if (expect(TK::KwDel) && (a = delTargets()) && (check(TK::Semi) || check(TK::Newline))) {
        Delete* n = node<Delete>(s);
        n->targets = *a;
        return n;
    }
    HS_FAIL_ALT(mark);
    if (m_callInvalidRules) {
        if (void* r = invalidDelStmt()) return static_cast<Stmt*>(r);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// yield_stmt: yield_expr
Stmt* Parser::yieldStmt()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (Expr* y = yieldExpr()) {
        ExprStmt* n = node<ExprStmt>(s);
        n->value = y;
        return n;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// assert_stmt: 'assert' expression [',' expression]
Stmt* Parser::assertStmt()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Expr* a;
    Expr* b = nullptr;
    auto msgOpt = [&] {
        int m = m_mark;
        if (expect(TK::Comma)) {
            b = expression();
            if (b == nullptr) m_mark = m;
        }
        return !m_errorIndicator;
    };
    if (expect(TK::KwAssert) && (a = expression()) && msgOpt()) {
        Assert* n = node<Assert>(s);
        n->test = a;
        n->msg = b;
        return n;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Imports

// import_stmt: import_name | import_from
Stmt* Parser::importStmt()
{
    HS_ENTER();
    int mark = m_mark;
    if (Stmt* a = importName()) return a;
    HS_FAIL_ALT(mark);
    if (Stmt* a = importFrom()) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// import_name: 'import' dotted_as_names
Stmt* Parser::importName()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Seq<Alias*>* a;
    if (expect(TK::KwImport) && (a = dottedAsNames())) {
        Import* n = node<Import>(s);
        n->names = *a;
        return n;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// import_from:
//   | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//   | 'from' ('.' | '...')+ 'import' import_from_targets
Stmt* Parser::importFrom()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    auto dot = [&]() -> Token* {
        if (Token* t = expect(TK::Dot)) return t;
        return expect(TK::Ellipsis);
    };
    auto countDots = [](Seq<Token*>* a) {
        int n = 0;
        for (Token* t : *a) n += t->kind == TK::Ellipsis ? 3 : 1;
        return n;
    };
    {
        Seq<Token*>* a;
        Name* b;
        Seq<Alias*>* c;
        if (expect(TK::KwFrom) && (a = loop0<Token*>(dot)) && (b = dottedName()) && expect(TK::KwImport) &&
            (c = importFromTargets())) {
            ImportFrom* n = node<ImportFrom>(s);
            n->module = b->id;
            n->hasModule = true;
            n->names = *c;
            n->level = countDots(a);
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    {
        Seq<Token*>* a;
        Seq<Alias*>* b;
        if (expect(TK::KwFrom) && (a = loop1<Token*>(dot)) && expect(TK::KwImport) && (b = importFromTargets())) {
            ImportFrom* n = node<ImportFrom>(s);
            n->names = *b;
            n->level = countDots(a);
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// import_from_targets:
//   | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
//   | invalid_import_from_targets
Seq<Alias*>* Parser::importFromTargets()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    {
        Seq<Alias*>* a;
        if (expect(TK::Lpar) && (a = importFromAsNames()) && ((expect(TK::Comma)), !m_errorIndicator) && expect(TK::Rpar))
            return a;
        HS_FAIL_ALT(mark);
    }
    {
        Seq<Alias*>* a;
        if ((a = importFromAsNames()) && !check(TK::Comma)) return a;
        HS_FAIL_ALT(mark);
    }
    if (expect(TK::Star)) {
        Alias* star = node<Alias>(s);
        star->name = "*";
        return single(star);
    }
    HS_FAIL_ALT(mark);
    if (m_callInvalidRules) {
        if (void* r = invalidImportFromTargets()) return static_cast<Seq<Alias*>*>(r);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// import_from_as_names: ','.import_from_as_name+
Seq<Alias*>* Parser::importFromAsNames()
{
    HS_ENTER();
    int mark = m_mark;
    if (Seq<Alias*>* a = gather<Alias*>(TK::Comma, [&] { return importFromAsName(); })) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// import_from_as_name: NAME ['as' NAME]
Alias* Parser::importFromAsName()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Token* a;
    Token* b = nullptr;
    auto asOpt = [&] {
        int m = m_mark;
        if (expect(TK::KwAs)) {
            b = expect(TK::Name);
            if (b == nullptr) m_mark = m;
        }
        return !m_errorIndicator;
    };
    if ((a = expect(TK::Name)) && asOpt()) {
        Alias* n = node<Alias>(s);
        n->name = identifier(a);
        if (b != nullptr) {
            n->asname = identifier(b);
            n->hasAsname = true;
        }
        return n;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// dotted_as_names: ','.dotted_as_name+
Seq<Alias*>* Parser::dottedAsNames()
{
    HS_ENTER();
    int mark = m_mark;
    if (Seq<Alias*>* a = gather<Alias*>(TK::Comma, [&] { return dottedAsName(); })) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// dotted_as_name: dotted_name ['as' NAME]
Alias* Parser::dottedAsName()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    Name* a;
    Token* b = nullptr;
    auto asOpt = [&] {
        int m = m_mark;
        if (expect(TK::KwAs)) {
            b = expect(TK::Name);
            if (b == nullptr) m_mark = m;
        }
        return !m_errorIndicator;
    };
    if ((a = dottedName()) && asOpt()) {
        Alias* n = node<Alias>(s);
        n->name = a->id;
        if (b != nullptr) {
            n->asname = identifier(b);
            n->hasAsname = true;
        }
        return n;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// dotted_name: dotted_name '.' NAME | NAME   (left-recursive: a loop)
Name* Parser::dottedName()
{
    HS_ENTER();
    Name* res = nullptr;
    if (isMemoized(kMemoDottedName, res)) return res;
    int mark = m_mark;
    Name* a = nameFromToken(expect(TK::Name));
    if (a == nullptr) {
        m_mark = mark;
        insertMemo(mark, kMemoDottedName, nullptr);
        return nullptr;
    }
    for (;;) {
        int m = m_mark;
        Token* b;
        if (expect(TK::Dot) && (b = expect(TK::Name))) {
            std::string joined(a->id);
            joined += '.';
            joined += identifier(b);
            Name* n = nodeSpan<Name>(a, b);
            n->id = m_arena.copyString(joined);
            a = n;
            continue;
        }
        m_mark = m;
        break;
    }
    if (m_errorIndicator) return nullptr;
    insertMemo(mark, kMemoDottedName, a);
    return a;
}

} // namespace hs::frontend::detail
