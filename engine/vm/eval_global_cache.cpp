// The name caches of the eval loop: LOAD_GLOBAL's (CPython 3.11's LOAD_GLOBAL_MODULE / _BUILTIN keyed
// on dk_version) and LOAD_NAME / STORE_NAME's, valid while the layout stamps of the keys tables they
// were derived from are unchanged. Results equal the plain lookups.
#include "objects/str_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
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
    co->globalCaches = caches->globals.data();
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
        if (gk && index >= 0) e = GlobalCacheEntry{gk->layoutStamp, 0, index, &gk->entries()[index], GlobalHit::Module};
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
    if (gk && bk && index >= 0) e = GlobalCacheEntry{gk->layoutStamp, bk->layoutStamp, index, &bk->entries()[index], GlobalHit::Builtin};
    return v;
}

} // namespace

namespace {

// LOAD_GLOBAL's slow path when the globals or the builtins are not exact dicts: PyObject_GetItem
// on each; a KeyError from the globals means "try the builtins", one from the builtins becomes the
// NameError (format_exc_check_arg clears it first: no chaining). New reference.
HS_NOINLINE Object* loadGlobalFromMappings(VmState& vm, Frame* frame, Object* name) {
    Interpreter& interp = vm.interp;
    if (Ref v = getItem(frame->globals, name)) return v.release();
    if (!errMatches(interp, vm.exc.KeyError)) return nullptr;
    clearError(interp);
    if (Ref v = getItem(frame->builtins, name)) return v.release();
    if (errMatches(interp, vm.exc.KeyError)) {
        clearError(interp);
        raiseNameErrorFor(vm, name);
    }
    return nullptr;
}

} // namespace

Object* loadGlobalMiss(VmState& vm, Frame* frame, int instr, Object* name) {
    if (!isDictExact(frame->globals) || !isDictExact(frame->builtins)) return loadGlobalFromMappings(vm, frame, name);
    CodeVmCaches* caches = static_cast<CodeVmCaches*>(frame->code->vmData.get());
    if (caches == nullptr) caches = makeCaches(frame->code);
    Object* v = loadGlobalSlow(vm, frame, caches->globals[static_cast<std::size_t>(instr)], name);
    xincref(v);
    return v;
}

namespace {

NameCacheEntry& nameEntry(Frame* frame, int instr) {
    CodeVmCaches* caches = static_cast<CodeVmCaches*>(frame->code->vmData.get());
    if (caches == nullptr) caches = makeCaches(frame->code);
    if (frame->code->nameCaches == nullptr) {
        caches->names.resize(frame->code->code.size());
        frame->code->nameCaches = caches->names.data();
    }
    return caches->names[static_cast<std::size_t>(instr)];
}

} // namespace

Object* loadNameMiss(VmState& vm, Frame* frame, int instr, Object* name) {
    Interpreter& interp = vm.interp;
    NameCacheEntry& e = nameEntry(frame, instr);
    e = NameCacheEntry{};
    std::int64_t index = -1;
    Object* v = dictGetItemWithIndex(frame->locals, name, &index);
    DictKeys* lk = cacheableKeys(interp, frame->locals);
    if (v) {
        if (lk && index >= 0) e = NameCacheEntry::localsHit(lk->layoutStamp, index);
        return v;
    }
    if (errOccurred(interp)) return nullptr;
    // The name is absent from the locals (provably so while their stamp holds, for exact str names
    // only); the rest is LOAD_GLOBAL's lookup, whose record carries over.
    if (!isExactStr(name)) lk = nullptr;
    GlobalCacheEntry found;
    v = loadGlobalSlow(vm, frame, found, name);
    if (v && lk && found.hit != GlobalHit::None) {
        const NameHit hit = found.hit == GlobalHit::Module ? NameHit::Globals : NameHit::Builtins;
        e = NameCacheEntry{lk->layoutStamp, found.globalsStamp, found.builtinsStamp, found.index, hit};
    }
    return v;
}

int storeNameMiss(VmState& vm, Frame* frame, int instr, Object* name, Object* v) {
    const int err = dictSetItem(frame->locals, name, v);
    decref(v);
    if (err != 0) return -1;
    NameCacheEntry& e = nameEntry(frame, instr);
    e = NameCacheEntry{};
    std::int64_t index = -1;
    // The entry just written (a lookup of an exact str in a unicode table runs no user code).
    if (DictKeys* lk = cacheableKeys(vm.interp, frame->locals); lk && isExactStr(name)) {
        if (dictGetItemWithIndex(frame->locals, name, &index) && index >= 0)
            e = NameCacheEntry::localsHit(lk->layoutStamp, index);
    }
    return 0;
}

} // namespace hs
