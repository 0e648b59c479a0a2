// The list stringlib's split functions build (Objects/stringlib/split.h: PREALLOC_SIZE, SPLIT_ADD,
// FIX_PREALLOC_SIZE), shared by str and bytes/bytearray so their results have CPython's allocation.
#pragma once

#include "objects/list_object.h"

#include <cstdint>
#include <utility>

namespace hs {

constexpr std::int64_t kMaxSplitPrealloc = 12; // MAX_PREALLOC

// The list under construction by stringlib's split functions (PREALLOC_SIZE / SPLIT_ADD /
// FIX_PREALLOC_SIZE).
class SplitList {
public:
    SplitList(Interpreter& interp, std::int64_t maxcount)
        : m_list(newList(interp, maxcount >= kMaxSplitPrealloc ? kMaxSplitPrealloc : maxcount + 1)) {}
    bool ok() const { return static_cast<bool>(m_list); }
    std::int64_t count() const { return m_count; }
    // Takes the new reference `sub`; false on error (the list is dropped).
    bool add(Ref sub) {
        if (!sub) return fail();
        if (m_count < kMaxSplitPrealloc) {
            listSetItemSteal(m_list.get(), m_count, sub.release());
        } else if (listAppend(m_list.get(), sub.get()) < 0) {
            return fail();
        }
        ++m_count;
        return true;
    }
    Ref finish(bool reverse) {
        static_cast<ListObject*>(m_list.get())->size = m_count;
        if (reverse) listReverse(m_list.get());
        return std::move(m_list);
    }

private:
    bool fail() {
        static_cast<ListObject*>(m_list.get())->size = m_count;
        m_list = Ref();
        return false;
    }
    Ref m_list;
    std::int64_t m_count = 0;
};

} // namespace hs
