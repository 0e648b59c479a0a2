// Heapscope front end: statement codegen (compile.c 3.11): frame-block unwinding, if/for/while,
// return/break/continue, try/except/finally and with (exception-table pseudo instructions),
// imports, assert, assignments and annotations.
//
// Sections: frame blocks · control flow · try · with · imports · simple statements · dispatch
#include "frontend/compiler_internal.h"

#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"

namespace hs::frontend::detail {

using namespace ast;

// ---------------------------------------------------------------- frame blocks

bool Compiler::callExitWithNones() {
    return addopLoadConst(m_interp.none) && addopLoadConst(m_interp.none) && addopLoadConst(m_interp.none) &&
           addopI(op::PRECALL, 2) && addopI(op::CALL, 2);
}

bool Compiler::addYieldFrom(bool await) {
    BasicBlock* start = newBlock();
    BasicBlock* resume = newBlock();
    BasicBlock* exit = newBlock();
    useNextBlock(start);
    if (!addopJ(op::SEND, exit)) return false;
    useNextBlock(resume);
    if (!addop(op::YIELD_VALUE) || !addopI(op::RESUME, await ? 3 : 2) || !addopJ(op::JUMP_NO_INTERRUPT, start))
        return false;
    useNextBlock(exit);
    return true;
}

bool Compiler::popExceptAndReraise() {
    return addopI(op::COPY, 3) && addop(op::POP_EXCEPT) && addopI(op::RERAISE, 1);
}

bool Compiler::unwindFBlock(const FBlockInfo& info, bool preserveTos) {
    switch (info.type) {
    case FBlockType::WhileLoop:
    case FBlockType::ExceptionHandler:
    case FBlockType::ExceptionGroupHandler:
    case FBlockType::AsyncComprehensionGenerator: return true;
    case FBlockType::ForLoop:
        if (preserveTos && !addopI(op::SWAP, 2)) return false;
        return addop(op::POP_TOP);
    case FBlockType::TryExcept: return addop(op::POP_BLOCK);
    case FBlockType::FinallyTry:
        if (!addop(op::POP_BLOCK)) return false;
        if (preserveTos && !pushFBlock(FBlockType::PopValue, nullptr, nullptr)) return false;
        if (!visitStmts(*info.finalBody)) return false;
        if (preserveTos) popFBlock();
        unsetLoc();
        return true;
    case FBlockType::FinallyEnd:
        if (preserveTos && !addopI(op::SWAP, 2)) return false;
        if (!addop(op::POP_TOP)) return false;
        if (preserveTos && !addopI(op::SWAP, 2)) return false;
        return addop(op::POP_BLOCK) && addop(op::POP_EXCEPT);
    case FBlockType::With:
    case FBlockType::AsyncWith:
        setLoc(*info.stmt);
        if (!addop(op::POP_BLOCK)) return false;
        if (preserveTos && !addopI(op::SWAP, 2)) return false;
        if (!callExitWithNones()) return false;
        if (info.type == FBlockType::AsyncWith) {
            if (!addopI(op::GET_AWAITABLE, 2) || !addopLoadConst(m_interp.none) || !addYieldFrom(true)) return false;
        }
        if (!addop(op::POP_TOP)) return false;
        unsetLoc();
        return true;
    case FBlockType::HandlerCleanup:
        if (info.hasName && !addop(op::POP_BLOCK)) return false;
        if (preserveTos && !addopI(op::SWAP, 2)) return false;
        if (!addop(op::POP_BLOCK) || !addop(op::POP_EXCEPT)) return false;
        if (info.hasName) {
            if (!addopLoadConst(m_interp.none)) return false;
            nameop(info.name, ExprContext::Store);
            nameop(info.name, ExprContext::Del);
        }
        return true;
    case FBlockType::PopValue:
        if (preserveTos && !addopI(op::SWAP, 2)) return false;
        return addop(op::POP_TOP);
    }
    return false;
}

bool Compiler::unwindFBlockStack(bool preserveTos, FBlockInfo** loop) {
    if (m_u->fblocks.empty()) return true;
    FBlockInfo& top = m_u->fblocks.back();
    if (top.type == FBlockType::ExceptionGroupHandler)
        return compilerError("'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top.type == FBlockType::WhileLoop || top.type == FBlockType::ForLoop)) {
        *loop = &top;
        return true;
    }
    FBlockInfo copy = top;
    m_u->fblocks.pop_back();
    if (!unwindFBlock(copy, preserveTos)) return false;
    if (!unwindFBlockStack(preserveTos, loop)) return false;
    m_u->fblocks.push_back(copy);
    if (loop && *loop) {
        // The loop entry lives below the restored block; re-point into the vector.
        for (auto& f : m_u->fblocks)
            if (f.block == (*loop)->block && f.type == (*loop)->type) *loop = &f;
    }
    return true;
}

// ---------------------------------------------------------------- control flow

namespace {

bool ifStmt(Compiler& c, const If& s) {
    BasicBlock* end = c.newBlock();
    BasicBlock* next = s.orelse.empty() ? end : c.newBlock();
    if (!c.jumpIf(*s.test, next, false)) return false;
    if (!c.visitStmts(s.body)) return false;
    if (!s.orelse.empty()) {
        if (!c.addopJNoline(op::JUMP, end)) return false;
        c.useNextBlock(next);
        if (!c.visitStmts(s.orelse)) return false;
    }
    c.useNextBlock(end);
    return true;
}

bool forStmt(Compiler& c, const For& s) {
    BasicBlock* start = c.newBlock();
    BasicBlock* body = c.newBlock();
    BasicBlock* cleanup = c.newBlock();
    BasicBlock* end = c.newBlock();
    if (!c.pushFBlock(FBlockType::ForLoop, start, end)) return false;
    if (!c.visitExpr(*s.iter) || !c.addop(op::GET_ITER)) return false;
    c.useNextBlock(start);
    if (!c.addopJ(op::FOR_ITER, cleanup)) return false;
    c.useNextBlock(body);
    if (!c.visitExpr(*s.target) || !c.visitStmts(s.body)) return false;
    c.unsetLoc();
    if (!c.addopJ(op::JUMP, start)) return false;
    c.useNextBlock(cleanup);
    c.popFBlock();
    if (!c.visitStmts(s.orelse)) return false;
    c.useNextBlock(end);
    return true;
}

bool asyncForStmt(Compiler& c, const For& s) {
    if (c.u()->scopeType != ScopeType::AsyncFunction) return c.compilerError("'async for' outside async function");
    BasicBlock* start = c.newBlock();
    BasicBlock* except = c.newBlock();
    BasicBlock* end = c.newBlock();
    if (!c.visitExpr(*s.iter) || !c.addop(op::GET_AITER)) return false;
    c.useNextBlock(start);
    if (!c.pushFBlock(FBlockType::ForLoop, start, end)) return false;
    if (!c.addopJ(op::SETUP_FINALLY, except) || !c.addop(op::GET_ANEXT) || !c.addopLoadConst(c.interp().none) ||
        !c.addYieldFrom(true) || !c.addop(op::POP_BLOCK))
        return false;
    if (!c.visitExpr(*s.target) || !c.visitStmts(s.body)) return false;
    c.unsetLoc();
    if (!c.addopJ(op::JUMP, start)) return false;
    c.popFBlock();
    c.useNextBlock(except);
    c.setLoc(*s.iter);
    if (!c.addop(op::END_ASYNC_FOR)) return false;
    if (!c.visitStmts(s.orelse)) return false;
    c.useNextBlock(end);
    return true;
}

bool whileStmt(Compiler& c, const While& s) {
    BasicBlock* loop = c.newBlock();
    BasicBlock* body = c.newBlock();
    BasicBlock* anchor = c.newBlock();
    BasicBlock* end = c.newBlock();
    c.useNextBlock(loop);
    if (!c.pushFBlock(FBlockType::WhileLoop, loop, end)) return false;
    if (!c.jumpIf(*s.test, anchor, false)) return false;
    c.useNextBlock(body);
    if (!c.visitStmts(s.body)) return false;
    c.setLoc(s);
    if (!c.jumpIf(*s.test, body, true)) return false;
    c.popFBlock();
    c.useNextBlock(anchor);
    if (!c.visitStmts(s.orelse)) return false;
    c.useNextBlock(end);
    return true;
}

bool returnStmt(Compiler& c, const Return& s) {
    const bool preserveTos = s.value && s.value->kind != ExprKind::Constant;
    if (c.u()->ste->type != BlockType::Function) return c.compilerError("'return' outside function");
    if (s.value && c.u()->ste->coroutine && c.u()->ste->generator)
        return c.compilerError("'return' with value in async generator");
    if (preserveTos) {
        if (!c.visitExpr(*s.value)) return false;
    } else if (s.value) {
        c.setLoc(*s.value);
        if (!c.addop(op::NOP)) return false;
    }
    if (!s.value || s.value->lineno != s.lineno) {
        c.setLoc(s);
        if (!c.addop(op::NOP)) return false;
    }
    if (!c.unwindFBlockStack(preserveTos, nullptr)) return false;
    if (!s.value) {
        if (!c.addopLoadConst(c.interp().none)) return false;
    } else if (!preserveTos) {
        Object* v = c.constValue(s.value);
        if (!v || !c.addopLoadConst(v)) return false;
    }
    return c.addop(op::RETURN_VALUE);
}

bool breakStmt(Compiler& c) {
    const auto saved = c.saveLoc();
    if (!c.addop(op::NOP)) return false;
    FBlockInfo* loop = nullptr;
    if (!c.unwindFBlockStack(false, &loop)) return false;
    if (!loop) {
        c.restoreLoc(saved);
        return c.compilerError("'break' outside loop");
    }
    const FBlockInfo l = *loop;
    if (!c.unwindFBlock(l, false)) return false;
    return c.addopJ(op::JUMP, l.exit);
}

bool continueStmt(Compiler& c) {
    const auto saved = c.saveLoc();
    if (!c.addop(op::NOP)) return false;
    FBlockInfo* loop = nullptr;
    if (!c.unwindFBlockStack(false, &loop)) return false;
    if (!loop) {
        c.restoreLoc(saved);
        return c.compilerError("'continue' not properly in loop");
    }
    return c.addopJ(op::JUMP, loop->block);
}

// ---------------------------------------------------------------- try

bool tryExcept(Compiler& c, const Try& s) {
    BasicBlock* body = c.newBlock();
    BasicBlock* except = c.newBlock();
    BasicBlock* end = c.newBlock();
    BasicBlock* cleanup = c.newBlock();
    if (!c.addopJ(op::SETUP_FINALLY, except)) return false;
    c.useNextBlock(body);
    if (!c.pushFBlock(FBlockType::TryExcept, body, nullptr)) return false;
    if (!c.visitStmts(s.body)) return false;
    c.popFBlock();
    if (!c.addopNoline(op::POP_BLOCK)) return false;
    if (!c.visitStmts(s.orelse)) return false;
    if (!c.addopJNoline(op::JUMP, end)) return false;
    const std::size_t n = s.handlers.size();
    c.useNextBlock(except);
    c.unsetLoc();
    if (!c.addopJ(op::SETUP_CLEANUP, cleanup) || !c.addop(op::PUSH_EXC_INFO)) return false;
    if (!c.pushFBlock(FBlockType::ExceptionHandler, nullptr, nullptr)) return false;
    for (std::size_t i = 0; i < n; ++i) {
        const ExceptHandler& handler = *s.handlers[i];
        c.setLoc(handler);
        if (!handler.type && i < n - 1) return c.compilerError("default 'except:' must be last");
        except = c.newBlock();
        if (handler.type) {
            if (!c.visitExpr(*handler.type) || !c.addop(op::CHECK_EXC_MATCH) || !c.addopJ(op::POP_JUMP_IF_FALSE, except))
                return false;
        }
        if (handler.hasName) {
            BasicBlock* cleanupEnd = c.newBlock();
            BasicBlock* cleanupBody = c.newBlock();
            const std::string name(handler.name);
            c.nameop(name, ExprContext::Store);
            if (!c.addopJ(op::SETUP_CLEANUP, cleanupEnd)) return false;
            c.useNextBlock(cleanupBody);
            FBlockInfo info;
            info.name = name;
            info.hasName = true;
            if (!c.pushFBlock(FBlockType::HandlerCleanup, cleanupBody, nullptr, info)) return false;
            if (!c.visitStmts(handler.body)) return false;
            c.popFBlock();
            c.unsetLoc();
            if (!c.addop(op::POP_BLOCK) || !c.addop(op::POP_BLOCK) || !c.addop(op::POP_EXCEPT) ||
                !c.addopLoadConst(c.interp().none))
                return false;
            c.nameop(name, ExprContext::Store);
            c.nameop(name, ExprContext::Del);
            if (!c.addopJ(op::JUMP, end)) return false;
            c.useNextBlock(cleanupEnd);
            c.unsetLoc();
            if (!c.addopLoadConst(c.interp().none)) return false;
            c.nameop(name, ExprContext::Store);
            c.nameop(name, ExprContext::Del);
            if (!c.addopI(op::RERAISE, 1)) return false;
        } else {
            BasicBlock* cleanupBody = c.newBlock();
            if (!c.addop(op::POP_TOP)) return false;
            c.useNextBlock(cleanupBody);
            if (!c.pushFBlock(FBlockType::HandlerCleanup, cleanupBody, nullptr)) return false;
            if (!c.visitStmts(handler.body)) return false;
            c.popFBlock();
            c.unsetLoc();
            if (!c.addop(op::POP_BLOCK) || !c.addop(op::POP_EXCEPT) || !c.addopJ(op::JUMP, end)) return false;
        }
        c.useNextBlock(except);
    }
    c.unsetLoc();
    c.popFBlock();
    if (!c.addopI(op::RERAISE, 0)) return false;
    c.useNextBlock(cleanup);
    if (!c.popExceptAndReraise()) return false;
    c.useNextBlock(end);
    return true;
}

// compiler_try_star_except: the stack is [orig, res, exc] through the handlers; each handler
// splits exc with CHECK_EG_MATCH, runs its body on the match and appends what the body raises to
// res; PREP_RERAISE_STAR computes what to re-raise from orig and res.
bool tryStarExcept(Compiler& c, const Try& s) {
    BasicBlock* body = c.newBlock();
    BasicBlock* except = c.newBlock();
    BasicBlock* orelse = c.newBlock();
    BasicBlock* end = c.newBlock();
    BasicBlock* cleanup = c.newBlock();
    BasicBlock* reraiseStar = c.newBlock();
    if (!c.addopJ(op::SETUP_FINALLY, except)) return false;
    c.useNextBlock(body);
    if (!c.pushFBlock(FBlockType::TryExcept, body, nullptr)) return false;
    if (!c.visitStmts(s.body)) return false;
    c.popFBlock();
    if (!c.addopNoline(op::POP_BLOCK) || !c.addopJNoline(op::JUMP, orelse)) return false;
    const std::size_t n = s.handlers.size();
    c.useNextBlock(except);
    c.unsetLoc();
    if (!c.addopJ(op::SETUP_CLEANUP, cleanup) || !c.addop(op::PUSH_EXC_INFO)) return false;
    if (!c.pushFBlock(FBlockType::ExceptionGroupHandler, nullptr, nullptr)) return false;
    for (std::size_t i = 0; i < n; ++i) {
        const ExceptHandler& handler = *s.handlers[i];
        c.setLoc(handler);
        except = c.newBlock();
        BasicBlock* exceptWithError = c.newBlock();
        BasicBlock* noMatch = c.newBlock();
        if (i == 0) {
            // [exc] -> [orig, [], exc]: the original group and the list of raised/re-raised parts.
            if (!c.addopI(op::COPY, 1) || !c.addopI(op::BUILD_LIST, 0) || !c.addopI(op::SWAP, 2)) return false;
        }
        if (handler.type) {
            if (!c.visitExpr(*handler.type) || !c.addop(op::CHECK_EG_MATCH) || !c.addopI(op::COPY, 1) ||
                !c.addopJ(op::POP_JUMP_IF_NONE, noMatch))
                return false;
        }
        BasicBlock* cleanupEnd = c.newBlock();
        BasicBlock* cleanupBody = c.newBlock();
        const std::string name = handler.hasName ? std::string(handler.name) : std::string();
        if (handler.hasName) c.nameop(name, ExprContext::Store);
        else if (!c.addop(op::POP_TOP)) return false;
        if (!c.addopJ(op::SETUP_CLEANUP, cleanupEnd)) return false;
        c.useNextBlock(cleanupBody);
        FBlockInfo info;
        info.name = name;
        info.hasName = handler.hasName;
        if (!c.pushFBlock(FBlockType::HandlerCleanup, cleanupBody, nullptr, info)) return false;
        if (!c.visitStmts(handler.body)) return false;
        c.popFBlock();
        c.unsetLoc();
        if (!c.addop(op::POP_BLOCK)) return false;
        if (handler.hasName) {
            if (!c.addopLoadConst(c.interp().none)) return false;
            c.nameop(name, ExprContext::Store);
            c.nameop(name, ExprContext::Del);
        }
        if (!c.addopJ(op::JUMP, except)) return false;
        c.useNextBlock(cleanupEnd);
        c.unsetLoc();
        if (handler.hasName) {
            if (!c.addopLoadConst(c.interp().none)) return false;
            c.nameop(name, ExprContext::Store);
            c.nameop(name, ExprContext::Del);
        }
        // What the body raised goes to res; lasti is dropped.
        if (!c.addopI(op::LIST_APPEND, 3) || !c.addop(op::POP_TOP) || !c.addopJ(op::JUMP, exceptWithError)) return false;
        c.useNextBlock(except);
        if (!c.addop(op::NOP) || !c.addopJ(op::JUMP, exceptWithError)) return false;
        c.useNextBlock(noMatch);
        c.setLoc(handler);
        if (!c.addop(op::POP_TOP)) return false; // the match (None)
        c.useNextBlock(exceptWithError);
        c.unsetLoc();
        if (i == n - 1) {
            // The unhandled rest of the group (or None) goes to res too.
            if (!c.addopI(op::LIST_APPEND, 1) || !c.addopJ(op::JUMP, reraiseStar)) return false;
        }
    }
    c.unsetLoc();
    c.popFBlock();
    BasicBlock* reraise = c.newBlock();
    c.useNextBlock(reraiseStar);
    if (!c.addop(op::PREP_RERAISE_STAR) || !c.addopI(op::COPY, 1) || !c.addopJ(op::POP_JUMP_IF_NOT_NONE, reraise))
        return false;
    // Nothing to re-raise.
    if (!c.addop(op::POP_TOP) || !c.addop(op::POP_BLOCK) || !c.addop(op::POP_EXCEPT) || !c.addopJ(op::JUMP, end))
        return false;
    c.useNextBlock(reraise);
    if (!c.addop(op::POP_BLOCK) || !c.addopI(op::SWAP, 2) || !c.addop(op::POP_EXCEPT) || !c.addopI(op::RERAISE, 0))
        return false;
    c.useNextBlock(cleanup);
    if (!c.popExceptAndReraise()) return false;
    c.useNextBlock(orelse);
    if (!c.visitStmts(s.orelse)) return false;
    c.useNextBlock(end);
    return true;
}

bool tryFinally(Compiler& c, const Try& s, bool star) {
    BasicBlock* body = c.newBlock();
    BasicBlock* end = c.newBlock();
    BasicBlock* exit = c.newBlock();
    BasicBlock* cleanup = c.newBlock();
    if (!c.addopJ(op::SETUP_FINALLY, end)) return false;
    c.useNextBlock(body);
    FBlockInfo info;
    info.finalBody = &s.finalbody;
    if (!c.pushFBlock(FBlockType::FinallyTry, body, end, info)) return false;
    if (!s.handlers.empty()) {
        if (!(star ? tryStarExcept(c, s) : tryExcept(c, s))) return false;
    } else if (!c.visitStmts(s.body)) {
        return false;
    }
    if (!c.addopNoline(op::POP_BLOCK)) return false;
    c.popFBlock();
    if (!c.visitStmts(s.finalbody)) return false;
    if (!c.addopJNoline(op::JUMP, exit)) return false;
    c.useNextBlock(end);
    c.unsetLoc();
    if (!c.addopJ(op::SETUP_CLEANUP, cleanup) || !c.addop(op::PUSH_EXC_INFO)) return false;
    if (!c.pushFBlock(FBlockType::FinallyEnd, end, nullptr)) return false;
    if (!c.visitStmts(s.finalbody)) return false;
    c.popFBlock();
    if (!c.addopI(op::RERAISE, 0)) return false;
    c.useNextBlock(cleanup);
    if (!c.popExceptAndReraise()) return false;
    c.useNextBlock(exit);
    return true;
}

// ---------------------------------------------------------------- with

bool withStmt(Compiler& c, const With& s, std::size_t pos) {
    const WithItem& item = *s.items[pos];
    BasicBlock* block = c.newBlock();
    BasicBlock* final = c.newBlock();
    BasicBlock* exit = c.newBlock();
    BasicBlock* cleanup = c.newBlock();
    if (!c.visitExpr(*item.contextExpr) || !c.addop(op::BEFORE_WITH) || !c.addopJ(op::SETUP_WITH, final)) return false;
    c.useNextBlock(block);
    FBlockInfo info;
    info.stmt = &s;
    if (!c.pushFBlock(FBlockType::With, block, final, info)) return false;
    if (item.optionalVars) {
        if (!c.visitExpr(*item.optionalVars)) return false;
    } else if (!c.addop(op::POP_TOP)) {
        return false;
    }
    pos++;
    if (pos == s.items.size()) {
        if (!c.visitStmts(s.body)) return false;
    } else if (!withStmt(c, s, pos)) {
        return false;
    }
    c.unsetLoc();
    if (!c.addop(op::POP_BLOCK)) return false;
    c.popFBlock();
    c.setLoc(s);
    if (!c.callExitWithNones() || !c.addop(op::POP_TOP) || !c.addopJ(op::JUMP, exit)) return false;
    c.useNextBlock(final);
    if (!c.addopJ(op::SETUP_CLEANUP, cleanup) || !c.addop(op::PUSH_EXC_INFO) || !c.addop(op::WITH_EXCEPT_START))
        return false;
    if (!c.withExceptFinish(cleanup)) return false;
    c.useNextBlock(exit);
    return true;
}

bool asyncWithStmt(Compiler& c, const With& s, std::size_t pos) {
    if (c.u()->scopeType != ScopeType::AsyncFunction) return c.compilerError("'async with' outside async function");
    const WithItem& item = *s.items[pos];
    BasicBlock* block = c.newBlock();
    BasicBlock* final = c.newBlock();
    BasicBlock* exit = c.newBlock();
    BasicBlock* cleanup = c.newBlock();
    if (!c.visitExpr(*item.contextExpr) || !c.addop(op::BEFORE_ASYNC_WITH) || !c.addopI(op::GET_AWAITABLE, 1) ||
        !c.addopLoadConst(c.interp().none) || !c.addYieldFrom(true) || !c.addopJ(op::SETUP_WITH, final))
        return false;
    c.useNextBlock(block);
    FBlockInfo info;
    info.stmt = &s;
    if (!c.pushFBlock(FBlockType::AsyncWith, block, final, info)) return false;
    if (item.optionalVars) {
        if (!c.visitExpr(*item.optionalVars)) return false;
    } else if (!c.addop(op::POP_TOP)) {
        return false;
    }
    pos++;
    if (pos == s.items.size()) {
        if (!c.visitStmts(s.body)) return false;
    } else if (!asyncWithStmt(c, s, pos)) {
        return false;
    }
    c.popFBlock();
    c.unsetLoc();
    if (!c.addop(op::POP_BLOCK)) return false;
    c.setLoc(s);
    if (!c.callExitWithNones() || !c.addopI(op::GET_AWAITABLE, 2) || !c.addopLoadConst(c.interp().none) ||
        !c.addYieldFrom(true) || !c.addop(op::POP_TOP) || !c.addopJ(op::JUMP, exit))
        return false;
    c.useNextBlock(final);
    if (!c.addopJ(op::SETUP_CLEANUP, cleanup) || !c.addop(op::PUSH_EXC_INFO) || !c.addop(op::WITH_EXCEPT_START) ||
        !c.addopI(op::GET_AWAITABLE, 2) || !c.addopLoadConst(c.interp().none) || !c.addYieldFrom(true))
        return false;
    if (!c.withExceptFinish(cleanup)) return false;
    c.useNextBlock(exit);
    return true;
}

// ---------------------------------------------------------------- imports

bool importAs(Compiler& c, std::string_view name, std::string_view asname) {
    std::size_t dot = name.find('.');
    if (dot != std::string_view::npos) {
        while (true) {
            const std::size_t pos = dot + 1;
            dot = name.find('.', pos);
            const std::string attr(name.substr(pos, dot == std::string_view::npos ? std::string_view::npos : dot - pos));
            if (!c.addopNameRaw(op::IMPORT_FROM, attr)) return false;
            if (dot == std::string_view::npos) break;
            if (!c.addopI(op::SWAP, 2) || !c.addop(op::POP_TOP)) return false;
        }
        if (!c.nameop(asname, ExprContext::Store)) return false;
        return c.addop(op::POP_TOP);
    }
    return c.nameop(asname, ExprContext::Store);
}

bool importStmt(Compiler& c, const Import& s) {
    for (Alias* alias : s.names) {
        if (!c.addopLoadConst(c.interp().smallInt(0)) || !c.addopLoadConst(c.interp().none)) return false;
        if (!c.addopName(op::IMPORT_NAME, alias->name)) return false;
        if (alias->hasAsname) {
            if (!importAs(c, alias->name, alias->asname)) return false;
        } else {
            const std::size_t dot = alias->name.find('.');
            if (!c.nameop(alias->name.substr(0, dot), ExprContext::Store)) return false;
        }
    }
    return true;
}

bool fromImportStmt(Compiler& c, const ImportFrom& s) {
    if (!c.addopLoadConstNew(newInt(c.interp(), s.level))) return false;
    std::vector<Ref> names;
    std::vector<Object*> raw;
    for (Alias* alias : s.names) {
        names.push_back(c.identifierStr(alias->name));
        raw.push_back(names.back().get());
    }
    if (s.lineno > c.future().lineno && s.hasModule && s.module == "__future__") {
        c.setLoc(s);
        return c.compilerError("from __future__ imports must occur at the beginning of the file");
    }
    if (!c.addopLoadConstNew(tupleFromArray(c.interp(), raw.data(), static_cast<std::int64_t>(raw.size())))) return false;
    if (!c.addopName(op::IMPORT_NAME, s.hasModule ? s.module : std::string_view())) return false;
    for (std::size_t i = 0; i < s.names.size(); ++i) {
        const Alias* alias = s.names[i];
        if (i == 0 && !alias->name.empty() && alias->name[0] == '*') return c.addop(op::IMPORT_STAR);
        if (!c.addopName(op::IMPORT_FROM, alias->name)) return false;
        if (!c.nameop(alias->hasAsname ? alias->asname : alias->name, ExprContext::Store)) return false;
    }
    return c.addop(op::POP_TOP);
}

// ---------------------------------------------------------------- simple statements

bool assertStmt(Compiler& c, const Assert& s) {
    BasicBlock* end = c.newBlock();
    if (!c.jumpIf(*s.test, end, true)) return false;
    if (!c.addop(op::LOAD_ASSERTION_ERROR)) return false;
    if (s.msg) {
        if (!c.visitExpr(*s.msg) || !c.addopI(op::PRECALL, 0) || !c.addopI(op::CALL, 0)) return false;
    }
    if (!c.addopI(op::RAISE_VARARGS, 1)) return false;
    c.useNextBlock(end);
    return true;
}

bool exprStmt(Compiler& c, const Expr& value) {
    // compiler_visit_stmt_expr: interactive code at module level (c_nestlevel <= 1) prints the value.
    if (c.interactive() && c.u()->scopeType == ScopeType::Module) return c.visitExpr(value) && c.addop(op::PRINT_EXPR);
    if (value.kind == ExprKind::Constant) return c.addop(op::NOP);
    if (!c.visitExpr(value)) return false;
    c.unsetLoc();
    return c.addop(op::POP_TOP);
}

bool augAssign(Compiler& c, const AugAssign& s) {
    const Expr& e = *s.target;
    const auto saved = c.saveLoc();
    c.setLoc(e);
    switch (e.kind) {
    case ExprKind::Attribute: {
        const auto& a = e.as<Attribute>();
        if (!c.visitExpr(*a.value) || !c.addopI(op::COPY, 1)) return false;
        c.updateStartLocationToMatchAttr(a);
        if (!c.addopName(op::LOAD_ATTR, a.attr)) return false;
        break;
    }
    case ExprKind::Subscript: {
        const auto& sub = e.as<Subscript>();
        if (!c.visitExpr(*sub.value) || !c.visitExpr(*sub.slice) || !c.addopI(op::COPY, 2) || !c.addopI(op::COPY, 2) ||
            !c.addop(op::BINARY_SUBSCR))
            return false;
        break;
    }
    case ExprKind::Name:
        if (!c.nameop(e.as<Name>().id, ExprContext::Load)) return false;
        break;
    default: c.interp().setError("SystemError", "invalid node type for augmented assignment"); return false;
    }
    c.restoreLoc(saved);
    if (!c.visitExpr(*s.value)) return false;
    static const int kInplace[] = {nbop::INPLACE_ADD,        nbop::INPLACE_SUBTRACT, nbop::INPLACE_MULTIPLY,
                                   nbop::INPLACE_MATRIX_MULTIPLY, nbop::INPLACE_TRUE_DIVIDE, nbop::INPLACE_REMAINDER,
                                   nbop::INPLACE_POWER,      nbop::INPLACE_LSHIFT,   nbop::INPLACE_RSHIFT,
                                   nbop::INPLACE_OR,         nbop::INPLACE_XOR,      nbop::INPLACE_AND,
                                   nbop::INPLACE_FLOOR_DIVIDE};
    if (!c.addopI(op::BINARY_OP, kInplace[static_cast<int>(s.op)])) return false;
    c.setLoc(e);
    switch (e.kind) {
    case ExprKind::Attribute:
        c.updateStartLocationToMatchAttr(e.as<Attribute>());
        return c.addopI(op::SWAP, 2) && c.addopName(op::STORE_ATTR, e.as<Attribute>().attr);
    case ExprKind::Subscript: return c.addopI(op::SWAP, 3) && c.addopI(op::SWAP, 2) && c.addop(op::STORE_SUBSCR);
    default: return c.nameop(e.as<Name>().id, ExprContext::Store);
    }
}

bool checkAnnExpr(Compiler& c, const Expr& e) { return c.visitExpr(e) && c.addop(op::POP_TOP); }

bool checkAnnSubscr(Compiler& c, const Expr& e) {
    switch (e.kind) {
    case ExprKind::Slice: {
        const auto& s = e.as<Slice>();
        if (s.lower && !checkAnnExpr(c, *s.lower)) return false;
        if (s.upper && !checkAnnExpr(c, *s.upper)) return false;
        if (s.step && !checkAnnExpr(c, *s.step)) return false;
        return true;
    }
    case ExprKind::Tuple:
        for (Expr* elt : e.as<Tuple>().elts)
            if (!checkAnnSubscr(c, *elt)) return false;
        return true;
    default: return checkAnnExpr(c, e);
    }
}

bool annAssign(Compiler& c, const AnnAssign& s) {
    const Expr& targ = *s.target;
    if (s.value) {
        if (!c.visitExpr(*s.value) || !c.visitExpr(targ)) return false;
    }
    const ScopeType scope = c.u()->scopeType;
    switch (targ.kind) {
    case ExprKind::Name:
        if (c.forbiddenName(targ.as<Name>().id, ExprContext::Store)) return false;
        if (s.simple && (scope == ScopeType::Module || scope == ScopeType::Class)) {
            if (!(c.future().annotations ? c.visitAnnExpr(*s.annotation) : c.visitExpr(*s.annotation))) return false;
            if (!c.addopName(op::LOAD_NAME, "__annotations__")) return false;
            if (!c.addopLoadConstNew(c.identifierStr(c.mangle(targ.as<Name>().id)))) return false;
            if (!c.addop(op::STORE_SUBSCR)) return false;
        }
        break;
    case ExprKind::Attribute:
        if (c.forbiddenName(targ.as<Attribute>().attr, ExprContext::Store)) return false;
        if (!s.value && !checkAnnExpr(c, *targ.as<Attribute>().value)) return false;
        break;
    case ExprKind::Subscript:
        if (!s.value && (!checkAnnExpr(c, *targ.as<Subscript>().value) || !checkAnnSubscr(c, *targ.as<Subscript>().slice)))
            return false;
        break;
    default: c.interp().setError("SystemError", "invalid node type for annotated assignment"); return false;
    }
    // check_annotation: evaluated (and dropped) unless future annotations keep it as text
    if (!s.simple && (scope == ScopeType::Module || scope == ScopeType::Class) && !c.future().annotations) {
        if (!checkAnnExpr(c, *s.annotation)) return false;
    }
    return true;
}

} // namespace

bool Compiler::withExceptFinish(BasicBlock* cleanup) {
    unsetLoc();
    BasicBlock* exit = newBlock();
    if (!addopJ(op::POP_JUMP_IF_TRUE, exit) || !addopI(op::RERAISE, 2)) return false;
    useNextBlock(cleanup);
    if (!popExceptAndReraise()) return false;
    useNextBlock(exit);
    return addop(op::POP_TOP) && addop(op::POP_BLOCK) && addop(op::POP_EXCEPT) && addop(op::POP_TOP) &&
           addop(op::POP_TOP);
}

// ---------------------------------------------------------------- dispatch

bool Compiler::visitStmts(const Seq<Stmt*>& stmts) {
    for (Stmt* s : stmts)
        if (!visitStmt(*s)) return false;
    return true;
}

bool Compiler::visitStmt(const Stmt& s) {
    setLoc(s);
    switch (s.kind) {
    case StmtKind::FunctionDef: return function(s.as<FunctionDef>(), false);
    case StmtKind::AsyncFunctionDef: return function(s.as<FunctionDef>(), true);
    case StmtKind::ClassDef: return classDef(s.as<ClassDef>());
    case StmtKind::Return: return returnStmt(*this, s.as<Return>());
    case StmtKind::Delete: return visitExprs(s.as<Delete>().targets);
    case StmtKind::Assign: {
        const auto& a = s.as<Assign>();
        if (!visitExpr(*a.value)) return false;
        for (std::size_t i = 0; i < a.targets.size(); ++i) {
            if (i + 1 < a.targets.size() && !addopI(op::COPY, 1)) return false;
            if (!visitExpr(*a.targets[i])) return false;
        }
        return true;
    }
    case StmtKind::AugAssign: return augAssign(*this, s.as<AugAssign>());
    case StmtKind::AnnAssign: return annAssign(*this, s.as<AnnAssign>());
    case StmtKind::For: return forStmt(*this, s.as<For>());
    case StmtKind::AsyncFor: return asyncForStmt(*this, s.as<For>());
    case StmtKind::While: return whileStmt(*this, s.as<While>());
    case StmtKind::If: return ifStmt(*this, s.as<If>());
    case StmtKind::Raise: {
        const auto& r = s.as<Raise>();
        int n = 0;
        if (r.exc) {
            if (!visitExpr(*r.exc)) return false;
            n++;
            if (r.cause) {
                if (!visitExpr(*r.cause)) return false;
                n++;
            }
        }
        return addopI(op::RAISE_VARARGS, n);
    }
    case StmtKind::Try: {
        const auto& t = s.as<Try>();
        return t.finalbody.empty() ? tryExcept(*this, t) : tryFinally(*this, t, false);
    }
    case StmtKind::TryStar: {
        const auto& t = s.as<Try>();
        return t.finalbody.empty() ? tryStarExcept(*this, t) : tryFinally(*this, t, true);
    }
    case StmtKind::Match: return match(s.as<Match>());
    case StmtKind::Assert: return assertStmt(*this, s.as<Assert>());
    case StmtKind::Import: return importStmt(*this, s.as<Import>());
    case StmtKind::ImportFrom: return fromImportStmt(*this, s.as<ImportFrom>());
    case StmtKind::Global:
    case StmtKind::Nonlocal: return true;
    case StmtKind::Expr: return exprStmt(*this, *s.as<ExprStmt>().value);
    case StmtKind::Pass: return addop(op::NOP);
    case StmtKind::Break: return breakStmt(*this);
    case StmtKind::Continue: return continueStmt(*this);
    case StmtKind::With: return withStmt(*this, s.as<With>(), 0);
    case StmtKind::AsyncWith: return asyncWithStmt(*this, s.as<With>(), 0);
    }
    return true;
}

} // namespace hs::frontend::detail
