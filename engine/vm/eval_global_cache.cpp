// LOAD_GLOBAL's inline cache: per instruction, where the name was found last time, valid while the
// layout stamps of the globals' (and builtins') keys tables are unchanged (CPython 3.11's
// LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN keyed on dk_version). Results equal the plain lookups.
#include "objects/dict_keys.h"
#include "objects/dict_object.h"
#include "runtime/errors.h"
#include "vm/eval_internal.h"

#include <memory>
#include <vector>

namespace hs {

namespace {

enum class GlobalHit : std::uint8_t { None, Module, Builtin };

struct GlobalCacheEntry {
    std::uint64_t globalsStamp = 0;
    std::uint64_t builtinsStamp = 0;
    std::int64_t index = 0; // entry index in the globals (Module) or builtins (Builtin) table
    GlobalHit hit = GlobalHit::None;
};

// CodeObject::vmData: one entry per code unit (only LOAD_GLOBAL units are used).
struct CodeVmCaches {
    std::vector<GlobalCacheEntry> globals;
};

// The keys of an exact dict with a combined unicode table (whose lookups of exact str keys run no
// user code, so skipping them is unobservable), else nullptr.
inline DictKeys* cacheableKeys(Interpreter& interp, Object* d) {
    if (d == nullptr || d->type != interp.types.dict) return nullptr;
    auto* mp = static_cast<DictObject*>(d);
    if (mp->values != nullptr || !mp->keys->isUnicode()) return nullptr;
    return mp->keys;
}

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

inline GlobalCacheEntry& cacheEntry(CodeObject* co, int instr) {
    auto* caches = static_cast<CodeVmCaches*>(co->vmData.get());
    if (caches == nullptr) caches = makeCaches(co);
    return caches->globals[static_cast<std::size_t>(instr)];
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

Object* loadGlobalCached(VmState& vm, Frame* frame, int instr, Object* name) {
    GlobalCacheEntry& e = cacheEntry(frame->code, instr);
    if (e.hit != GlobalHit::None) {
        DictKeys* gk = cacheableKeys(vm.interp, frame->globals);
        if (gk && gk->layoutStamp == e.globalsStamp) {
            Object* v = nullptr;
            if (e.hit == GlobalHit::Module) {
                v = gk->entries()[e.index].value;
            } else if (DictKeys* bk = cacheableKeys(vm.interp, frame->builtins); bk && bk->layoutStamp == e.builtinsStamp) {
                v = bk->entries()[e.index].value;
            }
            if (v) return v;
        }
    }
    return loadGlobalSlow(vm, frame, e, name);
}

} // namespace hs
