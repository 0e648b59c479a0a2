// Heapscope front end: compound statements of the Python 3.11 grammar: if/while/for/with/try and
// except/except*. Each function is one grammar rule; alternatives appear in the grammar's order.
//
// Sections: if/while/for · with · try/except/except*/finally.
#include "frontend/parser_impl.h"

namespace hs::frontend::detail {

using TK = TokenKind;

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
