// bytes (PyBytesObject, Objects/bytesobject.c 3.11): immutable byte strings with their data inline,
// the static b'' and 256 one-byte singletons, the cached hash, repr, and the operations the VM binds.
#pragma once

#include "objects/type_object.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace hs {

// Host side of a bytes object. Simulated layout (request PyBytesObject_SIZE + n = 33 + n):
// +16 ob_size, +24 ob_shash (-1 until computed), +32 ob_sval (n bytes, then a NUL).
// Invariant: `data` holds exactly ob_size bytes (the NUL is implied); `hash` is -1 or the cache.
struct BytesObject : Object {
    std::int64_t hash = -1;
    std::string data;
};

// PyBytes_Check / PyBytes_CheckExact.
inline bool isBytes(const Object* o) { return o->type->flags & tpflags::kBytesSubclass; }
bool isExactBytes(const Object* o);
inline std::string_view bytesView(const Object* o) { return static_cast<const BytesObject*>(o)->data; }
inline std::int64_t bytesSize(const Object* o) { return static_cast<std::int64_t>(static_cast<const BytesObject*>(o)->data.size()); }

// --- Construction (new references; empty Ref with MemoryError pending on failure) ---
// PyBytes_FromStringAndSize(data, n): b'' and the one-byte singletons for n == 0 / n == 1.
Ref newBytes(Interpreter& interp, std::string_view data);
// PyBytes_FromStringAndSize(NULL, n) filled by the caller through bytesMutableData before the
// object is shared: b'' for n == 0, otherwise a new object even for one byte.
Ref newBytesUninit(Interpreter& interp, std::int64_t n);
inline char* bytesMutableData(Object* b) { return static_cast<BytesObject*>(b)->data.data(); }
// _PyBytes_Resize for an unshared bytes object under construction (PyObject_Realloc of its block:
// the address stays when the size class allows). On failure `b` is released and emptied, with
// MemoryError pending. n == 0 gives b''.
bool bytesResize(Interpreter& interp, Ref& b, std::int64_t n);
// The one-byte singleton (CHARACTER(ch)), new reference.
Ref bytesChar(Interpreter& interp, unsigned char ch);

// --- Operations (CPython's semantics and messages) ---
// bytes_hash: _Py_HashBytes over the data (as str's hash of the same ASCII text), cached.
std::int64_t bytesHash(Object* b);
// bytes_repr: b'...' with \t \n \r \\ \xHH escapes; uses " when the data has ' but no ".
Ref bytesRepr(Interpreter& interp, Object* b);
std::string bytesReprText(const Object* b);
// bytes_concat (a is bytes): b'' + x returns x, x + b'' returns x (exact bytes); TypeError
// "can't concat int to bytes" when b is not bytes.
Ref bytesConcat(Interpreter& interp, Object* a, Object* b);
// bytes_repeat: n == 1 returns b itself; n <= 0 gives a new empty object (not the singleton, as
// 3.11 allocates it directly); OverflowError "repeated bytes are too long".
Ref bytesRepeat(Interpreter& interp, Object* b, std::int64_t n);
// b[i] with i not adjusted (bytes_subscript added the length to a negative index once): an int;
// IndexError "index out of range" outside [0, len).
Ref bytesGetItem(Interpreter& interp, Object* b, std::int64_t i);
// b[start:stop:step] with start/stop/step as PySlice_Unpack leaves them.
Ref bytesSubscriptSlice(Interpreter& interp, Object* b, std::int64_t start, std::int64_t stop, std::int64_t step);
// x in b: x an int 0..255 (ValueError "byte must be in range(0, 256)") or bytes (TypeError
// "a bytes-like object is required, not 'str'"); 1, 0 or -1.
int bytesContains(Interpreter& interp, Object* b, Object* x);
// The tp_richcompare slot: NotImplemented unless both are bytes.
Object* bytesRichCompare(Object* a, Object* b, CompareOp op);
// bytes.decode() / decode('utf-8'): UnicodeDecodeError as str's UTF-8 decoder.
Ref bytesDecodeUtf8(Interpreter& interp, Object* b);

} // namespace hs
