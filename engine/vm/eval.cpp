// The eval loop: one C++ function runs a chain of frames (Python calls push frames and jump, never
// recurse), dispatching 3.11 code units by computed goto (HS_COMPUTED_GOTO) or a switch.
// Semantics, reference movement and error paths follow Python/ceval.c of 3.11.
//
// Sections: macros · entry · frame start/resume · opcodes (loads/stores, operators, containers,
// control flow, calls, exceptions, generators, misc) · error / unwind · exit
#include "vm/eval.h"

#include "objects/async_generator_object.h"
#include "objects/bool_object.h"
#include "objects/builtin_function_object.h"
#include "objects/cell_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/exception_group.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/function_object.h"
#include "objects/generator_object.h"
#include "objects/int_object.h"
#include "objects/iterator_objects.h"
#include "objects/list_object.h"
#include "objects/method_object.h"
#include "objects/range_object.h"
#include "objects/set_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/protocols_call_fast.h"
#include "runtime/type_methods.h"
#include "vm/eval_attr_cache.h"
#include "vm/eval_internal.h"
#include "vm/eval_precall_forms.h"
#include "vm/opcodes.h"

#include <cmath>

// Computed goto (gcc, clang on native targets): an instruction body's DISPATCH() ends in its own
// indirect jump (the compilers do not tail-duplicate a shared dispatch block of this size back into
// the bodies). No indirect goto may sit inside a scope holding a Ref (clang rejects it; gcc would
// skip the destructor): such bodies use DISPATCH_AFTER_SCOPE(). HS_COMPUTED_GOTO=0 selects the
// portable switch, which WebAssembly also gets: it has no indirect jump, and LLVM lowers a computed
// goto to a load of the label's number from the targets table and then the br_table a switch on
// the opcode is by itself (fib 14% faster in V8).
#ifndef HS_COMPUTED_GOTO
#if (defined(__GNUC__) || defined(__clang__)) && !defined(__wasm__)
#define HS_COMPUTED_GOTO 1
#else
#define HS_COMPUTED_GOTO 0
#endif
#endif

// Every `goto error` test in the opcode bodies is HS_UNLIKELY: GCC then lays the error exits out of
// the hot bodies' straight lines (fib 4% faster natively, same instruction count).
#if defined(__GNUC__) || defined(__clang__)
#define HS_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define HS_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define HS_UNLIKELY(x) (x)
#define HS_ALWAYS_INLINE inline
#endif

namespace hs {

namespace {

// Fast paths for small ints (BINARY_OP_ADD_INT / COMPARE_OP_INT_JUMP's effect, no allocation
// beyond what CPython does): both operands exact ints that fit in int64.
inline bool smallIntPair(Interpreter& interp, Object* a, Object* b, std::int64_t& x, std::int64_t& y) {
    if (a->type != interp.types.int_ || b->type != interp.types.int_ || !intValue(a).isSmall() || !intValue(b).isSmall())
        return false;
    x = intValue(a).small();
    y = intValue(b).small();
    return true;
}

// The outcome of comparison `cmpop` (Py_LT..Py_GE) from the operands' order (lt: a < b, gt: a > b;
// neither: equal), as the *_JUMP forms derive it from the sign.
HS_ALWAYS_INLINE bool compareSigns(bool lt, bool gt, int cmpop) {
    switch (cmpop) {
    case 0: return lt;
    case 1: return !gt;
    case 2: return !lt && !gt;
    case 3: return lt || gt;
    case 4: return gt;
    default: return !lt;
    }
}

// IS_MEDIUM_VALUE of two exact ints (|v| < 2**30, one digit), with their values.
HS_ALWAYS_INLINE bool mediumIntPair(Object* a, Object* b, std::int64_t& x, std::int64_t& y) {
    constexpr std::uint64_t kSpan = (std::uint64_t(1) << 31) - 1; // -(2**30 - 1) .. 2**30 - 1
    constexpr std::uint64_t kBias = (std::uint64_t(1) << 30) - 1;
    const BigInt& va = intValue(a);
    const BigInt& vb = intValue(b);
    if (!va.isSmall() || !vb.isSmall()) return false;
    x = va.small();
    y = vb.small();
    return std::uint64_t(x) + kBias < kSpan && std::uint64_t(y) + kBias < kSpan;
}

// _PyLong_FromSTwoDigits: the cached small int (new reference) without a call, else newInt.
// Nullptr with MemoryError pending.
HS_ALWAYS_INLINE Object* intFromMedium(Interpreter& interp, std::int64_t v) {
    if (v >= Interpreter::kSmallIntMin && v <= Interpreter::kSmallIntMax) {
        Object* o = interp.smallInt(v);
        incref(o);
        return o;
    }
    return newInt(interp, v).release();
}

// long_add / long_sub / long_mul of two exact ints (new reference, nullptr + error): the
// medium-value path (both operands single-digit, _PyLong_FromSTwoDigits) inline. What the generic
// BINARY_OP and its specialised int forms compute.
HS_ALWAYS_INLINE Object* intAdd(Interpreter& interp, Object* a, Object* b) {
    std::int64_t x, y;
    return mediumIntPair(a, b, x, y) ? intFromMedium(interp, x + y) : intAddSubExact(interp, a, b, false);
}
HS_ALWAYS_INLINE Object* intSubtract(Interpreter& interp, Object* a, Object* b) {
    std::int64_t x, y;
    return mediumIntPair(a, b, x, y) ? intFromMedium(interp, x - y) : intAddSubExact(interp, a, b, true);
}
HS_ALWAYS_INLINE Object* intMultiply(Interpreter& interp, Object* a, Object* b) {
    std::int64_t x, y;
    return mediumIntPair(a, b, x, y) ? intFromMedium(interp, x * y) : intMul(a, b).release();
}

// BINARY_OP on two operands of one exact built-in numeric type (int, float): binary_op1 would
// call that type's own slot and nothing else (int and float have no in-place slots), so it is
// called directly; a missing slot or a NotImplemented answer takes the generic path.
Object* exactNumberBinaryOp(Interpreter& interp, Object* lhs, Object* rhs, int oparg) {
    const int base = oparg >= nbop::INPLACE_ADD ? oparg - nbop::INPLACE_ADD : oparg;
    const NumberSlots* slots = lhs->type->slots.number;
    if (slots->binary[base] != nullptr && (base == oparg || slots->binary[oparg] == nullptr)) {
        Object* res = slots->binary[base](lhs, rhs);
        if (res != interp.notImplemented) return res;
        decref(res);
    }
    return binaryOp(lhs, rhs, oparg).release();
}

// The ways into evalLoop's dispatch loop (a fresh frame, a resumed one, an exception thrown in, an
// exception thrown into a too-deep stack), as pseudo-opcodes past the 256 real ones. WebAssembly's
// control flow is structured: a loop entered at several places is irreducible, and LLVM repairs it
// by routing every iteration (every instruction's dispatch) through an extra br_table that picks
// the entry (wasm fib ran 25% slower). So on wasm the loop is entered only through its dispatch
// switch, with a pseudo-opcode, and the error labels go back into it the same way. Natively the
// entries are plain gotos: computed-goto targets for them cost GCC's code layout more than the
// single entry saves.
enum LoopEntry : int { kEnterFrame = 256, kEnterResumed, kEnterThrown, kEnterUnwinding };
#if defined(__wasm__)
#define HS_SINGLE_ENTRY_LOOP 1
#else
#define HS_SINGLE_ENTRY_LOOP 0
#endif
#if HS_SINGLE_ENTRY_LOOP && HS_COMPUTED_GOTO
#error "the single-entry loop is entered through the dispatch switch (HS_COMPUTED_GOTO=0)"
#endif

// Cold opcodes under WebAssembly. V8's register allocator keeps the dispatch loop's values (sp,
// nextInstr, frame, opcode, oparg, the memory base) in registers only while the loop is small
// enough: past about 110 opcode bodies it keeps all of them in stack slots, so that every body
// reloads them and every dispatch stores them back (wasm fib(25) ~25% slower; which bodies does not
// matter, their number does). So on wasm the opcodes below, rare in the loops a learner writes or
// costly by themselves (imports, class bodies, async, pattern matching, with, raise and except,
// function and closure set-up, calls with keywords), leave evalLoop: its switch sends them to
// runColdOpcode, which runs that one instruction with the same bodies (the same .inc files,
// compiled a second time) and tells evalLoop where to continue; the round trip costs a call and
// seven stores and loads. Moving them (wasm_ab, CPU time): fib(25) 0.74x, method calls 0.80x,
// list ops 0.82x, the other workloads 0.91-1.03x. Natively (computed goto, GCC's allocator) the
// loop keeps every body.
#if defined(__wasm__)
#define HS_SPLIT_COLD_OPCODES 1
#else
#define HS_SPLIT_COLD_OPCODES 0
#endif
#define HS_COLD_OPCODES(X)                                                                         \
    X(CACHE) X(UNARY_POSITIVE) X(UNARY_INVERT) X(GET_LEN) X(MATCH_MAPPING) X(MATCH_SEQUENCE)       \
    X(MATCH_KEYS) X(MATCH_CLASS) X(CHECK_EG_MATCH) X(PREP_RERAISE_STAR) X(GET_AITER) X(GET_ANEXT)  \
    X(BEFORE_ASYNC_WITH) X(END_ASYNC_FOR) X(GET_AWAITABLE) X(ASYNC_GEN_WRAP) X(SEND)               \
    X(GET_YIELD_FROM_ITER) X(PRINT_EXPR) X(LOAD_BUILD_CLASS) X(LOAD_ASSERTION_ERROR)               \
    X(RETURN_GENERATOR) X(IMPORT_STAR) X(SETUP_ANNOTATIONS) X(IMPORT_NAME) X(IMPORT_FROM)          \
    X(DELETE_ATTR) X(DELETE_GLOBAL) X(DELETE_DEREF) X(DELETE_SUBSCR) X(UNPACK_EX)                  \
    X(JUMP_BACKWARD_NO_INTERRUPT) X(LOAD_CLASSDEREF) X(BUILD_CONST_KEY_MAP) X(SET_UPDATE)          \
    X(DICT_MERGE) X(DICT_UPDATE) X(CALL_FUNCTION_EX) X(RAISE_VARARGS) X(RERAISE)                   \
    X(WITH_EXCEPT_START) X(BEFORE_WITH) X(PUSH_EXC_INFO) X(POP_EXCEPT) X(CHECK_EXC_MATCH)          \
    X(EXTENDED_ARG) X(BUILD_SLICE) X(LIST_TO_TUPLE) X(BUILD_SET) X(MAKE_CELL) X(COPY_FREE_VARS)    \
    X(LOAD_CLOSURE) X(MAKE_FUNCTION) X(POP_JUMP_BACKWARD_IF_NOT_NONE) X(POP_JUMP_BACKWARD_IF_NONE) \
    X(PRECALL_BUILTIN_FAST_WITH_KEYWORDS) X(PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS)
constexpr bool isColdOpcode(int opcode) {
#define HS_COLD_TEST(name) || opcode == op::name
    return HS_SPLIT_COLD_OPCODES && (false HS_COLD_OPCODES(HS_COLD_TEST));
#undef HS_COLD_TEST
}

// The loop's values runColdOpcode reads and gives back, and where evalLoop goes on.
struct LoopRegisters {
    Frame* frame;
    Object** sp;
    CodeUnit* nextInstr;
    Object* kwnames;
    Object* retval;
    int opcode;
    int oparg;
};
enum class ColdExit {
    Dispatch,          // the instruction is done: the next one's dispatch
    Redispatch,        // run `opcode` (not cold) with `oparg` now, without a dispatch (EXTENDED_ARG)
    StartFrame,        // a frame was pushed (frame): start it
    Error,             // goto error
    ExceptionUnwind,   // goto exception_unwind (the exception is set and normalised)
    ExitLoop,          // goto exit_loop (retval and exit are set)
    BadExceptionOperand,
    UnboundLocal,
};
#if HS_SPLIT_COLD_OPCODES
ColdExit runColdOpcode(VmState& vm, LoopRegisters& regs, EvalExit& exit);
// evalLoop calls runColdOpcode through this pointer: Binaryen's optimizer (emcc's link step)
// inlines a function with one call site whatever its size, which would put the cold bodies back.
ColdExit (*volatile coldOpcodeRunner)(VmState&, LoopRegisters&, EvalExit&) = runColdOpcode;
#endif

} // namespace

// GCC's manual: computed-goto interpreters run faster without global common subexpression elimination.
// Register-pressure-aware scheduling before register allocation (-fschedule-insns -fsched-pressure)
// keeps sp, nextInstr, frame and vm in registers through the bodies: without it GCC's allocator
// spilled sp or the code base in the hottest ones (LOAD_FAST, LOAD_CONST), and fib ran ~12% slower
// (143.9M against 137.8M instructions for fib(25) under callgrind; every bench workload gains).
// The allocation is fragile: check a hot body's disassembly (no %rsp operands in LOAD_FAST) and
// the bench after any change to this function's locals.
// Under WebAssembly V8's TurboFan allocates this function's registers, and at the dispatch loop's
// header it keeps the loop's values (wasm memory base, sp, nextInstr, frame, opcode, oparg) either in
// registers or in stack slots for every instruction at once. What decides it is how many opcode
// bodies the loop holds (a bisection over the bodies, 2026-11-23: up to about 110 registers, from
// about 112 stack slots, whichever bodies they are), so the cold opcodes run out of line on wasm
// (HS_COLD_OPCODES, runColdOpcode below). Check the header after any change to this function: relink
// the wasm CLI with --profiling-funcs, run it under node --no-liftoff --print-wasm-code, and look at
// the instructions before evalLoop's first `jmp [r10+reg*8]` (the opcode in a register, not loaded
// from [rbp-...]); compare builds with tests/bench/wasm_ab.py.
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-gcse", "schedule-insns", "sched-pressure")))
#endif
Object* evalLoop(VmState& vm, Frame* frame, bool throwflag, bool resumable, EvalExit& exit) {
    Interpreter& interp = vm.interp;
    const bool resuming = resumable && frame == vm.currentFrame;
    if (!resuming) {
        frame->isEntry = true;
        frame->previous = vm.currentFrame;
        vm.currentFrame = frame;
    }
    if (++vm.evalNesting > VmLimits::kMaxEvalNesting) {
        --vm.evalNesting;
        vm.currentFrame = frame->previous;
        raiseRecursionError(interp, "");
        exit = EvalExit::Error;
        return nullptr;
    }
    // Nested loops run to completion: they do not see the outer loop's budget (a stop request still
    // reaches them as KeyboardInterrupt).
    const std::int64_t savedLimit = vm.tickLimit;
    if (!resumable && !vm.stopRequested) vm.setTickLimit(INT64_MAX);

    Object* retval = nullptr;
    Object* kwnames = nullptr; // call_shape.kwnames
    // The running frame's next code unit (3.11's next_instr), in its code's `quickened`: the
    // per-instruction record of frame->prevInstr is one store, and no register holds the code's base.
    CodeUnit* nextInstr = nullptr;
    Object** sp = nullptr;
    Object* const* consts = nullptr;
    Object* const* names = nullptr;
    int opcode = 0;
    int oparg = 0;

#define SET_LOCALS_FROM_FRAME()                                             \
    do {                                                                    \
        CodeObject* co_ = frame->code;                                      \
        consts = co_->constItems;                                           \
        names = co_->nameItems;                                             \
        nextInstr = frame->prevInstr + 1;                                   \
        sp = frame->localsplus() + frame->stacktop;                         \
    } while (0)
// The frame's local slots (at a fixed offset from `frame`: no register of their own).
#define fastlocals (frame->localsplus())
#define SAVE_SP() (frame->stacktop = static_cast<int>(sp - fastlocals))
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define SET_SECOND(v) (sp[-2] = (v))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define STACK_SHRINK(n) (sp -= (n))
#define STACK_GROW(n) (sp += (n))
#define GETLOCAL(i) (fastlocals[(i)])
#define SETLOCAL(i, v)                      \
    do {                                    \
        Object* old_ = fastlocals[(i)];     \
        fastlocals[(i)] = (v);              \
        xdecref(old_);                      \
    } while (0)
#define JUMPBY(n) (nextInstr += (n))
#define JUMPTO(i) (nextInstr = frame->code->quickened.data() + (i))
#define INSTR_INDEX() (static_cast<int>(nextInstr - frame->code->quickened.data()))
#define CONST(i) (consts[(i)])
#define NAME(i) (names[(i)])

// The quickened forms the loop runs (code_object.h's quickenCode writes them into `quickened`).
#define HS_QUICKENED_OPCODES(X)                        \
    X(LOAD_FAST__LOAD_FAST, op::LOAD_FAST__LOAD_FAST)     \
    X(LOAD_FAST__LOAD_CONST, op::LOAD_FAST__LOAD_CONST)   \
    X(LOAD_CONST__LOAD_FAST, op::LOAD_CONST__LOAD_FAST)   \
    X(STORE_FAST__LOAD_FAST, op::STORE_FAST__LOAD_FAST)   \
    X(STORE_FAST__STORE_FAST, op::STORE_FAST__STORE_FAST)   \
    X(RESUME_QUICK, op::RESUME_QUICK)                     \
    X(JUMP_BACKWARD_QUICK, op::JUMP_BACKWARD_QUICK)       \
    X(BINARY_OP_ADAPTIVE, op::BINARY_OP_ADAPTIVE)         \
    X(BINARY_OP_ADD_INT, op::BINARY_OP_ADD_INT)           \
    X(BINARY_OP_SUBTRACT_INT, op::BINARY_OP_SUBTRACT_INT) \
    X(BINARY_OP_MULTIPLY_INT, op::BINARY_OP_MULTIPLY_INT) \
    X(BINARY_OP_ADD_FLOAT, op::BINARY_OP_ADD_FLOAT)       \
    X(BINARY_OP_SUBTRACT_FLOAT, op::BINARY_OP_SUBTRACT_FLOAT) \
    X(BINARY_OP_MULTIPLY_FLOAT, op::BINARY_OP_MULTIPLY_FLOAT) \
    X(BINARY_OP_ADD_UNICODE, op::BINARY_OP_ADD_UNICODE)   \
    X(BINARY_OP_INPLACE_ADD_UNICODE, op::BINARY_OP_INPLACE_ADD_UNICODE) \
    X(COMPARE_OP_ADAPTIVE, op::COMPARE_OP_ADAPTIVE)       \
    X(COMPARE_OP_INT_JUMP, op::COMPARE_OP_INT_JUMP)       \
    X(COMPARE_OP_FLOAT_JUMP, op::COMPARE_OP_FLOAT_JUMP)   \
    X(COMPARE_OP_STR_JUMP, op::COMPARE_OP_STR_JUMP)       \
    X(PRECALL_ADAPTIVE, op::PRECALL_ADAPTIVE)             \
    X(PRECALL_PYFUNC, op::PRECALL_PYFUNC)                 \
    X(PRECALL_BOUND_METHOD, op::PRECALL_BOUND_METHOD)     \
    X(PRECALL_BUILTIN_CLASS, op::PRECALL_BUILTIN_CLASS)   \
    X(PRECALL_NO_KW_TYPE_1, op::PRECALL_NO_KW_TYPE_1)     \
    X(PRECALL_NO_KW_STR_1, op::PRECALL_NO_KW_STR_1)       \
    X(PRECALL_NO_KW_TUPLE_1, op::PRECALL_NO_KW_TUPLE_1)   \
    X(PRECALL_NO_KW_BUILTIN_O, op::PRECALL_NO_KW_BUILTIN_O) \
    X(PRECALL_NO_KW_BUILTIN_FAST, op::PRECALL_NO_KW_BUILTIN_FAST) \
    X(PRECALL_BUILTIN_FAST_WITH_KEYWORDS, op::PRECALL_BUILTIN_FAST_WITH_KEYWORDS) \
    X(PRECALL_NO_KW_LEN, op::PRECALL_NO_KW_LEN)           \
    X(PRECALL_NO_KW_ISINSTANCE, op::PRECALL_NO_KW_ISINSTANCE) \
    X(PRECALL_NO_KW_LIST_APPEND, op::PRECALL_NO_KW_LIST_APPEND) \
    X(PRECALL_NO_KW_METHOD_DESCRIPTOR_O, op::PRECALL_NO_KW_METHOD_DESCRIPTOR_O) \
    X(PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS, op::PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS) \
    X(PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST, op::PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST) \
    X(PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS, op::PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS)
#if HS_COMPUTED_GOTO
    // Filled once from HS_OPCODES and HS_QUICKENED_OPCODES, so every opcode with a handler has its label.
    static void* kTargets[256];
    if (!kTargets[0]) {
        for (void*& target : kTargets) target = &&L_unknown_opcode;
#define HS_TARGET_ENTRY(name, num, ...) kTargets[num] = &&L_##name;
        HS_OPCODES(HS_TARGET_ENTRY)
        HS_QUICKENED_OPCODES(HS_TARGET_ENTRY)
#undef HS_TARGET_ENTRY
    }
#define TARGET(op) L_##op:
#define DISPATCH_GOTO() goto* kTargets[opcode]
#else
#define TARGET(op) L_##op:
#define DISPATCH_GOTO() goto dispatch_switch
#endif
    // DISPATCH(): the next instruction, decoded and jumped to right here (each body its own indirect
    // jump, so the branch predictor sees which opcode follows which: fib 7% faster natively than one
    // shared jump): count a tick (budget / clock), record prevInstr, decode, jump. With computed goto
    // no Ref may be alive in its scope (gcc would skip the destructor; clang refuses: the
    // eval_goto_scopes test compiles this file with clang to check).
#define DISPATCH()                                                          \
    do {                                                                    \
        if (HS_UNLIKELY(--vm.ticksLeft < 0)) goto tick_limit;               \
        frame->prevInstr = nextInstr;                                       \
        {                                                                   \
            const unsigned unit_ = *nextInstr++;                            \
            opcode = static_cast<int>(unit_ & 0xffu);                       \
            oparg = static_cast<int>(unit_ >> 8);                           \
        }                                                                   \
        DISPATCH_GOTO();                                                    \
    } while (0)
    // DISPATCH_AFTER_SCOPE(): DISPATCH() from inside a scope holding a Ref: a direct goto to the
    // shared dispatch block, which leaves the scope first (its Refs are destroyed).
#define DISPATCH_AFTER_SCOPE() goto dispatch_next
    // Runs the next instruction, known to be OP, without a dispatch: it starts as an instruction of
    // its own (one tick, its prevInstr, its oparg) when the budget allows; otherwise the dispatch
    // stops before it. How superinstructions and the fused pairs (FOR_ITER + store, ...) continue.
#define CHAIN_TO(OP)                                                        \
    do {                                                                    \
        if (HS_UNLIKELY(vm.ticksLeft <= 0)) goto dispatch_next;             \
        --vm.ticksLeft;                                                     \
        frame->prevInstr = nextInstr;                                       \
        oparg = unitOparg(*nextInstr++);                                    \
        goto L_##OP;                                                        \
    } while (0)
    // Into the loop from outside it or from the error labels, at LABEL (ENTRY: its LoopEntry).
#if HS_SINGLE_ENTRY_LOOP
#define ENTER_LOOP(ENTRY, LABEL)                                            \
    do {                                                                    \
        opcode = (ENTRY);                                                   \
        DISPATCH_GOTO();                                                    \
    } while (0)
#else
#define ENTER_LOOP(ENTRY, LABEL) goto LABEL
#endif
    // CHAIN_TO(OP) when the next instruction is OP; a plain dispatch otherwise.
#define CHAIN_IF_NEXT(OP)                                                   \
    do {                                                                    \
        if (unitOpcode(*nextInstr) == op::OP) CHAIN_TO(OP);                 \
        DISPATCH();                                                         \
    } while (0)

    if (resuming) {
        kwnames = std::exchange(vm.suspendedKwnames, nullptr);
        SET_LOCALS_FROM_FRAME();
        ENTER_LOOP(kEnterResumed, dispatch_next);
    }
    if (throwflag) {
        if (!enterRecursiveCall(interp, "")) {
            ++vm.recursionDepth; // exit_unwind leaves once
            ENTER_LOOP(kEnterUnwinding, exit_unwind);
        }
        SET_LOCALS_FROM_FRAME();
        ENTER_LOOP(kEnterThrown, resume_with_error_noload);
    }
    ENTER_LOOP(kEnterFrame, start_frame);

start_frame:
    if (++vm.recursionDepth > vm.recursionLimit) {
        if (!vm.recursionHeadroom) {
            vm.recursionHeadroom = true;
            raiseRecursionError(interp, "");
            vm.recursionHeadroom = false;
        }
        goto exit_unwind;
    }
    SET_LOCALS_FROM_FRAME();
    // A fresh frame's RESUME (it only warms the code up until it is quickened) runs here as its own
    // instruction when the budget allows it to start: one tick and its prevInstr, without a dispatch.
    if (const unsigned first = *nextInstr & 0xffu; (first == op::RESUME_QUICK || first == op::RESUME) && vm.ticksLeft > 0) {
        --vm.ticksLeft;
        frame->prevInstr = nextInstr++;
        if (first == op::RESUME) warmupCode(frame->code);
    }
    DISPATCH();

tick_limit:
    // The budget ran out (or a stop was requested) before the next instruction: it did not start.
    ++vm.ticksLeft;
    if (resumable) {
        vm.suspendedKwnames = kwnames;
        frame->prevInstr = nextInstr - 1;
        SAVE_SP();
        vm.setTickLimit(savedLimit);
        --vm.evalNesting;
        exit = EvalExit::Suspended;
        return nullptr;
    }
    if (vm.stopRequested) {
        raiseType(interp, vm.exc.KeyboardInterrupt);
        frame->prevInstr = nextInstr - 1;
        goto error;
    }
    vm.setTickLimit(INT64_MAX);
    DISPATCH();

dispatch_next:
    DISPATCH();
#if !HS_COMPUTED_GOTO
dispatch_switch:
    switch (opcode) {
#define HS_CASE(name, num, ...) \
    case num: if constexpr (isColdOpcode(num)) goto cold_opcode; else goto L_##name;
        HS_OPCODES(HS_CASE)
        HS_QUICKENED_OPCODES(HS_CASE)
#undef HS_CASE
#if HS_SINGLE_ENTRY_LOOP
    case kEnterFrame: goto start_frame;
    case kEnterResumed: goto dispatch_next;
    case kEnterThrown: goto resume_with_error_noload;
    case kEnterUnwinding: goto exit_unwind;
#endif
    default: goto L_unknown_opcode;
    }
#endif

#if HS_SPLIT_COLD_OPCODES
cold_opcode : {
    LoopRegisters regs{frame, sp, nextInstr, kwnames, retval, opcode, oparg};
    const ColdExit next = coldOpcodeRunner(vm, regs, exit);
    frame = regs.frame;
    sp = regs.sp;
    nextInstr = regs.nextInstr;
    kwnames = regs.kwnames;
    retval = regs.retval;
    opcode = regs.opcode;
    oparg = regs.oparg;
    consts = frame->code->constItems;
    names = frame->code->nameItems;
    switch (next) {
    case ColdExit::Dispatch: DISPATCH();
    case ColdExit::Redispatch: DISPATCH_GOTO();
    case ColdExit::StartFrame: goto start_frame;
    case ColdExit::Error: goto error;
    case ColdExit::ExceptionUnwind: goto exception_unwind;
    case ColdExit::ExitLoop: goto exit_loop;
    case ColdExit::BadExceptionOperand: goto bad_exception_operand;
    case ColdExit::UnboundLocal: goto unbound_local_error;
    }
    goto L_unknown_opcode;
}
#endif

    // The opcode bodies (TARGET blocks), grouped by what they do; they share this function's
    // locals, macros and labels.
#include "vm/eval_ops_names.inc"

#include "vm/eval_ops_values.inc"

#include "vm/eval_ops_flow.inc"

    // ================================================================ errors
bad_exception_operand:
    raiseError(interp, vm.exc.SystemError, std::string(opcodeName(opcodeDeopt(opcode))) + " of an object that is not an exception");
    goto error;

unbound_local_error:
    raiseUnboundLocal(vm, frame->code, oparg);
    goto error;

resume_with_error:
    SET_LOCALS_FROM_FRAME();
resume_with_error_noload:
error:
    kwnames = nullptr;
    if (!errOccurred(interp)) raiseError(interp, vm.exc.SystemError, "error return without exception set");
    normalizedError(interp);
    if (!frame->isIncomplete()) tracebackHere(vm, frame);

exception_unwind : {
    ExceptionHandler handler;
    const int offset = INSTR_INDEX() - 1;
    if (!frame->code->handlerFor(offset, handler)) {
        Object** stackbase = frame->stackBase();
        while (sp > stackbase) {
            Object* o = POP();
            xdecref(o);
        }
        SAVE_SP();
        goto exit_unwind;
    }
    Object** newTop = frame->stackBase() + handler.depth;
    if (HS_UNLIKELY(sp < newTop)) {
        // Only code made by code.replace() can get here: its handler expects more than the stack
        // holds. The frame is left with SystemError instead.
        raiseError(interp, vm.exc.SystemError, "exception handler depth is above the stack");
        while (sp > frame->stackBase()) xdecref(POP());
        SAVE_SP();
        goto exit_unwind;
    }
    while (sp > newTop) {
        Object* v = POP();
        xdecref(v);
    }
    if (handler.pushLasti) {
        Ref lasti = newInt(interp, frame->lastIndex());
        if (!lasti) goto exception_unwind;
        PUSH(lasti.release());
    }
    Ref exc = fetchError(interp);
    if (!exceptionTraceback(exc.get())) {
        // PyException_SetTraceback(val, Py_None): nothing to store.
    }
    PUSH(exc.release());
    JUMPTO(handler.target);
    goto exception_handled;
}
exception_handled:
    // A path from the error labels straight to the dispatch would close a second loop, entered
    // at many places.
    ENTER_LOOP(kEnterResumed, dispatch_next);

exit_unwind:
    --vm.recursionDepth;
    if (frame->isEntry) {
        exit = EvalExit::Error;
        goto exit_loop;
    }
    {
        Frame* dying = frame;
        frame = dying->previous;
        vm.currentFrame = frame;
        // An inline __init__ frame also ends its class call: the caller's CALL fails (endClassCall
        // releases what CALL would before its error; nothing is pushed).
        if (HS_UNLIKELY(dying->initSelf != nullptr)) endClassCall(vm, frame, dying, nullptr);
        else clearAndPopFrame(vm, dying);
    }
    goto resume_with_error;

exit_loop:
    vm.currentFrame = frame->previous;
    vm.setTickLimit(savedLimit);
    --vm.evalNesting;
    return retval;

}


#if HS_SPLIT_COLD_OPCODES
namespace {
// One cold instruction (opcode and oparg decoded, its tick taken, prevInstr recorded) run with
// evalLoop's bodies and macros: every way out of a body saves the loop's values in `regs` and
// names the evalLoop label to continue at. The bodies of opcodes that are not cold are reached
// only by the cold ones' CHAIN_TO, or handed back (Redispatch).
ColdExit runColdOpcode(VmState& vm, LoopRegisters& regs, EvalExit& exit) {
    Interpreter& interp = vm.interp;
    Frame* frame = regs.frame;
    Object** sp = regs.sp;
    CodeUnit* nextInstr = regs.nextInstr;
    Object* kwnames = regs.kwnames;
    Object* retval = regs.retval;
    int opcode = regs.opcode;
    int oparg = regs.oparg;
    Object* const* consts = frame->code->constItems;
    Object* const* names = frame->code->nameItems;
    ColdExit next = ColdExit::Dispatch;
#undef DISPATCH
#undef DISPATCH_GOTO
#define DISPATCH() goto dispatch_next
#define DISPATCH_GOTO() goto cold_switch
cold_switch:
    switch (opcode) {
#define HS_CASE(name, num, ...) \
    case num: if constexpr (isColdOpcode(num)) goto L_##name; else goto redispatch;
        HS_OPCODES(HS_CASE)
        HS_QUICKENED_OPCODES(HS_CASE)
#undef HS_CASE
    default: goto L_unknown_opcode;
    }

#include "vm/eval_ops_names.inc"

#include "vm/eval_ops_values.inc"

#include "vm/eval_ops_flow.inc"

    // The labels the bodies leave by, each naming where evalLoop goes on.
#define HS_LEAVE_AT(label, where) \
    label:                        \
    next = ColdExit::where;       \
    goto leave;
    HS_LEAVE_AT(redispatch, Redispatch)
    HS_LEAVE_AT(dispatch_next, Dispatch)
    HS_LEAVE_AT(start_frame, StartFrame)
    HS_LEAVE_AT(error, Error)
    HS_LEAVE_AT(exception_unwind, ExceptionUnwind)
    HS_LEAVE_AT(exit_loop, ExitLoop)
    HS_LEAVE_AT(bad_exception_operand, BadExceptionOperand)
    HS_LEAVE_AT(unbound_local_error, UnboundLocal)
#undef HS_LEAVE_AT
leave:
    regs = LoopRegisters{frame, sp, nextInstr, kwnames, retval, opcode, oparg};
    return next;
}
} // namespace
#endif

#undef SET_LOCALS_FROM_FRAME
#undef SAVE_SP
#undef fastlocals
#undef TOP
#undef SECOND
#undef THIRD
#undef PEEK
#undef SET_TOP
#undef SET_SECOND
#undef PUSH
#undef POP
#undef STACK_SHRINK
#undef STACK_GROW
#undef GETLOCAL
#undef SETLOCAL
#undef JUMPBY
#undef JUMPTO
#undef INSTR_INDEX
#undef CONST
#undef NAME
#undef TARGET
#undef DISPATCH
#undef DISPATCH_AFTER_SCOPE
#undef DISPATCH_GOTO
#undef CHAIN_TO
#undef CHAIN_IF_NEXT
#undef ENTER_LOOP
#undef HS_QUICKENED_OPCODES

} // namespace hs
