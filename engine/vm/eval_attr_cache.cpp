// Specialisation of the attribute instructions' inline caches (Python/specialize.c's
// _Py_Specialize_LoadAttr / StoreAttr / LoadMethod, simplified): what a site's next executions may skip.
#include "vm/eval_attr_cache.h"

#include "objects/dict_object.h"
#include "objects/str_object.h"
#include "runtime/protocols.h"

namespace hs {

namespace {

// Generic executions a site skips analysing after a failed specialisation (an adaptive counter).
constexpr std::uint8_t kCooldown = 53;

// Fills `c` (kind, index, descr, stamp) for `owner`'s current type; false = not specialisable.
// Only host lookups: type lookups of an interned name and exact-str dict probes.
bool analyse(VmState& vm, AttrSiteCache& c, Object* owner, Object* name, AttrOp op) {
    Interpreter& interp = vm.interp;
    TypeObject* tp = owner->type;
    if (!isExactStr(name) || asStr(name)->interned == sstate::kNotInterned) return false;
    if (tp == vm.types.module && op != AttrOp::Store) {
        // module_getattro = the generic lookup first: only a name the module type lacks.
        if (typeLookup(tp, name)) return false;
        Object* dict = moduleDict(owner);
        DictKeys* keys = cacheableKeys(interp, dict);
        if (!keys) return false;
        std::int64_t index = -1;
        if (!dictGetItemWithIndex(dict, name, &index) || index < 0) return false;
        c.kind = AttrSiteCache::kModuleAttr;
        c.stamp = keys->layoutStamp;
        c.index = static_cast<std::uint32_t>(index);
        return true;
    }
    if (op == AttrOp::Store ? tp->slots.setattro != nullptr : tp->slots.getattro != nullptr) return false;
    Object* descr = typeLookup(tp, name);
    if (op == AttrOp::Method) {
        if (!descr || (descr->type != vm.types.function && descr->type != vm.types.methodDescriptor)) return false;
        c.descr = descr;
        if (hasPlainInstanceValues(tp)) {
            const int ix = sharedKeyIndex(tp, name);
            c.kind = AttrSiteCache::kMethodWithValues;
            c.index = ix < 0 ? AttrSiteCache::kAbsent : static_cast<std::uint32_t>(ix);
            c.keysCount = static_cast<std::uint32_t>(asHeapType(tp)->cachedKeys->names.size());
            return true;
        }
        if (tp->slots.valuesGet || tp->slots.dictPtr) return false;
        c.kind = AttrSiteCache::kMethodNoDict;
        return true;
    }
    // Instance values only for a name the class (MRO) does not define at all: then no descriptor,
    // data or not, can take part whatever happens to the objects themselves.
    if (descr || !hasPlainInstanceValues(tp)) return false;
    const int ix = sharedKeyIndex(tp, name);
    if (ix < 0) return false;
    c.kind = AttrSiteCache::kInstanceValue;
    c.index = static_cast<std::uint32_t>(ix);
    return true;
}

} // namespace

void specialiseAttrSite(VmState& vm, CodeObject* co, int instr, Object* owner, Object* name, AttrOp op) {
    if (co->attrCaches.empty()) co->attrCaches.resize(co->code.size());
    AttrSiteCache& site = co->attrCaches[static_cast<std::size_t>(instr)];
    if (site.cooldown) {
        --site.cooldown;
        return;
    }
    TypeAttrCache& types = vm.interp.typeAttrCache;
    const std::uint64_t epoch = types.epoch();
    AttrSiteCache fresh;
    if (analyse(vm, fresh, owner, name, op) && types.epoch() == epoch) {
        fresh.type = owner->type;
        fresh.epoch = epoch;
        site = fresh;
        return;
    }
    site = AttrSiteCache{};
    site.cooldown = kCooldown;
}

} // namespace hs
