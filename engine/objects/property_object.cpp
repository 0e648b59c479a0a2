// property (Objects/descrobject.c's property_*): fget/fset/fdel/doc, the name __set_name__ gives
// it for error messages, and getter/setter/deleter copies.
#include "objects/descr_object.h"

#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }

PropertyObject* asProperty(Object* o) { return static_cast<PropertyObject*>(o); }

void propertyDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    TypeObject* type = o->type;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    PropertyObject* p = asProperty(o);
    for (Object** f : {&p->fget, &p->fset, &p->fdel, &p->doc, &p->name}) xdecref(std::exchange(*f, nullptr));
    interp.freeObject(o);
    if (type->isHeapType()) decref(type);
}

int propertyTraverse(Object* o, VisitProc visit, void* arg) {
    PropertyObject* p = asProperty(o);
    for (Object* f : {p->fget, p->fset, p->fdel, p->doc, p->name})
        if (f)
            if (int r = visit(f, arg)) return r;
    return 0;
}

Object* propertyGet(Object* self, Object* obj, Object*) {
    Interpreter& interp = interpOf(self);
    if (obj == nullptr || obj == interp.none) {
        incref(self);
        return self;
    }
    PropertyObject* p = asProperty(self);
    if (!p->fget) {
        const std::string qual = typeQualName(obj->type);
        if (p->name)
            raiseError(interp, vmOf(interp).exc.AttributeError, "property " + reprOf(p->name) + " of '" + qual + "' object has no getter");
        else
            raiseError(interp, vmOf(interp).exc.AttributeError, "property of '" + qual + "' object has no getter");
        return nullptr;
    }
    return callOneArg(p->fget, obj).release();
}

int propertySet(Object* self, Object* obj, Object* value) {
    Interpreter& interp = interpOf(self);
    PropertyObject* p = asProperty(self);
    Object* func = value ? p->fset : p->fdel;
    if (!func) {
        const std::string qual = typeQualName(obj->type);
        const char* what = value ? "setter" : "deleter";
        if (p->name)
            raiseError(interp, vmOf(interp).exc.AttributeError,
                       "property " + reprOf(p->name) + " of '" + qual + "' object has no " + what);
        else
            raiseError(interp, vmOf(interp).exc.AttributeError, "property of '" + qual + "' object has no " + what);
        return -1;
    }
    Ref r;
    if (value) {
        Object* args[2] = {obj, value};
        r = call(func, args, 2);
    } else {
        r = callOneArg(func, obj);
    }
    return r ? 0 : -1;
}

int propertyInit(Object* self, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(self);
    static const char* const kNames[] = {"fget", "fset", "fdel", "doc"};
    ArgSpec spec{"property", kNames, 4, 0, 0, 4};
    std::vector<Object*> flat(tupleItems(args), tupleItems(args) + tupleSize(args));
    Ref kwnames;
    if (!dictToKwnames(interp, kwargs, flat, kwnames)) return -1;
    Object* out[4];
    if (!unpackArgs(interp, spec, flat.data(), tupleSize(args), kwnames.get(), out)) return -1;
    PropertyObject* p = asProperty(self);
    auto set = [&](Object*& field, Object* v) {
        if (v == interp.none) v = nullptr;
        xincref(v);
        xdecref(std::exchange(field, v));
    };
    set(p->fget, out[0]);
    set(p->fset, out[1]);
    set(p->fdel, out[2]);
    set(p->doc, out[3]);
    xdecref(std::exchange(p->name, nullptr)); // prop_name: only __set_name__ (or a copy) names it
    p->getterDoc = false;
    if (!p->doc && p->fget) {
        Ref doc;
        if (lookupAttr(p->fget, vmOf(interp).names.__doc__, doc) < 0) return -1;
        if (doc && doc.get() != interp.none) {
            p->doc = doc.release();
            p->getterDoc = true;
        }
    }
    return 0;
}

Object* propertyNew(TypeObject* type, Object*, Object*) {
    Interpreter& interp = *type->interp;
    auto* p = interp.newObject<PropertyObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (!p) return nullptr;
    interp.gc().track(p);
    return p;
}

// property.getter/setter/deleter: a copy with one accessor replaced (property_copy).
Object* propertyCopy(Object* self, Object* fget, Object* fset, Object* fdel) {
    PropertyObject* p = asProperty(self);
    Interpreter& interp = interpOf(self);
    Object* none = interp.none;
    Object* args[4] = {fget ? fget : (p->fget ? p->fget : none), fset ? fset : (p->fset ? p->fset : none),
                       fdel ? fdel : (p->fdel ? p->fdel : none), (p->doc && !p->getterDoc) ? p->doc : none};
    Ref r = callType(self->type, args, 4, nullptr);
    if (!r) return nullptr;
    if (isProperty(r.get())) {
        xincref(p->name);
        xdecref(std::exchange(asProperty(r.get())->name, p->name));
    }
    return r.release();
}
Object* propGetter(Object* self, Object* const* args, std::int64_t, Object*) { return propertyCopy(self, args[0], nullptr, nullptr); }
Object* propSetter(Object* self, Object* const* args, std::int64_t, Object*) { return propertyCopy(self, nullptr, args[0], nullptr); }
Object* propDeleter(Object* self, Object* const* args, std::int64_t, Object*) { return propertyCopy(self, nullptr, nullptr, args[0]); }

// property.__set_name__(owner, name) (METH_VARARGS): names the property for its error messages.
Object* propSetName(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (nargs != 2) {
        typeError(interp, formatString("__set_name__() takes 2 positional arguments but %lld were given", static_cast<long long>(nargs)));
        return nullptr;
    }
    incref(args[1]);
    xdecref(std::exchange(asProperty(self)->name, args[1]));
    incref(interp.none);
    return interp.none;
}

Object* propFget(Object* self) { Object* f = asProperty(self)->fget; f = f ? f : interpOf(self).none; incref(f); return f; }
Object* propFset(Object* self) { Object* f = asProperty(self)->fset; f = f ? f : interpOf(self).none; incref(f); return f; }
Object* propFdel(Object* self) { Object* f = asProperty(self)->fdel; f = f ? f : interpOf(self).none; incref(f); return f; }
Object* propDoc(Object* self) { Object* f = asProperty(self)->doc; f = f ? f : interpOf(self).none; incref(f); return f; }
int propSetDoc(Object* self, Object* value) {
    xincref(value);
    xdecref(std::exchange(asProperty(self)->doc, value));
    return 0;
}

const MethodDef kPropertyMethods[] = {
    {"getter", propGetter, meth::kO}, {"setter", propSetter, meth::kO}, {"deleter", propDeleter, meth::kO},
    {"__set_name__", propSetName, meth::kVarargs}, {nullptr, nullptr, 0}};
// property_get___isabstractmethod__: true when fget, fset or fdel is abstract.
Object* propIsAbstract(Object* self) {
    Interpreter& interp = *self->type->interp;
    PropertyObject* p = asProperty(self);
    for (Object* f : {p->fget, p->fset, p->fdel}) {
        const int r = objectIsAbstract(f);
        if (r < 0) return nullptr;
        if (r > 0) return newBool(interp, true);
    }
    return newBool(interp, false);
}

// property_members: fget/fset/fdel READONLY, __doc__ writable (T_OBJECT: None while null).
const GetSetDef kPropertyMembers[] = {{"fget", propFget},
                                      {"fset", propFset},
                                      {"fdel", propFdel},
                                      {"__doc__", propDoc, propSetDoc},
                                      {nullptr, nullptr}};
const GetSetDef kPropertyGetSets[] = {{"__isabstractmethod__", propIsAbstract}, {nullptr, nullptr}};

} // namespace

void initPropertyType(Interpreter& interp, TypeObject& p) {
    p.dealloc = propertyDealloc;
    p.traverse = propertyTraverse;
    p.slots.descrGet = propertyGet;
    p.slots.descrSet = propertySet;
    p.slots.tpNew = propertyNew;
    p.slots.tpInit = propertyInit;
    setHostDestructor<PropertyObject>(p);
    addMethods(interp, &p, kPropertyMethods);
    addMembers(interp, &p, kPropertyMembers);
    addGetSets(interp, &p, kPropertyGetSets);
}

} // namespace hs
