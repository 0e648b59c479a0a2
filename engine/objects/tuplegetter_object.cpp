// _collections._tuplegetter: _tuplegetterobject is 32 bytes (head, Py_ssize_t index, doc) + GC
// head; __get__ on a tuple returns a new reference to item `index`, on the class the descriptor.
#include "objects/tuplegetter_object.h"

#include "modules/module_types.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <utility>

namespace hs {

namespace {

struct TupleGetterObject : Object {
    std::int64_t index = 0;
    Object* doc = nullptr; // strong
};
TupleGetterObject* asGetter(Object* o) { return static_cast<TupleGetterObject*>(o); }

// A new reference to o.
Object* newRef(Object* o) {
    incref(o);
    return o;
}

// _tuplegetter(index, doc, /): index goes through __index__ (ints only here).
Object* tupleGetterNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    VmState& vm = vmOf(interp);
    if (kwargs && dictSize(kwargs)) {
        raiseError(interp, vm.exc.TypeError, "_tuplegetter() takes no keyword arguments");
        return nullptr;
    }
    const std::int64_t n = tupleSize(args);
    if (n != 2) {
        raiseError(interp, vm.exc.TypeError, "_tuplegetter expected 2 arguments, got " + std::to_string(n));
        return nullptr;
    }
    Object* indexObj = tupleItem(args, 0);
    std::int64_t index = 0;
    if (!indexObj->type->isSubtypeOf(interp.types.int_)) {
        raiseError(interp, vm.exc.TypeError, "'" + indexObj->type->name + "' object cannot be interpreted as an integer");
        return nullptr;
    }
    if (!intAsInt64(indexObj, index)) {
        raiseError(interp, vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
        return nullptr;
    }
    auto* self = interp.newObject<TupleGetterObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (!self) return nullptr;
    self->index = index;
    self->doc = newRef(tupleItem(args, 1));
    interp.gc().track(self);
    return self;
}

Object* tupleGetterDescrGet(Object* self, Object* obj, Object*) {
    Interpreter& interp = *self->type->interp;
    VmState& vm = vmOf(interp);
    if (!obj) return newRef(self);
    const std::int64_t index = asGetter(self)->index;
    if (!obj->type->isSubtypeOf(interp.types.tuple)) {
        if (obj == interp.none) return newRef(self);
        raiseError(interp, vm.exc.TypeError,
                   "descriptor for index '" + std::to_string(index) + "' for tuple subclasses doesn't apply to '" +
                       obj->type->name + "' object");
        return nullptr;
    }
    if (index < 0 || index >= tupleSize(obj)) {
        raiseError(interp, vm.exc.IndexError, "tuple index out of range");
        return nullptr;
    }
    return newRef(tupleItem(obj, index));
}

int tupleGetterDescrSet(Object* self, Object*, Object* value) {
    Interpreter& interp = *self->type->interp;
    raiseError(interp, vmOf(interp).exc.AttributeError, value ? "can't set attribute" : "can't delete attribute");
    return -1;
}

Object* tupleGetterRepr(Object* self) {
    Interpreter& interp = *self->type->interp;
    Ref doc = objectRepr(asGetter(self)->doc);
    if (!doc) return nullptr;
    // _PyType_Name: the part of tp_name after its last dot.
    const std::string& fullName = self->type->name;
    const std::string shortName = fullName.substr(fullName.rfind('.') + 1);
    return newStrFromUtf8(interp, shortName + "(" + std::to_string(asGetter(self)->index) + ", " +
                                      strToUtf8(doc.get()) + ")")
        .release();
}

Object* tupleGetterGetDoc(Object* self) { return newRef(asGetter(self)->doc); }
int tupleGetterSetDoc(Object* self, Object* value) {
    Object* old = std::exchange(asGetter(self)->doc, value ? newRef(value) : nullptr);
    xdecref(old);
    return 0;
}
const GetSetDef kGetSets[] = {
    {"__doc__", tupleGetterGetDoc, tupleGetterSetDoc},
    {nullptr, nullptr},
};

void tupleGetterDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    xdecref(std::exchange(asGetter(o)->doc, nullptr));
    interp.freeObject(o);
}

int tupleGetterTraverse(Object* o, VisitProc visit, void* arg) {
    if (Object* doc = asGetter(o)->doc)
        if (int v = visit(doc, arg)) return v;
    return 0;
}

int tupleGetterClear(Object* o) {
    xdecref(std::exchange(asGetter(o)->doc, nullptr));
    return 0;
}

} // namespace

TypeObject* tupleGetterType(Interpreter& interp) {
    TypeObject*& slot = moduleType(interp, ModuleTypeId::TupleGetter);
    if (slot) return slot;
    TypeObject* t = interp.newStaticType("_collections._tuplegetter", 32, 0, tpflags::kHaveGc, interp.types.object);
    t->type = interp.types.type;
    t->dealloc = tupleGetterDealloc;
    t->traverse = tupleGetterTraverse;
    t->clear = tupleGetterClear;
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->repr = tupleGetterRepr;
    t->hash = interp.types.object->hash;
    t->richcompare = interp.types.object->richcompare;
    t->label = [](const Object* o) { return "<" + o->type->name + ">"; };
    t->slots.descrGet = tupleGetterDescrGet;
    t->slots.descrSet = tupleGetterDescrSet;
    t->slots.tpNew = tupleGetterNew;
    addGetSets(interp, t, kGetSets);
    addSlotWrappers(interp, t);
    setHostDestructor<TupleGetterObject>(*t);
    slot = t;
    return t;
}

} // namespace hs
