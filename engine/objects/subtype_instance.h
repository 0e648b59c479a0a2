// Instances of heap subclasses of built-in types (class L(list)): the built-in's host struct plus the
// InstanceStorage type_new adds, PyType_GenericAlloc's request, and subtype_dealloc/traverse/clear.
#pragma once

#include "objects/class_object.h"
#include "runtime/interpreter.h"

namespace hs {

// Host struct of an instance of a heap subclass of the built-in whose host struct is Base. Base
// comes first, so the object's address is the Base's: every Base function works on it unchanged.
template <class Base> struct SubtypeInstance : Base, InstanceStorage {};

TypeObject* solidBase(TypeObject* t); // objects/class_internal.h

// The InstanceStorage half of a SubtypeInstance<Base>.
template <class Base> InstanceStorage* storageOfSubtype(Object* o) {
    return static_cast<SubtypeInstance<Base>*>(static_cast<Base*>(o));
}
// Runs the storage's destructor, then the built-in's own host destructor on the Base part.
template <class Base> void destroySubtypeHost(Object* o) {
    static_cast<InstanceStorage*>(static_cast<SubtypeInstance<Base>*>(static_cast<Base*>(o)))->~InstanceStorage();
    solidBase(o->type)->destroyHost(o);
}
// The layout of a heap subclass whose instances are SubtypeInstance<Base> (TypeObject::subtypeLayout).
template <class Base> void installSubtypeLayout(HeapTypeObject& t) {
    t.storageOf = storageOfSubtype<Base>;
    t.destroyHost = destroySubtypeHost<Base>;
}

// _PyObject_VAR_SIZE(type, nitems + 1): PyType_GenericAlloc's request (without the pre-header):
// basicsize + (nitems + 1) * itemsize, rounded up to 8.
std::uint64_t genericAllocSize(const TypeObject* type, std::int64_t nitems);
// Sizes the __slots__ array of a fresh instance. As PyType_GenericAlloc, no inline values are made
// (only object.__new__ makes them): the first attribute creates the instance dict.
void initSubtypeStorage(Interpreter& interp, Object* o);

// PyType_GenericAlloc(type, nitems) for a heap subtype of a built-in whose host struct is Base: a
// fresh block (never a free list), tracked. Null with MemoryError pending.
template <class Base> Base* allocSubtypeInstance(Interpreter& interp, TypeObject* type, std::int64_t nitems) {
    auto* o = interp.newObject<SubtypeInstance<Base>>(type, genericAllocSize(type, nitems));
    if (!o) return nullptr;
    initSubtypeStorage(interp, o);
    interp.gc().track(o);
    return o;
}

// type_new for a class whose solid base is the built-in `solid` (list, dict, tuple, set, frozenset,
// int, float, complex, str, bytes, bytearray, deque, defaultdict, OrderedDict, ..., and the built-ins
// with a TypeObject::subtypeLayout: the builtins' and itertools' iterators): installs subtype_dealloc / traverse / clear, the storage accessor and the
// host destructor. False when `solid` is not one of them (the caller raises).
bool configureBuiltinSubtype(HeapTypeObject& t, TypeObject* solid);
bool builtinSubtypeSupported(Interpreter& interp, const TypeObject* solid);
// `type == builtin || type->tp_init == builtin->tp_init` of a built-in's tp_new keyword check, with
// tp_init as PyType_Ready inherits it (a static type without one has object's): false for a
// subclass that defines __init__, whose tp_new then accepts keywords.
inline bool initIsBuiltins(const TypeObject* type, const TypeObject* builtin) {
    auto inherited = [](const TypeObject* t) {
        while (t && !t->slots.tpInit) t = t->base;
        return t ? t->slots.tpInit : nullptr;
    };
    return type == builtin || inherited(type) == inherited(builtin);
}
// weaklistPtr of those instances when their class added __weakref__.
Object** subtypeWeaklistPtr(Object* o);

} // namespace hs
