// PreloadScope's free-list bookkeeping: the lengths of the interpreter's free lists before a
// preloaded module's load, and the release of what the load parked on them.
#include "modules/preload_scope.h"

#include "gc/collector.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/list_object.h"
#include "objects/object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"

#include <vector>

namespace hs {

namespace {

void trimObjects(Interpreter& interp, std::vector<Object*>& list, std::size_t length) {
    while (list.size() > length) {
        Object* o = list.back();
        list.pop_back();
        interp.releaseRetained(o);
    }
}

} // namespace

FreeListLengths freeListLengths(Interpreter& interp) {
    FreeLists& fl = interp.freeLists();
    FreeListLengths lengths;
    lengths.lists = fl.lists.size();
    lengths.dicts = fl.dicts.size();
    lengths.dictKeys = fl.dictKeys.size();
    lengths.floats = fl.floats.size();
    for (std::size_t i = 0; i < FreeLists::kTupleMaxSaveSize; ++i) lengths.tuples[i] = fl.tuples[i].size();
    return lengths;
}

// Refills a free list the load took entries from: `make` allocates (from the list while it has
// entries, then fresh) until `target` objects are held, which are then released newest first, so
// the old entries go back on top in their old order with the fresh ones under them.
template <class Make> void refill(Interpreter& interp, std::size_t current, std::size_t target, Make make) {
    if (current >= target) return;
    std::vector<Ref> held;
    for (std::size_t i = 0; i < target; ++i) {
        Ref o = make();
        if (!o) {
            clearError(interp);
            break;
        }
        held.push_back(std::move(o));
    }
    while (!held.empty()) held.pop_back();
}

void trimFreeLists(Interpreter& interp, const FreeListLengths& lengths) {
    FreeLists& fl = interp.freeLists();
    // Entries the load took are given back first (parked by the deallocs of new objects), so later
    // allocations reuse as many as they would have: CPython's startup left those lists as they are.
    refill(interp, fl.dictKeys.size(), lengths.dictKeys, [&]() -> Ref {
        Ref d = newDict(interp);
        Ref key = internName(interp, "__preload__");
        if (!d || !key || dictSetItem(d.get(), key.get(), interp.none) < 0) return Ref();
        return d;
    });
    for (std::size_t i = 0; i < FreeLists::kTupleMaxSaveSize; ++i) // tuples[i]: length i + 1
        refill(interp, fl.tuples[i].size(), lengths.tuples[i], [&]() -> Ref {
            Ref t = newTuple(interp, static_cast<std::int64_t>(i + 1));
            if (!t) return Ref();
            for (std::size_t k = 0; k <= i; ++k) {
                incref(interp.none);
                tupleSetItemSteal(t.get(), static_cast<std::int64_t>(k), interp.none);
            }
            return t;
        });
    refill(interp, fl.lists.size(), lengths.lists, [&]() { return newList(interp, 0); });
    refill(interp, fl.dicts.size(), lengths.dicts, [&]() { return newDict(interp); });
    refill(interp, fl.floats.size(), lengths.floats, [&]() { return newFloat(interp, 0.0); });
    trimObjects(interp, fl.lists, lengths.lists);
    trimObjects(interp, fl.dicts, lengths.dicts);
    trimObjects(interp, fl.floats, lengths.floats);
    for (std::size_t i = 0; i < FreeLists::kTupleMaxSaveSize; ++i) trimObjects(interp, fl.tuples[i], lengths.tuples[i]);
    while (fl.dictKeys.size() > lengths.dictKeys) {
        const Addr a = fl.dictKeys.back();
        fl.dictKeys.pop_back();
        interp.freeBuffer(a);
    }
}

void collectLoadGarbage(Interpreter& interp) {
    GcState& gc = interp.gc();
    if (gc.collecting || gclist::isEmpty(&gc.generations[0].head)) return;
    GcHead older;
    gclist::init(&older);
    gclist::merge(&gc.generations[1].head, &older);
    const GcGenerationStats stats = gc.stats[0];
    const std::int64_t count0 = gc.generations[0].count, count1 = gc.generations[1].count;
    const int debug = gc.debug;
    gc.debug = 0;
    gc.collecting = true;
    interp.collector().collect(0);
    gc.collecting = false;
    gc.debug = debug;
    gclist::merge(&gc.generations[1].head, &gc.generations[2].head);
    gclist::merge(&older, &gc.generations[1].head);
    gc.stats[0] = stats;
    gc.generations[0].count = count0;
    gc.generations[1].count = count1;
}

} // namespace hs
