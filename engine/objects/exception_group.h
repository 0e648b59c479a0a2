// BaseExceptionGroup and ExceptionGroup (Objects/exceptions.c of 3.11): construction checks,
// message/exceptions, derive/split/subgroup, and the helpers of except* (CHECK_EG_MATCH, PREP_RERAISE_STAR).
#pragma once

#include "objects/type_object.h"

namespace hs {

class Interpreter;

// Installs BaseExceptionGroup's slots, members and methods on the static type (called by
// createExceptionTypes), and creates ExceptionGroup the way _PyExc_InitTypes does: a heap class
// ExceptionGroup(BaseExceptionGroup, Exception) in module builtins (needs the type machinery, so
// initVm calls it after the built-in types are bound).
void initBaseExceptionGroupType(Interpreter& interp, TypeObject* type);
void initExceptionGroupType(Interpreter& interp);

// _PyBaseExceptionGroup_Check.
bool isExceptionGroup(const Object* o);
// The group's exceptions tuple (borrowed, never null for a live group).
Object* exceptionGroupExceptions(Object* eg);

// _PyExc_CreateExceptionGroup: BaseExceptionGroup(msg, excs). New reference or nullptr.
Ref createExceptionGroup(Interpreter& interp, const char* msg, Object* excs);

// exception_group_match (ceval.c): for CHECK_EG_MATCH. Sets *match and *rest to new references
// (None when absent); -1 with an error pending.
int exceptionGroupMatch(Interpreter& interp, Object* exc, Object* matchType, Ref& match, Ref& rest);

// _PyExc_PrepReraiseStar: what the end of a try-except* raises (None when nothing). New reference.
Ref prepReraiseStar(Interpreter& interp, Object* orig, Object* excs);

} // namespace hs
