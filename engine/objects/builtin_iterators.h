// The lazy iterators of builtins (Python/bltinmodule.c, Objects/enumobject.c): enumerate, zip,
// map, filter, reversed — with 3.11's result-tuple reuse in enumerate and zip.
#pragma once

#include "objects/type_object.h"

namespace hs {

// enumerate: +16 en_index, +24 en_sit, +32 en_result, +40 en_longindex (48 + 16).
struct EnumerateObject : Object {
    std::int64_t index = 0;
    Object* iter = nullptr;
    Object* result = nullptr;
    Object* longIndex = nullptr;
};
// zip: +16 tuplesize, +24 ittuple, +32 result, +40 strict (48 + 16).
struct ZipObject : Object {
    std::int64_t size = 0;
    Object* iters = nullptr;  // tuple of iterators
    Object* result = nullptr; // reused result tuple
    bool strict = false;
};
// map: +16 iters, +24 func (32 + 16). filter: +16 func, +24 it.
struct MapObject : Object {
    Object* iters = nullptr;
    Object* func = nullptr;
};
struct FilterObject : Object {
    Object* func = nullptr;
    Object* iter = nullptr;
};
// reversed: +16 index, +24 seq.
struct ReversedObject : Object {
    std::int64_t index = 0;
    Object* seq = nullptr;
};

// The builtins' constructors (vectorcall style, arguments as Python passes them).
Object* enumerateNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* zipNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* mapNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* filterNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* reversedNew(Object* type, Object* const* args, std::int64_t nargs, Object* kwnames);

void initBuiltinIteratorTypes(Interpreter& interp);

} // namespace hs
