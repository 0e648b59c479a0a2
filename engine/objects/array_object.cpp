// array.array: the typecode descriptors with CPython's conversion errors, array_resize over a
// simulated PyMem buffer, construction, the sequence slots and repr (methods: array_methods.cpp).
//
// Sections: descriptors and item conversion · storage (array_resize, newarrayobject) · slots ·
// type creation.
#include "objects/array_object.h"
#include "objects/array_internal.h"

#include "modules/module_types.h"
#include "objects/bigint.h"
#include "objects/builtin_function_object.h"
#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/memoryview_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
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
#include <cstring>
#include <utility>

namespace hs {

namespace arrayimpl {

constexpr std::int64_t kArrayBasicSize = 64; // sizeof(arrayobject)

using Kind = ArrayDescr::Kind;
const ArrayDescr kDescriptors[] = {
    {'b', 1, Kind::Signed},  {'B', 1, Kind::Unsigned}, {'u', 4, Kind::Unicode}, {'h', 2, Kind::Signed},
    {'H', 2, Kind::Unsigned}, {'i', 4, Kind::Signed},  {'I', 4, Kind::Unsigned}, {'l', 8, Kind::Signed},
    {'L', 8, Kind::Unsigned}, {'q', 8, Kind::Signed},  {'Q', 8, Kind::Unsigned}, {'f', 4, Kind::Float},
    {'d', 8, Kind::Float},
};

Object* newRef(Object* o) {
    incref(o);
    return o;
}
Object* noneResult(Interpreter& interp) { return newRef(interp.none); }
Object* boolResult(Interpreter& interp, bool b) { return newRef(b ? interp.trueObj : interp.falseObj); }

void overflow(Interpreter& interp, const char* message) { raiseError(interp, vmOf(interp).exc.OverflowError, message); }
void typeErr(Interpreter& interp, const std::string& message) { raiseError(interp, vmOf(interp).exc.TypeError, message); }

// ---------------------------------------------------------------- descriptors and item conversion

// The raw bits of item i (sign- or zero-extended to 64 bits for integers).
std::uint64_t rawItem(const ArrayObject* a, std::int64_t i) {
    const int size = a->descr->itemsize;
    std::uint64_t bits = 0;
    std::memcpy(&bits, a->data.data() + i * size, static_cast<std::size_t>(size));
    if (a->descr->kind == Kind::Signed && size < 8) {
        const unsigned shift = static_cast<unsigned>(64 - 8 * size);
        bits = static_cast<std::uint64_t>(static_cast<std::int64_t>(bits << shift) >> shift);
    }
    return bits;
}

void storeRaw(ArrayObject* a, std::int64_t i, std::uint64_t bits) {
    std::memcpy(a->data.data() + i * a->descr->itemsize, &bits, static_cast<std::size_t>(a->descr->itemsize));
}

double floatItem(const ArrayObject* a, std::int64_t i) {
    if (a->descr->itemsize == 4) {
        float f;
        std::memcpy(&f, a->data.data() + i * 4, 4);
        return static_cast<double>(f);
    }
    double d;
    std::memcpy(&d, a->data.data() + i * 8, 8);
    return d;
}

// getarrayitem: the item as a new int / float / str.
Ref getArrayItem(Object* o, std::int64_t i) {
    Interpreter& interp = interpOf(o);
    const ArrayObject* a = asArray(o);
    const std::uint64_t bits = rawItem(a, i);
    switch (a->descr->kind) {
    case Kind::Signed: return newInt(interp, static_cast<std::int64_t>(bits));
    case Kind::Unsigned:
        if (bits <= static_cast<std::uint64_t>(INT64_MAX)) return newInt(interp, static_cast<std::int64_t>(bits));
        return newIntFromBig(interp, BigInt::fromUint64(bits));
    case Kind::Float: return newFloat(interp, floatItem(a, i));
    case Kind::Unicode: return strFromOrdinal(interp, static_cast<std::int64_t>(static_cast<std::uint32_t>(bits)));
    }
    return Ref();
}

// The magnitude of a non-negative BigInt as uint64; false when it needs more than 64 bits.
bool bigToUint64(const BigInt& v, std::uint64_t& out) {
    if (v.fitsInt64()) {
        out = static_cast<std::uint64_t>(v.small());
        return true;
    }
    const std::vector<BigInt::Digit> mag = v.magnitude();
    out = 0;
    for (auto it = mag.rbegin(); it != mag.rend(); ++it) {
        if (out > (UINT64_MAX >> BigInt::kShift)) return false;
        out = (out << BigInt::kShift) | *it;
    }
    return true;
}

// The per-typecode setitem conversions (b_setitem ... QQ_setitem) with the messages of
// PyArg_Parse's formats and PyLong_As*: false with the error pending, else `bits` to store.
bool convertInteger(Interpreter& interp, char code, Object* v, std::uint64_t& bits) {
    Ref index = numberIndex(v); // PyLong_AsLong / _PyNumber_Index
    if (!index) return false;
    const BigInt& value = intValue(index.get());
    if (code == 'I' || code == 'L' || code == 'Q') {
        std::uint64_t u = 0;
        if (value.isNegative()) {
            overflow(interp, code == 'Q' ? "can't convert negative int to unsigned" : "can't convert negative value to unsigned int");
            return false;
        }
        if (!bigToUint64(value, u)) {
            overflow(interp, code == 'Q' ? "int too big to convert" : "Python int too large to convert to C unsigned long");
            return false;
        }
        if (code == 'I' && u > 0xffffffffULL) {
            overflow(interp, "unsigned int is greater than maximum");
            return false;
        }
        bits = u;
        return true;
    }
    if (!value.fitsInt64()) {
        overflow(interp, code == 'q' ? "int too big to convert" : "Python int too large to convert to C long");
        return false;
    }
    const std::int64_t x = value.small();
    struct Range {
        std::int64_t lo, hi;
        const char *less, *greater;
    };
    const Range kShort = {-32768, 32767, "signed short integer is less than minimum", "signed short integer is greater than maximum"};
    const Range kInt = {INT32_MIN, INT32_MAX, "signed integer is less than minimum", "signed integer is greater than maximum"};
    auto check = [&](const Range& r) {
        if (x < r.lo) overflow(interp, r.less);
        else if (x > r.hi) overflow(interp, r.greater);
        else return true;
        return false;
    };
    switch (code) {
    case 'b':
        if (!check(kShort) || !check({-128, 127, "signed char is less than minimum", "signed char is greater than maximum"})) return false;
        break;
    case 'B':
        if (!check({0, 255, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum"})) return false;
        break;
    case 'h':
        if (!check(kShort)) return false;
        break;
    case 'H':
        if (!check(kInt) || !check({0, 65535, "unsigned short is less than minimum", "unsigned short is greater than maximum"})) return false;
        break;
    case 'i':
        if (!check(kInt)) return false;
        break;
    default: break; // 'l', 'q': any int64
    }
    bits = static_cast<std::uint64_t>(x);
    return true;
}

// The descriptor's setitem: converts v and stores it at i (i < 0: check only).
bool setArrayItem(Object* o, std::int64_t i, Object* v) {
    Interpreter& interp = interpOf(o);
    ArrayObject* a = asArray(o);
    std::uint64_t bits = 0;
    switch (a->descr->kind) {
    case Kind::Signed:
    case Kind::Unsigned:
        if (!convertInteger(interp, a->descr->typecode, v, bits)) return false;
        break;
    case Kind::Float: {
        double d = 0;
        if (!asDouble(v, d)) return false;
        if (a->descr->itemsize == 4) {
            const float f = static_cast<float>(d);
            std::uint32_t w;
            std::memcpy(&w, &f, 4);
            bits = w;
        } else {
            std::memcpy(&bits, &d, 8);
        }
        break;
    }
    case Kind::Unicode:
        if (!isStr(v) || strLength(v) != 1) {
            typeErr(interp, "array item must be unicode character");
            return false;
        }
        bits = strCharAt(v, 0);
        break;
    }
    if (i >= 0) storeRaw(a, i, bits);
    return true;
}

const ArrayDescr* findDescr(char code) {
    for (const ArrayDescr& d : kDescriptors)
        if (d.typecode == code) return &d;
    return nullptr;
}

// ---------------------------------------------------------------- storage

void setSize(ArrayObject* a, std::int64_t n) { a->data.resize(static_cast<std::size_t>(n * a->descr->itemsize)); }

// array_resize: keeps the block while it is big enough and shrinks by fewer than 16 items;
// otherwise PyMem_Realloc to the over-allocated capacity (or frees it for an empty array).
// BufferError of a size change while a memoryview holds the item block (its bytes must not move).
bool refuseResizeWhileExported(ArrayObject* self) {
    raiseError(interpOf(self), vmOf(interpOf(self)).exc.BufferError, "cannot resize an array that is exporting buffers");
    return false;
}

bool arrayResize(ArrayObject* self, std::int64_t newsize) {
    Interpreter& interp = interpOf(self);
    const std::int64_t size = arraySize(self);
    if (self->exports > 0 && newsize != size) return refuseResizeWhileExported(self);
    if (self->allocated >= newsize && size < newsize + 16 && self->itemsAddr != 0) {
        setSize(self, newsize);
        return true;
    }
    if (newsize == 0) {
        interp.freeBuffer(std::exchange(self->itemsAddr, 0));
        setSize(self, 0);
        self->allocated = 0;
        return true;
    }
    const std::int64_t capacity = arrayGrowCapacity(size, newsize);
    if (capacity > kMaxHostBytes / self->descr->itemsize) {
        interp.setMemoryError();
        return false;
    }
    const Addr p = interp.reallocBuffer(self, self->itemsAddr, static_cast<std::uint64_t>(capacity * self->descr->itemsize));
    if (p == 0) return false;
    self->itemsAddr = p;
    setSize(self, newsize);
    self->allocated = capacity;
    return true;
}

// newarrayobject: tp_alloc (tracked) then an exact PyMem block of size items (none when empty).
ArrayObject* newArrayObject(Interpreter& interp, TypeObject* type, std::int64_t size, const ArrayDescr* descr) {
    if (size > kMaxHostBytes / descr->itemsize) {
        interp.setMemoryError();
        return nullptr;
    }
    ArrayObject* a;
    if (type == moduleType(interp, ModuleTypeId::Array)) {
        a = interp.newObject<ArrayObject>(type, static_cast<std::uint64_t>(type->basicsize));
        if (!a) return nullptr;
        interp.gc().track(a);
    } else {
        a = allocSubtypeInstance<ArrayObject>(interp, type, 0);
        if (!a) return nullptr;
    }
    a->descr = descr;
    a->allocated = size;
    if (size > 0) {
        a->itemsAddr = interp.allocBuffer(a, static_cast<std::uint64_t>(size * descr->itemsize));
        if (a->itemsAddr == 0) {
            decref(a);
            return nullptr;
        }
    }
    setSize(a, size);
    return a;
}

Ref newArrayFromData(Interpreter& interp, const ArrayDescr* descr, const std::string& data) {
    ArrayObject* a = newArrayObject(interp, moduleType(interp, ModuleTypeId::Array), static_cast<std::int64_t>(data.size()) / descr->itemsize, descr);
    if (a) a->data = data;
    return Ref(a);
}

// ins1: checks the value, grows by one, shifts the tail, stores.
bool insertItem(ArrayObject* self, std::int64_t where, Object* v) {
    const std::int64_t n = arraySize(self);
    if (!setArrayItem(self, -1, v)) return false;
    if (!arrayResize(self, n + 1)) return false;
    if (where < 0) where = std::max<std::int64_t>(where + n, 0);
    if (where > n) where = n;
    const int size = self->descr->itemsize;
    std::memmove(self->data.data() + (where + 1) * size, self->data.data() + where * size, static_cast<std::size_t>((n - where) * size));
    return setArrayItem(self, where, v);
}

// array_del_slice for 0 <= lo <= hi <= size.
bool deleteRange(ArrayObject* self, std::int64_t lo, std::int64_t hi) {
    if (hi <= lo) return true;
    if (self->exports > 0) return refuseResizeWhileExported(self); // before anything moves
    const int size = self->descr->itemsize;
    self->data.erase(static_cast<std::size_t>(lo * size), static_cast<std::size_t>((hi - lo) * size));
    const std::int64_t newsize = arraySize(self);
    self->data.resize(static_cast<std::size_t>((newsize + (hi - lo)) * size)); // array_resize sees the old size
    return arrayResize(self, newsize);
}

bool iterExtend(ArrayObject* self, Object* iterable) {
    Ref it = getIter(iterable);
    if (!it) return false;
    while (Ref v = iterNext(it.get()))
        if (!insertItem(self, arraySize(self), v.get())) return false;
    return !errOccurred(interpOf(self));
}

// array_do_extend.
bool doExtend(ArrayObject* self, Object* bb) {
    Interpreter& interp = interpOf(self);
    if (!isArray(bb)) return iterExtend(self, bb);
    if (asArray(bb)->descr != self->descr) {
        typeErr(interp, "can only extend with array of same kind");
        return false;
    }
    const std::string tail = asArray(bb)->data; // bb may be self
    const std::int64_t oldsize = arraySize(self);
    if (!arrayResize(self, oldsize + static_cast<std::int64_t>(tail.size()) / self->descr->itemsize)) return false;
    std::memcpy(self->data.data() + oldsize * self->descr->itemsize, tail.data(), tail.size());
    return true;
}

// ---------------------------------------------------------------- slots

void arrayDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    clearWeakrefs(o);
    interp.freeBuffer(std::exchange(asArray(o)->itemsAddr, 0));
    interp.freeObject(o);
}

std::int64_t arraySizeOf(const Object* o) { return o->type->basicsize + asArray(o)->allocated * asArray(o)->descr->itemsize; }

bool arrayReadField(const Object* o, std::int64_t offset, std::uint64_t& out) {
    const ArrayObject* a = asArray(o);
    switch (offset) {
    case 16: out = static_cast<std::uint64_t>(arraySize(o)); return true;
    case 24: out = a->itemsAddr; return true;
    case 32: out = static_cast<std::uint64_t>(a->allocated); return true;
    case 48: out = a->weakreflist ? a->weakreflist->addr : 0; return true;
    case 56: out = static_cast<std::uint64_t>(a->exports); return true;
    default: break;
    }
    // A word of the item block (ctypes reading buffer_info()'s address): the items' bytes, zero
    // in the unused over-allocation.
    if (a->itemsAddr == 0) return false;
    const Addr at = o->addr + static_cast<Addr>(offset);
    const auto capacity = static_cast<Addr>(a->allocated * a->descr->itemsize);
    if (at < a->itemsAddr || at >= a->itemsAddr + capacity) return false;
    const std::size_t from = static_cast<std::size_t>(at - a->itemsAddr);
    out = 0;
    if (from < a->data.size()) std::memcpy(&out, a->data.data() + from, std::min<std::size_t>(8, a->data.size() - from));
    return true;
}

Ref toList(Object* o) {
    Interpreter& interp = interpOf(o);
    const std::int64_t n = arraySize(o);
    Ref list = newList(interp, n);
    if (!list) return Ref();
    for (std::int64_t i = 0; i < n; ++i) {
        Ref v = getArrayItem(o, i);
        if (!v) return Ref();
        listSetItemSteal(list.get(), i, v.release());
    }
    return list;
}

Ref toUnicode(Object* o) {
    const std::int64_t n = arraySize(o);
    std::u32string cps;
    for (std::int64_t i = 0; i < n; ++i) cps.push_back(static_cast<char32_t>(static_cast<std::uint32_t>(rawItem(asArray(o), i))));
    return newStrFromCodePoints(interpOf(o), cps);
}

std::string shortTypeName(const Object* o) {
    std::string name = o->type->name;
    if (const auto dot = name.rfind('.'); dot != std::string::npos) name = name.substr(dot + 1);
    return name;
}

// array_repr: "array('i')" when empty, else "array('i', [1, 2])" / "array('u', 'ab')".
Object* arrayRepr(Object* o) {
    Interpreter& interp = interpOf(o);
    const std::string head = shortTypeName(o) + "('" + asArray(o)->descr->typecode + "'";
    if (arraySize(o) == 0) return newStrFromAscii(interp, head + ")").release();
    Ref v = asArray(o)->descr->kind == Kind::Unicode ? toUnicode(o) : toList(o);
    if (!v) return nullptr;
    Ref r = objectRepr(v.get());
    if (!r) return nullptr;
    return newStrFromUtf8(interp, head + ", " + strToUtf8(r.get()) + ")").release();
}

Object* compareResult(Interpreter& interp, int c, CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return boolResult(interp, c < 0);
    case CompareOp::Le: return boolResult(interp, c <= 0);
    case CompareOp::Eq: return boolResult(interp, c == 0);
    case CompareOp::Ne: return boolResult(interp, c != 0);
    case CompareOp::Gt: return boolResult(interp, c > 0);
    default: return boolResult(interp, c >= 0);
    }
}

// array_richcompare: the typed fast path for same-descriptor integer/unicode arrays, else item
// by item with ==, then the first differing pair with the operator.
Object* arrayRichCompare(Object* v, Object* w, CompareOp op) {
    Interpreter& interp = interpOf(v);
    if (!isArray(v) || !isArray(w)) return newRef(interp.notImplemented);
    const std::int64_t vs = arraySize(v), ws = arraySize(w);
    if (vs != ws && (op == CompareOp::Eq || op == CompareOp::Ne)) return boolResult(interp, op == CompareOp::Ne);
    const ArrayObject* va = asArray(v);
    const ArrayObject* wa = asArray(w);
    const std::int64_t common = std::min(vs, ws);
    if (va->descr == wa->descr && va->descr->kind != Kind::Float) {
        for (std::int64_t i = 0; i < common; ++i) {
            const std::uint64_t x = rawItem(va, i), y = rawItem(wa, i);
            if (x == y) continue;
            const bool less = va->descr->kind == Kind::Signed ? static_cast<std::int64_t>(x) < static_cast<std::int64_t>(y) : x < y;
            return compareResult(interp, less ? -1 : 1, op);
        }
        return compareResult(interp, vs < ws ? -1 : (vs > ws ? 1 : 0), op);
    }
    for (std::int64_t i = 0; i < common; ++i) {
        Ref vi = getArrayItem(v, i), wi = getArrayItem(w, i);
        if (!vi || !wi) return nullptr;
        const int k = objectRichCompareBool(vi.get(), wi.get(), CompareOp::Eq);
        if (k < 0) return nullptr;
        if (k == 0) {
            if (op == CompareOp::Eq) return boolResult(interp, false);
            if (op == CompareOp::Ne) return boolResult(interp, true);
            return objectRichCompare(vi.get(), wi.get(), op).release();
        }
    }
    return compareResult(interp, vs < ws ? -1 : (vs > ws ? 1 : 0), op);
}

std::int64_t arrayLength(Object* o) { return arraySize(o); }

Object* arraySubscript(Object* o, Object* key) {
    Interpreter& interp = interpOf(o);
    const std::int64_t n = arraySize(o);
    const ArrayObject* a = asArray(o);
    if (hasIndex(key)) {
        std::int64_t i = 0;
        if (!indexAsInt64(key, i, vmOf(interp).exc.IndexError)) return nullptr;
        if (i < 0) i += n;
        if (i < 0 || i >= n) {
            raiseError(interp, vmOf(interp).exc.IndexError, "array index out of range");
            return nullptr;
        }
        return getArrayItem(o, i).release();
    }
    if (isSlice(key)) {
        std::int64_t start, stop, step;
        if (!sliceUnpack(key, start, stop, step)) return nullptr;
        const std::int64_t len = sliceAdjustIndices(n, start, stop, step);
        const auto size = static_cast<std::size_t>(a->descr->itemsize);
        std::string picked;
        for (std::int64_t i = 0, cur = start; i < len; ++i, cur += step) picked.append(a->data, static_cast<std::size_t>(cur) * size, size);
        return newArrayFromData(interp, a->descr, picked).release();
    }
    typeErr(interp, "array indices must be integers");
    return nullptr;
}

// array_ass_subscr: item assignment, deletion, and slice assignment from an array of the same kind.
int arrayAssSubscript(Object* o, Object* item, Object* value) {
    Interpreter& interp = interpOf(o);
    VmState& vm = vmOf(interp);
    ArrayObject* self = asArray(o);
    std::int64_t start = 0, stop = 0, step = 1, slicelength = 0;
    if (hasIndex(item)) {
        std::int64_t i = 0;
        if (!indexAsInt64(item, i, vm.exc.IndexError)) return -1;
        if (i < 0) i += arraySize(o);
        if (i < 0 || i >= arraySize(o)) {
            raiseError(interp, vm.exc.IndexError, "array assignment index out of range");
            return -1;
        }
        if (value) return setArrayItem(o, i, value) ? 0 : -1;
        start = i;
        stop = i + 1;
        slicelength = 1;
    } else if (isSlice(item)) {
        if (!sliceUnpack(item, start, stop, step)) return -1;
        slicelength = sliceAdjustIndices(arraySize(o), start, stop, step);
    } else {
        typeErr(interp, "array indices must be integers");
        return -1;
    }
    std::string other;
    if (value == o) {
        // "self[i:j] = self": CPython assigns from a fresh copy (array_slice), then drops it.
        Ref copy = newArrayFromData(interp, self->descr, self->data);
        if (!copy) return -1;
        return arrayAssSubscript(o, item, copy.get());
    }
    if (value) {
        if (!isArray(value)) {
            typeErr(interp, "can only assign array (not \"" + value->type->name + "\") to array slice");
            return -1;
        }
        if (asArray(value)->descr != self->descr) {
            typeErr(interp, "bad argument type for built-in operation");
            return -1;
        }
        other = asArray(value)->data;
    }
    const int size = self->descr->itemsize;
    const std::int64_t needed = static_cast<std::int64_t>(other.size()) / size;
    if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
    if ((needed == 0 || slicelength != needed) && self->exports > 0) {
        refuseResizeWhileExported(self);
        return -1;
    }
    if (step == 1) {
        const std::int64_t n = arraySize(o);
        std::string result = self->data.substr(0, static_cast<std::size_t>(start * size)) + other +
                             self->data.substr(static_cast<std::size_t>(stop * size));
        if (slicelength != needed && !arrayResize(self, n + needed - slicelength)) return -1;
        // Same length: in place, so an exported item block stays where its views point.
        std::copy(result.begin(), result.end(), self->data.begin());
        return 0;
    }
    if (needed == 0) {
        if (slicelength == 0) return 0;
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (slicelength - 1) - 1;
            step = -step;
        }
        const std::int64_t n = arraySize(o);
        std::string kept;
        for (std::int64_t i = 0; i < n; ++i)
            if (i < start || (i - start) % step != 0 || (i - start) / step >= slicelength)
                kept.append(self->data, static_cast<std::size_t>(i * size), static_cast<std::size_t>(size));
        if (!arrayResize(self, n - slicelength)) return -1;
        self->data = kept;
        return 0;
    }
    if (needed != slicelength) {
        raiseError(interp, vm.exc.ValueError, "attempt to assign array of size " + std::to_string(needed) +
                                                  " to extended slice of size " + std::to_string(slicelength));
        return -1;
    }
    for (std::int64_t i = 0, cur = start; i < slicelength; ++i, cur += step)
        std::memcpy(self->data.data() + cur * size, other.data() + i * size, static_cast<std::size_t>(size));
    return 0;
}

int arrayContains(Object* o, Object* v) {
    for (std::int64_t i = 0; i < arraySize(o); ++i) {
        Ref item = getArrayItem(o, i);
        if (!item) return -1;
        const int c = objectRichCompareBool(item.get(), v, CompareOp::Eq);
        if (c != 0) return c;
    }
    return 0;
}

Object* arrayConcat(Object* a, Object* bb) {
    Interpreter& interp = interpOf(a);
    if (!isArray(bb)) {
        typeErr(interp, "can only append array (not \"" + bb->type->name + "\") to array");
        return nullptr;
    }
    if (asArray(a)->descr != asArray(bb)->descr) {
        typeErr(interp, "bad argument type for built-in operation");
        return nullptr;
    }
    return newArrayFromData(interp, asArray(a)->descr, asArray(a)->data + asArray(bb)->data).release();
}

Object* arrayRepeat(Object* a, std::int64_t n) {
    Interpreter& interp = interpOf(a);
    if (n < 0) n = 0;
    const auto& d = asArray(a)->data;
    if (!d.empty() && n > kMaxHostBytes / static_cast<std::int64_t>(d.size())) {
        interp.setMemoryError();
        return nullptr;
    }
    std::string r;
    for (std::int64_t i = 0; i < n; ++i) r += d;
    return newArrayFromData(interp, asArray(a)->descr, r).release();
}

Object* arrayInplaceConcat(Object* a, Object* bb) {
    Interpreter& interp = interpOf(a);
    if (!isArray(bb)) {
        typeErr(interp, "can only extend array with array (not \"" + bb->type->name + "\")");
        return nullptr;
    }
    if (!doExtend(asArray(a), bb)) return nullptr;
    return newRef(a);
}

Object* arrayInplaceRepeat(Object* a, std::int64_t n) {
    Interpreter& interp = interpOf(a);
    ArrayObject* self = asArray(a);
    const std::int64_t size = arraySize(a);
    if (size > 0 && n != 1) {
        if (n < 0) n = 0;
        if (n > 0 && size * self->descr->itemsize > kMaxHostBytes / n) {
            interp.setMemoryError();
            return nullptr;
        }
        const std::string unit = self->data;
        if (!arrayResize(self, n * size)) return nullptr;
        std::string r;
        for (std::int64_t i = 0; i < n; ++i) r += unit;
        self->data = r;
    }
    return newRef(a);
}

const SequenceSlots kArraySequence = {arrayConcat, arrayRepeat, arrayInplaceConcat, arrayInplaceRepeat, nullptr};

// array_new: array(typecode[, initializer]).
Object* arrayNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    TypeObject* base = moduleType(interp, ModuleTypeId::Array);
    if ((type == base || type->slots.tpInit == base->slots.tpInit) && kwargs && dictSize(kwargs)) {
        typeErr(interp, "array.array() takes no keyword arguments");
        return nullptr;
    }
    const std::int64_t nargs = tupleSize(args);
    if (!checkArgCount(interp, "array", nargs, 1, 2)) return nullptr;
    Object* code = tupleItem(args, 0);
    if (!isStr(code) || strLength(code) != 1) {
        typeErr(interp, "array() argument 1 must be a unicode character, not " +
                            (isStr(code) ? std::string("str") : code == interp.none ? std::string("None") : code->type->name));
        return nullptr;
    }
    const char32_t c = strCharAt(code, 0);
    std::string cs = strToUtf8(code);
    Object* initial = nargs > 1 ? tupleItem(args, 1) : nullptr;
    if (initial && c != 'u') {
        if (isStr(initial)) {
            typeErr(interp, "cannot use a str to initialize an array with typecode '" + cs + "'");
            return nullptr;
        }
        if (isArray(initial) && asArray(initial)->descr->typecode == 'u') {
            typeErr(interp, "cannot use a unicode array to initialize an array with typecode '" + cs + "'");
            return nullptr;
        }
    }
    Ref it;
    if (initial && !(isList(initial) || isBytearray(initial) || isBytes(initial) || isTuple(initial) ||
                     (c == 'u' && isStr(initial)) || (isArray(initial) && c == static_cast<char32_t>(asArray(initial)->descr->typecode)))) {
        it = getIter(initial);
        if (!it) return nullptr;
        initial = nullptr;
    }
    const ArrayDescr* descr = c < 128 ? findDescr(static_cast<char>(c)) : nullptr;
    if (!descr) {
        raiseError(interp, vmOf(interp).exc.ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        return nullptr;
    }
    std::int64_t len = 0;
    if (initial && isList(initial)) len = listSize(initial);
    else if (initial && isTuple(initial)) len = tupleSize(initial);
    else if (initial && isArray(initial)) len = arraySize(initial);
    Ref result(newArrayObject(interp, type, len, descr));
    if (!result) return nullptr;
    ArrayObject* a = asArray(result.get());
    if (len > 0 && !isArray(initial)) {
        for (std::int64_t i = 0; i < len; ++i) {
            Object* v = isList(initial) ? listItem(initial, i) : tupleItem(initial, i);
            Ref keep = Ref::borrowed(v);
            if (!setArrayItem(a, i, v)) return nullptr;
        }
    } else if (initial && (isBytes(initial) || isBytearray(initial))) {
        std::string_view bytes;
        bytesLikeView(initial, bytes);
        if (bytes.size() % static_cast<std::size_t>(descr->itemsize) != 0) {
            raiseError(interp, vmOf(interp).exc.ValueError, "bytes length not a multiple of item size");
            return nullptr;
        }
        const std::string copy(bytes);
        if (!copy.empty()) {
            if (!arrayResize(a, static_cast<std::int64_t>(copy.size()) / descr->itemsize)) return nullptr;
            a->data = copy;
        }
    } else if (initial && isStr(initial)) {
        // PyUnicode_AsWideCharString: a block of n + 1 wchar_t replaces the (empty) item block.
        const std::int64_t n = strLength(initial);
        if (n > 0) {
            const Addr block = interp.allocBuffer(a, static_cast<std::uint64_t>((n + 1) * 4));
            if (block == 0) return nullptr;
            interp.freeBuffer(a->itemsAddr);
            a->itemsAddr = block;
            a->allocated = n;
            setSize(a, n);
            for (std::int64_t i = 0; i < n; ++i) storeRaw(a, i, strCharAt(initial, i));
        }
    } else if (initial && isArray(initial) && len > 0) {
        a->data = asArray(initial)->data;
    }
    if (it && !iterExtend(a, it.get())) return nullptr;
    return result.release();
}
} // namespace arrayimpl

using namespace arrayimpl;

// ---------------------------------------------------------------- public

std::int64_t arrayGrowCapacity(std::int64_t size, std::int64_t newsize) { return (newsize >> 4) + (size < 8 ? 3 : 7) + newsize; }

const char* arrayTypecodes() { return "bBuhHiIlLqQfd"; }

bool isArray(const Object* o) {
    TypeObject* t = moduleType(interpOf(o), ModuleTypeId::Array);
    return t && o->type->isSubtypeOf(t);
}

// array_buffer_getbuf / array_buffer_relbuf: the item block, writable, one dimension of
// itemsize-byte items in the typecode's struct format; counted in ob_exports.
char* arrayData(Object* o) { return asArray(o)->data.data(); }
int arrayGetBuffer(Object* o, BufferInfo& view) {
    ArrayObject* a = asArray(o);
    static constexpr const char* kFormats[] = {"b", "B", "u", "h", "H", "i", "I", "l", "L", "q", "Q", "f", "d"};
    static constexpr char kCodes[] = "bBuhHiIlLqQfd";
    const char* at = std::char_traits<char>::find(kCodes, sizeof(kCodes) - 1, a->descr->typecode);
    view.dataOwner = o;
    view.dataOf = arrayData;
    view.len = static_cast<std::int64_t>(a->data.size());
    view.itemsize = a->descr->itemsize;
    view.format = at ? kFormats[at - kCodes] : "B";
    view.readonly = false;
    ++a->exports;
    return 0;
}
void arrayReleaseBuffer(Object* o, BufferInfo&) { --asArray(o)->exports; }
const BufferProcs kArrayBuffer = {arrayGetBuffer, arrayReleaseBuffer};

TypeObject* arrayType(Interpreter& interp) {
    TypeObject*& slot = moduleType(interp, ModuleTypeId::Array);
    if (slot) return slot;
    TypeObject* t = interp.newStaticType("array.array", kArrayBasicSize, 0, tpflags::kHaveGc | tpflags::kBaseType | tpflags::kSequence,
                                         interp.types.object);
    t->type = interp.types.type;
    t->dealloc = arrayDealloc;
    // array_tp_traverse visits only the (heap) type, as CPython's; the type here is static and
    // holds no count for its instances, so the audit's reference list is empty. A subclass's
    // instances have their class visited once by the subtype traverse instead.
    t->traverse = [](Object* o, VisitProc visit, void* arg) -> int { return o->type->isHeapType() ? 0 : visit(o->type, arg); };
    t->references = [](Object*, VisitProc, void*) {};
    t->sizeOf = arraySizeOf;
    t->readField = arrayReadField;
    t->repr = arrayRepr;
    t->richcompare = arrayRichCompare;
    t->hash = nullptr; // PyObject_HashNotImplemented: "unhashable type: 'array.array'"
    t->label = [](const Object* o) { return std::string("array('") + asArray(o)->descr->typecode + "', len=" + std::to_string(arraySize(o)) + ")"; };
    t->weaklistPtr = [](Object* o) -> Object** { return &asArray(o)->weakreflist; };
    t->slots.weaklistOffset = 48;
    t->isTrue = [](Object* o) -> int { return arraySize(o) != 0; }; // sq_length
    t->slots.length = arrayLength;
    t->slots.subscript = arraySubscript;
    t->slots.assSubscript = arrayAssSubscript;
    t->slots.contains = arrayContains;
    t->slots.iter = arrayIter;
    t->slots.sequence = &kArraySequence;
    t->slots.tpNew = arrayNew;
    addMethods(interp, t, kArrayMethods);
    addGetSets(interp, t, kArrayGetSets);
    addSlotWrappers(interp, t);
    setHostDestructor<ArrayObject>(*t);
    setBufferProcs(*t, &kArrayBuffer);
    slot = t;

    TypeObject* it = interp.newStaticType("array.arrayiterator", kIterBasicSize, 0, tpflags::kHaveGc, interp.types.object);
    initIterType(interp, it);
    moduleType(interp, ModuleTypeId::ArrayIterator) = it;
    return t;
}

} // namespace hs
