// The text streams behind sys.stdout / sys.stderr (an _io.TextIOWrapper look-alike): write()
// appends to the session transcript (or to the host's stderr log), flush() does nothing.
#include "modules/module_registry.h"

#include "objects/descr_object.h"
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
};

TextStreamObject* asStream(Object* o) { return static_cast<TextStreamObject*>(o); }

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
    return newInt(interp, strLength(args[0])).release();
}

Object* streamFlush(Object* self, Object* const*, std::int64_t, Object*) {
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

void initTextStreamType(Interpreter& interp) {
    TypeObject* t = vmOf(interp).types.textIO;
    t->dealloc = [](Object* o) {
        Interpreter& in = *o->type->interp;
        if (GcState::isTracked(o)) in.gc().untrack(o);
        xdecref(std::exchange(asStream(o)->dict, nullptr));
        in.freeObject(o);
    };
    t->traverse = [](Object* o, VisitProc visit, void* arg) -> int {
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
