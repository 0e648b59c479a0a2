// bytearray (PyByteArrayObject, Objects/bytearrayobject.c 3.11): a mutable byte buffer kept in a
// separate PyObject_Malloc block that grows and shrinks by PyByteArray_Resize's policy.
#pragma once

#include "memory/layout.h"
#include "objects/type_object.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace hs {

// Host side of a bytearray. Simulated layout (basicsize 56, not GC): +16 ob_size, +24 ob_alloc,
// +32 ob_bytes, +40 ob_start, +48 ob_exports.
// Invariants: data.size() == ob_size; alloc == 0 iff bytesAddr == 0 (no buffer); otherwise
// offset + size + 1 <= alloc (the trailing NUL fits), offset = ob_start - ob_bytes.
struct BytearrayObject : Object {
    std::string data;
    std::int64_t alloc = 0;
    std::int64_t offset = 0;
    Addr bytesAddr = 0;
    // ob_exports: buffers handed out (memoryviews' managed buffers, temporary getbuffer calls);
    // while > 0 the size may not change (BufferError), though the bytes may be rewritten in place.
    std::int64_t exports = 0;
};

// PyByteArray_Check.
bool isBytearray(const Object* o);
inline std::string_view bytearrayView(const Object* o) { return static_cast<const BytearrayObject*>(o)->data; }

// The new size of ob_alloc that PyByteArray_Resize picks when a buffer of `alloc` bytes whose
// logical start is `offset` bytes in must hold `size` bytes; -1 = no reallocation (minor downsize
// or no change in size). Exposed for the unit tests.
std::int64_t bytearrayResizeAlloc(std::int64_t alloc, std::int64_t offset, std::int64_t oldSize, std::int64_t size);

// PyByteArray_FromStringAndSize: a new bytearray holding `data` (alloc = size + 1, no buffer when
// empty). New reference; empty Ref with MemoryError pending on failure.
Ref newBytearray(Interpreter& interp, std::string_view data);
// PyByteArray_Resize. false with an error pending.
bool bytearrayResize(Object* self, std::int64_t size);

// Fills the bytearray and bytearray_iterator types (called by createVmTypes).
void initBytearrayTypes(Interpreter& interp, TypeObject& bytearray, TypeObject& iterator);

// A bytes-like view (the PyBUF_SIMPLE buffer of bytes, bytearray and a C-contiguous memoryview);
// false for other objects. Valid until the exporter changes or the caller runs Python code.
bool bytesLikeView(const Object* o, std::string_view& out);

} // namespace hs
