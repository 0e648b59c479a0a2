// The reference runner's first-cell state (runtime/startup_state.h), from measurements with
// python3.11 (3.11.7) and tools/cpython_cells.py (objects/static_refcounts.h, objects/startup_refcounts.h).
#include "runtime/startup_state.h"

#include "gc/gc_list.h"
#include "gc/gc_state.h"
#include "objects/builtin_function_object.h"
#include "objects/dict_object.h"
#include "objects/startup_refcounts.h"
#include "objects/static_refcounts.h"
#include "objects/str_object.h"
#include "objects/type_object.h"
#include "runtime/interpreter.h"
#include "vm/vm_state.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace hs {

void startCollectorAsCpythonFirstCell(Interpreter& interp) {
    // gc.get_stats() as a first cell's first statement: the collections of startup, site and the
    // runner's imports, then the runner's own full collection; len(gc.get_objects(2)) there.
    constexpr GcGenerationStats kStatsAtFirstCell[GcState::kGenerations] = {{23, 43, 0}, {2, 92, 0}, {1, 24, 0}};
    constexpr std::int64_t kGeneration2AtFirstCell = 11425;
    GcState& gc = interp.gc();
    for (int i = 0; i < GcState::kGenerations; ++i) gc.stats[i] = kStatsAtFirstCell[i];
    const std::int64_t own = gclist::size(gc.listOf(GcState::kGenerations - 1));
    gc.startupObjects = own < kGeneration2AtFirstCell ? kGeneration2AtFirstCell - own : 0;
    gc.longLivedTotal += gc.startupObjects;
}

void forEachMeasuredStatic(Interpreter& interp, const std::function<void(Object*, std::int64_t)>& fn) {
    namespace measured = static_refcounts;
    for (std::int64_t v = Interpreter::kSmallIntMin; v <= Interpreter::kSmallIntMax; ++v)
        fn(interp.smallInt(v), measured::kSmallInts[v - Interpreter::kSmallIntMin]);
    for (int c = 0; c < 256; ++c) fn(interp.latin1Chars[c], measured::kLatin1Chars[c]);
    for (std::size_t i = 0; i < interp.internedStatics.size(); ++i)
        fn(interp.internedStatics[i], measured::kInternedStatics[i].refcnt);
    fn(interp.none, measured::kNone);
    fn(interp.trueObj, measured::kTrue);
    fn(interp.falseObj, measured::kFalse);
    fn(interp.ellipsis, measured::kEllipsis);
    fn(interp.notImplemented, measured::kNotImplemented);
    fn(interp.emptyTuple, measured::kEmptyTuple);
    fn(interp.emptyStr, measured::kEmptyStr);
    fn(interp.emptyBytes, measured::kEmptyBytes);
    for (Object* s : interp.statics()) {
        if (s->type != interp.types.type) continue;
        const auto* t = static_cast<const TypeObject*>(s);
        for (const auto& entry : measured::kTypes)
            if (t->name == entry.name) fn(s, entry.refcnt);
    }
}

void forEachMeasuredBuiltin(Interpreter& interp, const std::function<void(Object*, std::int64_t)>& fn) {
    const VmState& vm = vmOf(interp);
    for (const auto& entry : static_refcounts::kModuleFunctions) {
        Object* dict = std::string_view(entry.module) == "sys" ? vm.sysDict : vm.builtinsDict;
        Object* name = findInterned(interp, entry.name);
        Object* f = dict && name ? dictGetItem(dict, name) : nullptr;
        if (f && isBuiltinFunction(f)) fn(f, entry.refcnt);
    }
}

namespace {

// o's count in vm.startupReferences, or null.
std::int64_t* startupReferencesOf(VmState& vm, Object* o) {
    for (auto& [obj, n] : vm.startupReferences)
        if (obj == o) return &n;
    return nullptr;
}

} // namespace

void settleStaticRefcountsAsCpythonFirstCell(Interpreter& interp) {
    forEachMeasuredStatic(interp, [](Object* o, std::int64_t measured) { o->refcnt = measured; });
    VmState& vm = vmOf(interp);
    forEachMeasuredBuiltin(interp, [&vm](Object* f, std::int64_t measured) {
        const std::int64_t lacking = measured - f->refcnt;
        if (lacking <= 0) return;
        f->refcnt += lacking;
        if (std::int64_t* n = startupReferencesOf(vm, f)) *n += lacking;
        else vm.startupReferences.emplace_back(f, lacking);
    });
}

MeasuredStaticRefcounts::MeasuredStaticRefcounts(Interpreter& interp) : m_interp(interp) {
    forEachMeasuredStatic(interp, [this](Object* o, std::int64_t) { m_saved.emplace_back(o, o->refcnt); });
    forEachMeasuredBuiltin(interp, [this](Object* f, std::int64_t) { m_savedBuiltins.emplace_back(f, f->refcnt); });
}

void MeasuredStaticRefcounts::restore() const {
    for (const auto& [o, refcnt] : m_saved) o->refcnt = refcnt;
    VmState& vm = vmOf(m_interp);
    for (const auto& [f, refcnt] : m_savedBuiltins) {
        std::int64_t* startup = startupReferencesOf(vm, f);
        const std::int64_t replaced = startup ? std::min(f->refcnt - refcnt, *startup) : 0;
        if (replaced <= 0) continue;
        *startup -= replaced;
        f->refcnt -= replaced;
    }
}

} // namespace hs
