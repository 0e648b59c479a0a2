// Tests for argument unpacking (engine/runtime/arg_parse.cpp) and METH_VARARGS dispatch
// (engine/objects/builtin_function_object.cpp): parser_init's kwtuple is built once, only off the
// positional fast path; a METH_VARARGS call allocates its argument tuple. Python/getargs.c, Objects/call.c (3.11).
#include <doctest/doctest.h>

#include "gc/gc_state.h"
#include "objects/builtin_function_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/interpreter.h"
#include "vm/vm_state.h"

using namespace hs;

namespace {

const char* const kNames[] = {"first", "second"};
const ArgSpec kSpec{"probe", kNames, 2, 1, 1, 2};

std::int64_t g_seenNargs = -1;
Object* g_seenArgs0 = nullptr;
std::int64_t g_seenRefcnt = -1;

Object* recordArgs(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    g_seenNargs = nargs;
    g_seenArgs0 = nargs ? args[0] : nullptr;
    g_seenRefcnt = nargs ? static_cast<std::int64_t>(args[0]->refcnt) : -1;
    Interpreter& interp = *self->type->interp;
    incref(interp.none);
    return interp.none;
}
const MethodDef kVarargsDef = {"probe", recordArgs, meth::kFastcall | meth::kVarargs};
const MethodDef kFastDef = {"probe", recordArgs, meth::kFastcall};

} // namespace

TEST_CASE("arg_parse: the parser's kwtuple is made on the first keyword call only") {
    Interpreter interp;
    initVm(interp);
    VmState& vm = vmOf(interp);
    Ref one = newInt(interp, 1), two = newInt(interp, 2);
    Object* out[2];
    Object* positional[2] = {one.get(), two.get()};
    REQUIRE(unpackParserArgs(interp, kSpec, "test.probe", positional, 2, nullptr, out));
    CHECK(vm.argParserKwtuples.count("test.probe") == 0); // fast path: no parser_init
    Ref second = internName(interp, "second");
    Ref kwnames = tuplePack(interp, {second.get()});
    REQUIRE(unpackParserArgs(interp, kSpec, "test.probe", positional, 1, kwnames.get(), out));
    CHECK(out[1] == two.get());
    REQUIRE(vm.argParserKwtuples.count("test.probe") == 1);
    Object* kwtuple = vm.argParserKwtuples["test.probe"];
    CHECK(tupleSize(kwtuple) == 1); // the names after the positional-only one
    CHECK(strToUtf8(tupleItem(kwtuple, 0)) == "second");
    CHECK(GcState::isTracked(kwtuple)); // a new GC tuple, kept
    REQUIRE(unpackParserArgs(interp, kSpec, "test.probe", positional, 1, kwnames.get(), out));
    CHECK(vm.argParserKwtuples["test.probe"] == kwtuple); // built once
}

TEST_CASE("arg_parse: a METH_VARARGS call reads its arguments from a new tuple") {
    Interpreter interp;
    initVm(interp);
    Ref a = newInt(interp, 123456), b = newInt(interp, 654321);
    Object* args[2] = {a.get(), b.get()};
    const std::int64_t refsBefore = static_cast<std::int64_t>(a->refcnt);
    Ref r1(callMethodDef(interp, &kFastDef, nullptr, interp.none, args, 2, nullptr));
    REQUIRE(r1);
    CHECK(g_seenArgs0 == a.get());
    CHECK(g_seenRefcnt == refsBefore); // fastcall: the caller's array
    Ref r2(callMethodDef(interp, &kVarargsDef, nullptr, interp.none, args, 2, nullptr));
    REQUIRE(r2);
    CHECK(g_seenNargs == 2);
    CHECK(g_seenArgs0 == a.get());
    CHECK(g_seenRefcnt == refsBefore + 1); // held by the argument tuple during the call
    CHECK(static_cast<std::int64_t>(a->refcnt) == refsBefore); // and the tuple is gone after it
}
