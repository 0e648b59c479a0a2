// _io's abstract bases (Modules/_io/iobase.c, textio.c, bufferedio.c of 3.11): _io._IOBase with the
// methods StringIO and BytesIO inherit (__enter__/__exit__, iteration, readlines, writelines...).
#pragma once

#include "objects/type_object.h"

#include <cstdint>

namespace hs {

class Interpreter;

// Host side of an `iobase` instance (_io._IOBase() itself, or a class deriving from io.IOBase):
// basicsize 32 (head, dict, weakreflist). Instances of Python subclasses keep their dict and
// weakrefs in the subclass storage (objects/subtype_instance.h), so these stay null there.
struct IOBaseObject : Object {
    Object* dict = nullptr;
    Object* weakreflist = nullptr;
};

// _io._IOBase, _io._RawIOBase, _io._TextIOBase and _io._BufferedIOBase (each deriving from
// _IOBase): static types created on the first import of io/_io, subclassable (io.py's ABCs derive
// from them). StringIO/BytesIO derive from them with layouts of their own.
TypeObject* ioBaseType(Interpreter& interp);
TypeObject* rawIOBaseType(Interpreter& interp);
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
