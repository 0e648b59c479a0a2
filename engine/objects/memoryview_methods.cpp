// memoryview's native item formats (unpack_single/pack_single of Objects/memoryobject.c 3.11) and its
// methods and getters: release, tobytes, tolist, hex, cast, toreadonly, __enter__/__exit__, obj, shape...
#include "objects/memoryview_internal.h"

#include "objects/bool_object.h"
#include "objects/builtin_function_object.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_methods.h"
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

namespace mview {

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
        if (isUnsigned && v < 0 && f != 'P') return valueErrorFormat(interp, fmt); // PyLong_AsVoidPtr takes negatives
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
std::string contiguousCopy(const BufferInfo& v, bool fortran) {
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
        if (fortran) { // the first index varies fastest
            int d = 0;
            while (d < v.ndim && ++idx[static_cast<std::size_t>(d)] == v.shape[static_cast<std::size_t>(d)]) idx[static_cast<std::size_t>(d++)] = 0;
            if (d == v.ndim) return out;
            continue;
        }
        int d = v.ndim - 1;
        while (d >= 0 && ++idx[static_cast<std::size_t>(d)] == v.shape[static_cast<std::size_t>(d)]) idx[static_cast<std::size_t>(d--)] = 0;
        if (d < 0) return out;
    }
}

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
    bool fortran = false;
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
        fortran = order == "F"; // 'A' copies the memory as it lies: C order for every view made here
    }
    const std::string data = contiguousCopy(self->view, fortran);
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

// memoryview.hex(sep=<none>, bytes_per_sep=1): the arguments, the released check, then
// _Py_strhex_with_sep over tobytes().
Object* mHex(Object* selfObj, Object* const* args, std::int64_t nargs, Object* kwnames) {
    MV_SELF;
    Object* sep = nullptr;
    int perSep = 1;
    if (!parseHexArgs(interp, "memoryview.hex", args, nargs, kwnames, sep, perSep)) return nullptr;
    if (!checkReleased(self)) return nullptr;
    const std::string data = contiguousCopy(self->view);
    return strhexWithSep(interp, data, sep, perSep).release();
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

} // namespace mview

} // namespace hs
