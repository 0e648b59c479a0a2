// The exception classes of 3.11: the static type table (hierarchy, basicsize per C struct), the
// BaseException slots (new/init/dealloc/traverse/repr/str) and the per-class fields and messages.
//
// Sections: type table · slots · str variants · attributes · creation
#include "objects/exception_object.h"

#include "objects/bytes_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/exception_group.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/arg_parse.h"
#include "runtime/dealloc.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <cstring>

namespace hs {

namespace {

// ---------------------------------------------------------------- type table

struct ExcSpec {
    const char* name;
    const char* base; // nullptr for BaseException
    ExcKind kind;
    TypeObject* ExceptionTypes::*slot;
};

std::int64_t kindBasicSize(ExcKind kind) {
    switch (kind) {
    case ExcKind::AttributeError:
    case ExcKind::ExceptionGroup: return 88;
    case ExcKind::NameError:
    case ExcKind::StopIteration:
    case ExcKind::SystemExit: return 80;
    case ExcKind::ImportError: return 96;
    case ExcKind::SyntaxError: return 136;
    case ExcKind::OSError:
    case ExcKind::UnicodeError: return 112;
    case ExcKind::Base:
    case ExcKind::KeyError: return 72;
    }
    return 72;
}

using E = ExceptionTypes;
const ExcSpec kExceptions[] = {
    {"BaseException", nullptr, ExcKind::Base, &E::BaseException},
    {"BaseExceptionGroup", "BaseException", ExcKind::ExceptionGroup, &E::BaseExceptionGroup},
    {"GeneratorExit", "BaseException", ExcKind::Base, &E::GeneratorExit},
    {"KeyboardInterrupt", "BaseException", ExcKind::Base, &E::KeyboardInterrupt},
    {"SystemExit", "BaseException", ExcKind::SystemExit, &E::SystemExit},
    {"Exception", "BaseException", ExcKind::Base, &E::Exception},
    {"ArithmeticError", "Exception", ExcKind::Base, &E::ArithmeticError},
    {"FloatingPointError", "ArithmeticError", ExcKind::Base, nullptr},
    {"OverflowError", "ArithmeticError", ExcKind::Base, &E::OverflowError},
    {"ZeroDivisionError", "ArithmeticError", ExcKind::Base, &E::ZeroDivisionError},
    {"AssertionError", "Exception", ExcKind::Base, &E::AssertionError},
    {"AttributeError", "Exception", ExcKind::AttributeError, &E::AttributeError},
    {"BufferError", "Exception", ExcKind::Base, &E::BufferError},
    {"EOFError", "Exception", ExcKind::Base, &E::EOFError},
    {"ImportError", "Exception", ExcKind::ImportError, &E::ImportError},
    {"ModuleNotFoundError", "ImportError", ExcKind::ImportError, &E::ModuleNotFoundError},
    {"LookupError", "Exception", ExcKind::Base, &E::LookupError},
    {"IndexError", "LookupError", ExcKind::Base, &E::IndexError},
    {"KeyError", "LookupError", ExcKind::KeyError, &E::KeyError},
    {"MemoryError", "Exception", ExcKind::Base, &E::MemoryError},
    {"NameError", "Exception", ExcKind::NameError, &E::NameError},
    {"UnboundLocalError", "NameError", ExcKind::NameError, &E::UnboundLocalError},
    {"OSError", "Exception", ExcKind::OSError, &E::OSError},
    {"BlockingIOError", "OSError", ExcKind::OSError, nullptr},
    {"ChildProcessError", "OSError", ExcKind::OSError, nullptr},
    {"ConnectionError", "OSError", ExcKind::OSError, nullptr},
    {"BrokenPipeError", "ConnectionError", ExcKind::OSError, nullptr},
    {"ConnectionAbortedError", "ConnectionError", ExcKind::OSError, nullptr},
    {"ConnectionRefusedError", "ConnectionError", ExcKind::OSError, nullptr},
    {"ConnectionResetError", "ConnectionError", ExcKind::OSError, nullptr},
    {"FileExistsError", "OSError", ExcKind::OSError, nullptr},
    {"FileNotFoundError", "OSError", ExcKind::OSError, nullptr},
    {"InterruptedError", "OSError", ExcKind::OSError, nullptr},
    {"IsADirectoryError", "OSError", ExcKind::OSError, nullptr},
    {"NotADirectoryError", "OSError", ExcKind::OSError, nullptr},
    {"PermissionError", "OSError", ExcKind::OSError, nullptr},
    {"ProcessLookupError", "OSError", ExcKind::OSError, nullptr},
    {"TimeoutError", "OSError", ExcKind::OSError, nullptr},
    {"ReferenceError", "Exception", ExcKind::Base, &E::ReferenceError},
    {"RuntimeError", "Exception", ExcKind::Base, &E::RuntimeError},
    {"NotImplementedError", "RuntimeError", ExcKind::Base, &E::NotImplementedError},
    {"RecursionError", "RuntimeError", ExcKind::Base, &E::RecursionError},
    {"StopAsyncIteration", "Exception", ExcKind::Base, &E::StopAsyncIteration},
    {"StopIteration", "Exception", ExcKind::StopIteration, &E::StopIteration},
    {"SyntaxError", "Exception", ExcKind::SyntaxError, &E::SyntaxError},
    {"IndentationError", "SyntaxError", ExcKind::SyntaxError, &E::IndentationError},
    {"TabError", "IndentationError", ExcKind::SyntaxError, &E::TabError},
    {"SystemError", "Exception", ExcKind::Base, &E::SystemError},
    {"TypeError", "Exception", ExcKind::Base, &E::TypeError},
    {"ValueError", "Exception", ExcKind::Base, &E::ValueError},
    {"UnicodeError", "ValueError", ExcKind::Base, &E::UnicodeError},
    {"UnicodeDecodeError", "UnicodeError", ExcKind::UnicodeError, &E::UnicodeDecodeError},
    {"UnicodeEncodeError", "UnicodeError", ExcKind::UnicodeError, &E::UnicodeEncodeError},
    {"UnicodeTranslateError", "UnicodeError", ExcKind::UnicodeError, nullptr},
    {"Warning", "Exception", ExcKind::Base, nullptr},
    {"BytesWarning", "Warning", ExcKind::Base, nullptr},
    {"DeprecationWarning", "Warning", ExcKind::Base, nullptr},
    {"EncodingWarning", "Warning", ExcKind::Base, nullptr},
    {"FutureWarning", "Warning", ExcKind::Base, nullptr},
    {"ImportWarning", "Warning", ExcKind::Base, nullptr},
    {"PendingDeprecationWarning", "Warning", ExcKind::Base, nullptr},
    {"ResourceWarning", "Warning", ExcKind::Base, nullptr},
    {"RuntimeWarning", "Warning", ExcKind::Base, &E::RuntimeWarning},
    {"SyntaxWarning", "Warning", ExcKind::Base, nullptr},
    {"UnicodeWarning", "Warning", ExcKind::Base, nullptr},
    {"UserWarning", "Warning", ExcKind::Base, nullptr},
};


Interpreter& interpOf(const Object* o) { return *o->type->interp; }

// ---------------------------------------------------------------- slots

void excClearFields(ExceptionObject* e) {
    xdecref(std::exchange(e->dict, nullptr));
    xdecref(std::exchange(e->args, nullptr));
    xdecref(std::exchange(e->notes, nullptr));
    xdecref(std::exchange(e->traceback, nullptr));
    xdecref(std::exchange(e->context, nullptr));
    xdecref(std::exchange(e->cause, nullptr));
    for (Object*& f : e->fields) xdecref(std::exchange(f, nullptr));
}

constexpr std::size_t kMemErrorsSave = 16; // MEMERRORS_SAVE

void excDealloc(Object* o) {
    ExceptionObject* e = asException(o);
    Interpreter& interp = interpOf(o);
    TypeObject* type = o->type;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    // BaseException_dealloc's trashcan (bpo-44348: long chains through __context__ or
    // __traceback__); MemoryError and the kinds with fields of their own have deallocs without it.
    const ExcKind kind = exceptionKind(type);
    const bool baseDealloc = (kind == ExcKind::Base || kind == ExcKind::KeyError) &&
                             !(interp.vm && type == vmOf(interp).exc.MemoryError);
    TrashcanGuard guard(o, baseDealloc ? excDealloc : nullptr);
    if (guard.deposited()) return;
    clearWeakrefs(o);
    excClearFields(e);
    if (interp.vm && type == vmOf(interp).exc.MemoryError && vmOf(interp).memErrorFreelist.size() < kMemErrorsSave) {
        // MemoryError_dealloc: back onto the freelist (no PyObject_GC_Del).
        interp.retainObject(o);
        vmOf(interp).memErrorFreelist.push_back(o);
        return;
    }
    interp.freeObject(o);
    if (type->isHeapType()) decref(type);
}

int excTraverse(Object* o, VisitProc visit, void* arg) {
    ExceptionObject* e = asException(o);
    for (Object* p : {e->dict, e->args, e->notes, e->traceback, e->cause, e->context})
        if (p)
            if (int r = visit(p, arg)) return r;
    for (Object* p : e->fields)
        if (p)
            if (int r = visit(p, arg)) return r;
    return 0;
}

int excClear(Object* o) {
    excClearFields(asException(o));
    return 0;
}

std::int64_t excSizeOf(const Object* o) { return o->type->basicsize; }

Object* excRepr(Object* o) {
    ExceptionObject* e = asException(o);
    Interpreter& interp = interpOf(o);
    std::string name = o->type->name;
    const auto dot = name.rfind('.');
    if (dot != std::string::npos) name = name.substr(dot + 1);
    std::string text = name;
    if (e->args && tupleSize(e->args) == 1) {
        Ref r = objectRepr(tupleItem(e->args, 0));
        if (!r) return nullptr;
        text += "(" + strToUtf8(r.get()) + ")";
    } else {
        Ref r = objectRepr(e->args ? e->args : interp.emptyTuple);
        if (!r) return nullptr;
        text += strToUtf8(r.get());
    }
    return newStrFromUtf8(interp, text).release();
}

std::string excLabel(const Object* o) { return o->type->name + "()"; }

Object* baseStr(ExceptionObject* e) {
    Interpreter& interp = interpOf(e);
    if (!e->args) return newStrFromAscii(interp, "").release();
    switch (tupleSize(e->args)) {
    case 0: return newStrFromAscii(interp, "").release();
    case 1: return objectStr(tupleItem(e->args, 0)).release();
    default: return objectStr(e->args).release();
    }
}

// ---------------------------------------------------------------- str variants

std::string basename(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

Object* syntaxErrorStr(ExceptionObject* e) {
    Interpreter& interp = interpOf(e);
    Object* msg = e->fields[0] ? e->fields[0] : interp.none;
    Object* filename = e->fields[1];
    Object* lineno = e->fields[2];
    const bool haveFile = filename && isStr(filename);
    const bool haveLine = lineno && lineno->type == interp.types.int_;
    Ref m = objectStr(msg);
    if (!m) return nullptr;
    if (!haveFile && !haveLine) return m.release();
    std::string text = strToUtf8(m.get());
    if (haveFile && haveLine) text += " (" + basename(strToUtf8(filename)) + ", line " + intToDecimal(lineno) + ")";
    else if (haveFile) text += " (" + basename(strToUtf8(filename)) + ")";
    else text += " (line " + intToDecimal(lineno) + ")";
    return newStrFromUtf8(interp, text).release();
}

Object* unicodeErrorStr(ExceptionObject* e) {
    Interpreter& interp = interpOf(e);
    VmState& vm = vmOf(interp);
    Object* encoding = e->fields[0];
    Object* object = e->fields[1];
    if (!encoding || !object || !e->fields[2] || !e->fields[3] || !e->fields[4]) return baseStr(e);
    std::int64_t start = 0, end = 0;
    intAsInt64(e->fields[2], start);
    intAsInt64(e->fields[3], end);
    const std::string enc = strToUtf8(encoding);
    const std::string reason = strToUtf8(e->fields[4]);
    std::string text;
    if (e->type->isSubtypeOf(vm.exc.UnicodeDecodeError) && isBytes(object)) {
        const std::string_view data = bytesView(object);
        if (end == start + 1 && start >= 0 && start < static_cast<std::int64_t>(data.size()))
            text = formatString("'%s' codec can't decode byte 0x%02x in position %lld: %s", enc.c_str(),
                                static_cast<unsigned char>(data[static_cast<std::size_t>(start)]),
                                static_cast<long long>(start), reason.c_str());
        else
            text = formatString("'%s' codec can't decode bytes in position %lld-%lld: %s", enc.c_str(),
                                static_cast<long long>(start), static_cast<long long>(end - 1), reason.c_str());
    } else if (isStr(object)) {
        if (end == start + 1 && start >= 0 && start < strLength(object)) {
            const char32_t ch = strCharAt(object, start);
            std::string chtext;
            if (ch <= 0xff) chtext = formatString("\\x%02x", static_cast<unsigned>(ch));
            else if (ch <= 0xffff) chtext = formatString("\\u%04x", static_cast<unsigned>(ch));
            else chtext = formatString("\\U%08x", static_cast<unsigned>(ch));
            text = formatString("'%s' codec can't encode character '%s' in position %lld: %s", enc.c_str(),
                                chtext.c_str(), static_cast<long long>(start), reason.c_str());
        } else {
            text = formatString("'%s' codec can't encode characters in position %lld-%lld: %s", enc.c_str(),
                                static_cast<long long>(start), static_cast<long long>(end - 1), reason.c_str());
        }
    } else {
        return baseStr(e);
    }
    return newStrFromUtf8(interp, text).release();
}

Object* osErrorStr(ExceptionObject* e) {
    Interpreter& interp = interpOf(e);
    Object* errnum = e->fields[0];
    Object* strerror = e->fields[1];
    Object* filename = e->fields[2];
    Object* filename2 = e->fields[3];
    if (filename && filename != interp.none) {
        std::string text = "[Errno " + strOf(errnum ? errnum : interp.none) + "] " + strOf(strerror ? strerror : interp.none) +
                           ": " + reprOf(filename);
        if (filename2 && filename2 != interp.none) text += " -> " + reprOf(filename2);
        return newStrFromUtf8(interp, text).release();
    }
    if (errnum && strerror && errnum != interp.none && strerror != interp.none)
        return newStrFromUtf8(interp, "[Errno " + strOf(errnum) + "] " + strOf(strerror)).release();
    return baseStr(e);
}

Object* excStr(Object* o) {
    ExceptionObject* e = asException(o);
    switch (exceptionKind(o->type)) {
    case ExcKind::KeyError:
        if (e->args && tupleSize(e->args) == 1) return objectRepr(tupleItem(e->args, 0)).release();
        return baseStr(e);
    case ExcKind::ImportError:
        if (e->fields[0] && isExactStr(e->fields[0])) {
            incref(e->fields[0]);
            return e->fields[0];
        }
        return baseStr(e);
    case ExcKind::SyntaxError: return syntaxErrorStr(e);
    case ExcKind::UnicodeError: return unicodeErrorStr(e);
    case ExcKind::OSError: return osErrorStr(e);
    default: return baseStr(e);
    }
}

void setArgs(ExceptionObject* e, Object* args) {
    incref(args);
    xdecref(std::exchange(e->args, args));
}

// BaseException_init and the subclass inits (args is the call's tuple).
int excInit(Object* self, Object* args, Object* kwargs) {
    ExceptionObject* e = asException(self);
    Interpreter& interp = interpOf(self);
    const ExcKind kind = exceptionKind(self->type);
    const bool takesKeywords = kind == ExcKind::AttributeError || kind == ExcKind::NameError || kind == ExcKind::ImportError;
    if (kwargs && dictSize(kwargs) > 0 && !takesKeywords) {
        raiseError(interp, vmOf(interp).exc.TypeError, self->type->name + "() takes no keyword arguments");
        return -1;
    }
    setArgs(e, args);
    const std::int64_t n = tupleSize(args);
    auto setField = [&](int i, Object* v) {
        xincref(v);
        xdecref(std::exchange(e->fields[i], v));
    };
    auto keyword = [&](const char* name) -> Object* {
        if (!kwargs) return nullptr;
        std::int64_t pos = 0;
        Object *k = nullptr, *v = nullptr;
        while (dictNext(kwargs, pos, &k, &v))
            if (isStr(k) && strEqualsAscii(k, name)) return v;
        return nullptr;
    };
    auto checkKeywords = [&](std::initializer_list<const char*> allowed) -> bool {
        if (!kwargs) return true;
        std::int64_t pos = 0;
        Object *k = nullptr, *v = nullptr;
        while (dictNext(kwargs, pos, &k, &v)) {
            bool ok = false;
            for (const char* a : allowed) ok = ok || (isStr(k) && strEqualsAscii(k, a));
            if (!ok) {
                raiseError(interp, vmOf(interp).exc.TypeError,
                           "'" + strOf(k) + "' is an invalid keyword argument for " + self->type->name + "()");
                return false;
            }
        }
        return true;
    };
    switch (kind) {
    case ExcKind::AttributeError:
        if (!checkKeywords({"name", "obj"})) return -1;
        setField(1, keyword("name"));
        setField(0, keyword("obj"));
        break;
    case ExcKind::NameError:
        if (!checkKeywords({"name"})) return -1;
        setField(0, keyword("name"));
        break;
    case ExcKind::ImportError:
        if (!checkKeywords({"name", "path"})) return -1;
        setField(1, keyword("name"));
        setField(2, keyword("path"));
        setField(0, n == 1 ? tupleItem(args, 0) : nullptr);
        break;
    case ExcKind::StopIteration: setField(0, n > 0 ? tupleItem(args, 0) : interp.none); break;
    case ExcKind::SystemExit:
        if (n == 0) setField(0, nullptr);
        else setField(0, n == 1 ? tupleItem(args, 0) : args);
        break;
    case ExcKind::SyntaxError:
        if (n >= 1) setField(0, tupleItem(args, 0));
        if (n == 2) {
            Ref info = sequenceTuple(tupleItem(args, 1));
            if (!info) return -1;
            const std::int64_t m = tupleSize(info.get());
            if (m < 4 || m > 6) {
                raiseError(interp, vmOf(interp).exc.TypeError,
                           formatString("function takes at least 4 arguments (%lld given)", static_cast<long long>(m)));
                return -1;
            }
            for (int i = 0; i < 6; ++i) setField(1 + i, i < m ? tupleItem(info.get(), i) : nullptr);
        }
        break;
    case ExcKind::OSError:
        if (n >= 2 && n <= 5) {
            setField(0, tupleItem(args, 0));
            setField(1, tupleItem(args, 1));
            if (n >= 3) setField(2, tupleItem(args, 2));
            if (n >= 5) setField(3, tupleItem(args, 4));
            if (n >= 3) {
                Ref two = tupleSlice(args, 0, 2);
                if (!two) return -1;
                setArgs(e, two.get());
            }
        }
        break;
    case ExcKind::UnicodeError:
        if (n == 5) {
            for (int i = 0; i < 5; ++i) setField(i, tupleItem(args, i));
        }
        break;
    default: break;
    }
    return 0;
}

} // namespace

Object* baseExceptionNew(TypeObject* type, Object* args, Object* /*kwargs*/) {
    Interpreter& interp = *type->interp;
    if (interp.vm && type == vmOf(interp).exc.MemoryError && !vmOf(interp).memErrorFreelist.empty()) {
        // MemoryError_new: a preallocated instance, so the error can be raised with no memory left.
        auto* e = asException(vmOf(interp).memErrorFreelist.back());
        vmOf(interp).memErrorFreelist.pop_back();
        interp.reviveObject(e);
        e->args = args ? (incref(args), args) : (incref(interp.emptyTuple), interp.emptyTuple);
        interp.gc().track(e);
        return e;
    }
    auto* e = interp.newObject<ExceptionObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (!e) return nullptr;
    e->args = args ? (incref(args), args) : (incref(interp.emptyTuple), interp.emptyTuple);
    interp.gc().track(e);
    return e;
}

namespace {

// OSError_new's errnomap: OSError(errno, strerror[, ...]) with a known errno makes the subclass
// (Linux errno values).
TypeObject* osErrorSubtypeFor(Interpreter& interp, Object* args) {
    if (!args || tupleSize(args) < 2 || !isInt(tupleItem(args, 0))) return nullptr;
    std::int64_t code = 0;
    if (!intAsInt64(tupleItem(args, 0), code)) return nullptr;
    static const std::pair<int, const char*> kErrnoMap[] = {
        {11, "BlockingIOError"},   {114, "BlockingIOError"},        {115, "BlockingIOError"},
        {10, "ChildProcessError"}, {32, "BrokenPipeError"},         {108, "BrokenPipeError"},
        {103, "ConnectionAbortedError"}, {111, "ConnectionRefusedError"}, {104, "ConnectionResetError"},
        {17, "FileExistsError"},   {2, "FileNotFoundError"},        {21, "IsADirectoryError"},
        {20, "NotADirectoryError"}, {4, "InterruptedError"},        {13, "PermissionError"},
        {1, "PermissionError"},    {3, "ProcessLookupError"},       {110, "TimeoutError"},
    };
    for (const auto& [number, name] : kErrnoMap)
        if (number == code) return exceptionTypeByName(interp, name);
    return nullptr;
}

Object* excNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (interp.vm && type == vmOf(interp).exc.OSError)
        if (TypeObject* subtype = osErrorSubtypeFor(interp, args)) type = subtype;
    return baseExceptionNew(type, args, kwargs);
}

// ---------------------------------------------------------------- attributes

Object* getArgs(Object* self) {
    Object* a = asException(self)->args;
    incref(a);
    return a;
}
int setArgsAttr(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    if (!value) {
        raiseError(interp, vmOf(interp).exc.TypeError, "args may not be deleted");
        return -1;
    }
    Ref t = sequenceTuple(value);
    if (!t) return -1;
    setArgs(asException(self), t.get());
    return 0;
}
Object* noneIfNull(Object* self, Object* v) {
    Object* r = v ? v : interpOf(self).none;
    incref(r);
    return r;
}
Object* getTraceback(Object* self) { return noneIfNull(self, asException(self)->traceback); }
int setTracebackAttr(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    if (!value) {
        raiseError(interp, vmOf(interp).exc.TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (value == interp.none) value = nullptr;
    else if (value->type != vmOf(interp).types.traceback) {
        raiseError(interp, vmOf(interp).exc.TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    xincref(value);
    setExceptionTraceback(self, value);
    return 0;
}
Object* getContext(Object* self) { return noneIfNull(self, asException(self)->context); }
Object* getCause(Object* self) { return noneIfNull(self, asException(self)->cause); }
int setChainAttr(Object* self, Object* value, bool cause) {
    Interpreter& interp = interpOf(self);
    const char* what = cause ? "__cause__" : "__context__";
    if (!value) {
        raiseError(interp, vmOf(interp).exc.TypeError, std::string(what) + " may not be deleted");
        return -1;
    }
    if (value == interp.none) value = nullptr;
    else if (!isExceptionInstance(value)) {
        raiseError(interp, vmOf(interp).exc.TypeError,
                   std::string("exception ") + (cause ? "cause" : "context") + " must be None or derive from BaseException");
        return -1;
    }
    xincref(value);
    if (cause) {
        setExceptionCause(self, value);
        asException(self)->suppressContext = true;
    } else {
        setExceptionContext(self, value);
    }
    return 0;
}
int setContextAttr(Object* self, Object* v) { return setChainAttr(self, v, false); }
int setCauseAttr(Object* self, Object* v) { return setChainAttr(self, v, true); }
Object* getSuppress(Object* self) { return newBool(interpOf(self), asException(self)->suppressContext); }
int setSuppress(Object* self, Object* value) {
    if (!value) return -1;
    const int t = objectIsTrue(value);
    if (t < 0) return -1;
    asException(self)->suppressContext = t != 0;
    return 0;
}
Object* getDict(Object* self) {
    ExceptionObject* e = asException(self);
    if (!e->dict) {
        Ref d = newDict(interpOf(self));
        if (!d) return nullptr;
        e->dict = d.release();
    }
    incref(e->dict);
    return e->dict;
}

template <int I> Object* getField(Object* self) { return noneIfNull(self, asException(self)->fields[I]); }
template <int I> int setField(Object* self, Object* value) {
    xincref(value);
    xdecref(std::exchange(asException(self)->fields[I], value));
    return 0;
}

Object* withTraceback(Object* self, Object* const* args, std::int64_t, Object*) {
    if (setTracebackAttr(self, args[0]) < 0) return nullptr;
    incref(self);
    return self;
}

Object* addNote(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    if (!isStr(args[0])) {
        raiseError(interp, vmOf(interp).exc.TypeError, "note must be a str, not '" + args[0]->type->name + "'");
        return nullptr;
    }
    ExceptionObject* e = asException(self);
    Ref dict(getDict(self));
    if (!dict) return nullptr;
    Object* notes = dictGetItem(dict.get(), vmOf(interp).names.__notes__);
    if (!notes) {
        Ref list = sequenceList(interp.emptyTuple);
        if (!list || dictSetItem(dict.get(), vmOf(interp).names.__notes__, list.get()) < 0) return nullptr;
        notes = list.get();
    }
    (void)e;
    Ref r = callMethodStr(notes, "append", args, 1);
    if (!r) return nullptr;
    incref(interp.none);
    return interp.none;
}

const MethodDef kBaseMethods[] = {
    {"with_traceback", withTraceback, meth::kO},
    {"add_note", addNote, meth::kO},
    {nullptr, nullptr, 0},
};

const GetSetDef kBaseGetSets[] = {
    {"args", getArgs, setArgsAttr},
    {"__traceback__", getTraceback, setTracebackAttr},
    {"__context__", getContext, setContextAttr},
    {"__cause__", getCause, setCauseAttr},
    {"__suppress_context__", getSuppress, setSuppress},
    {"__dict__", getDict, nullptr},
    {nullptr, nullptr, nullptr},
};
const GetSetDef kAttributeErrorGetSets[] = {
    {"obj", getField<0>, setField<0>}, {"name", getField<1>, setField<1>}, {nullptr, nullptr, nullptr}};
const GetSetDef kNameErrorGetSets[] = {{"name", getField<0>, setField<0>}, {nullptr, nullptr, nullptr}};
const GetSetDef kStopIterationGetSets[] = {{"value", getField<0>, setField<0>}, {nullptr, nullptr, nullptr}};
const GetSetDef kSystemExitGetSets[] = {{"code", getField<0>, setField<0>}, {nullptr, nullptr, nullptr}};
const GetSetDef kImportErrorGetSets[] = {{"msg", getField<0>, setField<0>},
                                          {"name", getField<1>, setField<1>},
                                          {"path", getField<2>, setField<2>},
                                          {nullptr, nullptr, nullptr}};
const GetSetDef kSyntaxErrorGetSets[] = {
    {"msg", getField<0>, setField<0>},        {"filename", getField<1>, setField<1>},
    {"lineno", getField<2>, setField<2>},     {"offset", getField<3>, setField<3>},
    {"text", getField<4>, setField<4>},       {"end_lineno", getField<5>, setField<5>},
    {"end_offset", getField<6>, setField<6>}, {"print_file_and_line", getField<7>, setField<7>},
    {nullptr, nullptr, nullptr}};
const GetSetDef kOSErrorGetSets[] = {{"errno", getField<0>, setField<0>},
                                      {"strerror", getField<1>, setField<1>},
                                      {"filename", getField<2>, setField<2>},
                                      {"filename2", getField<3>, setField<3>},
                                      {nullptr, nullptr, nullptr}};
const GetSetDef kUnicodeErrorGetSets[] = {{"encoding", getField<0>, setField<0>}, {"object", getField<1>, setField<1>},
                                           {"start", getField<2>, setField<2>},    {"end", getField<3>, setField<3>},
                                           {"reason", getField<4>, setField<4>},   {nullptr, nullptr, nullptr}};

const GetSetDef* kindGetSets(ExcKind kind) {
    switch (kind) {
    case ExcKind::AttributeError: return kAttributeErrorGetSets;
    case ExcKind::NameError: return kNameErrorGetSets;
    case ExcKind::StopIteration: return kStopIterationGetSets;
    case ExcKind::SystemExit: return kSystemExitGetSets;
    case ExcKind::ImportError: return kImportErrorGetSets;
    case ExcKind::SyntaxError: return kSyntaxErrorGetSets;
    case ExcKind::OSError: return kOSErrorGetSets;
    case ExcKind::UnicodeError: return kUnicodeErrorGetSets;
    default: return nullptr;
    }
}

std::int64_t excHash(Object* o) {
    const std::uint64_t a = o->addr;
    return static_cast<std::int64_t>((a >> 4) | (a << 60));
}

void fillSlots(TypeObject& t) {
    t.dealloc = excDealloc;
    t.traverse = excTraverse;
    t.clear = excClear;
    t.sizeOf = excSizeOf;
    t.repr = excRepr;
    t.hash = excHash;
    t.label = excLabel;
    t.slots.str = excStr;
    t.slots.tpNew = excNew;
    t.slots.tpInit = excInit;
    t.slots.dictOffset = 16;
    t.slots.dictPtr = [](Object* o) { return &asException(o)->dict; };
    setHostDestructor<ExceptionObject>(t);
}

} // namespace

// ---------------------------------------------------------------- creation

ExcKind exceptionKind(const TypeObject* t) {
    // The kind tag (kind + 1) of the nearest class that has one.
    for (const TypeObject* p = t; p; p = p->base)
        if (p->slots.kindTag) return static_cast<ExcKind>(p->slots.kindTag - 1);
    return ExcKind::Base;
}

bool isExceptionInstance(const Object* o) { return o->type->flags & tpflags::kBaseExcSubclass; }

bool isExceptionClass(const Object* o) {
    const Interpreter& interp = *o->type->interp;
    return o->type->isSubtypeOf(interp.types.type) && (static_cast<const TypeObject*>(o)->flags & tpflags::kBaseExcSubclass);
}

void createExceptionTypes(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    for (const ExcSpec& spec : kExceptions) {
        TypeObject* base = spec.base ? vm.exc.byName.at(spec.base) : interp.types.object;
        const std::int64_t size = kindBasicSize(spec.kind);
        TypeObject* t = interp.newStaticType(spec.name, size, 0,
                                             tpflags::kHaveGc | tpflags::kBaseType | tpflags::kBaseExcSubclass, base);
        t->type = interp.types.type;
        fillSlots(*t);
        t->slots.kindTag = static_cast<std::uint8_t>(static_cast<int>(spec.kind) + 1);
        if (!spec.base) addMethods(interp, t, kBaseMethods), addGetSets(interp, t, kBaseGetSets);
        const bool firstOfKind = spec.kind != ExcKind::Base && (!spec.base || exceptionKind(base) != spec.kind);
        if (firstOfKind && kindGetSets(spec.kind)) addGetSets(interp, t, kindGetSets(spec.kind));
        if (firstOfKind && spec.kind == ExcKind::ExceptionGroup) initBaseExceptionGroupType(interp, t);
        vm.exc.byName[spec.name] = t;
        vm.exc.all.push_back(t);
        if (spec.slot) vm.exc.*(spec.slot) = t;
    }
    // preallocate_memerrors: 16 MemoryError objects parked on their freelist.
    for (std::size_t i = 0; i < kMemErrorsSave; ++i) {
        TypeObject* t = vm.exc.MemoryError;
        auto* e = interp.newObject<ExceptionObject>(t, static_cast<std::uint64_t>(t->basicsize));
        if (!e) break;
        e->refcnt = 0;
        interp.retainObject(e);
        vm.memErrorFreelist.push_back(e);
    }
}

Ref newException(Interpreter& interp, TypeObject* type, Object* const* args, std::int64_t nargs) {
    if (type->isHeapType() || type->slots.tpNew != excNew) return callType(type, args, nargs, nullptr);
    Ref tuple = tupleFromArray(interp, args, nargs);
    if (!tuple) return Ref();
    Ref e(excNew(type, tuple.get(), nullptr));
    if (!e) return Ref();
    if (excInit(e.get(), tuple.get(), nullptr) < 0) return Ref();
    return e;
}

Ref newExceptionWithMessage(Interpreter& interp, TypeObject* type, std::string_view message) {
    Ref msg = newStrFromUtf8(interp, message);
    if (!msg) return Ref();
    Object* arg = msg.get();
    return newException(interp, type, &arg, 1);
}

void setExceptionTraceback(Object* e, Object* tb) { xdecref(std::exchange(asException(e)->traceback, tb)); }
void setExceptionContext(Object* e, Object* ctx) { xdecref(std::exchange(asException(e)->context, ctx)); }
void setExceptionCause(Object* e, Object* cause) { xdecref(std::exchange(asException(e)->cause, cause)); }

Object* stopIterationValue(Object* e) {
    Object* v = asException(e)->fields[0];
    return v ? v : e->type->interp->none;
}

Ref exceptionStr(Object* e) { return Ref(excStr(e)); }

Object* exceptionField(Object* e, int index) { return asException(e)->fields[index]; }

void setExceptionField(Object* e, int index, Object* value) {
    xdecref(std::exchange(asException(e)->fields[index], value));
}

} // namespace hs
