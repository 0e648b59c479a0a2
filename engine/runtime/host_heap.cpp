// Slab carving for HostHeap; freed structs go to per-class free lists and are reused LIFO.
#include "runtime/host_heap.h"

#include <new>

namespace hs {

HostHeap::~HostHeap() {
    for (void* s : m_slabs) ::operator delete(s, std::align_val_t{16});
}

void* HostHeap::allocSlow(std::size_t n) {
    const std::size_t cls = (n + 15) >> 4;
    if (cls >= kClasses) return ::operator new(n, std::align_val_t{16});
    // The class's free list is empty and the current slab too short: start a new slab.
    void* slab = ::operator new(kSlabSize, std::align_val_t{16});
    m_slabs.push_back(slab);
    m_cursor = static_cast<char*>(slab) + (cls << 4);
    m_end = static_cast<char*>(slab) + kSlabSize;
    return slab;
}

} // namespace hs
