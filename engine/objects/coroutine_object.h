// coroutine (PyCoroObject, Objects/genobject.c 3.11): the object an `async def` call returns, a
// generator underneath (objects/generator_object.*) awaited through __await__'s coroutine_wrapper.
#pragma once

#include "objects/type_object.h"

namespace hs {

class Interpreter;

// _PyCoro_GetAwaitableIter: a coroutine (or iterable coroutine) itself, else what the type's
// am_await returns, checked to be an iterator that is not a coroutine. New reference, or nullptr
// with TypeError set.
Ref awaitableIter(Object* o);

void initCoroutineTypes(Interpreter& interp);

} // namespace hs
