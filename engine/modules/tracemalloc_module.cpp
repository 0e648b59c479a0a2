// The _tracemalloc module (Modules/_tracemalloc.c) over the interpreter's tracer
// (runtime/tracemalloc.h); tracemalloc.py, CPython's own, is frozen on top of it.
#include "modules/module_registry.h"
#include "modules/preload_scope.h"

#include "objects/builtin_function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/tuple_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/tracemalloc.h"
#include "vm/vm_state.h"

#include <algorithm>
#include <climits>

namespace hs {

namespace {

// MAX_NFRAME: a traceback_t's nframe is a uint16_t.
constexpr std::int64_t kMaxFrames = 65535;

Object* none(Interpreter& interp) {
    incref(interp.none);
    return interp.none;
}

Object* tmIsTracing(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = vmOf(self).interp;
    Object* r = interp.tracing() ? interp.trueObj : interp.falseObj;
    incref(r);
    return r;
}

// start(nframe=1, /): a no-op while tracing (the limit is kept); the tables are not cleared.
Object* tmStart(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    VmState& vm = vmOf(self);
    Interpreter& interp = vm.interp;
    if (!checkPositional(interp, "start", nargs, 0, 1)) return nullptr;
    std::int64_t n = 1;
    if (nargs == 1) {
        if (args[0]->type == interp.types.float_) {
            raiseError(interp, vm.exc.TypeError, "'float' object cannot be interpreted as an integer");
            return nullptr;
        }
        if (!indexAsInt64(args[0], n, vm.exc.OverflowError)) return nullptr;
        if (n > INT_MAX || n < INT_MIN) {
            raiseError(interp, vm.exc.OverflowError, "Python int too large to convert to C int");
            return nullptr;
        }
    }
    if (n < 1 || n > kMaxFrames) {
        raiseError(interp, vm.exc.ValueError, "the number of frames must be in range [1; 65535]");
        return nullptr;
    }
    if (!interp.tracing()) {
        interp.tracer().setMaxFrames(static_cast<int>(n));
        interp.setTracing(true);
    }
    return none(interp);
}

// stop(): tracing off, then the traces, tracebacks and filenames cleared.
Object* tmStop(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = vmOf(self).interp;
    if (interp.tracing()) {
        interp.setTracing(false);
        interp.tracer().clear();
    }
    return none(interp);
}

Object* tmClearTraces(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = vmOf(self).interp;
    if (interp.tracing()) {
        interp.tracer().clear();
    }
    return none(interp);
}

Object* tmGetTracebackLimit(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = vmOf(self).interp;
    return newInt(interp, interp.existingTracer() ? interp.existingTracer()->maxFrames() : 1).release();
}

// get_traced_memory(): (traced, peak), read before the result is allocated; (0, 0) when off.
Object* tmGetTracedMemory(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = vmOf(self).interp;
    std::int64_t traced = 0, peak = 0;
    if (interp.tracing()) {
        traced = static_cast<std::int64_t>(interp.tracer().traced());
        peak = static_cast<std::int64_t>(interp.tracer().peak());
    }
    Ref a = newInt(interp, traced);
    Ref b = a ? newInt(interp, peak) : Ref();
    if (!b) return nullptr;
    return tuplePack(interp, {a.get(), b.get()}).release();
}

Object* tmResetPeak(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = vmOf(self).interp;
    if (interp.tracing()) interp.tracer().resetPeak();
    return none(interp);
}

// traceback_to_pyobject: ((filename, lineno), ...), most recent frame first.
Ref tracebackTuple(Interpreter& interp, const TraceTraceback& tb) {
    Ref t = newTuple(interp, static_cast<std::int64_t>(tb.frames.size()));
    if (!t) return t;
    for (std::size_t i = 0; i < tb.frames.size(); ++i) {
        Ref line = newInt(interp, tb.frames[i].lineno);
        Ref frame = line ? tuplePack(interp, {tb.frames[i].filename, line.get()}) : Ref();
        if (!frame) return Ref();
        tupleSetItemSteal(t.get(), static_cast<std::int64_t>(i), frame.release());
    }
    return t;
}

// _get_traces(): [(domain, size, traceback, total_nframe), ...]. The list itself is traced; its
// content is built untraced (set_reentrant(1)), one tuple per traceback shared by its traces.
Object* tmGetTraces(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = vmOf(self).interp;
    Ref list = newList(interp, 0);
    if (!list || !interp.tracing()) return list.release();
    Tracer& tracer = interp.tracer();
    // A copy (tracemalloc_copy_traces), in address order so that every platform lists the same.
    std::vector<std::pair<Addr, Trace>> traces(tracer.traces().begin(), tracer.traces().end());
    std::sort(traces.begin(), traces.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Ref> tuples(tracer.tracebacks().size());
    interp.suspendTracing();
    bool ok = true;
    for (const auto& [addr, trace] : traces) {
        Ref& tb = tuples[trace.traceback];
        const TraceTraceback& data = tracer.tracebacks()[trace.traceback];
        if (!tb) tb = tracebackTuple(interp, data);
        Ref domain = newInt(interp, 0);
        Ref size = newInt(interp, static_cast<std::int64_t>(trace.size));
        Ref total = newInt(interp, data.totalFrames);
        Ref item = (tb && domain && size && total) ? tuplePack(interp, {domain.get(), size.get(), tb.get(), total.get()}) : Ref();
        if (!item || listAppend(list.get(), item.get()) < 0) {
            ok = false;
            break;
        }
    }
    interp.resumeTracing();
    return ok ? list.release() : nullptr;
}

// _get_object_traceback(obj): the trace of the block at obj, or at obj minus one PyGC_Head for a
// GC type (3.11 ignores a managed dict's pre-header: instances of plain classes give None).
Object* tmGetObjectTraceback(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = vmOf(self).interp;
    Object* obj = args[0];
    if (!interp.tracing()) return none(interp);
    const Addr p = obj->addr - (obj->type->isGc() ? 16 : 0);
    const Trace* trace = interp.tracer().find(p);
    if (!trace) return none(interp);
    return tracebackTuple(interp, interp.tracer().tracebacks()[trace->traceback]).release();
}

// get_tracemalloc_memory() is left out: CPython's answer is the size of its C hash tables, which
// the tracer does not model.
const MethodDef kFunctions[] = {
    {"is_tracing", tmIsTracing, meth::kNoArgs},
    {"clear_traces", tmClearTraces, meth::kNoArgs},
    {"_get_traces", tmGetTraces, meth::kNoArgs},
    {"_get_object_traceback", tmGetObjectTraceback, meth::kO},
    {"start", tmStart, meth::kFastcall},
    {"stop", tmStop, meth::kNoArgs},
    {"get_traceback_limit", tmGetTracebackLimit, meth::kNoArgs},
    {"get_traced_memory", tmGetTracedMemory, meth::kNoArgs},
    {"reset_peak", tmResetPeak, meth::kNoArgs},
    {nullptr, nullptr, 0},
};

} // namespace

Object* createTracemallocBuiltinModule(Interpreter& interp) {
    PreloadScope preload(interp);
    Ref module = newModule(interp, "_tracemalloc");
    if (!module) return nullptr;
    Ref modName = internName(interp, "_tracemalloc");
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, module.get(), modName.get());
        moduleAddObject(module.get(), def->name, fn.get());
    }
    interp.tracer(); // tracemalloc_init: the tables exist from startup in CPython
    return module.release();
}

} // namespace hs
