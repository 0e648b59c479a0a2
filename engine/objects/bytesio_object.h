// _io.BytesIO (Modules/_io/bytesio.c, 3.11): an in-memory binary stream whose contents live in a
// bytes object, shared with the caller until the first modification (copy on write).
#pragma once

#include "objects/object.h"

#include <cstdint>

namespace hs {

class Interpreter;
struct TypeObject;

// Host side of `bytesio` (basicsize 64). Invariants: buf is null once closed, else a bytes object
// whose size is the allocation (>= stringSize); it is shared (refcount > 1: b'', the initial value
// or a getvalue() result) until a write copies it (unshare_buffer). exports counts live buffer
// exports (always 0: getbuffer() is not provided).
struct BytesIOObject : Object {
    Object* buf = nullptr;
    std::int64_t pos = 0;
    std::int64_t stringSize = 0;
    Object* dict = nullptr;
    Object* weakreflist = nullptr;
    std::int64_t exports = 0;
};

TypeObject* bytesIOType(Interpreter& interp);

} // namespace hs
