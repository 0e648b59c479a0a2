// The table of built-in types (tp_name, tp_basicsize, tp_itemsize, tp_flags, tp_base as measured on
// CPython 3.11 x86-64) and the bootstrap order of types and singletons.
#include "objects/builtin_types.h"

#include "objects/static_refcounts.h"
#include "runtime/interpreter.h"

#include <cstring>

namespace hs {

namespace {

struct BuiltinTypeSpec {
    TypeObject* BuiltinTypes::*slot;
    const char* name;
    std::int64_t basicsize;
    std::int64_t itemsize;
    std::uint64_t flags;
    TypeObject* BuiltinTypes::*base; // nullptr member for `object`
    void (*init)(Interpreter&, TypeObject&);
};

// Order matters only for the static-region layout (type objects come first, as in libpython).
const BuiltinTypeSpec kBuiltinTypes[] = {
    {&BuiltinTypes::object, "object", 16, 0, 0x81500, nullptr, initObjectType},
    {&BuiltinTypes::type, "type", 904, 40, 0x80085d00, &BuiltinTypes::object, initTypeType},
    {&BuiltinTypes::int_, "int", 24, 4, 0x1481500, &BuiltinTypes::object, initIntType},
    {&BuiltinTypes::bool_, "bool", 32, 4, 0x1481100, &BuiltinTypes::int_, initBoolType},
    {&BuiltinTypes::float_, "float", 24, 0, 0x401500, &BuiltinTypes::object, initFloatType},
    {&BuiltinTypes::str, "str", 80, 0, 0x10481500, &BuiltinTypes::object, initStrType},
    {&BuiltinTypes::bytes, "bytes", 33, 1, 0x8481500, &BuiltinTypes::object, initBytesType},
    {&BuiltinTypes::tuple, "tuple", 24, 8, 0x4485520, &BuiltinTypes::object, initTupleType},
    {&BuiltinTypes::list, "list", 40, 0, 0x2485520, &BuiltinTypes::object, initListType},
    {&BuiltinTypes::dict, "dict", 48, 0, 0x20485540, &BuiltinTypes::object, initDictType},
    {&BuiltinTypes::set, "set", 200, 0, 0x485500, &BuiltinTypes::object, initSetType},
    {&BuiltinTypes::frozenset, "frozenset", 200, 0, 0x485500, &BuiltinTypes::object, initFrozenSetType},
    {&BuiltinTypes::none, "NoneType", 16, 0, 0x81100, &BuiltinTypes::object, initNoneType},
    {&BuiltinTypes::ellipsis, "ellipsis", 16, 0, 0x81100, &BuiltinTypes::object, initEllipsisType},
    {&BuiltinTypes::range, "range", 48, 0, 0x81120, &BuiltinTypes::object, initRangeType},
    {&BuiltinTypes::notImplemented, "NotImplementedType", 16, 0, 0x1100, &BuiltinTypes::object, initNotImplementedType},
    {&BuiltinTypes::code, "code", 184, 2, 0x1100, &BuiltinTypes::object, initCodeType},
};

} // namespace

void createBuiltinTypes(Interpreter& interp) {
    BuiltinTypes& types = interp.types;
    for (const BuiltinTypeSpec& spec : kBuiltinTypes) {
        TypeObject* base = spec.base ? types.*(spec.base) : nullptr;
        types.*(spec.slot) = interp.newStaticType(spec.name, spec.basicsize, spec.itemsize, spec.flags, base);
    }
    for (const BuiltinTypeSpec& spec : kBuiltinTypes) {
        TypeObject* t = types.*(spec.slot);
        t->type = types.type;
        for (const auto& measured : static_refcounts::kTypes)
            if (std::strcmp(measured.name, spec.name) == 0) t->refcnt = measured.refcnt;
    }
    for (const BuiltinTypeSpec& spec : kBuiltinTypes) spec.init(interp, *(types.*(spec.slot)));
}

void createSingletons(Interpreter& interp) {
    createNoneAndEllipsis(interp);
    createSmallInts(interp);
    createBoolSingletons(interp);
    createEmptyTuple(interp);
    createStrSingletons(interp);
    createEmptyBytes(interp);
}

bool isGcObject(const Object* o) {
    const TypeObject* t = o->type;
    if (!t->isGc()) return false;
    // type_is_gc: only heap type objects are GC objects.
    if (t->isSubtypeOf(t->interp->types.type)) return static_cast<const TypeObject*>(o)->isHeapType();
    return true;
}

} // namespace hs
