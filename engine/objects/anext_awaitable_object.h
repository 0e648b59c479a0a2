// anext_awaitable (Objects/iterobject.c 3.11): what anext(aiterator, default) returns, an awaitable
// over __anext__'s awaitable that turns StopAsyncIteration into StopIteration(default).
#pragma once

#include "objects/type_object.h"

namespace hs {

class Interpreter;

// PyAnextAwaitable_New: new reference (tracked), or nullptr.
Ref newAnextAwaitable(Interpreter& interp, Object* awaitable, Object* defaultValue);

void initAnextAwaitableType(Interpreter& interp);

} // namespace hs
