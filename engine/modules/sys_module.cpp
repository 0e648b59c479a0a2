// The sys module (Python/sysmodule.c): getrefcount, getsizeof, intern, the recursion limit,
// version/version_info (the reference python3.11's values), displayhook, excepthook, exc_info,
// _getframe, stdout/stderr and the constants the corpus reads.
#include "modules/module_registry.h"

#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/traceback_object.h"
#include "objects/tuple_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/traceback_print.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/vm_state.h"

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

SYSFN(sGetSizeOf) {
    INTERP;
    static const char* const kNames[] = {"object", "default"};
    ArgSpec spec{"getsizeof", kNames, 2, 0, 1, 2};
    Object* a[2];
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    Object* o = a[0];
    VmState& vm = vmOf(interp);
    Object* meth = typeLookup(o->type, vm.names.__sizeof__);
    std::int64_t size = 0;
    if (!meth) {
        if (a[1]) return Ref::borrowed(a[1]).release();
        typeError(interp, "Type " + o->type->name + " doesn't define __sizeof__");
        return nullptr;
    }
    if (meth->type == vm.types.methodDescriptor && static_cast<DescrObject*>(meth)->cls == interp.types.object) {
        size = o->type->sizeOf ? o->type->sizeOf(o) : o->type->basicsize;
    } else {
        Ref r;
        if (meth->type == vm.types.function || meth->type == vm.types.methodDescriptor) r = call(meth, &o, 1);
        else if (meth->type->slots.descrGet) {
            Ref bound(meth->type->slots.descrGet(meth, o, o->type));
            if (bound) r = callNoArgs(bound.get());
        }
        // PyLong_AsSsize_t: an int (or subclass) only, no __index__; a TypeError from the call or
        // from here returns the default when one was given.
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
        if (size < 0) {
            raiseError(interp, vm.exc.ValueError, "__sizeof__() should return >= 0");
            return nullptr;
        }
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
    Ref repr = objectRepr(o);
    if (!repr) return nullptr;
    Object* r = repr.get();
    if (!callMethod(out, vm.names.write, &r, 1)) return nullptr;
    Ref nl = newStrFromAscii(interp, "\n");
    Object* nlp = nl.get();
    if (!callMethod(out, vm.names.write, &nlp, 1)) return nullptr;
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
        vm.hostStderr += text;
    }
    return retNone(interp);
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

#undef SYSFN
#undef INTERP

const MethodDef kSysFunctions[] = {
    {"getrefcount", sGetRefCount, meth::kO},
    {"getsizeof", sGetSizeOf, meth::kFastcall | meth::kKeywords | meth::kVarargs},
    {"intern", sIntern, meth::kO},
    {"getrecursionlimit", sGetRecursionLimit, meth::kNoArgs},
    {"setrecursionlimit", sSetRecursionLimit, meth::kO},
    {"displayhook", sDisplayHook, meth::kO},
    {"excepthook", sExceptHook, meth::kFastcall},
    {"exc_info", sExcInfo, meth::kNoArgs},
    {"exception", sException, meth::kNoArgs},
    {"_getframe", sGetFrame, meth::kFastcall},
    {"getdefaultencoding", sGetDefaultEncoding, meth::kNoArgs},
    {"get_int_max_str_digits", sGetIntMaxStrDigits, meth::kNoArgs},
    {"set_int_max_str_digits", sSetIntMaxStrDigits, meth::kFastcall | meth::kKeywords},
    {"exit", sExit, meth::kFastcall},
    {"is_finalizing", sIsFinalizing, meth::kNoArgs},
    {nullptr, nullptr, 0},
};
// __displayhook__ / __excepthook__ are the same functions under another name.
const MethodDef kSysOriginals[] = {
    {"displayhook", sDisplayHook, meth::kO},
    {"excepthook", sExceptHook, meth::kFastcall},
    {nullptr, nullptr, 0},
};

// sys.version_info: a tuple of the structseq type with named fields.
const char* const kVersionFields[] = {"major", "minor", "micro", "releaselevel", "serial"};

Object* structSeqGetField(Object* self, int i) {
    Object* v = tupleItem(self, i);
    incref(v);
    return v;
}
template <int I> Object* versionField(Object* self) { return structSeqGetField(self, I); }
const GetSetDef kVersionGetSets[] = {
    {"major", versionField<0>}, {"minor", versionField<1>}, {"micro", versionField<2>},
    {"releaselevel", versionField<3>}, {"serial", versionField<4>}, {nullptr, nullptr}};

Object* structSeqRepr(Object* self) {
    Interpreter& interp = interpOf(self);
    std::string text = "sys.version_info(";
    for (std::int64_t i = 0; i < tupleSize(self); ++i) {
        if (i) text += ", ";
        text += std::string(kVersionFields[i]) + "=" + reprOf(tupleItem(self, i));
    }
    return newStrFromUtf8(interp, text + ")").release();
}

Ref makeVersionInfo(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    TypeObject* t = vm.types.structSeq;
    TypeObject* tuple = interp.types.tuple;
    t->repr = structSeqRepr;
    t->hash = tuple->hash;
    t->richcompare = tuple->richcompare;
    t->isTrue = tuple->isTrue;
    t->sizeOf = tuple->sizeOf;
    t->traverse = tuple->traverse;
    t->references = tuple->references;
    t->readField = tuple->readField;
    t->destroyHost = tuple->destroyHost;
    t->label = tuple->label;
    t->slots.length = tuple->slots.length;
    t->slots.subscript = tuple->slots.subscript;
    t->slots.contains = tuple->slots.contains;
    t->slots.iter = tuple->slots.iter;
    t->slots.sequence = tuple->slots.sequence;
    // Dealloc as a plain tuple (the object was built by the tuple allocator).
    t->dealloc = [](Object* o) {
        o->type = o->type->base;
        o->type->dealloc(o);
    };
    addGetSets(interp, t, kVersionGetSets);
    Ref major = newInt(interp, 3), minor = newInt(interp, 11), micro = newInt(interp, 7), serial = newInt(interp, 0);
    Ref level = internName(interp, "final");
    Ref v = tuplePack(interp, {major.get(), minor.get(), micro.get(), level.get(), serial.get()});
    if (!v) return Ref();
    v->type = t;
    return v;
}

} // namespace

Object* createSysModule(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    Ref module = newModule(interp, "sys");
    if (!module) return nullptr;
    Object* m = module.get();
    for (const MethodDef* def = kSysFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, m, vm.names.sys);
        moduleAddObject(m, def->name, fn.get());
    }
    for (const MethodDef* def = kSysOriginals; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, m, vm.names.sys);
        moduleAddObject(m, std::string("__") + def->name + "__", fn.get());
    }
    moduleAddObject(m, "stdout", vm.stdoutObject);
    moduleAddObject(m, "__stdout__", vm.stdoutObject);
    // The reference runner sets sys.stderr = sys.stdout: tracebacks are part of the transcript.
    moduleAddObject(m, "stderr", vm.stdoutObject);
    moduleAddObject(m, "__stderr__", vm.stderrObject);
    moduleAddObject(m, "modules", vm.modules);
    Ref version = newStrFromAscii(interp, kVersion);
    moduleAddObject(m, "version", version.get());
    Ref versionInfo = makeVersionInfo(interp);
    moduleAddObject(m, "version_info", versionInfo.get());
    Ref hexversion = newInt(interp, 0x030B07F0);
    moduleAddObject(m, "hexversion", hexversion.get());
    Ref apiVersion = newInt(interp, 1013);
    moduleAddObject(m, "api_version", apiVersion.get());
    Ref maxsize = newInt(interp, INT64_MAX);
    moduleAddObject(m, "maxsize", maxsize.get());
    Ref maxunicode = newInt(interp, 0x10FFFF);
    moduleAddObject(m, "maxunicode", maxunicode.get());
    Ref byteorder = internName(interp, "little");
    moduleAddObject(m, "byteorder", byteorder.get());
    Ref platform = internName(interp, "linux");
    moduleAddObject(m, "platform", platform.get());
    Ref executable = newStrFromAscii(interp, "");
    moduleAddObject(m, "executable", executable.get());
    Ref path = newList(interp, 0);
    moduleAddObject(m, "path", path.get());
    Ref argv = newList(interp, 0);
    moduleAddObject(m, "argv", argv.get());
    Ref names = newTuple(interp, 3);
    const char* const builtinNames[] = {"builtins", "sys", "time"};
    for (int i = 0; i < 3; ++i) tupleSetItemSteal(names.get(), i, internName(interp, builtinNames[i]).release());
    moduleAddObject(m, "builtin_module_names", names.get());
    return module.release();
}

} // namespace hs
