// Internals shared by memoryview_object.cpp (views, slots, buffer protocol) and memoryview_methods.cpp
// (native item formats, methods and getters): the host structs and the helpers both files call.
#pragma once

#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/memoryview_object.h"
#include "runtime/interpreter.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace hs::mview {

constexpr int kMaxNdim = 64; // PyBUF_MAX_NDIM

inline Interpreter& interpOf(const Object* o) { return *o->type->interp; }
inline Object* newRef(Object* o) {
    incref(o);
    return o;
}

// _PyManagedBufferObject: +16 flags, +24 exports, +32 master (Py_buffer, 80 bytes) = 112 bytes.
// Invariants: exports = live memoryviews registered with this buffer; released once master.obj has
// been given back (then untracked); master.obj is strong until then.
struct ManagedBufferObject : Object {
    int flags = 0;
    std::int64_t exports = 0;
    BufferInfo master;
};
constexpr int kMbufReleased = 1;

inline ManagedBufferObject* asMbuf(Object* o) { return static_cast<ManagedBufferObject*>(o); }

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

inline MemoryViewObject* asMv(Object* o) { return static_cast<MemoryViewObject*>(o); }
inline const MemoryViewObject* asMv(const Object* o) { return static_cast<const MemoryViewObject*>(o); }

// --- views (memoryview_object.cpp) ---
// BASE_INACCESSIBLE: the view or its managed buffer was released.
bool baseInaccessible(const MemoryViewObject* mv);
// CHECK_RELEASED: false with ValueError "operation forbidden on released memoryview object".
bool checkReleased(MemoryViewObject* mv);
// init_flags: C/Fortran contiguity and the scalar flag from ndim, shape and strides.
void initFlags(MemoryViewObject* mv);
inline bool cContiguous(const MemoryViewObject* mv) { return mv->flags & (kMvScalar | kMvC); }
// mbuf_add_incomplete_view: a new tracked view (3 * arrayDims array words) registered with mbuf.
MemoryViewObject* addIncompleteView(Interpreter& interp, ManagedBufferObject* mbuf, const BufferInfo& src, int arrayDims);
// mbuf_add_view: src null = the managed buffer's master.
Ref addView(Interpreter& interp, ManagedBufferObject* mbuf, const BufferInfo* src);
// _memory_release: 0, or -1 with BufferError while the view exports buffers itself.
int memoryRelease(MemoryViewObject* self);

// --- native item formats (memoryview_methods.cpp) ---
// get_native_fmtchar: the item size of a native single-character format ('@' allowed), or -1.
std::int64_t nativeFormatSize(const char* fmt, char& out);
// get_native_fmtstr: the static format string for `fmt` ("B" or "@B"), or null.
const char* nativeFormatString(std::string_view fmt);
inline bool isByteFormat(char f) { return f == 'b' || f == 'B' || f == 'c'; }
// adjust_fmt: the format without its '@'; NotImplementedError for anything but one character.
const char* adjustFormat(Interpreter& interp, const BufferInfo& v);
// unpack_single: the Python value of the item at p.
Ref unpackSingle(Interpreter& interp, const char* p, const char* fmt);
// pack_single: stores item at view.base() + byteOffset; CPython's errors for wrong types and ranges.
int packSingle(MemoryViewObject* self, Object* item, std::int64_t byteOffset, const char* fmt);
// The byte offset of item `index` of dimension 0; IndexError as lookup_dimension.
bool offsetOfIndex(Interpreter& interp, const BufferInfo& v, std::int64_t index, std::int64_t& out);
// buffer_to_contiguous: the view's items as one byte string, in C order (or Fortran order).
std::string contiguousCopy(const BufferInfo& v, bool fortran = false);

extern const MethodDef kMemoryViewMethods[];
extern const GetSetDef kMemoryViewGetSets[];

} // namespace hs::mview
