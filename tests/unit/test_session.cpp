// Tests of the public Session API: sandbox commands, snapshots and their versions, memory reads of
// live and freed objects, the heap audit (including a count broken on purpose), the heap limit.
#include "heapscope/session.h"
#include "runtime/interpreter.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace heapscope;

namespace {
const ObjectInfo* findObject(const Snapshot& s, Address a) {
    for (const ObjectInfo& o : s.objects)
        if (o.address == a) return &o;
    return nullptr;
}

std::uint64_t word(const Session& s, Address a) {
    std::uint64_t v = 0;
    REQUIRE(s.readMemory(a, 8, v).ok);
    return v;
}
} // namespace

TEST_CASE("a created list is a tracked generation-0 object with one reference") {
    Session s;
    CommandResult r = s.create("list", "a", "3");
    REQUIRE(r.ok);
    Snapshot snap = s.snapshot();
    const ObjectInfo* o = findObject(snap, r.address);
    REQUIRE(o);
    CHECK(snap.typeNames[o->typeIndex] == "list");
    CHECK(o->refcount == 1);
    CHECK(o->gcTracked);
    CHECK(o->generation == 0);
    CHECK(o->size == 88); // sys.getsizeof([0, 1, 2]) built by appends: capacity 4 -> 56 + 32
    CHECK(o->referents.size() == 3);
    CHECK(snap.roots.size() == 1);
    CHECK(snap.roots[0].name == "a");
    CHECK(s.audit().empty());
}

TEST_CASE("snapshot versions change with every command") {
    Session s;
    const std::uint64_t v0 = s.version();
    REQUIRE(s.create("dict", "d").ok);
    const std::uint64_t v1 = s.version();
    CHECK(v1 != v0);
    REQUIRE(s.unbind("d").ok);
    CHECK(s.version() != v1);
    CHECK(s.snapshot().version == s.version());
}

TEST_CASE("ob_refcnt and ob_type are readable at id and id + 8") {
    Session s;
    CommandResult list = s.create("list", "a");
    REQUIRE(s.bind("b", list.address).ok);
    CHECK(word(s, list.address) == 2);
    Snapshot snap = s.snapshot();
    std::uint64_t small = 0;
    REQUIRE(s.readMemory(list.address, 4, small).ok); // c_int reads the low half
    CHECK(small == 2);
    CHECK(word(s, list.address + 16) == 0); // ob_size of []
}

TEST_CASE("a freed list parks on the free list: refcount reads 0 and the address comes back") {
    Session s;
    CommandResult a = s.create("list", "a");
    REQUIRE(s.unbind("a").ok);
    CHECK(word(s, a.address) == 0);
    CommandResult b = s.create("list", "b");
    CHECK(b.address == a.address);
    CHECK(s.audit().empty());
}

TEST_CASE("a freed non-GC object's refcount word holds pymalloc's free-list link") {
    Session s;
    CommandResult x = s.create("int", "x", "123456789012");
    CommandResult y = s.create("int", "y", "123456789013");
    REQUIRE(x.ok);
    REQUIRE(y.ok);
    CHECK(y.address == x.address + 32); // consecutive blocks of the 32-byte class
    REQUIRE(s.unbind("y").ok);
    REQUIRE(s.unbind("x").ok);
    // facts §3.3: the block starts at id, so ob_refcnt is overwritten by the link to y's block.
    CHECK(word(s, x.address) == y.address);
    CommandResult z = s.create("int", "z", "99999999999");
    CHECK(z.address == x.address); // LIFO
}

TEST_CASE("reading an unmapped address is an error, not a crash") {
    Session s;
    std::uint64_t v = 0;
    CommandResult r = s.readMemory(0x10, 8, v);
    CHECK_FALSE(r.ok);
    CHECK(r.error == "OSError: exception: access violation reading 0x10");
}

TEST_CASE("the audit finds a refcount broken on purpose") {
    Session s;
    CommandResult a = s.create("list", "a", "2");
    CommandResult d = s.create("dict", "d", "2");
    REQUIRE(s.append(a.address, d.address).ok);
    CHECK(s.audit().empty());
    hs::Object* obj = s.interpreter().objectAt(d.address);
    REQUIRE(obj);
    obj->refcnt += 1;
    std::vector<std::string> problems = s.audit();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("dict at 0x") == 0);
    CHECK(problems[0].find("refcount 3, but 2 references found") != std::string::npos);
    obj->refcnt -= 1;
    CHECK(s.audit().empty());
}

TEST_CASE("containers hold references: dropping the root keeps what another container holds") {
    Session s;
    CommandResult outer = s.create("list", "outer");
    CommandResult inner = s.create("set", "inner", "3");
    REQUIRE(s.append(outer.address, inner.address).ok);
    REQUIRE(s.unbind("inner").ok);
    Snapshot snap = s.snapshot();
    const ObjectInfo* o = findObject(snap, inner.address);
    REQUIRE(o);
    CHECK(o->refcount == 1);
    REQUIRE(s.clear(outer.address).ok);
    CHECK(findObject(s.snapshot(), inner.address) == nullptr);
    CHECK(s.audit().empty());
}

TEST_CASE("exceeding the heap limit is a MemoryError and the session stays usable") {
    SessionOptions options;
    options.heapLimit = 1 << 20; // one arena
    Session s(options);
    CommandResult r = s.create("list", "big", "100000");
    CHECK_FALSE(r.ok);
    CHECK(r.error.rfind("MemoryError", 0) == 0);
    CHECK(s.create("list", "small", "3").ok);
    CHECK(s.audit().empty());
}

TEST_CASE("the memory map shows each block's state and type") {
    Session s;
    CommandResult a = s.create("list", "a", "1");
    Snapshot snap = s.snapshot();
    REQUIRE(!snap.arenas.empty());
    bool foundList = false;
    for (const ArenaInfo& arena : snap.arenas)
        for (const PoolInfo& pool : arena.pools)
            for (const BlockInfo& b : pool.blocks)
                if (b.state == BlockState::Object && b.object == a.address) {
                    foundList = true;
                    CHECK(snap.typeNames[b.typeIndex] == "list");
                    CHECK(pool.blockSize == 64); // 16 GC head + 40
                }
    CHECK(foundList);
    CHECK(snap.totals.arenas == snap.arenas.size());
    CHECK(snap.totals.blocksInUse > 0);
}

TEST_CASE("bad sandbox input gets a Python-style error") {
    Session s;
    CHECK(s.create("list", "1abc").error == "NameError: '1abc' is not a valid name");
    CHECK(s.create("widget", "w").error == "ValueError: unknown kind 'widget'");
    CHECK(s.unbind("nothing").error == "NameError: name 'nothing' is not defined");
    CHECK(s.append(0x1234, 0x5678).error == "ValueError: no live object at 0x1234");
    CommandResult t = s.create("tuple", "t", "2");
    CommandResult x = s.create("int", "x", "7");
    CHECK(s.append(t.address, x.address).error == "TypeError: cannot append to 'tuple' object");
}
