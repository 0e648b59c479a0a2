// weakref objects: creation with the shared basic ref, list linking, dealloc, PyObject_ClearWeakRefs,
// hash/compare/repr of refs, the proxy protocols, and the GcHooks handle_weakrefs uses.
//
// Sections: list helpers | ref type | ClearWeakRefs | proxies | subclasses | setup
#include "objects/weakref_object.h"

#include "gc/gc_state.h"
#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/generator_object.h"
#include "objects/list_object.h"
#include "objects/method_object.h"
#include "objects/module_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/dealloc.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/unraisable.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }

// ---------------------------------------------------------------- list helpers

WeakrefObject* asWr(Object* o) { return static_cast<WeakrefObject*>(o); }
const WeakrefObject* asWr(const Object* o) { return static_cast<const WeakrefObject*>(o); }

bool isRefExact(const Object* o) { return o->type == vmOf(o).types.weakref; }
bool isProxy(const Object* o) {
    const VmTypes& t = vmOf(o).types;
    return o->type == t.weakProxy || o->type == t.weakCallableProxy;
}

// The address of ob's list head (WeakrefObject* stored as Object*), or null.
Object** listPtrOf(Object* ob) { return ob->type->weaklistPtr ? ob->type->weaklistPtr(ob) : nullptr; }

// get_basic_refs: the callback-less exact ref and proxy, which always sit first in the list.
void getBasicRefs(WeakrefObject* head, WeakrefObject*& ref, WeakrefObject*& proxy) {
    ref = proxy = nullptr;
    if (head != nullptr && head->callback == nullptr) {
        if (isRefExact(head)) {
            ref = head;
            head = head->next;
        }
        if (head != nullptr && head->callback == nullptr && isProxy(head)) proxy = head;
    }
}

void insertAfter(WeakrefObject* newref, WeakrefObject* prev) {
    newref->prev = prev;
    newref->next = prev->next;
    if (prev->next != nullptr) prev->next->prev = newref;
    prev->next = newref;
}

void insertHead(WeakrefObject* newref, Object** list) {
    auto* next = static_cast<WeakrefObject*>(*list);
    newref->prev = nullptr;
    newref->next = next;
    if (next != nullptr) next->prev = newref;
    *list = newref;
}

// Unlinks self from its referent's list; the referent becomes None.
void unlinkWeakref(WeakrefObject* self) {
    Interpreter& interp = interpOf(self);
    if (self->object != interp.none) {
        Object** list = listPtrOf(self->object);
        if (*list == self) *list = self->next;
        self->object = interp.none;
        if (self->prev != nullptr) self->prev->next = self->next;
        if (self->next != nullptr) self->next->prev = self->prev;
        self->prev = nullptr;
        self->next = nullptr;
    }
}

// clear_weakref: unlink and drop the callback.
void clearWeakref(WeakrefObject* self) {
    unlinkWeakref(self);
    xdecref(std::exchange(self->callback, nullptr));
}

void initWeakref(WeakrefObject* self, Object* ob, Object* callback) {
    self->hash = -1;
    self->object = ob;
    self->prev = self->next = nullptr;
    xincref(callback);
    self->callback = callback;
}

bool checkSupported(Interpreter& interp, Object* ob) {
    if (listPtrOf(ob) != nullptr) return true;
    raiseError(interp, vmOf(interp).exc.TypeError, "cannot create weak reference to '" + ob->type->name + "' object");
    return false;
}

// tp_alloc of the weakref types: PyType_GenericAlloc (tracked at once), plus a heap subclass's
// instance storage.
WeakrefObject* allocWeakref(Interpreter& interp, TypeObject* type) {
    auto* wr = interp.newObject<WeakrefObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (!wr) return nullptr;
    wr->object = interp.none;
    interp.gc().track(wr);
    if (type->isHeapType() && initInstanceStorage(interp, wr, type) < 0) {
        decref(wr);
        return nullptr;
    }
    return wr;
}

// ---------------------------------------------------------------- ref type

// weakref___new__ after its argument parsing, and PyWeakref_NewRef (type = weakref): reuses the
// basic ref of `ob` when there is no callback. New reference, or nullptr with the error set.
Object* newRefOfType(Interpreter& interp, TypeObject* type, Object* ob, Object* callback) {
    if (!checkSupported(interp, ob)) return nullptr;
    if (callback == interp.none) callback = nullptr;
    Object** list = listPtrOf(ob);
    WeakrefObject *ref, *proxy;
    getBasicRefs(static_cast<WeakrefObject*>(*list), ref, proxy);
    const bool basic = callback == nullptr && type == vmOf(interp).types.weakref;
    if (basic && ref != nullptr) {
        incref(ref);
        return ref;
    }
    WeakrefObject* self = allocWeakref(interp, type);
    if (!self) return nullptr;
    initWeakref(self, ob, callback);
    if (basic) {
        insertHead(self, list);
    } else {
        getBasicRefs(static_cast<WeakrefObject*>(*list), ref, proxy);
        WeakrefObject* prev = proxy == nullptr ? ref : proxy;
        if (prev == nullptr) insertHead(self, list);
        else insertAfter(self, prev);
    }
    return self;
}

Object* weakrefTpNew(TypeObject* type, Object* args, Object*) {
    Interpreter& interp = *type->interp;
    const std::int64_t n = tupleSize(args);
    if (!checkPositional(interp, "__new__", n, 1, 2)) return nullptr;
    return newRefOfType(interp, type, tupleItem(args, 0), n > 1 ? tupleItem(args, 1) : nullptr);
}

// weakref___init__: __new__ ignores keywords (PyArg_UnpackTuple), __init__ refuses them
// (_PyArg_NoKeywords("ref", kwargs)), so ref(o, callback=f) fails after the ref was made.
int weakrefTpInit(Object* self, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(self);
    if (kwargs && dictSize(kwargs) > 0) {
        raiseError(interp, vmOf(interp).exc.TypeError, "ref() takes no keyword arguments");
        return -1;
    }
    return checkPositional(interp, "__init__", tupleSize(args), 1, 2) ? 0 : -1;
}

void weakrefDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    clearWeakref(asWr(o));
    interp.freeObject(o);
}

int weakrefTraverse(Object* o, VisitProc visit, void* arg) {
    if (Object* cb = asWr(o)->callback) return visit(cb, arg);
    return 0;
}

int weakrefClear(Object* o) {
    clearWeakref(asWr(o));
    return 0;
}

Object* weakrefCall(Object* self, Object* const*, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    if (!noKeywords(interp, "weakref", kwnames)) return nullptr;
    if (!checkPositional(interp, "weakref", nargs, 0, 0)) return nullptr;
    Object* ob = asWr(self)->object;
    incref(ob);
    return ob;
}

std::int64_t weakrefHash(Object* self) {
    WeakrefObject* wr = asWr(self);
    if (wr->hash != -1) return wr->hash;
    Interpreter& interp = interpOf(self);
    if (wr->object == interp.none) {
        raiseError(interp, vmOf(interp).exc.TypeError, "weak object has gone away");
        return -1;
    }
    Ref obj = Ref::borrowed(wr->object);
    wr->hash = objectHash(obj.get());
    return wr->hash;
}

Object* weakrefRichCompare(Object* self, Object* other, CompareOp op) {
    Interpreter& interp = interpOf(self);
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !isWeakref(self) || !isWeakref(other)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    Object* a = asWr(self)->object;
    Object* b = asWr(other)->object;
    if (a == interp.none || b == interp.none) {
        bool res = self == other;
        if (op == CompareOp::Ne) res = !res;
        return newBool(interp, res);
    }
    Ref ra = Ref::borrowed(a), rb = Ref::borrowed(b);
    return objectRichCompare(a, b, op).release();
}

std::string hexAddr(Addr a) { return formatString("0x%llx", static_cast<unsigned long long>(a)); }

Object* weakrefRepr(Object* self) {
    Interpreter& interp = interpOf(self);
    Object* obj = asWr(self)->object;
    if (obj == interp.none) return newStrFromUtf8(interp, "<weakref at " + hexAddr(self->addr) + "; dead>").release();
    Ref keep = Ref::borrowed(obj);
    // 3.11 looks __name__ up on the type (_PyObject_LookupSpecial): a module's or an instance's
    // own __name__ is not shown, a property's result is. CPython returns its repr with a failed
    // lookup's exception still set (a SystemError at the caller); here the exception propagates.
    Ref name = lookupSpecial(obj, vmOf(interp).names.__name__);
    if (!name && errOccurred(interp)) return nullptr;
    std::string text = "<weakref at " + hexAddr(self->addr) + "; to '" + obj->type->name + "' at " + hexAddr(obj->addr);
    if (name && isStr(name.get())) text += " (" + strToUtf8(name.get()) + ")";
    text += ">";
    return newStrFromUtf8(interp, text).release();
}

Object* weakrefGetCallback(Object* self) {
    Interpreter& interp = interpOf(self);
    Object* cb = asWr(self)->callback ? asWr(self)->callback : interp.none;
    incref(cb);
    return cb;
}

// Memory reads of PyWeakReference's fields (ctypes): wr_object, wr_callback, hash, wr_prev,
// wr_next; the vectorcall pointer reads as 0.
bool weakrefReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    const WeakrefObject* wr = asWr(o);
    switch (offset) {
    case 16: out = wr->object->addr; return true;
    case 24: out = wr->callback ? wr->callback->addr : 0; return true;
    case 32: out = static_cast<std::uint64_t>(wr->hash); return true;
    case 40: out = wr->prev ? wr->prev->addr : 0; return true;
    case 48: out = wr->next ? wr->next->addr : 0; return true;
    case 56: out = 0; return true;
    default: return false;
    }
}

const GetSetDef kRefGetSets[] = {{"__callback__", weakrefGetCallback, nullptr}, {nullptr, nullptr, nullptr}};

// ---------------------------------------------------------------- proxies

// proxy_checkref: false with ReferenceError when the referent is gone.
bool proxyCheck(Object* proxy) {
    Interpreter& interp = interpOf(proxy);
    if (asWr(proxy)->object == interp.none) {
        raiseError(interp, vmOf(interp).exc.ReferenceError, "weakly-referenced object no longer exists");
        return false;
    }
    return true;
}

// UNWRAP: a proxy operand becomes its referent (strong, in `out`); other objects pass through.
bool unwrap(Object* o, Ref& out) {
    if (isProxy(o)) {
        if (!proxyCheck(o)) return false;
        out = Ref::borrowed(asWr(o)->object);
    } else {
        out = Ref::borrowed(o);
    }
    return true;
}

Object* proxyGetAttr(Object* p, Object* name) {
    Ref o;
    if (!unwrap(p, o)) return nullptr;
    return getAttr(o.get(), name).release();
}
int proxySetAttr(Object* p, Object* name, Object* value) {
    Ref o;
    if (!unwrap(p, o)) return -1;
    return setAttr(o.get(), name, value);
}
Object* proxyStr(Object* p) {
    Ref o;
    if (!unwrap(p, o)) return nullptr;
    return objectStr(o.get()).release();
}
Object* proxyRepr(Object* p) {
    Interpreter& interp = interpOf(p);
    Object* obj = asWr(p)->object;
    return newStrFromUtf8(interp, "<weakproxy at " + hexAddr(p->addr) + " to " + obj->type->name + " at " + hexAddr(obj->addr) + ">")
        .release();
}
Object* proxyRichCompare(Object* p, Object* v, CompareOp op) {
    Ref a, b;
    if (!unwrap(p, a) || !unwrap(v, b)) return nullptr;
    return objectRichCompare(a.get(), b.get(), op).release();
}
std::int64_t proxyHash(Object* p) {
    raiseError(interpOf(p), vmOf(p).exc.TypeError, "unhashable type: '" + p->type->name + "'");
    return -1;
}
int proxyIsTrue(Object* p) {
    Ref o;
    if (!unwrap(p, o)) return -1;
    return objectIsTrue(o.get());
}
std::int64_t proxyLength(Object* p) {
    Ref o;
    if (!unwrap(p, o)) return -1;
    return objectLength(o.get());
}
Object* proxySubscript(Object* p, Object* key) {
    Ref o;
    if (!unwrap(p, o)) return nullptr;
    return getItem(o.get(), key).release();
}
int proxyAssSubscript(Object* p, Object* key, Object* value) {
    Ref o;
    if (!unwrap(p, o)) return -1;
    return value ? setItem(o.get(), key, value) : delItem(o.get(), key);
}
int proxyContains(Object* p, Object* value) {
    Ref o;
    if (!unwrap(p, o)) return -1;
    return containsOp(o.get(), value);
}
Object* proxyIter(Object* p) {
    Ref o;
    if (!unwrap(p, o)) return nullptr;
    return getIter(o.get()).release();
}
Object* proxyIterNext(Object* p) {
    Ref o;
    if (!unwrap(p, o)) return nullptr;
    if (!isIterator(o.get())) {
        raiseError(interpOf(p), vmOf(p).exc.TypeError, "Weakref proxy referenced a non-iterator '" + o->type->name + "' object");
        return nullptr;
    }
    Ref r = iterNext(o.get());
    return r.release();
}
Object* proxyCall(Object* p, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Ref o;
    if (!unwrap(p, o)) return nullptr;
    return call(o.get(), args, nargs, kwnames).release();
}

template <int Op> Object* proxyBinary(Object* a, Object* b) {
    Ref x, y;
    if (!unwrap(a, x) || !unwrap(b, y)) return nullptr;
    return binaryOp(x.get(), y.get(), Op).release();
}
// WRAP_METHOD: proxy.__bytes__() / proxy.__reversed__() call the referent's method of that name
// (bytes(p) and reversed(p) find them as methods: the proxy types have no such slots).
template <const char* Name> Object* proxyMethod(Object* p, Object* const*, std::int64_t, Object*) {
    Ref o;
    if (!unwrap(p, o)) return nullptr;
    return callMethodStr(o.get(), Name, nullptr, 0).release();
}
constexpr char kBytesName[] = "__bytes__";
constexpr char kReversedName[] = "__reversed__";
const MethodDef kProxyMethods[] = {
    {"__bytes__", proxyMethod<kBytesName>, meth::kNoArgs},
    {"__reversed__", proxyMethod<kReversedName>, meth::kNoArgs},
    {nullptr, nullptr, 0},
};

// proxy_pow (WRAP_TERNARY): pow(proxy, b, m) with every operand unwrapped.
Object* proxyPower3(Object* a, Object* b, Object* m) {
    Ref x, y, z;
    if (!unwrap(a, x) || !unwrap(b, y) || !unwrap(m, z)) return nullptr;
    return numberPower(x.get(), y.get(), z.get()).release();
}
template <Ref (*F)(Object*)> Object* proxyUnary(Object* p) {
    Ref o;
    if (!unwrap(p, o)) return nullptr;
    return F(o.get()).release();
}

template <int... I> void fillBinary(NumberSlots& n, std::integer_sequence<int, I...>) {
    ((n.binary[I] = proxyBinary<I>), ...);
}

NumberSlots makeProxyNumberSlots() {
    NumberSlots n;
    fillBinary(n, std::make_integer_sequence<int, 26>{});
    n.power3 = proxyPower3;
    n.divmod = [](Object* a, Object* b) -> Object* { // proxy_divmod: PyNumber_Divmod on the referents
        Ref x, y;
        if (!unwrap(a, x) || !unwrap(b, y)) return nullptr;
        return numberDivmod(x.get(), y.get()).release();
    };
    n.boolean = proxyIsTrue;
    n.negative = proxyUnary<numberNegative>;
    n.positive = proxyUnary<numberPositive>;
    n.absolute = proxyUnary<numberAbsolute>;
    n.invert = proxyUnary<numberInvert>;
    n.toInt = proxyUnary<numberLong>;
    n.toFloat = proxyUnary<numberFloat>;
    n.index = proxyUnary<numberIndex>;
    return n;
}

// ---------------------------------------------------------------- subclasses (KeyedRef, WeakMethod)

// subtype_dealloc for a class whose nearest static base is weakref.ref: finalizer, the weakrefs the
// class added, slots and dict, then weakref_dealloc; the class is released last.
void weakrefSubtypeDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    TypeObject* type = o->type;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    if (!callFinalizerFromDealloc(o)) return; // resurrected by its finalizer
    if (type->weaklistPtr == instanceWeaklistPtr) {
        clearWeakrefs(o);
        if (type->slots.finalize) clearWeakrefsNoCallbacks(o);
    }
    clearInstanceStorage(asWr(o));
    clearWeakref(asWr(o));
    interp.freeObject(o);
    decref(type);
}

int weakrefSubtypeTraverse(Object* o, VisitProc visit, void* arg) {
    if (int r = traverseInstanceStorage(o, visit, arg)) return r;
    if (int r = visit(o->type, arg)) return r;
    return weakrefTraverse(o, visit, arg);
}
void weakrefSubtypeReferences(Object* o, VisitProc visit, void* arg) {
    if (traverseInstanceStorage(o, visit, arg)) return;
    weakrefTraverse(o, visit, arg);
}
int weakrefSubtypeClear(Object* o) {
    clearInstanceAttributes(asWr(o));
    clearWeakref(asWr(o));
    return 0;
}

// ---------------------------------------------------------------- weaklist pointers of built-in types

Object** typeWeaklistPtr(Object* o) { return &static_cast<TypeObject*>(o)->weaklist; }
Object** functionWeaklistPtr(Object* o) { return &static_cast<FunctionObject*>(o)->weakreflist; }
Object** methodWeaklistPtr(Object* o) { return &static_cast<MethodObject*>(o)->weakreflist; }
Object** builtinWeaklistPtr(Object* o) { return &static_cast<BuiltinFunctionObject*>(o)->weakreflist; }
Object** generatorWeaklistPtr(Object* o) { return &static_cast<GenObject*>(o)->weakreflist; }
Object** moduleWeaklistPtr(Object* o) { return &static_cast<ModuleObject*>(o)->weaklist; }
Object** setWeaklistPtr(Object* o) { return &static_cast<SetObject*>(o)->weakreflist; }

// ---------------------------------------------------------------- GC hooks
bool hookIsWeakref(const Object* o) { return isWeakref(o); }
void hookClearRef(Object* wr) { unlinkWeakref(asWr(wr)); }
Object* hookCallback(const Object* wr) { return asWr(wr)->callback; }

} // namespace

// ---------------------------------------------------------------- public API

bool isWeakref(const Object* o) {
    const VmTypes& t = vmOf(o).types;
    return (t.weakref && o->type->isSubtypeOf(t.weakref)) || o->type == t.weakProxy || o->type == t.weakCallableProxy;
}

Object* weakrefObject(const Object* wr) { return asWr(wr)->object; }

Object** instanceWeaklistPtr(Object* o) { return &static_cast<InstanceObject*>(o)->weakreflist; }
Object** exceptionWeaklistPtr(Object* o) { return &static_cast<ExceptionObject*>(o)->weakreflist; }

Ref newWeakref(Interpreter& interp, Object* ob, Object* callback) {
    // PyWeakref_NewRef: a C call, no argument tuple.
    return Ref(newRefOfType(interp, vmOf(interp).types.weakref, ob, callback));
}

Ref newWeakProxy(Interpreter& interp, Object* ob, Object* callback) {
    if (!checkSupported(interp, ob)) return Ref();
    Object** list = listPtrOf(ob);
    WeakrefObject *ref, *proxy;
    getBasicRefs(static_cast<WeakrefObject*>(*list), ref, proxy);
    if (callback == interp.none) callback = nullptr;
    if (callback == nullptr && proxy != nullptr) return Ref::borrowed(proxy);
    // new_weakref: PyObject_GC_New of the ref type, then the type is switched.
    VmState& vm = vmOf(interp);
    WeakrefObject* result = allocWeakref(interp, vm.types.weakref);
    if (!result) return Ref();
    initWeakref(result, ob, callback);
    result->type = isCallable(ob) ? vm.types.weakCallableProxy : vm.types.weakProxy;
    getBasicRefs(static_cast<WeakrefObject*>(*list), ref, proxy);
    WeakrefObject* prev;
    if (callback == nullptr) {
        prev = ref;
    } else {
        prev = proxy == nullptr ? ref : proxy;
    }
    if (prev == nullptr) insertHead(result, list);
    else insertAfter(result, prev);
    return Ref(result);
}

std::int64_t weakrefCount(Object* ob) {
    Object** list = listPtrOf(ob);
    std::int64_t count = 0;
    if (list)
        for (auto* wr = static_cast<WeakrefObject*>(*list); wr; wr = wr->next) ++count;
    return count;
}

Ref weakrefList(Object* ob) {
    Interpreter& interp = interpOf(ob);
    const std::int64_t count = weakrefCount(ob);
    Ref result = newList(interp, count);
    if (!result || count == 0) return result;
    auto* wr = static_cast<WeakrefObject*>(*listPtrOf(ob));
    for (std::int64_t i = 0; i < count; ++i, wr = wr->next) {
        incref(wr);
        listSetItemSteal(result.get(), i, wr);
    }
    return result;
}

namespace {
void handleCallback(Interpreter& interp, Object* ref, Object* callback) {
    Ref r = callOneArg(callback, ref);
    if (!r) writeUnraisable(interp, callback);
}
} // namespace

void clearWeakrefsSlow(Object* o) {
    Interpreter& interp = interpOf(o);
    Object** list = listPtrOf(o);
    // The callback-less basic ref and proxy go first, without callbacks.
    if (*list != nullptr && asWr(*list)->callback == nullptr) {
        clearWeakref(asWr(*list));
        if (*list != nullptr && asWr(*list)->callback == nullptr) clearWeakref(asWr(*list));
    }
    if (*list == nullptr) return;
    WeakrefObject* current = asWr(*list);
    const std::int64_t count = weakrefCount(o);
    PendingError saved = interp.takeError();
    if (count == 1) {
        Object* callback = std::exchange(current->callback, nullptr);
        clearWeakref(current);
        if (callback != nullptr) {
            if (current->refcnt > 0) handleCallback(interp, current, callback);
            decref(callback);
        }
    } else {
        // The refs and their callbacks are kept in a tuple while every ref is cleared first.
        Ref tuple = newTuple(interp, count * 2);
        if (!tuple) {
            interp.takeError();
            interp.setPendingError(std::move(saved));
            return;
        }
        for (std::int64_t i = 0; i < count; ++i) {
            WeakrefObject* next = current->next;
            if (current->refcnt > 0) {
                incref(current);
                tupleSetItemSteal(tuple.get(), i * 2, current);
                tupleSetItemSteal(tuple.get(), i * 2 + 1, current->callback);
            } else {
                decref(current->callback);
            }
            current->callback = nullptr;
            clearWeakref(current);
            current = next;
        }
        for (std::int64_t i = 0; i < count; ++i) {
            Object* callback = tupleItem(tuple.get(), i * 2 + 1);
            if (callback != nullptr) handleCallback(interp, tupleItem(tuple.get(), i * 2), callback);
        }
    }
    interp.setPendingError(std::move(saved));
}

void clearWeakrefsNoCallbacks(Object* o) {
    Object** list = listPtrOf(o);
    while (list && *list) unlinkWeakref(asWr(*list));
}

void prepareWeakrefSubtype(TypeObject& t) {
    t.dealloc = weakrefSubtypeDealloc;
    t.traverse = weakrefSubtypeTraverse;
    t.clear = weakrefSubtypeClear;
    t.references = weakrefSubtypeReferences;
    t.sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t.destroyHost = [](Object* o) { static_cast<WeakrefObject*>(o)->~WeakrefObject(); };
    t.label = [](const Object* o) { return "<" + o->type->name + " object>"; };
    if (t.slots.weaklistOffset) t.weaklistPtr = instanceWeaklistPtr;
}

void initWeakrefTypes(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    static const NumberSlots kProxyNumber = makeProxyNumberSlots();
    auto common = [&](TypeObject& t) {
        t.dealloc = weakrefDealloc;
        t.traverse = weakrefTraverse;
        t.clear = weakrefClear;
        t.sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
        t.readField = weakrefReadField;
        setHostDestructor<WeakrefObject>(t);
    };
    TypeObject& ref = *vm.types.weakref;
    common(ref);
    ref.slots.tpNew = weakrefTpNew;
    ref.slots.tpInit = weakrefTpInit;
    ref.slots.call = weakrefCall;
    ref.hash = weakrefHash;
    ref.richcompare = weakrefRichCompare;
    ref.repr = weakrefRepr;
    ref.label = [](const Object*) { return std::string("<weakref>"); };
    addGetSets(interp, &ref, kRefGetSets);
    for (TypeObject* p : {vm.types.weakProxy, vm.types.weakCallableProxy}) {
        common(*p);
        p->slots.getattro = proxyGetAttr;
        p->slots.setattro = proxySetAttr;
        p->slots.str = proxyStr;
        p->repr = proxyRepr;
        p->richcompare = proxyRichCompare;
        p->hash = proxyHash;
        p->isTrue = proxyIsTrue;
        p->slots.length = proxyLength;
        p->slots.subscript = proxySubscript;
        p->slots.assSubscript = proxyAssSubscript;
        p->slots.contains = proxyContains;
        p->slots.iter = proxyIter;
        p->slots.iternext = proxyIterNext;
        p->slots.number = &kProxyNumber;
        p->label = [](const Object*) { return std::string("<weakproxy>"); };
    }
    addMethods(interp, vm.types.weakProxy, kProxyMethods); // _PyWeakref_CallableProxyType has no tp_methods
    vm.types.weakCallableProxy->slots.call = proxyCall;
    vm.types.weakCallableProxy->slots.tpCallOnly = alwaysTpCall; // ref has a vectorcall, proxies not

    // Types whose instances accept weak references (tp_weaklistoffset != 0 in 3.11).
    auto weakable = [](TypeObject* t, Object** (*ptr)(Object*), std::int64_t offset) {
        t->weaklistPtr = ptr;
        t->slots.weaklistOffset = offset;
    };
    weakable(interp.types.type, typeWeaklistPtr, 368);
    weakable(vm.types.function, functionWeaklistPtr, 96);
    weakable(vm.types.method, methodWeaklistPtr, 32);
    weakable(vm.types.builtinFunction, builtinWeaklistPtr, 40);
    weakable(vm.types.generator, generatorWeaklistPtr, 24);
    weakable(vm.types.coroutine, generatorWeaklistPtr, 24);
    weakable(vm.types.asyncGenerator, generatorWeaklistPtr, 24);
    weakable(vm.types.module, moduleWeaklistPtr, 40);
    weakable(interp.types.set, setWeaklistPtr, 192);
    weakable(interp.types.frozenset, setWeaklistPtr, 192);

    GcHooks& hooks = interp.gc().hooks;
    hooks.isWeakref = hookIsWeakref;
    hooks.clearWeakref = hookClearRef;
    hooks.weakrefCallback = hookCallback;
}

} // namespace hs
