// Heapscope shell: the refcount table, one row per live object (address, type, size, refcount, GC).
// Sortable by any column, filterable by type or label; only visible rows are submitted (clipper).
#pragma once

#include "heapscope/snapshot.h"
#include "ui/commands.h"

#include <cstdint>
#include <vector>

namespace heapscope::ui {

struct RefcountTableView {
    void draw(const Snapshot& snapshot, Commands& commands);

    std::size_t visibleCount() const { return m_order.size(); }

private:
    void rebuildOrder(const Snapshot& snapshot);

    std::vector<std::uint32_t> m_order; // indices into Snapshot::objects, filtered and sorted
    std::uint64_t m_orderVersion = 0;
    std::size_t m_orderCount = 0;
    bool m_orderValid = false;
    int m_sortColumn = 0;
    bool m_sortAscending = true;
    bool m_showStatic = true;
    bool m_lastShowStatic = true;
    char m_filter[64] = "";
    char m_lastFilter[64] = "";
};

} // namespace heapscope::ui
