// ctypes data objects (Modules/_ctypes/_ctypes.c): simple and array CData instances, their types and
// metatypes, and reads/writes of simulated memory (value codecs: ctypes_codecs.cpp).
//
// Sections: memory access · keeping objects alive · instance slots · simple types · array types · metatypes
// and type creation.
#include "objects/ctypes_object.h"

#include "objects/bigint.h"
#include "objects/bytes_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <cstring>
#include <limits>

namespace hs {

namespace {

constexpr std::int64_t kMaxHostBuffer = std::int64_t(1) << 30;

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
VmState& vmFor(Interpreter& interp) { return vmOf(interp); }

void typeError(Interpreter& interp, const std::string& message) { raiseError(interp, vmFor(interp).exc.TypeError, message); }

// The low 64 bits of an int in two's complement (PyLong_AsUnsignedLongLongMask).
std::uint64_t maskUint64(const BigInt& v) {
    if (v.fitsInt64()) return static_cast<std::uint64_t>(v.small());
    std::uint64_t low = 0;
    for (int i = 0; i < 3; ++i) low |= static_cast<std::uint64_t>(v.digit(i)) << (BigInt::kShift * i);
    return v.isNegative() ? std::uint64_t(0) - low : low;
}

std::uint64_t loadLe(const std::uint8_t* p, std::int64_t n) {
    std::uint64_t v = 0;
    for (std::int64_t i = 0; i < n; ++i) v |= static_cast<std::uint64_t>(p[i]) << (8 * i);
    return v;
}
void storeLe(std::uint8_t* p, std::int64_t n, std::uint64_t v) {
    for (std::int64_t i = 0; i < n; ++i) p[i] = static_cast<std::uint8_t>(v >> (8 * i));
}

std::string shortName(const TypeObject* t) {
    const auto dot = t->name.rfind('.');
    return dot == std::string::npos ? t->name : t->name.substr(dot + 1);
}

void cdataDealloc(Object* o);

} // namespace

bool isCData(const Object* o) { return o->type->dealloc == cdataDealloc; }
bool isCType(const Object* o) {
    if (!isType(o)) return false;
    const CtypesTypes* ct = vmOf(o).ctypes.get();
    if (!ct) return false;
    if (o == ct->cdata) return true;
    for (TypeObject* meta : {ct->simpleMeta, ct->arrayMeta, ct->structMeta, ct->unionMeta, ct->pointerMeta, ct->funcPtrMeta})
        if (meta && o->type->isSubtypeOf(meta)) return true;
    return false;
}

// ---------------------------------------------------------------- memory access

void raiseAccessViolation(Interpreter& interp, const char* what, std::uint64_t address) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "exception: access violation %s 0x%016llX", what, static_cast<unsigned long long>(address));
    raiseError(interp, vmFor(interp).exc.OSError, buf);
}

bool ctypesRead(Interpreter& interp, std::uint64_t address, std::uint8_t* out, std::int64_t n) {
    std::uint64_t wordAddr = 1; // never 8-aligned: forces the first read
    std::uint64_t word = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        const std::uint64_t a = address + static_cast<std::uint64_t>(i);
        if ((a & ~std::uint64_t(7)) != wordAddr) {
            wordAddr = a & ~std::uint64_t(7);
            if (!interp.readWord(wordAddr, word)) {
                raiseAccessViolation(interp, "reading", a);
                return false;
            }
        }
        out[i] = static_cast<std::uint8_t>(word >> (8 * (a & 7)));
    }
    return true;
}

namespace {

// The object whose simulated block holds `address` (static or heap), or null.
Object* blockOwner(Interpreter& interp, std::uint64_t address) {
    Addr start = 0;
    if (Object* s = interp.memory().findStatic(address, &start)) return s;
    std::uint64_t size = 0;
    const BlockSlot* slot = interp.memory().find(address, &start, &size);
    if (slot == nullptr) return nullptr;
    const BlockState state = visibleBlockState(*slot);
    if (state != BlockState::Object && state != BlockState::Buffer) return nullptr;
    return slot->owner;
}

// Storage of a CData's bytes at simulated `address` (b_value or its buffer), or null.
std::uint8_t* cdataStorage(CDataObject* c, std::uint64_t address) {
    const std::uint64_t v = c->addr + kCDataValueOffset;
    if (address >= v && address < v + sizeof c->value) return c->value + (address - v);
    if (c->buffer && address >= c->buffer && address < c->buffer + c->bufferBytes.size())
        return c->bufferBytes.data() + (address - c->buffer);
    return nullptr;
}

bool writeWord(Interpreter& interp, std::uint64_t wordAddr, std::uint64_t word, std::uint64_t firstByte) {
    Object* owner = blockOwner(interp, wordAddr);
    if (owner && isCData(owner) && cdataStorage(asCData(owner), firstByte)) {
        // Bytes of the word past the end of the storage (block padding) stay as they read.
        for (std::uint64_t i = 0; i < 8; ++i)
            if (std::uint8_t* p = cdataStorage(asCData(owner), wordAddr + i)) *p = static_cast<std::uint8_t>(word >> (8 * i));
        ++interp.version;
        return true;
    }
    if (owner && wordAddr == owner->addr && !(owner->objFlags & Object::kRetained)) {
        interp.writeRefcnt(owner, static_cast<std::int64_t>(word));
        return true;
    }
    if (owner == nullptr) {
        raiseAccessViolation(interp, "writing", firstByte);
        return false;
    }
    char buf[200];
    std::snprintf(buf, sizeof buf,
                  "heapscope simulates ctypes writes only to ob_refcnt and to ctypes buffers, not to 0x%016llX "
                  "(inside a '%s' block)",
                  static_cast<unsigned long long>(firstByte), owner->type->name.c_str());
    raiseError(interp, vmFor(interp).exc.NotImplementedError, buf);
    return false;
}

} // namespace

bool ctypesWrite(Interpreter& interp, std::uint64_t address, const std::uint8_t* data, std::int64_t n) {
    std::int64_t i = 0;
    while (i < n) {
        const std::uint64_t a = address + static_cast<std::uint64_t>(i);
        const std::uint64_t wordAddr = a & ~std::uint64_t(7);
        std::uint64_t word = 0;
        if (!interp.readWord(wordAddr, word)) {
            raiseAccessViolation(interp, "writing", a);
            return false;
        }
        std::uint8_t bytes[8];
        storeLe(bytes, 8, word);
        for (; i < n && address + static_cast<std::uint64_t>(i) < wordAddr + 8; ++i)
            bytes[address + static_cast<std::uint64_t>(i) - wordAddr] = data[i];
        if (!writeWord(interp, wordAddr, loadLe(bytes, 8), a)) return false;
    }
    return true;
}

bool ctypesAddressArg(Interpreter& interp, Object* o, std::uint64_t& out) {
    if (!isInt(o)) {
        typeError(interp, "integer expected");
        return false;
    }
    const BigInt& v = intValue(o);
    if (v.fitsInt64()) {
        out = static_cast<std::uint64_t>(v.small());
        return true;
    }
    if (!v.isNegative() && v.bitLength() <= 64) {
        out = maskUint64(v);
        return true;
    }
    raiseError(interp, vmFor(interp).exc.OverflowError, "Python int too large to convert to C unsigned long");
    return false;
}

// ---------------------------------------------------------------- keeping objects alive

namespace {

// PyCData_GetContainer: the object at the end of the b_base chain, its b_objects made on first use
// (a dict when b_length != 0, else None). Borrowed, or null + error.
CDataObject* container(CDataObject* c) {
    Interpreter& interp = interpOf(c);
    while (c->base && isCData(c->base)) c = asCData(c->base);
    if (c->objects == nullptr) {
        if (c->length) {
            Ref d = newDict(interp);
            if (!d) return nullptr;
            c->objects = d.release();
        } else {
            c->objects = Ref::borrowed(interp.none).release();
        }
    }
    return c;
}

// unique_key: "%x" of index, then ":%x" of each b_index up the b_base chain (C int formatting).
std::string uniqueKey(CDataObject* c, std::int64_t index) {
    char part[32];
    std::snprintf(part, sizeof part, "%x", static_cast<unsigned>(index));
    std::string key = part;
    for (; c->base && isCData(c->base); c = asCData(c->base)) {
        std::snprintf(part, sizeof part, ":%x", static_cast<unsigned>(c->index));
        key += part;
    }
    return key;
}

// KeepRef: the container's b_objects keeps `keep` under unique_key(c, index) (or becomes `keep`
// when it is not a dict); None is not stored.
bool keepRef(CDataObject* c, std::int64_t index, Ref keep) {
    Interpreter& interp = interpOf(c);
    if (!keep || keep.get() == interp.none) return true;
    CDataObject* ob = container(c);
    if (!ob) return false;
    if (!isDict(ob->objects) || ob->objects->type != interp.types.dict) {
        xdecref(std::exchange(ob->objects, keep.release()));
        return true;
    }
    Ref k = newStrFromAscii(interp, uniqueKey(c, index));
    return k && dictSetItem(ob->objects, k.get(), keep.get()) == 0;
}

// _ctypes_extend_error(RuntimeError, "(T) "): the pending error becomes a RuntimeError whose
// message is the prefix, the error's class name, ": " and str(error).
void extendError(Interpreter& interp, const std::string& prefix) {
    Ref exc = fetchError(interp);
    std::string message = prefix + (exc ? shortName(exc->type) : std::string()) + ": ";
    Ref text = exc ? objectStr(exc.get()) : Ref();
    if (text) message += strToUtf8(text.get());
    else {
        clearError(interp);
        message += "???";
    }
    raiseError(interp, vmOf(interp).exc.RuntimeError, message);
}

// _PyCData_set for a type without a setfunc (structures, arrays, pointers): copies an instance's
// bytes to `address` and returns what the destination must keep (new reference), or null + error.
Ref cdataSetValue(Interpreter& interp, CTypeObject* type, Object* value, std::uint64_t address) {
    if (!isCData(value)) {
        if (isTuple(value)) { // the type called with the tuple, and that result stored
            Ref ob = call(type, tupleItems(value), tupleSize(value));
            if (!ob) {
                extendError(interp, "(" + shortName(type) + ") ");
                return Ref();
            }
            return cdataSetValue(interp, type, ob.get(), address);
        }
        if (value == interp.none && type->isPointer) {
            const std::uint8_t zero[8] = {};
            if (!ctypesWrite(interp, address, zero, 8)) return Ref();
            return Ref::borrowed(interp.none);
        }
        typeError(interp, "expected " + shortName(type) + " instance, got " + value->type->name);
        return Ref();
    }
    CDataObject* src = asCData(value);
    const int match = isInstance(value, type);
    if (match < 0) return Ref();
    if (match) {
        std::vector<std::uint8_t> data(static_cast<std::size_t>(type->size));
        if (!ctypesRead(interp, src->ptr, data.data(), type->size) || !ctypesWrite(interp, address, data.data(), type->size))
            return Ref();
        CDataObject* ob = container(src); // GetKeepedObjects
        return ob ? Ref::borrowed(ob->objects) : Ref();
    }
    CTypeObject* vt = asCType(value->type);
    if (type->isPointer && vt->element && !vt->isPointer && !vt->isStruct) {
        if (vt->element != type->element) {
            typeError(interp, "incompatible types, " + value->type->name + " instance instead of " + shortName(type) + " instance");
            return Ref();
        }
        std::uint8_t bytes[8];
        storeLe(bytes, 8, src->ptr);
        if (!ctypesWrite(interp, address, bytes, 8)) return Ref();
        CDataObject* ob = container(src);
        if (!ob) return Ref();
        return tuplePack(interp, {ob->objects, value}); // the array's objects and the array itself
    }
    typeError(interp, "incompatible types, " + value->type->name + " instance instead of " + shortName(type) + " instance");
    return Ref();
}

// ---------------------------------------------------------------- instance slots

void cdataDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    CDataObject* c = asCData(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    // subtype_dealloc: the managed __dict__, then PyCData_dealloc: b_objects, b_base, the buffer.
    xdecref(std::exchange(c->dict, nullptr));
    xdecref(std::exchange(c->objects, nullptr));
    xdecref(std::exchange(c->base, nullptr));
    xdecref(std::exchange(c->callable, nullptr));
    xdecref(std::exchange(c->argtypes, nullptr));
    xdecref(std::exchange(c->restype, nullptr));
    xdecref(std::exchange(c->errcheck, nullptr));
    if (c->buffer) {
        interp.freeBuffer(c->buffer);
        c->buffer = 0;
    }
    TypeObject* type = o->type;
    interp.freeObject(o);
    decref(type);
}

// subtype_traverse (managed dict, the type) then PyCData_traverse (b_objects, b_base).
int cdataTraverse(Object* o, VisitProc visit, void* arg) {
    CDataObject* c = asCData(o);
    for (Object* r : {c->dict, static_cast<Object*>(o->type), c->objects, c->base, c->callable, c->argtypes, c->restype, c->errcheck})
        if (r)
            if (int v = visit(r, arg)) return v;
    return 0;
}

int cdataClear(Object* o) {
    CDataObject* c = asCData(o);
    xdecref(std::exchange(c->dict, nullptr));
    xdecref(std::exchange(c->objects, nullptr));
    xdecref(std::exchange(c->base, nullptr));
    xdecref(std::exchange(c->callable, nullptr));
    xdecref(std::exchange(c->argtypes, nullptr));
    xdecref(std::exchange(c->restype, nullptr));
    xdecref(std::exchange(c->errcheck, nullptr));
    return 0;
}

bool cdataReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    const auto* c = static_cast<const CDataObject*>(o);
    const std::uint64_t a = o->addr + static_cast<std::uint64_t>(offset);
    if (c->buffer && a >= c->buffer && a < c->buffer + c->bufferBytes.size()) {
        std::uint8_t bytes[8] = {};
        for (std::uint64_t i = 0; i < 8 && a + i < c->buffer + c->bufferBytes.size(); ++i) bytes[i] = c->bufferBytes[a + i - c->buffer];
        out = loadLe(bytes, 8);
        return true;
    }
    switch (offset) {
    case -24: out = c->dict ? c->dict->addr : 0; return true;
    case 16: out = c->ptr; return true;
    case 24: out = c->needsFree ? 1 : 0; return true;
    case 32: out = c->base ? c->base->addr : 0; return true;
    case 40: out = static_cast<std::uint64_t>(c->size); return true;
    case 48: out = static_cast<std::uint64_t>(c->length); return true;
    case 56: out = static_cast<std::uint64_t>(c->index); return true;
    case 64: out = c->objects ? c->objects->addr : 0; return true;
    case 72: out = 0; return true;
    case 80: out = loadLe(c->value, 8); return true;
    case 88: out = loadLe(c->value + 8, 8); return true;
    case 96: out = c->weakreflist ? c->weakreflist->addr : 0; return true;
    default: return false;
    }
}

std::int64_t cdataHash(Object* o) {
    typeError(interpOf(o), "unhashable type");
    return -1;
}

std::string cdataLabel(const Object* o) { return shortName(o->type); }

Object** cdataDictPtr(Object* o) { return &asCData(o)->dict; }

Object* cdataGetDict(Object* o) {
    CDataObject* c = asCData(o);
    if (c->dict == nullptr) {
        Ref d = newDict(interpOf(o));
        if (!d) return nullptr;
        c->dict = d.release();
    }
    return Ref::borrowed(c->dict).release();
}

const GetSetDef kInstanceDictGetSets[] = {{"__dict__", cdataGetDict}, {nullptr, nullptr}};

// Simple_get_value: reads b_size bytes at b_ptr and decodes them. New reference.
Ref simpleValue(CDataObject* c) {
    Interpreter& interp = interpOf(c);
    const char code = asCType(c->type)->code;
    std::uint8_t bytes[16] = {};
    if (!ctypesRead(interp, c->ptr, bytes, ctypesCodeSize(code))) return Ref();
    return ctypesDecode(interp, code, bytes);
}

} // namespace

Ref cdataAtAddress(CTypeObject* type, std::uint64_t address) {
    Interpreter& interp = *type->interp;
    if (!type->concrete) {
        typeError(interp, "abstract class");
        return Ref();
    }
    auto* c = interp.newObject<CDataObject>(type, kCDataBasicSize);
    if (!c) return Ref();
    interp.gc().track(c); // PyType_GenericAlloc tracks at once
    incref(type);         // instances of CPython's heap-type ctypes classes own their type
    c->ptr = address;
    c->length = type->length;
    c->size = type->size;
    return Ref(c);
}

Ref cdataNew(CTypeObject* type) {
    Interpreter& interp = *type->interp;
    if (!type->concrete) {
        typeError(interp, "abstract class");
        return Ref();
    }
    auto* c = interp.newObject<CDataObject>(type, kCDataBasicSize);
    if (!c) return Ref();
    Ref keep(c);
    interp.gc().track(c);
    incref(type);
    c->length = type->length;
    c->size = type->size;
    c->needsFree = true;
    // PyCData_MallocBuffer: b_value when it fits, else PyMem_Calloc(1, size).
    if (type->size <= static_cast<std::int64_t>(sizeof c->value)) {
        c->ptr = c->addr + kCDataValueOffset;
    } else {
        // The bytes are mirrored on the host: refuse what the host could not hold (MemoryError,
        // as PyMem_Calloc failing) instead of letting the host allocation throw.
        if (type->size > kMaxHostBuffer) {
            interp.setMemoryError();
            return Ref();
        }
        c->buffer = interp.allocBuffer(c, static_cast<std::uint64_t>(type->size));
        if (c->buffer == 0) return Ref();
        c->bufferBytes.assign(static_cast<std::size_t>(type->size), 0);
        c->ptr = c->buffer;
    }
    return keep;
}

namespace {

// ---------------------------------------------------------------- simple types

Object* simpleGetValue(Object* self) { return simpleValue(asCData(self)).release(); }

int simpleSetValue(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    if (value == nullptr) {
        typeError(interp, "can't delete attribute");
        return -1;
    }
    CDataObject* c = asCData(self);
    const char code = asCType(self->type)->code;
    std::uint8_t bytes[16] = {};
    Ref keep;
    if (!ctypesEncode(interp, code, value, bytes, keep)) return -1;
    if (!ctypesWrite(interp, c->ptr, bytes, ctypesCodeSize(code))) return -1;
    return keepRef(c, 0, std::move(keep)) ? 0 : -1;
}

// PyCData_members: _b_base_, _b_needsfree_, _objects.
Object* cdataObjects(Object* o) { return Ref::borrowed(asCData(o)->objects ? asCData(o)->objects : interpOf(o).none).release(); }
Object* cdataBBase(Object* o) { return Ref::borrowed(asCData(o)->base ? asCData(o)->base : interpOf(o).none).release(); }
Object* cdataNeedsFree(Object* o) { return newInt(interpOf(o), asCData(o)->needsFree ? 1 : 0).release(); }
const GetSetDef kCDataGetSets[] = {
    {"_objects", cdataObjects}, {"_b_base_", cdataBBase}, {"_b_needsfree_", cdataNeedsFree}, {nullptr, nullptr}};

const GetSetDef kSimpleGetSets[] = {{"value", simpleGetValue, simpleSetValue, "current value"}, {nullptr, nullptr}};

Object* simpleRepr(Object* o) {
    Interpreter& interp = interpOf(o);
    const CtypesTypes& ct = *vmOf(o).ctypes;
    if (o->type->base != ct.simpleBase) {
        char buf[64];
        std::snprintf(buf, sizeof buf, " object at 0x%llx>", static_cast<unsigned long long>(o->addr));
        return newStrFromUtf8(interp, "<" + shortName(o->type) + buf).release();
    }
    Ref v = simpleValue(asCData(o));
    if (!v) {
        // py_object.__repr__ (ctypes/__init__.py) turns the NULL ValueError into "<NULL>".
        if (asCType(o->type)->code == 'O' && errMatches(interp, vmOf(o).exc.ValueError)) {
            clearError(interp);
            return newStrFromUtf8(interp, shortName(o->type) + "(<NULL>)").release();
        }
        return nullptr;
    }
    Ref r = objectRepr(v.get());
    if (!r) return nullptr;
    return newStrFromUtf8(interp, shortName(o->type) + "(" + strToUtf8(r.get()) + ")").release();
}

int simpleIsTrue(Object* o) {
    CDataObject* c = asCData(o);
    std::uint8_t bytes[8] = {};
    const std::int64_t n = std::min<std::int64_t>(c->size, 8);
    if (!ctypesRead(interpOf(o), c->ptr, bytes, n)) return -1;
    for (std::int64_t i = 0; i < n; ++i)
        if (bytes[i]) return 1;
    return 0;
}

Object* cdataTpNew(TypeObject* type, Object*, Object*) {
    if (!isCType(type)) {
        typeError(*type->interp, "abstract class");
        return nullptr;
    }
    return cdataNew(asCType(type)).release();
}

int simpleInit(Object* self, Object* args, Object*) {
    const std::int64_t n = tupleSize(args);
    if (n > 1) {
        typeError(interpOf(self), "__init__ expected at most 1 argument, got " + std::to_string(n));
        return -1;
    }
    return n == 1 ? simpleSetValue(self, tupleItem(args, 0)) : 0;
}

// ---------------------------------------------------------------- array types

// The address of item i (0 <= i < length).
std::uint64_t itemAddress(CDataObject* c, std::int64_t i) {
    return c->ptr + static_cast<std::uint64_t>(i * asCType(c->type)->element->size);
}

Ref arrayItem(CDataObject* c, std::int64_t i) {
    Interpreter& interp = interpOf(c);
    if (i < 0 || i >= c->length) {
        raiseError(interp, vmOf(c).exc.IndexError, "invalid index");
        return Ref();
    }
    CTypeObject* element = asCType(c->type)->element;
    if (element->code) {
        std::uint8_t bytes[8] = {};
        if (!ctypesRead(interp, itemAddress(c, i), bytes, ctypesCodeSize(element->code))) return Ref();
        return ctypesDecode(interp, element->code, bytes);
    }
    // PyCData_FromBaseObj: a view into this array that keeps it alive.
    Ref view = cdataAtAddress(element, itemAddress(c, i));
    if (!view) return Ref();
    asCData(view.get())->base = Ref::borrowed(c).release();
    asCData(view.get())->index = i;
    return view;
}

int arraySetItem(CDataObject* c, std::int64_t i, Object* value) {
    Interpreter& interp = interpOf(c);
    if (value == nullptr) {
        typeError(interp, "Array does not support item deletion");
        return -1;
    }
    if (i < 0 || i >= c->length) {
        raiseError(interp, vmOf(c).exc.IndexError, "invalid index");
        return -1;
    }
    CTypeObject* element = asCType(c->type)->element;
    if (!element->code) return ctypesSetCData(c, element, value, itemAddress(c, i), i);
    std::uint8_t bytes[8] = {};
    Ref keep;
    if (!ctypesEncode(interp, element->code, value, bytes, keep)) return -1;
    if (!ctypesWrite(interp, itemAddress(c, i), bytes, ctypesCodeSize(element->code))) return -1;
    return keepRef(c, i, std::move(keep)) ? 0 : -1;
}

std::int64_t arrayLength(Object* o) { return asCData(o)->length; }

Object* arraySqItem(Object* o, std::int64_t i) { return arrayItem(asCData(o), i).release(); }

Object* arraySubscript(Object* o, Object* key) {
    Interpreter& interp = interpOf(o);
    CDataObject* c = asCData(o);
    if (isSlice(key)) {
        std::int64_t start = 0, stop = 0, step = 0;
        if (!sliceUnpack(key, start, stop, step)) return nullptr;
        const std::int64_t n = sliceAdjustIndices(c->length, start, stop, step);
        const bool chars = asCType(o->type)->element->code == 'c';
        std::string text;
        Ref list = chars ? Ref() : newList(interp, 0);
        for (std::int64_t k = 0, i = start; k < n; ++k, i += step) {
            Ref item = arrayItem(c, i);
            if (!item) return nullptr;
            if (chars) text.push_back(bytesView(item.get())[0]);
            else if (listAppend(list.get(), item.get()) < 0) return nullptr;
        }
        return chars ? newBytes(interp, text).release() : list.release();
    }
    std::int64_t i = 0;
    if (!hasIndex(key)) {
        typeError(interp, "indices must be integers");
        return nullptr;
    }
    if (!indexAsInt64(key, i, vmOf(o).exc.IndexError)) return nullptr;
    if (i < 0) i += c->length;
    return arrayItem(c, i).release();
}

int arrayAssSubscript(Object* o, Object* key, Object* value) {
    Interpreter& interp = interpOf(o);
    CDataObject* c = asCData(o);
    if (isSlice(key) && value) {
        std::int64_t start = 0, stop = 0, step = 0;
        if (!sliceUnpack(key, start, stop, step)) return -1;
        const std::int64_t n = sliceAdjustIndices(c->length, start, stop, step);
        Ref items = sequenceFast(value, "can only assign an iterable");
        if (!items) return -1;
        const std::int64_t count = isTuple(items.get()) ? tupleSize(items.get()) : listSize(items.get());
        if (count != n) {
            raiseError(interp, vmOf(o).exc.ValueError, "Can only assign sequence of same size");
            return -1;
        }
        for (std::int64_t k = 0, i = start; k < n; ++k, i += step) {
            Object* item = isTuple(items.get()) ? tupleItem(items.get(), k) : listItem(items.get(), k);
            if (arraySetItem(c, i, item) < 0) return -1;
        }
        return 0;
    }
    if (!hasIndex(key)) {
        typeError(interp, "indices must be integer");
        return -1;
    }
    std::int64_t i = 0;
    if (!indexAsInt64(key, i, vmOf(o).exc.IndexError)) return -1;
    if (i < 0) i += c->length;
    return arraySetItem(c, i, value);
}

int arrayInit(Object* self, Object* args, Object*) {
    for (std::int64_t i = 0; i < tupleSize(args); ++i)
        if (arraySetItem(asCData(self), i, tupleItem(args, i)) < 0) return -1;
    return 0;
}

// bytes(instance) reads the instance's b_size bytes (what the buffer protocol of CData exports).
Object* arrayBytes(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    CDataObject* c = asCData(self);
    std::string data(static_cast<std::size_t>(c->size), '\0');
    if (!ctypesRead(interp, c->ptr, reinterpret_cast<std::uint8_t*>(data.data()), c->size)) return nullptr;
    return newBytes(interp, data).release();
}

Object* charArrayValue(Object* self) {
    Interpreter& interp = interpOf(self);
    CDataObject* c = asCData(self);
    std::string data(static_cast<std::size_t>(c->size), '\0');
    if (!ctypesRead(interp, c->ptr, reinterpret_cast<std::uint8_t*>(data.data()), c->size)) return nullptr;
    const auto nul = data.find('\0');
    return newBytes(interp, nul == std::string::npos ? data : data.substr(0, nul)).release();
}

Object* charArrayRaw(Object* self) {
    Object* const* none = nullptr;
    return arrayBytes(self, none, 0, nullptr);
}

// CharArray_set_value: bytes up to b_size, NUL-terminated when shorter.
int charArraySetValue(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    CDataObject* c = asCData(self);
    if (value == nullptr) {
        typeError(interp, "can't delete attribute");
        return -1;
    }
    if (!isBytes(value)) {
        typeError(interp, "bytes expected instead of " + value->type->name + " instance");
        return -1;
    }
    std::string data(bytesView(value));
    if (static_cast<std::int64_t>(data.size()) > c->size) {
        raiseError(interp, vmOf(self).exc.ValueError, "byte string too long");
        return -1;
    }
    if (static_cast<std::int64_t>(data.size()) < c->size) data.push_back('\0');
    return ctypesWrite(interp, c->ptr, reinterpret_cast<const std::uint8_t*>(data.data()), static_cast<std::int64_t>(data.size())) ? 0 : -1;
}

// CharArray_set_raw: any bytes-like value up to b_size, copied as is.
int charArraySetRaw(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    CDataObject* c = asCData(self);
    if (value == nullptr) {
        raiseError(interp, vmOf(self).exc.AttributeError, "cannot delete attribute");
        return -1;
    }
    if (!isBytes(value)) {
        typeError(interp, "a bytes-like object is required, not '" + value->type->name + "'");
        return -1;
    }
    const std::string_view data = bytesView(value);
    if (static_cast<std::int64_t>(data.size()) > c->size) {
        raiseError(interp, vmOf(self).exc.ValueError, "byte string too long");
        return -1;
    }
    return ctypesWrite(interp, c->ptr, reinterpret_cast<const std::uint8_t*>(data.data()), static_cast<std::int64_t>(data.size())) ? 0 : -1;
}

// WCharArray_get_value: the wchar_t units up to the first NUL.
Object* wcharArrayValue(Object* self) {
    Interpreter& interp = interpOf(self);
    CDataObject* c = asCData(self);
    std::u32string text;
    for (std::int64_t i = 0; i < c->size / 4; ++i) {
        std::uint8_t unit[4] = {};
        if (!ctypesRead(interp, c->ptr + static_cast<std::uint64_t>(4 * i), unit, 4)) return nullptr;
        const auto cp = static_cast<char32_t>(loadLe(unit, 4));
        if (cp == 0) break;
        text.push_back(cp);
    }
    return newStrFromCodePoints(interp, text.data(), text.size()).release();
}

// WCharArray_set_value: a str of at most b_size / 4 characters, NUL-terminated when shorter.
int wcharArraySetValue(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    CDataObject* c = asCData(self);
    if (value == nullptr) {
        typeError(interp, "can't delete attribute");
        return -1;
    }
    if (!isStr(value)) {
        typeError(interp, "unicode string expected instead of " + value->type->name + " instance");
        return -1;
    }
    const std::int64_t n = strLength(value);
    if (n > c->size / 4) {
        raiseError(interp, vmOf(self).exc.ValueError, "string too long");
        return -1;
    }
    std::vector<std::uint8_t> data;
    for (std::int64_t i = 0; i <= n && i < c->size / 4; ++i) {
        const std::uint32_t cp = i < n ? static_cast<std::uint32_t>(strCharAt(value, i)) : 0;
        for (int k = 0; k < 4; ++k) data.push_back(static_cast<std::uint8_t>(cp >> (8 * k)));
    }
    return ctypesWrite(interp, c->ptr, data.data(), static_cast<std::int64_t>(data.size())) ? 0 : -1;
}

const MethodDef kArrayMethods[] = {{"__bytes__", arrayBytes, meth::kNoArgs}, {nullptr, nullptr, 0}};
const GetSetDef kCharArrayGetSets[] = {{"value", charArrayValue, charArraySetValue, "string value"},
                                       {"raw", charArrayRaw, charArraySetRaw, "value"},
                                       {nullptr, nullptr}};
const GetSetDef kWcharArrayGetSets[] = {{"value", wcharArrayValue, wcharArraySetValue, "string value"}, {nullptr, nullptr}};

const SequenceSlots kArraySequence = [] {
    SequenceSlots s;
    s.item = arraySqItem;
    return s;
}();

// ---------------------------------------------------------------- metatypes and type creation

} // namespace

// type_setattro for ctypes classes: CPython's are heap types, ours static objects; both take
// class attributes (c_ubyte.__ctype_le__ = c_ubyte, POINTER(c_char).from_param = ...).
int ctypesTypeSetAttr(Object* o, Object* name, Object* value) {
    TypeObject* type = asType(o);
    Interpreter& interp = *o->type->interp;
    if (type->isHeapType() || !isCType(o)) return interp.types.type->slots.setattro(o, name, value);
    if (!isStr(name)) {
        typeError(interp, "attribute name must be string, not '" + name->type->name + "'");
        return -1;
    }
    if (!value) {
        raiseError(interp, vmOf(interp).exc.AttributeError, "cannot delete the attribute '" + strToUtf8(name) + "' of ctypes class '" + type->name + "' in this simulation");
        return -1;
    }
    setStaticTypeAttr(interp, type, strToUtf8(name).c_str(), Ref::borrowed(value).release());
    ++type->slots.versionTag; // a replaced entry is not invalidated by setStaticTypeAttr
    interp.typeAttrCache.invalidate();
    return 0;
}

namespace {

Object* metaFromAddress(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    std::uint64_t address = 0;
    if (!ctypesAddressArg(interp, args[0], address)) return nullptr;
    if (!isCType(self) || !asCType(self)->concrete) {
        typeError(interp, "abstract class");
        return nullptr;
    }
    return cdataAtAddress(asCType(self), address).release();
}

// CDataType_from_param / PyCSimpleType_from_param: an instance of the class passes unchanged; a
// simple class converts what its setfunc accepts (CPython wraps it in a CArgObject; here a new
// instance of the class holds it); anything else is a TypeError.
Object* metaFromParam(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Object* value = args[0];
    if (isType(self) && value->type->isSubtypeOf(asType(self))) return Ref::borrowed(value).release();
    if (isCType(self) && asCType(self)->code && asCType(self)->concrete) {
        std::uint8_t bytes[16] = {};
        Ref keep;
        if (ctypesEncode(interp, asCType(self)->code, value, bytes, keep)) {
            Ref inst = cdataNew(asCType(self));
            if (!inst) return nullptr;
            CDataObject* c = asCData(inst.get());
            std::memcpy(c->value, bytes, sizeof bytes);
            if (!keepRef(c, 0, std::move(keep))) return nullptr;
            return inst.release();
        }
        clearError(interp);
        typeError(interp, "wrong type");
        return nullptr;
    }
    typeError(interp, "expected " + shortName(asType(self)) + " instance instead of " + value->type->name);
    return nullptr;
}

// CDataType_from_buffer(obj, offset=0): an instance viewing a writable buffer's memory at offset,
// keeping the buffer alive. The buffers of the simulation are ctypes instances (CPython also takes
// bytearray and memoryview).
Object* metaFromBuffer(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(self);
    if (nargs < 1 || nargs > 2) {
        typeError(interp, std::string("from_buffer expected ") + (nargs < 1 ? "at least 1 argument" : "at most 2 arguments") + ", got " + std::to_string(nargs));
        return nullptr;
    }
    if (!isCType(self) || !asCType(self)->concrete) {
        typeError(interp, "abstract class");
        return nullptr;
    }
    if (!isCData(args[0])) {
        typeError(interp, "a bytes-like object is required, not '" + args[0]->type->name + "'");
        return nullptr;
    }
    std::int64_t offset = 0;
    if (nargs == 2 && !indexAsInt64(args[1], offset, vm.exc.OverflowError)) return nullptr;
    if (offset < 0) {
        raiseError(interp, vm.exc.ValueError, "offset cannot be negative");
        return nullptr;
    }
    CDataObject* src = asCData(args[0]);
    const std::int64_t need = asCType(self)->size;
    if (src->size < need + offset) {
        raiseError(interp, vm.exc.ValueError, "Buffer size too small (" + std::to_string(src->size) + " instead of at least " + std::to_string(need + offset) + " bytes)");
        return nullptr;
    }
    Ref result = cdataAtAddress(asCType(self), src->ptr + static_cast<std::uint64_t>(offset));
    if (!result) return nullptr;
    if (!keepRef(asCData(result.get()), -1, Ref::borrowed(args[0]))) return nullptr;
    return result.release();
}

const MethodDef kMetaMethods[] = {{"from_address", metaFromAddress, meth::kO, "C.from_address(integer) -> C instance\naccess a C instance at the specified address"},
                                  {"from_buffer", metaFromBuffer, meth::kFastcall, "C.from_buffer(object, offset=0) -> C instance\ncreate a C instance from a writeable buffer"},
                                  {"from_param", metaFromParam, meth::kO, "Convert a Python object into a function call parameter."},
                                  {nullptr, nullptr, 0}};

// CDataType_repeat: `ctype * n` builds (or finds) the array type.
Object* metaRepeat(Object* self, std::int64_t n) {
    Interpreter& interp = interpOf(self);
    if (n < 0) {
        raiseError(interp, vmOf(self).exc.ValueError, "Array length must be >= 0, not " + std::to_string(n));
        return nullptr;
    }
    CTypeObject* t = ctypesArrayType(asCType(self), n);
    if (!t) return nullptr;
    incref(t);
    return t;
}

const SequenceSlots kMetaSequence = [] {
    SequenceSlots s;
    s.repeat = metaRepeat;
    return s;
}();

TypeObject* metatypeNew(Interpreter& interp, const char* name, Object* (*tpNew)(TypeObject*, Object*, Object*) = nullptr) {
    TypeObject* type = interp.types.type;
    TypeObject* m = interp.newStaticType(name, type->basicsize, type->itemsize, type->flags & ~tpflags::kHeapType, type);
    m->type = type;
    m->dealloc = type->dealloc;
    m->traverse = type->traverse;
    m->clear = type->clear;
    m->sizeOf = type->sizeOf;
    m->readField = type->readField;
    m->references = type->references;
    m->repr = type->repr;
    m->hash = type->hash;
    m->richcompare = type->richcompare;
    m->label = type->label;
    m->destroyHost = type->destroyHost;
    m->slots.getattro = type->slots.getattro;
    m->slots.setattro = ctypesTypeSetAttr;
    m->slots.call = type->slots.call;
    m->slots.tpCallOnly = type->slots.tpCallOnly;
    m->slots.number = type->slots.number;
    m->slots.sequence = &kMetaSequence;
    if (tpNew) {
        m->slots.tpNew = tpNew;
        m->slots.tpInit = type->slots.tpInit;
    }
    addMethods(interp, m, kMetaMethods);
    addSlotWrappers(interp, m);
    return m;
}

// A ctypes type object (static region, never freed): the CTypeObject counterpart of newStaticType.
CTypeObject* ctypeNew(Interpreter& interp, const std::string& name, TypeObject* meta, CTypeObject* base) {
    CTypeObject* t = interp.newStaticObject<CTypeObject>(meta, 408, 1);
    t->name = name;
    t->type = meta;
    t->base = base ? base : interp.types.object;
    t->interp = &interp;
    t->basicsize = base ? kCDataBasicSize : 96;
    t->flags = tpflags::kHaveGc | tpflags::kBaseType | (base ? tpflags::kManagedDict : 0);
    t->dealloc = cdataDealloc;
    t->traverse = cdataTraverse;
    t->clear = cdataClear;
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->readField = cdataReadField;
    t->hash = cdataHash;
    t->richcompare = interp.types.object->richcompare;
    t->repr = interp.types.object->repr;
    t->label = cdataLabel;
    t->slots.tpNew = cdataTpNew;
    t->slots.tpInit = interp.types.object->slots.tpInit;
    if (base) {
        t->slots.dictPtr = cdataDictPtr;
        t->slots.weaklistOffset = 96;
    }
    setHostDestructor<CDataObject>(*t);
    return t;
}

} // namespace

CtypesTypes& ctypesTypes(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    if (vm.ctypes) return *vm.ctypes;
    auto ct = std::make_shared<CtypesTypes>();
    ct->simpleMeta = metatypeNew(interp, "_ctypes.PyCSimpleType");
    ct->arrayMeta = metatypeNew(interp, "_ctypes.PyCArrayType");
    ct->cdata = ctypeNew(interp, "_ctypes._CData", interp.types.type, nullptr);
    addGetSets(interp, ct->cdata, kCDataGetSets);
    ct->simpleBase = ctypeNew(interp, "_ctypes._SimpleCData", ct->simpleMeta, ct->cdata);
    ct->simpleBase->basicsize = 96;
    ct->simpleBase->flags &= ~tpflags::kManagedDict;
    ct->simpleBase->slots.dictPtr = nullptr;
    ct->simpleBase->slots.weaklistOffset = 0;
    ct->simpleBase->repr = simpleRepr;
    ct->simpleBase->isTrue = simpleIsTrue;
    static const NumberSlots kSimpleNumber = [] { // Simple_as_number: nb_bool only
        NumberSlots n;
        n.boolean = simpleIsTrue;
        return n;
    }();
    ct->simpleBase->slots.number = &kSimpleNumber;
    ct->simpleBase->slots.tpInit = simpleInit;
    addGetSets(interp, ct->simpleBase, kSimpleGetSets);
    ct->arrayBase = ctypeNew(interp, "_ctypes.Array", ct->arrayMeta, ct->cdata);
    ct->arrayBase->basicsize = 96;
    ct->arrayBase->flags &= ~tpflags::kManagedDict;
    ct->arrayBase->slots.dictPtr = nullptr;
    ct->arrayBase->slots.weaklistOffset = 0;
    ct->arrayBase->slots.tpInit = arrayInit;
    ct->arrayBase->slots.length = arrayLength;
    ct->arrayBase->slots.subscript = arraySubscript;
    ct->arrayBase->slots.assSubscript = arrayAssSubscript;
    ct->arrayBase->slots.sequence = &kArraySequence;
    addMethods(interp, ct->arrayBase, kArrayMethods);
    addMethods(interp, ct->cdata, kArrayMethods); // bytes(structure), bytes(c_int(5)): any instance's memory
    for (CTypeObject* t : {ct->cdata, ct->simpleBase, ct->arrayBase}) addSlotWrappers(interp, t);
    ct->pointerTypeCache = newDict(interp).release();
    vm.extraRoots.push_back(ct->pointerTypeCache);
    vm.ctypes = ct;
    initCtypesStructTypes(interp, *ct);
    initCtypesPointerTypes(interp, *ct);
    initCtypesFuncPtrTypes(interp, *ct);
    return *vm.ctypes;
}

bool ctypesKeepRef(CDataObject* c, std::int64_t index, Ref keep) { return keepRef(c, index, std::move(keep)); }

int ctypesSetCData(CDataObject* dst, CTypeObject* type, Object* value, std::uint64_t address, std::int64_t index) {
    Ref keep = cdataSetValue(interpOf(dst), type, value, address);
    return keep && keepRef(dst, index, std::move(keep)) ? 0 : -1;
}
bool ctypesClassArgs(Interpreter& interp, Object* args, Object*& bases, Object*& ns) {
    if (tupleSize(args) != 3 || !isStr(tupleItem(args, 0)) || !isTuple(tupleItem(args, 1)) || !isDict(tupleItem(args, 2))) {
        typeError(interp, "type.__new__() argument 1 must be str, bases a tuple and dict a dict");
        return false;
    }
    bases = tupleItem(args, 1);
    ns = tupleItem(args, 2);
    return true;
}

CTypeObject* newCType(Interpreter& interp, const std::string& name, TypeObject* meta, CTypeObject* base) {
    return ctypeNew(interp, name, meta, base);
}
TypeObject* newCtypesMetatype(Interpreter& interp, const char* name, Object* (*tpNew)(TypeObject*, Object*, Object*)) {
    return metatypeNew(interp, name, tpNew);
}
void addCtypesInstanceDict(Interpreter& interp, CTypeObject* t) { addGetSets(interp, t, kInstanceDictGetSets); }

CTypeObject* ctypesArrayType(CTypeObject* element, std::int64_t length) {
    Interpreter& interp = *element->interp;
    // PyCArrayType_from_ctype looks the cache up with the key (itemtype, length).
    Ref len = newInt(interp, length);
    if (!len) return nullptr;
    Ref key = tuplePack(interp, {element, len.get()});
    if (!key) return nullptr;
    auto it = element->arrayCache.find(length);
    if (it != element->arrayCache.end()) return it->second;
    if (!element->concrete) {
        raiseError(interp, vmOf(element).exc.AttributeError, "class must define a '_type_' attribute");
        return nullptr;
    }
    if (element->size && length > INT64_MAX / element->size) {
        raiseError(interp, vmOf(element).exc.OverflowError, "array too large");
        return nullptr;
    }
    const CtypesTypes& ct = ctypesTypes(interp);
    // type(name, (Array,), {...}) called from __main__ code: tp_name is bare, __module__ the caller's.
    CTypeObject* t = ctypeNew(interp, shortName(element) + "_Array_" + std::to_string(length), ct.arrayMeta, ct.arrayBase);
    t->moduleName = "__main__";
    t->element = element;
    t->length = length;
    t->size = element->size * length;
    t->align = element->align;
    t->concrete = true;
    t->slots.tpInit = arrayInit;
    t->slots.length = arrayLength;
    t->slots.subscript = arraySubscript;
    t->slots.assSubscript = arrayAssSubscript;
    t->slots.sequence = &kArraySequence;
    setStaticTypeAttr(interp, t, "_length_", len.release());
    setStaticTypeAttr(interp, t, "_type_", Ref::borrowed(element).release());
    if (element->code == 'c') addGetSets(interp, t, kCharArrayGetSets);
    if (element->code == 'u') addGetSets(interp, t, kWcharArrayGetSets);
    addGetSets(interp, t, kInstanceDictGetSets);
    addSlotWrappers(interp, t);
    element->arrayCache[length] = t;
    return t;
}

} // namespace hs
