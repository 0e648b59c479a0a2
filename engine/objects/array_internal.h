// Shared between array_object.cpp (storage, slots, type) and array_methods.cpp (methods,
// iterator): the item accessors and array_resize-based mutations of array.array.
#pragma once

#include "objects/array_object.h"
#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"

#include <cstdint>
#include <string>

namespace hs::arrayimpl {

constexpr std::int64_t kIterBasicSize = 40;                    // sizeof(arrayiterobject)
constexpr std::int64_t kMaxHostBytes = std::int64_t(1) << 31; // item blocks beyond this: MemoryError

inline ArrayObject* asArray(Object* o) { return static_cast<ArrayObject*>(o); }
inline const ArrayObject* asArray(const Object* o) { return static_cast<const ArrayObject*>(o); }
inline Interpreter& interpOf(const Object* o) { return *o->type->interp; }
// Py_SIZE(array): the number of items.
inline std::int64_t arraySize(const Object* o) {
    const ArrayObject* a = asArray(o);
    return static_cast<std::int64_t>(a->data.size()) / a->descr->itemsize;
}
Object* newRef(Object* o);
Object* noneResult(Interpreter& interp);
void typeErr(Interpreter& interp, const std::string& message);

// Item i's bits (integers sign- or zero-extended) / stores the low itemsize bytes of bits.
std::uint64_t rawItem(const ArrayObject* a, std::int64_t i);
void storeRaw(ArrayObject* a, std::int64_t i, std::uint64_t bits);
// getarrayitem: a new int / float / str.
Ref getArrayItem(Object* o, std::int64_t i);
// The descriptor's setitem: converts v with CPython's errors and stores it at i (i < 0: check only).
bool setArrayItem(Object* o, std::int64_t i, Object* v);
// array_resize; false with MemoryError pending.
bool arrayResize(ArrayObject* self, std::int64_t newsize);
// A new exact array.array of `descr` holding `data` (an exact item block).
Ref newArrayFromData(Interpreter& interp, const ArrayDescr* descr, const std::string& data);
// ins1, array_del_slice for 0 <= lo <= hi <= size, array_do_extend.
bool insertItem(ArrayObject* self, std::int64_t where, Object* v);
bool deleteRange(ArrayObject* self, std::int64_t lo, std::int64_t hi);
bool doExtend(ArrayObject* self, Object* bb);
// tolist() / tounicode() without the typecode check.
Ref toList(Object* o);
Ref toUnicode(Object* o);
std::int64_t arraySizeOf(const Object* o);

// array_methods.cpp: the method and attribute tables, tp_iter, and the iterator type's slots.
extern const MethodDef kArrayMethods[];
extern const GetSetDef kArrayGetSets[];
Object* arrayIter(Object* o);
void initIterType(Interpreter& interp, TypeObject* it);

} // namespace hs::arrayimpl
