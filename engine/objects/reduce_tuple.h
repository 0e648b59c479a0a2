// The value of a __reduce__ (the pickle protocol copy.copy / copy.deepcopy use), built as
// Py_BuildValue("O(" items ")" [state]) builds it: the outer tuple first, then the inner one.
#pragma once

#include "objects/tuple_object.h"

#include <initializer_list>
#include <vector>

namespace hs {

// (type(self), (items...)[, state]); steals `items` and `state` (also on failure). New reference,
// or nullptr with the error pending.
inline Object* reduceTuple(Interpreter& interp, Object* self, std::initializer_list<Object*> items, Object* state = nullptr) {
    std::vector<Ref> owned;
    for (Object* o : items) owned.emplace_back(o);
    Ref ownedState(state);
    Ref outer = newTuple(interp, state ? 3 : 2);
    if (!outer) return nullptr;
    incref(self->type);
    tupleSetItemSteal(outer.get(), 0, self->type);
    Ref inner = newTuple(interp, static_cast<std::int64_t>(owned.size()));
    if (!inner) return nullptr;
    for (std::size_t i = 0; i < owned.size(); ++i) tupleSetItemSteal(inner.get(), static_cast<std::int64_t>(i), owned[i].release());
    tupleSetItemSteal(outer.get(), 1, inner.release());
    if (state) tupleSetItemSteal(outer.get(), 2, ownedState.release());
    return outer.release();
}

} // namespace hs
