// The ctypes module (Lib/ctypes/__init__.py over Modules/_ctypes): the simple types and their LP64
// aliases, array types, sizeof, addressof, cast, string_at, memmove and memset over simulated memory.
#include "modules/module_registry.h"

#include "objects/builtin_function_object.h"
#include "objects/bytes_object.h"
#include "objects/class_object.h"
#include "objects/ctypes_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <cstring>
#include <string>
#include <vector>

namespace hs {

namespace {

Interpreter& interpOf(Object* self) { return *self->type->interp; }

void typeError(Interpreter& interp, const std::string& message) { raiseError(interp, vmOf(interp).exc.TypeError, message); }

Ref newAddress(Interpreter& interp, std::uint64_t a) {
    if (a <= static_cast<std::uint64_t>(INT64_MAX)) return newInt(interp, static_cast<std::int64_t>(a));
    return newIntFromBig(interp, BigInt::fromUint64(a));
}

// c_void_p.from_param for the pointer arguments of cast/string_at/memmove/memset: None, an int
// address, bytes (its characters), a ctypes array (its storage) or a c_void_p/c_char_p instance.
bool pointerArg(Interpreter& interp, Object* o, int position, std::uint64_t& out) {
    if (o == interp.none) { out = 0; return true; }
    if (isInt(o)) return ctypesAddressArg(interp, o, out);
    if (isBytes(o)) { out = o->addr + 32; return true; }
    if (isCData(o)) {
        CTypeObject* t = asCType(o->type);
        if (t->element && !t->isPointer) { out = asCData(o)->ptr; return true; }
        if (t->code == 'P' || t->code == 'z' || t->isPointer) {
            std::uint8_t bytes[8] = {};
            if (!ctypesRead(interp, asCData(o)->ptr, bytes, 8)) return false;
            out = 0;
            for (int i = 0; i < 8; ++i) out |= static_cast<std::uint64_t>(bytes[i]) << (8 * i);
            return true;
        }
    }
    const std::string message = "argument " + std::to_string(position) + ": TypeError: wrong type";
    if (Object* cls = ctypesTypes(interp).argumentError) raiseError(interp, asType(cls), message);
    else typeError(interp, message);
    return false;
}

Object* cSizeof(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Object* o = args[0];
    if (isCType(o) && asCType(o)->concrete) return newInt(interp, asCType(o)->size).release();
    if (isCData(o)) return newInt(interp, asCData(o)->size).release();
    typeError(interp, "this type has no size");
    return nullptr;
}

Object* cAddressof(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    if (!isCData(args[0])) {
        typeError(interp, "invalid type");
        return nullptr;
    }
    return newAddress(interp, asCData(args[0])->ptr).release();
}

// cast(obj, typ): a new `typ` instance whose storage holds obj's address (no reference to the
// object at that address is taken: `.value` of a py_object result makes the new reference).
Object* cCast(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (nargs != 2) {
        typeError(interp, "cast() missing " + std::to_string(2 - nargs) + " required positional argument" + (nargs == 1 ? ": 'typ'" : "s: 'obj' and 'typ'"));
        return nullptr;
    }
    std::uint64_t address = 0;
    if (!pointerArg(interp, args[0], 1, address)) return nullptr;
    Object* typ = args[1];
    const bool pointerType =
        isCType(typ) && (asCType(typ)->isPointer || std::strchr("PzO", asCType(typ)->code ? asCType(typ)->code : '#'));
    if (!pointerType) {
        const std::string name = isType(typ) ? typeQualName(asType(typ)) : typ->type->name;
        typeError(interp, "cast() argument 2 must be a pointer type, not " + name);
        return nullptr;
    }
    Ref result = cdataNew(asCType(typ));
    if (!result) return nullptr;
    Object* src = args[0];
    if (isCData(src)) {
        // The result shares src's kept objects and keeps src itself, keyed by id(src).
        CDataObject* container = asCData(src);
        while (container->base && isCData(container->base)) container = asCData(container->base);
        if (container->objects == nullptr || container->objects == interp.none) {
            Ref d = newDict(interp);
            if (!d) return nullptr;
            xdecref(std::exchange(container->objects, d.release()));
        }
        asCData(result.get())->objects = Ref::borrowed(container->objects).release();
        if (isDictExact(container->objects)) {
            Ref key = newAddress(interp, src->addr);
            if (!key || dictSetItem(container->objects, key.get(), src) < 0) return nullptr;
        }
    }
    CDataObject* r = asCData(result.get());
    for (int i = 0; i < 8; ++i) r->value[i] = static_cast<std::uint8_t>(address >> (8 * i));
    return result.release();
}

Object* cStringAt(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (nargs < 1 || nargs > 2) {
        typeError(interp, "string_at() takes from 1 to 2 positional arguments but " + std::to_string(nargs) + " were given");
        return nullptr;
    }
    std::uint64_t address = 0;
    if (!pointerArg(interp, args[0], 1, address)) return nullptr;
    std::int64_t size = -1;
    if (nargs == 2 && !indexAsInt64(args[1], size, vmOf(interp).exc.OverflowError)) return nullptr;
    std::string data;
    if (size == -1) {
        for (std::uint64_t a = address;; ++a) {
            std::uint8_t ch = 0;
            if (!ctypesRead(interp, a, &ch, 1)) return nullptr;
            if (ch == 0) break;
            data.push_back(static_cast<char>(ch));
        }
    } else if (size < 0) {
        raiseError(interp, vmOf(interp).exc.SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        return nullptr;
    } else {
        data.resize(static_cast<std::size_t>(size));
        if (!ctypesRead(interp, address, reinterpret_cast<std::uint8_t*>(data.data()), size)) return nullptr;
    }
    return newBytes(interp, data).release();
}

Object* cMemmove(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (nargs != 3) {
        typeError(interp, "this function takes 3 arguments (" + std::to_string(nargs) + " given)");
        return nullptr;
    }
    std::uint64_t dst = 0, src = 0;
    std::int64_t count = 0;
    if (!pointerArg(interp, args[0], 1, dst) || !pointerArg(interp, args[1], 2, src)) return nullptr;
    if (!indexAsInt64(args[2], count, vmOf(interp).exc.OverflowError)) return nullptr;
    std::vector<std::uint8_t> data(static_cast<std::size_t>(count < 0 ? 0 : count));
    if (!ctypesRead(interp, src, data.data(), count) || !ctypesWrite(interp, dst, data.data(), count)) return nullptr;
    return newAddress(interp, dst).release();
}

Object* cMemset(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (nargs != 3) {
        typeError(interp, "this function takes 3 arguments (" + std::to_string(nargs) + " given)");
        return nullptr;
    }
    std::uint64_t dst = 0;
    std::int64_t fill = 0, count = 0;
    if (!pointerArg(interp, args[0], 1, dst)) return nullptr;
    if (!indexAsInt64(args[1], fill, vmOf(interp).exc.OverflowError)) return nullptr;
    if (!indexAsInt64(args[2], count, vmOf(interp).exc.OverflowError)) return nullptr;
    std::vector<std::uint8_t> data(static_cast<std::size_t>(count < 0 ? 0 : count), static_cast<std::uint8_t>(fill));
    if (!ctypesWrite(interp, dst, data.data(), count)) return nullptr;
    return newAddress(interp, dst).release();
}

Object* cPOINTER(Object* self, Object* const* args, std::int64_t, Object*) {
    CTypeObject* t = ctypesPointerType(interpOf(self), args[0]);
    if (!t) return nullptr;
    incref(t);
    return t;
}

// pointer(obj): POINTER(type(obj))(obj).
Object* cPointer(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    CTypeObject* t = ctypesPointerType(interp, args[0]->type);
    if (!t) return nullptr;
    Ref p = cdataNew(t);
    if (!p || ctypesPointerSetContents(asCData(p.get()), args[0]) < 0) return nullptr;
    return p.release();
}

const MethodDef kFunctions[] = {
    {"POINTER", cPOINTER, meth::kO},
    {"pointer", cPointer, meth::kO},
    {"sizeof", cSizeof, meth::kO},
    {"addressof", cAddressof, meth::kO},
    {"cast", cCast, meth::kFastcall},
    {"string_at", cStringAt, meth::kFastcall},
    {"memmove", cMemmove, meth::kFastcall},
    {"memset", cMemset, meth::kFastcall},
    {nullptr, nullptr, 0},
};

// ctypes/__init__.py's aliases on LP64 Linux (sizeof(long) == sizeof(long long) == 8).
const std::pair<const char*, const char*> kAliases[] = {
    {"c_longlong", "c_long"}, {"c_ulonglong", "c_ulong"}, {"c_int8", "c_byte"},   {"c_uint8", "c_ubyte"},
    {"c_int16", "c_short"},   {"c_uint16", "c_ushort"},   {"c_int32", "c_int"},   {"c_uint32", "c_uint"},
    {"c_int64", "c_long"},    {"c_uint64", "c_ulong"},    {"c_size_t", "c_ulong"}, {"c_ssize_t", "c_long"},
    {"c_voidp", "c_void_p"},
};

// class ArgumentError(Exception) in module ctypes (made once per interpreter). Borrowed.
Object* argumentErrorClass(Interpreter& interp, CtypesTypes& ct) {
    if (ct.argumentError) return ct.argumentError;
    VmState& vm = vmOf(interp);
    Ref name = internName(interp, "ArgumentError");
    Ref bases = tuplePack(interp, {vm.exc.Exception});
    Ref dict = newDict(interp);
    Ref modName = internName(interp, "ctypes");
    if (!name || !bases || !dict || !modName || dictSetItem(dict.get(), vm.names.__module__, modName.get()) < 0) return nullptr;
    Ref cls = typeNew(interp.types.type, name.get(), bases.get(), dict.get(), nullptr);
    if (!cls) return nullptr;
    vm.extraRoots.push_back(cls.get());
    ct.argumentError = cls.release();
    return ct.argumentError;
}

} // namespace

Object* createCtypesModule(Interpreter& interp) {
    CtypesTypes& ct = ctypesTypes(interp);
    Object* argumentError = argumentErrorClass(interp, ct);
    if (!argumentError) return nullptr;
    Ref module = newModule(interp, "ctypes");
    if (!module) return nullptr;
    moduleAddObject(module.get(), "ArgumentError", argumentError);
    Ref modName = internName(interp, "ctypes");
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, module.get(), modName.get());
        if (!fn || moduleAddObject(module.get(), def->name, fn.get()) < 0) return nullptr;
    }
    moduleAddObject(module.get(), "_SimpleCData", ct.simpleBase);
    moduleAddObject(module.get(), "Array", ct.arrayBase);
    moduleAddObject(module.get(), "Structure", ct.structBase);
    moduleAddObject(module.get(), "_Pointer", ct.pointerBase);
    moduleAddObject(module.get(), "_CData", ct.cdata);
    for (CTypeObject* t : ct.simple) {
        const std::string name = t->name.substr(t->name.rfind('.') + 1);
        moduleAddObject(module.get(), name, t);
    }
    for (const auto& [alias, target] : kAliases) moduleAddObject(module.get(), alias, ctypesSimpleType(interp, target));
    return module.release();
}

} // namespace hs
