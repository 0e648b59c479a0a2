// _io's abstract bases (Modules/_io/iobase.c, textio.c, bufferedio.c of 3.11): _io._IOBase with the
// methods StringIO and BytesIO inherit (__enter__/__exit__, iteration, readlines, writelines...).
#pragma once

#include "objects/type_object.h"

#include <cstdint>

namespace hs {

class Interpreter;

// _io._IOBase, _io._TextIOBase(_IOBase), _io._BufferedIOBase(_IOBase): static types created on the
// first import of io/_io (their instances are StringIO/BytesIO objects, which have their own layout).
TypeObject* ioBaseType(Interpreter& interp);
TypeObject* textIOBaseType(Interpreter& interp);
TypeObject* bufferedIOBaseType(Interpreter& interp);

// io.UnsupportedOperation (a heap class deriving from OSError and ValueError, as _io creates it),
// made on first use; borrowed (the interpreter keeps it alive through the _io module).
Object* unsupportedOperationType(Interpreter& interp);
void setUnsupportedOperationType(Interpreter& interp, Object* type);

// iobase_check_closed: reads the object's `closed` attribute; true -> ValueError "I/O operation on
// closed file." and -1. 0 when open.
int ioCheckClosed(Object* self);

// The Py_ssize_t(accept={int, NoneType}) converter (_Py_convert_optional_to_ssize_t): None or a
// missing argument keeps `out`; TypeError "argument should be integer or None, not 'str'".
bool optionalSsize(Interpreter& interp, Object* arg, std::int64_t& out);

} // namespace hs
