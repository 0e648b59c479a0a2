// super(): the zero-argument form's frame lookup, super(type, obj) binding and attribute lookup
// along the MRO after `type` (Objects/typeobject.c's super_getattro).
#include "objects/class_object.h"
#include "objects/class_internal.h"

#include "objects/builtin_function_object.h"
#include "objects/cell_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/method_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/arg_parse.h"
#include "runtime/dealloc.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/unraisable.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

#include <algorithm>

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }

} // namespace

// ---------------------------------------------------------------- super

namespace {

struct SuperObject : Object {
    Object* type = nullptr;    // the class super() was called in (strong)
    Object* obj = nullptr;     // the instance or class (strong or null)
    Object* objType = nullptr; // type(obj) or obj if it is a class (strong or null)
};

SuperObject* asSuper(Object* o) { return static_cast<SuperObject*>(o); }

Object* superGetAttr(Object* self, Object* name) {
    SuperObject* su = asSuper(self);
    Interpreter& interp = interpOf(self);
    if (su->objType && !(isStr(name) && strEqualsAscii(name, "__class__"))) {
        std::vector<TypeObject*> mro;
        typeMro(asType(su->objType), mro);
        std::size_t i = 0;
        while (i < mro.size() && mro[i] != su->type) ++i;
        for (++i; i < mro.size(); ++i) {
            TypeObject* c = mro[i];
            Object* res = c->slots.dict ? dictGetItem(c->slots.dict, name) : staticTypeDictLookup(c, name);
            if (!res) continue;
            if (auto f = res->type->slots.descrGet) {
                Object* obj = su->obj == su->objType ? nullptr : su->obj;
                return f(res, obj, su->objType);
            }
            incref(res);
            return res;
        }
    }
    (void)interp;
    return genericGetAttr(self, name).release();
}

void superDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    SuperObject* su = asSuper(o);
    xdecref(std::exchange(su->obj, nullptr));
    xdecref(std::exchange(su->type, nullptr));
    xdecref(std::exchange(su->objType, nullptr));
    interp.freeObject(o);
}

int superTraverse(Object* o, VisitProc visit, void* arg) {
    SuperObject* su = asSuper(o);
    for (Object* p : {su->obj, su->type, su->objType})
        if (p)
            if (int r = visit(p, arg)) return r;
    return 0;
}

Object* superRepr(Object* o) {
    SuperObject* su = asSuper(o);
    Interpreter& interp = interpOf(o);
    const std::string tname = su->type ? asType(su->type)->name : "NULL";
    if (su->objType)
        return newStrFromUtf8(interp, "<super: <class '" + tname + "'>, <" + asType(su->objType)->name + " object>>").release();
    return newStrFromUtf8(interp, "<super: <class '" + tname + "'>, NULL>").release();
}

Object* superCheck(Interpreter& interp, TypeObject* type, Object* obj) {
    if (isType(obj) && typeIsSubtype(asType(obj), type)) return obj;
    if (typeIsSubtype(obj->type, type)) return obj->type;
    typeError(interp, "super(type, obj): obj must be an instance or subtype of type");
    return nullptr;
}

Object* superVectorNew(Object* typeObj, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(typeObj);
    VmState& vm = vmOf(interp);
    if (!noKeywords(interp, "super", kwnames)) return nullptr;
    Object* type = nullptr;
    Object* obj = nullptr;
    if (nargs == 0) {
        // super() inside a method: __class__ cell and the first argument of the current frame.
        Frame* f = vm.currentFrame;
        if (!f) {
            raiseError(interp, vm.exc.RuntimeError, "super(): no current frame");
            return nullptr;
        }
        CodeObject* co = f->code;
        if (co->argcount == 0) {
            raiseError(interp, vm.exc.RuntimeError, "super(): no arguments");
            return nullptr;
        }
        Object* first = f->localsplus()[0];
        if (first && (co->localKind(0) & fastkind::kCell) && isCell(first)) first = cellGet(first);
        if (!first) {
            raiseError(interp, vm.exc.RuntimeError, "super(): arg[0] deleted");
            return nullptr;
        }
        for (int i = co->nlocals; i < co->nlocalsplus; ++i) {
            Object* nm = co->localName(i);
            if (strEqualsAscii(nm, "__class__")) {
                Object* cell = f->localsplus()[i];
                if (!cell || !isCell(cell)) {
                    raiseError(interp, vm.exc.RuntimeError, "super(): bad __class__ cell");
                    return nullptr;
                }
                type = cellGet(cell);
                if (!type) {
                    raiseError(interp, vm.exc.RuntimeError, "super(): empty __class__ cell");
                    return nullptr;
                }
                if (!isType(type)) {
                    raiseError(interp, vm.exc.RuntimeError, "super(): __class__ is not a type (" + type->type->name + ")");
                    return nullptr;
                }
                break;
            }
        }
        if (!type) {
            raiseError(interp, vm.exc.RuntimeError, "super(): __class__ cell not found");
            return nullptr;
        }
        obj = first;
    } else {
        if (nargs > 2) {
            typeError(interp, formatString("super() expected at most 2 arguments, got %lld", static_cast<long long>(nargs)));
            return nullptr;
        }
        type = args[0];
        if (!isType(type)) {
            typeError(interp, "super() argument 1 must be a type, not " + type->type->name);
            return nullptr;
        }
        obj = nargs == 2 ? args[1] : nullptr;
    }
    Object* objType = nullptr;
    if (obj && obj != interp.none) {
        objType = superCheck(interp, asType(type), obj);
        if (!objType) return nullptr;
    } else {
        obj = nullptr;
    }
    auto* su = interp.newObject<SuperObject>(vm.types.super, 40);
    if (!su) return nullptr;
    incref(type);
    su->type = type;
    xincref(obj);
    su->obj = obj;
    xincref(objType);
    su->objType = objType;
    interp.gc().track(su);
    return su;
}

} // namespace

void initSuperType(Interpreter&, TypeObject& t) {
    t.dealloc = superDealloc;
    t.traverse = superTraverse;
    t.sizeOf = [](const Object*) -> std::int64_t { return 40; };
    t.repr = superRepr;
    t.slots.getattro = superGetAttr;
    t.slots.vectorNew = superVectorNew;
    setHostDestructor<SuperObject>(t);
}

} // namespace hs
