// complex (PyComplexObject): allocation, repr, hash, comparison, the number slots, the constructor
// and the methods of Objects/complexobject.c (3.11).
//
// Sections: allocation · repr · hash and comparison · arithmetic · constructor · type slots
#include "objects/complex_object.h"
#include "objects/subtype_instance.h"

#include "modules/module_registry.h"
#include "objects/descr_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace hs {

namespace {

inline Interpreter& interpOf(const Object* o) { return *o->type->interp; }
Object* notImplemented(Interpreter& interp) {
    incref(interp.notImplemented);
    return interp.notImplemented;
}

struct Cval {
    double real = 0.0;
    double imag = 0.0;
};

} // namespace

// =============================================================================================
// Allocation

bool isComplex(const Object* o) {
    Interpreter& interp = *o->type->interp;
    if (!interp.vm) return false; // an interpreter without the VM has no complex type
    const TypeObject* t = vmOf(interp).types.complex;
    return o->type == t || o->type->isSubtypeOf(t);
}

Ref newComplex(Interpreter& interp, double real, double imag) {
    if (!interp.vm) { // the complex type is created with the VM's types
        interp.setError("SystemError", "complex numbers need the VM's types");
        return Ref();
    }
    auto* c = interp.newObject<ComplexObject>(vmOf(interp).types.complex, 32);
    if (!c) return Ref();
    c->real = real;
    c->imag = imag;
    return Ref(c);
}

namespace {

std::int64_t complexSizeOf(const Object* o) { return o->type->basicsize; }

void complexDealloc(Object* o) { interpOf(o).freeObject(o); }

bool complexReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    const auto* c = static_cast<const ComplexObject*>(o);
    if (offset != 16 && offset != 24) return false;
    std::memcpy(&out, offset == 16 ? &c->real : &c->imag, sizeof out);
    return true;
}

// PyOS_double_to_string(x, 'r', 0, flags): repr(float) without the ".0" Py_DTSF_ADD_DOT_0 adds,
// with a leading '+' for non-negative values when `sign` is set (Py_DTSF_SIGN).
std::string shortRepr(double x, bool sign) {
    std::string s = floatReprString(x);
    if (s.size() >= 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    if (sign && s[0] != '-') s.insert(s.begin(), '+');
    return s;
}

} // namespace

// =============================================================================================
// repr (complex_repr)

std::string complexReprString(double real, double imag) {
    // Real part +0: only the imaginary part, no parentheses.
    if (real == 0.0 && !std::signbit(real)) return shortRepr(imag, false) + "j";
    return "(" + shortRepr(real, false) + shortRepr(imag, true) + "j)";
}

namespace {

Object* complexRepr(Object* o) {
    return newStrFreshAscii(interpOf(o), complexReprString(complexReal(o), complexImag(o))).release();
}

// =============================================================================================
// Hash and comparison

std::int64_t complexHash(Object* o) {
    const std::uint64_t hashReal = static_cast<std::uint64_t>(hashDouble(o, complexReal(o)));
    const std::uint64_t hashImag = static_cast<std::uint64_t>(hashDouble(o, complexImag(o)));
    // hash(x + yj) = hash(x) + _PyHASH_IMAG * hash(y), in unsigned arithmetic.
    auto combined = static_cast<std::int64_t>(hashReal + 1000003ull * hashImag);
    return combined == -1 ? -2 : combined;
}

Object* complexRichCompare(Object* v, Object* w, CompareOp op) {
    Interpreter& interp = interpOf(v);
    if (op != CompareOp::Eq && op != CompareOp::Ne) return notImplemented(interp);
    // v is a complex (the reflected call swaps operands back).
    bool equal = false;
    if (isInt(w)) {
        if (complexImag(v) == 0.0) {
            // Exact comparison of the real part with the int, through float's rules.
            Ref real = newFloat(interp, complexReal(v));
            if (!real) return nullptr;
            Object* r = floatRichCompare(real.get(), w, op);
            return r;
        }
        equal = false;
    } else if (isFloat(w)) {
        equal = complexReal(v) == floatValue(w) && complexImag(v) == 0.0;
    } else if (isComplex(w)) {
        equal = complexReal(v) == complexReal(w) && complexImag(v) == complexImag(w);
    } else {
        return notImplemented(interp);
    }
    return newBool(interp, (op == CompareOp::Eq) == equal);
}

int complexIsTrue(Object* o) { return complexReal(o) != 0.0 || complexImag(o) != 0.0; }

// =============================================================================================
// Arithmetic

// to_complex: 1 converted; 0 not a number (NotImplemented); -1 error (int too large).
int toCval(Object* o, Cval& out) {
    if (isComplex(o)) {
        out = {complexReal(o), complexImag(o)};
        return 1;
    }
    double d = 0.0;
    const int r = toDoubleOperand(o, d);
    if (r == 1) out = {d, 0.0};
    return r;
}

Cval cProd(Cval a, Cval b) { return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real}; }

// _Py_c_quot (Smith's algorithm); errno = EDOM on division by zero.
Cval cQuot(Cval a, Cval b, int& err) {
    Cval r;
    const double absBreal = b.real < 0 ? -b.real : b.real;
    const double absBimag = b.imag < 0 ? -b.imag : b.imag;
    if (absBreal >= absBimag) {
        if (absBreal == 0.0) {
            err = EDOM;
            r = {0.0, 0.0};
        } else {
            const double ratio = b.imag / b.real;
            const double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (absBimag >= absBreal) {
        const double ratio = b.real / b.imag;
        const double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        r = {NAN, NAN}; // one of b's parts is a NaN
    }
    return r;
}

// _Py_c_pow.
Cval cPow(Cval a, Cval b, int& err) {
    if (b.real == 0.0 && b.imag == 0.0) return {1.0, 0.0};
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) err = EDOM;
        return {0.0, 0.0};
    }
    const double vabs = std::hypot(a.real, a.imag);
    double len = std::pow(vabs, b.real);
    const double at = std::atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
        len /= std::exp(at * b.imag);
        phase += b.imag * std::log(vabs);
    }
    return {len * std::cos(phase), len * std::sin(phase)};
}

Cval cPowu(Cval x, long n) {
    Cval r{1.0, 0.0};
    Cval p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = cProd(r, p);
        mask <<= 1;
        p = cProd(p, p);
    }
    return r;
}

// c_powi: repeated squaring for |n| <= 100.
Cval cPowi(Cval x, long n, int& err) {
    if (n > 100 || n < -100) return cPow(x, {static_cast<double>(n), 0.0}, err);
    if (n > 0) return cPowu(x, n);
    return cQuot({1.0, 0.0}, cPowu(x, -n), err);
}

// Converts both operands; false with `result` set to NotImplemented or nullptr (error).
bool convertBoth(Object* a, Object* b, Cval& x, Cval& y, Object*& result) {
    for (int k = 0; k < 2; ++k) {
        const int r = toCval(k == 0 ? a : b, k == 0 ? x : y);
        if (r == 1) continue;
        result = r == 0 ? notImplemented(interpOf(a)) : nullptr;
        return false;
    }
    return true;
}

Object* fromCval(Interpreter& interp, Cval c) { return newComplex(interp, c.real, c.imag).release(); }

Object* complexAdd(Object* a, Object* b) {
    Cval x, y;
    Object* r = nullptr;
    if (!convertBoth(a, b, x, y, r)) return r;
    return fromCval(interpOf(a), {x.real + y.real, x.imag + y.imag});
}

Object* complexSub(Object* a, Object* b) {
    Cval x, y;
    Object* r = nullptr;
    if (!convertBoth(a, b, x, y, r)) return r;
    return fromCval(interpOf(a), {x.real - y.real, x.imag - y.imag});
}

Object* complexMul(Object* a, Object* b) {
    Cval x, y;
    Object* r = nullptr;
    if (!convertBoth(a, b, x, y, r)) return r;
    return fromCval(interpOf(a), cProd(x, y));
}

Object* complexDiv(Object* a, Object* b) {
    Cval x, y;
    Object* r = nullptr;
    if (!convertBoth(a, b, x, y, r)) return r;
    Interpreter& interp = interpOf(a);
    int err = 0;
    const Cval q = cQuot(x, y, err);
    if (err == EDOM) {
        raiseError(interp, vmOf(interp).exc.ZeroDivisionError, "complex division by zero");
        return nullptr;
    }
    return fromCval(interp, q);
}

Object* complexPow3(Object* a, Object* b, Object* m) {
    Interpreter& interp = interpOf(a);
    Cval x, y;
    Object* r = nullptr;
    if (!convertBoth(a, b, x, y, r)) return r;
    if (m && m != interp.none) {
        raiseError(interp, vmOf(interp).exc.ValueError, "complex modulo");
        return nullptr;
    }
    int err = 0;
    const long intExponent = static_cast<long>(y.real);
    Cval p = (y.imag == 0.0 && y.real == static_cast<double>(intExponent)) ? cPowi(x, intExponent, err)
                                                                             : cPow(x, y, err);
    // Py_ADJUST_ERANGE2: an infinite part without an error is an overflow.
    if (err == 0 && (std::isinf(p.real) || std::isinf(p.imag))) err = ERANGE;
    if (err == EDOM) {
        raiseError(interp, vmOf(interp).exc.ZeroDivisionError, "0.0 to a negative or complex power");
        return nullptr;
    }
    if (err == ERANGE) {
        raiseError(interp, vmOf(interp).exc.OverflowError, "complex exponentiation");
        return nullptr;
    }
    return fromCval(interp, p);
}

Object* complexPow2(Object* a, Object* b) { return complexPow3(a, b, nullptr); }

Object* complexNeg(Object* a) { return fromCval(interpOf(a), {-complexReal(a), -complexImag(a)}); }

Object* complexPos(Object* a) {
    Interpreter& interp = interpOf(a);
    if (a->type == vmOf(interp).types.complex) {
        incref(a);
        return a;
    }
    return fromCval(interp, {complexReal(a), complexImag(a)});
}

Object* complexAbs(Object* a) {
    Interpreter& interp = interpOf(a);
    const double re = complexReal(a), im = complexImag(a);
    double result;
    if (!std::isfinite(re) || !std::isfinite(im)) {
        // C99 rules: an infinite part gives inf even when the other is a NaN.
        if (std::isinf(re) || std::isinf(im)) result = INFINITY;
        else result = NAN;
    } else {
        result = std::hypot(re, im);
        if (std::isinf(result)) {
            raiseError(interp, vmOf(interp).exc.OverflowError, "absolute value too large");
            return nullptr;
        }
    }
    return newFloat(interp, result).release();
}

NumberSlots makeComplexNumber() {
    NumberSlots n;
    n.binary[nbop::ADD] = complexAdd;
    n.binary[nbop::SUBTRACT] = complexSub;
    n.binary[nbop::MULTIPLY] = complexMul;
    n.binary[nbop::TRUE_DIVIDE] = complexDiv;
    n.binary[nbop::POWER] = complexPow2; // no in-place slots: `c += x` is the binary operation
    n.power3 = complexPow3;
    n.boolean = complexIsTrue;
    n.negative = complexNeg;
    n.positive = complexPos;
    n.absolute = complexAbs;
    return n;
}
const NumberSlots kComplexNumber = makeComplexNumber();

// =============================================================================================
// Constructor (complex_new_impl)

// complex_subtype_from_string: "1+2j", " (3-4J) ", "5", "1e3j", "nanj", "-infj".
bool parseComplex(std::string_view s, Cval& out) {
    auto strip = [](std::string_view v) {
        while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
        while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.remove_suffix(1);
        return v;
    };
    s = strip(s);
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = strip(s.substr(1, s.size() - 2));
    if (s.empty()) return false;
    // A float prefix: sign, digits/underscores, '.', exponent, or inf/nan words.
    auto parseFloatPrefix = [](std::string_view v, std::size_t& used, double& value) {
        std::string text(v);
        for (char& ch : text)
            if (ch == '_') ch = 'x'; // strtod must not accept underscores; reject below
        const char* begin = text.c_str();
        char* end = nullptr;
        errno = 0;
        value = std::strtod(begin, &end);
        used = static_cast<std::size_t>(end - begin);
        if (used == 0) return false;
        // strtod accepts hex floats; Python's complex() does not.
        for (std::size_t i = 0; i < used; ++i)
            if (text[i] == 'x' || text[i] == 'X') return false;
        return true;
    };
    std::size_t used = 0;
    double first = 0.0;
    if (!parseFloatPrefix(s, used, first)) {
        // "j", "+j", "-j": a bare imaginary unit.
        std::string_view rest = s;
        double sign = 1.0;
        if (!rest.empty() && (rest[0] == '+' || rest[0] == '-')) {
            sign = rest[0] == '-' ? -1.0 : 1.0;
            rest.remove_prefix(1);
        }
        if (rest == "j" || rest == "J") {
            out = {0.0, sign};
            return true;
        }
        return false;
    }
    std::string_view rest = s.substr(used);
    if (rest.empty()) {
        out = {first, 0.0};
        return true;
    }
    if (rest == "j" || rest == "J") {
        out = {0.0, first};
        return true;
    }
    if (rest[0] != '+' && rest[0] != '-') return false;
    double second = 0.0;
    if (rest.size() == 2 && (rest[1] == 'j' || rest[1] == 'J')) {
        second = rest[0] == '-' ? -1.0 : 1.0;
        out = {first, second};
        return true;
    }
    if (!parseFloatPrefix(rest, used, second)) return false;
    rest.remove_prefix(used);
    if (rest != "j" && rest != "J") return false;
    out = {first, second};
    return true;
}

// The real or imaginary argument as a complex value; -1 error, 0 not a number, 1 done.
int argumentValue(Object* o, Cval& out) {
    if (isComplex(o)) {
        out = {complexReal(o), complexImag(o)};
        return 1;
    }
    if (!o->type->slots.number || !o->type->slots.number->toFloat) return 0;
    Ref f(o->type->slots.number->toFloat(o));
    if (!f) return -1;
    out = {floatValue(f.get()), 0.0};
    return 1;
}

// try_complex_special_method: op.__complex__() through _PyObject_LookupSpecial (bound to op for
// the call). Empty without an error when op's type has none. The result must be a complex; a
// strict subclass is accepted after a DeprecationWarning (warnings.warn, stacklevel 1).
Ref tryComplexSpecialMethod(Object* op) {
    Interpreter& interp = interpOf(op);
    VmState& vm = vmOf(interp);
    Ref f = lookupSpecial(op, "__complex__");
    if (!f) return Ref();
    Ref res = callNoArgs(f.get());
    f = Ref();
    if (!res || res->type == vm.types.complex) return res;
    if (!isComplex(res.get())) {
        raiseError(interp, vm.exc.TypeError, "__complex__ returned non-complex (type " + res->type->name + ")");
        return Ref();
    }
    Ref warnings = importModule(interp, "warnings");
    Ref warn = warnings ? getAttrStr(warnings.get(), "warn") : Ref();
    Ref category = warn ? getAttrStr(vm.builtinsModule, "DeprecationWarning") : Ref();
    Ref msg = category ? newStrFromUtf8(interp, "__complex__ returned non-complex (type " + res->type->name +
                                                    ").  The ability to return an instance of a strict subclass of "
                                                    "complex is deprecated, and may be removed in a future version "
                                                    "of Python.")
                       : Ref();
    Ref level = msg ? newInt(interp, 1) : Ref();
    Object* args[3] = {msg.get(), category.get(), level.get()};
    if (!level || !call(warn.get(), args, 3)) return Ref();
    return res;
}

// complex_new (Argument Clinic); 3.11's complex has no vectorcall: type_call gives it an args
// tuple and a kwargs dict (tpNew below), whose names and values come here as an array.
Object* complexNew(Object* type, Object* const* args, std::int64_t nargs, const KwNameList& kwnames) {
    Interpreter& interp = interpOf(type);
    VmState& vm = vmOf(interp);
    static const char* const kNames[] = {"real", "imag"};
    ArgSpec spec{"complex", kNames, 2, 0, 0, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackParserArgs(interp, spec, "complex", args, nargs, kwnames, a)) return nullptr;
    if (type != vm.types.complex) {
        // complex_subtype_from_doubles: the exact value in a fresh subclass instance.
        Ref tmp(complexNew(vm.types.complex, args, nargs, kwnames));
        if (!tmp) return nullptr;
        ComplexObject* c = allocSubtypeInstance<ComplexObject>(interp, static_cast<TypeObject*>(type), 0);
        if (!c) return nullptr;
        c->real = static_cast<ComplexObject*>(tmp.get())->real;
        c->imag = static_cast<ComplexObject*>(tmp.get())->imag;
        return c;
    }
    Object* r = a[0];
    Object* i = a[1];
    if (!r) {
        if (!i) return fromCval(interp, {0.0, 0.0});
    } else if (isStr(r)) {
        if (i) {
            raiseError(interp, vm.exc.TypeError, "complex() can't take second arg if first is a string");
            return nullptr;
        }
        Cval c;
        if (!parseComplex(strToUtf8(r), c)) {
            raiseError(interp, vm.exc.ValueError, "complex() arg is a malformed string");
            return nullptr;
        }
        return fromCval(interp, c);
    }
    if (i && isStr(i)) {
        raiseError(interp, vm.exc.TypeError, "complex() second arg can't be a string");
        return nullptr;
    }
    if (r && !i && r->type == vm.types.complex) {
        incref(r);
        return r;
    }
    // r's __complex__ first (r defaults to int 0, which has none).
    Ref ownR;
    if (r) {
        ownR = tryComplexSpecialMethod(r);
        if (ownR) r = ownR.get();
        else if (errOccurred(interp)) return nullptr;
    }
    // complex_new_impl: r defaults to False (0.0); a complex argument contributes both parts.
    Cval cr, ci;
    bool crIsComplex = false, ciIsComplex = false;
    if (r) {
        const int k = argumentValue(r, cr);
        if (k < 0) return nullptr;
        if (k == 0) {
            raiseError(interp, vm.exc.TypeError,
                       "complex() first argument must be a string or a number, not '" + r->type->name + "'");
            return nullptr;
        }
        crIsComplex = isComplex(r);
        ownR = Ref(); // __complex__'s result is dropped once read, before the imaginary part
    }
    if (!i) {
        ci.real = cr.imag;
    } else {
        const int k = argumentValue(i, ci);
        if (k < 0) return nullptr;
        if (k == 0) {
            raiseError(interp, vm.exc.TypeError,
                       "complex() second argument must be a number, not '" + i->type->name + "'");
            return nullptr;
        }
        ciIsComplex = isComplex(i);
    }
    if (ciIsComplex) cr.real -= ci.imag;
    if (crIsComplex && i) ci.real += cr.imag;
    const Cval result{cr.real, ci.real};
    return fromCval(interp, result);
}

// =============================================================================================
// Methods and attributes

Object* complexConjugate(Object* self, Object* const*, std::int64_t, Object*) {
    return fromCval(interpOf(self), {complexReal(self), -complexImag(self)});
}
// complex.__complex__: self when exactly complex, else a new complex with its value.
Object* complexComplexMethod(Object* self, Object* const*, std::int64_t, Object*) {
    if (self->type == vmOf(interpOf(self)).types.complex) {
        incref(self);
        return self;
    }
    return fromCval(interpOf(self), {complexReal(self), complexImag(self)});
}
Object* complexGetNewArgs(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Ref re = newFloat(interp, complexReal(self));
    Ref im = newFloat(interp, complexImag(self));
    if (!re || !im) return nullptr;
    return tuplePack(interp, {re.get(), im.get()}).release();
}
Object* complexRealGet(Object* self) { return newFloat(interpOf(self), complexReal(self)).release(); }
Object* complexImagGet(Object* self) { return newFloat(interpOf(self), complexImag(self)).release(); }

const MethodDef kComplexMethods[] = {
    {"conjugate", complexConjugate, meth::kNoArgs, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", complexComplexMethod, meth::kNoArgs, "Convert this value to exact type complex."},
    {"__getnewargs__", complexGetNewArgs, meth::kNoArgs},
    {nullptr, nullptr, 0},
};
const GetSetDef kComplexGetSets[] = {
    {"real", complexRealGet, nullptr, "the real part of a complex number"},
    {"imag", complexImagGet, nullptr, "the imaginary part of a complex number"},
    {nullptr, nullptr},
};

} // namespace

// =============================================================================================
// Type slots

void initComplexType(Interpreter& interp, TypeObject& t) {
    t.dealloc = complexDealloc;
    t.sizeOf = complexSizeOf;
    t.readField = complexReadField;
    t.repr = complexRepr;
    t.hash = complexHash;
    t.richcompare = complexRichCompare;
    t.isTrue = complexIsTrue;
    t.label = [](const Object* o) { return complexReprString(complexReal(o), complexImag(o)); };
    t.slots.number = &kComplexNumber;
    t.slots.tpNew = [](TypeObject* type, Object* args, Object* kwargs) -> Object* {
        std::vector<Object*> flat(tupleItems(args), tupleItems(args) + tupleSize(args));
        KwNameList kwnames;
        dictKeywords(kwargs, flat, kwnames);
        return complexNew(type, flat.data(), tupleSize(args), kwnames);
    };
    addMethods(interp, &t, kComplexMethods);
    addGetSets(interp, &t, kComplexGetSets);
    setHostDestructor<ComplexObject>(t);
}

} // namespace hs
