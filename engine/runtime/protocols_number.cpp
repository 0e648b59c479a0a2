// The number protocol (Objects/abstract.c): binary_op1 / binary_iop1 with the reflected-operand
// rules, the sequence fallbacks of + and *, unary operators, __index__, int()/float() conversion.
#include "runtime/protocols.h"

#include "objects/bytes_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "runtime/errors.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

#include <climits>

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }

const char* const kSymbols[26] = {"+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",  ">>",  "-",  "/",  "^",
                                  "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};

BinaryFunc slotOf(const Object* o, int op) {
    const NumberSlots* n = o->type->slots.number;
    return n ? n->binarySlot(op) : nullptr;
}

// binary_op1: v's slot, w's slot (first when w's type is a subtype of v's). `op` is a BINARY_OP
// argument or NumberSlots::kDivmod.
Ref binaryOp1(Object* v, Object* w, int op) {
    Interpreter& interp = interpOf(v);
    BinaryFunc slotv = slotOf(v, op);
    BinaryFunc slotw = nullptr;
    if (w->type != v->type) {
        slotw = slotOf(w, op);
        if (slotw == slotv) slotw = nullptr;
    }
    if (slotv) {
        if (slotw && typeIsSubtype(w->type, v->type)) {
            Ref x(slotw(v, w));
            if (x.get() != interp.notImplemented) return x;
            slotw = nullptr;
        }
        Ref x(slotv(v, w));
        if (x.get() != interp.notImplemented) return x;
    }
    if (slotw) {
        Ref x(slotw(v, w));
        if (x.get() != interp.notImplemented) return x;
    }
    return Ref::borrowed(interp.notImplemented);
}

Ref typeErrorBinop(Object* v, Object* w, int op) {
    Interpreter& interp = interpOf(v);
    const char* sym = kSymbols[op];
    std::string opname = sym;
    if (op == nbop::POWER) opname = "** or pow()";
    raiseError(interp, vmOf(interp).exc.TypeError,
               "unsupported operand type(s) for " + opname + ": '" + v->type->name + "' and '" + w->type->name + "'");
    return Ref();
}

Ref sequenceRepeat(Object* (*repeat)(Object*, std::int64_t), Object* seq, Object* n) {
    Interpreter& interp = interpOf(seq);
    if (!hasIndex(n)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "can't multiply sequence by non-int of type '" + n->type->name + "'");
        return Ref();
    }
    std::int64_t count = 0;
    if (!indexAsInt64(n, count, vmOf(interp).exc.OverflowError)) return Ref();
    return Ref(repeat(seq, count));
}

} // namespace

Ref binaryOp(Object* v, Object* w, int op) {
    Interpreter& interp = interpOf(v);
    Ref r = binaryOpNoFallback(v, w, op);
    if (r.get() != interp.notImplemented) return r;
    if (op < 13) {
        if (op == nbop::ADD) {
            if (const SequenceSlots* s = v->type->slots.sequence)
                if (s->concat) return Ref(s->concat(v, w));
        } else if (op == nbop::MULTIPLY) {
            const SequenceSlots* sv = v->type->slots.sequence;
            const SequenceSlots* sw = w->type->slots.sequence;
            if (sv && sv->repeat) return sequenceRepeat(sv->repeat, v, w);
            if (sw && sw->repeat) return sequenceRepeat(sw->repeat, w, v);
        }
        return typeErrorBinop(v, w, op);
    }
    // In-place, after the in-place slot of v and the binary operation: the in-place sequence slots.
    const int base = op - 13;
    if (base == nbop::ADD) {
        if (const SequenceSlots* s = v->type->slots.sequence) {
            if (s->inplaceConcat) return Ref(s->inplaceConcat(v, w));
            if (s->concat) return Ref(s->concat(v, w));
        }
    } else if (base == nbop::MULTIPLY) {
        const SequenceSlots* sv = v->type->slots.sequence;
        const SequenceSlots* sw = w->type->slots.sequence;
        if (sv && (sv->inplaceRepeat || sv->repeat)) return sequenceRepeat(sv->inplaceRepeat ? sv->inplaceRepeat : sv->repeat, v, w);
        if (sw && sw->repeat) return sequenceRepeat(sw->repeat, w, v);
    }
    return typeErrorBinop(v, w, op);
}

// binary_iop1 (in-place ops) / binary_op1: NotImplemented when no slot takes the operands.
Ref binaryOpNoFallback(Object* v, Object* w, int op) {
    Interpreter& interp = interpOf(v);
    if (op < 13) return binaryOp1(v, w, op);
    if (BinaryFunc islot = slotOf(v, op)) {
        Ref x(islot(v, w));
        if (x.get() != interp.notImplemented) return x;
    }
    return binaryOp1(v, w, op - 13);
}

Ref sequenceConcat(Object* a, Object* b, bool inPlace) {
    Interpreter& interp = interpOf(a);
    if (const SequenceSlots* s = a->type->slots.sequence) {
        if (inPlace && s->inplaceConcat) return Ref(s->inplaceConcat(a, b));
        if (s->concat) return Ref(s->concat(a, b));
    }
    // PySequence_Check of both: the number protocol's + (or +=), without its own error.
    if (sequenceCheck(a) && sequenceCheck(b)) {
        Ref r = binaryOpNoFallback(a, b, inPlace ? nbop::INPLACE_ADD : nbop::ADD);
        if (r.get() != interp.notImplemented) return r;
    }
    raiseError(interp, vmOf(interp).exc.TypeError, "'" + a->type->name + "' object can't be concatenated");
    return Ref();
}

Ref numberDivmod(Object* a, Object* b) {
    Interpreter& interp = interpOf(a);
    Ref r = binaryOp1(a, b, NumberSlots::kDivmod);
    if (r.get() != interp.notImplemented) return r;
    raiseError(interp, vmOf(interp).exc.TypeError,
               "unsupported operand type(s) for divmod(): '" + a->type->name + "' and '" + b->type->name + "'");
    return Ref();
}

Ref numberPower(Object* a, Object* b, Object* m) {
    Interpreter& interp = interpOf(a);
    if (m == nullptr || m == interp.none) return binaryOp(a, b, nbop::POWER);
    // ternary_op: a's slot, b's (first when b's type is a subclass of a's; never the same slot
    // twice), then m's when it is a third slot; the first result other than NotImplemented wins.
    auto slotOf3 = [](Object* o) -> TernaryFunc {
        const NumberSlots* n = o->type->slots.number;
        return n ? n->power3 : nullptr;
    };
    TernaryFunc slotA = slotOf3(a);
    TernaryFunc slotB = b->type != a->type ? slotOf3(b) : nullptr;
    if (slotB == slotA) slotB = nullptr;
    auto attempt = [&](TernaryFunc f, Ref& out) {
        out = Ref(f(a, b, m));
        return out.get() != interp.notImplemented;
    };
    Ref x;
    if (slotA) {
        if (slotB && b->type->isSubtypeOf(a->type)) {
            if (attempt(slotB, x)) return x;
            slotB = nullptr;
        }
        if (attempt(slotA, x)) return x;
    }
    if (slotB && attempt(slotB, x)) return x;
    TernaryFunc slotM = slotOf3(m);
    if (slotM && slotM != slotA && slotM != slotB && attempt(slotM, x)) return x;
    raiseError(interp, vmOf(interp).exc.TypeError,
               "unsupported operand type(s) for ** or pow(): '" + a->type->name + "', '" + b->type->name + "', '" +
                   m->type->name + "'");
    return Ref();
}

namespace {
Ref unary(Object* o, UnaryFunc NumberSlots::*slot, const char* what) {
    const NumberSlots* n = o->type->slots.number;
    if (n && n->*slot) return Ref((n->*slot)(o));
    Interpreter& interp = interpOf(o);
    raiseError(interp, vmOf(interp).exc.TypeError, std::string("bad operand type for ") + what + ": '" + o->type->name + "'");
    return Ref();
}
} // namespace

Ref numberNegative(Object* o) { return unary(o, &NumberSlots::negative, "unary -"); }
Ref numberPositive(Object* o) { return unary(o, &NumberSlots::positive, "unary +"); }
Ref numberInvert(Object* o) { return unary(o, &NumberSlots::invert, "unary ~"); }
Ref numberAbsolute(Object* o) { return unary(o, &NumberSlots::absolute, "abs()"); }

bool hasIndex(Object* o) {
    if (isInt(o)) return true;
    const NumberSlots* n = o->type->slots.number;
    return n && n->index;
}

Ref numberIndex(Object* o) {
    Interpreter& interp = interpOf(o);
    if (isInt(o)) {
        if (o->type == interp.types.int_) return Ref::borrowed(o);
        // _PyNumber_Index returns subclasses as they are; PyNumber_Index converts to exact int.
        return newIntFromBig(interp, intValue(o));
    }
    const NumberSlots* n = o->type->slots.number;
    if (!n || !n->index) {
        raiseError(interp, vmOf(interp).exc.TypeError, "'" + o->type->name + "' object cannot be interpreted as an integer");
        return Ref();
    }
    Ref r(n->index(o));
    if (!r) return Ref();
    if (!isInt(r.get())) {
        raiseError(interp, vmOf(interp).exc.TypeError, "__index__ returned non-int (type " + r->type->name + ")");
        return Ref();
    }
    if (r->type != interp.types.int_) return newIntFromBig(interp, intValue(r.get()));
    return r;
}

bool sliceIndexOr(Interpreter& interp, Object* o, std::int64_t& out, std::int64_t deflt) {
    if (!o || o == interp.none) {
        out = deflt;
        return true;
    }
    if (!hasIndex(o)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return indexAsInt64(o, out, nullptr);
}

bool indexAsInt64(Object* o, std::int64_t& out, TypeObject* overflowError) {
    Interpreter& interp = interpOf(o);
    if (o->type == interp.types.int_ && intAsInt64(o, out)) return true;
    Ref v = numberIndex(o);
    if (!v) return false;
    if (intAsInt64(v.get(), out)) return true;
    if (!overflowError) {
        out = intValue(v.get()).isNegative() ? INT64_MIN : INT64_MAX;
        return true;
    }
    raiseError(interp, overflowError, "cannot fit '" + o->type->name + "' into an index-sized integer");
    return false;
}

bool indexAsCInt(Object* o, int& out) {
    std::int64_t v = 0;
    Ref i = numberIndex(o);
    if (!i) return false;
    if (!intAsInt64(i.get(), v) || v > INT_MAX || v < INT_MIN) {
        raiseError(interpOf(o), vmOf(o).exc.OverflowError, "Python int too large to convert to C int");
        return false;
    }
    out = static_cast<int>(v);
    return true;
}

Ref numberLong(Object* o) {
    Interpreter& interp = interpOf(o);
    if (o->type == interp.types.int_) return Ref::borrowed(o);
    const NumberSlots* n = o->type->slots.number;
    if (n && n->toInt) {
        Ref r(n->toInt(o));
        if (!r) return Ref();
        if (r->type == interp.types.int_) return r;
        if (!isInt(r.get())) {
            raiseError(interp, vmOf(interp).exc.TypeError, "__int__ returned non-int (type " + r->type->name + ")");
            return Ref();
        }
        return newIntFromBig(interp, intValue(r.get()));
    }
    if (n && n->index) return numberIndex(o);
    if (isStr(o)) return intFromStr(interp, o, 10);
    if (isBytes(o)) return newIntFromBytes(interp, bytesView(o), 10, bytesReprText(o));
    if (Object* trunc = typeLookupStr(o->type, "__trunc__")) {
        Ref r = callOneArg(trunc, o);
        if (!r) return Ref();
        if (isInt(r.get())) return r.get()->type == interp.types.int_ ? r : newIntFromBig(interp, intValue(r.get()));
        return numberIndex(r.get());
    }
    raiseError(interp, vmOf(interp).exc.TypeError,
               "int() argument must be a string, a bytes-like object or a real number, not '" + o->type->name + "'");
    return Ref();
}

Ref numberFloat(Object* o) {
    Interpreter& interp = interpOf(o);
    if (o->type == interp.types.float_) return Ref::borrowed(o);
    const NumberSlots* n = o->type->slots.number;
    if (n && n->toFloat) {
        Ref r(n->toFloat(o));
        if (!r) return Ref();
        if (r->type == interp.types.float_) return r;
        if (!isFloat(r.get())) {
            raiseError(interp, vmOf(interp).exc.TypeError, o->type->name + ".__float__ returned non-float (type " + r->type->name + ")");
            return Ref();
        }
        return newFloat(interp, floatValue(r.get()));
    }
    if (isFloat(o)) return newFloat(interp, floatValue(o));
    if (n && n->index) {
        Ref i = numberIndex(o);
        if (!i) return Ref();
        double d = 0;
        if (!intAsDouble(interp, i.get(), d)) return Ref();
        return newFloat(interp, d);
    }
    if (isStr(o)) return newFloatFromString(interp, strToUtf8(o));
    if (isBytes(o)) return floatFromBytesText(interp, bytesView(o), bytesReprText(o));
    raiseError(interp, vmOf(interp).exc.TypeError, "float() argument must be a string or a real number, not '" + o->type->name + "'");
    return Ref();
}

bool asDouble(Object* o, double& out) {
    Interpreter& interp = interpOf(o);
    if (isFloat(o)) {
        out = floatValue(o);
        return true;
    }
    if (isInt(o)) return intAsDouble(interp, o, out);
    const NumberSlots* n = o->type->slots.number;
    if (n && (n->toFloat || n->index)) {
        Ref f = numberFloat(o);
        if (!f) return false;
        out = floatValue(f.get());
        return true;
    }
    raiseError(interp, vmOf(interp).exc.TypeError, "must be real number, not " + o->type->name);
    return false;
}

} // namespace hs
