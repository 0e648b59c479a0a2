// LOAD_GLOBAL's inline cache: per instruction, where the name was found last time, valid while the
// layout stamps of the globals' (and builtins') keys tables are unchanged (CPython 3.11's
// LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN keyed on dk_version). Results equal the plain lookups.
#include "runtime/errors.h"
#include "vm/eval_internal.h"

#include <memory>
#include <vector>

namespace hs {

namespace {

#if defined(__GNUC__) || defined(__clang__)
#define HS_NOINLINE __attribute__((noinline))
#else
#define HS_NOINLINE
#endif

HS_NOINLINE CodeVmCaches* makeCaches(CodeObject* co) {
    auto made = std::make_shared<CodeVmCaches>();
    made->globals.resize(co->code.size());
    CodeVmCaches* caches = made.get();
    co->vmData = std::move(made);
    return caches;
}

} // namespace

namespace {

// The plain lookups (globals, then builtins), recording where the name was found.
HS_NOINLINE Object* loadGlobalSlow(VmState& vm, Frame* frame, GlobalCacheEntry& e, Object* name) {
    Interpreter& interp = vm.interp;
    std::int64_t index = -1;
    Object* v = dictGetItemWithIndex(frame->globals, name, &index);
    if (v) {
        DictKeys* gk = cacheableKeys(interp, frame->globals);
        if (gk && index >= 0) e = GlobalCacheEntry{gk->layoutStamp, 0, index, GlobalHit::Module};
        return v;
    }
    if (errOccurred(interp)) return nullptr;
    v = dictGetItemWithIndex(frame->builtins, name, &index);
    if (!v) {
        if (!errOccurred(interp)) raiseNameErrorFor(vm, name);
        return nullptr;
    }
    DictKeys* gk = cacheableKeys(interp, frame->globals);
    DictKeys* bk = cacheableKeys(interp, frame->builtins);
    if (gk && bk && index >= 0) e = GlobalCacheEntry{gk->layoutStamp, bk->layoutStamp, index, GlobalHit::Builtin};
    return v;
}

} // namespace

Object* loadGlobalMiss(VmState& vm, Frame* frame, int instr, Object* name) {
    CodeVmCaches* caches = static_cast<CodeVmCaches*>(frame->code->vmData.get());
    if (caches == nullptr) caches = makeCaches(frame->code);
    return loadGlobalSlow(vm, frame, caches->globals[static_cast<std::size_t>(instr)], name);
}

} // namespace hs
