// Dict views (dict_keys / dict_values / dict_items) and dict iterators: creation, next with the
// "changed size during iteration" checks, items() result-tuple reuse, reprs, set operations.
#include "objects/dictview_object.h"

#include "objects/descr_object.h"
#include "objects/dict_keys.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/iterator_objects.h"
#include "objects/list_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/type_methods.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
DictViewObject* asView(Object* o) { return static_cast<DictViewObject*>(o); }
DictIterObject* asDictIter(Object* o) { return static_cast<DictIterObject*>(o); }
const DictObject* asDict(const Object* o) { return static_cast<const DictObject*>(o); }

enum class Kind { Keys, Values, Items };

Kind iterKind(const Object* o) {
    const VmTypes& t = vmOf(o).types;
    if (o->type == t.dictValueIterator || o->type == t.dictReverseValueIterator) return Kind::Values;
    if (o->type == t.dictItemIterator || o->type == t.dictReverseItemIterator) return Kind::Items;
    return Kind::Keys;
}

Ref newIter(Interpreter& interp, TypeObject* type, Object* dict, bool items, bool reversed) {
    auto* it = interp.newObject<DictIterObject>(type, 56);
    if (!it) return Ref();
    Ref ref(it);
    incref(dict);
    it->dict = dict;
    it->used = dictSize(dict);
    it->len = dictSize(dict);
    // A reverse iterator starts at the table's last entry (dictiter_new: dk_nentries - 1; for a
    // split table ma_used - 1 in insertion order, which the private host table keeps).
    it->pos = reversed ? asDict(dict)->keys->nentries - 1 : 0;
    if (items) {
        it->result = tuplePack(interp, {interp.none, interp.none}).release();
        if (!it->result) return Ref();
    }
    interp.gc().track(it);
    return ref;
}

// The key, value or (reused) item tuple of an entry for a dict iterator of `o`'s kind: new reference.
Object* dictIterResult(Object* o, Object* key, Object* value);

// The dict an iterator still walks, or nullptr: exhausted, or its size changed since the iterator
// was made (then the RuntimeError is set, and stays: `used` becomes -1).
Object* walkedDict(Object* o) {
    DictIterObject* it = asDictIter(o);
    Object* d = it->dict;
    if (!d) return nullptr;
    if (it->used != dictSize(d)) {
        Interpreter& interp = interpOf(o);
        raiseError(interp, vmOf(interp).exc.RuntimeError, "dictionary changed size during iteration");
        it->used = -1;
        return nullptr;
    }
    return d;
}

Object* dictIterNext(Object* o) {
    DictIterObject* it = asDictIter(o);
    Object* d = walkedDict(o);
    if (!d) return nullptr;
    Object *key = nullptr, *value = nullptr;
    std::int64_t pos = it->pos;
    if (!dictNext(d, pos, &key, &value)) {
        xdecref(std::exchange(it->dict, nullptr));
        return nullptr;
    }
    if (it->len == 0) {
        raiseError(interpOf(o), vmOf(o).exc.RuntimeError, "dictionary keys changed during iteration");
        it->len = -1;
        return nullptr;
    }
    it->pos = pos;
    --it->len;
    return dictIterResult(o, key, value);
}

Object* dictIterResult(Object* o, Object* key, Object* value) {
    DictIterObject* it = asDictIter(o);
    Interpreter& interp = interpOf(o);
    switch (iterKind(o)) {
    case Kind::Keys: incref(key); return key;
    case Kind::Values: incref(value); return value;
    case Kind::Items: break;
    }
    incref(key);
    incref(value);
    Object* result = it->result;
    if (result->refcnt == 1) {
        Object* oldKey = tupleItem(result, 0);
        Object* oldValue = tupleItem(result, 1);
        tupleSetItemSteal(result, 0, key);
        tupleSetItemSteal(result, 1, value);
        incref(result);
        decref(oldKey);
        decref(oldValue);
        if (!GcState::isTracked(result)) interp.gc().track(result);
        return result;
    }
    Ref fresh = newTuple(interp, 2);
    if (!fresh) return nullptr;
    tupleSetItemSteal(fresh.get(), 0, key);
    tupleSetItemSteal(fresh.get(), 1, value);
    return fresh.release();
}

// dictreviter_iternext: the live entries from the last one backwards; a size change since the
// iterator was made is the sticky RuntimeError; at the end the dict is let go.
Object* dictRevIterNext(Object* o) {
    DictIterObject* it = asDictIter(o);
    Object* d = walkedDict(o);
    if (!d) return nullptr;
    const DictKeys* keys = asDict(d)->keys;
    const DictEntry* entries = keys->entries();
    std::int64_t i = it->pos < keys->nentries ? it->pos : keys->nentries - 1; // (a resize compacted the table)
    while (i >= 0 && entries[i].value == nullptr) --i;
    if (i < 0) {
        xdecref(std::exchange(it->dict, nullptr));
        return nullptr;
    }
    it->pos = i - 1;
    --it->len;
    return dictIterResult(o, entries[i].key, entries[i].value);
}

void dictIterDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    DictIterObject* it = asDictIter(o);
    xdecref(std::exchange(it->dict, nullptr));
    xdecref(std::exchange(it->result, nullptr));
    interp.freeObject(o);
}

int dictIterTraverse(Object* o, VisitProc visit, void* arg) {
    DictIterObject* it = asDictIter(o);
    if (it->dict)
        if (int r = visit(it->dict, arg)) return r;
    if (it->result)
        if (int r = visit(it->result, arg)) return r;
    return 0;
}

Object* selfIter(Object* o) {
    incref(o);
    return o;
}

Object* dictIterLengthHint(Object* self, Object* const*, std::int64_t, Object*) {
    DictIterObject* it = asDictIter(self);
    std::int64_t n = 0;
    if (it->dict && it->used == dictSize(it->dict)) n = it->len;
    return newInt(interpOf(self), n).release();
}
// dictiter_reduce / dictreviter_reduce: (iter, (list of what is left,)). CPython iterates a copy
// of the iterator struct (its own reference to the dict, the same result tuple); here the iterator
// itself, its position put back afterwards.
Object* dictIterReduce(Object* self, Object* const*, std::int64_t, Object*) {
    DictIterObject* it = asDictIter(self);
    Interpreter& interp = interpOf(self);
    Object* dict = it->dict;
    const std::int64_t used = it->used, pos = it->pos, len = it->len;
    xincref(dict); // tmp's reference (Py_XINCREF(tmp.di_dict))
    Ref list = sequenceList(self);
    xdecref(it->dict); // null once the walk reached the end (which dropped tmp's reference)
    it->dict = dict;
    it->used = used;
    it->pos = pos;
    it->len = len;
    if (!list) return nullptr;
    return iterReduceOfList(interp, std::move(list));
}
const MethodDef kIterMethods[] = {
    {"__length_hint__", dictIterLengthHint, meth::kNoArgs},
    {"__reduce__", dictIterReduce, meth::kNoArgs},
    {nullptr, nullptr, 0},
};

// reversed(dict) / reversed(view): dict_reversekeyiterator / _reversevalueiterator / _reverseitemiterator.
Ref newReverseIter(Interpreter& interp, Object* dict, Kind kind) {
    const VmTypes& t = vmOf(interp).types;
    TypeObject* type = kind == Kind::Keys ? t.dictReverseKeyIterator : kind == Kind::Values ? t.dictReverseValueIterator : t.dictReverseItemIterator;
    return newIter(interp, type, dict, kind == Kind::Items, true);
}

// ---------------------------------------------------------------- views

Ref newView(Interpreter& interp, TypeObject* type, Object* dict) {
    auto* v = interp.newObject<DictViewObject>(type, 24);
    if (!v) return Ref();
    incref(dict);
    v->dict = dict;
    interp.gc().track(v);
    return Ref(v);
}

Kind viewKind(const Object* o) {
    const VmTypes& t = vmOf(o).types;
    if (o->type == t.dictValues) return Kind::Values;
    if (o->type == t.dictItems) return Kind::Items;
    return Kind::Keys;
}

void viewDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    xdecref(std::exchange(asView(o)->dict, nullptr));
    interp.freeObject(o);
}
int viewTraverse(Object* o, VisitProc visit, void* arg) {
    Object* d = asView(o)->dict;
    return d ? visit(d, arg) : 0;
}
std::int64_t viewLen(Object* o) { return dictSize(asView(o)->dict); }
Object* viewIter(Object* o) {
    Interpreter& interp = interpOf(o);
    switch (viewKind(o)) {
    case Kind::Keys: return newDictKeyIterator(interp, asView(o)->dict).release();
    case Kind::Values: return newDictValueIterator(interp, asView(o)->dict).release();
    case Kind::Items: return newDictItemIterator(interp, asView(o)->dict).release();
    }
    return nullptr;
}
int viewContains(Object* o, Object* x) {
    Object* d = asView(o)->dict;
    switch (viewKind(o)) {
    case Kind::Keys: return dictContains(d, x);
    case Kind::Items: {
        if (!isTuple(x) || tupleSize(x) != 2) return 0;
        Object* v = dictGetItem(d, tupleItem(x, 0));
        if (!v) return errOccurred(interpOf(o)) ? -1 : 0;
        Ref keep = Ref::borrowed(v);
        return objectRichCompareBool(v, tupleItem(x, 1), CompareOp::Eq);
    }
    case Kind::Values: {
        Ref list = dictValues(d);
        return list ? listContains(list.get(), x) : -1;
    }
    }
    return 0;
}
Object* viewRepr(Object* o) {
    Interpreter& interp = interpOf(o);
    ReprGuard guard(o);
    if (guard.active()) return newStrFromAscii(interp, "...").release();
    Ref list = sequenceList(o);
    if (!list) return nullptr;
    Ref r = objectRepr(list.get());
    if (!r) return nullptr;
    return newStrFromUtf8(interp, o->type->name + "(" + strToUtf8(r.get()) + ")").release();
}
Object* viewReversed(Object* self, Object* const*, std::int64_t, Object*) {
    return newReverseIter(interpOf(self), asView(self)->dict, viewKind(self)).release();
}
bool isSetView(const Object* o);

// dictviews_isdisjoint: against a set or a keys/items view the shorter side is iterated, its
// items looked up in the other (PySequence_Contains); any other iterable is iterated.
Object* viewIsDisjoint(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Object* other = args[0];
    if (self == other) return newBool(interp, viewLen(self) == 0);
    if (isAnySet(other) || isSetView(other)) {
        const std::int64_t lenOther = objectLength(other);
        if (lenOther < 0) return nullptr;
        if (lenOther > viewLen(self)) std::swap(self, other);
    }
    Ref it = getIter(other);
    if (!it) return nullptr;
    for (;;) {
        Ref x = iterNext(it.get());
        if (!x) {
            if (errOccurred(interp)) return nullptr;
            return newBool(interp, true);
        }
        const int c = containsOp(self, x.get());
        if (c < 0) return nullptr;
        if (c) return newBool(interp, false);
    }
}
const MethodDef kViewMethods[] = {
    {"__reversed__", viewReversed, meth::kNoArgs}, {"isdisjoint", viewIsDisjoint, meth::kO}, {nullptr, nullptr, 0}};
const MethodDef kValuesMethods[] = {{"__reversed__", viewReversed, meth::kNoArgs}, {nullptr, nullptr, 0}};

// ---------------------------------------------------------------- set operations (keys, items)

bool isSetView(const Object* o) {
    const auto& t = vmOf(interpOf(o)).types;
    return o->type == t.dictKeys || o->type == t.dictItems;
}

// dictviews_to_set: PySet_New of the operand, of an exact dict behind a keys view directly (the
// dict fast path of set_update_internal). The operand may be the other side of a reflected op.
Ref viewsToSet(Interpreter& interp, Object* self) {
    Object* left = self;
    if (self->type == vmOf(interp).types.dictKeys && isDictExact(asView(self)->dict)) left = asView(self)->dict;
    return newSetFrom(interp, left);
}

// dictviews_sub / dictviews_xor: the set of self, then its difference_update /
// symmetric_difference_update method called with other.
template <const char* Method> Object* viewsToSetThen(Object* self, Object* other) {
    Interpreter& interp = interpOf(isDictView(self) ? self : other);
    Ref result = viewsToSet(interp, self);
    if (!result) return nullptr;
    Ref tmp = callMethodStr(result.get(), Method, &other, 1);
    if (!tmp) return nullptr;
    return result.release();
}
constexpr char kDifferenceUpdate[] = "difference_update";
constexpr char kSymmetricDifferenceUpdate[] = "symmetric_difference_update";

// dictviews_or: the set of self updated with other.
Object* viewsOr(Object* self, Object* other) {
    Interpreter& interp = interpOf(isDictView(self) ? self : other);
    Ref result = viewsToSet(interp, self);
    if (!result || setUpdate(result.get(), other) < 0) return nullptr;
    return result.release();
}

// _PyDictView_Intersect: the view on the left; an exact set at least as large does the work
// (set.intersection); between two views the larger is probed; else other's items, in its
// iteration order, that the view contains.
Object* viewsAnd(Object* self, Object* other) {
    if (!isSetView(self)) std::swap(self, other);
    Interpreter& interp = interpOf(self);
    const std::int64_t lenSelf = viewLen(self);
    if (other->type == interp.types.set && lenSelf <= setSize(other))
        return callMethodStr(other, "intersection", &self, 1).release();
    if (isSetView(other) && viewLen(other) > lenSelf) std::swap(self, other);
    Ref result = newSet(interp);
    if (!result) return nullptr;
    Ref it = getIter(other);
    if (!it) return nullptr;
    for (;;) {
        Ref key = iterNext(it.get());
        if (!key) return errOccurred(interp) ? nullptr : result.release();
        const int rv = viewContains(self, key.get());
        if (rv < 0 || (rv && setAdd(result.get(), key.get()) < 0)) return nullptr;
    }
}

// dictitems_xor: the pairs of either items view whose key is missing from, or whose value
// differs in, the other: d2's in its order, then what is left of a copy of d1.
Object* itemsXor(Object* self, Object* other) {
    Interpreter& interp = interpOf(self);
    Object* d2 = asView(other)->dict;
    Ref tempDict = dictCopy(asView(self)->dict);
    if (!tempDict) return nullptr;
    Ref resultSet = newSet(interp);
    if (!resultSet) return nullptr;
    std::int64_t pos = 0, hash = 0;
    Object *k = nullptr, *v = nullptr;
    while (dictNext(d2, pos, &k, &v, &hash)) {
        Ref key = Ref::borrowed(k), val2 = Ref::borrowed(v);
        Ref val1 = Ref::borrowed(dictGetItemKnownHash(tempDict.get(), key.get(), hash));
        if (!val1 && errOccurred(interp)) return nullptr;
        const int toDelete = val1 ? objectRichCompareBool(val1.get(), val2.get(), CompareOp::Eq) : 0;
        if (toDelete < 0) return nullptr;
        if (toDelete) {
            if (dictDelItem(tempDict.get(), key.get()) < 0) return nullptr;
        } else {
            Ref pair = tuplePack(interp, {key.get(), val2.get()});
            if (!pair || setAdd(resultSet.get(), pair.get()) < 0) return nullptr;
        }
    }
    Ref remaining = callMethodStr(tempDict.get(), "items", nullptr, 0);
    if (!remaining || setUpdate(resultSet.get(), remaining.get()) < 0) return nullptr;
    tempDict = Ref();
    remaining = Ref();
    return resultSet.release();
}

Object* viewsXor(Object* self, Object* other) {
    const auto& t = vmOf(interpOf(isDictView(self) ? self : other)).types;
    if (self->type == t.dictItems && other->type == t.dictItems) return itemsXor(self, other);
    return viewsToSetThen<kSymmetricDifferenceUpdate>(self, other);
}

NumberSlots makeViewNumber() {
    NumberSlots n;
    n.binary[nbop::OR] = viewsOr;
    n.binary[nbop::AND] = viewsAnd;
    n.binary[nbop::SUBTRACT] = viewsToSetThen<kDifferenceUpdate>;
    n.binary[nbop::XOR] = viewsXor;
    return n;
}
const NumberSlots kViewNumber = makeViewNumber();

// all_contained_in: every item of self's iteration is `in` other. 1, 0 or -1.
int allContainedIn(Object* self, Object* other) {
    Interpreter& interp = interpOf(self);
    Ref it = getIter(self);
    if (!it) return -1;
    for (;;) {
        Ref next = iterNext(it.get());
        if (!next) return errOccurred(interp) ? -1 : 1;
        const int ok = containsOp(other, next.get());
        if (ok <= 0) return ok;
    }
}

// dictview_richcompare: against a set or a keys/items view only; the lengths decide, then one
// side's items are looked up in the other (no set is built, so unhashable values compare).
Object* viewRichCompare(Object* a, Object* b, CompareOp op) {
    Interpreter& interp = interpOf(a);
    if (!isSetView(b) && !isAnySet(b)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    const std::int64_t lenSelf = objectLength(a);
    if (lenSelf < 0) return nullptr;
    const std::int64_t lenOther = objectLength(b);
    if (lenOther < 0) return nullptr;
    int ok = 0;
    switch (op) {
    case CompareOp::Ne:
    case CompareOp::Eq:
        if (lenSelf == lenOther) ok = allContainedIn(a, b);
        if (op == CompareOp::Ne && ok >= 0) ok = !ok;
        break;
    case CompareOp::Lt: if (lenSelf < lenOther) ok = allContainedIn(a, b); break;
    case CompareOp::Le: if (lenSelf <= lenOther) ok = allContainedIn(a, b); break;
    case CompareOp::Gt: if (lenSelf > lenOther) ok = allContainedIn(b, a); break;
    case CompareOp::Ge: if (lenSelf >= lenOther) ok = allContainedIn(b, a); break;
    }
    if (ok < 0) return nullptr;
    return newBool(interp, ok != 0);
}

void initIterType(Interpreter& interp, TypeObject* t) {
    t->dealloc = dictIterDealloc;
    t->traverse = dictIterTraverse;
    t->sizeOf = [](const Object*) -> std::int64_t { return 56; };
    t->slots.iter = selfIter;
    t->slots.iternext = dictIterNext;
    setHostDestructor<DictIterObject>(*t);
    addMethods(interp, t, kIterMethods);
}

void initViewType(Interpreter& interp, TypeObject* t, bool setLike) {
    t->dealloc = viewDealloc;
    t->traverse = viewTraverse;
    t->sizeOf = [](const Object*) -> std::int64_t { return 24; };
    t->repr = viewRepr;
    t->slots.length = viewLen;
    t->slots.iter = viewIter;
    t->slots.contains = viewContains;
    setHostDestructor<DictViewObject>(*t);
    if (setLike) {
        t->slots.number = &kViewNumber;
        t->richcompare = viewRichCompare;
        t->hash = nullptr; // a richcompare without tp_hash: unhashable (type_ready_set_hash)
        addMethods(interp, t, kViewMethods);
    } else {
        addMethods(interp, t, kValuesMethods);
    }
}

} // namespace

Ref newDictKeys(Interpreter& interp, Object* dict) { return newView(interp, vmOf(interp).types.dictKeys, dict); }
Ref newDictValues(Interpreter& interp, Object* dict) { return newView(interp, vmOf(interp).types.dictValues, dict); }
Ref newDictItems(Interpreter& interp, Object* dict) { return newView(interp, vmOf(interp).types.dictItems, dict); }
Ref newDictKeyIterator(Interpreter& interp, Object* dict) { return newIter(interp, vmOf(interp).types.dictKeyIterator, dict, false, false); }
Ref newDictValueIterator(Interpreter& interp, Object* dict) {
    return newIter(interp, vmOf(interp).types.dictValueIterator, dict, false, false);
}
Ref newDictItemIterator(Interpreter& interp, Object* dict) { return newIter(interp, vmOf(interp).types.dictItemIterator, dict, true, false); }
Ref newDictReverseKeyIterator(Interpreter& interp, Object* dict) { return newReverseIter(interp, dict, Kind::Keys); }

bool isDictView(const Object* o) {
    const VmTypes& t = vmOf(o).types;
    return o->type == t.dictKeys || o->type == t.dictValues || o->type == t.dictItems;
}

void initDictViewTypes(Interpreter& interp) {
    VmTypes& t = vmOf(interp).types;
    initIterType(interp, t.dictKeyIterator);
    initIterType(interp, t.dictValueIterator);
    initIterType(interp, t.dictItemIterator);
    for (TypeObject* reverse : {t.dictReverseKeyIterator, t.dictReverseValueIterator, t.dictReverseItemIterator}) {
        initIterType(interp, reverse);
        reverse->slots.iternext = dictRevIterNext;
    }
    initViewType(interp, t.dictKeys, true);
    initViewType(interp, t.dictValues, false);
    initViewType(interp, t.dictItems, true);
}

} // namespace hs
