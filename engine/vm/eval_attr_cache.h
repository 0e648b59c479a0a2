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
        return v ? v->get(c.index) : nullptr; // get: null from capacity() on, and capacity() <= size()
    }
    if (c.kind == AttrSiteCache::kModuleAttr) return moduleAttrCached(interp, c, owner);
    return nullptr;
}

// STORE_ATTR: stores `value` (instance_values_set's effect: the new reference in, the insertion
// order extended for a new attribute, the old value released) and returns true; false for the
// generic path (nothing done).
inline bool storeAttrCached(Interpreter& interp, const AttrSiteCache& c, Object* owner, Object* value) {
    if (c.kind != AttrSiteCache::kInstanceValue || !attrSiteHolds(interp, c, owner)) return false;
    InstanceValues*& v = static_cast<InstanceObject*>(owner)->values;
    if (!v || c.index >= v->size()) return false;
    incref(value);
    xdecref(InstanceValues::putSlot(interp, v, c.index, value));
    return true;
}

// LOAD_METHOD_NO_DICT / _WITH_VALUES: the unbound method found on the type (borrowed), or nullptr
// (another kind of entry, or the generic path decides).
inline Object* loadMethodUnboundCached(Interpreter& interp, const AttrSiteCache& c, Object* owner) {
    if (!attrSiteHolds(interp, c, owner)) return nullptr;
    if (c.kind == AttrSiteCache::kMethodNoDict) return c.descr;
    if (c.kind != AttrSiteCache::kMethodWithValues) return nullptr;
    const InstanceValues* v = static_cast<InstanceObject*>(owner)->values;
    if (!v) return nullptr; // a materialized __dict__: the generic path looks there
    if (c.index == AttrSiteCache::kAbsent)
        return asHeapType(owner->type)->cachedKeys->names.size() == c.keysCount ? c.descr : nullptr;
    return v->get(c.index) == nullptr ? c.descr : nullptr; // get: null past the slots too
}

// LOAD_METHOD_MODULE: the module attribute (borrowed; called as is, no self), or nullptr.
inline Object* loadMethodModuleCached(Interpreter& interp, const AttrSiteCache& c, Object* owner) {
    if (c.kind != AttrSiteCache::kModuleAttr || !attrSiteHolds(interp, c, owner)) return nullptr;
    return moduleAttrCached(interp, c, owner);
}

} // namespace hs
