// Heapscope front end: the symbol table (Python/symtable.c 3.11): blocks for the module, classes,
// functions, lambdas and comprehensions, and each name's scope (local, global, free, cell).
#pragma once

#include "frontend/ast.h"
#include "frontend/syntax_error.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hs::frontend {

// Flags of def-use information (pycore_symtable.h).
namespace symflags {
constexpr long kDefGlobal = 1;
constexpr long kDefLocal = 2;
constexpr long kDefParam = 2 << 1;
constexpr long kDefNonlocal = 2 << 2;
constexpr long kUse = 2 << 3;
constexpr long kDefFree = 2 << 4;
constexpr long kDefFreeClass = 2 << 5;
constexpr long kDefImport = 2 << 6;
constexpr long kDefAnnot = 2 << 7;
constexpr long kDefCompIter = 2 << 8;
constexpr long kDefBound = kDefLocal | kDefParam | kDefImport;
constexpr int kScopeOffset = 11;
constexpr long kScopeMask = kDefGlobal | kDefLocal | kDefParam | kDefNonlocal;
} // namespace symflags

enum class Scope : int { None = 0, Local = 1, GlobalExplicit = 2, GlobalImplicit = 3, Free = 4, Cell = 5 };
enum class BlockType { Function, Class, Module };
enum class ComprehensionType { None, List, Dict, Set, Generator };

// An insertion-ordered name -> flags table (ste_symbols is a dict).
class SymbolMap {
public:
    long get(std::string_view name) const;
    bool contains(std::string_view name) const { return m_index.count(std::string(name)) != 0; }
    void set(const std::string& name, long flags);
    const std::vector<std::pair<std::string, long>>& items() const { return m_items; }
    std::vector<std::pair<std::string, long>>& items() { return m_items; }

private:
    std::vector<std::pair<std::string, long>> m_items;
    std::unordered_map<std::string, std::size_t> m_index;
};

// PySTEntryObject.
struct SymtableEntry {
    std::string name;
    BlockType type = BlockType::Module;
    const void* key = nullptr; // the AST node (Module, FunctionDef/ClassDef stmt, Lambda/comp expr)
    SymbolMap symbols;
    std::vector<std::string> varnames; // parameters, in order
    std::vector<SymtableEntry*> children;
    // Host only (compile residue): the size of `symbols` when each child block was entered, and
    // when analyze_block started (names update_symbols adds after it are the rest).
    std::vector<int> symbolsBeforeChild;
    int symbolsAtAnalysis = 0;
    struct Directive {
        std::string name;
        int lineno, col, endLineno, endCol;
        int childrenBefore; // children entered before it was recorded
    };
    std::vector<Directive> directives;
    bool nested = false;
    bool free = false;
    bool childFree = false;
    bool generator = false;
    bool coroutine = false;
    ComprehensionType comprehension = ComprehensionType::None;
    bool varargs = false;
    bool varkeywords = false;
    bool returnsValue = false;
    bool needsClassClosure = false;
    bool compIterTarget = false;
    int compIterExpr = 0;
    int lineno = 0, colOffset = 0, endLineno = 0, endColOffset = 0;

    long symbol(std::string_view name) const { return symbols.get(name); }
    // _PyST_GetScope.
    Scope scope(std::string_view name) const {
        return static_cast<Scope>((symbol(name) >> symflags::kScopeOffset) & symflags::kScopeMask);
    }
};

// The whole table; owns the entries.
class Symtable {
public:
    SymtableEntry* top = nullptr;
    // PySymtable_Lookup: the entry for an AST node (nullptr when unknown).
    SymtableEntry* lookup(const void* key) const;

    std::vector<std::unique_ptr<SymtableEntry>> entries;
    std::unordered_map<const void*, SymtableEntry*> byKey;
};

// _PySymtable_Build: nullopt-free result; on a SyntaxError `error` is set and the table is null.
struct SymtableResult {
    std::unique_ptr<Symtable> table;
    std::optional<SyntaxErrorInfo> error;
};
SymtableResult buildSymtable(const ast::Module& module);

// _Py_Mangle: "__x" inside class "C" becomes "_C__x" (no mangling for dunder names, dotted names,
// or a class name made only of underscores). privateName empty = no class.
std::string mangle(std::string_view privateName, std::string_view name);

} // namespace hs::frontend
