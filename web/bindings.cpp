// Heapscope web: embind bindings, kept thin: Session (create/bind/unbind/append/clear/readMemory/audit,
// collect and the stepped collection), the App's notebook (cells, run/step/stop/reset, run state),
// snapshots as plain JS objects, and access to the page's App session. Nothing throws across here.
// Addresses cross as JS numbers (doubles): simulated addresses stay below 2^53.
#include "web_app.h"

#include "heapscope/session.h"
#include "heapscope/snapshot.h"
#include "ui/app.h"

#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cinttypes>
#include <cstdio>
#include <string>
#include <utility>

using emscripten::val;

namespace heapscope::web {
namespace {

double toJs(std::uint64_t v) { return static_cast<double>(v); }
double toJs(std::int64_t v) { return static_cast<double>(v); }
Address toAddress(double v) { return v <= 0 ? 0 : static_cast<Address>(v); }

std::string hex(Address address) {
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "0x%" PRIx64, static_cast<std::uint64_t>(address));
    return buffer;
}

val resultToJs(const CommandResult& result) {
    val out = val::object();
    out.set("ok", result.ok);
    out.set("address", toJs(result.address));
    out.set("error", result.error);
    return out;
}

template <typename T, typename F> val arrayOf(const std::vector<T>& items, F convert) {
    val out = val::array();
    for (std::size_t i = 0; i < items.size(); ++i) out.set(static_cast<unsigned>(i), convert(items[i]));
    return out;
}

val blockToJs(BlockState state, std::int32_t typeIndex, Address object) {
    val out = val::object();
    out.set("state", static_cast<int>(state));
    out.set("typeIndex", typeIndex);
    out.set("object", toJs(object));
    return out;
}

val collectionToJs(const CollectionView& c) {
    val out = val::object();
    out.set("present", c.present);
    out.set("active", c.active);
    out.set("phase", c.phase);
    out.set("phaseComplete", c.phaseComplete);
    out.set("generation", c.generation);
    out.set("collected", toJs(c.collected));
    out.set("uncollectable", toJs(c.uncollectable));
    out.set("result", toJs(c.result));
    out.set("objects", arrayOf(c.objects, [](const CollectionObject& o) {
        val obj = val::object();
        obj.set("address", toJs(o.address));
        obj.set("id", hex(o.address));
        obj.set("type", o.type);
        obj.set("gcRefs", toJs(o.gcRefs));
        obj.set("set", std::string(gcSetName(o.set)));
        return obj;
    }));
    return out;
}

val snapshotToJs(const Snapshot& s, bool includeBlocks) {
    val out = val::object();
    out.set("version", toJs(s.version));
    out.set("typeNames", arrayOf(s.typeNames, [](const std::string& n) { return val(n); }));
    out.set("objects", arrayOf(s.objects, [&](const ObjectInfo& o) {
        val obj = val::object();
        obj.set("address", toJs(o.address));
        obj.set("id", hex(o.address));
        obj.set("typeIndex", o.typeIndex);
        obj.set("type", o.typeIndex >= 0 && static_cast<std::size_t>(o.typeIndex) < s.typeNames.size()
                            ? s.typeNames[static_cast<std::size_t>(o.typeIndex)]
                            : std::string("?"));
        obj.set("size", toJs(o.size));
        obj.set("refcount", toJs(o.refcount));
        obj.set("isStatic", o.isStatic);
        obj.set("gcTracked", o.gcTracked);
        obj.set("generation", static_cast<int>(o.generation));
        obj.set("label", o.label);
        obj.set("referents", arrayOf(o.referents, [](Address a) { return val(toJs(a)); }));
        return obj;
    }));
    out.set("roots", arrayOf(s.roots, [](const RootInfo& r) {
        val root = val::object();
        root.set("name", r.name);
        root.set("address", toJs(r.object));
        return root;
    }));
    val generations = val::array();
    for (unsigned g = 0; g < 3; ++g) {
        val gen = val::object();
        gen.set("count", toJs(s.generations[g].count));
        gen.set("threshold", toJs(s.generations[g].threshold));
        gen.set("size", toJs(s.generations[g].size));
        generations.set(g, gen);
    }
    out.set("generations", generations);
    out.set("permanentSize", toJs(s.permanentSize));
    out.set("collection", collectionToJs(s.collection));
    out.set("gcEnabled", s.gcEnabled);
    out.set("arenas", arrayOf(s.arenas, [&](const ArenaInfo& a) {
        val arena = val::object();
        arena.set("address", toJs(a.address));
        arena.set("pools", arrayOf(a.pools, [&](const PoolInfo& p) {
            val pool = val::object();
            pool.set("address", toJs(p.address));
            pool.set("blockSize", p.blockSize);
            pool.set("blocksInUse", p.blocksInUse);
            pool.set("blockCount", static_cast<unsigned>(p.blocks.size()));
            if (includeBlocks)
                pool.set("blocks", arrayOf(p.blocks, [](const BlockInfo& b) {
                    return blockToJs(b.state, b.typeIndex, b.object);
                }));
            return pool;
        }));
        return arena;
    }));
    out.set("largeBlocks", arrayOf(s.largeBlocks, [](const LargeBlockInfo& l) {
        val block = blockToJs(l.state, l.typeIndex, l.object);
        block.set("address", toJs(l.address));
        block.set("size", toJs(l.size));
        return block;
    }));
    val totals = val::object();
    totals.set("arenas", toJs(s.totals.arenas));
    totals.set("poolsInUse", toJs(s.totals.poolsInUse));
    totals.set("blocksInUse", toJs(s.totals.blocksInUse));
    totals.set("bytesInBlocks", toJs(s.totals.bytesInBlocks));
    totals.set("largeBytes", toJs(s.totals.largeBytes));
    totals.set("heapLimit", toJs(s.totals.heapLimit));
    out.set("totals", totals);
    out.set("output", s.output);
    return out;
}

// --- Session methods with JS-friendly signatures (std::string, double addresses) ---
val sessionCreate(Session& s, std::string kind, std::string name, std::string value) {
    return resultToJs(s.create(kind, name, value));
}
val sessionBind(Session& s, std::string name, double target) { return resultToJs(s.bind(name, toAddress(target))); }
val sessionUnbind(Session& s, std::string name) { return resultToJs(s.unbind(name)); }
val sessionAppend(Session& s, double container, double item) {
    return resultToJs(s.append(toAddress(container), toAddress(item)));
}
val sessionClear(Session& s, double container) { return resultToJs(s.clear(toAddress(container))); }
val sessionSnapshot(const Session& s, bool includeBlocks) { return snapshotToJs(s.snapshot(), includeBlocks); }
double sessionVersion(const Session& s) { return toJs(s.version()); }
val sessionReadMemory(const Session& s, double address, unsigned size) {
    std::uint64_t value = 0;
    val out = resultToJs(s.readMemory(toAddress(address), size, value));
    out.set("value", toJs(value));
    return out;
}
val sessionAudit(const Session& s) {
    return arrayOf(s.audit(), [](const std::string& line) { return val(line); });
}

val valueResult(const CommandResult& r, std::int64_t value) {
    val out = resultToJs(r);
    out.set("value", toJs(value));
    return out;
}
val sessionCollect(Session& s, int generation) {
    std::int64_t n = 0;
    CommandResult r = s.collect(generation, &n);
    return valueResult(r, n);
}
val sessionBeginCollection(Session& s, int generation) { return resultToJs(s.beginCollection(generation)); }
bool sessionStepCollection(Session& s, double budget) {
    return s.stepCollection(budget >= 1 ? static_cast<std::int64_t>(budget) : Session::kCollectionSlice);
}
val sessionFinishCollection(Session& s) {
    std::int64_t n = 0;
    CommandResult r = s.finishCollection(&n);
    return valueResult(r, n);
}
bool sessionCollecting(const Session& s) { return s.collecting(); }
val sessionCollection(const Session& s) { return collectionToJs(s.snapshot().collection); }

Session* newSession(double heapLimit, bool gcStress) {
    SessionOptions options;
    options.heapLimit = static_cast<std::uint64_t>(heapLimit > 0 ? heapLimit : 0);
    options.gcStress = gcStress;
    return new Session(options);
}

// The session the page draws; null before main() finished starting up.
Session* appSession() {
    ui::App* app = webApp();
    return app ? &app->session() : nullptr;
}
double frameCount() { return toJs(webFrameCount()); }

// --- The page's notebook: commands go through the App's queue and are applied at once ---
void applyNow(ui::Command command) {
    ui::App* app = webApp();
    if (!app) return;
    app->commands().push(std::move(command));
    app->update();
}
std::string appGetCells() {
    ui::App* app = webApp();
    return app ? app->cellsText() : std::string();
}
void appSetCells(std::string text) {
    if (ui::App* app = webApp()) app->setCellsText(text);
}
void appRunAll() {
    if (ui::App* app = webApp()) applyNow(ui::RunCellsCommand{app->notebook().sources()});
}
void appRunCell(unsigned index) {
    ui::App* app = webApp();
    if (app && index < app->notebook().cellCount()) applyNow(app->notebook().runOneCommand(index));
}
void appStep() {
    if (ui::App* app = webApp()) applyNow(ui::StepCommand{app->notebook().sources()});
}
void appContinue() { applyNow(ui::ContinueCommand{}); }
void appStop() { applyNow(ui::StopCommand{}); }
void appReset() { applyNow(ui::ResetCommand{}); }
double appSessionGeneration() {
    ui::App* app = webApp();
    return app ? toJs(app->sessionGeneration()) : 0.0;
}
std::string appOutput() {
    ui::App* app = webApp();
    return app ? app->session().output() : std::string();
}
// Each notebook cell's output from its last run, in notebook order.
val appCellOutputs() {
    val out = val::array();
    ui::App* app = webApp();
    if (!app) return out;
    const ui::NotebookView& notebook = app->notebook();
    for (std::size_t i = 0; i < notebook.cellCount(); ++i) {
        const auto found = app->runState().cellOutputs.find(notebook.cellId(i));
        out.set(static_cast<unsigned>(i), found == app->runState().cellOutputs.end() ? std::string() : found->second);
    }
    return out;
}
val appRunState() {
    val out = val::object();
    ui::App* app = webApp();
    if (!app) return out;
    const ui::NotebookRunState& run = app->runState();
    using Phase = ui::NotebookRunState::Phase;
    out.set("phase", std::string(run.phase == Phase::Running ? "running" : run.phase == Phase::Paused ? "paused" : "idle"));
    int cell = 0;
    for (std::size_t i = 0; i < app->notebook().cellCount(); ++i)
        if (app->notebook().cellId(i) == run.cellId && run.cellId != 0) cell = static_cast<int>(i) + 1;
    out.set("cell", cell);
    out.set("line", run.line);
    out.set("instructions", toJs(run.instructions));
    out.set("message", run.message);
    out.set("runsEnded", toJs(app->runsEnded()));
    out.set("outputLength", toJs(static_cast<std::uint64_t>(app->session().output().size())));
    out.set("sessionGeneration", toJs(app->sessionGeneration()));
    out.set("cellsRevision", toJs(app->cellsRevision()));
    return out;
}

} // namespace
} // namespace heapscope::web

EMSCRIPTEN_BINDINGS(heapscope) {
    using namespace heapscope;
    using namespace heapscope::web;
    emscripten::class_<Session>("Session")
        .constructor(&newSession, emscripten::allow_raw_pointers())
        .function("create", &sessionCreate)
        .function("bind", &sessionBind)
        .function("unbind", &sessionUnbind)
        .function("append", &sessionAppend)
        .function("clear", &sessionClear)
        .function("snapshot", &sessionSnapshot)
        .function("version", &sessionVersion)
        .function("readMemory", &sessionReadMemory)
        .function("audit", &sessionAudit)
        .function("collect", &sessionCollect)
        .function("beginCollection", &sessionBeginCollection)
        .function("stepCollection", &sessionStepCollection)
        .function("finishCollection", &sessionFinishCollection)
        .function("collecting", &sessionCollecting)
        .function("collection", &sessionCollection);
    emscripten::function("appSession", &appSession, emscripten::allow_raw_pointers());
    emscripten::function("frameCount", &frameCount);
    emscripten::function("appGetCells", &appGetCells);
    emscripten::function("appSetCells", &appSetCells);
    emscripten::function("appRunAll", &appRunAll);
    emscripten::function("appRunCell", &appRunCell);
    emscripten::function("appStep", &appStep);
    emscripten::function("appContinue", &appContinue);
    emscripten::function("appStop", &appStop);
    emscripten::function("appReset", &appReset);
    emscripten::function("appSessionGeneration", &appSessionGeneration);
    emscripten::function("appOutput", &appOutput);
    emscripten::function("appCellOutputs", &appCellOutputs);
    emscripten::function("appRunState", &appRunState);
}
