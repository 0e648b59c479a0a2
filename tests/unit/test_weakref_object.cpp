// Tests for weakref objects (engine/objects/weakref_object.cpp) and the collector's handle_weakrefs:
// the shared basic ref, list order, callback order at refcount death, and a known cyclic heap.
// Expected behaviour follows Objects/weakrefobject.c and Modules/gcmodule.c (3.11).
#include <doctest/doctest.h>

#include "gc/collector.h"
#include "heapscope/session.h"
#include "objects/builtin_function_object.h"
#include "objects/list_object.h"
#include "objects/set_object.h"
#include "objects/weakref_object.h"
#include "runtime/interpreter.h"
#include "vm/vm_state.h"

#include <string>
#include <vector>

using namespace hs;

namespace {

// Every call of the recording callback appends its argument (borrowed, compared by identity).
std::vector<Object*> g_calls;

Object* recordCall(Object*, Object* const* args, std::int64_t, Object*) {
    g_calls.push_back(args[0]);
    Interpreter& interp = *args[0]->type->interp;
    incref(interp.none);
    return interp.none;
}
const MethodDef kRecordDef = {"record", recordCall, meth::kO};

std::string runCells(const char* source) {
    heapscope::Session s;
    s.loadCells(source);
    CHECK(s.run() == heapscope::RunStatus::Done);
    return s.output();
}

} // namespace

TEST_CASE("weakref: two callback-less refs are one object; callbacks make new ones, listed after it") {
    Interpreter interp;
    initVm(interp);
    Ref target = newSet(interp);
    Ref cb = newBuiltinFunction(interp, &kRecordDef, nullptr, nullptr);
    Ref withCallback = newWeakref(interp, target.get(), cb.get());
    Ref basic = newWeakref(interp, target.get(), nullptr);
    Ref again = newWeakref(interp, target.get(), interp.none);
    REQUIRE(basic);
    CHECK(basic.get() == again.get());
    CHECK(basic->refcnt == 2);
    CHECK(withCallback.get() != basic.get());
    CHECK(weakrefCount(target.get()) == 2);
    Ref list = weakrefList(target.get());
    CHECK(listItem(list.get(), 0) == basic.get()); // the basic ref always heads the list
    CHECK(listItem(list.get(), 1) == withCallback.get());
    CHECK(weakrefObject(basic.get()) == target.get());
}

TEST_CASE("weakref: at refcount death callbacks run newest first, after every ref is cleared") {
    Interpreter interp;
    initVm(interp);
    Ref target = newSet(interp);
    Ref cb = newBuiltinFunction(interp, &kRecordDef, nullptr, nullptr);
    Ref first = newWeakref(interp, target.get(), cb.get());
    Ref second = newWeakref(interp, target.get(), cb.get());
    Ref third = newWeakref(interp, target.get(), cb.get());
    g_calls.clear();
    target = Ref();
    REQUIRE(g_calls.size() == 3);
    CHECK(g_calls[0] == third.get());
    CHECK(g_calls[1] == second.get());
    CHECK(g_calls[2] == first.get());
    for (Object* wr : {first.get(), second.get(), third.get()}) CHECK(weakrefObject(wr) == interp.none);
    CHECK(cb->refcnt == 1); // the refs dropped their callbacks
}

TEST_CASE("handle_weakrefs on a known cyclic heap: refs to trash cleared, only reachable refs call back") {
    // A = [S, A]: a self-cycle holding the set S (S is reachable only from A).
    // W1 = ref(S, cb) held by the test: cleared, its callback runs with W1.
    // W2 = ref(S, cb) stored in A: trash itself, cleared without its callback.
    // W3 = ref(S) held by the test: cleared, no callback.
    Interpreter interp;
    initVm(interp);
    Collector(interp).collect(2);
    Ref cb = newBuiltinFunction(interp, &kRecordDef, nullptr, nullptr);
    Ref w1, w3;
    {
        Ref s = newSet(interp);
        Ref a = newList(interp, 0);
        REQUIRE(listAppend(a.get(), s.get()) == 0);
        REQUIRE(listAppend(a.get(), a.get()) == 0);
        w1 = newWeakref(interp, s.get(), cb.get());
        Ref w2 = newWeakref(interp, s.get(), cb.get());
        REQUIRE(listAppend(a.get(), w2.get()) == 0);
        w3 = newWeakref(interp, s.get(), nullptr);
    }
    CHECK(weakrefObject(w1.get()) != interp.none);
    g_calls.clear();
    const std::int64_t collected = Collector(interp).collect(2);
    CHECK(collected == 3); // A, S and W2
    REQUIRE(g_calls.size() == 1);
    CHECK(g_calls[0] == w1.get());
    CHECK(weakrefObject(w1.get()) == interp.none);
    CHECK(weakrefObject(w3.get()) == interp.none);
    CHECK(w1->refcnt == 1);
}

TEST_CASE("weakref: Python-level behaviour matches CPython 3.11 transcripts") {
    // Expected outputs produced by python3.11 tools/cpython_cells.py.
    CHECK(runCells("import weakref\nclass C: pass\nc = C()\nr = weakref.ref(c)\nprint(r is weakref.ref(c), r() is c)\n"
                   "del c\nprint(r(), repr(r).endswith('; dead>'))\n") == "True True\nNone True\n");
    CHECK(runCells("import weakref, gc\nclass N: pass\ngc.collect()\nn = N()\nn.me = n\nlog = []\n"
                   "w = weakref.ref(n, lambda r: log.append(r() is None))\ndel n\nprint(gc.collect(), log)\n") ==
          "1 [True]\n");
    CHECK(runCells("import weakref\ntry:\n    weakref.ref(1)\nexcept TypeError as e:\n    print(e)\n") ==
          "cannot create weak reference to 'int' object\n");
}

TEST_CASE("weakref: the heap audit finds no mismatch after any statement of weakref programs") {
    const char* source =
        "import gc, weakref\n"
        "class C:\n    def m(self): return 1\n"
        "a, b = C(), C()\n"
        "r = weakref.ref(a)\np = weakref.proxy(a)\nq = weakref.ref(a, lambda w: None)\n"
        "wv = weakref.WeakValueDictionary({'a': a})\nwk = weakref.WeakKeyDictionary({b: 1})\n"
        "ws = weakref.WeakSet([a, b])\nwm = weakref.WeakMethod(a.m)\nfin = weakref.finalize(b, print, 'fin')\n"
        "a.me = a\n"
        "del a\n"
        "n = gc.collect()\n"
        "del b\n"
        "print(n, r(), len(wv), len(wk), len(ws), wm(), fin.alive)\n";
    heapscope::Session s;
    s.setAuditEachStatement(true);
    s.loadCells(source);
    CHECK(s.run() == heapscope::RunStatus::Done);
    CHECK(s.output() == "fin\n3 None 0 0 0 None False\n"); // python3.11
    CHECK(s.auditLog().empty());
    for (const auto& line : s.auditLog()) MESSAGE(line);
}

TEST_CASE("weakref: importing weakref leaves generation 0 as it was (the module looks preloaded)") {
    // python3.11: "1 (0, 1, 0)" — the cycle made before the import is still in generation 0.
    CHECK(runCells("import gc\nclass A: pass\ngc.collect()\na = A(); a.me = a; del a\nimport weakref\n"
                   "print(gc.collect(0), gc.get_count())\n") == "1 (0, 1, 0)\n");
}

TEST_CASE("weakref: program exit runs finalize objects newest first, then collects the namespace") {
    // python3.11 tools/cpython_cells.py: the finalizers run at exit, then __del__ of what the
    // namespace kept (the class's methods put the namespace in a cycle).
    heapscope::Session s;
    s.loadCells("import weakref\nclass C:\n    def __del__(self): print('del', id(self) == ident)\n"
                "c = C()\nident = id(c)\nd = C()\nweakref.finalize(d, print, 'first')\n"
                "weakref.finalize(c, print, 'second')\nprint('end')\n");
    CHECK(s.run() == heapscope::RunStatus::Done);
    CHECK(s.output() == "end\n");
    s.exitProgram();
    CHECK(s.output() == "end\nsecond\nfirst\ndel True\ndel False\n");
}

TEST_CASE("weakref: weak containers and callbacks stay consistent under GC stress") {
    // A collection on every GC allocation: callbacks then run inside ClearWeakRefs, inside
    // handle_weakrefs and during the containers' own bookkeeping; the heap must stay consistent.
    heapscope::SessionOptions options;
    options.gcStress = true;
    heapscope::Session s(options);
    s.setAuditEachStatement(true);
    s.loadCells("import weakref\nclass N:\n    def __init__(self, i): self.i = i; self.me = self\n"
                "wv = weakref.WeakValueDictionary()\nws = weakref.WeakSet()\nwk = weakref.WeakKeyDictionary()\n"
                "log = []\nfor i in range(20):\n    n = N(i)\n    wv[i] = n\n    ws.add(n)\n    wk[n] = i\n"
                "    weakref.ref(n, log.append)\n    weakref.finalize(n, log.append, i)\n"
                "del n\nimport gc\ngc.collect()\nprint(len(wv), len(ws), len(wk), len(log) >= 20)\n");
    CHECK(s.run() == heapscope::RunStatus::Done);
    CHECK(s.output() == "0 0 0 True\n");
    CHECK(s.auditLog().empty());
    for (const auto& line : s.auditLog()) MESSAGE(line);
}
