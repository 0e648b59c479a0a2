// itertools.tee and its types as itertoolsmodule.c 3.11 has them: a teedataobject buffers up to
// LINKCELLS values of the source iterator and links to the next one; every tee holds the link it
// reads and its index there, so a value stays referenced until the last tee moves off its link.
// Neither type is subclassable; _tee has weakrefs, __copy__, __reduce__ and __setstate__.
#include "objects/tee_object.h"

#include "modules/module_types.h"
#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/reduce_tuple.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <utility>

namespace hs {

namespace {

constexpr int kLinkCells = TeeDataObject::kLinkCells;
constexpr std::int64_t kTeeDataBasicSize = 496; // head 16, it, numread/running, nextlink, 57 cells
constexpr std::int64_t kTeeBasicSize = 40;      // head 16, dataobj, index, weakreflist

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
TeeDataObject* asData(Object* o) { return static_cast<TeeDataObject*>(o); }
TeeObject* asTee(Object* o) { return static_cast<TeeObject*>(o); }
Object* newRef(Object* o) {
    incref(o);
    return o;
}

// ---------------------------------------------------------------- _tee_dataobject

// teedataobject_newinternal: a new empty link over `it`, tracked (PyObject_GC_New + Track).
TeeDataObject* newDataObject(Interpreter& interp, Object* it) {
    auto* tdo = interp.newObject<TeeDataObject>(teeDataObjectType(interp), kTeeDataBasicSize);
    if (!tdo) return nullptr;
    tdo->it = newRef(it);
    interp.gc().track(tdo);
    return tdo;
}

// teedataobject_jumplink: the next link (made on first use), a new reference.
TeeDataObject* jumpLink(TeeDataObject* tdo) {
    if (!tdo->nextlink) tdo->nextlink = newDataObject(interpOf(tdo), tdo->it);
    if (tdo->nextlink) incref(tdo->nextlink);
    return asData(tdo->nextlink);
}

// teedataobject_getitem: cell i (i <= numread); at i == numread the leading tee reads the source.
Object* dataGetItem(TeeDataObject* tdo, int i) {
    if (i < tdo->numread) return newRef(tdo->values[i]);
    Interpreter& interp = interpOf(tdo);
    if (tdo->running) {
        raiseError(interp, vmOf(interp).exc.RuntimeError, "cannot re-enter the tee iterator");
        return nullptr;
    }
    tdo->running = true;
    Ref value = iterNext(tdo->it);
    tdo->running = false;
    if (!value) return nullptr;
    tdo->values[tdo->numread++] = newRef(value.get());
    return value.release();
}

int dataTraverse(Object* o, VisitProc visit, void* arg) {
    TeeDataObject* tdo = asData(o);
    if (tdo->it)
        if (int v = visit(tdo->it, arg)) return v;
    for (int i = 0; i < tdo->numread; ++i)
        if (int v = visit(tdo->values[i], arg)) return v;
    if (tdo->nextlink)
        if (int v = visit(tdo->nextlink, arg)) return v;
    return 0;
}

// teedataobject_safe_decref: frees a chain of links held only by their predecessor one after the
// other instead of recursively (each is detached from its successor before it dies).
void safeDecref(Interpreter& interp, Object* obj) {
    TypeObject* dataType = teeDataObjectType(interp);
    while (obj && obj->type == dataType && obj->refcnt == 1) {
        Object* next = std::exchange(asData(obj)->nextlink, nullptr);
        decref(obj);
        obj = next;
    }
    xdecref(obj);
}

int dataClear(Object* o) {
    TeeDataObject* tdo = asData(o);
    xdecref(std::exchange(tdo->it, nullptr));
    for (int i = 0; i < tdo->numread; ++i) xdecref(std::exchange(tdo->values[i], nullptr));
    safeDecref(interpOf(o), std::exchange(tdo->nextlink, nullptr));
    return 0;
}

void dataDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    dataClear(o);
    interp.freeObject(o);
}

// __reduce__: (type, (it, [values read], nextlink or None)) as Py_BuildValue("O(ONO)") builds it.
Object* dataReduce(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    TeeDataObject* tdo = asData(self);
    Ref values = newList(interp, tdo->numread);
    if (!values) return nullptr;
    for (int i = 0; i < tdo->numread; ++i) listSetItemSteal(values.get(), i, newRef(tdo->values[i]));
    Ref args = tuplePack(interp, {tdo->it ? tdo->it : interp.none, values.get(), tdo->nextlink ? tdo->nextlink : interp.none});
    if (!args) return nullptr;
    return tuplePack(interp, {self->type, args.get()}).release();
}

// teedataobject(iterable, values, next, /): a link restored from its __reduce__.
Object* dataNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    VmState& vm = vmOf(interp);
    if (kwargs && dictSize(kwargs)) {
        raiseError(interp, vm.exc.TypeError, "teedataobject() takes no keyword arguments");
        return nullptr;
    }
    if (!checkPositional(interp, "teedataobject", tupleSize(args), 3, 3)) return nullptr;
    Object* values = tupleItem(args, 1);
    Object* next = tupleItem(args, 2);
    if (!values->type->isSubtypeOf(interp.types.list)) {
        raiseError(interp, vm.exc.TypeError, "teedataobject() argument 2 must be list, not " + values->type->name);
        return nullptr;
    }
    Ref tdo(newDataObject(interp, tupleItem(args, 0)));
    if (!tdo) return nullptr;
    TeeDataObject* d = asData(tdo.get());
    const std::int64_t len = listSize(values);
    bool valid = len <= kLinkCells;
    if (valid) {
        for (std::int64_t i = 0; i < len; ++i) d->values[i] = newRef(listItem(values, i));
        d->numread = static_cast<int>(len);
        if (len == kLinkCells && next != interp.none) {
            valid = next->type == type;
            if (valid) d->nextlink = newRef(next);
        } else if (next != interp.none) {
            valid = false; // only a full link has a successor
        }
    }
    if (!valid) {
        tdo = Ref();
        raiseError(interp, vm.exc.ValueError, "Invalid arguments");
        return nullptr;
    }
    return tdo.release();
}

const MethodDef kDataMethods[] = {
    {"__reduce__", dataReduce, meth::kNoArgs, "Return state information for pickling."},
    {nullptr, nullptr, 0},
};

// ---------------------------------------------------------------- _tee

// A new tracked tee reading `tdo` from `index` (the data reference is consumed).
TeeObject* newTee(Interpreter& interp, TeeDataObject* tdo, int index) {
    auto* to = interp.newObject<TeeObject>(teeType(interp), kTeeBasicSize);
    if (!to) {
        decref(tdo);
        return nullptr;
    }
    to->dataobj = tdo;
    to->index = index;
    interp.gc().track(to);
    return to;
}

Object* teeNext(Object* o) {
    TeeObject* to = asTee(o);
    if (to->index >= kLinkCells) {
        TeeDataObject* link = jumpLink(to->dataobj);
        if (!link) return nullptr;
        decref(std::exchange(to->dataobj, link)); // Py_SETREF: the old link may die here
        to->index = 0;
    }
    Object* value = dataGetItem(to->dataobj, to->index);
    if (!value) return nullptr;
    to->index++;
    return value;
}

int teeTraverse(Object* o, VisitProc visit, void* arg) {
    if (TeeDataObject* d = asTee(o)->dataobj) return visit(d, arg);
    return 0;
}

// tee_clear also clears the weakrefs (a no-op from the collector, which did so before).
int teeClear(Object* o) {
    clearWeakrefs(o);
    if (TeeDataObject* d = std::exchange(asTee(o)->dataobj, nullptr)) decref(d);
    return 0;
}

void teeDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    teeClear(o);
    interp.freeObject(o);
}

// tee_copy: another tee on the same link and index.
Object* teeCopy(Object* self, Object* const*, std::int64_t, Object*) {
    TeeObject* to = asTee(self);
    incref(to->dataobj);
    return newTee(interpOf(self), to->dataobj, to->index);
}

// tee_fromiterable: a tee over iter(iterable), or a copy when that iterator is a tee itself.
Object* teeFromIterable(Interpreter& interp, Object* iterable) {
    Ref it = getIter(iterable);
    if (!it) return nullptr;
    if (it->type == teeType(interp)) return teeCopy(it.get(), nullptr, 0, nullptr);
    TeeDataObject* data = newDataObject(interp, it.get());
    if (!data) return nullptr;
    return newTee(interp, data, 0);
}

Object* teeNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (kwargs && dictSize(kwargs)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "_tee() takes no keyword arguments");
        return nullptr;
    }
    if (!checkPositional(interp, "_tee", tupleSize(args), 1, 1)) return nullptr;
    return teeFromIterable(interp, tupleItem(args, 0));
}

// __reduce__: (type, ((),), (dataobj, index)).
Object* teeReduce(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    TeeObject* to = asTee(self);
    Ref empty = newTuple(interp, 0);
    Ref newArgs = empty ? tuplePack(interp, {empty.get()}) : Ref();
    Ref index = newInt(interp, to->index);
    if (!newArgs || !index) return nullptr;
    Ref state = tuplePack(interp, {to->dataobj ? static_cast<Object*>(to->dataobj) : interp.none, index.get()});
    if (!state) return nullptr;
    return tuplePack(interp, {self->type, newArgs.get(), state.get()}).release();
}

// __setstate__((dataobj, index)): PyArg_ParseTuple(state, "O!i") then the index range.
Object* teeSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(interp);
    Object* state = args[0];
    if (!stateTuple(interp, state, 2, 2)) return nullptr;
    Object* tdo = stateItemOfType(interp, state, 0, teeDataObjectType(interp));
    if (!tdo) return nullptr;
    Object* indexObj = tupleItem(state, 1);
    if (indexObj->type->isSubtypeOf(interp.types.float_)) {
        raiseError(interp, vm.exc.TypeError, "'float' object cannot be interpreted as an integer");
        return nullptr;
    }
    std::int64_t index = 0;
    if (!indexAsInt64(indexObj, index, vm.exc.OverflowError)) return nullptr;
    if (index > INT32_MAX || index < INT32_MIN) {
        raiseError(interp, vm.exc.OverflowError,
                   index > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
        return nullptr;
    }
    if (index < 0 || index > kLinkCells) {
        raiseError(interp, vm.exc.ValueError, "Index out of range");
        return nullptr;
    }
    TeeObject* to = asTee(self);
    incref(tdo);
    if (TeeDataObject* old = std::exchange(to->dataobj, asData(tdo))) decref(old);
    to->index = static_cast<int>(index);
    incref(interp.none);
    return interp.none;
}

const MethodDef kTeeMethods[] = {
    {"__copy__", teeCopy, meth::kNoArgs, "Returns an independent iterator."},
    {"__reduce__", teeReduce, meth::kNoArgs, "Return state information for pickling."},
    {"__setstate__", teeSetState, meth::kO, "Set state information for unpickling."},
    {nullptr, nullptr, 0},
};

// The parts both types share: GC, object's hash/compare/repr, an "<itertools._tee>" label.
TypeObject* newTeeFamilyType(Interpreter& interp, const char* name, std::int64_t basicsize) {
    TypeObject* t = interp.newStaticType(name, basicsize, 0, tpflags::kHaveGc, interp.types.object);
    t->type = interp.types.type;
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->repr = interp.types.object->repr;
    t->hash = interp.types.object->hash;
    t->richcompare = interp.types.object->richcompare;
    t->label = [](const Object* o) { return "<" + o->type->name + ">"; };
    return t;
}

} // namespace

TypeObject* teeDataObjectType(Interpreter& interp) {
    TypeObject*& slot = moduleType(interp, ModuleTypeId::TeeDataObject);
    if (slot) return slot;
    TypeObject* t = newTeeFamilyType(interp, "itertools._tee_dataobject", kTeeDataBasicSize);
    t->dealloc = dataDealloc;
    t->traverse = dataTraverse;
    t->clear = dataClear;
    t->slots.tpNew = dataNew;
    addMethods(interp, t, kDataMethods);
    addSlotWrappers(interp, t);
    setHostDestructor<TeeDataObject>(*t);
    slot = t;
    return t;
}

TypeObject* teeType(Interpreter& interp) {
    TypeObject*& slot = moduleType(interp, ModuleTypeId::Tee);
    if (slot) return slot;
    TypeObject* t = newTeeFamilyType(interp, "itertools._tee", kTeeBasicSize);
    t->dealloc = teeDealloc;
    t->traverse = teeTraverse;
    t->clear = teeClear;
    t->weaklistPtr = [](Object* o) -> Object** { return &asTee(o)->weakreflist; };
    t->slots.weaklistOffset = kTeeBasicSize - 8;
    t->slots.iter = [](Object* o) -> Object* { return newRef(o); };
    t->slots.iternext = teeNext;
    t->slots.tpNew = teeNew;
    addMethods(interp, t, kTeeMethods);
    addSlotWrappers(interp, t);
    setHostDestructor<TeeObject>(*t);
    slot = t;
    return t;
}

// itertools_tee_impl: the first iterator is iter(iterable) itself when it has __copy__, else a
// new tee over it; the others are made by calling that first one's __copy__.
Object* itertoolsTee(Object* module, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(module);
    VmState& vm = vmOf(interp);
    if (!checkPositional(interp, "tee", nargs, 1, 2)) return nullptr;
    std::int64_t n = 2;
    if (nargs == 2) { // _PyNumber_Index, then PyLong_AsSsize_t
        Ref index = numberIndex(args[1]);
        if (!index) return nullptr;
        if (!intAsInt64(index.get(), n)) {
            raiseError(interp, vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
            return nullptr;
        }
    }
    if (n < 0) {
        raiseError(interp, vm.exc.ValueError, "n must be >= 0");
        return nullptr;
    }
    Ref result = newTuple(interp, n);
    if (!result || n == 0) return result.release();
    Ref it = getIter(args[0]);
    if (!it) return nullptr;
    Ref copyfunc;
    if (lookupAttr(it.get(), vm.names.__copy__, copyfunc) < 0) return nullptr;
    Ref copyable;
    if (copyfunc) {
        copyable = std::move(it);
    } else {
        copyable = Ref(teeFromIterable(interp, it.get()));
        it = Ref();
        if (!copyable) return nullptr;
        copyfunc = getAttr(copyable.get(), vm.names.__copy__);
        if (!copyfunc) return nullptr;
    }
    tupleSetItemSteal(result.get(), 0, copyable.release());
    for (std::int64_t i = 1; i < n; ++i) {
        Ref copy = callNoArgs(copyfunc.get());
        if (!copy) return nullptr;
        tupleSetItemSteal(result.get(), i, copy.release());
    }
    return result.release();
}

} // namespace hs
