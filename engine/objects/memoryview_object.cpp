// memoryview (Objects/memoryobject.c 3.11): the managed buffer shared by chained views, views and
// slices over it (zero copy), release/exports, item packing by native format, cast, compare, hash.
//
// Sections: managed buffer · views (alloc, release, slots) · mapping slots · compare and hash ·
// construction · iterator · public (buffer protocol, init). Formats and methods: memoryview_methods.cpp.
#include "objects/memoryview_object.h"

#include "objects/memoryview_internal.h"

#include "objects/bool_object.h"
#include "objects/builtin_function_object.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/descr_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/iterator_objects.h"
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

// ---------------------------------------------------------------- managed buffer


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

// ---------------------------------------------------------------- mapping slots

std::int64_t memoryLength(Object* o) {
    MemoryViewObject* mv = asMv(o);
    if (!checkReleased(mv)) return -1;
    return mv->view.ndim == 0 ? 1 : mv->view.shape[0];
}

// memory_item: checks the view again (the index's __index__ may have released it).
Object* memoryItem(MemoryViewObject* self, std::int64_t index) {
    Interpreter& interp = interpOf(self);
    if (!checkReleased(self)) return nullptr;
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
        if (!checkReleased(self)) return nullptr;
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
        if (!offsetOfIndex(interp, v, index, off) || !checkReleased(self)) return -1;
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
        if (!checkReleased(self)) return -1;
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
    if (!checkReleased(self)) return -1; // a Python __hash__ of the exporter may have released it
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

// ---------------------------------------------------------------- iterator

// memoryiterobject: +16 it_index, +24 it_seq, +32 it_length, +40 it_fmt (48 bytes + GC head).
// it_index and it_seq (strong; null once exhausted) sit where a SeqIterObject has them, so the
// shared sequence-iterator slots (initSeqIterSlots) serve it.
struct MemoryIterObject : SeqIterObject {
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

} // namespace mview

using namespace mview;

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

    initSeqIterSlots(it, memoryIterNext);
    setHostDestructor<MemoryIterObject>(it);

    interp.types.bytes->slots.buffer = &kBytesBuffer;
}

} // namespace hs
