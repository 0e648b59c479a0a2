// Python/errors.c: setting, normalizing, fetching and matching the pending exception, and implicit
// exception chaining (__context__) as _PyErr_SetObject does it.
#include "runtime/errors.h"

#include "objects/exception_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <cstdarg>
#include <cstdio>

namespace hs {

namespace {

const std::string kEmpty;

// Implicit chaining: exc.__context__ = the exception being handled, avoiding cycles as
// _PyErr_SetObject does (Floyd's cycle detection over the context chain).
void chainContext(Interpreter& interp, Object* exc) {
    Object* handled = handledException(interp);
    if (handled == nullptr || handled == exc) return;
    // Avoid creating new reference cycles through the context chain.
    Object* o = handled;
    Object* slow = o;
    bool slowUpdate = false;
    while (Object* context = exceptionContext(o)) {
        if (context == exc) {
            setExceptionContext(o, nullptr);
            break;
        }
        o = context;
        if (o == slow) break; // pre-existing cycle
        if (slowUpdate) slow = exceptionContext(slow);
        slowUpdate = !slowUpdate;
    }
    incref(handled);
    setExceptionContext(exc, handled);
}

void storeObject(Interpreter& interp, Ref exc) {
    PendingError e;
    e.type = exc->type->name;
    e.value = std::move(exc);
    interp.setPendingError(std::move(e));
}

} // namespace

std::string formatString(const char* fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    const int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n >= 0 && static_cast<std::size_t>(n) < sizeof buf) return std::string(buf, static_cast<std::size_t>(n));
    std::string out(static_cast<std::size_t>(n) + 1, '\0');
    va_start(ap, fmt);
    std::vsnprintf(out.data(), out.size(), fmt, ap);
    va_end(ap);
    out.resize(static_cast<std::size_t>(n));
    return out;
}

bool errOccurred(const Interpreter& interp) { return static_cast<bool>(interp.error()); }

const std::string& errTypeName(const Interpreter& interp) { return interp.error() ? interp.error().type : kEmpty; }

TypeObject* exceptionTypeByName(Interpreter& interp, const std::string& name) {
    if (!interp.vm) return nullptr;
    auto& byName = vmOf(interp).exc.byName;
    auto it = byName.find(name);
    return it == byName.end() ? nullptr : it->second;
}

Object* handledException(Interpreter& interp) {
    if (!interp.vm) return nullptr;
    for (ExcStackItem* item = vmOf(interp).excInfo; item; item = item->previous)
        if (item->excValue && item->excValue != interp.none) return item->excValue;
    return nullptr;
}

void raiseError(Interpreter& interp, TypeObject* type, std::string_view message) {
    if (!interp.vm || type == nullptr) {
        interp.setError(type ? type->name : "SystemError", std::string(message));
        return;
    }
    // Clear any pending error first: the new one replaces it (PyErr_SetString semantics).
    interp.takeError();
    // While an exception is handled, _PyErr_SetObject normalizes at once (to chain __context__):
    // _PyErr_CreateException calls the type through _PyObject_MakeTpCall, whose recursion check
    // can turn the new error into a RecursionError at the depth limit.
    const bool normalizeNow = handledException(interp) != nullptr;
    if (normalizeNow && !enterRecursiveCall(interp, " while calling a Python object")) return;
    Ref exc = newExceptionWithMessage(interp, type, message);
    if (normalizeNow) leaveRecursiveCall(interp);
    if (!exc) return; // MemoryError pending
    chainContext(interp, exc.get());
    PendingError e;
    e.type = type->name;
    e.message = std::string(message);
    e.value = std::move(exc);
    interp.setPendingError(std::move(e));
}

void raiseObject(Interpreter& interp, Object* exc) {
    chainContext(interp, exc);
    storeObject(interp, Ref::borrowed(exc));
}

void restoreException(Interpreter& interp, Object* exc) { storeObject(interp, Ref::borrowed(exc)); }

void raiseType(Interpreter& interp, TypeObject* type) {
    Ref exc = newException(interp, type, nullptr, 0);
    if (!exc) return;
    chainContext(interp, exc.get());
    storeObject(interp, std::move(exc));
}

void raiseKeyError(Interpreter& interp, Object* key) {
    if (!interp.vm) {
        interp.setError("KeyError", reprOf(key));
        return;
    }
    // _PyErr_SetKeyError: KeyError((key,)) so that a tuple key is not unpacked as the args. The
    // key's repr is made only if the exception is printed (a repr here would be visible: it is
    // host work on every caught KeyError, and a container key's repr creates Py_ReprEnter's
    // thread-state dict and list early, which shifts later gc counts).
    Ref exc = newException(interp, vmOf(interp).exc.KeyError, &key, 1);
    if (!exc) return;
    chainContext(interp, exc.get());
    storeObject(interp, std::move(exc));
}

void raiseStopIteration(Interpreter& interp, Object* value) {
    Ref exc = newException(interp, vmOf(interp).exc.StopIteration, &value, 1);
    if (!exc) return;
    chainContext(interp, exc.get());
    storeObject(interp, std::move(exc));
}

void raiseAttributeError(Interpreter& interp, Object* obj, Object* name, const std::string& message) {
    raiseError(interp, vmOf(interp).exc.AttributeError, message);
    Object* exc = interp.error().value.get();
    if (exc && exc->type == vmOf(interp).exc.AttributeError) {
        incref(obj);
        setExceptionField(exc, 0, obj);
        incref(name);
        setExceptionField(exc, 1, name);
    }
}

void raiseBareAttributeError(Interpreter& interp, const std::string& message) {
    raiseError(interp, vmOf(interp).exc.AttributeError, message);
}

void setAttributeErrorContext(Interpreter& interp, Object* obj, Object* name) {
    if (!errMatches(interp, vmOf(interp).exc.AttributeError)) return;
    Object* exc = normalizedError(interp);
    if (!exc || exceptionKind(exc->type) != ExcKind::AttributeError) return;
    if (exceptionField(exc, 0) || exceptionField(exc, 1)) return; // already augmented
    incref(name);
    setExceptionField(exc, 1, name);
    incref(obj);
    setExceptionField(exc, 0, obj);
}

void raiseNameError(Interpreter& interp, TypeObject* type, Object* name, const std::string& message) {
    raiseError(interp, type, message);
    Object* exc = interp.error().value.get();
    if (exc) {
        incref(name);
        setExceptionField(exc, 0, name);
    }
}

void raiseRecursionError(Interpreter& interp, const char* where) {
    raiseError(interp, vmOf(interp).exc.RecursionError, std::string("maximum recursion depth exceeded") + where);
}

Object* normalizedError(Interpreter& interp) {
    const PendingError& pending = interp.error();
    if (!pending) return nullptr;
    if (pending.value) return pending.value.get();
    if (!interp.vm) return nullptr;
    PendingError e = interp.takeError();
    TypeObject* type = exceptionTypeByName(interp, e.type);
    if (type == nullptr) type = vmOf(interp).exc.SystemError;
    Ref exc;
    if (e.message.empty()) {
        exc = newException(interp, type, nullptr, 0);
    } else if (type == vmOf(interp).exc.KeyError) {
        // Object code reports KeyError with repr(key) as the message: str(e) must show it as is.
        exc = newExceptionWithMessage(interp, type, e.message);
    } else {
        exc = newExceptionWithMessage(interp, type, e.message);
    }
    if (!exc) return interp.error().value.get();
    chainContext(interp, exc.get());
    e.type = exc->type->name;
    e.value = std::move(exc);
    Object* result = e.value.get();
    interp.setPendingError(std::move(e));
    return result;
}

Ref fetchError(Interpreter& interp) {
    if (!normalizedError(interp)) {
        if (!interp.error()) return Ref();
    }
    PendingError e = interp.takeError();
    return std::move(e.value);
}

void clearError(Interpreter& interp) { interp.takeError(); }

bool errMatches(Interpreter& interp, TypeObject* type) {
    const PendingError& pending = interp.error();
    if (!pending) return false;
    if (pending.value) return pending.value->type->isSubtypeOf(type);
    TypeObject* t = exceptionTypeByName(interp, pending.type);
    return t && t->isSubtypeOf(type);
}

} // namespace hs
