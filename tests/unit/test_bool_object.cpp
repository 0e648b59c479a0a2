// Tests for bool (engine/objects/bool_object.h): the two static singletons, their layout and size,
// repr through the static _Py_ID strings, and the bool-preserving &, |, ^.
// Expected values measured with python3.11 (the expression is quoted in each comment).
#include <doctest/doctest.h>

#include "objects/bool_object.h"
#include "objects/static_refcounts.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"

using namespace hs;

namespace {

std::uint64_t word(Interpreter& interp, Addr a) {
    std::uint64_t w = 0;
    REQUIRE(interp.readWord(a, w));
    return w;
}

} // namespace

TEST_CASE("True and False are static int-subclass singletons") {
    Interpreter interp;
    Object* t = interp.trueObj;
    Object* f = interp.falseObj;
    CHECK(t->type == interp.types.bool_);
    CHECK(isInt(t));
    CHECK(isBool(f));
    CHECK(!isBool(interp.smallInt(1)));
    CHECK((t->objFlags & Object::kStatic) != 0);
    CHECK(t->refcnt == static_refcounts::kTrue);
    CHECK(f->refcnt == static_refcounts::kFalse);
    // id(False) - id(True) == 32
    CHECK(f->addr - t->addr == 32);
    // sys.getsizeof(True) == sys.getsizeof(False) == 28; type(True).__basicsize__ == 32
    CHECK(t->type->sizeOf(t) + t->type->preHeaderSize() == 28);
    CHECK(f->type->sizeOf(f) + f->type->preHeaderSize() == 28);
    CHECK(interp.types.bool_->basicsize == 32);
    // ctypes at id(True)+16 -> 1, id(False)+16 -> 0, the digit of True at id(True)+24 -> 1
    CHECK(word(interp, t->addr + 16) == 1);
    CHECK(word(interp, f->addr + 16) == 0);
    CHECK((word(interp, t->addr + 24) & 0xffffffffu) == 1);
    CHECK(t->type->label(t) == "True");
    CHECK(f->type->label(f) == "False");
}

TEST_CASE("bool repr returns the static 'True'/'False' strings") {
    Interpreter interp;
    Ref r(boolRepr(interp.trueObj));
    REQUIRE(r);
    CHECK(strToUtf8(r.get()) == "True");
    // r = repr(True); sys.getrefcount(r) == 1000000001 (999999999 + r + the argument)
    CHECK(r->refcnt == 1000000000);
    CHECK((r->objFlags & Object::kStatic) != 0);
    Ref again(interp.types.bool_->repr(interp.trueObj));
    CHECK(again.get() == r.get()); // repr(True) is str(True)
    Ref fr(boolRepr(interp.falseObj));
    CHECK(strToUtf8(fr.get()) == "False");
    // repr(True) is sys.intern('True') -> False: not interned
    CHECK(!isInterned(r.get()));
}

TEST_CASE("bool &, |, ^ keep bools; mixed operands fall back to int") {
    Interpreter interp;
    Object* t = interp.trueObj;
    Object* f = interp.falseObj;
    const std::int64_t before = t->refcnt;
    {
        // True&True -> True; True|False -> True; True^True -> False
        Ref a = boolAnd(t, t), o = boolOr(t, f), x = boolXor(t, t);
        CHECK(a.get() == t);
        CHECK(o.get() == t);
        CHECK(x.get() == f);
        CHECK(t->refcnt == before + 2);
    }
    CHECK(t->refcnt == before);
    // True&1 -> 1; True|2 -> 3 (ints)
    CHECK(boolAnd(t, interp.smallInt(1)).get() == interp.smallInt(1));
    CHECK(boolOr(t, interp.smallInt(2)).get() == interp.smallInt(3));
    // ~True -> -2; -True -> -1; True+True -> 2
    CHECK(intInvert(t).get() == interp.smallInt(-2));
    CHECK(intNeg(t).get() == interp.smallInt(-1));
    CHECK(intAdd(t, t).get() == interp.smallInt(2));
    // +True is 1, a plain int (long_long copies a subclass instance)
    CHECK(intPos(t).get() == interp.smallInt(1));
}

TEST_CASE("bool compares and hashes as an int") {
    Interpreter interp;
    Object* t = interp.trueObj;
    // False < True; True == 1; hash(True) == 1
    CHECK(Ref(interp.types.bool_->richcompare(interp.falseObj, t, CompareOp::Lt)).get() == t);
    CHECK(Ref(interp.types.bool_->richcompare(t, interp.smallInt(1), CompareOp::Eq)).get() == t);
    CHECK(interp.types.bool_->hash(t) == 1);
    CHECK(interp.types.bool_->isTrue(interp.falseObj) == 0);
}
