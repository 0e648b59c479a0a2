// builtin_function_or_method: creation (heap and static), the METH_* argument checks with 3.11's
// messages, repr, and the attributes (__name__, __qualname__, __self__, __module__, __doc__,
// __text_signature__).
#include "objects/builtin_function_object.h"

#include "objects/builtin_docs.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/internal_doc.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/protocols_call_fast.h"
#include "vm/vm_state.h"

#include <vector>

namespace hs {

namespace {

BuiltinFunctionObject* asBuiltin(Object* o) { return static_cast<BuiltinFunctionObject*>(o); }

// A method descriptor's __qualname__ (calculate_qualname: the type's __qualname__, not its tp_name:
// "deque.pop"), or the bare name of a module function.
std::string qualName(const MethodDef* def, const TypeObject* owner) {
    return owner ? typeQualName(owner) + "." + def->name : std::string(def->name);
}

// _PyObject_FunctionStr, as the METH_NOARGS/O/FASTCALL checks name the function: a module
// function (self is its module) is "__module__.name" unless __module__ is builtins. __module__ is
// the function's own (operator's functions say _operator), found among the module's values; the
// module's name otherwise. Error path only.
std::string functionStr(const MethodDef* def, const TypeObject* owner, const Object* self) {
    if (!owner && self && isModule(self)) {
        const Object* moduleName = static_cast<const ModuleObject*>(self)->name;
        Object* dict = static_cast<const ModuleObject*>(self)->dict;
        std::int64_t pos = 0;
        Object *key = nullptr, *fn = nullptr;
        while (dict && dictNext(dict, pos, &key, &fn)) { // a scan: no lookup key to allocate
            if (isBuiltinFunction(fn) && asBuiltin(fn)->def == def) {
                if (asBuiltin(fn)->module) moduleName = asBuiltin(fn)->module;
                break;
            }
        }
        if (moduleName && isStr(moduleName)) {
            std::string module = strToUtf8(moduleName);
            if (module != "builtins") return module + "." + def->name;
        }
    }
    return qualName(def, owner);
}

// The type meth_get__qualname__ names for a builtin bound to m_self: m_self itself when it is a
// class, else its type; null for a module function (or no m_self). A static type's METH_STATIC
// method holds its type as m_self (cSelfOf).
const TypeObject* boundQualType(const MethodDef* def, const TypeObject* owner, const Object* self) {
    if (self == nullptr && (def->flags & meth::kStatic)) self = owner;
    if (self == nullptr || isModule(self)) return nullptr;
    return isType(self) ? static_cast<const TypeObject*>(self) : self->type;
}

// _PyObject_FunctionStr of a bound builtin_function_or_method (its __module__ is None unless it is
// a module function's).
std::string boundFunctionStr(const MethodDef* def, const TypeObject* owner, const Object* self) {
    if (const TypeObject* type = boundQualType(def, owner, self)) return typeQualName(type) + "." + def->name;
    return functionStr(def, nullptr, self);
}

void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }

Object* builtinCall(Object* callable, Object* const* args, std::int64_t nargs, Object* kwnames) {
    BuiltinFunctionObject* f = asBuiltin(callable);
    if (kwnames == nullptr) return callMethodDefNoKw(*callable->type->interp, f->def, f->owner, cSelfOf(f), args, nargs, true);
    return callMethodDef(*callable->type->interp, f->def, f->owner, cSelfOf(f), args, nargs, kwnames, true);
}

void builtinDealloc(Object* o) {
    BuiltinFunctionObject* f = asBuiltin(o);
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    clearWeakrefs(o);
    xdecref(std::exchange(f->self, nullptr));
    xdecref(std::exchange(f->module, nullptr));
    interp.freeObject(o);
}

int builtinTraverse(Object* o, VisitProc visit, void* arg) {
    BuiltinFunctionObject* f = asBuiltin(o);
    if (f->self)
        if (int r = visit(f->self, arg)) return r;
    if (f->module)
        if (int r = visit(f->module, arg)) return r;
    return 0;
}

Object* builtinRepr(Object* o) {
    BuiltinFunctionObject* f = asBuiltin(o);
    Interpreter& interp = *o->type->interp;
    // meth_repr reads m_self, which a static type's staticmethod holds as its type (its __self__ is None).
    const Object* self = cSelfOf(f);
    if (self == nullptr || isModule(self))
        return newStrFromUtf8(interp, std::string("<built-in function ") + f->def->name + ">").release();
    return newStrFromUtf8(interp, formatString("<built-in method %s of %s object at 0x%llx>", f->def->name,
                                               self->type->name.c_str(), static_cast<unsigned long long>(self->addr)))
        .release();
}

std::string builtinLabel(const Object* o) {
    return std::string("<built-in ") + static_cast<const BuiltinFunctionObject*>(o)->def->name + ">";
}

std::int64_t builtinHash(Object* o) {
    // meth_hash: hash(self) ^ hash(function pointer); the pointer is not observable: use the address.
    const std::uint64_t a = o->addr;
    return static_cast<std::int64_t>((a >> 4) | (a << 60)) & 0x7fffffffffffffffLL;
}

Object* getName(Object* self) { return newStrFromUtf8(*self->type->interp, asBuiltin(self)->def->name).release(); }
// meth_get__qualname__: the name alone for a module function; else the __qualname__ of m_self
// when it is a type (dict.fromkeys, str.maketrans), or of m_self's type ([].append: 'list.append',
// True.bit_length: 'bool.bit_length') + '.' + the name.
Object* getQualName(Object* self) {
    BuiltinFunctionObject* f = asBuiltin(self);
    Interpreter& interp = *self->type->interp;
    Object* mSelf = cSelfOf(f);
    if (mSelf == nullptr || isModule(mSelf)) return getName(self);
    Object* type = isType(mSelf) ? mSelf : mSelf->type;
    Ref typeQualname = getAttr(type, vmOf(interp).names.__qualname__);
    if (!typeQualname) return nullptr;
    if (!isStr(typeQualname.get())) {
        typeError(interp, "<method>.__class__.__qualname__ is not a unicode object");
        return nullptr;
    }
    return newStrFromUtf8(interp, strToUtf8(typeQualname.get()) + "." + f->def->name).release();
}
Object* getSelf(Object* self) {
    BuiltinFunctionObject* f = asBuiltin(self);
    Object* r = f->self ? f->self : self->type->interp->none;
    incref(r);
    return r;
}
// meth_members' __module__: a writable T_OBJECT member (None while null; del makes it null).
Object* getModule(Object* self) {
    BuiltinFunctionObject* f = asBuiltin(self);
    Object* r = f->module ? f->module : self->type->interp->none;
    incref(r);
    return r;
}
int setModule(Object* self, Object* value) {
    xincref(value);
    xdecref(std::exchange(asBuiltin(self)->module, value));
    return 0;
}
// meth_get__doc__ / meth_get__text_signature__: from the def's internal doc.
Object* getDoc(Object* self) {
    const MethodDef* def = asBuiltin(self)->def;
    return docFromInternalDoc(*self->type->interp, def->name, internalDocOf(asBuiltin(self))).release();
}
Object* getTextSignature(Object* self) {
    const MethodDef* def = asBuiltin(self)->def;
    return textSignatureFromInternalDoc(*self->type->interp, def->name, internalDocOf(asBuiltin(self))).release();
}

const GetSetDef kMembers[] = {{"__module__", getModule, setModule}, {nullptr, nullptr}};
const GetSetDef kGetSets[] = {
    {"__doc__", getDoc}, {"__name__", getName}, {"__qualname__", getQualName}, {"__self__", getSelf},
    {"__text_signature__", getTextSignature}, {nullptr, nullptr},
};

} // namespace

bool isBuiltinFunction(const Object* o) { return o->type == vmOf(o).types.builtinFunction; }

const char* internalDocOf(const BuiltinFunctionObject* f) {
    const char* doc = nullptr;
    if (f->owner) doc = cpythonBuiltinDocOfType(f->owner, f->def->name);
    else if (f->module) doc = f->moduleDoc;
    else if (f->self && isType(f->self)) // a static type's __new__ (tp_new_wrapper)
        doc = cpythonBuiltinDocOfType(static_cast<const TypeObject*>(f->self), f->def->name);
    return doc ? doc : f->def->doc;
}

namespace {
const char* lookUpModuleDoc(const MethodDef* def, const Object* module) {
    return module && isStr(module) ? cpythonBuiltinDoc(strToUtf8(module), def->name) : nullptr;
}
} // namespace

Ref newBuiltinFunction(Interpreter& interp, const MethodDef* def, Object* self, Object* module, const TypeObject* owner) {
    auto* f = interp.newObject<BuiltinFunctionObject>(vmOf(interp).types.builtinFunction, 56);
    if (!f) return Ref();
    f->def = def;
    f->owner = owner;
    f->self = self;
    xincref(self);
    f->module = module;
    xincref(module);
    f->moduleDoc = lookUpModuleDoc(def, module);
    interp.gc().track(f);
    return Ref(f);
}

Object* newStaticBuiltinFunction(Interpreter& interp, const MethodDef* def, Object* self, Object* module) {
    auto* f = interp.newStaticObject<BuiltinFunctionObject>(vmOf(interp).types.builtinFunction, 56, 1);
    f->def = def;
    f->self = self;
    xincref(self);
    f->module = module;
    xincref(module);
    f->moduleDoc = lookUpModuleDoc(def, module);
    return f;
}

Object* callMethodDef(Interpreter& interp, const MethodDef* def, const TypeObject* owner, Object* self,
                      Object* const* args, std::int64_t nargs, Object* kwnames, bool bound) {
    // A static type's METH_STATIC method unbound (its m_self None): the C function gets the type.
    if (!self && (def->flags & meth::kStatic) && owner) self = const_cast<TypeObject*>(owner);
    const int flags = def->flags & (meth::kNoArgs | meth::kO | meth::kFastcall | meth::kKeywords);
    // METH_VARARGS functions have no vectorcall: _PyObject_MakeTpCall packs the positional
    // arguments into a new tuple and the keywords into a new dict (_PyStack_AsDict), which live
    // for the call (the function reads its arguments from them) and are dropped after it.
    Ref argsTuple, kwargs;
    std::vector<Object*> flat;
    if (def->flags & meth::kVarargs) {
        argsTuple = tupleFromArray(interp, args, nargs);
        if (!argsTuple) return nullptr;
        const std::int64_t nkw = kwCount(kwnames);
        flat.assign(tupleItems(argsTuple.get()), tupleItems(argsTuple.get()) + nargs);
        if (nkw > 0) {
            kwargs = newDictPresized(interp, nkw);
            if (!kwargs) return nullptr;
            for (std::int64_t i = 0; i < nkw; ++i)
                if (dictSetItem(kwargs.get(), tupleItem(kwnames, i), args[nargs + i]) < 0) return nullptr;
            flat.insert(flat.end(), args + nargs, args + nargs + nkw);
        }
        args = flat.data();
    }
    // The name in the messages (error path only): see the header.
    auto who = [&] { return bound ? boundFunctionStr(def, owner, self) : functionStr(def, owner, self); };
    if (!(flags & meth::kKeywords) && kwCount(kwnames) > 0) {
        // A bound METH_VARARGS builtin goes through cfunction_call, which names the bare ml_name;
        // method_check_args and the vectorcalls use _PyObject_FunctionStr.
        const std::string name = (def->flags & meth::kVarargs) && bound ? std::string(def->name) : who();
        typeError(interp, name + "() takes no keyword arguments");
        return nullptr;
    }
    if ((flags & meth::kNoArgs) && nargs != 0) {
        typeError(interp, formatString("%s() takes no arguments (%lld given)", who().c_str(), static_cast<long long>(nargs)));
        return nullptr;
    }
    if ((flags & meth::kO) && nargs != 1) {
        typeError(interp, formatString("%s() takes exactly one argument (%lld given)", who().c_str(), static_cast<long long>(nargs)));
        return nullptr;
    }
    if (!enterRecursiveCall(interp, " while calling a Python object")) return nullptr;
    Object* result = def->fn(self, args, nargs, kwCount(kwnames) ? kwnames : nullptr);
    leaveRecursiveCall(interp);
    return result;
}

void initBuiltinFunctionType(Interpreter& interp, TypeObject& t) {
    t.dealloc = builtinDealloc;
    t.traverse = builtinTraverse;
    t.sizeOf = [](const Object*) -> std::int64_t { return 56; };
    t.repr = builtinRepr;
    t.hash = builtinHash;
    t.label = builtinLabel;
    t.slots.call = builtinCall;
    setHostDestructor<BuiltinFunctionObject>(t);
    addMembers(interp, &t, kMembers);
    addGetSets(interp, &t, kGetSets);
}

} // namespace hs
