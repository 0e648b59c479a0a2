// compile() residue: replays the dicts/lists/tuples CPython 3.11 allocates and frees while compiling
// a cell (pyarena, symtable, compiler units, const-cache keys) so gen-0 and the free lists match.
//
// Model (Python/pythonrun.c, pyarena.c, symtable.c, compile.c, Objects/codeobject.c of 3.11.2),
// in CPython's order, one symtable block and one compiler unit per code object of the cell's tree
// (children = the code objects among co_consts, in order):
//   parser        _PyArena_New: a_objects list (alive until the very end)
//   compiler_init c_const_cache dict, c_stack list
//   symtable_new  st_stack list, st_blocks dict; ste_new per block (preorder): ste_symbols dict,
//                 ste_varnames list, ste_children list (alive until compiler_free)
//   analyze_block per block a `scopes` dict, allocated before and freed after its children's
//                 (the analysis sets and set iterators are GC objects without a free list: their
//                 net effect on gen-0 and the free lists is nil, so they are not replayed)
//   enter_scope   u_varnames dict, u_cellvars dict + PyDict_Keys list (freed), u_freevars dict +
//                 PyDict_Keys list (freed), u_consts dict, u_names dict
//   add_const     _PyCode_ConstantKey per constant: the constant itself for None/Ellipsis/int/str/
//                 code; (type, c) for bool/bytes/float/complex ((type, c, None) for -0.0); for a
//                 tuple a tuple of the items' keys plus (keys, c); kept by c_const_cache when new,
//                 freed at once when an equal key is cached (merge_consts_recursive); every call
//                 replayed, repeats included (CodeObject::compileConstAdds), with the compiler-made
//                 object of a repeat (kwnames, const-key-map keys, import names, folded displays)
//                 alive around its key
//   ast_optimize  the folded tuples that are not constants (repeats, operands folded further):
//                 alive from the optimizer until the arena is freed (compileArenaTuples)
//   assemble      fold_tuple_on_constants' tuples (merge_const_one); consts list
//                 (consts_dict_keys_inorder, freed after makecode); merge_const_one of
//                 a_except_table, a_linetable, a_bytecode (bytes keys), then in makecode of the
//                 names tuple, the consts tuple and localsplusnames. The compiler makes each of these
//                 tuples only when no equal one is cached, from fresh memory (Compiler::mergedTuple);
//                 here a repeat is made and freed around its key, and a new one is settled with the
//                 free lists at its moment (mergeCompilerTuple)
//   exit_scope    u_consts, u_names, u_varnames, u_freevars, u_cellvars freed (compiler_unit_free)
//   compiler_free symtable (st_blocks: each entry's symbols, varnames, children; then st_stack),
//                 c_const_cache with its keys in insertion order, c_stack; then the arena list.
// The code object's own tuples (co_consts, co_names, co_localsplusnames) are the engine's real ones.
// Dict key tables (ResidueKeys): each residue dict's table is allocated, grown and freed as
// insertdict / insertion_resize / free_keys_object do for its entries (unicode while every key is
// an exact str), so the keys free list (log2-size-3 unicode tables) ends as CPython leaves it:
// ste_symbols and analyze's scopes (one entry per symbol), u_varnames / u_cellvars / u_freevars /
// u_names (the code's locals, cells, frees, names), u_consts and c_const_cache (one entry per new
// constant key), st_blocks (one PyLong key per block). Where CPython interleaves a unit's inserts
// with its children's (names and locals as the compiler meets them) they are made before them.
// Not modelled (no effect on gen-0 / free lists, only on pymalloc): list item arrays of
// ste_varnames/c_stack, the analysis sets, the
// parser's token arrays, the ste objects, PyEval_EvalCode's function object. Compiles that fail
// (SyntaxError) replay nothing.
// Measured against python3.11 (sys._debugmallocstats() at cell starts; gc.get_count() per cell):
// dict, list and 1..5-tuple free-list sizes equal CPython's for module-only cells, defs, nested
// defs, lambdas, comprehensions, genexprs and float/bytes/bool/tuple constants, and the growth of
// gen-0's count from one cell start to the next is exact for those shapes (tests/fidelity/gc/
// cell_start_*.py). Known gaps, outside this model: a first cell ending in a displayed call shows
// one less than CPython's count (absorbed by the next cells); class statements' exec (+2). The
// constants the AST optimizer folds and keeps are the engine's, made before the replay starts
// (from the free lists as they were then), while CPython makes each at its moment.
#include "runtime/compile_residue.h"

#include "objects/bytes_object.h"
#include "objects/dict_keys.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "vm/code_object.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace hs {

namespace {

// The keys table of one residue dict (a PyDict_New'd dict filled by PyDict_SetItem /
// PyDict_SetDefault with new keys only): insert_to_emptydict's first table, insertion_resize when
// full (GROWTH_RATE used * 3) or when a non-str key meets a unicode table, free_keys_object at
// dict_dealloc. Only the table's memory is modelled (the entries stay host-free).
class ResidueKeys {
public:
    explicit ResidueKeys(Interpreter& interp) : m_interp(interp) {}
    ResidueKeys(const ResidueKeys&) = delete;
    ResidueKeys& operator=(const ResidueKeys&) = delete;
    ~ResidueKeys() { release(); }

    void insert(bool unicodeKey) {
        if (!m_keys) {
            m_keys = newDictKeys(m_interp, nullptr, kDictLogMinSize, unicodeKey);
            if (!m_keys) return;
        } else if (m_keys->isUnicode() && !unicodeKey) {
            if (!resize(false)) return;
        }
        if (m_keys->usable <= 0 && !resize(m_keys->isUnicode())) return;
        --m_keys->usable;
        ++m_used;
    }
    void insertMany(std::int64_t n, bool unicodeKeys) {
        for (std::int64_t i = 0; i < n; ++i) insert(unicodeKeys);
    }
    // dict_dealloc's dictkeys_decref (before the dict object itself goes).
    void release() {
        if (m_keys) releaseDictKeysMemory(m_interp, m_keys);
        m_keys = nullptr;
        m_used = 0;
    }

private:
    // dictresize: the new table is allocated before the old one is freed.
    bool resize(bool unicode) {
        DictKeys* bigger = newDictKeys(m_interp, nullptr, calculateLog2KeySize(m_used * 3), unicode);
        if (!bigger) return false;
        releaseDictKeysMemory(m_interp, m_keys);
        m_keys = bigger;
        m_keys->usable -= m_used;
        return true;
    }

    Interpreter& m_interp;
    DictKeys* m_keys = nullptr;
    std::int64_t m_used = 0;
};

// A residue dict with its keys table; release() frees the table then the dict object, as
// dict_dealloc does.
struct ResidueDict {
    Ref dict;
    std::unique_ptr<ResidueKeys> keys;
    ResidueDict() = default;
    explicit ResidueDict(Interpreter& interp) : dict(newDict(interp)), keys(std::make_unique<ResidueKeys>(interp)) {}
    void insert(bool unicodeKey) { if (keys) keys->insert(unicodeKey); }
    void insertMany(std::int64_t n, bool unicodeKeys) { if (keys) keys->insertMany(n, unicodeKeys); }
    void release() {
        if (keys) keys->release();
        keys.reset();
        dict = Ref();
    }
};

struct SymtableBlock {
    ResidueDict symbols;
    Ref varnames;   // list
    Ref children;   // list
    Ref directives; // list of 5-tuples, or null (no global/nonlocal directive)
};

class CompileReplay {
public:
    explicit CompileReplay(Interpreter& interp) : m_interp(interp) {}

    void run(CodeObject* top) {
        Ref arena = newList(m_interp, 0);
        m_constCache = ResidueDict(m_interp);
        Ref compilerStack = newList(m_interp, 0);
        // _PyAST_Optimize: the folded tuples that are not the compilation's constants, alive in the
        // arena until it is freed (the constants themselves are the code objects' real ones).
        std::vector<Ref> arenaTuples;
        for (std::int64_t size : top->compileArenaTuples) {
            arenaTuples.push_back(newTuple(m_interp, size));
            if (!arenaTuples.back()) return;
        }
        Ref symtableStack = newList(m_interp, 0);
        m_symtableBlocks = ResidueDict(m_interp);
        if (!arena || !m_constCache.dict || !compilerStack || !symtableStack || !m_symtableBlocks.dict) return;
        buildSymtable(top);
        analyzeBlock(top);
        compileUnit(top);
        // compiler_free: _PySymtable_Free (st_blocks then st_stack), c_const_cache, c_stack.
        for (SymtableBlock& b : m_blocks) {
            b.symbols.release();
            b.varnames = Ref();
            b.children = Ref();
            b.directives = Ref();
        }
        m_symtableBlocks.release();
        symtableStack = Ref();
        for (Ref& key : m_cacheKeys) key = Ref();
        m_constCache.release();
        compilerStack = Ref();
        // _PyArena_Free after _PyAST_Compile returns: its list releases its objects last to first.
        while (!arenaTuples.empty()) arenaTuples.pop_back();
        arena = Ref();
    }

private:
    static std::vector<CodeObject*> childCodes(CodeObject* code) {
        std::vector<CodeObject*> out;
        if (!code->consts) return out;
        for (std::int64_t i = 0; i < tupleSize(code->consts); ++i) {
            Object* item = tupleItem(code->consts, i);
            if (item && isCode(item)) out.push_back(asCode(item));
        }
        return out;
    }

    void buildSymtable(CodeObject* code) {
        const std::size_t index = m_blocks.size();
        SymtableBlock block;
        block.symbols = ResidueDict(m_interp);
        block.varnames = newList(m_interp, 0);
        block.children = newList(m_interp, 0);
        m_blocks.push_back(std::move(block));
        m_symtableBlocks.insert(false); // st_blocks[ste_id] = ste (a PyLong key)
        // ste_symbols: the names pass 1 defines, up to each child block's entry.
        const CompileSymbolCounts& counts = code->compileSymbols;
        int symbolsMade = 0;
        auto symbolsUpTo = [&](int n) {
            if (n > symbolsMade) m_blocks[index].symbols.insertMany(n - symbolsMade, true);
            symbolsMade = std::max(symbolsMade, n);
        };
        // The block's directives, each recorded when the symtable reached its statement: after
        // the child blocks entered before it.
        const std::vector<CompileDirective>& directives = code->compileDirectives;
        std::size_t next = 0;
        auto recordUpTo = [&](std::size_t children) {
            for (; next < directives.size() && static_cast<std::size_t>(directives[next].childrenBefore) <= children; ++next)
                recordDirective(m_blocks[index], directives[next]);
        };
        const std::vector<CodeObject*> children = childCodes(code);
        for (std::size_t i = 0; i < children.size(); ++i) {
            recordUpTo(i);
            if (i < counts.beforeChild.size()) symbolsUpTo(counts.beforeChild[i]);
            buildSymtable(children[i]);
        }
        recordUpTo(SIZE_MAX);
        symbolsUpTo(counts.atAnalysis);
    }

    // symtable_record_directive: the block's list on its first directive, then
    // Py_BuildValue("(Niiii)", mangled name, lineno, col_offset, end_lineno, end_col_offset)
    // appended (the tuple first, then its ints).
    void recordDirective(SymtableBlock& block, const CompileDirective& d) {
        if (!block.directives) {
            block.directives = newList(m_interp, 0);
            if (!block.directives) return;
        }
        Ref name = internFromUtf8(m_interp, d.name);
        Ref entry = newTuple(m_interp, 5);
        if (!name || !entry) return;
        tupleSetItemSteal(entry.get(), 0, name.release());
        const int fields[4] = {d.lineno, d.col, d.endLineno, d.endCol};
        for (int i = 0; i < 4; ++i) {
            Ref v = newInt(m_interp, fields[i]);
            if (!v) return;
            tupleSetItemSteal(entry.get(), i + 1, v.release());
        }
        listAppend(block.directives.get(), entry.get());
    }

    // analyze_block: `scopes` gets one entry per symbol (analyze_name) before the children are
    // analysed and goes after them; update_symbols then adds the free names passing through.
    void analyzeBlock(CodeObject* code) {
        const std::size_t index = m_analyzed++;
        const CompileSymbolCounts& counts = code->compileSymbols;
        ResidueDict scopes(m_interp);
        scopes.insertMany(counts.atAnalysis, true);
        for (CodeObject* child : childCodes(code)) analyzeBlock(child);
        scopes.release();
        if (index < m_blocks.size() && counts.total > counts.atAnalysis)
            m_blocks[index].symbols.insertMany(counts.total - counts.atAnalysis, true);
    }

    // A host signature equal for keys that compare equal (the const cache's dict lookup).
    std::string signature(Object* o) {
        if (o == m_interp.none) return "N";
        if (isExactStr(o)) return "s" + strToUtf8(o);
        if (o->type == m_interp.types.int_) return "i" + intValue(o).toString();
        if (o->type == m_interp.types.bool_) return o == m_interp.trueObj ? "bT" : "bF";
        if (o->type == m_interp.types.float_) {
            const double v = floatValue(o);
            return (std::signbit(v) && v == 0.0 ? "f-" : "f") + floatReprString(v);
        }
        if (o->type == m_interp.types.bytes) return "y" + std::string(bytesView(o));
        if (isExactTuple(o)) {
            std::string s = "(";
            for (std::int64_t i = 0; i < tupleSize(o); ++i) s += signature(tupleItem(o, i)) + ",";
            return s + ")";
        }
        return "@" + std::to_string(reinterpret_cast<std::uintptr_t>(o));
    }

    // _PyCode_ConstantKey: new reference (the object itself when it is its own key).
    Ref constantKey(Object* o) {
        const BuiltinTypes& t = m_interp.types;
        if (o == m_interp.none || o == m_interp.ellipsis || o->type == t.int_ || isExactStr(o) || isCode(o))
            return Ref::borrowed(o);
        if (o->type == t.bool_ || o->type == t.bytes) return tuplePack(m_interp, {o->type, o});
        if (o->type == t.float_) {
            const double v = floatValue(o);
            if (v == 0.0 && std::signbit(v)) return tuplePack(m_interp, {o->type, o, m_interp.none});
            return tuplePack(m_interp, {o->type, o});
        }
        if (isExactTuple(o)) {
            const std::int64_t n = tupleSize(o);
            Ref keys = newTuple(m_interp, n);
            if (!keys) return Ref();
            for (std::int64_t i = 0; i < n; ++i) tupleSetItemSteal(keys.get(), i, constantKey(tupleItem(o, i)).release());
            return tuplePack(m_interp, {keys.get(), o});
        }
        if (o->type == t.frozenset) {
            // A tuple of the items' keys made into a frozenset (the tuple freed), packed with o.
            Ref keys = setItemsTuple(o, true);
            if (!keys) return Ref();
            Ref set = newFrozenSetFrom(m_interp, keys.get());
            keys = Ref();
            if (!set) return Ref();
            return tuplePack(m_interp, {set.get(), o});
        }
        return tuplePack(m_interp, {o->type, o});
    }

    // A tuple of the set's items in iteration order (asKeys: each item's constant key).
    Ref setItemsTuple(Object* set, bool asKeys) {
        Ref out = newTuple(m_interp, setSize(set));
        if (!out) return Ref();
        std::int64_t pos = 0, i = 0;
        Object* item = nullptr;
        while (setNext(set, pos, &item)) {
            Ref v = asKeys ? constantKey(item) : Ref::borrowed(item);
            if (!v) return Ref();
            tupleSetItemSteal(out.get(), i++, v.release());
        }
        return out;
    }

    // merge_const_one: the key stays in c_const_cache when it is new (true), else is freed.
    bool mergeConst(Object* o, const std::string& sig) {
        if (o == m_interp.none || o == m_interp.ellipsis) return false;
        Ref key = constantKey(o);
        if (!key) return false;
        if (key.get() == o) { // its own key: nothing allocated
            if (!m_cacheSigs.insert(sig).second) return false;
            m_constCache.insert(isExactStr(o));
            return true;
        }
        if (!m_cacheSigs.insert(sig).second) return false;
        m_constCache.insert(false);
        m_cacheKeys.push_back(std::move(key));
        return true;
    }
    bool mergeConst(Object* o) { return mergeConst(o, signature(o)); }
    // merge_consts_recursive: a newly cached tuple has its items merged too.
    void mergeConstRecursive(Object* o) { mergeConstRecursive(o, signature(o)); }
    void mergeConstRecursive(Object* o, const std::string& sig) {
        if (!mergeConst(o, sig) || !isExactTuple(o)) return;
        for (std::int64_t i = 0; i < tupleSize(o); ++i) mergeConstRecursive(tupleItem(o, i));
    }

    // A repeat of a constant already cached (false when `o` is not): its key is made and freed at
    // once, around a fresh copy of `o` when the compiler made the object for this use (a kwnames
    // tuple, a folded display, makecode's tuples, ...).
    bool mergeRepeat(Object* o, const std::string& sig, bool made) {
        if (!m_cacheSigs.count(sig)) return false;
        Ref copy = made ? remakeConstant(o) : Ref::borrowed(o);
        if (copy) mergeConst(copy.get(), sig);
        return true;
    }
    // compiler_add_const of `item` (the constant it resolved to): merge_consts_recursive.
    void addConst(Object* item, bool compilerMade) {
        const std::string sig = signature(item);
        if (!mergeRepeat(item, sig, compilerMade)) mergeConstRecursive(item, sig);
    }
    // merge_const_one of a tuple the compiler makes for it (makecode's co_names / co_consts /
    // co_localsplusnames, fold_tuple_on_constants' tuple). A repeat is made and freed around its key
    // (mergeRepeat). A new one (madeFresh) the compiler made before this replay from fresh memory,
    // leaving the free lists alone (Compiler::mergedTuple); CPython allocates it here: when a parked
    // tuple of its length would now be taken back, that earlier allocation is settled as this reuse
    // (tupleDropParked), so gen 0's count and the free list are CPython's.
    void mergeCompilerTuple(Object* t, bool madeFresh) {
        const std::string sig = signature(t);
        if (mergeRepeat(t, sig, true)) return;
        if (madeFresh) tupleDropParked(m_interp, tupleSize(t), t);
        mergeConst(t, sig);
    }

    // A fresh object equal to the compiler-made constant `o`: the tuple the compiler builds (for a
    // set display, the folded tuple made into a frozenset, the tuple freed).
    Ref remakeConstant(Object* o) {
        if (isExactTuple(o)) return tupleFromArray(m_interp, tupleItems(o), tupleSize(o));
        if (o->type == m_interp.types.frozenset) {
            Ref items = setItemsTuple(o, false);
            if (!items) return Ref();
            return newFrozenSetFrom(m_interp, items.get());
        }
        return Ref::borrowed(o); // str, int: their own keys, nothing allocated
    }

    // dictbytype: the dest dict gets its `count` names; the sorted keys list is made and freed.
    ResidueDict dictByType(std::int64_t count) {
        ResidueDict dest(m_interp);
        Ref sortedKeys = newList(m_interp, 0);
        dest.insertMany(count, true);
        return dest;
    }

    // The code's locals, cells and frees by fast-local kind (CO_FAST_LOCAL / _CELL / _FREE).
    struct LocalCounts {
        std::int64_t locals = 0, cells = 0, frees = 0;
    };
    static LocalCounts localCounts(const CodeObject* code) {
        LocalCounts c;
        if (!code->localspluskinds) return c;
        for (unsigned char kind : bytesView(code->localspluskinds)) {
            if (kind & 0x20) ++c.locals;
            if (kind & 0x40) ++c.cells;
            if (kind & 0x80) ++c.frees;
        }
        return c;
    }

    void compileUnit(CodeObject* code) {
        const LocalCounts counts = localCounts(code);
        ResidueDict varnames(m_interp);
        ResidueDict cellvars = dictByType(counts.cells);
        ResidueDict freevars = dictByType(counts.frees);
        ResidueDict consts(m_interp);
        ResidueDict names(m_interp);
        // u_names and u_varnames grow as the compiler meets the names: caught up at each
        // compiler_add_const (before a child unit is compiled), the rest at the end.
        const std::int64_t totalNames = code->names ? tupleSize(code->names) : 0;
        std::int64_t namesMade = 0, varnamesMade = 0;
        auto namesUpTo = [&](std::int64_t n, std::int64_t v) {
            n = std::min(n, totalNames);
            v = std::min(v, counts.locals);
            if (n > namesMade) names.insertMany(n - namesMade, true);
            if (v > varnamesMade) varnames.insertMany(v - varnamesMade, true);
            namesMade = std::max(namesMade, n);
            varnamesMade = std::max(varnamesMade, v);
        };
        if (code->consts && !code->compileConstAdds.empty()) {
            const std::int64_t n = tupleSize(code->consts);
            std::vector<bool> added(static_cast<std::size_t>(n), false);
            for (const CompileConstAdd& add : code->compileConstAdds) {
                if (add.index >= n) continue; // trimmed by the assembler
                const bool isNew = !added[static_cast<std::size_t>(add.index)];
                added[static_cast<std::size_t>(add.index)] = true;
                Object* item = tupleItem(code->consts, add.index);
                namesUpTo(add.namesBefore, add.varnamesBefore);
                if (isCode(item)) compileUnit(asCode(item));
                else addConst(item, add.compilerMade);
                if (isNew) consts.insert(isExactStr(item)); // u_consts[key] = index
            }
            // The assembler's own constants (fold_tuple_on_constants: merge_const_one of the tuple).
            for (std::int64_t i = 0; i < n; ++i) {
                Object* item = tupleItem(code->consts, i);
                if (added[static_cast<std::size_t>(i)] || isCode(item)) continue;
                if (isExactTuple(item)) mergeCompilerTuple(item, true);
                else mergeConst(item);
            }
        } else if (code->consts) {
            // Code the compiler did not record (e.g. made by code.replace()): each constant once.
            for (std::int64_t i = 0; i < tupleSize(code->consts); ++i) {
                Object* item = tupleItem(code->consts, i);
                if (isCode(item)) compileUnit(asCode(item));
                else mergeConstRecursive(item);
                consts.insert(isExactStr(item));
            }
        }
        namesUpTo(totalNames, counts.locals);
        // assemble: consts list, the bytes merges, then makecode's tuple merges.
        Ref constsList = code->consts ? listFromArray(m_interp, tupleItems(code->consts), tupleSize(code->consts))
                                      : newList(m_interp, 0);
        if (code->exceptiontable) mergeConst(code->exceptiontable);
        if (code->linetable) mergeConst(code->linetable);
        {
            // Equal to another code's bytes (same instructions, e.g. two `return <const 1>`
            // bodies) it is a repeat, as in CPython: the key is the bytes' value.
            const std::string bytes = codeBytes(code);
            Ref bytecode = newBytesUninit(m_interp, static_cast<std::int64_t>(bytes.size()));
            if (bytecode) mergeConst(bytecode.get(), "y" + bytes);
        }
        // makecode's tuples are made fresh (dict_keys_inorder, PyList_AsTuple, PyTuple_New): an
        // equal one already cached is a repeat, alive around its key.
        const std::uint8_t fresh = code->compileFreshTuples;
        if (code->names) mergeCompilerTuple(code->names, fresh & CodeObject::kFreshNames);
        if (code->consts) mergeCompilerTuple(code->consts, fresh & CodeObject::kFreshConsts);
        if (code->localsplusnames) mergeCompilerTuple(code->localsplusnames, fresh & CodeObject::kFreshLocalsPlusNames);
        constsList = Ref();
        consts.release();
        names.release();
        varnames.release();
        freevars.release();
        cellvars.release();
    }

    // a_bytecode's bytes: each code unit as its opcode byte then its oparg byte (caches zero).
    static std::string codeBytes(const CodeObject* code) {
        std::string out;
        out.reserve(code->code.size() * 2);
        for (CodeUnit u : code->code) {
            out.push_back(static_cast<char>(u & 0xff));
            out.push_back(static_cast<char>(u >> 8));
        }
        return out;
    }

    Interpreter& m_interp;
    std::vector<SymtableBlock> m_blocks;   // ste_new order (preorder)
    std::vector<Ref> m_cacheKeys;          // c_const_cache's keys, insertion order
    std::unordered_set<std::string> m_cacheSigs;
    ResidueDict m_constCache;              // c_const_cache
    ResidueDict m_symtableBlocks;          // st_blocks
    std::size_t m_analyzed = 0;            // blocks analysed so far (preorder index)
};

} // namespace

void replayCompileResidue(Interpreter& interp, Object* moduleCode) {
    if (!moduleCode || !isCode(moduleCode)) return;
    CompileReplay(interp).run(asCode(moduleCode));
    clearError(interp);
}

} // namespace hs
