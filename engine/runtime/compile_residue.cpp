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
// Not modelled (no effect on gen-0 / free lists, only on pymalloc): dict key tables of the
// symbols/const-cache dicts, list item arrays of ste_varnames/c_stack, the analysis sets, the
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

#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace hs {

namespace {

struct SymtableBlock {
    Ref symbols;    // dict
    Ref varnames;   // list
    Ref children;   // list
    Ref directives; // list of 5-tuples, or null (no global/nonlocal directive)
};

class CompileReplay {
public:
    explicit CompileReplay(Interpreter& interp) : m_interp(interp) {}

    void run(CodeObject* top) {
        Ref arena = newList(m_interp, 0);
        Ref constCache = newDict(m_interp);
        Ref compilerStack = newList(m_interp, 0);
        // _PyAST_Optimize: the folded tuples that are not the compilation's constants, alive in the
        // arena until it is freed (the constants themselves are the code objects' real ones).
        std::vector<Ref> arenaTuples;
        for (std::int64_t size : top->compileArenaTuples) {
            arenaTuples.push_back(newTuple(m_interp, size));
            if (!arenaTuples.back()) return;
        }
        Ref symtableStack = newList(m_interp, 0);
        Ref symtableBlocks = newDict(m_interp);
        if (!arena || !constCache || !compilerStack || !symtableStack || !symtableBlocks) return;
        buildSymtable(top);
        analyzeBlock(top);
        compileUnit(top);
        // compiler_free: _PySymtable_Free (st_blocks then st_stack), c_const_cache, c_stack.
        for (SymtableBlock& b : m_blocks) {
            b.symbols = Ref();
            b.varnames = Ref();
            b.children = Ref();
            b.directives = Ref();
        }
        symtableBlocks = Ref();
        symtableStack = Ref();
        for (Ref& key : m_cacheKeys) key = Ref();
        constCache = Ref();
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
        block.symbols = newDict(m_interp);
        block.varnames = newList(m_interp, 0);
        block.children = newList(m_interp, 0);
        m_blocks.push_back(std::move(block));
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
            buildSymtable(children[i]);
        }
        recordUpTo(SIZE_MAX);
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

    void analyzeBlock(CodeObject* code) {
        Ref scopes = newDict(m_interp);
        for (CodeObject* child : childCodes(code)) analyzeBlock(child);
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
        if (key.get() == o) return m_cacheSigs.insert(sig).second; // its own key: nothing allocated
        if (!m_cacheSigs.insert(sig).second) return false;
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
        if (madeFresh) tupleDropParked(m_interp, tupleSize(t));
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

    Ref dictByType() {
        Ref dest = newDict(m_interp);
        Ref sortedKeys = newList(m_interp, 0);
        return dest;
    }

    void compileUnit(CodeObject* code) {
        Ref varnames = newDict(m_interp);
        Ref cellvars = dictByType();
        Ref freevars = dictByType();
        Ref consts = newDict(m_interp);
        Ref names = newDict(m_interp);
        if (code->consts && !code->compileConstAdds.empty()) {
            const std::int64_t n = tupleSize(code->consts);
            std::vector<bool> added(static_cast<std::size_t>(n), false);
            for (const CompileConstAdd& add : code->compileConstAdds) {
                if (add.index >= n) continue; // trimmed by the assembler
                added[static_cast<std::size_t>(add.index)] = true;
                Object* item = tupleItem(code->consts, add.index);
                if (isCode(item)) compileUnit(asCode(item));
                else addConst(item, add.compilerMade);
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
            }
        }
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
        consts = Ref();
        names = Ref();
        varnames = Ref();
        freevars = Ref();
        cellvars = Ref();
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
};

} // namespace

void replayCompileResidue(Interpreter& interp, Object* moduleCode) {
    if (!moduleCode || !isCode(moduleCode)) return;
    CompileReplay(interp).run(asCode(moduleCode));
    clearError(interp);
}

} // namespace hs
