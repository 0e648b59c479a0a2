// _io.BytesIO (Modules/_io/bytesio.c, 3.11): writes into a bytes buffer grown like list_resize,
// getvalue()/read() hand out the buffer itself when it holds exactly the contents.
#include "objects/bytesio_object.h"

#include "modules/module_types.h"
#include "objects/builtin_function_object.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/iobase_object.h"
#include "objects/list_object.h"
#include "objects/subtype_instance.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <utility>
#include <vector>

namespace hs {

namespace {

constexpr std::int64_t kBytesIOBasicSize = 64; // sizeof(bytesio)

BytesIOObject* asBio(Object* o) { return static_cast<BytesIOObject*>(o); }
Interpreter& interpOf(Object* o) { return *o->type->interp; }

Object* retNone(Interpreter& interp) {
    incref(interp.none);
    return interp.none;
}

bool checkClosed(BytesIOObject* b) {
    if (b->buf != nullptr) return true;
    raiseError(interpOf(b), vmOf(interpOf(b)).exc.ValueError, "I/O operation on closed file.");
    return false;
}
bool checkExports(BytesIOObject* b) {
    if (b->exports == 0) return true;
    raiseError(interpOf(b), vmOf(interpOf(b)).exc.BufferError, "Existing exports of data: object cannot be re-sized");
    return false;
}
bool sharedBuf(const BytesIOObject* b) { return b->buf->refcnt > 1; }

// unshare_buffer: a fresh bytes of `size` holding the contents.
bool unshareBuffer(BytesIOObject* b, std::int64_t size) {
    Ref fresh = newBytesUninit(interpOf(b), size);
    if (!fresh) return false;
    if (b->stringSize > 0) std::memcpy(bytesMutableData(fresh.get()), bytesView(b->buf).data(), static_cast<std::size_t>(b->stringSize));
    decref(std::exchange(b->buf, fresh.release()));
    return true;
}

// _PyBytes_Resize of the (unshared) buffer.
bool resizeOwned(BytesIOObject* b, std::int64_t size) {
    Ref r(std::exchange(b->buf, nullptr));
    if (!bytesResize(interpOf(b), r, size)) return false;
    b->buf = r.release();
    return true;
}

// resize_buffer: exact for a major up- or downsize, list_resize-like overallocation otherwise.
bool resizeBuffer(BytesIOObject* b, std::uint64_t size) {
    std::uint64_t alloc = static_cast<std::uint64_t>(bytesSize(b->buf));
    if (size > static_cast<std::uint64_t>(INT64_MAX)) {
        raiseError(interpOf(b), vmOf(interpOf(b)).exc.OverflowError, "new buffer size too large");
        return false;
    }
    if (size < alloc / 2) alloc = size + 1;
    else if (size < alloc) return true;
    else if (static_cast<double>(size) <= static_cast<double>(alloc) * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
    else alloc = size + 1;
    if (sharedBuf(b)) return unshareBuffer(b, static_cast<std::int64_t>(alloc));
    return resizeOwned(b, static_cast<std::int64_t>(alloc));
}

// write_bytes: the number of bytes written, or -1.
std::int64_t writeBytes(BytesIOObject* b, Object* data) {
    Interpreter& interp = interpOf(b);
    if (!checkClosed(b) || !checkExports(b)) return -1;
    std::string_view view;
    if (!bytesLikeView(data, view)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "a bytes-like object is required, not '" + data->type->name + "'");
        return -1;
    }
    const std::string copy(view); // the source may be the buffer itself
    const std::int64_t len = static_cast<std::int64_t>(copy.size());
    if (len == 0) return 0;
    const std::int64_t endpos = b->pos + len;
    if (endpos > bytesSize(b->buf)) {
        if (!resizeBuffer(b, static_cast<std::uint64_t>(endpos))) return -1;
    } else if (sharedBuf(b)) {
        if (!unshareBuffer(b, std::max(endpos, b->stringSize))) return -1;
    }
    char* out = bytesMutableData(b->buf);
    if (b->pos > b->stringSize) std::memset(out + b->stringSize, 0, static_cast<std::size_t>(b->pos - b->stringSize));
    std::memcpy(out + b->pos, copy.data(), copy.size());
    static_cast<BytesObject*>(b->buf)->hash = -1;
    b->pos = endpos;
    if (b->stringSize < endpos) b->stringSize = endpos;
    return len;
}

// scan_eol: the length from pos to the end of the line (or of `len` bytes, or of the data).
std::int64_t scanEol(BytesIOObject* b, std::int64_t len) {
    if (b->pos >= b->stringSize) return 0;
    const std::int64_t maxlen = b->stringSize - b->pos;
    if (len < 0 || len > maxlen) len = maxlen;
    if (len) {
        const char* start = bytesView(b->buf).data() + b->pos;
        const void* n = std::memchr(start, '\n', static_cast<std::size_t>(len));
        if (n) len = static_cast<const char*>(n) - start + 1;
    }
    return len;
}

// read_bytes: the buffer itself when reading all of it from 0, else a copy.
Ref readBytes(BytesIOObject* b, std::int64_t size) {
    if (size > 1 && b->pos == 0 && size == bytesSize(b->buf) && b->exports == 0) {
        b->pos += size;
        return Ref::borrowed(b->buf);
    }
    const std::string_view data = bytesView(b->buf).substr(static_cast<std::size_t>(b->pos), static_cast<std::size_t>(size));
    b->pos += size;
    return newBytes(interpOf(b), data);
}

// ---------------------------------------------------------------- methods

Object* bioTrue(Object* self, Object* const*, std::int64_t, Object*) {
    if (!checkClosed(asBio(self))) return nullptr;
    return newBool(interpOf(self), true);
}
Object* bioFalse(Object* self, Object* const*, std::int64_t, Object*) {
    if (!checkClosed(asBio(self))) return nullptr;
    return newBool(interpOf(self), false);
}
Object* bioFlush(Object* self, Object* const*, std::int64_t, Object*) {
    if (!checkClosed(asBio(self))) return nullptr;
    return retNone(interpOf(self));
}

Object* bioGetvalue(Object* self, Object* const*, std::int64_t, Object*) {
    BytesIOObject* b = asBio(self);
    if (!checkClosed(b)) return nullptr;
    if (b->stringSize <= 1 || b->exports > 0)
        return newBytes(interpOf(self), bytesView(b->buf).substr(0, static_cast<std::size_t>(b->stringSize))).release();
    if (b->stringSize != bytesSize(b->buf)) {
        if (sharedBuf(b) ? !unshareBuffer(b, b->stringSize) : !resizeOwned(b, b->stringSize)) return nullptr;
    }
    incref(b->buf);
    return b->buf;
}

Object* bioTell(Object* self, Object* const*, std::int64_t, Object*) {
    if (!checkClosed(asBio(self))) return nullptr;
    return newInt(interpOf(self), asBio(self)->pos).release();
}

Object* bioRead(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    BytesIOObject* b = asBio(self);
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "read", nargs, 0, 1)) return nullptr;
    std::int64_t size = -1;
    if (nargs && !optionalSsize(interp, args[0], size)) return nullptr;
    if (!checkClosed(b)) return nullptr;
    const std::int64_t n = b->stringSize - b->pos;
    if (size < 0 || size > n) {
        size = n;
        if (size < 0) size = 0;
    }
    return readBytes(b, size).release();
}

Object* bioReadline(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    BytesIOObject* b = asBio(self);
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "readline", nargs, 0, 1)) return nullptr;
    std::int64_t size = -1;
    if (nargs && !optionalSsize(interp, args[0], size)) return nullptr;
    if (!checkClosed(b)) return nullptr;
    return readBytes(b, scanEol(b, size)).release();
}

Object* bioReadlines(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    BytesIOObject* b = asBio(self);
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "readlines", nargs, 0, 1)) return nullptr;
    if (!checkClosed(b)) return nullptr;
    Object* arg = nargs ? args[0] : interp.none;
    std::int64_t maxsize = -1;
    if (isInt(arg)) {
        if (!indexAsInt64(arg, maxsize, vmOf(interp).exc.OverflowError)) return nullptr;
    } else if (arg != interp.none) {
        raiseError(interp, vmOf(interp).exc.TypeError, "integer argument expected, got '" + arg->type->name + "'");
        return nullptr;
    }
    Ref result = newList(interp, 0);
    if (!result) return nullptr;
    std::int64_t size = 0, n = 0;
    while ((n = scanEol(b, -1)) != 0) {
        Ref line = newBytes(interp, bytesView(b->buf).substr(static_cast<std::size_t>(b->pos), static_cast<std::size_t>(n)));
        b->pos += n;
        if (!line || listAppend(result.get(), line.get()) < 0) return nullptr;
        size += n;
        if (maxsize > 0 && size >= maxsize) break;
    }
    return result.release();
}

Object* bioTruncate(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    BytesIOObject* b = asBio(self);
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "truncate", nargs, 0, 1)) return nullptr;
    std::int64_t size = b->pos;
    if (nargs && !optionalSsize(interp, args[0], size)) return nullptr;
    if (!checkClosed(b) || !checkExports(b)) return nullptr;
    if (size < 0) {
        raiseError(interp, vmOf(interp).exc.ValueError, "negative size value " + std::to_string(size));
        return nullptr;
    }
    if (size < b->stringSize) {
        b->stringSize = size;
        if (!resizeBuffer(b, static_cast<std::uint64_t>(size))) return nullptr;
    }
    return newInt(interp, size).release();
}

Object* bioIternext(Object* self) {
    BytesIOObject* b = asBio(self);
    if (!checkClosed(b)) return nullptr;
    const std::int64_t n = scanEol(b, -1);
    if (n == 0) return nullptr;
    return readBytes(b, n).release();
}

Object* bioSeek(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    BytesIOObject* b = asBio(self);
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(interp);
    if (!checkPositional(interp, "seek", nargs, 1, 2)) return nullptr;
    std::int64_t pos = 0, whence = 0;
    if (!indexAsInt64(args[0], pos, vm.exc.OverflowError)) return nullptr;
    if (nargs > 1) {
        if (!indexAsInt64(args[1], whence, vm.exc.OverflowError)) return nullptr;
        if (whence < INT_MIN || whence > INT_MAX) {
            raiseError(interp, vm.exc.OverflowError, "Python int too large to convert to C int");
            return nullptr;
        }
    }
    if (!checkClosed(b)) return nullptr;
    if (pos < 0 && whence == 0) {
        raiseError(interp, vm.exc.ValueError, "negative seek value " + std::to_string(pos));
        return nullptr;
    }
    if (whence == 1) {
        if (pos > INT64_MAX - b->pos) {
            raiseError(interp, vm.exc.OverflowError, "new position too large");
            return nullptr;
        }
        pos += b->pos;
    } else if (whence == 2) {
        if (pos > INT64_MAX - b->stringSize) {
            raiseError(interp, vm.exc.OverflowError, "new position too large");
            return nullptr;
        }
        pos += b->stringSize;
    } else if (whence != 0) {
        raiseError(interp, vm.exc.ValueError, "invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
        return nullptr;
    }
    if (pos < 0) pos = 0;
    b->pos = pos;
    return newInt(interp, pos).release();
}

Object* bioWrite(Object* self, Object* const* args, std::int64_t, Object*) {
    const std::int64_t n = writeBytes(asBio(self), args[0]);
    return n >= 0 ? newInt(interpOf(self), n).release() : nullptr;
}

Object* bioWritelines(Object* self, Object* const* args, std::int64_t, Object*) {
    BytesIOObject* b = asBio(self);
    Interpreter& interp = interpOf(self);
    if (!checkClosed(b)) return nullptr;
    Ref it = getIter(args[0]);
    if (!it) return nullptr;
    for (;;) {
        Ref item = iterNext(it.get());
        if (!item) break;
        if (writeBytes(b, item.get()) < 0) return nullptr;
    }
    if (errOccurred(interp)) return nullptr;
    return retNone(interp);
}

Object* bioClose(Object* self, Object* const*, std::int64_t, Object*) {
    BytesIOObject* b = asBio(self);
    if (!checkExports(b)) return nullptr;
    xdecref(std::exchange(b->buf, nullptr));
    return retNone(interpOf(self));
}

std::int64_t bioSizeOf(const Object* o) {
    const auto* b = static_cast<const BytesIOObject*>(o);
    std::int64_t res = o->type->basicsize;
    if (b->buf && b->buf->refcnt <= 1) res += b->buf->type->sizeOf(b->buf) + b->buf->type->preHeaderSize();
    return res;
}

Object* bioSizeOfMethod(Object* self, Object* const*, std::int64_t, Object*) {
    return newInt(interpOf(self), bioSizeOf(self)).release();
}

Object* bioClosed(Object* self) { return newBool(interpOf(self), asBio(self)->buf == nullptr); }

const MethodDef kMethods[] = {
    {"readable", bioTrue, meth::kNoArgs, "Returns True if the IO object can be read."},
    {"seekable", bioTrue, meth::kNoArgs, "Returns True if the IO object can be seeked."},
    {"writable", bioTrue, meth::kNoArgs, "Returns True if the IO object can be written."},
    {"close", bioClose, meth::kNoArgs, "Disable all I/O operations."},
    {"flush", bioFlush, meth::kNoArgs, "Does nothing."},
    {"isatty", bioFalse, meth::kNoArgs, "Always returns False."},
    {"tell", bioTell, meth::kNoArgs, "Current file position, an integer."},
    {"write", bioWrite, meth::kO, "Write bytes to file."},
    {"writelines", bioWritelines, meth::kO, "Write lines to the file."},
    {"read1", bioRead, meth::kFastcall, "Read at most size bytes, returned as a bytes object."},
    {"readline", bioReadline, meth::kFastcall, "Next line from the file, as a bytes object."},
    {"readlines", bioReadlines, meth::kFastcall, "List of bytes objects, each a line from the file."},
    {"read", bioRead, meth::kFastcall, "Read at most size bytes, returned as a bytes object."},
    {"getvalue", bioGetvalue, meth::kNoArgs, "Retrieve the entire contents of the BytesIO object."},
    {"seek", bioSeek, meth::kFastcall, "Change stream position."},
    {"truncate", bioTruncate, meth::kFastcall, "Truncate the file to at most size bytes."},
    {"__sizeof__", bioSizeOfMethod, meth::kNoArgs},
    {nullptr, nullptr, 0},
};
const GetSetDef kGetSets[] = {{"closed", bioClosed, nullptr, "True if the file is closed."}, {nullptr, nullptr}};

// ---------------------------------------------------------------- slots

Object* bioNew(TypeObject* type, Object*, Object*) {
    Interpreter& interp = *type->interp;
    BytesIOObject* b = type->isHeapType() ? allocSubtypeInstance<BytesIOObject>(interp, type, 0) // class X(io.BytesIO)
                                          : interp.newObject<BytesIOObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (!b) return nullptr;
    if (!type->isHeapType()) interp.gc().track(b);
    b->buf = newBytes(interp, "").release();
    if (!b->buf) {
        decref(b);
        return nullptr;
    }
    return b;
}

int bioInit(Object* self, Object* args, Object* kwargs) {
    BytesIOObject* b = asBio(self);
    Interpreter& interp = interpOf(self);
    static const char* const kNames[] = {"initial_bytes"};
    const ArgSpec spec{"BytesIO", kNames, 1, 0, 0, 1};
    std::vector<Object*> flat(tupleItems(args), tupleItems(args) + tupleSize(args));
    KwNameList kwnames;
    dictKeywords(kwargs, flat, kwnames);
    Object* initvalue = nullptr;
    if (!unpackArgs(interp, spec, flat.data(), tupleSize(args), kwnames, &initvalue)) return -1;
    b->stringSize = 0;
    b->pos = 0;
    if (!checkExports(b)) return -1;
    if (initvalue && initvalue != interp.none) {
        if (isExactBytes(initvalue)) {
            incref(initvalue);
            xdecref(std::exchange(b->buf, initvalue));
            b->stringSize = bytesSize(initvalue);
        } else {
            if (writeBytes(b, initvalue) < 0) return -1;
            b->pos = 0;
        }
    }
    return 0;
}

void bioDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    BytesIOObject* b = asBio(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    xdecref(std::exchange(b->buf, nullptr));
    xdecref(std::exchange(b->dict, nullptr));
    clearWeakrefs(o);
    interp.freeObject(o);
}

int bioTraverse(Object* o, VisitProc visit, void* arg) {
    Object* d = asBio(o)->dict;
    return d ? visit(d, arg) : 0;
}

void bioReferences(Object* o, VisitProc visit, void* arg) {
    BytesIOObject* b = asBio(o);
    if (b->buf) visit(b->buf, arg);
    if (b->dict) visit(b->dict, arg);
}

} // namespace

TypeObject* bytesIOType(Interpreter& interp) {
    TypeObject*& slot = moduleType(interp, ModuleTypeId::BytesIO);
    if (slot) return slot;
    TypeObject* t = interp.newStaticType("_io.BytesIO", kBytesIOBasicSize, 0, tpflags::kHaveGc | tpflags::kBaseType, bufferedIOBaseType(interp));
    t->type = interp.types.type;
    t->dealloc = bioDealloc;
    t->traverse = bioTraverse;
    t->clear = [](Object* o) {
        xdecref(std::exchange(asBio(o)->dict, nullptr));
        return 0;
    };
    t->references = bioReferences;
    t->sizeOf = bioSizeOf;
    t->hash = interp.types.object->hash;
    t->richcompare = interp.types.object->richcompare;
    t->repr = interp.types.object->repr; // object_repr: <_io.BytesIO object at 0x...>
    t->weaklistPtr = [](Object* o) -> Object** { return &asBio(o)->weakreflist; };
    t->slots.dictPtr = [](Object* o) { return &asBio(o)->dict; };
    t->slots.dictOffset = 40;     // offsetof(bytesio, dict): subclasses add no dict
    t->slots.weaklistOffset = 48; // offsetof(bytesio, weakreflist): nor weakref slot
    t->slots.tpNew = bioNew;
    t->slots.tpInit = bioInit;
    t->slots.iter = [](Object* o) -> Object* {
        incref(o);
        return o;
    };
    t->slots.iternext = bioIternext;
    addMethods(interp, t, kMethods);
    addGetSets(interp, t, kGetSets);
    addSlotWrappers(interp, t);
    setHostDestructor<BytesIOObject>(*t);
    slot = t;
    return t;
}

} // namespace hs
