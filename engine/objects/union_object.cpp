// types.UnionType (Objects/unionobject.c): dedup-merging `|`, repr `int | None`, ==/hash as sets of
// args, parameter substitution, __module__ read from the type.
#include "objects/union_object.h"

#include "objects/descr_object.h"
#include "objects/genericalias_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

#include <string>
#include <utility>
#include <vector>

namespace hs {

namespace {

// unionobject: +16 args (a tuple, strong), +24 parameters (lazy, strong or null).
struct UnionObject : Object {
    Object* args = nullptr;
    Object* parameters = nullptr;
};

UnionObject* asUnion(Object* o) { return static_cast<UnionObject*>(o); }
Interpreter& interpOf(const Object* o) { return *o->type->interp; }

void unionDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    xdecref(std::exchange(asUnion(o)->args, nullptr));
    xdecref(std::exchange(asUnion(o)->parameters, nullptr));
    interp.freeObject(o);
}

int unionTraverse(Object* o, VisitProc visit, void* arg) {
    for (Object* p : {asUnion(o)->args, asUnion(o)->parameters})
        if (p)
            if (int r = visit(p, arg)) return r;
    return 0;
}

// make_union: PyObject_GC_New, then tracked. args must be an exact tuple.
Ref makeUnion(Interpreter& interp, Object* args) {
    TypeObject* t = vmOf(interp).types.unionType;
    auto* u = interp.newObject<UnionObject>(t, static_cast<std::uint64_t>(t->basicsize));
    if (!u) return Ref();
    incref(args);
    u->args = args;
    interp.gc().track(u);
    return Ref(u);
}

// union_hash: hash(frozenset(args)).
std::int64_t unionHash(Object* o) {
    Ref fs = newFrozenSetFrom(interpOf(o), asUnion(o)->args);
    if (!fs) return -1;
    return objectHash(fs.get());
}

// union_richcompare: set(a.args) op set(b.args) for == and !=.
Object* unionRichCompare(Object* a, Object* b, CompareOp op) {
    Interpreter& interp = interpOf(a);
    if (!isUnion(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    Ref as = newSetFrom(interp, asUnion(a)->args);
    if (!as) return nullptr;
    Ref bs = newSetFrom(interp, asUnion(b)->args);
    if (!bs) return nullptr;
    return objectRichCompare(as.get(), bs.get(), op).release();
}

// is_same: aliases compare by ==, everything else by identity. 1, 0 or -1.
int isSame(Object* left, Object* right) {
    if (isGenericAlias(left) && isGenericAlias(right)) return objectRichCompareBool(left, right, CompareOp::Eq);
    return left == right ? 1 : 0;
}

bool isUnionable(Interpreter& interp, Object* o) {
    return o == interp.none || isType(o) || isGenericAlias(o) || isUnion(o);
}

// get_types: None stands for NoneType; a union contributes its args.
void collectTypes(Interpreter& interp, Object* o, std::vector<Object*>& out) {
    if (o == interp.none) o = interp.types.none;
    if (isUnion(o)) {
        for (std::int64_t i = 0; i < tupleSize(asUnion(o)->args); ++i) out.push_back(tupleItem(asUnion(o)->args, i));
    } else {
        out.push_back(o);
    }
}

Object* unionRepr(Object* o) {
    Interpreter& interp = interpOf(o);
    std::string text;
    Object* args = asUnion(o)->args;
    for (std::int64_t i = 0; i < tupleSize(args); ++i) {
        if (i > 0) text += " | ";
        Object* p = tupleItem(args, i);
        if (p == interp.types.none) text += "None";
        else if (!appendTypeReprItem(p, text)) return nullptr;
    }
    return newStrFromUtf8(interp, text).release();
}

// union_getitem: substitutes the type variables, then ORs the new args together.
Object* unionGetItem(Object* self, Object* item) {
    Interpreter& interp = interpOf(self);
    UnionObject* u = asUnion(self);
    if (!u->parameters) {
        Ref params = makeTypeParameters(interp, u->args);
        if (!params) return nullptr;
        u->parameters = params.release();
    }
    Ref newargs = substituteTypeParameters(self, u->args, u->parameters, item);
    if (!newargs) return nullptr;
    const std::int64_t n = tupleSize(newargs.get());
    if (n == 0) return makeUnion(interp, newargs.get()).release();
    Ref res = Ref::borrowed(tupleItem(newargs.get(), 0));
    for (std::int64_t i = 1; i < n && res; ++i) res = binaryOp(res.get(), tupleItem(newargs.get(), i), nbop::OR);
    return res.release();
}

// union_getattro: __module__ comes from the type (typing needs it), the rest generically.
Object* unionGetAttro(Object* o, Object* name) {
    if (isStr(name) && strToUtf8(name) == "__module__") return getAttr(o->type, name).release();
    return genericGetAttr(o, name).release();
}

Object* getArgs(Object* o) {
    incref(asUnion(o)->args);
    return asUnion(o)->args;
}
Object* getParameters(Object* o) {
    UnionObject* u = asUnion(o);
    if (!u->parameters) {
        Ref params = makeTypeParameters(interpOf(o), u->args);
        if (!params) return nullptr;
        u->parameters = params.release();
    }
    incref(u->parameters);
    return u->parameters;
}

// __args__ is a READONLY member in CPython: "readonly attribute" on assignment.
int readonlyMember(Object* self, Object*) {
    raiseError(interpOf(self), vmOf(interpOf(self)).exc.AttributeError, "readonly attribute");
    return -1;
}

const GetSetDef kUnionGetSets[] = {
    {"__args__", getArgs, readonlyMember},
    {"__parameters__", getParameters, nullptr, "Type variables in the types.UnionType."},
    {nullptr, nullptr},
};

NumberSlots makeOrNumber() {
    NumberSlots n;
    n.binary[nbop::OR] = unionTypeOr;
    return n;
}
const NumberSlots kOrNumber = makeOrNumber();

} // namespace

bool isUnion(const Object* o) { return o->type == vmOf(*o->type->interp).types.unionType; }

Object* unionArgs(Object* o) { return asUnion(o)->args; }

Object* unionTypeOr(Object* self, Object* other) {
    Interpreter& interp = interpOf(self);
    if (!isUnionable(interp, self) || !isUnionable(interp, other)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    std::vector<Object*> items1, items2;
    collectTypes(interp, self, items1);
    collectTypes(interp, other, items2);
    // merge: items1, then the items of items2 not already there (one tuple, made on the first
    // new item, sized size1 + size2 - i and shrunk to fit).
    std::vector<Object*> merged;
    bool any = false;
    for (Object* arg : items2) {
        int dup = 0;
        for (Object* have : items1) {
            dup = isSame(have, arg);
            if (dup) break;
        }
        if (dup < 0) return nullptr;
        if (dup) continue;
        if (!any) merged = items1;
        any = true;
        merged.push_back(arg);
    }
    if (!any) { // nothing new: self itself (None stays None)
        Object* r = self == interp.none ? interp.types.none : self;
        incref(r);
        return r;
    }
    Ref tuple = tupleFromArray(interp, merged.data(), static_cast<std::int64_t>(merged.size()));
    if (!tuple) return nullptr;
    return makeUnion(interp, tuple.get()).release();
}

void initUnionType(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    TypeObject* t = vm.types.unionType;
    t->dealloc = unionDealloc;
    t->traverse = unionTraverse;
    t->repr = unionRepr;
    t->hash = unionHash;
    t->richcompare = unionRichCompare;
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->slots.getattro = unionGetAttro;
    t->slots.subscript = unionGetItem;
    t->slots.number = &kOrNumber;
    addGetSets(interp, t, kUnionGetSets);
    setHostDestructor<UnionObject>(*t);
    // type_as_number.nb_or = _Py_union_type_or (`int | None`); NoneType has none (`None | int`
    // reaches type's reflected slot).
    TypeObject* type = interp.types.type;
    if (!type->slots.number) type->slots.number = &kOrNumber;
}

} // namespace hs
