// The VM's part of a type's slot table (what CPython keeps in tp_getattro, tp_call, tp_iter,
// tp_as_number, tp_as_sequence, tp_as_mapping, tp_dict, tp_mro...). Embedded in TypeObject::slots.
#pragma once

#include <cstdint>

namespace hs {

struct Object;
struct TypeObject;
struct TypeDict;
struct BufferProcs;

using UnaryFunc = Object* (*)(Object*);
using BinaryFunc = Object* (*)(Object*, Object*);
using TernaryFunc = Object* (*)(Object*, Object*, Object*);
// vectorcall: args[0..nargs) positional then one value per name in the kwnames tuple (or null).
using DescrGetFunc = Object* (*)(Object* descr, Object* obj, Object* type);
using VectorcallFunc = Object* (*)(Object* callable, Object* const* args, std::int64_t nargs, Object* kwnames);

// nb_* slots. Binary entries are indexed by BINARY_OP's argument (nbop::ADD .. nbop::INPLACE_XOR);
// power ignores its third argument through this table (pow(a, b, m) uses `power3`). Each returns
// a new reference, NotImplemented (new reference) for operand types it does not handle, or nullptr
// with an error pending.
struct NumberSlots {
    // binarySlot's index of nb_divmod, past BINARY_OP's 26: divmod() dispatches it as binary_op1
    // dispatches the others.
    static constexpr int kDivmod = 26;

    BinaryFunc binary[26] = {};
    TernaryFunc power3 = nullptr;
    BinaryFunc divmod = nullptr; // nb_divmod (divmod(); no BINARY_OP reaches it)
    // nb_bool: what __bool__ wraps. A type's truth test is TypeObject::isTrue, which is this same
    // function where nb_bool is set and otherwise comes from sq_length/mp_length (no __bool__).
    int (*boolean)(Object*) = nullptr;
    UnaryFunc negative = nullptr;
    UnaryFunc positive = nullptr;
    UnaryFunc absolute = nullptr;
    UnaryFunc invert = nullptr;
    UnaryFunc toInt = nullptr;   // nb_int
    UnaryFunc toFloat = nullptr; // nb_float
    UnaryFunc index = nullptr;   // nb_index

    // The binary slot of BINARY_OP argument `op`, or nb_divmod for kDivmod.
    BinaryFunc binarySlot(int op) const { return op == kDivmod ? divmod : binary[op]; }
};

// sq_* slots that are not expressible through the number table.
struct SequenceSlots {
    BinaryFunc concat = nullptr;               // sq_concat (after nb_add failed)
    Object* (*repeat)(Object*, std::int64_t) = nullptr;  // sq_repeat
    BinaryFunc inplaceConcat = nullptr;        // sq_inplace_concat
    Object* (*inplaceRepeat)(Object*, std::int64_t) = nullptr;
    Object* (*item)(Object*, std::int64_t) = nullptr; // sq_item: index in range (caller adjusts negatives)
};

// The slots. Null means "not supported" (the abstract layer raises CPython's TypeError), except
// getattro/setattro where null means the generic implementation (PyObject_GenericGetAttr).
struct TypeSlots {
    // --- attributes ---
    // tp_getattro: new reference, or nullptr with AttributeError (or another error) pending.
    Object* (*getattro)(Object* o, Object* name) = nullptr;
    // tp_setattro: value == nullptr deletes. 0 or -1.
    int (*setattro)(Object* o, Object* name, Object* value) = nullptr;
    // tp_descr_get / tp_descr_set (descriptors found on a type): obj null = accessed on the class.
    Object* (*descrGet)(Object* descr, Object* obj, Object* type) = nullptr;
    int (*descrSet)(Object* descr, Object* obj, Object* value) = nullptr;

    // --- calls ---
    // The call entry point of instances of this type (tp_call / vectorcall); new reference.
    VectorcallFunc call = nullptr;
    // Whether an instance is called through tp_call alone (_PyVectorcall_Function(o) == NULL):
    // then every call of it (PyObject_Vectorcall's _PyObject_MakeTpCall, PyObject_Call's
    // _PyObject_Call) enters a recursion level (" while calling a Python object") around `call`
    // (protocols_call.cpp's call()). Null: every instance has a vectorcall, which may count a level
    // itself (cfunction_enter_call, method_enter_call: callMethodDef, which also counts
    // _PyObject_MakeTpCall's level for a METH_VARARGS function). Heap types always have one (3.11
    // gives them no vectorcall); `type`'s depends on the class (tp_vectorcall: vectorNew).
    bool (*tpCallOnly)(const Object*) = nullptr;
    // tp_vectorcall of the type object itself (list(...), dict(...), float(...)): when set, calling
    // the type skips the args tuple. callable = the type.
    VectorcallFunc vectorNew = nullptr;
    // tp_new(type, args tuple, kwargs dict or null): a new instance (new reference).
    Object* (*tpNew)(TypeObject* type, Object* args, Object* kwargs) = nullptr;
    // tp_init(self, args tuple, kwargs dict or null): 0 or -1.
    int (*tpInit)(Object* self, Object* args, Object* kwargs) = nullptr;

    // --- iteration ---
    UnaryFunc iter = nullptr;     // tp_iter
    // tp_iternext: new reference; nullptr with no error pending = exhausted (StopIteration not set).
    UnaryFunc iternext = nullptr;
    // tp_as_async: am_await / am_aiter / am_anext (new reference or nullptr with an error pending).
    UnaryFunc await_ = nullptr;
    UnaryFunc aiter = nullptr;
    UnaryFunc anext = nullptr;

    // --- str / length / containers ---
    UnaryFunc str = nullptr;      // tp_str (null: repr)
    std::int64_t (*length)(Object*) = nullptr;                    // sq_length / mp_length; -1 = error
    BinaryFunc subscript = nullptr;                               // mp_subscript
    int (*assSubscript)(Object*, Object* key, Object* value) = nullptr; // mp_ass_subscript (value null = del)
    int (*contains)(Object*, Object*) = nullptr;                  // sq_contains: 1, 0, -1
    const NumberSlots* number = nullptr;
    const SequenceSlots* sequence = nullptr;
    // tp_as_buffer (objects/memoryview_object.h); null = not an exporter (inherited along tp_base).
    const BufferProcs* buffer = nullptr;

    // --- type dictionary and hierarchy ---
    // Static types: a host-side table of descriptors (TypeDict, runtime/type_dict.h); heap types:
    // `dict` is a real dict object (owned) and `table` is null.
    TypeDict* table = nullptr;
    Object* dict = nullptr;   // tp_dict of heap types (owned), or null
    Object* mro = nullptr;    // tuple (owned) or null (static types: computed from `base`)
    Object* bases = nullptr;  // tuple (owned) or null (static types: (base,))
    std::uint32_t versionTag = 0; // bumped when the type's attributes change (inline caches)
    // tp_finalize (__del__ of heap types): called once before dealloc or collection.
    void (*finalize)(Object*) = nullptr;
    // --- instance attribute storage (tp_dictoffset / 3.11's managed dict and inline values) ---
    // Address of the instance's __dict__ pointer (a host field, may hold null); null = instances
    // have no __dict__.
    Object** (*dictPtr)(Object* o) = nullptr;
    // Heap-type instances keep attributes in "values" until __dict__ is materialized:
    // valuesGet returns the attribute (borrowed) or null; valuesSet stores/deletes (value null):
    // 0 done, 1 not handled (the caller uses the dict), -1 error (AttributeError on a missing
    // delete is the caller's). materialize builds the dict from the values (0 / -1).
    Object* (*valuesGet)(Object* o, Object* name) = nullptr;
    int (*valuesSet)(Object* o, Object* name, Object* value) = nullptr;
    int (*materialize)(Object* o) = nullptr;
    // tp_weaklistoffset (0 = no weak references).
    std::int64_t weaklistOffset = 0;
    // Instance slot offset kept for compatibility with code that reads tp_dictoffset.
    std::int64_t dictOffset = 0;
    // tp_doc of static types (null: None): CPython's text from objects/type_docs, set by setTypeDictDoc.
    const char* doc = nullptr;
    // A small per-type tag for the object file that owns the type (exception_object.cpp stores
    // which C struct an exception class uses); 0 = none, inherited along tp_base by lookups.
    std::uint8_t kindTag = 0;
};

// tpCallOnly of the types none of whose instances has a vectorcall.
inline bool alwaysTpCall(const Object*) { return true; }

} // namespace hs
