// PyErr_WriteUnraisable / _PyErr_WriteUnraisableMsg with 3.11's default sys.unraisablehook output:
// errors that cannot propagate (in __del__, weakref and gc callbacks, tp_clear) reported on sys.stderr.
#pragma once

#include "objects/type_object.h"

namespace hs {

class Interpreter;

// Takes the pending error (no-op without one) and writes to sys.stderr (the transcript, since the
// reference runner sets sys.stderr = sys.stdout; sys.__stderr__'s log when sys.stderr is None):
//   obj set:    "Exception ignored in: <repr(obj)>\n", or "Exception ignored <message>: <repr>\n"
//   obj null:   "Exception ignored <message>:\n" when message is set
// then the traceback (when the exception has one) and "<module.>Qualname: <str(exc)>\n" (the
// ": " is written even for an empty message, unlike tracebacks). The error is cleared.
void writeUnraisable(Interpreter& interp, Object* obj, const char* message = nullptr);

// PySys_WriteStderr: text to sys.stderr (errors while writing are cleared).
void writeSysStderr(Interpreter& interp, std::string_view text);

} // namespace hs
