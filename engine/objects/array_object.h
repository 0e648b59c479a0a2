// array.array and array.arrayiterator (Modules/arraymodule.c 3.11): typed items packed in one
// PyMem buffer that grows by array_resize's mild over-allocation; made by the array module.
#pragma once

#include "memory/layout.h"
#include "objects/type_object.h"

#include <cstdint>
#include <string>

namespace hs {

// How an item is stored and converted (struct arraydescr): typecode, itemsize, and the family.
struct ArrayDescr {
    enum class Kind : std::uint8_t { Signed, Unsigned, Float, Unicode };
    char typecode;
    int itemsize;
    Kind kind;
};

// Host side of arrayobject. Simulated layout (basicsize 64, GC): +16 ob_size, +24 ob_item,
// +32 allocated, +40 ob_descr, +48 weakreflist, +56 ob_exports.
// Invariants: data.size() == ob_size * itemsize (items little-endian, as the host C types);
// itemsAddr == 0 <=> no buffer (then allocated == 0 unless built empty); allocated >= ob_size.
struct ArrayObject : Object {
    const ArrayDescr* descr = nullptr;
    std::string data;
    std::int64_t allocated = 0;
    Addr itemsAddr = 0;
    Object* weakreflist = nullptr;
    std::int64_t exports = 0; // ob_exports: buffers handed out (memoryviews); no resize while > 0
};

// arrayiterobject (GC, 40 bytes): +16 index, +24 ao (strong; null once exhausted), +32 getitem.
struct ArrayIterObject : Object {
    std::int64_t index = 0;
    Object* array = nullptr;
};

// The array.array type (created on first use with its iterator type; subclassable).
TypeObject* arrayType(Interpreter& interp);
// array_Check.
bool isArray(const Object* o);
// The typecodes in descriptor order: "bBuhHiIlLqQfd".
const char* arrayTypecodes();
// The over-allocated capacity array_resize picks when an array of `size` items must hold
// `newsize` (exposed for the unit tests).
std::int64_t arrayGrowCapacity(std::int64_t size, std::int64_t newsize);

} // namespace hs
