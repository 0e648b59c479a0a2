// Coroutines (Objects/genobject.c 3.11): PyCoro_Type over the generator machinery, its __await__
// iterator (coroutine_wrapper) and _PyCoro_GetAwaitableIter, which GET_AWAITABLE runs.
#include "objects/coroutine_object.h"

#include "objects/descr_object.h"
#include "objects/generator_object.h"
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

// Host side of PyCoroWrapper (24 bytes + GC head). Invariant: coroutine strong.
struct CoroWrapperObject : Object {
    Object* coroutine = nullptr;
};
CoroWrapperObject* asWrapper(Object* o) { return static_cast<CoroWrapperObject*>(o); }

// coro_await: a new coroutine_wrapper over the coroutine (tracked).
Object* coroAwait(Object* coro) {
    Interpreter& interp = interpOf(coro);
    auto* cw = interp.newObject<CoroWrapperObject>(vmOf(interp).types.coroutineWrapper, 24);
    if (!cw) return nullptr;
    incref(coro);
    cw->coroutine = coro;
    interp.gc().track(cw);
    return cw;
}

Object* ret(Object* v) {
    incref(v);
    return v;
}
Object* orNone(Object* self, Object* v) { return ret(v ? v : interpOf(self).none); }

Object* coroSend(Object* self, Object* const* args, std::int64_t, Object*) {
    return generatorSendEx(self, args[0], false, false).release();
}
Object* coroClose(Object* self, Object* const*, std::int64_t, Object*) { return generatorClose(self).release(); }

Object* getOrigin(Object* self) { return orNone(self, asGen(self)->originOrFinalizer); }

const MethodDef kCoroMethods[] = {
    {"send", coroSend, meth::kO, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", generatorThrowMethod, meth::kFastcall | meth::kKeywords,
     "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."},
    {"close", coroClose, meth::kNoArgs, "close() -> raise GeneratorExit inside coroutine."},
    {nullptr, nullptr, 0},
};
const GetSetDef kCoroGetSets[] = {
    {"__name__", generatorGetName},
    {"__qualname__", generatorGetQualName},
    {"cr_await", generatorGetYieldFrom, nullptr, "object being awaited on, or None"},
    {"cr_running", generatorGetRunning},
    {"cr_frame", generatorGetFrame},
    {"cr_code", generatorGetCode},
    {"cr_suspended", generatorGetSuspended},
    {nullptr, nullptr},
};
const GetSetDef kCoroMembers[] = {{"cr_origin", getOrigin}, {nullptr, nullptr}};

// coroutine_wrapper: send/throw/close and next() forward to the coroutine.
Object* wrapperSend(Object* self, Object* const* args, std::int64_t, Object*) {
    return generatorSendEx(asWrapper(self)->coroutine, args[0], false, false).release();
}
Object* wrapperThrow(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    return generatorThrowMethod(asWrapper(self)->coroutine, args, nargs, kwnames);
}
Object* wrapperClose(Object* self, Object* const*, std::int64_t, Object*) {
    return generatorClose(asWrapper(self)->coroutine).release();
}
Object* wrapperIterNext(Object* self) { return generatorIterNext(asWrapper(self)->coroutine); }

const MethodDef kWrapperMethods[] = {
    {"send", wrapperSend, meth::kO, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", wrapperThrow, meth::kFastcall | meth::kKeywords,
     "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."},
    {"close", wrapperClose, meth::kNoArgs, "close() -> raise GeneratorExit inside coroutine."},
    {nullptr, nullptr, 0},
};

void wrapperDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    xdecref(std::exchange(asWrapper(o)->coroutine, nullptr));
    interp.freeObject(o);
}
int wrapperTraverse(Object* o, VisitProc visit, void* arg) {
    Object* c = asWrapper(o)->coroutine;
    return c ? visit(c, arg) : 0;
}

} // namespace

Ref awaitableIter(Object* o) {
    Interpreter& interp = interpOf(o);
    if (isCoroutine(o) || isIterableCoroutine(o)) return Ref::borrowed(o);
    UnaryFunc getter = o->type->slots.await_;
    if (!getter) {
        typeError(interp, "object " + o->type->name + " can't be used in 'await' expression");
        return Ref();
    }
    Ref res(getter(o));
    if (!res) return Ref();
    if (isCoroutine(res.get()) || isIterableCoroutine(res.get())) {
        // __await__ must return an iterator, not a coroutine or another awaitable (PEP 492).
        typeError(interp, "__await__() returned a coroutine");
        return Ref();
    }
    if (!res->type->slots.iternext) {
        typeError(interp, "__await__() returned non-iterator of type '" + res->type->name + "'");
        return Ref();
    }
    return res;
}

void initCoroutineTypes(Interpreter& interp) {
    VmTypes& t = vmOf(interp).types;
    TypeObject& c = *t.coroutine;
    initGenCommonSlots(interp, c);
    c.slots.await_ = coroAwait;
    addMethods(interp, &c, kCoroMethods);
    addGetSets(interp, &c, kCoroGetSets);
    addMembers(interp, &c, kCoroMembers);

    TypeObject& w = *t.coroutineWrapper;
    w.dealloc = wrapperDealloc;
    w.traverse = wrapperTraverse;
    w.sizeOf = [](const Object* o) { return o->type->basicsize; };
    w.slots.iter = [](Object* o) { return ret(o); };
    w.slots.iternext = wrapperIterNext;
    setHostDestructor<CoroWrapperObject>(w);
    addMethods(interp, &w, kWrapperMethods);
}

} // namespace hs
