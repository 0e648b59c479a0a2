// The abstract object layer (Objects/abstract.c, object.c): repr, hash and comparison through the
// type slots, with CPython's fallbacks, and the repr recursion guard (Py_ReprEnter/Py_ReprLeave).
#pragma once

#include "objects/type_object.h"

namespace hs {

// PyObject_Repr: new reference to a str, or an empty Ref with an error pending.
Ref objectRepr(Object* o);
// PyObject_Hash: -1 with TypeError "unhashable type: 'T'" pending when the type has no hash.
std::int64_t objectHash(Object* o);
// PyObject_RichCompare: tries the reflected operation, falls back to identity for == and !=,
// raises TypeError "'<' not supported between instances of 'A' and 'B'" otherwise.
Ref objectRichCompare(Object* a, Object* b, CompareOp op);
// PyObject_RichCompareBool: identity implies equality for Eq/Ne; 1, 0, or -1 with an error.
int objectRichCompareBool(Object* a, Object* b, CompareOp op);
// PyObject_IsTrue for the built-in types; -1 with an error.
int objectIsTrue(Object* o);

// Py_ReprEnter/Py_ReprLeave as a scope: `active()` is true when `o` is already being repr'd
// further up (the caller then returns "[...]", "{...}" or "(...)").
class ReprGuard {
public:
    explicit ReprGuard(Object* o);
    ~ReprGuard();
    ReprGuard(const ReprGuard&) = delete;
    ReprGuard& operator=(const ReprGuard&) = delete;
    bool active() const { return m_active; }

private:
    Object* m_object;
    bool m_active;
};

// Hash helpers shared by the numeric types (Python/pyhash.c): the modulus 2**61 - 1.
constexpr std::int64_t kHashModulus = (std::int64_t(1) << 61) - 1;
constexpr std::int64_t kHashInf = 314159;
constexpr std::int64_t kHashImag = 1000003;

// A bool for `v`: a new reference to True or False.
Object* newBool(Interpreter& interp, bool v);

} // namespace hs
