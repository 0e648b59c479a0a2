// Heapscope shell: the application: owns the Session, applies queued commands between frames,
// re-snapshots when the session's version changes, and lays out the views in fixed window areas.
#include "ui/app.h"

#include "ui/snapshot_index.h"
#include "ui/theme.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <string>
#include <type_traits>

namespace heapscope::ui {
namespace {

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoTitleBar;

bool beginPanel(const char* name, float x, float y, float w, float h, ImGuiWindowFlags extra = 0) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + x, viewport->Pos.y + y));
    ImGui::SetNextWindowSize(ImVec2(std::max(w, 1.0f), std::max(h, 1.0f)));
    return ImGui::Begin(name, nullptr, kPanelFlags | extra);
}

std::string describe(const CommandResult& result, const std::string& what) {
    if (!result.ok) return what + ": " + result.error;
    return result.address != 0 ? what + " -> " + formatAddress(result.address) : what;
}

} // namespace

App::App(SessionOptions options) : m_options(options) { newSession(); }

void App::newSession() {
    m_session = std::make_unique<Session>(m_options);
    m_session->setOutputCallback([this](std::string_view text) { onOutput(text); });
    // What the program writes to the C-level stderr shows in its cell too, as in a terminal.
    m_session->setHostStderrCallback([this](std::string_view text) { onOutput(text); });
    ++m_sessionGeneration;
    m_haveSnapshot = false;
    m_commands.select(0);
}

void App::setSaveHandler(std::function<std::string(const std::string&)> handler) {
    m_saveHandler = std::move(handler);
    m_run.canSave = static_cast<bool>(m_saveHandler);
}

// Output is filed under the cell that runs: cells of one load run in order, so the engine cell
// number only grows during a run; a smaller one means a function defined by an earlier cell.
void App::onOutput(std::string_view text) {
    if (m_runCellIds.empty()) return;
    const int cell = m_session->currentLocation().cell;
    if (cell > m_outputCell && runCellId(cell) != 0) m_outputCell = cell;
    if (m_outputCell < m_firstCellNumber) m_outputCell = m_firstCellNumber;
    m_run.cellOutputs[runCellId(m_outputCell)].append(text);
}

std::uint64_t App::runCellId(int number) const {
    const int index = number - m_firstCellNumber;
    return index >= 0 && index < static_cast<int>(m_runCellIds.size()) ? m_runCellIds[static_cast<std::size_t>(index)] : 0;
}

void App::trackLocation() {
    const Location loc = m_session->currentLocation();
    m_run.cellId = runCellId(loc.cell);
    m_run.line = loc.line;
    m_run.instructions = m_session->instructionCount();
}

void App::startRun(const std::vector<CellSource>& cells, int firstCellNumber, NotebookRunState::Phase phase) {
    std::string file;
    m_runCellIds.clear();
    for (const CellSource& cell : cells) {
        // A "# %%" line typed inside a cell splits it, for the engine as for CPython's runner.
        for (std::size_t n = runnableCellCount(cell.text); n > 0; --n) m_runCellIds.push_back(cell.id);
        file += "# %%\n";
        file += cell.text;
        file += "\n";
        m_run.cellOutputs[cell.id].clear();
    }
    m_firstCellNumber = firstCellNumber < 1 ? 1 : firstCellNumber;
    m_outputCell = 0;
    m_run.message.clear();
    m_run.phase = phase;
    m_session->loadCells(file, m_firstCellNumber);
    trackLocation();
    m_commands.addLog(true, "run " + std::to_string(m_runCellIds.size()) + " cell(s)");
}

void App::endRun(const std::string& message) {
    m_run.phase = NotebookRunState::Phase::Idle;
    m_run.message = message;
    trackLocation();
    m_run.cellId = 0;
    m_runCellIds.clear(); // later output (a sandbox collection's __del__) is the transcript's alone
    ++m_runsEnded;
}

void App::stopRun() {
    if (!running()) return;
    m_session->stop();
    m_session->run(0); // applies the stop: the current cell is abandoned, the rest skipped
    endRun("stopped");
}

// Runs one slice of the active run: at most m_runBudget instructions per frame.
void App::advanceRun() {
    if (m_run.phase != NotebookRunState::Phase::Running) return;
    const RunStatus status = m_session->run(m_runBudget);
    if (status == RunStatus::BudgetSpent) trackLocation();
    else endRun(status == RunStatus::Done ? "finished" : "engine error");
}

void App::saveCells() {
    if (!m_saveHandler) {
        m_run.saveMessage = "nowhere to save";
        return;
    }
    const std::string error = m_saveHandler(cellsText());
    m_run.saveMessage = error.empty() ? "saved" : "save failed: " + error;
    m_commands.addLog(error.empty(), m_run.saveMessage);
}

void App::applyPending() {
    for (Command& command : m_commands.takePending()) {
        std::visit(
            [this](auto& c) {
                using T = std::decay_t<decltype(c)>;
                if constexpr (std::is_same_v<T, CreateCommand>) {
                    CommandResult r = m_session->create(c.kind, c.rootName, c.value);
                    m_commands.addLog(r.ok, describe(r, c.rootName + " = " + c.kind + "(" + c.value + ")"));
                    if (r.ok) m_commands.select(r.address);
                } else if constexpr (std::is_same_v<T, BindCommand>) {
                    CommandResult r = m_session->bind(c.rootName, c.target);
                    m_commands.addLog(r.ok, describe(r, c.rootName + " = " + formatAddress(c.target)));
                } else if constexpr (std::is_same_v<T, UnbindCommand>) {
                    CommandResult r = m_session->unbind(c.rootName);
                    m_commands.addLog(r.ok, describe(r, "del " + c.rootName));
                } else if constexpr (std::is_same_v<T, AppendCommand>) {
                    CommandResult r = m_session->append(c.container, c.item);
                    m_commands.addLog(r.ok, describe(r, "append " + formatAddress(c.item) + " to " +
                                                            formatAddress(c.container)));
                } else if constexpr (std::is_same_v<T, ClearCommand>) {
                    CommandResult r = m_session->clear(c.container);
                    m_commands.addLog(r.ok, describe(r, "clear " + formatAddress(c.container)));
                } else if constexpr (std::is_same_v<T, CollectCommand>) {
                    std::int64_t n = 0;
                    CommandResult r = m_session->collect(c.generation, &n);
                    const std::string what = "gc.collect(" + std::to_string(c.generation) + ")";
                    m_commands.addLog(r.ok, r.ok ? what + " -> " + std::to_string(n) : describe(r, what));
                } else if constexpr (std::is_same_v<T, BeginCollectionCommand>) {
                    CommandResult r = m_session->beginCollection(c.generation);
                    m_commands.addLog(r.ok, describe(r, "step gc.collect(" + std::to_string(c.generation) + ")"));
                } else if constexpr (std::is_same_v<T, StepCollectionCommand>) {
                    if (!m_session->collecting()) m_commands.addLog(false, "step: no collection is being stepped");
                    else m_session->stepCollection();
                } else if constexpr (std::is_same_v<T, FinishCollectionCommand>) {
                    std::int64_t n = 0;
                    CommandResult r = m_session->finishCollection(&n);
                    m_commands.addLog(r.ok, r.ok ? "finish collection -> " + std::to_string(n) : describe(r, "finish"));
                } else if constexpr (std::is_same_v<T, RunCellsCommand>) {
                    if (!running() && !c.cells.empty()) startRun(c.cells, c.firstCellNumber, NotebookRunState::Phase::Running);
                } else if constexpr (std::is_same_v<T, ContinueCommand>) {
                    if (m_run.phase == NotebookRunState::Phase::Paused) m_run.phase = NotebookRunState::Phase::Running;
                } else if constexpr (std::is_same_v<T, StepCommand>) {
                    if (m_run.phase == NotebookRunState::Phase::Idle) {
                        if (c.cells.empty()) return;
                        startRun(c.cells, 1, NotebookRunState::Phase::Paused);
                    }
                    m_run.phase = NotebookRunState::Phase::Paused;
                    if (m_session->stepLine() == RunStatus::BudgetSpent) trackLocation();
                    else endRun("finished");
                } else if constexpr (std::is_same_v<T, StopCommand>) {
                    stopRun();
                } else if constexpr (std::is_same_v<T, ResetCommand>) {
                    if (running()) endRun("reset");
                    newSession();
                    m_runCellIds.clear();
                    m_run = NotebookRunState{};
                    m_run.canSave = static_cast<bool>(m_saveHandler);
                    m_run.message = "reset: fresh interpreter";
                    m_commands.addLog(true, "reset");
                } else if constexpr (std::is_same_v<T, SaveCellsCommand>) {
                    saveCells();
                }
            },
            command);
    }
}

void App::refreshSnapshot() {
    if (m_haveSnapshot && m_session->version() == m_snapshot.version) return;
    m_snapshot = m_session->snapshot();
    m_haveSnapshot = true;
    ++m_snapshotsTaken;
}

void App::update() {
    applyPending();
    advanceRun();
    refreshSnapshot();
}

void App::drawToolbar(float x, float y, float w, float h) {
    if (beginPanel("##toolbar", x, y, w, h, ImGuiWindowFlags_NoScrollbar)) {
        ImGui::TextColored(ImVec4(0.55f, 0.75f, 1.0f, 1.0f), "Heapscope");
        ImGui::SameLine();
        ImGui::TextDisabled("|");
        ImGui::SameLine();
        ImGui::Text("%zu objects  %zu names  version %llu", m_snapshot.objects.size(), m_snapshot.roots.size(),
                    static_cast<unsigned long long>(m_snapshot.version));
        ImGui::SameLine();
        ImGui::TextDisabled("|  frame %.2f ms", m_lastFrameMs);
        const ImGuiStyle& style = ImGui::GetStyle();
        const float right = ImGui::GetWindowContentRegionMax().x;
        const float versionW = ImGui::CalcTextSize("CPython 3.11").x;
        const float demoW = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize("ImGui demo").x;
        ImGui::SameLine(right - versionW - demoW - 3.0f * style.ItemSpacing.x);
        ImGui::Checkbox("ImGui demo", &m_showDemo);
        ImGui::SameLine(right - versionW);
        ImGui::TextDisabled("CPython 3.11");
    }
    ImGui::End();
}

void App::drawLeft(float x, float y, float w, float h) {
    if (beginPanel("Sandbox", x, y, w, h)) {
        if (ImGui::BeginTabBar("##left_tabs")) {
            if (ImGui::BeginTabItem("Notebook")) {
                m_notebook.draw(m_snapshot, m_run, m_commands);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem("Sandbox")) {
                m_sandbox.draw(m_snapshot, m_commands);
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
    }
    ImGui::End();
}

void App::drawMain(float x, float y, float w, float h) {
    if (beginPanel("Heap", x, y, w, h)) {
        ImGui::TextDisabled("HEAP");
        m_heapTree.draw(m_snapshot, m_commands);
    }
    ImGui::End();
}

void App::drawRight(float x, float y, float w, float h) {
    if (beginPanel("Collector", x, y, w, h)) m_generations.draw(m_snapshot, m_commands);
    ImGui::End();
}

void App::drawBottom(float x, float y, float w, float h) {
    if (beginPanel("Details", x, y, w, h)) {
        if (ImGui::BeginTabBar("##bottom_tabs")) {
            if (ImGui::BeginTabItem("Memory cells")) {
                m_memoryMap.draw(m_snapshot, m_commands);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem("Refcount table")) {
                m_refcountTable.draw(m_snapshot, m_commands);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem("Output")) {
                ImGui::BeginChild("##output", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
                if (m_snapshot.output.empty()) ImGui::TextDisabled("(no output yet)");
                else ImGui::TextUnformatted(m_snapshot.output.data(), m_snapshot.output.data() + m_snapshot.output.size());
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
    }
    ImGui::End();
}

void App::frame() {
    const auto start = std::chrono::steady_clock::now();
    update();

    const ImVec2 size = ImGui::GetMainViewport()->Size;
    const float toolbarH = ImGui::GetFrameHeight() + 12.0f;
    const float bottomH = std::max(160.0f, std::floor(size.y * 0.40f));
    const float middleH = std::max(60.0f, size.y - toolbarH - bottomH);
    const float leftW = std::clamp(std::floor(size.x * 0.34f), 300.0f, 620.0f);
    const float rightW = std::clamp(std::floor(size.x * 0.21f), 220.0f, 380.0f);
    const float mainW = std::max(100.0f, size.x - leftW - rightW);

    drawToolbar(0, 0, size.x, toolbarH);
    drawLeft(0, toolbarH, leftW, middleH);
    drawMain(leftW, toolbarH, mainW, middleH);
    drawRight(leftW + mainW, toolbarH, rightW, middleH);
    drawBottom(0, toolbarH + middleH, size.x, size.y - toolbarH - middleH);
    if (m_showDemo) ImGui::ShowDemoWindow(&m_showDemo);

    ++m_frames;
    m_lastFrameMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace heapscope::ui
