// async_generator (PyAsyncGenObject, Objects/genobject.c 3.11) over the generator machinery, with
// its awaitables async_generator_asend / _athrow and the wrapped values of its `yield`.
#pragma once

#include "objects/type_object.h"

namespace hs {

class Interpreter;

// _PyAsyncGenValueWrapperNew (ASYNC_GEN_WRAP): the value wrapped (free list or a new GC object,
// tracked). New reference.
Ref asyncGenWrapValue(Interpreter& interp, Object* value);

// _PyAsyncGen_ClearFreeLists: gc.collect() of the oldest generation drops both free lists.
void clearAsyncGenFreeLists(Interpreter& interp);

void initAsyncGeneratorTypes(Interpreter& interp);

} // namespace hs
