// int (PyLongObject): objects holding a BigInt, the small-int cache -5..256, conversions to and from
// text with 3.11's 4300-digit limit, and the number slots the VM calls (CPython semantics and errors).
#pragma once

#include "objects/bigint.h"
#include "objects/type_object.h"

#include <string>
#include <string_view>

namespace hs {

// Host side of an int. The simulated layout is CPython's: ob_size at +16 (signed digit count),
// 30-bit digits from +24 as uint32 (two per 8-byte word).
struct IntObject : Object {
    BigInt value;
};

// PyLong_Check: int or a subclass (bool included).
inline bool isInt(const Object* o) { return o->type->flags & tpflags::kLongSubclass; }
// The value of an int (o must satisfy isInt).
inline const BigInt& intValue(const Object* o) { return static_cast<const IntObject*>(o)->value; }

// --- Construction (all return new references; empty Ref with MemoryError pending on failure) ---
// Small ints (-5..256) come from the cache.
Ref newInt(Interpreter& interp, std::int64_t v);
Ref newIntFromBig(Interpreter& interp, const BigInt& v);
// `allocDigits` is the digit count CPython requests for this result (_PyLong_New(size) before
// normalization); 0 means exactly the value's digit count. It only sets the block's size class.
Ref newIntFromBig(Interpreter& interp, BigInt&& v, std::int64_t allocDigits = 0);
// Decimal digits of an int literal (underscores allowed, no sign, any size, no digit limit: the
// compiler applies the limit itself). ValueError on a malformed literal.
Ref newIntFromDecimal(Interpreter& interp, std::string_view digits);
// int(text, base): base 0 or 2..36. ValueError "invalid literal for int() with base 10: 'x'",
// "int() base must be >= 2 and <= 36, or 0", or the 4300-digit limit error.
Ref newIntFromString(Interpreter& interp, std::string_view text, int base);
// int(bytes, base) (_PyLong_FromBytes): the bytes are not transformed; `bytesRepr` is the repr of
// the bytes (CPython quotes at most the first 200 bytes: repr(b[:200])).
Ref newIntFromBytes(Interpreter& interp, std::string_view bytes, int base, const std::string& bytesRepr);
// int(str_object, base): as newIntFromString, the error message quoting repr(str_object).
Ref intFromStr(Interpreter& interp, Object* str, int base);
// repr() of UTF-8 text as a str would show it (for error messages; no error escapes).
std::string reprOfText(Interpreter& interp, std::string_view utf8);
// int(float): OverflowError "cannot convert float infinity to integer", ValueError
// "cannot convert float NaN to integer".
Ref newIntFromDouble(Interpreter& interp, double d);

// --- Access ---
// False (no error set) when the value does not fit in int64.
bool intAsInt64(const Object* o, std::int64_t& out);
// Decimal text without any limit check (for labels and the host).
std::string intToDecimal(const Object* o);
// str(int)/repr(int) text with the limit check; false with ValueError pending when the value has
// more than sys.get_int_max_str_digits() digits.
bool intToDecimalChecked(Interpreter& interp, const Object* o, std::string& out);
// PyLong_AsDouble: false with OverflowError "int too large to convert to float".
bool intAsDouble(Interpreter& interp, const Object* o, double& out);
// The current sys.get_int_max_str_digits() (0 = no limit) and its setter (sys.set_int_max_str_digits
// validates: 0 or >= 640, ValueError "maxdigits must be 0 or larger than 640").
int intMaxStrDigits(const Interpreter& interp);
bool setIntMaxStrDigits(Interpreter& interp, std::int64_t maxdigits);
constexpr int kIntMaxStrDigitsDefault = 4300;
constexpr int kIntMaxStrDigitsThreshold = 640;

// --- Number slots (long_as_number): new reference; NotImplemented (new reference) when an
// operand is not an int; empty Ref with the error pending on failure ---
Ref intAdd(Object* a, Object* b);
Ref intSub(Object* a, Object* b);
Ref intMul(Object* a, Object* b);
// intAdd / intSub of two exact ints (BINARY_OP_ADD_INT / _SUBTRACT_INT past their inline
// medium-value case): the same result and requests, with the int64 case in a light frame. New
// reference, nullptr with the error pending.
Object* intAddSubExact(Interpreter& interp, Object* a, Object* b, bool subtract);
Ref intFloorDiv(Object* a, Object* b); // ZeroDivisionError "integer division or modulo by zero"
Ref intTrueDiv(Object* a, Object* b);  // float; ZeroDivisionError "division by zero"
Ref intMod(Object* a, Object* b);      // ZeroDivisionError "integer modulo by zero"
// Both parts of divmod (new references); false with the error pending (or q empty and no error
// for NotImplemented). intDivmod builds the tuple.
bool intDivmodParts(Object* a, Object* b, Ref& q, Ref& r);
Ref intDivmod(Object* a, Object* b);
// a ** b, or pow(a, b, m) when m is neither null nor None. Negative b without m gives a float.
Ref intPow(Object* a, Object* b, Object* m);
Ref intLshift(Object* a, Object* b); // ValueError "negative shift count"
Ref intRshift(Object* a, Object* b);
Ref intAnd(Object* a, Object* b);
Ref intOr(Object* a, Object* b);
Ref intXor(Object* a, Object* b);
Ref intNeg(Object* a);
Ref intPos(Object* a); // exact int: the same object (new reference); subclass: a plain int copy
Ref intAbs(Object* a);
Ref intInvert(Object* a);
// int.bit_length()
Ref intBitLength(Object* a);

// --- Type slots (also callable directly) ---
Object* intRichCompare(Object* a, Object* b, CompareOp op); // int vs int; NotImplemented otherwise
std::int64_t intHash(Object* o);
int intIsTrue(Object* o);
Object* intRepr(Object* o); // new reference to a str, or nullptr with ValueError (digit limit)

// int.__sizeof__ and the layout reads, shared with bool.
std::int64_t intSizeOf(const Object* o);
bool intReadField(const Object* o, std::int64_t offset, std::uint64_t& out);
std::string intLabel(const Object* o);

// The static small int for v (borrowed), v in [-5, 256].
Object* smallIntObject(Interpreter& interp, std::int64_t v);

} // namespace hs
