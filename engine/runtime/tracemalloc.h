// tracemalloc's tables (Modules/_tracemalloc.c): one trace per live traced block (requested size,
// interned traceback of the Python frames at its allocation), the traced and peak sums.
#pragma once

#include "memory/layout.h"
#include "objects/object.h"

#include <functional>
#include <map>
#include <unordered_map>
#include <vector>

namespace hs {

class Interpreter;

// One frame of a traceback: the code's co_filename (held by the tracer, as tracemalloc_filenames
// does) and the line of the frame's last instruction.
struct TraceFrame {
    Object* filename = nullptr;
    int lineno = 0;
    bool operator<(const TraceFrame& o) const { return filename != o.filename ? filename < o.filename : lineno < o.lineno; }
    bool operator==(const TraceFrame& o) const { return filename == o.filename && lineno == o.lineno; }
};

// An interned traceback: most recent frame first, at most the limit; totalFrames counts them all.
struct TraceTraceback {
    std::vector<TraceFrame> frames;
    int totalFrames = 0;
};

struct Trace {
    std::uint64_t size = 0;   // the requested size (malloc's nbytes, realloc's new size)
    std::uint32_t traceback = 0; // index into Tracer::tracebacks()
};

// The state behind Interpreter::tracing(). Its own memory is host memory: never traced, never in
// the simulated address space (tracemalloc's tables use the raw allocator untraced).
class Tracer {
public:
    // Made while tracing is off (its "<unknown>" filename is an allocation).
    explicit Tracer(Interpreter& interp);
    // The interpreter's teardown frees every object: the held filenames are not released one by one.
    ~Tracer() = default;

    // tracemalloc_add_trace: a block at p of `size` requested bytes, traceback of the current frames.
    // A block already traced at p (realloc in place) has its trace replaced.
    void add(Addr p, std::uint64_t size);
    // tracemalloc_remove_trace: forgets p's trace, if any.
    void remove(Addr p);
    // The block at `to` stands for the one at `from` (same size): it takes from's trace, or none
    // when from was not traced; from's trace is dropped. Peak is left as it is.
    void adopt(Addr from, Addr to);
    // tracemalloc_realloc's bookkeeping: q replaces p (p == 0: a new block).
    void realloc(Addr p, Addr q, std::uint64_t size) {
        if (p != 0 && q != p) remove(p);
        add(q, size);
    }

    // tracemalloc_clear_traces: traces, tracebacks and filenames, and both sums.
    void clear();
    void resetPeak() { m_peak = m_traced; }

    int maxFrames() const { return m_maxFrames; }
    void setMaxFrames(int n) { m_maxFrames = n; }
    std::uint64_t traced() const { return m_traced; }
    std::uint64_t peak() const { return m_peak; }
    const std::unordered_map<Addr, Trace>& traces() const { return m_traces; }
    const std::vector<TraceTraceback>& tracebacks() const { return m_tracebacks; }
    // The trace of the block starting at p, or nullptr.
    const Trace* find(Addr p) const {
        auto it = m_traces.find(p);
        return it == m_traces.end() ? nullptr : &it->second;
    }
    // Every filename the tables hold a reference to (heap audit roots).
    void forEachFilename(const std::function<void(Object*)>& fn) const {
        for (const auto& [name, unused] : m_filenames) fn(name);
        if (m_unknown) fn(m_unknown);
    }

private:
    std::uint32_t currentTraceback();
    void holdFilename(Object* filename);

    Interpreter& m_interp;
    int m_maxFrames = 1;
    std::uint64_t m_traced = 0;
    std::uint64_t m_peak = 0;
    std::unordered_map<Addr, Trace> m_traces;
    std::vector<TraceTraceback> m_tracebacks;
    std::map<std::pair<std::vector<TraceFrame>, int>, std::uint32_t> m_tracebackIndex;
    std::map<Object*, bool> m_filenames; // strong references (tracemalloc_filenames)
    std::vector<TraceFrame> m_scratch;
    Object* m_unknown = nullptr; // "<unknown>": the frame of tracemalloc_empty_traceback (strong)
};

} // namespace hs
