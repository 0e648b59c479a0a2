// tracemalloc's tables: traces keyed by block address, tracebacks interned, filenames held
// (Modules/_tracemalloc.c tracemalloc_add_trace / traceback_new / tracemalloc_get_frame).
#include "runtime/tracemalloc.h"

#include "objects/str_object.h"
#include "runtime/cell_runner.h"
#include "runtime/interpreter.h"
#include "vm/code_object.h"
#include "vm/frame.h"
#include "vm/vm_state.h"

namespace hs {


void TracerDeleter::operator()(Tracer* t) const { delete t; }

Tracer::Tracer(Interpreter& interp) : m_interp(interp) {
    m_unknown = newStrFromUtf8(interp, "<unknown>").release();
}

void Tracer::holdFilename(Object* filename) {
    if (m_filenames.emplace(filename, true).second) incref(filename);
}

// traceback_get_frames: the thread's frames, innermost first, skipping frames that have not
// started (_PyFrame_IsIncomplete); the first max_nframe are kept, all are counted.
std::uint32_t Tracer::currentTraceback() {
    m_scratch.clear();
    int total = 0;
    auto push = [&](Object* filename, int lineno) {
        if (static_cast<int>(m_scratch.size()) < m_maxFrames) {
            holdFilename(filename);
            m_scratch.push_back(TraceFrame{filename, lineno});
        }
        ++total;
    };
    bool inCell = false;
    if (VmState* vm = m_interp.vm.get()) {
        for (const Frame* f = vm->currentFrame; f; f = f->previous) {
            if (f->isIncomplete()) continue;
            push(f->code->filename, f->lineNumber());
            inCell = true;
        }
        if (vm->runnerMainCode && !vm->runnerMainReturned) {
            push(asCode(vm->runnerMainCode)->filename, inCell || vm->runnerInExec ? kRunnerExecLine : kRunnerCompileLine);
            Object* moduleFile = vm->runnerModuleCode ? asCode(vm->runnerModuleCode)->filename
                                                      : asCode(vm->runnerMainCode)->filename;
            push(moduleFile, kRunnerModuleLine);
        }
    }
    if (total == 0) { // tracemalloc_empty_traceback
        holdFilename(m_unknown);
        m_scratch.push_back(TraceFrame{m_unknown, 0});
        total = 1;
    }
    auto key = std::make_pair(m_scratch, total);
    auto it = m_tracebackIndex.find(key);
    if (it != m_tracebackIndex.end()) return it->second;
    const auto index = static_cast<std::uint32_t>(m_tracebacks.size());
    m_tracebacks.push_back(TraceTraceback{m_scratch, total});
    m_tracebackIndex.emplace(std::move(key), index);
    return index;
}

void Tracer::add(Addr p, std::uint64_t size) {
    const std::uint32_t tb = currentTraceback();
    auto [it, inserted] = m_traces.try_emplace(p, Trace{size, tb});
    if (!inserted) {
        m_traced -= it->second.size;
        it->second = Trace{size, tb};
    }
    m_traced += size;
    if (m_traced > m_peak) m_peak = m_traced;
}

void Tracer::remove(Addr p) {
    auto it = m_traces.find(p);
    if (it == m_traces.end()) return;
    m_traced -= it->second.size;
    m_traces.erase(it);
}

void Tracer::adopt(Addr from, Addr to) {
    remove(to);
    auto it = m_traces.find(from);
    if (it == m_traces.end()) return;
    const Trace trace = it->second;
    m_traces.erase(it);
    m_traces.emplace(to, trace);
}

void Tracer::clear() {
    m_traces.clear();
    m_traced = 0;
    m_peak = 0;
    m_tracebacks.clear();
    m_tracebackIndex.clear();
    // Dropping a filename may free it (and so reach remove()): the tables are empty by then.
    auto names = std::move(m_filenames);
    m_filenames.clear();
    for (const auto& [name, unused] : names) decref(name);
}

} // namespace hs
