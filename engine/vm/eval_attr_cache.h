// The attribute instructions' inline caches (CPython 3.11's LOAD_ATTR_INSTANCE_VALUE, STORE_ATTR_INSTANCE_VALUE,
// LOAD_ATTR_MODULE, LOAD_METHOD_WITH_VALUES / _NO_DICT / _MODULE): fast paths that give the generic paths' results.
#pragma once

#include "objects/class_object.h"
#include "gc/gc_state.h"
#include "objects/module_object.h"
#include "vm/code_object.h"
#include "vm/eval_internal.h"

namespace hs {

// Which generic path ran: what the site may be specialised for.
enum class AttrOp : std::uint8_t { Load, Store, Method };

// The cache of the attribute instruction at code unit `instr`, or nullptr before the code's first
// generic attribute access (no cache, nothing to check).
inline AttrSiteCache* attrSite(CodeObject* co, int instr) {
    return co->attrCaches.empty() ? nullptr : &co->attrCaches[static_cast<std::size_t>(instr)];
}

// Called after the generic path of the site succeeded (owner still alive): records what a later
// execution may skip, when the owner's type allows it (see AttrSiteCache). Runs no Python code.
void specialiseAttrSite(VmState& vm, CodeObject* co, int instr, Object* owner, Object* name, AttrOp op);

// The entry holds for `owner`'s type: same exact type, no type changed, created or freed since.
inline bool attrSiteHolds(Interpreter& interp, const AttrSiteCache& c, const Object* owner) {
    return owner->type == c.type && c.epoch == interp.typeAttrCache.epoch();
}

// kModuleAttr's value: the module dict's entry while its keys' layout is unchanged (borrowed; null
// = deleted or moved: the generic path decides).
inline Object* moduleAttrCached(Interpreter& interp, const AttrSiteCache& c, Object* module) {
    DictKeys* keys = cacheableKeys(interp, moduleDict(module));
    if (!keys || keys->layoutStamp != c.stamp) return nullptr;
    return keys->entries()[c.index].value;
}

// LOAD_ATTR: the attribute's value (borrowed), or nullptr for the generic path.
inline Object* loadAttrCached(Interpreter& interp, const AttrSiteCache& c, Object* owner) {
    if (!attrSiteHolds(interp, c, owner)) return nullptr;
    if (c.kind == AttrSiteCache::kInstanceValue) {
        const InstanceValues* v = static_cast<InstanceObject*>(owner)->values;
        return v && c.index < v->values.size() ? v->values[c.index] : nullptr;
    }
    if (c.kind == AttrSiteCache::kModuleAttr) return moduleAttrCached(interp, c, owner);
    return nullptr;
}

// STORE_ATTR: stores `value` (instance_values_set's effect: the new reference in, the insertion
// order extended for a new attribute, the old value released) and returns true; false for the
// generic path (nothing done).
inline bool storeAttrCached(Interpreter& interp, const AttrSiteCache& c, Object* owner, Object* value) {
    if (c.kind != AttrSiteCache::kInstanceValue || !attrSiteHolds(interp, c, owner)) return false;
    InstanceValues* v = static_cast<InstanceObject*>(owner)->values;
    if (!v || c.index >= v->values.size()) return false;
    Object* old = v->values[c.index];
    incref(value);
    v->values[c.index] = value;
    if (!old) v->order.push_back(static_cast<std::uint8_t>(c.index));
    else decref(old);
    return true;
}

// LOAD_METHOD: the unbound method found on the type (borrowed; `unbound` true) or, for a module, the
// attribute (`unbound` false); nullptr for the generic path.
inline Object* loadMethodCached(Interpreter& interp, const AttrSiteCache& c, Object* owner, bool& unbound) {
    if (!attrSiteHolds(interp, c, owner)) return nullptr;
    unbound = true;
    switch (c.kind) {
    case AttrSiteCache::kMethodNoDict:
        return c.descr;
    case AttrSiteCache::kMethodWithValues: {
        const InstanceValues* v = static_cast<InstanceObject*>(owner)->values;
        if (!v) return nullptr; // a materialized __dict__: the generic path looks there
        if (c.index == AttrSiteCache::kAbsent)
            return asHeapType(owner->type)->cachedKeys->names.size() == c.keysCount ? c.descr : nullptr;
        return c.index >= v->values.size() || !v->values[c.index] ? c.descr : nullptr;
    }
    case AttrSiteCache::kModuleAttr:
        unbound = false;
        return moduleAttrCached(interp, c, owner);
    default:
        return nullptr;
    }
}

// The live entry of `name` (an interned str of co_names) in an exact dict with a combined unicode
// table, found where the site last saw it: entry `index` while it still holds that very key (a
// deleted entry's key is null, and a key appears in one live entry at most), whatever the layout
// did since. Unlike a layout stamp this survives other keys coming and going (e.g. `del` in a loop).
inline DictEntry* nameEntryCached(Interpreter& interp, const AttrSiteCache& c, Object* dict, Object* name) {
    if (c.kind != AttrSiteCache::kNameEntry) return nullptr;
    DictKeys* keys = cacheableKeys(interp, dict);
    if (!keys || static_cast<std::int64_t>(c.index) >= keys->nentries) return nullptr;
    DictEntry* e = &keys->entries()[c.index];
    return e->key == name && e->value ? e : nullptr;
}

// STORE_NAME over an existing key of an exact GC-tracked dict: insertdict's replacement of the
// value, nothing else changes (maintain-tracking has nothing to do for a tracked dict). Steals
// `value`; false = the generic path.
inline bool storeNameCached(Interpreter& interp, const AttrSiteCache& c, Object* locals, Object* name, Object* value) {
    DictEntry* e = nameEntryCached(interp, c, locals, name);
    if (!e || !GcState::isTracked(locals)) return false;
    Object* old = e->value;
    e->value = value;
    decref(old); // may run arbitrary deallocation, as insertdict's
    return true;
}

// LOAD_NAME at module level (locals are the globals, an exact dict): the global's value from the
// site's own entry, else from LOAD_GLOBAL's cache entry of this instruction (which also answers for
// builtins while the globals' layout holds); borrowed, or nullptr. No lookup, no error.
inline Object* loadNameCachedHit(VmState& vm, Frame* frame, int instr, Object* name) {
    if (AttrSiteCache* site = attrSite(frame->code, instr))
        if (DictEntry* e = nameEntryCached(vm.interp, *site, frame->globals, name)) return e->value;
    auto* caches = static_cast<CodeVmCaches*>(frame->code->vmData.get());
    if (!caches) return nullptr;
    const GlobalCacheEntry& e = caches->globals[static_cast<std::size_t>(instr)];
    if (e.hit == GlobalHit::None) return nullptr;
    DictKeys* gk = cacheableKeys(vm.interp, frame->globals);
    if (!gk || gk->layoutStamp != e.globalsStamp) return nullptr;
    if (e.hit == GlobalHit::Module) return gk->entries()[e.index].value;
    DictKeys* bk = cacheableKeys(vm.interp, frame->builtins);
    return bk && bk->layoutStamp == e.builtinsStamp ? bk->entries()[e.index].value : nullptr;
}
// LOAD_NAME at module level after a miss: LOAD_GLOBAL's recording lookups (globals, then builtins;
// NameError when absent), then the site's own entry for a global. Borrowed, or nullptr with the
// error pending.
Object* loadNameMiss(VmState& vm, Frame* frame, int instr, Object* name);

// After a generic STORE_NAME into an exact dict succeeded: records where `name` now is.
void specialiseStoreName(VmState& vm, CodeObject* co, int instr, Object* locals, Object* name);

} // namespace hs
