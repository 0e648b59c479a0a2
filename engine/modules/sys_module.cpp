// The sys module (Python/sysmodule.c): getrefcount, getsizeof, intern, the recursion limit,
// version/version_info and the int/float/hash info struct sequences (the reference python3.11's
// values), displayhook, excepthook, exc_info, _getframe, stdout/stderr; the module is assembled in
// _PySys_Create's order with sys_config.cpp's configuration attributes around the dict's m_copy.
#include "modules/module_registry.h"

#include "modules/sys_internal.h"

#include "gc/collector.h"

#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/structseq_object.h"
#include "objects/traceback_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/traceback_print.h"
#include "runtime/unraisable.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/vm_state.h"

#include <iterator>
#include <limits>

namespace hs {

bool isFloatLike(Object* o) { return o->type == o->type->interp->types.float_; }

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }
Object* retNone(Interpreter& interp) {
    incref(interp.none);
    return interp.none;
}

// The reference interpreter of this machine (python3.11 -c "import sys; print(repr(sys.version))").
constexpr const char* kVersion = "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]";

#define SYSFN(name) Object* name(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames)
#define INTERP Interpreter& interp = interpOf(self); (void)interp; (void)args; (void)nargs; (void)kwnames

SYSFN(sGetRefCount) {
    INTERP;
    return newInt(interp, interp.visibleRefcnt(args[0])).release();
}

// The simulated pymalloc's allocated blocks (the Python-level count before the call's own result).
SYSFN(sGetAllocatedBlocks) {
    INTERP;
    return newInt(interp, interp.memory().allocatedBlocks()).release();
}

SYSFN(sGetSizeOf) {
    INTERP;
    static const char* const kNames[] = {"object", "default"};
    ArgSpec spec{"getsizeof", kNames, 2, 0, 1, 2};
    Object* a[2];
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    Object* o = a[0];
    VmState& vm = vmOf(interp);
    // _PySys_GetSizeOf: __sizeof__ through _PyObject_LookupSpecial (a bound method holding o for
    // the call, object.__sizeof__'s too), its result read with PyLong_AsSsize_t (an int or
    // subclass only, no __index__); a TypeError returns the default when one was given.
    std::int64_t size = 0;
    Ref r;
    if (Ref meth = lookupSpecial(o, vm.names.__sizeof__)) r = callNoArgs(meth.get());
    else if (!errOccurred(interp)) typeError(interp, "Type " + o->type->name + " doesn't define __sizeof__");
    if (r && !isInt(r.get())) {
        typeError(interp, "an integer is required");
        r = Ref();
    } else if (r && !intAsInt64(r.get(), size)) {
        raiseError(interp, vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
        r = Ref();
    }
    if (!r) {
        if (a[1] && errMatches(interp, vm.exc.TypeError)) {
            clearError(interp);
            return Ref::borrowed(a[1]).release();
        }
        return nullptr;
    }
    r = Ref();
    if (size < 0) {
        raiseError(interp, vm.exc.ValueError, "__sizeof__() should return >= 0");
        return nullptr;
    }
    return newInt(interp, size + o->type->preHeaderSize()).release();
}

SYSFN(sIntern) {
    INTERP;
    Object* s = args[0];
    if (!isStr(s)) {
        typeError(interp, "intern() argument must be str, not " + s->type->name);
        return nullptr;
    }
    if (!isExactStr(s)) {
        typeError(interp, "can't intern " + s->type->name);
        return nullptr;
    }
    Ref r = Ref::borrowed(s);
    internInPlace(interp, r);
    return r.release();
}

SYSFN(sGetRecursionLimit) {
    INTERP;
    return newInt(interp, vmOf(interp).recursionLimit).release();
}

SYSFN(sSetRecursionLimit) {
    INTERP;
    VmState& vm = vmOf(interp);
    if (isFloatLike(args[0])) {
        typeError(interp, "'float' object cannot be interpreted as an integer");
        return nullptr;
    }
    std::int64_t n = 0;
    if (!hasIndex(args[0])) {
        typeError(interp, "'" + args[0]->type->name + "' object cannot be interpreted as an integer");
        return nullptr;
    }
    if (!indexAsInt64(args[0], n, vm.exc.OverflowError)) return nullptr;
    if (n > INT32_MAX || n < INT32_MIN) { // the "i" converter (_PyLong_AsInt)
        raiseError(interp, vm.exc.OverflowError, "Python int too large to convert to C int");
        return nullptr;
    }
    if (n < 1) {
        raiseError(interp, vm.exc.ValueError, "recursion limit must be greater or equal than 1");
        return nullptr;
    }
    if (vm.recursionDepth >= n) {
        raiseError(interp, vm.exc.RecursionError,
                   formatString("cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                                static_cast<long long>(n), vm.recursionDepth));
        return nullptr;
    }
    vm.recursionLimit = static_cast<int>(n);
    return retNone(interp);
}

SYSFN(sDisplayHook) {
    INTERP;
    VmState& vm = vmOf(interp);
    Object* o = args[0];
    if (o == interp.none) return retNone(interp);
    // builtins._ = None first, then print repr(o) + "\n", then builtins._ = o.
    if (setAttr(vm.builtinsModule, vm.names._, interp.none) < 0) return nullptr;
    Object* out = dictGetItem(vm.sysDict, vm.names.stdout_);
    if (!out || out == interp.none) {
        raiseError(interp, vm.exc.RuntimeError, "lost sys.stdout");
        return nullptr;
    }
    Ref outRef = Ref::borrowed(out);
    if (fileWriteObject(out, o, false) < 0) return nullptr;
    Ref nl = newStrFromAscii(interp, "\n");
    if (fileWriteObject(out, nl.get(), true) < 0) return nullptr;
    if (setAttr(vm.builtinsModule, vm.names._, o) < 0) return nullptr;
    return retNone(interp);
}

SYSFN(sExceptHook) {
    INTERP;
    if (!checkPositional(interp, "excepthook", nargs, 3, 3)) return nullptr;
    VmState& vm = vmOf(interp);
    Object* err = dictGetItem(vm.sysDict, vm.names.stderr_);
    std::string text = formatException(interp, args[1]);
    if (err && err != interp.none) {
        Ref s = newStrFromUtf8(interp, text);
        Object* sp = s.get();
        if (!callMethod(err, vm.names.write, &sp, 1)) return nullptr;
    } else {
        writeHostStderr(interp, text);
    }
    return retNone(interp);
}

// unraisablehook(unraisable, /): the default report of an UnraisableHookArgs.
SYSFN(sUnraisableHook) {
    INTERP;
    return unraisableDefaultHook(interp, args[0]);
}

SYSFN(sExcInfo) {
    INTERP;
    Object* exc = handledException(interp);
    if (!exc) return tuplePack(interp, {interp.none, interp.none, interp.none}).release();
    Object* tb = exceptionTraceback(exc);
    return tuplePack(interp, {exc->type, exc, tb ? tb : interp.none}).release();
}

SYSFN(sException) {
    INTERP;
    Object* exc = handledException(interp);
    return Ref::borrowed(exc ? exc : interp.none).release();
}

SYSFN(sGetFrame) {
    INTERP;
    if (!checkPositional(interp, "_getframe", nargs, 0, 1)) return nullptr;
    std::int64_t depth = 0;
    if (nargs && !indexAsInt64(args[0], depth, vmOf(interp).exc.OverflowError)) return nullptr;
    VmState& vm = vmOf(interp);
    Frame* f = vm.currentFrame;
    while (f && f->isIncomplete()) f = f->previous;
    while (depth > 0 && f) {
        f = f->previous;
        while (f && f->isIncomplete()) f = f->previous;
        --depth;
    }
    if (!f && vm.currentFrame) {
        // Below the cells: the reference runner's main() (one step past the last frame), then its
        // module code (two steps), as f_back reaches them.
        Object* runner = vm.runnerMainReturned ? nullptr : runnerMainFrameObject(vm);
        Ref below = runner && depth == 1 ? frameBack(vm, static_cast<FrameObject*>(runner)) : Ref();
        Object* found = depth == 0 ? runner : below.get();
        if (found) {
            incref(found);
            return found;
        }
    }
    if (!f) {
        raiseError(interp, vm.exc.ValueError, "call stack is not deep enough");
        return nullptr;
    }
    Object* fo = frameObjectOf(vm, f);
    if (!fo) return nullptr;
    incref(fo);
    return fo;
}

SYSFN(sGetDefaultEncoding) {
    INTERP;
    return newStrFromAscii(interp, "utf-8").release();
}

SYSFN(sGetIntMaxStrDigits) {
    INTERP;
    return newInt(interp, intMaxStrDigits(interp)).release();
}

SYSFN(sSetIntMaxStrDigits) {
    INTERP;
    static const char* const kNames[] = {"maxdigits"};
    ArgSpec spec{"set_int_max_str_digits", kNames, 1, 0, 1, 1};
    Object* a[1];
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    std::int64_t n = 0;
    if (!indexAsInt64(a[0], n, vmOf(interp).exc.OverflowError)) return nullptr;
    if (!setIntMaxStrDigits(interp, n)) return nullptr;
    return retNone(interp);
}

SYSFN(sExit) {
    INTERP;
    if (!checkPositional(interp, "exit", nargs, 0, 1)) return nullptr;
    Object* code = nargs ? args[0] : nullptr;
    if (code) {
        Ref exc = newException(interp, vmOf(interp).exc.SystemExit, &code, 1);
        if (exc) raiseObject(interp, exc.get());
    } else {
        raiseType(interp, vmOf(interp).exc.SystemExit);
    }
    return nullptr;
}

SYSFN(sIsFinalizing) {
    INTERP;
    return newBool(interp, false);
}

// sys.audit(event, *args): raises the event to the audit hooks; the simulation installs none.
SYSFN(sAudit) {
    Interpreter& interp = interpOf(self);
    (void)kwnames;
    if (nargs == 0) {
        typeError(interp, "audit() missing 1 required positional argument: 'event'");
        return nullptr;
    }
    if (!isStr(args[0])) {
        typeError(interp, "expected str for argument 'event', not " + args[0]->type->name);
        return nullptr;
    }
    return retNone(interp);
}

#undef SYSFN
#undef INTERP



const MethodDef kSysFunctions[] = {
    {"getrefcount", sGetRefCount, meth::kO},
    {"getallocatedblocks", sGetAllocatedBlocks, meth::kNoArgs},
    {"getsizeof", sGetSizeOf, meth::kFastcall | meth::kKeywords | meth::kVarargs},
    {"intern", sIntern, meth::kO},
    {"getrecursionlimit", sGetRecursionLimit, meth::kNoArgs},
    {"setrecursionlimit", sSetRecursionLimit, meth::kO},
    {"displayhook", sDisplayHook, meth::kO},
    {"excepthook", sExceptHook, meth::kFastcall},
    {"unraisablehook", sUnraisableHook, meth::kO},
    {"exc_info", sExcInfo, meth::kNoArgs},
    {"exception", sException, meth::kNoArgs},
    {"_getframe", sGetFrame, meth::kFastcall},
    {"_debugmallocstats", sys_detail::debugMallocStats, meth::kNoArgs,
     "_debugmallocstats($module, /)\n--\n\nPrint summary info to stderr about the state of pymalloc's structures.\n\n"
     "In Py_DEBUG mode, also perform some expensive internal consistency\nchecks."},
    {"getdefaultencoding", sGetDefaultEncoding, meth::kNoArgs},
    {"get_int_max_str_digits", sGetIntMaxStrDigits, meth::kNoArgs},
    {"set_int_max_str_digits", sSetIntMaxStrDigits, meth::kFastcall | meth::kKeywords},
    {"exit", sExit, meth::kFastcall},
    {"is_finalizing", sIsFinalizing, meth::kNoArgs},
    {"audit", sAudit, meth::kFastcall},
    {nullptr, nullptr, 0},
};
// __displayhook__ / __excepthook__ are the same functions under another name.
const MethodDef kSysOriginals[] = {
    {"displayhook", sDisplayHook, meth::kO},
    {"excepthook", sExceptHook, meth::kFastcall},
    {"unraisablehook", sUnraisableHook, meth::kO},
    {nullptr, nullptr, 0},
};

// The fields of sys's struct sequences (objects/structseq_object.h).
#define HS_F(i, name) {name, structSeqField<i>}
const GetSetDef kVersionGetSets[] = {HS_F(0, "major"), HS_F(1, "minor"), HS_F(2, "micro"), HS_F(3, "releaselevel"),
                                     HS_F(4, "serial"), {nullptr, nullptr}};
const GetSetDef kIntInfoGetSets[] = {HS_F(0, "bits_per_digit"), HS_F(1, "sizeof_digit"), HS_F(2, "default_max_str_digits"),
                                     HS_F(3, "str_digits_check_threshold"), {nullptr, nullptr}};
const GetSetDef kFloatInfoGetSets[] = {HS_F(0, "max"), HS_F(1, "max_exp"), HS_F(2, "max_10_exp"), HS_F(3, "min"),
                                       HS_F(4, "min_exp"), HS_F(5, "min_10_exp"), HS_F(6, "dig"), HS_F(7, "mant_dig"),
                                       HS_F(8, "epsilon"), HS_F(9, "radix"), HS_F(10, "rounds"), {nullptr, nullptr}};
const GetSetDef kUnraisableHookArgsGetSets[] = {HS_F(0, "exc_type"), HS_F(1, "exc_value"), HS_F(2, "exc_traceback"),
                                                HS_F(3, "err_msg"), HS_F(4, "object"), {nullptr, nullptr}};
const GetSetDef kHashInfoGetSets[] = {HS_F(0, "width"), HS_F(1, "modulus"), HS_F(2, "inf"), HS_F(3, "nan"), HS_F(4, "imag"),
                                      HS_F(5, "algorithm"), HS_F(6, "hash_bits"), HS_F(7, "seed_bits"), HS_F(8, "cutoff"),
                                      {nullptr, nullptr}};
#undef HS_F

Ref makeVersionInfo(Interpreter& interp) {
    TypeObject* t = vmOf(interp).types.structSeq;
    initStructSeqType(interp, t, kVersionGetSets, false); // version_info_init_type clears tp_new
    return makeStructSeq(interp, t, {newInt(interp, 3), newInt(interp, 11), newInt(interp, 7), newStr(interp, "final"), newInt(interp, 0)});
}

Ref newFloatValue(Interpreter& interp, double d) { return newFloat(interp, d); }

// sys.int_info / sys.float_info / sys.hash_info: the reference interpreter's values (64-bit Linux).
void addInfoStructSeqs(Interpreter& interp, Object* m) {
    TypeObject* intInfo = newStructSeqType(interp, "sys.int_info", kIntInfoGetSets, true);
    Ref ii = makeStructSeq(interp, intInfo, {newInt(interp, 30), newInt(interp, 4), newInt(interp, 4300), newInt(interp, 640)});
    if (ii) moduleAddObject(m, "int_info", ii.get());
    TypeObject* floatInfo = newStructSeqType(interp, "sys.float_info", kFloatInfoGetSets, true);
    Ref fi = makeStructSeq(interp, floatInfo,
                           {newFloatValue(interp, std::numeric_limits<double>::max()), newInt(interp, 1024), newInt(interp, 308),
                            newFloatValue(interp, std::numeric_limits<double>::min()), newInt(interp, -1021), newInt(interp, -307),
                            newInt(interp, 15), newInt(interp, 53), newFloatValue(interp, std::numeric_limits<double>::epsilon()),
                            newInt(interp, 2), newInt(interp, 1)});
    if (fi) moduleAddObject(m, "float_info", fi.get());
    TypeObject* hashInfo = newStructSeqType(interp, "sys.hash_info", kHashInfoGetSets, true);
    Ref hi = makeStructSeq(interp, hashInfo,
                           {newInt(interp, 64), newInt(interp, kHashModulus), newInt(interp, kHashInf), newInt(interp, 0),
                            newInt(interp, kHashImag), newStr(interp, "siphash13"), newInt(interp, 64), newInt(interp, 128),
                            newInt(interp, 0)});
    if (hi) moduleAddObject(m, "hash_info", hi.get());
}

} // namespace

// _PySys_Create's order: the functions and _PySys_InitCore's attributes, the m_copy of the dict
// (_PyImport_FixupBuiltin), then _PySys_UpdateConfig's attributes and init_sys_streams' stdin and
// stdout, which that copy does not hold.
Object* createSysModule(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    Ref module = newModule(interp, "sys");
    if (!module) return nullptr;
    // _PyErr_InitTypes: sys.unraisablehook's argument type (not reachable by name).
    vm.types.unraisableHookArgs = newStructSeqType(interp, "UnraisableHookArgs", kUnraisableHookArgsGetSets, true);
    Object* m = module.get();
    for (const MethodDef* table : {kSysFunctions, sys_detail::kConfigFunctions})
        for (const MethodDef* def = table; def->name; ++def) {
            Ref fn = newBuiltinFunction(interp, def, m, vm.names.sys);
            moduleAddObject(m, def->name, fn.get());
        }
    for (const MethodDef* def = kSysOriginals; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, m, vm.names.sys);
        moduleAddObject(m, std::string("__") + def->name + "__", fn.get());
    }
    moduleAddObject(m, "modules", vm.modules);
    // The reference runner sets sys.stderr = sys.stdout: tracebacks are part of the transcript.
    moduleAddObject(m, "stderr", vm.stdoutObject);
    moduleAddObject(m, "__stderr__", vm.stderrObject);
    Ref version = newStrFromAscii(interp, kVersion);
    moduleAddObject(m, "version", version.get());
    Ref hexversion = newInt(interp, 0x030B07F0);
    moduleAddObject(m, "hexversion", hexversion.get());
    Ref apiVersion = newInt(interp, 1013);
    moduleAddObject(m, "api_version", apiVersion.get());
    // PyUnicode_FromString, as every configuration string sys holds: not interned, so not the
    // object a literal "linux" in a program is.
    Ref platform = newStr(interp, "linux");
    moduleAddObject(m, "platform", platform.get());
    Ref maxsize = newInt(interp, INT64_MAX);
    moduleAddObject(m, "maxsize", maxsize.get());
    addInfoStructSeqs(interp, m);
    Ref maxunicode = newInt(interp, 0x10FFFF);
    moduleAddObject(m, "maxunicode", maxunicode.get());
    // list_builtin_module_names: the sorted names of PyImport_Inittab, CPython 3.11's Linux build's
    // (what the reference runner prints), each PyUnicode_FromString (not interned). A fact about
    // that build, not about the engine: importing a name the engine lacks (_sre, posix, ...) still
    // raises ModuleNotFoundError.
    static const char* const kBuiltinModuleNames[] = {
        "_abc",    "_ast",      "_codecs", "_collections", "_functools",   "_imp",    "_io",    "_locale",
        "_operator", "_signal", "_sre",    "_stat",        "_string",      "_symtable", "_thread", "_tokenize",
        "_tracemalloc", "_warnings", "_weakref", "atexit", "builtins",     "errno",   "faulthandler", "gc",
        "itertools", "marshal", "posix",   "pwd",          "sys",          "time",    "xxsubtype"};
    const auto nnames = static_cast<std::int64_t>(std::size(kBuiltinModuleNames));
    Ref names = newTuple(interp, nnames);
    for (std::int64_t i = 0; i < nnames; ++i) tupleSetItemSteal(names.get(), i, newStr(interp, kBuiltinModuleNames[i]).release());
    moduleAddObject(m, "builtin_module_names", names.get());
    Ref byteorder = newStr(interp, "little");
    moduleAddObject(m, "byteorder", byteorder.get());
    Ref versionInfo = makeVersionInfo(interp);
    moduleAddObject(m, "version_info", versionInfo.get());
    if (sys_detail::addCoreConfigAttributes(interp, m, versionInfo.get()) < 0) return nullptr;
    // The copy's stderr entries are the early stderr printer, which the engine does not model.
    sys_detail::holdDictCopy(interp, m, {"stderr", "__stderr__"});
    Ref path = newList(interp, 0);
    moduleAddObject(m, "path", path.get());
    Ref executable = newStrFromAscii(interp, "");
    moduleAddObject(m, "executable", executable.get());
    Ref argv = newList(interp, 0);
    moduleAddObject(m, "argv", argv.get());
    Ref warnoptions = newList(interp, 0); // no -W options (warnings.py reads it at import)
    moduleAddObject(m, "warnoptions", warnoptions.get());
    if (sys_detail::addUpdatedConfigAttributes(interp, m) < 0) return nullptr;
    moduleAddObject(m, "__stdin__", vm.stdinObject);
    moduleAddObject(m, "stdin", vm.stdinObject);
    moduleAddObject(m, "__stdout__", vm.stdoutObject);
    moduleAddObject(m, "stdout", vm.stdoutObject);
    return module.release();
}

void finalizeModules(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    // finalize_modules_delete_special: PyDict_SetItemString(builtins, "_", Py_None).
    if (dictSetItem(vm.builtinsDict, vm.names._, interp.none) < 0) clearError(interp);
    GcState& gc = interp.gc();
    if (gc.collecting) return;
    gc.collecting = true;
    Collector(interp).collect(GcState::kGenerations - 1);
    gc.collecting = false;
    clearError(interp);
}

} // namespace hs
