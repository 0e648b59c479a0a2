// The eval loop's out-of-line helpers (ceval.c's static functions): unpacking, imports, raise and
// except matching, NameError messages, pattern matching, CALL_FUNCTION_EX / DICT_MERGE with their
// messages, f-string assembly, displayhook, annotations, generators' SEND and creation.
#include "vm/eval_internal.h"

#include "modules/module_registry.h"
#include "objects/cell_object.h"
#include "objects/coroutine_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/generator_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/code_object.h"
#include "vm/opcodes.h"

#include <cstring>

namespace hs {

namespace {
void typeError(VmState& vm, const std::string& m) { raiseError(vm.interp, vm.exc.TypeError, m); }
void valueError(VmState& vm, const std::string& m) { raiseError(vm.interp, vm.exc.ValueError, m); }
} // namespace

bool unpackIterable(VmState& vm, Object* v, int argcnt, int argcntafter, Object** sp) {
    Interpreter& interp = vm.interp;
    int i = 0;
    Ref it = getIter(v);
    if (!it) {
        if (errMatches(interp, vm.exc.TypeError) && !iterableCheck(v)) {
            clearError(interp);
            typeError(vm, "cannot unpack non-iterable " + v->type->name + " object");
        }
        return false;
    }
    for (; i < argcnt; ++i) {
        Ref w = iterNext(it.get());
        if (!w) {
            if (!errOccurred(interp)) {
                if (argcntafter == -1)
                    valueError(vm, formatString("not enough values to unpack (expected %d, got %d)", argcnt, i));
                else
                    valueError(vm, formatString("not enough values to unpack (expected at least %d, got %d)",
                                                argcnt + argcntafter, i));
            }
            goto fail;
        }
        *--sp = w.release();
    }
    if (argcntafter == -1) {
        Ref w = iterNext(it.get());
        if (!w) {
            if (errOccurred(interp)) goto fail;
            return true;
        }
        w = Ref();
        valueError(vm, formatString("too many values to unpack (expected %d)", argcnt));
        goto fail;
    }
    {
        Ref l = sequenceList(it.get());
        if (!l) goto fail;
        Object* list = l.release();
        *--sp = list;
        ++i;
        const std::int64_t ll = listSize(list);
        if (ll < argcntafter) {
            valueError(vm, formatString("not enough values to unpack (expected at least %d, got %lld)", argcnt + argcntafter,
                                        static_cast<long long>(argcnt + ll)));
            goto fail;
        }
        for (int j = argcntafter; j > 0; --j, ++i) *--sp = listItem(list, ll - j);
        static_cast<ListObject*>(list)->size = ll - argcntafter;
        return true;
    }
fail:
    for (; i > 0; --i, ++sp) decref(*sp);
    return false;
}

// ---------------------------------------------------------------- imports

Object* importName(VmState& vm, Frame* f, Object* name, Object* fromlist, Object* level) {
    Interpreter& interp = vm.interp;
    Object* importFunc = dictGetItem(f->builtins, vm.names.__import__);
    if (!importFunc) {
        if (!errOccurred(interp)) raiseError(interp, vm.exc.ImportError, "__import__ not found");
        return nullptr;
    }
    if (importFunc == builtinImportFunction(interp)) {
        std::int64_t ilevel = 0;
        if (!indexAsInt64(level, ilevel, vm.exc.OverflowError)) return nullptr;
        return importModuleLevel(interp, name, f->globals, fromlist, static_cast<int>(ilevel)).release();
    }
    Object* stack[5] = {name, f->globals, f->locals ? f->locals : interp.none, fromlist, level};
    return call(importFunc, stack, 5).release();
}

namespace {

// _PyModuleSpec_IsInitializing: a true `spec._initializing` (looked up, AttributeError suppressed).
// An error while testing it is cleared, as import_from drops it.
bool moduleSpecIsInitializing(Interpreter& interp, Object* spec) {
    Ref value;
    const int found = lookupAttr(spec, internName(interp, "_initializing").get(), value);
    const int truth = found > 0 ? objectIsTrue(value.get()) : found;
    if (truth < 0) clearError(interp);
    return truth > 0;
}

} // namespace

Object* importFrom(VmState& vm, Object* module, Object* name) {
    Interpreter& interp = vm.interp;
    Ref x;
    if (lookupAttr(module, name, x) != 0) return x.release();
    Ref pkgname;
    if (lookupAttr(module, vm.names.__name__, pkgname) < 0) return nullptr;
    if (pkgname && isStr(pkgname.get())) {
        Ref full = newStrFromUtf8(interp, strToUtf8(pkgname.get()) + "." + strToUtf8(name));
        if (Object* m = dictGetItem(vm.modules, full.get())) {
            incref(m);
            return m;
        }
    }
    const std::string pkg = pkgname && isStr(pkgname.get()) ? strReprUtf8(pkgname.get()) : "'<unknown module name>'";
    // import_from (ceval.c): PyModule_GetFilenameObject, a str __file__ in a module's dict, names the
    // location (and becomes ImportError.path); a module being initialized is named as circular.
    Object* pkgpath = isModule(module) ? dictGetItem(moduleDict(module), vm.names.__file__) : nullptr;
    if (pkgpath && !isStr(pkgpath)) pkgpath = nullptr;
    if (!pkgpath) {
        raiseError(interp, vm.exc.ImportError, "cannot import name " + strReprUtf8(name) + " from " + pkg + " (unknown location)");
    } else {
        Ref keep = Ref::borrowed(pkgpath);
        Ref spec;
        if (lookupAttr(module, vm.names.__spec__, spec) < 0) clearError(interp);
        const bool initializing = spec && moduleSpecIsInitializing(interp, spec.get());
        raiseError(interp, vm.exc.ImportError,
                   "cannot import name " + strReprUtf8(name) + " from " + (initializing ? "partially initialized module " : "") +
                       pkg + (initializing ? " (most likely due to a circular import)" : "") + " (" + strToUtf8(pkgpath) + ")");
        if (Object* exc = interp.error().value.get()) {
            incref(pkgpath);
            setExceptionField(exc, 2, pkgpath);
        }
    }
    if (Object* exc = interp.error().value.get()) {
        if (pkgname) {
            incref(pkgname.get());
            setExceptionField(exc, 1, pkgname.get());
        }
    }
    return nullptr;
}

int importAllFrom(VmState& vm, Object* locals, Object* module) {
    Interpreter& interp = vm.interp;
    Ref all;
    if (lookupAttr(module, internName(interp, "__all__").get(), all) < 0) return -1;
    bool skipUnderscore = false;
    if (!all) {
        Ref dict;
        if (lookupAttr(module, vm.names.__dict__, dict) < 0) return -1;
        if (!dict) {
            raiseError(interp, vm.exc.ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = callMethodStr(dict.get(), "keys", nullptr, 0);
        if (!all) return -1;
        skipUnderscore = true;
    }
    Ref it = getIter(all.get());
    if (!it) return -1;
    for (;;) {
        Ref name = iterNext(it.get());
        if (!name) return errOccurred(interp) ? -1 : 0;
        if (!isStr(name.get())) {
            typeError(vm, "Item in " + strReprUtf8(dictGetItem(moduleDict(module), vm.names.__name__)) +
                              ".__all__ must be str, not " + name->type->name);
            return -1;
        }
        if (skipUnderscore && strLength(name.get()) > 0 && strCharAt(name.get(), 0) == U'_') continue;
        Ref value = getAttr(module, name.get());
        if (!value) return -1;
        const int err = isDictExact(locals) ? dictSetItem(locals, name.get(), value.get()) : setItem(locals, name.get(), value.get());
        if (err != 0) return -1;
    }
}

// ---------------------------------------------------------------- raise / except

int doRaise(VmState& vm, Object* exc, Object* cause) {
    Interpreter& interp = vm.interp;
    if (exc == nullptr) {
        Object* value = handledException(interp);
        if (value == nullptr) {
            raiseError(interp, vm.exc.RuntimeError, "No active exception to reraise");
            return 0;
        }
        restoreException(interp, value);
        return 1;
    }
    Ref value;
    if (isExceptionClass(exc)) {
        value = callNoArgs(exc);
        if (!value) goto raise_error;
        if (!isExceptionInstance(value.get())) {
            typeError(vm, "calling " + reprOf(exc) + " should have returned an instance of BaseException, not " +
                              reprOf(value->type));
            goto raise_error;
        }
    } else if (isExceptionInstance(exc)) {
        value = Ref::borrowed(exc);
    } else {
        typeError(vm, "exceptions must derive from BaseException");
        goto raise_error;
    }
    if (cause) {
        Object* fixedCause = nullptr;
        if (isExceptionClass(cause)) {
            Ref c = callNoArgs(cause);
            if (!c) goto raise_error;
            fixedCause = c.release();
        } else if (isExceptionInstance(cause)) {
            fixedCause = cause;
            incref(cause);
        } else if (cause == interp.none) {
            fixedCause = nullptr;
        } else {
            typeError(vm, "exception causes must derive from BaseException");
            goto raise_error;
        }
        setExceptionCause(value.get(), fixedCause);
        asException(value.get())->suppressContext = true;
    }
    raiseObject(interp, value.get());
raise_error:
    xdecref(exc);
    xdecref(cause);
    return 0;
}

int checkExceptTypeValid(VmState& vm, Object* right) {
    if (isTuple(right)) {
        for (std::int64_t i = 0; i < tupleSize(right); ++i)
            if (!isExceptionClass(tupleItem(right, i))) {
                typeError(vm, "catching classes that do not inherit from BaseException is not allowed");
                return -1;
            }
        return 0;
    }
    if (!isExceptionClass(right)) {
        typeError(vm, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return 0;
}

int checkExceptStarTypeValid(VmState& vm, Object* right) {
    if (checkExceptTypeValid(vm, right) < 0) return -1;
    // except* ExceptionGroup is rejected.
    bool isGroupClass = false;
    if (isTuple(right)) {
        for (std::int64_t i = 0; i < tupleSize(right) && !isGroupClass; ++i)
            isGroupClass = typeIsSubtype(asType(tupleItem(right, i)), vm.exc.BaseExceptionGroup);
    } else {
        isGroupClass = typeIsSubtype(asType(right), vm.exc.BaseExceptionGroup);
    }
    if (isGroupClass) {
        typeError(vm, "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

bool givenExceptionMatches(Object* exc, Object* type) {
    if (exc == nullptr || type == nullptr) return false;
    if (isTuple(type)) {
        for (std::int64_t i = 0; i < tupleSize(type); ++i)
            if (givenExceptionMatches(exc, tupleItem(type, i))) return true;
        return false;
    }
    TypeObject* cls = isExceptionInstance(exc) ? exc->type : (isType(exc) ? asType(exc) : nullptr);
    if (cls && isExceptionClass(type)) return typeIsSubtype(cls, asType(type));
    return exc == type;
}

void raiseNameErrorFor(VmState& vm, Object* name) {
    raiseNameError(vm.interp, vm.exc.NameError, name, "name '" + strToUtf8(name) + "' is not defined");
}

void raiseUnboundLocal(VmState& vm, CodeObject* co, int oparg) {
    if (errOccurred(vm.interp)) return;
    Object* name = co->localName(oparg);
    if (oparg < co->nplaincellvars + co->nlocals)
        raiseError(vm.interp, vm.exc.UnboundLocalError,
                   "cannot access local variable '" + strToUtf8(name) + "' where it is not associated with a value");
    else
        raiseNameError(vm.interp, vm.exc.NameError, name,
                       "cannot access free variable '" + strToUtf8(name) +
                           "' where it is not associated with a value in enclosing scope");
}

// ---------------------------------------------------------------- pattern matching

bool makeFunctionOperandsValid(VmState& vm, Object* const* sp, int oparg) {
    Object* code = sp[-1];
    bool ok = isCode(code);
    int depth = 2;
    if (ok && (oparg & mkfn::kClosure)) {
        Object* closure = sp[-depth++];
        ok = isTuple(closure) && tupleSize(closure) == asCode(code)->nfreevars;
        for (std::int64_t i = 0; ok && i < tupleSize(closure); ++i) ok = isCell(tupleItem(closure, i));
    }
    if (ok && (oparg & mkfn::kAnnotations)) {
        Object* annotations = sp[-depth++];
        ok = isTuple(annotations) || isDict(annotations);
    }
    if (ok && (oparg & mkfn::kKwDefaults)) ok = isDict(sp[-depth++]);
    if (ok && (oparg & mkfn::kDefaults)) ok = isTuple(sp[-depth++]);
    if (!ok) raiseError(vm.interp, vm.exc.SystemError, "MAKE_FUNCTION with operands of the wrong types");
    return ok;
}

Object* matchKeys(VmState& vm, Object* map, Object* keys) {
    Interpreter& interp = vm.interp;
    const std::int64_t nkeys = tupleSize(keys);
    if (!nkeys) return newTuple(interp, 0).release();
    Ref get;
    const bool methFound = getMethod(map, vm.names.get, get);
    if (!get) return nullptr;
    Ref seen = newSet(interp);
    Ref dummy = callNoArgs(interp.types.object);
    Ref values = newTuple(interp, nkeys);
    if (!seen || !dummy || !values) return nullptr;
    for (std::int64_t i = 0; i < nkeys; ++i) {
        Object* key = tupleItem(keys, i);
        const int contained = setContains(seen.get(), key);
        if (contained != 0 || setAdd(seen.get(), key) != 0) {
            if (!errOccurred(interp)) valueError(vm, "mapping pattern checks duplicate key (" + reprOf(key) + ")");
            return nullptr;
        }
        Object* args[3] = {map, key, dummy.get()};
        Ref value = methFound ? call(get.get(), args, 3) : call(get.get(), args + 1, 2);
        if (!value) return nullptr;
        if (value.get() == dummy.get()) {
            incref(interp.none);
            return interp.none;
        }
        tupleSetItemSteal(values.get(), i, value.release());
    }
    return values.release();
}

namespace {
bool matchSelf(VmState& vm, TypeObject* t) {
    Interpreter& interp = vm.interp;
    for (TypeObject* b : {interp.types.bool_, interp.types.bytes, interp.types.dict, interp.types.float_, interp.types.frozenset,
                          interp.types.int_, interp.types.list, interp.types.set, interp.types.str, interp.types.tuple})
        if (typeIsSubtype(t, b)) return true;
    return false;
}

Object* matchClassAttr(VmState& vm, Object* subject, Object* type, Object* name, Object* seen) {
    Interpreter& interp = vm.interp;
    if (setContains(seen, name) != 0 || setAdd(seen, name) != 0) {
        if (!errOccurred(interp))
            typeError(vm, asType(type)->name + "() got multiple sub-patterns for attribute " + reprOf(name));
        return nullptr;
    }
    Ref attr = getAttr(subject, name);
    if (!attr && errMatches(interp, vm.exc.AttributeError)) clearError(interp);
    return attr.release();
}
} // namespace

Object* matchClass(VmState& vm, Object* subject, Object* type, int nargs, Object* kwargs) {
    Interpreter& interp = vm.interp;
    if (!isType(type)) {
        typeError(vm, "called match pattern must be a type");
        return nullptr;
    }
    if (isInstance(subject, type) <= 0) return nullptr;
    Ref seen = newSet(interp);
    Ref attrs = newList(interp, 0);
    if (!seen || !attrs) return nullptr;
    if (nargs) {
        bool self = false;
        Ref matchArgs = getAttr(type, vm.names.__match_args__);
        if (matchArgs) {
            if (!isExactTuple(matchArgs.get())) {
                typeError(vm, asType(type)->name + ".__match_args__ must be a tuple (got " + matchArgs->type->name + ")");
                return nullptr;
            }
        } else if (errMatches(interp, vm.exc.AttributeError)) {
            clearError(interp);
            matchArgs = Ref::borrowed(interp.emptyTuple);
            self = matchSelf(vm, asType(type));
        } else {
            return nullptr;
        }
        const std::int64_t allowed = self ? 1 : tupleSize(matchArgs.get());
        if (allowed < nargs) {
            typeError(vm, formatString("%s() accepts %lld positional sub-pattern%s (%d given)", asType(type)->name.c_str(),
                                       static_cast<long long>(allowed), allowed == 1 ? "" : "s", nargs));
            return nullptr;
        }
        if (self) {
            listAppend(attrs.get(), subject);
        } else {
            for (int i = 0; i < nargs; ++i) {
                Object* name = tupleItem(matchArgs.get(), i);
                if (!isExactStr(name)) {
                    typeError(vm, "__match_args__ elements must be strings (got " + name->type->name + ")");
                    return nullptr;
                }
                Ref attr(matchClassAttr(vm, subject, type, name, seen.get()));
                if (!attr) return nullptr;
                listAppend(attrs.get(), attr.get());
            }
        }
    }
    for (std::int64_t i = 0; i < tupleSize(kwargs); ++i) {
        Ref attr(matchClassAttr(vm, subject, type, tupleItem(kwargs, i), seen.get()));
        if (!attr) return nullptr;
        listAppend(attrs.get(), attr.get());
    }
    return listAsTuple(attrs.get()).release();
}

// ---------------------------------------------------------------- calls

std::string functionStr(Object* func) {
    Interpreter& interp = *func->type->interp;
    VmState& vm = vmOf(interp);
    Ref qualname;
    if (lookupAttr(func, vm.names.__qualname__, qualname) <= 0 || !isStr(qualname.get())) {
        clearError(interp);
        return strOf(func);
    }
    Ref module;
    if (lookupAttr(func, vm.names.__module__, module) > 0 && module.get() != interp.none && isStr(module.get()) &&
        !strEqualsAscii(module.get(), "builtins"))
        return strToUtf8(module.get()) + "." + strToUtf8(qualname.get()) + "()";
    clearError(interp);
    return strToUtf8(qualname.get()) + "()";
}

Object* callFunctionEx(VmState& vm, Object* func, Object* callargs, Object* kwargs) {
    Interpreter& interp = vm.interp;
    Ref args(callargs);
    Ref kw(kwargs);
    if (kw && !isDictExact(kw.get())) {
        Ref d = newDict(interp);
        if (!d || dictMergeForCall(vm, func, d.get(), kw.get()) < 0) return nullptr;
        kw = std::move(d);
    }
    if (!isExactTuple(args.get())) {
        if (!iterableCheck(callargs)) { // check_args_iterable
            typeError(vm, functionStr(func) + " argument after * must be an iterable, not " + callargs->type->name);
            return nullptr;
        }
        Ref t = sequenceTuple(args.get());
        if (!t) return nullptr;
        args = std::move(t); // the original sequence goes before the call
    }
    return callTupleDict(func, args.get(), kw && dictSize(kw.get()) ? kw.get() : nullptr).release();
}

int dictMergeForCall(VmState& vm, Object* func, Object* dict, Object* other) {
    Interpreter& interp = vm.interp;
    if (isDictWithDictIter(other)) {
        std::int64_t pos = 0;
        Object *k, *v;
        while (dictNext(other, pos, &k, &v)) {
            const int has = dictContains(dict, k);
            if (has < 0) return -1;
            if (has) {
                if (isStr(k))
                    typeError(vm, functionStr(func) + " got multiple values for keyword argument '" + strToUtf8(k) + "'");
                else
                    typeError(vm, functionStr(func) + " keywords must be strings");
                return -1;
            }
            if (dictSetItem(dict, k, v) < 0) return -1;
        }
        return 0;
    }
    // A mapping with keys() and __getitem__.
    Ref keys;
    if (lookupAttr(other, vm.names.keys, keys) < 0) return -1;
    if (!keys) {
        typeError(vm, functionStr(func) + " argument after ** must be a mapping, not " + other->type->name);
        return -1;
    }
    Ref keyList = callNoArgs(keys.get());
    if (!keyList) return -1;
    Ref it = getIter(keyList.get());
    if (!it) return -1;
    for (;;) {
        Ref k = iterNext(it.get());
        if (!k) return errOccurred(interp) ? -1 : 0;
        if (dictContains(dict, k.get()) == 1) {
            typeError(vm, functionStr(func) + " got multiple values for keyword argument '" + strOf(k.get()) + "'");
            return -1;
        }
        Ref v = getItem(other, k.get());
        if (!v || dictSetItem(dict, k.get(), v.get()) < 0) return -1;
    }
}

int dictUpdateForDisplay(VmState& vm, Object* dict, Object* other) {
    Interpreter& interp = vm.interp;
    if (isDictWithDictIter(other)) return dictUpdate(dict, other);
    Ref keys;
    if (lookupAttr(other, vm.names.keys, keys) < 0) return -1;
    if (!keys) {
        typeError(vm, "'" + other->type->name + "' object is not a mapping");
        return -1;
    }
    Ref keyList = callNoArgs(keys.get());
    if (!keyList) return -1;
    Ref it = getIter(keyList.get());
    if (!it) return -1;
    for (;;) {
        Ref k = iterNext(it.get());
        if (!k) return errOccurred(interp) ? -1 : 0;
        Ref v = getItem(other, k.get());
        if (!v || dictSetItem(dict, k.get(), v.get()) < 0) return -1;
    }
}

int listExtendForDisplay(VmState& vm, Object* list, Object* iterable) {
    Interpreter& interp = vm.interp;
    if (isList(iterable) || isTuple(iterable)) return listExtend(list, iterable);
    if (!iterableCheck(iterable)) {
        typeError(vm, "Value after * must be an iterable, not " + iterable->type->name);
        return -1;
    }
    Ref it = getIter(iterable);
    if (!it) return -1;
    const std::int64_t hint = lengthHint(iterable, 8);
    if (hint < 0) return -1;
    if (listExtendBegin(list, hint) < 0) return -1;
    for (;;) {
        Ref x = iterNext(it.get());
        if (!x) {
            if (errOccurred(interp)) return -1;
            break;
        }
        if (listAppend(list, x.get()) < 0) return -1;
    }
    return listExtendEnd(list);
}

Object* buildString(VmState& vm, Object** items, int n) {
    return strJoinArray(vm.interp, vm.interp.emptyStr, items, n).release();
}

// ---------------------------------------------------------------- misc

int printExpr(VmState& vm, Object* value) {
    Interpreter& interp = vm.interp;
    Object* hook = dictGetItem(vm.sysDict, vm.names.displayhook);
    if (!hook) {
        raiseError(interp, vm.exc.RuntimeError, "lost sys.displayhook");
        return -1;
    }
    Ref res = callOneArg(hook, value);
    return res ? 0 : -1;
}

int setupAnnotations(VmState& vm, Frame* f) {
    Interpreter& interp = vm.interp;
    if (!f->locals) {
        raiseError(interp, vm.exc.SystemError, "no locals found when setting up annotations");
        return -1;
    }
    if (isDictExact(f->locals)) {
        if (dictGetItem(f->locals, vm.names.__annotations__)) return 0;
        if (errOccurred(interp)) return -1;
        Ref d = newDict(interp);
        if (!d) return -1;
        return dictSetItem(f->locals, vm.names.__annotations__, d.get());
    }
    Ref ann = getItem(f->locals, vm.names.__annotations__);
    if (ann) return 0;
    if (!errMatches(interp, vm.exc.KeyError)) return -1;
    clearError(interp);
    Ref d = newDict(interp);
    if (!d) return -1;
    return setItem(f->locals, vm.names.__annotations__, d.get());
}

Object* getYieldFromIter(VmState& vm, Frame* f, Object* iterable) {
    if (isCoroutine(iterable)) {
        if (!(f->code->flags & (coflags::kCoroutine | coflags::kIterableCoroutine))) {
            // A coroutine in a 'yield from' of a regular generator.
            typeError(vm, "cannot 'yield from' a coroutine object in a non-coroutine generator");
            return nullptr;
        }
        return iterable;
    }
    if (isGenerator(iterable)) return iterable;
    return getIter(iterable).release();
}

// GET_AWAITABLE: _PyCoro_GetAwaitableIter, with format_awaitable_error's messages for the awaitables
// of 'async with' (oparg 1: __aenter__'s result, 2: __aexit__'s), and a coroutine already awaited
// elsewhere refused. New reference or nullptr.
Object* getAwaitable(VmState& vm, Object* iterable, int oparg) {
    Ref iter = awaitableIter(iterable);
    if (!iter && !iterable->type->slots.await_ && (oparg == 1 || oparg == 2)) {
        clearError(vm.interp);
        typeError(vm, std::string("'async with' received an object from ") + (oparg == 1 ? "__aenter__" : "__aexit__") +
                          " that does not implement __await__: " + iterable->type->name);
        return nullptr;
    }
    if (iter && isCoroutine(iter.get())) {
        if (Object* yf = generatorYieldFrom(iter.get())) {
            decref(yf);
            raiseError(vm.interp, vm.exc.RuntimeError, "coroutine is being awaited already");
            return nullptr;
        }
    }
    return iter.release();
}

int iterSend(VmState& vm, Object* receiver, Object* value, Object** out) {
    Interpreter& interp = vm.interp;
    if (isGenerator(receiver) || isCoroutine(receiver) || isAsyncGenerator(receiver)) { // am_send
        bool returned = false;
        Ref r = generatorSend(receiver, value, &returned);
        if (!r) return -1;
        *out = r.release();
        return returned ? 1 : 0;
    }
    Ref r;
    if (value == interp.none && receiver->type->slots.iternext) r = Ref(receiver->type->slots.iternext(receiver));
    else r = callMethod(receiver, vm.names.send, &value, 1);
    if (r) {
        *out = r.release();
        return 0;
    }
    // _PyGen_FetchStopIterationValue
    if (!errOccurred(interp)) {
        incref(interp.none);
        *out = interp.none;
        return 1;
    }
    if (errMatches(interp, vm.exc.StopIteration)) {
        Ref exc = fetchError(interp);
        Object* v = stopIterationValue(exc.get());
        incref(v);
        *out = v;
        return 1;
    }
    return -1;
}

Object* beforeWith(VmState& vm, Object* mgr, bool async, Object** exitOut) {
    Interpreter& interp = vm.interp;
    const char* protocol = async ? "asynchronous context manager" : "context manager";
    Ref enter = lookupSpecial(mgr, async ? vm.names.__aenter__ : vm.names.__enter__);
    if (!enter) {
        if (!errOccurred(interp))
            typeError(vm, "'" + mgr->type->name + "' object does not support the " + protocol + " protocol");
        return nullptr;
    }
    Ref exitFn = lookupSpecial(mgr, async ? vm.names.__aexit__ : vm.names.__exit__);
    if (!exitFn) {
        if (!errOccurred(interp))
            typeError(vm, "'" + mgr->type->name + "' object does not support the " + protocol + " protocol (missed " +
                              (async ? "__aexit__" : "__exit__") + " method)");
        return nullptr;
    }
    *exitOut = exitFn.release();
    return enter.release();
}

// GET_AITER: am_aiter's result, which must have am_anext. New reference or nullptr.
Object* getAIter(VmState& vm, Object* obj) {
    UnaryFunc getter = obj->type->slots.aiter;
    if (!getter) {
        typeError(vm, "'async for' requires an object with __aiter__ method, got " + obj->type->name);
        return nullptr;
    }
    Object* iter = getter(obj);
    if (!iter) return nullptr;
    if (!iter->type->slots.anext) {
        typeError(vm, "'async for' received an object from __aiter__ that does not implement __anext__: " + iter->type->name);
        decref(iter);
        return nullptr;
    }
    return iter;
}

// GET_ANEXT: an async generator's asend awaitable, or the awaitable of what am_anext returns.
Object* getANext(VmState& vm, Object* aiter) {
    if (isAsyncGenerator(aiter)) return aiter->type->slots.anext(aiter);
    UnaryFunc getter = aiter->type->slots.anext;
    if (!getter) {
        typeError(vm, "'async for' requires an iterator with __anext__ method, got " + aiter->type->name);
        return nullptr;
    }
    Ref next(getter(aiter));
    if (!next) return nullptr;
    Ref awaitable = awaitableIter(next.get());
    if (!awaitable) {
        // _PyErr_FormatFromCause(TypeError, ...)
        Ref cause = fetchError(vm.interp);
        typeError(vm, "'async for' received an invalid object from __anext__: " + next->type->name);
        if (Object* e = vm.interp.error().value.get()) {
            incref(cause.get());
            setExceptionCause(e, cause.get());
            incref(cause.get());
            setExceptionContext(e, cause.get());
            asException(e)->suppressContext = true;
        }
        return nullptr;
    }
    return awaitable.release();
}

Object* makeGenerator(VmState& vm, Frame* f) { return newGeneratorFromFrame(vm.interp, f).release(); }

} // namespace hs
