// heapscope-cli: runs a cell file through the engine and prints the transcript (what
// tools/cpython_cells.py prints under CPython 3.11). Links only heapscope_engine.
//
// Usage: heapscope-cli [--json] [--trace] [--audit] [--gc-stress] [--max-steps N] [--heap-limit BYTES] [--time-cells] FILE.py
// --gc-stress collects (generation 0, or an older one that is due) on every GC allocation.
// --time-cells prints each cell's host wall time to stderr ("cell N: MS ms"; tests/bench reads it).
// What the program writes to the C-level stderr (sys._debugmallocstats(), sys.__stderr__) goes to
// stderr as it is written.
// Exit status: 0 (also when a cell raised), 2 usage / unreadable file, 3 heap audit mismatches.
#include "heapscope/session.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

namespace {

void usage() {
    std::fprintf(stderr,
                 "usage: heapscope-cli [--json] [--trace] [--audit] [--gc-stress] [--max-steps N] [--heap-limit BYTES] [--time-cells] FILE.py\n");
}

// ---- a small JSON writer (snapshot output) ----
void jsonString(std::string& out, const std::string& s) {
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '"';
}

void jsonNumber(std::string& out, std::uint64_t v) { out += std::to_string(v); }
void jsonNumber(std::string& out, std::int64_t v) { out += std::to_string(v); }

std::string snapshotJson(const heapscope::Snapshot& s) {
    std::string out = "{";
    out += "\"version\":";
    jsonNumber(out, s.version);
    out += ",\"output\":";
    jsonString(out, s.output);
    out += ",\"gc\":{\"enabled\":";
    out += s.gcEnabled ? "true" : "false";
    out += ",\"generations\":[";
    for (int i = 0; i < 3; ++i) {
        if (i) out += ',';
        out += "{\"count\":";
        jsonNumber(out, s.generations[i].count);
        out += ",\"threshold\":";
        jsonNumber(out, s.generations[i].threshold);
        out += ",\"size\":";
        jsonNumber(out, s.generations[i].size);
        out += '}';
    }
    out += "],\"permanent\":";
    jsonNumber(out, s.permanentSize);
    out += "},\"roots\":[";
    for (std::size_t i = 0; i < s.roots.size(); ++i) {
        if (i) out += ',';
        out += "{\"name\":";
        jsonString(out, s.roots[i].name);
        out += ",\"object\":";
        jsonNumber(out, s.roots[i].object);
        out += '}';
    }
    out += "],\"objects\":[";
    for (std::size_t i = 0; i < s.objects.size(); ++i) {
        const heapscope::ObjectInfo& o = s.objects[i];
        if (i) out += ',';
        out += "{\"address\":";
        jsonNumber(out, o.address);
        out += ",\"type\":";
        jsonString(out, o.typeIndex >= 0 && static_cast<std::size_t>(o.typeIndex) < s.typeNames.size() ? s.typeNames[o.typeIndex] : "?");
        out += ",\"size\":";
        jsonNumber(out, o.size);
        out += ",\"refcount\":";
        jsonNumber(out, o.refcount);
        out += ",\"static\":";
        out += o.isStatic ? "true" : "false";
        out += ",\"generation\":";
        jsonNumber(out, static_cast<std::int64_t>(o.generation));
        out += ",\"label\":";
        jsonString(out, o.label);
        out += ",\"referents\":[";
        for (std::size_t j = 0; j < o.referents.size(); ++j) {
            if (j) out += ',';
            jsonNumber(out, o.referents[j]);
        }
        out += "]}";
    }
    out += "],\"totals\":{\"arenas\":";
    jsonNumber(out, s.totals.arenas);
    out += ",\"poolsInUse\":";
    jsonNumber(out, s.totals.poolsInUse);
    out += ",\"blocksInUse\":";
    jsonNumber(out, s.totals.blocksInUse);
    out += ",\"bytesInBlocks\":";
    jsonNumber(out, s.totals.bytesInBlocks);
    out += ",\"largeBytes\":";
    jsonNumber(out, s.totals.largeBytes);
    out += "}}\n";
    return out;
}

} // namespace

int main(int argc, char** argv) {
    bool json = false, trace = false, audit = false, gcStress = false, timeCells = false;
    std::uint64_t maxSteps = 0, heapLimit = 0;
    const char* path = nullptr;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--json") json = true;
        else if (arg == "--trace") trace = true;
        else if (arg == "--audit") audit = true;
        else if (arg == "--gc-stress") gcStress = true;
        else if (arg == "--time-cells") timeCells = true;
        else if (arg == "--max-steps" && i + 1 < argc) maxSteps = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--heap-limit" && i + 1 < argc) heapLimit = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "-h" || arg == "--help") {
            usage();
            return 0;
        } else if (!arg.empty() && arg[0] == '-') {
            usage();
            return 2;
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        usage();
        return 2;
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        std::fprintf(stderr, "heapscope-cli: cannot read %s\n", path);
        return 2;
    }
    std::stringstream text;
    text << file.rdbuf();

    heapscope::SessionOptions options;
    options.heapLimit = heapLimit;
    options.gcStress = gcStress;
    heapscope::Session session(options);
    if (!json)
        session.setOutputCallback([](std::string_view chunk) { std::fwrite(chunk.data(), 1, chunk.size(), stdout); });
    session.setHostStderrCallback([](std::string_view chunk) {
        std::fflush(stdout);
        std::fwrite(chunk.data(), 1, chunk.size(), stderr);
    });
    session.setAuditEachStatement(audit);
    session.loadCells(text.str());

    heapscope::RunStatus status;
    if (trace) {
        std::uint64_t steps = 0;
        do {
            status = session.stepLine();
            const heapscope::Location loc = session.currentLocation();
            std::fprintf(stderr, "trace: step=%llu instructions=%llu cell=%d line=%d\n", static_cast<unsigned long long>(++steps),
                         static_cast<unsigned long long>(session.instructionCount()), loc.cell, loc.line);
        } while (status == heapscope::RunStatus::BudgetSpent && (maxSteps == 0 || session.instructionCount() < maxSteps));
    } else if (timeCells) {
        int cell = 0;
        do {
            const auto start = std::chrono::steady_clock::now();
            status = session.runCell();
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            std::fflush(stdout);
            std::fprintf(stderr, "cell %d: %.3f ms\n", ++cell, ms);
        } while (status == heapscope::RunStatus::BudgetSpent);
    } else {
        status = session.run(maxSteps ? maxSteps : UINT64_MAX);
    }
    if (status == heapscope::RunStatus::Done) session.exitProgram();
    std::fflush(stdout);
    if (status == heapscope::RunStatus::BudgetSpent)
        std::fprintf(stderr, "heapscope-cli: stopped after %llu instructions (--max-steps)\n",
                     static_cast<unsigned long long>(session.instructionCount()));
    if (json) {
        const std::string out = snapshotJson(session.snapshot());
        std::fwrite(out.data(), 1, out.size(), stdout);
        std::fflush(stdout);
    }
    if (audit && !session.auditLog().empty()) {
        for (const std::string& line : session.auditLog()) std::fprintf(stderr, "audit: %s\n", line.c_str());
        return 3;
    }
    return status == heapscope::RunStatus::Error ? 1 : 0;
}
