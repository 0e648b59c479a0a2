// traceback objects: creation, dealloc (with the trashcan, as tb_dealloc), traverse and the
// tb_next / tb_frame / tb_lasti / tb_lineno attributes.
#include "objects/traceback_object.h"

#include "objects/descr_object.h"
#include "objects/int_object.h"
#include "runtime/dealloc.h"
#include "runtime/errors.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

void tbDealloc(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    TrashcanGuard guard(o);
    if (guard.deposited()) return;
    TracebackObject* tb = asTraceback(o);
    xdecref(std::exchange(tb->next, nullptr));
    xdecref(std::exchange(tb->frame, nullptr));
    interp.freeObject(o);
}

int tbTraverse(Object* o, VisitProc visit, void* arg) {
    TracebackObject* tb = asTraceback(o);
    if (tb->next)
        if (int r = visit(tb->next, arg)) return r;
    if (tb->frame)
        if (int r = visit(tb->frame, arg)) return r;
    return 0;
}

int tbClear(Object* o) {
    TracebackObject* tb = asTraceback(o);
    xdecref(std::exchange(tb->next, nullptr));
    xdecref(std::exchange(tb->frame, nullptr));
    return 0;
}

Object* getNext(Object* self) {
    Object* n = asTraceback(self)->next;
    n = n ? n : self->type->interp->none;
    incref(n);
    return n;
}
int setNext(Object* self, Object* v) {
    Interpreter& interp = *self->type->interp;
    if (!v) {
        raiseError(interp, vmOf(interp).exc.TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == interp.none) v = nullptr;
    else if (!isTraceback(v)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "expected traceback object or None, got '" + v->type->name + "'");
        return -1;
    }
    for (Object* c = v; c; c = asTraceback(c)->next)
        if (c == self) {
            raiseError(interp, vmOf(interp).exc.ValueError, "traceback loop detected");
            return -1;
        }
    xincref(v);
    xdecref(std::exchange(asTraceback(self)->next, v));
    return 0;
}
Object* getFrame(Object* self) {
    incref(asTraceback(self)->frame);
    return asTraceback(self)->frame;
}
Object* getLasti(Object* self) { return newInt(*self->type->interp, asTraceback(self)->lasti).release(); }
Object* getLineno(Object* self) { return newInt(*self->type->interp, asTraceback(self)->lineno).release(); }

const GetSetDef kGetSets[] = {{"tb_next", getNext, setNext},
                              {"tb_frame", getFrame, nullptr},
                              {"tb_lasti", getLasti, nullptr},
                              {"tb_lineno", getLineno, nullptr},
                              {nullptr, nullptr, nullptr}};

} // namespace

bool isTraceback(const Object* o) { return o->type == vmOf(o).types.traceback; }

Ref newTraceback(Interpreter& interp, Object* next, Object* frame, int lasti, int lineno) {
    auto* tb = interp.newObject<TracebackObject>(vmOf(interp).types.traceback, 40);
    if (!tb) return Ref();
    xincref(next);
    tb->next = next;
    incref(frame);
    tb->frame = frame;
    tb->lasti = lasti;
    tb->lineno = lineno;
    interp.gc().track(tb);
    return Ref(tb);
}

void initTracebackType(Interpreter& interp, TypeObject& t) {
    t.dealloc = tbDealloc;
    t.traverse = tbTraverse;
    t.clear = tbClear;
    t.sizeOf = [](const Object*) -> std::int64_t { return 40; };
    t.label = [](const Object* o) { return "<traceback line " + std::to_string(static_cast<const TracebackObject*>(o)->lineno) + ">"; };
    setHostDestructor<TracebackObject>(t);
    addGetSets(interp, &t, kGetSets);
}

} // namespace hs
