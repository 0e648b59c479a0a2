// types.SimpleNamespace (Objects/namespaceobject.c): tp_new makes the object and its empty dict,
// tp_init takes keywords only; repr, richcompare, GC slots.
#include "objects/namespace_object.h"

#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <string>
#include <utility>

namespace hs {

namespace {

// +16 ns_dict (tp_dictoffset). Invariant: dict is a strong reference to a dict once tp_new returns.
struct NamespaceObject : Object {
    Object* dict = nullptr;
};

NamespaceObject* asNamespace(Object* o) { return static_cast<NamespaceObject*>(o); }
Interpreter& interpOf(const Object* o) { return *o->type->interp; }

bool isNamespace(Interpreter& interp, Object* o) {
    TypeObject* t = vmOf(interp).types.simpleNamespace;
    return o->type == t || typeIsSubtype(o->type, t);
}

void namespaceDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    xdecref(std::exchange(asNamespace(o)->dict, nullptr));
    TypeObject* t = o->type;
    interp.freeObject(o);
    if (t->isHeapType()) decref(t);
}

int namespaceTraverse(Object* o, VisitProc visit, void* arg) {
    if (Object* d = asNamespace(o)->dict) return visit(d, arg);
    return 0;
}

int namespaceClear(Object* o) {
    xdecref(std::exchange(asNamespace(o)->dict, nullptr));
    return 0;
}

// namespace_new: type->tp_alloc, then PyDict_New for ns_dict. New reference.
Object* namespaceNew(TypeObject* type, Object*, Object*) {
    Interpreter& interp = *type->interp;
    auto* ns = interp.newObject<NamespaceObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (!ns) return nullptr;
    if (type->isHeapType()) incref(type);
    Ref self(ns);
    interp.gc().track(ns);
    Ref d = newDict(interp);
    if (!d) return nullptr;
    ns->dict = d.release();
    return self.release();
}

// namespace_init: no positional arguments; the keywords (str keys only) update the dict.
int namespaceInit(Object* self, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(self);
    if (args && tupleSize(args) != 0) {
        raiseError(interp, vmOf(interp).exc.TypeError, "no positional arguments expected");
        return -1;
    }
    if (!kwargs) return 0;
    std::int64_t pos = 0;
    Object *key = nullptr, *value = nullptr;
    while (dictNext(kwargs, pos, &key, &value))
        if (!isStr(key)) {
            raiseError(interp, vmOf(interp).exc.TypeError, "keywords must be strings");
            return -1;
        }
    return dictUpdate(asNamespace(self)->dict, kwargs);
}

// namespace_repr: "namespace(" for the exact type, else the type's name; "name=repr" for each str
// key in dict order; "namespace(...)" when re-entered.
Object* namespaceRepr(Object* o) {
    Interpreter& interp = interpOf(o);
    const std::string name = o->type == vmOf(interp).types.simpleNamespace ? std::string("namespace") : o->type->name;
    ReprGuard guard(o);
    if (guard.active()) return newStrFromUtf8(interp, name + "(...)").release();
    Ref d = Ref::borrowed(asNamespace(o)->dict);
    std::string text = name + "(";
    bool first = true;
    std::int64_t pos = 0;
    Object *key = nullptr, *value = nullptr;
    while (dictNext(d.get(), pos, &key, &value)) {
        if (!isStr(key)) continue;
        Ref k = Ref::borrowed(key), v = Ref::borrowed(value);
        Ref r = objectRepr(v.get());
        if (!r) return nullptr;
        if (!first) text += ", ";
        first = false;
        text += strToUtf8(k.get()) + "=" + strToUtf8(r.get());
    }
    return newStrFromUtf8(interp, text + ")").release();
}

// namespace_richcompare: two SimpleNamespaces compare their dicts (== / !=); else NotImplemented.
Object* namespaceRichCompare(Object* a, Object* b, CompareOp op) {
    Interpreter& interp = interpOf(a);
    if (isNamespace(interp, a) && isNamespace(interp, b) && (op == CompareOp::Eq || op == CompareOp::Ne))
        return objectRichCompare(asNamespace(a)->dict, asNamespace(b)->dict, op).release();
    incref(interp.notImplemented);
    return interp.notImplemented;
}

Object* namespaceGetDict(Object* o) {
    Object* d = asNamespace(o)->dict;
    incref(d);
    return d;
}
// tp_members' read-only __dict__ (offsetof ns_dict).
const GetSetDef kNamespaceGetSets[] = {{"__dict__", namespaceGetDict, nullptr, nullptr}, {nullptr, nullptr}};

} // namespace

void initNamespaceType(Interpreter& interp) {
    TypeObject* t = vmOf(interp).types.simpleNamespace;
    if (t->dealloc == namespaceDealloc) return;
    t->dealloc = namespaceDealloc;
    t->traverse = namespaceTraverse;
    t->clear = namespaceClear;
    t->repr = namespaceRepr;
    t->richcompare = namespaceRichCompare;
    t->hash = nullptr; // namespace_richcompare without tp_hash: unhashable (type_ready_set_hash)
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->slots.dictPtr = [](Object* o) -> Object** { return &asNamespace(o)->dict; };
    t->slots.dictOffset = 16;
    t->slots.tpNew = namespaceNew;
    t->slots.tpInit = namespaceInit;
    addGetSets(interp, t, kNamespaceGetSets);
    addSlotWrappers(interp, t);
    setHostDestructor<NamespaceObject>(*t);
}

Ref newNamespace(Interpreter& interp, Object* kwds) {
    initNamespaceType(interp);
    Ref ns(namespaceNew(vmOf(interp).types.simpleNamespace, nullptr, nullptr));
    if (!ns || (kwds && dictUpdate(asNamespace(ns.get())->dict, kwds) < 0)) return Ref();
    return ns;
}

} // namespace hs
