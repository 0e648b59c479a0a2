// float (PyFloatObject): a double in a 24-byte object, the 100-entry free list of 3.11, Python's
// repr (shortest round-trip), parsing, hashing, and the number slots with CPython's semantics.
#pragma once

#include "objects/type_object.h"

#include <string>
#include <string_view>

namespace hs {

// Host side of a float. Simulated layout: ob_fval (the double's bits) at +16. While parked on the
// free list the ob_type word (+8) holds the link to the float parked before it (or 0).
struct FloatObject : Object {
    double value = 0.0;
    Addr freeLink = 0;
};

// PyFloat_Check: float or a subclass.
bool isFloat(const Object* o);
inline double floatValue(const Object* o) { return static_cast<const FloatObject*>(o)->value; }

// PyFloat_FromDouble: pops the free list (LIFO) or allocates 24 bytes. New reference.
Ref newFloat(Interpreter& interp, double v);
// float(text): surrounding whitespace, sign, 'inf'/'infinity'/'nan' in any case, underscores
// between digits. ValueError "could not convert string to float: 'text'" (text as repr).
Ref newFloatFromString(Interpreter& interp, std::string_view text);
// float(str_object): as newFloatFromString, the message quoting repr(str_object).
Ref floatFromStr(Interpreter& interp, Object* str);
// float(bytes_object) (PyFloat_FromString on a buffer): the message quotes the bytes repr.
Ref floatFromBytesText(Interpreter& interp, std::string_view bytes, const std::string& bytesRepr);
// Releases every parked float (gc.collect(2) clears the free lists in 3.11).
void clearFloatFreeList(Interpreter& interp);
// Number of floats parked on the free list.
std::size_t floatFreeListSize(const Interpreter& interp);

// repr(float) text: 'r' formatting with float_repr_style 'short'.
std::string floatReprString(double v);
// _Py_HashDouble (inf -> 314159, -inf -> -314159, nan -> identity hash of `o`, here o->addr >> 4
// rotated as _Py_HashPointer; pass the object when hashing a float object).
std::int64_t hashDouble(const Object* o, double v);
// Converts an int or float operand to double (CONVERT_TO_DOUBLE): 1 on success, 0 when the
// operand is neither (NotImplemented), -1 with OverflowError pending.
int toDoubleOperand(Object* o, double& out);

// --- Number slots (float_as_number): new reference; NotImplemented (new reference) when an
// operand is neither float nor int; empty Ref with the error pending ---
Ref floatAdd(Object* a, Object* b);
Ref floatSub(Object* a, Object* b);
Ref floatMul(Object* a, Object* b);
Ref floatTrueDiv(Object* a, Object* b);  // ZeroDivisionError "float division by zero"
Ref floatFloorDiv(Object* a, Object* b); // ZeroDivisionError "float floor division by zero"
Ref floatMod(Object* a, Object* b);      // ZeroDivisionError "float modulo"
bool floatDivmodParts(Object* a, Object* b, Ref& q, Ref& r); // "float divmod()"
Ref floatDivmod(Object* a, Object* b);
Ref floatPow(Object* a, Object* b, Object* m);
Ref floatNeg(Object* a);
Ref floatPos(Object* a);
Ref floatAbs(Object* a);
// round(x) -> int (ndigits null/None) or round(x, n) -> float, as float___round___impl.
Ref floatRound(Object* a, Object* ndigits);
// int(x) for a float: truncation toward zero.
Ref floatToInt(Object* a);
Ref floatIsInteger(Object* a);

// --- Type slots ---
Object* floatRichCompare(Object* a, Object* b, CompareOp op);
std::int64_t floatHash(Object* o);
int floatIsTrue(Object* o);
Object* floatRepr(Object* o);

} // namespace hs
