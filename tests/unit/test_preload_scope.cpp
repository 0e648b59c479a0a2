// Tests of engine/modules/preload_scope (a preloaded module's load leaves gen 0, its count and the
// free lists as they were) and of the struct module's Struct objects built on first import.
#include <doctest/doctest.h>

#include "modules/module_registry.h"
#include "modules/preload_scope.h"
#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/struct_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <string>
#include <vector>

using namespace hs;

TEST_CASE("PreloadScope: a load that drains the free lists and leaves cyclic garbage changes nothing visible") {
    Interpreter interp;
    initVm(interp);
    // Park a few tuples, lists and dicts, as earlier program code would have.
    {
        std::vector<Ref> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(newTuple(interp, 1));
            tupleSetItemSteal(held.back().get(), 0, interp.none);
            incref(interp.none);
            held.push_back(newList(interp, 0));
            held.push_back(newDict(interp));
        }
    }
    struct Lengths {
        std::size_t tuples1, lists, dicts;
    };
    auto lengths = [&] {
        const FreeLists& fl = interp.freeLists();
        return Lengths{fl.tuples[0].size(), fl.lists.size(), fl.dicts.size()};
    };
    const Lengths before = lengths();
    const std::vector<Object*> parkedLists = interp.freeLists().lists; // the program's own entries
    const std::int64_t count0 = interp.gc().generations[0].count;
    REQUIRE(before.tuples1 >= 3);
    REQUIRE(before.lists >= 3);
    REQUIRE(before.dicts >= 3);
    std::vector<Ref> kept; // the load's live objects (module contents), released before interp
    {
        PreloadScope scope(interp);
        std::vector<Ref> drained; // takes every parked entry
        for (std::size_t i = 0; i < before.tuples1; ++i) {
            drained.push_back(newTuple(interp, 1));
            tupleSetItemSteal(drained.back().get(), 0, interp.none);
            incref(interp.none);
        }
        for (std::size_t i = 0; i < before.lists; ++i) drained.push_back(newList(interp, 0));
        for (std::size_t i = 0; i < before.dicts + 2; ++i) drained.push_back(newDict(interp));
        // A two-list cycle the load drops: garbage only the collector can free.
        Ref a = newList(interp, 0), b = newList(interp, 0);
        REQUIRE(listAppend(a.get(), b.get()) == 0);
        REQUIRE(listAppend(b.get(), a.get()) == 0);
        // The drained objects stay alive past the scope (as module contents would).
        kept = std::move(drained);
    }
    const Lengths after = lengths();
    CHECK(after.tuples1 == before.tuples1);
    CHECK(interp.freeLists().lists == parkedLists); // the same entries, in the same order (ids reused as before)
    CHECK(after.lists == before.lists);
    CHECK(after.dicts == before.dicts);
    CHECK(interp.gc().generations[0].count == count0);
    CHECK(interp.gc().stats[0].collections == 0);
    CHECK(gclist::isEmpty(&interp.gc().generations[1].head));
}

TEST_CASE("struct: Struct sizes, native alignment, byte orders and CPython's range errors") {
    Interpreter interp;
    initVm(interp);
    Ref module = importModule(interp, "struct");
    REQUIRE(module);
    auto calcsize = [&](const char* fmt) {
        Ref f = newStrFromUtf8(interp, fmt);
        Ref s(newStruct(interp, f.get()));
        REQUIRE(s);
        return structSize(s.get());
    };
    CHECK(calcsize("ci") == 8);
    CHECK(calcsize("ic") == 5);
    CHECK(calcsize("<ci") == 5);
    CHECK(calcsize("@3s2xq") == 16);
    Ref fmt = newStrFromUtf8(interp, "<hH");
    Ref s(newStruct(interp, fmt.get()));
    REQUIRE(s);
    Ref a = newInt(interp, -2), b = newInt(interp, 65535);
    Object* args[2] = {a.get(), b.get()};
    Ref packed(structPack(s.get(), args, 2, nullptr));
    REQUIRE(packed);
    CHECK(std::string(bytesView(packed.get())) == std::string("\xfe\xff\xff\xff", 4));
    Ref big = newInt(interp, 65536);
    Object* bad[2] = {a.get(), big.get()};
    CHECK_FALSE(structPack(s.get(), bad, 2, nullptr));
    Ref exc = fetchError(interp);
    REQUIRE(exc);
    Ref text = objectStr(exc.get());
    CHECK(strToUtf8(text.get()) == "ushort format requires 0 <= number <= 65535");
    CHECK(exc->type->name == "error");
}
