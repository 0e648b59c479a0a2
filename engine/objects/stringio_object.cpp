// _io.StringIO (Modules/_io/stringio.c and Objects/accu.c, 3.11): writes at the end accumulate in a
// list joined on demand (getvalue, read from 0); other operations realize a UCS4 buffer.
#include "objects/stringio_object.h"

#include "modules/module_types.h"
#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/iobase_object.h"
#include "objects/list_object.h"
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
#include <climits>
#include <utility>
#include <vector>

namespace hs {

namespace {

constexpr std::int64_t kStringIOBasicSize = 120; // sizeof(stringio)
constexpr std::int64_t kAccuFlushCount = 100000; // _PyAccu_Accumulate's small-list limit

StringIOObject* asSio(Object* o) { return static_cast<StringIOObject*>(o); }
Interpreter& interpOf(Object* o) { return *o->type->interp; }

Object* retNone(Interpreter& interp) {
    incref(interp.none);
    return interp.none;
}

bool checkInitialized(StringIOObject* s) {
    if (s->ok) return true;
    raiseError(interpOf(s), vmOf(interpOf(s)).exc.ValueError, "I/O operation on uninitialized object");
    return false;
}
bool checkOpen(StringIOObject* s) {
    if (!s->closed) return true;
    raiseError(interpOf(s), vmOf(interpOf(s)).exc.ValueError, "I/O operation on closed file");
    return false;
}
bool checkUsable(StringIOObject* s) { return checkInitialized(s) && checkOpen(s); }

// resize_buffer: one extra code unit for line-ending detection, list_resize-like growth.
bool resizeBuffer(StringIOObject* s, std::uint64_t size) {
    std::uint64_t alloc = s->bufSize;
    size += 1;
    if (size > static_cast<std::uint64_t>(INT64_MAX)) {
        raiseError(interpOf(s), vmOf(interpOf(s)).exc.OverflowError, "new buffer size too large");
        return false;
    }
    if (size < alloc / 2) alloc = size + 1;
    else if (size < alloc) return true;
    else if (static_cast<double>(size) <= static_cast<double>(alloc) * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
    else alloc = size + 1;
    s->bufSize = alloc;
    s->buf.resize(alloc, U'\0');
    return true;
}

// ''.join(list) (join_list_unicode).
Ref joinList(Interpreter& interp, Object* list) {
    Ref sep = newStrFromAscii(interp, "");
    if (!sep) return Ref();
    return strJoin(interp, sep.get(), list);
}

bool accuInit(StringIOObject* s) {
    s->accuLarge = nullptr;
    s->accuSmall = newList(interpOf(s), 0).release();
    return s->accuSmall != nullptr;
}

// flush_accumulator: the small list's join moves to the large list.
bool accuFlush(StringIOObject* s) {
    Interpreter& interp = interpOf(s);
    const std::int64_t nsmall = listSize(s->accuSmall);
    if (nsmall == 0) return true;
    if (s->accuLarge == nullptr) {
        s->accuLarge = newList(interp, 0).release();
        if (!s->accuLarge) return false;
    }
    Ref joined = joinList(interp, s->accuSmall);
    if (!joined) return false;
    if (listDelSlice(s->accuSmall, 0, nsmall) < 0) return false;
    return listAppend(s->accuLarge, joined.get()) == 0;
}

bool accuAccumulate(StringIOObject* s, Object* text) {
    if (listAppend(s->accuSmall, text) < 0) return false;
    if (listSize(s->accuSmall) < kAccuFlushCount) return true;
    return accuFlush(s);
}

// _PyAccu_Finish: the joined text; both lists are released.
Ref accuFinish(StringIOObject* s) {
    Interpreter& interp = interpOf(s);
    Ref list;
    if (s->accuLarge == nullptr) {
        list = Ref(std::exchange(s->accuSmall, nullptr));
    } else {
        const bool ok = accuFlush(s);
        xdecref(std::exchange(s->accuSmall, nullptr));
        if (!ok) {
            xdecref(std::exchange(s->accuLarge, nullptr));
            return Ref();
        }
        list = Ref(std::exchange(s->accuLarge, nullptr));
    }
    return joinList(interp, list.get());
}

void accuDestroy(StringIOObject* s) {
    xdecref(std::exchange(s->accuSmall, nullptr));
    xdecref(std::exchange(s->accuLarge, nullptr));
}

// make_intermediate: the accumulated text, which also becomes the accumulator's only chunk.
Ref makeIntermediate(StringIOObject* s) {
    Ref intermediate = accuFinish(s);
    s->accumulating = false;
    if (!intermediate) return Ref();
    if (!accuInit(s) || !accuAccumulate(s, intermediate.get())) return Ref();
    s->accumulating = true;
    return intermediate;
}

bool realize(StringIOObject* s) {
    if (!s->accumulating) return true;
    s->accumulating = false;
    Ref intermediate = accuFinish(s);
    if (!intermediate) return false;
    const std::int64_t len = strLength(intermediate.get());
    if (!resizeBuffer(s, static_cast<std::uint64_t>(len))) return false;
    for (std::int64_t i = 0; i < len; ++i) s->buf[static_cast<std::size_t>(i)] = strCharAt(intermediate.get(), i);
    return true;
}

// _PyIncrementalNewlineDecoder_decode(final=1) for newline None ('\r\n' and '\r' become '\n') or ''
// (nothing translated): records the newline kinds seen. A new str only when something changed.
Ref decodeNewlines(StringIOObject* s, Object* text) {
    Interpreter& interp = interpOf(s);
    const std::int64_t n = strLength(text);
    bool anyCr = false;
    for (std::int64_t i = 0; i < n; ++i) {
        const char32_t c = strCharAt(text, i);
        if (c == U'\n') s->seenNewlines |= 1;
        else if (c == U'\r') {
            anyCr = true;
            if (i + 1 < n && strCharAt(text, i + 1) == U'\n') {
                s->seenNewlines |= 4;
                ++i;
            } else {
                s->seenNewlines |= 2;
            }
        }
    }
    if (!s->readTranslate || !anyCr) return Ref::borrowed(text);
    std::u32string out;
    out.reserve(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        const char32_t c = strCharAt(text, i);
        if (c == U'\r') {
            out += U'\n';
            if (i + 1 < n && strCharAt(text, i + 1) == U'\n') ++i;
        } else {
            out += c;
        }
    }
    return newStrFromCodePoints(interp, out);
}

// write_str: newline handling, then either accumulate (writing at the end) or copy into the buffer.
bool writeStr(StringIOObject* s, Object* obj) {
    Interpreter& interp = interpOf(s);
    Ref decoded = s->hasDecoder ? decodeNewlines(s, obj) : Ref::borrowed(obj);
    if (!decoded) return false;
    if (s->writenl) {
        Ref nl = newStrFromAscii(interp, "\n");
        if (!nl) return false;
        decoded = strReplace(interp, decoded.get(), nl.get(), s->writenl);
        if (!decoded) return false;
    }
    const std::int64_t len = strLength(decoded.get());
    if (s->pos > INT64_MAX - len) {
        raiseError(interp, vmOf(interp).exc.OverflowError, "new position too large");
        return false;
    }
    if (s->accumulating) {
        if (s->stringSize == s->pos) {
            if (!accuAccumulate(s, decoded.get())) return false;
            s->pos += len;
            if (s->stringSize < s->pos) s->stringSize = s->pos;
            return true;
        }
        if (!realize(s)) return false;
    }
    if (s->pos + len > s->stringSize && !resizeBuffer(s, static_cast<std::uint64_t>(s->pos + len))) return false;
    for (std::int64_t i = s->stringSize; i < s->pos; ++i) s->buf[static_cast<std::size_t>(i)] = U'\0';
    for (std::int64_t i = 0; i < len; ++i) s->buf[static_cast<std::size_t>(s->pos + i)] = strCharAt(decoded.get(), i);
    s->pos += len;
    if (s->stringSize < s->pos) s->stringSize = s->pos;
    return true;
}

Ref fromBuffer(StringIOObject* s, std::int64_t start, std::int64_t len) {
    return newStrFromCodePoints(interpOf(s), s->buf.data() + start, static_cast<std::size_t>(len));
}

// _PyIO_find_line_ending over buf[start, end): the line's length including its ending, or -1.
std::int64_t findLineEnding(StringIOObject* s, std::int64_t start, std::int64_t end) {
    const char32_t* b = s->buf.data();
    if (s->readTranslate) {
        for (std::int64_t i = start; i < end; ++i)
            if (b[i] == U'\n') return i - start + 1;
        return -1;
    }
    if (s->readUniversal) {
        for (std::int64_t i = start; i < end; ++i) {
            if (b[i] == U'\n') return i - start + 1;
            if (b[i] == U'\r') return (i + 1 < end && b[i + 1] == U'\n') ? i - start + 2 : i - start + 1;
        }
        return -1;
    }
    const std::u32string nl = strToCodePoints(s->readnl);
    if (nl.empty()) return -1;
    for (std::int64_t i = start; i + static_cast<std::int64_t>(nl.size()) <= end; ++i)
        if (std::equal(nl.begin(), nl.end(), b + i)) return i - start + static_cast<std::int64_t>(nl.size());
    return -1;
}

Ref readlineImpl(StringIOObject* s, std::int64_t limit) {
    Interpreter& interp = interpOf(s);
    if (s->pos >= s->stringSize) return newStrFromAscii(interp, "");
    if (limit < 0 || limit > s->stringSize - s->pos) limit = s->stringSize - s->pos;
    std::int64_t len = findLineEnding(s, s->pos, s->pos + limit);
    if (len < 0) len = limit;
    const std::int64_t start = s->pos;
    s->pos += len;
    return fromBuffer(s, start, len);
}

// ---------------------------------------------------------------- methods

Object* sioGetvalue(Object* self, Object* const*, std::int64_t, Object*) {
    StringIOObject* s = asSio(self);
    if (!checkUsable(s)) return nullptr;
    if (s->accumulating) return makeIntermediate(s).release();
    return fromBuffer(s, 0, s->stringSize).release();
}

Object* sioTell(Object* self, Object* const*, std::int64_t, Object*) {
    StringIOObject* s = asSio(self);
    if (!checkUsable(s)) return nullptr;
    return newInt(interpOf(self), s->pos).release();
}

Object* sioRead(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    StringIOObject* s = asSio(self);
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "read", nargs, 0, 1)) return nullptr;
    std::int64_t size = -1;
    if (nargs && !optionalSsize(interp, args[0], size)) return nullptr;
    if (!checkUsable(s)) return nullptr;
    const std::int64_t n = s->stringSize - s->pos;
    if (size < 0 || size > n) {
        size = n;
        if (size < 0) size = 0;
    }
    if (s->accumulating && s->pos == 0 && size == n) { // the seek(0); read() shortcut
        Ref result = makeIntermediate(s);
        s->pos = s->stringSize;
        return result.release();
    }
    if (!realize(s)) return nullptr;
    const std::int64_t start = s->pos;
    s->pos += size;
    return fromBuffer(s, start, size).release();
}

Object* sioReadline(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    StringIOObject* s = asSio(self);
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "readline", nargs, 0, 1)) return nullptr;
    std::int64_t size = -1;
    if (nargs && !optionalSsize(interp, args[0], size)) return nullptr;
    if (!checkUsable(s) || !realize(s)) return nullptr;
    return readlineImpl(s, size).release();
}

Object* sioIternext(Object* self) {
    StringIOObject* s = asSio(self);
    Interpreter& interp = interpOf(self);
    if (!checkUsable(s) || !realize(s)) return nullptr;
    Ref line;
    if (self->type == moduleType(interp, ModuleTypeId::StringIO)) {
        line = readlineImpl(s, -1);
    } else {
        line = callMethodStr(self, "readline", nullptr, 0);
        if (line && !isStr(line.get())) {
            raiseError(interp, vmOf(interp).exc.OSError,
                       "readline() should have returned a str object, not '" + line->type->name + "'");
            return nullptr;
        }
    }
    if (!line || strLength(line.get()) == 0) return nullptr;
    return line.release();
}

Object* sioTruncate(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    StringIOObject* s = asSio(self);
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "truncate", nargs, 0, 1)) return nullptr;
    std::int64_t size = s->pos;
    if (nargs && !optionalSsize(interp, args[0], size)) return nullptr;
    if (!checkUsable(s)) return nullptr;
    if (size < 0) {
        raiseError(interp, vmOf(interp).exc.ValueError, "Negative size value " + std::to_string(size));
        return nullptr;
    }
    if (size < s->stringSize) {
        if (!realize(s) || !resizeBuffer(s, static_cast<std::uint64_t>(size))) return nullptr;
        s->stringSize = size;
    }
    return newInt(interp, size).release();
}

// The `int` converter of Argument Clinic (_PyLong_AsInt).
bool cIntArg(Interpreter& interp, Object* o, int& out) {
    std::int64_t v = 0;
    if (!indexAsInt64(o, v, vmOf(interp).exc.OverflowError)) return false;
    if (v < INT_MIN || v > INT_MAX) {
        raiseError(interp, vmOf(interp).exc.OverflowError, "Python int too large to convert to C int");
        return false;
    }
    out = static_cast<int>(v);
    return true;
}

Object* sioSeek(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    StringIOObject* s = asSio(self);
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "seek", nargs, 1, 2)) return nullptr;
    std::int64_t pos = 0;
    int whence = 0;
    if (!indexAsInt64(args[0], pos, vmOf(interp).exc.OverflowError)) return nullptr;
    if (nargs > 1 && !cIntArg(interp, args[1], whence)) return nullptr;
    if (!checkUsable(s)) return nullptr;
    if (whence != 0 && whence != 1 && whence != 2) {
        raiseError(interp, vmOf(interp).exc.ValueError, "Invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
        return nullptr;
    }
    if (pos < 0 && whence == 0) {
        raiseError(interp, vmOf(interp).exc.ValueError, "Negative seek position " + std::to_string(pos));
        return nullptr;
    }
    if (whence != 0 && pos != 0) {
        raiseError(interp, vmOf(interp).exc.OSError, "Can't do nonzero cur-relative seeks");
        return nullptr;
    }
    if (whence == 1) pos = s->pos;
    else if (whence == 2) pos = s->stringSize;
    s->pos = pos;
    return newInt(interp, s->pos).release();
}

Object* sioWrite(Object* self, Object* const* args, std::int64_t, Object*) {
    StringIOObject* s = asSio(self);
    Interpreter& interp = interpOf(self);
    if (!checkInitialized(s)) return nullptr;
    Object* obj = args[0];
    if (!isStr(obj)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "string argument expected, got '" + obj->type->name + "'");
        return nullptr;
    }
    if (!checkOpen(s)) return nullptr;
    const std::int64_t size = strLength(obj);
    if (size > 0 && !writeStr(s, obj)) return nullptr;
    return newInt(interp, size).release();
}

Object* sioClose(Object* self, Object* const*, std::int64_t, Object*) {
    StringIOObject* s = asSio(self);
    s->closed = true;
    if (!resizeBuffer(s, 0)) return nullptr; // "free up some memory"
    accuDestroy(s);
    xdecref(std::exchange(s->readnl, nullptr));
    xdecref(std::exchange(s->writenl, nullptr));
    s->hasDecoder = false;
    return retNone(interpOf(self));
}

Object* sioTrue(Object* self, Object* const*, std::int64_t, Object*) {
    if (!checkUsable(asSio(self))) return nullptr;
    return newBool(interpOf(self), true);
}

Object* sioClosed(Object* self) {
    if (!checkInitialized(asSio(self))) return nullptr;
    return newBool(interpOf(self), asSio(self)->closed);
}

Object* sioLineBuffering(Object* self) {
    if (!checkUsable(asSio(self))) return nullptr;
    return newBool(interpOf(self), false);
}

// The decoder's `newlines`: None, one str, or a tuple of the kinds seen ('\r', '\n', '\r\n' order).
Object* sioNewlines(Object* self) {
    StringIOObject* s = asSio(self);
    Interpreter& interp = interpOf(self);
    if (!checkUsable(s)) return nullptr;
    if (!s->hasDecoder || s->seenNewlines == 0) return retNone(interp);
    std::vector<const char*> kinds;
    if (s->seenNewlines & 2) kinds.push_back("\r");
    if (s->seenNewlines & 1) kinds.push_back("\n");
    if (s->seenNewlines & 4) kinds.push_back("\r\n");
    if (kinds.size() == 1) return newStrFromAscii(interp, kinds[0]).release();
    Ref t = newTuple(interp, static_cast<std::int64_t>(kinds.size()));
    if (!t) return nullptr;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        Ref k = newStrFromAscii(interp, kinds[i]);
        if (!k) return nullptr;
        tupleSetItemSteal(t.get(), static_cast<std::int64_t>(i), k.release());
    }
    return t.release();
}

const MethodDef kMethods[] = {
    {"close", sioClose, meth::kNoArgs, "Close the IO object."},
    {"getvalue", sioGetvalue, meth::kNoArgs, "Retrieve the entire contents of the object."},
    {"read", sioRead, meth::kFastcall, "Read at most size characters, returned as a string."},
    {"readline", sioReadline, meth::kFastcall, "Read until newline or EOF."},
    {"tell", sioTell, meth::kNoArgs, "Tell the current file position."},
    {"truncate", sioTruncate, meth::kFastcall, "Truncate size to pos."},
    {"seek", sioSeek, meth::kFastcall, "Change stream position."},
    {"write", sioWrite, meth::kO, "Write string to file."},
    {"seekable", sioTrue, meth::kNoArgs, "Returns True if the IO object can be seeked."},
    {"readable", sioTrue, meth::kNoArgs, "Returns True if the IO object can be read."},
    {"writable", sioTrue, meth::kNoArgs, "Returns True if the IO object can be written."},
    {nullptr, nullptr, 0},
};
const GetSetDef kGetSets[] = {
    {"closed", sioClosed}, {"newlines", sioNewlines}, {"line_buffering", sioLineBuffering}, {nullptr, nullptr}};

// ---------------------------------------------------------------- slots

Object* sioNew(TypeObject* type, Object*, Object*) {
    Interpreter& interp = *type->interp;
    if (type->isHeapType()) return allocSubtypeInstance<StringIOObject>(interp, type, 0); // class X(io.StringIO)
    auto* s = interp.newObject<StringIOObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (!s) return nullptr;
    interp.gc().track(s);
    return s;
}

// _io_StringIO___init___impl.
int sioInit(Object* self, Object* args, Object* kwargs) {
    StringIOObject* s = asSio(self);
    Interpreter& interp = interpOf(self);
    VmState& vm = vmOf(interp);
    static const char* const kNames[] = {"initial_value", "newline"};
    const ArgSpec spec{"StringIO", kNames, 2, 0, 0, 2};
    std::vector<Object*> flat(tupleItems(args), tupleItems(args) + tupleSize(args));
    KwNameList kwnames;
    dictKeywords(kwargs, flat, kwnames);
    Object* parsed[2] = {nullptr, nullptr};
    if (!unpackParserArgs(interp, spec, "StringIO", flat.data(), tupleSize(args), kwnames, parsed)) return -1;
    Object* value = parsed[0];
    Object* newlineObj = parsed[1];
    std::string newline = "\n";
    bool newlineNone = false;
    if (newlineObj == interp.none) {
        newlineNone = true;
    } else if (newlineObj) {
        if (!isStr(newlineObj)) {
            raiseError(interp, vm.exc.TypeError, "newline must be str or None, not " + newlineObj->type->name);
            return -1;
        }
        newline.clear();
        if (!strToUtf8Checked(interp, newlineObj, newline)) return -1;
    }
    if (!newlineNone && !newline.empty() && newline != "\n" && newline != "\r" && newline != "\r\n") {
        Ref r = objectRepr(newlineObj);
        if (!r) return -1;
        raiseError(interp, vm.exc.ValueError, "illegal newline value: " + strToUtf8(r.get()));
        return -1;
    }
    if (value && value != interp.none && !isStr(value)) {
        raiseError(interp, vm.exc.TypeError, "initial_value must be str or None, not " + value->type->name);
        return -1;
    }
    s->ok = false;
    accuDestroy(s);
    xdecref(std::exchange(s->readnl, nullptr));
    xdecref(std::exchange(s->writenl, nullptr));
    s->hasDecoder = false;
    s->seenNewlines = 0;
    if (!newlineNone) {
        s->readnl = newStrFromUtf8(interp, newline).release();
        if (!s->readnl) return -1;
    }
    s->readUniversal = newlineNone || newline.empty();
    s->readTranslate = newlineNone;
    if (!newlineNone && !newline.empty() && newline[0] == '\r') {
        s->writenl = s->readnl;
        incref(s->writenl);
    }
    s->hasDecoder = s->readUniversal;
    s->stringSize = 0;
    const std::int64_t valueLen = value && value != interp.none ? strLength(value) : 0;
    if (!resizeBuffer(s, 0)) return -1;
    if (valueLen > 0) {
        s->accumulating = false;
        s->pos = 0;
        if (!writeStr(s, value)) return -1;
    } else {
        if (!accuInit(s)) return -1;
        s->accumulating = true;
    }
    s->pos = 0;
    s->closed = false;
    s->ok = true;
    return 0;
}

void sioDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    StringIOObject* s = asSio(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    s->ok = false;
    accuDestroy(s);
    xdecref(std::exchange(s->readnl, nullptr));
    xdecref(std::exchange(s->writenl, nullptr));
    xdecref(std::exchange(s->dict, nullptr));
    clearWeakrefs(o);
    interp.freeObject(o);
}

// stringio_traverse visits only the instance dict (the accumulator lists stay external references).
int sioTraverse(Object* o, VisitProc visit, void* arg) {
    Object* d = asSio(o)->dict;
    return d ? visit(d, arg) : 0;
}

int sioClear(Object* o) {
    xdecref(std::exchange(asSio(o)->dict, nullptr));
    return 0;
}

void sioReferences(Object* o, VisitProc visit, void* arg) {
    StringIOObject* s = asSio(o);
    for (Object* r : {s->accuSmall, s->accuLarge, s->readnl, s->writenl, s->dict})
        if (r) visit(r, arg);
}

} // namespace

TypeObject* stringIOType(Interpreter& interp) {
    TypeObject*& slot = moduleType(interp, ModuleTypeId::StringIO);
    if (slot) return slot;
    TypeObject* t = interp.newStaticType("_io.StringIO", kStringIOBasicSize, 0, tpflags::kHaveGc | tpflags::kBaseType, textIOBaseType(interp));
    t->type = interp.types.type;
    t->dealloc = sioDealloc;
    t->traverse = sioTraverse;
    t->clear = sioClear;
    t->references = sioReferences;
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->hash = interp.types.object->hash;
    t->richcompare = interp.types.object->richcompare;
    t->repr = interp.types.object->repr; // object_repr: <_io.StringIO object at 0x...>
    t->weaklistPtr = [](Object* o) -> Object** { return &asSio(o)->weakreflist; };
    t->slots.dictPtr = [](Object* o) { return &asSio(o)->dict; };
    t->slots.dictOffset = 104;    // offsetof(stringio, dict): subclasses add no dict
    t->slots.weaklistOffset = 112; // offsetof(stringio, weakreflist): nor weakref slot
    t->slots.tpNew = sioNew;
    t->slots.tpInit = sioInit;
    t->slots.iter = moduleType(interp, ModuleTypeId::IOBase)->slots.iter;
    t->slots.iternext = sioIternext;
    addMethods(interp, t, kMethods);
    addGetSets(interp, t, kGetSets);
    addSlotWrappers(interp, t);
    setHostDestructor<StringIOObject>(*t);
    slot = t;
    return t;
}

} // namespace hs
