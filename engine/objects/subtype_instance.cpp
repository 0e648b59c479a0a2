// Heap subclasses of built-in types (Objects/typeobject.c): PyType_GenericAlloc's request,
// subtype_dealloc / subtype_traverse / subtype_clear around the built-in's own slots.
#include "objects/subtype_instance.h"

#include "objects/genericalias_object.h"

#include "modules/module_types.h"
#include "objects/array_object.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/class_internal.h"
#include "objects/complex_object.h"
#include "objects/defaultdict_object.h"
#include "objects/deque_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/bytesio_object.h"
#include "objects/iobase_object.h"
#include "objects/stringio_object.h"
#include "objects/list_object.h"
#include "objects/ordereddict_object.h"
#include "objects/random_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/dealloc.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

// subtype_dealloc for a GC heap type whose nearest static base is not object: finalizer, the weakrefs
// the class added, its slots and dict, then the built-in's dealloc (which frees the block: free lists
// only take exact types), then the reference the instance held to its class.
void builtinSubtypeDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    TypeObject* type = o->type;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    TrashcanGuard guard(o);
    if (guard.deposited()) return;
    if (!callFinalizerFromDealloc(o)) return; // resurrected by its finalizer
    if (type->weaklistPtr == subtypeWeaklistPtr) {
        clearWeakrefs(o);
        if (type->slots.finalize) clearWeakrefsNoCallbacks(o);
    }
    instanceClear(o);
    solidBase(type)->dealloc(o);
    decref(type);
}

// subtype_traverse: the __slots__ and the dict, the class, then the built-in's traverse.
int builtinSubtypeTraverse(Object* o, VisitProc visit, void* arg) {
    if (int r = instanceTraverse(o, visit, arg)) return r;
    if (int r = visit(o->type, arg)) return r;
    TypeObject* base = solidBase(o->type);
    return base->traverse ? base->traverse(o, visit, arg) : 0;
}

// The heap audit's view: the same without the class (the audit counts that reference itself).
void builtinSubtypeReferences(Object* o, VisitProc visit, void* arg) {
    instanceTraverse(o, visit, arg);
    TypeObject* base = solidBase(o->type);
    if (base->references) base->references(o, visit, arg);
    else if (base->traverse) base->traverse(o, visit, arg);
}

// subtype_clear: the slots and the dict, then the built-in's clear.
int builtinSubtypeClear(Object* o) {
    instanceClearAttributes(o);
    TypeObject* base = solidBase(o->type);
    return base->clear ? base->clear(o) : 0;
}

// The words the class added, then the built-in's own fields.
bool builtinSubtypeReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    if (instanceReadField(o, offset, out)) return true;
    const TypeObject* base = solidBase(o->type);
    return base->readField && base->readField(o, offset, out);
}

} // namespace

std::uint64_t genericAllocSize(const TypeObject* type, std::int64_t nitems) {
    const std::int64_t size = type->basicsize + (nitems + 1) * type->itemsize;
    return static_cast<std::uint64_t>((size + 7) & ~std::int64_t(7));
}

void initSubtypeStorage(Interpreter&, Object* o) {
    int totalSlots = 0;
    for (TypeObject* t = o->type; t && t->isHeapType(); t = t->base) totalSlots += asHeapType(t)->nslots;
    instanceStorage(o)->slotValues.assign(static_cast<std::size_t>(totalSlots), nullptr);
}

Object** subtypeWeaklistPtr(Object* o) { return &instanceStorage(o)->weakreflist; }

bool builtinSubtypeSupported(Interpreter& interp, const TypeObject* solid) {
    if (solid->subtypeLayout) return true;
    const BuiltinTypes& b = interp.types;
    for (const TypeObject* t : {b.list, b.dict, b.tuple, b.set, b.frozenset, b.int_, b.float_, b.str, b.bytes})
        if (solid == t) return true;
    const VmState& vm = vmOf(interp);
    if (solid == vm.types.complex || solid == vm.types.bytearray || solid == vm.types.genericAlias) return true;
    // The collections types exist once the module made them; a class can only name them after that.
    for (ModuleTypeId id : {ModuleTypeId::Deque, ModuleTypeId::DefaultDict, ModuleTypeId::OrderedDict, ModuleTypeId::Random, ModuleTypeId::Array,
                            ModuleTypeId::IOBase, ModuleTypeId::RawIOBase, ModuleTypeId::TextIOBase, ModuleTypeId::BufferedIOBase,
                            ModuleTypeId::StringIO, ModuleTypeId::BytesIO})
        if (TypeObject* t = moduleType(interp, id); t && solid == t) return true;
    return false;
}

bool configureBuiltinSubtype(HeapTypeObject& t, TypeObject* solid) {
    BuiltinTypes& b = t.interp->types;
    if (solid->subtypeLayout) solid->subtypeLayout(t);
    else if (solid == b.list) installSubtypeLayout<ListObject>(t);
    else if (solid == b.dict) installSubtypeLayout<DictObject>(t);
    else if (solid == b.tuple) installSubtypeLayout<TupleObject>(t);
    else if (solid == b.set || solid == b.frozenset) installSubtypeLayout<SetObject>(t);
    else if (solid == b.int_) installSubtypeLayout<IntObject>(t);
    else if (solid == b.float_) installSubtypeLayout<FloatObject>(t);
    else if (solid == b.str) installSubtypeLayout<StrObject>(t);
    else if (solid == b.bytes) installSubtypeLayout<BytesObject>(t);
    else if (solid == vmOf(*t.interp).types.complex) installSubtypeLayout<ComplexObject>(t);
    else if (solid == vmOf(*t.interp).types.bytearray) installSubtypeLayout<BytearrayObject>(t);
    else if (solid == vmOf(*t.interp).types.genericAlias) installSubtypeLayout<GenericAliasObject>(t);
    else if (solid == moduleType(*t.interp, ModuleTypeId::Deque)) installSubtypeLayout<DequeObject>(t);
    else if (solid == moduleType(*t.interp, ModuleTypeId::DefaultDict)) installSubtypeLayout<DefaultDictObject>(t);
    else if (solid == moduleType(*t.interp, ModuleTypeId::OrderedDict)) installSubtypeLayout<OrderedDictObject>(t);
    else if (solid == moduleType(*t.interp, ModuleTypeId::Random)) installSubtypeLayout<RandomObject>(t);
    else if (solid == moduleType(*t.interp, ModuleTypeId::Array)) installSubtypeLayout<ArrayObject>(t);
    else if (solid == moduleType(*t.interp, ModuleTypeId::IOBase) || solid == moduleType(*t.interp, ModuleTypeId::RawIOBase) ||
             solid == moduleType(*t.interp, ModuleTypeId::TextIOBase) || solid == moduleType(*t.interp, ModuleTypeId::BufferedIOBase))
        installSubtypeLayout<IOBaseObject>(t);
    else if (solid == moduleType(*t.interp, ModuleTypeId::StringIO)) installSubtypeLayout<StringIOObject>(t);
    else if (solid == moduleType(*t.interp, ModuleTypeId::BytesIO)) installSubtypeLayout<BytesIOObject>(t);
    else return false;
    t.dealloc = builtinSubtypeDealloc;
    t.traverse = builtinSubtypeTraverse;
    t.references = builtinSubtypeReferences;
    t.clear = builtinSubtypeClear;
    t.sizeOf = solid->sizeOf;
    t.readField = builtinSubtypeReadField;
    t.label = solid->label;
    if (t.slots.weaklistOffset && !solid->slots.weaklistOffset) t.weaklistPtr = subtypeWeaklistPtr;
    else t.weaklistPtr = solid->weaklistPtr;
    // tp_vectorcall is not inherited: calling the class goes through tp_new and tp_init.
    t.slots.vectorNew = nullptr;
    return true;
}

} // namespace hs
