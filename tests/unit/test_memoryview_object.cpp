// Tests of engine/objects/memoryview_object: the buffer protocol of bytes and bytearray (export
// counts, BufferError on resize), the managed buffer shared by chained views, sizes as python3.11.
#include <doctest/doctest.h>

#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/memoryview_object.h"
#include "objects/slice_object.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

using namespace hs;

namespace {
std::int64_t getsizeof(const Object* o) { return o->type->sizeOf(o) + o->type->preHeaderSize(); }
} // namespace

TEST_CASE("buffer protocol: bytearray counts exports in ob_exports and refuses to resize") {
    Interpreter interp;
    initVm(interp);
    Ref b = newBytearray(interp, "abc");
    BufferInfo view;
    REQUIRE(getBuffer(b.get(), view) == 0);
    CHECK(view.obj == b.get());
    CHECK(b->refcnt == 2);
    CHECK(!view.readonly);
    CHECK(view.len == 3);
    CHECK(view.shape == std::vector<std::int64_t>{3});
    std::uint64_t exports = 0;
    REQUIRE(interp.readWord(b->addr + 48, exports));
    CHECK(exports == 1);
    CHECK(!bytearrayResize(b.get(), 5));
    CHECK(errTypeName(interp) == "BufferError");
    clearError(interp);
    view.base()[0] = 'X';
    CHECK(bytearrayView(b.get()) == "Xbc");
    releaseBuffer(view);
    CHECK(view.obj == nullptr);
    CHECK(b->refcnt == 1);
    CHECK(bytearrayResize(b.get(), 5));
}

TEST_CASE("buffer protocol: bytes is read-only; other objects raise TypeError") {
    Interpreter interp;
    initVm(interp);
    Ref by = newBytes(interp, "xyz");
    BufferInfo view;
    REQUIRE(getBuffer(by.get(), view) == 0);
    CHECK(view.readonly);
    CHECK(std::string(view.base(), 3) == "xyz");
    releaseBuffer(view);
    CHECK(!checkBuffer(interp.none));
    CHECK(getBuffer(interp.none, view) == -1);
    CHECK(errTypeName(interp) == "TypeError");
    clearError(interp);
}

TEST_CASE("memoryview: 184 bytes for one dimension, managed buffer holds the exporter once") {
    Interpreter interp;
    initVm(interp);
    Ref b = newBytearray(interp, "hello");
    Ref m = newMemoryView(interp, b.get());
    REQUIRE(m);
    CHECK(getsizeof(m.get()) == 184);
    CHECK(isMemoryView(m.get()));
    CHECK(b->refcnt == 2);
    Ref m2 = newMemoryView(interp, m.get()); // shares the managed buffer
    CHECK(b->refcnt == 2);
    std::string_view bytes;
    REQUIRE(bytesLikeView(m2.get(), bytes));
    CHECK(bytes == "hello");
    m = Ref();
    CHECK(!bytearrayResize(b.get(), 1)); // m2 still exports
    clearError(interp);
    m2 = Ref();
    CHECK(b->refcnt == 1);
    CHECK(bytearrayResize(b.get(), 1));
}

TEST_CASE("memoryview of a non-exporter: TypeError with CPython's message") {
    Interpreter interp;
    initVm(interp);
    Ref m = newMemoryView(interp, interp.none);
    CHECK(!m);
    CHECK(errTypeName(interp) == "TypeError");
    clearError(interp);
}
