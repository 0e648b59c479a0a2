// module objects: creation with the standard dict entries, dealloc, traverse, repr, attribute
// access through the module dict with "module 'm' has no attribute 'x'".
#include "objects/module_object.h"

#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

ModuleObject* asModule(Object* o) { return static_cast<ModuleObject*>(o); }

void moduleDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    TypeObject* type = o->type;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    clearWeakrefs(o);
    ModuleObject* m = asModule(o);
    xdecref(std::exchange(m->dict, nullptr));
    xdecref(std::exchange(m->name, nullptr));
    interp.freeObject(o);
    if (type->isHeapType()) decref(type);
}

int moduleTraverse(Object* o, VisitProc visit, void* arg) {
    ModuleObject* m = asModule(o);
    if (m->dict)
        if (int r = visit(m->dict, arg)) return r;
    return 0;
}

void moduleReferences(Object* o, VisitProc visit, void* arg) {
    ModuleObject* m = asModule(o);
    if (m->dict) visit(m->dict, arg);
    if (m->name) visit(m->name, arg);
}

Object* moduleRepr(Object* o) {
    ModuleObject* m = asModule(o);
    Interpreter& interp = *o->type->interp;
    Object* name = m->dict ? dictGetItem(m->dict, vmOf(interp).names.__name__) : nullptr;
    const std::string n = name && isStr(name) ? strToUtf8(name) : "?";
    Object* file = m->dict ? dictGetItem(m->dict, vmOf(interp).names.__file__) : nullptr;
    if (file && isStr(file)) return newStrFromUtf8(interp, "<module '" + n + "' from '" + strToUtf8(file) + "'>").release();
    if (m->builtin) return newStrFromUtf8(interp, "<module '" + n + "' (built-in)>").release();
    return newStrFromUtf8(interp, "<module '" + n + "'>").release();
}

Object* moduleGetAttr(Object* o, Object* name) {
    Interpreter& interp = *o->type->interp;
    Ref r = genericGetAttr(o, name, true);
    if (r || errOccurred(interp)) return r.release();
    ModuleObject* m = asModule(o);
    if (m->dict) {
        if (Object* getattr = dictGetItem(m->dict, vmOf(interp).names.__getattr__)) return callOneArg(getattr, name).release();
        Object* modName = dictGetItem(m->dict, vmOf(interp).names.__name__);
        if (modName && isStr(modName)) {
            raiseBareAttributeError(interp, "module '" + strToUtf8(modName) + "' has no attribute '" + strToUtf8(name) + "'");
            return nullptr;
        }
    }
    raiseBareAttributeError(interp, "module has no attribute '" + strToUtf8(name) + "'");
    return nullptr;
}

std::int64_t pointerHash(Object* o) {
    const std::uint64_t a = o->addr;
    return static_cast<std::int64_t>((a >> 4) | (a << 60)) & 0x7fffffffffffffffLL;
}

Object* getDict(Object* self) {
    incref(asModule(self)->dict);
    return asModule(self)->dict;
}

const GetSetDef kGetSets[] = {{"__dict__", getDict}, {nullptr, nullptr}};

Object* moduleNew(TypeObject* type, Object*, Object*) {
    Interpreter& interp = *type->interp;
    auto* m = interp.newObject<ModuleObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (!m) return nullptr;
    m->dict = newDict(interp).release();
    m->builtin = false;
    interp.gc().track(m);
    return m;
}

int moduleInit(Object* self, Object* args, Object*) {
    Interpreter& interp = *self->type->interp;
    ModuleObject* m = asModule(self);
    VmState& vm = vmOf(interp);
    const std::int64_t n = tupleSize(args);
    if (n < 1 || n > 2) {
        raiseError(interp, vm.exc.TypeError,
                   formatString("module() takes at %s %d argument%s (%lld given)", n < 1 ? "least" : "most", n < 1 ? 1 : 2,
                                n < 1 ? "" : "s", static_cast<long long>(n)));
        return -1;
    }
    Object* name = tupleItem(args, 0);
    if (!isStr(name)) {
        raiseError(interp, vm.exc.TypeError, "module.__init__() argument 'name' must be str, not " + name->type->name);
        return -1;
    }
    Object* doc = n == 2 ? tupleItem(args, 1) : interp.none;
    incref(name);
    xdecref(std::exchange(m->name, name));
    if (dictSetItem(m->dict, vm.names.__name__, name) < 0 || dictSetItem(m->dict, vm.names.__doc__, doc) < 0 ||
        dictSetItem(m->dict, vm.names.__package__, interp.none) < 0 ||
        dictSetItem(m->dict, vm.names.__loader__, interp.none) < 0 || dictSetItem(m->dict, vm.names.__spec__, interp.none) < 0)
        return -1;
    return 0;
}

} // namespace

bool isModule(const Object* o) { return o->type->isSubtypeOf(vmOf(o).types.module); }

Ref newModule(Interpreter& interp, std::string_view name) {
    VmState& vm = vmOf(interp);
    Ref nameObj = newStrFromUtf8(interp, name);
    if (!nameObj) return Ref();
    internInPlace(interp, nameObj);
    auto* m = interp.newObject<ModuleObject>(vm.types.module, 56);
    if (!m) return Ref();
    Ref mod(m);
    Ref dict = newDict(interp);
    if (!dict) return Ref();
    m->dict = dict.release();
    m->name = nameObj.get();
    incref(m->name);
    interp.gc().track(m);
    // module_init_dict: __name__, __doc__, __package__, __loader__, __spec__.
    if (dictSetItem(m->dict, vm.names.__name__, nameObj.get()) < 0 || dictSetItem(m->dict, vm.names.__doc__, interp.none) < 0 ||
        dictSetItem(m->dict, vm.names.__package__, interp.none) < 0 ||
        dictSetItem(m->dict, vm.names.__loader__, interp.none) < 0 || dictSetItem(m->dict, vm.names.__spec__, interp.none) < 0)
        return Ref();
    return mod;
}

int moduleAddObject(Object* module, std::string_view name, Object* value) {
    Interpreter& interp = *module->type->interp;
    Ref key = internFromUtf8(interp, name);
    if (!key) return -1;
    return dictSetItem(moduleDict(module), key.get(), value);
}

namespace {
// module_dir: __dict__ (an attribute lookup), its own '__dir__' called when present, else its keys.
Object* moduleDir(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    Ref dict = getAttr(self, vmOf(interp).names.__dict__);
    if (!dict) return nullptr;
    if (!isDict(dict.get())) {
        raiseError(interp, vmOf(interp).exc.TypeError, "<module>.__dict__ is not a dictionary");
        return nullptr;
    }
    if (Object* dirfunc = dictGetItem(dict.get(), vmOf(interp).names.__dir__)) return callNoArgs(dirfunc).release();
    if (errOccurred(interp)) return nullptr;
    return dictKeys(dict.get()).release();
}
const MethodDef kModuleMethods[] = {{"__dir__", moduleDir, meth::kNoArgs}, {nullptr, nullptr, 0}};
} // namespace

int moduleSetExtensionFile(Object* module, std::string_view name) {
    Interpreter& interp = *module->type->interp;
    Ref file = newStrFromUtf8(interp, "/root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/" + std::string(name) +
                                          ".cpython-311-x86_64-linux-gnu.so");
    if (!file) return -1;
    return dictSetItem(moduleDict(module), vmOf(interp).names.__file__, file.get());
}

void initModuleType(Interpreter& interp, TypeObject& t) {
    t.dealloc = moduleDealloc;
    t.traverse = moduleTraverse;
    t.references = moduleReferences;
    t.sizeOf = [](const Object*) -> std::int64_t { return 56; };
    t.repr = moduleRepr;
    t.hash = pointerHash;
    t.label = [](const Object* o) {
        const auto* m = static_cast<const ModuleObject*>(o);
        return "<module " + (m->name ? strToUtf8(m->name) : std::string("?")) + ">";
    };
    t.slots.getattro = moduleGetAttr;
    t.slots.tpNew = moduleNew;
    t.slots.dictOffset = 16;
    t.slots.dictPtr = [](Object* o) { return &asModule(o)->dict; };
    setHostDestructor<ModuleObject>(t);
    addMethods(interp, &t, kModuleMethods);
    addGetSets(interp, &t, kGetSets);
    t.slots.tpInit = moduleInit;
}

} // namespace hs
