// The object header every simulated Python object starts with, the PyGC_Head placed before GC
// objects, reference-count operations, and Ref, the owning handle. Mirrors Include/object.h (3.11).
#pragma once

#include "memory/layout.h"

#include <cstdint>
#include <utility>

namespace hs {

struct TypeObject;
class Interpreter;

// Host-side object header. ob_refcnt and ob_type are the first two words of the simulated object,
// at id(obj) and id(obj) + 8. `addr` is id(obj); `hostSize` is the size of the host allocation
// (GC head included) so it can be returned to the host allocator without asking the type.
struct Object {
    std::int64_t refcnt = 1;
    TypeObject* type = nullptr;
    Addr addr = 0;
    std::uint32_t hostSize = 0;
    std::uint32_t objFlags = 0; // kStatic | kRetained
    static constexpr std::uint32_t kStatic = 1;   // statically allocated (static region); never freed
    static constexpr std::uint32_t kRetained = 2; // dead, parked on a type free list
};

// PyGC_Head, placed immediately before the Object in host memory of GC types (16 bytes on 64-bit
// hosts, 8 on wasm32; the simulated layout always has 16 bytes at id - 16).
// Invariants, as in Include/internal/pycore_gc.h:
// - next == 0  <=>  untracked. Otherwise next is the next head in a generation list; during a
//   collection bit 0 of next is the NEXT_MASK_UNREACHABLE flag.
// - prev holds the previous head pointer in its upper bits; bit 0 = FINALIZED, bit 1 = COLLECTING.
//   During a collection prev holds gc_refs << kPrevShift instead.
struct GcHead {
    std::uintptr_t next = 0;
    std::uintptr_t prev = 0;
    static constexpr std::uintptr_t kFinalized = 1;
    static constexpr std::uintptr_t kCollecting = 2;
    static constexpr std::uintptr_t kFlagsMask = 3;
    static constexpr std::uintptr_t kNextUnreachable = 1;
    static constexpr unsigned kPrevShift = 2;

    GcHead* nextHead() const { return reinterpret_cast<GcHead*>(next & ~kNextUnreachable); }
    GcHead* prevHead() const { return reinterpret_cast<GcHead*>(prev & ~kFlagsMask); }
    void setNext(GcHead* n) { next = reinterpret_cast<std::uintptr_t>(n); }
    void setPrev(GcHead* p) { prev = reinterpret_cast<std::uintptr_t>(p) | (prev & kFlagsMask); }
    bool tracked() const { return next != 0; }
    bool finalized() const { return prev & kFinalized; }
    std::int64_t gcRefs() const { return static_cast<std::int64_t>(prev >> kPrevShift); }
    void setGcRefs(std::int64_t refs) { prev = (prev & kFlagsMask) | (static_cast<std::uintptr_t>(refs) << kPrevShift); }
};

inline GcHead* gcHeadOf(Object* o) { return reinterpret_cast<GcHead*>(o) - 1; }
inline const GcHead* gcHeadOf(const Object* o) { return reinterpret_cast<const GcHead*>(o) - 1; }
inline Object* objectOf(GcHead* g) { return reinterpret_cast<Object*>(g + 1); }

// Deallocation entry (runtime/dealloc.cpp): runs the type's dealloc with the trashcan.
void deallocObject(Object* o);

inline void incref(Object* o) { ++o->refcnt; }
inline void xincref(Object* o) { if (o) ++o->refcnt; }
inline void decref(Object* o) {
    if (--o->refcnt == 0) deallocObject(o);
}
inline void xdecref(Object* o) { if (o) decref(o); }

// An owning reference. Construct from a new reference (`Ref(ptr)` takes it over) or borrow with
// Ref::borrowed(ptr) (increments). Functions returning Ref return new references; functions
// returning Object* return borrowed references unless their comment says otherwise.
class Ref {
public:
    Ref() = default;
    explicit Ref(Object* newReference) : m_p(newReference) {}
    static Ref borrowed(Object* o) { xincref(o); return Ref(o); }
    Ref(const Ref& other) : m_p(other.m_p) { xincref(m_p); }
    Ref(Ref&& other) noexcept : m_p(std::exchange(other.m_p, nullptr)) {}
    Ref& operator=(Ref other) noexcept { std::swap(m_p, other.m_p); return *this; }
    ~Ref() { xdecref(m_p); }

    Object* get() const { return m_p; }
    Object* operator->() const { return m_p; }
    explicit operator bool() const { return m_p != nullptr; }
    // Gives up ownership: the caller now owns the reference.
    [[nodiscard]] Object* release() { return std::exchange(m_p, nullptr); }
    template <class T> T* as() const { return static_cast<T*>(m_p); }

private:
    Object* m_p = nullptr;
};

} // namespace hs
