// weakref.ref / ProxyType / CallableProxyType (PyWeakReference, Objects/weakrefobject.c): the
// per-object weakref lists, callbacks at the referent's death, and the collector's weakref hooks.
#pragma once

#include "objects/class_object.h"

namespace hs {

// Host side of PyWeakReference (64 bytes + 16 GC head): +16 wr_object, +24 wr_callback, +32 hash,
// +40 wr_prev, +48 wr_next, +56 vectorcall. Invariants: object is borrowed (None when dead: then
// prev/next are null and the ref is in no list); callback is strong or null; the list a live ref
// sits in is the one its referent's type->weaklistPtr returns. Derives from InstanceObject so
// subclasses (KeyedRef, WeakMethod) keep __slots__ / a managed dict like any heap instance.
struct WeakrefObject : InstanceObject {
    Object* object = nullptr;
    Object* callback = nullptr;
    std::int64_t hash = -1;
    WeakrefObject* prev = nullptr;
    WeakrefObject* next = nullptr;
};

// PyWeakref_Check: ref (or a subclass), proxy or callable proxy.
bool isWeakref(const Object* o);
// The referent (borrowed; None when dead).
Object* weakrefObject(const Object* wr);
// PyWeakref_NewRef / PyWeakref_NewProxy (callback may be null or None). New reference, or nullptr
// with TypeError "cannot create weak reference to 'int' object".
Ref newWeakref(Interpreter& interp, Object* ob, Object* callback);
Ref newWeakProxy(Interpreter& interp, Object* ob, Object* callback);
// _PyWeakref_GetWeakrefCount over ob's list (0 for types without weakrefs).
std::int64_t weakrefCount(Object* ob);
// getweakrefs(ob): a new list of the refs and proxies to ob, list order (newest basic refs first).
Ref weakrefList(Object* ob);

// PyObject_ClearWeakRefs: called by deallocators (refcount 0) of weakref-able types. Clears the
// callback-less basic ref and proxy, then every other ref, then calls the callbacks in list order;
// an error in a callback is written as unraisable. The pending error is kept.
void clearWeakrefsSlow(Object* o);
inline void clearWeakrefs(Object* o) {
    if (auto ptr = o->type->weaklistPtr)
        if (*ptr(o) != nullptr) clearWeakrefsSlow(o);
}
// The dealloc of a heap-type instance whose class added __weakref__ runs this while unlinking:
// _PyWeakref_ClearRef of every ref still in o's list (refs made during __del__), no callbacks.
void clearWeakrefsNoCallbacks(Object* o);

// Sets up the three types (called by createVmTypes), the weaklistPtr of the built-in types that
// support weak references, and the collector's weakref hooks.
void initWeakrefTypes(Interpreter& interp);
// A class whose solid base is weakref.ref: its dealloc/traverse/clear (typeNew calls this after
// the instance slots are prepared).
void prepareWeakrefSubtype(TypeObject& t);
// weaklistPtr for instances of classes that add __weakref__ (InstanceObject::weakreflist).
Object** instanceWeaklistPtr(Object* o);
// weaklistPtr for instances of classes derived from exceptions (ExceptionObject::weakreflist).
Object** exceptionWeaklistPtr(Object* o);

} // namespace hs
