// The built-in module registry and the import machinery of the simulation: `import x` finds
// sys.modules or a registered built-in module; anything else is ModuleNotFoundError.
#pragma once

#include "objects/type_object.h"

#include <string>
#include <string_view>
#include <vector>

namespace hs {

class Interpreter;

// Creates builtins and sys (and sys.modules), registers the other built-in modules. Called by initVm.
void initModules(Interpreter& interp);
// The names of the registered built-in modules, in registry order.
std::vector<std::string> registeredModuleNames();

// PyImport_ImportModuleLevelObject for built-in modules (level 0 only). New reference.
Ref importModuleLevel(Interpreter& interp, Object* name, Object* globals, Object* fromlist, int level);
// PyImport_ImportModule("name"). New reference.
Ref importModule(Interpreter& interp, const std::string& name);
// The builtins.__import__ function object (borrowed), for IMPORT_NAME's fast path.
Object* builtinImportFunction(Interpreter& interp);

// Module creators (one per modules/*.cpp). Each returns a new module (new reference).
Object* createBuiltinsModule(Interpreter& interp);  // builtins_module.cpp
Object* createSysModule(Interpreter& interp);       // sys_module.cpp
Object* createTimeModule(Interpreter& interp);      // time_module.cpp
Object* createMathModule(Interpreter& interp);      // math_module.cpp
Object* createGcModule(Interpreter& interp);        // gc_module.cpp
Object* createCtypesModule(Interpreter& interp);    // ctypes_module.cpp: the ctypes package (Python source)
Object* createCtypesEndianModule(Interpreter& interp);  // ctypes_module.cpp: ctypes._endian (Python source)
Object* createCtypesBuiltinModule(Interpreter& interp); // ctypes_module.cpp: _ctypes
Object* createStructModule(Interpreter& interp);        // struct_module.cpp
Object* createStructBuiltinModule(Interpreter& interp); // struct_module.cpp: _struct
Object* createWeakrefBuiltinModule(Interpreter& interp); // weakref_module.cpp: _weakref
Object* createWeakrefSetModule(Interpreter& interp);     // weakref_module.cpp: _weakrefset (Python source)
Object* createWeakrefModule(Interpreter& interp);        // weakref_module.cpp: weakref (Python source)
Object* createAtexitModule(Interpreter& interp);         // atexit_module.cpp
Object* createContextlibModule(Interpreter& interp);     // contextlib_module.cpp: contextlib (Python source)
// atexit_callfuncs: calls the registered callbacks newest first (errors written as unraisable
// "Exception ignored in atexit callback"), then forgets them. No-op when atexit was never imported.
void runAtexitCallbacks(Interpreter& interp);
// Py_FinalizeEx's finalize_modules, after its first collection, as far as a program can see it:
// builtins._ (where the last echoed value hides) set to None first, then _PyGC_CollectNoFail, a
// full collection without callbacks that runs even with gc disabled (what a value kept by `_`
// alone held in a cycle dies in). The modules themselves are not torn down (sys_module.cpp).
void finalizeModules(Interpreter& interp);
// The text of a module shipped as Python source, by the filename its code objects carry (what
// linecache would read for tracebacks); empty for any other file.
std::string_view builtinModuleSource(std::string_view filename);
Object* createAbcModule(Interpreter& interp);       // abc_module.cpp
Object* createAbcBuiltinModule(Interpreter& interp); // abc_data.cpp: _abc
// _abc_init(cls): __abstractmethods__ (abc_module.cpp), then a new _abc_data as cls._abc_impl
// (abcSetImpl, abc_data.cpp). 0, or -1 with the error pending.
int abcInit(Interpreter& interp, Object* cls);
int abcSetImpl(Interpreter& interp, Object* cls);
Object* createCopyModule(Interpreter& interp);      // stdlib_source_modules.cpp (Lib/copy.py)
Object* createTypesModule(Interpreter& interp);     // types_module.cpp
Object* createFunctoolsModule(Interpreter& interp); // functools_module.cpp
Object* createCollectionsBuiltinModule(Interpreter& interp); // collections_module.cpp: _collections
Object* createCollectionsModule(Interpreter& interp);
Object* createPrivateCollectionsAbcModule(Interpreter& interp);
Object* createTypingModule(Interpreter& interp);
Object* createTypingBuiltinModule(Interpreter& interp);
// The text of typing.py by its code objects' filename; empty for other files.
std::string_view typingModuleSource(std::string_view filename);        // collections_module.cpp: collections
Object* createKeywordModule(Interpreter& interp);            // collections_module.cpp: keyword
// The text of collections' / keyword's Python source by its code objects' filename; empty for others.
std::string_view collectionsModuleSource(std::string_view filename);
Object* createItertoolsModule(Interpreter& interp);          // itertools_module.cpp
// stdlib_source_modules.cpp: CPython's pure-Python heapq (imported) and bisect (preloaded).
Object* createHeapqModule(Interpreter& interp);
Object* createFutureModule(Interpreter& interp);
Object* createBisectModule(Interpreter& interp);
Object* createBisectBuiltinModule(Interpreter& interp); // bisect_module.cpp: _bisect
Object* createDataclassesModule(Interpreter& interp);
Object* createEnumModule(Interpreter& interp);
// types_module.cpp: the text of types' Python part (DynamicClassAttribute) by filename.
std::string_view typesModuleSource(std::string_view filename);
Object* createHeapqBuiltinModule(Interpreter& interp); // heapq_module.cpp: _heapq
// The text of those modules' sources by their code objects' filename; empty for others.
std::string_view stdlibModuleSource(std::string_view filename);
// random_module.cpp: _random and random (both preloaded); random.py's text by filename.
Object* createRandomBuiltinModule(Interpreter& interp);
Object* createRandomModule(Interpreter& interp);
std::string_view randomModuleSource(std::string_view filename);
Object* createOperatorModule(Interpreter& interp);           // operator_module.cpp: operator and _operator
Object* createArrayModule(Interpreter& interp);              // array_module.cpp
Object* createDisModule(Interpreter& interp);                // dis_module.cpp
std::string_view disModuleSource(std::string_view filename); // dis_module.cpp: dis.py's Python part by filename
Object* createIoBuiltinModule(Interpreter& interp);          // io_module.cpp: _io (StringIO, BytesIO, bases)
Object* createIoModule(Interpreter& interp);                 // io_module.cpp: io (CPython's io.py)
std::string_view ioModuleSource(std::string_view filename);
// string_module.cpp: _string (the format-string parsers) and string (CPython's string.py, by filename).
Object* createStringBuiltinModule(Interpreter& interp);
Object* createStringModule(Interpreter& interp);
std::string_view stringModuleSource(std::string_view filename);
// traceback_module.cpp: traceback and linecache (CPython's sources); their text by filename.
Object* createTracebackModule(Interpreter& interp);
Object* createLinecacheModule(Interpreter& interp);
std::string_view tracebackModuleSource(std::string_view filename);
// thread_module.cpp: _thread (one thread; locks in objects/lock_object.cpp).
Object* createThreadModule(Interpreter& interp);
// stdlib_source_modules.cpp: CPython's reprlib (preloaded), pprint, timeit, numbers, textwrap (imported).
Object* createReprlibModule(Interpreter& interp);
Object* createPprintModule(Interpreter& interp);
Object* createTimeitModule(Interpreter& interp);
Object* createNumbersModule(Interpreter& interp);
Object* createTextwrapModule(Interpreter& interp);
// tracemalloc_module.cpp: _tracemalloc over the interpreter's tracer; tracemalloc (imported) is CPython's.
Object* createTracemallocBuiltinModule(Interpreter& interp);
Object* createTracemallocModule(Interpreter& interp);
Object* createFractionsModule(Interpreter& interp);
Object* createStatisticsModule(Interpreter& interp);
Object* createSitebuiltinsModule(Interpreter& interp);
Object* createCopyregModule(Interpreter& interp); // stdlib_source_modules.cpp (preloaded)
// warnings_module.cpp: warnings (CPython's warnings.py, preloaded; warn/warn_explicit as builtins).
Object* createWarningsModule(Interpreter& interp);
std::string_view warningsModuleSource(std::string_view filename);
// functools_module.cpp: functools.py's text by filename (the module runs it under its C++ parts).
std::string_view functoolsModuleSource(std::string_view filename);
// Creates gc.garbage / gc.callbacks and fills the collector's GcHooks (gc_module.cpp). Called
// first by initModules (CPython's _PyGC_Init runs that early).
void installGcHooks(Interpreter& interp);
// The text stream objects (io_stream.cpp): sys.stdout (transcript), sys.__stderr__ (host log),
// sys.stdin (readOnly: always at end of file).
Object* createTextStream(Interpreter& interp, bool transcript, const char* name, bool readOnly = false); // new reference
void initTextStreamType(Interpreter& interp);
// Buffers `text` in a transcript stream's pending chunks as its write() would, without writing it
// again (for text the engine wrote to the transcript directly, e.g. a cell's traceback). No-op for
// other objects; false with an error pending on failure.
bool textStreamBufferWrite(Object* stream, std::string_view text);

} // namespace hs
