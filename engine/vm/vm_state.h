// The VM's per-interpreter state (PyInterpreterState + PyThreadState of 3.11, one thread): the VM's
// static types, the exception types, interned identifiers, modules, the frame data stack, exc_info.
#pragma once

#include "objects/type_object.h"
#include "runtime/interpreter.h"

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <map>
#include <vector>

namespace hs {

struct Frame;
struct CodeObject;
struct CtypesTypes;

// Static types the VM and its objects add to the built-in world.
struct VmTypes {
    TypeObject* function = nullptr;
    TypeObject* cell = nullptr;
    TypeObject* method = nullptr;           // bound method of a Python function
    TypeObject* builtinFunction = nullptr;  // builtin_function_or_method
    TypeObject* methodDescriptor = nullptr;
    TypeObject* classmethodDescriptor = nullptr;
    TypeObject* getsetDescriptor = nullptr;
    TypeObject* memberDescriptor = nullptr;
    TypeObject* wrapperDescriptor = nullptr; // slot wrappers (object.__init__, int.__add__ ...)
    TypeObject* methodWrapper = nullptr;     // bound slot wrappers
    TypeObject* staticmethod = nullptr;
    TypeObject* classmethod = nullptr;
    TypeObject* property = nullptr;
    TypeObject* super = nullptr;
    TypeObject* mappingproxy = nullptr;
    TypeObject* module = nullptr;
    TypeObject* frame = nullptr;
    TypeObject* traceback = nullptr;
    TypeObject* slice = nullptr;
    TypeObject* generator = nullptr;
    TypeObject* coroutine = nullptr;
    TypeObject* coroutineWrapper = nullptr;
    TypeObject* asyncGenerator = nullptr;
    TypeObject* asyncGenASend = nullptr;
    TypeObject* asyncGenAThrow = nullptr;
    TypeObject* asyncGenWrappedValue = nullptr;
    TypeObject* anextAwaitable = nullptr;
    TypeObject* listIterator = nullptr;
    TypeObject* listReverseIterator = nullptr;
    TypeObject* tupleIterator = nullptr;
    TypeObject* rangeIterator = nullptr;
    TypeObject* longRangeIterator = nullptr;
    TypeObject* strIterator = nullptr;      // str_ascii_iterator (an ASCII str's)
    TypeObject* strUnicodeIterator = nullptr; // str_iterator (any other str's)
    TypeObject* bytesIterator = nullptr;
    TypeObject* setIterator = nullptr;
    TypeObject* dictKeyIterator = nullptr;
    TypeObject* dictValueIterator = nullptr;
    TypeObject* dictItemIterator = nullptr;
    TypeObject* dictReverseKeyIterator = nullptr;
    TypeObject* dictReverseValueIterator = nullptr;
    TypeObject* dictReverseItemIterator = nullptr;
    TypeObject* dictKeys = nullptr;
    TypeObject* dictValues = nullptr;
    TypeObject* dictItems = nullptr;
    TypeObject* seqIterator = nullptr;      // iterator over __getitem__
    TypeObject* callableIterator = nullptr; // iter(callable, sentinel)
    TypeObject* enumerate = nullptr;
    TypeObject* zip = nullptr;
    TypeObject* map = nullptr;
    TypeObject* filter = nullptr;
    TypeObject* reversed = nullptr;
    TypeObject* textIO = nullptr;           // _io.TextIOWrapper (sys.stdout)
    TypeObject* structSeq = nullptr;        // sys.version_info's type
    TypeObject* unraisableHookArgs = nullptr; // sys.unraisablehook's argument (runtime/unraisable.cpp)
    TypeObject* simpleNamespace = nullptr;
    // weakref.ReferenceType / ProxyType / CallableProxyType (objects/weakref_object.cpp).
    TypeObject* weakref = nullptr;
    TypeObject* weakProxy = nullptr;
    TypeObject* weakCallableProxy = nullptr;
    TypeObject* complex = nullptr;          // objects/complex_object.cpp
    TypeObject* bytearray = nullptr;        // objects/bytearray_object.cpp
    TypeObject* bytearrayIterator = nullptr; // (same)
    TypeObject* genericAlias = nullptr;     // types.GenericAlias (objects/genericalias_object.cpp)
    TypeObject* genericAliasIterator = nullptr; // (same)
    TypeObject* unionType = nullptr;        // types.UnionType (objects/union_object.cpp)
    TypeObject* memoryview = nullptr;       // objects/memoryview_object.cpp
    TypeObject* managedBuffer = nullptr;    // (same)
    TypeObject* memoryIterator = nullptr;   // (same)
    // Types of built-in modules created on their first import (collections, itertools, operator),
    // indexed by ModuleTypeId (modules/module_types.h).
    TypeObject* moduleTypes[64] = {};
    TypeObject* abcMeta = nullptr;          // abc.ABCMeta, created by the first `import abc`
    TypeObject* partial = nullptr;          // functools.partial, created by the first `import functools`
    TypeObject* lruListElem = nullptr;      // functools._lru_list_elem (a bounded cache's entries)
    TypeObject* lruWrapper = nullptr;       // functools._lru_cache_wrapper (same)
    TypeObject* cacheInfo = nullptr;        // functools.CacheInfo (same)
};

// The exception classes of 3.11 (static types). `byName` also finds them for string errors.
struct ExceptionTypes {
    TypeObject* BaseException = nullptr;
    TypeObject* Exception = nullptr;
    TypeObject* TypeError = nullptr;
    TypeObject* ValueError = nullptr;
    TypeObject* AttributeError = nullptr;
    TypeObject* NameError = nullptr;
    TypeObject* UnboundLocalError = nullptr;
    TypeObject* KeyError = nullptr;
    TypeObject* IndexError = nullptr;
    TypeObject* LookupError = nullptr;
    TypeObject* StopIteration = nullptr;
    TypeObject* GeneratorExit = nullptr;
    TypeObject* StopAsyncIteration = nullptr;
    TypeObject* RuntimeWarning = nullptr;
    TypeObject* RuntimeError = nullptr;
    TypeObject* RecursionError = nullptr;
    TypeObject* NotImplementedError = nullptr;
    TypeObject* ZeroDivisionError = nullptr;
    TypeObject* OverflowError = nullptr;
    TypeObject* AssertionError = nullptr;
    TypeObject* ImportError = nullptr;
    TypeObject* ModuleNotFoundError = nullptr;
    TypeObject* MemoryError = nullptr;
    TypeObject* SyntaxError = nullptr;
    TypeObject* IndentationError = nullptr;
    TypeObject* TabError = nullptr;
    TypeObject* SystemExit = nullptr;
    TypeObject* KeyboardInterrupt = nullptr;
    TypeObject* OSError = nullptr;
    TypeObject* UnicodeError = nullptr;
    TypeObject* UnicodeDecodeError = nullptr;
    TypeObject* UnicodeEncodeError = nullptr;
    TypeObject* BufferError = nullptr;
    TypeObject* EOFError = nullptr;
    TypeObject* ReferenceError = nullptr;
    TypeObject* SystemError = nullptr;
    TypeObject* ArithmeticError = nullptr;
    TypeObject* BaseExceptionGroup = nullptr;
    TypeObject* ExceptionGroup = nullptr; // a heap type (PyErr_NewException), made by initExceptionGroupType
    std::vector<TypeObject*> all; // in creation order (builtins module binds these)
    std::unordered_map<std::string, TypeObject*> byName;
};

// Identifiers the VM compares against or looks up often: interned, statically allocated strs
// (CPython's _Py_ID strings).
struct VmNames {
#define HS_VM_NAMES(X) \
    X(__name__) X(__qualname__) X(__module__) X(__doc__) X(__dict__) X(__class__) X(__init__) \
    X(__new__) X(__call__) X(__repr__) X(__str__) X(__hash__) X(__eq__) X(__ne__) X(__lt__) \
    X(__le__) X(__gt__) X(__ge__) X(__len__) X(__iter__) X(__next__) X(__getitem__) \
    X(__setitem__) X(__delitem__) X(__contains__) X(__bool__) X(__getattr__) X(__getattribute__) \
    X(__setattr__) X(__delattr__) X(__get__) X(__set__) X(__delete__) X(__del__) X(__enter__) \
    X(__await__) X(__aiter__) X(__anext__) X(__aenter__) X(__aexit__) \
    X(__exit__) X(__builtins__) X(__import__) X(__build_class__) X(__annotations__) X(__package__) \
    X(__loader__) X(__spec__) X(__slots__) X(__weakref__) X(__mro_entries__) X(__prepare__) \
    X(__init_subclass__) X(__set_name__) X(__classcell__) X(__index__) X(__int__) X(__float__) \
    X(__format__) X(__bytes__) X(__sizeof__) X(__reversed__) X(__missing__) X(__neg__) X(__pos__) X(__abs__) \
    X(__invert__) X(__class_getitem__) X(__instancecheck__) X(__subclasscheck__) X(__round__) \
    X(__dir__) X(__file__) X(__length_hint__) X(__match_args__) X(__abstractmethods__) \
    X(__orig_bases__) X(__mro__) X(__bases__) X(__base__) X(__subclasses__) X(mro) X(keys) X(items) X(values) \
    X(write) X(flush) X(send) X(close) X(displayhook) X(excepthook) X(_) \
    X(builtins) X(sys) X(__main__) X(append) X(get) X(args) X(self) X(metaclass) X(__traceback__) \
    X(__context__) X(__cause__) X(__notes__) X(__suppress_context__) X(__code__) X(__defaults__) \
    X(__kwdefaults__) X(__closure__) X(__globals__) X(__self__) X(__wrapped__) X(name) \
    X(obj) X(value) X(real) X(imag) X(__copy__)
#define HS_VM_NAME_FIELD(n) Object* n = nullptr;
    HS_VM_NAMES(HS_VM_NAME_FIELD)
#undef HS_VM_NAME_FIELD
    Object* throw_ = nullptr; // "throw" (a C++ keyword)
    Object* stdout_ = nullptr; // "stdin" / "stdout" / "stderr" (macros in C's <stdio.h>)
    Object* stderr_ = nullptr;
    Object* stdin_ = nullptr;
    Object* func_ = nullptr;  // "__func__" (reserved in C++)
    // Binary dunder names by BINARY_OP argument: __add__ ... and the reflected __radd__ ...
    Object* binary[26] = {};
    Object* reflected[13] = {};
};

// An entry of the exc_info chain (_PyErr_StackItem): the exception being handled (or null/None).
struct ExcStackItem {
    Object* excValue = nullptr; // strong or null
    ExcStackItem* previous = nullptr;
};

// The per-thread data stack (_PyStackChunk chain): frames live here, never on the C++ stack and
// never in host allocations per call. Chunks are kept when emptied, so steady-state calls allocate
// nothing. Invariants: frames are pushed and popped LIFO; the current chunk is chunks[current], its
// words span [chunkBase, limit) and `top` is its first free word (all three null before the first
// push); Chunk::top records the first free word of each chunk below the current one.
struct DataStack {
    struct Chunk {
        std::vector<Object*> words;
        std::size_t top = 0;
    };
    std::vector<Chunk> chunks;
    std::size_t current = 0;
    Object** chunkBase = nullptr;
    Object** top = nullptr;
    Object** limit = nullptr;
    // Raw storage for `words` Object* slots (uninitialised), or nullptr when the host is out of memory.
    // The common case (room left in the current chunk) is inline; pushSlow starts a chunk.
    Object** push(std::size_t words) {
        if (static_cast<std::size_t>(limit - top) >= words) {
            Object** p = top;
            top += words;
            return p;
        }
        return pushSlow(words);
    }
    Object** pushSlow(std::size_t words);
    // Pops the block that starts at `base` (the most recently pushed one).
    void pop(Object** base) {
        if (base == chunkBase && current > 0) {
            popChunk();
            return;
        }
        top = base;
    }
    // The current chunk emptied: back to the chunk below, where its recorded top resumes.
    void popChunk();
};

// Run-time limits and the slicing state of the outermost eval loop.
struct VmLimits {
    static constexpr int kDefaultRecursionLimit = 1000;
    // Nested C++ eval loops (Python called back from C++: __repr__, key functions, generators...):
    // each costs host stack; past this depth a RecursionError is raised instead.
    static constexpr int kMaxEvalNesting = 1200;
};

struct VmState {
    explicit VmState(Interpreter& interp) : interp(interp) {}
    VmState(const VmState&) = delete;
    VmState& operator=(const VmState&) = delete;

    Interpreter& interp;
    VmTypes types;
    ExceptionTypes exc;
    VmNames names;

    // --- modules (all strong references) ---
    Object* modules = nullptr;        // sys.modules (dict)
    Object* builtinsModule = nullptr;
    Object* builtinsDict = nullptr;
    Object* sysModule = nullptr;
    Object* sysDict = nullptr;
    // The standard streams (create_stdio's), owned. stdin (always at end of file) and stdout (the
    // transcript stream) only until sys holds them (initModules), then null; stderr (sys.__stderr__,
    // host stderr) for good: the reference the runner's threading._MainThread keeps.
    Object* stdinObject = nullptr;
    Object* stdoutObject = nullptr;
    Object* stderrObject = nullptr;
    std::vector<Object*> memErrorFreelist; // 3.11's 16 preallocated MemoryError objects (retained)
    // _abc's abc_invalidation_counter: incremented by every ABC register() (modules/abc_data.cpp).
    std::int64_t abcInvalidationCounter = 0;
    Object* importFunc = nullptr;     // builtins.__import__ (static; IMPORT_NAME's fast path)
    // interp->callable_cache (pycore_init_builtins; borrowed): the callables PRECALL specialises
    // by identity: builtins.len, builtins.isinstance and the list.append descriptor.
    struct {
        Object* len = nullptr;
        Object* isinstance = nullptr;
        Object* listAppend = nullptr;
    } callableCache;
    Object* sliceCache = nullptr;     // 3.11's one-slot slice cache (a retained slice) or null
    // Objects the VM keeps alive on behalf of the host (the cell namespace, ...): counted as roots.
    std::vector<Object*> extraRoots;
    // References CPython's startup image holds to heap objects of the engine's and the engine has
    // no object for (runtime/startup_state.h): (object, count), each counted as that many roots.
    std::vector<std::pair<Object*, std::int64_t>> startupReferences;
    // The reference runner's frames below every frame while its main() runs the cells (cells run
    // by `exec` in main(), called by the tool's module code): their code objects (set by the cell
    // runner, roots; null when no runner runs) and their frame objects, made when first needed
    // (vm/frame.h runnerMainFrameObject).
    Object* runnerModuleCode = nullptr;
    Object* runnerMainCode = nullptr;
    Object* runnerMainFrame = nullptr;
    Object* runnerModuleFrame = nullptr;
    bool runnerMainReturned = false; // at exit: main() has returned, no frame below
    bool runnerInExec = false;       // main() is past compile() at its exec(code, namespace) line
    // atexit's state (Modules/atexitmodule.c atexit_state): one slot per register() since the last
    // run or _clear(); unregister() empties slots in place (func null), so _ncallbacks() counts
    // slots. func, args and kwargs (null without keywords) are strong and also in extraRoots;
    // block is the callback's PyMem_Malloc'd atexit_callback (24 bytes). CPython's array of slot
    // pointers dates from startup and is not simulated.
    struct AtexitCallback {
        Object* func = nullptr;
        Object* args = nullptr;
        Object* kwargs = nullptr;
        Addr block = 0;
    };
    std::vector<AtexitCallback> atexitCallbacks;
    // The kwtuples of the argument parsers used so far, by parser name (runtime/arg_parse.h
    // initArgParser); each is also in extraRoots.
    std::map<std::string, Object*> argParserKwtuples;
    // PyThreadState_GetDict()'s dict (strong, also in extraRoots; created on first use) and its
    // "Py_Repr" list (borrowed: the dict owns it), Py_ReprEnter's record of reprs in progress.
    Object* threadStateDict = nullptr;
    Object* reprList = nullptr;

    // --- thread state ---
    DataStack stack;
    Frame* currentFrame = nullptr;   // innermost executing frame (thread-owned chain via previous)
    ExcStackItem excBase;            // tstate->exc_state
    ExcStackItem* excInfo = &excBase; // tstate->exc_info
    int recursionDepth = 0;          // Python frames + C calls currently entered
    int recursionLimit = VmLimits::kDefaultRecursionLimit;
    // sys.setswitchinterval in microseconds (_PyEval_SetSwitchInterval; 5000 = 0.005 s). The one
    // thread never switches, so only sys.getswitchinterval reads it.
    std::uint64_t switchIntervalMicros = 5000;
    bool recursionHeadroom = false;
    int evalNesting = 0;             // C++ eval loops active
    // Instructions executed so far (the simulated clock and the budget count these) are
    // tickLimit - ticksLeft: an instruction starts only while ticksLeft > 0 and takes one from it (a
    // single decrement per instruction). The outermost loop suspends when ticks() reaches
    // tickLimit (nested loops run with tickLimit = INT64_MAX). Change the limit only through
    // setTickLimit, which keeps ticks() unchanged.
    std::int64_t tickLimit = INT64_MAX;
    std::int64_t ticksLeft = INT64_MAX;
    std::int64_t ticks() const { return tickLimit - ticksLeft; }
    void setTickLimit(std::int64_t limit) {
        const std::int64_t t = ticks();
        tickLimit = limit;
        ticksLeft = limit - t;
    }
    bool stopRequested = false;      // raise KeyboardInterrupt in nested loops, end the outer one
    Object* suspendedKwnames = nullptr;
    // The top-level code started by startCode (eval_calls.cpp): pushed-not-started frame, entry
    // frame, and PyEval_EvalCode's function object (strong, also in extraRoots).
    Frame* topPending = nullptr;
    Frame* topEntry = nullptr;
    Object* topFunc = nullptr; // KW_NAMES of a call the budget interrupted (borrowed const)

    // --- output ---
    std::string transcript;          // everything written to the transcript stream
    std::function<void(std::string_view)> outputCallback;
    std::string hostStderr;          // what went to sys.__stderr__ and the C-level stderr (not the transcript)
    std::function<void(std::string_view)> hostStderrCallback;

    // --- simulated clock (time module): nanoseconds, advanced per instruction ---
    std::int64_t clockBaseNs = 1700000000LL * 1000000000LL;
    std::int64_t clockSleptNs = 0;   // time.sleep() advances the clock by this much
    // --- host entropy (set by the Session from the host clock): only unseeded random draws on it ---
    std::uint64_t hostEntropy = 0;
    std::uint64_t entropyDraws = 0;  // unseeded seedings so far (each gets a different key)

    // --- registry of built-in modules: name -> creator (new reference or nullptr + error) ---
    std::vector<std::pair<std::string, Object* (*)(Interpreter&)>> moduleRegistry;

    // --- per-module state of built-in modules that need host-side tables ---
    std::shared_ptr<CtypesTypes> ctypes; // objects/ctypes_object.h (created on first import)
};

// The VM of `interp` (initVm must have run).
inline VmState& vmOf(Interpreter& interp) { return *interp.vm; }
inline VmState& vmOf(const Object* o) { return *o->type->interp->vm; }

// Creates the VM state: VM types, exception types, identifiers, builtins and sys modules. Idempotent.
void initVm(Interpreter& interp);

// Registers a built-in module creator so `import name` finds it (modules/module_registry.cpp calls
// this for builtins' own modules; other rooms may add theirs).
void registerBuiltinModule(Interpreter& interp, const std::string& name, Object* (*create)(Interpreter&));

// Writes text to the transcript (what sys.stdout.write does for the built-in stream).
void writeTranscript(Interpreter& interp, std::string_view text);
// Writes text to the host's stderr (sys.__stderr__, C-level fprintf(stderr)): never the transcript.
void writeHostStderr(Interpreter& interp, std::string_view text);

} // namespace hs
