// Async generators (Objects/genobject.c 3.11): PyAsyncGen_Type (asend/athrow/aclose, __anext__),
// the awaitables those return (async_generator_asend, async_generator_athrow) driven by send/throw,
// and the async_generator_wrapped_value that marks a `yield` (vs. an await's value) on the way out.
// asend objects and wrapped values come from free lists of 80, as CPython's.
#include "objects/async_generator_object.h"

#include "objects/descr_object.h"
#include "objects/generator_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/frame.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
GenObject* asGen(Object* o) { return static_cast<GenObject*>(o); }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }

// AWAITABLE_STATE_*
enum class AwaitState : std::uint8_t { Init, Iter, Closed };

// Host side of PyAsyncGenASend (40 bytes + GC head). Invariant: gen strong; sendval strong or null.
struct ASendObject : Object {
    Object* gen = nullptr;
    Object* sendval = nullptr;
    AwaitState state = AwaitState::Init;
};
// Host side of PyAsyncGenAThrow (40 bytes + GC head). args null = aclose(); else athrow's tuple.
struct AThrowObject : Object {
    Object* gen = nullptr;
    Object* args = nullptr;
    AwaitState state = AwaitState::Init;
};
// Host side of _PyAsyncGenWrappedValue (24 bytes + GC head). Invariant: val strong.
struct WrappedValueObject : Object {
    Object* val = nullptr;
};
ASendObject* asASend(Object* o) { return static_cast<ASendObject*>(o); }
AThrowObject* asAThrow(Object* o) { return static_cast<AThrowObject*>(o); }

bool isWrappedValue(const Object* o) { return o->type == vmOf(o).types.asyncGenWrappedValue; }

// async_gen_init_hooks: the hooks sys.set_asyncgen_hooks would install (none in the simulation:
// ag_finalizer stays NULL and no firstiter runs); marks them taken.
int initHooks(GenObject* gen) {
    gen->hooksInited = true;
    return 0;
}

Object* asendNew(GenObject* gen, Object* sendval) {
    Interpreter& interp = interpOf(gen);
    auto& free = interp.freeLists().asyncGenASends;
    ASendObject* o;
    if (!free.empty()) {
        o = asASend(free.back());
        free.pop_back();
        interp.reviveObject(o);
    } else {
        o = interp.newObject<ASendObject>(vmOf(interp).types.asyncGenASend, 40);
        if (!o) return nullptr;
    }
    incref(gen);
    o->gen = gen;
    xincref(sendval);
    o->sendval = sendval;
    o->state = AwaitState::Init;
    interp.gc().track(o);
    return o;
}

Object* athrowNew(GenObject* gen, Object* args) {
    Interpreter& interp = interpOf(gen);
    auto* o = interp.newObject<AThrowObject>(vmOf(interp).types.asyncGenAThrow, 40);
    if (!o) return nullptr;
    incref(gen);
    o->gen = gen;
    xincref(args);
    o->args = args;
    o->state = AwaitState::Init;
    interp.gc().track(o);
    return o;
}

// async_gen_unwrap_value: a wrapped value (a `yield`) becomes StopIteration(value); the end of the
// generator becomes StopAsyncIteration (and closes it); an await's value passes through.
Object* unwrapValue(GenObject* gen, Object* result) {
    Interpreter& interp = interpOf(gen);
    VmState& vm = vmOf(interp);
    if (!result) {
        if (!errOccurred(interp)) raiseType(interp, vm.exc.StopAsyncIteration);
        if (errMatches(interp, vm.exc.StopAsyncIteration) || errMatches(interp, vm.exc.GeneratorExit)) gen->closed = true;
        gen->runningAsync = false;
        return nullptr;
    }
    if (isWrappedValue(result)) {
        raiseStopIteration(interp, static_cast<WrappedValueObject*>(result)->val);
        decref(result);
        gen->runningAsync = false;
        return nullptr;
    }
    return result;
}

// ---------------------------------------------------------------- async_generator

Object* agANext(Object* self) {
    if (initHooks(asGen(self))) return nullptr;
    return asendNew(asGen(self), nullptr);
}
Object* agASend(Object* self, Object* const* args, std::int64_t, Object*) {
    if (initHooks(asGen(self))) return nullptr;
    return asendNew(asGen(self), args[0]);
}
Object* agAClose(Object* self, Object* const*, std::int64_t, Object*) {
    if (initHooks(asGen(self))) return nullptr;
    return athrowNew(asGen(self), nullptr);
}
// METH_VARARGS: the argument tuple is kept for the first send.
Object* agAThrow(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    if (initHooks(asGen(self))) return nullptr;
    Ref tuple = tupleFromArray(interpOf(self), args, nargs);
    if (!tuple) return nullptr;
    return athrowNew(asGen(self), tuple.get());
}

Object* getRunning(Object* self) { return newBool(interpOf(self), asGen(self)->runningAsync); }

const MethodDef kAgMethods[] = {
    {"asend", agASend, meth::kO, "asend(v) -> send 'v' in generator."},
    {"athrow", agAThrow, meth::kVarargs, "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", agAClose, meth::kNoArgs, "aclose() -> raise GeneratorExit inside generator."},
    {nullptr, nullptr, 0},
};
const GetSetDef kAgGetSets[] = {
    {"__name__", generatorGetName, nullptr, "name of the async generator"},
    {"__qualname__", generatorGetQualName, nullptr, "qualified name of the async generator"},
    {"ag_await", generatorGetYieldFrom, nullptr, "object being awaited on, or None"},
    {"ag_frame", generatorGetFrame},
    {nullptr, nullptr},
};
const GetSetDef kAgMembers[] = {{"ag_running", getRunning}, {"ag_code", generatorGetCode}, {nullptr, nullptr}};

// ---------------------------------------------------------------- async_generator_asend

const char kSendDoc[] = "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.";
const char kThrowDoc[] = "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.";
const char kCloseDoc[] = "close() -> raise GeneratorExit inside generator.";

void raiseRuntime(Interpreter& interp, const char* msg) { raiseError(interp, vmOf(interp).exc.RuntimeError, msg); }

Object* asendSend(Object* self, Object* arg) {
    ASendObject* o = asASend(self);
    Interpreter& interp = interpOf(self);
    GenObject* gen = asGen(o->gen);
    if (o->state == AwaitState::Closed) {
        raiseRuntime(interp, "cannot reuse already awaited __anext__()/asend()");
        return nullptr;
    }
    if (o->state == AwaitState::Init) {
        if (gen->runningAsync) {
            raiseRuntime(interp, "anext(): asynchronous generator is already running");
            return nullptr;
        }
        if (!arg || arg == interp.none) arg = o->sendval;
        o->state = AwaitState::Iter;
    }
    gen->runningAsync = true;
    Ref keep = Ref::borrowed(gen);
    Object* result = unwrapValue(gen, generatorSendEx(gen, arg, false, false).release());
    if (!result) o->state = AwaitState::Closed;
    return result;
}
Object* asendSendMethod(Object* self, Object* const* args, std::int64_t, Object*) { return asendSend(self, args[0]); }
Object* asendIterNext(Object* self) { return asendSend(self, nullptr); }
Object* asendThrow(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    ASendObject* o = asASend(self);
    if (o->state == AwaitState::Closed) {
        raiseRuntime(interpOf(self), "cannot reuse already awaited __anext__()/asend()");
        return nullptr;
    }
    Ref keep = Ref::borrowed(o->gen);
    Object* result = unwrapValue(asGen(o->gen), generatorThrowMethod(o->gen, args, nargs, nullptr));
    if (!result) o->state = AwaitState::Closed;
    return result;
}
Object* asendClose(Object* self, Object* const*, std::int64_t, Object*) {
    asASend(self)->state = AwaitState::Closed;
    return Ref::borrowed(interpOf(self).none).release();
}

const MethodDef kASendMethods[] = {
    {"send", asendSendMethod, meth::kO, kSendDoc},
    {"throw", asendThrow, meth::kFastcall, kThrowDoc},
    {"close", asendClose, meth::kNoArgs, kCloseDoc},
    {nullptr, nullptr, 0},
};

// ---------------------------------------------------------------- async_generator_athrow

// The end of an athrow/aclose awaitable: it is closed, the generator no longer running; aclose()
// turns StopAsyncIteration/GeneratorExit into StopIteration (its await is done).
Object* athrowCheckError(AThrowObject* o) {
    Interpreter& interp = interpOf(o);
    VmState& vm = vmOf(interp);
    asGen(o->gen)->runningAsync = false;
    o->state = AwaitState::Closed;
    if ((errMatches(interp, vm.exc.StopAsyncIteration) || errMatches(interp, vm.exc.GeneratorExit)) && !o->args) {
        clearError(interp);
        raiseType(interp, vm.exc.StopIteration);
    }
    return nullptr;
}
Object* athrowYieldClose(AThrowObject* o) {
    asGen(o->gen)->runningAsync = false;
    o->state = AwaitState::Closed;
    raiseRuntime(interpOf(o), "async generator ignored GeneratorExit");
    return nullptr;
}

Object* athrowSend(Object* self, Object* arg) {
    AThrowObject* o = asAThrow(self);
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(interp);
    GenObject* gen = asGen(o->gen);
    Ref keep = Ref::borrowed(gen);
    if (o->state == AwaitState::Closed) {
        raiseRuntime(interp, "cannot reuse already awaited aclose()/athrow()");
        return nullptr;
    }
    if (gen->state >= genstate::kCompleted) {
        o->state = AwaitState::Closed;
        raiseType(interp, vm.exc.StopIteration);
        return nullptr;
    }
    if (o->state == AwaitState::Init) {
        if (gen->runningAsync) {
            o->state = AwaitState::Closed;
            raiseRuntime(interp, o->args ? "athrow(): asynchronous generator is already running"
                                         : "aclose(): asynchronous generator is already running");
            return nullptr;
        }
        if (gen->closed) {
            o->state = AwaitState::Closed;
            raiseType(interp, vm.exc.StopAsyncIteration);
            return nullptr;
        }
        if (arg != interp.none) {
            raiseRuntime(interp, "can't send non-None value to a just-started coroutine");
            return nullptr;
        }
        o->state = AwaitState::Iter;
        gen->runningAsync = true;
        Object* retval;
        if (!o->args) {
            // aclose() mode
            gen->closed = true;
            retval = generatorThrowEx(gen, false, vm.exc.GeneratorExit, nullptr, nullptr).release();
            if (retval && isWrappedValue(retval)) {
                decref(retval);
                return athrowYieldClose(o);
            }
        } else {
            // PyArg_UnpackTuple(args, "athrow", 1, 3, ...)
            const std::int64_t n = tupleSize(o->args);
            if (n < 1 || n > 3) {
                typeError(interp, formatString("athrow expected %s%d argument%s, got %lld", n < 1 ? "at least " : "at most ",
                                               n < 1 ? 1 : 3, n < 1 ? "" : "s", static_cast<long long>(n)));
                return nullptr;
            }
            retval = generatorThrowEx(gen, false, tupleItem(o->args, 0), n > 1 ? tupleItem(o->args, 1) : nullptr,
                                      n > 2 ? tupleItem(o->args, 2) : nullptr)
                         .release();
            retval = unwrapValue(gen, retval);
        }
        if (!retval) return athrowCheckError(o);
        return retval;
    }
    Object* retval = generatorSendEx(gen, arg, false, false).release();
    if (o->args) return unwrapValue(gen, retval);
    // aclose() mode
    if (!retval) return athrowCheckError(o);
    if (isWrappedValue(retval)) {
        decref(retval);
        return athrowYieldClose(o);
    }
    return retval;
}
Object* athrowSendMethod(Object* self, Object* const* args, std::int64_t, Object*) { return athrowSend(self, args[0]); }
Object* athrowIterNext(Object* self) { return athrowSend(self, interpOf(self).none); }
Object* athrowThrow(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    AThrowObject* o = asAThrow(self);
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(interp);
    if (o->state == AwaitState::Closed) {
        raiseRuntime(interp, "cannot reuse already awaited aclose()/athrow()");
        return nullptr;
    }
    Ref keep = Ref::borrowed(o->gen);
    Object* retval = generatorThrowMethod(o->gen, args, nargs, nullptr);
    if (o->args) return unwrapValue(asGen(o->gen), retval);
    // aclose() mode
    if (retval && isWrappedValue(retval)) {
        asGen(o->gen)->runningAsync = false;
        o->state = AwaitState::Closed;
        decref(retval);
        raiseRuntime(interp, "async generator ignored GeneratorExit");
        return nullptr;
    }
    if (errMatches(interp, vm.exc.StopAsyncIteration) || errMatches(interp, vm.exc.GeneratorExit)) {
        clearError(interp);
        raiseType(interp, vm.exc.StopIteration);
    }
    return retval;
}
Object* athrowClose(Object* self, Object* const*, std::int64_t, Object*) {
    asAThrow(self)->state = AwaitState::Closed;
    return Ref::borrowed(interpOf(self).none).release();
}

const MethodDef kAThrowMethods[] = {
    {"send", athrowSendMethod, meth::kO, kSendDoc},
    {"throw", athrowThrow, meth::kFastcall, kThrowDoc},
    {"close", athrowClose, meth::kNoArgs, kCloseDoc},
    {nullptr, nullptr, 0},
};

// ---------------------------------------------------------------- dealloc / traverse

Object* selfIter(Object* o) {
    incref(o);
    return o;
}
std::int64_t basicSize(const Object* o) { return o->type->basicsize; }

void asendDealloc(Object* self) {
    Interpreter& interp = interpOf(self);
    ASendObject* o = asASend(self);
    if (GcState::isTracked(self)) interp.gc().untrack(self);
    xdecref(std::exchange(o->gen, nullptr));
    xdecref(std::exchange(o->sendval, nullptr));
    auto& free = interp.freeLists().asyncGenASends;
    if (free.size() < FreeLists::kAsyncGenMax) {
        free.push_back(self);
        interp.retainObject(self);
    } else {
        interp.freeObject(self);
    }
}
int asendTraverse(Object* self, VisitProc visit, void* arg) {
    for (Object* p : {asASend(self)->gen, asASend(self)->sendval})
        if (p)
            if (int r = visit(p, arg)) return r;
    return 0;
}
void athrowDealloc(Object* self) {
    Interpreter& interp = interpOf(self);
    AThrowObject* o = asAThrow(self);
    if (GcState::isTracked(self)) interp.gc().untrack(self);
    xdecref(std::exchange(o->gen, nullptr));
    xdecref(std::exchange(o->args, nullptr));
    interp.freeObject(self);
}
int athrowTraverse(Object* self, VisitProc visit, void* arg) {
    for (Object* p : {asAThrow(self)->gen, asAThrow(self)->args})
        if (p)
            if (int r = visit(p, arg)) return r;
    return 0;
}
void wrappedDealloc(Object* self) {
    Interpreter& interp = interpOf(self);
    if (GcState::isTracked(self)) interp.gc().untrack(self);
    xdecref(std::exchange(static_cast<WrappedValueObject*>(self)->val, nullptr));
    auto& free = interp.freeLists().asyncGenValues;
    if (free.size() < FreeLists::kAsyncGenMax) {
        free.push_back(self);
        interp.retainObject(self);
    } else {
        interp.freeObject(self);
    }
}
int wrappedTraverse(Object* self, VisitProc visit, void* arg) {
    Object* v = static_cast<WrappedValueObject*>(self)->val;
    return v ? visit(v, arg) : 0;
}

void releaseAll(Interpreter& interp, std::vector<Object*>& free) {
    while (!free.empty()) {
        Object* o = free.back();
        free.pop_back();
        interp.releaseRetained(o);
    }
}

} // namespace

Ref asyncGenWrapValue(Interpreter& interp, Object* value) {
    auto& free = interp.freeLists().asyncGenValues;
    WrappedValueObject* o;
    if (!free.empty()) {
        o = static_cast<WrappedValueObject*>(free.back());
        free.pop_back();
        interp.reviveObject(o);
    } else {
        o = interp.newObject<WrappedValueObject>(vmOf(interp).types.asyncGenWrappedValue, 24);
        if (!o) return Ref();
    }
    incref(value);
    o->val = value;
    interp.gc().track(o);
    return Ref(o);
}

void clearAsyncGenFreeLists(Interpreter& interp) {
    releaseAll(interp, interp.freeLists().asyncGenValues);
    releaseAll(interp, interp.freeLists().asyncGenASends);
}

void initAsyncGeneratorTypes(Interpreter& interp) {
    VmTypes& t = vmOf(interp).types;
    TypeObject& ag = *t.asyncGenerator;
    initGenCommonSlots(interp, ag);
    ag.slots.aiter = selfIter;
    ag.slots.anext = agANext;
    addMethods(interp, &ag, kAgMethods);
    addMembers(interp, &ag, kAgMembers);
    addGetSets(interp, &ag, kAgGetSets);

    TypeObject& as = *t.asyncGenASend;
    as.dealloc = asendDealloc;
    as.traverse = asendTraverse;
    as.sizeOf = basicSize;
    as.slots.await_ = selfIter;
    as.slots.iter = selfIter;
    as.slots.iternext = asendIterNext;
    setHostDestructor<ASendObject>(as);
    addMethods(interp, &as, kASendMethods);

    TypeObject& at = *t.asyncGenAThrow;
    at.dealloc = athrowDealloc;
    at.traverse = athrowTraverse;
    at.sizeOf = basicSize;
    at.slots.await_ = selfIter;
    at.slots.iter = selfIter;
    at.slots.iternext = athrowIterNext;
    setHostDestructor<AThrowObject>(at);
    addMethods(interp, &at, kAThrowMethods);

    TypeObject& wv = *t.asyncGenWrappedValue;
    wv.dealloc = wrappedDealloc;
    wv.traverse = wrappedTraverse;
    wv.sizeOf = basicSize;
    setHostDestructor<WrappedValueObject>(wv);
}

} // namespace hs
