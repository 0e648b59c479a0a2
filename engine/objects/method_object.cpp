// Bound methods: creation, dealloc, traverse, repr `<bound method C.m of <...>>`, calls that
// prepend self, and __func__/__self__.
#include "objects/method_object.h"

#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/eval.h"
#include "vm/vm_state.h"

#include <vector>

namespace hs {

namespace {

MethodObject* asMethodObj(Object* o) { return static_cast<MethodObject*>(o); }

void methodDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    clearWeakrefs(o);
    MethodObject* m = asMethodObj(o);
    xdecref(std::exchange(m->func, nullptr));
    xdecref(std::exchange(m->self, nullptr));
    interp.freeObject(o);
}

int methodTraverse(Object* o, VisitProc visit, void* arg) {
    MethodObject* m = asMethodObj(o);
    if (m->func)
        if (int r = visit(m->func, arg)) return r;
    if (m->self)
        if (int r = visit(m->self, arg)) return r;
    return 0;
}

Object* methodRepr(Object* o) {
    MethodObject* m = asMethodObj(o);
    Interpreter& interp = *o->type->interp;
    std::string name = "?";
    Ref q;
    if (lookupAttr(m->func, vmOf(interp).names.__qualname__, q) < 0) return nullptr;
    if (!q && lookupAttr(m->func, vmOf(interp).names.__name__, q) < 0) return nullptr;
    if (q && isStr(q.get())) name = strToUtf8(q.get());
    Ref selfRepr = objectRepr(m->self);
    if (!selfRepr) return nullptr;
    return newStrFromUtf8(interp, "<bound method " + name + " of " + strToUtf8(selfRepr.get()) + ">").release();
}

std::int64_t methodHash(Object* o) {
    MethodObject* m = asMethodObj(o);
    const std::int64_t a = objectHash(m->self);
    if (a == -1) return -1;
    const std::int64_t b = objectHash(m->func);
    if (b == -1) return -1;
    std::int64_t x = a ^ b;
    return x == -1 ? -2 : x;
}

Object* methodRichCompare(Object* a, Object* b, CompareOp op) {
    Interpreter& interp = *a->type->interp;
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !isMethod(a) || !isMethod(b)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    const bool eq = methodSelf(a) == methodSelf(b) && methodFunc(a) == methodFunc(b);
    return newBool(interp, op == CompareOp::Eq ? eq : !eq);
}

Object* methodCall(Object* callable, Object* const* args, std::int64_t nargs, Object* kwnames) {
    MethodObject* m = asMethodObj(callable);
    const std::int64_t total = nargs + kwCount(kwnames);
    Object* small[8];
    std::vector<Object*> big;
    Object** buf = small;
    if (total + 1 > 8) {
        big.resize(static_cast<std::size_t>(total + 1));
        buf = big.data();
    }
    buf[0] = m->self;
    for (std::int64_t i = 0; i < total; ++i) buf[i + 1] = args[i];
    return call(m->func, buf, nargs + 1, kwnames).release();
}

Object* methodGetAttr(Object* o, Object* name) {
    // Attributes not found on the method come from the function (method_getattro).
    Ref r = genericGetAttr(o, name, true);
    if (r || errOccurred(*o->type->interp)) return r.release();
    return getAttr(methodFunc(o), name).release();
}

Object* getFunc(Object* self) { incref(methodFunc(self)); return methodFunc(self); }
Object* getSelf(Object* self) { incref(methodSelf(self)); return methodSelf(self); }

const GetSetDef kGetSets[] = {{"__func__", getFunc}, {"__self__", getSelf}, {nullptr, nullptr}};

} // namespace

bool isMethod(const Object* o) { return o->type == vmOf(o).types.method; }

Ref newMethod(Interpreter& interp, Object* func, Object* self) {
    auto* m = interp.newObject<MethodObject>(vmOf(interp).types.method, 48);
    if (!m) return Ref();
    incref(func);
    m->func = func;
    incref(self);
    m->self = self;
    interp.gc().track(m);
    return Ref(m);
}

namespace {
// method(function, instance, /) (method_new_impl).
Object* methodTpNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (kwargs && dictSize(kwargs) > 0) {
        raiseError(interp, vmOf(interp).exc.TypeError, "method() takes no keyword arguments");
        return nullptr;
    }
    if (!checkPositional(interp, "method", tupleSize(args), 2, 2)) return nullptr;
    Object* function = tupleItem(args, 0);
    Object* instance = tupleItem(args, 1);
    if (!isCallable(function)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "first argument must be callable");
        return nullptr;
    }
    if (instance == interp.none) {
        raiseError(interp, vmOf(interp).exc.TypeError, "instance must not be None");
        return nullptr;
    }
    return newMethod(interp, function, instance).release();
}
} // namespace

void initMethodType(Interpreter& interp, TypeObject& t) {
    t.slots.tpNew = methodTpNew;
    t.dealloc = methodDealloc;
    t.traverse = methodTraverse;
    t.sizeOf = [](const Object*) -> std::int64_t { return 48; };
    t.repr = methodRepr;
    t.hash = methodHash;
    t.richcompare = methodRichCompare;
    t.label = [](const Object*) { return std::string("<bound method>"); };
    t.slots.call = methodCall;
    t.slots.getattro = methodGetAttr;
    setHostDestructor<MethodObject>(t);
    addGetSets(interp, &t, kGetSets);
}

} // namespace hs
