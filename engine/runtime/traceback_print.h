// The exception report of sys.__excepthook__ / PyErr_Display (Python/pythonrun.c, traceback.c,
// suggestions.c of 3.11): chained exceptions, "Traceback (most recent call last):", collapsed
// repeats, SyntaxError details, and the "Did you mean" suggestions for NameError/AttributeError.
#pragma once

#include "objects/type_object.h"

#include <string>

namespace hs {

class Interpreter;

// What sys.__excepthook__(type(exc), exc, exc.__traceback__) writes. Runs Python code (str() of
// the exception, dir() for suggestions); errors inside are cleared, as CPython does.
std::string formatException(Interpreter& interp, Object* exc);

// PyTraceBack_Print's text for a traceback object: "Traceback (most recent call last):" and the
// frame lines (collapsed repeats), as PyErr_WriteUnraisable prints them. "" for a null tb.
std::string formatTraceback(Object* tb);

// suggestions.c's Levenshtein distance with its move/case costs (exposed for tests).
std::int64_t suggestionDistance(const std::string& a, const std::string& b, std::int64_t maxCost);

} // namespace hs
