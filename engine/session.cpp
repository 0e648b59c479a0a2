// Session: the public face of the engine. Sandbox commands create and link objects through the
// type APIs; observation goes through snapshots, memory reads and the heap audit.
#include "heapscope/session.h"

#include "gc/collector.h"
#include "modules/module_registry.h"
#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/range_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "gc/collector.h"
#include "runtime/audit.h"
#include "runtime/cell_runner.h"
#include "vm/vm_state.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/snapshot_builder.h"

#include <chrono>
#include <cstdio>
#include <cctype>
#include <cstdlib>

namespace heapscope {

using hs::Interpreter;
using hs::Object;
using hs::Ref;

namespace {

CommandResult failure(std::string error) {
    CommandResult r;
    r.ok = false;
    r.error = std::move(error);
    return r;
}

CommandResult fromPending(Interpreter& interp) {
    hs::PendingError e = interp.takeError();
    return failure(e.message.empty() ? e.type : e.type + ": " + e.message);
}

std::string hexAddress(Address a) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(a));
    return buf;
}

// A container's seed: `value` parsed as a small count of items 0..n-1 (default 0).
bool parseCount(std::string_view value, std::int64_t& n) {
    if (value.empty()) { n = 0; return true; }
    std::string s(value);
    char* end = nullptr;
    n = std::strtoll(s.c_str(), &end, 10);
    return end && *end == '\0' && n >= 0 && n <= 100000;
}

Ref createObject(Interpreter& interp, std::string_view kind, std::string_view value, std::string& error) {
    std::int64_t n = 0;
    const bool isContainer = kind == "tuple" || kind == "list" || kind == "dict" || kind == "set" ||
                             kind == "frozenset" || kind == "range";
    if (isContainer && !parseCount(value, n)) {
        error = "ValueError: a container's size must be a whole number from 0 to 100000";
        return Ref();
    }
    if (kind == "int") return hs::newIntFromDecimal(interp, value.empty() ? std::string_view("0") : value);
    if (kind == "float") return hs::newFloat(interp, std::strtod(std::string(value).c_str(), nullptr));
    if (kind == "str") return hs::newStrFromUtf8(interp, value);
    if (kind == "bytes") return hs::newBytes(interp, value);
    if (kind == "object") {
        Object* o = interp.newObject<Object>(interp.types.object, 16);
        return Ref(o);
    }
    if (kind == "tuple") {
        Ref t = hs::newTuple(interp, n);
        for (std::int64_t i = 0; t && i < n; ++i) hs::tupleSetItemSteal(t.get(), i, hs::newInt(interp, i).release());
        return t;
    }
    if (kind == "list") {
        Ref l = hs::newList(interp, 0);
        for (std::int64_t i = 0; l && i < n; ++i)
            if (hs::listAppend(l.get(), hs::newInt(interp, i).get()) < 0) return Ref();
        return l;
    }
    if (kind == "dict") {
        Ref d = hs::newDict(interp);
        for (std::int64_t i = 0; d && i < n; ++i) {
            Ref k = hs::newInt(interp, i);
            if (hs::dictSetItem(d.get(), k.get(), k.get()) < 0) return Ref();
        }
        return d;
    }
    if (kind == "set" || kind == "frozenset") {
        Ref s = kind == "set" ? hs::newSet(interp) : hs::newFrozenSet(interp);
        for (std::int64_t i = 0; s && i < n; ++i)
            if (hs::setAdd(s.get(), hs::newInt(interp, i).get()) < 0) return Ref();
        return s;
    }
    if (kind == "range") {
        Ref start = hs::newInt(interp, 0), stop = hs::newInt(interp, n), step = hs::newInt(interp, 1);
        return hs::newRange(interp, start.get(), stop.get(), step.get());
    }
    error = "ValueError: unknown kind '" + std::string(kind) + "'";
    return Ref();
}

bool validName(std::string_view name) {
    if (name.empty()) return false;
    for (char c : name)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
    return !std::isdigit(static_cast<unsigned char>(name[0]));
}

} // namespace

Session::Session(SessionOptions options)
    : m_interp(std::make_unique<Interpreter>(hs::InterpreterOptions{options.heapLimit, options.gcStress})) {}

namespace {
// The one nondeterministic input the engine takes: unseeded random generators differ run to run, as
// CPython's (seeded from urandom) do. Everything else stays a function of the cells. Needs the VM.
void seedHostEntropy(Interpreter& interp) {
    hs::VmState& vm = hs::vmOf(interp);
    if (vm.hostEntropy) return;
    vm.hostEntropy = static_cast<std::uint64_t>(std::chrono::system_clock::now().time_since_epoch().count()) ^
                     static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()) * 0x9e3779b97f4a7c15ULL;
}
} // namespace

Session::~Session() = default;

void Session::ensureRunner() {
    if (!m_runner) m_runner = std::make_unique<hs::CellRunner>(*m_interp);
    seedHostEntropy(*m_interp);
}

void Session::loadCells(std::string_view fileText, int firstCellNumber) {
    finishPausedCollection();
    ensureRunner();
    m_runner->load(fileText, firstCellNumber);
    ++m_interp->version;
}

namespace {
RunStatus toStatus(hs::CellRunner::Status s) {
    switch (s) {
    case hs::CellRunner::Status::Done: return RunStatus::Done;
    case hs::CellRunner::Status::BudgetSpent: return RunStatus::BudgetSpent;
    case hs::CellRunner::Status::Error: return RunStatus::Error;
    }
    return RunStatus::Error;
}
} // namespace

RunStatus Session::run(std::uint64_t budget) {
    finishPausedCollection();
    ensureRunner();
    const std::int64_t b = budget > static_cast<std::uint64_t>(INT64_MAX) ? INT64_MAX : static_cast<std::int64_t>(budget);
    if (!m_auditEachStatement) {
        const RunStatus s = toStatus(m_runner->run(b));
        ++m_interp->version;
        return s;
    }
    // Audit mode: advance statement by statement, auditing the heap at each boundary.
    hs::VmState& vm = hs::vmOf(*m_interp);
    const std::int64_t start = vm.ticks();
    for (;;) {
        const hs::CellRunner::Status s = m_runner->stepLine();
        const std::vector<std::string> problems = hs::auditHeap(*m_interp);
        if (!problems.empty() && m_auditLog.size() < 200) {
            const Location loc = currentLocation();
            const std::string where = "cell " + std::to_string(loc.cell) + " line " + std::to_string(loc.line) + ": ";
            for (std::size_t i = 0; i < problems.size() && i < 5; ++i) m_auditLog.push_back(where + problems[i]);
            if (problems.size() > 5) m_auditLog.push_back(where + "... " + std::to_string(problems.size() - 5) + " more");
        }
        if (s != hs::CellRunner::Status::BudgetSpent) {
            ++m_interp->version;
            return toStatus(s);
        }
        if (vm.ticks() - start >= b) {
            ++m_interp->version;
            return RunStatus::BudgetSpent;
        }
    }
}

RunStatus Session::stepInstruction() {
    finishPausedCollection();
    ensureRunner();
    const RunStatus s = toStatus(m_runner->stepInstruction());
    ++m_interp->version;
    return s;
}

RunStatus Session::runCell() {
    ensureRunner();
    const RunStatus s = toStatus(m_runner->runCell());
    ++m_interp->version;
    return s;
}

RunStatus Session::stepLine() {
    finishPausedCollection();
    ensureRunner();
    const RunStatus s = toStatus(m_runner->stepLine());
    ++m_interp->version;
    return s;
}

void Session::stop() {
    if (m_runner) m_runner->stop();
}

bool Session::finished() const { return !m_runner || m_runner->finished(); }

void Session::exitProgram() {
    if (!m_interp->vm) return;
    if (m_runner) m_runner->releaseNamespace();
    hs::vmOf(*m_interp).runnerMainReturned = true; // atexit and finalization run below no frame
    hs::runAtexitCallbacks(*m_interp);
    // Py_FinalizeEx's PyGC_Collect(): a full collection (with gc.callbacks) when gc is enabled.
    if (m_interp->gc().enabled && !m_interp->gc().collecting) hs::Collector(*m_interp).collectFromPython(2);
    hs::clearError(*m_interp);
    hs::finalizeModules(*m_interp);
    ++m_interp->version;
}

Location Session::currentLocation() const {
    Location loc;
    if (!m_runner) return loc;
    const hs::CellRunner::Location l = m_runner->currentLocation();
    loc.cell = l.cell;
    loc.line = l.line;
    return loc;
}

const std::string& Session::output() const {
    static const std::string kEmpty;
    return m_interp->vm ? m_interp->vm->transcript : kEmpty;
}

void Session::setOutputCallback(std::function<void(std::string_view)> callback) {
    hs::initVm(*m_interp);
    seedHostEntropy(*m_interp);
    hs::vmOf(*m_interp).outputCallback = std::move(callback);
}

void Session::setAuditEachStatement(bool enabled) { m_auditEachStatement = enabled; }

const std::vector<std::string>& Session::auditLog() const { return m_auditLog; }

const std::string& Session::hostStderr() const {
    static const std::string kNone;
    return m_interp->vm ? m_interp->vm->hostStderr : kNone;
}

void Session::setHostStderrCallback(std::function<void(std::string_view)> callback) {
    hs::initVm(*m_interp);
    seedHostEntropy(*m_interp);
    hs::vmOf(*m_interp).hostStderrCallback = std::move(callback);
}

std::uint64_t Session::instructionCount() const {
    return m_interp->vm ? static_cast<std::uint64_t>(m_interp->vm->ticks()) : 0;
}

CommandResult Session::create(std::string_view kind, std::string_view rootName, std::string_view value) {
    finishPausedCollection();
    Interpreter& interp = *m_interp;
    if (!validName(rootName)) return failure("NameError: '" + std::string(rootName) + "' is not a valid name");
    std::string error;
    Ref obj = createObject(interp, kind, value, error);
    ++interp.version;
    if (!obj) return error.empty() ? fromPending(interp) : failure(error);
    CommandResult r;
    r.address = obj->addr;
    interp.roots()[std::string(rootName)] = std::move(obj);
    return r;
}

CommandResult Session::bind(std::string_view rootName, Address target) {
    finishPausedCollection();
    Interpreter& interp = *m_interp;
    if (!validName(rootName)) return failure("NameError: '" + std::string(rootName) + "' is not a valid name");
    Object* o = interp.objectAt(target);
    if (o == nullptr) return failure("ValueError: no live object at " + hexAddress(target));
    interp.roots()[std::string(rootName)] = Ref::borrowed(o);
    ++interp.version;
    CommandResult r;
    r.address = target;
    return r;
}

CommandResult Session::unbind(std::string_view rootName) {
    finishPausedCollection();
    Interpreter& interp = *m_interp;
    auto it = interp.roots().find(std::string(rootName));
    if (it == interp.roots().end()) return failure("NameError: name '" + std::string(rootName) + "' is not defined");
    Ref dropped = std::move(it->second);
    interp.roots().erase(it);
    CommandResult r;
    r.address = dropped ? dropped->addr : 0;
    dropped = Ref(); // frees the object now if this was its last reference
    ++interp.version;
    return r;
}

CommandResult Session::append(Address container, Address item) {
    finishPausedCollection();
    Interpreter& interp = *m_interp;
    Object* c = interp.objectAt(container);
    Object* x = interp.objectAt(item);
    if (c == nullptr) return failure("ValueError: no live object at " + hexAddress(container));
    if (x == nullptr) return failure("ValueError: no live object at " + hexAddress(item));
    int status = 0;
    if (c->type == interp.types.list) {
        status = hs::listAppend(c, x);
    } else if (c->type == interp.types.set) {
        status = hs::setAdd(c, x);
    } else if (c->type == interp.types.dict) {
        Ref key = hs::newInt(interp, hs::dictSize(c));
        status = hs::dictSetItem(c, key.get(), x);
    } else {
        return failure("TypeError: cannot append to '" + c->type->name + "' object");
    }
    ++interp.version;
    if (status < 0) return fromPending(interp);
    CommandResult r;
    r.address = container;
    return r;
}

CommandResult Session::clear(Address container) {
    finishPausedCollection();
    Interpreter& interp = *m_interp;
    Object* c = interp.objectAt(container);
    if (c == nullptr) return failure("ValueError: no live object at " + hexAddress(container));
    Ref keep = Ref::borrowed(c);
    if (c->type == interp.types.list) hs::listClear(c);
    else if (c->type == interp.types.dict) hs::dictClear(c);
    else if (c->type == interp.types.set) hs::setClear(c);
    else return failure("TypeError: cannot clear '" + c->type->name + "' object");
    ++interp.version;
    CommandResult r;
    r.address = container;
    return r;
}

// --- The cyclic collector ---

namespace {
bool validGeneration(int generation) { return generation >= 0 && generation < hs::GcState::kGenerations; }
} // namespace

void Session::finishPausedCollection() {
    hs::Collector* c = m_interp->existingCollector() ? &m_interp->collector() : nullptr;
    if (c == nullptr || c->finished()) return;
    while (!c->finished()) c->stepPhase(hs::Collector::kUnlimited);
    ++m_interp->version;
}

bool Session::collecting() const {
    const hs::Collector* c = m_interp->existingCollector();
    return c != nullptr && !c->finished();
}

CommandResult Session::collect(int generation, std::int64_t* value) {
    if (!validGeneration(generation)) return failure("ValueError: invalid generation");
    finishPausedCollection();
    // gc.collect(generation): 0 without collecting while a collection is already running.
    const std::int64_t n = m_interp->collector().collectFromPython(generation);
    if (value) *value = n;
    if (m_interp->error()) m_interp->takeError(); // callbacks report their own errors
    ++m_interp->version;
    return CommandResult{};
}

CommandResult Session::beginCollection(int generation) {
    if (!validGeneration(generation)) return failure("ValueError: invalid generation");
    if (collecting() || m_interp->gc().collecting) return failure("RuntimeError: a collection is already running");
    if (!m_interp->collector().beginCollection(generation, true))
        return failure("RuntimeError: a collection is already running");
    ++m_interp->version;
    return CommandResult{};
}

bool Session::stepCollection(std::int64_t budget) {
    if (!collecting()) return false;
    m_interp->collector().stepPhase(budget < 1 ? 1 : budget);
    ++m_interp->version;
    return collecting();
}

CommandResult Session::finishCollection(std::int64_t* value) {
    if (!collecting()) return failure("RuntimeError: no collection is being stepped");
    finishPausedCollection();
    if (value) *value = m_interp->collector().result();
    return CommandResult{};
}

Snapshot Session::snapshot() const {
    Snapshot s = hs::buildSnapshot(*m_interp);
    s.output = output();
    // The __main__ globals are roots too (after the host's named roots).
    if (m_runner && m_runner->namespaceDict()) {
        std::int64_t pos = 0;
        Object *key = nullptr, *value = nullptr;
        while (hs::dictNext(m_runner->namespaceDict(), pos, &key, &value))
            if (hs::isStr(key) && value) s.roots.push_back({hs::strToUtf8(key), value->addr});
    }
    return s;
}

std::uint64_t Session::version() const { return m_interp->version; }

CommandResult Session::readMemory(Address address, unsigned size, std::uint64_t& value) const {
    if (size != 1 && size != 2 && size != 4 && size != 8) return failure("ValueError: size must be 1, 2, 4 or 8");
    value = 0;
    // Little-endian: gather the bytes from the aligned words that cover [address, address + size).
    for (unsigned i = 0; i < size; ++i) {
        const Address byteAddr = address + i;
        std::uint64_t word = 0;
        if (!m_interp->readWord(byteAddr & ~Address(7), word))
            return failure("OSError: exception: access violation reading " + hexAddress(byteAddr));
        const std::uint64_t byte = (word >> (8 * (byteAddr & 7))) & 0xff;
        value |= byte << (8 * i);
    }
    return CommandResult{};
}

std::vector<std::string> Session::audit() const { return hs::auditHeap(*m_interp); }

} // namespace heapscope
