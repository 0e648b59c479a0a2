// ctypes function pointers (Modules/_ctypes/_ctypes.c: PyCFuncPtrType, PyCFuncPtr; callproc.c: dlopen,
// byref's CArgObject) over simulated foreign functions: an address names an entry of the native table.
#include "objects/ctypes_object.h"

#include "objects/class_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <cstdio>
#include <iterator>
#include <string>

namespace hs {

namespace {

// Simulated foreign functions live at kNativeBase + 16 * index, shared libraries' handles at
// kLibraryBase + 16 * index: addresses outside the simulated heap, never dereferenced.
constexpr std::uint64_t kNativeBase = 0x7f3a00001000;
constexpr std::uint64_t kLibraryBase = 0x7f3b00002000;

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }

std::uint64_t functionAddress(CDataObject* c) {
    std::uint64_t a = 0;
    for (int i = 0; i < 8; ++i) a |= static_cast<std::uint64_t>(c->value[i]) << (8 * i);
    return a;
}

void setFunctionAddress(CDataObject* c, std::uint64_t a) {
    for (int i = 0; i < 8; ++i) c->value[i] = static_cast<std::uint8_t>(a >> (8 * i));
}

// The PyObject* a libpython function receives for argument `i`: a py_object instance passes its
// object; with `argtypes` naming py_object there, the argument itself. Borrowed, or null + error.
Object* objectArgument(Object* self, Object* arg, int i) {
    Interpreter& interp = interpOf(self);
    if (isCData(arg) && asCType(arg->type)->code == 'O') {
        std::uint64_t address = 0;
        for (int k = 0; k < 8; ++k) {
            std::uint8_t byte = 0;
            if (!ctypesRead(interp, asCData(arg)->ptr + k, &byte, 1)) return nullptr;
            address |= static_cast<std::uint64_t>(byte) << (8 * k);
        }
        Object* target = address ? interp.objectAt(address) : nullptr;
        if (!target) raiseAccessViolation(interp, "reading", address);
        return target;
    }
    Ref argtypes = getAttrStr(self, "argtypes");
    if (!argtypes) clearError(interp);
    else if (isTuple(argtypes.get()) || isList(argtypes.get())) {
        const std::int64_t n = isTuple(argtypes.get()) ? tupleSize(argtypes.get()) : listSize(argtypes.get());
        Object* t = i < n ? (isTuple(argtypes.get()) ? tupleItem(argtypes.get(), i) : listItem(argtypes.get(), i)) : nullptr;
        if (t && isCType(t) && asCType(t)->code == 'O') return arg;
    }
    const std::string message = "argument " + std::to_string(i + 1) + ": TypeError: Don't know how to convert parameter " + std::to_string(i + 1);
    if (Object* cls = ctypesTypes(interp).argumentError) raiseError(interp, asType(cls), message);
    else typeError(interp, message);
    return nullptr;
}

// What a function returning void gives back: None with restype None, else the int CPython reads
// from an undefined return register (0 here).
Object* voidResult(Object* self) {
    Interpreter& interp = interpOf(self);
    Ref restype = getAttrStr(self, "restype");
    if (!restype) clearError(interp);
    if (restype && restype.get() == interp.none) return Ref::borrowed(interp.none).release();
    return newInt(interp, 0).release();
}

// Py_IncRef(PyObject*) / Py_DecRef(PyObject*) of libpython (NULL is ignored by both).
Object* nativePyIncRef(Object* self, Object* const* args, std::int64_t nargs) {
    if (nargs < 1) return voidResult(self);
    Object* target = objectArgument(self, args[0], 0);
    if (!target) return nullptr;
    Interpreter& interp = interpOf(self);
    const std::int64_t shown = interp.visibleRefcnt(target);
    incref(target);
    ++ctypesTypes(interp).manualIncrefs[target];
    vmOf(interp).extraRoots.push_back(target); // the reference the heap audit accounts it to
    interp.writeRefcnt(target, shown + 1);
    return voidResult(self);
}
Object* nativePyDecRef(Object* self, Object* const* args, std::int64_t nargs) {
    if (nargs < 1) return voidResult(self);
    Object* target = objectArgument(self, args[0], 0);
    if (!target) return nullptr;
    Ref result(voidResult(self));
    if (!result) return nullptr;
    Interpreter& interp = interpOf(self);
    const std::int64_t shown = interp.visibleRefcnt(target);
    auto& extra = ctypesTypes(interp).manualIncrefs;
    auto it = extra.find(target);
    if (it != extra.end()) {
        if (--it->second == 0) extra.erase(it);
        auto& roots = vmOf(interp).extraRoots;
        for (auto r = roots.rbegin(); r != roots.rend(); ++r)
            if (*r == target) {
                roots.erase(std::next(r).base());
                break;
            }
        decref(target); // a reference Py_IncRef added: never the last one (the caller holds target)
    }
    interp.writeRefcnt(target, shown - 1);
    return result.release();
}

// The foreign functions of loaded libraries the simulation runs, by symbol.
auto libraryFunction(const std::string& symbol) -> Object* (*)(Object*, Object* const*, std::int64_t) {
    if (symbol == "Py_IncRef") return nativePyIncRef;
    if (symbol == "Py_DecRef") return nativePyDecRef;
    return nullptr;
}

// PyCFuncPtrType_new (make_funcptrtype_dict): `_flags_` is required, `_argtypes_` a sequence,
// `_restype_` a ctypes type, a callable or None (own or inherited).
Object* funcPtrMetaNew(TypeObject* meta, Object* args, Object* kwargs) {
    Interpreter& interp = *meta->interp;
    VmState& vm = vmOf(interp);
    (void)kwargs;
    Object* bases = nullptr;
    Object* ns = nullptr;
    if (!ctypesClassArgs(interp, args, bases, ns)) return nullptr;
    CtypesTypes& ct = ctypesTypes(interp);
    if (tupleSize(bases) != 1 || !isCType(tupleItem(bases, 0)) || !tupleItem(bases, 0)->type->isSubtypeOf(ct.funcPtrMeta)) {
        typeError(interp, "ctypes function pointer classes take one CFuncPtr base class in this simulation");
        return nullptr;
    }
    CTypeObject* base = asCType(tupleItem(bases, 0));
    Ref flagsKey = internName(interp, "_flags_");
    Object* flags = dictGetItem(ns, flagsKey.get());
    std::int64_t funcFlags = base->funcFlags;
    if (flags == nullptr && !base->isFuncPtr) {
        typeError(interp, "class must define _flags_ which must be an integer");
        return nullptr;
    }
    if (flags != nullptr) {
        if (!isInt(flags) || !intAsInt64(flags, funcFlags)) {
            if (errOccurred(interp)) clearError(interp);
            typeError(interp, "class must define _flags_ which must be an integer");
            return nullptr;
        }
    }
    Ref argtypesKey = internName(interp, "_argtypes_");
    if (Object* argtypes = dictGetItem(ns, argtypesKey.get())) {
        if (!isTuple(argtypes) && !isList(argtypes)) { // PySequence_Check, for the sequences ctypes sees
            typeError(interp, "_argtypes_ must be a sequence of types");
            return nullptr;
        }
    }
    Ref restypeKey = internName(interp, "_restype_");
    if (Object* restype = dictGetItem(ns, restypeKey.get())) {
        if (restype != interp.none && !isCType(restype) && !isCallable(restype)) {
            typeError(interp, "_restype_ must be a type, a callable, or None");
            return nullptr;
        }
    }
    CTypeObject* t = newCType(interp, strToUtf8(tupleItem(args, 0)), meta, base);
    t->isFuncPtr = true;
    t->concrete = true;
    t->funcFlags = funcFlags;
    t->size = t->align = 8;
    t->length = 1;
    t->slots.tpNew = base->slots.tpNew;
    t->slots.call = base->slots.call;
    t->slots.tpCallOnly = base->slots.tpCallOnly;
    t->repr = base->repr;
    Object* module = dictGetItem(ns, vm.names.__module__);
    t->module = module && isStr(module) ? strToUtf8(module) : "__main__";
    t->moduleName = t->module.c_str();
    ctypesCopyNamespace(interp, t, ns);
    addCtypesInstanceDict(interp, t);
    addSlotWrappers(interp, t);
    applyPythonSlots(t); // after the wrappers: the class body's dunders win
    incref(t);
    return t;
}

// PyCFuncPtr_new: () a NULL function pointer; (address); ((name, dll)[, paramflags]) the symbol
// of a loaded library; (callable) a callback.
Object* funcPtrTpNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    VmState& vm = vmOf(interp);
    (void)kwargs;
    if (!isCType(type) || !asCType(type)->concrete) {
        typeError(interp, "abstract class");
        return nullptr;
    }
    CTypeObject* t = asCType(type);
    const std::int64_t n = tupleSize(args);
    if (n == 0) return cdataNew(t).release();
    Object* first = tupleItem(args, 0);
    if (isTuple(first)) {
        if (n > 2) {
            typeError(interp, "function takes at most 2 arguments (" + std::to_string(n) + " given)");
            return nullptr;
        }
        if (tupleSize(first) != 2 || (!isStr(tupleItem(first, 0)) && !isInt(tupleItem(first, 0)))) {
            typeError(interp, "illegal func_spec argument");
            return nullptr;
        }
        Object* name = tupleItem(first, 0);
        Object* dll = tupleItem(first, 1);
        Ref handle = getAttrStr(dll, "_handle");
        if (!handle) return nullptr;
        if (!isInt(handle.get())) {
            typeError(interp, "the _handle attribute of the second argument must be an integer");
            return nullptr;
        }
        // dlsym: every symbol resolves (the simulation cannot tell which a library exports); it
        // is the call that reports a foreign function the simulation does not model.
        const std::string symbol = isStr(name) ? strToUtf8(name) : "#" + strToUtf8(objectStr(name).get());
        Ref self = cdataNew(t);
        if (!self) return nullptr;
        setFunctionAddress(asCData(self.get()), ctypesNativeAddress(interp, symbol, libraryFunction(symbol)));
        if (!ctypesKeepRef(asCData(self.get()), 0, Ref::borrowed(dll))) return nullptr;
        return self.release();
    }
    if (n == 1 && isInt(first)) {
        std::uint64_t address = 0;
        if (!ctypesAddressArg(interp, first, address)) return nullptr;
        Ref self = cdataNew(t);
        if (!self) return nullptr;
        setFunctionAddress(asCData(self.get()), address);
        return self.release();
    }
    if (!isCallable(first)) {
        typeError(interp, "argument must be callable or integer function address");
        return nullptr;
    }
    (void)vm;
    Ref self = cdataNew(t);
    if (!self) return nullptr;
    CDataObject* c = asCData(self.get());
    c->callable = Ref::borrowed(first).release();
    setFunctionAddress(c, ctypesNativeAddress(interp, "<callback " + std::to_string(first->addr) + ">", nullptr));
    return self.release();
}

// PyCFuncPtr_call: a callback calls its Python callable; an address calls the simulated function
// registered there; any other foreign code cannot run in the simulation.
Object* funcPtrCall(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(interp);
    CDataObject* c = asCData(self);
    if (c->callable) return call(c->callable, args, nargs, kwnames).release();
    if (kwnames && tupleSize(kwnames) > 0) {
        raiseError(interp, vm.exc.ValueError, "this function does not accept keyword arguments");
        return nullptr;
    }
    const std::uint64_t address = functionAddress(c);
    if (address == 0) {
        raiseError(interp, vm.exc.ValueError, "NULL function pointer");
        return nullptr;
    }
    const CtypesTypes& ct = ctypesTypes(interp);
    const std::uint64_t index = (address - kNativeBase) / 16;
    if (address >= kNativeBase && (address - kNativeBase) % 16 == 0 && index < ct.natives.size()) {
        const CtypesTypes::NativeFunction& fn = ct.natives[index];
        if (fn.call) return fn.call(self, args, nargs);
        raiseError(interp, vm.exc.NotImplementedError,
                   "the foreign function '" + fn.name + "' cannot run in the simulation (only ctypes' own helpers are simulated)");
        return nullptr;
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(address));
    raiseError(interp, vm.exc.NotImplementedError, std::string("the foreign function at ") + buf + " cannot run in the simulation");
    return nullptr;
}

// The class attribute `name` (_argtypes_ / _restype_) or None. New reference.
Object* classAttrOrNone(Object* self, const char* name) {
    Interpreter& interp = interpOf(self);
    Ref key = internName(interp, name);
    Object* v = typeLookup(self->type, key.get());
    return Ref::borrowed(v ? v : interp.none).release();
}

// PyCFuncPtr_get_argtypes / _set_argtypes: the sequence as set, or None.
Object* funcPtrGetArgtypes(Object* self) {
    CDataObject* c = asCData(self);
    return c->argtypes ? Ref::borrowed(c->argtypes).release() : classAttrOrNone(self, "_argtypes_");
}
int funcPtrSetArgtypes(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    CDataObject* c = asCData(self);
    if (value == nullptr || value == interp.none) {
        xdecref(std::exchange(c->argtypes, nullptr));
        return 0;
    }
    if (!isTuple(value) && !isList(value)) {
        typeError(interp, "_argtypes_ must be a sequence of types");
        return -1;
    }
    xdecref(std::exchange(c->argtypes, Ref::borrowed(value).release())); // kept as given
    return 0;
}

// PyCFuncPtr_get_restype / _set_restype: a ctypes type, a callable, or None.
Object* funcPtrGetRestype(Object* self) {
    CDataObject* c = asCData(self);
    return c->restype ? Ref::borrowed(c->restype).release() : classAttrOrNone(self, "_restype_");
}
int funcPtrSetRestype(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    CDataObject* c = asCData(self);
    if (value == nullptr) {
        xdecref(std::exchange(c->restype, nullptr));
        return 0;
    }
    if (value != interp.none && !isCType(value) && !isCallable(value)) {
        typeError(interp, "restype must be a type, a callable, or None");
        return -1;
    }
    xdecref(std::exchange(c->restype, Ref::borrowed(value).release()));
    return 0;
}

Object* funcPtrGetErrcheck(Object* self) {
    CDataObject* c = asCData(self);
    return Ref::borrowed(c->errcheck ? c->errcheck : interpOf(self).none).release();
}
int funcPtrSetErrcheck(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    CDataObject* c = asCData(self);
    if (value && value != interp.none && !isCallable(value)) {
        typeError(interp, "the errcheck attribute must be callable");
        return -1;
    }
    xdecref(std::exchange(c->errcheck, value && value != interp.none ? Ref::borrowed(value).release() : nullptr));
    return 0;
}

const GetSetDef kFuncPtrGetSets[] = {
    {"errcheck", funcPtrGetErrcheck, funcPtrSetErrcheck, "a function to check for errors"},
    {"restype", funcPtrGetRestype, funcPtrSetRestype, "specify the result type"},
    {"argtypes", funcPtrGetArgtypes, funcPtrSetArgtypes, "specify the argument types"},
    {nullptr, nullptr},
};

Object* funcPtrRepr(Object* o) {
    char buf[64];
    std::snprintf(buf, sizeof buf, " object at 0x%llx>", static_cast<unsigned long long>(o->addr));
    const std::string& name = o->type->name;
    const auto dot = name.rfind('.');
    return newStrFromUtf8(interpOf(o), "<" + (dot == std::string::npos ? name : name.substr(dot + 1)) + buf).release();
}

// Host side of PyCArgObject (callproc.c; 64 bytes, not GC-tracked): the tag, the pointer value and
// the object it keeps alive (strong).
struct CArgObject : Object {
    char tag = 'P';
    std::uint64_t pointer = 0;
    Object* obj = nullptr;
};

void cargDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    xdecref(std::exchange(static_cast<CArgObject*>(o)->obj, nullptr));
    interp.freeObject(o);
}

void cargReferences(Object* o, VisitProc visit, void* arg) {
    if (Object* r = static_cast<CArgObject*>(o)->obj) visit(r, arg);
}

// PyCArg_repr for tag 'P': <cparam 'P' (0x...)>.
Object* cargRepr(Object* o) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "<cparam 'P' (0x%llx)>", static_cast<unsigned long long>(static_cast<CArgObject*>(o)->pointer));
    return newStrFromAscii(interpOf(o), buf).release();
}

Object* cargObj(Object* o) {
    Object* r = static_cast<CArgObject*>(o)->obj;
    return Ref::borrowed(r ? r : interpOf(o).none).release();
}
const GetSetDef kCArgGetSets[] = {{"_obj", cargObj}, {nullptr, nullptr}};

} // namespace

std::uint64_t ctypesNativeAddress(Interpreter& interp, const std::string& name,
                                  Object* (*callFn)(Object* self, Object* const*, std::int64_t)) {
    CtypesTypes& ct = ctypesTypes(interp);
    for (std::size_t i = 0; i < ct.natives.size(); ++i)
        if (ct.natives[i].name == name) {
            if (callFn) ct.natives[i].call = callFn;
            return kNativeBase + 16 * i;
        }
    ct.natives.push_back({name, callFn});
    return kNativeBase + 16 * (ct.natives.size() - 1);
}

std::uint64_t ctypesDlopen(Interpreter& interp, const std::string& name) {
    CtypesTypes& ct = ctypesTypes(interp);
    for (std::size_t i = 0; i < ct.libraries.size(); ++i)
        if (ct.libraries[i] == name) return kLibraryBase + 16 * i;
    ct.libraries.push_back(name);
    return kLibraryBase + 16 * (ct.libraries.size() - 1);
}

bool isCArg(const Object* o) {
    const CtypesTypes* ct = vmOf(o).ctypes.get();
    return ct && o->type == ct->cargType;
}

std::uint64_t cargPointer(const Object* o) { return static_cast<const CArgObject*>(o)->pointer; }

Ref ctypesByref(Interpreter& interp, Object* obj, std::int64_t offset) {
    CtypesTypes& ct = ctypesTypes(interp);
    auto* a = interp.newObject<CArgObject>(ct.cargType, 64); // PyObject_New: no GC header
    if (!a) return Ref();
    a->tag = 'P';
    a->pointer = asCData(obj)->ptr + static_cast<std::uint64_t>(offset);
    a->obj = Ref::borrowed(obj).release();
    return Ref(a);
}

void initCtypesFuncPtrTypes(Interpreter& interp, CtypesTypes& ct) {
    TypeObject* carg = interp.newStaticType("CArgObject", 64, 0, 0, interp.types.object);
    carg->type = interp.types.type;
    carg->dealloc = cargDealloc;
    carg->references = cargReferences;
    carg->repr = cargRepr;
    carg->hash = interp.types.object->hash;
    carg->richcompare = interp.types.object->richcompare;
    setHostDestructor<CArgObject>(*carg);
    addGetSets(interp, carg, kCArgGetSets);
    addSlotWrappers(interp, carg);
    ct.cargType = carg;
    ct.funcPtrMeta = newCtypesMetatype(interp, "_ctypes.PyCFuncPtrType", funcPtrMetaNew);
    CTypeObject* base = newCType(interp, "_ctypes.CFuncPtr", ct.funcPtrMeta, ct.cdata);
    base->basicsize = 96;
    base->flags &= ~tpflags::kManagedDict;
    base->slots.dictPtr = nullptr;
    base->slots.weaklistOffset = 0;
    base->slots.tpNew = funcPtrTpNew;
    base->slots.call = funcPtrCall;
    base->slots.tpCallOnly = alwaysTpCall; // PyCFuncPtr_call
    base->repr = funcPtrRepr;
    addGetSets(interp, base, kFuncPtrGetSets);
    addSlotWrappers(interp, base);
    ct.funcPtrBase = base;
}

} // namespace hs
