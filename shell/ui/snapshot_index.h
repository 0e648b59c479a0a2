// Heapscope shell: a by-address lookup over one Snapshot's objects, rebuilt when its version changes.
// Each view owns one; nothing here points into the engine (indices into the view's Snapshot only).
#pragma once

#include "heapscope/snapshot.h"

#include <cinttypes>
#include <cstdio>
#include <string>
#include <unordered_map>

namespace heapscope::ui {

inline std::string formatAddress(Address address) {
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "0x%" PRIx64, static_cast<std::uint64_t>(address));
    return buffer;
}

inline const char* blockStateName(BlockState state) {
    switch (state) {
    case BlockState::Virgin: return "virgin";
    case BlockState::Free: return "free";
    case BlockState::Object: return "object";
    case BlockState::Buffer: return "buffer";
    case BlockState::Retained: return "retained (free list)";
    }
    return "?";
}

class SnapshotIndex {
public:
    // Call once per frame; cheap when the snapshot did not change.
    void refresh(const Snapshot& snapshot) {
        if (m_valid && snapshot.version == m_version && snapshot.objects.size() == m_count) return;
        m_byAddress.clear();
        m_byAddress.reserve(snapshot.objects.size());
        for (std::size_t i = 0; i < snapshot.objects.size(); ++i)
            m_byAddress.emplace(snapshot.objects[i].address, i);
        m_version = snapshot.version;
        m_count = snapshot.objects.size();
        m_valid = true;
    }
    const ObjectInfo* find(const Snapshot& snapshot, Address address) const {
        auto it = m_byAddress.find(address);
        return it == m_byAddress.end() ? nullptr : &snapshot.objects[it->second];
    }
    static const char* typeName(const Snapshot& snapshot, std::int32_t typeIndex) {
        if (typeIndex < 0 || static_cast<std::size_t>(typeIndex) >= snapshot.typeNames.size()) return "?";
        return snapshot.typeNames[static_cast<std::size_t>(typeIndex)].c_str();
    }

private:
    std::unordered_map<Address, std::size_t> m_byAddress;
    std::uint64_t m_version = 0;
    std::size_t m_count = 0;
    bool m_valid = false;
};

} // namespace heapscope::ui
