// The types that built-in modules create on their first import, stored per interpreter in
// VmTypes::moduleTypes under these ids (so objects files can reach them without new VmTypes fields).
#pragma once

#include "vm/vm_state.h"

namespace hs {

enum class ModuleTypeId : int {
    Deque,
    DequeIterator,
    DequeReverseIterator,
    DefaultDict,
    OrderedDict,
    OdictIterator,
    OdictKeys,
    OdictValues,
    OdictItems,
    ItertoolsFirst, // itertools types: ItertoolsFirst + ItertoolsKind (objects/itertools_objects.h)
    ItertoolsLast = ItertoolsFirst + 23,
    Tee,           // itertools._tee (objects/tee_object.cpp)
    TeeDataObject, // itertools._tee_dataobject
    ItemGetter,
    AttrGetter,
    MethodCaller,
    TupleGetter, // _collections._tuplegetter (objects/tuplegetter_object.cpp)
    Random,      // _random.Random (objects/random_object.cpp)
    Array,         // array.array (objects/array_object.cpp)
    ArrayIterator, // array.arrayiterator
    IOBase,               // _io._IOBase (objects/iobase_object.cpp)
    TextIOBase,           // _io._TextIOBase
    BufferedIOBase,       // _io._BufferedIOBase
    RawIOBase,            // _io._RawIOBase
    UnsupportedOperation, // io.UnsupportedOperation (a heap class, held by the _io module)
    StringIO,             // _io.StringIO (objects/stringio_object.cpp)
    BytesIO,              // _io.BytesIO (objects/bytesio_object.cpp)
    FormatterIterator,    // _string's formatteriterator (modules/string_module.cpp)
    FieldNameIterator,    // _string's fieldnameiterator
    ThreadLock,           // _thread.lock (objects/lock_object.cpp)
    ThreadRLock,          // _thread.RLock
    Struct,               // _struct.Struct (objects/struct_object.cpp)
    StructUnpackIterator, // _struct.unpack_iterator
    StructError,          // struct.error (a heap class, held by the _struct module)
    AbcData,              // _abc._abc_data (modules/abc_data.cpp)
    Count // number of ids; must stay <= the size of VmTypes::moduleTypes
};

inline TypeObject*& moduleType(Interpreter& interp, ModuleTypeId id) {
    static_assert(static_cast<int>(ModuleTypeId::Count) <= static_cast<int>(sizeof(VmTypes::moduleTypes) / sizeof(TypeObject*)));
    return vmOf(interp).types.moduleTypes[static_cast<int>(id)];
}

} // namespace hs
