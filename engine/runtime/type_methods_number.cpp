// int, bool and float as Python sees them: constructors (long_new, bool_vectorcall,
// float_vectorcall), the number tables over int_object/float_object, and their methods.
#include "runtime/type_methods.h"

#include "objects/bool_object.h"
#include "objects/bytes_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/subtype_instance.h"
#include "objects/tuple_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }

template <Ref (*F)(Object*, Object*)> Object* bin(Object* a, Object* b) { return F(a, b).release(); }
template <Ref (*F)(Object*)> Object* un(Object* a) { return F(a).release(); }
Object* intPow2(Object* a, Object* b) { return intPow(a, b, nullptr).release(); }
Object* intPow3(Object* a, Object* b, Object* m) { return intPow(a, b, m).release(); }
Object* floatPow2(Object* a, Object* b) { return floatPow(a, b, nullptr).release(); }
Object* floatPow3(Object* a, Object* b, Object* m) { return floatPow(a, b, m).release(); }

Object* intIndexSlot(Object* a) {
    Interpreter& interp = interpOf(a);
    if (a->type == interp.types.int_) {
        incref(a);
        return a;
    }
    return newIntFromBig(interp, intValue(a)).release();
}
Object* intToFloatSlot(Object* a) {
    double d = 0;
    if (!intAsDouble(interpOf(a), a, d)) return nullptr;
    return newFloat(interpOf(a), d).release();
}
Object* floatToFloatSlot(Object* a) {
    if (a->type == interpOf(a).types.float_) {
        incref(a);
        return a;
    }
    return newFloat(interpOf(a), floatValue(a)).release();
}

NumberSlots makeIntNumber() {
    NumberSlots n;
    n.binary[nbop::ADD] = bin<intAdd>;
    n.binary[nbop::AND] = bin<intAnd>;
    n.binary[nbop::FLOOR_DIVIDE] = bin<intFloorDiv>;
    n.binary[nbop::LSHIFT] = bin<intLshift>;
    n.binary[nbop::MULTIPLY] = bin<intMul>;
    n.binary[nbop::REMAINDER] = bin<intMod>;
    n.binary[nbop::OR] = bin<intOr>;
    n.binary[nbop::POWER] = intPow2;
    n.binary[nbop::RSHIFT] = bin<intRshift>;
    n.binary[nbop::SUBTRACT] = bin<intSub>;
    n.binary[nbop::TRUE_DIVIDE] = bin<intTrueDiv>;
    n.binary[nbop::XOR] = bin<intXor>;
    n.power3 = intPow3;
    n.divmod = bin<intDivmod>;
    n.boolean = intIsTrue;
    n.negative = un<intNeg>;
    n.positive = un<intPos>;
    n.absolute = un<intAbs>;
    n.invert = un<intInvert>;
    n.toInt = intIndexSlot;
    n.toFloat = intToFloatSlot;
    n.index = intIndexSlot;
    return n;
}
const NumberSlots kIntNumber = makeIntNumber();

NumberSlots makeBoolNumber() {
    NumberSlots n = makeIntNumber();
    n.binary[nbop::AND] = bin<boolAnd>;
    n.binary[nbop::OR] = bin<boolOr>;
    n.binary[nbop::XOR] = bin<boolXor>;
    return n;
}
const NumberSlots kBoolNumber = makeBoolNumber();

NumberSlots makeFloatNumber() {
    NumberSlots n;
    n.binary[nbop::ADD] = bin<floatAdd>;
    n.binary[nbop::SUBTRACT] = bin<floatSub>;
    n.binary[nbop::MULTIPLY] = bin<floatMul>;
    n.binary[nbop::TRUE_DIVIDE] = bin<floatTrueDiv>;
    n.binary[nbop::FLOOR_DIVIDE] = bin<floatFloorDiv>;
    n.binary[nbop::REMAINDER] = bin<floatMod>;
    n.binary[nbop::POWER] = floatPow2;
    n.power3 = floatPow3;
    n.divmod = bin<floatDivmod>;
    n.boolean = floatIsTrue;
    n.negative = un<floatNeg>;
    n.positive = un<floatPos>;
    n.absolute = un<floatAbs>;
    n.toInt = un<floatToInt>;
    n.toFloat = floatToFloatSlot;
    return n;
}
const NumberSlots kFloatNumber = makeFloatNumber();

// ---------------------------------------------------------------- constructors

Object* intTpNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    static const char* const kNames[] = {"", "base"};
    ArgSpec spec{"int", kNames, 2, 1, 0, 2};
    std::vector<Object*> flat(tupleItems(args), tupleItems(args) + tupleSize(args));
    KwNameList kwnames;
    dictKeywords(kwargs, flat, kwnames);
    Object* a[2];
    // long_new's Argument Clinic parser (its kwtuple is built at the first keyword call).
    if (!unpackParserArgs(interp, spec, "int", flat.data(), tupleSize(args), kwnames, a)) return nullptr;
    if (type != interp.types.int_) {
        // long_subtype_new: the exact int, copied into a subclass instance of max(1, |ob_size|)
        // digits (PyType_GenericAlloc).
        Ref tmp(intTpNew(interp.types.int_, args, kwargs));
        if (!tmp) return nullptr;
        const std::int64_t digits = intValue(tmp.get()).digitCount();
        IntObject* r = allocSubtypeInstance<IntObject>(interp, type, digits > 0 ? digits : 1);
        if (r) r->value = intValue(tmp.get());
        return r;
    }
    Object* x = a[0];
    Object* obase = a[1];
    if (!x) {
        if (obase) {
            typeError(interp, "int() missing string argument");
            return nullptr;
        }
        return newInt(interp, 0).release();
    }
    if (!obase) return numberLong(x).release();
    std::int64_t base = 0;
    if (!indexAsInt64(obase, base, vmOf(interp).exc.OverflowError)) return nullptr;
    if ((base != 0 && base < 2) || base > 36) {
        raiseError(interp, vmOf(interp).exc.ValueError, "int() base must be >= 2 and <= 36, or 0");
        return nullptr;
    }
    if (isStr(x)) return intFromStr(interp, x, static_cast<int>(base)).release();
    if (isBytes(x)) return newIntFromBytes(interp, bytesView(x), static_cast<int>(base), bytesReprText(x)).release();
    typeError(interp, "int() can't convert non-string with explicit base");
    return nullptr;
}

Object* boolNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(type);
    if (!noKeywords(interp, "bool", kwnames)) return nullptr;
    if (!checkPositional(interp, "bool", nargs, 0, 1)) return nullptr;
    if (nargs == 0) return newBool(interp, false);
    const int r = objectIsTrue(args[0]);
    if (r < 0) return nullptr;
    return newBool(interp, r != 0);
}

Object* floatNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(type);
    if (type != interp.types.float_) {
        // float_subtype_new: the exact float's value in a fresh subclass instance.
        Ref tmp(floatNew(interp.types.float_, args, nargs, kwnames));
        if (!tmp) return nullptr;
        FloatObject* r = allocSubtypeInstance<FloatObject>(interp, asType(type), 0);
        if (r) r->value = static_cast<FloatObject*>(tmp.get())->value;
        return r;
    }
    if (!noKeywords(interp, "float", kwnames)) return nullptr;
    if (!checkPositional(interp, "float", nargs, 0, 1)) return nullptr;
    if (nargs == 0) return newFloat(interp, 0.0).release();
    return numberFloat(args[0]).release();
}

// ---------------------------------------------------------------- int methods

Object* intBitLengthM(Object* self, Object* const*, std::int64_t, Object*) { return intBitLength(self).release(); }
Object* intBitCount(Object* self, Object* const*, std::int64_t, Object*) {
    const BigInt v = intValue(self).abs();
    std::int64_t count = 0;
    const std::string bin = v.toString(2);
    for (char c : bin) count += c == '1';
    return newInt(interpOf(self), count).release();
}
Object* intConjugate(Object* self, Object* const*, std::int64_t, Object*) { return intIndexSlot(self); }
Object* intAsRatio(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Ref n(intIndexSlot(self));
    Ref one = newInt(interp, 1);
    return tuplePack(interp, {n.get(), one.get()}).release();
}
// int___round___impl: self unchanged for ndigits >= 0, else self - divmod_near(self, 10**-ndigits)[1]
// (the nearest multiple, ties to even). 10**-ndigits is computed whatever its size (a huge one is
// MemoryError here, where CPython runs until it fails to allocate).
Object* intRoundM(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (nargs == 0 || args[0] == interp.none) return intIndexSlot(self);
    Ref nd = numberIndex(args[0]);
    if (!nd) return nullptr;
    if (!intValue(nd.get()).isNegative()) return intIndexSlot(self);
    Ref exp = intNeg(nd.get());
    if (!exp) return nullptr;
    Ref ten = newInt(interp, 10);
    if (!ten) return nullptr;
    Ref pow = intPow(ten.get(), exp.get(), nullptr);
    if (!pow) return nullptr;
    Ref q, r;
    if (!intDivmodParts(self, pow.get(), q, r)) return nullptr;
    // _PyLong_DivmodNear: q + 1 when 2*r > pow, or 2*r == pow and q is odd.
    const int cmp = BigInt::compare(intValue(r.get()) * BigInt(2), intValue(pow.get()));
    if (cmp > 0 || (cmp == 0 && (intValue(q.get()).digit(0) & 1))) {
        Ref one = newInt(interp, 1);
        if (!one || !(q = intAdd(q.get(), one.get()))) return nullptr;
    }
    return intMul(q.get(), pow.get()).release();
}
Object* intTrunc(Object* self, Object* const*, std::int64_t, Object*) { return intIndexSlot(self); }
Object* intToBytes(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    static const char* const kNames[] = {"length", "byteorder", "signed"};
    ArgSpec spec{"to_bytes", kNames, 3, 0, 0, 2};
    Object* a[3];
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    std::int64_t length = 1;
    if (a[0] && !indexAsInt64(a[0], length, vmOf(interp).exc.OverflowError)) return nullptr;
    if (length < 0) {
        raiseError(interp, vmOf(interp).exc.ValueError, "length argument must be non-negative");
        return nullptr;
    }
    bool little = false;
    if (a[1]) {
        if (strEqualsAscii(a[1], "little")) little = true;
        else if (!strEqualsAscii(a[1], "big")) {
            raiseError(interp, vmOf(interp).exc.ValueError, "byteorder must be either 'little' or 'big'");
            return nullptr;
        }
    }
    const bool isSigned = a[2] && objectIsTrue(a[2]) > 0;
    BigInt v = intValue(self);
    if (v.isNegative() && !isSigned) {
        raiseError(interp, vmOf(interp).exc.OverflowError, "can't convert negative int to unsigned");
        return nullptr;
    }
    // Two's complement bytes.
    std::string out(static_cast<std::size_t>(length), '\0');
    const BigInt mod = BigInt(1).shiftLeft(static_cast<std::uint64_t>(8 * length));
    const BigInt w = v.isNegative() ? v + mod : v;
    bool overflow = BigInt::compare(w, mod) >= 0 || w.isNegative();
    if (isSigned && length > 0) {
        const BigInt half = BigInt(1).shiftLeft(static_cast<std::uint64_t>(8 * length - 1));
        overflow = overflow || (!v.isNegative() && BigInt::compare(v, half) >= 0) || (v.isNegative() && BigInt::compare(v.abs(), half) > 0);
    }
    if (overflow || (length == 0 && !v.isZero())) {
        raiseError(interp, vmOf(interp).exc.OverflowError, "int too big to convert");
        return nullptr;
    }
    for (std::int64_t i = 0; i < length; ++i) {
        const BigInt byte = w.shiftRight(static_cast<std::uint64_t>(8 * i)) & BigInt(255);
        out[static_cast<std::size_t>(little ? i : length - 1 - i)] = static_cast<char>(byte.small());
    }
    return newBytes(interp, out).release();
}
Object* intFromBytes(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(type);
    static const char* const kNames[] = {"bytes", "byteorder", "signed"};
    ArgSpec spec{"from_bytes", kNames, 3, 0, 1, 2};
    Object* a[3];
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    bool little = false;
    if (a[1]) {
        if (strEqualsAscii(a[1], "little")) little = true;
        else if (!strEqualsAscii(a[1], "big")) {
            raiseError(interp, vmOf(interp).exc.ValueError, "byteorder must be either 'little' or 'big'");
            return nullptr;
        }
    }
    Ref data = objectBytes(interp, a[0]); // PyObject_Bytes
    if (!data) return nullptr;
    const std::string_view bytes = bytesView(data.get());
    BigInt v(0);
    const std::size_t n = bytes.size();
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char b = static_cast<unsigned char>(bytes[little ? n - 1 - i : i]);
        v = v.shiftLeft(8) + BigInt(b);
    }
    if (a[2] && objectIsTrue(a[2]) > 0 && n > 0) {
        const unsigned char top = static_cast<unsigned char>(bytes[little ? n - 1 : 0]);
        if (top & 0x80) v = v - BigInt(1).shiftLeft(8 * n);
    }
    Ref result = newIntFromBig(interp, v);
    // int_from_bytes_impl: a subclass is called with the exact int.
    if (result && type != interp.types.int_) {
        Object* arg = result.get();
        return call(type, &arg, 1).release();
    }
    return result.release();
}
Object* intGetNewArgs(Object* self, Object* const*, std::int64_t, Object*) {
    Ref v(intIndexSlot(self));
    return tuplePack(interpOf(self), {v.get()}).release();
}

Object* intReal(Object* self) { return intIndexSlot(self); }
Object* intImag(Object* self) { return newInt(interpOf(self), 0).release(); }
Object* intDenominator(Object* self) { return newInt(interpOf(self), 1).release(); }

const MethodDef kIntMethods[] = {
    {"bit_length", intBitLengthM, meth::kNoArgs},
    {"bit_count", intBitCount, meth::kNoArgs},
    {"conjugate", intConjugate, meth::kNoArgs},
    {"as_integer_ratio", intAsRatio, meth::kNoArgs},
    {"to_bytes", intToBytes, meth::kFastcall | meth::kKeywords},
    {"from_bytes", intFromBytes, meth::kFastcall | meth::kKeywords | meth::kClass},
    {"__trunc__", intTrunc, meth::kNoArgs},
    {"__floor__", intTrunc, meth::kNoArgs},
    {"__ceil__", intTrunc, meth::kNoArgs},
    {"__round__", intRoundM, meth::kFastcall},
    {"__getnewargs__", intGetNewArgs, meth::kNoArgs},
    {nullptr, nullptr, 0},
};
const GetSetDef kIntGetSets[] = {
    {"real", intReal}, {"imag", intImag}, {"numerator", intReal}, {"denominator", intDenominator}, {nullptr, nullptr}};

// ---------------------------------------------------------------- float methods

Object* floatIsIntegerM(Object* self, Object* const*, std::int64_t, Object*) { return floatIsInteger(self).release(); }
Object* floatConjugate(Object* self, Object* const*, std::int64_t, Object*) { return floatToFloatSlot(self); }
Object* floatTrunc(Object* self, Object* const*, std::int64_t, Object*) { return floatToInt(self).release(); }
Object* floatFloor(Object* self, Object* const*, std::int64_t, Object*) {
    return newIntFromDouble(interpOf(self), std::floor(floatValue(self))).release();
}
Object* floatCeil(Object* self, Object* const*, std::int64_t, Object*) {
    return newIntFromDouble(interpOf(self), std::ceil(floatValue(self))).release();
}
Object* floatRoundM(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    return floatRound(self, nargs ? args[0] : nullptr).release();
}
Object* floatAsRatio(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    double x = floatValue(self);
    if (std::isinf(x)) {
        raiseError(interp, vmOf(interp).exc.OverflowError, "cannot convert Infinity to integer ratio");
        return nullptr;
    }
    if (std::isnan(x)) {
        raiseError(interp, vmOf(interp).exc.ValueError, "cannot convert NaN to integer ratio");
        return nullptr;
    }
    int exponent = 0;
    double frac = std::frexp(x, &exponent);
    for (int i = 0; i < 300 && frac != std::floor(frac); ++i) {
        frac *= 2.0;
        --exponent;
    }
    Ref num = newIntFromDouble(interp, frac);
    Ref den = newInt(interp, 1);
    if (exponent > 0) num = intLshift(num.get(), newInt(interp, exponent).get());
    else den = intLshift(den.get(), newInt(interp, -exponent).get());
    return tuplePack(interp, {num.get(), den.get()}).release();
}
Object* floatHex(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    const double x = floatValue(self);
    if (std::isnan(x) || std::isinf(x)) return floatRepr(self);
    if (x == 0.0) return newStrFromAscii(interp, std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0").release();
    // float_hex's own digits (not C's %a, whose form for subnormals varies between C libraries):
    // the leading digit 1 (0 for a subnormal, whose exponent stays -1022), then 13 hex digits.
    int e = 0;
    double m = std::frexp(std::fabs(x), &e);
    const int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
    m = std::ldexp(m, shift);
    e -= shift;
    static const char kHex[] = "0123456789abcdef";
    std::string s = x < 0.0 ? "-0x" : "0x";
    s += kHex[static_cast<int>(m)];
    m -= static_cast<int>(m);
    s += '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
        m *= 16.0;
        s += kHex[static_cast<int>(m)];
        m -= static_cast<int>(m);
    }
    s += e < 0 ? "p-" : "p+";
    s += std::to_string(e < 0 ? -e : e);
    return newStrFromAscii(interp, s).release();
}
// float.fromhex(string) (float_fromhex): optional whitespace, then inf/infinity/nan or
// [sign] [0x] hexdigits [. hexdigits] [p [sign] decimal], then optional whitespace. The value is
// rounded half-even to a double: strtod of the canonical "0x...p..." spelling rounds as CPython's
// own digit loop does. A subclass is called with the float (type(result) is the subclass).
bool isHexFloatSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
int hexDigitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
// _Py_parse_inf_or_nan: [sign] inf | infinity | nan, any case. The length read (0: none).
std::size_t parseInfOrNan(const std::string& s, std::size_t pos, double& out) {
    std::size_t i = pos;
    bool negate = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) negate = s[i++] == '-';
    auto matches = [&](const char* word) {
        const std::size_t n = std::strlen(word);
        if (s.size() - i < n) return false;
        for (std::size_t k = 0; k < n; ++k)
            if (std::tolower(static_cast<unsigned char>(s[i + k])) != word[k]) return false;
        return true;
    };
    if (matches("infinity")) i += 8;
    else if (matches("inf")) i += 3;
    else if (matches("nan")) {
        out = negate ? -std::nan("") : std::nan("");
        return i + 3 - pos;
    } else {
        return 0;
    }
    out = negate ? -HUGE_VAL : HUGE_VAL;
    return i - pos;
}
Object* floatFromhex(Object* cls, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(cls);
    VmState& vm = vmOf(interp);
    if (!isStr(args[0])) {
        raiseError(interp, vm.exc.TypeError, "bad argument type for built-in operation");
        return nullptr;
    }
    if (!strEnsureUtf8(interp, args[0])) return nullptr; // PyUnicode_AsUTF8AndSize: cached if non-ASCII
    const std::string s = strToUtf8(args[0]);
    auto parseError = [&]() -> Object* {
        raiseError(interp, vm.exc.ValueError, "invalid hexadecimal floating-point string");
        return nullptr;
    };
    std::size_t i = 0;
    while (i < s.size() && isHexFloatSpace(s[i])) ++i;
    double x = 0;
    if (const std::size_t n = parseInfOrNan(s, i, x)) {
        i += n;
    } else {
        std::string canonical = "0x";
        bool negate = false;
        if (i < s.size() && (s[i] == '-' || s[i] == '+')) negate = s[i++] == '-';
        if (i + 1 < s.size() && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
        std::size_t digits = 0;
        for (; i < s.size() && hexDigitValue(s[i]) >= 0; ++i, ++digits) canonical += s[i];
        if (i < s.size() && s[i] == '.') {
            canonical += '.';
            for (++i; i < s.size() && hexDigitValue(s[i]) >= 0; ++i, ++digits) canonical += s[i];
        }
        if (digits == 0) return parseError();
        if (i < s.size() && (s[i] == 'p' || s[i] == 'P')) {
            canonical += 'p';
            ++i;
            if (i < s.size() && (s[i] == '-' || s[i] == '+')) canonical += s[i++];
            if (i >= s.size() || s[i] < '0' || s[i] > '9') return parseError();
            for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) canonical += s[i];
        }
        x = std::strtod(canonical.c_str(), nullptr);
        if (std::isinf(x)) {
            raiseError(interp, vm.exc.OverflowError, "hexadecimal value too large to represent as a float");
            return nullptr;
        }
        if (negate) x = -x;
    }
    while (i < s.size() && isHexFloatSpace(s[i])) ++i;
    if (i != s.size()) return parseError();
    Ref result = newFloat(interp, x);
    if (!result || cls == interp.types.float_) return result.release();
    Object* one = result.get();
    return call(cls, &one, 1).release();
}
Object* floatGetNewArgs(Object* self, Object* const*, std::int64_t, Object*) {
    Ref v(floatToFloatSlot(self));
    return tuplePack(interpOf(self), {v.get()}).release();
}
Object* floatReal(Object* self) { return floatToFloatSlot(self); }
Object* floatImag(Object* self) { return newFloat(interpOf(self), 0.0).release(); }

const MethodDef kFloatMethods[] = {
    {"is_integer", floatIsIntegerM, meth::kNoArgs},
    {"conjugate", floatConjugate, meth::kNoArgs},
    {"as_integer_ratio", floatAsRatio, meth::kNoArgs},
    {"hex", floatHex, meth::kNoArgs},
    {"fromhex", floatFromhex, meth::kO | meth::kClass},
    {"__trunc__", floatTrunc, meth::kNoArgs},
    {"__floor__", floatFloor, meth::kNoArgs},
    {"__ceil__", floatCeil, meth::kNoArgs},
    {"__round__", floatRoundM, meth::kFastcall},
    {"__getnewargs__", floatGetNewArgs, meth::kNoArgs},
    {nullptr, nullptr, 0},
};
const GetSetDef kFloatGetSets[] = {{"real", floatReal}, {"imag", floatImag}, {nullptr, nullptr}};

} // namespace

void bindNumberTypes(Interpreter& interp) {
    TypeObject* i = interp.types.int_;
    i->slots.number = &kIntNumber;
    i->slots.tpNew = intTpNew;
    addMethods(interp, i, kIntMethods);
    addGetSets(interp, i, kIntGetSets);

    TypeObject* b = interp.types.bool_;
    b->slots.number = &kBoolNumber;
    b->slots.vectorNew = boolNew;
    b->slots.tpNew = [](TypeObject* type, Object* args, Object*) -> Object* {
        return boolNew(type, tupleItems(args), tupleSize(args), nullptr);
    };

    TypeObject* f = interp.types.float_;
    f->slots.number = &kFloatNumber;
    f->slots.vectorNew = floatNew;
    f->slots.tpNew = [](TypeObject* type, Object* args, Object*) -> Object* {
        return floatNew(type, tupleItems(args), tupleSize(args), nullptr);
    };
    addMethods(interp, f, kFloatMethods);
    addGetSets(interp, f, kFloatGetSets);
}

} // namespace hs
