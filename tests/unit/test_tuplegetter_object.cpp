// Tests of engine/objects/tuplegetter_object (_collections._tuplegetter) and of collections'
// Python part built over it: sizes, descriptor behaviour and CPython 3.11's messages.
#include <doctest/doctest.h>

#include "modules/module_registry.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <string>

using namespace hs;

namespace {

std::int64_t getsizeof(const Object* o) { return o->type->sizeOf(o) + o->type->preHeaderSize(); }

Ref makeGetter(Interpreter& interp, std::int64_t index, const char* doc) {
    Ref module = importModule(interp, "_collections");
    REQUIRE(module);
    Ref type = getAttrStr(module.get(), "_tuplegetter");
    REQUIRE(type);
    Ref i = newInt(interp, index);
    Ref d = newStrFromUtf8(interp, doc);
    Object* args[2] = {i.get(), d.get()};
    return call(type.get(), args, 2);
}

std::string pendingMessage(Interpreter& interp) {
    Ref exc = fetchError(interp);
    REQUIRE(exc);
    Ref text = objectStr(exc.get());
    REQUIRE(text);
    return exc->type->name + ": " + strToUtf8(text.get());
}

} // namespace

TEST_CASE("_tuplegetter: 32 bytes + GC header, repr with the short type name, reads tuple items") {
    Interpreter interp;
    initVm(interp);
    Ref g = makeGetter(interp, 1, "Alias for field number 1");
    REQUIRE(g);
    CHECK(getsizeof(g.get()) == 48);
    CHECK(GcState::isTracked(g.get()));
    Ref r = objectRepr(g.get());
    REQUIRE(r);
    CHECK(strToUtf8(r.get()) == "_tuplegetter(1, 'Alias for field number 1')");
    Ref a = newInt(interp, 10);
    Ref b = newInt(interp, 20);
    Object* items[2] = {a.get(), b.get()};
    Ref t = tupleFromArray(interp, items, 2);
    Ref got = Ref(g->type->slots.descrGet(g.get(), t.get(), t->type));
    CHECK(got.get() == b.get());
    Ref onClass = Ref(g->type->slots.descrGet(g.get(), nullptr, t->type));
    CHECK(onClass.get() == g.get());
}

TEST_CASE("_tuplegetter errors: out of range, non-tuple instance, assignment and deletion") {
    Interpreter interp;
    initVm(interp);
    Ref g = makeGetter(interp, 3, "doc");
    REQUIRE(g);
    Ref one = newInt(interp, 1);
    Object* items[1] = {one.get()};
    Ref t = tupleFromArray(interp, items, 1);
    CHECK(g->type->slots.descrGet(g.get(), t.get(), t->type) == nullptr);
    CHECK(pendingMessage(interp) == "IndexError: tuple index out of range");
    CHECK(g->type->slots.descrGet(g.get(), one.get(), one->type) == nullptr);
    CHECK(pendingMessage(interp) ==
          "TypeError: descriptor for index '3' for tuple subclasses doesn't apply to 'int' object");
    CHECK(g->type->slots.descrSet(g.get(), t.get(), one.get()) == -1);
    CHECK(pendingMessage(interp) == "AttributeError: can't set attribute");
    CHECK(g->type->slots.descrSet(g.get(), t.get(), nullptr) == -1);
    CHECK(pendingMessage(interp) == "AttributeError: can't delete attribute");
}

TEST_CASE("collections exports namedtuple and Counter; keyword lists 35 keywords") {
    Interpreter interp;
    initVm(interp);
    Ref collections = importModule(interp, "collections");
    REQUIRE(collections);
    CHECK(getAttrStr(collections.get(), "namedtuple"));
    CHECK(getAttrStr(collections.get(), "Counter"));
    Ref keyword = importModule(interp, "keyword");
    REQUIRE(keyword);
    Ref kwlist = getAttrStr(keyword.get(), "kwlist");
    REQUIRE(kwlist);
    CHECK(objectLength(kwlist.get()) == 35);
}
