// Tests for heap subclasses of built-in types (objects/subtype_instance.cpp, class_object.cpp's
// type_new): the layout type_new computes per base and subtype_dealloc around the base's dealloc.
// Expected values are CPython 3.11's (C.__basicsize__, __dictoffset__, __weakrefoffset__).
#include <doctest/doctest.h>

#include "heapscope/session.h"
#include "objects/class_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <string>

using namespace hs;

namespace {

// type(name, (base,), ns) with an optional empty __slots__; a new reference to the class.
Ref makeClass(Interpreter& interp, const char* name, TypeObject* base, bool emptySlots = false) {
    Ref ns = newDict(interp);
    if (emptySlots) dictSetItem(ns.get(), newStrFromUtf8(interp, "__slots__").get(), interp.emptyTuple);
    Ref bases = tuplePack(interp, {base});
    Ref cls = typeNew(interp.types.type, newStrFromUtf8(interp, name).get(), bases.get(), ns.get(), nullptr);
    REQUIRE(cls);
    return cls;
}

struct Layout {
    std::int64_t basicsize, dictoffset, weaklistoffset;
    bool managedDict;
};

Layout layoutOf(Object* cls) {
    auto* t = static_cast<TypeObject*>(cls);
    return {t->basicsize, t->slots.dictOffset, t->slots.weaklistOffset, (t->flags & tpflags::kManagedDict) != 0};
}

} // namespace

TEST_CASE("type_new layout of a subclass per built-in base (CPython 3.11 values)") {
    Interpreter interp;
    initVm(interp);
    BuiltinTypes& b = interp.types;
    struct Row {
        TypeObject* base;
        Layout expected;
    };
    // Fixed-size bases get __weakref__ at the old basicsize and a managed dict counted back through
    // the 32-byte pre-header; var-sized bases (tuple, int, bytes) get only a dict pointer at -8.
    const Row rows[] = {
        {b.list, {48, -72, 40, true}},      {b.dict, {56, -80, 48, true}},      {b.tuple, {32, -8, 0, false}},
        {b.int_, {32, -8, 0, false}},       {b.float_, {32, -56, 24, true}},    {b.str, {88, -112, 80, true}},
        {b.bytes, {41, -8, 0, false}},      {b.set, {200, -224, 192, true}},    {b.frozenset, {200, -224, 192, true}},
    };
    for (const Row& row : rows) {
        CAPTURE(row.base->name);
        Ref cls = makeClass(interp, "C", row.base);
        const Layout got = layoutOf(cls.get());
        CHECK(got.basicsize == row.expected.basicsize);
        CHECK(got.dictoffset == row.expected.dictoffset);
        CHECK(got.weaklistoffset == row.expected.weaklistoffset);
        CHECK(got.managedDict == row.expected.managedDict);
        CHECK(static_cast<TypeObject*>(cls.get())->itemsize == row.base->itemsize);
        // __slots__ = (): the base's layout, nothing added.
        Ref slotted = makeClass(interp, "S", row.base, true);
        const Layout plain = layoutOf(slotted.get());
        CHECK(plain.basicsize == row.base->basicsize);
        CHECK(plain.dictoffset == 0);
        CHECK(plain.weaklistoffset == row.base->slots.weaklistOffset);
        CHECK_FALSE(plain.managedDict);
    }
}

TEST_CASE("a class derived from object keeps 3.11's layout: basicsize 24, dictoffset -48, weakrefoffset 16") {
    Interpreter interp;
    initVm(interp);
    Ref cls = makeClass(interp, "C", interp.types.object);
    const Layout got = layoutOf(cls.get());
    CHECK(got.basicsize == 24);
    CHECK(got.dictoffset == -48);
    CHECK(got.weaklistoffset == 16);
}

TEST_CASE("subtype_dealloc: a list subclass instance is tracked, never enters the list free list, and releases its class") {
    Interpreter interp;
    initVm(interp);
    Ref cls = makeClass(interp, "L", interp.types.list);
    const std::int64_t classRefs = cls->refcnt;
    const std::size_t freeLists = listFreeListSize(interp);
    Ref items = tuplePack(interp, {interp.none, interp.none});
    Object* args[1] = {items.get()};
    Ref inst = callType(static_cast<TypeObject*>(cls.get()), args, 1, nullptr);
    REQUIRE(inst);
    CHECK(inst->type == cls.get());
    CHECK(isList(inst.get()));
    CHECK(listSize(inst.get()) == 2);
    CHECK(GcState::isTracked(inst.get()));
    CHECK(cls->refcnt == classRefs + 1);
    // sys.getsizeof: basicsize 48 + 2 item slots + the 32-byte pre-header (GC head + managed dict).
    CHECK(inst->type->sizeOf(inst.get()) + inst->type->preHeaderSize() == 48 + 16 + 32);
    const std::int64_t noneRefs = interp.none->refcnt;
    inst = Ref();
    CHECK(cls->refcnt == classRefs);
    CHECK(listFreeListSize(interp) == freeLists);
    CHECK(interp.none->refcnt == noneRefs - 2);
}

TEST_CASE("subtype_dealloc: float and str subclass instances skip the free list and free a legacy string's data") {
    Interpreter interp;
    initVm(interp);
    Ref fcls = makeClass(interp, "F", interp.types.float_);
    const std::size_t floats = floatFreeListSize(interp);
    Ref one = newFloat(interp, 1.5);
    Object* fargs[1] = {one.get()};
    Ref f = callType(static_cast<TypeObject*>(fcls.get()), fargs, 1, nullptr);
    REQUIRE(f);
    CHECK(static_cast<FloatObject*>(f.get())->value == 1.5);
    CHECK(GcState::isTracked(f.get()));
    f = Ref();
    one = Ref();
    CHECK(floatFreeListSize(interp) == floats + 1); // only the exact float went to the free list

    Ref scls = makeClass(interp, "S", interp.types.str);
    Ref text = newStrFromUtf8(interp, "abc");
    Object* sargs[1] = {text.get()};
    Ref s = callType(static_cast<TypeObject*>(scls.get()), sargs, 1, nullptr);
    REQUIRE(s);
    CHECK(strToUtf8(s.get()) == "abc");
    CHECK(asStr(s.get())->legacyData != 0);
    // unicode___sizeof__ of a legacy string: 80 + (3 + 1) * 1, plus the 32-byte pre-header.
    CHECK(s->type->sizeOf(s.get()) + s->type->preHeaderSize() == 116);
    const std::int64_t classRefs = scls->refcnt;
    s = Ref();
    CHECK(scls->refcnt == classRefs - 1);
}

TEST_CASE("subtype_dealloc under the trashcan: 100000 nested list/dict/tuple subclass instances free without recursion") {
    heapscope::Session s;
    s.loadCells("class L(list): pass\nclass D(dict): pass\nclass T(tuple): pass\n"
                "x = L()\nfor i in range(100000):\n    x = L([x])\ndel x\n"
                "d = D()\nfor i in range(30000):\n    d = D(child=d)\ndel d\n"
                "t = T()\nfor i in range(30000):\n    t = T((t,))\ndel t\n"
                "import gc\nprint(gc.collect())\n");
    CHECK(s.run() == heapscope::RunStatus::Done);
    CHECK(s.output() == "0\n");
}

TEST_CASE("readField of a list subclass instance: the __weakref__ head and the managed dict word") {
    heapscope::Session s;
    s.loadCells("import ctypes, weakref\nclass L(list): pass\nl = L([1, 2])\nr = weakref.ref(l)\nl.x = 1\nd = l.__dict__\n"
                "print(ctypes.c_void_p.from_address(id(l) + 40).value == id(r))\n"
                "print(ctypes.c_void_p.from_address(id(l) - 24).value == id(d))\n"
                "print(ctypes.c_ssize_t.from_address(id(l) + 16).value)\n");
    CHECK(s.run() == heapscope::RunStatus::Done);
    CHECK(s.output() == "True\nTrue\n2\n");
}
