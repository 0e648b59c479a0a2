// ctypes classes made by class statements (Modules/_ctypes/stgdict.c, cfield.c): Structure with the
// PyCStructType metatype laying out `_fields_`, CField descriptors, and subclasses of simple types.
#include "objects/ctypes_object.h"

#include "objects/cell_object.h"
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

#include <algorithm>

namespace hs {

namespace {

// Host side of a CField descriptor (static object, owned by its class's table).
struct CFieldObject : Object {
    CFieldInfo info;
    std::int64_t index = 0; // position in the class's fields (the KeepRef index)
};

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }

std::string bareName(const TypeObject* t) {
    const auto dot = t->name.rfind('.');
    return dot == std::string::npos ? t->name : t->name.substr(dot + 1);
}

// PyCField_get: simple field types give their value; arrays and structures a view keeping obj alive.
Object* fieldGet(Object* descr, Object* obj, Object*) {
    if (obj == nullptr) return Ref::borrowed(descr).release();
    Interpreter& interp = interpOf(descr);
    auto* f = static_cast<CFieldObject*>(descr);
    if (!isCData(obj)) {
        typeError(interp, "not a ctype instance");
        return nullptr;
    }
    CDataObject* c = asCData(obj);
    const std::uint64_t address = c->ptr + static_cast<std::uint64_t>(f->info.offset);
    CTypeObject* ft = f->info.type;
    if (ft->code) {
        std::uint8_t bytes[8] = {};
        if (!ctypesRead(interp, address, bytes, ctypesCodeSize(ft->code))) return nullptr;
        return ctypesDecode(interp, ft->code, bytes).release();
    }
    Ref view = cdataAtAddress(ft, address);
    if (!view) return nullptr;
    asCData(view.get())->base = Ref::borrowed(obj).release();
    asCData(view.get())->index = f->index;
    return view.release();
}

// PyCField_set: simple values through setfunc; an instance of the field's own type is copied.
int fieldSet(Object* descr, Object* obj, Object* value) {
    Interpreter& interp = interpOf(descr);
    auto* f = static_cast<CFieldObject*>(descr);
    if (value == nullptr) {
        typeError(interp, "can't delete attribute");
        return -1;
    }
    if (!isCData(obj)) {
        typeError(interp, "not a ctype instance");
        return -1;
    }
    CDataObject* c = asCData(obj);
    const std::uint64_t address = c->ptr + static_cast<std::uint64_t>(f->info.offset);
    CTypeObject* ft = f->info.type;
    if (ft->code) {
        std::uint8_t bytes[8] = {};
        Ref keep;
        if (!ctypesEncode(interp, ft->code, value, bytes, keep)) return -1;
        if (!ctypesWrite(interp, address, bytes, ctypesCodeSize(ft->code))) return -1;
        return ctypesKeepRef(c, f->index, std::move(keep)) ? 0 : -1;
    }
    return ctypesSetCData(c, ft, value, address, f->index);
}

Object* fieldRepr(Object* descr) {
    auto* f = static_cast<CFieldObject*>(descr);
    return newStrFromUtf8(interpOf(descr), "<Field type=" + bareName(f->info.type) + ", ofs=" + std::to_string(f->info.offset) +
                                               ", size=" + std::to_string(f->info.type->size) + ">")
        .release();
}

Object* fieldOffset(Object* descr) { return newInt(interpOf(descr), static_cast<CFieldObject*>(descr)->info.offset).release(); }
Object* fieldSize(Object* descr) { return newInt(interpOf(descr), static_cast<CFieldObject*>(descr)->info.type->size).release(); }
const GetSetDef kFieldGetSets[] = {{"offset", fieldOffset}, {"size", fieldSize}, {nullptr, nullptr}};

// Struct_init: positional values fill the fields in order, keywords set attributes.
int structInit(Object* self, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(self);
    CTypeObject* t = asCType(self->type);
    const std::int64_t n = tupleSize(args);
    if (n > static_cast<std::int64_t>(t->fields.size())) {
        typeError(interp, "too many initializers");
        return -1;
    }
    for (std::int64_t i = 0; i < n; ++i) {
        Ref name = newStrFromUtf8(interp, t->fields[static_cast<std::size_t>(i)].name);
        if (!name || setAttr(self, name.get(), tupleItem(args, i)) < 0) return -1;
    }
    if (kwargs) {
        std::int64_t pos = 0;
        Object *key = nullptr, *value = nullptr;
        while (dictNext(kwargs, pos, &key, &value))
            if (setAttr(self, key, value) < 0) return -1;
    }
    return 0;
}

std::int64_t alignUp(std::int64_t v, std::int64_t a) { return a > 1 ? (v + a - 1) / a * a : v; }

// Lays out `_fields_` (a sequence of (name, ctype) pairs) after the base class's fields. A non-zero
// `pack` (the class's `_pack_`) caps each field's alignment, as PyCField_FromDesc does.
bool layoutFields(Interpreter& interp, CTypeObject* t, Object* fieldsSpec, std::int64_t pack) {
    Ref items = sequenceFast(fieldsSpec, "_fields_ must be a sequence of pairs");
    if (!items) return false;
    const std::int64_t n = isTuple(items.get()) ? tupleSize(items.get()) : listSize(items.get());
    for (std::int64_t i = 0; i < n; ++i) {
        Object* pair = isTuple(items.get()) ? tupleItem(items.get(), i) : listItem(items.get(), i);
        if (!isTuple(pair) || tupleSize(pair) < 2) {
            typeError(interp, "'_fields_' must be a sequence of (name, C type) pairs");
            return false;
        }
        if (tupleSize(pair) > 2) {
            typeError(interp, "bit fields are not supported by this simulation");
            return false;
        }
        Object* name = tupleItem(pair, 0);
        Object* ftype = tupleItem(pair, 1);
        if (!isStr(name)) {
            typeError(interp, "'_fields_' must be a sequence of (name, C type) pairs");
            return false;
        }
        if (!isCType(ftype) || !asCType(ftype)->concrete) {
            typeError(interp, "second item in _fields_ tuple (index " + std::to_string(i) + ") must be a C type");
            return false;
        }
        CTypeObject* ft = asCType(ftype);
        CFieldInfo info;
        info.name = strToUtf8(name);
        info.type = ft;
        if (t->size > INT64_MAX / 2 - ft->size) {
            raiseError(interp, vmOf(interp).exc.OverflowError, "structure too large");
            return false;
        }
        // Structures place each field after the previous one; unions put every field at 0.
        const std::int64_t align = pack ? std::min(pack, ft->align) : ft->align;
        info.offset = t->isUnion ? 0 : alignUp(t->size, align);
        t->size = std::max(t->size, info.offset + ft->size);
        t->align = std::max(t->align, align);
        t->fields.push_back(info);
    }
    t->size = alignUp(t->size, t->align);
    return true;
}

// inherit_slots for what a base class's Python dunders or C slots provide (a ctypes class is
// created with object's; addSlotWrappers would otherwise shadow the base's __repr__ & co).
void inheritDunderSlots(CTypeObject* t, CTypeObject* base) {
    t->repr = base->repr;
    t->hash = base->hash;
    t->richcompare = base->richcompare;
    t->isTrue = base->isTrue;
    t->slots.str = base->slots.str;
    t->slots.call = base->slots.call;
    t->slots.tpCallOnly = base->slots.tpCallOnly;
    t->slots.iter = base->slots.iter;
    t->slots.iternext = base->slots.iternext;
    t->slots.length = base->slots.length;
    t->slots.subscript = base->slots.subscript;
    t->slots.assSubscript = base->slots.assSubscript;
    t->slots.contains = base->slots.contains;
    t->slots.tpInit = base->slots.tpInit;
}

// PyCStructUnionType_update_stgdict's `_pack_` (the class body's or a base's): 0 when absent; any
// value _PyLong_AsInt rejects or a negative one is a ValueError.
bool structPack(Interpreter& interp, CTypeObject* base, Object* ns, std::int64_t& pack) {
    Ref key = internName(interp, "_pack_");
    Object* value = dictGetItem(ns, key.get());
    if (value == nullptr) value = typeLookup(base, key.get());
    if (value == nullptr) return true;
    Ref index = hasIndex(value) ? numberIndex(value) : Ref();
    std::int64_t v = -1;
    if (index && (!intAsInt64(index.get(), v) || v > INT32_MAX)) v = -1;
    if (!index && errOccurred(interp) && !errMatches(interp, vmOf(interp).exc.TypeError) &&
        !errMatches(interp, vmOf(interp).exc.OverflowError))
        return false;
    if (v < 0) {
        clearError(interp);
        raiseError(interp, vmOf(interp).exc.ValueError, "_pack_ must be a non-negative integer");
        return false;
    }
    pack = v;
    return true;
}

// PyCStructType_new: type.__new__ for `class S(ctypes.Structure)`. New reference.
Object* structMetaNew(TypeObject* meta, Object* args, Object* kwargs) {
    Interpreter& interp = *meta->interp;
    VmState& vm = vmOf(interp);
    (void)kwargs;
    Object* bases = nullptr;
    Object* ns = nullptr;
    if (!ctypesClassArgs(interp, args, bases, ns)) return nullptr;
    const CtypesTypes& ct = ctypesTypes(interp);
    if (tupleSize(bases) != 1 || !isCType(tupleItem(bases, 0)) ||
        (tupleItem(bases, 0) != ct.structBase && tupleItem(bases, 0) != ct.unionBase && !asCType(tupleItem(bases, 0))->isStruct)) {
        typeError(interp, "ctypes Structure and Union classes take one Structure or Union base class in this simulation");
        return nullptr;
    }
    CTypeObject* base = asCType(tupleItem(bases, 0));
    CTypeObject* t = newCType(interp, strToUtf8(tupleItem(args, 0)), meta, base);
    incref(meta); // a class whose metatype is a Python class (ctypes._endian's) owns a reference to it
    t->isStruct = true;
    t->isUnion = base == ct.unionBase || base->isUnion;
    t->concrete = true;
    t->fields = base->fields;
    t->size = base->size;
    t->align = std::max<std::int64_t>(base->align, 1);
    Object* module = dictGetItem(ns, vm.names.__module__);
    t->module = module && isStr(module) ? strToUtf8(module) : "__main__";
    t->moduleName = t->module.c_str();
    t->slots.tpInit = structInit;
    inheritDunderSlots(t, base);
    Ref fieldsKey = internName(interp, "_fields_");
    if (Object* spec = dictGetItem(ns, fieldsKey.get())) {
        std::int64_t pack = 0;
        if (!structPack(interp, base, ns, pack)) return nullptr;
        if (!layoutFields(interp, t, spec, pack)) return nullptr; // the half-built static class is unreachable
    }
    t->length = static_cast<std::int64_t>(t->fields.size());
    // The class body's namespace becomes the class's attributes (not its slots: a __repr__ defined
    // in the body is found by attribute lookup only).
    ctypesCopyNamespace(interp, t, ns);
    for (std::size_t i = base->fields.size(); i < t->fields.size(); ++i) {
        auto* f = interp.newStaticObject<CFieldObject>(ct.cfield, 80, 1);
        f->info = t->fields[i];
        f->index = static_cast<std::int64_t>(i);
        setStaticTypeAttr(interp, t, f->info.name.c_str(), f); // the table takes the reference
    }
    addCtypesInstanceDict(interp, t);
    addSlotWrappers(interp, t);
    applyPythonSlots(t); // after the wrappers: the class body's dunders win
    incref(t);
    return t;
}

// The format codes PyCSimpleType_new accepts on Linux (SIMPLE_TYPE_CHARS without Windows' 'X'/'v').
constexpr std::string_view kSimpleTypeChars = "cbBhHiIlLdfuzZqQPXOv?g";

// PyCSimpleType_new: `class c_long(_SimpleCData): _type_ = "l"` takes the format code from the
// class's `_type_` (its own or a base's, as PyObject_GetAttr finds it).
Object* simpleMetaNew(TypeObject* meta, Object* args, Object* kwargs) {
    Interpreter& interp = *meta->interp;
    VmState& vm = vmOf(interp);
    (void)kwargs;
    Object* bases = nullptr;
    Object* ns = nullptr;
    if (!ctypesClassArgs(interp, args, bases, ns)) return nullptr;
    CtypesTypes& ct = ctypesTypes(interp);
    if (tupleSize(bases) != 1 || !isCType(tupleItem(bases, 0)) || !tupleItem(bases, 0)->type->isSubtypeOf(ct.simpleMeta)) {
        typeError(interp, "ctypes simple classes take one simple ctypes base class in this simulation");
        return nullptr;
    }
    CTypeObject* base = asCType(tupleItem(bases, 0));
    Ref typeKey = internName(interp, "_type_");
    Object* proto = dictGetItem(ns, typeKey.get());
    char code = 0;
    if (proto == nullptr) {
        if (!base->code) {
            raiseError(interp, vm.exc.AttributeError, "class must define a '_type_' attribute");
            return nullptr;
        }
        code = base->code;
    } else {
        if (!isStr(proto)) {
            typeError(interp, "class must define a '_type_' string attribute");
            return nullptr;
        }
        const std::string text = strToUtf8(proto);
        if (strLength(proto) != 1) {
            raiseError(interp, vm.exc.ValueError, "class must define a '_type_' attribute which must be a string of length 1");
            return nullptr;
        }
        if (kSimpleTypeChars.find(text[0]) == std::string_view::npos) {
            raiseError(interp, vm.exc.AttributeError,
                       "class must define a '_type_' attribute which must be\na single character string containing one of '" +
                           std::string(kSimpleTypeChars) + "'.");
            return nullptr;
        }
        if (text[0] == 'X' || text[0] == 'v') { // Windows' BSTR and VARIANT_BOOL: no field descriptor here
            raiseError(interp, vm.exc.ValueError, "_type_ '" + text + "' not supported");
            return nullptr;
        }
        code = text[0];
    }
    CTypeObject* t = newCType(interp, strToUtf8(tupleItem(args, 0)), meta, base);
    t->code = code;
    t->size = t->align = ctypesCodeSize(code);
    if (code == 'g') t->align = 16;
    t->length = proto ? 0 : base->length; // StgDict length of simple types: b_objects keeps the one object
    t->concrete = true;
    inheritDunderSlots(t, base);
    t->slots.tpInit = ct.simpleBase->slots.tpInit;
    Object* module = dictGetItem(ns, vm.names.__module__);
    t->module = module && isStr(module) ? strToUtf8(module) : "__main__";
    t->moduleName = t->module.c_str();
    ctypesCopyNamespace(interp, t, ns);
    addCtypesInstanceDict(interp, t);
    addSlotWrappers(interp, t);
    applyPythonSlots(t); // after the wrappers: the class body's dunders win
    if (base == ct.simpleBase) ct.simple.push_back(t);
    incref(t);
    return t;
}

} // namespace

// Copies a class body's namespace into a static ctypes class's table (not its slots), and fills
// the __classcell__ that zero-argument super() in its methods reads.
void ctypesCopyNamespace(Interpreter& interp, CTypeObject* t, Object* ns) {
    std::int64_t pos = 0;
    Object *key = nullptr, *value = nullptr;
    while (dictNext(ns, pos, &key, &value)) {
        if (!isStr(key)) continue;
        const std::string k = strToUtf8(key);
        if (k == "__classcell__" && isCell(value)) cellSet(value, t);
        if (k == "__module__" || k == "__qualname__" || k == "__classcell__") continue;
        setStaticTypeAttr(interp, t, k.c_str(), Ref::borrowed(value).release());
    }
}

void initCtypesStructTypes(Interpreter& interp, CtypesTypes& ct) {
    ct.simpleMeta->slots.tpNew = simpleMetaNew;
    ct.simpleMeta->slots.tpInit = interp.types.type->slots.tpInit;
    addSlotWrappers(interp, ct.simpleMeta); // its __new__, now that tp_new is set
    TypeObject* meta = newCtypesMetatype(interp, "_ctypes.PyCStructType", structMetaNew);
    ct.structMeta = meta;
    CTypeObject* base = newCType(interp, "_ctypes.Structure", meta, ct.cdata);
    base->basicsize = 96;
    base->flags &= ~tpflags::kManagedDict;
    base->slots.dictPtr = nullptr;
    base->slots.weaklistOffset = 0;
    base->isStruct = false;
    base->align = 1;
    base->slots.tpInit = structInit;
    addSlotWrappers(interp, base);
    ct.structBase = base;
    // Union: PyCUnionType lays `_fields_` out at offset 0 (UnionType_new in _ctypes.c).
    TypeObject* unionMeta = newCtypesMetatype(interp, "_ctypes.UnionType", structMetaNew);
    ct.unionMeta = unionMeta;
    CTypeObject* unionBase = newCType(interp, "_ctypes.Union", unionMeta, ct.cdata);
    unionBase->basicsize = 96;
    unionBase->flags &= ~tpflags::kManagedDict;
    unionBase->slots.dictPtr = nullptr;
    unionBase->slots.weaklistOffset = 0;
    unionBase->align = 1;
    unionBase->slots.tpInit = structInit;
    addSlotWrappers(interp, unionBase);
    ct.unionBase = unionBase;
    TypeObject* field = interp.newStaticType("_ctypes.CField", 80, 0, 0, interp.types.object);
    field->type = interp.types.type;
    field->repr = fieldRepr;
    field->hash = interp.types.object->hash;
    field->richcompare = interp.types.object->richcompare;
    field->slots.descrGet = fieldGet;
    field->slots.descrSet = fieldSet;
    setHostDestructor<CFieldObject>(*field);
    addGetSets(interp, field, kFieldGetSets);
    addSlotWrappers(interp, field);
    ct.cfield = field;
}

} // namespace hs
