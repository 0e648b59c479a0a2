// array.array's methods (append ... tounicode, buffer_info, fromfile/tofile), its typecode and
// itemsize attributes, and the array iterator (Modules/arraymodule.c 3.11).
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

// ---------------------------------------------------------------- methods

Object* mAppend(Object* self, Object* const* args, std::int64_t, Object*) {
    if (!insertItem(asArray(self), arraySize(self), args[0])) return nullptr;
    return noneResult(interpOf(self));
}

Object* mExtend(Object* self, Object* const* args, std::int64_t, Object*) {
    if (!doExtend(asArray(self), args[0])) return nullptr;
    return noneResult(interpOf(self));
}

Object* mInsert(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "insert", nargs, 2, 2)) return nullptr;
    std::int64_t i = 0;
    if (!indexAsInt64(args[0], i, vmOf(interp).exc.OverflowError)) return nullptr;
    if (!insertItem(asArray(self), i, args[1])) return nullptr;
    return noneResult(interp);
}

Object* mPop(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "pop", nargs, 0, 1)) return nullptr;
    std::int64_t i = -1;
    if (nargs && !indexAsInt64(args[0], i, vmOf(interp).exc.OverflowError)) return nullptr;
    const std::int64_t n = arraySize(self);
    if (n == 0) {
        raiseError(interp, vmOf(interp).exc.IndexError, "pop from empty array");
        return nullptr;
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        raiseError(interp, vmOf(interp).exc.IndexError, "pop index out of range");
        return nullptr;
    }
    Ref v = getArrayItem(self, i);
    if (!v || !deleteRange(asArray(self), i, i + 1)) return nullptr;
    return v.release();
}

// The first index in [start, stop) whose item == v; -1 when absent, -2 on error.
std::int64_t findItem(Object* self, Object* v, std::int64_t start, std::int64_t stop) {
    for (std::int64_t i = start; i < stop && i < arraySize(self); ++i) {
        Ref item = getArrayItem(self, i);
        if (!item) return -2;
        const int c = objectRichCompareBool(item.get(), v, CompareOp::Eq);
        if (c < 0) return -2;
        if (c > 0) return i;
    }
    return -1;
}

Object* mRemove(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    const std::int64_t i = findItem(self, args[0], 0, arraySize(self));
    if (i == -2) return nullptr;
    if (i == -1) {
        raiseError(interp, vmOf(interp).exc.ValueError, "array.remove(x): x not in array");
        return nullptr;
    }
    if (!deleteRange(asArray(self), i, i + 1)) return nullptr;
    return noneResult(interp);
}

// _PyEval_SliceIndexNotNone for index()'s start/stop.
bool sliceIndexArg(Interpreter& interp, Object* o, std::int64_t& out) {
    if (!hasIndex(o)) {
        typeErr(interp, "slice indices must be integers or have an __index__ method");
        return false;
    }
    return indexAsInt64(o, out, nullptr);
}

Object* mIndex(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "index", nargs, 1, 3)) return nullptr;
    std::int64_t start = 0, stop = INT64_MAX;
    if (nargs > 1 && !sliceIndexArg(interp, args[1], start)) return nullptr;
    if (nargs > 2 && !sliceIndexArg(interp, args[2], stop)) return nullptr;
    const std::int64_t n = arraySize(self);
    if (start < 0) start = std::max<std::int64_t>(start + n, 0);
    if (stop < 0) stop += n;
    const std::int64_t i = findItem(self, args[0], start, stop);
    if (i == -2) return nullptr;
    if (i == -1) {
        raiseError(interp, vmOf(interp).exc.ValueError, "array.index(x): x not in array");
        return nullptr;
    }
    return newInt(interp, i).release();
}

Object* mCount(Object* self, Object* const* args, std::int64_t, Object*) {
    std::int64_t count = 0;
    for (std::int64_t i = 0; i < arraySize(self); ++i) {
        Ref item = getArrayItem(self, i);
        if (!item) return nullptr;
        const int c = objectRichCompareBool(item.get(), args[0], CompareOp::Eq);
        if (c < 0) return nullptr;
        count += c;
    }
    return newInt(interpOf(self), count).release();
}

Object* mReverse(Object* self, Object* const*, std::int64_t, Object*) {
    ArrayObject* a = asArray(self);
    const std::int64_t n = arraySize(self);
    const auto size = static_cast<std::size_t>(a->descr->itemsize);
    for (std::int64_t i = 0, j = n - 1; i < j; ++i, --j)
        std::swap_ranges(a->data.begin() + static_cast<std::ptrdiff_t>(i * size), a->data.begin() + static_cast<std::ptrdiff_t>((i + 1) * size),
                         a->data.begin() + static_cast<std::ptrdiff_t>(j * size));
    return noneResult(interpOf(self));
}

Object* mByteswap(Object* self, Object* const*, std::int64_t, Object*) {
    ArrayObject* a = asArray(self);
    const auto size = static_cast<std::size_t>(a->descr->itemsize);
    for (std::size_t p = 0; p + size <= a->data.size(); p += size) std::reverse(a->data.begin() + static_cast<std::ptrdiff_t>(p), a->data.begin() + static_cast<std::ptrdiff_t>(p + size));
    return noneResult(interpOf(self));
}

Object* mToList(Object* self, Object* const*, std::int64_t, Object*) { return toList(self).release(); }

Object* mFromList(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Object* list = args[0];
    if (!isList(list)) {
        typeErr(interp, "arg must be list");
        return nullptr;
    }
    const std::int64_t n = listSize(list);
    if (n > 0) {
        ArrayObject* a = asArray(self);
        const std::int64_t oldSize = arraySize(self);
        if (!arrayResize(a, oldSize + n)) return nullptr;
        for (std::int64_t i = 0; i < n; ++i) {
            if (!setArrayItem(a, oldSize + i, listItem(list, i))) {
                arrayResize(a, oldSize);
                return nullptr;
            }
        }
    }
    return noneResult(interp);
}

Object* mToBytes(Object* self, Object* const*, std::int64_t, Object*) { return newBytes(interpOf(self), asArray(self)->data).release(); }

Object* mFromBytes(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    std::string_view bytes;
    if (isArray(args[0])) {
        if (asArray(args[0])->descr->itemsize != 1) {
            typeErr(interp, "a bytes-like object is required");
            return nullptr;
        }
        bytes = asArray(args[0])->data;
    } else if (!bytesLikeView(args[0], bytes)) {
        typeErr(interp, "a bytes-like object is required, not '" + args[0]->type->name + "'");
        return nullptr;
    }
    ArrayObject* a = asArray(self);
    const auto size = static_cast<std::size_t>(a->descr->itemsize);
    if (bytes.size() % size != 0) {
        raiseError(interp, vmOf(interp).exc.ValueError, "bytes length not a multiple of item size");
        return nullptr;
    }
    const std::string copy(bytes);
    if (!copy.empty()) {
        const std::int64_t oldSize = arraySize(self);
        if (!arrayResize(a, oldSize + static_cast<std::int64_t>(copy.size() / size))) return nullptr;
        std::memcpy(a->data.data() + static_cast<std::size_t>(oldSize) * size, copy.data(), copy.size());
    }
    return noneResult(interp);
}

// fromfile(f, n): f.read(n * itemsize) appended as by frombytes; EOFError when it was short.
Object* mFromFile(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(interp);
    if (!checkPositional(interp, "fromfile", nargs, 2, 2)) return nullptr;
    std::int64_t n = 0;
    if (!indexAsInt64(args[1], n, vm.exc.OverflowError)) return nullptr;
    if (n < 0) {
        raiseError(interp, vm.exc.ValueError, "negative count");
        return nullptr;
    }
    const std::int64_t itemsize = asArray(self)->descr->itemsize;
    if (n > kMaxHostBytes / itemsize) {
        interp.setMemoryError();
        return nullptr;
    }
    Ref count = newInt(interp, n * itemsize);
    if (!count) return nullptr;
    Object* countArg = count.get();
    Ref b = callMethodStr(args[0], "read", &countArg, 1);
    if (!b) return nullptr;
    if (!isBytes(b.get())) {
        typeErr(interp, "read() didn't return bytes");
        return nullptr;
    }
    const bool short_ = static_cast<std::int64_t>(bytesView(b.get()).size()) != n * itemsize;
    Object* bytesArg = b.get();
    Ref res(mFromBytes(self, &bytesArg, 1, nullptr));
    if (!res) return nullptr;
    if (short_) {
        raiseError(interp, vm.exc.EOFError, "read() didn't return enough bytes");
        return nullptr;
    }
    return res.release();
}

// tofile(f): f.write() of the items' bytes in 64 KiB blocks.
Object* mToFile(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    const std::string& data = asArray(self)->data;
    constexpr std::size_t kBlock = 64 * 1024;
    for (std::size_t at = 0; at < data.size(); at += kBlock) {
        Ref bytes = newBytes(interp, std::string_view(data).substr(at, kBlock));
        if (!bytes) return nullptr;
        Object* arg = bytes.get();
        if (!callMethodStr(args[0], "write", &arg, 1)) return nullptr;
    }
    return noneResult(interp);
}

Object* mToUnicode(Object* self, Object* const*, std::int64_t, Object*) {
    if (asArray(self)->descr->typecode != 'u') {
        raiseError(interpOf(self), vmOf(interpOf(self)).exc.ValueError, "tounicode() may only be called on unicode type arrays");
        return nullptr;
    }
    return toUnicode(self).release();
}

Object* mFromUnicode(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    if (!isStr(args[0])) {
        typeErr(interp, "fromunicode() argument must be str, not " + args[0]->type->name);
        return nullptr;
    }
    if (asArray(self)->descr->typecode != 'u') {
        raiseError(interp, vmOf(interp).exc.ValueError, "fromunicode() may only be called on unicode type arrays");
        return nullptr;
    }
    const std::int64_t n = strLength(args[0]), old = arraySize(self);
    if (n > 0) {
        if (!arrayResize(asArray(self), old + n)) return nullptr;
        for (std::int64_t i = 0; i < n; ++i) storeRaw(asArray(self), old + i, strCharAt(args[0], i));
    }
    return noneResult(interp);
}

// buffer_info() -> (address of the item block, length); the address is 0 without a block.
Object* mBufferInfo(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Ref addr = newIntFromBig(interp, BigInt::fromUint64(asArray(self)->itemsAddr));
    Ref len = newInt(interp, arraySize(self));
    if (!addr || !len) return nullptr;
    return tuplePack(interp, {addr.get(), len.get()}).release();
}

Object* mCopy(Object* self, Object* const*, std::int64_t, Object*) {
    return newArrayFromData(interpOf(self), asArray(self)->descr, asArray(self)->data).release();
}

Object* mSizeOf(Object* self, Object* const*, std::int64_t, Object*) { return newInt(interpOf(self), arraySizeOf(self)).release(); }

const MethodDef kArrayMethods[] = {
    {"append", mAppend, meth::kO, "Append new value v to the end of the array."},
    {"buffer_info", mBufferInfo, meth::kNoArgs, "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents."},
    {"byteswap", mByteswap, meth::kNoArgs, "Byteswap all items of the array."},
    {"__copy__", mCopy, meth::kNoArgs, "Return a copy of the array."},
    {"count", mCount, meth::kO, "Return number of occurrences of v in the array."},
    {"__deepcopy__", mCopy, meth::kO, "Return a copy of the array."},
    {"extend", mExtend, meth::kO, "Append items to the end of the array."},
    {"frombytes", mFromBytes, meth::kO, "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."},
    {"fromfile", mFromFile, meth::kFastcall, "Read n objects from the file object f and append them to the end of the array."},
    {"fromlist", mFromList, meth::kO, "Append items to array from list."},
    {"fromunicode", mFromUnicode, meth::kO, "Extends this array with data from the unicode string ustr."},
    {"index", mIndex, meth::kFastcall, "Return index of first occurrence of v in the array."},
    {"insert", mInsert, meth::kFastcall, "Insert a new item v into the array before position i."},
    {"pop", mPop, meth::kFastcall, "Return the i-th element and delete it from the array."},
    {"remove", mRemove, meth::kO, "Remove the first occurrence of v in the array."},
    {"reverse", mReverse, meth::kNoArgs, "Reverse the order of the items in the array."},
    {"tolist", mToList, meth::kNoArgs, "Convert array to an ordinary list with the same items."},
    {"tofile", mToFile, meth::kO, "Write all items (as machine values) to the file object f."},
    {"tobytes", mToBytes, meth::kNoArgs, "Convert the array to an array of machine values and return the bytes representation."},
    {"tounicode", mToUnicode, meth::kNoArgs, "Extends this array with data from the unicode string ustr."},
    {"__sizeof__", mSizeOf, meth::kNoArgs, "Size of the array in memory, in bytes."},
    {nullptr, nullptr, 0},
};

Object* getTypecode(Object* self) {
    const char c = asArray(self)->descr->typecode;
    return newStrFromAscii(interpOf(self), std::string(1, c)).release();
}
Object* getItemsize(Object* self) { return newInt(interpOf(self), asArray(self)->descr->itemsize).release(); }

const GetSetDef kArrayGetSets[] = {
    {"typecode", getTypecode, nullptr, "the typecode character used to create the array"},
    {"itemsize", getItemsize, nullptr, "the size, in bytes, of one array item"},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- iterator

ArrayIterObject* asIter(Object* o) { return static_cast<ArrayIterObject*>(o); }

Object* arrayIter(Object* o) {
    Interpreter& interp = interpOf(o);
    auto* it = interp.newObject<ArrayIterObject>(moduleType(interp, ModuleTypeId::ArrayIterator), kIterBasicSize);
    if (!it) return nullptr;
    it->array = newRef(o);
    interp.gc().track(it);
    return it;
}

Object* arrayIterNext(Object* o) {
    ArrayIterObject* it = asIter(o);
    Object* a = it->array;
    if (!a) return nullptr;
    if (it->index < arraySize(a)) return getArrayItem(a, it->index++).release();
    it->array = nullptr;
    decref(a);
    return nullptr;
}

// arrayiter.__reduce__: (iter, (array,), index), or (iter, ((),)) once exhausted.
Object* iterReduce(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Ref name = internName(interp, "iter");
    Object* iterFn = name ? dictGetItem(vmOf(interp).builtinsDict, name.get()) : nullptr;
    if (!iterFn) return nullptr;
    ArrayIterObject* it = asIter(self);
    if (!it->array) {
        Ref empty = newTuple(interp, 0);
        Ref args = empty ? tuplePack(interp, {empty.get()}) : Ref();
        return args ? tuplePack(interp, {iterFn, args.get()}).release() : nullptr;
    }
    Ref args = tuplePack(interp, {it->array});
    Ref index = newInt(interp, it->index);
    if (!args || !index) return nullptr;
    return tuplePack(interp, {iterFn, args.get(), index.get()}).release();
}

// arrayiter.__setstate__(index): clamped at 0 (the array_arrayiterator___setstate__ rule).
Object* iterSetState(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    std::int64_t index = 0;
    if (!indexAsInt64(args[0], index, vmOf(interp).exc.OverflowError)) return nullptr;
    ArrayIterObject* it = asIter(self);
    if (index < 0) index = 0;
    else if (it->array && index > arraySize(it->array)) index = arraySize(it->array);
    it->index = index;
    return noneResult(interp);
}

const MethodDef kIterMethods[] = {
    {"__reduce__", iterReduce, meth::kNoArgs, "Return state information for pickling."},
    {"__setstate__", iterSetState, meth::kO, "Set state information for unpickling."},
    {nullptr, nullptr, 0},
};

void initIterType(Interpreter& interp, TypeObject* it) {
    it->type = interp.types.type;
    it->dealloc = [](Object* o) {
        Interpreter& in = interpOf(o);
        if (GcState::isTracked(o)) in.gc().untrack(o);
        xdecref(std::exchange(asIter(o)->array, nullptr));
        in.freeObject(o);
    };
    it->traverse = [](Object* o, VisitProc visit, void* arg) -> int { return asIter(o)->array ? visit(asIter(o)->array, arg) : 0; };
    it->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    it->hash = interp.types.object->hash;
    it->richcompare = interp.types.object->richcompare;
    it->slots.iter = [](Object* o) -> Object* { return newRef(o); };
    it->slots.iternext = arrayIterNext;
    it->label = [](const Object* o) { return "<" + o->type->name + ">"; };
    addMethods(interp, it, kIterMethods);
    addSlotWrappers(interp, it);
    setHostDestructor<ArrayIterObject>(*it);
}

} // namespace arrayimpl

} // namespace hs
