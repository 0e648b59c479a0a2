// The builtins module (Python/bltinmodule.c): its functions with 3.11's argument checks and
// messages, the built-in types and exceptions it exposes, and the module's creation.
//
// Sections: output · object inspection · attributes · numbers · iteration · namespaces · code ·
// module table
#include "modules/builtins_functions.h"
#include "modules/module_registry.h"

#include "frontend/compiler.h"
#include "objects/anext_awaitable_object.h"
#include "objects/builtin_function_object.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/cell_object.h"
#include "objects/class_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/float_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/iterator_objects.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/compile_residue.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/vm_state.h"

namespace hs {

namespace builtins_detail {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }
Object* retNone(Interpreter& interp) {
    incref(interp.none);
    return interp.none;
}

} // namespace builtins_detail

using namespace builtins_detail;

namespace {

#define BUILTIN(name) Object* name([[maybe_unused]] Object* self, [[maybe_unused]] Object* const* args, [[maybe_unused]] std::int64_t nargs, [[maybe_unused]] Object* kwnames)
#define INTERP Interpreter& interp = interpOf(self); (void)interp; (void)args; (void)nargs; (void)kwnames

// ---------------------------------------------------------------- output

// PyFile_WriteString: the text as a new str, then PyFile_WriteObject.
int writeString(Interpreter& interp, Object* file, const char* text) {
    Ref s = newStrFromUtf8(interp, text);
    if (!s) return -1;
    return fileWriteObject(file, s.get(), true);
}

BUILTIN(bPrint) {
    INTERP;
    VmState& vm = vmOf(interp);
    // Argument Clinic's _PyArg_UnpackKeywordsWithVararg: the parser's kwtuple on first use, then a
    // new tuple of the positional arguments (*args), released when print returns; both are GC
    // allocations that gc.get_count() sees (the tuple through the tuple free list).
    static const char* const kKeywords[] = {"sep", "end", "file", "flush"};
    if (!initArgParser(interp, "print", kKeywords, 4, 0)) return nullptr;
    Ref varargs = newTuple(interp, nargs);
    if (!varargs) return nullptr;
    for (std::int64_t i = 0; i < nargs; ++i) {
        incref(args[i]);
        tupleSetItemSteal(varargs.get(), i, args[i]);
    }
    Object *sep = nullptr, *end = nullptr, *file = nullptr, *flush = nullptr;
    for (std::int64_t i = 0; i < kwCount(kwnames); ++i) {
        Object* k = tupleItem(kwnames, i);
        Object* v = args[nargs + i];
        if (strEqualsAscii(k, "sep")) sep = v;
        else if (strEqualsAscii(k, "end")) end = v;
        else if (strEqualsAscii(k, "file")) file = v;
        else if (strEqualsAscii(k, "flush")) flush = v;
        else {
            typeError(interp, "'" + strToUtf8(k) + "' is an invalid keyword argument for print()");
            return nullptr;
        }
    }
    if (file == nullptr || file == interp.none) {
        file = dictGetItem(vm.sysDict, vm.names.stdout_);
        if (!file) {
            raiseError(interp, vm.exc.RuntimeError, "lost sys.stdout");
            return nullptr;
        }
        if (file == interp.none) return retNone(interp);
    }
    Ref fileRef = Ref::borrowed(file);
    if (sep == interp.none) sep = nullptr;
    else if (sep && !isStr(sep)) {
        typeError(interp, "sep must be None or a string, not " + sep->type->name);
        return nullptr;
    }
    if (end == interp.none) end = nullptr;
    else if (end && !isStr(end)) {
        typeError(interp, "end must be None or a string, not " + end->type->name);
        return nullptr;
    }
    for (std::int64_t i = 0; i < nargs; ++i) {
        if (i > 0) {
            const int err = sep ? fileWriteObject(file, sep, true) : writeString(interp, file, " ");
            if (err) return nullptr;
        }
        if (fileWriteObject(file, args[i], true)) return nullptr;
    }
    if ((end ? fileWriteObject(file, end, true) : writeString(interp, file, "\n")) != 0) return nullptr;
    if (flush) {
        const int f = objectIsTrue(flush);
        if (f < 0) return nullptr;
        if (f) {
            Ref r = callMethod(file, vm.names.flush, nullptr, 0);
            if (!r) return nullptr;
        }
    }
    return retNone(interp);
}

// builtin_input_impl's path for a stdin that is not a terminal (the playground's never is): stderr
// flushed, the prompt written raw to sys.stdout, which is flushed, then PyFile_GetLine of
// sys.stdin: its readline() without the trailing newline, EOFError at end of file.
BUILTIN(bInput) {
    INTERP;
    VmState& vm = vmOf(interp);
    if (kwCount(kwnames) > 0) {
        typeError(interp, "input() takes no keyword arguments");
        return nullptr;
    }
    if (nargs > 1) {
        typeError(interp, "input expected at most 1 argument, got " + std::to_string(nargs));
        return nullptr;
    }
    Object* streams[3] = {};
    const std::pair<Object*, const char*> lookups[3] = {
        {vm.names.stdin_, "input(): lost sys.stdin"}, {vm.names.stdout_, "input(): lost sys.stdout"}, {vm.names.stderr_, "input(): lost sys.stderr"}};
    for (int i = 0; i < 3; ++i) {
        streams[i] = dictGetItem(vm.sysDict, lookups[i].first);
        if (streams[i] == nullptr || streams[i] == interp.none) {
            raiseError(interp, vm.exc.RuntimeError, lookups[i].second);
            return nullptr;
        }
    }
    Ref fin = Ref::borrowed(streams[0]), fout = Ref::borrowed(streams[1]), ferr = Ref::borrowed(streams[2]);
    if (Ref r = callMethod(ferr.get(), vm.names.flush, nullptr, 0); !r) clearError(interp);
    if (nargs == 1 && fileWriteObject(fout.get(), args[0], true) != 0) return nullptr;
    if (Ref r = callMethod(fout.get(), vm.names.flush, nullptr, 0); !r) clearError(interp);
    Ref line = callMethodStr(fin.get(), "readline", nullptr, 0);
    if (!line) return nullptr;
    if (!isStr(line.get())) {
        typeError(interp, "object.readline() returned non-string");
        return nullptr;
    }
    const std::int64_t n = strLength(line.get());
    if (n == 0) {
        raiseError(interp, vm.exc.EOFError, "EOF when reading a line");
        return nullptr;
    }
    if (strCharAt(line.get(), n - 1) != U'\n') return line.release();
    return strSubstring(interp, line.get(), 0, n - 1).release();
}

// ---------------------------------------------------------------- object inspection

BUILTIN(bLen) {
    INTERP;
    const std::int64_t n = objectLength(args[0]);
    if (n < 0) return nullptr;
    return newInt(interp, n).release();
}
BUILTIN(bId) {
    INTERP;
    return newIntFromBig(interp, BigInt::fromUint64(args[0]->addr)).release();
}
BUILTIN(bRepr) { return objectRepr(args[0]).release(); }
BUILTIN(bAscii) { return objectAscii(args[0]).release(); }
BUILTIN(bCallable) {
    INTERP;
    return newBool(interp, isCallable(args[0]));
}
BUILTIN(bHash) {
    INTERP;
    const std::int64_t h = objectHash(args[0]);
    if (h == -1 && errOccurred(interp)) return nullptr;
    return newInt(interp, h).release();
}
BUILTIN(bIsInstance) {
    INTERP;
    if (!checkPositional(interp, "isinstance", nargs, 2, 2)) return nullptr;
    const int r = isInstance(args[0], args[1]);
    if (r < 0) return nullptr;
    return newBool(interp, r != 0);
}
BUILTIN(bIsSubclass) {
    INTERP;
    if (!checkPositional(interp, "issubclass", nargs, 2, 2)) return nullptr;
    const int r = isSubclass(args[0], args[1]);
    if (r < 0) return nullptr;
    return newBool(interp, r != 0);
}
BUILTIN(bDir) {
    INTERP;
    if (!checkPositional(interp, "dir", nargs, 0, 1)) return nullptr;
    if (nargs == 0) {
        Frame* f = vmOf(interp).currentFrame;
        Ref locals = f ? frameLocalsDict(vmOf(interp), f) : Ref();
        if (!locals) return nullptr;
        Ref keys = dictKeys(locals.get());
        if (!keys || listSort(keys.get()) < 0) return nullptr;
        return keys.release();
    }
    return dirOfObject(args[0]).release();
}
BUILTIN(bFormat) {
    INTERP;
    if (!checkPositional(interp, "format", nargs, 1, 2)) return nullptr;
    Object* spec = nargs > 1 ? args[1] : nullptr;
    if (spec && !isStr(spec)) {
        typeError(interp, "format() argument 2 must be str, not " + spec->type->name);
        return nullptr;
    }
    return objectFormat(args[0], spec).release();
}

// ---------------------------------------------------------------- attributes

// The attribute builtins leave a non-str name to PyObject_GetAttr & co. (protocols_attr.cpp).
BUILTIN(bGetAttr) {
    INTERP;
    if (!checkPositional(interp, "getattr", nargs, 2, 3)) return nullptr;
    if (nargs == 3) {
        Ref r;
        const int found = lookupAttr(args[0], args[1], r);
        if (found < 0) return nullptr;
        if (!found) return Ref::borrowed(args[2]).release();
        return r.release();
    }
    return getAttr(args[0], args[1]).release();
}
BUILTIN(bSetAttr) {
    INTERP;
    if (!checkPositional(interp, "setattr", nargs, 3, 3)) return nullptr;
    if (setAttr(args[0], args[1], args[2]) < 0) return nullptr;
    return retNone(interp);
}
BUILTIN(bHasAttr) {
    INTERP;
    if (!checkPositional(interp, "hasattr", nargs, 2, 2)) return nullptr;
    Ref r;
    const int found = lookupAttr(args[0], args[1], r);
    if (found < 0) return nullptr;
    return newBool(interp, found != 0);
}
BUILTIN(bDelAttr) {
    INTERP;
    if (!checkPositional(interp, "delattr", nargs, 2, 2)) return nullptr;
    if (setAttr(args[0], args[1], nullptr) < 0) return nullptr;
    return retNone(interp);
}

// ---------------------------------------------------------------- numbers

BUILTIN(bAbs) { return numberAbsolute(args[0]).release(); }

Object* toBase(Interpreter& interp, Object* v, int base) {
    Ref i = numberIndex(v);
    if (!i) return nullptr;
    const BigInt& b = intValue(i.get());
    std::string digits = b.abs().toString(base);
    const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    return newStrFromAscii(interp, (b.isNegative() ? "-" : "") + std::string(prefix) + digits).release();
}
BUILTIN(bHex) {
    INTERP;
    return toBase(interp, args[0], 16);
}
BUILTIN(bOct) {
    INTERP;
    return toBase(interp, args[0], 8);
}
BUILTIN(bBin) {
    INTERP;
    return toBase(interp, args[0], 2);
}
BUILTIN(bChr) {
    INTERP;
    if (!hasIndex(args[0])) {
        typeError(interp, "'" + args[0]->type->name + "' object cannot be interpreted as an integer");
        return nullptr;
    }
    std::int64_t v = 0;
    if (!indexAsInt64(args[0], v, vmOf(interp).exc.OverflowError)) return nullptr;
    if (v < INT32_MIN || v > INT32_MAX) {
        raiseError(interp, vmOf(interp).exc.OverflowError, v < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        return nullptr;
    }
    return strFromOrdinal(interp, v).release();
}
BUILTIN(bOrd) {
    INTERP;
    Object* c = args[0];
    if (isStr(c)) {
        if (strLength(c) == 1) return newInt(interp, strCharAt(c, 0)).release();
        typeError(interp, formatString("ord() expected a character, but string of length %lld found", static_cast<long long>(strLength(c))));
        return nullptr;
    }
    if (isBytes(c)) {
        if (bytesSize(c) == 1) return newInt(interp, static_cast<unsigned char>(bytesView(c)[0])).release();
        typeError(interp, formatString("ord() expected a character, but string of length %lld found", static_cast<long long>(bytesSize(c))));
        return nullptr;
    }
    typeError(interp, "ord() expected string of length 1, but " + c->type->name + " found");
    return nullptr;
}
BUILTIN(bDivmod) {
    INTERP;
    if (!checkPositional(interp, "divmod", nargs, 2, 2)) return nullptr;
    return numberDivmod(args[0], args[1]).release();
}
BUILTIN(bPow) {
    INTERP;
    static const char* const kNames[] = {"base", "exp", "mod"};
    ArgSpec spec{"pow", kNames, 3, 0, 2, 3};
    Object* a[3];
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    return numberPower(a[0], a[1], a[2]).release();
}
BUILTIN(bRound) {
    INTERP;
    static const char* const kNames[] = {"number", "ndigits"};
    ArgSpec spec{"round", kNames, 2, 0, 1, 2};
    Object* a[2];
    if (!unpackParserArgs(interp, spec, "round", args, nargs, kwnames, a)) return nullptr;
    // _PyObject_LookupSpecial: __round__ bound to the number (the bound method holds it).
    Ref round = lookupSpecial(a[0], vmOf(interp).names.__round__);
    if (!round) {
        if (!errOccurred(interp))
            typeError(interp, "type " + a[0]->type->name + " doesn't define __round__ method");
        return nullptr;
    }
    if (!a[1] || a[1] == interp.none) return callNoArgs(round.get()).release();
    return callOneArg(round.get(), a[1]).release();
}

// ---------------------------------------------------------------- iteration

BUILTIN(bIter) {
    INTERP;
    if (!checkPositional(interp, "iter", nargs, 1, 2)) return nullptr;
    if (nargs == 1) return getIter(args[0]).release();
    if (!isCallable(args[0])) {
        typeError(interp, "iter(v, w): v must be callable");
        return nullptr;
    }
    return newCallableIterator(interp, args[0], args[1]).release();
}
BUILTIN(bNext) {
    INTERP;
    if (!checkPositional(interp, "next", nargs, 1, 2)) return nullptr;
    Object* it = args[0];
    if (!it->type->slots.iternext) {
        typeError(interp, "'" + it->type->name + "' object is not an iterator");
        return nullptr;
    }
    Object* r = it->type->slots.iternext(it);
    if (r) return r;
    if (errOccurred(interp)) {
        if (nargs < 2 || !errMatches(interp, vmOf(interp).exc.StopIteration)) return nullptr;
        clearError(interp);
    }
    if (nargs > 1) return Ref::borrowed(args[1]).release();
    raiseType(interp, vmOf(interp).exc.StopIteration);
    return nullptr;
}

// aiter (PyObject_GetAIter): am_aiter's result, which must itself have am_anext.
BUILTIN(bAiter) {
    INTERP;
    UnaryFunc f = args[0]->type->slots.aiter;
    if (!f) {
        typeError(interp, "'" + args[0]->type->name + "' object is not an async iterable");
        return nullptr;
    }
    Object* it = f(args[0]);
    if (it && !it->type->slots.anext) {
        typeError(interp, "aiter() returned not an async iterator of type '" + it->type->name + "'");
        decref(it);
        return nullptr;
    }
    return it;
}

// anext(aiterator[, default]): am_anext's awaitable, wrapped in an anext_awaitable with a default.
BUILTIN(bAnext) {
    INTERP;
    if (!checkPositional(interp, "anext", nargs, 1, 2)) return nullptr;
    UnaryFunc f = args[0]->type->slots.anext;
    if (!f) {
        typeError(interp, "'" + args[0]->type->name + "' object is not an async iterator");
        return nullptr;
    }
    Ref awaitable(f(args[0]));
    if (nargs < 2 || !awaitable) return awaitable.release();
    return newAnextAwaitable(interp, awaitable.get(), args[1]).release();
}

// ---------------------------------------------------------------- namespaces

BUILTIN(bGlobals) {
    INTERP;
    Object* g = currentGlobals(interp);
    if (!g) return retNone(interp);
    incref(g);
    return g;
}
BUILTIN(bLocals) {
    INTERP;
    Frame* f = vmOf(interp).currentFrame;
    if (!f) return retNone(interp);
    return frameLocalsDict(vmOf(interp), f).release();
}
BUILTIN(bVars) {
    INTERP;
    if (!checkPositional(interp, "vars", nargs, 0, 1)) return nullptr;
    if (nargs == 0) return bLocals(self, args, 0, nullptr);
    Ref d;
    const int found = lookupAttr(args[0], vmOf(interp).names.__dict__, d);
    if (found < 0) return nullptr;
    if (!found) {
        typeError(interp, "vars() argument must have __dict__ attribute");
        return nullptr;
    }
    return d.release();
}
BUILTIN(bImport) {
    INTERP;
    static const char* const kNames[] = {"name", "globals", "locals", "fromlist", "level"};
    ArgSpec spec{"__import__", kNames, 5, 0, 1, 5};
    Object* a[5];
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    std::int64_t level = 0;
    if (a[4] && !indexAsInt64(a[4], level, vmOf(interp).exc.OverflowError)) return nullptr;
    return importModuleLevel(interp, a[0], a[1], a[3], static_cast<int>(level)).release();
}

// ---------------------------------------------------------------- code

} // namespace

// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)) as compile() raises it
// (IndentationError / TabError by the record's type); a record without a line carries no details.
void raiseSyntaxErrorInfo(Interpreter& interp, const frontend::SyntaxErrorInfo& err, std::string_view filename) {
    VmState& vm = vmOf(interp);
    TypeObject* type = exceptionTypeByName(interp, err.type);
    if (!type) type = vm.exc.SyntaxError;
    if (err.lineno == 0 && !err.located) {
        raiseError(interp, type, err.msg);
        return;
    }
    auto intOrNone = [&](int v, int none) { return v == none ? Ref::borrowed(interp.none) : newInt(interp, v); };
    Ref details = newTuple(interp, 6);
    if (!details) return;
    Ref fields[6] = {newStrFromUtf8(interp, filename), newInt(interp, err.lineno), intOrNone(err.offset, -1),
                     err.has_text ? newStrFromUtf8(interp, err.text) : Ref::borrowed(interp.none),
                     (err.end_lineno || err.located) ? newInt(interp, err.end_lineno) : Ref::borrowed(interp.none),
                     (err.end_lineno || err.located) ? newInt(interp, err.end_offset) : Ref::borrowed(interp.none)};
    for (int i = 0; i < 6; ++i) {
        if (!fields[i]) return;
        tupleSetItemSteal(details.get(), i, fields[i].release());
    }
    Ref msg = newStrFromUtf8(interp, err.msg);
    if (!msg) return;
    Object* args[2] = {msg.get(), details.get()};
    Ref exc = newException(interp, type, args, 2);
    if (exc) raiseObject(interp, exc.get());
}

namespace {

// The text of a source argument (str or bytes); false with CPython's errors pending.
bool sourceText(Interpreter& interp, Object* source, const char* what, std::string& out) {
    VmState& vm = vmOf(interp);
    if (isStr(source)) { // source_as_string: PyUnicode_AsUTF8AndSize (cached on a non-ASCII source)
        if (!strEnsureUtf8(interp, source)) return false;
        out = strToUtf8(source);
    } else if (isBytes(source)) out = std::string(bytesView(source));
    else if (isBytearray(source)) out = std::string(bytearrayView(source));
    else {
        typeError(interp, std::string(what) + " arg 1 must be a string, bytes or " +
                              (std::string(what) == "compile()" ? "AST" : "code") + " object");
        return false;
    }
    if (out.find('\0') != std::string::npos) {
        raiseError(interp, vm.exc.SyntaxError, "source code string cannot contain null bytes");
        return false;
    }
    return true;
}

Ref compileText(Interpreter& interp, const std::string& text, std::string_view filename, frontend::CompileMode mode) {
    frontend::SyntaxErrorInfo err;
    Ref code = frontend::compileSourceMode(interp, text, filename, mode, &err);
    if (!code && !errOccurred(interp)) raiseSyntaxErrorInfo(interp, err, filename);
    return code;
}

// exec()/eval() of a string: compiled as "<string>" in exec / eval mode (eval strips leading
// spaces and tabs first, as builtin_eval_impl does). A code object is used as it is.
Ref compileString(Interpreter& interp, Object* source, bool eval) {
    if (isCode(source)) return Ref::borrowed(source);
    std::string text;
    if (!sourceText(interp, source, eval ? "eval()" : "exec()", text)) return Ref();
    if (eval) text.erase(0, text.find_first_not_of(" \t") == std::string::npos ? text.size() : text.find_first_not_of(" \t"));
    return compileText(interp, text, "<string>", eval ? frontend::CompileMode::Eval : frontend::CompileMode::Exec);
}

// builtin_exec_impl / builtin_eval_impl (3.11): exec(source, globals=None, locals=None, /, *,
// closure=None); eval(source, globals=None, locals=None, /).
Object* execOrEval(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames, bool eval) {
    INTERP;
    VmState& vm = vmOf(interp);
    const char* name = eval ? "eval" : "exec";
    Object* closure = nullptr;
    if (eval) {
        if (!noKeywords(interp, name, kwnames) || !checkPositional(interp, name, nargs, 1, 3)) return nullptr;
    } else {
        static const char* const kNames[] = {"", "", "", "closure"};
        ArgSpec spec{"exec", kNames, 4, 3, 1, 3};
        Object* a[4];
        if (!unpackParserArgs(interp, spec, "exec", args, nargs, kwnames, a)) return nullptr;
        closure = a[3] == interp.none ? nullptr : a[3];
    }
    Object* globals = nargs > 1 && args[1] != interp.none ? args[1] : nullptr;
    Object* locals = nargs > 2 && args[2] != interp.none ? args[2] : nullptr;
    if (globals && !isDict(globals)) {
        typeError(interp, std::string(name) + "() globals must be a dict, not " + globals->type->name);
        return nullptr;
    }
    Ref frameLocals;
    if (!globals) {
        globals = currentGlobals(interp);
        if (!locals && vm.currentFrame) {
            frameLocals = frameLocalsDict(vm, vm.currentFrame);
            locals = frameLocals.get();
        }
    }
    if (!locals) locals = globals;
    if (dictContains(globals, vm.names.__builtins__) == 0) dictSetItem(globals, vm.names.__builtins__, vm.builtinsModule);
    if (isCode(args[0])) {
        // A code object's free variables need exactly one cell each: exec's closure, a tuple.
        const std::int64_t numFree = asCode(args[0])->nfreevars;
        if (eval && numFree > 0) {
            typeError(interp, "code object passed to eval() may not contain free variables");
            return nullptr;
        }
        if (numFree == 0 && closure) {
            typeError(interp, "cannot use a closure with this code object");
            return nullptr;
        }
        if (numFree > 0) {
            bool ok = closure && closure->type == interp.types.tuple && tupleSize(closure) == numFree;
            for (std::int64_t i = 0; ok && i < numFree; ++i) ok = isCell(tupleItem(closure, i));
            if (!ok) {
                typeError(interp, "code object requires a closure of exactly length " + std::to_string(numFree));
                return nullptr;
            }
        }
    } else if (closure) {
        typeError(interp, "closure can only be used when source is a code object");
        return nullptr;
    }
    Ref code = compileString(interp, args[0], eval);
    if (!code) return nullptr;
    // What CPython's compiler allocated and freed while compiling a source string.
    if (code.get() != args[0]) replayCompileResidue(interp, code.get());
    Ref r = evalCode(interp, code.get(), globals, locals, closure);
    if (!r) return nullptr;
    if (eval) return r.release();
    return retNone(interp);
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1).
BUILTIN(bCompile) {
    INTERP;
    VmState& vm = vmOf(interp);
    static const char* const kNames[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"};
    ArgSpec spec{"compile", kNames, 7, 0, 3, 6};
    Object* a[7];
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    std::string filename;
    if (isStr(a[1])) filename = strToUtf8(a[1]);
    else if (isBytes(a[1])) filename = std::string(bytesView(a[1]));
    else {
        typeError(interp, "expected str, bytes or os.PathLike object, not " + a[1]->type->name);
        return nullptr;
    }
    std::int64_t flags = 0, optimize = -1;
    if (a[3] && !indexAsInt64(a[3], flags, vm.exc.OverflowError)) return nullptr;
    if (a[5] && !indexAsInt64(a[5], optimize, vm.exc.OverflowError)) return nullptr;
    // PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK (Include/cpython/compile.h).
    constexpr std::int64_t kKnownFlags = 0x3e000 | 0x0010 | 0x0400 | 0x0800 | 0x0200 | 0x1000 | 0x2000 | 0x4000 | 0x1000000;
    if (flags & ~kKnownFlags) {
        raiseError(interp, vm.exc.ValueError, "compile(): unrecognised flags");
        return nullptr;
    }
    if (optimize < -1 || optimize > 2) {
        raiseError(interp, vm.exc.ValueError, "compile(): invalid optimize value");
        return nullptr;
    }
    if (!isStr(a[2])) {
        typeError(interp, "compile() argument 'mode' must be str, not " + a[2]->type->name);
        return nullptr;
    }
    const std::string mode = strToUtf8(a[2]);
    frontend::CompileMode m;
    if (mode == "exec") m = frontend::CompileMode::Exec;
    else if (mode == "eval") m = frontend::CompileMode::Eval;
    else if (mode == "single") m = frontend::CompileMode::Single;
    else {
        raiseError(interp, vm.exc.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        return nullptr;
    }
    if (flags & 0x0400) {
        raiseError(interp, vm.exc.ValueError, "compile(): PyCF_ONLY_AST needs the ast module, which this engine does not provide");
        return nullptr;
    }
    if (isCode(a[0])) {
        typeError(interp, "compile() arg 1 must be a string, bytes or AST object");
        return nullptr;
    }
    std::string text;
    if (!sourceText(interp, a[0], "compile()", text)) return nullptr;
    Ref code = compileText(interp, text, filename, m);
    if (!code) return nullptr;
    replayCompileResidue(interp, code.get());
    return code.release();
}

BUILTIN(bExec) { return execOrEval(self, args, nargs, kwnames, false); }
BUILTIN(bEval) { return execOrEval(self, args, nargs, kwnames, true); }

#undef BUILTIN
#undef INTERP

const MethodDef kBuiltinFunctions[] = {
    {"__build_class__", buildClass, meth::kFastcall | meth::kKeywords,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"},
    {"__import__", bImport, meth::kFastcall | meth::kKeywords},
    {"abs", bAbs, meth::kO},
    {"all", builtinAll, meth::kO},
    {"any", builtinAny, meth::kO},
    {"ascii", bAscii, meth::kO},
    {"bin", bBin, meth::kO},
    {"callable", bCallable, meth::kO},
    {"chr", bChr, meth::kO},
    {"compile", bCompile, meth::kFastcall | meth::kKeywords,
     "compile($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *,\n        _feature_version=-1)\n--\n\nCompile source into a code object that can be executed by exec() or eval()."},
    {"delattr", bDelAttr, meth::kFastcall},
    {"dir", bDir, meth::kVarargs},
    {"divmod", bDivmod, meth::kFastcall},
    {"eval", bEval, meth::kFastcall},
    {"exec", bExec, meth::kFastcall | meth::kKeywords},
    {"format", bFormat, meth::kFastcall},
    {"getattr", bGetAttr, meth::kFastcall},
    {"globals", bGlobals, meth::kNoArgs},
    {"hasattr", bHasAttr, meth::kFastcall},
    {"hash", bHash, meth::kO},
    {"hex", bHex, meth::kO},
    {"id", bId, meth::kO},
    {"input", bInput, meth::kFastcall | meth::kKeywords},
    {"isinstance", bIsInstance, meth::kFastcall},
    {"issubclass", bIsSubclass, meth::kFastcall},
    {"iter", bIter, meth::kFastcall},
    {"aiter", bAiter, meth::kO},
    {"len", bLen, meth::kO},
    {"locals", bLocals, meth::kNoArgs},
    {"max", builtinMax, meth::kFastcall | meth::kKeywords | meth::kVarargs},
    {"min", builtinMin, meth::kFastcall | meth::kKeywords | meth::kVarargs},
    {"next", bNext, meth::kFastcall},
    {"anext", bAnext, meth::kFastcall},
    {"oct", bOct, meth::kO},
    {"ord", bOrd, meth::kO},
    {"pow", bPow, meth::kFastcall | meth::kKeywords},
    {"print", bPrint, meth::kFastcall | meth::kKeywords},
    {"repr", bRepr, meth::kO},
    {"round", bRound, meth::kFastcall | meth::kKeywords},
    {"setattr", bSetAttr, meth::kFastcall},
    {"sorted", builtinSorted, meth::kFastcall | meth::kKeywords},
    {"sum", builtinSum, meth::kFastcall | meth::kKeywords},
    {"vars", bVars, meth::kVarargs},
    {nullptr, nullptr, 0},
};

} // namespace

Object* builtinImportFunction(Interpreter& interp) { return vmOf(interp).importFunc; }

Object* createBuiltinsModule(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    Ref module = newModule(interp, "builtins");
    if (!module) return nullptr;
    Object* m = module.get();
    Ref doc = newStrFromAscii(interp, "Built-in functions, exceptions, and other objects.");
    moduleAddObject(m, "__doc__", doc.get());
    for (const MethodDef* def = kBuiltinFunctions; def->name; ++def) {
        // PyModule_AddFunctions: heap objects (tracked), held by the module dict.
        Ref fn = newBuiltinFunction(interp, def, m, vm.names.builtins);
        if (!fn) return nullptr;
        moduleAddObject(m, def->name, fn.get());
        if (std::string(def->name) == "__import__") vm.importFunc = fn.get();
        // pycore_init_builtins' callable_cache (borrowed: the module dict holds them).
        if (def->fn == bLen) vm.callableCache.len = fn.get();
        if (def->fn == bIsInstance) vm.callableCache.isinstance = fn.get();
    }
    moduleAddObject(m, "None", interp.none);
    moduleAddObject(m, "Ellipsis", interp.ellipsis);
    moduleAddObject(m, "NotImplemented", interp.notImplemented);
    moduleAddObject(m, "False", interp.falseObj);
    moduleAddObject(m, "True", interp.trueObj);
    moduleAddObject(m, "__debug__", interp.trueObj);
    const std::pair<const char*, TypeObject*> types[] = {
        {"bool", interp.types.bool_},
        {"memoryview", vm.types.memoryview},
        {"bytearray", vm.types.bytearray},
        {"bytes", interp.types.bytes},
        {"classmethod", vm.types.classmethod},
        {"complex", vm.types.complex},
        {"dict", interp.types.dict},
        {"enumerate", vm.types.enumerate},
        {"filter", vm.types.filter},
        {"float", interp.types.float_},
        {"frozenset", interp.types.frozenset},
        {"property", vm.types.property},
        {"int", interp.types.int_},
        {"list", interp.types.list},
        {"map", vm.types.map},
        {"object", interp.types.object},
        {"range", interp.types.range},
        {"reversed", vm.types.reversed},
        {"set", interp.types.set},
        {"slice", vm.types.slice},
        {"staticmethod", vm.types.staticmethod},
        {"str", interp.types.str},
        {"super", vm.types.super},
        {"tuple", interp.types.tuple},
        {"type", interp.types.type},
        {"zip", vm.types.zip},
    };
    for (const auto& [name, type] : types) moduleAddObject(m, name, type);
    for (TypeObject* exc : vm.exc.all) moduleAddObject(m, exc->name, exc);
    moduleAddObject(m, "EnvironmentError", vm.exc.OSError);
    moduleAddObject(m, "IOError", vm.exc.OSError);
    return module.release();
}

} // namespace hs
