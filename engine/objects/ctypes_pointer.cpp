// ctypes pointers (Modules/_ctypes/_ctypes.c: PyCPointerType, Pointer_*): POINTER(T) classes, their
// instances holding an address, .contents, indexing, and what a pointer keeps alive.
#include "objects/ctypes_object.h"

#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <string>

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }

std::string bareName(const TypeObject* t) {
    const auto dot = t->name.rfind('.');
    return dot == std::string::npos ? t->name : t->name.substr(dot + 1);
}

bool nullPointerCheck(Interpreter& interp, std::uint64_t address) {
    if (address != 0) return true;
    raiseError(interp, vmOf(interp).exc.ValueError, "NULL pointer access");
    return false;
}

// Pointer_item / PyCData_get at address + i * sizeof(T): T's value, or a view keeping p alive.
Ref pointerItem(CDataObject* p, std::int64_t i) {
    Interpreter& interp = interpOf(p);
    std::uint64_t address = 0;
    if (!ctypesPointerValue(interp, p, address) || !nullPointerCheck(interp, address)) return Ref();
    CTypeObject* target = asCType(p->type)->element;
    const std::uint64_t at = address + static_cast<std::uint64_t>(i * target->size);
    if (target->code) {
        std::uint8_t bytes[8] = {};
        if (!ctypesRead(interp, at, bytes, ctypesCodeSize(target->code))) return Ref();
        return ctypesDecode(interp, target->code, bytes);
    }
    Ref view = cdataAtAddress(target, at);
    if (!view) return Ref();
    asCData(view.get())->base = Ref::borrowed(p).release();
    asCData(view.get())->index = i;
    return view;
}

Object* pointerGetContents(Object* self) {
    Interpreter& interp = interpOf(self);
    CDataObject* p = asCData(self);
    std::uint64_t address = 0;
    if (!ctypesPointerValue(interp, p, address) || !nullPointerCheck(interp, address)) return nullptr;
    Ref view = cdataAtAddress(asCType(self->type)->element, address);
    if (!view) return nullptr;
    asCData(view.get())->base = Ref::borrowed(self).release();
    return view.release();
}

int pointerSetContentsSlot(Object* self, Object* value) {
    if (value == nullptr) {
        typeError(interpOf(self), "Pointer does not support item deletion");
        return -1;
    }
    return ctypesPointerSetContents(asCData(self), value);
}

const GetSetDef kPointerGetSets[] = {{"contents", pointerGetContents, pointerSetContentsSlot, "the object this pointer points to (read-write)"},
                                     {nullptr, nullptr}};

int pointerInit(Object* self, Object* args, Object*) {
    const std::int64_t n = tupleSize(args);
    if (n > 1) {
        typeError(interpOf(self), "POINTER expected at most 1 argument, got " + std::to_string(n));
        return -1;
    }
    return n == 1 ? ctypesPointerSetContents(asCData(self), tupleItem(args, 0)) : 0;
}

Object* pointerSubscript(Object* self, Object* key) {
    Interpreter& interp = interpOf(self);
    if (!hasIndex(key)) {
        typeError(interp, "Pointer indices must be integer");
        return nullptr;
    }
    std::int64_t i = 0;
    if (!indexAsInt64(key, i, vmOf(interp).exc.IndexError)) return nullptr;
    return pointerItem(asCData(self), i).release();
}

int pointerAssSubscript(Object* self, Object* key, Object* value) {
    Interpreter& interp = interpOf(self);
    if (value == nullptr) {
        typeError(interp, "Pointer does not support item deletion");
        return -1;
    }
    if (!hasIndex(key)) {
        typeError(interp, "Pointer indices must be integer");
        return -1;
    }
    std::int64_t i = 0;
    if (!indexAsInt64(key, i, vmOf(interp).exc.IndexError)) return -1;
    CDataObject* p = asCData(self);
    std::uint64_t address = 0;
    if (!ctypesPointerValue(interp, p, address) || !nullPointerCheck(interp, address)) return -1;
    CTypeObject* target = asCType(self->type)->element;
    if (!target->code) {
        typeError(interp, "expected " + bareName(target) + " instance, got " + value->type->name);
        return -1;
    }
    std::uint8_t bytes[8] = {};
    Ref keep;
    if (!ctypesEncode(interp, target->code, value, bytes, keep)) return -1;
    if (!ctypesWrite(interp, address + static_cast<std::uint64_t>(i * target->size), bytes, ctypesCodeSize(target->code))) return -1;
    return ctypesKeepRef(p, i, std::move(keep)) ? 0 : -1;
}

int pointerIsTrue(Object* self) {
    std::uint64_t address = 0;
    if (!ctypesPointerValue(interpOf(self), asCData(self), address)) return -1;
    return address != 0;
}

// Pointer_as_number: nb_bool only.
const NumberSlots kPointerNumber = [] {
    NumberSlots n;
    n.boolean = pointerIsTrue;
    return n;
}();

void bindPointerSlots(CTypeObject* t) {
    t->slots.tpInit = pointerInit;
    t->slots.subscript = pointerSubscript;
    t->slots.assSubscript = pointerAssSubscript;
    t->isTrue = pointerIsTrue;
    t->slots.number = &kPointerNumber;
}

} // namespace

bool ctypesPointerValue(Interpreter& interp, CDataObject* p, std::uint64_t& out) {
    std::uint8_t bytes[8] = {};
    if (!ctypesRead(interp, p->ptr, bytes, 8)) return false;
    out = 0;
    for (int i = 0; i < 8; ++i) out |= static_cast<std::uint64_t>(bytes[i]) << (8 * i);
    return true;
}

int ctypesPointerSetContents(CDataObject* p, Object* value) {
    Interpreter& interp = interpOf(p);
    CTypeObject* target = asCType(p->type)->element;
    if (!isCData(value) || !value->type->isSubtypeOf(target)) {
        typeError(interp, "expected " + bareName(target) + " instead of " + value->type->name);
        return -1;
    }
    const std::uint64_t address = asCData(value)->ptr;
    std::uint8_t bytes[8];
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<std::uint8_t>(address >> (8 * i));
    if (!ctypesWrite(interp, p->ptr, bytes, 8)) return -1;
    // The pointer keeps `value` (index 1) and what value keeps (index 0).
    if (!ctypesKeepRef(p, 1, Ref::borrowed(value))) return -1;
    CDataObject* container = asCData(value);
    while (container->base && isCData(container->base)) container = asCData(container->base);
    if (container->objects == nullptr) container->objects = Ref::borrowed(container->length ? nullptr : interp.none).release();
    if (container->objects == nullptr) {
        Ref d = newDict(interp);
        if (!d) return -1;
        container->objects = d.release();
    }
    return ctypesKeepRef(p, 0, Ref::borrowed(container->objects)) ? 0 : -1;
}

CTypeObject* ctypesPointerType(Interpreter& interp, Object* target) {
    CtypesTypes& ct = ctypesTypes(interp);
    // POINTER looks _ctypes._pointer_type_cache up first (ctypes/__init__.py stores None -> c_void_p).
    if (Object* cached = dictGetItem(ct.pointerTypeCache, target)) {
        if (isCType(cached)) return asCType(cached);
        typeError(interp, "_pointer_type_cache holds a non-ctypes class for this type");
        return nullptr;
    }
    if (errOccurred(interp)) return nullptr;
    if (!isType(target)) {
        typeError(interp, "must be a ctypes type");
        return nullptr;
    }
    if (!isCType(target) || !asCType(target)->concrete) {
        typeError(interp, "_type_ must have storage info");
        return nullptr;
    }
    CTypeObject* t = asCType(target);
    // POINTER() runs type("LP_" + name, (_Pointer,), {'_type_': cls}) from __main__ code.
    CTypeObject* p = newCType(interp, "LP_" + bareName(t), ct.pointerMeta, ct.pointerBase);
    p->moduleName = "__main__";
    p->isPointer = true;
    p->concrete = true;
    p->element = t;
    p->size = p->align = 8;
    p->length = 2;
    bindPointerSlots(p);
    setStaticTypeAttr(interp, p, "_type_", Ref::borrowed(t).release());
    addCtypesInstanceDict(interp, p);
    addSlotWrappers(interp, p);
    if (dictSetItem(ct.pointerTypeCache, target, p) < 0) return nullptr;
    return p;
}

void initCtypesPointerTypes(Interpreter& interp, CtypesTypes& ct) {
    ct.pointerMeta = newCtypesMetatype(interp, "_ctypes.PyCPointerType");
    CTypeObject* base = newCType(interp, "_ctypes._Pointer", ct.pointerMeta, ct.cdata);
    base->basicsize = 96;
    base->flags &= ~tpflags::kManagedDict;
    base->slots.dictPtr = nullptr;
    base->slots.weaklistOffset = 0;
    bindPointerSlots(base);
    addGetSets(interp, base, kPointerGetSets);
    addSlotWrappers(interp, base);
    ct.pointerBase = base;
}

} // namespace hs
