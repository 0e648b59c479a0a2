// The text streams behind sys.stdout / sys.stderr (an _io.TextIOWrapper look-alike): write()
// appends to the session transcript (or to the host's stderr log) and keeps 3.11's pending_bytes.
#include "modules/module_registry.h"

#include "objects/bytes_object.h"
#include "objects/descr_object.h"
#include "objects/list_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

struct TextStreamObject : Object {
    bool transcript = true;
    const char* name = "<stdout>";
    Object* dict = nullptr;
    // textio.pending_bytes (strong): null, the one chunk written since the last flush (an ASCII
    // str itself, or its UTF-8 bytes), or a list of chunks; pendingCount is their byte total.
    // The text is already in the transcript: only the objects' lifetimes are modelled.
    Object* pending = nullptr;
    std::int64_t pendingCount = 0;
};

TextStreamObject* asStream(Object* o) { return static_cast<TextStreamObject*>(o); }

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

Object* streamWrite(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    if (!isStr(args[0])) {
        raiseError(interp, vmOf(interp).exc.TypeError, "write() argument must be str, not " + args[0]->type->name);
        return nullptr;
    }
    std::string text;
    if (!strToUtf8Checked(interp, args[0], text)) return nullptr;
    if (asStream(self)->transcript) writeTranscript(interp, text);
    else vmOf(interp).hostStderr += text;
    if (asStream(self)->transcript && !addPending(asStream(self), args[0])) return nullptr;
    return newInt(interp, strLength(args[0])).release();
}

Object* streamFlush(Object* self, Object* const*, std::int64_t, Object*) {
    if (!flushPending(asStream(self))) return nullptr;
    incref(self->type->interp->none);
    return self->type->interp->none;
}

Object* streamIsatty(Object* self, Object* const*, std::int64_t, Object*) { return newBool(*self->type->interp, false); }
Object* streamWritable(Object* self, Object* const*, std::int64_t, Object*) { return newBool(*self->type->interp, true); }

Object* streamName(Object* self) { return newStrFromAscii(*self->type->interp, asStream(self)->name).release(); }
Object* streamMode(Object* self) { return newStrFromAscii(*self->type->interp, "w").release(); }
Object* streamEncoding(Object* self) { return newStrFromAscii(*self->type->interp, "utf-8").release(); }

Object* streamRepr(Object* self) {
    return newStrFromUtf8(*self->type->interp,
                          std::string("<_io.TextIOWrapper name='") + asStream(self)->name + "' mode='w' encoding='utf-8'>")
        .release();
}

const MethodDef kMethods[] = {
    {"write", streamWrite, meth::kO},
    {"flush", streamFlush, meth::kNoArgs},
    {"isatty", streamIsatty, meth::kNoArgs},
    {"writable", streamWritable, meth::kNoArgs},
    {nullptr, nullptr, 0},
};
const GetSetDef kGetSets[] = {{"name", streamName}, {"mode", streamMode}, {"encoding", streamEncoding}, {nullptr, nullptr}};

} // namespace

Object* createTextStream(Interpreter& interp, bool transcript, const char* name) {
    auto* s = interp.newObject<TextStreamObject>(vmOf(interp).types.textIO, 192);
    if (!s) return nullptr;
    s->transcript = transcript;
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
    t->slots.dictPtr = [](Object* o) { return &asStream(o)->dict; };
    setHostDestructor<TextStreamObject>(*t);
    addMethods(interp, t, kMethods);
    addGetSets(interp, t, kGetSets);
}

} // namespace hs
