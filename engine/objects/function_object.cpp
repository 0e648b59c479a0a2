// function objects: creation (MAKE_FUNCTION, PyEval_EvalCode), func_dealloc's release order,
// traverse, repr, __get__ (bound methods) and the function attributes.
#include "objects/function_object.h"

#include "objects/cell_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/method_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }

void funcDealloc(Object* o) {
    FunctionObject* f = asFunction(o);
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    clearWeakrefs(o);
    // func_clear's order, then code, name, qualname.
    f->version = 0;
    for (Object** p : {&f->globals, &f->builtins, &f->module, &f->defaults, &f->kwdefaults, &f->doc, &f->dict,
                       &f->closure, &f->annotations})
        xdecref(std::exchange(*p, nullptr));
    xdecref(std::exchange(f->code, nullptr));
    xdecref(std::exchange(f->name, nullptr));
    xdecref(std::exchange(f->qualname, nullptr));
    interp.freeObject(o);
}

int funcTraverse(Object* o, VisitProc visit, void* arg) {
    FunctionObject* f = asFunction(o);
    for (Object* p : {f->code, f->globals, f->builtins, f->module, f->defaults, f->kwdefaults, f->doc, f->name, f->dict,
                      f->closure, f->annotations, f->qualname})
        if (p)
            if (int r = visit(p, arg)) return r;
    return 0;
}

int funcClear(Object* o) {
    FunctionObject* f = asFunction(o);
    f->version = 0;
    for (Object** p : {&f->globals, &f->builtins, &f->module, &f->defaults, &f->kwdefaults, &f->doc, &f->dict,
                       &f->closure, &f->annotations})
        xdecref(std::exchange(*p, nullptr));
    Interpreter& interp = interpOf(o);
    incref(interp.emptyStr);
    xdecref(std::exchange(f->name, interp.emptyStr));
    incref(interp.emptyStr);
    xdecref(std::exchange(f->qualname, interp.emptyStr));
    return 0;
}

Object* funcRepr(Object* o) {
    FunctionObject* f = asFunction(o);
    return newStrFromUtf8(interpOf(o), formatString("<function %s at 0x%llx>", strToUtf8(f->qualname).c_str(),
                                                    static_cast<unsigned long long>(o->addr)))
        .release();
}

std::string funcLabel(const Object* o) {
    return "<function " + strToUtf8(static_cast<const FunctionObject*>(o)->qualname) + ">";
}

std::int64_t pointerHash(Object* o) {
    const std::uint64_t a = o->addr;
    return static_cast<std::int64_t>((a >> 4) | (a << 60)) & 0x7fffffffffffffffLL;
}

Object* funcGet(Object* func, Object* obj, Object*) {
    if (obj == nullptr || obj == interpOf(func).none) {
        incref(func);
        return func;
    }
    return newMethod(interpOf(func), func, obj).release();
}

Object* funcCall(Object* callable, Object* const* args, std::int64_t nargs, Object* kwnames) {
    return callPythonFunction(callable, args, nargs, kwnames).release();
}

// --- attributes ---
Object* ret(Object* self, Object* v) {
    Object* r = v ? v : interpOf(self).none;
    incref(r);
    return r;
}
void typeError(Object* self, const std::string& m) { raiseError(interpOf(self), vmOf(self).exc.TypeError, m); }

Object* getName(Object* self) { return ret(self, asFunction(self)->name); }
int setName(Object* self, Object* v) {
    if (!v || !isStr(v)) {
        typeError(self, "__name__ must be set to a string object");
        return -1;
    }
    incref(v);
    decref(std::exchange(asFunction(self)->name, v));
    return 0;
}
Object* getQualName(Object* self) { return ret(self, asFunction(self)->qualname); }
int setQualName(Object* self, Object* v) {
    if (!v || !isStr(v)) {
        typeError(self, "__qualname__ must be set to a string object");
        return -1;
    }
    incref(v);
    decref(std::exchange(asFunction(self)->qualname, v));
    return 0;
}
Object* getDoc(Object* self) { return ret(self, asFunction(self)->doc); }
int setDoc(Object* self, Object* v) {
    v = v ? v : interpOf(self).none;
    incref(v);
    xdecref(std::exchange(asFunction(self)->doc, v));
    return 0;
}
Object* getModule(Object* self) { return ret(self, asFunction(self)->module); }
int setModule(Object* self, Object* v) {
    xincref(v);
    xdecref(std::exchange(asFunction(self)->module, v));
    return 0;
}
Object* getDefaults(Object* self) { return ret(self, asFunction(self)->defaults); }
int setDefaults(Object* self, Object* v) {
    if (v == interpOf(self).none) v = nullptr;
    if (v && !isTuple(v)) {
        typeError(self, "__defaults__ must be set to a tuple object");
        return -1;
    }
    xincref(v);
    xdecref(std::exchange(asFunction(self)->defaults, v));
    return 0;
}
Object* getKwDefaults(Object* self) { return ret(self, asFunction(self)->kwdefaults); }
int setKwDefaults(Object* self, Object* v) {
    if (v == interpOf(self).none) v = nullptr;
    if (v && !isDict(v)) {
        typeError(self, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    xincref(v);
    xdecref(std::exchange(asFunction(self)->kwdefaults, v));
    return 0;
}
Object* getClosure(Object* self) { return ret(self, asFunction(self)->closure); }
Object* getGlobals(Object* self) { return ret(self, asFunction(self)->globals); }
Object* getBuiltins(Object* self) { return ret(self, asFunction(self)->builtins); }
Object* getCode(Object* self) { return ret(self, asFunction(self)->code); }
// func_set_code: a code object with as many free variables as the function has closure cells.
int setCode(Object* self, Object* v) {
    FunctionObject* f = asFunction(self);
    if (!v || !isCode(v)) {
        typeError(self, "__code__ must be set to a code object");
        return -1;
    }
    const std::int64_t nclosure = f->closure ? tupleSize(f->closure) : 0;
    if (nclosure != asCode(v)->nfreevars) {
        raiseError(interpOf(self), vmOf(self).exc.ValueError,
                   strToUtf8(f->name) + formatString("() requires a code object with %lld free vars, not %d",
                                                     static_cast<long long>(nclosure), asCode(v)->nfreevars));
        return -1;
    }
    f->version = 0;
    incref(v);
    xdecref(std::exchange(f->code, v));
    return 0;
}
Object* getDict(Object* self) {
    FunctionObject* f = asFunction(self);
    if (!f->dict) f->dict = newDict(interpOf(self)).release();
    return ret(self, f->dict);
}
Object* getAnnotations(Object* self) {
    FunctionObject* f = asFunction(self);
    if (!f->annotations) f->annotations = newDict(interpOf(self)).release();
    else if (isTuple(f->annotations)) {
        // 3.11 stores annotations as a flat (name, value, ...) tuple until first access.
        Object* t = f->annotations;
        Ref d = newDict(interpOf(self));
        for (std::int64_t i = 0; i + 1 < tupleSize(t); i += 2) dictSetItem(d.get(), tupleItem(t, i), tupleItem(t, i + 1));
        f->annotations = d.release();
        decref(t);
    }
    return ret(self, f->annotations);
}
int setAnnotations(Object* self, Object* v) {
    xincref(v);
    xdecref(std::exchange(asFunction(self)->annotations, v));
    return 0;
}

const GetSetDef kGetSets[] = {
    {"__name__", getName, setName},
    {"__qualname__", getQualName, setQualName},
    {"__doc__", getDoc, setDoc},
    {"__module__", getModule, setModule},
    {"__defaults__", getDefaults, setDefaults},
    {"__kwdefaults__", getKwDefaults, setKwDefaults},
    {"__closure__", getClosure, nullptr},
    {"__globals__", getGlobals, nullptr},
    {"__builtins__", getBuiltins, nullptr},
    {"__code__", getCode, setCode},
    {"__dict__", getDict, nullptr},
    {"__annotations__", getAnnotations, setAnnotations},
    {nullptr, nullptr, nullptr},
};

} // namespace

bool isFunction(const Object* o) { return o->type == vmOf(o).types.function; }

Object* builtinsFromGlobals(Interpreter& interp, Object* globals) {
    Object* b = dictGetItem(globals, vmOf(interp).names.__builtins__);
    if (b) {
        if (isModule(b)) return moduleDict(b);
        return b;
    }
    return vmOf(interp).builtinsDict;
}

Ref newFunction(Interpreter& interp, Object* code, Object* globals, Object* qualname) {
    CodeObject* co = asCode(code);
    Object* doc = interp.none;
    if (tupleSize(co->consts) >= 1 && isStr(tupleItem(co->consts, 0))) doc = tupleItem(co->consts, 0);
    Object* module = dictGetItem(globals, vmOf(interp).names.__name__);
    Object* builtins = builtinsFromGlobals(interp, globals);
    auto* f = interp.newObject<FunctionObject>(vmOf(interp).types.function, 136);
    if (!f) return Ref();
    incref(globals);
    f->globals = globals;
    incref(builtins);
    f->builtins = builtins;
    incref(co->name);
    f->name = co->name;
    Object* q = qualname ? qualname : co->qualname;
    incref(q);
    f->qualname = q;
    incref(code);
    f->code = code;
    incref(doc);
    f->doc = doc;
    xincref(module);
    f->module = module;
    interp.gc().track(f);
    return Ref(f);
}

namespace {

// func_new (types.FunctionType(code, globals, name=None, argdefs=None, closure=None)): Argument
// Clinic's type checks, then func_new_impl's on name, defaults and the closure, PyFunction_New and
// the given name, defaults and closure.
Object* funcNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    static const char* const kNames[] = {"code", "globals", "name", "argdefs", "closure"};
    ArgSpec spec{"function", kNames, 5, 0, 2, 5};
    std::vector<Object*> flat(tupleItems(args), tupleItems(args) + tupleSize(args));
    KwNameList kwnames;
    dictKeywords(kwargs, flat, kwnames);
    Object* a[5] = {};
    if (!unpackParserArgs(interp, spec, "function", flat.data(), tupleSize(args), kwnames, a)) return nullptr;
    Object* none = interp.none;
    Object* code = a[0];
    Object* globals = a[1];
    Object* name = a[2] ? a[2] : none;
    Object* defaults = a[3] ? a[3] : none;
    Object* closure = a[4] ? a[4] : none;
    auto argError = [&](const char* what, const char* expected, Object* got) {
        raiseError(interp, vmOf(interp).exc.TypeError, std::string("function() argument '") + what + "' must be " + expected + ", not " + got->type->name);
        return nullptr;
    };
    if (!isCode(code)) return argError("code", "code", code);
    if (!isDict(globals)) return argError("globals", "dict", globals);
    if (name != none && !isStr(name)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "arg 3 (name) must be None or string");
        return nullptr;
    }
    if (defaults != none && !isTuple(defaults)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "arg 4 (defaults) must be None or tuple");
        return nullptr;
    }
    CodeObject* co = asCode(code);
    if (!isTuple(closure)) {
        if (co->nfreevars && closure == none) {
            raiseError(interp, vmOf(interp).exc.TypeError, "arg 5 (closure) must be tuple");
            return nullptr;
        }
        if (closure != none) {
            raiseError(interp, vmOf(interp).exc.TypeError, "arg 5 (closure) must be None or tuple");
            return nullptr;
        }
    }
    const std::int64_t nclosure = closure == none ? 0 : tupleSize(closure);
    if (co->nfreevars != nclosure) {
        raiseError(interp, vmOf(interp).exc.ValueError, strToUtf8(co->name) + " requires closure of length " +
                                                            std::to_string(co->nfreevars) + ", not " + std::to_string(nclosure));
        return nullptr;
    }
    for (std::int64_t i = 0; i < nclosure; ++i) {
        if (!isCell(tupleItem(closure, i))) {
            raiseError(interp, vmOf(interp).exc.TypeError, "arg 5 (closure) expected cell, found " + tupleItem(closure, i)->type->name);
            return nullptr;
        }
    }
    Ref func = newFunction(interp, code, globals);
    if (!func) return nullptr;
    FunctionObject* f = asFunction(func.get());
    if (name != none) {
        incref(name);
        decref(std::exchange(f->name, name));
    }
    if (defaults != none) {
        incref(defaults);
        f->defaults = defaults;
    }
    if (closure != none) {
        incref(closure);
        f->closure = closure;
    }
    return func.release();
}

} // namespace

void initFunctionType(Interpreter& interp, TypeObject& t) {
    t.dealloc = funcDealloc;
    t.traverse = funcTraverse;
    t.clear = funcClear;
    t.sizeOf = [](const Object*) -> std::int64_t { return 136; };
    t.repr = funcRepr;
    t.hash = pointerHash;
    t.label = funcLabel;
    t.slots.descrGet = funcGet;
    t.slots.call = funcCall;
    t.slots.tpNew = funcNew;
    t.slots.dictOffset = 88;
    t.slots.dictPtr = [](Object* o) { return &asFunction(o)->dict; };
    setHostDestructor<FunctionObject>(t);
    addGetSets(interp, &t, kGetSets);
}

} // namespace hs
