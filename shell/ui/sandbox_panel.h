// Heapscope shell: the object sandbox panel: create an object bound to a name, append, clear, unbind.
// Every action is queued as a command; the panel itself reads only the Snapshot and the command log.
#pragma once

#include "heapscope/snapshot.h"
#include "ui/commands.h"
#include "ui/snapshot_index.h"

namespace heapscope::ui {

struct SandboxPanel {
    void draw(const Snapshot& snapshot, Commands& commands);

private:
    void drawCreate(Commands& commands);
    void drawRoots(const Snapshot& snapshot, Commands& commands);
    void drawAppend(const Snapshot& snapshot, Commands& commands);
    void drawLog(const Commands& commands);
    bool rootCombo(const char* id, const Snapshot& snapshot, int& index);

    SnapshotIndex m_index;
    int m_kind = 5; // "list"
    char m_name[64] = "xs";
    char m_value[128] = "3";
    char m_bindName[64] = "ys";
    int m_container = -1; // root indices into Snapshot::roots
    int m_item = -1;
    int m_bindTarget = -1;
    int m_created = 0;
};

} // namespace heapscope::ui
