// Functions shared by the class files (class_object, class_instance, class_slots, super_object):
// the instance slot implementations that type_new installs on heap types.
#pragma once

#include "objects/class_object.h"
#include "objects/instance_traverse.h"

namespace hs {

// The instance layout of `t` is object's (InstanceObject host struct).
bool typeUsesInstanceObject(const TypeObject* t);
// Inline values / managed dict of InstanceObject instances.
Object* instanceValuesGet(Object* o, Object* name);
int instanceValuesSet(Object* o, Object* name, Object* value);
int instanceMaterialize(Object* o);
// _PyObject_IsInstanceDictEmpty's inline-values branch: 1 when no value is set, 0 when one is,
// -1 when the instance has no values block (its dict, if any, decides).
int instanceValuesEmpty(Object* o);
Object** instanceDictPtr(Object* o);
// subtype_dealloc / subtype_traverse / clear / __sizeof__ of InstanceObject instances.
void subtypeDealloc(Object* o);
int instanceTraverse(Object* o, VisitProc visit, void* arg); // storage only, not the class
// subtype_dealloc's release of the slots and the dict, or of the inline values and their block.
void instanceClear(Object* o);
// subtype_clear's (tp_clear): the slots and the dict, or the inline values with the block kept.
void instanceClearAttributes(Object* o);
void instanceReferences(Object* o, VisitProc visit, void* arg);
int instanceClearSlot(Object* o);
std::int64_t instanceSizeOf(const Object* o);
// Words type_new added: the managed dict pre-header (-24 dict, -32 values), a var-sized base's dict
// pointer, the __weakref__ head, __slots__ values. False for other offsets.
bool instanceReadField(const Object* o, std::int64_t offset, std::uint64_t& out);
// Heap subclasses of exceptions and of type: the class, then the nearest static base's traverse.
int heapSubtypeTraverse(Object* o, VisitProc visit, void* arg);
void heapSubtypeReferences(Object* o, VisitProc visit, void* arg);
// The static type whose instance layout `t` extends (solid_base).
TypeObject* solidBase(TypeObject* t);
// tp_new is slot_tp_new: __new__ resolves to a Python function.
bool usesSlotNew(const TypeObject* t);
// Installs the instance slots of a heap type (subtype_dealloc & co.) after its flags are known.
void prepareHeapTypeSlots(TypeObject& t);

} // namespace hs
