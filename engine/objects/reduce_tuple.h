// The pickle protocol's building blocks for built-in types: __reduce__ values built as
// Py_BuildValue builds them (each tuple before its items), and __setstate__'s state checks.
#pragma once

#include "objects/tuple_object.h"

#include <cstdint>
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

// One unit of a Py_BuildValue format: an object reference the builder steals ("N", or "O" given
// as a new reference; null = a failed earlier call), a C integer made when its turn comes
// ("n"/"i"/"l"), or a nested tuple "(...)" made before its items.
struct BuildItem {
    enum class Kind { Object, Int, Tuple } kind;
    Object* obj = nullptr;
    std::int64_t value = 0;
    std::vector<BuildItem> items;
    BuildItem(Object* o) : kind(Kind::Object), obj(o) {} // NOLINT: implicit, as "N"
};
inline BuildItem buildInt(std::int64_t v) {
    BuildItem b(nullptr);
    b.kind = BuildItem::Kind::Int;
    b.value = v;
    return b;
}
inline BuildItem buildTuple(std::initializer_list<BuildItem> items) {
    BuildItem b(nullptr);
    b.kind = BuildItem::Kind::Tuple;
    b.items = items;
    return b;
}
// Py_BuildValue of `item` (a tuple item gives a tuple): new reference, or nullptr with the error
// pending; every stolen reference is released either way (do_ignore).
Object* buildValue(Interpreter& interp, const BuildItem& item);

// __setstate__'s `if (!PyTuple_Check(state))` "state is not a tuple", then PyArg_ParseTuple's count
// check (an unnamed "function takes exactly/at least/at most N arguments"). False with TypeError.
bool stateTuple(Interpreter& interp, Object* state, std::int64_t min, std::int64_t max);
// PyArg_ParseTuple's "O!" for item `index` of a state tuple: the item (borrowed), or nullptr with
// "argument N must be <tp_name>, not <type or None>".
Object* stateItemOfType(Interpreter& interp, Object* state, std::int64_t index, TypeObject* type);

} // namespace hs
