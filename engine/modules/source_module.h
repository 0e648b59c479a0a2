// Modules that run CPython's own Lib/ sources (frozen at build time, see modules/frozen/): how such a
// module is created and executed on first import.
#pragma once

#include <string_view>

namespace hs {

class Interpreter;
struct Object;

enum class SourceModuleKind {
    kPreloaded, // loaded by CPython at startup: created inside a PreloadScope (weakref, _weakrefset)
    kPackage,   // a package imported by the program (ctypes): its allocations count, __path__ is set
    kModule,    // a submodule imported by the program (ctypes._endian)
};

// Creates module `name`, puts it in sys.modules (so imports from its own body find it), runs
// `source` (after its first line break, the .inc framing) as its body and, for a dotted name, binds
// it as an attribute of its parent package. New reference, or nullptr with the error pending (and
// the module removed from sys.modules).
Object* execSourceModule(Interpreter& interp, const char* name, std::string_view filename, const char* source,
                         SourceModuleKind kind, std::string_view packageDir);

// Compiles `text` as file `filename` and runs it with `dict` as globals and locals (the caller has
// set __builtins__). False with the error pending (SyntaxError when the text does not compile).
bool runModuleSource(Interpreter& interp, Object* dict, std::string_view text, std::string_view filename);

// The text of one of ctypes' source files by its code objects' filename; empty for other files.
std::string_view ctypesModuleSource(std::string_view filename);
// The text of contextlib.py by its code objects' filename; empty for other files.
std::string_view contextlibModuleSource(std::string_view filename);

} // namespace hs
