// _struct.Struct and _struct.unpack_iterator (Modules/_struct.c 3.11): a compiled format string
// (codes in a PyMem block) and the pack/unpack machinery the struct module's functions share.
#pragma once

#include <cstdint>

namespace hs {

class Interpreter;
struct Object;
struct TypeObject;

// The _struct.Struct type (PyStructObject: 56 bytes + GC head). Borrowed.
TypeObject* structType(Interpreter& interp);
// The _struct.unpack_iterator type. Borrowed.
TypeObject* structUnpackIteratorType(Interpreter& interp);

// The struct.error class, held by the struct module (made on first use). Borrowed or null.
TypeObject* structErrorType(Interpreter& interp);
void setStructErrorType(Interpreter& interp, TypeObject* error);

// Struct(format): a new Struct object (format a str or bytes). New reference or nullptr.
Object* newStruct(Interpreter& interp, Object* format);

// The methods the module-level functions forward to (self is a Struct); CFunction signatures.
Object* structPack(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* structPackInto(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* structUnpack(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* structUnpackFrom(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);
Object* structIterUnpack(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);
// Struct.size.
std::int64_t structSize(const Object* s);

} // namespace hs
