// Interpreter: construction of the built-in world, the object allocation/free paths, free-list
// parking, auxiliary buffers, and word reads of simulated memory.
#include "runtime/interpreter.h"

#include "gc/collector.h"
#include "objects/builtin_types.h"
#include "runtime/tracemalloc.h"

#include <cassert>

namespace hs {

Interpreter::Interpreter(InterpreterOptions options) : m_options(options), m_memory(options.heapLimit) {
    initTypesAndSingletons();
}

Interpreter::~Interpreter() {
    m_roots.clear();
    // Everything else is host memory owned by m_host and the address space; no Python-level
    // teardown runs (CPython's finalization order is not part of the simulation).
}

TypeObject* Interpreter::newStaticType(const std::string& name, std::int64_t basicsize, std::int64_t itemsize,
                                       std::uint64_t flags, TypeObject* base) {
    // sizeof(PyTypeObject) on 64-bit 3.11 is 408 bytes; static types have no GC head in use.
    TypeObject* t = newStaticObject<TypeObject>(types.type, 408, 1);
    t->name = name;
    t->basicsize = basicsize;
    t->itemsize = itemsize;
    t->flags = flags;
    t->base = base;
    t->interp = this;
    // inherit_slots copies tp_repr unconditionally: a type that sets no repr of its own shows its
    // base's (object_repr for most), also when it is made after startup (a module's types).
    // addSlotWrappers sees a slot equal to the base's as inherited (no __repr__ entry).
    if (base) t->repr = base->repr;
    return t;
}

void Interpreter::gcAllocationTrigger() {
    // (count0 > threshold0 or stress) and enabled, threshold0 != 0, not collecting, no pending error.
    collector().allocationTrigger();
}

Interpreter::ObjectMemory Interpreter::allocObjectMemorySlow(std::uint64_t nbytes, std::uint32_t hostSize) {
    ObjectMemory m;
    m.block = m_memory.malloc(nbytes, &m.slot);
    if (m.block == 0) {
        setMemoryError();
        return m;
    }
    if (m_tracing) traceAlloc(m.block, nbytes);
    m.host = m_host.alloc(hostSize);
    return m;
}

Object* Interpreter::collectAfterAllocation(Object* o) {
    gcAllocationTrigger();
    return o;
}

Collector& Interpreter::collector() {
    if (!m_collector) m_collector.reset(new Collector(*this));
    return *m_collector;
}

void Interpreter::freeObjectAndHost(Object* o, bool destroyHost) {
    if (!m_refcntOffsets.empty()) [[unlikely]] m_refcntOffsets.erase(o);
    TypeObject* t = o->type;
    const std::int64_t pre = t->preHeaderSize();
    const bool gc = t->isGc();
    std::uint8_t gcFlags = 0;
    if (gc) {
        // PyObject_GC_Del: a still-tracked object leaves its list first.
        GcHead* g = gcHeadOf(o);
        if (g->tracked()) m_gc.untrack(o);
        if (m_gc.generations[0].count > 0) --m_gc.generations[0].count;
        if (m_gc.collecting && m_collector && m_collector->observing()) m_collector->noteFreed(o);
        gcFlags = static_cast<std::uint8_t>(g->prev & GcHead::kFinalized);
    }
    if (m_tracing) [[unlikely]] traceFree(o->addr - pre);
    m_memory.freeObjectBlock(o->addr - pre, ObjectGhost{t->addr, static_cast<std::uint16_t>(pre), gcFlags});
    char* hostBase = reinterpret_cast<char*>(o) - (gc ? sizeof(GcHead) : 0);
    const std::uint32_t hostSize = o->hostSize;
    if (destroyHost && t->destroyHost) t->destroyHost(o);
    m_host.free(hostBase, hostSize);
    ++version;
}

void Interpreter::noteRetainedWhileCollecting(Object* o) {
    if (m_collector && m_collector->observing() && o->type->isGc()) m_collector->noteFreed(o);
}

Addr Interpreter::allocBufferSlow(Object* owner, std::uint64_t nbytes) {
    BlockSlot* slot = nullptr;
    const Addr p = m_memory.malloc(nbytes, &slot);
    if (p == 0) {
        setMemoryError();
        return 0;
    }
    slot->owner = owner;
    if (m_tracing) traceAlloc(p, nbytes);
    ++version;
    return p;
}

void Interpreter::freeBufferSlow(Addr p) {
    if (m_tracing) traceFree(p);
    m_memory.freeBuffer(p);
    ++version;
}

Addr Interpreter::reallocBuffer(Object* owner, Addr p, std::uint64_t nbytes) {
    if (p != 0) m_memory.slotOf(p).ghostIsObject = false;
    const Addr q = m_memory.realloc(p, nbytes);
    if (q == 0) {
        setMemoryError();
        return 0;
    }
    BlockSlot& slot = m_memory.slotOf(q);
    slot.owner = owner;
    slot.state = BlockState::Buffer;
    traceRealloc(p, q, nbytes);
    ++version;
    return q;
}

Tracer& Interpreter::tracer() {
    if (!m_tracer) m_tracer.reset(new Tracer(*this));
    return *m_tracer;
}

void Interpreter::traceAlloc(Addr p, std::uint64_t nbytes) {
    if (m_untracedDepth == 0) m_tracer->add(p, nbytes);
}

void Interpreter::traceFree(Addr p) { m_tracer->remove(p); }

void Interpreter::traceReallocSlow(Addr p, Addr q, std::uint64_t nbytes) {
    if (m_untracedDepth == 0) m_tracer->realloc(p, q, nbytes);
    else if (p != 0) m_tracer->remove(p); // a reentrant realloc only drops the old trace
}

void Interpreter::forEachTracerRoot(const std::function<void(Object*)>& fn) const { m_tracer->forEachFilename(fn); }

Addr Interpreter::gcHeadAddress(const GcHead* g) const {
    for (int i = 0; i < GcState::kGenerations; ++i)
        if (g == &m_gc.generations[i].head) return m_gc.headAddress[i];
    if (g == &m_gc.permanent.head) return m_gc.headAddress[GcState::kPermanent];
    Addr a = 0;
    if (m_collector && m_collector->headAddress(g, a)) return a;
    return objectOf(const_cast<GcHead*>(g))->addr - 16;
}

bool Interpreter::readObjectWord(const Object* o, std::int64_t offset, std::uint64_t& out) const {
    const TypeObject* t = o->type;
    if (t->readField && t->readField(o, offset, out)) return true;
    if (offset == 0) { out = static_cast<std::uint64_t>(visibleRefcnt(o)); return true; }
    if (offset == 8) { out = t->addr; return true; }
    if (t->isGc() && (offset == -16 || offset == -8)) {
        const GcHead* g = gcHeadOf(o);
        if (offset == -16) {
            out = g->tracked() ? (gcHeadAddress(g->nextHead()) | (g->next & GcHead::kNextUnreachable)) : 0;
        } else if (m_gc.collecting || !g->tracked()) {
            out = g->prev; // gc_refs << 2 | flags during a collection; flags only when untracked
        } else {
            out = gcHeadAddress(g->prevHead()) | (g->prev & GcHead::kFlagsMask);
        }
        return true;
    }
    out = 0;
    return true;
}

bool Interpreter::readWord(Addr addr, std::uint64_t& out) const {
    Addr start = 0;
    if (const Object* s = m_memory.findStatic(addr, &start)) return readObjectWord(s, std::int64_t(addr - s->addr), out);
    std::uint64_t size = 0;
    const BlockSlot* slot = m_memory.find(addr, &start, &size);
    if (slot == nullptr) return false;
    switch (visibleBlockState(*slot)) {
    case BlockState::Object:
    case BlockState::Retained:
    case BlockState::Buffer:
        if (slot->owner == nullptr) { out = 0; return true; }
        return readObjectWord(slot->owner, std::int64_t(addr - slot->owner->addr), out);
    case BlockState::Free:
        out = readGhostWord(*slot, start, addr);
        return true;
    case BlockState::Virgin:
        break;
    }
    return false;
}

Object* Interpreter::objectAt(Addr addr) const {
    Addr start = 0;
    if (Object* s = m_memory.findStatic(addr, &start)) return s->addr == addr ? s : nullptr;
    const BlockSlot* slot = m_memory.find(addr, &start, nullptr);
    if (slot == nullptr || visibleBlockState(*slot) != BlockState::Object || slot->owner == nullptr) return nullptr;
    return slot->owner->addr == addr ? slot->owner : nullptr;
}

void Interpreter::forEachHeapObject(const std::function<void(Object*)>& fn) const {
    m_memory.pymalloc().forEachArena([&](const Pymalloc::Arena& arena) {
        for (std::uint32_t p = 0; p < arena.nCarved; ++p)
            for (const BlockSlot& s : arena.pools[p].slots)
                if (visibleBlockState(s) == BlockState::Object && s.owner) fn(s.owner);
    });
    for (const auto& [start, chunk] : m_memory.largeHeap().chunks())
        if (chunk.used && visibleBlockState(chunk.slot) == BlockState::Object && chunk.slot.owner) fn(chunk.slot.owner);
}

void Interpreter::initTypesAndSingletons() {
    // gc generation heads live in the interpreter state (part of libpython's data in CPython).
    for (int i = 0; i < 4; ++i) m_gc.headAddress[i] = m_memory.staticAlloc(16, nullptr);
    createBuiltinTypes(*this);
    createSingletons(*this);
}

} // namespace hs
