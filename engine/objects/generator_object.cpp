// Generators (Objects/genobject.c 3.11): creation from a frame (RETURN_GENERATOR), gen_send_ex2
// (resuming the owned frame in a nested eval loop), throw/close with GeneratorExit, the finalizer
// that closes a suspended generator on dealloc, and the gi_* attributes.
#include "objects/generator_object.h"

#include "modules/module_registry.h"
#include "objects/descr_object.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/str_object.h"
#include "objects/traceback_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/errors.h"
#include "runtime/host_stack.h"
#include "runtime/protocols.h"
#include "runtime/unraisable.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/opcodes.h"

namespace hs {

namespace {

GenObject* asGen(Object* o) { return static_cast<GenObject*>(o); }
Interpreter& interpOf(const Object* o) { return *o->type->interp; }

// The word gen_send_ex2 / gen_close put in their messages: "generator", "coroutine", "async generator".
const char* kindWord(const Object* o) {
    return isCoroutine(o) ? "coroutine" : isAsyncGenerator(o) ? "async generator" : "generator";
}

// _PyErr_FormatFromCause(RuntimeError, msg): the pending error becomes the cause and context.
void raiseRuntimeFromCause(Interpreter& interp, const std::string& msg) {
    Ref cause = fetchError(interp);
    raiseError(interp, vmOf(interp).exc.RuntimeError, msg);
    if (Object* e = interp.error().value.get()) {
        incref(cause.get());
        setExceptionCause(e, cause.get());
        incref(cause.get());
        setExceptionContext(e, cause.get());
        asException(e)->suppressContext = true;
    }
}

// _PyGen_yf: the iterator a suspended `yield from` delegates to (new reference) or null.
Object* yieldFrom(GenObject* gen) {
    if (gen->state >= genstate::kCompleted || gen->state == genstate::kCreated) return nullptr;
    Frame* f = gen->frame();
    const CodeUnit next = f->code->code[static_cast<std::size_t>(f->lastIndex() + 1)];
    if (unitOpcode(next) != op::RESUME || unitOparg(next) < 2) return nullptr;
    Object* yf = f->localsplus()[f->stacktop - 1];
    incref(yf);
    return yf;
}

void clearGenFrame(GenObject* gen) {
    if (gen->state < genstate::kCleared && !gen->frameData.empty()) {
        Frame* f = gen->frame();
        gen->state = genstate::kCleared;
        f->previous = nullptr;
        clearFrame(vmOf(gen), f);
    }
}

// gen_send_ex2. Returns 1 = yielded (result), 0 = returned (result, may be null for iternext),
// -1 = error.
int sendEx2(GenObject* gen, Object* arg, Ref& result, bool exc, bool closing) {
    Interpreter& interp = interpOf(gen);
    VmState& vm = vmOf(interp);
    result = Ref();
    if (gen->state == genstate::kCreated && arg && arg != interp.none) {
        raiseError(interp, vm.exc.TypeError, std::string("can't send non-None value to a just-started ") + kindWord(gen));
        return -1;
    }
    if (gen->state == genstate::kExecuting) {
        raiseError(interp, vm.exc.ValueError, std::string(kindWord(gen)) + " already executing");
        return -1;
    }
    if (gen->state >= genstate::kCompleted) {
        if (isCoroutine(gen) && !closing) {
            // An exhausted coroutine: an error, except from gen_close (always silent).
            raiseError(interp, vm.exc.RuntimeError, "cannot reuse already awaited coroutine");
        } else if (arg && !exc) {
            result = Ref::borrowed(interp.none);
            return 0;
        }
        return -1;
    }
    Frame* frame = gen->frame();
    Object* v = arg ? arg : interp.none;
    incref(v);
    frame->localsplus()[frame->stacktop++] = v;
    gen->excState.previous = vm.excInfo;
    vm.excInfo = &gen->excState;
    if (exc) {
        // _PyErr_ChainStackItem: the exception being handled inside the generator becomes the
        // thrown exception's context.
        Object* pending = normalizedError(interp);
        Object* handled = gen->excState.excValue;
        if (pending && handled && handled != interp.none && handled != pending && !exceptionContext(pending)) {
            incref(handled);
            setExceptionContext(pending, handled);
        }
    }
    gen->state = genstate::kExecuting;
    EvalExit how;
    Ref keep = Ref::borrowed(gen);
    Object* r = evalLoop(vm, frame, exc, false, how);
    if (how == EvalExit::Yielded) gen->state = genstate::kSuspended;
    else if (gen->state == genstate::kExecuting) gen->state = genstate::kCompleted;
    vm.excInfo = gen->excState.previous;
    gen->excState.previous = nullptr;
    frame->previous = nullptr;
    if (r) {
        if (gen->state == genstate::kSuspended) {
            result = Ref(r);
            return 1;
        }
        if (r == interp.none && !isAsyncGenerator(gen) && !arg) {
            decref(r);
            r = nullptr;
        }
    } else if (errMatches(interp, vm.exc.StopIteration)) {
        raiseRuntimeFromCause(interp, std::string(kindWord(gen)) + " raised StopIteration");
    } else if (isAsyncGenerator(gen) && errMatches(interp, vm.exc.StopAsyncIteration)) {
        raiseRuntimeFromCause(interp, "async generator raised StopAsyncIteration");
    }
    xdecref(std::exchange(gen->excState.excValue, nullptr));
    clearGenFrame(gen);
    result = Ref(r);
    return r ? 0 : (errOccurred(interp) ? -1 : 0);
}

Object* genIterNext(Object* o) {
    Ref r;
    const int status = sendEx2(asGen(o), nullptr, r, false, false);
    if (status == 0 && r) {
        // A generator returning a value from iternext: StopIteration(value).
        raiseStopIteration(interpOf(o), r.get());
        return nullptr;
    }
    return r.release();
}

Ref genSendEx(GenObject* gen, Object* arg, bool exc, bool closing) {
    Interpreter& interp = interpOf(gen);
    Ref r;
    const int status = sendEx2(gen, arg, r, exc, closing);
    if (status == 1) return r;
    if (status == 0) {
        if (isAsyncGenerator(gen)) raiseType(interp, vmOf(interp).exc.StopAsyncIteration); // returns None only
        else if (!r || r.get() == interp.none) raiseType(interp, vmOf(interp).exc.StopIteration);
        else raiseStopIteration(interp, r.get());
        return Ref();
    }
    return Ref();
}

int genCloseIter(Object* yf) {
    Interpreter& interp = interpOf(yf);
    if (isGenerator(yf) || isCoroutine(yf)) {
        Ref r = generatorClose(yf);
        return r ? 0 : -1;
    }
    Ref meth;
    if (lookupAttr(yf, vmOf(interp).names.close, meth) < 0) {
        return -1;
    }
    if (meth) {
        Ref r = callNoArgs(meth.get());
        if (!r) return -1;
    }
    return 0;
}

// _gen_throw
Ref genThrow(GenObject* gen, bool closeOnGenexit, Object* typ, Object* val, Object* tb) {
    Interpreter& interp = interpOf(gen);
    VmState& vm = vmOf(interp);
    Ref yf(yieldFrom(gen));
    if (yf) {
        Ref ret;
        if (typ == vm.exc.GeneratorExit && closeOnGenexit) {
            const std::int8_t state = gen->state;
            gen->state = genstate::kExecuting;
            const int err = genCloseIter(yf.get());
            gen->state = state;
            if (err < 0) return genSendEx(gen, interp.none, true, false);
            goto throw_here;
        }
        if (isGenerator(yf.get()) || isCoroutine(yf.get())) {
            const std::int8_t state = gen->state;
            gen->state = genstate::kExecuting;
            ret = genThrow(asGen(yf.get()), closeOnGenexit, typ, val, tb);
            gen->state = state;
        } else {
            Ref meth;
            if (lookupAttr(yf.get(), vm.names.throw_, meth) < 0) return Ref();
            if (!meth) goto throw_here;
            const std::int8_t state = gen->state;
            gen->state = genstate::kExecuting;
            Object* args[3] = {typ, val ? val : interp.none, tb ? tb : interp.none};
            ret = call(meth.get(), args, val ? (tb ? 3 : 2) : 1);
            gen->state = state;
        }
        if (!ret) {
            // Terminate the yield from: pop the receiver and send its return value on.
            Frame* f = gen->frame();
            Object* receiver = f->localsplus()[--f->stacktop];
            decref(receiver);
            // Skip to the instruction after the SEND loop: continue the generator with the
            // StopIteration value, or re-raise the error inside it.
            Ref value;
            if (errMatches(interp, vm.exc.StopIteration)) {
                Ref e = fetchError(interp);
                value = Ref::borrowed(stopIterationValue(e.get()));
                // 3.11 jumps past the SEND loop (f_lasti += oparg of the following JUMP); the
                // simulation resumes at the SEND instead, which re-checks the (finished) receiver.
                return genSendEx(gen, value.get(), false, false);
            }
            return genSendEx(gen, interp.none, true, false);
        }
        return ret;
    }
throw_here:
    // Normalize the arguments (raise TypeError for invalid ones).
    if (tb == interp.none) tb = nullptr;
    if (tb && !isTraceback(tb)) {
        raiseError(interp, vm.exc.TypeError, "throw() third argument must be a traceback object");
        return Ref();
    }
    Ref value;
    if (isExceptionClass(typ)) {
        if (val && val != interp.none && isExceptionInstance(val) && typeIsSubtype(val->type, asType(typ))) {
            value = Ref::borrowed(val);
        } else if (val && val != interp.none) {
            value = isTuple(val) ? callTupleDict(typ, val, nullptr) : callOneArg(typ, val);
        } else {
            value = callNoArgs(typ);
        }
        if (!value) return Ref();
    } else if (isExceptionInstance(typ)) {
        if (val && val != interp.none) {
            raiseError(interp, vm.exc.TypeError, "instance exception may not have a separate value");
            return Ref();
        }
        value = Ref::borrowed(typ);
    } else {
        raiseError(interp, vm.exc.TypeError,
                   "exceptions must be classes or instances deriving from BaseException, not " + typ->type->name);
        return Ref();
    }
    if (tb) {
        incref(tb);
        setExceptionTraceback(value.get(), tb);
    }
    restoreException(interp, value.get());
    return genSendEx(gen, interp.none, true, false);
}

// _PyErr_WarnUnawaitedCoroutine: warnings._warn_unawaited_coroutine(coro) (under the reference
// runner's "ignore" filter it shows nothing); its error is reported as unraisable, and without the
// function (or when it failed other than by the warning itself) the fallback is _PyErr_WarnFormat.
void warnUnawaitedCoroutine(GenObject* coro) {
    Interpreter& interp = interpOf(coro);
    VmState& vm = vmOf(interp);
    bool warned = false;
    Ref warnings = importModule(interp, "warnings");
    Ref fn = warnings ? getAttrStr(warnings.get(), "_warn_unawaited_coroutine") : Ref();
    if (fn) {
        Ref res = callOneArg(fn.get(), coro);
        if (res || errMatches(interp, vm.exc.RuntimeWarning)) warned = true;
    }
    if (errOccurred(interp)) writeUnraisable(interp, coro);
    if (warned) return;
    Ref warn = warnings ? getAttrStr(warnings.get(), "warn") : Ref();
    Ref msg = newStrFromUtf8(interp, "coroutine '" + strToUtf8(coro->qualname) + "' was never awaited");
    Object* args[2] = {msg.get(), vm.exc.RuntimeWarning};
    if (!warn || !msg || !call(warn.get(), args, 2)) writeUnraisable(interp, coro);
}

// _PyGen_Finalize: an async generator with a finalizer hook calls it; a coroutine never started warns;
// anything else suspended is closed.
void genFinalize(Object* o) {
    GenObject* gen = asGen(o);
    Interpreter& interp = interpOf(o);
    if (gen->state >= genstate::kCompleted) return;
    PendingError saved = interp.takeError();
    if (isAsyncGenerator(o) && gen->originOrFinalizer && !gen->closed) {
        // The finalizer hook (sys.set_asyncgen_hooks) is called with the async generator.
        Ref r = callOneArg(gen->originOrFinalizer, o);
        if (!r) writeUnraisable(interp, o);
        interp.setPendingError(std::move(saved));
        return;
    }
    Ref r;
    if (isCoroutine(o) && gen->state == genstate::kCreated) {
        warnUnawaitedCoroutine(gen);
        r = Ref::borrowed(interp.none);
    } else {
        r = generatorClose(o);
    }
    if (!r) writeUnraisable(interp, o); // "Exception ignored in: <generator object ...>"
    interp.setPendingError(std::move(saved));
}

void genDealloc(Object* o) {
    GenObject* gen = asGen(o);
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    if (hostStackExhausted()) { // a chain of suspended generators finalizing each other (CPython crashes)
        deferDealloc(interp, o);
        return;
    }
    clearWeakrefs(o);
    if (gen->state < genstate::kCompleted) {
        // PyObject_CallFinalizerFromDealloc: temporarily resurrect and close.
        interp.gc().track(o);
        o->refcnt = 1;
        if (!(gcHeadOf(o)->prev & GcHead::kFinalized)) {
            gcHeadOf(o)->prev |= GcHead::kFinalized;
            genFinalize(o);
        }
        if (--o->refcnt != 0) return; // resurrected
        if (GcState::isTracked(o)) interp.gc().untrack(o);
    }
    clearGenFrame(gen);
    xdecref(std::exchange(gen->code, nullptr));
    xdecref(std::exchange(gen->name, nullptr));
    xdecref(std::exchange(gen->qualname, nullptr));
    xdecref(std::exchange(gen->excState.excValue, nullptr));
    xdecref(std::exchange(gen->originOrFinalizer, nullptr));
    interp.freeObject(o);
}

// gen_traverse: gi_code, gi_name, gi_qualname, the frame (_PyFrame_Traverse: frame object, locals,
// function, code, then localsplus up to the stacktop the GC sees: none while the generator's code
// runs), then the exception state. `ownedOnly`: every entry the frame owns (the audit's view).
int genVisit(Object* o, VisitProc visit, void* arg, bool ownedOnly) {
    GenObject* gen = asGen(o);
    // async_gen_traverse visits ag_finalizer first; gen_traverse (coroutines too) leaves cr_origin out.
    if ((ownedOnly || isAsyncGenerator(o)) && gen->originOrFinalizer)
        if (int r = visit(gen->originOrFinalizer, arg)) return r;
    for (Object* p : {gen->code, gen->name, gen->qualname})
        if (p)
            if (int r = visit(p, arg)) return r;
    if (gen->state < genstate::kCleared && !gen->frameData.empty()) {
        Frame* f = gen->frame();
        for (Object* p : {f->frameObject, f->locals, f->func, static_cast<Object*>(f->code)})
            if (p)
                if (int r = visit(p, arg)) return r;
        const int top = ownedOnly || gen->state != genstate::kExecuting ? f->stacktop : frameGcStacktop(vmOf(o), f);
        Object** lp = f->localsplus();
        for (int i = 0; i < top; ++i)
            if (lp[i])
                if (int r = visit(lp[i], arg)) return r;
    }
    if (Object* exc = gen->excState.excValue)
        if (int r = visit(exc, arg)) return r;
    return 0;
}
int genTraverse(Object* o, VisitProc visit, void* arg) { return genVisit(o, visit, arg, false); }
void genReferences(Object* o, VisitProc visit, void* arg) { genVisit(o, visit, arg, true); }

std::int64_t genSizeOf(const Object* o) {
    const GenObject* gen = static_cast<const GenObject*>(o);
    const CodeObject* co = asCode(gen->code);
    return 80 + 8 * (co->nlocalsplus + co->stacksize + kFrameSpecialsSize);
}

// gen_repr / coro_repr / async_gen_repr: "<TYPE object QUALNAME at 0x...>".
Object* genRepr(Object* o) {
    return newStrFromUtf8(interpOf(o), formatString("<%s object %s at 0x%llx>", o->type->name.c_str(), strToUtf8(asGen(o)->qualname).c_str(),
                                                    static_cast<unsigned long long>(o->addr)))
        .release();
}

Object* genIter(Object* o) {
    incref(o);
    return o;
}

Object* genSendMethod(Object* self, Object* const* args, std::int64_t, Object*) {
    return genSendEx(asGen(self), args[0], false, false).release();
}

} // namespace

Object* generatorThrowMethod(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    if (kwCount(kwnames)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "throw() takes no keyword arguments");
        return nullptr;
    }
    if (nargs < 1 || nargs > 3) {
        raiseError(interp, vmOf(interp).exc.TypeError,
                   formatString("throw expected at %s %d argument%s, got %lld", nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 3,
                                nargs < 1 ? "" : "s", static_cast<long long>(nargs)));
        return nullptr;
    }
    return genThrow(asGen(self), true, args[0], nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr).release();
}

namespace {

Object* genCloseMethod(Object* self, Object* const*, std::int64_t, Object*) { return generatorClose(self).release(); }

// A new reference to v, or to None when v is null.
Object* orNone(Object* self, Object* v) {
    Object* r = v ? v : interpOf(self).none;
    incref(r);
    return r;
}

const MethodDef kMethods[] = {
    {"send", genSendMethod, meth::kO},
    {"throw", generatorThrowMethod, meth::kFastcall | meth::kKeywords},
    {"close", genCloseMethod, meth::kNoArgs},
    {nullptr, nullptr, 0},
};
const GetSetDef kGetSets[] = {
    {"__name__", generatorGetName},         {"__qualname__", generatorGetQualName},
    {"gi_code", generatorGetCode},          {"gi_running", generatorGetRunning},
    {"gi_suspended", generatorGetSuspended}, {"gi_frame", generatorGetFrame},
    {"gi_yieldfrom", generatorGetYieldFrom}, {nullptr, nullptr},
};

} // namespace

Object* generatorGetName(Object* self) { return orNone(self, asGen(self)->name); }
Object* generatorGetQualName(Object* self) { return orNone(self, asGen(self)->qualname); }
Object* generatorGetCode(Object* self) { return orNone(self, asGen(self)->code); }
Object* generatorGetRunning(Object* self) { return newBool(interpOf(self), asGen(self)->state == genstate::kExecuting); }
Object* generatorGetSuspended(Object* self) { return newBool(interpOf(self), asGen(self)->state == genstate::kSuspended); }
Object* generatorGetFrame(Object* self) {
    GenObject* gen = asGen(self);
    if (gen->state >= genstate::kCompleted) return orNone(self, nullptr);
    return orNone(self, frameObjectOf(vmOf(self), gen->frame()));
}
Object* generatorGetYieldFrom(Object* self) {
    Object* yf = yieldFrom(asGen(self));
    return yf ? yf : orNone(self, nullptr);
}

bool isGenerator(const Object* o) { return o->type == vmOf(o).types.generator; }
bool isCoroutine(const Object* o) { return o->type == vmOf(o).types.coroutine; }
bool isAsyncGenerator(const Object* o) { return o->type == vmOf(o).types.asyncGenerator; }
bool isIterableCoroutine(const Object* o) {
    return isGenerator(o) && (asCode(static_cast<const GenObject*>(o)->code)->flags & coflags::kIterableCoroutine);
}
Object* generatorIterNext(Object* gen) { return genIterNext(gen); }
Ref generatorSendEx(Object* gen, Object* arg, bool exc, bool closing) { return genSendEx(asGen(gen), arg, exc, closing); }
Object* generatorYieldFrom(Object* gen) { return yieldFrom(asGen(gen)); }

Ref newGeneratorFromFrame(Interpreter& interp, Frame* frame) {
    VmState& vm = vmOf(interp);
    CodeObject* co = frame->code;
    FunctionObject* fn = asFunction(frame->func);
    const std::int64_t slots = co->nlocalsplus + co->stacksize + kFrameSpecialsSize;
    const int kind = co->flags & (coflags::kGenerator | coflags::kCoroutine | coflags::kAsyncGenerator);
    TypeObject* type = kind == coflags::kCoroutine        ? vm.types.coroutine
                       : kind == coflags::kAsyncGenerator ? vm.types.asyncGenerator
                                                          : vm.types.generator;
    auto* gen = interp.newObject<GenObject>(type, static_cast<std::uint64_t>(80 + 8 * slots));
    if (!gen) return Ref();
    incref(co);
    gen->code = co;
    incref(fn->name);
    gen->name = fn->name;
    incref(fn->qualname);
    gen->qualname = fn->qualname;
    // _PyFrame_Copy: the frame's references move into the generator.
    const std::size_t words = frameWords(co);
    gen->frameData.assign(reinterpret_cast<Object**>(frame), reinterpret_cast<Object**>(frame) + words);
    Frame* gf = gen->frame();
    gf->owner = frameowner::kGenerator;
    gf->previous = nullptr;
    gf->isEntry = false;
    gen->state = genstate::kCreated;
    interp.gc().track(gen);
    return Ref(gen);
}

Ref generatorSend(Object* gen, Object* value, bool* returned) {
    Ref r;
    const int status = sendEx2(asGen(gen), value, r, false, false);
    if (status < 0) return Ref();
    *returned = status == 0;
    if (!r) r = Ref::borrowed(interpOf(gen).none);
    return r;
}

Ref generatorThrow(Object* gen, Object* type, Object* value, Object* tb) { return genThrow(asGen(gen), true, type, value, tb); }
Ref generatorThrowEx(Object* gen, bool closeOnGenexit, Object* type, Object* value, Object* tb) {
    return genThrow(asGen(gen), closeOnGenexit, type, value, tb);
}

Ref generatorClose(Object* o) {
    GenObject* gen = asGen(o);
    Interpreter& interp = interpOf(o);
    VmState& vm = vmOf(interp);
    int err = 0;
    Ref yf(yieldFrom(gen));
    if (yf) {
        const std::int8_t state = gen->state;
        gen->state = genstate::kExecuting;
        err = genCloseIter(yf.get());
        gen->state = state;
    }
    if (err == 0) raiseType(interp, vm.exc.GeneratorExit);
    Ref r = genSendEx(gen, interp.none, true, true);
    if (r) {
        raiseError(interp, vm.exc.RuntimeError, std::string(kindWord(gen)) + " ignored GeneratorExit");
        return Ref();
    }
    if (errMatches(interp, vm.exc.StopIteration) || errMatches(interp, vm.exc.GeneratorExit)) {
        clearError(interp);
        return Ref::borrowed(interp.none);
    }
    return Ref();
}

void initGenCommonSlots(Interpreter&, TypeObject& t) {
    t.dealloc = genDealloc;
    t.traverse = genTraverse;
    t.references = genReferences;
    t.sizeOf = genSizeOf;
    t.repr = genRepr;
    t.label = [](const Object* o) { return "<" + o->type->name + " " + strToUtf8(static_cast<const GenObject*>(o)->qualname) + ">"; };
    t.slots.finalize = genFinalize;
    setHostDestructor<GenObject>(t);
}

void initGeneratorType(Interpreter& interp, TypeObject& t) {
    initGenCommonSlots(interp, t);
    t.slots.iter = genIter;
    t.slots.iternext = genIterNext;
    addMethods(interp, &t, kMethods);
    addGetSets(interp, &t, kGetSets);
}

} // namespace hs
