// Calls into Python code: argument binding (ceval.c's initialize_locals with its messages), frame
// push/clear/pop, calling a function from C++ (a nested eval loop), class calls whose __init__ CALL
// enters inline, PyEval_EvalCode, the resumable top-level run, locals() and tracebacks.
#include "vm/eval.h"

#include "objects/cell_object.h"
#include "objects/class_object.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/traceback_object.h"
#include "objects/exception_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/eval_internal.h"

#include <new>
#include <utility>
#include <vector>

namespace hs {

namespace {

void typeError(VmState& vm, const std::string& m) { raiseError(vm.interp, vm.exc.TypeError, m); }

std::string qualnameOf(Object* func) { return strToUtf8(asFunction(func)->qualname); }

// format_missing / missing_arguments.
void missingArguments(VmState& vm, CodeObject* co, std::int64_t missing, std::int64_t defcount, Object** localsplus,
                      Object* func) {
    const bool positional = defcount != -1;
    const char* kind = positional ? "positional" : "keyword-only";
    std::int64_t start, end;
    if (positional) {
        start = 0;
        end = co->argcount - defcount;
    } else {
        start = co->argcount;
        end = start + co->kwonlyargcount;
    }
    std::vector<std::string> names;
    for (std::int64_t i = start; i < end; ++i)
        if (localsplus[i] == nullptr) names.push_back(strReprUtf8(co->localName(static_cast<int>(i))));
    std::string nameStr;
    const std::size_t len = names.size();
    if (len == 1) {
        nameStr = names[0];
    } else if (len == 2) {
        nameStr = names[0] + " and " + names[1];
    } else {
        for (std::size_t i = 0; i + 2 < len; ++i) nameStr += (i ? ", " : "") + names[i];
        nameStr += ", " + names[len - 2] + ", and " + names[len - 1];
    }
    typeError(vm, formatString("%s() missing %lld required %s argument%s: %s", qualnameOf(func).c_str(),
                               static_cast<long long>(missing), kind, missing == 1 ? "" : "s", nameStr.c_str()));
}

void tooManyPositional(VmState& vm, CodeObject* co, std::int64_t given, Object* defaults, Object** localsplus, Object* func) {
    std::int64_t kwonlyGiven = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; ++i)
        if (localsplus[i] != nullptr) ++kwonlyGiven;
    const std::int64_t defcount = defaults ? tupleSize(defaults) : 0;
    std::string sig;
    bool plural;
    if (defcount) {
        plural = true;
        sig = formatString("from %lld to %d", static_cast<long long>(co->argcount - defcount), co->argcount);
    } else {
        plural = co->argcount != 1;
        sig = std::to_string(co->argcount);
    }
    std::string kwonlySig;
    if (kwonlyGiven)
        kwonlySig = formatString(" positional argument%s (and %lld keyword-only argument%s)", given != 1 ? "s" : "",
                                 static_cast<long long>(kwonlyGiven), kwonlyGiven != 1 ? "s" : "");
    typeError(vm, formatString("%s() takes %s positional argument%s but %lld%s %s given", qualnameOf(func).c_str(),
                               sig.c_str(), plural ? "s" : "", static_cast<long long>(given), kwonlySig.c_str(),
                               given == 1 && !kwonlyGiven ? "was" : "were"));
}

bool positionalOnlyPassedAsKeyword(VmState& vm, CodeObject* co, std::int64_t kwcount, Object* kwnames, Object* func) {
    std::vector<std::string> conflicts;
    for (int k = 0; k < co->posonlyargcount; ++k) {
        Object* posonly = co->localName(k);
        for (std::int64_t k2 = 0; k2 < kwcount; ++k2) {
            Object* kw = tupleItem(kwnames, k2);
            if (kw == posonly || (isStr(kw) && strEqual(kw, posonly))) conflicts.push_back(strToUtf8(kw));
        }
    }
    if (conflicts.empty()) return false;
    std::string joined;
    for (std::size_t i = 0; i < conflicts.size(); ++i) joined += (i ? ", " : "") + conflicts[i];
    typeError(vm, qualnameOf(func) + "() got some positional-only arguments passed as keyword arguments: '" + joined + "'");
    return true;
}

// initialize_locals: consumes the references to every argument.
int initializeLocals(VmState& vm, Object* func, Object** localsplus, Object* const* args, std::int64_t argcount,
                     Object* kwnames) {
    Interpreter& interp = vm.interp;
    FunctionObject* fn = asFunction(func);
    CodeObject* co = asCode(fn->code);
    const std::int64_t totalArgs = co->argcount + co->kwonlyargcount;
    Object* kwdict = nullptr;
    std::int64_t i;
    if (co->flags & coflags::kVarKeywords) {
        Ref d = newDict(interp);
        if (!d) {
            for (std::int64_t j = 0; j < argcount + kwCount(kwnames); ++j) decref(args[j]);
            return -1;
        }
        i = totalArgs;
        if (co->flags & coflags::kVarArgs) ++i;
        kwdict = d.release();
        localsplus[i] = kwdict;
    }
    const std::int64_t n = argcount > co->argcount ? co->argcount : argcount;
    for (std::int64_t j = 0; j < n; ++j) localsplus[j] = args[j];
    if (co->flags & coflags::kVarArgs) {
        Ref u;
        if (argcount == n) u = Ref::borrowed(interp.emptyTuple);
        else u = tupleFromArraySteal(interp, args + n, argcount - n);
        if (!u) {
            for (std::int64_t j = argcount; j < argcount + kwCount(kwnames); ++j) decref(args[j]);
            return -1;
        }
        localsplus[totalArgs] = u.release();
    } else if (argcount > n) {
        for (std::int64_t j = n; j < argcount; ++j) decref(args[j]);
    }
    if (kwnames != nullptr) {
        const std::int64_t kwcount = tupleSize(kwnames);
        for (i = 0; i < kwcount; ++i) {
            Object* keyword = tupleItem(kwnames, i);
            Object* value = args[i + argcount];
            std::int64_t j = -1;
            if (!isStr(keyword)) {
                typeError(vm, qualnameOf(func) + "() keywords must be strings");
                goto kw_fail;
            }
            for (std::int64_t k = co->posonlyargcount; k < totalArgs; ++k)
                if (co->localName(static_cast<int>(k)) == keyword) {
                    j = k;
                    break;
                }
            if (j < 0)
                for (std::int64_t k = co->posonlyargcount; k < totalArgs; ++k)
                    if (strEqual(keyword, co->localName(static_cast<int>(k)))) {
                        j = k;
                        break;
                    }
            if (j < 0) {
                if (kwdict == nullptr) {
                    if (co->posonlyargcount && positionalOnlyPassedAsKeyword(vm, co, kwcount, kwnames, func)) goto kw_fail;
                    typeError(vm, qualnameOf(func) + "() got an unexpected keyword argument '" + strToUtf8(keyword) + "'");
                    goto kw_fail;
                }
                if (dictSetItem(kwdict, keyword, value) < 0) goto kw_fail;
                decref(value);
                continue;
            }
            if (localsplus[j] != nullptr) {
                typeError(vm, qualnameOf(func) + "() got multiple values for argument '" + strToUtf8(keyword) + "'");
                goto kw_fail;
            }
            localsplus[j] = value;
            continue;
        kw_fail:
            for (; i < kwcount; ++i) decref(args[i + argcount]);
            return -1;
        }
    }
    if (argcount > co->argcount && !(co->flags & coflags::kVarArgs)) {
        tooManyPositional(vm, co, argcount, fn->defaults, localsplus, func);
        return -1;
    }
    if (argcount < co->argcount) {
        const std::int64_t defcount = fn->defaults ? tupleSize(fn->defaults) : 0;
        const std::int64_t m = co->argcount - defcount;
        std::int64_t missing = 0;
        for (i = argcount; i < m; ++i)
            if (localsplus[i] == nullptr) ++missing;
        if (missing) {
            missingArguments(vm, co, missing, defcount, localsplus, func);
            return -1;
        }
        i = n > m ? n - m : 0;
        for (; i < defcount; ++i)
            if (localsplus[m + i] == nullptr) {
                Object* def = tupleItem(fn->defaults, i);
                incref(def);
                localsplus[m + i] = def;
            }
    }
    if (co->kwonlyargcount > 0) {
        std::int64_t missing = 0;
        for (i = co->argcount; i < totalArgs; ++i) {
            if (localsplus[i] != nullptr) continue;
            Object* varname = co->localName(static_cast<int>(i));
            if (fn->kwdefaults) {
                if (Object* def = dictGetItem(fn->kwdefaults, varname)) {
                    incref(def);
                    localsplus[i] = def;
                    continue;
                }
                if (errOccurred(interp)) return -1;
            }
            ++missing;
        }
        if (missing) {
            missingArguments(vm, co, missing, -1, localsplus, func);
            return -1;
        }
    }
    return 0;
}

} // namespace

Frame* pushFrameAndInit(VmState& vm, Object* func, Object* locals, Object* const* args, std::int64_t nargs, Object* kwnames) {
    CodeObject* co = asCode(asFunction(func)->code);
    if (kwnames == nullptr && nargs == co->argcount && co->kwonlyargcount == 0 &&
        !(co->flags & (coflags::kVarArgs | coflags::kVarKeywords))) {
        // Exact positional arguments (CALL_PY_EXACT_ARGS's case): initialize_locals reduces to moving
        // the arguments into the first slots; no binding error is possible.
        Object** mem = vm.stack.push(frameWords(co));
        if (mem != nullptr) {
            auto* frame = new (mem) Frame();
            FunctionObject* fn = asFunction(func);
            frame->func = func;
            incref(co);
            frame->code = co;
            frame->setLastIndex(-1);
            frame->builtins = fn->builtins;
            frame->globals = fn->globals;
            xincref(locals);
            frame->locals = locals;
            frame->stacktop = co->nlocalsplus;
            Object** lp = frame->localsplus();
            const int n = static_cast<int>(nargs);
            for (int i = 0; i < n; ++i) lp[i] = args[i];
            for (int i = n; i < co->nlocalsplus; ++i) lp[i] = nullptr;
            return frame;
        }
    }
    Frame* frame = pushFrame(vm, func, locals);
    if (initializeLocals(vm, func, frame->localsplus(), args, nargs, kwnames) < 0) {
        clearAndPopFrame(vm, frame);
        return nullptr;
    }
    return frame;
}

void clearAndPopFrame(VmState& vm, Frame* f) {
    if (f->frameObject == nullptr) {
        // _PyFrame_Clear without a frame object: release the slots (each nulled before its release,
        // so a finalizer that walks frames sees no dangling slot), locals, func and code.
        Object** lp = f->localsplus();
        for (int i = 0, n = f->stacktop; i < n; ++i) xdecref(std::exchange(lp[i], nullptr));
        f->stacktop = 0;
        xdecref(std::exchange(f->locals, nullptr));
        decref(std::exchange(f->func, nullptr));
        decref(std::exchange(f->code, nullptr));
    } else {
        clearFrame(vm, f);
    }
    vm.stack.pop(reinterpret_cast<Object**>(f));
}

Ref callPythonFunction(Object* func, Object* const* args, std::int64_t nargs, Object* kwnames) {
    VmState& vm = vmOf(func);
    const std::int64_t total = nargs + kwCount(kwnames);
    incref(func);
    for (std::int64_t i = 0; i < total; ++i) incref(args[i]);
    CodeObject* co = asCode(asFunction(func)->code);
    Object* locals = (co->flags & coflags::kOptimized) ? nullptr : asFunction(func)->globals;
    Frame* frame = pushFrameAndInitInline(vm, func, locals, args, nargs, kwnames);
    if (frame == nullptr) return Ref();
    EvalExit exit;
    Object* r = evalLoop(vm, frame, false, false, exit);
    clearAndPopFrameInline(vm, frame);
    return Ref(r);
}

ClassCallStep startClassCall(VmState& vm, TypeObject* cls, Object* const* args, int nargs) {
    Interpreter& interp = vm.interp;
    // callType's steps: the recursion count (enterRecursiveCall succeeds exactly when the
    // depth is below the limit), the args tuple, tp_new, then tp_init.
    if (vm.recursionDepth < vm.recursionLimit) ++vm.recursionDepth;
    else if (!enterRecursiveCall(interp, " while calling a Python object")) return {nullptr, nullptr};
    Object* argsTuple = tupleFromArray(interp, args, nargs).release();
    Object* self = nullptr;
    Object* init = nullptr;
    if (argsTuple != nullptr) {
        // object_new runs no Python code of its own (a collection it triggers may) and returns an
        // instance of exactly cls, so type_call goes on to tp_init.
        self = objectNew(cls, argsTuple, nullptr);
        if (self != nullptr) {
            // slot_tp_init's lookup, after tp_new as there (a finalizer may have changed the class).
            init = plainPythonInit(cls);
            if (init == nullptr && cls->slots.tpInit != nullptr && cls->slots.tpInit(self, argsTuple, nullptr) < 0)
                decref(std::exchange(self, nullptr));
        }
    }
    if (init == nullptr) {
        leaveRecursiveCall(interp);
        xdecref(argsTuple);
        return {nullptr, self};
    }
    // slot_tp_init's call (callPythonFunction's references and frame, without its nested loop).
    Object* stack[kInitSmallStack];
    stack[0] = self;
    std::copy(args, args + nargs, stack + 1);
    incref(init);
    for (int i = 0; i <= nargs; ++i) incref(stack[i]);
    CodeObject* co = asCode(asFunction(init)->code);
    Object* locals = (co->flags & coflags::kOptimized) ? nullptr : asFunction(init)->globals;
    Frame* frame = pushFrameAndInitInline(vm, init, locals, stack, nargs + 1, nullptr);
    if (frame == nullptr) { // a binding error ("__init__() missing 1 required positional argument")
        return {nullptr, finishInlineInit(vm, self, argsTuple, nullptr)};
    }
    frame->initSelf = self;
    frame->initArgs = argsTuple;
    return {frame, nullptr};
}

Object* finishInlineInit(VmState& vm, Object* self, Object* argsTuple, Object* initResult) {
    if (initResult == vm.interp.none) {
        decref(initResult);
    } else {
        checkInitResult(vm.interp, initResult); // the error
        decref(self); // type_call's Py_DECREF(obj) of a failed initialisation
        self = nullptr;
    }
    leaveRecursiveCall(vm.interp);
    decref(argsTuple);
    return self;
}

namespace {
// An inline __init__ frame's end: its instance and args tuple taken, the frame cleared and popped,
// then finishInlineInit.
Object* popInitFrame(VmState& vm, Frame* initFrame, Object* initResult) {
    Object* self = std::exchange(initFrame->initSelf, nullptr);
    Object* argsTuple = std::exchange(initFrame->initArgs, nullptr);
    clearAndPopFrameInline(vm, initFrame);
    return finishInlineInit(vm, self, argsTuple, initResult);
}
} // namespace

Object* endClassCall(VmState& vm, Frame* caller, Frame* initFrame, Object* initResult) {
    Object* res = popInitFrame(vm, initFrame, initResult);
    const int nargs = unitOparg(caller->code->code[static_cast<std::size_t>(caller->lastIndex())]);
    Object** args = caller->localsplus() + caller->stacktop - nargs;
    decref(args[-1]); // the class
    for (int i = 0; i < nargs; ++i) decref(args[i]);
    caller->stacktop -= nargs + 2; // after the releases, as CALL's own (its sp is saved later)
    return res;
}

void abandonInitFrame(VmState& vm, Frame* initFrame) { popInitFrame(vm, initFrame, nullptr); }

Ref callFunctionWithLocals(Object* func, Object* locals) {
    VmState& vm = vmOf(func);
    incref(func);
    Frame* frame = pushFrameAndInit(vm, func, locals, nullptr, 0, nullptr);
    if (frame == nullptr) return Ref();
    EvalExit exit;
    Object* r = evalLoop(vm, frame, false, false, exit);
    clearAndPopFrame(vm, frame);
    return Ref(r);
}

namespace {

// _PyFunction_FromConstructor for PyEval_EvalCode(Ex): name and qualname co_name, doc None, no
// module, the closure given (exec's) or none.
Ref functionForCode(Interpreter& interp, Object* code, Object* globals, Object* closure = nullptr) {
    CodeObject* co = asCode(code);
    Object* builtins = builtinsFromGlobals(interp, globals);
    auto* f = interp.newObject<FunctionObject>(vmOf(interp).types.function, 136);
    if (!f) return Ref();
    incref(globals);
    f->globals = globals;
    incref(builtins);
    f->builtins = builtins;
    incref(co->name);
    f->name = co->name;
    incref(co->name);
    f->qualname = co->name;
    incref(code);
    f->code = code;
    xincref(closure);
    f->closure = closure;
    incref(interp.none);
    f->doc = interp.none;
    interp.gc().track(f);
    return Ref(f);
}

} // namespace

Ref evalCode(Interpreter& interp, Object* code, Object* globals, Object* locals, Object* closure) {
    VmState& vm = vmOf(interp);
    if (locals == nullptr) locals = globals;
    Ref func = functionForCode(interp, code, globals, closure);
    if (!func) return Ref();
    incref(func.get());
    Frame* frame = pushFrame(vm, func.get(), locals);
    EvalExit exit;
    Object* r = evalLoop(vm, frame, false, false, exit);
    clearAndPopFrame(vm, frame);
    return Ref(r);
}

bool startCode(Interpreter& interp, Object* code, Object* globals, Object* locals) {
    VmState& vm = vmOf(interp);
    if (locals == nullptr) locals = globals;
    Ref func = functionForCode(interp, code, globals);
    if (!func) return false;
    incref(func.get());
    vm.topPending = pushFrame(vm, func.get(), locals);
    vm.topEntry = vm.topPending;
    vm.topFunc = func.release();
    vm.extraRoots.push_back(vm.topFunc);
    return true;
}

bool codeRunning(const Interpreter& interp) { return interp.vm && interp.vm->topEntry != nullptr; }

namespace {
void finishTop(VmState& vm) {
    if (vm.topEntry) clearAndPopFrame(vm, vm.topEntry);
    vm.topEntry = nullptr;
    vm.topPending = nullptr;
    if (vm.topFunc) {
        auto& roots = vm.extraRoots;
        for (auto it = roots.begin(); it != roots.end(); ++it)
            if (*it == vm.topFunc) {
                roots.erase(it);
                break;
            }
        decref(std::exchange(vm.topFunc, nullptr));
    }
}
} // namespace

EvalExit resumeCode(Interpreter& interp, std::int64_t tickLimit) {
    VmState& vm = vmOf(interp);
    if (!vm.topEntry) return EvalExit::Returned;
    vm.setTickLimit(tickLimit);
    EvalExit exit = EvalExit::Returned;
    Object* r;
    if (vm.topPending) {
        Frame* f = std::exchange(vm.topPending, nullptr);
        r = evalLoop(vm, f, false, true, exit);
    } else {
        r = evalLoop(vm, vm.currentFrame, false, true, exit);
    }
    vm.setTickLimit(INT64_MAX);
    if (exit == EvalExit::Suspended) return exit;
    xdecref(r);
    finishTop(vm);
    return exit;
}

void abandonCode(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    if (!vm.topEntry) return;
    // Pop every frame above the entry frame (innermost first), then the entry frame.
    while (vm.currentFrame && vm.currentFrame != vm.topEntry && !vm.topPending) {
        Frame* f = vm.currentFrame;
        vm.currentFrame = f->previous;
        --vm.recursionDepth;
        if (f->initSelf != nullptr) abandonInitFrame(vm, f); // an abandoned __init__: no instance
        else clearAndPopFrame(vm, f);
    }
    if (!vm.topPending && vm.currentFrame == vm.topEntry) {
        vm.currentFrame = vm.topEntry->previous;
        --vm.recursionDepth;
    }
    finishTop(vm);
}

Frame* currentFrame(const Interpreter& interp) {
    if (!interp.vm) return nullptr;
    if (interp.vm->topPending) return interp.vm->topPending;
    return interp.vm->currentFrame;
}

Ref frameLocalsDict(VmState& vm, Frame* f) {
    Interpreter& interp = vm.interp;
    CodeObject* co = f->code;
    if (!(co->flags & coflags::kOptimized) && f->locals) return Ref::borrowed(f->locals);
    if (!f->locals) {
        Ref d = newDict(interp);
        if (!d) return Ref();
        f->locals = d.release();
    }
    Object* locals = f->locals;
    Object** lp = f->localsplus();
    for (int i = 0; i < co->nlocalsplus; ++i) {
        const std::uint8_t kind = co->localKind(i);
        Object* name = co->localName(i);
        Object* value = lp[i];
        if ((kind & fastkind::kFree) && !(co->flags & coflags::kOptimized)) continue;
        if (value && (kind & (fastkind::kCell | fastkind::kFree))) {
            // A cell once MAKE_CELL/COPY_FREE_VARS ran (the local slot then holds the cell).
            if (isCell(value)) value = cellGet(value);
        }
        if (value == nullptr) {
            if (dictDelItem(locals, name) != 0) {
                if (!errMatches(interp, vm.exc.KeyError)) return Ref();
                clearError(interp);
            }
            continue;
        }
        if (dictSetItem(locals, name, value) < 0) return Ref();
    }
    return Ref::borrowed(locals);
}

Object* currentGlobals(Interpreter& interp) {
    Frame* f = interp.vm ? interp.vm->currentFrame : nullptr;
    return f ? f->globals : nullptr;
}

void tracebackHere(VmState& vm, Frame* f) {
    Interpreter& interp = vm.interp;
    Object* fo = frameObjectOf(vm, f);
    if (!fo) return;
    Object* exc = normalizedError(interp);
    if (!exc) return;
    Ref keep = Ref::borrowed(exc);
    PendingError saved = interp.takeError();
    const int lasti = (f->lastIndex() < 0 ? 0 : f->lastIndex()) * 2;
    Ref tb = newTraceback(interp, exceptionTraceback(exc), fo, lasti, f->code->lineForOffset(lasti));
    if (tb) setExceptionTraceback(exc, tb.release());
    interp.setPendingError(std::move(saved));
}

} // namespace hs
