// The _ctypes extension module (Modules/_ctypes/_ctypes.c, callproc.c) over simulated memory, and the
// ctypes package: CPython's own Lib/ctypes/__init__.py and _endian.py run over it (frozen/*.patch).
#include "modules/module_registry.h"
#include "modules/source_module.h"

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

// _build_callargs' count check for cdecl functions (more arguments than argtypes are allowed).
bool checkArgCount(Interpreter& interp, std::int64_t required, std::int64_t nargs) {
    if (nargs >= required) return true;
    typeError(interp, "this function takes at least " + std::to_string(required) + " argument" + (required == 1 ? "" : "s") +
                          " (" + std::to_string(nargs) + " given)");
    return false;
}

void argumentError(Interpreter& interp, int position, const std::string& what) {
    const std::string message = "argument " + std::to_string(position) + ": " + what;
    if (Object* cls = ctypesTypes(interp).argumentError) raiseError(interp, asType(cls), message);
    else typeError(interp, message);
}

// c_int.from_param for a native's int argument: ArgumentError unless an int in range.
bool intArg(Interpreter& interp, Object* o, int position, std::int64_t& out) {
    if (!isInt(o)) {
        argumentError(interp, position, "TypeError: wrong type");
        return false;
    }
    if (!intAsInt64(o, out)) {
        clearError(interp);
        argumentError(interp, position, "OverflowError: int too long to convert");
        return false;
    }
    out = static_cast<std::int32_t>(out);
    return true;
}

// c_void_p.from_param for the pointer arguments of cast/string_at/memmove/memset: None, an int
// address, bytes (its characters), a ctypes array (its storage) or a c_void_p/c_char_p instance.
bool pointerArg(Interpreter& interp, Object* o, int position, std::uint64_t& out) {
    if (o == interp.none) { out = 0; return true; }
    if (isInt(o)) return ctypesAddressArg(interp, o, out);
    if (isBytes(o)) { out = o->addr + 32; return true; }
    if (isCArg(o)) { out = cargPointer(o); return true; }
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
    argumentError(interp, position, "TypeError: wrong type");
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
// The native behind ctypes.cast: _cast(obj, obj, typ) with argtypes (c_void_p, py_object, py_object).
Object* nativeCast(Object* self, Object* const* args, std::int64_t nargs) {
    Interpreter& interp = interpOf(self);
    if (!checkArgCount(interp, 3, nargs)) return nullptr;
    std::uint64_t address = 0;
    if (!pointerArg(interp, args[0], 1, address)) return nullptr;
    Object* typ = args[2];
    const bool pointerType =
        isCType(typ) && (asCType(typ)->isPointer || std::strchr("PzO", asCType(typ)->code ? asCType(typ)->code : '#'));
    if (!pointerType) {
        const std::string name = isType(typ) ? typeQualName(asType(typ)) : typ->type->name;
        typeError(interp, "cast() argument 2 must be a pointer type, not " + name);
        return nullptr;
    }
    Ref result = cdataNew(asCType(typ));
    if (!result) return nullptr;
    Object* src = args[1];
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

// The native behind ctypes.string_at: _string_at(ptr, size) with argtypes (c_void_p, c_int).
Object* nativeStringAt(Object* self, Object* const* args, std::int64_t nargs) {
    Interpreter& interp = interpOf(self);
    if (!checkArgCount(interp, 2, nargs)) return nullptr;
    std::uint64_t address = 0;
    if (!pointerArg(interp, args[0], 1, address)) return nullptr;
    std::int64_t size = -1;
    if (!intArg(interp, args[1], 2, size)) return nullptr;
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

// The native behind ctypes.wstring_at: _wstring_at(ptr, size) reading wchar_t (4-byte) units.
Object* nativeWstringAt(Object* self, Object* const* args, std::int64_t nargs) {
    Interpreter& interp = interpOf(self);
    if (!checkArgCount(interp, 2, nargs)) return nullptr;
    std::uint64_t address = 0;
    if (!pointerArg(interp, args[0], 1, address)) return nullptr;
    std::int64_t size = -1;
    if (!intArg(interp, args[1], 2, size)) return nullptr;
    std::u32string text;
    for (std::int64_t i = 0; size == -1 || i < size; ++i) {
        std::uint8_t unit[4] = {};
        if (!ctypesRead(interp, address + 4 * static_cast<std::uint64_t>(i), unit, 4)) return nullptr;
        const char32_t cp = static_cast<char32_t>(unit[0] | (unit[1] << 8) | (unit[2] << 16) | (static_cast<std::uint32_t>(unit[3]) << 24));
        if (size == -1 && cp == 0) break;
        if (cp > 0x10FFFF) {
            raiseError(interp, vmOf(interp).exc.ValueError, "character is not in range [U+0000; U+10ffff]");
            return nullptr;
        }
        text.push_back(cp);
    }
    return newStrFromCodePoints(interp, text.data(), text.size()).release();
}

// memmove(dst, src, count) with argtypes (c_void_p, c_void_p, c_size_t).
Object* nativeMemmove(Object* self, Object* const* args, std::int64_t nargs) {
    Interpreter& interp = interpOf(self);
    if (!checkArgCount(interp, 3, nargs)) return nullptr;
    std::uint64_t dst = 0, src = 0;
    std::int64_t count = 0;
    if (!pointerArg(interp, args[0], 1, dst) || !pointerArg(interp, args[1], 2, src)) return nullptr;
    if (!indexAsInt64(args[2], count, vmOf(interp).exc.OverflowError)) return nullptr;
    std::vector<std::uint8_t> data(static_cast<std::size_t>(count < 0 ? 0 : count));
    if (!ctypesRead(interp, src, data.data(), count) || !ctypesWrite(interp, dst, data.data(), count)) return nullptr;
    return newAddress(interp, dst).release();
}

// memset(dst, c, count) with argtypes (c_void_p, c_int, c_size_t).
Object* nativeMemset(Object* self, Object* const* args, std::int64_t nargs) {
    Interpreter& interp = interpOf(self);
    if (!checkArgCount(interp, 3, nargs)) return nullptr;
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

// alignment(type_or_instance): the StgDict's align.
Object* cAlignment(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Object* o = args[0];
    if (isCType(o) && asCType(o)->concrete) return newInt(interp, asCType(o)->align).release();
    if (isCData(o)) return newInt(interp, asCType(o->type)->align).release();
    typeError(interp, "no alignment info");
    return nullptr;
}

// byref(obj[, offset]): the light-weight CArgObject passing obj's address + offset.
Object* cByref(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    if (kwnames && tupleSize(kwnames) > 0) {
        typeError(interp, "byref() takes no keyword arguments");
        return nullptr;
    }
    if (nargs < 1 || nargs > 2) {
        typeError(interp, std::string("byref expected ") + (nargs < 1 ? "at least 1 argument" : "at most 2 arguments") + ", got " + std::to_string(nargs));
        return nullptr;
    }
    if (!isCData(args[0])) {
        typeError(interp, "byref() argument must be a ctypes instance, not '" + args[0]->type->name + "'");
        return nullptr;
    }
    std::int64_t offset = 0;
    if (nargs == 2 && !indexAsInt64(args[1], offset, vmOf(interp).exc.OverflowError)) return nullptr;
    return ctypesByref(interp, args[0], offset).release();
}

// resize(obj, size): grows the storage an instance owns (never below its type's size).
Object* cResize(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(interp);
    if (nargs != 2) {
        typeError(interp, "resize expected 2 arguments, got " + std::to_string(nargs));
        return nullptr;
    }
    if (!isCData(args[0])) {
        typeError(interp, "excepted ctypes instance");
        return nullptr;
    }
    std::int64_t size = 0;
    if (!indexAsInt64(args[1], size, vm.exc.OverflowError)) return nullptr;
    CDataObject* c = asCData(args[0]);
    CTypeObject* t = asCType(args[0]->type);
    if (size < t->size) {
        raiseError(interp, vm.exc.ValueError, "minimum size is " + std::to_string(t->size));
        return nullptr;
    }
    if (!c->needsFree) {
        raiseError(interp, vm.exc.ValueError, "Memory cannot be resized because this object doesn't own it");
        return nullptr;
    }
    if (size <= static_cast<std::int64_t>(sizeof c->value) && c->buffer == 0) {
        c->size = size;
        incref(interp.none);
        return interp.none;
    }
    std::vector<std::uint8_t> old(static_cast<std::size_t>(c->size));
    if (!ctypesRead(interp, c->ptr, old.data(), c->size)) return nullptr;
    const Addr fresh = interp.allocBuffer(c, static_cast<std::uint64_t>(size));
    if (fresh == 0) return nullptr;
    if (c->buffer) interp.freeBuffer(c->buffer);
    c->buffer = fresh;
    c->bufferBytes.assign(static_cast<std::size_t>(size), 0);
    std::copy(old.begin(), old.end(), c->bufferBytes.begin());
    c->ptr = fresh;
    c->size = size;
    incref(interp.none);
    return interp.none;
}

// dlopen(name, mode=RTLD_NOW|RTLD_LOCAL): a handle for any library name (None: the program).
Object* cDlopen(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (nargs < 1 || nargs > 2) {
        typeError(interp, std::string("dlopen() takes ") + (nargs < 1 ? "at least 1 argument" : "at most 2 arguments") + " (" + std::to_string(nargs) + " given)");
        return nullptr;
    }
    std::string name;
    if (args[0] != interp.none) {
        if (isStr(args[0])) name = strToUtf8(args[0]);
        else if (isBytes(args[0])) name = std::string(bytesView(args[0]));
        else {
            typeError(interp, "expected str, bytes or os.PathLike object, not " + args[0]->type->name);
            return nullptr;
        }
    }
    std::int64_t mode = 0;
    if (nargs == 2 && !indexAsInt64(args[1], mode, vmOf(interp).exc.OverflowError)) return nullptr;
    return newAddress(interp, ctypesDlopen(interp, name)).release();
}

Object* cGetErrno(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    return newInt(interp, ctypesTypes(interp).errnoValue).release();
}

// set_errno(value): the ctypes-private errno; returns the previous value.
Object* cSetErrno(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    std::int64_t value = 0;
    if (!isInt(args[0])) {
        typeError(interp, "'" + args[0]->type->name + "' object cannot be interpreted as an integer");
        return nullptr;
    }
    if (!intAsInt64(args[0], value)) return nullptr;
    CtypesTypes& ct = ctypesTypes(interp);
    const std::int64_t old = ct.errnoValue;
    ct.errnoValue = static_cast<std::int32_t>(value);
    return newInt(interp, old).release();
}

// Py_INCREF(obj) / Py_DECREF(obj): change obj's reference count, return obj.
Object* cPyIncref(Object*, Object* const* args, std::int64_t, Object*) {
    incref(args[0]); // the kept reference
    incref(args[0]); // the returned one
    return args[0];
}
Object* cPyDecref(Object*, Object* const* args, std::int64_t, Object*) {
    decref(args[0]); // the caller still holds its argument reference
    incref(args[0]);
    return args[0];
}

// PyObj_FromPtr(address): the object at a live object's address.
Object* cPyObjFromPtr(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    std::uint64_t address = 0;
    if (!ctypesAddressArg(interp, args[0], address)) return nullptr;
    Object* target = address ? interp.objectAt(address) : nullptr;
    if (target == nullptr) {
        raiseAccessViolation(interp, "reading", address);
        return nullptr;
    }
    incref(target);
    return target;
}

const MethodDef kFunctions[] = {
    {"POINTER", cPOINTER, meth::kO},
    {"pointer", cPointer, meth::kO},
    {"sizeof", cSizeof, meth::kO},
    {"alignment", cAlignment, meth::kO},
    {"byref", cByref, meth::kFastcall},
    {"addressof", cAddressof, meth::kO},
    {"resize", cResize, meth::kFastcall},
    {"dlopen", cDlopen, meth::kFastcall},
    {"get_errno", cGetErrno, meth::kNoArgs},
    {"set_errno", cSetErrno, meth::kO},
    {"Py_INCREF", cPyIncref, meth::kO},
    {"Py_DECREF", cPyDecref, meth::kO},
    {"PyObj_FromPtr", cPyObjFromPtr, meth::kO},
    {nullptr, nullptr, 0},
};

// ArgumentError: PyErr_NewException("ctypes.ArgumentError", NULL, NULL) (made once per interpreter). Borrowed.
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

int addInt(Interpreter& interp, Object* module, const char* name, std::uint64_t value) {
    Ref v = newAddress(interp, value);
    return v ? moduleAddObject(module, name, v.get()) : -1;
}

// The ctypes package's sources (Lib/ctypes/__init__.py and _endian.py of 3.11 plus the committed
// patches; see engine/CMakeLists.txt) and the paths the reference interpreter reports for them.
constexpr std::string_view kInitFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/ctypes/__init__.py";
constexpr std::string_view kEndianFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/ctypes/_endian.py";
constexpr std::string_view kPackageDir = "/root/.pyenv/versions/3.11.7/lib/python3.11/ctypes";
const char kInitSource[] =
#include "modules/frozen/ctypes___init___py.inc" // generated
    ;
const char kEndianSource[] =
#include "modules/frozen/ctypes__endian_py.inc" // generated
    ;

} // namespace

// The _ctypes module (PyInit__ctypes): the base classes, the functions and constants ctypes/__init__.py
// imports, and the addresses of the helpers it wraps in CFUNCTYPE prototypes.
Object* createCtypesBuiltinModule(Interpreter& interp) {
    CtypesTypes& ct = ctypesTypes(interp);
    Object* argumentError = argumentErrorClass(interp, ct);
    if (!argumentError) return nullptr;
    Ref module = newModule(interp, "_ctypes");
    if (!module) return nullptr;
    Object* m = module.get();
    Ref modName = internName(interp, "_ctypes");
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, m, modName.get());
        if (!fn || moduleAddObject(m, def->name, fn.get()) < 0) return nullptr;
    }
    moduleAddObject(m, "_pointer_type_cache", ct.pointerTypeCache);
    moduleAddObject(m, "ArgumentError", argumentError);
    moduleAddObject(m, "Structure", ct.structBase);
    moduleAddObject(m, "Union", ct.unionBase);
    moduleAddObject(m, "_Pointer", ct.pointerBase);
    moduleAddObject(m, "Array", ct.arrayBase);
    moduleAddObject(m, "_SimpleCData", ct.simpleBase);
    moduleAddObject(m, "CFuncPtr", ct.funcPtrBase);
    Ref version = newStrFromAscii(interp, "1.1.0");
    if (!version || moduleAddObject(m, "__version__", version.get()) < 0) return nullptr;
    const std::pair<const char*, std::uint64_t> constants[] = {
        {"FUNCFLAG_CDECL", 1}, {"FUNCFLAG_HRESULT", 2}, {"FUNCFLAG_PYTHONAPI", 4}, {"FUNCFLAG_USE_ERRNO", 8},
        {"FUNCFLAG_USE_LASTERROR", 16}, {"RTLD_LOCAL", 0}, {"RTLD_GLOBAL", 256}, {"CTYPES_MAX_ARGCOUNT", 1024},
        {"_memmove_addr", ctypesNativeAddress(interp, "memmove", nativeMemmove)},
        {"_memset_addr", ctypesNativeAddress(interp, "memset", nativeMemset)},
        {"_string_at_addr", ctypesNativeAddress(interp, "string_at", nativeStringAt)},
        {"_cast_addr", ctypesNativeAddress(interp, "cast", nativeCast)},
        {"_wstring_at_addr", ctypesNativeAddress(interp, "wstring_at", nativeWstringAt)},
    };
    for (const auto& [name, value] : constants)
        if (addInt(interp, m, name, value) < 0) return nullptr;
    if (moduleSetExtensionFile(module.get(), "_ctypes") < 0) return nullptr;
    return module.release();
}

// `import ctypes`: runs Lib/ctypes/__init__.py (not preloaded in CPython: its allocations count).
Object* createCtypesModule(Interpreter& interp) {
    return execSourceModule(interp, "ctypes", kInitFile, kInitSource, SourceModuleKind::kPackage, kPackageDir);
}

Object* createCtypesEndianModule(Interpreter& interp) {
    return execSourceModule(interp, "ctypes._endian", kEndianFile, kEndianSource, SourceModuleKind::kModule, {});
}

std::string_view ctypesModuleSource(std::string_view filename) {
    std::string_view text;
    if (filename == kInitFile) text = kInitSource;
    else if (filename == kEndianFile) text = kEndianSource;
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    return text;
}

} // namespace hs
