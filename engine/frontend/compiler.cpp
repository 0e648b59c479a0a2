// Heapscope front end: compiler core — entry points, compilation units and scopes, instruction
// emission, constants (merge_consts_recursive and the constant cache), names, and the definitions
// (module body, functions, classes, lambdas, comprehensions, calls), after Python/compile.c 3.11.
//
// Sections: entry points · constant keys · units · emission · constants and names · definitions ·
// calls · comprehensions
#include "frontend/compiler.h"

#include "frontend/ast_unparse.h"
#include "frontend/compiler_internal.h"
#include "frontend/parser.h"
#include "objects/bytes_object.h"
#include "objects/complex_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/interpreter.h"
#include "vm/code_object.h"
#include "vm/vm_state.h"

#include <algorithm>
#include <cstring>

namespace hs::frontend {

using namespace ast;
using namespace detail;

// ---------------------------------------------------------------- entry points

namespace {

Ref compileModuleMode(Interpreter& interp, const Module& module, std::string_view filename, CompileMode mode,
                      SyntaxErrorInfo* errorOut) {
    FutureFeatures future;
    if (std::optional<SyntaxErrorInfo> error = parseFutureFeatures(module, future)) {
        if (errorOut) *errorOut = *error;
        return Ref();
    }
    ConstantTable constants(interp);
    Arena arena;
    const Module* optimized = optimizeModule(module, arena, constants, future.annotations);
    if (!optimized) return Ref(); // RecursionError pending
    SymtableResult st = buildSymtable(*optimized);
    if (!st.table) {
        if (errorOut && st.error) *errorOut = *st.error;
        return Ref();
    }
    Compiler c(interp, *st.table, constants, filename);
    c.setMode(mode);
    c.setFuture(future);
    Ref code = c.compileModule(*optimized);
    if (!code && c.error() && errorOut) *errorOut = *c.error();
    if (code) {
        // The arena's folded tuples that are not constants of the compilation (compile residue).
        for (const Ref& v : constants.objects())
            if (isExactTuple(v.get()) && !c.isCanonicalConst(v.get()))
                asCode(code.get())->compileArenaTuples.push_back(tupleSize(v.get()));
    }
    return code;
}

// The source line `lineno` (1-based) with its newline, as the parser's error records carry it.
std::string sourceLine(std::string_view source, int lineno) {
    std::size_t start = 0;
    for (int i = 1; i < lineno && start != std::string_view::npos; ++i) {
        start = source.find('\n', start);
        if (start != std::string_view::npos) ++start;
    }
    if (start == std::string_view::npos || start > source.size()) return {};
    const std::size_t end = source.find('\n', start);
    return std::string(source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start + 1));
}

} // namespace

Ref compileModule(Interpreter& interp, const Module& module, std::string_view filename, SyntaxErrorInfo* errorOut) {
    return compileModuleMode(interp, module, filename, CompileMode::Exec, errorOut);
}

Ref compileSourceMode(Interpreter& interp, std::string_view source, std::string_view filename, CompileMode mode,
                      SyntaxErrorInfo* errorOut) {
    if (mode == CompileMode::Exec) return compileSource(interp, source, filename, errorOut);
    if (mode == CompileMode::Eval) {
        ParseResult parsed = parseExpression(source);
        if (!parsed.ok()) {
            if (errorOut) *errorOut = *parsed.error;
            return Ref();
        }
        // The Expression wrapped as a one-statement module: the optimizer and the symbol table see
        // the same scopes; compileModule in Eval mode returns the expression's value.
        Expr* body = parsed.expression->body;
        auto* stmt = parsed.arena->make<ExprStmt>();
        stmt->value = body;
        stmt->lineno = body->lineno;
        stmt->colOffset = body->colOffset;
        stmt->endLineno = body->endLineno;
        stmt->endColOffset = body->endColOffset;
        Stmt* stmts[1] = {stmt};
        auto* module = parsed.arena->make<Module>();
        module->body = parsed.arena->copySeq<Stmt*>(stmts, 1);
        return compileModuleMode(interp, *module, filename, mode, errorOut);
    }
    ParseResult parsed = parseModule(source);
    if (!parsed.ok()) {
        if (errorOut) *errorOut = *parsed.error;
        return Ref();
    }
    // interactive_rule: one statement (simple statements on one line, or one compound statement).
    const Seq<Stmt*>& body = parsed.module->body;
    if (body.size() > 1 && body[1]->lineno > body[0]->endLineno) {
        if (errorOut) {
            SyntaxErrorInfo e;
            const bool compound = body[0]->kind != StmtKind::Expr && body[0]->endLineno > body[0]->lineno;
            if (compound) {
                e.msg = "invalid syntax";
                e.lineno = e.end_lineno = body[1]->lineno;
                e.offset = body[1]->colOffset + 1;
                e.end_offset = e.offset + 1;
                e.text = sourceLine(parsed.source, e.lineno);
                if (!e.text.empty() && e.text.back() == '\n') e.text.pop_back();
            } else {
                e.msg = "multiple statements found while compiling a single statement";
                e.lineno = e.end_lineno = body[0]->endLineno;
                e.text = sourceLine(parsed.source, e.lineno);
                e.offset = e.end_offset = static_cast<int>(e.text.size()) + (e.text.empty() || e.text.back() != '\n' ? 1 : 0);
            }
            *errorOut = e;
        }
        return Ref();
    }
    return compileModuleMode(interp, *parsed.module, filename, mode, errorOut);
}

Ref compileSource(Interpreter& interp, std::string_view source, std::string_view filename, SyntaxErrorInfo* errorOut) {
    ParseResult parsed = parseModule(source);
    if (!parsed.ok()) {
        if (errorOut) *errorOut = *parsed.error;
        return Ref();
    }
    return compileModule(interp, *parsed.module, filename, errorOut);
}

namespace detail {

// ---------------------------------------------------------------- constant keys

std::string tupleConstantKey(Object* const* items, std::int64_t n) {
    std::string k = "t(";
    for (std::int64_t i = 0; i < n; ++i) {
        const std::string ik = constantKey(items[i]);
        k += std::to_string(ik.size());
        k += ':';
        k += ik;
    }
    return k + ")";
}

std::string constantKey(Object* o) {
    Interpreter& interp = *o->type->interp;
    auto addrKey = [](char tag, Object* p) {
        std::string k(1, tag);
        k += std::to_string(p->addr);
        return k;
    };
    if (o == interp.none) return "N";
    if (o == interp.ellipsis) return "E";
    if (o->type == interp.types.bool_) return o == interp.trueObj ? "b1" : "b0";
    if (o->type == interp.types.int_) return "i" + intToDecimal(o);
    if (isExactStr(o)) {
        std::string k = "s";
        k += static_cast<char>('0' + strKind(o));
        k += strRaw(o);
        return k;
    }
    if (o->type == interp.types.bytes) return "y" + std::string(bytesView(o));
    if (o->type == interp.types.float_) {
        const double d = floatValue(o);
        if (d != d) return addrKey('n', o); // NaN is unequal to every other constant
        std::uint64_t bits;
        std::memcpy(&bits, &d, sizeof bits);
        return "f" + std::to_string(bits);
    }
    if (isComplex(o) && o->type == vmOf(interp).types.complex) {
        const double parts[2] = {complexReal(o), complexImag(o)};
        if (parts[0] != parts[0] || parts[1] != parts[1]) return addrKey('n', o);
        std::uint64_t bits[2];
        std::memcpy(bits, parts, sizeof bits);
        return "c" + std::to_string(bits[0]) + ":" + std::to_string(bits[1]);
    }
    if (isExactTuple(o)) return tupleConstantKey(tupleItems(o), tupleSize(o));
    if (isFrozenSetExact(o)) {
        std::vector<std::string> keys;
        std::int64_t pos = 0;
        Object* item = nullptr;
        while (setNext(o, pos, &item)) keys.push_back(constantKey(item));
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        std::string k = "F{";
        for (const auto& ik : keys) {
            k += std::to_string(ik.size());
            k += ':';
            k += ik;
        }
        return k + "}";
    }
    return addrKey('o', o); // code objects and others: identity
}

// ---------------------------------------------------------------- units

Compiler::Compiler(Interpreter& interp, Symtable& st, ConstantTable& constants, std::string_view filename)
    : m_interp(interp), m_st(st), m_constants(constants) {
    m_filename = newStrFromUtf8(interp, filename);
}

Compiler::~Compiler() {
    // compiler_free's Py_DECREF(c_const_cache): the dict releases its entries in insertion order
    // (a deterministic order, not the host hash table's).
    for (const std::string& key : m_constCacheOrder)
        if (auto it = m_constCache.find(key); it != m_constCache.end()) it->second = Ref();
}

Ref Compiler::identifierStr(std::string_view name) { return internFromUtf8(m_interp, name); }

Ref Compiler::plainStr(std::string_view text) { return newStrFromUtf8(m_interp, text); }

bool Compiler::enterScope(std::string name, ScopeType type, const void* key, int lineno) {
    auto u = std::make_unique<Unit>();
    u->scopeType = type;
    u->ste = m_st.lookup(key);
    if (!u->ste) {
        m_interp.setError("SystemError", "unknown symbol table entry");
        return false;
    }
    u->name = std::move(name);
    u->nameObj = identifierStr(u->name);
    for (std::size_t i = 0; i < u->ste->varnames.size(); ++i) u->varnames.set(u->ste->varnames[i], static_cast<int>(i));
    // dictbytype(symbols, CELL, 0, 0) / (symbols, FREE, DEF_FREE_CLASS, ncells): sorted names.
    std::vector<std::string> cells, frees;
    for (const auto& [n, flags] : u->ste->symbols.items()) {
        const auto scope = static_cast<Scope>((flags >> symflags::kScopeOffset) & symflags::kScopeMask);
        if (scope == Scope::Cell) cells.push_back(n);
        if (scope == Scope::Free || (flags & symflags::kDefFreeClass)) frees.push_back(n);
    }
    std::sort(cells.begin(), cells.end());
    std::sort(frees.begin(), frees.end());
    for (std::size_t i = 0; i < cells.size(); ++i) u->cellvars.set(cells[i], static_cast<int>(i));
    if (u->ste->needsClassClosure) u->cellvars.set("__class__", 0);
    const int ncells = u->cellvars.size();
    for (std::size_t i = 0; i < frees.size(); ++i) u->freevars.set(frees[i], ncells + static_cast<int>(i));
    u->firstlineno = lineno;
    u->lineno = lineno;
    u->colOffset = 0;
    u->endLineno = lineno;
    u->endColOffset = 0;
    if (m_u) {
        u->privateName = m_u->privateName;
        u->hasPrivate = m_u->hasPrivate;
        m_stack.push_back(std::move(m_uOwned));
    }
    m_uOwned = std::move(u);
    m_u = m_uOwned.get();
    m_nestlevel++;
    BasicBlock* block = newBlock();
    m_u->curblock = block;
    if (type == ScopeType::Module) {
        m_u->lineno = 0;
    } else if (!setQualname()) {
        return false;
    }
    if (!addopI(op::RESUME, 0)) return false;
    if (type == ScopeType::Module) m_u->lineno = -1;
    return true;
}

void Compiler::exitScope() {
    m_nestlevel--;
    if (!m_stack.empty()) {
        m_uOwned = std::move(m_stack.back());
        m_stack.pop_back();
        m_u = m_uOwned.get();
    } else {
        m_uOwned.reset();
        m_u = nullptr;
    }
}

bool Compiler::setQualname() {
    Unit* u = m_u;
    std::string base;
    bool hasBase = false;
    if (!m_stack.empty()) {
        Unit* parent = m_stack.back().get();
        bool forceGlobal = false;
        if (u->scopeType == ScopeType::Function || u->scopeType == ScopeType::AsyncFunction ||
            u->scopeType == ScopeType::Class) {
            const std::string mangled =
                parent->hasPrivate ? frontend::mangle(parent->privateName, u->name) : u->name;
            if (parent->ste->scope(mangled) == Scope::GlobalExplicit) forceGlobal = true;
        }
        if (!forceGlobal) {
            if (parent->scopeType == ScopeType::Function || parent->scopeType == ScopeType::AsyncFunction ||
                parent->scopeType == ScopeType::Lambda) {
                base = parent->qualname + ".<locals>";
                hasBase = true;
            } else if (parent->hasQualname) { // the module has no qualname
                base = parent->qualname;
                hasBase = true;
            }
        }
    }
    if (hasBase) {
        u->qualname = base + "." + u->name;
        u->qualnameObj = plainStr(u->qualname);
    } else {
        u->qualname = u->name;
        u->qualnameObj = u->nameObj;
    }
    u->hasQualname = true;
    return true;
}

BasicBlock* Compiler::newBlock() {
    m_u->blocks.push_back(std::make_unique<BasicBlock>());
    return m_u->blocks.back().get();
}

void Compiler::useNextBlock(BasicBlock* b) {
    m_u->curblock->next = b;
    m_u->curblock = b;
    m_u->needNewImplicitBlock = false;
}

BasicBlock* Compiler::copyBlock(BasicBlock* block) {
    BasicBlock* result = newBlock();
    result->instr = block->instr;
    result->exit = block->exit;
    result->nofallthrough = true;
    return result;
}

// ---------------------------------------------------------------- emission

namespace {
bool isVirtualJump(int op) {
    return op == op::JUMP || op == op::JUMP_NO_INTERRUPT || op == op::POP_JUMP_IF_NONE ||
           op == op::POP_JUMP_IF_NOT_NONE || op == op::POP_JUMP_IF_FALSE || op == op::POP_JUMP_IF_TRUE;
}
bool isJumpOp(int op) { return isVirtualJump(op) || (op < 256 && opIsJump(op)); }
bool isEndOfBasicBlock(int op) {
    return isJumpOp(op) || op == op::RETURN_VALUE || op == op::RAISE_VARARGS || op == op::RERAISE;
}
} // namespace

bool Compiler::addopLine(int opcode, int oparg, BasicBlock* target, int lineno, int endLineno, int col, int endCol) {
    if (m_u->needNewImplicitBlock) useNextBlock(newBlock());
    BasicBlock* b = m_u->curblock;
    Instr i;
    i.opcode = opcode;
    i.oparg = oparg;
    i.target = target;
    i.lineno = lineno;
    i.endLineno = endLineno;
    i.colOffset = col;
    i.endColOffset = endCol;
    if (opcode == op::RETURN_VALUE) b->returns = true;
    b->instr.push_back(i);
    if (isEndOfBasicBlock(opcode)) m_u->needNewImplicitBlock = true;
    return true;
}

bool Compiler::addop(int opcode) {
    return addopLine(opcode, 0, nullptr, m_u->lineno, m_u->endLineno, m_u->colOffset, m_u->endColOffset);
}
bool Compiler::addopNoline(int opcode) { return addopLine(opcode, 0, nullptr, -1, 0, 0, 0); }
bool Compiler::addopI(int opcode, int oparg) {
    return addopLine(opcode, oparg, nullptr, m_u->lineno, m_u->endLineno, m_u->colOffset, m_u->endColOffset);
}
bool Compiler::addopINoline(int opcode, int oparg) { return addopLine(opcode, oparg, nullptr, -1, 0, 0, 0); }
bool Compiler::addopJ(int opcode, BasicBlock* target) {
    return addopLine(opcode, 0, target, m_u->lineno, m_u->endLineno, m_u->colOffset, m_u->endColOffset);
}
bool Compiler::addopJNoline(int opcode, BasicBlock* target) { return addopLine(opcode, 0, target, -1, 0, 0, 0); }

bool Compiler::compilerError(const std::string& msg) {
    if (!m_error) {
        SyntaxErrorInfo e = makeCompilerSyntaxError(msg, m_u->lineno, m_u->colOffset, m_u->endLineno, m_u->endColOffset);
        m_error = e;
    }
    return false;
}

bool Compiler::forbiddenName(std::string_view name, ExprContext ctx) {
    if (ctx == ExprContext::Store && name == "__debug__") {
        compilerError("cannot assign to __debug__");
        return true;
    }
    if (ctx == ExprContext::Del && name == "__debug__") {
        compilerError("cannot delete __debug__");
        return true;
    }
    return false;
}

bool Compiler::pushFBlock(FBlockType t, BasicBlock* b, BasicBlock* exit, FBlockInfo info) {
    if (static_cast<int>(m_u->fblocks.size()) >= kMaxBlocks) return compilerError("too many statically nested blocks");
    info.type = t;
    info.block = b;
    info.exit = exit;
    m_u->fblocks.push_back(std::move(info));
    return true;
}

void Compiler::popFBlock() { m_u->fblocks.pop_back(); }

// ---------------------------------------------------------------- constants and names

Ref Compiler::mergeConstsRecursive(Object* o) {
    if (o == m_interp.none || o == m_interp.ellipsis) return Ref::borrowed(o);
    const std::string key = constantKey(o);
    auto it = m_constCache.find(key);
    if (it != m_constCache.end()) return it->second;
    m_constCache.emplace(key, Ref::borrowed(o));
    m_constCacheOrder.push_back(key);
    if (isExactTuple(o)) {
        for (std::int64_t i = 0; i < tupleSize(o); ++i) {
            Object* item = tupleItem(o, i);
            Ref u = mergeConstsRecursive(item);
            if (!u) return Ref();
            if (u.get() != item) {
                tupleItems(o)[i] = u.release();
                decref(item);
            }
        }
    } else if (isFrozenSetExact(o)) {
        const std::int64_t len = setSize(o);
        if (len == 0) return Ref::borrowed(o);
        Ref tuple = newTuple(m_interp, len);
        if (!tuple) return Ref();
        std::int64_t pos = 0, i = 0;
        Object* item = nullptr;
        while (setNext(o, pos, &item)) {
            Ref k = mergeConstsRecursive(item);
            if (!k) return Ref();
            tupleSetItemSteal(tuple.get(), i++, k.release());
        }
        Ref fresh = newFrozenSetFrom(m_interp, tuple.get());
        if (!fresh) return Ref();
        m_constCache[key] = fresh;
        return fresh;
    }
    return Ref::borrowed(o);
}

bool Compiler::mergeConstOne(Ref& obj) {
    const std::string key = constantKey(obj.get());
    auto it = m_constCache.find(key);
    if (it == m_constCache.end()) {
        m_constCache.emplace(key, obj);
        m_constCacheOrder.push_back(key);
        return true;
    }
    obj = it->second;
    return true;
}

Ref Compiler::mergedTuple(const std::vector<Object*>& items, bool& fresh) {
    const auto n = static_cast<std::int64_t>(items.size());
    const std::string key = tupleConstantKey(items.data(), n);
    fresh = false;
    if (auto it = m_constCache.find(key); it != m_constCache.end()) return it->second;
    fresh = n > 0;
    Ref t = tupleFromArrayUnparked(m_interp, items.data(), n);
    if (!t) return Ref();
    m_constCache.emplace(key, t);
    m_constCacheOrder.push_back(key);
    return t;
}

int Compiler::addConst(Object* o, bool compilerMade) {
    Ref canonical = mergeConstsRecursive(o);
    if (!canonical) return -1;
    const std::string key = constantKey(canonical.get());
    auto it = m_u->constIndex.find(key);
    if (it != m_u->constIndex.end()) {
        m_u->constAdds.push_back({it->second, compilerMade, m_u->names.size(), m_u->varnames.size()});
        return it->second;
    }
    const int index = static_cast<int>(m_u->consts.size());
    m_u->constIndex.emplace(key, index);
    m_u->consts.push_back(std::move(canonical));
    m_u->constAdds.push_back({index, compilerMade, m_u->names.size(), m_u->varnames.size()});
    return index;
}

bool Compiler::isCanonicalConst(Object* o) const {
    auto it = m_constCache.find(constantKey(o));
    return it != m_constCache.end() && it->second.get() == o;
}

bool Compiler::addopLoadConst(Object* o) {
    const int arg = addConst(o);
    if (arg < 0) return false;
    return addopI(op::LOAD_CONST, arg);
}

bool Compiler::addopLoadConstNew(Ref o) {
    if (!o) return false;
    const int arg = addConst(o.get(), true);
    if (arg < 0) return false;
    return addopI(op::LOAD_CONST, arg);
}

std::string Compiler::mangle(std::string_view name) const {
    return m_u->hasPrivate ? frontend::mangle(m_u->privateName, name) : std::string(name);
}

bool Compiler::addopName(int opcode, std::string_view name) { return addopNameRaw(opcode, mangle(name)); }

bool Compiler::addopNameRaw(int opcode, const std::string& name) { return addopI(opcode, m_u->names.add(name)); }

Object* Compiler::constValue(const Expr* e) {
    if (!e || e->kind != ExprKind::Constant) return nullptr;
    return m_constants.valueOf(e->as<Constant>());
}

Scope Compiler::refType(const std::string& name) {
    if (m_u->scopeType == ScopeType::Class && name == "__class__") return Scope::Cell;
    return m_u->ste->scope(name);
}

bool Compiler::nameop(std::string_view name, ExprContext ctx) {
    if (forbiddenName(name, ctx)) return false;
    const std::string mangled = mangle(name);
    enum { OpFast, OpGlobal, OpDeref, OpName } optype = OpName;
    NameIndex* dict = &m_u->names;
    const Scope scope = m_u->ste->scope(mangled);
    const bool isFunction = m_u->ste->type == BlockType::Function;
    switch (scope) {
    case Scope::Free:
        dict = &m_u->freevars;
        optype = OpDeref;
        break;
    case Scope::Cell:
        dict = &m_u->cellvars;
        optype = OpDeref;
        break;
    case Scope::Local:
        if (isFunction) optype = OpFast;
        break;
    case Scope::GlobalImplicit:
        if (isFunction) optype = OpGlobal;
        break;
    case Scope::GlobalExplicit: optype = OpGlobal; break;
    default: break;
    }
    int opcode = 0;
    switch (optype) {
    case OpDeref:
        opcode = ctx == ExprContext::Load ? (m_u->ste->type == BlockType::Class ? op::LOAD_CLASSDEREF : op::LOAD_DEREF)
                 : ctx == ExprContext::Store ? op::STORE_DEREF
                                             : op::DELETE_DEREF;
        break;
    case OpFast:
        opcode = ctx == ExprContext::Load ? op::LOAD_FAST : ctx == ExprContext::Store ? op::STORE_FAST : op::DELETE_FAST;
        return addopI(opcode, m_u->varnames.add(mangled));
    case OpGlobal:
        opcode = ctx == ExprContext::Load ? op::LOAD_GLOBAL : ctx == ExprContext::Store ? op::STORE_GLOBAL : op::DELETE_GLOBAL;
        break;
    case OpName:
        opcode = ctx == ExprContext::Load ? op::LOAD_NAME : ctx == ExprContext::Store ? op::STORE_NAME : op::DELETE_NAME;
        break;
    }
    int arg = dict->add(mangled);
    if (opcode == op::LOAD_GLOBAL) arg <<= 1;
    return addopI(opcode, arg);
}

bool Compiler::makeClosure(Object* codeObj, int flags) {
    const CodeObject* co = asCode(codeObj);
    if (co->nfreevars) {
        for (int i = co->nlocals + co->nplaincellvars; i < co->nlocalsplus; ++i) {
            const std::string name = strToUtf8(co->localName(i));
            const Scope reftype = refType(name);
            int arg = reftype == Scope::Cell ? m_u->cellvars.find(name) : m_u->freevars.find(name);
            if (arg == -1) {
                m_interp.setError("SystemError", "compiler_lookup_arg(name='" + name + "') failed");
                return false;
            }
            if (!addopI(op::LOAD_CLOSURE, arg)) return false;
        }
        flags |= mkfn::kClosure;
        if (!addopI(op::BUILD_TUPLE, co->nfreevars)) return false;
    }
    if (!addopLoadConst(codeObj)) return false;
    return addopI(op::MAKE_FUNCTION, flags);
}

// ---------------------------------------------------------------- definitions

namespace {

bool findAnn(const Seq<Stmt*>& stmts) {
    for (Stmt* st : stmts) {
        bool res = false;
        switch (st->kind) {
        case StmtKind::AnnAssign: return true;
        case StmtKind::For:
        case StmtKind::AsyncFor: res = findAnn(st->as<For>().body) || findAnn(st->as<For>().orelse); break;
        case StmtKind::While: res = findAnn(st->as<While>().body) || findAnn(st->as<While>().orelse); break;
        case StmtKind::If: res = findAnn(st->as<If>().body) || findAnn(st->as<If>().orelse); break;
        case StmtKind::With:
        case StmtKind::AsyncWith: res = findAnn(st->as<With>().body); break;
        case StmtKind::Try:
        case StmtKind::TryStar: {
            const auto& t = st->as<Try>();
            for (ExceptHandler* h : t.handlers)
                if (findAnn(h->body)) return true;
            res = findAnn(t.body) || findAnn(t.finalbody) || findAnn(t.orelse);
            break;
        }
        default: res = false;
        }
        if (res) return true;
    }
    return false;
}

} // namespace

bool Compiler::body(const Seq<Stmt*>& stmts) {
    std::size_t i = 0;
    if (m_u->scopeType == ScopeType::Module && !stmts.empty()) setLoc(*stmts[0]);
    if (findAnn(stmts) && !addop(op::SETUP_ANNOTATIONS)) return false;
    if (stmts.empty()) return true;
    // _PyAST_GetDocString
    const Stmt* first = stmts[0];
    if (first->kind == StmtKind::Expr) {
        const Expr* v = first->as<ExprStmt>().value;
        Object* doc = constValue(v);
        if (doc && isExactStr(doc)) {
            i = 1;
            if (!visitExpr(*v)) return false;
            unsetLoc();
            if (!nameop("__doc__", ExprContext::Store)) return false;
        }
    }
    for (; i < stmts.size(); ++i)
        if (!visitStmt(*stmts[i])) return false;
    return true;
}

Ref Compiler::compileModule(const Module& mod) {
    if (!enterScope("<module>", ScopeType::Module, &mod, 1)) return Ref();
    m_u->lineno = 1;
    if (m_mode == CompileMode::Eval) {
        // compiler_mod's Expression_kind: the value is returned (assemble without addNone).
        const bool ok = visitExpr(*mod.body[0]->as<ExprStmt>().value);
        Ref co = ok ? assemble(false) : Ref();
        exitScope();
        return co;
    }
    if (m_mode == CompileMode::Single) {
        // Interactive_kind: no docstring; c_interactive makes expression statements print.
        bool ok = !findAnn(mod.body) || addop(op::SETUP_ANNOTATIONS);
        for (std::size_t i = 0; ok && i < mod.body.size(); ++i) ok = visitStmt(*mod.body[i]);
        Ref co = ok ? assemble(true) : Ref();
        exitScope();
        return co;
    }
    if (!body(mod.body)) {
        exitScope();
        return Ref();
    }
    Ref co = assemble(true);
    exitScope();
    return co;
}

bool Compiler::checkDebugArgs(const Arguments& args) {
    auto check = [&](const Arg* a) { return !(a && forbiddenName(a->arg, ExprContext::Store)); };
    for (Arg* a : args.posonlyargs)
        if (!check(a)) return false;
    for (Arg* a : args.args)
        if (!check(a)) return false;
    if (!check(args.vararg)) return false;
    for (Arg* a : args.kwonlyargs)
        if (!check(a)) return false;
    return check(args.kwarg);
}

bool Compiler::decorators(const Seq<Expr*>& decos) { return visitExprs(decos); }

bool Compiler::applyDecorators(const Seq<Expr*>& decos) {
    if (decos.empty()) return true;
    const SavedLoc saved = saveLoc();
    for (std::size_t i = decos.size(); i-- > 0;) {
        setLoc(*decos[i]);
        if (!addopI(op::PRECALL, 0) || !addopI(op::CALL, 0)) return false;
    }
    restoreLoc(saved);
    return true;
}

int Compiler::defaultArguments(const Arguments& args) {
    int funcflags = 0;
    if (!args.defaults.empty()) {
        if (!visitExprs(args.defaults)) return -1;
        if (!addopI(op::BUILD_TUPLE, static_cast<int>(args.defaults.size()))) return -1;
        funcflags |= mkfn::kDefaults;
    }
    if (!args.kwonlyargs.empty()) {
        std::vector<Object*> keys;
        std::vector<Ref> keyRefs;
        for (std::size_t i = 0; i < args.kwonlyargs.size(); ++i) {
            const Expr* deflt = i < args.kwDefaults.size() ? args.kwDefaults[i] : nullptr;
            if (!deflt) continue;
            keyRefs.push_back(identifierStr(mangle(args.kwonlyargs[i]->arg)));
            if (!keyRefs.back()) return -1;
            keys.push_back(keyRefs.back().get());
            if (!visitExpr(*deflt)) return -1;
        }
        if (!keys.empty()) {
            Ref tuple = tupleFromArray(m_interp, keys.data(), static_cast<std::int64_t>(keys.size()));
            if (!addopLoadConstNew(std::move(tuple))) return -1;
            if (!addopI(op::BUILD_CONST_KEY_MAP, static_cast<int>(keys.size()))) return -1;
            funcflags |= mkfn::kKwDefaults;
        }
    }
    return funcflags;
}

bool Compiler::visitAnnExpr(const Expr& annotation) {
    UnparseReprs reprs;
    reprs.constant = [this](const Constant& c, std::string& out) {
        Object* value = constValue(&c);
        if (!value) return false;
        Ref r = objectRepr(value);
        if (!r) return false;
        out = strToUtf8(r.get());
        return true;
    };
    reprs.str = [this](std::string_view text, std::string& out) {
        Ref s = plainStr(text);
        if (!s) return false;
        Ref r = objectRepr(s.get());
        if (!r) return false;
        out = strToUtf8(r.get());
        return true;
    };
    std::string text;
    if (!unparseAnnotation(annotation, reprs, text)) return false;
    return addopLoadConstNew(plainStr(text));
}

bool Compiler::visitArgAnnotation(std::string_view id, const Expr* annotation, int& len) {
    if (!annotation) return true;
    if (!addopLoadConstNew(identifierStr(mangle(id)))) return false;
    if (m_future.annotations) {
        if (!visitAnnExpr(*annotation)) return false;
    } else if (annotation->kind == ExprKind::Starred) {
        if (!visitExpr(*annotation->as<Starred>().value)) return false;
        if (!addopI(op::UNPACK_SEQUENCE, 1)) return false;
    } else if (!visitExpr(*annotation)) {
        return false;
    }
    len += 2;
    return true;
}

int Compiler::visitAnnotations(const Arguments& args, const Expr* returns) {
    int len = 0;
    for (Arg* a : args.args)
        if (!visitArgAnnotation(a->arg, a->annotation, len)) return 0;
    for (Arg* a : args.posonlyargs)
        if (!visitArgAnnotation(a->arg, a->annotation, len)) return 0;
    if (args.vararg && args.vararg->annotation && !visitArgAnnotation(args.vararg->arg, args.vararg->annotation, len))
        return 0;
    for (Arg* a : args.kwonlyargs)
        if (!visitArgAnnotation(a->arg, a->annotation, len)) return 0;
    if (args.kwarg && args.kwarg->annotation && !visitArgAnnotation(args.kwarg->arg, args.kwarg->annotation, len))
        return 0;
    if (!visitArgAnnotation("return", returns, len)) return 0;
    if (len) {
        if (!addopI(op::BUILD_TUPLE, len)) return 0;
        return 1;
    }
    return -1;
}

bool Compiler::function(const FunctionDef& s, bool isAsync) {
    const Arguments& args = *s.args;
    if (!checkDebugArgs(args)) return false;
    if (!decorators(s.decoratorList)) return false;
    int firstlineno = s.lineno;
    if (!s.decoratorList.empty()) firstlineno = s.decoratorList[0]->lineno;
    int funcflags = defaultArguments(args);
    if (funcflags == -1) return false;
    const int annotations = visitAnnotations(args, s.returns);
    if (annotations == 0) return false;
    if (annotations > 0) funcflags |= mkfn::kAnnotations;
    if (!enterScope(std::string(s.name), isAsync ? ScopeType::AsyncFunction : ScopeType::Function, &s, firstlineno))
        return false;
    Object* docstring = nullptr;
    if (!s.body.empty() && s.body[0]->kind == StmtKind::Expr) {
        Object* v = constValue(s.body[0]->as<ExprStmt>().value);
        if (v && isExactStr(v)) docstring = v;
    }
    if (addConst(docstring ? docstring : m_interp.none) < 0) {
        exitScope();
        return false;
    }
    m_u->argcount = static_cast<int>(args.args.size());
    m_u->posonlyargcount = static_cast<int>(args.posonlyargs.size());
    m_u->kwonlyargcount = static_cast<int>(args.kwonlyargs.size());
    for (std::size_t i = docstring ? 1 : 0; i < s.body.size(); ++i) {
        if (!visitStmt(*s.body[i])) {
            exitScope();
            return false;
        }
    }
    Ref co = assemble(true);
    exitScope();
    if (!co) return false;
    if (!makeClosure(co.get(), funcflags)) return false;
    if (!applyDecorators(s.decoratorList)) return false;
    return nameop(s.name, ExprContext::Store);
}

bool Compiler::classDef(const ClassDef& s) {
    if (!decorators(s.decoratorList)) return false;
    int firstlineno = s.lineno;
    if (!s.decoratorList.empty()) firstlineno = s.decoratorList[0]->lineno;
    if (!enterScope(std::string(s.name), ScopeType::Class, &s, firstlineno)) return false;
    Ref co;
    {
        m_u->privateName = std::string(s.name);
        m_u->hasPrivate = true;
        if (!nameop("__name__", ExprContext::Load) || !nameop("__module__", ExprContext::Store)) {
            exitScope();
            return false;
        }
        if (!addopLoadConst(m_u->qualnameObj.get()) || !nameop("__qualname__", ExprContext::Store)) {
            exitScope();
            return false;
        }
        if (!body(s.body)) {
            exitScope();
            return false;
        }
        unsetLoc();
        if (m_u->ste->needsClassClosure) {
            const int i = m_u->cellvars.find("__class__");
            if (!addopI(op::LOAD_CLOSURE, i) || !addopI(op::COPY, 1) ||
                !nameop("__classcell__", ExprContext::Store)) {
                exitScope();
                return false;
            }
        } else if (!addopLoadConst(m_interp.none)) {
            exitScope();
            return false;
        }
        if (!addop(op::RETURN_VALUE)) {
            exitScope();
            return false;
        }
        co = assemble(true);
    }
    exitScope();
    if (!co) return false;
    if (!addop(op::PUSH_NULL) || !addop(op::LOAD_BUILD_CLASS)) return false;
    if (!makeClosure(co.get(), 0)) return false;
    if (!addopLoadConstNew(identifierStr(s.name))) return false;
    if (!callHelper(2, s.bases, s.keywords)) return false;
    if (!applyDecorators(s.decoratorList)) return false;
    return nameop(s.name, ExprContext::Store);
}

bool Compiler::lambda(const Lambda& e) {
    const Arguments& args = *e.args;
    if (!checkDebugArgs(args)) return false;
    const int funcflags = defaultArguments(args);
    if (funcflags == -1) return false;
    if (!enterScope("<lambda>", ScopeType::Lambda, &e, e.lineno)) return false;
    if (addConst(m_interp.none) < 0) return false;
    m_u->argcount = static_cast<int>(args.args.size());
    m_u->posonlyargcount = static_cast<int>(args.posonlyargs.size());
    m_u->kwonlyargcount = static_cast<int>(args.kwonlyargs.size());
    if (!visitExpr(*e.body)) {
        exitScope();
        return false;
    }
    Ref co;
    if (m_u->ste->generator) {
        co = assemble(false);
    } else {
        if (!addop(op::RETURN_VALUE)) {
            exitScope();
            return false;
        }
        co = assemble(true);
    }
    exitScope();
    if (!co) return false;
    return makeClosure(co.get(), funcflags);
}

// ---------------------------------------------------------------- calls

bool Compiler::validateKeywords(const Seq<Keyword*>& keywords) {
    for (std::size_t i = 0; i < keywords.size(); ++i) {
        const Keyword* key = keywords[i];
        if (!key->hasArg) continue;
        if (forbiddenName(key->arg, ExprContext::Store)) return false;
        for (std::size_t j = i + 1; j < keywords.size(); ++j) {
            const Keyword* other = keywords[j];
            if (other->hasArg && other->arg == key->arg) {
                setLoc(*other);
                return compilerError("keyword argument repeated: " + std::string(key->arg));
            }
        }
    }
    return true;
}

bool Compiler::callSimpleKwHelper(const Seq<Keyword*>& keywords) {
    std::vector<Ref> names;
    std::vector<Object*> raw;
    for (Keyword* kw : keywords) {
        names.push_back(identifierStr(kw->arg));
        raw.push_back(names.back().get());
    }
    Ref tuple = tupleFromArray(m_interp, raw.data(), static_cast<std::int64_t>(raw.size()));
    if (!tuple) return false;
    const int arg = addConst(tuple.get(), true);
    if (arg < 0) return false;
    return addopI(op::KW_NAMES, arg);
}

bool Compiler::subkwargs(const Seq<Keyword*>& keywords, int begin, int end) {
    const int n = end - begin;
    const bool big = n * 2 > kStackUseGuideline;
    if (n > 1 && !big) {
        std::vector<Ref> names;
        std::vector<Object*> raw;
        for (int i = begin; i < end; ++i)
            if (!visitExpr(*keywords[i]->value)) return false;
        for (int i = begin; i < end; ++i) {
            names.push_back(identifierStr(keywords[i]->arg));
            raw.push_back(names.back().get());
        }
        if (!addopLoadConstNew(tupleFromArray(m_interp, raw.data(), n))) return false;
        return addopI(op::BUILD_CONST_KEY_MAP, n);
    }
    if (big && !addopINoline(op::BUILD_MAP, 0)) return false;
    for (int i = begin; i < end; ++i) {
        if (!addopLoadConstNew(identifierStr(keywords[i]->arg))) return false;
        if (!visitExpr(*keywords[i]->value)) return false;
        if (big && !addopINoline(op::MAP_ADD, 1)) return false;
    }
    if (!big) return addopI(op::BUILD_MAP, n);
    return true;
}

bool Compiler::callHelper(int n, const Seq<Expr*>& args, const Seq<Keyword*>& keywords) {
    if (!validateKeywords(keywords)) return false;
    const int nelts = static_cast<int>(args.size());
    const int nkwelts = static_cast<int>(keywords.size());
    bool exCall = nelts + nkwelts * 2 > kStackUseGuideline;
    for (Expr* elt : args)
        if (elt->kind == ExprKind::Starred) exCall = true;
    for (Keyword* kw : keywords)
        if (!kw->hasArg) exCall = true;
    if (!exCall) {
        for (Expr* elt : args)
            if (!visitExpr(*elt)) return false;
        if (nkwelts) {
            for (Keyword* kw : keywords)
                if (!visitExpr(*kw->value)) return false;
            if (!callSimpleKwHelper(keywords)) return false;
        }
        return addopI(op::PRECALL, n + nelts + nkwelts) && addopI(op::CALL, n + nelts + nkwelts);
    }
    if (n == 0 && nelts == 1 && args[0]->kind == ExprKind::Starred) {
        if (!visitExpr(*args[0]->as<Starred>().value)) return false;
    } else if (!starunpackHelper(args, n, op::BUILD_LIST, op::LIST_APPEND, op::LIST_EXTEND, true)) {
        return false;
    }
    if (nkwelts) {
        bool haveDict = false;
        int nseen = 0;
        for (int i = 0; i < nkwelts; ++i) {
            const Keyword* kw = keywords[i];
            if (!kw->hasArg) {
                if (nseen) {
                    if (!subkwargs(keywords, i - nseen, i)) return false;
                    if (haveDict && !addopI(op::DICT_MERGE, 1)) return false;
                    haveDict = true;
                    nseen = 0;
                }
                if (!haveDict) {
                    if (!addopI(op::BUILD_MAP, 0)) return false;
                    haveDict = true;
                }
                if (!visitExpr(*kw->value)) return false;
                if (!addopI(op::DICT_MERGE, 1)) return false;
            } else {
                nseen++;
            }
        }
        if (nseen) {
            if (!subkwargs(keywords, nkwelts - nseen, nkwelts)) return false;
            if (haveDict && !addopI(op::DICT_MERGE, 1)) return false;
        }
    }
    return addopI(op::CALL_FUNCTION_EX, nkwelts > 0);
}

// ---------------------------------------------------------------- comprehensions

bool Compiler::comprehensionGenerator(const Seq<Comprehension*>& gens, int genIndex, int depth, const Expr* elt,
                                      const Expr* val, CompType type) {
    if (gens[genIndex]->isAsync) return asyncComprehensionGenerator(gens, genIndex, depth, elt, val, type);
    return syncComprehensionGenerator(gens, genIndex, depth, elt, val, type);
}

namespace {
bool emitElement(Compiler& c, int depth, const Expr* elt, const Expr* val, CompType type) {
    switch (type) {
    case CompType::GenExp:
        return c.visitExpr(*elt) && c.addopYield() && c.addop(op::POP_TOP);
    case CompType::ListComp: return c.visitExpr(*elt) && c.addopI(op::LIST_APPEND, depth + 1);
    case CompType::SetComp: return c.visitExpr(*elt) && c.addopI(op::SET_ADD, depth + 1);
    case CompType::DictComp:
        return c.visitExpr(*elt) && c.visitExpr(*val) && c.addopI(op::MAP_ADD, depth + 1);
    }
    return false;
}
} // namespace

bool Compiler::syncComprehensionGenerator(const Seq<Comprehension*>& gens, int genIndex, int depth, const Expr* elt,
                                          const Expr* val, CompType type) {
    BasicBlock* start = newBlock();
    BasicBlock* ifCleanup = newBlock();
    BasicBlock* anchor = newBlock();
    const Comprehension* gen = gens[genIndex];
    if (genIndex == 0) {
        m_u->argcount = 1;
        if (!addopI(op::LOAD_FAST, 0)) return false;
    } else {
        const Seq<Expr*>* elts = nullptr;
        if (gen->iter->kind == ExprKind::List || gen->iter->kind == ExprKind::Tuple) elts = &gen->iter->as<Sequence>().elts;
        if (elts && elts->size() == 1 && (*elts)[0]->kind != ExprKind::Starred) {
            if (!visitExpr(*(*elts)[0])) return false;
            start = nullptr;
        }
        if (start) {
            if (!visitExpr(*gen->iter) || !addop(op::GET_ITER)) return false;
        }
    }
    if (start) {
        depth++;
        useNextBlock(start);
        if (!addopJ(op::FOR_ITER, anchor)) return false;
    }
    if (!visitExpr(*gen->target)) return false;
    for (Expr* e : gen->ifs)
        if (!jumpIf(*e, ifCleanup, false)) return false;
    if (++genIndex < static_cast<int>(gens.size())) {
        if (!comprehensionGenerator(gens, genIndex, depth, elt, val, type)) return false;
    }
    if (genIndex >= static_cast<int>(gens.size())) {
        if (!emitElement(*this, depth, elt, val, type)) return false;
    }
    useNextBlock(ifCleanup);
    if (start) {
        if (!addopJ(op::JUMP, start)) return false;
        useNextBlock(anchor);
    }
    return true;
}

bool Compiler::asyncComprehensionGenerator(const Seq<Comprehension*>& gens, int genIndex, int depth, const Expr* elt,
                                           const Expr* val, CompType type) {
    BasicBlock* start = newBlock();
    BasicBlock* except = newBlock();
    BasicBlock* ifCleanup = newBlock();
    const Comprehension* gen = gens[genIndex];
    if (genIndex == 0) {
        m_u->argcount = 1;
        if (!addopI(op::LOAD_FAST, 0)) return false;
    } else {
        if (!visitExpr(*gen->iter) || !addop(op::GET_AITER)) return false;
    }
    useNextBlock(start);
    if (!pushFBlock(FBlockType::AsyncComprehensionGenerator, start, nullptr)) return false;
    if (!addopJ(op::SETUP_FINALLY, except) || !addop(op::GET_ANEXT) || !addopLoadConst(m_interp.none) ||
        !addYieldFrom(true) || !addop(op::POP_BLOCK))
        return false;
    if (!visitExpr(*gen->target)) return false;
    for (Expr* e : gen->ifs)
        if (!jumpIf(*e, ifCleanup, false)) return false;
    depth++;
    if (++genIndex < static_cast<int>(gens.size())) {
        if (!comprehensionGenerator(gens, genIndex, depth, elt, val, type)) return false;
    }
    if (genIndex >= static_cast<int>(gens.size())) {
        if (!emitElement(*this, depth, elt, val, type)) return false;
    }
    useNextBlock(ifCleanup);
    if (!addopJ(op::JUMP, start)) return false;
    popFBlock();
    useNextBlock(except);
    return addop(op::END_ASYNC_FOR);
}

bool Compiler::comprehension(const Expr& e, CompType type, const char* name, const Seq<Comprehension*>& gens,
                             const Expr* elt, const Expr* val) {
    const ScopeType scopeType = m_u->scopeType;
    const Comprehension* outermost = gens[0];
    if (!enterScope(name, ScopeType::Comprehension, &e, e.lineno)) return false;
    setLoc(e);
    const bool isAsyncGenerator = m_u->ste->coroutine;
    if (isAsyncGenerator && type != CompType::GenExp && scopeType != ScopeType::AsyncFunction &&
        scopeType != ScopeType::Comprehension) {
        compilerError("asynchronous comprehension outside of an asynchronous function");
        exitScope();
        return false;
    }
    if (type != CompType::GenExp) {
        const int opcode = type == CompType::ListComp ? op::BUILD_LIST : type == CompType::SetComp ? op::BUILD_SET : op::BUILD_MAP;
        if (!addopI(opcode, 0)) {
            exitScope();
            return false;
        }
    }
    if (!comprehensionGenerator(gens, 0, 0, elt, val, type)) {
        exitScope();
        return false;
    }
    if (type != CompType::GenExp && !addop(op::RETURN_VALUE)) {
        exitScope();
        return false;
    }
    Ref co = assemble(true);
    exitScope();
    if (!co) return false;
    if (!makeClosure(co.get(), 0)) return false;
    if (!visitExpr(*outermost->iter)) return false;
    if (!addop(outermost->isAsync ? op::GET_AITER : op::GET_ITER)) return false;
    if (!addopI(op::PRECALL, 0) || !addopI(op::CALL, 0)) return false;
    if (isAsyncGenerator && type != CompType::GenExp) {
        if (!addopI(op::GET_AWAITABLE, 0) || !addopLoadConst(m_interp.none) || !addYieldFrom(true)) return false;
    }
    return true;
}

} // namespace detail
} // namespace hs::frontend
