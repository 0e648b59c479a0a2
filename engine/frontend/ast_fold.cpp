// Heapscope front end: ast_opt.c 3.11's constant folding of one operation (frontend/ast_fold.h):
// computed with the engine's own object operations, within CPython's safe size limits.
#include "frontend/ast_fold.h"

#include "objects/bigint.h"
#include "objects/bytes_object.h"
#include "objects/complex_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/opcodes.h"

namespace hs::frontend {

using namespace ast;

namespace {

constexpr std::int64_t kMaxIntSize = 128;        // bits
constexpr std::int64_t kMaxCollectionSize = 256; // items
constexpr std::int64_t kMaxStrSize = 4096;       // characters
constexpr std::int64_t kMaxTotalItems = 1024;    // including nested collections

bool isExactIntOrBool(const Object* o) { return isInt(o); }
bool isNumber(const Object* o) { return isInt(o) || isFloat(o) || isComplex(o); }

std::int64_t numBits(const Object* o) {
    const BigInt& v = intValue(o);
    return v.bitLength();
}

// Drops a pending error (folding failures leave the node unfolded) and NotImplemented results.
Ref accept(Interpreter& interp, Ref r) {
    if (!r) {
        interp.takeError();
        return Ref();
    }
    if (r.get() == interp.notImplemented) return Ref();
    return r;
}

std::int64_t checkComplexity(Object* obj, std::int64_t limit) {
    if (isTuple(obj)) {
        limit -= tupleSize(obj);
        for (std::int64_t i = 0; limit >= 0 && i < tupleSize(obj); ++i) limit = checkComplexity(tupleItem(obj, i), limit);
        return limit;
    }
    if (isFrozenSet(obj)) {
        limit -= setSize(obj);
        std::int64_t pos = 0;
        Object* item = nullptr;
        while (limit >= 0 && setNext(obj, pos, &item)) limit = checkComplexity(item, limit);
    }
    return limit;
}

bool asLongValue(Object* v, std::int64_t& n) { return intAsInt64(v, n); }

Ref numberBinary(Interpreter& interp, OperatorKind op, Object* a, Object* b) {
    if (!isNumber(a) || !isNumber(b)) return Ref();
    if (isComplex(a) || isComplex(b)) { // complex's own number slots (PyNumber_*)
        switch (op) {
        case OperatorKind::Add: return binaryOp(a, b, nbop::ADD);
        case OperatorKind::Sub: return binaryOp(a, b, nbop::SUBTRACT);
        case OperatorKind::Mult: return binaryOp(a, b, nbop::MULTIPLY);
        case OperatorKind::Div: return binaryOp(a, b, nbop::TRUE_DIVIDE);
        case OperatorKind::Pow: return numberPower(a, b, interp.none);
        default: return Ref();
        }
    }
    const bool useFloat = isFloat(a) || isFloat(b);
    switch (op) {
    case OperatorKind::Add: return useFloat ? floatAdd(a, b) : intAdd(a, b);
    case OperatorKind::Sub: return useFloat ? floatSub(a, b) : intSub(a, b);
    case OperatorKind::Mult: return useFloat ? floatMul(a, b) : intMul(a, b);
    case OperatorKind::Div: return useFloat ? floatTrueDiv(a, b) : intTrueDiv(a, b);
    case OperatorKind::FloorDiv: return useFloat ? floatFloorDiv(a, b) : intFloorDiv(a, b);
    case OperatorKind::Mod: return useFloat ? floatMod(a, b) : intMod(a, b);
    case OperatorKind::Pow: return useFloat ? floatPow(a, b, interp.none) : intPow(a, b, interp.none);
    case OperatorKind::LShift: return useFloat ? Ref() : intLshift(a, b);
    case OperatorKind::RShift: return useFloat ? Ref() : intRshift(a, b);
    case OperatorKind::BitOr: return useFloat ? Ref() : intOr(a, b);
    case OperatorKind::BitXor: return useFloat ? Ref() : intXor(a, b);
    case OperatorKind::BitAnd: return useFloat ? Ref() : intAnd(a, b);
    default: return Ref();
    }
}

Ref sequenceRepeat(Interpreter& interp, Object* seq, Object* count) {
    std::int64_t n = 0;
    if (!intAsInt64(count, n)) return Ref();
    if (isExactStr(seq)) return strRepeat(interp, seq, n);
    if (isBytes(seq)) return bytesRepeat(interp, seq, n);
    if (isTuple(seq)) return tupleRepeat(seq, n);
    return Ref();
}

Ref safeMultiply(Interpreter& interp, Object* v, Object* w) {
    if (isInt(v) && isInt(w) && !intValue(v).isZero() && !intValue(w).isZero()) {
        if (numBits(v) + numBits(w) > kMaxIntSize) return Ref();
    } else if (isInt(v) && (isTuple(w) || isFrozenSet(w))) {
        const std::int64_t size = isTuple(w) ? tupleSize(w) : setSize(w);
        if (size) {
            std::int64_t n = 0;
            if (!asLongValue(v, n)) return Ref();
            if (n < 0 || n > kMaxCollectionSize / size) return Ref();
            if (n && checkComplexity(w, kMaxTotalItems / n) < 0) return Ref();
        }
    } else if (isInt(v) && (isStr(w) || isBytes(w))) {
        const std::int64_t size = isStr(w) ? strLength(w) : bytesSize(w);
        if (size) {
            std::int64_t n = 0;
            if (!asLongValue(v, n)) return Ref();
            if (n < 0 || n > kMaxStrSize / size) return Ref();
        }
    } else if (isInt(w) && (isTuple(v) || isFrozenSet(v) || isStr(v) || isBytes(v))) {
        return safeMultiply(interp, w, v);
    }
    if (isNumber(v) && isNumber(w)) return numberBinary(interp, OperatorKind::Mult, v, w);
    if (isInt(v)) return sequenceRepeat(interp, w, v);
    if (isInt(w)) return sequenceRepeat(interp, v, w);
    return Ref();
}

Ref safePower(Interpreter& interp, Object* v, Object* w) {
    if (isInt(v) && isInt(w) && !intValue(v).isZero() && intValue(w).sign() > 0) {
        std::int64_t wbits = 0;
        if (!intAsInt64(w, wbits)) return Ref();
        const std::int64_t vbits = numBits(v);
        if (vbits > kMaxIntSize / wbits) return Ref();
    }
    return numberBinary(interp, OperatorKind::Pow, v, w);
}

Ref safeLshift(Interpreter& interp, Object* v, Object* w) {
    if (isInt(v) && isInt(w) && !intValue(v).isZero() && !intValue(w).isZero()) {
        std::int64_t wbits = 0;
        if (!intAsInt64(w, wbits) || wbits < 0) return Ref();
        const std::int64_t vbits = numBits(v);
        if (wbits > kMaxIntSize || vbits > kMaxIntSize - wbits) return Ref();
    }
    return numberBinary(interp, OperatorKind::LShift, v, w);
}

} // namespace

Ref foldBinary(Interpreter& interp, OperatorKind op, Object* lv, Object* rv) {
    switch (op) {
    case OperatorKind::Add:
        if (isNumber(lv) && isNumber(rv)) return accept(interp, numberBinary(interp, op, lv, rv));
        if (isExactStr(lv) && isExactStr(rv)) return accept(interp, strConcat(interp, lv, rv));
        if (isBytes(lv) && isBytes(rv)) return accept(interp, bytesConcat(interp, lv, rv));
        if (isTuple(lv) && isTuple(rv)) return accept(interp, tupleConcat(lv, rv));
        return Ref();
    case OperatorKind::Mult: return accept(interp, safeMultiply(interp, lv, rv));
    case OperatorKind::Mod:
        if (isStr(lv) || isBytes(lv)) return Ref();
        return accept(interp, numberBinary(interp, op, lv, rv));
    case OperatorKind::Pow: return accept(interp, safePower(interp, lv, rv));
    case OperatorKind::LShift: return accept(interp, safeLshift(interp, lv, rv));
    case OperatorKind::MatMult: return Ref();
    default: return accept(interp, numberBinary(interp, op, lv, rv));
    }
}

Ref foldUnary(Interpreter& interp, UnaryOpKind op, Object* v) {
    switch (op) {
    case UnaryOpKind::Not: {
        const int r = objectIsTrue(v);
        if (r < 0) return accept(interp, Ref());
        return Ref(newBool(interp, !r));
    }
    case UnaryOpKind::Invert:
        if (isInt(v)) return accept(interp, intInvert(v));
        return Ref();
    case UnaryOpKind::UAdd:
        if (isInt(v)) return accept(interp, intPos(v));
        if (isFloat(v)) return accept(interp, floatPos(v));
        if (isComplex(v)) return accept(interp, numberPositive(v));
        return Ref();
    case UnaryOpKind::USub:
        if (isInt(v)) return accept(interp, intNeg(v));
        if (isFloat(v)) return accept(interp, floatNeg(v));
        if (isComplex(v)) return accept(interp, numberNegative(v));
        return Ref();
    }
    return Ref();
}

Ref foldSubscript(Interpreter& interp, Object* container, Object* index) {
    if (!isExactIntOrBool(index)) return Ref();
    std::int64_t i = 0;
    if (!intAsInt64(index, i)) return Ref();
    // PyObject_GetItem: the subscript adds the length to a negative index once, the item function
    // only range-checks.
    if (isExactStr(container)) return accept(interp, strGetItem(interp, container, i < 0 ? i + strLength(container) : i));
    if (isBytes(container)) return accept(interp, bytesGetItem(interp, container, i < 0 ? i + bytesSize(container) : i));
    if (isTuple(container)) return accept(interp, tupleGetItem(container, i < 0 ? i + tupleSize(container) : i));
    return Ref();
}

} // namespace hs::frontend
