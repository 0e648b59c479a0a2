// Slab carving for HostHeap; freed structs go to per-class free lists and are reused LIFO.
#include "runtime/host_heap.h"

#include <new>

namespace hs {

HostHeap::~HostHeap() {
    for (void* s : m_slabs) ::operator delete(s, std::align_val_t{16});
}

void* HostHeap::carveFromNewSlab(std::size_t size) {
    void* slab = ::operator new(kSlabSize, std::align_val_t{16});
    m_slabs.push_back(slab);
    m_cursor = static_cast<char*>(slab);
    m_end = m_cursor + kSlabSize;
    void* p = m_cursor;
    m_cursor += size;
    return p;
}

} // namespace hs
