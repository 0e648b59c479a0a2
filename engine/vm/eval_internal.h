// Helpers of the eval loop that are not on the hot path (ceval.c's static functions): imports,
// unpacking, raise, exception matching, pattern matching, call helpers, error messages.
#pragma once

#include "objects/class_object.h"
#include "objects/dict_keys.h"
#include "gc/gc_state.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/vm_state.h"

#include <new>
#include <vector>

namespace hs {

// unpack_iterable: pushes argcnt (+1 list +argcntafter) values below `sp` (sp points past the
// last slot to fill; values are stored downwards, the first item highest). argcntafter == -1: no
// starred target. False with the error pending.
bool unpackIterable(VmState& vm, Object* v, int argcnt, int argcntafter, Object** sp);
// IMPORT_NAME / IMPORT_FROM / IMPORT_STAR.
Object* importName(VmState& vm, Frame* f, Object* name, Object* fromlist, Object* level);
Object* importFrom(VmState& vm, Object* module, Object* name);
int importAllFrom(VmState& vm, Object* locals, Object* module);
// do_raise: 1 = re-raise (unwind without a new traceback entry), 0 = raise (error pending either way).
int doRaise(VmState& vm, Object* exc, Object* cause);
// check_except_type_valid: -1 with TypeError for a non-exception class in `except`.
int checkExceptTypeValid(VmState& vm, Object* right);
// check_except_star_type_valid: also TypeError for an exception group class.
int checkExceptStarTypeValid(VmState& vm, Object* right);
// PyErr_GivenExceptionMatches(exc instance, class or tuple).
bool givenExceptionMatches(Object* exc, Object* type);
// NameError/UnboundLocalError messages (format_exc_check_arg / format_exc_unbound).
void raiseNameErrorFor(VmState& vm, Object* name);
// --- LOAD_GLOBAL's inline cache (eval_global_cache.cpp): per instruction, where the name was found
// last time, valid while the layout stamps of the globals' (and builtins') keys tables are unchanged
// (CPython 3.11's LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN keyed on dk_version).
enum class GlobalHit : std::uint8_t { None, Module, Builtin };
struct GlobalCacheEntry {
    std::uint64_t globalsStamp = 0; // 0 while nothing is recorded (layout stamps start at 1)
    std::uint64_t builtinsStamp = 0;
    std::int64_t index = 0; // entry index in the globals (Module) or builtins (Builtin) table
    const DictEntry* entry = nullptr; // that entry (its address is fixed while the stamps hold)
    GlobalHit hit = GlobalHit::None;
};
// LOAD_NAME / STORE_NAME's cache (host only; CPython 3.11 leaves these unspecialised): where the
// name was found last time: in the locals at entry `index`, or absent from the locals and found in
// the globals or the builtins. A Locals hit is valid while the locals' table (combined, unicode) has
// an entry `index` whose key is this very name object: keys are unique in a table, so a lookup would
// find that entry (no stamp: inserting or deleting other names, as `del` in a loop does, keeps it).
// The other hits are valid while every keys table they were derived from keeps its layout stamp (an
// absent name stays absent while the stamp holds: any new key changes the layout).
enum class NameHit : std::uint8_t { None, Locals, Globals, Builtins };
struct NameCacheEntry {
    static constexpr std::uint64_t kNoLocalsHit = ~std::uint64_t(0);
    std::uint64_t localsStamp = 0;
    std::uint64_t globalsStamp = 0;
    std::uint64_t builtinsStamp = 0;
    std::int64_t index = 0;
    NameHit hit = NameHit::None;
    // `index` for a Locals hit, else kNoLocalsHit (above any entry count: one unsigned comparison
    // with the table's entry count tests both).
    std::uint64_t localsIndex = kNoLocalsHit;
    static NameCacheEntry localsHit(std::uint64_t stamp, std::int64_t index) {
        return NameCacheEntry{stamp, 0, 0, index, NameHit::Locals, static_cast<std::uint64_t>(index)};
    }
};
// CodeObject::vmData: one entry per code unit (only the units of the instructions using them).
// `names` stays empty (and CodeObject::nameCaches null) until a LOAD_NAME / STORE_NAME of the code
// first misses; then nameCaches == names.data() (the vector is never resized again). Likewise
// CodeObject::globalCaches == globals.data() once made.
struct CodeVmCaches {
    std::vector<GlobalCacheEntry> globals;
    std::vector<NameCacheEntry> names;
};
// The keys of an exact dict with a combined unicode table (whose lookups of exact str keys run no
// user code, so skipping them is unobservable), else nullptr.
inline DictKeys* cacheableKeys(Interpreter& interp, Object* d) {
    if (d == nullptr || d->type != interp.types.dict) return nullptr;
    auto* mp = static_cast<DictObject*>(d);
    if (mp->values != nullptr || !mp->keys->isUnicode()) return nullptr;
    return mp->keys;
}
// LOAD_GLOBAL without a cache hit: new reference, or nullptr with the error (NameError when absent)
// set. Exact dicts as globals and builtins: the plain lookups (_PyDict_LoadGlobal), recording the
// result in the cache. Otherwise ceval's slow path: PyObject_GetItem on the globals, then (on a
// KeyError) on the builtins, so a dict subclass's __getitem__ / __missing__ runs.
Object* loadGlobalMiss(VmState& vm, Frame* frame, int instr, Object* name);
// LOAD_GLOBAL's lookup of instruction `instr` through its cache (same results as the plain lookups):
// new reference, or nullptr with the error set.
// A layout stamp belongs to one keys table in one layout (nextDictLayoutStamp never repeats), so a
// recorded globals stamp that matches proves frame->globals still holds the very table the hit was
// found in, unchanged: an exact dict's combined unicode table (the only kind recorded), whose
// recorded entry is still where it was. No type check is needed to read frame->globals' keys: a
// function's globals are always a dict (exact or a subclass, both DictObject's layout). The
// builtins may be any mapping, so a builtin hit checks theirs.
inline Object* loadGlobalCached(VmState& vm, Frame* frame, int instr, Object* name) {
    if (const GlobalCacheEntry* entries = frame->code->globalCaches) {
        const GlobalCacheEntry& e = entries[instr];
        if (static_cast<const DictObject*>(frame->globals)->keys->layoutStamp == e.globalsStamp) {
            Object* v = nullptr;
            if (e.hit == GlobalHit::Module) {
                v = e.entry->value;
            } else if (DictKeys* bk = cacheableKeys(vm.interp, frame->builtins); bk && bk->layoutStamp == e.builtinsStamp) {
                v = e.entry->value;
            }
            if (v) {
                incref(v);
                return v;
            }
        }
    }
    return loadGlobalMiss(vm, frame, instr, name);
}
#if defined(__GNUC__) || defined(__clang__)
#define HS_EVAL_INLINE inline __attribute__((always_inline))
#else
#define HS_EVAL_INLINE inline
#endif
// decref, always inlined: evalLoop's size keeps GCC from inlining decref in some of its bodies,
// where the out-of-line call costs more than its body (the list-method CALL, the attribute and
// STORE_NAME fast paths use it).
HS_EVAL_INLINE void decrefInline(Object* o) {
    if (--o->refcnt == 0) deallocObject(o);
}
// The entry of a Locals hit of LOAD_NAME / STORE_NAME instruction `instr`, when it still holds
// `name` in frame->locals (an exact dict with a combined unicode table), else nullptr. The common
// case of module-level code, checked in the eval loop's body itself.
HS_EVAL_INLINE DictEntry* nameCacheLocalsEntry(Interpreter& interp, Frame* frame, int instr, Object* name) {
    const NameCacheEntry* entries = frame->code->nameCaches;
    if (entries == nullptr) return nullptr;
    const std::uint64_t index = entries[instr].localsIndex;
    Object* locals = frame->locals;
    if (locals == nullptr || locals->type != interp.types.dict) return nullptr;
    auto* mp = static_cast<DictObject*>(locals);
    DictKeys* lk = mp->keys;
    if (mp->values != nullptr || !lk->isUnicode() || index >= static_cast<std::uint64_t>(lk->nentries)) return nullptr;
    DictEntry& entry = lk->entries()[index];
    return entry.key == name && entry.value ? &entry : nullptr;
}
// LOAD_NAME with an exact dict as locals: the plain lookups (locals, globals, builtins), recording
// where the name was found. Borrowed; nullptr with an error (NameError when absent) set.
Object* loadNameMiss(VmState& vm, Frame* frame, int instr, Object* name);
// LOAD_NAME's lookup when frame->locals is an exact dict and nameCacheLocalsEntry found no Locals
// hit: a cached globals/builtins answer while its stamps hold, else the plain lookups (same results:
// skipped lookups are of exact str keys in unicode tables, which run no user code).
inline Object* loadNameCached(VmState& vm, Frame* frame, int instr, Object* name) {
    if (const NameCacheEntry* entries = frame->code->nameCaches) {
        const NameCacheEntry& e = entries[instr];
        const bool absentFromLocals = e.hit == NameHit::Globals || e.hit == NameHit::Builtins;
        DictKeys* lk = absentFromLocals ? cacheableKeys(vm.interp, frame->locals) : nullptr;
        if (lk && lk->layoutStamp == e.localsStamp) {
            Object* v = nullptr;
            if (DictKeys* gk = cacheableKeys(vm.interp, frame->globals); gk && gk->layoutStamp == e.globalsStamp) {
                if (e.hit == NameHit::Globals) v = gk->entries()[e.index].value;
                else if (DictKeys* bk = cacheableKeys(vm.interp, frame->builtins); bk && bk->layoutStamp == e.builtinsStamp)
                    v = bk->entries()[e.index].value;
            }
            if (v) return v;
        }
    }
    return loadNameMiss(vm, frame, instr, name);
}
// STORE_NAME into an exact dict when nameCacheLocalsEntry found no Locals hit: the plain
// dictSetItem (consumes v), recording the entry; 0, or -1 with the error pending.
int storeNameMiss(VmState& vm, Frame* frame, int instr, Object* name, Object* v);
void raiseUnboundLocal(VmState& vm, CodeObject* co, int oparg);
// match_class / match_keys (MATCH_CLASS / MATCH_KEYS): new reference, nullptr with no error = no match.
Object* matchClass(VmState& vm, Object* subject, Object* type, int nargs, Object* kwargs);
Object* matchKeys(VmState& vm, Object* map, Object* keys);
// CALL_FUNCTION_EX: PyObject_Call after converting the arguments (with 3.11's messages). Steals
// callargs and kwargs: a converted original is released before the call, as ceval's Py_SETREF.
Object* callFunctionEx(VmState& vm, Object* func, Object* callargs, Object* kwargs);
// MAKE_FUNCTION's operands (sp: the stack top; the code on top, then closure, annotations,
// kwdefaults and defaults as oparg's bits say) have the types the compiler gives them: a code object,
// a tuple of as many cells as its free variables, a tuple (or dict), a dict, a tuple. Else
// SystemError (only code made by code.replace() can get here) and false.
bool makeFunctionOperandsValid(VmState& vm, Object* const* sp, int oparg);
// DICT_MERGE: merge with duplicate detection and format_kwargs_error's messages.
int dictMergeForCall(VmState& vm, Object* func, Object* dict, Object* other);
// DICT_UPDATE error message ("'int' object is not a mapping").
int dictUpdateForDisplay(VmState& vm, Object* dict, Object* other);
// LIST_EXTEND error ("Value after * must be an iterable, not int").
int listExtendForDisplay(VmState& vm, Object* list, Object* iterable);
// _PyObject_FunctionStr: "f()" / "module.f()".
std::string functionStr(Object* func);
// BUILD_STRING.
Object* buildString(VmState& vm, Object** items, int n);
// PRINT_EXPR / SETUP_ANNOTATIONS / LOAD_BUILD_CLASS helpers.
int printExpr(VmState& vm, Object* value);
int setupAnnotations(VmState& vm, Frame* f);
// GET_ITER for `yield from` and GET_YIELD_FROM_ITER.
Object* getYieldFromIter(VmState& vm, Frame* f, Object* iterable);
// SEND: PyIter_Send: 0 = yielded (*out), 1 = returned (*out), -1 = error.
int iterSend(VmState& vm, Object* receiver, Object* value, Object** out);
Object* getAwaitable(VmState& vm, Object* iterable, int oparg);
Object* getAIter(VmState& vm, Object* obj);
Object* getANext(VmState& vm, Object* aiter);
// WITH_EXCEPT_START's call; BEFORE_WITH's lookups (BEFORE_ASYNC_WITH's when `async`): __enter__
// (returned) and __exit__ (*exitOut), or __aenter__ and __aexit__, new references.
Object* beforeWith(VmState& vm, Object* mgr, bool async, Object** exitOut);
// The exception a generator throw() enters the frame with is pending: nothing to do here.

// RETURN_GENERATOR: makes the generator from the frame (frame's data moves into it).
Object* makeGenerator(VmState& vm, Frame* f);

// --- 3.11's adaptive BINARY_OP and PRECALL (vm/eval_specialize.cpp, vm/eval_precall.cpp) ---
// miss_counter_start(): misses a specialised instruction takes before it turns adaptive again.
constexpr CodeUnit kMissCounterStart = 53;
// adaptive_counter_start(): the counter of an instruction turned adaptive again (31, backoff 5).
CodeUnit adaptiveCounterStart();
// adaptive_counter_backoff(): the counter after a failed specialisation (a longer wait each time).
CodeUnit adaptiveCounterBackoff(CodeUnit counter);
// _PyCode_Quicken's effect on what the loop runs: BINARY_OP, COMPARE_OP and PRECALL -> their
// _ADAPTIVE forms (counter 0), RESUME -> RESUME_QUICK, JUMP_BACKWARD -> JUMP_BACKWARD_QUICK, in
// co->quickened.
void quickenWarmCode(CodeObject* co);
// A specialised instruction's guard failed (DEOPT_IF's `miss`): its counter drops; at 0 it is
// `adaptive` again (counter adaptive_counter_start()). The generic instruction then runs.
void specializedMiss(CodeObject* co, int index, int adaptive);
// _PyCode_Warmup (RESUME, JUMP_BACKWARD of code not yet quickened): co_warmup counts up from -8 and
// the code is quickened when it reaches 0.
inline void warmupCode(CodeObject* co) {
    if (co->warmup != 0 && ++co->warmup == 0) quickenWarmCode(co);
}
// _Py_Specialize_BinaryOp for the BINARY_OP_ADAPTIVE at unit `index`: rewrites its opcode (a
// specialised form, or BINARY_OP for operators that have none) and its counter (53 on success, a
// longer backoff on failure). `locals` are the frame's local slots (the in-place form's test).
void specializeBinaryOp(CodeObject* co, int index, int oparg, Object* lhs, Object* rhs, Object* const* locals);
// _Py_Specialize_CompareOp for the COMPARE_OP_ADAPTIVE at unit `index`: a comparison followed by a
// conditional jump becomes COMPARE_OP_FLOAT_JUMP / _INT_JUMP (one-digit ints) / _STR_JUMP (== and
// != only) for operands of that one exact type (counter 53), else stays adaptive with a longer
// backoff; one no conditional jump follows is the generic COMPARE_OP for good.
void specializeCompareOp(CodeObject* co, int index, int oparg, Object* lhs, Object* rhs);
// _Py_Specialize_Precall for the PRECALL_ADAPTIVE at unit `index` (oparg, the stack below `sp`
// and the call's kwnames as PRECALL sees them): rewrites its opcode to a specialised form (counter
// 53), or leaves it adaptive with a longer backoff.
void specializePrecall(VmState& vm, CodeObject* co, int index, int oparg, Object* const* sp, Object* kwnames);
// A specialised PRECALL that performs the call itself, of the forms vm/eval_precall_forms.h does
// not inline (BUILTIN_CLASS, TYPE_1, STR_1, TUPLE_1 and the two _WITH_KEYWORDS), on the stack below
// `sp`: `skip` is 0 when its guard failed (nothing done: a miss), else the code units it skips (the
// CALL), with the stack left as CPython leaves it in frame->stacktop (the result in the call's
// first slot) and `failed` set when an error is pending.
struct PrecallRun {
    int skip;
    bool failed;
};
PrecallRun runSpecializedPrecall(VmState& vm, Frame* frame, int opcode, int oparg, Object** sp, Object* kwnames);

// --- frame push/pop of Python-to-Python calls (CALL / RETURN_VALUE), inline ---
// pushFrameAndInit's common case (CALL_PY_EXACT_ARGS): exact positional arguments, no keywords, no
// *args/**kwargs; consumes the references to func and the arguments. Every other case (and a full
// data-stack chunk) takes pushFrameAndInit, which gives the binding errors.
// Always inlined into the eval loop's CALL (an out-of-line call cost ~15 host instructions a call).
#if defined(__GNUC__) || defined(__clang__)
#define HS_FRAME_INLINE inline __attribute__((always_inline))
#else
#define HS_FRAME_INLINE inline
#endif
HS_FRAME_INLINE Frame* pushFrameAndInitInline(VmState& vm, Object* func, Object* locals, Object* const* args,
                                              std::int64_t nargs, Object* kwnames) {
    FunctionObject* fn = asFunction(func);
    CodeObject* co = asCode(fn->code);
    if (kwnames == nullptr && nargs == co->argcount && co->kwonlyargcount == 0 &&
        !(co->flags & (coflags::kVarArgs | coflags::kVarKeywords))) {
        if (Object** mem = vm.stack.push(frameWords(co))) {
            incref(co);
            xincref(locals);
            const int nlocalsplus = co->nlocalsplus;
            // Each header field written once (the others keep their default initialisers).
            auto* frame = new (mem) Frame{.func = func,
                                          .globals = fn->globals,
                                          .builtins = fn->builtins,
                                          .locals = locals,
                                          .code = co,
                                          .prevInstr = co->quickened.data() - 1,
                                          .stacktop = nlocalsplus};
            Object** lp = frame->localsplus();
            const int n = static_cast<int>(nargs);
            for (int i = 0; i < n; ++i) lp[i] = args[i];
            if (n < nlocalsplus) {  // (unguarded, GCC calls memset with size 0)
                for (int i = n; i < nlocalsplus; ++i) lp[i] = nullptr;
            }
            return frame;
        }
    }
    return pushFrameAndInit(vm, func, locals, args, nargs, kwnames);
}

// --- CALL of a class whose Python __init__ runs in the same eval loop (3.12's CALL_ALLOC_AND_ENTER_INIT
// with 3.11's effects: _PyObject_MakeTpCall's recursion count and args tuple, type_call's tp_new and
// slot_tp_init's call, each at the moment callType makes it) ---
// Whether CALL may make the class call itself (the caller checked no keywords, no bound-method
// slot and type's call slot on the metatype): not `type`, no vectorcall, tp_new is object_new,
// tp_init is slot_tp_init, self + nargs fit slotInit's small host stack.
constexpr int kInitSmallStack = 8;
inline bool classInitInlinable(VmState& vm, TypeObject* cls, int nargs) {
    return cls != vm.interp.types.type && cls->slots.vectorNew == nullptr && cls->slots.tpNew == objectNew &&
           usesSlotInit(cls) && nargs + 1 <= kInitSmallStack;
}
// The class call of a class classInitInlinable accepted, up to __init__'s frame: that frame
// (pushed, initSelf/initArgs set, `previous` left to the caller), or no frame when the call completed
// here (`result`: the instance, or nullptr with the error pending), e.g. when after tp_new __init__ is
// not plainPythonInit(cls) and tp_init called it. args are the caller's stack items (borrowed; they
// stay there until the caller releases them, as CALL does after a C call).
struct ClassCallStep {
    Frame* initFrame;
    Object* result;
};
ClassCallStep startClassCall(VmState& vm, TypeObject* cls, Object* const* args, int nargs);
// The tail of slot_tp_init / type_call / _PyObject_MakeTpCall once __init__ returned initResult
// (consumed; nullptr: it raised): the None check, the instance released on failure, the recursion
// count left, the args tuple released. Returns the instance or nullptr with the error pending.
Object* finishInlineInit(VmState& vm, Object* self, Object* argsTuple, Object* initResult);
// An inline __init__ frame ending with initResult (vm.currentFrame already `caller`): its instance
// and args tuple taken, the frame cleared and popped, finishInlineInit, then CALL's own releases of
// the class and the arguments (in that order) on the caller's saved stack [NULL, class, args...]
// (its prevInstr is the CALL, whose oparg < 8 needs no EXTENDED_ARG). Returns the call's result.
Object* endClassCall(VmState& vm, Frame* caller, Frame* initFrame, Object* initResult);
// abandonCode's end of an inline __init__ frame (no result; nothing left on its caller's stack to release).
void abandonInitFrame(VmState& vm, Frame* initFrame);

// clearAndPopFrame's common case (no frame object): the slots (each nulled before its release),
// locals, func and code, then the data-stack pop. A frame with a frame object takes clearAndPopFrame.
HS_FRAME_INLINE void clearAndPopFrameInline(VmState& vm, Frame* f) {
    if (f->frameObject != nullptr) {
        clearAndPopFrame(vm, f);
        return;
    }
    Object** lp = f->localsplus();
    for (int i = 0, n = f->stacktop; i < n; ++i) {
        Object* v = lp[i];
        lp[i] = nullptr;
        xdecref(v);
    }
    f->stacktop = 0;
    Object* locals = f->locals;
    f->locals = nullptr;
    xdecref(locals);
    Object* func = f->func;
    f->func = nullptr;
    decref(func);
    CodeObject* code = f->code;
    f->code = nullptr;
    decref(code);
    vm.stack.pop(reinterpret_cast<Object**>(f));
}

} // namespace hs
