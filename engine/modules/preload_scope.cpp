// PreloadScope's free-list bookkeeping: the lengths of the interpreter's free lists before a
// preloaded module's load, and the release of what the load parked on them.
#include "modules/preload_scope.h"

#include "objects/object.h"

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

void trimFreeLists(Interpreter& interp, const FreeListLengths& lengths) {
    FreeLists& fl = interp.freeLists();
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

} // namespace hs
