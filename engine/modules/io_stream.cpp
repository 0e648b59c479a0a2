// The text streams behind sys.stdin / sys.stdout / sys.stderr (an _io.TextIOWrapper look-alike):
// write() appends to the session transcript (or to the host's stderr log) and keeps 3.11's
// pending_bytes. The playground has no standard input: sys.stdin is always at end of file, as the
// reference runner's is (its stdin is /dev/null), so input() raises EOFError.
#include "modules/module_registry.h"

#include "objects/bytes_object.h"
#include "objects/descr_object.h"
#include "objects/list_object.h"
#include "objects/int_object.h"
#include "objects/iobase_object.h"
#include "objects/str_object.h"
#include "runtime/abstract.h"
#include "runtime/protocols.h"
#include "runtime/errors.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

struct TextStreamObject : Object {
    bool transcript = true;
    bool readOnly = false; // sys.stdin (mode 'r', always at end of file); else write-only
    bool closed = false;
    const char* name = "<stdout>";
    Object* dict = nullptr;
    // textio.pending_bytes (strong): null, the one chunk written since the last flush (an ASCII
    // str itself, or its UTF-8 bytes), or a list of chunks; pendingCount is their byte total.
    // The text is already in the transcript: only the objects' lifetimes are modelled.
    Object* pending = nullptr;
    std::int64_t pendingCount = 0;
};

TextStreamObject* asStream(Object* o) { return static_cast<TextStreamObject*>(o); }
const TextStreamObject* asStream(const Object* o) { return static_cast<const TextStreamObject*>(o); }

// The stream a file-redirected CPython 3.11 stdout is: block buffered (neither line buffering nor
// write_through), chunk_size 8192, UTF-8, newline "\n" (no translation).
constexpr std::int64_t kChunkSize = 8192;

// _textiowrapper_writeflush: the pending chunks are joined into one new bytes object handed to the
// buffer (whose own copy and raw writes are not modelled); the list goes to the list free list.
bool flushPending(TextStreamObject* s) {
    Interpreter& interp = *s->type->interp;
    Object* pending = s->pending;
    if (pending == nullptr) return true;
    Ref b;
    if (isBytes(pending)) {
        b = Ref::borrowed(pending);
    } else if (isStr(pending)) {
        b = newBytes(interp, strToUtf8(pending));
    } else {
        b = newBytesUninit(interp, s->pendingCount);
        if (b) {
            char* out = bytesMutableData(b.get());
            for (std::int64_t i = 0; i < listSize(pending); ++i) {
                Object* chunk = listItem(pending, i);
                const std::string data = isStr(chunk) ? strToUtf8(chunk) : std::string(bytesView(chunk));
                std::copy(data.begin(), data.end(), out);
                out += data.size();
            }
        }
    }
    if (!b) return false;
    s->pendingCount = 0;
    s->pending = nullptr;
    decref(pending);
    return true;
}

// textiowrapper_write's buffering of one chunk (text: a str).
bool addPending(TextStreamObject* s, Object* text) {
    Interpreter& interp = *s->type->interp;
    Ref b;
    if (strIsAscii(text) && strLength(text) <= kChunkSize) b = Ref::borrowed(text);
    else b = newBytes(interp, strToUtf8(text)); // the encoder's PyUnicode_AsUTF8String
    if (!b) return false;
    const std::int64_t length = isStr(b.get()) ? strLength(b.get()) : bytesSize(b.get());
    if (s->pending == nullptr) {
        s->pendingCount = 0;
        s->pending = b.release();
    } else if (s->pendingCount + length > kChunkSize) {
        if (!flushPending(s)) return false;
        s->pending = b.release();
    } else if (!isList(s->pending)) {
        Ref list = newList(interp, 2);
        if (!list) return false;
        listSetItemSteal(list.get(), 0, s->pending);
        listSetItemSteal(list.get(), 1, b.release());
        s->pending = list.release();
    } else if (listAppend(s->pending, b.get()) < 0) {
        return false;
    }
    s->pendingCount += length;
    if (s->pendingCount >= kChunkSize) return flushPending(s);
    return true;
}

// CHECK_CLOSED / the mode checks of textio: false with ValueError / io.UnsupportedOperation set.
bool checkOpen(TextStreamObject* s) {
    if (!s->closed) return true;
    raiseError(*s->type->interp, vmOf(*s->type->interp).exc.ValueError, "I/O operation on closed file.");
    return false;
}
bool checkMode(TextStreamObject* s, bool reading) {
    if (!checkOpen(s)) return false;
    if (s->readOnly == reading) return true;
    Interpreter& interp = *s->type->interp;
    // io.UnsupportedOperation is made with _io, which CPython has at startup (here: on first import).
    if (unsupportedOperationType(interp) == nullptr && !importModule(interp, "_io")) return false;
    Object* t = unsupportedOperationType(interp);
    raiseError(interp, t ? static_cast<TypeObject*>(t) : vmOf(interp).exc.OSError, reading ? "not readable" : "not writable");
    return false;
}

Object* streamWrite(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    if (!checkMode(asStream(self), false)) return nullptr;
    if (!isStr(args[0])) {
        raiseError(interp, vmOf(interp).exc.TypeError, "write() argument must be str, not " + args[0]->type->name);
        return nullptr;
    }
    std::string text;
    if (!strToUtf8Checked(interp, args[0], text)) return nullptr;
    if (asStream(self)->transcript) writeTranscript(interp, text);
    else writeHostStderr(interp, text);
    if (asStream(self)->transcript && !addPending(asStream(self), args[0])) return nullptr;
    return newInt(interp, strLength(args[0])).release();
}

Object* streamFlush(Object* self, Object* const*, std::int64_t, Object*) {
    if (!checkOpen(asStream(self)) || !flushPending(asStream(self))) return nullptr;
    incref(self->type->interp->none);
    return self->type->interp->none;
}

Object* streamIsatty(Object* self, Object* const*, std::int64_t, Object*) {
    if (!checkOpen(asStream(self))) return nullptr;
    return newBool(*self->type->interp, false);
}
Object* streamWritable(Object* self, Object* const*, std::int64_t, Object*) {
    if (!checkOpen(asStream(self))) return nullptr;
    return newBool(*self->type->interp, !asStream(self)->readOnly);
}
Object* streamReadable(Object* self, Object* const*, std::int64_t, Object*) {
    if (!checkOpen(asStream(self))) return nullptr;
    return newBool(*self->type->interp, asStream(self)->readOnly);
}

// read(size=-1) / readline(size=-1): the empty str of end of file.
Object* streamReadEmpty(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = *self->type->interp;
    if (nargs > 1) {
        raiseError(interp, vmOf(interp).exc.TypeError, "expected at most 1 argument, got " + std::to_string(nargs));
        return nullptr;
    }
    if (nargs == 1 && args[0] != interp.none && !hasIndex(args[0])) {
        raiseError(interp, vmOf(interp).exc.TypeError, "argument should be integer or None, not '" + args[0]->type->name + "'");
        return nullptr;
    }
    if (!checkMode(asStream(self), true)) return nullptr;
    return newStrFromAscii(interp, "").release();
}
// readlines(hint=-1): no lines.
Object* streamReadlines(Object* self, Object* const*, std::int64_t, Object*) {
    if (!checkMode(asStream(self), true)) return nullptr;
    return newList(*self->type->interp, 0).release();
}
// close(): flushes a write stream first; a closed stream refuses every operation but close().
Object* streamClose(Object* self, Object* const*, std::int64_t, Object*) {
    TextStreamObject* s = asStream(self);
    if (!s->closed) {
        s->closed = true;
        if (!flushPending(s)) return nullptr;
    }
    incref(self->type->interp->none);
    return self->type->interp->none;
}

Object* streamName(Object* self) { return newStrFromAscii(*self->type->interp, asStream(self)->name).release(); }
const char* modeOf(const Object* self) { return asStream(self)->readOnly ? "r" : "w"; }
Object* streamMode(Object* self) { return newStrFromAscii(*self->type->interp, modeOf(self)).release(); }
Object* streamEncoding(Object* self) { return newStrFromAscii(*self->type->interp, "utf-8").release(); }
Object* streamClosed(Object* self) { return newBool(*self->type->interp, asStream(self)->closed); }

Object* streamRepr(Object* self) {
    return newStrFromUtf8(*self->type->interp, std::string("<_io.TextIOWrapper name='") + asStream(self)->name + "' mode='" +
                                                    modeOf(self) + "' encoding='utf-8'>")
        .release();
}

// iter(stream) is the stream (while open); next() is readline() until its empty end-of-file str.
Object* streamIter(Object* self) {
    if (!checkOpen(asStream(self))) return nullptr;
    incref(self);
    return self;
}
Object* streamIternext(Object* self) {
    Ref line = Ref(streamReadEmpty(self, nullptr, 0, nullptr));
    if (!line || strLength(line.get()) == 0) return nullptr;
    return line.release();
}

const MethodDef kMethods[] = {
    {"write", streamWrite, meth::kO},
    {"flush", streamFlush, meth::kNoArgs},
    {"isatty", streamIsatty, meth::kNoArgs},
    {"writable", streamWritable, meth::kNoArgs},
    {"readable", streamReadable, meth::kNoArgs},
    {"read", streamReadEmpty, meth::kFastcall},
    {"readline", streamReadEmpty, meth::kFastcall},
    {"readlines", streamReadlines, meth::kFastcall},
    {"close", streamClose, meth::kNoArgs},
    {nullptr, nullptr, 0},
};
const GetSetDef kGetSets[] = {{"name", streamName},
                              {"mode", streamMode},
                              {"encoding", streamEncoding},
                              {"closed", streamClosed},
                              {nullptr, nullptr}};

} // namespace

Object* createTextStream(Interpreter& interp, bool transcript, const char* name, bool readOnly) {
    auto* s = interp.newObject<TextStreamObject>(vmOf(interp).types.textIO, 192);
    if (!s) return nullptr;
    s->transcript = transcript && !readOnly;
    s->readOnly = readOnly;
    s->name = name;
    interp.gc().track(s);
    return s;
}

bool textStreamBufferWrite(Object* stream, std::string_view text) {
    if (stream == nullptr || stream->type != vmOf(*stream->type->interp).types.textIO || !asStream(stream)->transcript)
        return true;
    Ref s = newStrFromUtf8(*stream->type->interp, text);
    return s && addPending(asStream(stream), s.get());
}

void initTextStreamType(Interpreter& interp) {
    TypeObject* t = vmOf(interp).types.textIO;
    t->dealloc = [](Object* o) {
        Interpreter& in = *o->type->interp;
        if (GcState::isTracked(o)) in.gc().untrack(o);
        xdecref(std::exchange(asStream(o)->dict, nullptr));
        xdecref(std::exchange(asStream(o)->pending, nullptr));
        in.freeObject(o);
    };
    t->traverse = [](Object* o, VisitProc visit, void* arg) -> int {
        if (Object* p = asStream(o)->pending) {
            if (const int r = visit(p, arg)) return r;
        }
        Object* d = asStream(o)->dict;
        return d ? visit(d, arg) : 0;
    };
    t->sizeOf = [](const Object*) -> std::int64_t { return 192; };
    t->repr = streamRepr;
    t->slots.iter = streamIter;
    t->slots.iternext = streamIternext;
    t->slots.dictPtr = [](Object* o) { return &asStream(o)->dict; };
    setHostDestructor<TextStreamObject>(*t);
    addMethods(interp, t, kMethods);
    addGetSets(interp, t, kGetSets);
}

} // namespace hs
