// BaseException and the 3.11 exception hierarchy (Objects/exceptions.c): static types with 3.11's
// names, sizes, args/str/repr, the chaining attributes and the per-class fields.
#pragma once

#include "objects/type_object.h"

#include <string>

namespace hs {

// Host side of PyBaseExceptionObject and its subclasses. Simulated layout: +16 dict, +24 args,
// +32 notes, +40 traceback, +48 context, +56 cause, +64 suppress_context, then the subclass
// fields from +72 in `fields` order. Invariants: args is a tuple whenever the object is alive
// (strong); every other pointer is strong or null.
struct ExceptionObject : Object {
    Object* dict = nullptr;
    Object* args = nullptr;
    Object* notes = nullptr;
    Object* traceback = nullptr;
    Object* context = nullptr;
    Object* cause = nullptr;
    bool suppressContext = false;
    // Subclass fields (see ExcKind): AttributeError obj,name; NameError name; StopIteration value;
    // SystemExit code; ImportError msg,name,path; SyntaxError msg,filename,lineno,offset,text,
    // end_lineno,end_offset,print_file_and_line; OSError errno,strerror,filename,filename2;
    // UnicodeError encoding,object,start,end,reason; BaseExceptionGroup msg,excs (excs a tuple).
    Object* fields[8] = {};
    // Weakrefs of instances of a class derived from an exception (BaseException itself has none;
    // a class adds __weakref__ at tp_weaklistoffset).
    Object* weakreflist = nullptr;
};

// Which C struct an exception class uses (decides its fields and str()).
enum class ExcKind : std::uint8_t {
    Base, AttributeError, NameError, StopIteration, SystemExit, ImportError, SyntaxError, OSError,
    UnicodeError, KeyError, ExceptionGroup,
};

inline ExceptionObject* asException(Object* o) { return static_cast<ExceptionObject*>(o); }
// PyExceptionInstance_Check / PyExceptionClass_Check.
bool isExceptionInstance(const Object* o);
bool isExceptionClass(const Object* o);
ExcKind exceptionKind(const TypeObject* t);

// Creates all exception types of 3.11 (static region) into vmOf(interp).exc.
void createExceptionTypes(Interpreter& interp);

// Instantiates `type` (an exception class, static or heap) with positional args, as type_call does
// for exceptions: the args tuple first, then the object (BaseException_new + __init__ of the
// built-in classes). New reference, or nullptr with an error pending.
Ref newException(Interpreter& interp, TypeObject* type, Object* const* args, std::int64_t nargs);
// Convenience: type(message) with a str argument (PyErr_SetString's normalization).
Ref newExceptionWithMessage(Interpreter& interp, TypeObject* type, std::string_view message);

// BaseException_new: the object with `args` (null = ()) and nothing else set. New reference.
Object* baseExceptionNew(TypeObject* type, Object* args, Object* kwargs);

// Accessors (borrowed; may be null).
inline Object* exceptionArgs(Object* e) { return asException(e)->args; }
inline Object* exceptionTraceback(Object* e) { return asException(e)->traceback; }
inline Object* exceptionContext(Object* e) { return asException(e)->context; }
inline Object* exceptionCause(Object* e) { return asException(e)->cause; }
// Setters take a new reference (or null) and release the old value.
void setExceptionTraceback(Object* e, Object* tb);
void setExceptionContext(Object* e, Object* ctx);
void setExceptionCause(Object* e, Object* cause);
// The value of StopIteration.value (borrowed; None when unset).
Object* stopIterationValue(Object* e);
// str(exc) (BaseException_str and the subclass variants): new reference or nullptr.
Ref exceptionStr(Object* e);
// AttributeError/NameError `name` and AttributeError `obj` (borrowed, may be null).
Object* exceptionField(Object* e, int index);
void setExceptionField(Object* e, int index, Object* value); // takes a new reference

} // namespace hs
