// Frames: pushing/initialising/clearing interpreter frames on the data stack (Python/frame.c), and
// the `frame` type (Objects/frameobject.c): lazy creation, take_ownership, dealloc, attributes.
#include "vm/frame.h"

#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/generator_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "runtime/dealloc.h"
#include "runtime/cell_runner.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/eval.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

#include <cstring>

namespace hs {

int Frame::lineNumber() const {
    const int lasti = lastIndex() < 0 ? 0 : lastIndex();
    return code->lineForOffset(lasti * 2);
}

void initFrame(Frame* f, Object* func, Object* locals) {
    FunctionObject* fn = asFunction(func);
    f->func = func;
    CodeObject* co = asCode(fn->code);
    incref(co);
    f->code = co;
    f->builtins = fn->builtins;
    f->globals = fn->globals;
    xincref(locals);
    f->locals = locals;
    f->stacktop = co->nlocalsplus;
    f->frameObject = nullptr;
    f->setLastIndex(-1);
    f->isEntry = false;
    f->owner = frameowner::kThread;
    f->previous = nullptr;
    Object** lp = f->localsplus();
    for (int i = 0; i < co->nlocalsplus; ++i) lp[i] = nullptr;
}

Frame* pushFrame(VmState& vm, Object* func, Object* locals) {
    CodeObject* co = asCode(asFunction(func)->code);
    Object** mem = vm.stack.push(frameWords(co));
    auto* f = new (mem) Frame();
    initFrame(f, func, locals);
    return f;
}

void popFrame(VmState& vm, Frame* f) { vm.stack.pop(reinterpret_cast<Object**>(f)); }

namespace {

FrameObject* asFrameObj(Object* o) { return static_cast<FrameObject*>(o); }

// take_ownership: the frame object outlives the frame: copy the frame into it, link f_back to the
// previous complete frame's frame object, and track it.
void takeOwnership(VmState& vm, FrameObject* fo, Frame* frame) {
    const std::size_t words = frameWords(frame->code);
    fo->ownedData.assign(reinterpret_cast<Object**>(frame), reinterpret_cast<Object**>(frame) + words);
    Frame* copy = fo->ownedFrame();
    fo->frame = copy;
    copy->owner = frameowner::kFrameObject;
    Frame* prev = frame->previous;
    while (prev && prev->isIncomplete()) prev = prev->previous;
    if (prev) {
        Object* back = frameObjectOf(vm, prev);
        if (back) {
            incref(back);
            fo->back = back;
        } else {
            clearError(vm.interp);
        }
    }
    copy->previous = nullptr;
    if (!GcState::isTracked(fo)) vm.interp.gc().track(fo);
}

void frameDealloc(Object* o) {
    FrameObject* fo = asFrameObj(o);
    Interpreter& interp = *o->type->interp;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    TrashcanGuard guard(o);
    if (guard.deposited()) return;
    Object* co = nullptr;
    if (fo->frame && fo->frame->owner == frameowner::kFrameObject) {
        Frame* f = fo->frame;
        co = f->code;
        f->code = nullptr;
        xdecref(std::exchange(f->func, nullptr));
        xdecref(std::exchange(f->locals, nullptr));
        Object** lp = f->localsplus();
        for (int i = 0; i < f->stacktop; ++i) xdecref(std::exchange(lp[i], nullptr));
    }
    xdecref(std::exchange(fo->back, nullptr));
    xdecref(std::exchange(fo->trace, nullptr));
    interp.freeObject(o);
    xdecref(co);
}

void visitOwnedFrame(const Frame* f, VisitProc visit, void* arg) {
    if (f->frameObject) visit(f->frameObject, arg);
    if (f->locals) visit(f->locals, arg);
    if (f->func) visit(f->func, arg);
    if (f->code) visit(f->code, arg);
    const Object* const* lp = f->localsplus();
    for (int i = 0; i < f->stacktop; ++i)
        if (lp[i]) visit(const_cast<Object*>(lp[i]), arg);
}

int frameTraverse(Object* o, VisitProc visit, void* arg) {
    FrameObject* fo = asFrameObj(o);
    if (fo->back)
        if (int r = visit(fo->back, arg)) return r;
    if (fo->trace)
        if (int r = visit(fo->trace, arg)) return r;
    if (!fo->frame || fo->frame->owner != frameowner::kFrameObject) return 0;
    Frame* f = fo->frame;
    for (Object* p : {f->frameObject, f->locals, f->func, static_cast<Object*>(f->code)})
        if (p)
            if (int r = visit(p, arg)) return r;
    Object** lp = f->localsplus();
    for (int i = 0; i < f->stacktop; ++i)
        if (lp[i])
            if (int r = visit(lp[i], arg)) return r;
    return 0;
}

void frameReferences(Object* o, VisitProc visit, void* arg) {
    FrameObject* fo = asFrameObj(o);
    if (fo->back) visit(fo->back, arg);
    if (fo->trace) visit(fo->trace, arg);
    if (fo->frame && fo->frame->owner == frameowner::kFrameObject) visitOwnedFrame(fo->frame, visit, arg);
}

int frameClear(Object* o) {
    FrameObject* fo = asFrameObj(o);
    xdecref(std::exchange(fo->trace, nullptr));
    if (fo->frame && fo->frame->owner == frameowner::kFrameObject) {
        Object** lp = fo->frame->localsplus();
        for (int i = 0; i < fo->frame->stacktop; ++i) xdecref(std::exchange(lp[i], nullptr));
        fo->frame->stacktop = 0;
    }
    return 0;
}

std::int64_t frameSizeOf(const Object* o) {
    const FrameObject* fo = static_cast<const FrameObject*>(o);
    const CodeObject* co = fo->frame ? fo->frame->code : nullptr;
    const std::int64_t slots = co ? co->nlocalsplus + co->stacksize + kFrameSpecialsSize : kFrameSpecialsSize;
    return 48 + 8 * slots;
}

Object* frameRepr(Object* o) {
    FrameObject* fo = asFrameObj(o);
    Interpreter& interp = *o->type->interp;
    Frame* f = fo->frame;
    return newStrFromUtf8(interp, formatString("<frame at 0x%llx, file %s, line %d, code %s>",
                                               static_cast<unsigned long long>(o->addr), reprOf(f->code->filename).c_str(),
                                               f->lineNumber(), strToUtf8(f->code->name).c_str()))
        .release();
}

// --- attributes ---
Object* ret(Object* self, Object* v) {
    Object* r = v ? v : self->type->interp->none;
    incref(r);
    return r;
}
Object* getBack(Object* self) {
    Ref b = frameBack(vmOf(self), asFrameObj(self));
    return ret(self, b.get());
}
Object* getCode(Object* self) { return ret(self, asFrameObj(self)->frame->code); }
Object* getGlobals(Object* self) { return ret(self, asFrameObj(self)->frame->globals); }
Object* getBuiltins(Object* self) { return ret(self, asFrameObj(self)->frame->builtins); }
Object* getLocals(Object* self) {
    Frame* f = asFrameObj(self)->frame;
    Ref d = frameLocalsDict(vmOf(self), f);
    return d.release();
}
Object* getLineno(Object* self) { return newInt(*self->type->interp, asFrameObj(self)->frame->lineNumber()).release(); }
Object* getLasti(Object* self) {
    Frame* f = asFrameObj(self)->frame;
    return newInt(*self->type->interp, f->lastIndex() < 0 ? -1 : f->lastIndex() * 2).release();
}
Object* getTrace(Object* self) { return ret(self, asFrameObj(self)->trace); }
int setTrace(Object* self, Object* v) {
    if (v == self->type->interp->none) v = nullptr;
    xincref(v);
    xdecref(std::exchange(asFrameObj(self)->trace, v));
    return 0;
}

Object* frameClearMethod(Object* self, Object* const*, std::int64_t, Object*) {
    FrameObject* fo = asFrameObj(self);
    Interpreter& interp = *self->type->interp;
    if (fo->frame->owner == frameowner::kThread) {
        raiseError(interp, vmOf(interp).exc.RuntimeError, "cannot clear an executing frame");
        return nullptr;
    }
    if (fo->frame->owner == frameowner::kGenerator) {
        raiseError(interp, vmOf(interp).exc.RuntimeError, "cannot clear a suspended frame");
        return nullptr;
    }
    frameClear(self);
    incref(interp.none);
    return interp.none;
}

const GetSetDef kGetSets[] = {
    {"f_back", getBack},       {"f_code", getCode},         {"f_globals", getGlobals}, {"f_builtins", getBuiltins},
    {"f_locals", getLocals},   {"f_lineno", getLineno},     {"f_lasti", getLasti},     {"f_trace", getTrace, setTrace},
    {nullptr, nullptr, nullptr},
};
const MethodDef kMethods[] = {{"clear", frameClearMethod, meth::kNoArgs}, {nullptr, nullptr, 0}};

} // namespace

void clearFrame(VmState& vm, Frame* f) {
    if (Object* fo = f->frameObject) {
        f->frameObject = nullptr;
        if (fo->refcnt > 1) {
            takeOwnership(vm, asFrameObj(fo), f);
            decref(fo);
            return;
        }
        asFrameObj(fo)->frame = nullptr;
        decref(fo);
    }
    Object** lp = f->localsplus();
    for (int i = 0; i < f->stacktop; ++i) xdecref(std::exchange(lp[i], nullptr));
    f->stacktop = 0;
    xdecref(std::exchange(f->locals, nullptr));
    decref(std::exchange(f->func, nullptr));
    decref(std::exchange(f->code, nullptr));
}

Object* frameObjectOf(VmState& vm, Frame* f) {
    if (f->frameObject) return f->frameObject;
    Interpreter& interp = vm.interp;
    const CodeObject* co = f->code;
    const std::int64_t slots = co->nlocalsplus + co->stacksize + kFrameSpecialsSize;
    auto* fo = interp.newObject<FrameObject>(vm.types.frame, static_cast<std::uint64_t>(48 + 8 * slots));
    if (!fo) return nullptr;
    fo->frame = f;
    f->frameObject = fo;
    return fo;
}

Ref newOwnedFrameObject(VmState& vm, CodeObject* code, Object* globals) {
    const std::int64_t slots = code->nlocalsplus + code->stacksize + kFrameSpecialsSize;
    Ref fo = Ref(vm.interp.newObject<FrameObject>(vm.types.frame, static_cast<std::uint64_t>(48 + 8 * slots)));
    if (!fo) return Ref();
    auto* frameObj = static_cast<FrameObject*>(fo.get());
    frameObj->ownedData.assign(frameWords(code), nullptr);
    Frame* f = new (frameObj->ownedData.data()) Frame{.globals = globals, .builtins = globals, .code = code,
                                                       .prevInstr = code->quickened.data(), .stacktop = code->nlocalsplus};
    incref(code);
    f->owner = frameowner::kFrameObject;
    frameObj->frame = f;
    return fo;
}

namespace {
// A frame object for one of the runner's frames (kept by vm.extraRoots, as its running frame would),
// stopped at the call on `line` (main's exec(), the module's main()): its f_lineno and f_lasti.
Object* makeRunnerFrameObject(VmState& vm, Object* code, int line) {
    CodeObject* co = asCode(code);
    Ref frame = newOwnedFrameObject(vm, co, vm.builtinsDict);
    if (!frame) return nullptr;
    for (int i = 0, n = static_cast<int>(co->quickened.size()); i < n; ++i)
        if (co->lineForOffset(i * 2) == line && unitOpcode(co->quickened[static_cast<std::size_t>(i)]) == op::CALL)
            static_cast<FrameObject*>(frame.get())->frame->setLastIndex(i);
    vm.extraRoots.push_back(frame.get());
    return frame.release();
}
} // namespace

int frameGcStacktop(const VmState& vm, const Frame* f) {
    for (const Frame *above = nullptr, *cur = vm.currentFrame; cur; above = cur, cur = cur->previous)
        if (cur == f) return above && !above->isEntry && above->initSelf == nullptr ? f->stacktop : -1;
    return f->stacktop;
}

Object* runnerMainFrameObject(VmState& vm) {
    if (!vm.runnerMainFrame && vm.runnerMainCode) vm.runnerMainFrame = makeRunnerFrameObject(vm, vm.runnerMainCode, kRunnerExecLine);
    return vm.runnerMainFrame;
}

Ref frameBack(VmState& vm, FrameObject* fo) {
    if (fo->back) return Ref::borrowed(fo->back);
    if (fo == vm.runnerMainFrame) {
        if (!vm.runnerModuleFrame && vm.runnerModuleCode)
            vm.runnerModuleFrame = makeRunnerFrameObject(vm, vm.runnerModuleCode, kRunnerModuleLine);
        return Ref::borrowed(vm.runnerModuleFrame);
    }
    Frame* f = fo->frame;
    if (!f || f->owner == frameowner::kFrameObject) return Ref();
    Frame* prev = f->previous;
    while (prev && prev->isIncomplete()) prev = prev->previous;
    if (prev) return Ref::borrowed(frameObjectOf(vm, prev));
    if (vm.runnerMainReturned) return Ref();
    return Ref::borrowed(runnerMainFrameObject(vm));
}

bool isFrameObject(const Object* o) { return o->type == vmOf(o).types.frame; }

void visitFrameReferences(const Frame* f, VisitProc visit, void* arg) {
    visitOwnedFrame(f, visit, arg);
    // An inline __init__ frame's instance and args tuple (the C locals of type_call that hold them).
    if (f->initSelf) visit(f->initSelf, arg);
    if (f->initArgs) visit(f->initArgs, arg);
}

void initFrameType(Interpreter& interp, TypeObject& t) {
    t.dealloc = frameDealloc;
    t.traverse = frameTraverse;
    t.references = frameReferences;
    t.clear = frameClear;
    t.sizeOf = frameSizeOf;
    t.repr = frameRepr;
    t.label = [](const Object* o) {
        const auto* fo = static_cast<const FrameObject*>(o);
        return "<frame " + (fo->frame && fo->frame->code ? strToUtf8(fo->frame->code->name) : std::string("?")) + ">";
    };
    setHostDestructor<FrameObject>(t);
    addGetSets(interp, &t, kGetSets);
    addMethods(interp, &t, kMethods);
}

} // namespace hs
