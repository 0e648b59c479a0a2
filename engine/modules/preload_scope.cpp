// PreloadScope's cache bookkeeping: the program's free lists and slice cache set aside during a
// preloaded module's load, and the release of what the load parked in their place.
#include "modules/preload_scope.h"

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

} // namespace hs
