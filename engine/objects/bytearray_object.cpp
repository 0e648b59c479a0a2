// bytearray and bytearray_iterator: PyByteArray_Resize's growth policy over a simulated buffer
// block, construction (__init__), indexing and slice assignment, the list-like methods, repr.
#include "objects/bytearray_object.h"

#include "objects/builtin_function_object.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/iterator_objects.h"
#include "objects/list_object.h"
#include "objects/memoryview_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/subtype_instance.h"
#include "objects/tuple_object.h"
#include "runtime/codecs.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "runtime/type_methods.h"
#include "vm/vm_state.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace hs {

namespace {

constexpr std::int64_t kBasicSize = 56; // sizeof(PyByteArrayObject)
constexpr std::int64_t kMaxHostBytes = std::int64_t(1) << 31;

BytearrayObject* asBa(Object* o) { return static_cast<BytearrayObject*>(o); }
const BytearrayObject* asBa(const Object* o) { return static_cast<const BytearrayObject*>(o); }
Interpreter& interpOf(const Object* o) { return *o->type->interp; }
std::int64_t sizeOfBa(const Object* o) { return static_cast<std::int64_t>(asBa(o)->data.size()); }

Object* newRef(Object* o) {
    incref(o);
    return o;
}
Object* noneResult(Interpreter& interp) { return newRef(interp.none); }

// _canresize: false with BufferError while buffers are exported.
bool canResize(BytearrayObject* self) {
    if (self->exports == 0) return true;
    Interpreter& interp = interpOf(self);
    raiseError(interp, vmOf(interp).exc.BufferError, "Existing exports of data: object cannot be re-sized");
    return false;
}

// PyByteArray_Resize with the current ob_size given explicitly (bytearray_setslice_linear moves
// ob_start before resizing, so the caller's contents may already be rearranged). On success the
// host data is resized to `size` (contents beyond the common prefix are the caller's to fill).
bool resizeFrom(BytearrayObject* self, std::int64_t oldSize, std::int64_t size) {
    Interpreter& interp = interpOf(self);
    if (size != oldSize && !canResize(self)) return false;
    const std::int64_t alloc = bytearrayResizeAlloc(self->alloc, self->offset, oldSize, size);
    if (alloc < 0) {
        self->data.resize(static_cast<std::size_t>(size));
        return true;
    }
    if (alloc > kMaxHostBytes) {
        interp.setMemoryError();
        return false;
    }
    Addr p = 0;
    if (self->offset > 0) {
        p = interp.allocBuffer(self, static_cast<std::uint64_t>(alloc));
        if (p == 0) return false;
        interp.freeBuffer(self->bytesAddr);
    } else {
        p = interp.reallocBuffer(self, self->bytesAddr, static_cast<std::uint64_t>(alloc));
        if (p == 0) return false;
    }
    self->bytesAddr = p;
    self->offset = 0;
    self->alloc = alloc;
    self->data.resize(static_cast<std::size_t>(size));
    return true;
}

// _getbytevalue: the int value of `arg` (through __index__) in 0..255.
bool getByteValue(Interpreter& interp, Object* arg, int& value) {
    Ref index = numberIndex(arg);
    if (!index) return false;
    std::int64_t v = 0;
    if (!intAsInt64(index.get(), v) || v < 0 || v >= 256) {
        raiseError(interp, vmOf(interp).exc.ValueError, "byte must be in range(0, 256)");
        return false;
    }
    value = static_cast<int>(v);
    return true;
}

// bytearray_setslice_linear: replaces [lo, hi) by `bytes`.
bool setsliceLinear(BytearrayObject* self, std::int64_t lo, std::int64_t hi, std::string_view bytes) {
    const std::int64_t oldSize = sizeOfBa(self);
    const std::int64_t growth = static_cast<std::int64_t>(bytes.size()) - (hi - lo);
    std::string updated = self->data.substr(0, static_cast<std::size_t>(lo));
    updated.append(bytes);
    updated.append(self->data, static_cast<std::size_t>(hi), std::string::npos);
    if (growth < 0) {
        if (!canResize(self)) return false;
        if (lo == 0) self->offset -= growth; // shrink by advancing the logical start
        if (!resizeFrom(self, oldSize, oldSize + growth)) {
            if (lo == 0) self->offset += growth;
            return false;
        }
    } else if (growth > 0) {
        if (!resizeFrom(self, oldSize, oldSize + growth)) return false;
    }
    self->data = std::move(updated);
    return true;
}

// bytearray_setslice: values null deletes; values must be bytes-like.
bool setslice(BytearrayObject* self, std::int64_t lo, std::int64_t hi, Object* values) {
    Interpreter& interp = interpOf(self);
    std::string_view bytes;
    Ref copy;
    if (values == self) { // a copy, then the same assignment from it
        copy = newBytearray(interp, self->data);
        if (!copy) return false;
        return setslice(self, lo, hi, copy.get());
    }
    if (values && !bytesLikeView(values, bytes)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "can't set bytearray slice from " + values->type->name);
        return false;
    }
    const std::int64_t n = sizeOfBa(self);
    if (lo < 0) lo = 0;
    if (hi < lo) hi = lo;
    if (hi > n) hi = n;
    return setsliceLinear(self, lo, hi, bytes);
}

// ---------------------------------------------------------------- slots

void bytearrayDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    interp.freeBuffer(std::exchange(asBa(o)->bytesAddr, 0));
    interp.freeObject(o);
}

std::int64_t bytearraySizeOf(const Object* o) { return o->type->basicsize + asBa(o)->alloc; }

bool bytearrayReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    const BytearrayObject* b = asBa(o);
    switch (offset) {
    case 16: out = static_cast<std::uint64_t>(b->data.size()); return true;
    case 24: out = static_cast<std::uint64_t>(b->alloc); return true;
    case 32: out = b->bytesAddr; return true;
    case 40: out = b->bytesAddr ? b->bytesAddr + static_cast<std::uint64_t>(b->offset) : 0; return true;
    case 48: out = static_cast<std::uint64_t>(b->exports); return true;
    default: return false;
    }
}

std::string reprText(const Object* o) {
    static constexpr char kHex[] = "0123456789abcdef";
    const std::string& d = asBa(o)->data;
    std::string name = o->type->name;
    if (const auto dot = name.rfind('.'); dot != std::string::npos) name = name.substr(dot + 1);
    char quote = '\'';
    for (char c : d) {
        if (c == '"') {
            quote = '\'';
            break;
        }
        if (c == '\'') quote = '"';
    }
    std::string text = name + "(b" + quote;
    for (char ch : d) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\'' || c == '\\') text += '\\', text += static_cast<char>(c);
        else if (c == '\t') text += "\\t";
        else if (c == '\n') text += "\\n";
        else if (c == '\r') text += "\\r";
        else if (c < ' ' || c >= 0x7f) text += "\\x", text += kHex[c >> 4], text += kHex[c & 15];
        else text += static_cast<char>(c);
    }
    text += quote;
    text += ')';
    return text;
}

// bytearray_repr: the text is built in a PyObject_Malloc'd buffer of len(name) + 6 + 4 * size
// bytes, decoded to a new str, then the buffer is freed.
Object* bytearrayRepr(Object* o) {
    Interpreter& interp = interpOf(o);
    std::string name = o->type->name;
    if (const auto dot = name.rfind('.'); dot != std::string::npos) name = name.substr(dot + 1);
    const std::int64_t need = static_cast<std::int64_t>(name.size()) + 6 + 4 * sizeOfBa(o);
    const Addr buffer = interp.allocBuffer(o, static_cast<std::uint64_t>(need));
    if (buffer == 0) return nullptr;
    Ref r = newStrFromAscii(interp, reprText(o));
    interp.freeBuffer(buffer);
    return r.release();
}

Object* bytearrayRichCompare(Object* a, Object* b, CompareOp op) {
    Interpreter& interp = interpOf(a);
    std::string_view x, y;
    if (!bytesLikeView(a, x) || !bytesLikeView(b, y)) return newRef(interp.notImplemented);
    if (x.size() != y.size() && (op == CompareOp::Eq || op == CompareOp::Ne))
        return newRef(op == CompareOp::Ne ? interp.trueObj : interp.falseObj);
    const int c = x.compare(y);
    bool r;
    switch (op) {
    case CompareOp::Lt: r = c < 0; break;
    case CompareOp::Le: r = c <= 0; break;
    case CompareOp::Eq: r = c == 0; break;
    case CompareOp::Ne: r = c != 0; break;
    case CompareOp::Gt: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return newRef(r ? interp.trueObj : interp.falseObj);
}

std::string bytearrayLabel(const Object* o) {
    std::string text = reprText(o);
    if (text.size() > 48) text = text.substr(0, 44) + "...)";
    return text;
}

std::int64_t bytearrayLength(Object* o) { return sizeOfBa(o); }

Object* bytearraySubscript(Object* o, Object* key) {
    Interpreter& interp = interpOf(o);
    const std::string& d = asBa(o)->data;
    const std::int64_t n = sizeOfBa(o);
    if (hasIndex(key)) {
        std::int64_t i = 0;
        if (!indexAsInt64(key, i, vmOf(interp).exc.IndexError)) return nullptr;
        if (i < 0) i += n;
        if (i < 0 || i >= n) {
            raiseError(interp, vmOf(interp).exc.IndexError, "bytearray index out of range");
            return nullptr;
        }
        return newInt(interp, static_cast<unsigned char>(d[static_cast<std::size_t>(i)])).release();
    }
    if (isSlice(key)) {
        std::int64_t start, stop, step;
        if (!sliceUnpack(key, start, stop, step)) return nullptr;
        const std::int64_t len = sliceAdjustIndices(n, start, stop, step);
        if (len <= 0) return newBytearray(interp, "").release();
        if (step == 1) return newBytearray(interp, std::string_view(d).substr(static_cast<std::size_t>(start), static_cast<std::size_t>(len))).release();
        std::string picked;
        for (std::int64_t i = 0, cur = start; i < len; ++i, cur += step) picked += d[static_cast<std::size_t>(cur)];
        return newBytearray(interp, picked).release();
    }
    raiseError(interp, vmOf(interp).exc.TypeError, "bytearray indices must be integers or slices, not " + key->type->name);
    return nullptr;
}

// PyNumber_Check.
bool isNumberLike(Interpreter& interp, Object* o) {
    const NumberSlots* nb = o->type->slots.number;
    return (nb && (nb->index || nb->toInt || nb->toFloat)) || o->type == vmOf(interp).types.complex;
}

int bytearrayAssSubscript(Object* o, Object* index, Object* values) {
    Interpreter& interp = interpOf(o);
    VmState& vm = vmOf(interp);
    BytearrayObject* self = asBa(o);
    std::int64_t start = 0, stop = 0, step = 1, slicelen = 0;
    if (hasIndex(index)) {
        std::int64_t i = 0;
        if (!indexAsInt64(index, i, vm.exc.IndexError)) return -1;
        int ival = -1;
        if (values && !getByteValue(interp, values, ival)) return -1;
        if (i < 0) i += sizeOfBa(o);
        if (i < 0 || i >= sizeOfBa(o)) {
            raiseError(interp, vm.exc.IndexError, "bytearray index out of range");
            return -1;
        }
        if (values) {
            self->data[static_cast<std::size_t>(i)] = static_cast<char>(ival);
            return 0;
        }
        start = i;
        stop = i + 1;
        slicelen = 1;
    } else if (isSlice(index)) {
        if (!sliceUnpack(index, start, stop, step)) return -1;
        slicelen = sliceAdjustIndices(sizeOfBa(o), start, stop, step);
    } else {
        raiseError(interp, vm.exc.TypeError, "bytearray indices must be integers or slices, not " + index->type->name);
        return -1;
    }
    std::string bytes;
    if (values && (values == o || !isBytearray(values))) {
        if (isNumberLike(interp, values) || isStr(values)) {
            raiseError(interp, vm.exc.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        }
        Ref copy = callType(vm.types.bytearray, &values, 1, nullptr); // PyByteArray_FromObject
        if (!copy) return -1;
        return bytearrayAssSubscript(o, index, copy.get());
    }
    if (values) bytes = asBa(values)->data;
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
    if (step == 1) return setsliceLinear(self, start, stop, bytes) ? 0 : -1;
    const auto needed = static_cast<std::int64_t>(bytes.size());
    if (!values) {
        if (!canResize(self)) return -1;
        if (slicelen == 0) return 0;
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (slicelen - 1) - 1;
            step = -step;
        }
        std::string kept;
        for (std::int64_t i = 0; i < sizeOfBa(o); ++i)
            if (i < start || (i - start) % step != 0 || (i - start) / step >= slicelen) kept += self->data[static_cast<std::size_t>(i)];
        const std::int64_t oldSize = sizeOfBa(o);
        self->data = kept;
        self->data.resize(static_cast<std::size_t>(oldSize));
        if (!resizeFrom(self, oldSize, oldSize - slicelen)) return -1;
        return 0;
    }
    if (needed != slicelen) {
        raiseError(interp, vm.exc.ValueError, "attempt to assign bytes of size " + std::to_string(needed) +
                                                  " to extended slice of size " + std::to_string(slicelen));
        return -1;
    }
    for (std::int64_t i = 0, cur = start; i < slicelen; ++i, cur += step)
        self->data[static_cast<std::size_t>(cur)] = bytes[static_cast<std::size_t>(i)];
    return 0;
}

// _Py_bytes_contains.
int bytearrayContains(Object* o, Object* arg) {
    Interpreter& interp = interpOf(o);
    const std::string& d = asBa(o)->data;
    if (hasIndex(arg)) {
        std::int64_t v = 0;
        Ref index = numberIndex(arg);
        if (!index) return -1;
        if (!intAsInt64(index.get(), v) || v < 0 || v >= 256) {
            raiseError(interp, vmOf(interp).exc.ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return d.find(static_cast<char>(v)) != std::string::npos ? 1 : 0;
    }
    std::string_view sub;
    if (!bytesLikeView(arg, sub)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "a bytes-like object is required, not '" + arg->type->name + "'");
        return -1;
    }
    return d.find(sub) != std::string::npos ? 1 : 0;
}

// PyByteArray_Concat.
Object* bytearrayConcat(Object* a, Object* b) {
    Interpreter& interp = interpOf(a);
    std::string_view x, y;
    if (!bytesLikeView(a, x) || !bytesLikeView(b, y)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "can't concat " + b->type->name + " to " + a->type->name);
        return nullptr;
    }
    std::string joined(x);
    joined.append(y);
    return newBytearray(interp, joined).release();
}

Object* bytearrayInplaceConcat(Object* a, Object* b) {
    Interpreter& interp = interpOf(a);
    std::string_view y;
    if (!bytesLikeView(b, y)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "can't concat " + b->type->name + " to " + a->type->name);
        return nullptr;
    }
    const std::string tail(y); // b may be a itself
    BytearrayObject* self = asBa(a);
    const std::int64_t n = sizeOfBa(a);
    if (!resizeFrom(self, n, n + static_cast<std::int64_t>(tail.size()))) return nullptr;
    self->data.replace(static_cast<std::size_t>(n), tail.size(), tail);
    return newRef(a);
}

bool repeatedSize(Interpreter& interp, std::int64_t size, std::int64_t count, std::int64_t& out) {
    if (count > 0 && size > (kMaxHostBytes) / count) {
        interp.setMemoryError();
        return false;
    }
    out = size * count;
    return true;
}

std::string repeated(const std::string& d, std::int64_t count) {
    std::string r;
    for (std::int64_t i = 0; i < count; ++i) r += d;
    return r;
}

Object* bytearrayRepeat(Object* a, std::int64_t count) {
    Interpreter& interp = interpOf(a);
    if (count < 0) count = 0;
    std::int64_t size = 0;
    if (!repeatedSize(interp, sizeOfBa(a), count, size)) return nullptr;
    return newBytearray(interp, repeated(asBa(a)->data, count)).release();
}

Object* bytearrayInplaceRepeat(Object* a, std::int64_t count) {
    Interpreter& interp = interpOf(a);
    if (count < 0) count = 0;
    else if (count == 1) return newRef(a);
    std::int64_t size = 0;
    if (!repeatedSize(interp, sizeOfBa(a), count, size)) return nullptr;
    const std::string r = repeated(asBa(a)->data, count);
    if (!resizeFrom(asBa(a), sizeOfBa(a), size)) return nullptr;
    asBa(a)->data = r;
    return newRef(a);
}

const SequenceSlots kBytearraySequence = {bytearrayConcat, bytearrayRepeat, bytearrayInplaceConcat, bytearrayInplaceRepeat, nullptr};

// PyType_GenericNew: the object alone (no buffer); __init__ fills it.
Object* bytearrayTpNew(TypeObject* type, Object*, Object*) {
    Interpreter& interp = *type->interp;
    // A heap subclass is GC-tracked (type_new gives every heap type Py_TPFLAGS_HAVE_GC).
    if (type != vmOf(interp).types.bytearray) return allocSubtypeInstance<BytearrayObject>(interp, type, 0);
    return interp.newObject<BytearrayObject>(type, static_cast<std::uint64_t>(type->basicsize));
}

// bytearray.__init__(source=NULL, encoding=NULL, errors=NULL).
int bytearrayInit(Object* o, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(o);
    VmState& vm = vmOf(interp);
    BytearrayObject* self = asBa(o);
    static const char* const kNames[] = {"source", "encoding", "errors"};
    ArgSpec spec{"bytearray", kNames, 3, 0, 0, 3};
    std::vector<Object*> flat(tupleItems(args), tupleItems(args) + tupleSize(args));
    KwNameList kwnames;
    dictKeywords(kwargs, flat, kwnames);
    Object* a[3] = {nullptr, nullptr, nullptr};
    if (!unpackArgs(interp, spec, flat.data(), tupleSize(args), kwnames, a)) return -1;
    for (int k = 1; k < 3; ++k)
        if (a[k] && !isStr(a[k])) {
            raiseError(interp, vm.exc.TypeError, std::string("bytearray() argument '") + kNames[k] + "' must be str, not " + a[k]->type->name);
            return -1;
        }
    if (sizeOfBa(o) != 0 && !resizeFrom(self, sizeOfBa(o), 0)) return -1;
    Object* arg = a[0];
    const char* noString = a[1] ? "encoding without a string argument" : "errors without a string argument";
    if (!arg) {
        if (a[1] || a[2]) {
            raiseError(interp, vm.exc.TypeError, noString);
            return -1;
        }
        return 0;
    }
    if (isStr(arg)) {
        if (!a[1]) {
            raiseError(interp, vm.exc.TypeError, "string argument without an encoding");
            return -1;
        }
        Ref encoded = strEncodeUtf8(interp, arg);
        if (!encoded) return -1;
        Ref r(bytearrayInplaceConcat(o, encoded.get()));
        return r ? 0 : -1;
    }
    if (a[1] || a[2]) {
        raiseError(interp, vm.exc.TypeError, noString);
        return -1;
    }
    if (hasIndex(arg)) {
        std::int64_t count = 0;
        if (!indexAsInt64(arg, count, vm.exc.OverflowError)) return -1;
        if (count < 0) {
            raiseError(interp, vm.exc.ValueError, "negative count");
            return -1;
        }
        if (count > 0 && !resizeFrom(self, 0, count)) return -1;
        std::fill(self->data.begin(), self->data.end(), '\0');
        return 0;
    }
    if (checkBuffer(arg)) { // any exporter, copied in C order
        std::string copy;
        if (!bufferCopyBytes(arg, copy)) return -1;
        if (!resizeFrom(self, 0, static_cast<std::int64_t>(copy.size()))) return -1;
        self->data = copy;
        return 0;
    }
    if (arg->type == interp.types.list || arg->type == interp.types.tuple) {
        const bool isList = arg->type == interp.types.list;
        const std::int64_t size = isList ? listSize(arg) : tupleSize(arg);
        if (!resizeFrom(self, 0, size)) return -1;
        bool fast = true;
        for (std::int64_t i = 0; i < size && fast; ++i) {
            Object* item = isList ? listItem(arg, i) : tupleItem(arg, i);
            if (item->type != interp.types.int_) {
                fast = false;
                break;
            }
            int value = 0;
            if (!getByteValue(interp, item, value)) return -1;
            self->data[static_cast<std::size_t>(i)] = static_cast<char>(value);
        }
        if (fast) return 0;
        if (sizeOfBa(o) != 0 && !resizeFrom(self, sizeOfBa(o), 0)) return -1;
    }
    Ref it = getIter(arg);
    if (!it) {
        if (errMatches(interp, vm.exc.TypeError)) {
            clearError(interp);
            raiseError(interp, vm.exc.TypeError, "cannot convert '" + arg->type->name + "' object to bytearray");
        }
        return -1;
    }
    while (Ref item = iterNext(it.get())) {
        int value = 0;
        if (!getByteValue(interp, item.get(), value)) return -1;
        const std::int64_t n = sizeOfBa(o);
        if (n + 1 < self->alloc) self->data.push_back('\0');
        else if (!resizeFrom(self, n, n + 1)) return -1;
        self->data[static_cast<std::size_t>(n)] = static_cast<char>(value);
    }
    return errOccurred(interp) ? -1 : 0;
}

// ---------------------------------------------------------------- methods

#define BA_INTERP Interpreter& interp = interpOf(self)

Object* mAppend(Object* self, Object* const* args, std::int64_t, Object*) {
    BA_INTERP;
    int value = 0;
    if (!getByteValue(interp, args[0], value)) return nullptr;
    const std::int64_t n = sizeOfBa(self);
    if (!resizeFrom(asBa(self), n, n + 1)) return nullptr;
    asBa(self)->data[static_cast<std::size_t>(n)] = static_cast<char>(value);
    return noneResult(interp);
}

// bytearray.extend: bytes-like arguments go straight to setslice; other iterables are gathered
// into a temporary bytearray sized by the length hint (32 by default), grown by half when full.
Object* mExtend(Object* self, Object* const* args, std::int64_t, Object*) {
    BA_INTERP;
    Object* src = args[0];
    const std::int64_t n = sizeOfBa(self);
    std::string_view view;
    if (bytesLikeView(src, view)) {
        if (!setslice(asBa(self), n, n, src)) return nullptr;
        return noneResult(interp);
    }
    Ref it = getIter(src);
    if (!it) {
        if (errMatches(interp, vmOf(interp).exc.TypeError)) {
            clearError(interp);
            raiseError(interp, vmOf(interp).exc.TypeError, "can't extend bytearray with " + src->type->name);
        }
        return nullptr;
    }
    std::int64_t bufSize = lengthHint(src, 32);
    if (bufSize < 0) return nullptr;
    Ref tmp = newBytearray(interp, std::string(static_cast<std::size_t>(bufSize), '\0'));
    if (!tmp) return nullptr;
    BytearrayObject* t = asBa(tmp.get());
    std::int64_t len = 0;
    while (Ref item = iterNext(it.get())) {
        int value = 0;
        if (!getByteValue(interp, item.get(), value)) return nullptr;
        if (len >= sizeOfBa(t) && !resizeFrom(t, sizeOfBa(t), len + 1)) return nullptr; // a zero length hint
        t->data[static_cast<std::size_t>(len++)] = static_cast<char>(value);
        if (len >= bufSize) {
            bufSize = len + (len >> 1) + 1;
            if (!resizeFrom(t, sizeOfBa(t), bufSize)) return nullptr;
        }
    }
    if (errOccurred(interp)) return nullptr;
    it = Ref();
    if (!resizeFrom(t, sizeOfBa(t), len)) return nullptr;
    if (!setslice(asBa(self), n, n, tmp.get())) return nullptr;
    return noneResult(interp);
}

Object* mPop(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    BA_INTERP;
    VmState& vm = vmOf(interp);
    if (!checkPositional(interp, "pop", nargs, 0, 1)) return nullptr;
    std::int64_t index = -1;
    if (nargs == 1 && !indexAsInt64(args[0], index, vm.exc.OverflowError)) return nullptr;
    const std::int64_t n = sizeOfBa(self);
    if (n == 0) {
        raiseError(interp, vm.exc.IndexError, "pop from empty bytearray");
        return nullptr;
    }
    if (index < 0) index += n;
    if (index < 0 || index >= n) {
        raiseError(interp, vm.exc.IndexError, "pop index out of range");
        return nullptr;
    }
    if (!canResize(asBa(self))) return nullptr;
    std::string& d = asBa(self)->data;
    const auto value = static_cast<unsigned char>(d[static_cast<std::size_t>(index)]);
    d.erase(static_cast<std::size_t>(index), 1);
    d.push_back('\0');
    if (!resizeFrom(asBa(self), n, n - 1)) return nullptr;
    return newInt(interp, value).release();
}

Object* mInsert(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    BA_INTERP;
    if (!checkPositional(interp, "insert", nargs, 2, 2)) return nullptr;
    std::int64_t index = 0;
    if (!indexAsInt64(args[0], index, vmOf(interp).exc.OverflowError)) return nullptr;
    int value = 0;
    if (!getByteValue(interp, args[1], value)) return nullptr;
    const std::int64_t n = sizeOfBa(self);
    if (!resizeFrom(asBa(self), n, n + 1)) return nullptr;
    if (index < 0) index = std::max<std::int64_t>(index + n, 0);
    if (index > n) index = n;
    std::string& d = asBa(self)->data;
    d.pop_back();
    d.insert(d.begin() + index, static_cast<char>(value));
    return noneResult(interp);
}

Object* mRemove(Object* self, Object* const* args, std::int64_t, Object*) {
    BA_INTERP;
    int value = 0;
    if (!getByteValue(interp, args[0], value)) return nullptr;
    std::string& d = asBa(self)->data;
    const auto where = d.find(static_cast<char>(value));
    if (where == std::string::npos) {
        raiseError(interp, vmOf(interp).exc.ValueError, "value not found in bytearray");
        return nullptr;
    }
    if (!canResize(asBa(self))) return nullptr;
    const std::int64_t n = sizeOfBa(self);
    d.erase(where, 1);
    d.push_back('\0');
    if (!resizeFrom(asBa(self), n, n - 1)) return nullptr;
    return noneResult(interp);
}

Object* mClear(Object* self, Object* const*, std::int64_t, Object*) {
    BA_INTERP;
    if (!resizeFrom(asBa(self), sizeOfBa(self), 0)) return nullptr;
    return noneResult(interp);
}

Object* mCopy(Object* self, Object* const*, std::int64_t, Object*) {
    return newBytearray(interpOf(self), asBa(self)->data).release();
}

// bytearray's _common_reduce: (type(b), (), state) when empty; else the bytes (protocol 3 and up)
// or, below, the latin-1 str with its encoding name: (type(b), (s, 'latin-1'), state).
Ref commonReduce(Object* self, std::int64_t proto) {
    Interpreter& interp = interpOf(self);
    Ref state = objectGetState(self);
    if (!state) return Ref();
    const std::string_view data = asBa(self)->data;
    Ref args;
    if (data.empty()) {
        args = newTuple(interp, 0);
    } else if (proto < 3) {
        Ref latin1 = newStrFromLatin1(interp, data);
        Ref encoding = latin1 ? newStrFromUtf8(interp, "latin-1") : Ref();
        if (encoding) args = tuplePack(interp, {latin1.get(), encoding.get()});
    } else {
        Ref bytes = newBytes(interp, data);
        if (bytes) args = tuplePack(interp, {bytes.get()});
    }
    if (!args) return Ref();
    return tuplePack(interp, {self->type, args.get(), state.get()});
}

Object* mReduce(Object* self, Object* const*, std::int64_t, Object*) { return commonReduce(self, 2).release(); }

// __reduce_ex__(proto=0, /).
Object* mReduceEx(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (nargs > 1) {
        raiseError(interp, vmOf(interp).exc.TypeError, "__reduce_ex__ expected at most 1 argument, got " + std::to_string(nargs));
        return nullptr;
    }
    std::int64_t proto = 0;
    if (nargs == 1 && !indexAsInt64(args[0], proto, vmOf(interp).exc.OverflowError)) return nullptr;
    return commonReduce(self, proto).release();
}

Object* mReverse(Object* self, Object* const*, std::int64_t, Object*) {
    std::reverse(asBa(self)->data.begin(), asBa(self)->data.end());
    return noneResult(interpOf(self));
}

Object* mAlloc(Object* self, Object* const*, std::int64_t, Object*) { return newInt(interpOf(self), asBa(self)->alloc).release(); }

Object* mDecode(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    BA_INTERP;
    static const char* const kNames[] = {"encoding", "errors"};
    ArgSpec spec{"decode", kNames, 2, 0, 0, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    if (!a[0] && !a[1]) return newStrFromUtf8(interp, asBa(self)->data).release();
    return decodeText(interp, asBa(self)->data, nullptr, a[0], a[1]).release();
}

// bytearray.hex(sep=<none>, bytes_per_sep=1): _Py_strhex_with_sep over the bytes as they were
// before sep's len() ran.
Object* mHex(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    Object* sep = nullptr;
    int perSep = 1;
    if (!parseHexArgs(interp, "bytearray.hex", args, nargs, kwnames, sep, perSep)) return nullptr;
    const std::string data = asBa(self)->data;
    return strhexWithSep(interp, data, sep, perSep).release();
}

#undef BA_INTERP

const MethodDef kBytearrayMethods[] = {
    {"__alloc__", mAlloc, meth::kNoArgs, "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated."},
    {"append", mAppend, meth::kO, "Append a single item to the end of the bytearray."},
    {"clear", mClear, meth::kNoArgs, "Remove all items from the bytearray."},
    {"copy", mCopy, meth::kNoArgs, "Return a copy of B."},
    {"__reduce__", mReduce, meth::kNoArgs, "Return state information for pickling."},
    {"__reduce_ex__", mReduceEx, meth::kFastcall, "Return state information for pickling."},
    {"decode", mDecode, meth::kFastcall | meth::kKeywords},
    {"extend", mExtend, meth::kO, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"hex", mHex, meth::kFastcall | meth::kKeywords},
    {"insert", mInsert, meth::kFastcall, "Insert a single item into the bytearray before the given index."},
    {"pop", mPop, meth::kFastcall, "Remove and return a single item from B."},
    {"remove", mRemove, meth::kO, "Remove the first occurrence of a value in the bytearray."},
    {"reverse", mReverse, meth::kNoArgs, "Reverse the order of the values in B in place."},
    {nullptr, nullptr, 0},
};

// ---------------------------------------------------------------- buffer

// bytearray_getbuffer / bytearray_releasebuffer: writable, counted in ob_exports.
char* bytearrayData(Object* o) { return asBa(o)->data.data(); }
int bytearrayGetBuffer(Object* o, BufferInfo& view) {
    view.dataOwner = o;
    view.dataOf = bytearrayData;
    view.len = sizeOfBa(o);
    view.readonly = false;
    ++asBa(o)->exports;
    return 0;
}
void bytearrayReleaseBuffer(Object* o, BufferInfo&) { --asBa(o)->exports; }
const BufferProcs kBytearrayBuffer = {bytearrayGetBuffer, bytearrayReleaseBuffer};

// ---------------------------------------------------------------- iterator

SeqIterObject* asIter(Object* o) { return static_cast<SeqIterObject*>(o); }

Object* bytearrayIter(Object* o) {
    Interpreter& interp = interpOf(o);
    auto* it = interp.newObject<SeqIterObject>(vmOf(interp).types.bytearrayIterator, 32);
    if (!it) return nullptr;
    incref(o);
    it->seq = o;
    interp.gc().track(it);
    return it;
}

Object* bytearrayIterNext(Object* o) {
    SeqIterObject* it = asIter(o);
    Object* seq = it->seq;
    if (!seq) return nullptr;
    if (it->index < sizeOfBa(seq))
        return newInt(interpOf(o), static_cast<unsigned char>(asBa(seq)->data[static_cast<std::size_t>(it->index++)])).release();
    it->seq = nullptr;
    decref(seq);
    return nullptr;
}

Object* iterLengthHint(Object* self, Object* const*, std::int64_t, Object*) {
    SeqIterObject* it = asIter(self);
    std::int64_t n = it->seq ? sizeOfBa(it->seq) - it->index : 0;
    return newInt(interpOf(self), n < 0 ? 0 : n).release();
}
const MethodDef kIterMethods[] = {{"__length_hint__", iterLengthHint, meth::kNoArgs}, {nullptr, nullptr, 0}};

} // namespace

// ---------------------------------------------------------------- public

bool isBytearray(const Object* o) {
    const Interpreter& interp = *o->type->interp;
    return interp.vm && o->type->isSubtypeOf(interp.vm->types.bytearray); // no VM: no bytearray type
}

bool bytesLikeView(const Object* o, std::string_view& out) {
    if (isBytes(o)) {
        out = bytesView(o);
        return true;
    }
    if (isBytearray(o)) {
        out = bytearrayView(o);
        return true;
    }
    if (memoryViewContiguousBytes(o, out)) return true;
    // Any other exporter (array.array): its one-dimensional buffer, read at once; the export ends
    // before returning, so the bytes stay valid until the exporter next changes.
    if (isMemoryView(o) || !checkBuffer(o)) return false;
    BufferInfo view;
    if (getBuffer(const_cast<Object*>(o), view) < 0) {
        clearError(*o->type->interp);
        return false;
    }
    const bool simple = view.ndim == 1;
    if (simple) out = std::string_view(view.base(), static_cast<std::size_t>(view.len));
    releaseBuffer(view);
    return simple;
}

std::int64_t bytearrayResizeAlloc(std::int64_t alloc, std::int64_t offset, std::int64_t oldSize, std::int64_t size) {
    if (size == oldSize) return -1;
    if (size + offset + 1 <= alloc) {
        if (size < alloc / 2) return size + 1; // major downsize: exact size
        return -1;                             // minor downsize: keep the block
    }
    // Growth: over-allocate like list_resize unless the jump is large (the comparison is in double).
    if (static_cast<double>(size) <= static_cast<double>(alloc) * 1.125) return size + (size >> 3) + (size < 9 ? 3 : 6);
    return size + 1;
}

Ref newBytearray(Interpreter& interp, std::string_view data) {
    const auto size = static_cast<std::int64_t>(data.size());
    if (size + 1 > kMaxHostBytes) {
        interp.setMemoryError();
        return Ref();
    }
    auto* b = interp.newObject<BytearrayObject>(vmOf(interp).types.bytearray, kBasicSize);
    if (!b) return Ref();
    Ref result(b);
    if (size > 0) {
        b->bytesAddr = interp.allocBuffer(b, static_cast<std::uint64_t>(size + 1));
        if (b->bytesAddr == 0) return Ref();
        b->alloc = size + 1;
        b->data.assign(data);
    }
    return result;
}

bool bytearrayResize(Object* self, std::int64_t size) { return resizeFrom(asBa(self), sizeOfBa(self), size); }

void initBytearrayTypes(Interpreter& interp, TypeObject& t, TypeObject& it) {
    t.dealloc = bytearrayDealloc;
    t.sizeOf = bytearraySizeOf;
    t.readField = bytearrayReadField;
    t.repr = bytearrayRepr;
    t.richcompare = bytearrayRichCompare;
    t.label = bytearrayLabel;
    t.slots.str = bytearrayRepr;
    t.isTrue = [](Object* o) -> int { return !asBa(o)->data.empty(); }; // sq_length
    t.slots.length = bytearrayLength;
    t.slots.subscript = bytearraySubscript;
    t.slots.assSubscript = bytearrayAssSubscript;
    t.slots.contains = bytearrayContains;
    t.slots.iter = bytearrayIter;
    t.slots.sequence = &kBytearraySequence;
    t.slots.buffer = &kBytearrayBuffer;
    t.slots.tpNew = bytearrayTpNew;
    t.slots.tpInit = bytearrayInit;
    addMethods(interp, &t, kBytearrayMethods);
    addSharedBytesMethods(interp, &t, true);
    setHostDestructor<BytearrayObject>(t);

    initSeqIterSlots(it, bytearrayIterNext);
    addMethods(interp, &it, kIterMethods);
}

} // namespace hs
