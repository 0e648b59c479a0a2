// Heapscope front end: statement rules of the Python 3.11 grammar (python.gram "STATEMENTS").
// Each function is one grammar rule; alternatives appear in the grammar's order.
//
// Sections: start rules · simple statements · imports · blocks & decorators · class/def ·
// parameters · if/while/for/with/try.
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

// ---------------------------------------------------------------------------------------------
// Compound statements

// if_stmt / elif_stmt:
//   | invalid_if_stmt
//   | 'if' named_expression ':' block elif_stmt
//   | 'if' named_expression ':' block [else_block]
Stmt* Parser::ifStmt(bool elif)
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (m_callInvalidRules) {
        if (void* r = elif ? invalidElifStmt() : invalidIfStmt()) return static_cast<Stmt*>(r);
        HS_FAIL_ALT(mark);
    }
    TK keyword = elif ? TK::KwElif : TK::KwIf;
    {
        Expr* a;
        Seq<Stmt*>* b;
        Stmt* c;
        if (expect(keyword) && (a = namedExpression()) && expect(TK::Colon) && (b = block()) && (c = ifStmt(true))) {
            If* n = node<If>(s);
            n->test = a;
            n->body = *b;
            n->orelse = *single(c);
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    {
        Expr* a;
        Seq<Stmt*>* b;
        Seq<Stmt*>* c;
        if (expect(keyword) && (a = namedExpression()) && expect(TK::Colon) && (b = block()) &&
            ((c = elseBlock()), !m_errorIndicator)) {
            If* n = node<If>(s);
            n->test = a;
            n->body = *b;
            if (c != nullptr) n->orelse = *c;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// else_block: invalid_else_stmt | 'else' &&':' block
Seq<Stmt*>* Parser::elseBlock()
{
    HS_ENTER();
    int mark = m_mark;
    if (m_callInvalidRules) {
        if (void* r = invalidElseStmt()) return static_cast<Seq<Stmt*>*>(r);
        HS_FAIL_ALT(mark);
    }
    Seq<Stmt*>* b;
    if (expect(TK::KwElse) && expectForced(TK::Colon, ":") && (b = block())) return b;
    HS_FAIL_ALT(mark);
    return nullptr;
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
Stmt* Parser::whileStmt()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (m_callInvalidRules) {
        if (void* r = invalidWhileStmt()) return static_cast<Stmt*>(r);
        HS_FAIL_ALT(mark);
    }
    Expr* a;
    Seq<Stmt*>* b;
    Seq<Stmt*>* c;
    if (expect(TK::KwWhile) && (a = namedExpression()) && expect(TK::Colon) && (b = block()) &&
        ((c = elseBlock()), !m_errorIndicator)) {
        While* n = node<While>(s);
        n->test = a;
        n->body = *b;
        if (c != nullptr) n->orelse = *c;
        return n;
    }
    HS_FAIL_ALT(mark);
    return nullptr;
}

// for_stmt:
//   | invalid_for_stmt
//   | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//   | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//   | invalid_for_target
Stmt* Parser::forStmt()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (m_callInvalidRules) {
        if (void* r = invalidForStmt()) return static_cast<Stmt*>(r);
        HS_FAIL_ALT(mark);
    }
    for (int isAsync = 0; isAsync < 2; ++isAsync) {
        bool cut = false;
        Expr* t;
        Expr* ex;
        Seq<Stmt*>* b;
        Seq<Stmt*>* el;
        if ((!isAsync || expect(TK::Async)) && expect(TK::KwFor) && (t = starTargets()) && expect(TK::KwIn) && (cut = true) &&
            (ex = starExpressions()) && expect(TK::Colon) && (b = block()) && ((el = elseBlock()), !m_errorIndicator)) {
            For* n = node<For>(s);
            n->kind = isAsync ? StmtKind::AsyncFor : StmtKind::For;
            n->target = t;
            n->iter = ex;
            n->body = *b;
            if (el != nullptr) n->orelse = *el;
            return n;
        }
        HS_FAIL_ALT(mark);
        if (cut) return nullptr;
    }
    if (m_callInvalidRules) {
        if (void* r = invalidForTarget()) return static_cast<Stmt*>(r);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// with_stmt:
//   | invalid_with_stmt_indent
//   | 'with' '(' ','.with_item+ ','? ')' ':' block
//   | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//   | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
//   | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//   | invalid_with_stmt
Stmt* Parser::withStmt()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (m_callInvalidRules) {
        if (void* r = invalidWithStmtIndent()) return static_cast<Stmt*>(r);
        HS_FAIL_ALT(mark);
    }
    auto item = [&] { return withItem(); };
    for (int isAsync = 0; isAsync < 2; ++isAsync) {
        {
            Seq<WithItem*>* a;
            Seq<Stmt*>* b;
            if ((!isAsync || expect(TK::Async)) && expect(TK::KwWith) && expect(TK::Lpar) && (a = gather<WithItem*>(TK::Comma, item)) &&
                ((expect(TK::Comma)), !m_errorIndicator) && expect(TK::Rpar) && expect(TK::Colon) && (b = block())) {
                With* n = node<With>(s);
                n->kind = isAsync ? StmtKind::AsyncWith : StmtKind::With;
                n->items = *a;
                n->body = *b;
                return n;
            }
            HS_FAIL_ALT(mark);
        }
        {
            Seq<WithItem*>* a;
            Seq<Stmt*>* b;
            if ((!isAsync || expect(TK::Async)) && expect(TK::KwWith) && (a = gather<WithItem*>(TK::Comma, item)) &&
                expect(TK::Colon) && (b = block())) {
                With* n = node<With>(s);
                n->kind = isAsync ? StmtKind::AsyncWith : StmtKind::With;
                n->items = *a;
                n->body = *b;
                return n;
            }
            HS_FAIL_ALT(mark);
        }
    }
    if (m_callInvalidRules) {
        if (void* r = invalidWithStmt()) return static_cast<Stmt*>(r);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// with_item:
//   | expression 'as' star_target &(',' | ')' | ':')
//   | invalid_with_item
//   | expression
WithItem* Parser::withItem()
{
    HS_ENTER();
    int mark = m_mark;
    {
        Expr* e;
        Expr* t;
        if ((e = expression()) && expect(TK::KwAs) && (t = starTarget()) && (check(TK::Comma) || check(TK::Rpar) || check(TK::Colon)))
            return m_arena.make<WithItem>(WithItem{e, t});
        HS_FAIL_ALT(mark);
    }
    if (m_callInvalidRules) {
        if (void* r = invalidWithItem()) return static_cast<WithItem*>(r);
        HS_FAIL_ALT(mark);
    }
    if (Expr* e = expression()) return m_arena.make<WithItem>(WithItem{e, nullptr});
    HS_FAIL_ALT(mark);
    return nullptr;
}

// try_stmt:
//   | invalid_try_stmt
//   | 'try' &&':' block finally_block
//   | 'try' &&':' block except_block+ [else_block] [finally_block]
//   | 'try' &&':' block except_star_block+ [else_block] [finally_block]
Stmt* Parser::tryStmt()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (m_callInvalidRules) {
        if (void* r = invalidTryStmt()) return static_cast<Stmt*>(r);
        HS_FAIL_ALT(mark);
    }
    {
        Seq<Stmt*>* b;
        Seq<Stmt*>* f;
        if (expect(TK::KwTry) && expectForced(TK::Colon, ":") && (b = block()) && (f = finallyBlock())) {
            Try* n = node<Try>(s);
            n->body = *b;
            n->finalbody = *f;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    for (int star = 0; star < 2; ++star) {
        Seq<Stmt*>* b;
        Seq<ExceptHandler*>* ex;
        Seq<Stmt*>* el;
        Seq<Stmt*>* f;
        if (expect(TK::KwTry) && expectForced(TK::Colon, ":") && (b = block()) &&
            (ex = loop1<ExceptHandler*>([&] { return star ? exceptStarBlock() : exceptBlock(); })) &&
            ((el = elseBlock()), !m_errorIndicator) && ((f = finallyBlock()), !m_errorIndicator)) {
            Try* n = node<Try>(s);
            n->kind = star ? StmtKind::TryStar : StmtKind::Try;
            n->body = *b;
            n->handlers = *ex;
            if (el != nullptr) n->orelse = *el;
            if (f != nullptr) n->finalbody = *f;
            return n;
        }
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// except_block:
//   | invalid_except_stmt_indent
//   | 'except' expression ['as' NAME] ':' block
//   | 'except' ':' block
//   | invalid_except_stmt
ExceptHandler* Parser::exceptBlock()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (m_callInvalidRules) {
        if (void* r = invalidExceptStmtIndent()) return static_cast<ExceptHandler*>(r);
        HS_FAIL_ALT(mark);
    }
    {
        Expr* e;
        Token* t = nullptr;
        Seq<Stmt*>* b;
        auto asOpt = [&] {
            int m = m_mark;
            if (expect(TK::KwAs)) {
                t = expect(TK::Name);
                if (t == nullptr) m_mark = m;
            }
            return !m_errorIndicator;
        };
        if (expect(TK::KwExcept) && (e = expression()) && asOpt() && expect(TK::Colon) && (b = block())) {
            ExceptHandler* h = node<ExceptHandler>(s);
            h->type = e;
            if (t != nullptr) {
                h->name = identifier(t);
                h->hasName = true;
            }
            h->body = *b;
            return h;
        }
        HS_FAIL_ALT(mark);
    }
    {
        Seq<Stmt*>* b;
        if (expect(TK::KwExcept) && expect(TK::Colon) && (b = block())) {
            ExceptHandler* h = node<ExceptHandler>(s);
            h->body = *b;
            return h;
        }
        HS_FAIL_ALT(mark);
    }
    if (m_callInvalidRules) {
        if (void* r = invalidExceptStmt()) return static_cast<ExceptHandler*>(r);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// except_star_block:
//   | invalid_except_star_stmt_indent
//   | 'except' '*' expression ['as' NAME] ':' block
//   | invalid_except_stmt
ExceptHandler* Parser::exceptStarBlock()
{
    HS_ENTER();
    int mark = m_mark;
    Start s;
    if (!start(s)) return nullptr;
    if (m_callInvalidRules) {
        if (void* r = invalidExceptStarStmtIndent()) return static_cast<ExceptHandler*>(r);
        HS_FAIL_ALT(mark);
    }
    {
        Expr* e;
        Token* t = nullptr;
        Seq<Stmt*>* b;
        auto asOpt = [&] {
            int m = m_mark;
            if (expect(TK::KwAs)) {
                t = expect(TK::Name);
                if (t == nullptr) m_mark = m;
            }
            return !m_errorIndicator;
        };
        if (expect(TK::KwExcept) && expect(TK::Star) && (e = expression()) && asOpt() && expect(TK::Colon) && (b = block())) {
            ExceptHandler* h = node<ExceptHandler>(s);
            h->type = e;
            if (t != nullptr) {
                h->name = identifier(t);
                h->hasName = true;
            }
            h->body = *b;
            return h;
        }
        HS_FAIL_ALT(mark);
    }
    if (m_callInvalidRules) {
        if (void* r = invalidExceptStmt()) return static_cast<ExceptHandler*>(r);
        HS_FAIL_ALT(mark);
    }
    return nullptr;
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
Seq<Stmt*>* Parser::finallyBlock()
{
    HS_ENTER();
    int mark = m_mark;
    if (m_callInvalidRules) {
        if (void* r = invalidFinallyStmt()) return static_cast<Seq<Stmt*>*>(r);
        HS_FAIL_ALT(mark);
    }
    Seq<Stmt*>* a;
    if (expect(TK::KwFinally) && expectForced(TK::Colon, ":") && (a = block())) return a;
    HS_FAIL_ALT(mark);
    return nullptr;
}

} // namespace hs::frontend::detail
