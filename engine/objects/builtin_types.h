// Creation of the built-in type objects and the statically allocated singletons, and the
// per-type init functions each objects/*.cpp file provides (filling its TypeObject's slots).
#pragma once

namespace hs {

class Interpreter;
struct TypeObject;

// Allocates every built-in TypeObject (static region) and calls the init functions below.
void createBuiltinTypes(Interpreter& interp);
// Small ints, None/True/False/Ellipsis, (), '', b'', the 1-character Latin-1 strings.
void createSingletons(Interpreter& interp);

// One per objects/ file. Each fills the slots of its type(s); basicsize/itemsize/flags/base are
// set by createBuiltinTypes from the table in builtin_types.cpp.
void initObjectType(Interpreter&, TypeObject&);   // object_type.cpp
void initTypeType(Interpreter&, TypeObject&);     // object_type.cpp
void initNoneType(Interpreter&, TypeObject&);     // none_object.cpp
void initEllipsisType(Interpreter&, TypeObject&); // none_object.cpp
void initNotImplementedType(Interpreter&, TypeObject&); // none_object.cpp
void initIntType(Interpreter&, TypeObject&);      // int_object.cpp
void initBoolType(Interpreter&, TypeObject&);     // bool_object.cpp
void initFloatType(Interpreter&, TypeObject&);    // float_object.cpp
void initStrType(Interpreter&, TypeObject&);      // str_object.cpp
void initBytesType(Interpreter&, TypeObject&);    // bytes_object.cpp
void initTupleType(Interpreter&, TypeObject&);    // tuple_object.cpp
void initListType(Interpreter&, TypeObject&);     // list_object.cpp
void initDictType(Interpreter&, TypeObject&);     // dict_object.cpp
void initSetType(Interpreter&, TypeObject&);      // set_object.cpp (set)
void initFrozenSetType(Interpreter&, TypeObject&); // set_object.cpp (frozenset)
void initRangeType(Interpreter&, TypeObject&);    // range_object.cpp
void initCodeType(Interpreter&, TypeObject&);     // vm/code_object.cpp

// Singleton creation, one per file that owns singletons (called by createSingletons in order).
void createNoneAndEllipsis(Interpreter&);   // none_object.cpp (and NotImplemented)
void createSmallInts(Interpreter&);         // int_object.cpp
void createBoolSingletons(Interpreter&);    // bool_object.cpp
void createEmptyTuple(Interpreter&);        // tuple_object.cpp
void createStrSingletons(Interpreter&);     // str_object.cpp ('' and the 256 Latin-1 characters)
void createEmptyBytes(Interpreter&);        // bytes_object.cpp

} // namespace hs
