// Module registry and imports: sys.modules lookup, creation of registered built-in modules on
// first import, dotted names, fromlist, and 3.11's ModuleNotFoundError / ImportError messages.
#include "modules/module_registry.h"

#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <utility>

namespace hs {

namespace {

// Built-in modules importable by name. Other rooms add theirs here (or through
// registerBuiltinModule before the first import).
struct ModuleSpec {
    const char* name;
    Object* (*create)(Interpreter&);
};
const ModuleSpec kModules[] = {
    {"time", createTimeModule},
    {"math", createMathModule},
    {"gc", createGcModule},
    {"atexit", createAtexitModule},
    {"_weakref", createWeakrefBuiltinModule},
    {"_weakrefset", createWeakrefSetModule},
    {"weakref", createWeakrefModule},
    {"contextlib", createContextlibModule},
    {"ctypes", createCtypesModule},
    {"ctypes._endian", createCtypesEndianModule},
    {"_ctypes", createCtypesBuiltinModule},
    {"struct", createStructModule},
    {"_struct", createStructBuiltinModule},
    {"abc", createAbcModule},
    {"_abc", createAbcBuiltinModule},
    {"copy", createCopyModule},
    {"copyreg", createCopyregModule},
    {"types", createTypesModule},
    {"functools", createFunctoolsModule},
    {"_collections", createCollectionsBuiltinModule},
    {"collections", createCollectionsModule},
    {"_collections_abc", createPrivateCollectionsAbcModule},
    {"typing", createTypingModule},
    {"_typing", createTypingBuiltinModule},
    {"keyword", createKeywordModule},
    {"itertools", createItertoolsModule},
    {"heapq", createHeapqModule},
    {"__future__", createFutureModule},
    {"_heapq", createHeapqBuiltinModule},
    {"bisect", createBisectModule},
    {"_bisect", createBisectBuiltinModule},
    {"dataclasses", createDataclassesModule},
    {"enum", createEnumModule},
    {"_random", createRandomBuiltinModule},
    {"random", createRandomModule},
    {"_operator", createOperatorModule},
    {"operator", createOperatorModule},
    {"array", createArrayModule},
    {"dis", createDisModule},
    {"_io", createIoBuiltinModule},
    {"io", createIoModule},
    {"_string", createStringBuiltinModule},
    {"string", createStringModule},
    {"traceback", createTracebackModule},
    {"linecache", createLinecacheModule},
    {"_thread", createThreadModule},
    {"reprlib", createReprlibModule},
    {"_sitebuiltins", createSitebuiltinsModule},
    {"warnings", createWarningsModule},
    {"pprint", createPprintModule},
    {"timeit", createTimeitModule},
    {"numbers", createNumbersModule},
    {"textwrap", createTextwrapModule},
    {"fractions", createFractionsModule},
    {"statistics", createStatisticsModule},
    {"_tracemalloc", createTracemallocBuiltinModule},
    {"tracemalloc", createTracemallocModule},
};

void raiseModuleNotFound(Interpreter& interp, const std::string& full, const std::string& message) {
    VmState& vm = vmOf(interp);
    raiseError(interp, vm.exc.ModuleNotFoundError, message);
    if (Object* e = interp.error().value.get()) {
        Ref n = newStrFromUtf8(interp, full);
        setExceptionField(e, 1, n.release());
    }
}

// Finds or creates the module `name` (no dots handled here). New reference or nullptr.
Ref findOrCreate(Interpreter& interp, const std::string& name) {
    VmState& vm = vmOf(interp);
    Ref key = newStrFromUtf8(interp, name);
    if (Object* m = dictGetItem(vm.modules, key.get())) {
        if (m == interp.none) { // import_get_module's sentinel (importlib _find_and_load)
            raiseModuleNotFound(interp, name, "import of " + name + " halted; None in sys.modules");
            return Ref();
        }
        return Ref::borrowed(m);
    }
    for (const auto& [n, create] : vm.moduleRegistry)
        if (n == name) {
            Ref module(create(interp));
            if (!module) return Ref();
            if (dictSetItem(vm.modules, key.get(), module.get()) < 0) return Ref();
            return module;
        }
    return Ref();
}

// import_ensure_initialized (Python/import.c) for a module already in sys.modules: reads
// __spec__._initializing with PyObject_GetAttr; a spec without the attribute raises a normalized
// AttributeError (exception object + its args 1-tuple) that PyErr_Clear drops at once, so the
// tuple ends in the free list and gen 0's count keeps +1 when that free list was empty.
void ensureInitialized(Interpreter& interp, Object* name) {
    VmState& vm = vmOf(interp);
    Object* m = dictGetItem(vm.modules, name);
    if (!m || !isModule(m) || !static_cast<ModuleObject*>(m)->specLacksInitializing) return;
    raiseError(interp, vm.exc.AttributeError, "'ModuleSpec' object has no attribute '_initializing'");
    clearError(interp);
}

// PyImport_ImportModuleLevelObject with a fromlist: _PyObject_LookupAttr(mod, "__path__") tells a
// package (whose fromlist importlib's _handle_fromlist would load) from a plain module. On a plain
// module, module_getattro first runs PyObject_GenericGetAttr, whose set_attribute_error_context
// normalizes the AttributeError (exception object + its args 1-tuple) before it is cleared: the
// tuple ends in the free list, so gen 0's count keeps +1 when that free list was empty.
void lookupPackagePath(Interpreter& interp, Object* module) {
    if (!isModule(module)) return;
    VmState& vm = vmOf(interp);
    Ref pathName = internName(interp, "__path__");
    if (dictGetItem(moduleDict(module), pathName.get())) return;
    raiseError(interp, vm.exc.AttributeError, "'module' object has no attribute '__path__'");
    clearError(interp);
}

} // namespace

Ref importModuleLevel(Interpreter& interp, Object* name, Object* globals, Object* fromlist, int level) {
    VmState& vm = vmOf(interp);
    (void)globals;
    if (!isStr(name)) {
        raiseError(interp, vm.exc.TypeError, "module name must be str, not " + name->type->name);
        return Ref();
    }
    if (level < 0) {
        raiseError(interp, vm.exc.ValueError, "level must be >= 0");
        return Ref();
    }
    if (level > 0) {
        raiseError(interp, vm.exc.ImportError, "attempted relative import with no known parent package");
        return Ref();
    }
    const std::string full = strToUtf8(name);
    if (full.empty()) {
        raiseError(interp, vm.exc.ValueError, "Empty module name");
        return Ref();
    }
    ensureInitialized(interp, name);
    // Import every prefix: a.b.c imports a, then a.b, then a.b.c.
    Ref top;
    std::size_t pos = 0;
    Ref last;
    while (true) {
        const std::size_t dot = full.find('.', pos);
        const std::string prefix = full.substr(0, dot);
        Ref m = findOrCreate(interp, prefix);
        if (!m) {
            if (errOccurred(interp)) return Ref();
            if (last) raiseModuleNotFound(interp, prefix, "No module named '" + prefix + "'; '" + full.substr(0, pos - 1) + "' is not a package");
            else raiseModuleNotFound(interp, prefix, "No module named '" + prefix + "'");
            return Ref();
        }
        if (!top) top = m;
        last = m;
        if (dot == std::string::npos) break;
        pos = dot + 1;
    }
    const bool hasFromlist = fromlist && fromlist != interp.none && objectIsTrue(fromlist) > 0;
    if (hasFromlist) lookupPackagePath(interp, last.get());
    return hasFromlist ? last : top;
}

Ref importModule(Interpreter& interp, const std::string& name) {
    Ref n = newStrFromUtf8(interp, name);
    return importModuleLevel(interp, n.get(), nullptr, nullptr, 0);
}

std::vector<std::string> registeredModuleNames() {
    std::vector<std::string> names;
    for (const ModuleSpec& spec : kModules) names.emplace_back(spec.name);
    return names;
}

void initModules(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    installGcHooks(interp);
    initTextStreamType(interp);
    vm.modules = newDict(interp).release();
    for (const ModuleSpec& spec : kModules) registerBuiltinModule(interp, spec.name, spec.create);
    // create_stdio's order: stdin, stdout, stderr.
    vm.stdinObject = createTextStream(interp, false, "<stdin>", true);
    vm.stdoutObject = createTextStream(interp, true, "<stdout>");
    vm.stderrObject = createTextStream(interp, false, "<stderr>");
    Object* builtins = createBuiltinsModule(interp);
    vm.builtinsModule = builtins;
    vm.builtinsDict = moduleDict(builtins);
    incref(vm.builtinsDict);
    // pycore_init_builtins' callable_cache.list_append (len and isinstance: createBuiltinsModule).
    vm.callableCache.listAppend = typeLookup(interp.types.list, findInterned(interp, "append"));
    Object* sys = createSysModule(interp);
    vm.sysModule = sys;
    vm.sysDict = moduleDict(sys);
    incref(vm.sysDict);
    // init_sys_streams drops its references once sys holds the streams: sys's entries alone keep
    // stdin and stdout. vm.stderrObject's stays: it stands for the reference runner's
    // threading._MainThread._stderr (Thread.__init__ keeps sys.stderr, read before the runner
    // rebinds sys.stderr to stdout), so sys.getrefcount(sys.__stderr__) is CPython's.
    xdecref(std::exchange(vm.stdinObject, nullptr));
    xdecref(std::exchange(vm.stdoutObject, nullptr));
    static_cast<ModuleObject*>(builtins)->specLacksInitializing = true;
    static_cast<ModuleObject*>(sys)->specLacksInitializing = true;
    dictSetItem(vm.modules, vm.names.builtins, builtins);
    dictSetItem(vm.modules, vm.names.sys, sys);
}

} // namespace hs
