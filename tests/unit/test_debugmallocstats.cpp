// sys._debugmallocstats(): its report (obmalloc.c's layout) reaches the session's host stderr, never
// the transcript, and its numbers are the simulated pymalloc's and free lists' own.
#include "heapscope/session.h"
#include "memory/address_space.h"
#include "modules/sys_internal.h"
#include "runtime/interpreter.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

using namespace heapscope;

namespace {
std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::uint64_t valueOf(const std::string& line) {
    std::string digits;
    for (char c : line.substr(line.find('=') + 1))
        if (c >= '0' && c <= '9') digits += c;
    return std::stoull(digits);
}

const std::string* lineStarting(const std::vector<std::string>& lines, const std::string& prefix) {
    for (const std::string& l : lines)
        if (l.rfind(prefix, 0) == 0) return &l;
    return nullptr;
}
} // namespace

TEST_CASE("sys._debugmallocstats writes the pymalloc and free-list report to host stderr only") {
    Session s;
    s.loadCells("import sys\nfloats = [float(i) for i in range(50)]\ndel floats\nprint(sys._debugmallocstats())\n");
    REQUIRE(s.run() == RunStatus::Done);
    CHECK(s.output() == "None\n");
    REQUIRE(linesOf(s.hostStderr()).size() > 30);
    CHECK(s.hostStderr().rfind("Small block threshold = 512, in 32 size classes.\n\nclass   size   num pools   "
                               "blocks in use  avail blocks\n", 0) == 0);

    // The report of the heap as the run left it (the run allocated after its own report): the class
    // rows add up to the simulated pymalloc's blocks in use, sys.getallocatedblocks()'s count.
    hs::Interpreter& interp = s.interpreter();
    const std::size_t before = s.hostStderr().size();
    // (The builtin's `self` is only asked for its interpreter; its result is None.)
    hs::decref(hs::sys_detail::debugMallocStats(interp.none, nullptr, 0, nullptr));
    const std::vector<std::string> lines = linesOf(s.hostStderr().substr(before));
    std::uint64_t blocks = 0;
    std::size_t row = 4;
    for (; row < lines.size() && !lines[row].empty(); ++row) {
        std::istringstream fields(lines[row]);
        std::uint64_t cls, size, pools, used, avail;
        fields >> cls >> size >> pools >> used >> avail;
        CHECK(size == (cls + 1) * 16);
        CHECK(used + avail == pools * ((16384 - 48) / size));
        blocks += used;
    }
    const hs::Pymalloc& pymalloc = s.interpreter().memory().pymalloc();
    CHECK(blocks == static_cast<std::uint64_t>(pymalloc.blocksInUse()));

    // The arena accounting closes: every byte of the mapped arenas is in one of the categories.
    const std::string* arenas = lineStarting(lines, "# arenas allocated current");
    REQUIRE(arenas);
    CHECK(valueOf(*arenas) == pymalloc.arenasMapped());
    std::uint64_t total = 0;
    for (const char* part : {"# bytes in allocated blocks", "# bytes in available blocks", "# bytes lost to pool headers",
                             "# bytes lost to quantization", "# bytes lost to arena alignment"})
        total += valueOf(*lineStarting(lines, part));
    for (const std::string& l : lines)
        if (l.find("unused pools * 16384 bytes") != std::string::npos) total += valueOf(l);
    CHECK(total == pymalloc.arenasMapped() * (1u << 20));

    // printone's layout: the '=' in column 35, the value right-aligned with thousands commas.
    const std::string* root = lineStarting(lines, "# bytes lost to arena map root");
    REQUIRE(root);
    CHECK(*root == "# bytes lost to arena map root     =              262,144");
    // The free lists: 50 floats died, the float free list keeps them; 20 tuple lengths.
    const std::string* floatLine = nullptr;
    int tupleLines = 0;
    for (const std::string& l : lines) {
        if (l.find("free PyFloatObjects * 24 bytes each") != std::string::npos) floatLine = &l;
        if (l.find("-sized PyTupleObjects") != std::string::npos) ++tupleLines;
    }
    REQUIRE(floatLine);
    CHECK(floatLine->size() == 49 + 1 + 21);
    CHECK(valueOf(*floatLine) == 24 * s.interpreter().freeLists().floats.size());
    CHECK(s.interpreter().freeLists().floats.size() >= 50);
    CHECK(tupleLines == 20);
}
