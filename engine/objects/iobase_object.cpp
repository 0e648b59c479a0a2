// _io._IOBase / _TextIOBase / _BufferedIOBase (Modules/_io/iobase.c, textio.c, bufferedio.c, 3.11):
// the generic methods the in-memory streams inherit, each going through Python-level attributes.
#include "objects/iobase_object.h"

#include "modules/module_types.h"
#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/subtype_instance.h"
#include "objects/weakref_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <utility>

namespace hs {

namespace {

Interpreter& interpOf(Object* o) { return *o->type->interp; }

Object* retNone(Interpreter& interp) {
    incref(interp.none);
    return interp.none;
}

void raiseUnsupported(Interpreter& interp, const char* what) {
    Object* t = unsupportedOperationType(interp);
    raiseError(interp, t ? static_cast<TypeObject*>(t) : vmOf(interp).exc.OSError, what);
}

// iobase_is_closed: the `__IOBase_closed` attribute exists (set by _IOBase.close).
int isClosedFlag(Object* self) {
    Ref res;
    return lookupAttr(self, internName(interpOf(self), "__IOBase_closed").get(), res);
}

Object* baseFlush(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    const int closed = isClosedFlag(self);
    if (closed == 0) return retNone(interp);
    if (closed > 0) raiseError(interp, vmOf(interp).exc.ValueError, "I/O operation on closed file.");
    return nullptr;
}

// _IOBase.close: sets __IOBase_closed after flush() (once).
Object* baseClose(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    const int closed = isClosedFlag(self);
    if (closed < 0) return nullptr;
    if (closed) return retNone(interp);
    Ref res = callMethodStr(self, "flush", nullptr, 0);
    PendingError saved = interp.takeError();
    if (setAttr(self, internName(interp, "__IOBase_closed").get(), interp.trueObj) < 0) {
        if (!res) interp.setPendingError(std::move(saved));
        return nullptr;
    }
    if (!res) {
        interp.setPendingError(std::move(saved));
        return nullptr;
    }
    return retNone(interp);
}

Object* baseClosed(Object* self) {
    const int closed = isClosedFlag(self);
    if (closed < 0) return nullptr;
    return newBool(interpOf(self), closed > 0);
}

Object* baseSeek(Object* self, Object* const*, std::int64_t, Object*) {
    raiseUnsupported(interpOf(self), "seek");
    return nullptr;
}
Object* baseTell(Object* self, Object* const*, std::int64_t, Object*) {
    return callMethodStr(self, "seek", nullptr, 0).release(); // _io._IOBase.tell: self.seek(0, 1)
}
Object* baseTruncate(Object* self, Object* const*, std::int64_t, Object*) {
    raiseUnsupported(interpOf(self), "truncate");
    return nullptr;
}
Object* baseFileno(Object* self, Object* const*, std::int64_t, Object*) {
    raiseUnsupported(interpOf(self), "fileno");
    return nullptr;
}
Object* baseFalse(Object* self, Object* const*, std::int64_t, Object*) { return newBool(interpOf(self), false); }

Object* baseIsatty(Object* self, Object* const*, std::int64_t, Object*) {
    if (ioCheckClosed(self)) return nullptr;
    return newBool(interpOf(self), false);
}

Object* baseEnter(Object* self, Object* const*, std::int64_t, Object*) {
    if (ioCheckClosed(self)) return nullptr;
    incref(self);
    return self;
}

Object* baseExit(Object* self, Object* const*, std::int64_t, Object*) { return callMethodStr(self, "close", nullptr, 0).release(); }

Object* baseIter(Object* self) {
    if (ioCheckClosed(self)) return nullptr;
    incref(self);
    return self;
}

// iobase_iternext: self.readline(); an empty line ends the iteration.
Object* baseIternext(Object* self) {
    Ref line = callMethodStr(self, "readline", nullptr, 0);
    if (!line) return nullptr;
    const std::int64_t n = objectLength(line.get());
    if (n < 0) return nullptr;
    if (n == 0) return nullptr;
    return line.release();
}

// _io__IOBase_readlines_impl: hint <= 0 extends a new list with self; otherwise lines are taken until
// their total length exceeds the hint.
Object* baseReadlines(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "readlines", nargs, 0, 1)) return nullptr;
    std::int64_t hint = -1;
    if (nargs && !optionalSsize(interp, args[0], hint)) return nullptr;
    Ref result = newList(interp, 0);
    if (!result) return nullptr;
    if (hint <= 0) {
        Ref r = callMethodStr(result.get(), "extend", &self, 1);
        if (!r) return nullptr;
        return result.release();
    }
    Ref it = getIter(self);
    if (!it) return nullptr;
    std::int64_t length = 0;
    for (;;) {
        Ref line = iterNext(it.get());
        if (!line) {
            if (errOccurred(interp)) return nullptr;
            break;
        }
        if (listAppend(result.get(), line.get()) < 0) return nullptr;
        const std::int64_t n = objectLength(line.get());
        if (n < 0) return nullptr;
        if (n > hint - length) break;
        length += n;
    }
    return result.release();
}

Object* baseWritelines(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    if (ioCheckClosed(self)) return nullptr;
    Ref it = getIter(args[0]);
    if (!it) return nullptr;
    for (;;) {
        Ref line = iterNext(it.get());
        if (!line) {
            if (errOccurred(interp)) return nullptr;
            break;
        }
        Object* l = line.get();
        Ref r = callMethodStr(self, "write", &l, 1);
        if (!r) return nullptr;
    }
    return retNone(interp);
}

Object* baseCheckClosed(Object* self, Object* const*, std::int64_t, Object*) {
    if (ioCheckClosed(self)) return nullptr;
    return retNone(interpOf(self));
}

const MethodDef kIOBaseMethods[] = {
    {"seek", baseSeek, meth::kFastcall},
    {"tell", baseTell, meth::kNoArgs},
    {"truncate", baseTruncate, meth::kFastcall},
    {"flush", baseFlush, meth::kNoArgs},
    {"close", baseClose, meth::kNoArgs},
    {"seekable", baseFalse, meth::kNoArgs},
    {"readable", baseFalse, meth::kNoArgs},
    {"writable", baseFalse, meth::kNoArgs},
    {"_checkClosed", baseCheckClosed, meth::kFastcall},
    {"fileno", baseFileno, meth::kNoArgs},
    {"isatty", baseIsatty, meth::kNoArgs},
    {"__enter__", baseEnter, meth::kNoArgs},
    {"__exit__", baseExit, meth::kFastcall},
    {"readlines", baseReadlines, meth::kFastcall},
    {"writelines", baseWritelines, meth::kO},
    {nullptr, nullptr, 0},
};
// __dict__: the instance dict of StringIO/BytesIO (tp_dictoffset).
const GetSetDef kIOBaseGetSets[] = {{"__dict__", genericGetDict}, {"closed", baseClosed}, {nullptr, nullptr}};

Object* textDetach(Object* self, Object* const*, std::int64_t, Object*) {
    raiseUnsupported(interpOf(self), "detach");
    return nullptr;
}
Object* textRead(Object* self, Object* const*, std::int64_t, Object*) {
    raiseUnsupported(interpOf(self), "read");
    return nullptr;
}
Object* textReadline(Object* self, Object* const*, std::int64_t, Object*) {
    raiseUnsupported(interpOf(self), "readline");
    return nullptr;
}
Object* textWrite(Object* self, Object* const*, std::int64_t, Object*) {
    raiseUnsupported(interpOf(self), "write");
    return nullptr;
}
Object* noneGetter(Object* self) { return retNone(interpOf(self)); }

const MethodDef kTextIOBaseMethods[] = {
    {"detach", textDetach, meth::kNoArgs},
    {"read", textRead, meth::kFastcall},
    {"readline", textReadline, meth::kFastcall},
    {"write", textWrite, meth::kFastcall},
    {nullptr, nullptr, 0},
};
const GetSetDef kTextIOBaseGetSets[] = {
    {"encoding", noneGetter}, {"newlines", noneGetter}, {"errors", noneGetter}, {nullptr, nullptr}};

IOBaseObject* asIOBase(Object* o) { return static_cast<IOBaseObject*>(o); }

// PyType_GenericNew: a tracked instance (a Python subclass gets its storage too).
Object* ioBaseNew(TypeObject* type, Object*, Object*) {
    Interpreter& interp = *type->interp;
    if (type->isHeapType()) return allocSubtypeInstance<IOBaseObject>(interp, type, 0);
    auto* o = interp.newObject<IOBaseObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (!o) return nullptr;
    interp.gc().track(o);
    return o;
}

void ioBaseDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    clearWeakrefs(o); // ours, or (a subclass adding __weakref__) already cleared by subtype_dealloc
    xdecref(std::exchange(asIOBase(o)->dict, nullptr));
    interp.freeObject(o);
}

int ioBaseTraverse(Object* o, VisitProc visit, void* arg) {
    Object* d = asIOBase(o)->dict;
    return d ? visit(d, arg) : 0;
}

// One of _io's abstract bases: the shared layout and slots, iteration by readline, its own
// methods and getsets (null: none) and its slot wrappers (its doc comes from objects/type_docs).
TypeObject* makeBase(Interpreter& interp, ModuleTypeId id, const char* name, TypeObject* base,
                     const MethodDef* methods, const GetSetDef* getsets) {
    TypeObject*& slot = moduleType(interp, id);
    if (slot) return slot;
    TypeObject* t = interp.newStaticType(name, 32, 0, tpflags::kBaseType | tpflags::kHaveGc, base);
    t->type = interp.types.type;
    t->hash = interp.types.object->hash;
    t->richcompare = interp.types.object->richcompare;
    t->repr = interp.types.object->repr; // object_repr
    t->dealloc = ioBaseDealloc;
    t->traverse = ioBaseTraverse;
    t->clear = [](Object* o) {
        xdecref(std::exchange(asIOBase(o)->dict, nullptr));
        return 0;
    };
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->weaklistPtr = [](Object* o) -> Object** { return &asIOBase(o)->weakreflist; };
    // tp_dictoffset 16 / tp_weaklistoffset 24: subclasses (io.IOBase, ...) add neither.
    t->slots.dictOffset = 16;
    t->slots.weaklistOffset = 24;
    t->slots.dictPtr = [](Object* o) { return &asIOBase(o)->dict; };
    t->slots.tpNew = ioBaseNew;
    setHostDestructor<IOBaseObject>(*t);
    slot = t;
    t->slots.iter = baseIter;
    t->slots.iternext = baseIternext;
    if (methods) addMethods(interp, t, methods);
    if (getsets) addGetSets(interp, t, getsets);
    addSlotWrappers(interp, t);
    return t;
}

} // namespace

int ioCheckClosed(Object* self) {
    Interpreter& interp = interpOf(self);
    Ref res;
    int closed = lookupAttr(self, internName(interp, "closed").get(), res);
    if (closed > 0) {
        closed = objectIsTrue(res.get());
        if (closed > 0) {
            raiseError(interp, vmOf(interp).exc.ValueError, "I/O operation on closed file.");
            return -1;
        }
    }
    return closed;
}

bool optionalSsize(Interpreter& interp, Object* arg, std::int64_t& out) {
    if (arg == nullptr || arg == interp.none) return true;
    if (!hasIndex(arg)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "argument should be integer or None, not '" + arg->type->name + "'");
        return false;
    }
    return indexAsInt64(arg, out, vmOf(interp).exc.OverflowError);
}

TypeObject* ioBaseType(Interpreter& interp) {
    if (TypeObject* t = moduleType(interp, ModuleTypeId::IOBase)) return t;
    return makeBase(interp, ModuleTypeId::IOBase, "_io._IOBase", interp.types.object, kIOBaseMethods, kIOBaseGetSets);
}

TypeObject* textIOBaseType(Interpreter& interp) {
    if (TypeObject* t = moduleType(interp, ModuleTypeId::TextIOBase)) return t;
    return makeBase(interp, ModuleTypeId::TextIOBase, "_io._TextIOBase", ioBaseType(interp), kTextIOBaseMethods, kTextIOBaseGetSets);
}

TypeObject* rawIOBaseType(Interpreter& interp) {
    if (TypeObject* t = moduleType(interp, ModuleTypeId::RawIOBase)) return t;
    return makeBase(interp, ModuleTypeId::RawIOBase, "_io._RawIOBase", ioBaseType(interp), nullptr, nullptr);
}

TypeObject* bufferedIOBaseType(Interpreter& interp) {
    if (TypeObject* t = moduleType(interp, ModuleTypeId::BufferedIOBase)) return t;
    return makeBase(interp, ModuleTypeId::BufferedIOBase, "_io._BufferedIOBase", ioBaseType(interp), nullptr,
                    nullptr);
}

Object* unsupportedOperationType(Interpreter& interp) {
    return reinterpret_cast<Object*>(moduleType(interp, ModuleTypeId::UnsupportedOperation));
}

void setUnsupportedOperationType(Interpreter& interp, Object* type) {
    moduleType(interp, ModuleTypeId::UnsupportedOperation) = static_cast<TypeObject*>(type);
}

} // namespace hs
