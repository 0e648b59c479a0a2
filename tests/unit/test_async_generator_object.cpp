// Tests of engine/objects/async_generator_object: the wrapped values of an async generator's yield
// come from a free list of 80 that keeps them counted in generation 0 and that clearing empties.
#include <doctest/doctest.h>

#include "objects/async_generator_object.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "vm/vm_state.h"

#include <vector>

using namespace hs;

TEST_CASE("async_generator_wrapped_value: 24 bytes + GC header, tracked, parked and reused LIFO") {
    Interpreter interp;
    initVm(interp);
    Ref value = newStrFromUtf8(interp, "v");
    const std::int64_t refs = value->refcnt;
    Ref w = asyncGenWrapValue(interp, value.get());
    REQUIRE(w);
    CHECK(w->type == vmOf(interp).types.asyncGenWrappedValue);
    CHECK(w->type->sizeOf(w.get()) + w->type->preHeaderSize() == 40);
    CHECK(GcState::isTracked(w.get()));
    CHECK(value->refcnt == refs + 1);
    const Addr addr = w->addr;
    const std::int64_t count = interp.gc().generations[0].count;
    w = Ref();
    // Parked, not freed: the value is released, the GC count stays (no PyObject_GC_Del).
    CHECK(value->refcnt == refs);
    CHECK(interp.freeLists().asyncGenValues.size() == 1);
    CHECK(interp.gc().generations[0].count == count);
    Ref again = asyncGenWrapValue(interp, value.get());
    CHECK(again->addr == addr);
    CHECK(interp.gc().generations[0].count == count); // _Py_NewReference: no new GC allocation
    CHECK(interp.freeLists().asyncGenValues.empty());
}

TEST_CASE("async generator free lists keep at most 80 and clearAsyncGenFreeLists frees them") {
    Interpreter interp;
    initVm(interp);
    Ref value = newStrFromUtf8(interp, "v");
    std::vector<Ref> many;
    for (int i = 0; i < 81; ++i) many.push_back(asyncGenWrapValue(interp, value.get()));
    for (Ref& r : many) r = Ref();
    many.clear();
    CHECK(interp.freeLists().asyncGenValues.size() == 80);
    const std::int64_t count = interp.gc().generations[0].count;
    clearAsyncGenFreeLists(interp);
    CHECK(interp.freeLists().asyncGenValues.empty());
    CHECK(interp.gc().generations[0].count == count - 80);
}
