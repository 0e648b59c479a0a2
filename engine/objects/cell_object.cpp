// cell objects: creation, dealloc, traverse, repr `<cell at 0x...: int object at 0x...>` and
// cell_contents.
#include "objects/cell_object.h"

#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/tuple_object.h"
#include "objects/str_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"

#include <string>
#include "vm/vm_state.h"

namespace hs {

namespace {

CellObject* asCell(Object* o) { return static_cast<CellObject*>(o); }

void cellDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    xdecref(std::exchange(asCell(o)->ref, nullptr));
    interp.freeObject(o);
}

int cellTraverse(Object* o, VisitProc visit, void* arg) {
    if (Object* r = asCell(o)->ref) return visit(r, arg);
    return 0;
}

int cellClear(Object* o) {
    xdecref(std::exchange(asCell(o)->ref, nullptr));
    return 0;
}

Object* cellRepr(Object* o) {
    Interpreter& interp = *o->type->interp;
    Object* ref = asCell(o)->ref;
    if (!ref) return newStrFromUtf8(interp, formatString("<cell at 0x%llx: empty>", static_cast<unsigned long long>(o->addr))).release();
    return newStrFromUtf8(interp, formatString("<cell at 0x%llx: %s object at 0x%llx>", static_cast<unsigned long long>(o->addr),
                                               ref->type->name.c_str(), static_cast<unsigned long long>(ref->addr)))
        .release();
}

Object* getContents(Object* self) {
    Object* r = asCell(self)->ref;
    if (!r) {
        raiseError(*self->type->interp, vmOf(self).exc.ValueError, "Cell is empty");
        return nullptr;
    }
    incref(r);
    return r;
}

int setContents(Object* self, Object* v) {
    xincref(v);
    cellSet(self, v);
    return 0;
}

const GetSetDef kGetSets[] = {{"cell_contents", getContents, setContents}, {nullptr, nullptr, nullptr}};

} // namespace

bool isCell(const Object* o) { return o->type == vmOf(o).types.cell; }

void cellSet(Object* c, Object* value) { xdecref(std::exchange(asCell(c)->ref, value)); }

Ref newCell(Interpreter& interp, Object* value) {
    auto* c = interp.newObject<CellObject>(vmOf(interp).types.cell, 24);
    if (!c) return Ref();
    xincref(value);
    c->ref = value;
    interp.gc().track(c);
    return Ref(c);
}

// cell_richcompare: cells compare by contents; an empty cell sorts before any other (a cell
// defines richcompare without tp_hash, so cells are unhashable). New reference.
Object* cellRichCompare(Object* a, Object* b, CompareOp op) {
    Interpreter& interp = *a->type->interp;
    if (!isCell(a) || !isCell(b)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    Object* left = cellGet(a);
    Object* right = cellGet(b);
    if (left && right) return objectRichCompare(left, right, op).release();
    // Py_RETURN_RICHCOMPARE(b == NULL, a == NULL, op)
    const int x = right == nullptr;
    const int y = left == nullptr;
    bool r = false;
    switch (op) {
    case CompareOp::Lt: r = x < y; break;
    case CompareOp::Le: r = x <= y; break;
    case CompareOp::Eq: r = x == y; break;
    case CompareOp::Ne: r = x != y; break;
    case CompareOp::Gt: r = x > y; break;
    case CompareOp::Ge: r = x >= y; break;
    }
    Object* result = r ? interp.trueObj : interp.falseObj;
    incref(result);
    return result;
}

// cell_new: cell(contents=<empty>, /), positional only.
Object* cellNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (kwargs && dictSize(kwargs)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "cell() takes no keyword arguments");
        return nullptr;
    }
    const std::int64_t n = tupleSize(args);
    if (n > 1) {
        raiseError(interp, vmOf(interp).exc.TypeError, "cell expected at most 1 argument, got " + std::to_string(n));
        return nullptr;
    }
    return newCell(interp, n ? tupleItem(args, 0) : nullptr).release();
}

void initCellType(Interpreter& interp, TypeObject& t) {
    t.richcompare = cellRichCompare;
    t.dealloc = cellDealloc;
    t.traverse = cellTraverse;
    t.clear = cellClear;
    t.sizeOf = [](const Object*) -> std::int64_t { return 24; };
    t.repr = cellRepr;
    t.slots.tpNew = cellNew;
    t.label = [](const Object*) { return std::string("<cell>"); };
    setHostDestructor<CellObject>(t);
    addGetSets(interp, &t, kGetSets);
}

} // namespace hs
