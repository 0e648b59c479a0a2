// Tests for engine/runtime/tracemalloc.cpp and its hooks in runtime/interpreter: traces of requested
// sizes, realloc replacing a trace, frees, peak, interned tracebacks, and the _tracemalloc module.
// Expected program outputs were measured with CPython 3.11.7 (x86-64 Linux).
#include <doctest/doctest.h>

#include "objects/bytes_object.h"
#include "objects/str_object.h"
#include "run_program.h"
#include "runtime/interpreter.h"
#include "runtime/tracemalloc.h"

using namespace hs;

TEST_CASE("tracemalloc: buffers are traced at their requested size, realloc replaces, free removes") {
    Interpreter interp;
    Tracer& tracer = interp.tracer();
    const Addr untraced = interp.allocBuffer(nullptr, 40);
    interp.setTracing(true);
    REQUIRE(interp.tracing());
    const Addr p = interp.allocBuffer(nullptr, 10);
    CHECK(tracer.traced() == 10);
    const Trace* t = tracer.find(p);
    REQUIRE(t);
    CHECK(t->size == 10);
    // No Python frame runs: tracemalloc_empty_traceback, ("<unknown>", 0).
    const TraceTraceback& tb = tracer.tracebacks()[t->traceback];
    REQUIRE(tb.frames.size() == 1);
    CHECK(strToUtf8(tb.frames[0].filename) == "<unknown>");
    CHECK(tb.frames[0].lineno == 0);
    CHECK(tb.totalFrames == 1);
    const Addr q = interp.reallocBuffer(nullptr, p, 600); // moves to the large heap
    CHECK(q != p);
    CHECK(tracer.find(p) == nullptr);
    CHECK(tracer.traced() == 600);
    CHECK(tracer.peak() == 600); // tracemalloc_realloc removes the old trace before adding the new one
    interp.freeBuffer(untraced);  // never traced: nothing to remove
    CHECK(tracer.traced() == 600);
    interp.freeBuffer(q);
    CHECK(tracer.traced() == 0);
    CHECK(tracer.traces().empty());
    tracer.resetPeak();
    CHECK(tracer.peak() == 0);
    interp.setTracing(false);
    const Addr r = interp.allocBuffer(nullptr, 8);
    CHECK(tracer.find(r) == nullptr);
    interp.freeBuffer(r);
}

TEST_CASE("tracemalloc: objects are traced from their block start, str resize updates the trace") {
    Interpreter interp;
    interp.tracer();
    interp.setTracing(true);
    Ref b = newBytes(interp, "abc");
    const Trace* t = interp.tracer().find(b->addr);
    REQUIRE(t);
    CHECK(t->size == 33 + 3); // PyBytesObject_SIZE + 3
    const std::uint64_t before = interp.tracer().traced();
    b = Ref();
    CHECK(interp.tracer().traced() == before - 36);
    interp.tracer().clear();
    CHECK(interp.tracer().traced() == 0);
    CHECK(interp.tracer().tracebacks().empty());
}

TEST_CASE("tracemalloc: the module over the tracer (CPython 3.11's outputs)") {
    const std::string out = hs_test::runProgram(
        "import tracemalloc\n"
        "print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())\n"
        "tracemalloc.start()\n"
        "x = [i for i in range(10000)]\n"
        "current, peak = tracemalloc.get_traced_memory()\n"
        "n = 50\n"
        "s = 'ab' * n\n"
        "tb = tracemalloc.get_object_traceback(s)\n"
        "tracemalloc.stop()\n"
        "print(current, peak, tb, tracemalloc.get_traced_memory())\n");
    CHECK(out == "False (0, 0) 1\n396896 397096 <cell 1>:7 (0, 0)\n");
}
