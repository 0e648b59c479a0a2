// PyErr_WriteUnraisable / _PyErr_WriteUnraisableMsg: errors that cannot propagate (in __del__,
// weakref and gc callbacks, tp_clear) passed to sys.unraisablehook, whose default reports them on
// sys.stderr.
#pragma once

#include "objects/type_object.h"

namespace hs {

class Interpreter;

// Takes the pending error (no-op without one). Without a traceback it gets one entry for the
// current frame. When sys.unraisablehook is set (not None) it is called with an
// UnraisableHookArgs(exc_type, exc_value, exc_traceback, err_msg, object) (err_msg None unless
// `message` is given: "Exception ignored <message>"); if the hook raises, its own error is what the
// default report shows, under "Exception ignored in sys.unraisablehook: <repr(hook)>".
// The default report writes to sys.stderr (the transcript, since the
// reference runner sets sys.stderr = sys.stdout; sys.__stderr__'s log when sys.stderr is None):
//   obj set:    "Exception ignored in: <repr(obj)>\n", or "Exception ignored <message>: <repr>\n"
//   obj null:   "Exception ignored <message>:\n" when message is set
// then the traceback (when the exception has one) and "<module.>Qualname: <str(exc)>\n" (the
// ": " is written even for an empty message, unlike tracebacks). The error is cleared.
void writeUnraisable(Interpreter& interp, Object* obj, const char* message = nullptr);

// sys.__unraisablehook__ (_PyErr_WriteUnraisableDefaultHook): the default report of an
// UnraisableHookArgs. New reference to None, or nullptr with TypeError for another argument.
Object* unraisableDefaultHook(Interpreter& interp, Object* args);

// PySys_WriteStderr: text to sys.stderr (errors while writing are cleared).
void writeSysStderr(Interpreter& interp, std::string_view text);

} // namespace hs
