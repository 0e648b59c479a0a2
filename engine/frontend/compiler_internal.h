// Heapscope front end: the compiler's internal state (Python/compile.c 3.11) shared by compiler*.cpp:
// instructions and basic blocks, compilation units, frame blocks, and the Compiler class.
#pragma once

#include "frontend/compiler.h"
#include "frontend/ast.h"
#include "frontend/ast_optimizer.h"
#include "frontend/future.h"
#include "frontend/symtable.h"
#include "frontend/syntax_error.h"
#include "objects/object.h"
#include "vm/code_object.h"
#include "vm/opcodes.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hs {
class Interpreter;
}

namespace hs::frontend::detail {

struct BasicBlock;

struct Instr {
    int opcode = 0;
    int oparg = 0;
    BasicBlock* target = nullptr; // jump / block-push target
    BasicBlock* except = nullptr; // handler (set by labelExceptionTargets)
    int lineno = -1;
    int endLineno = -1;
    int colOffset = -1;
    int endColOffset = -1;
};

// The exception-handler stack at a block's start (handlers[0] is always null).
struct ExceptStack {
    std::vector<BasicBlock*> handlers{nullptr};
};

struct BasicBlock {
    std::vector<Instr> instr;
    BasicBlock* next = nullptr; // b_next: the block reached by normal control flow
    std::unique_ptr<ExceptStack> exceptStack;
    int predecessors = 0;
    int startdepth = 0;
    int offset = 0;
    bool nofallthrough = false;
    bool preserveLasti = false;
    bool visited = false;
    bool exit = false;
    bool returns = false;
    int iused() const { return static_cast<int>(instr.size()); }
};

enum class FBlockType {
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
    ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator
};

struct FBlockInfo {
    FBlockType type;
    BasicBlock* block = nullptr;
    BasicBlock* exit = nullptr;
    // Type-specific data: the finally body (FinallyTry), the with statement (With), the handler's
    // bound name (HandlerCleanup).
    const Seq<ast::Stmt*>* finalBody = nullptr;
    const ast::Stmt* stmt = nullptr;
    std::string name;
    bool hasName = false;
};

enum class ScopeType { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// An insertion-ordered map name -> index (the compiler's u_names/u_varnames/... dicts).
class NameIndex {
public:
    int find(const std::string& name) const {
        auto it = m_index.find(name);
        return it == m_index.end() ? -1 : it->second;
    }
    int add(const std::string& name) { // compiler_add_o: the existing index or the next one
        auto it = m_index.find(name);
        if (it != m_index.end()) return it->second;
        const int i = static_cast<int>(m_order.size());
        m_index.emplace(name, i);
        m_order.emplace_back(name, i);
        return i;
    }
    void set(const std::string& name, int index) {
        auto it = m_index.find(name);
        if (it != m_index.end()) {
            it->second = index;
            for (auto& p : m_order)
                if (p.first == name) p.second = index;
            return;
        }
        m_index.emplace(name, index);
        m_order.emplace_back(name, index);
    }
    int size() const { return static_cast<int>(m_order.size()); }
    const std::vector<std::pair<std::string, int>>& items() const { return m_order; }

private:
    std::unordered_map<std::string, int> m_index;
    std::vector<std::pair<std::string, int>> m_order;
};

struct Unit {
    SymtableEntry* ste = nullptr;
    std::string name;
    std::string qualname;
    bool hasQualname = false;
    Ref nameObj;     // u_name (an interned identifier, or "<module>", "<lambda>", ...)
    Ref qualnameObj; // u_qualname (nameObj itself when equal to the name)
    ScopeType scopeType = ScopeType::Module;

    // u_consts: constant key -> index, with the constant objects in index order.
    std::unordered_map<std::string, int> constIndex;
    std::vector<Ref> consts;
    std::vector<CompileConstAdd> constAdds; // every addConst, repeats included (CodeObject::compileConstAdds)
    NameIndex names;
    NameIndex varnames;
    NameIndex cellvars;
    NameIndex freevars;

    std::string privateName;
    bool hasPrivate = false;

    int argcount = 0;
    int posonlyargcount = 0;
    int kwonlyargcount = 0;

    std::vector<std::unique_ptr<BasicBlock>> blocks; // allocation order (b_list is the reverse)
    BasicBlock* curblock = nullptr;
    std::vector<FBlockInfo> fblocks;

    int firstlineno = 0;
    int lineno = 0;
    int colOffset = 0;
    int endLineno = 0;
    int endColOffset = 0;
    bool needNewImplicitBlock = false;
};

constexpr int kStackUseGuideline = 30;
constexpr int kMaxBlocks = 20; // CO_MAXBLOCKS

enum class CompType { GenExp, ListComp, SetComp, DictComp };

class Compiler {
public:
    Compiler(Interpreter& interp, Symtable& st, ConstantTable& constants, std::string_view filename);
    ~Compiler();

    // compiler_mod: the module's code object, or an empty Ref (error in error()/the interpreter).
    Ref compileModule(const ast::Module& mod);
    // Eval: the module holds one expression statement; Single: c_interactive (see compiler.h).
    void setMode(CompileMode mode) { m_mode = mode; }
    bool interactive() const { return m_mode == CompileMode::Single; }
    // c_future: the module's future statements (annotations as strings, late-future check).
    void setFuture(const FutureFeatures& future) { m_future = future; }
    const FutureFeatures& future() const { return m_future; }
    // compiler_visit_annexpr: LOAD_CONST of the annotation's source text (future annotations).
    bool visitAnnExpr(const ast::Expr& annotation);
    const std::optional<SyntaxErrorInfo>& error() const { return m_error; }

    // ---- compiler.cpp: units, emission, names, constants
    bool enterScope(std::string name, ScopeType type, const void* key, int lineno);
    void exitScope();
    bool setQualname();
    BasicBlock* newBlock();
    void useNextBlock(BasicBlock* b);
    BasicBlock* copyBlock(BasicBlock* b);
    bool addop(int opcode);
    bool addopNoline(int opcode);
    bool addopI(int opcode, int oparg);
    bool addopINoline(int opcode, int oparg);
    bool addopJ(int opcode, BasicBlock* target);
    bool addopJNoline(int opcode, BasicBlock* target);
    bool addopLine(int opcode, int oparg, BasicBlock* target, int lineno, int endLineno, int col, int endCol);
    bool addopLoadConst(Object* o);
    bool addopLoadConstNew(Ref o);
    bool addopName(int opcode, std::string_view name); // mangled, into u_names
    bool addopNameRaw(int opcode, const std::string& name); // no mangling
    // compiler_add_const: the index, -1 on error. compilerMade: `o` was made for this one use.
    int addConst(Object* o, bool compilerMade = false);
    // Whether `o` is the object the const cache holds for its value (not an equal repeat).
    bool isCanonicalConst(Object* o) const;
    Ref mergeConstsRecursive(Object* o);               // the canonical object
    bool mergeConstOne(Ref& obj);                      // merge_const_one
    // makecode's tuple of `items` through merge_const_one: the cached equal tuple, else a new one
    // from fresh memory, never a parked tuple (`fresh` set). A repeat allocates nothing here: the
    // compile residue replays its transient copy, and settles a new one with the free lists at
    // CPython's moment (runtime/compile_residue.cpp).
    Ref mergedTuple(const std::vector<Object*>& items, bool& fresh);
    std::string mangle(std::string_view name) const;
    bool nameop(std::string_view name, ast::ExprContext ctx);
    Scope refType(const std::string& name);
    bool makeClosure(Object* code, int flags);
    bool compilerError(const std::string& msg);
    bool forbiddenName(std::string_view name, ast::ExprContext ctx);
    bool pushFBlock(FBlockType t, BasicBlock* b, BasicBlock* exit, FBlockInfo info = {});
    void popFBlock();
    template <class N> void setLoc(const N& n) {
        m_u->lineno = n.lineno;
        m_u->colOffset = n.colOffset;
        m_u->endLineno = n.endLineno;
        m_u->endColOffset = n.endColOffset;
    }
    void unsetLoc() { m_u->lineno = m_u->colOffset = m_u->endLineno = m_u->endColOffset = -1; }
    struct SavedLoc {
        int lineno, endLineno, colOffset, endColOffset;
    };
    SavedLoc saveLoc() const { return {m_u->lineno, m_u->endLineno, m_u->colOffset, m_u->endColOffset}; }
    void restoreLoc(const SavedLoc& l) {
        m_u->lineno = l.lineno;
        m_u->endLineno = l.endLineno;
        m_u->colOffset = l.colOffset;
        m_u->endColOffset = l.endColOffset;
    }
    Object* constValue(const ast::Expr* e); // the object of a Constant node (nullptr otherwise)
    Ref identifierStr(std::string_view name); // an interned str for a source identifier
    Ref plainStr(std::string_view text);      // a str created at run time (not interned)

    // ---- compiler.cpp: definitions
    bool body(const Seq<ast::Stmt*>& stmts);
    bool function(const ast::FunctionDef& s, bool isAsync);
    bool classDef(const ast::ClassDef& s);
    bool lambda(const ast::Lambda& e);
    bool comprehension(const ast::Expr& e, CompType type, const char* name, const Seq<ast::Comprehension*>& gens,
                       const ast::Expr* elt, const ast::Expr* val);
    bool comprehensionGenerator(const Seq<ast::Comprehension*>& gens, int genIndex, int depth, const ast::Expr* elt,
                                const ast::Expr* val, CompType type);
    bool syncComprehensionGenerator(const Seq<ast::Comprehension*>& gens, int genIndex, int depth,
                                    const ast::Expr* elt, const ast::Expr* val, CompType type);
    bool asyncComprehensionGenerator(const Seq<ast::Comprehension*>& gens, int genIndex, int depth,
                                     const ast::Expr* elt, const ast::Expr* val, CompType type);
    int defaultArguments(const ast::Arguments& args); // funcflags, -1 on error
    int visitAnnotations(const ast::Arguments& args, const ast::Expr* returns);
    bool visitArgAnnotation(std::string_view id, const ast::Expr* annotation, int& len);
    bool checkDebugArgs(const ast::Arguments& args);
    bool decorators(const Seq<ast::Expr*>& decos);
    bool applyDecorators(const Seq<ast::Expr*>& decos);
    bool callHelper(int n, const Seq<ast::Expr*>& args, const Seq<ast::Keyword*>& keywords);
    bool callSimpleKwHelper(const Seq<ast::Keyword*>& keywords);
    bool subkwargs(const Seq<ast::Keyword*>& keywords, int begin, int end);
    bool validateKeywords(const Seq<ast::Keyword*>& keywords);

    // ---- compiler_stmt.cpp
    bool visitStmt(const ast::Stmt& s);
    bool visitStmts(const Seq<ast::Stmt*>& stmts);
    bool unwindFBlock(const FBlockInfo& info, bool preserveTos);
    bool unwindFBlockStack(bool preserveTos, FBlockInfo** loop);
    bool callExitWithNones();
    bool addYieldFrom(bool await);
    bool popExceptAndReraise();
    bool withExceptFinish(BasicBlock* cleanup);

    // ---- compiler_match.cpp
    bool match(const ast::Match& s);

    // ---- compiler_expr.cpp
    bool visitExpr(const ast::Expr& e);
    bool visitExpr1(const ast::Expr& e);
    bool visitExprs(const Seq<ast::Expr*>& es);
    bool jumpIf(const ast::Expr& e, BasicBlock* next, bool cond);
    bool addCompare(ast::CmpOpKind op);
    bool starunpackHelper(const Seq<ast::Expr*>& elts, int pushed, int build, int add, int extend, bool tuple);
    bool unpackHelper(const Seq<ast::Expr*>& elts);
    bool assignmentHelper(const Seq<ast::Expr*>& elts);
    bool addopYield();
    void updateStartLocationToMatchAttr(const ast::Attribute& attr);

    // ---- compiler_assemble.cpp
    Ref assemble(bool addNone);

    Interpreter& interp() { return m_interp; }
    Unit* u() { return m_u; }
    Symtable& symtable() { return m_st; }

private:
    Interpreter& m_interp;
    Symtable& m_st;
    ConstantTable& m_constants;
    FutureFeatures m_future;
    Ref m_filename;
    std::unique_ptr<Unit> m_uOwned;
    Unit* m_u = nullptr;
    std::vector<std::unique_ptr<Unit>> m_stack; // enclosing units
    int m_nestlevel = 0;
    // c_const_cache: constant key -> canonical object.
    std::unordered_map<std::string, Ref> m_constCache;
    std::vector<std::string> m_constCacheOrder; // its keys in insertion order (released in that order)
    std::optional<SyntaxErrorInfo> m_error;
    CompileMode m_mode = CompileMode::Exec;
};

// _PyCode_ConstantKey as a host string: equal keys <=> CPython's keys compare equal.
std::string constantKey(Object* o);
// constantKey of an exact tuple of these items (without making it).
std::string tupleConstantKey(Object* const* items, std::int64_t n);

} // namespace hs::frontend::detail
