// Tests of objects/exception_group: construction rules, split/subgroup structure and sharing,
// CHECK_EG_MATCH / PREP_RERAISE_STAR helpers, the boxed report, and except* through a Session.
#include "heapscope/session.h"
#include "objects/exception_group.h"
#include "objects/exception_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "runtime/traceback_print.h"
#include "vm/vm_state.h"

#include <doctest/doctest.h>

#include <string>

namespace {

hs::Ref exc(hs::Interpreter& interp, hs::TypeObject* type, const char* msg) {
    return hs::newExceptionWithMessage(interp, type, msg);
}

hs::Ref group(hs::Interpreter& interp, const char* msg, std::initializer_list<hs::Object*> items) {
    hs::Ref excs = hs::tuplePack(interp, items);
    return hs::createExceptionGroup(interp, msg, excs.get());
}

std::string runCells(const char* source, std::vector<std::string>* auditLog = nullptr) {
    heapscope::Session s;
    s.setAuditEachStatement(auditLog != nullptr);
    s.loadCells(source);
    CHECK(s.run() == heapscope::RunStatus::Done);
    if (auditLog) *auditLog = s.auditLog();
    return s.output();
}

} // namespace

TEST_CASE("exception group: BaseExceptionGroup becomes ExceptionGroup only when every member is an Exception") {
    hs::Interpreter interp;
    hs::initVm(interp);
    hs::VmState& vm = hs::vmOf(interp);
    REQUIRE(vm.exc.ExceptionGroup != nullptr);
    CHECK(vm.exc.ExceptionGroup->isHeapType());
    CHECK(hs::typeIsSubtype(vm.exc.ExceptionGroup, vm.exc.Exception));
    hs::Ref v = exc(interp, vm.exc.ValueError, "v");
    hs::Ref k = exc(interp, vm.exc.KeyboardInterrupt, "k");
    hs::Ref g1 = group(interp, "m", {v.get()});
    hs::Ref g2 = group(interp, "m", {v.get(), k.get()});
    REQUIRE(g1);
    REQUIRE(g2);
    CHECK(g1->type == vm.exc.ExceptionGroup);
    CHECK(g2->type == vm.exc.BaseExceptionGroup);
    CHECK(hs::isExceptionGroup(g1.get()));
    CHECK_FALSE(hs::isExceptionGroup(v.get()));
    CHECK(hs::strToUtf8(hs::objectStr(g2.get()).get()) == "m (2 sub-exceptions)");
    // The members are held by the exceptions tuple.
    CHECK(hs::tupleItem(hs::exceptionGroupExceptions(g2.get()), 1) == k.get());
    CHECK(v->refcnt == 3);
}

TEST_CASE("exception group: an empty or non-exception sequence is refused with CPython's messages") {
    hs::Interpreter interp;
    hs::initVm(interp);
    hs::VmState& vm = hs::vmOf(interp);
    hs::Ref empty = hs::newTuple(interp, 0);
    CHECK_FALSE(hs::createExceptionGroup(interp, "m", empty.get()));
    CHECK(hs::errTypeName(interp) == "ValueError");
    CHECK(interp.error().message == "second argument (exceptions) must be a non-empty sequence");
    hs::clearError(interp);
    hs::Ref v = exc(interp, vm.exc.ValueError, "v");
    hs::Ref notExc = hs::tuplePack(interp, {v.get(), interp.none});
    CHECK_FALSE(hs::createExceptionGroup(interp, "m", notExc.get()));
    CHECK(interp.error().message == "Item 1 of second argument (exceptions) is not an exception");
    hs::clearError(interp);
}

TEST_CASE("exception group: split keeps the nesting and shares the leaves") {
    hs::Interpreter interp;
    hs::initVm(interp);
    hs::VmState& vm = hs::vmOf(interp);
    hs::Ref v1 = exc(interp, vm.exc.ValueError, "1");
    hs::Ref t2 = exc(interp, vm.exc.TypeError, "2");
    hs::Ref v3 = exc(interp, vm.exc.ValueError, "3");
    hs::Ref inner = group(interp, "inner", {t2.get(), v3.get()});
    hs::Ref outer = group(interp, "outer", {v1.get(), inner.get()});
    hs::Object* matchType = vm.exc.ValueError;
    hs::Ref pair = hs::callMethodStr(outer.get(), "split", &matchType, 1);
    REQUIRE(pair);
    hs::Object* match = hs::tupleItem(pair.get(), 0);
    hs::Object* rest = hs::tupleItem(pair.get(), 1);
    CHECK(hs::reprOf(match) == "ExceptionGroup('outer', [ValueError('1'), ExceptionGroup('inner', [ValueError('3')])])");
    CHECK(hs::reprOf(rest) == "ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError('2')])])");
    hs::Object* matchedInner = hs::tupleItem(hs::exceptionGroupExceptions(match), 1);
    CHECK(hs::tupleItem(hs::exceptionGroupExceptions(matchedInner), 0) == v3.get());
    // A full match returns the group itself; no match gives None.
    hs::Object* base = vm.exc.BaseException;
    hs::Ref all = hs::callMethodStr(outer.get(), "subgroup", &base, 1);
    CHECK(all.get() == outer.get());
    hs::Object* keyError = vm.exc.KeyError;
    hs::Ref none = hs::callMethodStr(outer.get(), "subgroup", &keyError, 1);
    CHECK(none.get() == interp.none);
}

TEST_CASE("exception group: CHECK_EG_MATCH wraps a naked exception, PREP_RERAISE_STAR projects re-raised leaves") {
    hs::Interpreter interp;
    hs::initVm(interp);
    hs::VmState& vm = hs::vmOf(interp);
    hs::Ref v = exc(interp, vm.exc.ValueError, "naked");
    hs::Ref match, rest;
    REQUIRE(hs::exceptionGroupMatch(interp, v.get(), vm.exc.ValueError, match, rest) == 0);
    CHECK(hs::reprOf(match.get()) == "ExceptionGroup('', (ValueError('naked'),))");
    CHECK(rest.get() == interp.none);
    REQUIRE(hs::exceptionGroupMatch(interp, v.get(), vm.exc.TypeError, match, rest) == 0);
    CHECK(match.get() == interp.none);

    hs::Ref a = exc(interp, vm.exc.ValueError, "a");
    hs::Ref b = exc(interp, vm.exc.TypeError, "b");
    hs::Ref orig = group(interp, "orig", {a.get(), b.get()});
    // The first handler re-raised its part (same metadata as orig), the rest was unhandled: the
    // projection rebuilds the original shape from both.
    REQUIRE(hs::exceptionGroupMatch(interp, orig.get(), vm.exc.ValueError, match, rest) == 0);
    hs::Ref excs = hs::newList(interp, 0);
    hs::listAppend(excs.get(), match.get());
    hs::listAppend(excs.get(), rest.get());
    hs::Ref raised = hs::prepReraiseStar(interp, orig.get(), excs.get());
    CHECK(hs::reprOf(raised.get()) == "ExceptionGroup('orig', [ValueError('a'), TypeError('b')])");
    // One new exception alone is raised as it is (3.11.4+). It was raised while handling, so its
    // context differs from orig's (same metadata would mean "re-raised").
    hs::Ref fresh = exc(interp, vm.exc.KeyError, "new");
    hs::incref(a.get());
    hs::setExceptionContext(fresh.get(), a.get());
    hs::Ref only = hs::newList(interp, 0);
    hs::listAppend(only.get(), fresh.get());
    hs::listAppend(only.get(), interp.none);
    hs::Ref single = hs::prepReraiseStar(interp, orig.get(), only.get());
    CHECK(single.get() == fresh.get());
    hs::Ref nothing = hs::newList(interp, 0);
    CHECK(hs::prepReraiseStar(interp, orig.get(), nothing.get()).get() == interp.none);
}

TEST_CASE("exception group: the report boxes sub-exceptions and cuts at 15") {
    hs::Interpreter interp;
    hs::initVm(interp);
    hs::VmState& vm = hs::vmOf(interp);
    hs::Ref v = exc(interp, vm.exc.ValueError, "1");
    hs::Ref t = exc(interp, vm.exc.TypeError, "2");
    hs::Ref inner = group(interp, "inner", {t.get()});
    hs::Ref outer = group(interp, "outer", {v.get(), inner.get()});
    CHECK(hs::formatException(interp, outer.get()) ==
          "  | ExceptionGroup: outer (2 sub-exceptions)\n"
          "  +-+---------------- 1 ----------------\n"
          "    | ValueError: 1\n"
          "    +---------------- 2 ----------------\n"
          "    | ExceptionGroup: inner (1 sub-exception)\n"
          "    +-+---------------- 1 ----------------\n"
          "      | TypeError: 2\n"
          "      +------------------------------------\n");
    hs::Ref items = hs::newTuple(interp, 17);
    for (int i = 0; i < 17; ++i) hs::tupleSetItemSteal(items.get(), i, exc(interp, vm.exc.ValueError, "x").release());
    hs::Ref wide = hs::createExceptionGroup(interp, "wide", items.get());
    const std::string text = hs::formatException(interp, wide.get());
    CHECK(text.find("    +---------------- 15 ----------------\n") != std::string::npos);
    CHECK(text.find("    +---------------- ... ----------------\n    | and 2 more exceptions\n    +-----") != std::string::npos);
}

TEST_CASE("exception group: except* programs keep the heap audit clean") {
    const char* src =
        "def f():\n"
        "    try:\n"
        "        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])\n"
        "    except* ValueError as e:\n"
        "        print('V', e.exceptions)\n"
        "    except* TypeError:\n"
        "        raise OSError('io')\n"
        "try:\n"
        "    f()\n"
        "except ExceptionGroup as g:\n"
        "    print(repr(g))\n";
    std::vector<std::string> log;
    const std::string out = runCells(src, &log);
    CHECK(out == "V (ValueError(1),)\n"
                 "ExceptionGroup('', [OSError('io'), ExceptionGroup('eg', [KeyError(3)])])\n");
    CHECK(log.empty());
}
