// Descriptors (Objects/descrobject.c, funcobject.c): method_descriptor, classmethod_descriptor,
// getset_descriptor, member_descriptor, wrapper_descriptor, staticmethod, classmethod, property
// (property_object.cpp) — and TypeDict, the host-side attribute table of static types.
#pragma once

#include "objects/builtin_function_object.h"
#include "objects/type_object.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace hs {

// PyGetSetDef: get returns a new reference (nullptr + error); set gets value == nullptr to delete.
struct GetSetDef {
    const char* name;
    Object* (*get)(Object* self);
    int (*set)(Object* self, Object* value) = nullptr;
    const char* doc = nullptr;
};

// Host side of PyMethodDescrObject / PyGetSetDescrObject / PyMemberDescrObject (d_type, d_name,
// d_qualname, then the def).
struct DescrObject : Object {
    TypeObject* cls = nullptr;        // d_type (borrowed for static types, strong for heap types)
    Object* name = nullptr;           // d_name (interned str, strong)
    Object* qualname = nullptr;       // d_qualname: null until __qualname__ is first read, then strong
    const MethodDef* method = nullptr;
    const GetSetDef* getset = nullptr; // getset descriptors, and a static type's members (below)
};

// member_descriptor: a __slots__ member of a class (its slot index), or a static type's PyMemberDef,
// modelled by its accessor in `getset` (the engine's objects have no C layout to read at an
// offset); such a member without a setter is READONLY.
struct MemberDescr : DescrObject {
    int index = 0;
};

// staticmethod / classmethod objects (sm_callable / cm_callable + dict) and property.
struct WrapperObject : Object {
    Object* callable = nullptr; // strong
    Object* dict = nullptr;     // strong or null
};
struct PropertyObject : Object {
    Object* fget = nullptr;
    Object* fset = nullptr;
    Object* fdel = nullptr;
    Object* doc = nullptr;
    Object* name = nullptr;
    bool getterDoc = false;
};

// The attribute table of a static type (its tp_dict, kept on the host). Keys are interned strs.
// Invariant: values are strong references (usually static descriptors).
struct TypeDict {
    std::vector<std::pair<Object*, Object*>> entries;
    std::unordered_map<std::string, Object*> byName;
    Object* find(const std::string& name) const {
        auto it = byName.find(name);
        return it == byName.end() ? nullptr : it->second;
    }
};

// Adds static descriptors to a static type's table (creating the table on first use).
void addMethods(Interpreter& interp, TypeObject* type, const MethodDef* defs);      // {nullptr}-terminated
void addGetSets(Interpreter& interp, TypeObject* type, const GetSetDef* defs);     // {nullptr}-terminated
void addMembers(Interpreter& interp, TypeObject* type, const GetSetDef* defs);     // {nullptr}-terminated
// Sets one attribute of a static type (takes a new reference to value).
void setStaticTypeAttr(Interpreter& interp, TypeObject* type, const char* name, Object* value);
// The table entry of a static type (borrowed) or nullptr.
Object* staticTypeDictLookup(const TypeObject* type, Object* name);

bool isMethodDescriptor(const Object* o);
bool isClassmethodDescriptor(const Object* o);
bool isStaticMethod(const Object* o);
bool isClassMethod(const Object* o);
bool isProperty(const Object* o);

// staticmethod(f) / classmethod(f) / property(fget, fset, fdel, doc): new references.
Ref newStaticMethod(Interpreter& interp, Object* callable);
Ref newClassMethod(Interpreter& interp, Object* callable);

// descr_get_qualname: d_qualname, computed on first use as type.__qualname__ + '.' + d_name. New
// reference, or nullptr with the error pending.
Object* descrQualnameGet(Object* descr);

// Adds the slot wrappers (__init__, __repr__, __add__, ...) and __new__ a static type defines
// itself, after its slots are bound (add_operators), then its '__doc__' unless !withDoc (a type
// whose tp_methods follow, as in type_ready: the caller adds them, then setTypeDictDoc).
void addSlotWrappers(Interpreter& interp, TypeObject* type, bool withDoc = true);
// type_dict_set_doc: the type's own '__doc__' entry (addSlotWrappers ends with it).
void setTypeDictDoc(Interpreter& interp, TypeObject* type);

// _PyObject_IsAbstract(o): getattr(o, "__isabstractmethod__", False) is true (0 for null). -1 with
// an error.
int objectIsAbstract(Object* o);

void initDescrTypes(Interpreter& interp);
void initPropertyType(Interpreter& interp, TypeObject& t); // called by initDescrTypes

} // namespace hs
