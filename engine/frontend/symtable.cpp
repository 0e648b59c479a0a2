// Heapscope front end: the symbol table builder — pass 1 collects def/use facts per block (the
// symtable_visit_* functions), pass 2 (analyze_block) decides each name's scope, as symtable.c 3.11.
//
// Sections: helpers · pass 1 (statements, expressions, arguments, comprehensions) · pass 2 · entry
#include "frontend/symtable.h"

#include <set>

namespace hs::frontend {

using namespace ast;
using namespace symflags;

long SymbolMap::get(std::string_view name) const {
    auto it = m_index.find(std::string(name));
    return it == m_index.end() ? 0 : m_items[it->second].second;
}

void SymbolMap::set(const std::string& name, long flags) {
    auto it = m_index.find(name);
    if (it != m_index.end()) {
        m_items[it->second].second = flags;
        return;
    }
    m_index.emplace(name, m_items.size());
    m_items.emplace_back(name, flags);
}

SymtableEntry* Symtable::lookup(const void* key) const {
    auto it = byKey.find(key);
    return it == byKey.end() ? nullptr : it->second;
}

std::string mangle(std::string_view priv, std::string_view ident) {
    if (priv.empty() || ident.size() < 2 || ident[0] != '_' || ident[1] != '_') return std::string(ident);
    const std::size_t n = ident.size();
    if ((ident[n - 1] == '_' && ident[n - 2] == '_') || ident.find('.') != std::string_view::npos)
        return std::string(ident);
    std::size_t ipriv = 0;
    while (ipriv < priv.size() && priv[ipriv] == '_') ++ipriv;
    if (ipriv == priv.size()) return std::string(ident);
    return "_" + std::string(priv.substr(ipriv)) + std::string(ident);
}

namespace {

using NameSet = std::set<std::string>;

class Builder {
public:
    explicit Builder(Symtable& table) : m_table(table) {}

    std::optional<SyntaxErrorInfo> error;

    bool build(const Module& mod) {
        enterBlock("top", BlockType::Module, &mod, 0, 0, 0, 0);
        m_table.top = m_cur;
        for (Stmt* s : mod.body) visitStmt(*s);
        if (error) return false;
        exitBlock();
        NameSet free, global;
        analyzeBlock(m_table.top, nullptr, free, global);
        return !error;
    }

private:
    Symtable& m_table;
    SymtableEntry* m_cur = nullptr;
    std::vector<SymtableEntry*> m_stack;
    std::string m_private;
    bool m_hasPrivate = false;

    // Records the first error; the walk then unwinds through the `if (error) return` guards (no C++
    // exceptions: Emscripten builds run without exception catching).
    void fail(std::string msg, int lineno, int col, int endLineno, int endCol) {
        if (!error) error = makeCompilerSyntaxError(std::move(msg), lineno, col, endLineno, endCol);
    }
    template <class N> void failAt(std::string msg, const N& n) {
        fail(std::move(msg), n.lineno, n.colOffset, n.endLineno, n.endColOffset);
    }

    std::string mangled(std::string_view name) const {
        return m_hasPrivate ? mangle(m_private, name) : std::string(name);
    }

    // ------------------------------------------------------------ blocks

    void enterBlock(std::string name, BlockType type, const void* key, int lineno, int col, int endLineno,
                    int endCol) {
        auto ste = std::make_unique<SymtableEntry>();
        ste->name = std::move(name);
        ste->type = type;
        ste->key = key;
        ste->lineno = lineno;
        ste->colOffset = col;
        ste->endLineno = endLineno;
        ste->endColOffset = endCol;
        if (m_cur && (m_cur->nested || m_cur->type == BlockType::Function)) ste->nested = true;
        SymtableEntry* prev = m_cur;
        if (prev) ste->compIterExpr = prev->compIterExpr;
        SymtableEntry* raw = ste.get();
        m_table.byKey[key] = raw;
        m_table.entries.push_back(std::move(ste));
        m_stack.push_back(raw);
        m_cur = raw;
        if (prev) {
            prev->symbolsBeforeChild.push_back(static_cast<int>(prev->symbols.items().size()));
            prev->children.push_back(raw);
        }
    }

    void exitBlock() {
        m_stack.pop_back();
        m_cur = m_stack.empty() ? nullptr : m_stack.back();
    }

    long lookupSym(std::string_view name) const { return m_cur->symbol(mangled(name)); }

    template <class N> void addDef(std::string_view name, long flag, const N& loc) {
        addDefHelper(name, flag, m_cur, loc.lineno, loc.colOffset, loc.endLineno, loc.endColOffset);
    }

    void addDefHelper(std::string_view name, long flag, SymtableEntry* ste, int lineno, int col, int endLineno,
                      int endCol) {
        const std::string m = mangled(name);
        long val;
        if (ste->symbols.contains(m)) {
            val = ste->symbols.get(m);
            if ((flag & kDefParam) && (val & kDefParam))
                fail("duplicate argument '" + std::string(name) + "' in function definition", lineno, col, endLineno,
                     endCol);
            val |= flag;
        } else {
            val = flag;
        }
        if (ste->compIterTarget) {
            if (val & (kDefGlobal | kDefNonlocal))
                fail("comprehension inner loop cannot rebind assignment expression target '" + std::string(name) + "'",
                     lineno, col, endLineno, endCol);
            val |= kDefCompIter;
        }
        ste->symbols.set(m, val);
        if (flag & kDefParam) {
            ste->varnames.push_back(m);
        } else if (flag & kDefGlobal) {
            SymbolMap& g = m_table.top->symbols;
            g.set(m, flag | g.get(m));
        }
    }

    void recordDirective(std::string_view name, int lineno, int col, int endLineno, int endCol) {
        m_cur->directives.push_back(
            {mangled(name), lineno, col, endLineno, endCol, static_cast<int>(m_cur->children.size())});
    }

    // ------------------------------------------------------------ statements

    void visitStmts(const Seq<Stmt*>& body) {
        for (Stmt* s : body) visitStmt(*s);
    }
    void visitExprs(const Seq<Expr*>& es) {
        for (Expr* e : es)
            if (e) visitExpr(*e);
    }

    // symtable_visit_pattern: captures are local definitions; values, keys and classes are uses.
    void visitPattern(const Pattern& p) {
        switch (p.kind) {
        case PatternKind::MatchValue: visitExpr(*p.as<MatchValue>().value); break;
        case PatternKind::MatchSingleton: break;
        case PatternKind::MatchSequence:
            for (Pattern* sub : p.as<MatchSequence>().patterns) visitPattern(*sub);
            break;
        case PatternKind::MatchStar:
            if (p.as<MatchStar>().hasName) addDef(p.as<MatchStar>().name, kDefLocal, p);
            break;
        case PatternKind::MatchMapping: {
            const auto& m = p.as<MatchMapping>();
            visitExprs(m.keys);
            for (Pattern* sub : m.patterns) visitPattern(*sub);
            if (m.hasRest) addDef(m.rest, kDefLocal, p);
            break;
        }
        case PatternKind::MatchClass: {
            const auto& c = p.as<MatchClass>();
            visitExpr(*c.cls);
            for (Pattern* sub : c.patterns) visitPattern(*sub);
            for (Pattern* sub : c.kwdPatterns) visitPattern(*sub);
            break;
        }
        case PatternKind::MatchAs: {
            const auto& a = p.as<MatchAs>();
            if (a.pattern) visitPattern(*a.pattern);
            if (a.hasName) addDef(a.name, kDefLocal, p);
            break;
        }
        case PatternKind::MatchOr:
            for (Pattern* sub : p.as<MatchOr>().patterns) visitPattern(*sub);
            break;
        }
    }

    void visitFunction(const FunctionDef& f) {
        addDef(f.name, kDefLocal, f);
        visitExprs(f.args->defaults);
        visitExprs(f.args->kwDefaults);
        visitAnnotations(*f.args, f.returns);
        visitExprs(f.decoratorList);
        enterBlock(std::string(f.name), BlockType::Function, &f, f.lineno, f.colOffset, f.endLineno, f.endColOffset);
        if (f.kind == StmtKind::AsyncFunctionDef) m_cur->coroutine = true;
        visitArguments(*f.args);
        visitStmts(f.body);
        exitBlock();
    }

    void visitStmt(const Stmt& s) {
        if (error) return;
        switch (s.kind) {
        case StmtKind::FunctionDef:
        case StmtKind::AsyncFunctionDef: visitFunction(s.as<FunctionDef>()); break;
        case StmtKind::ClassDef: {
            const auto& c = s.as<ClassDef>();
            addDef(c.name, kDefLocal, c);
            visitExprs(c.bases);
            for (Keyword* k : c.keywords) visitExpr(*k->value);
            visitExprs(c.decoratorList);
            enterBlock(std::string(c.name), BlockType::Class, &c, c.lineno, c.colOffset, c.endLineno, c.endColOffset);
            const std::string savedPrivate = m_private;
            const bool savedHas = m_hasPrivate;
            m_private = std::string(c.name);
            m_hasPrivate = true;
            visitStmts(c.body);
            m_private = savedPrivate;
            m_hasPrivate = savedHas;
            exitBlock();
            break;
        }
        case StmtKind::Return: {
            const auto& r = s.as<Return>();
            if (r.value) {
                visitExpr(*r.value);
                m_cur->returnsValue = true;
            }
            break;
        }
        case StmtKind::Delete: visitExprs(s.as<Delete>().targets); break;
        case StmtKind::Assign:
            visitExprs(s.as<Assign>().targets);
            visitExpr(*s.as<Assign>().value);
            break;
        case StmtKind::AnnAssign: {
            const auto& a = s.as<AnnAssign>();
            if (a.target->kind == ExprKind::Name) {
                const auto& n = a.target->as<Name>();
                const long cur = lookupSym(n.id);
                if ((cur & (kDefGlobal | kDefNonlocal)) && m_cur != m_table.top && a.simple)
                    failAt(std::string(cur & kDefGlobal ? "annotated name '" : "annotated name '") + std::string(n.id) +
                               (cur & kDefGlobal ? "' can't be global" : "' can't be nonlocal"),
                           s);
                if (a.simple) {
                    addDef(n.id, kDefAnnot | kDefLocal, n);
                } else if (a.value) {
                    addDef(n.id, kDefLocal, n);
                }
            } else {
                visitExpr(*a.target);
            }
            visitExpr(*a.annotation);
            if (a.value) visitExpr(*a.value);
            break;
        }
        case StmtKind::AugAssign:
            visitExpr(*s.as<AugAssign>().target);
            visitExpr(*s.as<AugAssign>().value);
            break;
        case StmtKind::For:
        case StmtKind::AsyncFor: {
            const auto& f = s.as<For>();
            visitExpr(*f.target);
            visitExpr(*f.iter);
            visitStmts(f.body);
            visitStmts(f.orelse);
            break;
        }
        case StmtKind::While: {
            const auto& w = s.as<While>();
            visitExpr(*w.test);
            visitStmts(w.body);
            visitStmts(w.orelse);
            break;
        }
        case StmtKind::If: {
            const auto& i = s.as<If>();
            visitExpr(*i.test);
            visitStmts(i.body);
            visitStmts(i.orelse);
            break;
        }
        case StmtKind::Raise: {
            const auto& r = s.as<Raise>();
            if (r.exc) {
                visitExpr(*r.exc);
                if (r.cause) visitExpr(*r.cause);
            }
            break;
        }
        case StmtKind::Try:
        case StmtKind::TryStar: {
            const auto& t = s.as<Try>();
            visitStmts(t.body);
            visitStmts(t.orelse);
            for (ExceptHandler* h : t.handlers) {
                if (h->type) visitExpr(*h->type);
                if (h->hasName) addDef(h->name, kDefLocal, *h);
                visitStmts(h->body);
            }
            visitStmts(t.finalbody);
            break;
        }
        case StmtKind::Assert: {
            const auto& a = s.as<Assert>();
            visitExpr(*a.test);
            if (a.msg) visitExpr(*a.msg);
            break;
        }
        case StmtKind::Import:
            for (Alias* a : s.as<Import>().names) visitAlias(*a);
            break;
        case StmtKind::ImportFrom:
            for (Alias* a : s.as<ImportFrom>().names) visitAlias(*a);
            break;
        case StmtKind::Global:
        case StmtKind::Nonlocal: {
            const bool isGlobal = s.kind == StmtKind::Global;
            for (Identifier name : s.as<NameList>().names) {
                const long cur = lookupSym(name);
                if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
                    const std::string n(name);
                    std::string msg;
                    if (cur & kDefParam)
                        msg = "name '" + n + (isGlobal ? "' is parameter and global" : "' is parameter and nonlocal");
                    else if (cur & kUse)
                        msg = "name '" + n + (isGlobal ? "' is used prior to global declaration"
                                                       : "' is used prior to nonlocal declaration");
                    else if (cur & kDefAnnot)
                        msg = "annotated name '" + n + (isGlobal ? "' can't be global" : "' can't be nonlocal");
                    else
                        msg = "name '" + n + (isGlobal ? "' is assigned to before global declaration"
                                                       : "' is assigned to before nonlocal declaration");
                    failAt(msg, s);
                }
                addDef(name, isGlobal ? kDefGlobal : kDefNonlocal, s);
                recordDirective(name, s.lineno, s.colOffset, s.endLineno, s.endColOffset);
            }
            break;
        }
        case StmtKind::Expr: visitExpr(*s.as<ExprStmt>().value); break;
        case StmtKind::Match: {
            const auto& m = s.as<Match>();
            visitExpr(*m.subject);
            for (MatchCase* mc : m.cases) {
                visitPattern(*mc->pattern);
                if (mc->guard) visitExpr(*mc->guard);
                visitStmts(mc->body);
            }
            break;
        }
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue: break;
        case StmtKind::With:
        case StmtKind::AsyncWith: {
            const auto& w = s.as<With>();
            for (WithItem* item : w.items) {
                visitExpr(*item->contextExpr);
                if (item->optionalVars) visitExpr(*item->optionalVars);
            }
            visitStmts(w.body);
            break;
        }
        }
    }

    void visitAlias(const Alias& a) {
        const std::string_view name = a.hasAsname ? a.asname : a.name;
        const std::size_t dot = name.find('.');
        const std::string_view storeName = dot == std::string_view::npos ? name : name.substr(0, dot);
        if (name != "*") {
            addDef(storeName, kDefImport, a);
        } else if (m_cur->type != BlockType::Module) {
            failAt("import * only allowed at module level", a);
        }
    }

    // ------------------------------------------------------------ expressions

    void extendNamedExprScope(const Name& target) {
        const std::string name(target.id);
        for (std::size_t i = m_stack.size(); i-- > 0;) {
            SymtableEntry* ste = m_stack[i];
            if (ste->comprehension != ComprehensionType::None) {
                if (ste->symbol(name) & kDefCompIter)
                    failAt("assignment expression cannot rebind comprehension iteration variable '" + name + "'", target);
                continue;
            }
            if (ste->type == BlockType::Function) {
                if (ste->symbol(name) & kDefGlobal)
                    addDef(name, kDefGlobal, target);
                else
                    addDef(name, kDefNonlocal, target);
                recordDirective(name, target.lineno, target.colOffset, target.endLineno, target.endColOffset);
                addDefHelper(name, kDefLocal, ste, target.lineno, target.colOffset, target.endLineno,
                             target.endColOffset);
                return;
            }
            if (ste->type == BlockType::Module) {
                addDef(name, kDefGlobal, target);
                recordDirective(name, target.lineno, target.colOffset, target.endLineno, target.endColOffset);
                addDefHelper(name, kDefGlobal, ste, target.lineno, target.colOffset, target.endLineno,
                             target.endColOffset);
                return;
            }
            if (ste->type == BlockType::Class)
                failAt("assignment expression within a comprehension cannot be used in a class body", target);
        }
    }

    void raiseIfComprehension(const Expr& e) {
        const char* msg = m_cur->comprehension == ComprehensionType::List ? "'yield' inside list comprehension"
                          : m_cur->comprehension == ComprehensionType::Set ? "'yield' inside set comprehension"
                          : m_cur->comprehension == ComprehensionType::Dict ? "'yield' inside dict comprehension"
                                                                            : "'yield' inside generator expression";
        failAt(msg, e);
    }

    void visitExpr(const Expr& e) {
        if (error) return;
        switch (e.kind) {
        case ExprKind::NamedExpr: {
            const auto& n = e.as<NamedExpr>();
            if (m_cur->compIterExpr > 0)
                failAt("assignment expression cannot be used in a comprehension iterable expression", e);
            if (m_cur->comprehension != ComprehensionType::None) extendNamedExprScope(n.target->as<Name>());
            visitExpr(*n.value);
            visitExpr(*n.target);
            break;
        }
        case ExprKind::BoolOp: visitExprs(e.as<BoolOp>().values); break;
        case ExprKind::BinOp:
            visitExpr(*e.as<BinOp>().left);
            visitExpr(*e.as<BinOp>().right);
            break;
        case ExprKind::UnaryOp: visitExpr(*e.as<UnaryOp>().operand); break;
        case ExprKind::Lambda: {
            const auto& l = e.as<Lambda>();
            visitExprs(l.args->defaults);
            visitExprs(l.args->kwDefaults);
            enterBlock("lambda", BlockType::Function, &e, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
            visitArguments(*l.args);
            visitExpr(*l.body);
            exitBlock();
            break;
        }
        case ExprKind::IfExp: {
            const auto& i = e.as<IfExp>();
            visitExpr(*i.test);
            visitExpr(*i.body);
            visitExpr(*i.orelse);
            break;
        }
        case ExprKind::Dict:
            visitExprs(e.as<Dict>().keys);
            visitExprs(e.as<Dict>().values);
            break;
        case ExprKind::Set: visitExprs(e.as<Set>().elts); break;
        case ExprKind::GeneratorExp:
            handleComprehension(e, "genexpr", e.as<Comp>().generators, e.as<Comp>().elt, nullptr);
            break;
        case ExprKind::ListComp:
            handleComprehension(e, "listcomp", e.as<Comp>().generators, e.as<Comp>().elt, nullptr);
            break;
        case ExprKind::SetComp:
            handleComprehension(e, "setcomp", e.as<Comp>().generators, e.as<Comp>().elt, nullptr);
            break;
        case ExprKind::DictComp:
            handleComprehension(e, "dictcomp", e.as<DictComp>().generators, e.as<DictComp>().key,
                                e.as<DictComp>().value);
            break;
        case ExprKind::Yield:
            if (e.as<Yield>().value) visitExpr(*e.as<Yield>().value);
            m_cur->generator = true;
            if (m_cur->comprehension != ComprehensionType::None) raiseIfComprehension(e);
            break;
        case ExprKind::YieldFrom:
            visitExpr(*e.as<YieldFrom>().value);
            m_cur->generator = true;
            if (m_cur->comprehension != ComprehensionType::None) raiseIfComprehension(e);
            break;
        case ExprKind::Await:
            visitExpr(*e.as<Await>().value);
            m_cur->coroutine = true;
            break;
        case ExprKind::Compare:
            visitExpr(*e.as<Compare>().left);
            visitExprs(e.as<Compare>().comparators);
            break;
        case ExprKind::Call: {
            const auto& c = e.as<Call>();
            visitExpr(*c.func);
            visitExprs(c.args);
            for (Keyword* k : c.keywords) visitExpr(*k->value);
            break;
        }
        case ExprKind::FormattedValue:
            visitExpr(*e.as<FormattedValue>().value);
            if (e.as<FormattedValue>().formatSpec) visitExpr(*e.as<FormattedValue>().formatSpec);
            break;
        case ExprKind::JoinedStr: visitExprs(e.as<JoinedStr>().values); break;
        case ExprKind::Constant: break;
        case ExprKind::Attribute: visitExpr(*e.as<Attribute>().value); break;
        case ExprKind::Subscript:
            visitExpr(*e.as<Subscript>().value);
            visitExpr(*e.as<Subscript>().slice);
            break;
        case ExprKind::Starred: visitExpr(*e.as<Starred>().value); break;
        case ExprKind::Slice: {
            const auto& sl = e.as<Slice>();
            if (sl.lower) visitExpr(*sl.lower);
            if (sl.upper) visitExpr(*sl.upper);
            if (sl.step) visitExpr(*sl.step);
            break;
        }
        case ExprKind::Name: {
            const auto& n = e.as<Name>();
            addDef(n.id, n.ctx == ExprContext::Load ? kUse : kDefLocal, e);
            if (n.ctx == ExprContext::Load && m_cur->type == BlockType::Function && n.id == "super")
                addDef("__class__", kUse, e);
            break;
        }
        case ExprKind::List:
        case ExprKind::Tuple: visitExprs(e.as<Sequence>().elts); break;
        }
    }

    // ------------------------------------------------------------ arguments, comprehensions

    void visitParams(const Seq<Arg*>& args) {
        for (Arg* a : args) addDef(a->arg, kDefParam, *a);
    }

    void visitArgAnnotations(const Seq<Arg*>& args) {
        for (Arg* a : args)
            if (a->annotation) visitExpr(*a->annotation);
    }

    void visitAnnotations(const Arguments& a, const Expr* returns) {
        visitArgAnnotations(a.posonlyargs);
        visitArgAnnotations(a.args);
        if (a.vararg && a.vararg->annotation) visitExpr(*a.vararg->annotation);
        if (a.kwarg && a.kwarg->annotation) visitExpr(*a.kwarg->annotation);
        visitArgAnnotations(a.kwonlyargs);
        if (returns) visitExpr(*returns);
    }

    void visitArguments(const Arguments& a) {
        visitParams(a.posonlyargs);
        visitParams(a.args);
        visitParams(a.kwonlyargs);
        if (a.vararg) {
            addDef(a.vararg->arg, kDefParam, *a.vararg);
            m_cur->varargs = true;
        }
        if (a.kwarg) {
            addDef(a.kwarg->arg, kDefParam, *a.kwarg);
            m_cur->varkeywords = true;
        }
    }

    void visitComprehension(const Comprehension& lc) {
        m_cur->compIterTarget = true;
        visitExpr(*lc.target);
        m_cur->compIterTarget = false;
        m_cur->compIterExpr++;
        visitExpr(*lc.iter);
        m_cur->compIterExpr--;
        visitExprs(lc.ifs);
        if (lc.isAsync) m_cur->coroutine = true;
    }

    void handleComprehension(const Expr& e, const char* scopeName, const Seq<Comprehension*>& generators,
                             const Expr* elt, const Expr* value) {
        const bool isGenerator = e.kind == ExprKind::GeneratorExp;
        const Comprehension& outermost = *generators[0];
        m_cur->compIterExpr++;
        visitExpr(*outermost.iter);
        m_cur->compIterExpr--;
        enterBlock(scopeName, BlockType::Function, &e, e.lineno, e.colOffset, e.endLineno, e.endColOffset);
        switch (e.kind) {
        case ExprKind::ListComp: m_cur->comprehension = ComprehensionType::List; break;
        case ExprKind::SetComp: m_cur->comprehension = ComprehensionType::Set; break;
        case ExprKind::DictComp: m_cur->comprehension = ComprehensionType::Dict; break;
        default: m_cur->comprehension = ComprehensionType::Generator; break;
        }
        if (outermost.isAsync) m_cur->coroutine = true;
        addDefHelper(".0", kDefParam, m_cur, m_cur->lineno, m_cur->colOffset, m_cur->endLineno, m_cur->endColOffset);
        m_cur->compIterTarget = true;
        visitExpr(*outermost.target);
        m_cur->compIterTarget = false;
        visitExprs(outermost.ifs);
        for (std::size_t i = 1; i < generators.size(); ++i) visitComprehension(*generators[i]);
        if (value) visitExpr(*value);
        visitExpr(*elt);
        m_cur->generator = isGenerator;
        const bool isAsync = m_cur->coroutine && !isGenerator;
        exitBlock();
        if (isAsync) m_cur->coroutine = true;
    }

    // ------------------------------------------------------------ pass 2

    void errorAtDirective(SymtableEntry* ste, const std::string& name, std::string msg) {
        for (const auto& d : ste->directives)
            if (d.name == name) return fail(std::move(msg), d.lineno, d.col, d.endLineno, d.endCol);
        fail(std::move(msg), 0, -1, 0, -1);
    }

    void analyzeName(SymtableEntry* ste, std::unordered_map<std::string, Scope>& scopes, const std::string& name,
                     long flags, NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
        if (flags & kDefGlobal) {
            if (flags & kDefNonlocal) return errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            scopes[name] = Scope::GlobalExplicit;
            global.insert(name);
            if (bound) bound->erase(name);
            return;
        }
        if (flags & kDefNonlocal) {
            if (!bound) return errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            if (!bound->count(name)) return errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            scopes[name] = Scope::Free;
            ste->free = true;
            free.insert(name);
            return;
        }
        if (flags & kDefBound) {
            scopes[name] = Scope::Local;
            local.insert(name);
            global.erase(name);
            return;
        }
        if (bound && bound->count(name)) {
            scopes[name] = Scope::Free;
            ste->free = true;
            free.insert(name);
            return;
        }
        if (global.count(name)) {
            scopes[name] = Scope::GlobalImplicit;
            return;
        }
        if (ste->nested) ste->free = true;
        scopes[name] = Scope::GlobalImplicit;
    }

    void analyzeBlock(SymtableEntry* ste, NameSet* bound, NameSet& free, NameSet& global) {
        NameSet local;
        std::unordered_map<std::string, Scope> scopes;
        NameSet newglobal, newfree, newbound;
        ste->symbolsAtAnalysis = static_cast<int>(ste->symbols.items().size());
        if (ste->type == BlockType::Class) {
            newglobal.insert(global.begin(), global.end());
            if (bound) newbound.insert(bound->begin(), bound->end());
        }
        for (const auto& [name, flags] : ste->symbols.items()) {
            analyzeName(ste, scopes, name, flags, bound, local, free, global);
            if (error) return;
        }
        if (ste->type != BlockType::Class) {
            if (ste->type == BlockType::Function) newbound.insert(local.begin(), local.end());
            if (bound) newbound.insert(bound->begin(), bound->end());
            newglobal.insert(global.begin(), global.end());
        } else {
            newbound.insert("__class__");
        }
        NameSet allfree;
        for (SymtableEntry* child : ste->children) {
            NameSet tempBound = newbound, tempFree = newfree, tempGlobal = newglobal;
            analyzeBlock(child, &tempBound, tempFree, tempGlobal);
            if (error) return;
            allfree.insert(tempFree.begin(), tempFree.end());
            if (child->free || child->childFree) ste->childFree = true;
        }
        newfree.insert(allfree.begin(), allfree.end());
        if (ste->type == BlockType::Function) {
            // analyze_cells
            for (auto& [name, scope] : scopes) {
                if (scope != Scope::Local || !newfree.count(name)) continue;
                scope = Scope::Cell;
                newfree.erase(name);
            }
        } else if (ste->type == BlockType::Class) {
            if (newfree.erase("__class__")) ste->needsClassClosure = true;
        }
        // update_symbols
        for (auto& [name, flags] : ste->symbols.items())
            flags |= static_cast<long>(scopes[name]) << kScopeOffset;
        for (const std::string& name : newfree) {
            if (ste->symbols.contains(name)) {
                const long v = ste->symbols.get(name);
                if (ste->type == BlockType::Class && (v & (kDefBound | kDefGlobal)))
                    ste->symbols.set(name, v | kDefFreeClass);
                continue;
            }
            if (bound && !bound->count(name)) continue;
            ste->symbols.set(name, static_cast<long>(Scope::Free) << kScopeOffset);
        }
        free.insert(newfree.begin(), newfree.end());
    }
};

} // namespace

SymtableResult buildSymtable(const Module& module) {
    SymtableResult result;
    result.table = std::make_unique<Symtable>();
    Builder b(*result.table);
    if (!b.build(module)) {
        result.table.reset();
        result.error = b.error;
    }
    return result;
}

} // namespace hs::frontend
