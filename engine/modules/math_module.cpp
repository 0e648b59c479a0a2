// The math module (Modules/mathmodule.c): constants, float functions with "math domain error"
// checks, integer functions (gcd, lcm, factorial, isqrt, comb, perm), fsum (exact summation),
// isclose, floor/ceil through __floor__/__ceil__.
#include "modules/module_registry.h"

#include "objects/builtin_function_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <cerrno>
#include <cmath>
#include <vector>

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void valueError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.ValueError, m); }

Object* floatResult(Interpreter& interp, double r, bool domainError, bool overflow = false) {
    if (domainError) {
        valueError(interp, "math domain error");
        return nullptr;
    }
    if (overflow) {
        raiseError(interp, vmOf(interp).exc.OverflowError, "math range error");
        return nullptr;
    }
    return newFloat(interp, r).release();
}

// math_1: one float argument; domain error when a finite input gives NaN, overflow when it gives inf.
Object* math1(Object* self, Object* const* args, double (*f)(double), bool canOverflow) {
    Interpreter& interp = interpOf(self);
    double x = 0;
    if (!asDouble(args[0], x)) return nullptr;
    const double r = f(x);
    if (std::isnan(r) && !std::isnan(x)) return floatResult(interp, r, true);
    if (std::isinf(r) && std::isfinite(x)) return floatResult(interp, r, !canOverflow, canOverflow);
    return newFloat(interp, r).release();
}

#define MATH1(name, fn, ovf) \
    Object* name(Object* self, Object* const* args, std::int64_t, Object*) { return math1(self, args, fn, ovf); }
MATH1(mSqrt, [](double x) { return std::sqrt(x); }, false)
MATH1(mExp, [](double x) { return std::exp(x); }, true)
MATH1(mSin, [](double x) { return std::sin(x); }, false)
MATH1(mCos, [](double x) { return std::cos(x); }, false)
MATH1(mTan, [](double x) { return std::tan(x); }, false)
MATH1(mAsin, [](double x) { return std::asin(x); }, false)
MATH1(mAcos, [](double x) { return std::acos(x); }, false)
MATH1(mAtan, [](double x) { return std::atan(x); }, false)
MATH1(mSinh, [](double x) { return std::sinh(x); }, true)
MATH1(mCosh, [](double x) { return std::cosh(x); }, true)
MATH1(mTanh, [](double x) { return std::tanh(x); }, false)
MATH1(mFabs, [](double x) { return std::fabs(x); }, false)
MATH1(mLog1p, [](double x) { return std::log1p(x); }, false)
MATH1(mExpm1, [](double x) { return std::expm1(x); }, true)
MATH1(mDegrees, [](double x) { return x * (180.0 / 3.141592653589793); }, false)
MATH1(mRadians, [](double x) { return x * (3.141592653589793 / 180.0); }, false)
MATH1(mAcosh, [](double x) { return std::acosh(x); }, false)
MATH1(mAsinh, [](double x) { return std::asinh(x); }, false)
MATH1(mAtanh, [](double x) { return std::atanh(x); }, false)
MATH1(mCbrt, [](double x) { return std::cbrt(x); }, false)
MATH1(mExp2, [](double x) { return std::exp2(x); }, true)
MATH1(mErf, [](double x) { return std::erf(x); }, false)
MATH1(mErfc, [](double x) { return std::erfc(x); }, false)
#undef MATH1

// m_tgamma / m_lgamma: poles (0 and the negative integers) are domain errors, a finite input
// with an infinite result a range error.
Object* gammaLike(Object* self, Object* const* args, bool logarithm) {
    Interpreter& interp = interpOf(self);
    double x = 0;
    if (!asDouble(args[0], x)) return nullptr;
    if (std::isnan(x)) return newFloat(interp, x).release();
    if (std::isinf(x)) {
        if (logarithm) return newFloat(interp, HUGE_VAL).release();
        if (x < 0) return floatResult(interp, 0, true);
        return newFloat(interp, x).release();
    }
    if (x == std::floor(x) && x <= 0) {
        if (x == 0 && !logarithm) return floatResult(interp, 0, true);
        return floatResult(interp, 0, true);
    }
    const double r = logarithm ? std::lgamma(x) : std::tgamma(x);
    if (std::isinf(r)) return floatResult(interp, r, false, true);
    return newFloat(interp, r).release();
}
Object* mGamma(Object* self, Object* const* args, std::int64_t, Object*) { return gammaLike(self, args, false); }
Object* mLgamma(Object* self, Object* const* args, std::int64_t, Object*) { return gammaLike(self, args, true); }

Object* mFrexp(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    double x = 0;
    if (!asDouble(args[0], x)) return nullptr;
    int e = 0;
    double m = x;
    if (!std::isnan(x) && !std::isinf(x) && x != 0) m = std::frexp(x, &e);
    Ref a = newFloat(interp, m), b = newInt(interp, e);
    return tuplePack(interp, {a.get(), b.get()}).release();
}

Object* mLdexp(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "ldexp", nargs, 2, 2)) return nullptr;
    double x = 0;
    if (!asDouble(args[0], x)) return nullptr;
    if (!isInt(args[1])) {
        raiseError(interp, vmOf(interp).exc.TypeError, "Expected an int as second argument to ldexp.");
        return nullptr;
    }
    std::int64_t e = 0;
    if (!intAsInt64(args[1], e)) e = intValue(args[1]).isNegative() ? INT64_MIN : INT64_MAX;
    if (x == 0 || !std::isfinite(x)) return newFloat(interp, x).release();
    const double r = std::ldexp(x, static_cast<int>(e > 100000 ? 100000 : e < -100000 ? -100000 : e));
    if (std::isinf(r)) return floatResult(interp, r, false, true);
    return newFloat(interp, r).release();
}

Object* mNextafter(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "nextafter", nargs, 2, 2)) return nullptr;
    double x = 0, y = 0;
    if (!asDouble(args[0], x) || !asDouble(args[1], y)) return nullptr;
    return newFloat(interp, std::nextafter(x, y)).release();
}

Object* mRemainder(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "remainder", nargs, 2, 2)) return nullptr;
    double x = 0, y = 0;
    if (!asDouble(args[0], x) || !asDouble(args[1], y)) return nullptr;
    if (std::isnan(x) || std::isnan(y)) return newFloat(interp, std::nan("")).release();
    if (std::isinf(x) || y == 0) return floatResult(interp, 0, true);
    if (std::isinf(y)) return newFloat(interp, x).release();
    return newFloat(interp, std::remainder(x, y)).release();
}

Object* mUlp(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    double x = 0;
    if (!asDouble(args[0], x)) return nullptr;
    if (std::isnan(x) || std::isinf(x)) return newFloat(interp, std::fabs(x)).release();
    x = std::fabs(x);
    const double next = std::nextafter(x, HUGE_VAL);
    if (std::isinf(next)) return newFloat(interp, x - std::nextafter(x, -HUGE_VAL)).release();
    return newFloat(interp, next - x).release();
}

Object* floorCeil(Object* self, Object* x, bool ceil) {
    Interpreter& interp = interpOf(self);
    if (x->type == interp.types.float_) {
        const double d = floatValue(x);
        return newIntFromDouble(interp, ceil ? std::ceil(d) : std::floor(d)).release();
    }
    if (isInt(x)) return numberIndex(x).release();
    Object* meth = typeLookupStr(x->type, ceil ? "__ceil__" : "__floor__");
    if (meth) {
        Ref bound(meth->type->slots.descrGet ? meth->type->slots.descrGet(meth, x, x->type) : (incref(meth), meth));
        if (!bound) return nullptr;
        return callNoArgs(bound.get()).release();
    }
    double d = 0;
    if (!asDouble(x, d)) return nullptr;
    return newIntFromDouble(interp, ceil ? std::ceil(d) : std::floor(d)).release();
}
Object* mFloor(Object* self, Object* const* args, std::int64_t, Object*) { return floorCeil(self, args[0], false); }
Object* mCeil(Object* self, Object* const* args, std::int64_t, Object*) { return floorCeil(self, args[0], true); }
Object* mTrunc(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Object* x = args[0];
    if (x->type == interp.types.float_) return newIntFromDouble(interp, std::trunc(floatValue(x))).release();
    Object* meth = typeLookupStr(x->type, "__trunc__");
    if (!meth) {
        raiseError(interp, vmOf(interp).exc.TypeError, "type " + x->type->name + " doesn't define __trunc__ method");
        return nullptr;
    }
    Ref bound(meth->type->slots.descrGet ? meth->type->slots.descrGet(meth, x, x->type) : (incref(meth), meth));
    if (!bound) return nullptr;
    return callNoArgs(bound.get()).release();
}

double logOf([[maybe_unused]] Interpreter& interp, Object* x, bool& ok, bool& domain) {
    ok = true;
    domain = false;
    if (isInt(x)) {
        const BigInt& v = intValue(x);
        if (v.isNegative() || v.isZero()) {
            domain = true;
            return 0;
        }
        double d = 0;
        if (v.toDouble(d) && std::isfinite(d)) return std::log(d);
        // Large ints: log(x) = log(x / 2**e) + e*log(2).
        const std::int64_t e = v.bitLength() - 60;
        const BigInt top = v.shiftRight(static_cast<std::uint64_t>(e));
        double t = 0;
        top.toDouble(t);
        return std::log(t) + static_cast<double>(e) * std::log(2.0);
    }
    double d = 0;
    if (!asDouble(x, d)) {
        ok = false;
        return 0;
    }
    if (std::isnan(d)) return d;
    if (d <= 0) {
        domain = true;
        return 0;
    }
    return std::log(d);
}

Object* mLog(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "log", nargs, 1, 2)) return nullptr;
    bool ok, domain;
    const double num = logOf(interp, args[0], ok, domain);
    if (!ok) return nullptr;
    if (domain) return floatResult(interp, 0, true);
    if (nargs == 1) return newFloat(interp, num).release();
    const double den = logOf(interp, args[1], ok, domain);
    if (!ok) return nullptr;
    if (domain) return floatResult(interp, 0, true);
    if (den == 0) {
        raiseError(interp, vmOf(interp).exc.ZeroDivisionError, "float division by zero");
        return nullptr;
    }
    return newFloat(interp, num / den).release();
}
Object* logBase(Object* self, Object* x, double base) {
    Interpreter& interp = interpOf(self);
    bool ok, domain;
    if (isInt(x)) {
        double d = 0;
        if (intValue(x).toDouble(d) && std::isfinite(d) && d > 0) return newFloat(interp, base == 2 ? std::log2(d) : std::log10(d)).release();
    } else {
        double d = 0;
        if (!asDouble(x, d)) return nullptr;
        if (d <= 0 && !std::isnan(d)) return floatResult(interp, 0, true);
        return newFloat(interp, base == 2 ? std::log2(d) : std::log10(d)).release();
    }
    const double v = logOf(interp, x, ok, domain);
    if (!ok) return nullptr;
    if (domain) return floatResult(interp, 0, true);
    return newFloat(interp, v / std::log(base)).release();
}
Object* mLog2(Object* self, Object* const* args, std::int64_t, Object*) { return logBase(self, args[0], 2); }
Object* mLog10(Object* self, Object* const* args, std::int64_t, Object*) { return logBase(self, args[0], 10); }

Object* mPow(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "pow", nargs, 2, 2)) return nullptr;
    double x = 0, y = 0;
    if (!asDouble(args[0], x) || !asDouble(args[1], y)) return nullptr;
    if (x == 0 && y < 0) return floatResult(interp, 0, true);
    if (x < 0 && std::isfinite(x) && std::isfinite(y) && std::floor(y) != y) return floatResult(interp, 0, true);
    const double r = std::pow(x, y);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return floatResult(interp, r, false, true);
    return newFloat(interp, r).release();
}
Object* mAtan2(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "atan2", nargs, 2, 2)) return nullptr;
    double y = 0, x = 0;
    if (!asDouble(args[0], y) || !asDouble(args[1], x)) return nullptr;
    return newFloat(interp, std::atan2(y, x)).release();
}
Object* mHypot(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    double acc = 0;
    for (std::int64_t i = 0; i < nargs; ++i) {
        double v = 0;
        if (!asDouble(args[i], v)) return nullptr;
        acc = std::hypot(acc, v);
    }
    return newFloat(interp, acc).release();
}
// math.dist(p, q): both points as tuples (PySequence_Tuple), the same dimension.
Object* mDist(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "dist", nargs, 2, 2)) return nullptr;
    Ref p = isTuple(args[0]) ? Ref::borrowed(args[0]) : sequenceTuple(args[0]);
    if (!p) return nullptr;
    Ref q = isTuple(args[1]) ? Ref::borrowed(args[1]) : sequenceTuple(args[1]);
    if (!q) return nullptr;
    if (tupleSize(p.get()) != tupleSize(q.get())) {
        valueError(interp, "both points must have the same number of dimensions");
        return nullptr;
    }
    double acc = 0;
    for (std::int64_t i = 0; i < tupleSize(p.get()); ++i) {
        double a = 0, b = 0;
        if (!asDouble(tupleItem(p.get(), i), a) || !asDouble(tupleItem(q.get(), i), b)) return nullptr;
        acc = std::hypot(acc, a - b);
    }
    return newFloat(interp, acc).release();
}
Object* mCopysign(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "copysign", nargs, 2, 2)) return nullptr;
    double x = 0, y = 0;
    if (!asDouble(args[0], x) || !asDouble(args[1], y)) return nullptr;
    return newFloat(interp, std::copysign(x, y)).release();
}
Object* mFmod(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "fmod", nargs, 2, 2)) return nullptr;
    double x = 0, y = 0;
    if (!asDouble(args[0], x) || !asDouble(args[1], y)) return nullptr;
    if (y == 0 && !std::isnan(x)) return floatResult(interp, 0, true);
    return newFloat(interp, std::fmod(x, y)).release();
}
Object* mModf(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    double x = 0;
    if (!asDouble(args[0], x)) return nullptr;
    double ip = 0;
    const double fp = std::modf(x, &ip);
    Ref a = newFloat(interp, fp), b = newFloat(interp, ip);
    return tuplePack(interp, {a.get(), b.get()}).release();
}
template <bool (*F)(double)> Object* mPredicate(Object* self, Object* const* args, std::int64_t, Object*) {
    double x = 0;
    if (!asDouble(args[0], x)) return nullptr;
    return newBool(interpOf(self), F(x));
}
bool isNan(double x) { return std::isnan(x); }
bool isInf(double x) { return std::isinf(x); }
bool isFinite(double x) { return std::isfinite(x); }

Object* mIsClose(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    static const char* const kNames[] = {"a", "b", "rel_tol", "abs_tol"};
    ArgSpec spec{"isclose", kNames, 4, 0, 2, 2};
    Object* a[4];
    if (!unpackParserArgs(interp, spec, "math.isclose", args, nargs, kwnames, a)) return nullptr;
    double x = 0, y = 0, rel = 1e-9, abs = 0.0;
    if (!asDouble(a[0], x) || !asDouble(a[1], y)) return nullptr;
    if (a[2] && !asDouble(a[2], rel)) return nullptr;
    if (a[3] && !asDouble(a[3], abs)) return nullptr;
    if (rel < 0.0 || abs < 0.0) {
        valueError(interp, "tolerances must be non-negative");
        return nullptr;
    }
    if (x == y) return newBool(interp, true);
    if (std::isinf(x) || std::isinf(y)) return newBool(interp, false);
    const double diff = std::fabs(y - x);
    const bool close = (diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || (diff <= abs);
    return newBool(interp, close);
}

Ref intArg(Interpreter& interp, Object* o) {
    if (!hasIndex(o)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "'" + o->type->name + "' object cannot be interpreted as an integer");
        return Ref();
    }
    return numberIndex(o);
}

Object* mGcd(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    BigInt g(0);
    for (std::int64_t i = 0; i < nargs; ++i) {
        Ref v = intArg(interp, args[i]);
        if (!v) return nullptr;
        BigInt a = g, b = intValue(v.get()).abs();
        while (!b.isZero()) {
            BigInt r = BigInt::mod(a, b);
            a = b;
            b = r;
        }
        g = a;
    }
    return newIntFromBig(interp, g).release();
}
Object* mLcm(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    BigInt l(1);
    for (std::int64_t i = 0; i < nargs; ++i) {
        Ref v = intArg(interp, args[i]);
        if (!v) return nullptr;
        BigInt b = intValue(v.get()).abs();
        if (b.isZero() || l.isZero()) {
            l = BigInt(0);
            continue;
        }
        BigInt a = l, c = b;
        while (!c.isZero()) {
            BigInt r = BigInt::mod(a, c);
            a = c;
            c = r;
        }
        l = BigInt::floorDiv(l * b, a);
    }
    return newIntFromBig(interp, l).release();
}
Object* mFactorial(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    if (isFloat(args[0])) {
        raiseError(interp, vmOf(interp).exc.TypeError, "'float' object cannot be interpreted as an integer");
        return nullptr;
    }
    Ref v = intArg(interp, args[0]);
    if (!v) return nullptr;
    std::int64_t n = 0;
    if (!intAsInt64(v.get(), n)) {
        raiseError(interp, vmOf(interp).exc.OverflowError, "factorial() argument should not exceed 9223372036854775807");
        return nullptr;
    }
    if (n < 0) {
        valueError(interp, "factorial() not defined for negative values");
        return nullptr;
    }
    BigInt r(1);
    for (std::int64_t i = 2; i <= n; ++i) r = r * BigInt(i);
    return newIntFromBig(interp, r).release();
}
Object* mIsqrt(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Ref v = intArg(interp, args[0]);
    if (!v) return nullptr;
    const BigInt& n = intValue(v.get());
    if (n.isNegative()) {
        valueError(interp, "isqrt() argument must be nonnegative");
        return nullptr;
    }
    if (n.isZero()) return newInt(interp, 0).release();
    // Newton iteration from a power-of-two upper bound.
    BigInt x = BigInt(1).shiftLeft(static_cast<std::uint64_t>((n.bitLength() + 1) / 2));
    for (;;) {
        BigInt y = BigInt::floorDiv(x + BigInt::floorDiv(n, x), BigInt(2));
        if (BigInt::compare(y, x) >= 0) break;
        x = y;
    }
    return newIntFromBig(interp, x).release();
}
Object* combPerm(Object* self, Object* const* args, std::int64_t nargs, bool comb) {
    Interpreter& interp = interpOf(self);
    const char* name = comb ? "comb" : "perm";
    if (!checkPositional(interp, name, nargs, comb ? 2 : 1, 2)) return nullptr;
    Ref nv = intArg(interp, args[0]);
    if (!nv) return nullptr;
    Ref kv = nargs > 1 && args[1] != interp.none ? intArg(interp, args[1]) : nv;
    if (!kv) return nullptr;
    std::int64_t n = 0, k = 0;
    intAsInt64(nv.get(), n);
    intAsInt64(kv.get(), k);
    if (n < 0) {
        valueError(interp, "n must be a non-negative integer");
        return nullptr;
    }
    if (k < 0) {
        valueError(interp, "k must be a non-negative integer");
        return nullptr;
    }
    if (k > n) return newInt(interp, 0).release();
    if (comb && k > n - k) k = n - k;
    BigInt r(1);
    for (std::int64_t i = 0; i < k; ++i) {
        r = r * BigInt(n - i);
        if (comb) r = BigInt::floorDiv(r, BigInt(i + 1));
    }
    return newIntFromBig(interp, r).release();
}
Object* mComb(Object* self, Object* const* args, std::int64_t nargs, Object*) { return combPerm(self, args, nargs, true); }
Object* mPerm(Object* self, Object* const* args, std::int64_t nargs, Object*) { return combPerm(self, args, nargs, false); }

// fsum: Shewchuk's exact summation (msum), as mathmodule.c.
Object* mFsum(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Ref it = getIter(args[0]);
    if (!it) return nullptr;
    std::vector<double> partials;
    double specialSum = 0.0, infSum = 0.0;
    for (;;) {
        Ref item = iterNext(it.get());
        if (!item) {
            if (errOccurred(interp)) return nullptr;
            break;
        }
        double x = 0;
        if (!asDouble(item.get(), x)) return nullptr;
        const double xsave = x;
        std::size_t i = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            const double hi = x + y;
            const double lo = y - (hi - x);
            if (lo != 0.0) partials[i++] = lo;
            x = hi;
        }
        partials.resize(i);
        if (x != 0.0) {
            if (!std::isfinite(x)) {
                if (std::isfinite(xsave)) {
                    raiseError(interp, vmOf(interp).exc.OverflowError, "intermediate overflow in fsum");
                    return nullptr;
                }
                if (std::isinf(xsave)) infSum += xsave;
                specialSum += xsave;
                partials.clear();
            } else {
                partials.push_back(x);
            }
        }
    }
    if (specialSum != 0.0) {
        if (std::isnan(infSum)) {
            valueError(interp, "-inf + inf in fsum");
            return nullptr;
        }
        return newFloat(interp, specialSum).release();
    }
    double hi = 0.0;
    if (!partials.empty()) {
        std::size_t n = partials.size();
        hi = partials[--n];
        double lo = 0;
        while (n > 0) {
            const double x = hi;
            const double y = partials[--n];
            hi = x + y;
            const double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            const double y = lo * 2.0;
            const double x = hi + y;
            const double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return newFloat(interp, hi).release();
}
Object* mProd(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    static const char* const kNames[] = {"", "start"};
    ArgSpec spec{"prod", kNames, 2, 1, 1, 1};
    Object* a[2];
    if (!unpackParserArgs(interp, spec, "math.prod", args, nargs, kwnames, a)) return nullptr;
    Ref result = a[1] ? Ref::borrowed(a[1]) : newInt(interp, 1);
    Ref it = getIter(a[0]);
    if (!it) return nullptr;
    for (;;) {
        Ref item = iterNext(it.get());
        if (!item) {
            if (errOccurred(interp)) return nullptr;
            return result.release();
        }
        result = binaryOp(result.get(), item.get(), 5);
        if (!result) return nullptr;
    }
}

const MethodDef kFunctions[] = {
    {"sqrt", mSqrt, meth::kO},         {"exp", mExp, meth::kO},           {"sin", mSin, meth::kO},
    {"cos", mCos, meth::kO},           {"tan", mTan, meth::kO},           {"asin", mAsin, meth::kO},
    {"acos", mAcos, meth::kO},         {"atan", mAtan, meth::kO},         {"sinh", mSinh, meth::kO},
    {"cosh", mCosh, meth::kO},         {"tanh", mTanh, meth::kO},         {"fabs", mFabs, meth::kO},
    {"log1p", mLog1p, meth::kO},       {"expm1", mExpm1, meth::kO},       {"degrees", mDegrees, meth::kO},
    {"radians", mRadians, meth::kO},   {"floor", mFloor, meth::kO},       {"ceil", mCeil, meth::kO},
    {"trunc", mTrunc, meth::kO},       {"log", mLog, meth::kFastcall},    {"log2", mLog2, meth::kO},
    {"log10", mLog10, meth::kO},       {"pow", mPow, meth::kFastcall},    {"atan2", mAtan2, meth::kFastcall},
    {"hypot", mHypot, meth::kFastcall}, {"copysign", mCopysign, meth::kFastcall}, {"fmod", mFmod, meth::kFastcall},
    {"modf", mModf, meth::kO},         {"isnan", mPredicate<isNan>, meth::kO}, {"isinf", mPredicate<isInf>, meth::kO},
    {"isfinite", mPredicate<isFinite>, meth::kO}, {"isclose", mIsClose, meth::kFastcall | meth::kKeywords},
    {"gcd", mGcd, meth::kFastcall},    {"lcm", mLcm, meth::kFastcall},    {"factorial", mFactorial, meth::kO},
    {"isqrt", mIsqrt, meth::kO},       {"comb", mComb, meth::kFastcall},  {"perm", mPerm, meth::kFastcall},
    {"fsum", mFsum, meth::kO},         {"prod", mProd, meth::kFastcall | meth::kKeywords},
    {"acosh", mAcosh, meth::kO},       {"asinh", mAsinh, meth::kO},       {"atanh", mAtanh, meth::kO},
    {"cbrt", mCbrt, meth::kO},         {"exp2", mExp2, meth::kO},         {"erf", mErf, meth::kO},
    {"erfc", mErfc, meth::kO},         {"gamma", mGamma, meth::kO},       {"lgamma", mLgamma, meth::kO},
    {"frexp", mFrexp, meth::kO},       {"ldexp", mLdexp, meth::kFastcall}, {"nextafter", mNextafter, meth::kFastcall},
    {"remainder", mRemainder, meth::kFastcall}, {"ulp", mUlp, meth::kO}, {"dist", mDist, meth::kFastcall},
    {nullptr, nullptr, 0},
};

} // namespace

Object* createMathModule(Interpreter& interp) {
    Ref module = newModule(interp, "math");
    if (!module) return nullptr;
    Ref modName = internName(interp, "math");
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, module.get(), modName.get());
        moduleAddObject(module.get(), def->name, fn.get());
    }
    const std::pair<const char*, double> constants[] = {
        {"pi", 3.141592653589793}, {"e", 2.718281828459045}, {"tau", 6.283185307179586},
        {"inf", HUGE_VAL},         {"nan", std::nan("")},
    };
    for (const auto& [name, value] : constants) {
        Ref v = newFloat(interp, value);
        moduleAddObject(module.get(), name, v.get());
    }
    if (moduleSetExtensionFile(module.get(), "math") < 0) return nullptr;
    return module.release();
}

} // namespace hs
