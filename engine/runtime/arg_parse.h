// Argument unpacking for C++ functions called from Python (Python/getargs.c's
// _PyArg_UnpackKeywords and the _PyArg_CheckPositional family), with 3.11's messages.
#pragma once

#include "objects/type_object.h"

#include <cstdint>
#include <vector>

namespace hs {

class Interpreter;

// The parameters of a function: names[0..count) (the first `posonly` positional-only, with no
// usable name), of which minpos are required positionally, maxpos may be positional, and minkw
// keyword-only ones are required. fname is shown as "fname()".
struct ArgSpec {
    const char* fname;
    const char* const* names;
    int count;
    int posonly;
    int minpos;
    int maxpos;
    int minkw = 0;
};

// _PyArg_UnpackKeywords: fills out[0..count) with borrowed arguments (null = not given). False
// with TypeError pending ("f() takes at most 2 arguments (3 given)", "'x' is an invalid keyword
// argument for f()", "f() missing required argument 'x' (pos 1)", ...).
bool unpackArgs(Interpreter& interp, const ArgSpec& spec, Object* const* args, std::int64_t nargs, Object* kwnames,
                Object** out);
// Keyword names borrowed from a kwargs dict (dictKeywords), for tp_new/tp_init: getargs.c reads
// the dict itself, so no kwnames tuple is allocated (that would be a visible GC allocation).
using KwNameList = std::vector<Object*>;
bool unpackArgs(Interpreter& interp, const ArgSpec& spec, Object* const* args, std::int64_t nargs,
                const KwNameList& kwnames, Object** out);

// _PyArg_UnpackKeywords for an Argument Clinic function with a static _PyArg_Parser: off the
// positional fast path (keywords given, or a positional count out of range) the parser is
// initialized first (initArgParser under `parserKey`, e.g. "str.split"), then unpackArgs.
bool unpackParserArgs(Interpreter& interp, const ArgSpec& spec, const char* parserKey, Object* const* args,
                      std::int64_t nargs, Object* kwnames, Object** out);
bool unpackParserArgs(Interpreter& interp, const ArgSpec& spec, const char* parserKey, Object* const* args,
                      std::int64_t nargs, const KwNameList& kwnames, Object** out);

// parser_init of a _PyArg_Parser (Argument Clinic functions with keyword parameters): the first
// time a parser is used beyond the positional fast path, 3.11 builds its kwtuple (a new tracked
// tuple of the interned names after the positional-only ones) and keeps it for the interpreter's
// life. `parser` names the parser (e.g. "print"); later calls do nothing. False with an error.
bool initArgParser(Interpreter& interp, const char* parser, const char* const* keywords, int count, int posonly);

// _PyArg_CheckPositional: "name expected at least 1 argument, got 0" / "name expected at most 2
// arguments, got 3". False with TypeError pending.
bool checkPositional(Interpreter& interp, const char* name, std::int64_t nargs, std::int64_t min, std::int64_t max);
// _PyArg_NoKwnames: "name() takes no keyword arguments".
bool noKeywords(Interpreter& interp, const char* name, Object* kwnames);
// PyArg_ParseTuple's count check (METH_VARARGS functions): "count() takes at least 1 argument (0
// given)" / "... at most 3 arguments (4 given)" / "... exactly 2 arguments (1 given)".
bool checkArgCount(Interpreter& interp, const char* name, std::int64_t nargs, std::int64_t min, std::int64_t max);
// "name() takes no arguments (N given)" / "name() takes exactly one argument (N given)".
bool checkNoArgs(Interpreter& interp, const char* name, std::int64_t nargs);
bool checkOneArg(Interpreter& interp, const char* name, std::int64_t nargs);

// Appends a kwargs dict's values (null: none) to `flat` and their names to `kwnames`, borrowed
// (for unpackArgs from tp_new/tp_init, which receive a dict).
void dictKeywords(Object* kwargs, std::vector<Object*>& flat, KwNameList& kwnames);
// The same with a new kwnames tuple, for forwarding to a vectorcall-style function (an allocation
// CPython's tp_new/tp_init do not make: prefer dictKeywords + unpackArgs). False with an error.
bool dictToKwnames(Interpreter& interp, Object* kwargs, std::vector<Object*>& flat, Ref& kwnames);
// PyBytes_FromObject: an exact bytes itself; a buffer exporter's bytes copied; the ints 0..255 of
// an exact list or tuple, else of any iterable (getIter, so the __getitem__ protocol too), each
// checked as it is read: TypeError "'T' object cannot be interpreted as an integer", ValueError
// "bytes must be in range(0, 256)"; TypeError "cannot convert 'T' object to bytes" for a str or
// a non-iterable.
Ref bytesFromObject(Interpreter& interp, Object* x);
// PyObject_Bytes: an exact bytes itself, else __bytes__ (looked up on the type), else
// bytesFromObject.
Ref objectBytes(Interpreter& interp, Object* x);

} // namespace hs
