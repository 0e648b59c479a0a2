// Raising and fetching Python exceptions (Python/errors.c): the pending error of the interpreter
// holds either a type name + message (set by object code) or, once normalized, an exception object.
#pragma once

#include "objects/type_object.h"

#include <string>
#include <string_view>

namespace hs {

class Interpreter;

// PyErr_Occurred.
bool errOccurred(const Interpreter& interp);
// PyErr_SetString(type, message): the exception is created at once (the VM is initialised).
void raiseError(Interpreter& interp, TypeObject* type, std::string_view message);
// PyErr_SetObject(type, value) for an exception instance `exc` (consumes nothing; increfs).
// Sets __context__ from the exception being handled, as _PyErr_SetObject does.
void raiseObject(Interpreter& interp, Object* exc);
// _PyErr_Restore: makes `exc` the pending exception as it is (no context chaining): RERAISE.
void restoreException(Interpreter& interp, Object* exc);
// PyErr_SetNone(type) / raising a class: instantiates `type` with no arguments.
void raiseType(Interpreter& interp, TypeObject* type);
// _PyErr_SetKeyError: KeyError(key) (a tuple key is wrapped so str(e) shows it whole).
void raiseKeyError(Interpreter& interp, Object* key);
// StopIteration(value) (a tuple/exception value is wrapped as its single argument).
void raiseStopIteration(Interpreter& interp, Object* value);
// AttributeError with name/obj set ("'T' object has no attribute 'x'"): a failed lookup of the
// generic getattr or _PyObject_GetMethod, which augment their own error.
void raiseAttributeError(Interpreter& interp, Object* obj, Object* name, const std::string& message);
// An AttributeError without name/obj: what setattr/delattr, member descriptors, module_getattro and
// type_getattro raise (the caller's PyObject_GetAttr, if any, augments it).
void raiseBareAttributeError(Interpreter& interp, const std::string& message);
// set_attribute_error_context (3.11): PyObject_GetAttr augments a pending AttributeError (or
// subclass instance) that has neither name nor obj yet with the failed lookup's object and name:
// one raised by a __getattr__, a property, a module or a type. The traceback's "Did you mean"
// reads them; an error raised by setattr or delattr never passes here, so it has no suggestion.
void setAttributeErrorContext(Interpreter& interp, Object* obj, Object* name);
// NameError with name set.
void raiseNameError(Interpreter& interp, TypeObject* type, Object* name, const std::string& message);
// RecursionError "maximum recursion depth exceeded<where>".
void raiseRecursionError(Interpreter& interp, const char* where);

// Normalizes the pending error (string form -> exception object, with __context__ chaining) and
// returns a borrowed pointer to the exception, or nullptr when no error is pending.
Object* normalizedError(Interpreter& interp);
// PyErr_Fetch + normalize: takes the pending exception (new reference), clearing it.
Ref fetchError(Interpreter& interp);
// PyErr_Clear.
void clearError(Interpreter& interp);
// PyErr_ExceptionMatches(type): the pending error's class is type or a subclass.
bool errMatches(Interpreter& interp, TypeObject* type);
// The type name of the pending error ("" when none), without normalizing.
const std::string& errTypeName(const Interpreter& interp);

// The exception class named `name` ("TypeError"), or nullptr.
TypeObject* exceptionTypeByName(Interpreter& interp, const std::string& name);

// _PyErr_GetTopmostException: the exception currently being handled (borrowed) or nullptr.
Object* handledException(Interpreter& interp);

// printf-style helper returning std::string.
std::string formatString(const char* fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

} // namespace hs
