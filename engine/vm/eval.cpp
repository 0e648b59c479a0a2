// The eval loop: one C++ function runs a chain of frames (Python calls push frames and jump, never
// recurse), dispatching 3.11 code units by computed goto (HS_COMPUTED_GOTO) or a switch.
// Semantics, reference movement and error paths follow Python/ceval.c of 3.11.
//
// Sections: macros · entry · frame start/resume · opcodes (loads/stores, operators, containers,
// control flow, calls, exceptions, generators, misc) · error / unwind · exit
#include "vm/eval.h"

#include "objects/bool_object.h"
#include "objects/cell_object.h"
#include "objects/dict_object.h"
#include "objects/exception_group.h"
#include "objects/exception_object.h"
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
#include "runtime/type_methods.h"
#include "vm/eval_internal.h"
#include "vm/opcodes.h"

// Computed goto (gcc, clang, Emscripten): an instruction body's DISPATCH() is a direct goto to the
// shared dispatch block, which leaves the body's scope (so its owning Ref locals are destroyed) before
// the one indirect jump; the compilers tail-duplicate that small block back into the bodies. No
// indirect goto may sit inside a scope holding a Ref (clang rejects it; gcc would skip the
// destructor). HS_COMPUTED_GOTO=0 selects the portable switch.
#ifndef HS_COMPUTED_GOTO
#if defined(__GNUC__) || defined(__clang__)
#define HS_COMPUTED_GOTO 1
#else
#define HS_COMPUTED_GOTO 0
#endif
#endif

#if defined(__GNUC__) || defined(__clang__)
#define HS_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define HS_UNLIKELY(x) (x)
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

} // namespace

// GCC's manual: computed-goto interpreters run faster without global common subexpression elimination.
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-gcse")))
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
    // The code units of the running frame and the index of the next one to run (an index rather
    // than a pointer: prevInstr is stored per instruction without a pointer subtraction).
    const CodeUnit* firstInstr = nullptr;
    int nextIndex = 0;
    Object** sp = nullptr;
    Object* const* consts = nullptr;
    Object* const* names = nullptr;
    int opcode = 0;
    int oparg = 0;

#define SET_LOCALS_FROM_FRAME()                                             \
    do {                                                                    \
        CodeObject* co_ = frame->code;                                      \
        consts = tupleItems(co_->consts);                                   \
        names = tupleItems(co_->names);                                     \
        firstInstr = co_->code.data();                                      \
        nextIndex = frame->prevInstr + 1;                                   \
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
#define JUMPBY(n) (nextIndex += (n))
#define JUMPTO(i) (nextIndex = (i))
#define INSTR_INDEX() (nextIndex)
#define CONST(i) (consts[(i)])
#define NAME(i) (names[(i)])

#if HS_COMPUTED_GOTO
    // Filled once from HS_OPCODES, so every opcode with a handler has its label.
    static void* kTargets[256];
    if (!kTargets[0]) {
        for (void*& target : kTargets) target = &&L_unknown_opcode;
#define HS_TARGET_ENTRY(name, num, ...) kTargets[num] = &&L_##name;
        HS_OPCODES(HS_TARGET_ENTRY)
#undef HS_TARGET_ENTRY
    }
#define TARGET(op) L_##op:
#define DISPATCH_GOTO() goto* kTargets[opcode]
#else
#define TARGET(op) L_##op:
#define DISPATCH_GOTO() goto dispatch_switch
#endif
    // Every instruction: count a tick (budget / clock), record prevInstr, decode, jump.
#define DISPATCH_NOW()                                                      \
    do {                                                                    \
        if (HS_UNLIKELY(--vm.ticksLeft < 0)) goto tick_limit;               \
        frame->prevInstr = nextIndex;                                       \
        {                                                                   \
            const unsigned unit_ = firstInstr[nextIndex++];                 \
            opcode = static_cast<int>(unit_ & 0xffu);                       \
            oparg = static_cast<int>(unit_ >> 8);                           \
        }                                                                   \
        DISPATCH_GOTO();                                                    \
    } while (0)
#if HS_COMPUTED_GOTO
#define DISPATCH() goto dispatch_next
#else
#define DISPATCH() DISPATCH_NOW()
#endif

    if (resuming) {
        kwnames = std::exchange(vm.suspendedKwnames, nullptr);
        SET_LOCALS_FROM_FRAME();
        DISPATCH();
    }
    if (throwflag) {
        if (!enterRecursiveCall(interp, "")) {
            ++vm.recursionDepth; // exit_unwind leaves once
            goto exit_unwind;
        }
        SET_LOCALS_FROM_FRAME();
        goto resume_with_error_noload;
    }

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
    DISPATCH();

tick_limit:
    // The budget ran out (or a stop was requested) before the next instruction: it did not start.
    ++vm.ticksLeft;
    if (resumable) {
        vm.suspendedKwnames = kwnames;
        frame->prevInstr = INSTR_INDEX() - 1;
        SAVE_SP();
        vm.setTickLimit(savedLimit);
        --vm.evalNesting;
        exit = EvalExit::Suspended;
        return nullptr;
    }
    if (vm.stopRequested) {
        raiseType(interp, vm.exc.KeyboardInterrupt);
        frame->prevInstr = INSTR_INDEX() - 1;
        goto error;
    }
    vm.setTickLimit(INT64_MAX);
    DISPATCH();

#if HS_COMPUTED_GOTO
dispatch_next:
    DISPATCH_NOW();
#else
dispatch_switch:
    switch (opcode) {
#define HS_CASE(name, num, ...) \
    case num: goto L_##name;
        HS_OPCODES(HS_CASE)
#undef HS_CASE
    default: goto L_unknown_opcode;
    }
#endif

    // ================================================================ loads and stores
    TARGET(NOP) { DISPATCH(); }
    TARGET(RESUME) { DISPATCH(); }
    TARGET(CACHE) { goto L_unknown_opcode; }

    TARGET(LOAD_CLOSURE) {
        Object* v = GETLOCAL(oparg);
        if (v == nullptr) goto unbound_local_error;
        incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_FAST) {
        Object* v = GETLOCAL(oparg);
        if (v == nullptr) goto unbound_local_error;
        incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        Object* v = CONST(oparg);
        incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        Object* v = POP();
        SETLOCAL(oparg, v);
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        Object* v = GETLOCAL(oparg);
        if (v != nullptr) {
            SETLOCAL(oparg, nullptr);
            DISPATCH();
        }
        goto unbound_local_error;
    }
    TARGET(POP_TOP) {
        Object* v = POP();
        decref(v);
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        PUSH(nullptr);
        DISPATCH();
    }
    TARGET(COPY) {
        Object* v = PEEK(oparg);
        incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(SWAP) {
        Object* top = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = top;
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        Object* name = NAME(oparg);
        Object* locals = frame->locals;
        Object* v = nullptr;
        if (locals == nullptr) {
            raiseError(interp, vm.exc.SystemError, "no locals when loading " + reprOf(name));
            goto error;
        }
        if (isDictExact(locals)) {
            v = dictGetItem(locals, name);
            if (v) incref(v);
            else if (errOccurred(interp)) goto error;
        } else {
            v = getItem(locals, name).release();
            if (!v) {
                if (!errMatches(interp, vm.exc.KeyError)) goto error;
                clearError(interp);
            }
        }
        if (!v) {
            v = dictGetItem(frame->globals, name);
            if (v) {
                incref(v);
            } else if (errOccurred(interp)) {
                goto error;
            } else {
                v = dictGetItem(frame->builtins, name);
                if (!v) {
                    if (!errOccurred(interp)) raiseNameErrorFor(vm, name);
                    goto error;
                }
                incref(v);
            }
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        Object* name = NAME(oparg);
        Object* v = POP();
        Object* locals = frame->locals;
        if (locals == nullptr) {
            raiseError(interp, vm.exc.SystemError, "no locals found when storing " + reprOf(name));
            decref(v);
            goto error;
        }
        const int err = isDictExact(locals) ? dictSetItem(locals, name, v) : setItem(locals, name, v);
        decref(v);
        if (err != 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        Object* name = NAME(oparg);
        Object* locals = frame->locals;
        if (locals == nullptr) {
            raiseError(interp, vm.exc.SystemError, "no locals when deleting " + reprOf(name));
            goto error;
        }
        if (delItem(locals, name) != 0) {
            clearError(interp);
            raiseNameErrorFor(vm, name);
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        const bool pushNull = oparg & 1;
        Object* v = loadGlobalCached(vm, frame, INSTR_INDEX() - 1, NAME(oparg >> 1));
        if (!v) goto error;
        incref(v);
        JUMPBY(5);
        if (pushNull) PUSH(nullptr);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        Object* v = POP();
        const int err = dictSetItem(frame->globals, NAME(oparg), v);
        decref(v);
        if (err != 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        Object* name = NAME(oparg);
        if (dictDelItem(frame->globals, name) != 0) {
            if (errMatches(interp, vm.exc.KeyError)) {
                clearError(interp);
                raiseNameErrorFor(vm, name);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(MAKE_CELL) {
        Object* initial = GETLOCAL(oparg);
        Ref cell = newCell(interp, initial);
        if (!cell) goto error;
        SETLOCAL(oparg, cell.release());
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Object* cell = GETLOCAL(oparg);
        Object* v = cellGet(cell);
        if (v == nullptr) {
            raiseUnboundLocal(vm, frame->code, oparg);
            goto error;
        }
        incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        Object* name = tupleItem(frame->code->localsplusnames, oparg);
        Object* locals = frame->locals;
        Object* v = nullptr;
        if (isDictExact(locals)) {
            v = dictGetItem(locals, name);
            if (v) incref(v);
            else if (errOccurred(interp)) goto error;
        } else {
            v = getItem(locals, name).release();
            if (!v) {
                if (!errMatches(interp, vm.exc.KeyError)) goto error;
                clearError(interp);
            }
        }
        if (!v) {
            v = cellGet(GETLOCAL(oparg));
            if (!v) {
                raiseUnboundLocal(vm, frame->code, oparg);
                goto error;
            }
            incref(v);
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        Object* v = POP();
        cellSet(GETLOCAL(oparg), v);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        Object* cell = GETLOCAL(oparg);
        if (cellGet(cell) != nullptr) {
            cellSet(cell, nullptr);
            DISPATCH();
        }
        raiseUnboundLocal(vm, frame->code, oparg);
        goto error;
    }
    TARGET(COPY_FREE_VARS) {
        CodeObject* co = frame->code;
        Object* closure = asFunction(frame->func)->closure;
        const int offset = co->nlocals + co->nplaincellvars;
        for (int i = 0; i < oparg; ++i) {
            Object* o = tupleItem(closure, i);
            incref(o);
            fastlocals[offset + i] = o;
        }
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        Object* name = NAME(oparg);
        Object* owner = TOP();
        Ref res = getAttr(owner, name);
        if (!res) goto error;
        decref(owner);
        SET_TOP(res.release());
        JUMPBY(4);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        Object* name = NAME(oparg);
        Object* owner = TOP();
        Object* v = SECOND();
        STACK_SHRINK(2);
        const int err = setAttr(owner, name, v);
        decref(v);
        decref(owner);
        if (err != 0) goto error;
        JUMPBY(4);
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        Object* owner = POP();
        const int err = setAttr(owner, NAME(oparg), nullptr);
        decref(owner);
        if (err != 0) goto error;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        Object* name = NAME(oparg);
        Object* obj = TOP();
        Ref meth;
        const bool unbound = getMethod(obj, name, meth);
        if (!meth) goto error;
        if (unbound) {
            // [meth, self]
            SET_TOP(meth.release());
            PUSH(obj);
        } else {
            // [NULL, meth]
            SET_TOP(nullptr);
            decref(obj);
            PUSH(meth.release());
        }
        JUMPBY(10);
        DISPATCH();
    }

    // ================================================================ operators
    TARGET(UNARY_POSITIVE) {
        Object* value = TOP();
        Ref res = numberPositive(value);
        decref(value);
        SET_TOP(res.release());
        if (TOP() == nullptr) goto error;
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        Object* value = TOP();
        Ref res = numberNegative(value);
        decref(value);
        SET_TOP(res.release());
        if (TOP() == nullptr) goto error;
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        Object* value = TOP();
        const int err = objectIsTrue(value);
        decref(value);
        if (err == 0) {
            incref(interp.trueObj);
            SET_TOP(interp.trueObj);
            DISPATCH();
        }
        if (err > 0) {
            incref(interp.falseObj);
            SET_TOP(interp.falseObj);
            DISPATCH();
        }
        STACK_SHRINK(1);
        goto error;
    }
    TARGET(UNARY_INVERT) {
        Object* value = TOP();
        Ref res = numberInvert(value);
        decref(value);
        SET_TOP(res.release());
        if (TOP() == nullptr) goto error;
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        Object* rhs = POP();
        Object* lhs = TOP();
        Object* res = nullptr;
        std::int64_t x, y;
        // long_add/long_sub/long_mul's medium-value path (both operands single-digit):
        // _PyLong_FromSTwoDigits (exact size). Everything else takes the generic path.
        constexpr std::int64_t kDigitLimit = std::int64_t(1) << 30;
        auto medium = [&]() {
            return smallIntPair(interp, lhs, rhs, x, y) && x > -kDigitLimit && x < kDigitLimit && y > -kDigitLimit &&
                   y < kDigitLimit;
        };
        switch (oparg) {
        case nbop::ADD:
        case nbop::INPLACE_ADD:
            res = medium() ? newInt(interp, x + y).release() : binaryOp(lhs, rhs, oparg).release();
            break;
        case nbop::SUBTRACT:
        case nbop::INPLACE_SUBTRACT:
            res = medium() ? newInt(interp, x - y).release() : binaryOp(lhs, rhs, oparg).release();
            break;
        case nbop::MULTIPLY:
        case nbop::INPLACE_MULTIPLY:
            res = medium() ? newInt(interp, x * y).release() : binaryOp(lhs, rhs, oparg).release();
            break;
        default:
            res = binaryOp(lhs, rhs, oparg).release();
            break;
        }
        decref(lhs);
        decref(rhs);
        SET_TOP(res);
        if (res == nullptr) goto error;
        JUMPBY(1);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        Object* right = POP();
        Object* left = TOP();
        Object* res;
        std::int64_t x, y;
        if (smallIntPair(interp, left, right, x, y)) {
            bool r = false;
            switch (oparg) {
            case 0: r = x < y; break;
            case 1: r = x <= y; break;
            case 2: r = x == y; break;
            case 3: r = x != y; break;
            case 4: r = x > y; break;
            default: r = x >= y; break;
            }
            res = newBool(interp, r);
        } else {
            res = compareOp(left, right, oparg).release();
        }
        decref(left);
        decref(right);
        SET_TOP(res);
        if (res == nullptr) goto error;
        JUMPBY(2);
        DISPATCH();
    }
    TARGET(IS_OP) {
        Object* right = POP();
        Object* left = TOP();
        const bool r = (left == right) ^ (oparg != 0);
        Object* b = r ? interp.trueObj : interp.falseObj;
        incref(b);
        SET_TOP(b);
        decref(left);
        decref(right);
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        Object* right = POP();
        Object* left = POP();
        const int res = containsOp(right, left);
        decref(left);
        decref(right);
        if (res < 0) goto error;
        Object* b = (res ^ oparg) ? interp.trueObj : interp.falseObj;
        incref(b);
        PUSH(b);
        DISPATCH();
    }

    // ================================================================ containers
    TARGET(BINARY_SUBSCR) {
        Object* sub = POP();
        Object* container = TOP();
        Object* res = nullptr;
        std::int64_t i;
        if (container->type == interp.types.list && sub->type == interp.types.int_ && intAsInt64(sub, i) && i >= 0 &&
            i < listSize(container)) {
            res = listItem(container, i);
            incref(res);
        } else {
            res = getItem(container, sub).release();
        }
        decref(container);
        decref(sub);
        SET_TOP(res);
        if (res == nullptr) goto error;
        JUMPBY(4);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Object* sub = TOP();
        Object* container = SECOND();
        Object* v = THIRD();
        STACK_SHRINK(3);
        const int err = setItem(container, sub, v);
        decref(v);
        decref(container);
        decref(sub);
        if (err != 0) goto error;
        JUMPBY(1);
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Object* sub = TOP();
        Object* container = SECOND();
        STACK_SHRINK(2);
        const int err = delItem(container, sub);
        decref(container);
        decref(sub);
        if (err != 0) goto error;
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        Ref tup = tupleFromArraySteal(interp, sp - oparg, oparg);
        if (!tup) goto error;
        STACK_SHRINK(oparg);
        PUSH(tup.release());
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        Ref list = newList(interp, oparg);
        if (!list) goto error;
        while (--oparg >= 0) listSetItemSteal(list.get(), oparg, POP());
        PUSH(list.release());
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        Object* list = POP();
        Ref tuple = listAsTuple(list);
        decref(list);
        if (!tuple) goto error;
        PUSH(tuple.release());
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        Object* iterable = POP();
        Object* list = PEEK(oparg);
        const int err = listExtendForDisplay(vm, list, iterable);
        decref(iterable);
        if (err < 0) goto error;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        Object* iterable = POP();
        Object* set = PEEK(oparg);
        Ref operand = setOperand(iterable);
        const int err = operand ? setUpdate(set, operand.get()) : -1;
        decref(iterable);
        if (err < 0) goto error;
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        Ref set = newSet(interp);
        int err = set ? 0 : -1;
        for (int i = oparg; i > 0; --i) {
            Object* item = PEEK(i);
            if (err == 0) err = setAdd(set.get(), item);
            decref(item);
        }
        STACK_SHRINK(oparg);
        if (err != 0) goto error;
        PUSH(set.release());
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        Ref map = dictFromItems(interp, sp - 2 * oparg, 2, sp - 2 * oparg + 1, 2, oparg);
        if (!map) goto error;
        while (oparg--) {
            decref(POP());
            decref(POP());
        }
        PUSH(map.release());
        DISPATCH();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
        Object* keys = TOP();
        if (!isExactTuple(keys) || tupleSize(keys) != oparg) {
            raiseError(interp, vm.exc.SystemError, "bad BUILD_CONST_KEY_MAP keys argument");
            goto error;
        }
        Ref map = dictFromItems(interp, tupleItems(keys), 1, sp - oparg - 1, 1, oparg);
        if (!map) goto error;
        decref(POP());
        while (oparg--) decref(POP());
        PUSH(map.release());
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        Object* update = POP();
        Object* dict = PEEK(oparg);
        const int err = dictUpdateForDisplay(vm, dict, update);
        decref(update);
        if (err < 0) goto error;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        Object* update = POP();
        Object* dict = PEEK(oparg);
        const int err = dictMergeForCall(vm, PEEK(oparg + 2), dict, update);
        decref(update);
        if (err < 0) goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Object* value = TOP();
        Object* key = SECOND();
        STACK_SHRINK(2);
        Object* map = PEEK(oparg);
        const int err = dictSetItemTake2(map, key, value);
        if (err != 0) goto error;
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Object* v = POP();
        Object* list = PEEK(oparg);
        const int err = listAppend(list, v);
        decref(v);
        if (err < 0) goto error;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Object* v = POP();
        Object* set = PEEK(oparg);
        const int err = setAdd(set, v);
        decref(v);
        if (err != 0) goto error;
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        Object* step = oparg == 3 ? POP() : nullptr;
        Object* stop = POP();
        Object* start = TOP();
        Ref slice = newSlice(interp, start, stop, step);
        decref(start);
        decref(stop);
        xdecref(step);
        SET_TOP(slice.release());
        if (TOP() == nullptr) goto error;
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        Object* str = buildString(vm, sp - oparg, oparg);
        if (!str) goto error;
        while (--oparg >= 0) decref(POP());
        PUSH(str);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        const int conversion = oparg & fvc::kMask;
        const bool haveSpec = (oparg & fvc::kSpecMask) == fvc::kHaveSpec;
        Object* spec = haveSpec ? POP() : nullptr;
        Object* value = POP();
        if (conversion != fvc::kNone) {
            Ref converted = conversion == fvc::kStr ? objectStr(value) : conversion == fvc::kRepr ? objectRepr(value) : objectAscii(value);
            decref(value);
            if (!converted) {
                xdecref(spec);
                goto error;
            }
            value = converted.release();
        }
        Object* result;
        if (value->type == interp.types.str && spec == nullptr) {
            result = value;
        } else {
            result = objectFormat(value, spec).release();
            decref(value);
            xdecref(spec);
            if (!result) goto error;
        }
        PUSH(result);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        Object* seq = POP();
        Object** top = sp + oparg;
        if (!unpackIterable(vm, seq, oparg, -1, top)) {
            decref(seq);
            goto error;
        }
        STACK_GROW(oparg);
        decref(seq);
        JUMPBY(1);
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        const int total = 1 + (oparg & 0xff) + (oparg >> 8);
        Object* seq = POP();
        Object** top = sp + total;
        if (!unpackIterable(vm, seq, oparg & 0xff, oparg >> 8, top)) {
            decref(seq);
            goto error;
        }
        STACK_GROW(total);
        decref(seq);
        DISPATCH();
    }
    TARGET(GET_LEN) {
        const std::int64_t n = objectLength(TOP());
        if (n < 0) goto error;
        Ref len = newInt(interp, n);
        if (!len) goto error;
        PUSH(len.release());
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) {
        Object* subject = TOP();
        const bool match = (subject->type->flags & tpflags::kMapping) != 0 || isDict(subject);
        Object* b = match ? interp.trueObj : interp.falseObj;
        incref(b);
        PUSH(b);
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE) {
        Object* subject = TOP();
        const bool match = (subject->type->flags & tpflags::kSequence) != 0 || isList(subject) || isTuple(subject) ||
                           isRange(subject);
        Object* b = match ? interp.trueObj : interp.falseObj;
        incref(b);
        PUSH(b);
        DISPATCH();
    }
    TARGET(MATCH_KEYS) {
        Object* v = matchKeys(vm, SECOND(), TOP());
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        Object* kwargs = POP();
        Object* type = POP();
        Object* subject = TOP();
        Object* attrs = matchClass(vm, subject, type, oparg, kwargs);
        decref(kwargs);
        decref(type);
        if (attrs) {
            SET_TOP(attrs);
        } else if (errOccurred(interp)) {
            goto error;
        } else {
            incref(interp.none);
            SET_TOP(interp.none);
        }
        decref(subject);
        DISPATCH();
    }

    // ================================================================ control flow
    TARGET(JUMP_FORWARD) {
        JUMPBY(oparg);
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD) {
        JUMPBY(-oparg);
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
        JUMPBY(-oparg);
        DISPATCH();
    }
#define POP_JUMP_IF_TRUTH(sense, delta)                                      \
    {                                                                        \
        Object* cond = POP();                                                \
        if (cond == interp.trueObj) {                                        \
            decref(cond);                                                    \
            if (sense) JUMPBY(delta);                                        \
        } else if (cond == interp.falseObj) {                                \
            decref(cond);                                                    \
            if (!(sense)) JUMPBY(delta);                                     \
        } else {                                                             \
            const int err = objectIsTrue(cond);                              \
            decref(cond);                                                    \
            if (err < 0) goto error;                                         \
            if ((err > 0) == (sense)) JUMPBY(delta);                         \
        }                                                                    \
        DISPATCH();                                                          \
    }
    TARGET(POP_JUMP_FORWARD_IF_FALSE) POP_JUMP_IF_TRUTH(false, oparg)
    TARGET(POP_JUMP_FORWARD_IF_TRUE) POP_JUMP_IF_TRUTH(true, oparg)
    TARGET(POP_JUMP_BACKWARD_IF_FALSE) POP_JUMP_IF_TRUTH(false, -oparg)
    TARGET(POP_JUMP_BACKWARD_IF_TRUE) POP_JUMP_IF_TRUTH(true, -oparg)
#undef POP_JUMP_IF_TRUTH
    TARGET(POP_JUMP_FORWARD_IF_NOT_NONE) {
        Object* v = POP();
        if (v != interp.none) JUMPBY(oparg);
        decref(v);
        DISPATCH();
    }
    TARGET(POP_JUMP_FORWARD_IF_NONE) {
        Object* v = POP();
        if (v == interp.none) JUMPBY(oparg);
        decref(v);
        DISPATCH();
    }
    TARGET(POP_JUMP_BACKWARD_IF_NOT_NONE) {
        Object* v = POP();
        if (v != interp.none) JUMPBY(-oparg);
        decref(v);
        DISPATCH();
    }
    TARGET(POP_JUMP_BACKWARD_IF_NONE) {
        Object* v = POP();
        if (v == interp.none) JUMPBY(-oparg);
        decref(v);
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        Object* cond = TOP();
        if (cond == interp.trueObj) {
            STACK_SHRINK(1);
            decref(cond);
            DISPATCH();
        }
        if (cond == interp.falseObj) {
            JUMPBY(oparg);
            DISPATCH();
        }
        const int err = objectIsTrue(cond);
        if (err > 0) {
            STACK_SHRINK(1);
            decref(cond);
        } else if (err == 0) {
            JUMPBY(oparg);
        } else {
            goto error;
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        Object* cond = TOP();
        if (cond == interp.falseObj) {
            STACK_SHRINK(1);
            decref(cond);
            DISPATCH();
        }
        if (cond == interp.trueObj) {
            JUMPBY(oparg);
            DISPATCH();
        }
        const int err = objectIsTrue(cond);
        if (err > 0) {
            JUMPBY(oparg);
        } else if (err == 0) {
            STACK_SHRINK(1);
            decref(cond);
        } else {
            goto error;
        }
        DISPATCH();
    }
    TARGET(GET_ITER) {
        Object* iterable = TOP();
        Ref iter = getIter(iterable);
        decref(iterable);
        SET_TOP(iter.release());
        if (TOP() == nullptr) goto error;
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Object* iterable = TOP();
        Object* iter = getYieldFromIter(vm, frame, iterable);
        if (iter != iterable) decref(iterable);
        SET_TOP(iter);
        if (iter == nullptr) goto error;
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        Object* iter = TOP();
        Object* next = iter->type->slots.iternext(iter);
        if (next != nullptr) {
            PUSH(next);
            DISPATCH();
        }
        if (errOccurred(interp)) {
            if (!errMatches(interp, vm.exc.StopIteration)) goto error;
            clearError(interp);
        }
        STACK_SHRINK(1);
        decref(iter);
        JUMPBY(oparg);
        DISPATCH();
    }

    // ================================================================ calls
    TARGET(KW_NAMES) {
        kwnames = CONST(oparg);
        DISPATCH();
    }
    TARGET(PRECALL) {
        const bool isMeth = PEEK(oparg + 2) != nullptr;
        const int nargs = oparg + isMeth;
        Object* function = PEEK(nargs + 1);
        if (!isMeth && function->type == vm.types.method) {
            Object* meth = methodFunc(function);
            Object* self = methodSelf(function);
            incref(meth);
            incref(self);
            PEEK(oparg + 1) = self;
            PEEK(oparg + 2) = meth;
            decref(function);
        }
        JUMPBY(1);
        DISPATCH();
    }
    TARGET(CALL) {
        const bool isMeth = PEEK(oparg + 2) != nullptr;
        const int totalArgs = oparg + isMeth;
        Object* function = PEEK(totalArgs + 1);
        const int positional = totalArgs - static_cast<int>(kwCount(kwnames));
        if (function->type == vm.types.function) {
            const int flags = asCode(asFunction(function)->code)->flags;
            Object* locals = (flags & coflags::kOptimized) ? nullptr : asFunction(function)->globals;
            STACK_SHRINK(totalArgs);
            Frame* newFrame = pushFrameAndInit(vm, function, locals, sp, positional, kwnames);
            kwnames = nullptr;
            STACK_SHRINK(2 - isMeth);
            if (newFrame == nullptr) goto error;
            SAVE_SP();
            JUMPBY(4);
            frame->prevInstr = INSTR_INDEX() - 1;
            newFrame->previous = frame;
            vm.currentFrame = frame = newFrame;
            goto start_frame;
        }
        SAVE_SP();
        Object* res = call(function, sp - totalArgs, positional, kwnames).release();
        kwnames = nullptr;
        decref(function);
        STACK_SHRINK(totalArgs);
        for (int i = 0; i < totalArgs; ++i) decref(sp[i]);
        STACK_SHRINK(2 - isMeth);
        PUSH(res);
        if (res == nullptr) goto error;
        JUMPBY(4);
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
        Object* kwargs = (oparg & 1) ? POP() : nullptr;
        Object* callargs = POP();
        Object* func = TOP();
        SAVE_SP();
        Object* result = callFunctionEx(vm, func, callargs, kwargs); // steals callargs, kwargs
        decref(func);
        STACK_SHRINK(1);
        SET_TOP(result);
        if (result == nullptr) goto error;
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        Object* codeobj = POP();
        Ref func = newFunction(interp, codeobj, frame->globals);
        decref(codeobj);
        if (!func) goto error;
        FunctionObject* f = asFunction(func.get());
        if (oparg & mkfn::kClosure) f->closure = POP();
        if (oparg & mkfn::kAnnotations) f->annotations = POP();
        if (oparg & mkfn::kKwDefaults) f->kwdefaults = POP();
        if (oparg & mkfn::kDefaults) f->defaults = POP();
        PUSH(func.release());
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
        SAVE_SP();
        --vm.recursionDepth;
        if (!frame->isEntry) {
            Frame* prev = frame->previous;
            vm.currentFrame = prev;
            clearAndPopFrame(vm, frame);
            frame = prev;
            SET_LOCALS_FROM_FRAME();
            PUSH(retval);
            retval = nullptr;
            DISPATCH();
        }
        exit = EvalExit::Returned;
        goto exit_loop;
    }

    // ================================================================ exceptions
    TARGET(PUSH_EXC_INFO) {
        Object* value = TOP();
        ExcStackItem* info = vm.excInfo;
        if (info->excValue != nullptr) {
            SET_TOP(info->excValue);
        } else {
            incref(interp.none);
            SET_TOP(interp.none);
        }
        incref(value);
        PUSH(value);
        info->excValue = value;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        ExcStackItem* info = vm.excInfo;
        Object* value = info->excValue;
        info->excValue = POP();
        xdecref(value);
        DISPATCH();
    }
    TARGET(RERAISE) {
        if (oparg) {
            Object* lasti = PEEK(oparg + 1);
            std::int64_t li = 0;
            if (isInt(lasti) && intAsInt64(lasti, li)) {
                frame->prevInstr = static_cast<int>(li);
            } else {
                raiseError(interp, vm.exc.SystemError, "lasti is not an int");
                goto error;
            }
        }
        Object* val = POP();
        restoreException(interp, val);
        decref(val);
        goto exception_unwind;
    }
    TARGET(RAISE_VARARGS) {
        Object* cause = nullptr;
        Object* exc = nullptr;
        switch (oparg) {
        case 2: cause = POP(); [[fallthrough]];
        case 1: exc = POP(); [[fallthrough]];
        case 0:
            if (doRaise(vm, exc, cause)) goto exception_unwind;
            break;
        default: raiseError(interp, vm.exc.SystemError, "bad RAISE_VARARGS oparg"); break;
        }
        goto error;
    }
    TARGET(CHECK_EXC_MATCH) {
        Object* right = POP();
        Object* left = TOP();
        if (checkExceptTypeValid(vm, right) < 0) {
            decref(right);
            goto error;
        }
        const bool res = givenExceptionMatches(left, right);
        decref(right);
        Object* b = res ? interp.trueObj : interp.falseObj;
        incref(b);
        PUSH(b);
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        incref(vm.exc.AssertionError);
        PUSH(vm.exc.AssertionError);
        DISPATCH();
    }
    TARGET(BEFORE_WITH) {
        Object* mgr = TOP();
        Object* exitFn = nullptr;
        Object* enter = beforeWith(vm, mgr, &exitFn);
        if (enter == nullptr) goto error;
        SET_TOP(exitFn);
        decref(mgr);
        SAVE_SP();
        Ref res = callNoArgs(enter);
        decref(enter);
        if (!res) goto error;
        PUSH(res.release());
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        Object* val = TOP();
        Object* exitFunc = PEEK(4);
        Object* tb = exceptionTraceback(val);
        Object* args[3] = {val->type, val, tb ? tb : interp.none};
        SAVE_SP();
        Ref res = call(exitFunc, args, 3);
        if (!res) goto error;
        PUSH(res.release());
        DISPATCH();
    }

    // ================================================================ generators
    TARGET(RETURN_GENERATOR) {
        SAVE_SP();
        Object* gen = makeGenerator(vm, frame);
        if (gen == nullptr) goto error;
        --vm.recursionDepth;
        if (!frame->isEntry) {
            Frame* prev = frame->previous;
            vm.currentFrame = prev;
            popFrame(vm, frame);
            frame = prev;
            SET_LOCALS_FROM_FRAME();
            PUSH(gen);
            DISPATCH();
        }
        // The frame's contents moved into the generator; the entry frame is left empty for the
        // caller's clearAndPopFrame (func and code referenced again, as CPython does).
        frame->stacktop = 0;
        frame->locals = nullptr;
        incref(frame->func);
        incref(frame->code);
        frame->frameObject = nullptr;
        retval = gen;
        exit = EvalExit::Returned;
        goto exit_loop;
    }
    TARGET(YIELD_VALUE) {
        retval = POP();
        SAVE_SP();
        --vm.recursionDepth;
        exit = EvalExit::Yielded;
        goto exit_loop;
    }
    TARGET(SEND) {
        Object* v = POP();
        Object* receiver = TOP();
        Object* out = nullptr;
        SAVE_SP();
        const int status = iterSend(vm, receiver, v, &out);
        decref(v);
        if (status < 0) goto error;
        if (status == 1) {
            decref(receiver);
            SET_TOP(out);
            JUMPBY(oparg);
            DISPATCH();
        }
        PUSH(out);
        DISPATCH();
    }

    // ================================================================ modules and misc
    TARGET(IMPORT_NAME) {
        Object* name = NAME(oparg);
        Object* fromlist = POP();
        Object* level = TOP();
        SAVE_SP();
        Object* res = importName(vm, frame, name, fromlist, level);
        decref(level);
        decref(fromlist);
        SET_TOP(res);
        if (res == nullptr) goto error;
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        Object* res = importFrom(vm, TOP(), NAME(oparg));
        PUSH(res);
        if (res == nullptr) goto error;
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        Object* from = POP();
        if (frame->locals == nullptr) {
            raiseError(interp, vm.exc.SystemError, "no locals found during 'import *'");
            decref(from);
            goto error;
        }
        const int err = importAllFrom(vm, frame->locals, from);
        decref(from);
        if (err != 0) goto error;
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        Object* value = POP();
        SAVE_SP();
        const int err = printExpr(vm, value);
        decref(value);
        if (err < 0) goto error;
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        if (setupAnnotations(vm, frame) < 0) goto error;
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        Object* bc = dictGetItem(frame->builtins, vm.names.__build_class__);
        if (!bc) {
            if (!errOccurred(interp)) raiseError(interp, vm.exc.NameError, "__build_class__ not found");
            goto error;
        }
        incref(bc);
        PUSH(bc);
        DISPATCH();
    }
    TARGET(EXTENDED_ARG) {
        const int oldoparg = oparg;
        const CodeUnit unit = firstInstr[nextIndex];
        opcode = unitOpcode(unit);
        oparg = unitOparg(unit) | (oldoparg << 8);
        frame->prevInstr = nextIndex;
        ++nextIndex;
        DISPATCH_GOTO();
    }

    TARGET(CHECK_EG_MATCH) {
        Object* matchType = POP();
        if (checkExceptStarTypeValid(vm, matchType) < 0) {
            decref(matchType);
            goto error;
        }
        Object* excValue = TOP();
        Ref match, rest;
        const int res = exceptionGroupMatch(interp, excValue, matchType, match, rest);
        decref(matchType);
        if (res < 0) goto error;
        if (match.get() == interp.none) {
            PUSH(match.release());
        } else {
            // Total or partial match: [val] becomes [rest, match] (rest may be None).
            SET_TOP(rest.release());
            incref(match.get());
            xdecref(std::exchange(vm.excInfo->excValue, match.get()));
            PUSH(match.release());
            decref(excValue);
        }
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        Object* excs = POP();
        Object* orig = POP();
        Ref val = prepReraiseStar(interp, orig, excs);
        decref(excs);
        decref(orig);
        if (!val) goto error;
        PUSH(val.release());
        DISPATCH();
    }
    TARGET(GET_AITER)
    TARGET(GET_ANEXT)
    TARGET(BEFORE_ASYNC_WITH)
    TARGET(END_ASYNC_FOR)
    TARGET(ASYNC_GEN_WRAP)
    TARGET(GET_AWAITABLE) {
        raiseError(interp, vm.exc.SystemError, std::string("opcode not supported by the simulation: ") + opcodeName(unitOpcode(firstInstr[INSTR_INDEX() - 1])));
        goto error;
    }
    L_unknown_opcode : {
        raiseError(interp, vm.exc.SystemError, formatString("unknown opcode %d", unitOpcode(firstInstr[INSTR_INDEX() - 1])));
        goto error;
    }

    // ================================================================ errors
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
    while (sp > newTop) {
        Object* v = POP();
        xdecref(v);
    }
    if (handler.pushLasti) {
        Ref lasti = newInt(interp, frame->prevInstr);
        if (!lasti) goto exception_unwind;
        PUSH(lasti.release());
    }
    Ref exc = fetchError(interp);
    if (!exceptionTraceback(exc.get())) {
        // PyException_SetTraceback(val, Py_None): nothing to store.
    }
    PUSH(exc.release());
    JUMPTO(handler.target);
    DISPATCH();
}

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
        clearAndPopFrame(vm, dying);
    }
    goto resume_with_error;

exit_loop:
    vm.currentFrame = frame->previous;
    vm.setTickLimit(savedLimit);
    --vm.evalNesting;
    return retval;

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
#undef DISPATCH_NOW
#undef DISPATCH_GOTO
}

} // namespace hs
