// memoryview, its managed buffer and iterator (Objects/memoryobject.c 3.11), and the simulation's
// buffer protocol (bf_getbuffer / bf_releasebuffer) that exporters such as bytes and bytearray fill.
#pragma once

#include "objects/type_object.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hs {

// A Py_buffer as PyBUF_FULL_RO requests it. The bytes live in the root exporter's host storage:
// item k of dimension d sits at dataOf(dataOwner) + offset + sum(index_d * strides[d]).
// Invariants: obj is a strong reference between getBuffer and releaseBuffer (null after);
// dataOwner is the root exporter (borrowed: obj or the exporter behind a memoryview keeps it
// alive); len == product(shape) * itemsize; format is a static string.
struct BufferInfo {
    Object* obj = nullptr;
    Object* dataOwner = nullptr;
    char* (*dataOf)(Object*) = nullptr;
    std::int64_t offset = 0;
    std::int64_t len = 0;
    std::int64_t itemsize = 1;
    bool readonly = true;
    const char* format = "B";
    int ndim = 1;
    std::vector<std::int64_t> shape;
    std::vector<std::int64_t> strides;
    char* base() const { return dataOf(dataOwner) + offset; }
};

// tp_as_buffer of an exporter type (looked up along tp_base, so subclasses export too). To add an
// exporter (array.array, ctypes arrays...), fill one of these with static storage and set the
// type's `bufferProcs` with setBufferProcs.
struct BufferProcs {
    // bf_getbuffer: fills len/itemsize/readonly/format/dataOf/offset for one C-contiguous dimension
    // and counts the export if the exporter cares (bytearray's ob_exports). 0, or -1 with an error.
    int (*getBuffer)(Object* exporter, BufferInfo& view);
    // bf_releasebuffer (may be null): ends the export counted by getBuffer.
    void (*releaseBuffer)(Object* exporter, BufferInfo& view);
};

void setBufferProcs(TypeObject& t, const BufferProcs* procs);
const BufferProcs* bufferProcsOf(const Object* o);
// PyObject_CheckBuffer.
inline bool checkBuffer(const Object* o) { return bufferProcsOf(o) != nullptr; }
// PyObject_GetBuffer(o, view, PyBUF_FULL_RO): view.obj becomes a new reference to o. 0, or -1
// with TypeError "a bytes-like object is required, not 'T'" (or the exporter's error).
int getBuffer(Object* o, BufferInfo& view);
// PyBuffer_Release: the exporter's releasebuffer, then drops view.obj.
void releaseBuffer(BufferInfo& view);

// PyObject_GetBuffer + PyBuffer_ToContiguous(C) + PyBuffer_Release: a copy of the exporter's
// bytes in C order (bytes(x), bytearray(x) of any exporter). False with an error pending.
bool bufferCopyBytes(Object* o, std::string& out);

// PyMemoryView_Check.
bool isMemoryView(const Object* o);
// PyMemoryView_FromObject. New reference, or empty with an error pending.
Ref newMemoryView(Interpreter& interp, Object* base);
// The bytes of a C-contiguous, unreleased memoryview (bytesLikeView's memoryview case).
bool memoryViewContiguousBytes(const Object* mv, std::string_view& out);

// Fills memoryview, managedbuffer and memory_iterator, and the buffer procs of bytes and
// bytearray (called by createVmTypes).
void initMemoryViewTypes(Interpreter& interp, TypeObject& memoryview, TypeObject& managedBuffer, TypeObject& iterator);

} // namespace hs
