// traceback (PyTracebackObject, Python/traceback.c): the chain PyTraceBack_Here builds while an
// exception propagates, one entry per frame it passes through.
#pragma once

#include "objects/type_object.h"

namespace hs {

// +16 tb_next, +24 tb_frame, +32 tb_lasti (int), +36 tb_lineno (int): 40 bytes + 16 GC head.
struct TracebackObject : Object {
    Object* next = nullptr;   // strong or null
    Object* frame = nullptr;  // strong (a frame object)
    int lasti = 0;            // byte offset of the instruction
    int lineno = 0;           // -1 until computed (3.11 computes lazily; we compute at creation)
};

bool isTraceback(const Object* o);
inline TracebackObject* asTraceback(Object* o) { return static_cast<TracebackObject*>(o); }
// tb_create_raw: new reference (tracked), or nullptr with MemoryError.
Ref newTraceback(Interpreter& interp, Object* next, Object* frame, int lasti, int lineno);

void initTracebackType(Interpreter& interp, TypeObject& t);

} // namespace hs
