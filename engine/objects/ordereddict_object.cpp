// collections.OrderedDict: node list and od_fast_nodes resizing as odictobject.c does them,
// setitem/delitem, move_to_end, popitem, pop, setdefault, update, copy, order-aware ==, repr,
// and the odict_iterator / odict_keys / odict_values / odict_items types.
#include "objects/ordereddict_object.h"

#include "modules/module_types.h"
#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/dict_keys.h"
#include "objects/dictview_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/subtype_instance.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/dealloc.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/type_methods.h"
#include "runtime/protocols.h"

#include <utility>
#include <vector>

namespace hs {

namespace {

constexpr std::int64_t kBasicSize = 112;     // sizeof(PyODictObject)
constexpr std::uint64_t kFlags = 0x20405540; // tp_flags measured on python3.11
constexpr std::int64_t kNodeBytes = 32;      // sizeof(_ODictNode)
constexpr std::int64_t kIterBasicSize = 64;  // sizeof(odictiterobject)

enum IterKind : int { kKeys = 1, kValues = 2, kItems = 3 };

OrderedDictObject* asOd(Object* o) { return static_cast<OrderedDictObject*>(o); }
Interpreter& interpOf(const Object* o) { return *o->type->interp; }
Object* newRef(Object* o) {
    incref(o);
    return o;
}
bool isOd(const Object* o) {
    TypeObject* t = moduleType(interpOf(o), ModuleTypeId::OrderedDict);
    return t && o->type->isSubtypeOf(t);
}

// _odict_get_index's resize check: od_fast_nodes follows the dict's current key table.
bool syncFastNodes(OrderedDictObject* od) {
    const DictKeys* keys = od->keys;
    if (od->resizeSentinel == keys->addr && od->fastNodesSize == keys->size()) return true;
    Interpreter& interp = interpOf(od);
    const Addr fresh = interp.allocBuffer(od, static_cast<std::uint64_t>(8 * keys->size()));
    if (fresh == 0) return false;
    interp.freeBuffer(od->fastNodesAddr);
    od->fastNodesAddr = fresh;
    od->fastNodesSize = keys->size();
    od->resizeSentinel = keys->addr;
    return true;
}

// _odict_find_node_hash: the node of `key` (equal by identity, else by hash and ==), or end().
// -1 on error.
int findNode(OrderedDictObject* od, Object* key, std::int64_t hash, std::list<OdictNode>::iterator& out) {
    if (!syncFastNodes(od)) return -1;
    for (auto it = od->nodes.begin(); it != od->nodes.end(); ++it)
        if (it->key == key) {
            out = it;
            return 1;
        }
    for (auto it = od->nodes.begin(); it != od->nodes.end(); ++it) {
        if (it->hash != hash) continue;
        const int eq = objectRichCompareBool(it->key, key, CompareOp::Eq);
        if (eq < 0) return -1;
        if (eq) {
            out = it;
            return 1;
        }
    }
    out = od->nodes.end();
    return 0;
}

// _odict_clear_node's tail: unlink and free one node (its key reference released).
void dropNode(OrderedDictObject* od, std::list<OdictNode>::iterator it) {
    Interpreter& interp = interpOf(od);
    OdictNode node = *it;
    od->nodes.erase(it);
    od->state++;
    interp.freeBuffer(node.addr);
    decref(node.key);
}

// _odict_clear_nodes.
void clearNodes(OrderedDictObject* od) {
    Interpreter& interp = interpOf(od);
    interp.freeBuffer(std::exchange(od->fastNodesAddr, 0));
    od->fastNodesSize = 0;
    od->resizeSentinel = 0;
    std::list<OdictNode> old = std::move(od->nodes);
    od->nodes.clear();
    for (OdictNode& node : old) {
        decref(node.key);
        interp.freeBuffer(node.addr);
    }
    od->state++;
}

// PyODict_SetItem: the dict entry, then a node for a new key.
int odSetItem(Object* o, Object* key, Object* value) {
    OrderedDictObject* od = asOd(o);
    const std::int64_t hash = objectHash(key);
    if (hash == -1 && errOccurred(interpOf(o))) return -1;
    if (dictSetItem(o, key, value) < 0) return -1;
    std::list<OdictNode>::iterator it;
    const int found = findNode(od, key, hash, it);
    if (found < 0) return -1;
    if (found) return 0;
    Interpreter& interp = interpOf(o);
    incref(key);
    const Addr a = interp.allocBuffer(o, kNodeBytes);
    if (a == 0) {
        decref(key);
        return -1;
    }
    od->nodes.push_back(OdictNode{key, hash, a});
    od->state++;
    return 0;
}

// PyODict_DelItem: the node first, then the dict entry (KeyError from dict when missing).
int odDelItem(Object* o, Object* key) {
    OrderedDictObject* od = asOd(o);
    const std::int64_t hash = objectHash(key);
    if (hash == -1 && errOccurred(interpOf(o))) return -1;
    std::list<OdictNode>::iterator it;
    const int found = findNode(od, key, hash, it);
    if (found < 0) return -1;
    if (found) dropNode(od, it);
    return dictDelItem(o, key);
}

int odAssSubscript(Object* o, Object* key, Object* value) { return value ? odSetItem(o, key, value) : odDelItem(o, key); }

// _odict_popkey_hash: the node, then the dict's value. New reference; deflt null = KeyError.
Ref popKey(Object* o, Object* key, Object* deflt) {
    OrderedDictObject* od = asOd(o);
    Interpreter& interp = interpOf(o);
    const std::int64_t hash = objectHash(key);
    if (hash == -1 && errOccurred(interp)) return Ref();
    std::list<OdictNode>::iterator it;
    const int found = findNode(od, key, hash, it);
    if (found < 0) return Ref();
    if (found) {
        Ref keep = Ref::borrowed(it->key);
        dropNode(od, it);
        return dictPop(o, key, deflt);
    }
    if (deflt) return Ref::borrowed(deflt);
    raiseKeyError(interp, key);
    return Ref();
}

// ---------------------------------------------------------------- slots

void odDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    TrashcanGuard guard(o, odDealloc); // odict_dealloc's trashcan: long chains of nested OrderedDicts
    if (guard.deposited()) return;
    xdecref(std::exchange(asOd(o)->instDict, nullptr));
    clearWeakrefs(o);
    clearNodes(asOd(o));
    interp.types.dict->dealloc(o);
}

int odTraverse(Object* o, VisitProc visit, void* arg) {
    if (Object* d = asOd(o)->instDict)
        if (int v = visit(d, arg)) return v;
    for (const OdictNode& node : asOd(o)->nodes)
        if (int v = visit(node.key, arg)) return v;
    return interpOf(o).types.dict->traverse(o, visit, arg);
}

int odClear(Object* o) {
    xdecref(std::exchange(asOd(o)->instDict, nullptr));
    dictClear(o);
    clearNodes(asOd(o));
    return 0;
}

std::int64_t odSizeOf(const Object* o) {
    auto* od = static_cast<const OrderedDictObject*>(o);
    std::int64_t res = o->type->interp->types.dict->sizeOf(o) + 8 * od->fastNodesSize;
    if (!od->nodes.empty()) res += kNodeBytes * dictSize(o);
    return res;
}

Object* odRepr(Object* o) {
    Interpreter& interp = interpOf(o);
    std::string name = o->type->name;
    if (const auto dot = name.rfind('.'); dot != std::string::npos) name = name.substr(dot + 1);
    if (dictSize(o) == 0) return newStrFromUtf8(interp, name + "()").release();
    ReprGuard guard(o);
    if (guard.active()) return newStrFromAscii(interp, "...").release();
    Ref pieces = newList(interp, 0);
    if (!pieces) return nullptr;
    std::vector<Object*> keys;
    for (const OdictNode& node : asOd(o)->nodes) keys.push_back(node.key);
    for (Object* key : keys) {
        Object* value = dictGetItem(o, key);
        if (!value) {
            if (!errOccurred(interp)) raiseKeyError(interp, key);
            return nullptr;
        }
        Ref pair = tuplePack(interp, {key, value});
        if (!pair || listAppend(pieces.get(), pair.get()) < 0) return nullptr;
    }
    Ref inner = objectRepr(pieces.get());
    if (!inner) return nullptr;
    return newStrFromUtf8(interp, name + "(" + strToUtf8(inner.get()) + ")").release();
}

// odict_richcompare: == between two OrderedDicts also compares the key order.
Object* odRichCompare(Object* v, Object* w, CompareOp op) {
    Interpreter& interp = interpOf(v);
    if (!isOd(v) || !isDict(w)) return newRef(interp.notImplemented);
    if ((op == CompareOp::Eq || op == CompareOp::Ne) && isOd(w)) {
        Ref res(interp.types.dict->richcompare(v, w, CompareOp::Eq));
        if (!res) return nullptr;
        bool eq = res.get() == interp.trueObj;
        if (eq) {
            auto a = asOd(v)->nodes.begin(), b = asOd(w)->nodes.begin();
            for (; eq && a != asOd(v)->nodes.end() && b != asOd(w)->nodes.end(); ++a, ++b) {
                const int r = objectRichCompareBool(a->key, b->key, CompareOp::Eq);
                if (r < 0) return nullptr;
                eq = r == 1;
            }
        }
        return newRef(eq == (op == CompareOp::Eq) ? interp.trueObj : interp.falseObj);
    }
    return interp.types.dict->richcompare(v, w, op);
}

// ---------------------------------------------------------------- iterator

// odictiterobject: +16 kind, +24 di_odict, +32 di_size, +40 di_state, +48 di_current, +56 di_result.
struct OdictIterObject : Object {
    int kind = kKeys;
    Object* odict = nullptr;   // strong, null once exhausted
    std::int64_t size = 0;
    std::uint64_t state = 0;
    Object* current = nullptr; // strong: the key to yield next
    Object* result = nullptr;  // the reused (key, value) tuple of items iterators
};
OdictIterObject* asIter(Object* o) { return static_cast<OdictIterObject*>(o); }

Object* newOdictIter(Object* od, int kind) {
    Interpreter& interp = interpOf(od);
    auto* di = interp.newObject<OdictIterObject>(moduleType(interp, ModuleTypeId::OdictIterator), kIterBasicSize);
    if (!di) return nullptr;
    Ref result(di);
    if (kind == kItems) {
        Ref pair = tuplePack(interp, {interp.none, interp.none});
        if (!pair) return nullptr;
        di->result = pair.release();
    }
    di->kind = kind;
    di->odict = newRef(od);
    di->size = dictSize(od);
    di->state = asOd(od)->state;
    if (!asOd(od)->nodes.empty()) di->current = newRef(asOd(od)->nodes.front().key);
    interp.gc().track(di);
    return result.release();
}

// odictiter_nextkey: the current key (new reference), advancing to its successor.
Object* nextKey(OdictIterObject* di) {
    Interpreter& interp = interpOf(di);
    if (!di->odict || !di->current) return nullptr;
    OrderedDictObject* od = asOd(di->odict);
    if (od->state != di->state) {
        raiseError(interp, vmOf(interp).exc.RuntimeError, "OrderedDict mutated during iteration");
        return nullptr;
    }
    if (di->size != dictSize(od)) {
        raiseError(interp, vmOf(interp).exc.RuntimeError, "OrderedDict changed size during iteration");
        di->size = -1;
        return nullptr;
    }
    Object* key = di->current;
    di->current = nullptr;
    for (auto it = od->nodes.begin(); it != od->nodes.end(); ++it)
        if (it->key == key) {
            ++it;
            if (it != od->nodes.end()) di->current = newRef(it->key);
            return key;
        }
    raiseKeyError(interp, key); // the node went away
    decref(key);
    return nullptr;
}

Object* odIterNext(Object* o) {
    OdictIterObject* di = asIter(o);
    Interpreter& interp = interpOf(o);
    Object* key = nextKey(di);
    if (!key) {
        if (!errOccurred(interp)) xdecref(std::exchange(di->odict, nullptr));
        return nullptr;
    }
    if (di->kind == kKeys) return key;
    Object* value = dictGetItem(di->odict, key);
    if (!value) {
        if (!errOccurred(interp)) raiseKeyError(interp, key);
        decref(key);
        return nullptr;
    }
    if (di->kind == kValues) {
        decref(key);
        return newRef(value);
    }
    Object* pair = di->result;
    if (pair->refcnt == 1) {
        incref(pair);
        Object* oldKey = tupleItem(pair, 0);
        Object* oldValue = tupleItem(pair, 1);
        tupleSetItemSteal(pair, 0, key);
        tupleSetItemSteal(pair, 1, newRef(value));
        decref(oldKey);
        decref(oldValue);
        return pair;
    }
    Ref fresh = tuplePack(interp, {key, value});
    decref(key);
    return fresh.release();
}

void initIterType(Interpreter& interp, TypeObject* t) {
    t->type = interp.types.type;
    t->dealloc = [](Object* o) {
        Interpreter& in = interpOf(o);
        if (GcState::isTracked(o)) in.gc().untrack(o);
        OdictIterObject* di = asIter(o);
        xdecref(std::exchange(di->odict, nullptr));
        xdecref(std::exchange(di->current, nullptr));
        xdecref(std::exchange(di->result, nullptr));
        in.freeObject(o);
    };
    t->traverse = [](Object* o, VisitProc visit, void* arg) -> int {
        OdictIterObject* di = asIter(o);
        for (Object* r : {di->odict, di->current, di->result})
            if (r)
                if (int v = visit(r, arg)) return v;
        return 0;
    };
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->slots.iter = [](Object* o) -> Object* { return newRef(o); };
    t->slots.iternext = odIterNext;
    t->label = [](const Object* o) { return "<" + o->type->name + ">"; };
    setHostDestructor<OdictIterObject>(*t);
    addSlotWrappers(interp, t);
}

// ---------------------------------------------------------------- views

Object* newView(Object* od, ModuleTypeId id) {
    Interpreter& interp = interpOf(od);
    auto* v = interp.newObject<DictViewObject>(moduleType(interp, id), 24);
    if (!v) return nullptr;
    v->dict = newRef(od);
    interp.gc().track(v);
    return v;
}

int viewKind(const Object* view) {
    Interpreter& interp = interpOf(view);
    if (view->type->isSubtypeOf(moduleType(interp, ModuleTypeId::OdictValues))) return kValues;
    if (view->type->isSubtypeOf(moduleType(interp, ModuleTypeId::OdictItems))) return kItems;
    return kKeys;
}

Object* viewIter(Object* view) { return newOdictIter(static_cast<DictViewObject*>(view)->dict, viewKind(view)); }

// dictview_repr: "odict_items([...])".
Object* viewRepr(Object* view) {
    Interpreter& interp = interpOf(view);
    ReprGuard guard(view);
    if (guard.active()) return newStrFromAscii(interp, "...").release();
    Ref list = sequenceList(view);
    if (!list) return nullptr;
    Ref inner = objectRepr(list.get());
    if (!inner) return nullptr;
    return newStrFromUtf8(interp, view->type->name + "(" + strToUtf8(inner.get()) + ")").release();
}

TypeObject* makeViewType(Interpreter& interp, const char* name, TypeObject* base) {
    TypeObject* t = interp.newStaticType(name, 24, 0, base->flags & ~tpflags::kBaseType, base);
    t->type = interp.types.type;
    t->dealloc = base->dealloc;
    t->traverse = base->traverse;
    t->sizeOf = base->sizeOf;
    t->references = base->references;
    t->richcompare = base->richcompare;
    t->isTrue = base->isTrue;
    t->label = base->label;
    t->destroyHost = base->destroyHost;
    t->repr = viewRepr;
    t->slots = base->slots;
    t->slots.table = nullptr;
    t->slots.dict = nullptr;
    t->slots.mro = nullptr;
    t->slots.bases = nullptr;
    t->slots.iter = viewIter;
    addSlotWrappers(interp, t);
    return t;
}

// ---------------------------------------------------------------- methods

Object* noneResult(Interpreter& interp) { return newRef(interp.none); }

// mutablemapping_update: a dict's items, a mapping's keys(), or an iterable of pairs; then kwargs.
int updateFrom(Object* self, Object* arg) {
    Interpreter& interp = interpOf(self);
    if (isDict(arg) && arg->type == interp.types.dict) {
        Ref items = dictItems(arg);
        if (!items) return -1;
        for (std::int64_t i = 0; i < listSize(items.get()); ++i) {
            Object* pair = listItem(items.get(), i);
            if (odSetItem(self, tupleItem(pair, 0), tupleItem(pair, 1)) < 0) return -1;
        }
        return 0;
    }
    Ref keysFn;
    const int hasKeys = lookupAttr(arg, internName(interp, "keys").get(), keysFn);
    if (hasKeys < 0) return -1;
    if (hasKeys) {
        Ref keys = callNoArgs(keysFn.get());
        if (!keys) return -1;
        Ref it = getIter(keys.get());
        if (!it) return -1;
        while (Ref key = iterNext(it.get())) {
            Ref value = getItem(arg, key.get());
            if (!value || odSetItem(self, key.get(), value.get()) < 0) return -1;
        }
        return errOccurred(interp) ? -1 : 0;
    }
    Ref it = getIter(arg);
    if (!it) return -1;
    while (Ref pair = iterNext(it.get())) {
        Ref fast = sequenceFast(pair.get(), "");
        if (!fast) return -1;
        const std::int64_t n = objectLength(fast.get());
        if (n != 2) {
            raiseError(interp, vmOf(interp).exc.ValueError, "need more than " + std::to_string(n) + " values to unpack");
            return -1;
        }
        Ref k = getItem(fast.get(), smallIntObject(interp, 0));
        Ref v = getItem(fast.get(), smallIntObject(interp, 1));
        if (!k || !v || odSetItem(self, k.get(), v.get()) < 0) return -1;
    }
    return errOccurred(interp) ? -1 : 0;
}

Object* mUpdate(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    if (nargs > 1) {
        raiseError(interp, vmOf(interp).exc.TypeError, "update expected at most 1 argument, got " + std::to_string(nargs));
        return nullptr;
    }
    if (nargs == 1 && updateFrom(self, args[0]) < 0) return nullptr;
    for (std::int64_t i = 0; kwnames && i < tupleSize(kwnames); ++i)
        if (odSetItem(self, tupleItem(kwnames, i), args[nargs + i]) < 0) return nullptr;
    return noneResult(interp);
}

int odInit(Object* self, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(self);
    const std::int64_t n = tupleSize(args);
    if (n > 1) {
        raiseError(interp, vmOf(interp).exc.TypeError, "expected at most 1 arguments, got " + std::to_string(n));
        return -1;
    }
    if (n == 1 && updateFrom(self, tupleItem(args, 0)) < 0) return -1;
    if (kwargs) {
        Ref items = dictItems(kwargs);
        if (!items) return -1;
        for (std::int64_t i = 0; i < listSize(items.get()); ++i) {
            Object* pair = listItem(items.get(), i);
            if (odSetItem(self, tupleItem(pair, 0), tupleItem(pair, 1)) < 0) return -1;
        }
    }
    return 0;
}

Object* odTpNew(TypeObject* type, Object*, Object*) {
    Interpreter& interp = *type->interp;
    const bool exact = type == moduleType(interp, ModuleTypeId::OrderedDict);
    OrderedDictObject* d = exact ? interp.newObject<OrderedDictObject>(type, static_cast<std::uint64_t>(type->basicsize))
                                 : allocSubtypeInstance<OrderedDictObject>(interp, type, 0);
    if (!d) return nullptr;
    d->keys = emptyDictKeys();
    if (exact) interp.gc().track(d);
    return d;
}

// move_to_end(key, last=True).
Object* mMoveToEnd(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    static const char* const kNames[] = {"key", "last"};
    ArgSpec spec{"move_to_end", kNames, 2, 0, 1, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    bool last = true;
    if (a[1]) {
        const int t = objectIsTrue(a[1]);
        if (t < 0) return nullptr;
        last = t == 1;
    }
    OrderedDictObject* od = asOd(self);
    Object* key = a[0];
    if (od->nodes.empty()) {
        raiseKeyError(interp, key);
        return nullptr;
    }
    if (key == (last ? od->nodes.back().key : od->nodes.front().key)) return noneResult(interp);
    const std::int64_t hash = objectHash(key);
    if (hash == -1 && errOccurred(interp)) return nullptr;
    std::list<OdictNode>::iterator it;
    const int found = findNode(od, key, hash, it);
    if (found < 0) return nullptr;
    if (!found) {
        raiseKeyError(interp, key);
        return nullptr;
    }
    if (last && std::next(it) != od->nodes.end()) {
        od->nodes.splice(od->nodes.end(), od->nodes, it);
        od->state += 2; // _odict_remove_node and _odict_add_tail
    } else if (!last && it != od->nodes.begin()) {
        od->nodes.splice(od->nodes.begin(), od->nodes, it);
        od->state += 2;
    }
    return noneResult(interp);
}

Object* mPopItem(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    static const char* const kNames[] = {"last"};
    ArgSpec spec{"popitem", kNames, 1, 0, 0, 1};
    Object* a[1] = {nullptr};
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    bool last = true;
    if (a[0]) {
        const int t = objectIsTrue(a[0]);
        if (t < 0) return nullptr;
        last = t == 1;
    }
    OrderedDictObject* od = asOd(self);
    if (od->nodes.empty()) {
        raiseError(interp, vmOf(interp).exc.KeyError, "dictionary is empty");
        return nullptr;
    }
    Ref key = Ref::borrowed(last ? od->nodes.back().key : od->nodes.front().key);
    Ref value = popKey(self, key.get(), nullptr);
    if (!value) return nullptr;
    return tuplePack(interp, {key.get(), value.get()}).release();
}

Object* mPop(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    static const char* const kNames[] = {"key", "default"};
    ArgSpec spec{"pop", kNames, 2, 0, 1, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    return popKey(self, a[0], a[1]).release();
}

Object* mSetDefault(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    static const char* const kNames[] = {"key", "default"};
    ArgSpec spec{"setdefault", kNames, 2, 0, 1, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    Object* deflt = a[1] ? a[1] : interp.none;
    if (Object* v = dictGetItem(self, a[0])) return newRef(v);
    if (errOccurred(interp)) return nullptr;
    if (odSetItem(self, a[0], deflt) < 0) return nullptr;
    return newRef(deflt);
}

Object* mClear(Object* self, Object* const*, std::int64_t, Object*) {
    dictClear(self);
    clearNodes(asOd(self));
    return noneResult(interpOf(self));
}

// odict_copy: type(od)() filled in node order.
Object* mCopy(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Ref copy = callNoArgs(self->type);
    if (!copy) return nullptr;
    std::vector<Object*> keys;
    for (const OdictNode& node : asOd(self)->nodes) keys.push_back(node.key);
    for (Object* key : keys) {
        Object* value = dictGetItem(self, key);
        if (!value) {
            if (!errOccurred(interp)) raiseKeyError(interp, key);
            return nullptr;
        }
        if (setItem(copy.get(), key, value) < 0) return nullptr;
    }
    return copy.release();
}

Object* mKeys(Object* self, Object* const*, std::int64_t, Object*) { return newView(self, ModuleTypeId::OdictKeys); }
Object* mValues(Object* self, Object* const*, std::int64_t, Object*) { return newView(self, ModuleTypeId::OdictValues); }
Object* mItems(Object* self, Object* const*, std::int64_t, Object*) { return newView(self, ModuleTypeId::OdictItems); }

// odict_reduce: (type(od), (), od.__getstate__(), None, iter(od.items())).
Object* mReduce(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Ref state = objectGetState(self);
    Ref args = state ? newTuple(interp, 0) : Ref();
    Ref items = args ? callMethodStr(self, "items", nullptr, 0) : Ref();
    Ref it = items ? getIter(items.get()) : Ref();
    if (!it) return nullptr;
    return tuplePack(interp, {self->type, args.get(), state.get(), interp.none, it.get()}).release();
}

Object* mSizeOf(Object* self, Object* const*, std::int64_t, Object*) { return newInt(interpOf(self), odSizeOf(self)).release(); }

const MethodDef kMethods[] = {
    {"__sizeof__", mSizeOf, meth::kNoArgs},
    {"setdefault", mSetDefault, meth::kFastcall | meth::kKeywords},
    {"pop", mPop, meth::kFastcall | meth::kKeywords},
    {"popitem", mPopItem, meth::kFastcall | meth::kKeywords},
    {"keys", mKeys, meth::kNoArgs},
    {"values", mValues, meth::kNoArgs},
    {"items", mItems, meth::kNoArgs},
    {"update", mUpdate, meth::kFastcall | meth::kKeywords},
    {"clear", mClear, meth::kNoArgs},
    {"copy", mCopy, meth::kNoArgs},
    {"move_to_end", mMoveToEnd, meth::kFastcall | meth::kKeywords},
    {"__reduce__", mReduce, meth::kNoArgs},
    {nullptr, nullptr, 0},
};

// odict_getset's __dict__: PyObject_GenericGetDict / PyObject_GenericSetDict on od_inst_dict.
Object* odGetDict(Object* self) {
    Object* d = instanceDict(self, true);
    xincref(d);
    return d;
}

int odSetDict(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    if (!value) {
        raiseError(interp, vmOf(interp).exc.TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!isDict(value)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "__dict__ must be set to a dictionary, not a '" + value->type->name + "'");
        return -1;
    }
    incref(value);
    xdecref(std::exchange(asOd(self)->instDict, value));
    return 0;
}

const GetSetDef kOdGetSets[] = {{"__dict__", odGetDict, odSetDict, nullptr}, {nullptr, nullptr}};

} // namespace

TypeObject* orderedDictType(Interpreter& interp) {
    TypeObject*& slot = moduleType(interp, ModuleTypeId::OrderedDict);
    if (slot) return slot;
    TypeObject* dict = interp.types.dict;
    TypeObject* t = interp.newStaticType("collections.OrderedDict", kBasicSize, 0, kFlags, dict);
    t->type = interp.types.type;
    t->dealloc = odDealloc;
    t->traverse = odTraverse;
    t->clear = odClear;
    t->sizeOf = odSizeOf;
    t->readField = dict->readField;
    t->references = [](Object* o, VisitProc visit, void* arg) {
        if (Object* d = asOd(o)->instDict) visit(d, arg);
        for (const OdictNode& node : asOd(o)->nodes) visit(node.key, arg);
        interpOf(o).types.dict->references(o, visit, arg);
    };
    t->repr = odRepr;
    t->richcompare = odRichCompare;
    t->isTrue = dict->isTrue;
    t->label = dict->label;
    t->weaklistPtr = [](Object* o) -> Object** { return &asOd(o)->weakreflist; };
    t->slots.weaklistOffset = kBasicSize - 8;
    t->slots.dictOffset = kBasicSize - 16;
    t->slots.dictPtr = [](Object* o) -> Object** { return &asOd(o)->instDict; };
    t->slots.length = dict->slots.length;
    t->slots.subscript = dict->slots.subscript;
    t->slots.assSubscript = odAssSubscript;
    t->slots.contains = dict->slots.contains;
    t->slots.iter = [](Object* o) { return newOdictIter(o, kKeys); };
    t->slots.tpNew = odTpNew;
    t->slots.tpInit = odInit;
    addMethods(interp, t, kMethods);
    addGetSets(interp, t, kOdGetSets);
    addSlotWrappers(interp, t);
    setHostDestructor<OrderedDictObject>(*t);
    slot = t;

    TypeObject* it = interp.newStaticType("odict_iterator", kIterBasicSize, 0, tpflags::kHaveGc, interp.types.object);
    initIterType(interp, it);
    moduleType(interp, ModuleTypeId::OdictIterator) = it;
    VmTypes& vt = vmOf(interp).types;
    moduleType(interp, ModuleTypeId::OdictKeys) = makeViewType(interp, "odict_keys", vt.dictKeys);
    moduleType(interp, ModuleTypeId::OdictValues) = makeViewType(interp, "odict_values", vt.dictValues);
    moduleType(interp, ModuleTypeId::OdictItems) = makeViewType(interp, "odict_items", vt.dictItems);
    return t;
}

} // namespace hs
