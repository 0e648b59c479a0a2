// The `code` type (PyCodeObject, Objects/codeobject.c 3.11): bytecode as 16-bit code units with
// inline caches, the constants/names/locals tuples, and decoders for co_linetable and co_exceptiontable.
#pragma once

#include "objects/type_object.h"
#include "runtime/type_attr_cache.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace hs {

// co_flags bits (Include/cpython/code.h).
namespace coflags {
constexpr int kOptimized = 0x0001;
constexpr int kNewLocals = 0x0002;
constexpr int kVarArgs = 0x0004;
constexpr int kVarKeywords = 0x0008;
constexpr int kNested = 0x0010;
constexpr int kGenerator = 0x0020;
constexpr int kNoFree = 0x0040; // not set by 3.11's compiler; kept for completeness
constexpr int kCoroutine = 0x0080;
constexpr int kIterableCoroutine = 0x0100;
constexpr int kAsyncGenerator = 0x0200;
} // namespace coflags

// co_localspluskinds values (Include/internal/pycore_code.h). A cell that is also an argument
// has kArg | kCell (CO_FAST_LOCAL is set for arguments too).
namespace fastkind {
constexpr std::uint8_t kLocal = 0x20;
constexpr std::uint8_t kCell = 0x40;
constexpr std::uint8_t kFree = 0x80;
} // namespace fastkind

// One code unit: the opcode in the low byte, the argument in the high byte (_Py_OPCODE/_Py_OPARG
// on a little-endian host, so co_code's bytes are the units' bytes in order).
using CodeUnit = std::uint16_t;
inline int unitOpcode(CodeUnit u) { return u & 0xff; }
inline int unitOparg(CodeUnit u) { return u >> 8; }
inline CodeUnit makeUnit(int opcode, int oparg) { return static_cast<CodeUnit>((opcode & 0xff) | ((oparg & 0xff) << 8)); }

// An entry of the exception table. All positions are code-unit indexes (not bytes): the handler
// covers [start, end); on an exception the stack is popped to `depth`, lasti is pushed when
// `pushLasti`, then the exception, and execution continues at `target`.
struct ExceptionHandler {
    int start = 0;
    int end = 0;
    int target = 0;
    int depth = 0;
    bool pushLasti = false;
};

// A range of the line table (code.co_lines()): bytes [start, end) have line `line` (-1 = none).
struct LineRange {
    int start = 0;
    int end = 0;
    int line = -1;
};

// A position (code.co_positions()) for one code unit; -1 stands for None.
struct SourcePosition {
    int line = -1;
    int endLine = -1;
    int col = -1;
    int endCol = -1;
};

// Host side of a code object. Simulated layout (PyCodeObject 3.11, 64-bit): +16 ob_size (code
// units), +24 co_consts, +32 co_names, +40 co_exceptiontable, +48 co_flags (int) / co_warmup /
// _co_linearray_entry_size, +56 argcount/posonlyargcount, +64 kwonlyargcount/stacksize,
// +72 firstlineno/nlocalsplus, +80 nlocals/nplaincellvars, +88 ncellvars/nfreevars,
// +96 co_localsplusnames, +104 co_localspluskinds, +112 co_filename, +120 co_name, +128 co_qualname,
// +136 co_linetable, +144 co_weakreflist, +152 _co_code, +160 _co_linearray, +168 _co_firsttraceable,
// +176 co_extra, +184 co_code_adaptive (2 bytes per unit). Not a GC object in 3.11.
// Invariants: every Object* below is an owned reference and non-null while the object is alive
// (but codeBytes, null until co_code is first read);
// consts is a tuple, names/localsplusnames are tuples of interned str, localspluskinds, linetable and
// exceptiontable are bytes; `code` has Py_SIZE(co) units (co_code, what dis and the UI read).
// `quickened` is what the eval loop runs: `code` with some instructions' opcode replaced by a
// superinstruction (quickenCode below); same length and opargs, so every index is valid in both.
// A global/nonlocal directive the symtable recorded for a code object's block (3.11's
// ste_directives entry: the tuple (name, lineno, col_offset, end_lineno, end_col_offset), in a list
// the block keeps until the compiler is freed). childrenBefore: the child blocks the symtable had
// entered in this block before recording it. What runtime/compile_residue.cpp replays.
struct CompileDirective {
    std::string name;
    int lineno = 0, col = 0, endLineno = 0, endCol = 0;
    int childrenBefore = 0;
};
// The size of a code's symtable block's ste_symbols (host only, compile residue): when each child
// block was entered, at the end of pass 1 (when analyze_block starts) and at the end.
struct CompileSymbolCounts {
    std::vector<int> beforeChild;
    int atAnalysis = 0;
    int total = 0;
};
// One compiler_add_const while compiling a code object (host only; what runtime/compile_residue.cpp
// replays): the co_consts index the constant resolved to, and whether the compiler made the object
// for that one use (ADDOP_LOAD_CONST_NEW: call kwnames, BUILD_CONST_KEY_MAP keys, import names, a
// folded display) rather than loading an AST constant the arena keeps until the compile ends.
struct CompileConstAdd {
    int index = 0;
    bool compilerMade = false;
    int namesBefore = 0;    // u_names' and u_varnames' sizes at the call
    int varnamesBefore = 0;
};

struct GlobalCacheEntry;
struct NameCacheEntry;

struct CodeObject : Object {
    Object* consts = nullptr;
    Object* names = nullptr;
    // Host only: the items of consts and names (tuples that never change once the code exists),
    // so that a frame's start reaches them in one load.
    Object* const* constItems = nullptr;
    Object* const* nameItems = nullptr;
    Object* exceptiontable = nullptr;
    int flags = 0;
    int warmup = -8; // co_warmup: counts up to 0 (quickened; vm/eval_specialize.cpp), then stays
    int argcount = 0;
    int posonlyargcount = 0;
    int kwonlyargcount = 0;
    int stacksize = 0;
    int firstlineno = 0;
    int nlocalsplus = 0;
    int nlocals = 0;
    int nplaincellvars = 0;
    int ncellvars = 0;
    int nfreevars = 0;
    Object* localsplusnames = nullptr;
    Object* localspluskinds = nullptr;
    Object* filename = nullptr;
    Object* name = nullptr;
    Object* qualname = nullptr;
    Object* linetable = nullptr;
    Object* codeBytes = nullptr; // _co_code: co_code's bytes once made (codeGetCodeBytes), or null
    int firsttraceable = 0; // index of the first RESUME
    std::vector<CodeUnit> code;
    std::vector<CodeUnit> quickened;
    // Host only: the directives of this code's symtable block (compile residue; empty for code not
    // made by the compiler, e.g. code.replace()).
    std::vector<CompileDirective> compileDirectives;
    CompileSymbolCounts compileSymbols; // host only (compile residue)
    // Host only: this code's compiler_add_const calls in order, repeats included (compile residue).
    std::vector<CompileConstAdd> compileConstAdds;
    // Host only (compile residue): which of makecode's tuples the compiler made for this code, from
    // fresh memory (not the cached equal tuple of an earlier code): kFreshNames | kFreshConsts |
    // kFreshLocalsPlusNames.
    std::uint8_t compileFreshTuples = 0;
    static constexpr std::uint8_t kFreshNames = 1, kFreshConsts = 2, kFreshLocalsPlusNames = 4;
    // Host only, on a compiled module's code: the sizes of the tuples the AST optimizer folded that
    // are not the compilation's constants (repeats of an equal constant, operands folded further),
    // in creation order; CPython's arena keeps each until the compile ends (compile residue).
    std::vector<std::int64_t> compileArenaTuples;
    // Free for the VM's own per-code data (e.g. a decoded handler table); released by destroyHost.
    std::shared_ptr<void> vmData;
    // LOAD_GLOBAL's and LOAD_NAME / STORE_NAME's cache entries (vm/eval_internal.h), one per code
    // unit, inside vmData (null until the first miss): reached in one load from the code, as
    // 3.11's inline caches are.
    GlobalCacheEntry* globalCaches = nullptr;
    NameCacheEntry* nameCaches = nullptr;
    // The attribute instructions' inline caches, one per code unit (empty until the first attribute
    // instruction of this code runs its generic path): runtime/type_attr_cache.h's AttrSiteCache.
    std::vector<AttrSiteCache> attrCaches;

    // --- Line table (co_linetable, Objects/locations.md) ---
    // PyCode_Addr2Line: the line of the instruction at byte offset `offset` (f_lasti * 2); -1 when
    // it has none; co_firstlineno for negative offsets.
    int lineForOffset(int offset) const;
    // code.co_lines(): the ranges in order (consecutive ranges may share a line).
    std::vector<LineRange> lineRanges() const;
    // code.co_positions(): one entry per code unit.
    std::vector<SourcePosition> positions() const;

    // --- Exception table (co_exceptiontable, Objects/exception_handling_notes.txt) ---
    // get_exception_handler: the innermost handler covering code-unit index `index`.
    bool handlerFor(int index, ExceptionHandler& out) const;
    // Every entry, in table order (dis's "ExceptionTable:" section lists these).
    std::vector<ExceptionHandler> exceptionEntries() const;

    // --- Locals ---
    std::int64_t codeUnits() const { return static_cast<std::int64_t>(code.size()); }
    // The name of fast local i (borrowed str) and its kind.
    Object* localName(int i) const;
    std::uint8_t localKind(int i) const;
    // co_varnames / co_cellvars / co_freevars as host name lists (UTF-8).
    std::vector<std::string> namesOfKind(std::uint8_t kind) const;
};

inline CodeObject* asCode(Object* o) { return static_cast<CodeObject*>(o); }
inline const CodeObject* asCode(const Object* o) { return static_cast<const CodeObject*>(o); }
bool isCode(const Object* o);

// What _PyCodeConstructor carries. The Refs are borrowed by newCode (it takes its own references).
struct CodeConstructor {
    Ref filename;
    Ref name;
    Ref qualname;
    int flags = 0;
    std::vector<CodeUnit> code;
    int firstlineno = 0;
    Ref linetable;        // bytes
    Ref consts;           // tuple
    Ref names;            // tuple of str
    Ref localsplusnames;  // tuple of str
    Ref localspluskinds;  // bytes, one fastkind byte per local
    int argcount = 0;
    int posonlyargcount = 0;
    int kwonlyargcount = 0;
    int stacksize = 0;
    Ref exceptiontable;   // bytes
    std::vector<CompileDirective> directives; // host only (CodeObject::compileDirectives)
    CompileSymbolCounts symbols;              // host only (CodeObject::compileSymbols)
    std::vector<CompileConstAdd> constAdds;   // host only (CodeObject::compileConstAdds)
    std::uint8_t freshTuples = 0;             // host only (CodeObject::compileFreshTuples)
};

// _PyCode_New: interns the names, the identifier-like string constants (recursively into tuples
// and frozensets) and the local names — replacing tuple items in place as intern_strings does —
// then allocates the code object (PyObject_NewVar: 184 + 2 * units bytes, rounded up to 8).
// New reference, or an empty Ref with MemoryError pending.
Ref newCode(Interpreter& interp, CodeConstructor& con);

// PyCode_NewWithPosOnlyArgs's arguments (borrowed): code, linetable and exceptiontable bytes;
// consts, names, varnames, freevars and cellvars tuples; filename, name and qualname str.
struct CodeFields {
    int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0, nlocals = 0, stacksize = 0, flags = 0;
    int firstlineno = 0;
    Object *code = nullptr, *linetable = nullptr, *exceptiontable = nullptr;
    Object *consts = nullptr, *names = nullptr, *varnames = nullptr, *freevars = nullptr, *cellvars = nullptr;
    Object *filename = nullptr, *name = nullptr, *qualname = nullptr;
};
// PyCode_NewWithPosOnlyArgs (code.replace()): the localsplus names and kinds from the varnames,
// cellvars and freevars, _PyCode_Validate (SystemError for bad counts, ValueError "code: co_code
// is malformed" / "code: co_varnames is too small"), ValueError "code: co_nlocals !=
// len(co_varnames)", then newCode. New reference, or an empty Ref with the error pending.
Ref newCodeWithPosOnlyArgs(Interpreter& interp, const CodeFields& fields);
// _PyCode_GetCode (co_code): the instructions deoptimized, inline caches zeroed, as bytes; made on
// first use and kept in codeBytes. New reference.
Ref codeGetCodeBytes(Object* code);
// get_localsplus_names: a new tuple of the names of the locals whose kind has a bit of `kind`, in
// order (co_varnames: fastkind::kLocal, co_cellvars: kCell, co_freevars: kFree).
Ref codeLocalsPlusNames(Interpreter& interp, const CodeObject* code, std::uint8_t kind);

// intern_string_constants: interns str items of `tuple` for which allNameChars holds, recursing
// into tuples and frozensets (their items are re-interned in place). Exposed for tests.
void internStringConstants(Interpreter& interp, Object* tuple);

// _PyCode_Quicken's superinstructions: the first of each adjacent pair LOAD_FAST+LOAD_FAST,
// LOAD_FAST+LOAD_CONST, LOAD_CONST+LOAD_FAST, STORE_FAST+LOAD_FAST, STORE_FAST+STORE_FAST becomes
// the pair's superinstruction (its oparg kept; the second instruction is unchanged, so a jump to it
// still runs it alone). An instruction with inline caches ends a pair, as in 3.11.
std::vector<CodeUnit> quickenCode(const std::vector<CodeUnit>& code);

// code_richcompare (vm/code_compare.cpp): == / != compare the fields (name, counts, flags, first
// line, instructions with base opcodes, constants by _PyCode_ConstantKey, names, localsplus names,
// line and exception tables); NotImplemented for other operators or types.
Object* codeRichCompare(Object* self, Object* other, CompareOp op);
// code_hash of 3.11: the XOR of the hashes of name, consts, names, localsplus names, line table and
// exception table with argcount, posonlyargcount, kwonlyargcount and flags.
std::int64_t codeHash(Object* self);

// code.__sizeof__ / sys.getsizeof: _PyObject_VAR_SIZE(code, units) (no GC head).
std::int64_t codeSizeOf(const Object* o);
// repr: <code object NAME at 0xADDR, file "FILE", line N>
std::string codeReprText(const Object* o);

// Encoders shared by the compiler (exposed so tests can check round trips).
// Appends one exception-table entry (units) in the 3.11 varint format.
void encodeExceptionEntry(std::string& out, int start, int end, int target, int depth, bool lasti);

void initCodeType(Interpreter&, TypeObject&); // fills the slots of `code`

} // namespace hs
