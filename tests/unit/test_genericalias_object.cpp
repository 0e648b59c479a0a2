// Tests of engine/objects/genericalias_object and union_object (types.GenericAlias / UnionType):
// sizes, references held, reprs, equality and hash, `|` merging, isinstance over unions.
#include <doctest/doctest.h>

#include "objects/genericalias_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/union_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

#include <string>

using namespace hs;

namespace {

std::int64_t getsizeof(const Object* o) { return o->type->sizeOf(o) + o->type->preHeaderSize(); }

std::string repr(Object* o) {
    Ref r = objectRepr(o);
    REQUIRE(r);
    return strToUtf8(r.get());
}

std::string pendingMessage(Interpreter& interp) {
    Ref exc = fetchError(interp);
    REQUIRE(exc);
    Ref text = objectStr(exc.get());
    REQUIRE(text);
    return exc->type->name + ": " + strToUtf8(text.get());
}

} // namespace

TEST_CASE("GenericAlias: 64 bytes + GC header, tracked, holds origin and a packed args tuple") {
    Interpreter interp;
    initVm(interp);
    TypeObject* list = interp.types.list;
    TypeObject* intType = interp.types.int_;
    const std::int64_t listRefs = list->refcnt;
    Ref alias = getItem(list, intType); // list[int] through __class_getitem__
    REQUIRE(alias);
    CHECK(isGenericAlias(alias.get()));
    CHECK(getsizeof(alias.get()) == 80);
    CHECK(GcState::isTracked(alias.get()));
    CHECK(list->refcnt == listRefs + 1);
    CHECK(repr(alias.get()) == "list[int]");
    Ref args = getAttrStr(alias.get(), "__args__");
    REQUIRE(args);
    CHECK(isTuple(args.get()));
    CHECK(tupleSize(args.get()) == 1);
    CHECK(tupleItem(args.get(), 0) == intType);
    alias = Ref();
    CHECK(list->refcnt == listRefs);
}

TEST_CASE("GenericAlias: equality by origin and args, hash(origin) ^ hash(args), nested reprs") {
    Interpreter interp;
    initVm(interp);
    Ref a = newGenericAlias(interp, interp.types.dict, tuplePack(interp, {interp.types.str, interp.types.int_}).get());
    Ref b = newGenericAlias(interp, interp.types.dict, tuplePack(interp, {interp.types.str, interp.types.int_}).get());
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a.get() != b.get());
    CHECK(objectRichCompareBool(a.get(), b.get(), CompareOp::Eq) == 1);
    CHECK(objectHash(a.get()) == (objectHash(interp.types.dict) ^ objectHash(getAttrStr(a.get(), "__args__").get())));
    Ref nested = newGenericAlias(interp, interp.types.list, a.get());
    CHECK(repr(nested.get()) == "list[dict[str, int]]");
    Ref empty = newGenericAlias(interp, interp.types.tuple, newTuple(interp, 0).get());
    CHECK(repr(empty.get()) == "tuple[()]");
}

TEST_CASE("GenericAlias: isinstance and subscripting a non-generic alias raise CPython's TypeErrors") {
    Interpreter interp;
    initVm(interp);
    Ref alias = getItem(interp.types.list, interp.types.int_);
    REQUIRE(alias);
    Ref item = newTuple(interp, 0);
    CHECK(isInstance(item.get(), alias.get()) == -1);
    CHECK(pendingMessage(interp) == "TypeError: isinstance() argument 2 cannot be a parameterized generic");
    CHECK(!getItem(alias.get(), interp.types.str));
    CHECK(pendingMessage(interp) == "TypeError: list[int] is not a generic class");
    CHECK(!getItem(interp.types.int_, interp.types.str));
    CHECK(pendingMessage(interp) == "TypeError: type 'int' is not subscriptable");
}

TEST_CASE("UnionType: `|` merges without duplicates, None becomes NoneType, isinstance checks each arg") {
    Interpreter interp;
    initVm(interp);
    Ref u = binaryOp(interp.types.int_, interp.none, nbop::OR);
    REQUIRE(u);
    CHECK(isUnion(u.get()));
    CHECK(getsizeof(u.get()) == 48);
    CHECK(repr(u.get()) == "int | None");
    CHECK(tupleItem(unionArgs(u.get()), 1) == interp.types.none);
    Ref same = binaryOp(u.get(), interp.types.int_, nbop::OR);
    CHECK(same.get() == u.get()); // nothing new: the union itself
    Ref wider = binaryOp(interp.types.str, u.get(), nbop::OR);
    CHECK(repr(wider.get()) == "str | int | None");
    Ref flipped = binaryOp(interp.types.none, interp.types.int_, nbop::OR);
    CHECK(objectRichCompareBool(flipped.get(), u.get(), CompareOp::Eq) == 1);
    CHECK(objectHash(flipped.get()) == objectHash(u.get()));
    Ref s = newStrFromUtf8(interp, "x");
    CHECK(isInstance(interp.none, u.get()) == 1);
    CHECK(isInstance(s.get(), u.get()) == 0);
    CHECK(isInstance(s.get(), wider.get()) == 1);
    Ref bad = binaryOp(interp.types.int_, s.get(), nbop::OR);
    CHECK(!bad);
    CHECK(pendingMessage(interp) == "TypeError: unsupported operand type(s) for |: 'type' and 'str'");
}
