// The simulated interpreter state: address space, host memory, collector state, built-in types and
// singletons, free lists, roots. The one allocation entry point for objects lives here.
#pragma once

#include "gc/gc_state.h"
#include "memory/address_space.h"
#include "objects/type_object.h"
#include "runtime/free_lists.h"
#include "runtime/host_heap.h"
#include "runtime/type_attr_cache.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <new>
#include <string>
#include <unordered_map>
#include <vector>

namespace hs {

// The interned-strings table (objects/str_object.h); its deleter is defined there.
struct InternTable;
struct InternTableDeleter { void operator()(InternTable* t) const; };

struct BuiltinTypes {
    TypeObject* type = nullptr;
    TypeObject* object = nullptr;
    TypeObject* int_ = nullptr;
    TypeObject* bool_ = nullptr;
    TypeObject* float_ = nullptr;
    TypeObject* str = nullptr;
    TypeObject* bytes = nullptr;
    TypeObject* tuple = nullptr;
    TypeObject* list = nullptr;
    TypeObject* dict = nullptr;
    TypeObject* set = nullptr;
    TypeObject* frozenset = nullptr;
    TypeObject* none = nullptr;
    TypeObject* ellipsis = nullptr;
    TypeObject* range = nullptr;
    TypeObject* notImplemented = nullptr;
    TypeObject* code = nullptr; // vm/code_object.cpp
};

// A Python exception waiting to be raised. Object code sets type + message (PyErr_SetString); the
// VM normalizes it into an exception object (`value`, runtime/errors.h) — once `value` is set it is
// authoritative and `type` is its type's name.
struct PendingError {
    std::string type;    // "MemoryError", "TypeError", ...
    std::string message;
    Ref value;           // the exception instance, once normalized (or raised by Python code)
    explicit operator bool() const { return !type.empty(); }
};

// The VM's per-interpreter state (vm/vm_state.h): modules, frames, exception types.
struct VmState;
struct VmStateDeleter { void operator()(VmState* v) const; };
// Calls fn for every reference the VM holds (vm/vm_state.cpp).
void forEachVmRoot(const VmState& vm, const std::function<void(Object*)>& fn);

// The cyclic collector (gc/collector.h); its deleter is defined there.
class Collector;
struct CollectorDeleter { void operator()(Collector* c) const; };

// tracemalloc's tables (runtime/tracemalloc.h); its deleter is defined there.
class Tracer;
struct TracerDeleter { void operator()(Tracer* t) const; };

struct InterpreterOptions {
    std::uint64_t heapLimit = 0;
    bool gcStress = false;
};

// The state a block shows (snapshots, memory reads, enumeration): a block in state Object whose
// object is parked on a free list (Object::kRetained) shows as Retained (see retainObject).
inline BlockState visibleBlockState(const BlockSlot& slot) {
    if (slot.state == BlockState::Object && slot.owner && (slot.owner->objFlags & Object::kRetained))
        return BlockState::Retained;
    return slot.state;
}

class Interpreter {
public:
    explicit Interpreter(InterpreterOptions options = {});
    ~Interpreter();
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    // --- Allocation: the single entry point for objects ---
    // Allocates the simulated block (pre-header + simBody bytes) and the host struct T for an object
    // of type t; fills the header (refcnt 1), registers the block's owner, counts GC allocations
    // (gc count0 += 1, collection trigger). Returns nullptr with MemoryError pending when the heap
    // limit is reached. The object starts untracked.
    template <class T> T* newObject(TypeObject* t, std::uint64_t simBody) {
        return allocObject<T>(t, simBody, static_cast<std::uint64_t>(t->preHeaderSize()), t->isGc(), t->isHeapType());
    }
    // newObject for a static (non-heap) type without GC and without managed dict, i.e. pre-header 0,
    // no GcHead, no gc count, no type incref (exact int and float): the same simulated allocation
    // and header as newObject, inline at its callers.
    template <class T> [[gnu::always_inline]] T* newPlainObject(TypeObject* t, std::uint64_t simBody) {
        return allocPlainObject<T>(t, simBody);
    }
    // freeObject for an object made by newPlainObject<T> whose type's destroyHost is T's destructor:
    // the same effects (ghost with id offset 0 and no gc flags), the destructor called directly.
    // `hostIsBare`: T's destructor frees nothing right now (the caller knows, e.g. an int without
    // digit storage); then, when pymalloc's free takes its likely path and no refcount write is
    // recorded, the whole free is inline and call-free; otherwise freePlainObjectSlow does it all.
    template <class T> [[gnu::always_inline]] void freePlainObject(T* o, bool hostIsBare) {
        Object* header = o;
        if (hostIsBare && m_refcntOffsets.empty() && !m_tracing) [[likely]] {
            const Pymalloc::FastBlock b = m_memory.pymalloc().peekFastFree(header->addr);
            if (b.pool != nullptr) [[likely]] {
                const ObjectGhost ghost{header->type->addr, 0, 0};
                Pymalloc::releaseFastFree(b, &ghost);
                o->~T();
                m_host.free(o, sizeof(T));
                ++version;
                return;
            }
        }
        freePlainObjectSlow(o);
    }
    template <class T> [[gnu::noinline]] void freePlainObjectSlow(T* o) {
        if (!m_refcntOffsets.empty()) m_refcntOffsets.erase(o);
        Object* header = o;
        if (m_tracing) [[unlikely]] traceFree(header->addr);
        m_memory.freeObjectBlock(header->addr, ObjectGhost{header->type->addr, 0, 0});
        o->~T();
        m_host.free(o, sizeof(T)); // newPlainObject's hostSize: a constant size class
        ++version;
    }
    // Returns the object's simulated block and host struct (PyObject_Free / PyObject_GC_Del):
    // decrements gc count0 for GC types while positive, records what the dead block shows to
    // memory reads, runs the host destructor. The type must still be alive.
    void freeObject(Object* o) { freeObjectAndHost(o, true); }
    // freeObject for an object whose host part its dealloc has already destroyed (the type's
    // destroyHost is not called; the host memory is still returned).
    void freeDestroyedObject(Object* o) { freeObjectAndHost(o, false); }
    // Parks a dead object on a free list: refcnt stays 0, its block shows as Retained. The block's
    // slot is not touched (it stays in state Object): the kRetained flag alone makes the block read
    // as Retained (visibleBlockState), so parking and reviving need no block lookup.
    void retainObject(Object* o) {
        if (m_gc.collecting) [[unlikely]] noteRetainedWhileCollecting(o);
        if (!m_refcntOffsets.empty()) [[unlikely]] m_refcntOffsets.erase(o);
        o->objFlags |= Object::kRetained;
        ++version;
    }
    // Takes an object back from a free list: refcnt 1, its block shows as Object again (no gc count
    // change).
    void reviveObject(Object* o) {
        o->objFlags &= ~Object::kRetained;
        o->refcnt = 1;
        ++version;
    }
    // Releases a retained object for good (free-list clearing).
    void releaseRetained(Object* o) { o->objFlags &= ~Object::kRetained; freeObject(o); }

    // Auxiliary buffers (PyMem_Malloc/Realloc/Free): list item arrays, dict key tables, ...
    // Return 0 with MemoryError pending when out of memory.
    // Inline and call-free on pymalloc's likely paths; the rest in allocBufferSlow/freeBufferSlow.
    Addr allocBuffer(Object* owner, std::uint64_t nbytes) {
        if (nbytes - 1 < layout::kSmallRequestThreshold && !m_tracing) [[likely]] {
            const Pymalloc::FastBlock b = m_memory.pymalloc().peekFastAlloc(layout::sizeClassOf(nbytes));
            if (b.pool != nullptr) [[likely]] {
                Pymalloc::takeFastAlloc(b);
                b.slot->owner = owner;
                b.slot->state = BlockState::Buffer;
                ++version;
                return b.address;
            }
        }
        return allocBufferSlow(owner, nbytes);
    }
    Addr reallocBuffer(Object* owner, Addr p, std::uint64_t nbytes);
    void freeBuffer(Addr p) {
        if (p == 0) return;
        const Pymalloc::FastBlock b = m_memory.pymalloc().peekFastFree(p);
        if (b.pool != nullptr && !m_tracing) [[likely]] {
            Pymalloc::releaseFastFree(b, nullptr);
            ++version;
            return;
        }
        freeBufferSlow(p);
    }

    // --- tracemalloc: every block malloc'd, realloc'd or freed above is traced while tracing() ---
    // (tracemalloc_alloc/_realloc/_free). Off, each path pays one test of the flag.
    bool tracing() const { return m_tracing; }
    // The tables, made on first use (while tracing is off: they hold a "<unknown>" filename).
    Tracer& tracer();
    Tracer* existingTracer() const { return m_tracer.get(); }
    void setTracing(bool on) { m_tracing = on && m_tracer; }
    // Allocations between these are not traced (tracemalloc's set_reentrant(1): its own objects,
    // and what CPython has from startup); frees still drop their traces. Nest.
    void suspendTracing() { ++m_untracedDepth; }
    void resumeTracing() { --m_untracedDepth; }
    // The trace bookkeeping of a block resized outside reallocBuffer (str and bytes objects resized
    // in place of their block): q replaces p, `nbytes` requested.
    void traceRealloc(Addr p, Addr q, std::uint64_t nbytes) {
        if (m_tracing) [[unlikely]] traceReallocSlow(p, q, nbytes);
    }

    // Creates a statically allocated object (static region, refcount `refcnt`, never freed).
    template <class T> T* newStaticObject(TypeObject* t, std::uint64_t simBody, std::int64_t refcnt) {
        auto* mem = static_cast<char*>(m_host.alloc(sizeof(GcHead) + sizeof(T)));
        new (mem) GcHead();
        T* o = new (mem + sizeof(GcHead)) T();
        o->refcnt = refcnt;
        o->type = t;
        o->objFlags = Object::kStatic;
        o->hostSize = static_cast<std::uint32_t>(sizeof(GcHead) + sizeof(T));
        const std::int64_t pre = t ? t->preHeaderSize() : 0;
        o->addr = m_memory.staticAlloc(pre + simBody, o) + pre;
        m_statics.push_back(o);
        return o;
    }
    // A static type object (a built-in type). Its `type` field is set once `type` exists.
    TypeObject* newStaticType(const std::string& name, std::int64_t basicsize, std::int64_t itemsize,
                              std::uint64_t flags, TypeObject* base);

    // --- Memory reads (ctypes) ---
    // Reads the 8-byte word at addr (8-aligned). False when the address is unmapped.
    bool readWord(Addr addr, std::uint64_t& out) const;
    // Simulated address of a GC head word (for _gc_next/_gc_prev reads).
    Addr gcHeadAddress(const GcHead* g) const;
    // ob_refcnt as simulated memory shows it (ctypes reads, sys.getrefcount): the host count plus
    // what a ctypes write to ob_refcnt added. The host refcnt stays the true number of references,
    // so a written refcount never frees an object early or leaks it (CPython would: that part of
    // a write is not simulated); the offset is forgotten when the object dies.
    std::int64_t visibleRefcnt(const Object* o) const {
        if (m_refcntOffsets.empty()) return o->refcnt;
        auto it = m_refcntOffsets.find(o);
        return o->refcnt + (it == m_refcntOffsets.end() ? 0 : it->second);
    }
    // Records a ctypes write of `value` to o's ob_refcnt (o alive).
    void writeRefcnt(const Object* o, std::int64_t value) {
        if (value == o->refcnt) m_refcntOffsets.erase(o);
        else m_refcntOffsets[o] = value - o->refcnt;
        ++version;
    }

    // --- Errors ---
    void setError(std::string type, std::string message) { m_error = {std::move(type), std::move(message), Ref()}; }
    // Restores a pending error taken with takeError (PyErr_Restore).
    void setPendingError(PendingError e) { m_error = std::move(e); }
    void setMemoryError() { setError("MemoryError", ""); }
    const PendingError& error() const { return m_error; }
    PendingError takeError() { return std::exchange(m_error, PendingError{}); }

    // --- Roots (names the host holds; module globals take this role once the VM runs) ---
    std::map<std::string, Ref>& roots() { return m_roots; }
    const std::map<std::string, Ref>& roots() const { return m_roots; }

    // Calls fn for every reference the interpreter itself holds (roots, and later module globals,
    // frames, caches). The heap audit counts these.
    void forEachRoot(const std::function<void(Object*)>& fn) const {
        for (const auto& [name, ref] : m_roots) if (ref) fn(ref.get());
        if (m_error.value) fn(m_error.value.get());
        if (m_gc.garbage) fn(m_gc.garbage);
        if (m_gc.callbacks) fn(m_gc.callbacks);
        if (vm) forEachVmRoot(*vm, fn);
        if (m_tracer) forEachTracerRoot(fn);
    }

    // The live object whose id() is addr (heap or static), or nullptr. Borrowed.
    Object* objectAt(Addr addr) const;

    // --- Enumeration ---
    // Calls fn(Object*) for every live heap object (pymalloc and large blocks, not retained, not static).
    void forEachHeapObject(const std::function<void(Object*)>& fn) const;
    const std::vector<Object*>& statics() const { return m_statics; }

    // --- Parts ---
    AddressSpace& memory() { return m_memory; }
    const AddressSpace& memory() const { return m_memory; }
    HostHeap& host() { return m_host; }
    GcState& gc() { return m_gc; }
    const GcState& gc() const { return m_gc; }
    // The cyclic collector (created on first use); existingCollector() is null before that.
    Collector& collector();
    const Collector* existingCollector() const { return m_collector.get(); }
    FreeLists& freeLists() { return m_freeLists; }
    BuiltinTypes types;
    const InterpreterOptions& options() const { return m_options; }

    // Singletons (statically allocated in 3.11 unless noted).
    Object* none = nullptr;     // None (static, but not immortal-initialised in 3.11)
    Object* trueObj = nullptr;
    Object* falseObj = nullptr;
    Object* ellipsis = nullptr;
    Object* notImplemented = nullptr;
    Object* emptyTuple = nullptr;
    Object* emptyStr = nullptr;
    Object* emptyBytes = nullptr;
    static constexpr int kSmallIntMin = -5;
    static constexpr int kSmallIntMax = 256;
    Object* smallInts[kSmallIntMax - kSmallIntMin + 1] = {};
    Object* latin1Chars[256] = {};
    // The interned static strings (_Py_ID identifiers, deep-frozen modules' strings), one per entry
    // of static_refcounts::kInternedStatics, in its order.
    std::vector<Object*> internedStatics;
    // The interned strings (3.11's `interned` dict); created on first use by internTableOf().
    std::unique_ptr<InternTable, InternTableDeleter> internTable;
    Object* smallInt(std::int64_t v) const { return smallInts[v - kSmallIntMin]; }

    // Objects whose repr is in progress (Py_ReprEnter), innermost last.
    std::vector<Object*> reprStack;

    // Trashcan state (Objects/object.c): bounded C++ recursion when freeing long chains.
    int trashDeleteNesting = 0;
    Object* trashDeleteLater = nullptr;
    static constexpr int kTrashUnwindLevel = 50;

    // The VM (modules, frames, exception types); null until initVm (vm/vm_state.h) runs.
    std::unique_ptr<VmState, VmStateDeleter> vm;

    // Bumped by every allocation, free and refcount-visible command; snapshots compare it.
    std::uint64_t version = 0;
    // _PyType_Lookup results (runtime/type_attr_cache.h); invalidate() wherever type lookups may change.
    TypeAttrCache typeAttrCache;

private:
    // newObject with t's pre-header size and flags given: inline on the likely paths of pymalloc and
    // the host heap (checked before anything changes), else allocObjectMemorySlow.
    template <class T> T* allocObject(TypeObject* t, std::uint64_t simBody, std::uint64_t pre, bool gc, bool heapType) {
        ObjectMemory m;
        if (!tryAllocObjectMemory(pre + simBody, hostSizeOf<T>(gc), m)) [[unlikely]] {
            m = allocObjectMemorySlow(pre + simBody, hostSizeOf<T>(gc));
            if (m.host == nullptr) return nullptr;
        }
        return initObject<T>(m.host, t, m.block + pre, *m.slot, gc, heapType);
    }
    // newPlainObject's allocObject: the slow path is a tail call (allocObjectSlow), so the likely
    // path needs no stack frame.
    template <class T> [[gnu::always_inline]] T* allocPlainObject(TypeObject* t, std::uint64_t simBody) {
        ObjectMemory m;
        if (tryAllocObjectMemory(simBody, sizeof(T), m)) [[likely]] return initObject<T>(m.host, t, m.block, *m.slot, false, false);
        return allocObjectSlow<T>(t, simBody, 0, false, false);
    }
    template <class T>
    [[gnu::noinline]] T* allocObjectSlow(TypeObject* t, std::uint64_t simBody, std::uint64_t pre, bool gc, bool heapType) {
        return allocObject<T>(t, simBody, pre, gc, heapType);
    }
    // A new object's simulated block (its start, its slot) and host memory (nullptr: out of memory).
    struct ObjectMemory {
        void* host = nullptr;
        Addr block = 0;
        BlockSlot* slot = nullptr;
    };
    // Fills m when pymalloc and the host heap can take their likely paths; false (nothing changed)
    // otherwise, and always while tracing (allocObjectMemorySlow traces the block), so the likely
    // path stays as small as without tracemalloc and inlines where it did.
    [[gnu::always_inline]] bool tryAllocObjectMemory(std::uint64_t nbytes, std::uint32_t hostSize, ObjectMemory& m) {
        if (nbytes - 1 >= layout::kSmallRequestThreshold || m_tracing) return false;
        const Pymalloc::FastBlock b = m_memory.pymalloc().peekFastAlloc(layout::sizeClassOf(nbytes));
        if (b.pool == nullptr) return false;
        m.host = m_host.tryAlloc(hostSize);
        if (m.host == nullptr) return false;
        Pymalloc::takeFastAlloc(b);
        m.block = b.address;
        m.slot = b.slot;
        return true;
    }
    // The general allocation of a new object's memory; MemoryError pending when out of memory.
    ObjectMemory allocObjectMemorySlow(std::uint64_t nbytes, std::uint32_t hostSize);
    // The host allocation of a T (its GcHead included for a GC type).
    template <class T> static std::uint32_t hostSizeOf(bool gc) {
        return static_cast<std::uint32_t>(sizeof(T) + (gc ? sizeof(GcHead) : 0));
    }
    // newObject's object of type t with id `id` in host memory `mem` (hostSizeOf<T>(gc) bytes),
    // its simulated block's slot `slot`; gc and heapType are t's flags.
    template <class T>
    [[gnu::always_inline]] T* initObject(void* mem, TypeObject* t, Addr id, BlockSlot& slot, bool gc, bool heapType) {
        char* p = static_cast<char*>(mem);
        if (gc) {
            new (p) GcHead();
            p += sizeof(GcHead);
        }
        T* o = new (p) T();
        Object* header = o; // through the base: a T may declare members that shadow the header's
        header->refcnt = 1;
        header->type = t;
        header->addr = id;
        header->hostSize = hostSizeOf<T>(gc);
        header->objFlags = 0;
        slot.owner = header;
        slot.state = BlockState::Object;
        if (heapType) incref(t);
        ++version;
        // _PyObject_GC_Link: count every GC allocation, tracked or not, then maybe collect at once.
        if (gc && (++m_gc.generations[0].count > m_gc.generations[0].threshold || m_options.gcStress)) [[unlikely]]
            return static_cast<T*>(collectAfterAllocation(o));
        return o;
    }
    // freeObject's body; destroyHost: call the type's destroyHost (else the caller has).
    void freeObjectAndHost(Object* o, bool destroyHost);
    // count0 passed threshold0 (or gc stress) after allocating o: gcAllocationTrigger, then o.
    [[gnu::noinline]] Object* collectAfterAllocation(Object* o);
    Addr allocBufferSlow(Object* owner, std::uint64_t nbytes);
    void freeBufferSlow(Addr p);
    // The tracer's side of the paths above (tracing() on).
    [[gnu::noinline]] void traceAlloc(Addr p, std::uint64_t nbytes);
    [[gnu::noinline]] void traceFree(Addr p);
    [[gnu::noinline]] void traceReallocSlow(Addr p, Addr q, std::uint64_t nbytes);
    void forEachTracerRoot(const std::function<void(Object*)>& fn) const;
    // count0 passed threshold0 (or gc stress): the rest of the test is in Collector::allocationTrigger.
    void gcAllocationTrigger();
    // retainObject during a collection: an observing collector learns the object left (GC types).
    void noteRetainedWhileCollecting(Object* o);
    bool readObjectWord(const Object* o, std::int64_t offset, std::uint64_t& out) const;
    void initTypesAndSingletons();

    InterpreterOptions m_options;
    AddressSpace m_memory;
    HostHeap m_host;
    GcState m_gc;
    std::unique_ptr<Collector, CollectorDeleter> m_collector;
    std::unique_ptr<Tracer, TracerDeleter> m_tracer;
    bool m_tracing = false;
    int m_untracedDepth = 0; // see suspendTracing
    FreeLists m_freeLists;
    PendingError m_error;
    std::map<std::string, Ref> m_roots;
    std::vector<Object*> m_statics;
    std::unordered_map<const Object*, std::int64_t> m_refcntOffsets; // see visibleRefcnt
};

} // namespace hs
