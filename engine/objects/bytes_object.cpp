// bytes: slots and simulated layout, the static b'' and one-byte singletons, construction and
// resizing through the simulated allocator, repr, hashing and the sequence operations.
#include "objects/bytes_object.h"

#include "objects/builtin_types.h"
#include "objects/bytearray_object.h"
#include "objects/int_object.h"
#include "objects/static_refcounts.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"

#include <algorithm>
#include <cstring>

namespace hs {

namespace {

constexpr std::int64_t kBytesHeader = 33; // PyBytesObject_SIZE = offsetof(ob_sval) + 1
constexpr std::int64_t kMaxHostBytes = std::int64_t(1) << 31;

// The b'' singleton's host struct also carries the table of the 256 one-byte singletons
// (CPython keeps both in _Py_global_objects.singletons; the Interpreter has no slot for them).
// The table lives in four 512-byte HostHeap blocks: static objects are never destroyed, so
// their host storage must come from the interpreter's HostHeap (released with it).
struct EmptyBytesObject : BytesObject {
    Object** characters[4] = {};
};

// Refcounts of the one-byte singletons that differ from 999999999 when a cell starts: measured in
// a cell of ../shared/tools/cpython_cells.py with ctypes reading id(bytes([i])) for i in 0..255.
struct ByteCount { unsigned char byte; std::int64_t refcnt; };
constexpr ByteCount kMeasuredByteRefcnts[] = {
    {40, 1000000042}, {41, 1000000042}, {43, 1000000007}, {44, 1000000026}, {45, 1000000005},
    {46, 1000000042}, {48, 1000000000}, {49, 1000000014}, {58, 1000000026}, {61, 1000000023},
    {66, 1000000000}, {72, 1000000000}, {73, 1000000000}, {76, 1000000000}, {80, 1000000000},
    {91, 1000000016}, {93, 1000000016}, {98, 1000000000}, {99, 1000000005}, {100, 1000000000},
    {102, 1000000002}, {104, 1000000000}, {105, 1000000002}, {108, 1000000000}, {113, 1000000000},
    {123, 1000000001}, {125, 1000000001},
};

BytesObject* asBytes(Object* o) { return static_cast<BytesObject*>(o); }
const BytesObject* asBytes(const Object* o) { return static_cast<const BytesObject*>(o); }
Interpreter& interpOf(const Object* o) { return *o->type->interp; }

Object* characterOf(Interpreter& interp, unsigned char ch) {
    return static_cast<EmptyBytesObject*>(interp.emptyBytes)->characters[ch >> 6][ch & 63];
}

// _PyBytes_FromSize(n) for n > 0: a new object, or nullptr with the error pending.
BytesObject* allocBytes(Interpreter& interp, std::int64_t n) {
    if (n > kMaxHostBytes) {
        interp.setMemoryError();
        return nullptr;
    }
    auto* b = interp.newObject<BytesObject>(interp.types.bytes, static_cast<std::uint64_t>(kBytesHeader + n));
    if (b == nullptr) return nullptr;
    b->data.resize(static_cast<std::size_t>(n));
    return b;
}

// ---------------------------------------------------------------- slots

void bytesDealloc(Object* o) {
    if (o->objFlags & Object::kStatic) return; // singletons are never freed
    interpOf(o).freeObject(o);
}

std::int64_t bytesSizeOf(const Object* o) { return o->type->basicsize + bytesSize(o); }

bool bytesReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    const BytesObject* b = asBytes(o);
    const auto n = static_cast<std::int64_t>(b->data.size());
    if (offset == 16) { out = static_cast<std::uint64_t>(n); return true; }
    if (offset == 24) { out = static_cast<std::uint64_t>(b->hash); return true; }
    if (offset < 32 || offset >= kBytesHeader + n) return false;
    // ob_sval, little-endian words; the NUL and anything past the object read 0.
    out = 0;
    const std::int64_t base = offset - 32;
    for (int k = 7; k >= 0; --k) {
        const std::int64_t i = base + k;
        out = (out << 8) | (i < n ? static_cast<unsigned char>(b->data[static_cast<std::size_t>(i)]) : 0u);
    }
    return true;
}

std::int64_t bytesHashSlot(Object* o) { return bytesHash(o); }
Object* bytesReprSlot(Object* o) { return bytesRepr(interpOf(o), o).release(); }
int bytesIsTrue(Object* o) { return !asBytes(o)->data.empty(); }

std::string bytesLabel(const Object* o) {
    std::string text = bytesReprText(o);
    if (text.size() > 48) text = text.substr(0, 44) + "..." + text.back();
    return text;
}

} // namespace

bool isExactBytes(const Object* o) { return o->type == o->type->interp->types.bytes; }

void initBytesType(Interpreter&, TypeObject& t) {
    t.dealloc = bytesDealloc;
    t.sizeOf = bytesSizeOf;
    t.readField = bytesReadField;
    t.hash = bytesHashSlot;
    t.repr = bytesReprSlot;
    t.richcompare = bytesRichCompare;
    t.isTrue = bytesIsTrue;
    t.label = bytesLabel;
    setHostDestructor<BytesObject>(t);
}

void createEmptyBytes(Interpreter& interp) {
    auto* empty = interp.newStaticObject<EmptyBytesObject>(interp.types.bytes, kBytesHeader, static_refcounts::kEmptyBytes);
    interp.emptyBytes = empty;
    for (auto& chunk : empty->characters) chunk = static_cast<Object**>(interp.host().alloc(64 * sizeof(Object*)));
    for (unsigned c = 0; c < 256; ++c) {
        std::int64_t refcnt = 999999999;
        for (const ByteCount& m : kMeasuredByteRefcnts)
            if (m.byte == c) refcnt = m.refcnt;
        auto* b = interp.newStaticObject<BytesObject>(interp.types.bytes, kBytesHeader + 1, refcnt);
        b->data.assign(1, static_cast<char>(c));
        empty->characters[c >> 6][c & 63] = b;
    }
}

// ---------------------------------------------------------------- construction

Ref newBytes(Interpreter& interp, std::string_view data) {
    if (data.empty()) return Ref::borrowed(interp.emptyBytes);
    if (data.size() == 1) return Ref::borrowed(characterOf(interp, static_cast<unsigned char>(data[0])));
    BytesObject* b = allocBytes(interp, static_cast<std::int64_t>(data.size()));
    if (b == nullptr) return Ref();
    std::memcpy(b->data.data(), data.data(), data.size());
    return Ref(b);
}

Ref newBytesUninit(Interpreter& interp, std::int64_t n) {
    if (n == 0) return Ref::borrowed(interp.emptyBytes);
    return Ref(allocBytes(interp, n));
}

Ref bytesChar(Interpreter& interp, unsigned char ch) { return Ref::borrowed(characterOf(interp, ch)); }

bool bytesResize(Interpreter& interp, Ref& ref, std::int64_t n) {
    BytesObject* b = asBytes(ref.get());
    const auto old = static_cast<std::int64_t>(b->data.size());
    if (old == n) return true;
    if (old == 0 || n == 0) {
        ref = newBytesUninit(interp, n);
        return static_cast<bool>(ref);
    }
    if (n > kMaxHostBytes) {
        ref = Ref();
        interp.setMemoryError();
        return false;
    }
    const Addr from = b->addr;
    const Addr to = interp.memory().realloc(from, static_cast<std::uint64_t>(kBytesHeader + n));
    if (to == 0) {
        ref = Ref();
        interp.setMemoryError();
        return false;
    }
    interp.traceRealloc(from, to, static_cast<std::uint64_t>(kBytesHeader + n));
    if (to != from) {
        if (interp.memory().pymalloc().owns(from)) { // a freed pymalloc block keeps the dead header words
            BlockSlot& dead = interp.memory().slotOf(from);
            dead.ghostIsObject = true;
            dead.ghostType = b->type->addr;
            dead.ghostIdOffset = 0;
            dead.ghostGcFlags = 0;
        }
        BlockSlot& slot = interp.memory().slotOf(to);
        slot.owner = b;
        slot.state = BlockState::Object;
        b->addr = to;
    }
    b->data.resize(static_cast<std::size_t>(n));
    b->hash = -1;
    ++interp.version;
    return true;
}

// ---------------------------------------------------------------- operations

std::int64_t bytesHash(Object* o) {
    BytesObject* b = asBytes(o);
    if (b->hash == -1) b->hash = hashBytes(b->data.data(), b->data.size());
    return b->hash;
}

std::string bytesReprText(const Object* o) {
    static constexpr char kHex[] = "0123456789abcdef";
    const std::string& d = asBytes(o)->data;
    const bool squote = d.find('\'') != std::string::npos;
    const bool dquote = d.find('"') != std::string::npos;
    const char quote = (squote && !dquote) ? '"' : '\'';
    std::string out = "b";
    out += quote;
    for (char ch : d) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < ' ' || c >= 0x7f) {
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
        } else {
            out += ch;
        }
    }
    out += quote;
    return out;
}

Ref bytesRepr(Interpreter& interp, Object* b) {
    // PyUnicode_New(newsize, 127) filled in place.
    return newStrFreshAscii(interp, bytesReprText(b));
}

Ref bytesConcat(Interpreter& interp, Object* a, Object* b) {
    std::string_view x, y; // buffers: bytes or bytearray
    if (!bytesLikeView(a, x) || !bytesLikeView(b, y)) {
        interp.setError("TypeError", "can't concat " + b->type->name + " to " + a->type->name);
        return Ref();
    }
    if (x.empty() && isExactBytes(b)) return Ref::borrowed(b);
    if (y.empty() && isExactBytes(a)) return Ref::borrowed(a);
    Ref r = newBytesUninit(interp, static_cast<std::int64_t>(x.size() + y.size()));
    if (!r) return r;
    char* d = bytesMutableData(r.get());
    if (!x.empty()) std::memcpy(d, x.data(), x.size());
    if (!y.empty()) std::memcpy(d + x.size(), y.data(), y.size());
    return r;
}

Ref bytesRepeat(Interpreter& interp, Object* o, std::int64_t n) {
    const std::string& d = asBytes(o)->data;
    const auto len = static_cast<std::int64_t>(d.size());
    if (n < 0) n = 0;
    if (n > 0 && len > INT64_MAX / n) {
        interp.setError("OverflowError", "repeated bytes are too long");
        return Ref();
    }
    const std::int64_t size = len * n;
    if (size == len && isExactBytes(o)) return Ref::borrowed(o);
    if (size > kMaxHostBytes) {
        interp.setMemoryError();
        return Ref();
    }
    // bytes_repeat allocates directly (even for size 0).
    auto* r = interp.newObject<BytesObject>(interp.types.bytes, static_cast<std::uint64_t>(kBytesHeader + size));
    if (r == nullptr) return Ref();
    r->data.resize(static_cast<std::size_t>(size));
    for (std::int64_t i = 0; i < n; ++i) std::memcpy(r->data.data() + i * len, d.data(), d.size());
    return Ref(r);
}

Ref bytesGetItem(Interpreter& interp, Object* o, std::int64_t i) {
    const std::string& d = asBytes(o)->data;
    if (i < 0 || i >= static_cast<std::int64_t>(d.size())) {
        interp.setError("IndexError", "index out of range");
        return Ref();
    }
    return Ref::borrowed(interp.smallInt(static_cast<unsigned char>(d[static_cast<std::size_t>(i)])));
}

Ref bytesSubscriptSlice(Interpreter& interp, Object* o, std::int64_t start, std::int64_t stop, std::int64_t step) {
    const std::string& d = asBytes(o)->data;
    const std::int64_t n = adjustSliceIndices(static_cast<std::int64_t>(d.size()), start, stop, step);
    if (n <= 0) return Ref::borrowed(interp.emptyBytes);
    if (start == 0 && step == 1 && n == static_cast<std::int64_t>(d.size()) && isExactBytes(o)) return Ref::borrowed(o);
    if (step == 1) return newBytes(interp, std::string_view(d).substr(static_cast<std::size_t>(start), static_cast<std::size_t>(n)));
    Ref r = newBytesUninit(interp, n); // filled in place: a new object even for one byte
    if (!r) return r;
    char* out = bytesMutableData(r.get());
    for (std::int64_t i = 0, cur = start; i < n; ++i, cur += step) out[i] = d[static_cast<std::size_t>(cur)];
    return r;
}

int bytesContains(Interpreter& interp, Object* o, Object* x) {
    const std::string& d = asBytes(o)->data;
    if (isInt(x)) {
        std::int64_t v = 0;
        if (!intAsInt64(x, v) || v < 0 || v >= 256) {
            interp.setError("ValueError", "byte must be in range(0, 256)");
            return -1;
        }
        return d.find(static_cast<char>(v)) != std::string::npos ? 1 : 0;
    }
    if (!isBytes(x)) {
        interp.setError("TypeError", "a bytes-like object is required, not '" + x->type->name + "'");
        return -1;
    }
    return d.find(asBytes(x)->data) != std::string::npos ? 1 : 0;
}

Object* bytesRichCompare(Object* a, Object* b, CompareOp op) {
    Interpreter& interp = interpOf(a);
    if (!isBytes(a) || !isBytes(b)) {
        incref(interp.notImplemented);
        return interp.notImplemented;
    }
    const int c = a == b ? 0 : asBytes(a)->data.compare(asBytes(b)->data);
    bool r;
    switch (op) {
    case CompareOp::Lt: r = c < 0; break;
    case CompareOp::Le: r = c <= 0; break;
    case CompareOp::Eq: r = c == 0; break;
    case CompareOp::Ne: r = c != 0; break;
    case CompareOp::Gt: r = c > 0; break;
    default: r = c >= 0; break;
    }
    Object* res = r ? interp.trueObj : interp.falseObj;
    incref(res);
    return res;
}

Ref bytesDecodeUtf8(Interpreter& interp, Object* b) { return newStrFromUtf8(interp, asBytes(b)->data); }

} // namespace hs
