// memoryview (Objects/memoryobject.c 3.11): the managed buffer shared by chained views, views and
// slices over it (zero copy), release/exports, item packing by native format, cast, compare, hash.
//
// Sections: buffer protocol · managed buffer · views (alloc, release, slots) · items and formats ·
// methods and getters · iterator · init.
#include "objects/memoryview_object.h"

#include "objects/bool_object.h"
#include "objects/builtin_function_object.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/descr_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <cstring>
#include <utility>

namespace hs {

namespace {

constexpr int kMaxNdim = 64; // PyBUF_MAX_NDIM

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
Object* newRef(Object* o) {
    incref(o);
    return o;
}

// ---------------------------------------------------------------- managed buffer

// _PyManagedBufferObject: +16 flags, +24 exports, +32 master (Py_buffer, 80 bytes) = 112 bytes.
// Invariants: exports = live memoryviews registered with this buffer; released once master.obj has
// been given back (then untracked); master.obj is strong until then.
struct ManagedBufferObject : Object {
    int flags = 0;
    std::int64_t exports = 0;
    BufferInfo master;
};
constexpr int kMbufReleased = 1;

ManagedBufferObject* asMbuf(Object* o) { return static_cast<ManagedBufferObject*>(o); }

// mbuf_release: untracks and gives the master buffer back to the exporter (once).
void mbufRelease(ManagedBufferObject* self) {
    if (self->flags & kMbufReleased) return;
    self->flags |= kMbufReleased;
    if (GcState::isTracked(self)) interpOf(self).gc().untrack(self);
    releaseBuffer(self->master);
}

void mbufDealloc(Object* o) {
    mbufRelease(asMbuf(o));
    interpOf(o).freeObject(o);
}

int mbufTraverse(Object* o, VisitProc visit, void* arg) {
    Object* obj = asMbuf(o)->master.obj;
    return obj ? visit(obj, arg) : 0;
}

int mbufClear(Object* o) {
    mbufRelease(asMbuf(o));
    return 0;
}

// _PyManagedBuffer_FromObject: allocated and tracked before the exporter is asked.
Ref mbufFromObject(Interpreter& interp, Object* base) {
    TypeObject* t = vmOf(interp).types.managedBuffer;
    auto* mbuf = interp.newObject<ManagedBufferObject>(t, static_cast<std::uint64_t>(t->basicsize));
    if (!mbuf) return Ref();
    interp.gc().track(mbuf);
    Ref result(mbuf);
    if (getBuffer(base, mbuf->master) < 0) return Ref(); // master.obj stays null: nothing to give back
    return result;
}

// ---------------------------------------------------------------- views

// PyMemoryViewObject: 144 bytes + 3 * ndim words (ob_array: shape, strides, suboffsets) + GC head.
// Invariants: mbuf is strong (null only after tp_clear); view.obj is borrowed (mbuf's master holds
// it); arrayWords = Py_SIZE = 3 * max(ndim, 1 for casts to ndim 0) as allocated; exports counts
// buffers this view itself exported (getBuffer on a memoryview) and blocks release() while > 0.
struct MemoryViewObject : Object {
    ManagedBufferObject* mbuf = nullptr;
    std::int64_t hash = -1;
    int flags = 0;
    std::int64_t exports = 0;
    BufferInfo view;
    Object* weakreflist = nullptr;
    std::int64_t arrayWords = 0;
};
constexpr int kMvReleased = 1;
constexpr int kMvC = 2;
constexpr int kMvFortran = 4;
constexpr int kMvScalar = 8;

MemoryViewObject* asMv(Object* o) { return static_cast<MemoryViewObject*>(o); }
const MemoryViewObject* asMv(const Object* o) { return static_cast<const MemoryViewObject*>(o); }

bool baseInaccessible(const MemoryViewObject* mv) {
    return (mv->flags & kMvReleased) || !mv->mbuf || (mv->mbuf->flags & kMbufReleased);
}

bool checkReleased(MemoryViewObject* mv) {
    if (!baseInaccessible(mv)) return true;
    Interpreter& interp = interpOf(mv);
    raiseError(interp, vmOf(interp).exc.ValueError, "operation forbidden on released memoryview object");
    return false;
}

// PyBuffer_IsContiguous(view, 'C') / ('F') over shape and strides.
bool isContiguous(const BufferInfo& v, bool fortran) {
    if (v.len == 0) return true;
    std::int64_t sd = v.itemsize;
    for (int k = 0; k < v.ndim; ++k) {
        const int i = fortran ? k : v.ndim - 1 - k;
        const std::int64_t dim = v.shape[static_cast<std::size_t>(i)];
        if (dim > 1 && v.strides[static_cast<std::size_t>(i)] != sd) return false;
        sd *= dim;
    }
    return true;
}

// init_flags.
void initFlags(MemoryViewObject* mv) {
    const BufferInfo& v = mv->view;
    int flags = mv->flags & kMvReleased;
    if (v.ndim == 0) flags |= kMvScalar | kMvC | kMvFortran;
    else if (v.ndim == 1) {
        if (v.shape[0] == 1 || v.strides[0] == v.itemsize) flags |= kMvC | kMvFortran;
    } else {
        if (isContiguous(v, false)) flags |= kMvC;
        if (isContiguous(v, true)) flags |= kMvFortran;
    }
    mv->flags = flags;
}

bool cContiguous(const MemoryViewObject* mv) { return mv->flags & (kMvScalar | kMvC); }

// init_len.
void initLen(BufferInfo& v) {
    std::int64_t len = 1;
    for (int i = 0; i < v.ndim; ++i) len *= v.shape[static_cast<std::size_t>(i)];
    v.len = len * v.itemsize;
}

// memory_alloc + mbuf_add_incomplete_view: a tracked view of `arrayDims` dimensions registered
// with mbuf, sharing src's values (shape and strides are the caller's to fill).
MemoryViewObject* addIncompleteView(Interpreter& interp, ManagedBufferObject* mbuf, const BufferInfo& src, int arrayDims) {
    TypeObject* t = vmOf(interp).types.memoryview;
    const std::int64_t words = 3 * static_cast<std::int64_t>(arrayDims);
    auto* mv = interp.newObject<MemoryViewObject>(t, static_cast<std::uint64_t>(t->basicsize + t->itemsize * words));
    if (!mv) return nullptr;
    mv->arrayWords = words;
    interp.gc().track(mv);
    mv->view = src;
    mv->view.obj = src.obj; // borrowed
    mv->mbuf = mbuf;
    incref(mbuf);
    ++mbuf->exports;
    return mv;
}

// mbuf_add_view: src null = the managed buffer's master.
Ref addView(Interpreter& interp, ManagedBufferObject* mbuf, const BufferInfo* src) {
    if (!src) src = &mbuf->master;
    if (src->ndim > kMaxNdim) {
        raiseError(interp, vmOf(interp).exc.ValueError, "memoryview: number of dimensions must not exceed 64");
        return Ref();
    }
    MemoryViewObject* mv = addIncompleteView(interp, mbuf, *src, src->ndim);
    if (!mv) return Ref();
    initFlags(mv);
    return Ref(mv);
}

// _memory_release.
int memoryRelease(MemoryViewObject* self) {
    if (self->flags & kMvReleased) return 0;
    if (self->exports == 0) {
        self->flags |= kMvReleased;
        if (self->mbuf && --self->mbuf->exports == 0) mbufRelease(self->mbuf);
        return 0;
    }
    Interpreter& interp = interpOf(self);
    raiseError(interp, vmOf(interp).exc.BufferError,
               "memoryview has " + std::to_string(self->exports) + " exported buffer" + (self->exports == 1 ? "" : "s"));
    return -1;
}

void memoryDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    MemoryViewObject* mv = asMv(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    (void)memoryRelease(mv);
    xdecref(std::exchange(mv->mbuf, nullptr));
    if (mv->weakreflist) clearWeakrefs(o);
    interp.freeObject(o);
}

int memoryTraverse(Object* o, VisitProc visit, void* arg) {
    Object* mbuf = asMv(o)->mbuf;
    return mbuf ? visit(mbuf, arg) : 0;
}

int memoryClear(Object* o) {
    (void)memoryRelease(asMv(o));
    xdecref(std::exchange(asMv(o)->mbuf, nullptr));
    return 0;
}

// The PyMemoryViewObject words a program can read through ctypes: +16 ob_size, +24 mbuf, +32 hash,
// +40 flags, +48 exports, +64 view.obj, +72 view.len, +80 view.itemsize, +136 weakreflist.
bool memoryReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    const MemoryViewObject* mv = asMv(o);
    switch (offset) {
    case 16: out = static_cast<std::uint64_t>(mv->arrayWords); return true;
    case 24: out = mv->mbuf ? mv->mbuf->addr : 0; return true;
    case 32: out = static_cast<std::uint64_t>(mv->hash); return true;
    case 40: out = static_cast<std::uint64_t>(mv->flags); return true;
    case 48: out = static_cast<std::uint64_t>(mv->exports); return true;
    case 64: out = mv->view.obj ? mv->view.obj->addr : 0; return true;
    case 72: out = static_cast<std::uint64_t>(mv->view.len); return true;
    case 80: out = static_cast<std::uint64_t>(mv->view.itemsize); return true;
    case 136: out = mv->weakreflist ? mv->weakreflist->addr : 0; return true;
    default: return false;
    }
}

std::int64_t memorySizeOf(const Object* o) { return o->type->basicsize + o->type->itemsize * asMv(o)->arrayWords; }

Object* memoryRepr(Object* o) {
    Interpreter& interp = interpOf(o);
    const char* fmt = (asMv(o)->flags & kMvReleased) ? "<released memory at 0x%llx>" : "<memory at 0x%llx>";
    return newStrFromAscii(interp, formatString(fmt, static_cast<unsigned long long>(o->addr))).release();
}

// ---------------------------------------------------------------- items and formats

// get_native_fmtchar: the item size of a native single-character format ('@' allowed), or -1.
std::int64_t nativeFormatSize(const char* fmt, char& out) {
    if (fmt[0] == '@') ++fmt;
    std::int64_t size = -1;
    switch (fmt[0]) {
    case 'c': case 'b': case 'B': case '?': size = 1; break;
    case 'h': case 'H': size = 2; break;
    case 'i': case 'I': case 'f': size = 4; break;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': size = 8; break;
    default: break;
    }
    if (size > 0 && fmt[1] == '\0') {
        out = fmt[0];
        return size;
    }
    return -1;
}

// get_native_fmtstr: the static format string for `fmt` ("B" or "@B"), or null.
const char* nativeFormatString(std::string_view fmt) {
    static const char* const kPlain[] = {"c", "b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "?", "P"};
    static const char* const kAt[] = {"@c", "@b", "@B", "@h", "@H", "@i", "@I", "@l", "@L", "@q", "@Q", "@n", "@N", "@f", "@d", "@?", "@P"};
    bool at = false;
    if (!fmt.empty() && fmt[0] == '@') {
        at = true;
        fmt.remove_prefix(1);
    }
    if (fmt.size() != 1) return nullptr;
    for (std::size_t i = 0; i < sizeof(kPlain) / sizeof(kPlain[0]); ++i)
        if (kPlain[i][0] == fmt[0]) return at ? kAt[i] : kPlain[i];
    return nullptr;
}

bool isByteFormat(char f) { return f == 'b' || f == 'B' || f == 'c'; }

// adjust_fmt: the format without its '@'; NotImplementedError for anything but one character.
const char* adjustFormat(Interpreter& interp, const BufferInfo& v) {
    const char* fmt = v.format[0] == '@' ? v.format + 1 : v.format;
    if (fmt[0] && fmt[1] == '\0') return fmt;
    raiseError(interp, vmOf(interp).exc.NotImplementedError, std::string("memoryview: unsupported format ") + v.format);
    return nullptr;
}

template <class T> T loadAs(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof(T));
    return v;
}
template <class T> void storeAs(char* p, T v) { std::memcpy(p, &v, sizeof(T)); }

Ref newUnsigned(Interpreter& interp, std::uint64_t u) {
    if (u <= static_cast<std::uint64_t>(INT64_MAX)) return newInt(interp, static_cast<std::int64_t>(u));
    return newIntFromDecimal(interp, std::to_string(u));
}

// unpack_single: the Python value of the item at p.
Ref unpackSingle(Interpreter& interp, const char* p, const char* fmt) {
    switch (fmt[0]) {
    case 'B': return newInt(interp, loadAs<std::uint8_t>(p));
    case 'b': return newInt(interp, loadAs<std::int8_t>(p));
    case 'h': return newInt(interp, loadAs<std::int16_t>(p));
    case 'H': return newInt(interp, loadAs<std::uint16_t>(p));
    case 'i': return newInt(interp, loadAs<std::int32_t>(p));
    case 'I': return newInt(interp, loadAs<std::uint32_t>(p));
    case 'l': case 'q': case 'n': return newInt(interp, loadAs<std::int64_t>(p));
    case 'L': case 'Q': case 'N': case 'P': return newUnsigned(interp, loadAs<std::uint64_t>(p));
    case 'f': return newFloat(interp, static_cast<double>(loadAs<float>(p)));
    case 'd': return newFloat(interp, loadAs<double>(p));
    case '?': return Ref::borrowed(loadAs<std::uint8_t>(p) ? interp.trueObj : interp.falseObj);
    case 'c': return bytesChar(interp, static_cast<unsigned char>(p[0]));
    default: break;
    }
    raiseError(interp, vmOf(interp).exc.NotImplementedError, std::string("memoryview: format ") + fmt + " not supported");
    return Ref();
}

int typeErrorFormat(Interpreter& interp, const char* fmt) {
    raiseError(interp, vmOf(interp).exc.TypeError, std::string("memoryview: invalid type for format '") + fmt + "'");
    return -1;
}
int valueErrorFormat(Interpreter& interp, const char* fmt) {
    raiseError(interp, vmOf(interp).exc.ValueError, std::string("memoryview: invalid value for format '") + fmt + "'");
    return -1;
}
// fix_error_int: TypeError -> invalid type; OverflowError/ValueError -> invalid value.
int fixErrorFormat(Interpreter& interp, const char* fmt) {
    VmState& vm = vmOf(interp);
    if (errMatches(interp, vm.exc.TypeError)) {
        clearError(interp);
        return typeErrorFormat(interp, fmt);
    }
    if (errMatches(interp, vm.exc.OverflowError) || errMatches(interp, vm.exc.ValueError)) {
        clearError(interp);
        return valueErrorFormat(interp, fmt);
    }
    return -1;
}

// pack_single: stores item at p by format; CPython's errors for the wrong type or range.
int packSingle(MemoryViewObject* self, Object* item, std::int64_t byteOffset, const char* fmt) {
    Interpreter& interp = interpOf(self);
    const char f = fmt[0];
    if (f == 'c') {
        if (!isBytes(item)) return typeErrorFormat(interp, fmt);
        if (bytesSize(item) != 1) return valueErrorFormat(interp, fmt);
        self->view.base()[byteOffset] = bytesView(item)[0];
        return 0;
    }
    if (f == '?') {
        const int truth = objectIsTrue(item);
        if (truth < 0) return -1;
        if (!checkReleased(self)) return -1;
        storeAs<std::uint8_t>(self->view.base() + byteOffset, static_cast<std::uint8_t>(truth));
        return 0;
    }
    if (f == 'f' || f == 'd') {
        double d = 0;
        if (!asDouble(item, d)) return fixErrorFormat(interp, fmt);
        if (!checkReleased(self)) return -1;
        if (f == 'f') storeAs<float>(self->view.base() + byteOffset, static_cast<float>(d));
        else storeAs<double>(self->view.base() + byteOffset, d);
        return 0;
    }
    const bool isSigned = f == 'b' || f == 'h' || f == 'i' || f == 'l' || f == 'q' || f == 'n';
    const bool isUnsigned = f == 'B' || f == 'H' || f == 'I' || f == 'L' || f == 'Q' || f == 'N' || f == 'P';
    if (!isSigned && !isUnsigned) {
        raiseError(interp, vmOf(interp).exc.NotImplementedError, std::string("memoryview: format ") + fmt + " not supported");
        return -1;
    }
    Ref index = numberIndex(item);
    if (!index) return fixErrorFormat(interp, fmt);
    std::int64_t v = 0;
    std::uint64_t u = 0;
    if (intAsInt64(index.get(), v)) {
        if (isUnsigned && v < 0) return valueErrorFormat(interp, fmt);
        u = static_cast<std::uint64_t>(v);
    } else {
        // Beyond int64: only the 64-bit unsigned formats can hold it.
        const std::string digits = intToDecimal(index.get());
        if (!isUnsigned || digits.empty() || digits[0] == '-' || digits.size() > 20) return valueErrorFormat(interp, fmt);
        char* end = nullptr;
        u = std::strtoull(digits.c_str(), &end, 10);
        if (digits.size() == 20 && digits > "18446744073709551615") return valueErrorFormat(interp, fmt);
    }
    if (!checkReleased(self)) return -1;
    char* p = self->view.base() + byteOffset;
    switch (f) {
    case 'b': if (v < INT8_MIN || v > INT8_MAX) return valueErrorFormat(interp, fmt); storeAs<std::int8_t>(p, static_cast<std::int8_t>(v)); break;
    case 'h': if (v < INT16_MIN || v > INT16_MAX) return valueErrorFormat(interp, fmt); storeAs<std::int16_t>(p, static_cast<std::int16_t>(v)); break;
    case 'i': if (v < INT32_MIN || v > INT32_MAX) return valueErrorFormat(interp, fmt); storeAs<std::int32_t>(p, static_cast<std::int32_t>(v)); break;
    case 'l': case 'q': case 'n': storeAs<std::int64_t>(p, v); break;
    case 'B': if (u > UINT8_MAX) return valueErrorFormat(interp, fmt); storeAs<std::uint8_t>(p, static_cast<std::uint8_t>(u)); break;
    case 'H': if (u > UINT16_MAX) return valueErrorFormat(interp, fmt); storeAs<std::uint16_t>(p, static_cast<std::uint16_t>(u)); break;
    case 'I': if (u > UINT32_MAX) return valueErrorFormat(interp, fmt); storeAs<std::uint32_t>(p, static_cast<std::uint32_t>(u)); break;
    default: storeAs<std::uint64_t>(p, u); break;
    }
    return 0;
}

// The byte offset (from view.base()) of item `index` of dimension 0; IndexError as lookup_dimension.
bool offsetOfIndex(Interpreter& interp, const BufferInfo& v, std::int64_t index, std::int64_t& out) {
    const std::int64_t n = v.shape[0];
    if (index < 0) index += n;
    if (index < 0 || index >= n) {
        raiseError(interp, vmOf(interp).exc.IndexError, "index out of bounds on dimension 1");
        return false;
    }
    out = v.strides[0] * index;
    return true;
}

// buffer_to_contiguous in C order: the view's items as one byte string.
std::string contiguousCopy(const BufferInfo& v) {
    std::string out;
    out.reserve(static_cast<std::size_t>(v.len));
    const char* base = v.base();
    if (v.ndim == 0) return std::string(base, static_cast<std::size_t>(v.itemsize));
    std::vector<std::int64_t> idx(static_cast<std::size_t>(v.ndim), 0);
    for (int d = 0; d < v.ndim; ++d)
        if (v.shape[static_cast<std::size_t>(d)] == 0) return out;
    while (true) {
        std::int64_t off = 0;
        for (int d = 0; d < v.ndim; ++d) off += idx[static_cast<std::size_t>(d)] * v.strides[static_cast<std::size_t>(d)];
        out.append(base + off, static_cast<std::size_t>(v.itemsize));
        int d = v.ndim - 1;
        while (d >= 0 && ++idx[static_cast<std::size_t>(d)] == v.shape[static_cast<std::size_t>(d)]) idx[static_cast<std::size_t>(d--)] = 0;
        if (d < 0) return out;
    }
}

// ---------------------------------------------------------------- mapping slots

std::int64_t memoryLength(Object* o) {
    MemoryViewObject* mv = asMv(o);
    if (!checkReleased(mv)) return -1;
    return mv->view.ndim == 0 ? 1 : mv->view.shape[0];
}

Object* memoryItem(MemoryViewObject* self, std::int64_t index) {
    Interpreter& interp = interpOf(self);
    const char* fmt = adjustFormat(interp, self->view);
    if (!fmt) return nullptr;
    if (self->view.ndim == 0) {
        raiseError(interp, vmOf(interp).exc.TypeError, "invalid indexing of 0-dim memory");
        return nullptr;
    }
    if (self->view.ndim == 1) {
        std::int64_t off = 0;
        if (!offsetOfIndex(interp, self->view, index, off)) return nullptr;
        return unpackSingle(interp, self->view.base() + off, fmt).release();
    }
    raiseError(interp, vmOf(interp).exc.NotImplementedError, "multi-dimensional sub-views are not implemented");
    return nullptr;
}

// init_slice on dimension 0.
bool initSlice(BufferInfo& v, Object* key) {
    std::int64_t start, stop, step;
    if (!sliceUnpack(key, start, stop, step)) return false;
    const std::int64_t n = sliceAdjustIndices(v.shape[0], start, stop, step);
    v.offset += v.strides[0] * start;
    v.shape[0] = n;
    v.strides[0] *= step;
    return true;
}

bool isTupleOf(Object* key, bool (*pred)(Object*)) {
    if (!isTuple(key)) return false;
    for (std::int64_t i = 0; i < tupleSize(key); ++i)
        if (!pred(tupleItem(key, i))) return false;
    return true;
}
bool sliceKey(Object* o) { return isSlice(o); }

Object* memorySubscript(Object* o, Object* key) {
    MemoryViewObject* self = asMv(o);
    Interpreter& interp = interpOf(o);
    VmState& vm = vmOf(interp);
    if (!checkReleased(self)) return nullptr;
    BufferInfo& v = self->view;
    if (v.ndim == 0) {
        if (isTuple(key) && tupleSize(key) == 0) {
            const char* fmt = adjustFormat(interp, v);
            if (!fmt) return nullptr;
            return unpackSingle(interp, v.base(), fmt).release();
        }
        if (key == interp.ellipsis) return newRef(o);
        raiseError(interp, vm.exc.TypeError, "invalid indexing of 0-dim memory");
        return nullptr;
    }
    if (hasIndex(key)) {
        std::int64_t index = 0;
        if (!indexAsInt64(key, index, vm.exc.IndexError)) return nullptr;
        return memoryItem(self, index);
    }
    if (isSlice(key)) {
        Ref sliced = addView(interp, self->mbuf, &v);
        if (!sliced) return nullptr;
        MemoryViewObject* s = asMv(sliced.get());
        if (!initSlice(s->view, key)) return nullptr;
        initLen(s->view);
        initFlags(s);
        return sliced.release();
    }
    if (isTupleOf(key, hasIndex)) {
        // memory_item_multi: one index per dimension.
        const char* fmt = adjustFormat(interp, v);
        if (!fmt) return nullptr;
        const std::int64_t nindices = tupleSize(key);
        if (nindices < v.ndim) {
            raiseError(interp, vm.exc.NotImplementedError, "sub-views are not implemented");
            return nullptr;
        }
        if (nindices > v.ndim) {
            raiseError(interp, vm.exc.TypeError, "cannot index " + std::to_string(v.ndim) + "-dimension view with " +
                                                     std::to_string(nindices) + "-element tuple");
            return nullptr;
        }
        std::int64_t off = 0;
        for (int d = 0; d < v.ndim; ++d) {
            std::int64_t index = 0;
            if (!indexAsInt64(tupleItem(key, d), index, vm.exc.IndexError)) return nullptr;
            const std::int64_t n = v.shape[static_cast<std::size_t>(d)];
            if (index < 0) index += n;
            if (index < 0 || index >= n) {
                raiseError(interp, vm.exc.IndexError, "index out of bounds on dimension " + std::to_string(d + 1));
                return nullptr;
            }
            off += index * v.strides[static_cast<std::size_t>(d)];
        }
        return unpackSingle(interp, v.base() + off, fmt).release();
    }
    if (isTupleOf(key, sliceKey)) {
        raiseError(interp, vm.exc.NotImplementedError, "multi-dimensional slicing is not implemented");
        return nullptr;
    }
    raiseError(interp, vm.exc.TypeError, "memoryview: invalid slice key");
    return nullptr;
}

int memoryAssSubscript(Object* o, Object* key, Object* value) {
    MemoryViewObject* self = asMv(o);
    Interpreter& interp = interpOf(o);
    VmState& vm = vmOf(interp);
    if (!checkReleased(self)) return -1;
    BufferInfo& v = self->view;
    const char* fmt = adjustFormat(interp, v);
    if (!fmt) return -1;
    if (v.readonly) {
        raiseError(interp, vm.exc.TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        raiseError(interp, vm.exc.TypeError, "cannot delete memory");
        return -1;
    }
    if (v.ndim == 0) {
        if (key == interp.ellipsis || (isTuple(key) && tupleSize(key) == 0)) return packSingle(self, value, 0, fmt);
        raiseError(interp, vm.exc.TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (hasIndex(key)) {
        if (v.ndim > 1) {
            raiseError(interp, vm.exc.NotImplementedError, "sub-views are not implemented");
            return -1;
        }
        std::int64_t index = 0;
        if (!indexAsInt64(key, index, vm.exc.IndexError)) return -1;
        std::int64_t off = 0;
        if (!offsetOfIndex(interp, v, index, off)) return -1;
        return packSingle(self, value, off, fmt);
    }
    if (isSlice(key) && v.ndim == 1) {
        BufferInfo src;
        if (getBuffer(value, src) < 0) return -1;
        BufferInfo dest = v;
        int ret = -1;
        if (initSlice(dest, key)) {
            dest.len = dest.shape[0] * dest.itemsize;
            // copy_single: equal structure (format without '@', itemsize, shape), then a copy that
            // reads every source item before writing (memmove semantics for overlapping views).
            const char* df = dest.format[0] == '@' ? dest.format + 1 : dest.format;
            const char* sf = src.format[0] == '@' ? src.format + 1 : src.format;
            if (!checkReleased(self)) {
            } else if (std::strcmp(df, sf) != 0 || dest.itemsize != src.itemsize || src.ndim != 1 || src.shape[0] != dest.shape[0]) {
                raiseError(interp, vm.exc.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            } else {
                const std::string items = contiguousCopy(src);
                char* base = dest.base();
                for (std::int64_t i = 0; i < dest.shape[0]; ++i)
                    std::memcpy(base + i * dest.strides[0], items.data() + i * dest.itemsize, static_cast<std::size_t>(dest.itemsize));
                ret = 0;
            }
        }
        releaseBuffer(src);
        return ret;
    }
    if (isTupleOf(key, hasIndex)) {
        if (tupleSize(key) < v.ndim) {
            raiseError(interp, vm.exc.NotImplementedError, "sub-views are not implemented");
            return -1;
        }
        if (tupleSize(key) > v.ndim) {
            raiseError(interp, vm.exc.TypeError, "cannot index " + std::to_string(v.ndim) + "-dimension view with " +
                                                     std::to_string(tupleSize(key)) + "-element tuple");
            return -1;
        }
        std::int64_t off = 0;
        for (int d = 0; d < v.ndim; ++d) {
            std::int64_t index = 0;
            if (!indexAsInt64(tupleItem(key, d), index, vm.exc.IndexError)) return -1;
            const std::int64_t n = v.shape[static_cast<std::size_t>(d)];
            if (index < 0) index += n;
            if (index < 0 || index >= n) {
                raiseError(interp, vm.exc.IndexError, "index out of bounds on dimension " + std::to_string(d + 1));
                return -1;
            }
            off += index * v.strides[static_cast<std::size_t>(d)];
        }
        return packSingle(self, value, off, fmt);
    }
    if (isSlice(key) || isTupleOf(key, sliceKey)) {
        raiseError(interp, vm.exc.NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
        return -1;
    }
    raiseError(interp, vm.exc.TypeError, "memoryview: invalid slice key");
    return -1;
}

// ---------------------------------------------------------------- compare and hash

// memory_richcompare: == and != only, item by item as unpacked values over equal shapes.
Object* memoryRichCompare(Object* a, Object* b, CompareOp op) {
    Interpreter& interp = interpOf(a);
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !isMemoryView(a)) return newRef(interp.notImplemented);
    MemoryViewObject* v = asMv(a);
    bool equal = false;
    BufferInfo wbuf;
    const BufferInfo* ww = nullptr;
    if (baseInaccessible(v)) {
        equal = a == b;
    } else if (isMemoryView(b)) {
        if (baseInaccessible(asMv(b))) equal = a == b;
        else ww = &asMv(b)->view;
    } else {
        if (!checkBuffer(b) || getBuffer(b, wbuf) < 0) {
            if (errOccurred(interp)) clearError(interp);
            return newRef(interp.notImplemented);
        }
        ww = &wbuf;
    }
    if (ww) {
        const BufferInfo& vv = v->view;
        bool sameShape = vv.ndim == ww->ndim;
        for (int i = 0; sameShape && i < vv.ndim; ++i) {
            if (vv.shape[static_cast<std::size_t>(i)] != ww->shape[static_cast<std::size_t>(i)]) sameShape = false;
            else if (vv.shape[static_cast<std::size_t>(i)] == 0) break;
        }
        equal = sameShape;
        const char* vf = adjustFormat(interp, vv);
        const char* wf = vf ? adjustFormat(interp, *ww) : nullptr;
        if (!vf || !wf) {
            if (ww == &wbuf) releaseBuffer(wbuf);
            return nullptr;
        }
        if (sameShape) {
            const std::string vb = contiguousCopy(vv), wb = contiguousCopy(*ww);
            const std::int64_t n = vv.itemsize ? static_cast<std::int64_t>(vb.size()) / vv.itemsize : 0;
            for (std::int64_t i = 0; equal && i < n; ++i) {
                Ref x = unpackSingle(interp, vb.data() + i * vv.itemsize, vf);
                Ref y = x ? unpackSingle(interp, wb.data() + i * ww->itemsize, wf) : Ref();
                if (!y) {
                    if (ww == &wbuf) releaseBuffer(wbuf);
                    return nullptr;
                }
                const int r = objectRichCompareBool(x.get(), y.get(), CompareOp::Eq);
                if (r < 0) {
                    if (ww == &wbuf) releaseBuffer(wbuf);
                    return nullptr;
                }
                equal = r == 1;
            }
        }
        if (ww == &wbuf) releaseBuffer(wbuf);
    }
    const bool result = op == CompareOp::Eq ? equal : !equal;
    return newRef(result ? interp.trueObj : interp.falseObj);
}

std::int64_t memoryHash(Object* o) {
    MemoryViewObject* self = asMv(o);
    if (self->hash != -1) return self->hash;
    Interpreter& interp = interpOf(o);
    if (!checkReleased(self)) return -1;
    if (!self->view.readonly) {
        raiseError(interp, vmOf(interp).exc.ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    char f = 0;
    if (nativeFormatSize(self->view.format, f) < 0 || !isByteFormat(f)) {
        raiseError(interp, vmOf(interp).exc.ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    if (self->view.obj && objectHash(self->view.obj) == -1) return -1;
    const std::string bytes = contiguousCopy(self->view);
    self->hash = hashBytes(bytes.data(), bytes.size());
    return self->hash;
}

// ---------------------------------------------------------------- construction

// memoryview(object): tp_new only (3.11 has no vectorcall for it), so a call builds the args tuple.

Object* memoryviewNew(Object* callable, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(callable);
    static const char* const kNames[] = {"object"};
    ArgSpec spec{"memoryview", kNames, 1, 0, 1, 1};
    Object* a[1] = {nullptr};
    if (!unpackParserArgs(interp, spec, "memoryview", args, nargs, kwnames, a)) return nullptr;
    return newMemoryView(interp, a[0]).release();
}

// memory_getbuf: a memoryview exports its own view and counts it.
int memoryGetBuffer(Object* o, BufferInfo& view) {
    MemoryViewObject* self = asMv(o);
    if (!checkReleased(self)) return -1;
    Object* obj = view.obj;
    view = self->view;
    view.obj = obj;
    ++self->exports;
    return 0;
}
void memoryReleaseBuffer(Object* o, BufferInfo&) { --asMv(o)->exports; }
const BufferProcs kMemoryViewBuffer = {memoryGetBuffer, memoryReleaseBuffer};

// bytes_buffer_getbuffer: read-only, no export count.
char* bytesData(Object* o) { return bytesMutableData(o); }
int bytesGetBuffer(Object* o, BufferInfo& view) {
    view.dataOwner = o;
    view.dataOf = bytesData;
    view.len = bytesSize(o);
    view.readonly = true;
    return 0;
}
const BufferProcs kBytesBuffer = {bytesGetBuffer, nullptr};

// ---------------------------------------------------------------- methods

#define MV_SELF MemoryViewObject* self = asMv(selfObj); Interpreter& interp = interpOf(selfObj)

Object* mRelease(Object* selfObj, Object* const*, std::int64_t, Object*) {
    MV_SELF;
    if (memoryRelease(self) < 0) return nullptr;
    return newRef(interp.none);
}

Object* mEnter(Object* selfObj, Object* const*, std::int64_t, Object*) {
    MV_SELF;
    (void)interp;
    if (!checkReleased(self)) return nullptr;
    return newRef(selfObj);
}

Object* mExit(Object* selfObj, Object* const*, std::int64_t, Object*) { return mRelease(selfObj, nullptr, 0, nullptr); }

Object* mToBytes(Object* selfObj, Object* const* args, std::int64_t nargs, Object* kwnames) {
    MV_SELF;
    static const char* const kNames[] = {"order"};
    ArgSpec spec{"tobytes", kNames, 1, 0, 0, 1};
    Object* a[1] = {nullptr};
    if (!unpackParserArgs(interp, spec, "memoryview.tobytes", args, nargs, kwnames, a)) return nullptr;
    if (!checkReleased(self)) return nullptr;
    if (a[0] && a[0] != interp.none) {
        if (!isStr(a[0])) {
            raiseError(interp, vmOf(interp).exc.TypeError, "tobytes() argument 'order' must be str or None, not " + a[0]->type->name);
            return nullptr;
        }
        const std::string order = strToUtf8(a[0]);
        if (order != "C" && order != "F" && order != "A") {
            raiseError(interp, vmOf(interp).exc.ValueError, "order must be 'C', 'F' or 'A'");
            return nullptr;
        }
    }
    const std::string data = contiguousCopy(self->view);
    Ref r = newBytesUninit(interp, static_cast<std::int64_t>(data.size()));
    if (!r) return nullptr;
    if (!data.empty()) std::memcpy(bytesMutableData(r.get()), data.data(), data.size());
    return r.release();
}

Ref tolistRec(Interpreter& interp, const BufferInfo& v, const char* fmt, int dim, std::int64_t off) {
    const std::int64_t n = v.shape[static_cast<std::size_t>(dim)];
    Ref list = newList(interp, n);
    if (!list) return Ref();
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t at = off + i * v.strides[static_cast<std::size_t>(dim)];
        Ref item = dim + 1 == v.ndim ? unpackSingle(interp, v.base() + at, fmt) : tolistRec(interp, v, fmt, dim + 1, at);
        if (!item) return Ref();
        listSetItemSteal(list.get(), i, item.release());
    }
    return list;
}

Object* mToList(Object* selfObj, Object* const*, std::int64_t, Object*) {
    MV_SELF;
    if (!checkReleased(self)) return nullptr;
    const char* fmt = adjustFormat(interp, self->view);
    if (!fmt) return nullptr;
    if (self->view.ndim == 0) return unpackSingle(interp, self->view.base(), fmt).release();
    return tolistRec(interp, self->view, fmt, 0, 0).release();
}

// memoryview.hex(sep=None, bytes_per_sep=1): _Py_strhex_with_sep.
Object* mHex(Object* selfObj, Object* const* args, std::int64_t nargs, Object* kwnames) {
    MV_SELF;
    VmState& vm = vmOf(interp);
    static const char* const kNames[] = {"sep", "bytes_per_sep"};
    ArgSpec spec{"hex", kNames, 2, 0, 0, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackParserArgs(interp, spec, "memoryview.hex", args, nargs, kwnames, a)) return nullptr;
    if (!checkReleased(self)) return nullptr;
    std::int64_t perSep = 1;
    if (a[1]) {
        if (isFloat(a[1])) {
            raiseError(interp, vm.exc.TypeError, "'float' object cannot be interpreted as an integer");
            return nullptr;
        }
        if (!indexAsInt64(a[1], perSep, vm.exc.OverflowError)) return nullptr;
    }
    char sep = 0;
    if (a[0] && a[0] != interp.none) {
        const std::int64_t seplen = objectLength(a[0]);
        if (seplen < 0) return nullptr;
        if (seplen != 1) {
            raiseError(interp, vm.exc.ValueError, "sep must be length 1.");
            return nullptr;
        }
        std::string text;
        if (isStr(a[0])) text = strToUtf8(a[0]);
        else if (isBytes(a[0])) text = std::string(bytesView(a[0]));
        else {
            raiseError(interp, vm.exc.TypeError, "sep must be str or bytes.");
            return nullptr;
        }
        if (static_cast<unsigned char>(text[0]) > 127) {
            raiseError(interp, vm.exc.ValueError, "sep must be ASCII.");
            return nullptr;
        }
        sep = text[0];
    }
    static constexpr char kHex[] = "0123456789abcdef";
    const std::string data = contiguousCopy(self->view);
    const std::int64_t n = static_cast<std::int64_t>(data.size());
    const std::int64_t group = perSep < 0 ? -perSep : perSep;
    std::string text;
    for (std::int64_t i = 0; i < n; ++i) {
        if (sep && group > 0 && i > 0) {
            // Positive counts group from the right, negative from the left.
            const bool boundary = perSep > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) text += sep;
        }
        const auto c = static_cast<unsigned char>(data[static_cast<std::size_t>(i)]);
        text += kHex[c >> 4];
        text += kHex[c & 15];
    }
    return newStrFreshAscii(interp, text).release();
}

// memoryview.cast(format, shape=...): cast_to_1D, then cast_to_ND.
Object* mCast(Object* selfObj, Object* const* args, std::int64_t nargs, Object* kwnames) {
    MV_SELF;
    VmState& vm = vmOf(interp);
    static const char* const kNames[] = {"format", "shape"};
    ArgSpec spec{"cast", kNames, 2, 0, 1, 2};
    Object* a[2] = {nullptr, nullptr};
    if (!unpackParserArgs(interp, spec, "memoryview.cast", args, nargs, kwnames, a)) return nullptr;
    if (!isStr(a[0])) {
        raiseError(interp, vm.exc.TypeError, "cast() argument 'format' must be str, not " + a[0]->type->name);
        return nullptr;
    }
    Object* shape = a[1];
    if (!checkReleased(self)) return nullptr;
    const BufferInfo& v = self->view;
    if (!cContiguous(self)) {
        raiseError(interp, vm.exc.TypeError, "memoryview: casts are restricted to C-contiguous views");
        return nullptr;
    }
    bool zeroInShape = false;
    for (int i = 0; i < v.ndim; ++i) zeroInShape = zeroInShape || v.shape[static_cast<std::size_t>(i)] == 0;
    if ((shape || v.ndim != 1) && zeroInShape) {
        raiseError(interp, vm.exc.TypeError, "memoryview: cannot cast view with zeros in shape or strides");
        return nullptr;
    }
    std::int64_t ndim = 1;
    if (shape) {
        if (!isList(shape) && !isTuple(shape)) {
            raiseError(interp, vm.exc.TypeError, "shape must be a list or a tuple");
            return nullptr;
        }
        ndim = isList(shape) ? listSize(shape) : tupleSize(shape);
        if (ndim > kMaxNdim) {
            raiseError(interp, vm.exc.ValueError, "memoryview: number of dimensions must not exceed 64");
            return nullptr;
        }
        if (v.ndim != 1 && ndim != 1) {
            raiseError(interp, vm.exc.TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
            return nullptr;
        }
    }
    MemoryViewObject* mv = addIncompleteView(interp, self->mbuf, v, ndim == 0 ? 1 : static_cast<int>(ndim));
    if (!mv) return nullptr;
    Ref result(mv);
    // cast_to_1D
    const std::string fmtText = strToUtf8(a[0]);
    char dest = 0, srcChar = 0;
    const std::int64_t itemsize = nativeFormatSize(fmtText.c_str(), dest);
    if (itemsize < 0 || fmtText.size() != std::strlen(fmtText.c_str())) {
        raiseError(interp, vm.exc.ValueError,
                   "memoryview: destination format must be a native single character format prefixed with an optional '@'");
        return nullptr;
    }
    if ((nativeFormatSize(v.format, srcChar) < 0 || !isByteFormat(srcChar)) && !isByteFormat(dest)) {
        raiseError(interp, vm.exc.TypeError, "memoryview: cannot cast between two non-byte formats");
        return nullptr;
    }
    if (v.len % itemsize) {
        raiseError(interp, vm.exc.TypeError, "memoryview: length is not a multiple of itemsize");
        return nullptr;
    }
    BufferInfo& nv = mv->view;
    nv.format = nativeFormatString(fmtText);
    nv.itemsize = itemsize;
    nv.ndim = 1;
    nv.shape.assign(1, nv.len / itemsize);
    nv.strides.assign(1, itemsize);
    initFlags(mv);
    if (!shape) return result.release();
    // cast_to_ND: copy_shape, then C strides.
    std::vector<std::int64_t> dims;
    std::int64_t len = itemsize;
    for (std::int64_t i = 0; i < ndim; ++i) {
        Object* item = isList(shape) ? listItem(shape, i) : tupleItem(shape, i);
        std::int64_t x = 0;
        if (!isInt(item)) {
            raiseError(interp, vm.exc.TypeError, "memoryview.cast(): elements of shape must be integers");
            return nullptr;
        }
        if (!intAsInt64(item, x) || x <= 0) {
            raiseError(interp, vm.exc.ValueError, "memoryview.cast(): elements of shape must be integers > 0");
            return nullptr;
        }
        if (x > INT64_MAX / len) {
            raiseError(interp, vm.exc.ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
            return nullptr;
        }
        len *= x;
        dims.push_back(x);
    }
    nv.ndim = static_cast<int>(ndim);
    nv.shape = dims;
    nv.strides.assign(dims.size(), 0);
    std::int64_t stride = itemsize;
    for (std::int64_t i = ndim - 1; i >= 0; --i) {
        nv.strides[static_cast<std::size_t>(i)] = stride;
        stride *= dims[static_cast<std::size_t>(i)];
    }
    if (nv.len != len) {
        raiseError(interp, vm.exc.TypeError, "memoryview: product(shape) * itemsize != buffer size");
        return nullptr;
    }
    initFlags(mv);
    return result.release();
}

Object* mToReadonly(Object* selfObj, Object* const*, std::int64_t, Object*) {
    MV_SELF;
    if (!checkReleased(self)) return nullptr;
    Ref r = addView(interp, self->mbuf, &self->view);
    if (!r) return nullptr;
    asMv(r.get())->view.readonly = true;
    return r.release();
}

#undef MV_SELF

const MethodDef kMemoryViewMethods[] = {
    {"release", mRelease, meth::kNoArgs, "Release the underlying buffer exposed by the memoryview object."},
    {"tobytes", mToBytes, meth::kFastcall | meth::kKeywords, "Return the data in the buffer as a byte string."},
    {"hex", mHex, meth::kFastcall | meth::kKeywords, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"tolist", mToList, meth::kNoArgs, "Return the data in the buffer as a list of elements."},
    {"cast", mCast, meth::kFastcall | meth::kKeywords, "Cast a memoryview to a new format or shape."},
    {"toreadonly", mToReadonly, meth::kNoArgs, "Return a readonly version of the memoryview."},
    {"__enter__", mEnter, meth::kNoArgs},
    {"__exit__", mExit, meth::kFastcall | meth::kVarargs},
    {nullptr, nullptr, 0},
};

// ---------------------------------------------------------------- getters

#define MV_GETTER(fn, body)                                 \
    Object* fn(Object* o) {                                 \
        MemoryViewObject* self = asMv(o);                   \
        Interpreter& interp = interpOf(o);                  \
        if (!checkReleased(self)) return nullptr;           \
        const BufferInfo& v = self->view;                   \
        (void)v;                                            \
        body                                                \
    }

Ref intTuple(Interpreter& interp, const std::vector<std::int64_t>& values, int n) {
    Ref t = newTuple(interp, n);
    if (!t) return Ref();
    for (int i = 0; i < n; ++i) {
        Ref x = newInt(interp, values[static_cast<std::size_t>(i)]);
        if (!x) return Ref();
        tupleSetItemSteal(t.get(), i, x.release());
    }
    return t;
}

MV_GETTER(getObj, return newRef(v.obj ? v.obj : interp.none);)
MV_GETTER(getNbytes, return newInt(interp, v.len).release();)
MV_GETTER(getFormat, return newStrFromAscii(interp, v.format).release();)
MV_GETTER(getItemsize, return newInt(interp, v.itemsize).release();)
MV_GETTER(getShape, return intTuple(interp, v.shape, v.ndim).release();)
MV_GETTER(getStrides, return intTuple(interp, v.strides, v.ndim).release();)
MV_GETTER(getSuboffsets, return newTuple(interp, 0).release();)
MV_GETTER(getReadonly, return newRef(v.readonly ? interp.trueObj : interp.falseObj);)
MV_GETTER(getNdim, return newInt(interp, v.ndim).release();)
MV_GETTER(getCContiguous, return newRef(cContiguous(self) ? interp.trueObj : interp.falseObj);)
MV_GETTER(getFContiguous, return newRef((self->flags & (kMvScalar | kMvFortran)) ? interp.trueObj : interp.falseObj);)
MV_GETTER(getContiguous, return newRef((self->flags & (kMvScalar | kMvC | kMvFortran)) ? interp.trueObj : interp.falseObj);)
#undef MV_GETTER

const GetSetDef kMemoryViewGetSets[] = {
    {"obj", getObj, nullptr, "The underlying object of the memoryview."},
    {"nbytes", getNbytes, nullptr, "The amount of space in bytes that the array would use in\n a contiguous representation."},
    {"readonly", getReadonly, nullptr, "A bool indicating whether the memory is read only."},
    {"itemsize", getItemsize, nullptr, "The size in bytes of each element of the memoryview."},
    {"format", getFormat, nullptr, "A string containing the format (in struct module style)\n for each element in the view."},
    {"ndim", getNdim, nullptr, "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents."},
    {"shape", getShape, nullptr, "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array."},
    {"strides", getStrides, nullptr, "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array."},
    {"suboffsets", getSuboffsets, nullptr, "A tuple of integers used internally for PIL-style arrays."},
    {"c_contiguous", getCContiguous, nullptr, "A bool indicating whether the memory is C contiguous."},
    {"f_contiguous", getFContiguous, nullptr, "A bool indicating whether the memory is Fortran contiguous."},
    {"contiguous", getContiguous, nullptr, "A bool indicating whether the memory is contiguous."},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- iterator

// memoryiterobject: +16 it_index, +24 it_seq, +32 it_length, +40 it_fmt (48 bytes + GC head).
struct MemoryIterObject : Object {
    std::int64_t index = 0;
    Object* seq = nullptr; // strong; null once exhausted
    std::int64_t length = 0;
    const char* fmt = "B";
};
MemoryIterObject* asIter(Object* o) { return static_cast<MemoryIterObject*>(o); }

Object* memoryIter(Object* o) {
    Interpreter& interp = interpOf(o);
    MemoryViewObject* mv = asMv(o);
    if (mv->view.ndim == 0) {
        raiseError(interp, vmOf(interp).exc.TypeError, "invalid indexing of 0-dim memory");
        return nullptr;
    }
    if (mv->view.ndim != 1) {
        raiseError(interp, vmOf(interp).exc.NotImplementedError, "multi-dimensional sub-views are not implemented");
        return nullptr;
    }
    const char* fmt = adjustFormat(interp, mv->view);
    if (!fmt) return nullptr;
    TypeObject* t = vmOf(interp).types.memoryIterator;
    auto* it = interp.newObject<MemoryIterObject>(t, static_cast<std::uint64_t>(t->basicsize));
    if (!it) return nullptr;
    Ref result(it);
    it->fmt = fmt;
    it->length = memoryLength(o);
    if (it->length < 0) return nullptr;
    it->seq = newRef(o);
    interp.gc().track(it);
    return result.release();
}

Object* memoryIterNext(Object* o) {
    MemoryIterObject* it = asIter(o);
    Object* seq = it->seq;
    if (!seq) return nullptr;
    if (it->index < it->length) {
        MemoryViewObject* mv = asMv(seq);
        if (!checkReleased(mv)) return nullptr;
        const char* p = mv->view.base() + mv->view.strides[0] * it->index++;
        return unpackSingle(interpOf(o), p, it->fmt).release();
    }
    it->seq = nullptr;
    decref(seq);
    return nullptr;
}

} // namespace

// ---------------------------------------------------------------- public

void setBufferProcs(TypeObject& t, const BufferProcs* procs) { t.slots.buffer = procs; }

const BufferProcs* bufferProcsOf(const Object* o) {
    for (const TypeObject* t = o->type; t; t = t->base)
        if (t->slots.buffer) return t->slots.buffer;
    return nullptr;
}

int getBuffer(Object* o, BufferInfo& view) {
    const BufferProcs* procs = bufferProcsOf(o);
    if (!procs) {
        Interpreter& interp = interpOf(o);
        raiseError(interp, vmOf(interp).exc.TypeError, "a bytes-like object is required, not '" + o->type->name + "'");
        return -1;
    }
    view = BufferInfo();
    view.obj = o;
    if (procs->getBuffer(o, view) < 0) {
        view.obj = nullptr;
        return -1;
    }
    if (view.shape.empty() && view.ndim == 1) {
        view.shape.assign(1, view.itemsize ? view.len / view.itemsize : 0);
        view.strides.assign(1, view.itemsize);
    }
    incref(o);
    return 0;
}

void releaseBuffer(BufferInfo& view) {
    Object* obj = std::exchange(view.obj, nullptr);
    if (!obj) return;
    if (const BufferProcs* procs = bufferProcsOf(obj); procs && procs->releaseBuffer) procs->releaseBuffer(obj, view);
    decref(obj);
}

bool bufferCopyBytes(Object* o, std::string& out) {
    BufferInfo view;
    if (getBuffer(o, view) < 0) return false;
    out = contiguousCopy(view);
    releaseBuffer(view);
    return true;
}

bool isMemoryView(const Object* o) {
    const Interpreter& interp = *o->type->interp;
    return interp.vm && o->type == interp.vm->types.memoryview;
}

Ref newMemoryView(Interpreter& interp, Object* base) {
    if (isMemoryView(base)) {
        MemoryViewObject* mv = asMv(base);
        if (!checkReleased(mv)) return Ref();
        return addView(interp, mv->mbuf, &mv->view);
    }
    if (checkBuffer(base)) {
        Ref mbuf = mbufFromObject(interp, base);
        if (!mbuf) return Ref();
        return addView(interp, asMbuf(mbuf.get()), nullptr);
    }
    raiseError(interp, vmOf(interp).exc.TypeError, "memoryview: a bytes-like object is required, not '" + base->type->name + "'");
    return Ref();
}

bool memoryViewContiguousBytes(const Object* o, std::string_view& out) {
    if (!isMemoryView(o)) return false;
    const MemoryViewObject* mv = asMv(o);
    if (baseInaccessible(mv) || !cContiguous(mv)) return false;
    out = std::string_view(mv->view.base(), static_cast<std::size_t>(mv->view.len));
    return true;
}

void initMemoryViewTypes(Interpreter& interp, TypeObject& t, TypeObject& mb, TypeObject& it) {
    t.dealloc = memoryDealloc;
    t.traverse = memoryTraverse;
    t.clear = memoryClear;
    t.sizeOf = memorySizeOf;
    t.readField = memoryReadField;
    t.repr = memoryRepr;
    t.hash = memoryHash;
    t.richcompare = memoryRichCompare;
    t.isTrue = [](Object* o) -> int {
        const std::int64_t n = memoryLength(o);
        return n < 0 ? -1 : n != 0;
    };
    t.label = [](const Object* o) -> std::string {
        return (asMv(o)->flags & kMvReleased) ? "<released memory>" : "<memory " + std::to_string(asMv(o)->view.len) + " bytes>";
    };
    t.weaklistPtr = [](Object* o) -> Object** { return &asMv(o)->weakreflist; };
    t.slots.weaklistOffset = 136;
    t.slots.length = memoryLength;
    t.slots.subscript = memorySubscript;
    t.slots.assSubscript = memoryAssSubscript;
    t.slots.iter = memoryIter;
    t.slots.tpNew = [](TypeObject* type, Object* args, Object* kwargs) -> Object* {
        Interpreter& in = *type->interp;
        std::vector<Object*> flat(tupleItems(args), tupleItems(args) + tupleSize(args));
        Ref kwnames;
        if (kwargs && !dictToKwnames(in, kwargs, flat, kwnames)) return nullptr;
        return memoryviewNew(type, flat.data(), tupleSize(args), kwnames.get());
    };
    t.slots.doc = "Create a new memoryview object which references the given object.";
    t.slots.buffer = &kMemoryViewBuffer;
    // The attribute names are interned statically (as vm_state's identifiers): the simulated heap
    // the first cell sees keeps the layout it had before memoryview existed.
    for (const MethodDef* def = kMemoryViewMethods; def->name; ++def)
        if (!findInterned(interp, def->name)) newStaticStr(interp, def->name, 999999999, true);
    for (const GetSetDef* def = kMemoryViewGetSets; def->name; ++def)
        if (!findInterned(interp, def->name)) newStaticStr(interp, def->name, 999999999, true);
    addMethods(interp, &t, kMemoryViewMethods);
    addGetSets(interp, &t, kMemoryViewGetSets);
    setHostDestructor<MemoryViewObject>(t);

    mb.dealloc = mbufDealloc;
    mb.traverse = mbufTraverse;
    mb.clear = mbufClear;
    mb.readField = [](const Object* o, std::int64_t offset, std::uint64_t& out) -> bool {
        const auto* mbuf = static_cast<const ManagedBufferObject*>(o);
        switch (offset) {
        case 16: out = static_cast<std::uint64_t>(mbuf->flags); return true;
        case 24: out = static_cast<std::uint64_t>(mbuf->exports); return true;
        case 40: out = mbuf->master.obj ? mbuf->master.obj->addr : 0; return true;
        default: return false;
        }
    };
    mb.sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    mb.label = [](const Object*) -> std::string { return "<managedbuffer>"; };
    setHostDestructor<ManagedBufferObject>(mb);

    it.dealloc = [](Object* o) {
        Interpreter& in = interpOf(o);
        if (GcState::isTracked(o)) in.gc().untrack(o);
        xdecref(std::exchange(asIter(o)->seq, nullptr));
        in.freeObject(o);
    };
    it.traverse = [](Object* o, VisitProc visit, void* arg) -> int { return asIter(o)->seq ? visit(asIter(o)->seq, arg) : 0; };
    it.sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    it.slots.iter = [](Object* o) -> Object* { return newRef(o); };
    it.slots.iternext = memoryIterNext;
    it.label = [](const Object* o) { return "<" + o->type->name + ">"; };
    setHostDestructor<MemoryIterObject>(it);

    interp.types.bytes->slots.buffer = &kBytesBuffer;
}

} // namespace hs
