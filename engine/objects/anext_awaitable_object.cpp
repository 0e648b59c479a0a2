// anext_awaitable (Objects/iterobject.c 3.11): next()/send()/throw()/close() reach the awaitable of
// the wrapped __anext__ result (a coroutine's through its __await__), each time anew.
#include "objects/anext_awaitable_object.h"

#include "objects/coroutine_object.h"
#include "objects/descr_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }

// Host side of anextawaitableobject (32 bytes + GC head). Invariant: wrapped and defaultValue strong.
struct AnextAwaitableObject : Object {
    Object* wrapped = nullptr;
    Object* defaultValue = nullptr;
};
AnextAwaitableObject* asAnext(Object* o) { return static_cast<AnextAwaitableObject*>(o); }

// anextawaitable_getiter: the wrapped object's awaitable iterator (a coroutine's __await__()).
Ref getIterOf(AnextAwaitableObject* o) {
    Interpreter& interp = interpOf(o);
    Ref awaitable = awaitableIter(o->wrapped);
    if (!awaitable) return Ref();
    if (!awaitable->type->slots.iternext) {
        // Of what _PyCoro_GetAwaitableIter returns, only coroutines lack tp_iternext.
        Ref next(awaitable->type->slots.await_(awaitable.get()));
        if (!next) return Ref();
        if (!next->type->slots.iternext) {
            raiseError(interp, vmOf(interp).exc.TypeError, "__await__ returned a non-iterable");
            return Ref();
        }
        awaitable = std::move(next);
    }
    return awaitable;
}

// StopAsyncIteration from the wrapped awaitable becomes StopIteration(default), as if __anext__()
// had returned the default.
Object* finish(AnextAwaitableObject* o, Object* result) {
    Interpreter& interp = interpOf(o);
    if (!result && errMatches(interp, vmOf(interp).exc.StopAsyncIteration)) {
        clearError(interp);
        raiseStopIteration(interp, o->defaultValue);
    }
    return result;
}

Object* anextIterNext(Object* self) {
    AnextAwaitableObject* o = asAnext(self);
    Ref awaitable = getIterOf(o);
    if (!awaitable) return nullptr;
    Object* result = awaitable->type->slots.iternext(awaitable.get());
    if (!result && !errOccurred(interpOf(self))) return nullptr;
    return finish(o, result);
}

// anextawaitable_proxy: PyObject_CallMethod(awaitable, meth, "O", arg).
Object* proxy(Object* self, const char* meth, Object* arg) {
    AnextAwaitableObject* o = asAnext(self);
    Ref awaitable = getIterOf(o);
    if (!awaitable) return nullptr;
    Ref fn = getAttrStr(awaitable.get(), meth);
    if (!fn) return finish(o, nullptr);
    // "O" with a tuple argument passes the tuple's items (METH_VARARGS gives throw/close a tuple).
    Ref r = isTuple(arg) ? callTupleDict(fn.get(), arg, nullptr) : callOneArg(fn.get(), arg);
    return finish(o, r.release());
}
Object* anextSend(Object* self, Object* const* args, std::int64_t, Object*) { return proxy(self, "send", args[0]); }
Object* anextThrow(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Ref t = tupleFromArray(interpOf(self), args, nargs);
    return t ? proxy(self, "throw", t.get()) : nullptr;
}
Object* anextClose(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Ref t = tupleFromArray(interpOf(self), args, nargs);
    return t ? proxy(self, "close", t.get()) : nullptr;
}

const MethodDef kMethods[] = {
    {"send", anextSend, meth::kO, "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next yielded value or raise StopIteration."},
    {"throw", anextThrow, meth::kVarargs,
     "throw(typ[,val[,tb]]) -> raise exception in the wrapped iterator,\nreturn next yielded value or raise StopIteration."},
    {"close", anextClose, meth::kVarargs, "close() -> raise GeneratorExit inside generator."},
    {nullptr, nullptr, 0},
};

Object* selfIter(Object* o) {
    incref(o);
    return o;
}

void anextDealloc(Object* self) {
    Interpreter& interp = interpOf(self);
    if (GcState::isTracked(self)) interp.gc().untrack(self);
    xdecref(std::exchange(asAnext(self)->wrapped, nullptr));
    xdecref(std::exchange(asAnext(self)->defaultValue, nullptr));
    interp.freeObject(self);
}
int anextTraverse(Object* self, VisitProc visit, void* arg) {
    for (Object* p : {asAnext(self)->wrapped, asAnext(self)->defaultValue})
        if (p)
            if (int r = visit(p, arg)) return r;
    return 0;
}

} // namespace

Ref newAnextAwaitable(Interpreter& interp, Object* awaitable, Object* defaultValue) {
    auto* o = interp.newObject<AnextAwaitableObject>(vmOf(interp).types.anextAwaitable, 32);
    if (!o) return Ref();
    incref(awaitable);
    o->wrapped = awaitable;
    incref(defaultValue);
    o->defaultValue = defaultValue;
    interp.gc().track(o);
    return Ref(o);
}

void initAnextAwaitableType(Interpreter& interp) {
    TypeObject& t = *vmOf(interp).types.anextAwaitable;
    t.dealloc = anextDealloc;
    t.traverse = anextTraverse;
    t.sizeOf = [](const Object* o) { return o->type->basicsize; };
    t.slots.await_ = selfIter;
    t.slots.iter = selfIter;
    t.slots.iternext = anextIterNext;
    setHostDestructor<AnextAwaitableObject>(t);
    addMethods(interp, &t, kMethods);
}

} // namespace hs
