// ctypes data (Modules/_ctypes/_ctypes.c, cfield.c, ctypes.h of 3.11): the CDataObject instances of
// simple types (c_long, py_object, ...) and array types, their metatypes, and simulated-memory access.
#pragma once

#include "objects/type_object.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace hs {

// A ctypes type (the type plus what CPython keeps in its StgDictObject). Simple types have a format
// code (`_type_`: 'l', 'P', 'O', ...); array types have an element type and a length.
// Invariant: size == elementSize * length for arrays; created as static objects (never freed).
struct CTypeObject;

// One field of a Structure class (what CPython's CField descriptor records).
struct CFieldInfo {
    std::string name;
    std::int64_t offset = 0;
    CTypeObject* type = nullptr; // borrowed (static)
};

struct CTypeObject : TypeObject {
    char code = 0;                 // simple type format code; 0 for arrays and abstract bases
    std::int64_t size = 0;         // StgDict size (ctypes.sizeof)
    std::int64_t align = 0;
    std::int64_t length = 0;       // StgDict length: 1 for simple types, the item count for arrays
    bool concrete = false;         // false for _CData/_SimpleCData/Array (abstract: no StgDict)
    CTypeObject* element = nullptr; // array item type (borrowed, static)
    std::map<std::int64_t, CTypeObject*> arrayCache; // element * n results (the array type cache)
    bool isStruct = false;         // a Structure class: `fields` hold its layout
    bool isPointer = false;        // a POINTER(T) class: `element` is T
    bool isUnion = false;          // a Union class: every field at offset 0
    bool isFuncPtr = false;        // a CFuncPtr class (its instances hold a function address)
    std::int64_t funcFlags = 0;    // CFuncPtr classes: `_flags_` (FUNCFLAG_*)
    std::vector<CFieldInfo> fields; // Structure fields, base classes' first
    std::string module;            // storage for TypeObject::moduleName of classes made at run time
};

// Host side of CDataObject (104 bytes in CPython for the class-statement subclasses: the 96-byte
// struct plus the __weakref__ slot; 32 bytes of pre-header for GC + managed dict).
// Simulated layout from id: +16 b_ptr, +24 b_needsfree, +32 b_base, +40 b_size, +48 b_length,
// +56 b_index, +64 b_objects, +80 b_value (16 bytes), +96 weakref list.
// Invariants: `ptr` is a simulated address: addr + 80 when the value lives in b_value, `buffer`
// when it lives in a PyMem block of this object, otherwise memory the object does not own
// (from_address). `objects` is strong or null (b_objects: a dict of kept references, or one object).
struct CDataObject : Object {
    std::uint64_t ptr = 0;
    bool needsFree = false;
    Object* base = nullptr;        // b_base (strong) or null
    std::int64_t size = 0;
    std::int64_t length = 0;
    std::int64_t index = 0;
    Object* objects = nullptr;
    std::uint8_t value[16] = {};
    Addr buffer = 0;               // PyMem block holding the data when size > 16 (0 = none)
    std::vector<std::uint8_t> bufferBytes; // contents of `buffer`
    Object* dict = nullptr;        // managed __dict__ (strong) or null
    Object* weakreflist = nullptr;
    Object* callable = nullptr;    // CFuncPtr instances made from a Python callable (strong) or null
    Object* argtypes = nullptr;    // CFuncPtr instances: argtypes / restype / errcheck set on them (strong) or null
    Object* restype = nullptr;
    Object* errcheck = nullptr;
};

// Offset of b_value from id(obj), and the instance sizes of 3.11 on 64-bit.
constexpr std::int64_t kCDataValueOffset = 80;
constexpr std::int64_t kCDataBasicSize = 104;

// The ctypes type objects of one interpreter (created by createCtypesTypes, static, never freed).
struct CtypesTypes {
    TypeObject* simpleMeta = nullptr;   // _ctypes.PyCSimpleType
    TypeObject* arrayMeta = nullptr;    // _ctypes.PyCArrayType
    CTypeObject* cdata = nullptr;       // _ctypes._CData
    CTypeObject* simpleBase = nullptr;  // _ctypes._SimpleCData
    CTypeObject* arrayBase = nullptr;   // _ctypes.Array
    TypeObject* structMeta = nullptr;   // _ctypes.PyCStructType
    CTypeObject* structBase = nullptr;  // _ctypes.Structure
    TypeObject* cfield = nullptr;       // _ctypes.CField (field descriptors)
    TypeObject* pointerMeta = nullptr;  // _ctypes.PyCPointerType
    CTypeObject* pointerBase = nullptr; // _ctypes._Pointer
    TypeObject* cargType = nullptr;     // _ctypes.CArgObject (byref results)
    TypeObject* funcPtrMeta = nullptr;  // _ctypes.PyCFuncPtrType
    CTypeObject* funcPtrBase = nullptr; // _ctypes.CFuncPtr
    TypeObject* unionMeta = nullptr;    // _ctypes.UnionType
    CTypeObject* unionBase = nullptr;   // _ctypes.Union
    // Direct subclasses of _SimpleCData in creation order (ctypes/__init__.py's c_long, ...).
    std::vector<CTypeObject*> simple;
    // _ctypes._pointer_type_cache (strong, also in VmState::extraRoots): POINTER's cache dict.
    Object* pointerTypeCache = nullptr;
    // Simulated foreign functions, by address (see ctypes_funcptr.cpp).
    struct NativeFunction {
        std::string name;
        Object* (*call)(Object* self, Object* const* args, std::int64_t nargs) = nullptr; // null: not simulated
    };
    std::vector<NativeFunction> natives;
    std::vector<std::string> libraries; // dlopen'ed names, by handle index
    std::int32_t errnoValue = 0;        // ctypes' private errno (get_errno/set_errno)
    // References Py_IncRef added through ctypes and not yet dropped by Py_DecRef, per object:
    // real host references, each also in VmState::extraRoots (the object leaks as in CPython). A Py_DecRef beyond them only changes
    // the count simulated memory shows (Interpreter::writeRefcnt): freeing an object that is still
    // referenced would corrupt CPython's heap, and must not corrupt the simulation's.
    std::map<const Object*, std::int64_t> manualIncrefs;
    // ctypes.ArgumentError (a heap class made by the module; strong, also in VmState::extraRoots).
    Object* argumentError = nullptr;
};

// Creates the ctypes types (once per interpreter; later calls return the same table).
CtypesTypes& ctypesTypes(Interpreter& interp);
CTypeObject* ctypesSimpleType(Interpreter& interp, const char* name); // "c_long" ...; null if unknown

bool isCData(const Object* o);
bool isCType(const Object* o);
inline CDataObject* asCData(Object* o) { return static_cast<CDataObject*>(o); }
inline CTypeObject* asCType(Object* o) { return static_cast<CTypeObject*>(o); }

// PyCData_AtAddress: an instance of `type` viewing `address` (new reference, GC-tracked).
Ref cdataAtAddress(CTypeObject* type, std::uint64_t address);
// GenericPyCData_new: an instance owning zeroed storage (b_value or a PyMem block). New reference.
Ref cdataNew(CTypeObject* type);
// The element-count array type `element * length` (cached). Borrowed (static), or null + error.
CTypeObject* ctypesArrayType(CTypeObject* element, std::int64_t length);

// Simulated memory access with ctypes' error for unmapped memory:
// OSError "exception: access violation reading 0x00000000DEADBEEF".
bool ctypesRead(Interpreter& interp, std::uint64_t address, std::uint8_t* out, std::int64_t n);
// Writes n bytes. Supported targets: ctypes storage (b_value, array buffers) and an object's
// ob_refcnt (kept as a visible offset, see Interpreter::refcntWrite). Anything else raises.
bool ctypesWrite(Interpreter& interp, std::uint64_t address, const std::uint8_t* data, std::int64_t n);
void raiseAccessViolation(Interpreter& interp, const char* what, std::uint64_t address);

// --- shared with ctypes_struct.cpp ---
std::int64_t ctypesCodeSize(char code);
// getfunc / setfunc of a simple format code (see cfield.c); `keep` is what b_objects must keep.
Ref ctypesDecode(Interpreter& interp, char code, const std::uint8_t* p);
bool ctypesEncode(Interpreter& interp, char code, Object* value, std::uint8_t* out, Ref& keep);
// KeepRef(target, index, keep).
bool ctypesKeepRef(CDataObject* c, std::int64_t index, Ref keep);
// PyCData_set for a type without a format code (structure, array, pointer) at `address` inside dst:
// an instance of the type is copied, a tuple is passed to the type first, None nulls a pointer;
// what the value keeps alive goes to dst's b_objects under `index`. 0, or -1 + error.
int ctypesSetCData(CDataObject* dst, CTypeObject* type, Object* value, std::uint64_t address, std::int64_t index);
// The (name, bases, namespace) arguments of a ctypes metatype's __new__, checked as type.__new__
// checks them; false + TypeError otherwise. Borrowed.
bool ctypesClassArgs(Interpreter& interp, Object* args, Object*& bases, Object*& ns);
// A ctypes class object with the CData instance slots (static region, never freed).
CTypeObject* newCType(Interpreter& interp, const std::string& name, TypeObject* meta, CTypeObject* base);
// A metatype deriving from type with from_address and `* n` (static); `tpNew` (null: type's) is
// its __new__, inherited by Python subclasses of it.
TypeObject* newCtypesMetatype(Interpreter& interp, const char* name,
                              Object* (*tpNew)(TypeObject*, Object*, Object*) = nullptr);
// Copies a class statement's namespace into a ctypes class (filling __classcell__).
void ctypesCopyNamespace(Interpreter& interp, CTypeObject* t, Object* ns);
// Adds the managed __dict__ getset to a concrete ctypes class.
void addCtypesInstanceDict(Interpreter& interp, CTypeObject* t);
// Creates PyCStructType, Structure and CField (ctypes_struct.cpp).
void initCtypesStructTypes(Interpreter& interp, CtypesTypes& ct);
// Creates PyCPointerType and _Pointer (ctypes_pointer.cpp).
void initCtypesPointerTypes(Interpreter& interp, CtypesTypes& ct);
// POINTER(target): the cached pointer class (borrowed, static), or null + error.
CTypeObject* ctypesPointerType(Interpreter& interp, Object* target);
// The address stored in a pointer instance (false + error when unreadable).
bool ctypesPointerValue(Interpreter& interp, CDataObject* p, std::uint64_t& out);
// Pointer_set_contents: points p at value (an instance of its _type_) and keeps value alive.
int ctypesPointerSetContents(CDataObject* p, Object* value);

// Creates PyCFuncPtrType and CFuncPtr (ctypes_funcptr.cpp).
void initCtypesFuncPtrTypes(Interpreter& interp, CtypesTypes& ct);
// byref(obj, offset): a CArgObject (tag 'P') holding obj's address + offset and keeping obj. New reference.
Ref ctypesByref(Interpreter& interp, Object* obj, std::int64_t offset);
bool isCArg(const Object* o);
std::uint64_t cargPointer(const Object* o); // the address a CArgObject passes
// The simulated address of a foreign function (registered on first use; `call` may be null).
std::uint64_t ctypesNativeAddress(Interpreter& interp, const std::string& name,
                                  Object* (*call)(Object* self, Object* const*, std::int64_t));
// dlopen(name) in the simulation: a handle for any name (None: the program itself).
std::uint64_t ctypesDlopen(Interpreter& interp, const std::string& name);
// Sets or deletes an attribute of a ctypes class (static classes accept it like heap types).
int ctypesTypeSetAttr(Object* type, Object* name, Object* value);

// An int argument as a pointer value (PyLong_AsVoidPtr): false + error.
bool ctypesAddressArg(Interpreter& interp, Object* o, std::uint64_t& out);

} // namespace hs
