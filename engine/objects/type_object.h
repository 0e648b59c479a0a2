// TypeObject: a Python type with its slot table (what CPython keeps in PyTypeObject). Every object
// type in objects/ fills one; gc/ and the runtime only ever call through these slots.
#pragma once

#include "objects/object.h"
#include "objects/type_slots.h"

#include <string>
#include <vector>

namespace hs {

// Called by traverse for each referent; a non-zero return stops the traversal and is returned.
using VisitProc = int (*)(Object* referent, void* arg);

// Rich comparison operators, numbered as CPython's Py_LT..Py_GE.
enum class CompareOp : int { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 };

// Py_TPFLAGS_* values of 3.11 that the simulation uses.
namespace tpflags {
constexpr std::uint64_t kManagedDict = 1ull << 4;
constexpr std::uint64_t kSequence = 1ull << 5;
constexpr std::uint64_t kMapping = 1ull << 6;
constexpr std::uint64_t kImmutableType = 1ull << 8;
constexpr std::uint64_t kHeapType = 1ull << 9;
constexpr std::uint64_t kBaseType = 1ull << 10;
constexpr std::uint64_t kHaveGc = 1ull << 14;
constexpr std::uint64_t kIsAbstract = 1ull << 20; // __abstractmethods__ is non-empty
constexpr std::uint64_t kLongSubclass = 1ull << 24;
constexpr std::uint64_t kListSubclass = 1ull << 25;
constexpr std::uint64_t kTupleSubclass = 1ull << 26;
constexpr std::uint64_t kBytesSubclass = 1ull << 27;
constexpr std::uint64_t kUnicodeSubclass = 1ull << 28;
constexpr std::uint64_t kDictSubclass = 1ull << 29;
constexpr std::uint64_t kBaseExcSubclass = 1ull << 30;
constexpr std::uint64_t kTypeSubclass = 1ull << 31;
} // namespace tpflags

struct HeapTypeObject;

struct TypeObject : Object {
    std::string name;             // tp_name: "int", "list", or the bare class name for heap types
    // __module__ of a static type whose tp_name carries no "module." prefix (ctypes' classes,
    // heap types in CPython, keep the bare tp_name "c_long"); null = derived from `name`.
    const char* moduleName = nullptr;
    std::uint64_t flags = 0;      // tpflags
    std::int64_t basicsize = 0;   // tp_basicsize (simulated bytes, without the pre-header)
    std::int64_t itemsize = 0;    // tp_itemsize
    TypeObject* base = nullptr;   // tp_base (borrowed for static types)
    Interpreter* interp = nullptr;

    // --- slots ---
    // Releases what the object holds and returns its memory (through the Interpreter, or to a free
    // list). Called when the refcount reaches zero, and by the trashcan for deferred objects.
    void (*dealloc)(Object*) = nullptr;
    // tp_traverse: visits every GC-relevant referent, in CPython's order for get_referents.
    int (*traverse)(Object*, VisitProc, void*) = nullptr;
    // tp_clear: drops references to break cycles (the collector's delete_garbage).
    int (*clear)(Object*) = nullptr;
    // object.__sizeof__(): bytes of the object itself, without the GC/managed-dict pre-header.
    std::int64_t (*sizeOf)(const Object*) = nullptr;
    // Reads an 8-byte word at `offset` bytes from id(obj) for fields beyond ob_refcnt/ob_type (and
    // may override those for dead objects parked on free lists). Returns false for "not mine".
    bool (*readField)(const Object*, std::int64_t offset, std::uint64_t& out) = nullptr;
    // Appends every object reference the object holds (GC-visible or not) — used by the heap audit
    // and snapshots. Defaults to traverse when null.
    void (*references)(Object*, VisitProc, void*) = nullptr;
    // tp_repr: a new reference to a str, or nullptr with an error pending.
    Object* (*repr)(Object*) = nullptr;
    // tp_hash: the hash (never -1 on success), or -1 with an error pending (unhashable).
    std::int64_t (*hash)(Object*) = nullptr;
    // tp_richcompare: a new reference (usually a bool, or NotImplemented), or nullptr with an error.
    Object* (*richcompare)(Object*, Object*, CompareOp) = nullptr;
    // nb_bool / sq_length / mp_length truth: 1, 0, or -1 with an error. Null means always true.
    int (*isTrue)(Object*) = nullptr;
    // Short human label for views ("[3 items]", "'abc'", "42"): no Python code runs.
    std::string (*label)(const Object*) = nullptr;
    // Runs the C++ destructor of the host struct (releases host-side storage). Set by defineType<T>.
    void (*destroyHost)(Object*) = nullptr;
    // tp_del, the pre-PEP 442 legacy finalizer: the collector treats unreachable instances (and
    // everything they reach) as uncollectable and parks them in gc.garbage. No built-in type of
    // 3.11 sets it (only C extensions such as _testcapi.with_tp_del do). Never called by gc.
    void (*legacyDel)(Object*) = nullptr;
    // _PyObject_GET_WEAKREFS_LISTPTR: the address of the object's weakref list head (the newest
    // weakref, linked through the weakrefs themselves). Null = the type has no weakrefs
    // (_PyType_SUPPORTS_WEAKREFS false). The weakref type's engineer fills it per type.
    Object** (*weaklistPtr)(Object*) = nullptr;
    // For a built-in that may be subclassed (Py_TPFLAGS_BASETYPE) and whose file defines its host
    // struct: installs the storage accessor and host destructor of its heap subclasses' instances
    // (installSubtypeLayout<Host>, objects/subtype_instance.h). Null = not handled that way.
    void (*subtypeLayout)(HeapTypeObject&) = nullptr;
    // tp_weaklist of the type object itself: head of the weakrefs to this type (static and heap
    // types alike; borrowed, the weakrefs unlink themselves).
    Object* weaklist = nullptr;
    // The VM's slots (attributes, calls, numbers, iteration, the type dict): objects/type_slots.h.
    TypeSlots slots;
    // tp_subclasses: the live direct subclasses in creation order (borrowed; CPython holds weak
    // references). A class adds itself to each of its __bases__ and leaves when deallocated.
    std::vector<TypeObject*> subclasses;
    // tp_subclasses as CPython keeps it: a simulated dict {int(id(subclass)): weakref(subclass)}
    // (strong; null until the first subclass and again once empty). Not traversed, as in
    // type_traverse; reported to the heap audit by the type's `references` slot.
    Object* subclassesDict = nullptr;
    // A built-in with subclasses at CPython's startup: its dict never empties (those stay alive).
    bool hasStartupSubclasses = false;

    bool isGc() const { return flags & tpflags::kHaveGc; }
    bool isHeapType() const { return flags & tpflags::kHeapType; }
    // _PyType_PreHeaderSize: 16 for GC types, + 16 for managed-dict types.
    std::int64_t preHeaderSize() const {
        return (isGc() ? 16 : 0) + ((flags & tpflags::kManagedDict) ? 16 : 0);
    }
    bool isSubtypeOf(const TypeObject* other) const {
        for (const TypeObject* t = this; t; t = t->base)
            if (t == other) return true;
        return false;
    }
};

inline TypeObject* typeOf(const Object* o) { return o->type; }
// PyObject_IS_GC: the type has GC and, for type objects, tp_is_gc (only heap types are GC objects).
bool isGcObject(const Object* o);

// Fills destroyHost for a host struct T.
template <class T> void setHostDestructor(TypeObject& t) {
    t.destroyHost = [](Object* o) { static_cast<T*>(o)->~T(); };
}

} // namespace hs
