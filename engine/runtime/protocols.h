// The object protocols the VM and the built-in modules use (Objects/abstract.c, object.c, call.c,
// typeobject.c's generic parts): attributes, calls, numbers, containers, iteration, str/format,
// isinstance. All return new references (Ref) or -1/nullptr with the error pending.
#pragma once

#include "objects/type_object.h"
#include "runtime/abstract.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hs {

// ---------------------------------------------------------------- attributes (protocols_attr.cpp)
// _PyType_Lookup: the attribute `name` (a str) found along type's MRO, borrowed, or nullptr
// (never sets an error).
Object* typeLookup(TypeObject* type, Object* name);
Object* typeLookupStr(TypeObject* type, std::string_view name);
// The MRO of a type as a vector (static types: the base chain; heap types: tp_mro).
void typeMro(TypeObject* type, std::vector<TypeObject*>& out);
// PyObject_GetAttr.
Ref getAttr(Object* o, Object* name);
Ref getAttrStr(Object* o, std::string_view name);
// _PyObject_LookupAttr: 1 = found (out set), 0 = missing (no error), -1 = error.
int lookupAttr(Object* o, Object* name, Ref& out);
// _PyObject_LookupSpecial: the attribute found on o's type, bound to o through its __get__ (a new
// bound method for a function). Empty without an error when the type has none; empty with the
// error pending when __get__ fails.
Ref lookupSpecial(Object* o, Object* name);
Ref lookupSpecial(Object* o, std::string_view name);
// PyObject_SetAttr (value == nullptr deletes).
int setAttr(Object* o, Object* name, Object* value);
int setAttrStr(Object* o, std::string_view name, Object* value);
// PyObject_GenericGetAttr / _PyObject_GenericGetAttrWithDict(suppress).
Ref genericGetAttr(Object* o, Object* name, bool suppress = false);
int genericSetAttr(Object* o, Object* name, Object* value);
// _PyObject_GetMethod (LOAD_METHOD): returns true when `out` is a function/method descriptor found on
// the type that must be called with `o` prepended (no bound object created); false when `out` is
// the finished attribute (or empty with an error pending).
bool getMethod(Object* o, Object* name, Ref& out);
// The instance __dict__ slot of o, or nullptr (types without one). Borrowed; creates it when
// `create` is set (the dict is a new object owned by o).
Object* instanceDict(Object* o, bool create);
// PyObject_GenericGetDict as a __dict__ getter (GetSetDef): the instance dict, made on first use.
// New reference, or nullptr with an error pending.
Object* genericGetDict(Object* self);
// object.__dir__ (object___dir___impl): the keys of a copy of o.__dict__ merged with the
// attributes of o.__class__ and its __bases__, unsorted (both looked up as attributes, so a
// class's __getattribute__ sees them). New list.
Ref objectDir(Object* o);
// type.__dir__ (type___dir___impl): merge_class_dict's keys of `type`, unsorted. New list.
Ref typeDir(Object* type);
// PyObject_Dir(o) (_dir_object): the type's __dir__ bound to `o` and called, its result copied
// into a new list and sorted; so a class's own __dir__ runs.
Ref dirOfObject(Object* o);
// AttributeError "'T' object has no attribute 'x'" (with name/obj set): a failed getattr.
void raiseNoAttribute(Object* o, Object* name);
// The same message from a failed setattr/delattr, without name/obj (no suggestion).
void raiseNoAttributeToSet(Object* o, Object* name);
// Interned str for a host name (new reference).
Ref internName(Interpreter& interp, std::string_view name);

// ---------------------------------------------------------------- calls (protocols_call.cpp)
// PyObject_Vectorcall: args[0..nargs) then the keyword values named by kwnames (a tuple or null).
Ref call(Object* callable, Object* const* args, std::int64_t nargs, Object* kwnames = nullptr);
// PyObject_Call(callable, args tuple, kwargs dict or null).
Ref callTupleDict(Object* callable, Object* args, Object* kwargs);
// _PyObject_FastCallDictTstate for a callable with a vectorcall: args as they are without keywords,
// else _PyStack_UnpackDict's array of new references and kwnames tuple for the call.
Ref callArrayDict(Object* callable, Object* const* args, std::int64_t nargs, Object* kwargs);
inline Ref callNoArgs(Object* callable) { return call(callable, nullptr, 0); }
inline Ref callOneArg(Object* callable, Object* arg) { return call(callable, &arg, 1); }
// Calls method `name` of o with args (PyObject_VectorcallMethod).
Ref callMethod(Object* o, Object* name, Object* const* args, std::int64_t nargs, Object* kwnames = nullptr);
Ref callMethodStr(Object* o, std::string_view name, Object* const* args, std::int64_t nargs);
// PyFile_WriteObject: file.write(str(v)) when `raw` (Py_PRINT_RAW), else file.write(repr(v)); the
// bound `write` is looked up before str/repr is made (for sys.stdout a new builtin method each
// time: a GC allocation, so a collection can start there). 0, or -1 with the error set.
int fileWriteObject(Object* file, Object* v, bool raw);
// PyCallable_Check.
bool isCallable(Object* o);
// _PyVectorcall_Function(o) != NULL (TypeSlots::tpCallOnly).
bool hasVectorcall(const Object* o);
// Calls a type (PyObject_Vectorcall of a type object): its vectorcall (vectorNew), or
// _PyObject_MakeTpCall's recursion level around typeCall.
Ref callType(TypeObject* type, Object* const* args, std::int64_t nargs, Object* kwnames);
// type_call as tp_call: tp_new then tp_init with the args tuple and kwargs dict that
// _PyObject_MakeTpCall builds; no recursion level (its caller's).
Ref typeCall(TypeObject* type, Object* const* args, std::int64_t nargs, Object* kwnames);
// _PyStack_AsDict: the keywords of a vectorcall (kwnames and their values after args[nargs]) as
// a new dict in `out` (left empty when there are none). False with an error pending.
bool kwargsDict(Interpreter& interp, Object* const* args, std::int64_t nargs, Object* kwnames, Ref& out);
// The recursion guard for C-level calls (_Py_EnterRecursiveCallTstate " while calling a Python
// object"). enterRecursiveCall returns false with RecursionError pending.
bool enterRecursiveCall(Interpreter& interp, const char* where);
void leaveRecursiveCall(Interpreter& interp);
// Number of keyword arguments in a vectorcall (0 when kwnames is null).
std::int64_t kwCount(Object* kwnames);

// ---------------------------------------------------------------- numbers (protocols_number.cpp)
// BINARY_OP: PyNumber_Add ... PyNumber_InPlaceXor, by nbop index.
Ref binaryOp(Object* a, Object* b, int nbop);
// binary_op1 / binary_iop1: the operands' slots only; NotImplemented (new reference) when none
// takes them (no sequence fallback, no error).
Ref binaryOpNoFallback(Object* a, Object* b, int nbop);
// pow(a, b, m) (m may be null or None).
Ref numberPower(Object* a, Object* b, Object* m);
// PyNumber_Divmod: divmod(a, b).
Ref numberDivmod(Object* a, Object* b);
Ref numberNegative(Object* o);
Ref numberPositive(Object* o);
Ref numberInvert(Object* o);
Ref numberAbsolute(Object* o);
// PyNumber_Index: an exact int (new reference); TypeError "'T' object cannot be interpreted as an
// integer".
Ref numberIndex(Object* o);
// PyNumber_AsSsize_t: false with the error pending. `overflowError` null = clamp (like passing
// NULL), else the type of the error raised when the value does not fit ("IndexError",
// "OverflowError").
bool indexAsInt64(Object* o, std::int64_t& out, TypeObject* overflowError);
// _PyLong_AsInt (Argument Clinic's `int`): through __index__; false with TypeError or OverflowError
// "Python int too large to convert to C int" pending.
bool indexAsCInt(Object* o, int& out);
// _PyEval_SliceIndex for an optional bound (str/bytes find, count, startswith ...): missing or None
// gives `deflt`; otherwise an __index__ value clamped to int64; TypeError "slice indices must be
// integers or None or have an __index__ method".
bool sliceIndexOr(Interpreter& interp, Object* o, std::int64_t& out, std::int64_t deflt);
// int(x) / float(x).
Ref numberLong(Object* o);
Ref numberFloat(Object* o);
// True when o supports __index__ (PyIndex_Check).
bool hasIndex(Object* o);
// Converts a number to double for math functions (float, int, __float__, __index__): false with
// TypeError "must be real number, not str".
bool asDouble(Object* o, double& out);

// ---------------------------------------------------------------- containers (protocols_seq.cpp)
Ref getItem(Object* o, Object* key);
int setItem(Object* o, Object* key, Object* value);
int delItem(Object* o, Object* key);
// PyObject_Size: -1 with "object of type 'T' has no len()".
std::int64_t objectLength(Object* o);
// PySequence_Contains (`in`): sq_contains, else _PySequence_IterSearch: 1, 0, -1.
int containsOp(Object* container, Object* item);
// _PySequence_IterSearch(seq, obj, operation): iterates seq (PyObject_GetIter; a TypeError from it
// becomes "argument of type 'T' is not iterable") comparing `item == obj`: the count, the index of
// the first match (ValueError "sequence.index(x): x not in sequence") or 1/0 for contains; -1 with
// an error.
enum class IterSearch { Count, Index, Contains };
std::int64_t sequenceIterSearch(Object* seq, Object* obj, IterSearch operation);
// PyObject_GetIter: tp_iter, else a sequence iterator when sequenceCheck(o) (the old __getitem__
// protocol, PySeqIter_New), else TypeError "'T' object is not iterable". Every place CPython
// iterates goes through here.
Ref getIter(Object* o);
// `tp_iter != NULL || PySequence_Check(o)`: what getIter accepts; the test behind CPython's own
// messages for LIST_EXTEND, CALL_FUNCTION_EX's check_args_iterable and unpack_iterable.
bool iterableCheck(Object* o);
// PyIter_Next: new reference; empty Ref with no error = exhausted.
Ref iterNext(Object* it);
// True when o is an iterator (has __next__).
bool isIterator(Object* o);
// PySequence_Fast: an exact list or tuple itself, else a list of its items (new reference);
// `message` replaces the TypeError getIter raises (null: the iterator's own message).
Ref sequenceFast(Object* o, const char* message);
// list(iterable).
Ref sequenceList(Object* o);
// tuple(iterable).
Ref sequenceTuple(Object* o);
// PySequence_Check: not a dict, and the type has sq_item: set on ctypes arrays, and (the stand-in
// for the slot) any type whose MRO has __getitem__ (a class statement's __getitem__ gets
// slot_sq_item in CPython).
bool sequenceCheck(Object* o);
// PySequence_Concat / PySequence_InPlaceConcat (operator.concat / iconcat): sq_concat (or
// sq_inplace_concat), else + (or +=) when both are sequences; TypeError "'T' object can't be
// concatenated".
Ref sequenceConcat(Object* a, Object* b, bool inPlace);
// Length hint (operator.length_hint): `deflt` when unknown; -1 with an error.
std::int64_t lengthHint(Object* o, std::int64_t deflt);
// Slicing helpers (slice objects live in objects/slice_object.h).
Ref getSlice(Object* o, Object* start, Object* stop);

// ---------------------------------------------------------------- text (protocols_text.cpp)
// PyObject_Str.
Ref objectStr(Object* o);
// object_str (tp_str of object and of every type not defining its own): the type's tp_repr called
// directly, its result unchecked (PyObject_Str then checks it, with the "__str__" message). New
// reference or nullptr.
Object* objectStrDefault(Object* o);
// ascii(o).
Ref objectAscii(Object* o);
// format(o, spec) (PyObject_Format).
Ref objectFormat(Object* o, Object* spec);
// str() of o as UTF-8 (for host messages); "<unprintable T object>" on failure (error cleared).
std::string strOf(Object* o);
std::string reprOf(Object* o);
// The type name used in messages (tp_name: "int", "C").
inline const std::string& typeName(const Object* o) { return o->type->name; }

// ---------------------------------------------------------------- types (protocols_attr.cpp)
// isinstance / issubclass with __instancecheck__/__subclasscheck__ on heap metaclasses: 1, 0, -1.
int isInstance(Object* o, Object* cls);
int isSubclass(Object* derived, Object* cls);
// type.__instancecheck__ / type.__subclasscheck__ (_PyObject_RealIsInstance/_PyObject_RealIsSubclass):
// the checks without a metaclass's hooks.
int realIsInstance(Object* o, Object* cls);
int realIsSubclass(Object* derived, Object* cls);
bool isType(const Object* o);
// PyType_IsSubtype: along tp_mro for heap types (multiple inheritance), the base chain otherwise.
bool typeIsSubtype(TypeObject* a, TypeObject* b);
inline TypeObject* asType(Object* o) { return static_cast<TypeObject*>(o); }
// type.__name__ / __qualname__ / __module__ as host strings.
std::string typeQualName(const TypeObject* t);
std::string typeModuleName(const TypeObject* t);

// ---------------------------------------------------------------- comparisons
// Identity and equality helpers over objectRichCompare (abstract.h) with heap-type slots.
Ref compareOp(Object* a, Object* b, int cmpop); // COMPARE_OP argument (Py_LT..Py_GE)

} // namespace hs
