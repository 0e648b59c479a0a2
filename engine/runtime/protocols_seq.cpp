// Containers and iteration (Objects/abstract.c, iterobject.c): subscripts, len, `in`, iter/next,
// list()/tuple() conversion, length hints.
#include "runtime/protocols.h"

#include "objects/genericalias_object.h"

#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/iterator_objects.h"
#include "objects/list_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "vm/vm_state.h"

namespace hs {

namespace {
Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Object* o, const std::string& m) { raiseError(interpOf(o), vmOf(o).exc.TypeError, m); }
} // namespace

Ref getItem(Object* o, Object* key) {
    TypeObject* t = o->type;
    if (t->slots.subscript) return Ref(t->slots.subscript(o, key));
    if (t->slots.sequence && t->slots.sequence->item) {
        if (!hasIndex(key)) {
            typeError(o, "sequence index must be integer, not '" + key->type->name + "'");
            return Ref();
        }
        std::int64_t i = 0;
        if (!indexAsInt64(key, i, vmOf(o).exc.IndexError)) return Ref();
        if (i < 0 && t->slots.length) {
            const std::int64_t n = t->slots.length(o);
            if (n < 0) return Ref();
            i += n;
        }
        return Ref(t->slots.sequence->item(o, i));
    }
    if (isType(o)) {
        Interpreter& interp = interpOf(o);
        if (o == interp.types.type) return newGenericAlias(interp, o, key); // type[int]
        if (Object* meth = typeLookup(asType(o), vmOf(o).names.__class_getitem__)) {
            Ref bound(meth->type->slots.descrGet ? meth->type->slots.descrGet(meth, nullptr, o) : (incref(meth), meth));
            if (!bound) return Ref();
            return callOneArg(bound.get(), key);
        }
        typeError(o, "type '" + asType(o)->name + "' is not subscriptable");
        return Ref();
    }
    typeError(o, "'" + t->name + "' object is not subscriptable");
    return Ref();
}

int setItem(Object* o, Object* key, Object* value) {
    TypeObject* t = o->type;
    if (t->slots.assSubscript) return t->slots.assSubscript(o, key, value);
    if (t->slots.sequence && t->slots.sequence->item)
        typeError(o, "'" + t->name + "' object does not support item assignment");
    else
        typeError(o, "'" + t->name + "' object does not support item assignment");
    return -1;
}

int delItem(Object* o, Object* key) {
    TypeObject* t = o->type;
    if (t->slots.assSubscript) return t->slots.assSubscript(o, key, nullptr);
    typeError(o, "'" + t->name + "' object doesn't support item deletion");
    return -1;
}

std::int64_t objectLength(Object* o) {
    TypeObject* t = o->type;
    if (t->slots.length) return t->slots.length(o);
    typeError(o, "object of type '" + t->name + "' has no len()");
    return -1;
}

int containsOp(Object* container, Object* item) {
    TypeObject* t = container->type;
    if (t->slots.contains) return t->slots.contains(container, item);
    return static_cast<int>(sequenceIterSearch(container, item, IterSearch::Contains));
}

std::int64_t sequenceIterSearch(Object* seq, Object* obj, IterSearch operation) {
    Interpreter& interp = interpOf(seq);
    Ref it = getIter(seq);
    if (!it) {
        if (errMatches(interp, vmOf(interp).exc.TypeError)) {
            clearError(interp);
            typeError(seq, "argument of type '" + seq->type->name + "' is not iterable");
        }
        return -1;
    }
    std::int64_t n = 0;
    for (;;) {
        Ref x = iterNext(it.get());
        if (!x) {
            if (errOccurred(interp)) return -1;
            break;
        }
        const int cmp = objectRichCompareBool(x.get(), obj, CompareOp::Eq);
        if (cmp < 0) return -1;
        if (cmp > 0) {
            if (operation == IterSearch::Index) return n;
            if (operation == IterSearch::Contains) return 1;
            ++n;
        } else if (operation == IterSearch::Index) {
            ++n;
        }
    }
    if (operation != IterSearch::Index) return n;
    raiseError(interp, vmOf(interp).exc.ValueError, "sequence.index(x): x not in sequence");
    return -1;
}

Ref getIter(Object* o) {
    TypeObject* t = o->type;
    if (t->slots.iter) {
        Ref r(t->slots.iter(o));
        if (r && !r->type->slots.iternext) {
            typeError(o, "iter() returned non-iterator of type '" + r->type->name + "'");
            return Ref();
        }
        return r;
    }
    if (sequenceCheck(o)) return newSeqIterator(interpOf(o), o); // PySeqIter_New
    typeError(o, "'" + t->name + "' object is not iterable");
    return Ref();
}

bool iterableCheck(Object* o) { return o->type->slots.iter != nullptr || sequenceCheck(o); }

Ref iterNext(Object* it) {
    Interpreter& interp = interpOf(it);
    auto next = it->type->slots.iternext;
    if (!next) {
        typeError(it, "'" + it->type->name + "' object is not an iterator");
        return Ref();
    }
    Ref r(next(it));
    if (!r && errMatches(interp, vmOf(interp).exc.StopIteration)) clearError(interp);
    return r;
}

bool isIterator(Object* o) { return o->type->slots.iternext != nullptr; }

bool sequenceCheck(Object* o) {
    TypeObject* t = o->type;
    if (t->isSubtypeOf(t->interp->types.dict)) return false;
    if (t->slots.sequence && t->slots.sequence->item) return true;
    if (t->isHeapType()) return typeLookup(t, vmOf(o).names.__getitem__) != nullptr; // slot_sq_item
    // The engine's built-in sequences keep their item access in mp_subscript alone; of the static
    // types with one, these have no sq_item in CPython.
    const VmTypes& vt = vmOf(o).types;
    return t->slots.subscript != nullptr && t != vt.mappingproxy && t != vt.genericAlias && t != vt.unionType &&
           t != vt.weakProxy && t != vt.weakCallableProxy;
}

Ref sequenceList(Object* o) {
    Interpreter& interp = interpOf(o);
    Ref list = newList(interp, 0);
    if (!list) return Ref();
    if (isList(o) || isTuple(o)) {
        if (listExtend(list.get(), o) < 0) return Ref();
        return list;
    }
    Ref it = getIter(o);
    if (!it) return Ref();
    const std::int64_t hint = lengthHint(o, 8);
    if (hint < 0) return Ref();
    if (listExtendBegin(list.get(), hint) < 0) return Ref();
    for (;;) {
        Ref x = iterNext(it.get());
        if (!x) {
            if (errOccurred(interp)) return Ref();
            break;
        }
        if (listAppend(list.get(), x.get()) < 0) return Ref();
    }
    if (listExtendEnd(list.get()) < 0) return Ref();
    return list;
}

Ref sequenceTuple(Object* o) {
    Interpreter& interp = interpOf(o);
    if (isExactTuple(o)) return Ref::borrowed(o);
    if (isList(o)) return listAsTuple(o);
    if (o->type->slots.length) {
        // PySequence_Tuple: the iterator, then a tuple of the length hint, filled in order. A sized
        // object's hint is its length: no _PyTuple_Resize unless it changes while iterated (then
        // the tuple is rebuilt at its final size).
        Ref it = getIter(o);
        if (!it) return Ref();
        const std::int64_t n = lengthHint(o, 10);
        if (n < 0) return Ref();
        Ref result = newTuple(interp, n);
        if (!result) return Ref();
        std::vector<Ref> extra;
        std::int64_t j = 0;
        for (;; ++j) {
            Ref item = iterNext(it.get());
            if (!item) {
                if (errOccurred(interp)) return Ref();
                break;
            }
            if (j < n) tupleSetItemSteal(result.get(), j, item.release());
            else extra.push_back(std::move(item));
        }
        if (j == n) return result;
        std::vector<Object*> items(tupleItems(result.get()), tupleItems(result.get()) + std::min(j, n));
        for (const Ref& e : extra) items.push_back(e.get());
        return tupleFromArray(interp, items.data(), static_cast<std::int64_t>(items.size()));
    }
    Ref list = sequenceList(o);
    if (!list) return Ref();
    return listAsTuple(list.get());
}

Ref sequenceFast(Object* o, const char* message) {
    if (isExactList(o) || isExactTuple(o)) return Ref::borrowed(o);
    Interpreter& interp = interpOf(o);
    Ref it = getIter(o);
    if (!it) {
        if (message && errMatches(interp, vmOf(interp).exc.TypeError)) {
            clearError(interp);
            raiseError(interp, vmOf(interp).exc.TypeError, message);
        }
        return Ref();
    }
    return sequenceList(it.get()); // PySequence_List(it): list(it) asks it for its iterator again
}

std::int64_t lengthHint(Object* o, std::int64_t deflt) {
    Interpreter& interp = interpOf(o);
    if (o->type->slots.length) {
        const std::int64_t n = o->type->slots.length(o);
        if (n >= 0) return n;
        if (!errMatches(interp, vmOf(interp).exc.TypeError)) return -1;
        clearError(interp);
    }
    Object* hint = typeLookup(o->type, vmOf(interp).names.__length_hint__);
    if (!hint) return deflt;
    Ref r;
    if (hint->type->slots.descrGet) {
        Ref bound(hint->type->slots.descrGet(hint, o, o->type));
        if (!bound) return -1;
        r = callNoArgs(bound.get());
    } else {
        r = callOneArg(hint, o);
    }
    if (!r) {
        if (errMatches(interp, vmOf(interp).exc.TypeError)) {
            clearError(interp);
            return deflt;
        }
        return -1;
    }
    if (r.get() == interp.notImplemented) return deflt;
    std::int64_t n = 0;
    if (!isInt(r.get())) {
        raiseError(interp, vmOf(interp).exc.TypeError, "__length_hint__ must be an integer, not " + r->type->name);
        return -1;
    }
    if (!indexAsInt64(r.get(), n, vmOf(interp).exc.OverflowError)) return -1;
    if (n < 0) {
        raiseError(interp, vmOf(interp).exc.ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

Ref getSlice(Object* o, Object* start, Object* stop) {
    Ref slice = newSlice(interpOf(o), start, stop, nullptr);
    if (!slice) return Ref();
    return getItem(o, slice.get());
}

} // namespace hs
