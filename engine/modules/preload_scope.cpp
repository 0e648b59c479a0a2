// PreloadScope's cache bookkeeping: the program's free lists and slice cache set aside during a
// preloaded module's load, the release of what the load parked in their place, and the silent
// collection of the load's cyclic garbage.
#include "modules/preload_scope.h"

#include "gc/collector.h"
#include "objects/object.h"
#include "vm/vm_state.h"

#include <utility>
#include <vector>

namespace hs {

namespace {

void releaseObjects(Interpreter& interp, std::vector<Object*>& list) {
    while (!list.empty()) {
        Object* o = list.back();
        list.pop_back();
        interp.releaseRetained(o);
    }
}

} // namespace

ObjectCaches setAsideCaches(Interpreter& interp) {
    ObjectCaches saved;
    saved.freeLists = std::move(interp.freeLists());
    interp.freeLists() = FreeLists{};
    if (interp.vm) saved.slice = std::exchange(vmOf(interp).sliceCache, nullptr);
    return saved;
}

void restoreCaches(Interpreter& interp, ObjectCaches&& saved) {
    FreeLists& fl = interp.freeLists();
    releaseObjects(interp, fl.lists);
    releaseObjects(interp, fl.dicts);
    releaseObjects(interp, fl.floats);
    releaseObjects(interp, fl.asyncGenValues);
    releaseObjects(interp, fl.asyncGenASends);
    for (auto& tuples : fl.tuples) releaseObjects(interp, tuples);
    while (!fl.dictKeys.empty()) {
        const Addr a = fl.dictKeys.back();
        fl.dictKeys.pop_back();
        interp.freeBuffer(a);
    }
    fl = std::move(saved.freeLists);
    if (interp.vm) {
        if (Object* slice = std::exchange(vmOf(interp).sliceCache, saved.slice)) interp.releaseRetained(slice);
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
