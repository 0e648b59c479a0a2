// Tests of engine/objects/bytearray_object and deque_object: PyByteArray_Resize's allocation
// policy, the deque block formula of deque_sizeof, and both through real objects. Expected values
// were measured with python3.11.
#include <doctest/doctest.h>

#include "objects/bytearray_object.h"
#include "objects/deque_object.h"
#include "objects/int_object.h"
#include "modules/module_registry.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <vector>

using namespace hs;

namespace {
std::int64_t getsizeof(const Object* o) { return o->type->sizeOf(o) + o->type->preHeaderSize(); }
} // namespace

TEST_CASE("bytearray resize policy: appends from empty give CPython's ob_alloc sequence") {
    // python3.11: b = bytearray(); b.append(...) x 20 -> __alloc__ after each append.
    const std::vector<std::int64_t> expected = {2, 5, 5, 5, 8, 8, 8, 12, 12, 12, 12, 19, 19, 19, 19, 19, 19, 19, 27, 27};
    std::int64_t alloc = 0;
    for (std::int64_t size = 1; size <= 20; ++size) {
        const std::int64_t next = bytearrayResizeAlloc(alloc, 0, size - 1, size);
        if (next >= 0) alloc = next;
        CHECK(alloc == expected[static_cast<std::size_t>(size - 1)]);
    }
}

TEST_CASE("bytearray resize policy: big jumps are exact, shrinking below half reallocates") {
    CHECK(bytearrayResizeAlloc(0, 0, 0, 3) == 4);     // bytearray(b'abc')
    CHECK(bytearrayResizeAlloc(4, 0, 3, 100) == 101); // beyond alloc * 1.125: exact
    CHECK(bytearrayResizeAlloc(101, 0, 100, 60) == -1); // minor downsize keeps the block
    CHECK(bytearrayResizeAlloc(101, 0, 100, 10) == 11); // major downsize
    CHECK(bytearrayResizeAlloc(19, 0, 12, 0) == 1);     // clear() leaves one byte: getsizeof 57
    CHECK(bytearrayResizeAlloc(101, 90, 10, 12) == 19); // the logical offset leaves no room: "moderate upsize"
}

TEST_CASE("bytearray objects: getsizeof 56 + ob_alloc, not GC, buffer block recorded") {
    Interpreter interp;
    initVm(interp);
    Ref empty = newBytearray(interp, "");
    CHECK(getsizeof(empty.get()) == 56);
    CHECK(!empty->type->isGc());
    Ref b = newBytearray(interp, "abc");
    CHECK(getsizeof(b.get()) == 60);
    std::uint64_t alloc = 0, buffer = 0;
    REQUIRE(interp.readWord(b->addr + 24, alloc));
    REQUIRE(interp.readWord(b->addr + 32, buffer));
    CHECK(alloc == 4);
    CHECK(buffer != 0);
    REQUIRE(bytearrayResize(b.get(), 0));
    CHECK(getsizeof(b.get()) == 57);
}

TEST_CASE("deque sizeof formula: 216 + 528 per spanned block (+16 GC header in getsizeof)") {
    CHECK(dequeSizeOfFormula(32, 0) == 744);   // deque(): 760 with the GC header
    CHECK(dequeSizeOfFormula(32, 32) == 744);
    CHECK(dequeSizeOfFormula(32, 33) == 1272); // the 33rd append opens a second block
    CHECK(dequeSizeOfFormula(1, 63) == 744);   // deque(range(63)) fills from index 1
    CHECK(dequeSizeOfFormula(1, 64) == 1272);
}

TEST_CASE("deque objects: tracked at creation, one block, getsizeof 760") {
    Interpreter interp;
    initVm(interp);
    TypeObject* t = dequeType(interp);
    Ref d = callType(t, nullptr, 0, nullptr);
    REQUIRE(d);
    CHECK(GcState::isTracked(d.get()));
    CHECK(getsizeof(d.get()) == 760);
    CHECK(isDeque(d.get()));
}

TEST_CASE("OrderedDict sizeof: dict part + 8 per od_fast_nodes slot + 32 per node (python3.11 values)") {
    Interpreter interp;
    initVm(interp);
    Ref module = importModule(interp, "collections");
    REQUIRE(module);
    Ref type = getAttrStr(module.get(), "OrderedDict");
    REQUIRE(type);
    Ref od = callType(asType(type.get()), nullptr, 0, nullptr);
    REQUIRE(od);
    CHECK(getsizeof(od.get()) == 128);
    CHECK(GcState::isTracked(od.get()));
    // python3.11: od[i] = i * i for i in range(12) -> getsizeof after each insertion.
    const std::vector<std::int64_t> expected = {384, 416, 448, 480, 512, 736, 768, 800, 832, 864, 1304, 1336};
    for (int i = 0; i < 12; ++i) {
        Ref k = newInt(interp, i);
        Ref v = newInt(interp, i * i);
        REQUIRE(setItem(od.get(), k.get(), v.get()) == 0);
        CHECK(getsizeof(od.get()) == expected[static_cast<std::size_t>(i)]);
    }
}
