// _io.StringIO (Modules/_io/stringio.c, 3.11): an in-memory text stream, accumulating writes in a
// _PyAccu list until a read or seek realizes them into a UCS4 buffer.
#pragma once

#include "objects/object.h"

#include <cstdint>
#include <string>

namespace hs {

class Interpreter;
struct TypeObject;

// Host side of `stringio` (basicsize 120). Invariants: in the accumulating state `accuSmall` is a
// list of the str chunks written so far (`accuLarge` null or a list of joined chunks; the buffer
// is unused and pos == stringSize); in the realized state the contents are buf[0..stringSize)
// and the accumulator lists are null. bufSize mirrors CPython's allocation (resize_buffer's
// growth rule). The buffer comes from PyMem_Malloc(0), which pymalloc hands to the raw allocator,
// and PyMem_Realloc keeps a raw block raw: it never occupies pymalloc memory, so it lives on the
// host only.
struct StringIOObject : Object {
    std::u32string buf;
    std::int64_t pos = 0;
    std::int64_t stringSize = 0;
    std::uint64_t bufSize = 0;
    bool accumulating = false;
    Object* accuSmall = nullptr;
    Object* accuLarge = nullptr;
    bool ok = false;
    bool closed = false;
    bool readUniversal = false;
    bool readTranslate = false;
    bool hasDecoder = false; // IncrementalNewlineDecoder state (newline None or ''): seenNewlines
    int seenNewlines = 0;    // SEEN_LF 1, SEEN_CR 2, SEEN_CRLF 4
    Object* readnl = nullptr;
    Object* writenl = nullptr;
    Object* dict = nullptr;
    Object* weakreflist = nullptr;
};

TypeObject* stringIOType(Interpreter& interp);

} // namespace hs
