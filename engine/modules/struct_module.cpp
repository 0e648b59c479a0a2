// The struct module (Lib/struct.py: `from _struct import *`) over _struct (Modules/_struct.c), both
// preloaded in CPython. The module functions compile their format through a cache of Struct objects.
#include "modules/module_registry.h"
#include "modules/preload_scope.h"

#include "objects/builtin_function_object.h"
#include "objects/class_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/struct_object.h"
#include "objects/tuple_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <cstdint>
#include <string>

namespace hs {

namespace {

// _structmodulestate's cache: {format: Struct}, cleared when it reaches MAXCACHE entries. Kept in
// the _struct module's dict under this name (CPython keeps it in the module state).
constexpr const char* kCacheName = "_hs_struct_cache";
constexpr std::int64_t kMaxCache = 100;

// cache_struct_converter: a new reference to the Struct for `format`, or nullptr.
Object* cachedStruct(Object* module, Object* format) {
    Interpreter& interp = *module->type->interp;
    Object* cache = dictGetItem(moduleDict(module), internName(interp, kCacheName).get());
    if (!cache) return newStruct(interp, format);
    if (Object* s = dictGetItem(cache, format)) {
        incref(s);
        return s;
    }
    if (errOccurred(interp)) return nullptr;
    // PyObject_CallOneArg(Struct, fmt): the type has no vectorcall, so _PyObject_MakeTpCall packs
    // the argument in a 1-tuple (a GC allocation unless the free list has one), freed after.
    Ref args = tuplePack(interp, {format});
    if (!args) return nullptr;
    Ref s(newStruct(interp, format));
    args = Ref();
    if (!s) return nullptr;
    if (dictSize(cache) >= kMaxCache) dictClear(cache);
    if (dictSetItem(cache, format, s.get()) < 0) return nullptr;
    return s.release();
}

Object* mCalcsize(Object* self, Object* const* args, std::int64_t, Object*) {
    Ref s(cachedStruct(self, args[0]));
    if (!s) return nullptr;
    return newInt(*self->type->interp, structSize(s.get())).release();
}

Object* mPack(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *self->type->interp;
    if (!noKeywords(interp, "pack", kwnames)) return nullptr;
    if (nargs == 0) {
        raiseError(interp, vmOf(interp).exc.TypeError, "missing format argument");
        return nullptr;
    }
    Ref s(cachedStruct(self, args[0]));
    if (!s) return nullptr;
    return structPack(s.get(), args + 1, nargs - 1, nullptr);
}

Object* mPackInto(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *self->type->interp;
    if (!noKeywords(interp, "pack_into", kwnames)) return nullptr;
    if (nargs == 0) {
        raiseError(interp, vmOf(interp).exc.TypeError, "missing format argument");
        return nullptr;
    }
    Ref s(cachedStruct(self, args[0]));
    if (!s) return nullptr;
    return structPackInto(s.get(), args + 1, nargs - 1, nullptr);
}

Object* mUnpack(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = *self->type->interp;
    if (!checkPositional(interp, "unpack", nargs, 2, 2)) return nullptr;
    Ref s(cachedStruct(self, args[0]));
    if (!s) return nullptr;
    return structUnpack(s.get(), args + 1, 1, nullptr);
}

Object* mUnpackFrom(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *self->type->interp;
    static const char* const kNames[] = {"", "buffer", "offset"};
    ArgSpec spec{"unpack_from", kNames, 3, 1, 2, 3};
    Object* a[3] = {nullptr, nullptr, nullptr};
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    Ref s(cachedStruct(self, a[0]));
    if (!s) return nullptr;
    Object* rest[2] = {a[1], a[2]};
    return structUnpackFrom(s.get(), rest, a[2] ? 2 : 1, nullptr);
}

Object* mIterUnpack(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = *self->type->interp;
    if (!checkPositional(interp, "iter_unpack", nargs, 2, 2)) return nullptr;
    Ref s(cachedStruct(self, args[0]));
    if (!s) return nullptr;
    return structIterUnpack(s.get(), args + 1, 1, nullptr);
}

Object* mClearCache(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    if (Object* cache = dictGetItem(moduleDict(self), internName(interp, kCacheName).get())) dictClear(cache);
    incref(interp.none);
    return interp.none;
}

const MethodDef kFunctions[] = {
    {"_clearcache", mClearCache, meth::kNoArgs, "Clear the internal cache."},
    {"calcsize", mCalcsize, meth::kO, "Return size in bytes of the struct described by the format string."},
    {"iter_unpack", mIterUnpack, meth::kFastcall, "Return an iterator yielding tuples."},
    {"pack", mPack, meth::kFastcall | meth::kKeywords, "pack(format, v1, v2, ...) -> bytes"},
    {"pack_into", mPackInto, meth::kFastcall | meth::kKeywords, "pack_into(format, buffer, offset, v1, v2, ...)"},
    {"unpack", mUnpack, meth::kFastcall, "Return a tuple containing values unpacked according to the format string."},
    {"unpack_from", mUnpackFrom, meth::kFastcall | meth::kKeywords, "Return a tuple containing values unpacked according to the format string."},
    {nullptr, nullptr, 0},
};

// _struct: its functions (self = this module), Struct, error and the cache.
Ref makeStructBuiltinModule(Interpreter& interp) {
    Ref module = newModule(interp, "_struct");
    if (!module) return Ref();
    Ref modName = internName(interp, "_struct");
    VmState& vm = vmOf(interp);
    // PyErr_NewException("struct.error", NULL, NULL)
    Ref name = internName(interp, "error");
    Ref bases = tuplePack(interp, {vm.exc.Exception});
    Ref dict = newDict(interp);
    Ref structName = internName(interp, "struct");
    if (!name || !bases || !dict || dictSetItem(dict.get(), vm.names.__module__, structName.get()) < 0) return Ref();
    Ref error = typeNew(interp.types.type, name.get(), bases.get(), dict.get(), nullptr);
    if (!error || moduleAddObject(module.get(), "error", error.get()) < 0) return Ref();
    setStructErrorType(interp, asType(error.get()));
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, module.get(), modName.get());
        if (!fn || moduleAddObject(module.get(), def->name, fn.get()) < 0) return Ref();
    }
    if (moduleAddObject(module.get(), "Struct", structType(interp)) < 0) return Ref();
    Ref cache = newDict(interp);
    if (!cache || moduleAddObject(module.get(), kCacheName, cache.get()) < 0) return Ref();
    if (moduleSetExtensionFile(module.get(), "_struct") < 0) return Ref();
    return module;
}

} // namespace

Object* createStructBuiltinModule(Interpreter& interp) {
    PreloadScope preload(interp);
    return makeStructBuiltinModule(interp).release();
}

// struct.py: `from _struct import *`, _clearcache and __doc__, plus its __all__.
Object* createStructModule(Interpreter& interp) {
    PreloadScope preload(interp);
    Ref builtin = importModule(interp, "_struct");
    if (!builtin) return nullptr;
    Ref module = newModule(interp, "struct");
    if (!module) return nullptr;
    static const char* const kAll[] = {"calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack",
                                       "Struct", "error"};
    Ref all = newList(interp, 0);
    if (!all) return nullptr;
    for (const char* name : kAll) {
        Ref value = getAttrStr(builtin.get(), name);
        Ref n = newStrFromUtf8(interp, name);
        if (!value || !n || moduleAddObject(module.get(), name, value.get()) < 0 || listAppend(all.get(), n.get()) < 0)
            return nullptr;
    }
    Ref clear = getAttrStr(builtin.get(), "_clearcache");
    if (!clear || moduleAddObject(module.get(), "_clearcache", clear.get()) < 0) return nullptr;
    if (moduleAddObject(module.get(), "__all__", all.get()) < 0) return nullptr;
    return module.release();
}

} // namespace hs
