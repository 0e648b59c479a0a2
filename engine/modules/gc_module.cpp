// The gc module (Modules/gcmodule.c of 3.11: enable ... get_freeze_count, garbage, callbacks,
// DEBUG_*), with 3.11's argument errors, and installGcHooks, which connects the collector to the
// VM (calls, unraisable reports, sys.stderr) and creates gc.garbage / gc.callbacks at startup.
#include "modules/module_registry.h"

#include "gc/collector.h"
#include "objects/builtin_function_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/unraisable.h"
#include "vm/vm_state.h"

#include <climits>

namespace hs {

namespace {

#define GCFN(name) Object* name(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames)

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
Object* none(Interpreter& interp) {
    incref(interp.none);
    return interp.none;
}
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }
void valueError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.ValueError, m); }
void overflowError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.OverflowError, m); }

// METH_NOARGS / METH_O checks with the module-qualified name 3.11 prints ("gc.enable() ...").
bool noArgs(Interpreter& interp, const char* name, std::int64_t nargs, Object* kwnames) {
    if (kwCount(kwnames) > 0) {
        typeError(interp, std::string("gc.") + name + "() takes no keyword arguments");
        return false;
    }
    if (nargs != 0) {
        typeError(interp, formatString("gc.%s() takes no arguments (%lld given)", name, static_cast<long long>(nargs)));
        return false;
    }
    return true;
}
bool oneArg(Interpreter& interp, const char* name, std::int64_t nargs, Object* kwnames) {
    if (kwCount(kwnames) > 0) {
        typeError(interp, std::string("gc.") + name + "() takes no keyword arguments");
        return false;
    }
    if (nargs != 1) {
        typeError(interp,
                  formatString("gc.%s() takes exactly one argument (%lld given)", name, static_cast<long long>(nargs)));
        return false;
    }
    return true;
}
// METH_VARARGS functions reject keywords with the bare name.
bool noKeywordsVarargs(Interpreter& interp, const char* name, Object* kwnames) {
    if (kwCount(kwnames) == 0) return true;
    typeError(interp, std::string(name) + "() takes no keyword arguments");
    return false;
}

// PyLong_AsLong through __index__: false with TypeError / OverflowError pending.
bool asCLong(Interpreter& interp, Object* o, std::int64_t& out) {
    Ref i = numberIndex(o);
    if (!i) return false;
    if (!intAsInt64(i.get(), out)) {
        overflowError(interp, "Python int too large to convert to C long");
        return false;
    }
    return true;
}
// PyArg_ParseTuple's "i".
bool parseIntArg(Interpreter& interp, Object* o, std::int64_t& out) {
    std::int64_t v = 0;
    if (!asCLong(interp, o, v)) return false;
    if (v > INT_MAX) {
        overflowError(interp, "signed integer is greater than maximum");
        return false;
    }
    if (v < INT_MIN) {
        overflowError(interp, "signed integer is less than minimum");
        return false;
    }
    out = v;
    return true;
}

// Py_BuildValue("(iii)", ...).
Object* intTriple(Interpreter& interp, std::int64_t a, std::int64_t b, std::int64_t c) {
    Ref x = newInt(interp, a), y = newInt(interp, b), z = newInt(interp, c);
    if (!x || !y || !z) return nullptr;
    return tuplePack(interp, {x.get(), y.get(), z.get()}).release();
}

// --- enable, disable, isenabled, collect ---

GCFN(gcEnable) {
    Interpreter& interp = interpOf(self);
    (void)args;
    if (!noArgs(interp, "enable", nargs, kwnames)) return nullptr;
    interp.gc().enabled = true;
    return none(interp);
}
GCFN(gcDisable) {
    Interpreter& interp = interpOf(self);
    (void)args;
    if (!noArgs(interp, "disable", nargs, kwnames)) return nullptr;
    interp.gc().enabled = false;
    return none(interp);
}
GCFN(gcIsEnabled) {
    Interpreter& interp = interpOf(self);
    (void)args;
    if (!noArgs(interp, "isenabled", nargs, kwnames)) return nullptr;
    return newBool(interp, interp.gc().enabled);
}

GCFN(gcCollect) {
    Interpreter& interp = interpOf(self);
    static const char* const kNames[] = {"generation"};
    ArgSpec spec{"collect", kNames, 1, 0, 0, 1};
    Object* a[1] = {};
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    int generation = GcState::kGenerations - 1;
    if (a[0] && !indexAsCInt(a[0], generation)) return nullptr;
    if (generation < 0 || generation >= GcState::kGenerations) {
        valueError(interp, "invalid generation");
        return nullptr;
    }
    const std::int64_t n = interp.collector().collectFromPython(generation);
    if (n == -1 && errOccurred(interp)) return nullptr;
    return newInt(interp, n).release();
}

// --- debug flags, thresholds, counts ---

GCFN(gcSetDebug) {
    Interpreter& interp = interpOf(self);
    if (!oneArg(interp, "set_debug", nargs, kwnames)) return nullptr;
    int flags = 0;
    if (!indexAsCInt(args[0], flags)) return nullptr;
    interp.gc().debug = flags;
    return none(interp);
}
GCFN(gcGetDebug) {
    Interpreter& interp = interpOf(self);
    (void)args;
    if (!noArgs(interp, "get_debug", nargs, kwnames)) return nullptr;
    return newInt(interp, interp.gc().debug).release();
}

GCFN(gcSetThreshold) {
    Interpreter& interp = interpOf(self);
    if (!noKeywordsVarargs(interp, "set_threshold", kwnames)) return nullptr;
    // METH_VARARGS: the arguments arrive as a tuple (allocated as CPython does).
    Ref argTuple = tupleFromArray(interp, args, nargs);
    if (!argTuple) return nullptr;
    if (nargs < 1) {
        typeError(interp, formatString("set_threshold() takes at least 1 argument (%lld given)", static_cast<long long>(nargs)));
        return nullptr;
    }
    if (nargs > 3) {
        typeError(interp, formatString("set_threshold() takes at most 3 arguments (%lld given)", static_cast<long long>(nargs)));
        return nullptr;
    }
    // PyArg_ParseTuple stores each threshold as soon as it is converted.
    for (std::int64_t i = 0; i < nargs; ++i) {
        std::int64_t v = 0;
        if (!parseIntArg(interp, tupleItem(argTuple.get(), i), v)) return nullptr;
        interp.gc().generations[i].threshold = v;
    }
    return none(interp);
}
GCFN(gcGetThreshold) {
    Interpreter& interp = interpOf(self);
    (void)args;
    if (!noArgs(interp, "get_threshold", nargs, kwnames)) return nullptr;
    const GcState& gc = interp.gc();
    return intTriple(interp, gc.generations[0].threshold, gc.generations[1].threshold, gc.generations[2].threshold);
}
GCFN(gcGetCount) {
    Interpreter& interp = interpOf(self);
    (void)args;
    if (!noArgs(interp, "get_count", nargs, kwnames)) return nullptr;
    // Read before the result tuple (and its ints) are allocated.
    const GcState& gc = interp.gc();
    const std::int64_t c0 = gc.generations[0].count, c1 = gc.generations[1].count, c2 = gc.generations[2].count;
    return intTriple(interp, c0, c1, c2);
}

// --- referrers, referents, objects, stats ---

struct ReferrersArg {
    Object* const* objs;
    std::int64_t n;
};
int referrersVisit(Object* obj, void* arg) {
    auto* a = static_cast<ReferrersArg*>(arg);
    for (std::int64_t i = 0; i < a->n; ++i)
        if (a->objs[i] == obj) return 1;
    return 0;
}
int referentsVisit(Object* obj, void* list) { return listAppend(static_cast<Object*>(list), obj) < 0; }

GCFN(gcGetReferrers) {
    Interpreter& interp = interpOf(self);
    if (!noKeywordsVarargs(interp, "get_referrers", kwnames)) return nullptr;
    Ref objs = tupleFromArray(interp, args, nargs);
    if (!objs) return nullptr;
    Ref result = newList(interp, 0);
    if (!result) return nullptr;
    ReferrersArg a{args, nargs};
    GcState& gc = interp.gc();
    for (int i = 0; i < GcState::kGenerations; ++i) {
        GcHead* list = gc.listOf(i);
        for (GcHead* g = list->nextHead(); g != list; g = g->nextHead()) {
            Object* obj = objectOf(g);
            if (obj == objs.get() || obj == result.get()) continue;
            auto traverse = obj->type->traverse;
            if (traverse && traverse(obj, referrersVisit, &a))
                if (listAppend(result.get(), obj) < 0) return nullptr;
        }
    }
    return result.release();
}

GCFN(gcGetReferents) {
    Interpreter& interp = interpOf(self);
    if (!noKeywordsVarargs(interp, "get_referents", kwnames)) return nullptr;
    Ref objs = tupleFromArray(interp, args, nargs);
    if (!objs) return nullptr;
    Ref result = newList(interp, 0);
    if (!result) return nullptr;
    for (std::int64_t i = 0; i < nargs; ++i) {
        Object* obj = args[i];
        if (!isGcObject(obj)) continue;
        auto traverse = obj->type->traverse;
        if (!traverse) continue;
        if (traverse(obj, referentsVisit, result.get())) return nullptr;
    }
    return result.release();
}

GCFN(gcGetObjects) {
    Interpreter& interp = interpOf(self);
    static const char* const kNames[] = {"generation"};
    ArgSpec spec{"get_objects", kNames, 1, 0, 0, 1};
    Object* a[1] = {};
    if (!unpackParserArgs(interp, spec, "gc.get_objects", args, nargs, kwnames, a)) return nullptr;
    std::int64_t generation = -1;
    if (a[0] && a[0] != interp.none) {
        if (!hasIndex(a[0])) {
            typeError(interp, "argument should be integer or None, not '" + a[0]->type->name + "'");
            return nullptr;
        }
        if (!indexAsInt64(a[0], generation, vmOf(interp).exc.OverflowError)) return nullptr;
    }
    Ref result = newList(interp, 0);
    if (!result) return nullptr;
    auto append = [&](int i) {
        GcHead* list = interp.gc().listOf(i);
        for (GcHead* g = list->nextHead(); g != list; g = g->nextHead()) {
            Object* op = objectOf(g);
            if (op != result.get() && listAppend(result.get(), op) < 0) return false;
        }
        return true;
    };
    if (generation != -1) {
        if (generation >= GcState::kGenerations) {
            valueError(interp, "generation parameter must be less than the number of available generations (3)");
            return nullptr;
        }
        if (generation < 0) {
            valueError(interp, "generation parameter cannot be negative");
            return nullptr;
        }
        if (!append(static_cast<int>(generation))) return nullptr;
        return result.release();
    }
    for (int i = 0; i < GcState::kGenerations; ++i)
        if (!append(i)) return nullptr;
    return result.release();
}

GCFN(gcGetStats) {
    Interpreter& interp = interpOf(self);
    (void)args;
    if (!noArgs(interp, "get_stats", nargs, kwnames)) return nullptr;
    // A copy first: building the result allocates.
    GcGenerationStats stats[GcState::kGenerations];
    for (int i = 0; i < GcState::kGenerations; ++i) stats[i] = interp.gc().stats[i];
    Ref result = newList(interp, 0);
    if (!result) return nullptr;
    for (const GcGenerationStats& st : stats) {
        Ref d = newDict(interp);
        if (!d) return nullptr;
        const std::pair<const char*, std::int64_t> items[] = {
            {"collections", st.collections}, {"collected", st.collected}, {"uncollectable", st.uncollectable}};
        for (const auto& [key, value] : items) {
            Ref k = newStrFromUtf8(interp, key);
            Ref v = newInt(interp, value);
            if (!k || !v || dictSetItem(d.get(), k.get(), v.get()) < 0) return nullptr;
        }
        if (listAppend(result.get(), d.get()) < 0) return nullptr;
    }
    return result.release();
}

// --- is_tracked, is_finalized, freeze ---

GCFN(gcIsTracked) {
    Interpreter& interp = interpOf(self);
    if (!oneArg(interp, "is_tracked", nargs, kwnames)) return nullptr;
    Object* o = args[0];
    return newBool(interp, isGcObject(o) && gcHeadOf(o)->tracked());
}
GCFN(gcIsFinalized) {
    Interpreter& interp = interpOf(self);
    if (!oneArg(interp, "is_finalized", nargs, kwnames)) return nullptr;
    Object* o = args[0];
    return newBool(interp, isGcObject(o) && gcHeadOf(o)->finalized());
}
GCFN(gcFreeze) {
    Interpreter& interp = interpOf(self);
    (void)args;
    if (!noArgs(interp, "freeze", nargs, kwnames)) return nullptr;
    GcState& gc = interp.gc();
    for (int i = 0; i < GcState::kGenerations; ++i) {
        gclist::merge(gc.listOf(i), gc.listOf(GcState::kPermanent));
        gc.generations[i].count = 0;
    }
    gc.startupObjectsFrozen = true;
    ++interp.version;
    return none(interp);
}
GCFN(gcUnfreeze) {
    Interpreter& interp = interpOf(self);
    (void)args;
    if (!noArgs(interp, "unfreeze", nargs, kwnames)) return nullptr;
    GcState& gc = interp.gc();
    gclist::merge(gc.listOf(GcState::kPermanent), gc.listOf(GcState::kGenerations - 1));
    gc.startupObjectsFrozen = false;
    ++interp.version;
    return none(interp);
}
GCFN(gcGetFreezeCount) {
    Interpreter& interp = interpOf(self);
    (void)args;
    if (!noArgs(interp, "get_freeze_count", nargs, kwnames)) return nullptr;
    GcState& gc = interp.gc();
    return newInt(interp, gclist::size(gc.listOf(GcState::kPermanent)) + gc.startupObjectsIn(GcState::kPermanent)).release();
}

constexpr int kAny = meth::kFastcall | meth::kKeywords; // each function checks its own arguments

const MethodDef kFunctions[] = {
    {"enable", gcEnable, kAny, "Enable automatic garbage collection."},
    {"disable", gcDisable, kAny, "Disable automatic garbage collection."},
    {"isenabled", gcIsEnabled, kAny, "Returns true if automatic garbage collection is enabled."},
    {"set_debug", gcSetDebug, kAny, "Set the garbage collection debugging flags."},
    {"get_debug", gcGetDebug, kAny, "Get the garbage collection debugging flags."},
    {"get_count", gcGetCount, kAny, "Return a three-tuple of the current collection counts."},
    {"set_threshold", gcSetThreshold, kAny,
     "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting "
     "threshold0 to zero disables\ncollection.\n"},
    {"get_threshold", gcGetThreshold, kAny, "Return the current collection thresholds."},
    {"collect", gcCollect, kAny, "Run the garbage collector."},
    {"get_objects", gcGetObjects, kAny, "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_stats", gcGetStats, kAny, "Return a list of dictionaries containing per-generation statistics."},
    {"is_tracked", gcIsTracked, kAny, "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gcIsFinalized, kAny, "Returns true if the object has been already finalized by the GC."},
    {"get_referrers", gcGetReferrers, kAny, "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs."},
    {"get_referents", gcGetReferents, kAny, "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs."},
    {"freeze", gcFreeze, kAny, "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gcUnfreeze, kAny, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gcGetFreezeCount, kAny, "Return the number of objects in the permanent generation."},
    {nullptr, nullptr, 0},
};

#undef GCFN

} // namespace

void installGcHooks(Interpreter& interp) {
    GcState& gc = interp.gc();
    // _PyGC_Init: the two lists exist from startup.
    if (gc.garbage == nullptr) gc.garbage = newList(interp, 0).release();
    if (gc.callbacks == nullptr) gc.callbacks = newList(interp, 0).release();
    Interpreter* ip = &interp;
    gc.hooks.call = [](Object* callable, Object* const* args, std::int64_t nargs) -> Object* {
        return call(callable, args, nargs).release();
    };
    gc.hooks.writeUnraisable = [ip](const char* message, Object* obj) { writeUnraisable(*ip, obj, message); };
    gc.hooks.writeStderr = [ip](std::string_view text) { writeSysStderr(*ip, text); };
}

Object* createGcModule(Interpreter& interp) {
    Ref module = newModule(interp, "gc");
    if (!module) return nullptr;
    Ref modName = internName(interp, "gc");
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        // PyModule_AddFunctions: the module dict keeps the only reference.
        Object* fn = newStaticBuiltinFunction(interp, def, module.get(), modName.get());
        moduleAddObject(module.get(), def->name, fn);
        decref(fn);
    }
    GcState& gc = interp.gc();
    if (gc.garbage == nullptr || gc.callbacks == nullptr) installGcHooks(interp);
    moduleAddObject(module.get(), "garbage", gc.garbage);
    moduleAddObject(module.get(), "callbacks", gc.callbacks);
    const std::pair<const char*, int> constants[] = {
        {"DEBUG_STATS", gcdebug::kStats},         {"DEBUG_COLLECTABLE", gcdebug::kCollectable},
        {"DEBUG_UNCOLLECTABLE", gcdebug::kUncollectable}, {"DEBUG_SAVEALL", gcdebug::kSaveAll},
        {"DEBUG_LEAK", gcdebug::kLeak},
    };
    for (const auto& [name, value] : constants) {
        Ref v = newInt(interp, value);
        moduleAddObject(module.get(), name, v.get());
    }
    return module.release();
}

} // namespace hs
