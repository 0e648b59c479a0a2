// Heapscope shell: the notebook panel: editable Python cells, Run / Step / Stop / Reset, each cell's
// output under it and the run's position. It owns the cells' text; the App owns the Session.
#include "ui/notebook_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <utility>

namespace heapscope::ui {
namespace {

// InputText resize callback for a std::string buffer (the buffer always keeps its terminating NUL).
int resizeString(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* text = static_cast<std::string*>(data->UserData);
        text->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = text->data();
    }
    return 0;
}

bool inputMultiline(const char* label, std::string& text, const ImVec2& size) {
    return ImGui::InputTextMultiline(label, text.data(), text.capacity() + 1, size,
                                     ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_AllowTabInput,
                                     resizeString, &text);
}

int lineCount(const std::string& text) {
    return 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

enum Action { kNone, kRun, kUp, kDown, kDelete, kInsertBelow };

} // namespace

NotebookView::NotebookView() { addCell(0); m_revision = 0; }

std::string NotebookView::cellFile() const {
    std::vector<CellText> cells;
    cells.reserve(m_cells.size());
    for (const Cell& cell : m_cells) cells.push_back(cell.text);
    return formatCellFile(cells);
}

void NotebookView::setCellFile(std::string_view text) {
    m_cells.clear();
    for (CellText& cellText : parseCellFile(text)) m_cells.push_back(Cell{m_nextId++, std::move(cellText), {}});
    if (m_cells.empty()) m_cells.push_back(Cell{m_nextId++, CellText{}, {}});
    ++m_revision;
}

void NotebookView::setCellText(std::size_t index, std::string text) {
    if (index >= m_cells.size()) return;
    m_cells[index].text.body = std::move(text);
    ++m_revision;
}

void NotebookView::addCell(std::size_t index, std::string text) {
    index = std::min(index, m_cells.size());
    Cell cell{m_nextId++, CellText{}, {}};
    cell.text.body = std::move(text);
    m_cells.insert(m_cells.begin() + static_cast<std::ptrdiff_t>(index), std::move(cell));
    ++m_revision;
}

void NotebookView::deleteCell(std::size_t index) {
    if (index >= m_cells.size()) return;
    m_cells.erase(m_cells.begin() + static_cast<std::ptrdiff_t>(index));
    if (m_cells.empty()) m_cells.push_back(Cell{m_nextId++, CellText{}, {}}); // always one cell to type in
    ++m_revision;
}

void NotebookView::moveCell(std::size_t index, int delta) {
    const std::ptrdiff_t to = static_cast<std::ptrdiff_t>(index) + delta;
    if (index >= m_cells.size() || to < 0 || to >= static_cast<std::ptrdiff_t>(m_cells.size())) return;
    std::swap(m_cells[index], m_cells[static_cast<std::size_t>(to)]);
    ++m_revision;
}

CellSource NotebookView::source(std::size_t index) const {
    const Cell& cell = m_cells[index];
    return CellSource{cell.id, cell.text.body};
}

RunCellsCommand NotebookView::runOneCommand(std::size_t index) const {
    int number = 1;
    for (std::size_t i = 0; i < index && i < m_cells.size(); ++i)
        number += static_cast<int>(runnableCellCount(m_cells[i].text.body));
    return RunCellsCommand{{source(index)}, number};
}

std::vector<CellSource> NotebookView::sources() const {
    std::vector<CellSource> out;
    out.reserve(m_cells.size());
    for (std::size_t i = 0; i < m_cells.size(); ++i) out.push_back(source(i));
    return out;
}

void NotebookView::drawToolbar(const NotebookRunState& run, Commands& commands) {
    using Phase = NotebookRunState::Phase;
    if (run.phase == Phase::Paused) {
        if (ImGui::Button("Continue")) commands.push(ContinueCommand{});
    } else {
        ImGui::BeginDisabled(run.phase == Phase::Running);
        if (ImGui::Button("Run all")) commands.push(RunCellsCommand{sources()});
        ImGui::EndDisabled();
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(run.phase == Phase::Running);
    if (ImGui::Button("Step")) commands.push(StepCommand{sources()});
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(run.phase == Phase::Idle);
    if (ImGui::Button("Stop")) commands.push(StopCommand{});
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Reset")) commands.push(ResetCommand{});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("New interpreter: heap and names start over, cells are kept");
    if (run.canSave) {
        ImGui::SameLine();
        if (ImGui::Button("Save")) commands.push(SaveCellsCommand{});
    }

    int cellNumber = 0;
    for (std::size_t i = 0; i < m_cells.size(); ++i)
        if (m_cells[i].id == run.cellId) cellNumber = static_cast<int>(i) + 1;
    char where[64] = "";
    if (cellNumber > 0) std::snprintf(where, sizeof where, " cell %d, line %d", cellNumber, run.line);
    const unsigned long long instructions = static_cast<unsigned long long>(run.instructions);
    switch (run.phase) {
    case Phase::Running:
        ImGui::TextColored(ImVec4(1.0f, 0.8f, 0.3f, 1.0f), "running%s  (%llu instructions)", where, instructions);
        break;
    case Phase::Paused:
        ImGui::TextColored(ImVec4(0.5f, 0.8f, 1.0f, 1.0f), "paused before%s", where);
        break;
    case Phase::Idle:
        if (run.message.empty()) ImGui::TextDisabled("ready");
        else ImGui::TextDisabled("%s  (%llu instructions)", run.message.c_str(), instructions);
        break;
    }
    if (!run.saveMessage.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("| %s", run.saveMessage.c_str());
    }
}

void NotebookView::drawCell(std::size_t index, const NotebookRunState& run, Commands& commands, int& action,
                            std::size_t& target) {
    using Phase = NotebookRunState::Phase;
    Cell& cell = m_cells[index];
    ImGui::PushID(static_cast<int>(cell.id));
    const bool current = run.phase != Phase::Idle && run.cellId == cell.id;
    if (current) ImGui::TextColored(ImVec4(1.0f, 0.8f, 0.3f, 1.0f), "[%zu] > line %d", index + 1, run.line);
    else ImGui::TextDisabled("[%zu]", index + 1);
    if (cell.text.header != "# %%") {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", cell.text.header.c_str() + 4);
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(run.phase != Phase::Idle);
    if (ImGui::SmallButton("Run")) action = kRun, target = index;
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::SmallButton("Up")) action = kUp, target = index;
    ImGui::SameLine();
    if (ImGui::SmallButton("Down")) action = kDown, target = index;
    ImGui::SameLine();
    if (ImGui::SmallButton("+")) action = kInsertBelow, target = index;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Add a cell below");
    ImGui::SameLine();
    if (ImGui::SmallButton("Delete")) action = kDelete, target = index;

    const float lineH = ImGui::GetTextLineHeight();
    const float height = static_cast<float>(std::max(3, lineCount(cell.text.body) + 1)) * lineH +
                         ImGui::GetStyle().FramePadding.y * 2.0f;
    if (inputMultiline("##source", cell.text.body, ImVec2(-1.0f, height))) ++m_revision;
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    cell.editorRect = Rect{min.x, min.y, max.x, max.y};

    const auto output = run.cellOutputs.find(cell.id);
    if (output != run.cellOutputs.end() && !output->second.empty()) {
        ImGui::Indent();
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.80f, 0.86f, 0.80f, 1.0f));
        ImGui::TextUnformatted(output->second.data(), output->second.data() + output->second.size());
        ImGui::PopStyleColor();
        ImGui::Unindent();
    }
    ImGui::Separator();
    ImGui::PopID();
    (void)commands;
}

void NotebookView::draw(const Snapshot&, const NotebookRunState& run, Commands& commands) {
    drawToolbar(run, commands);
    ImGui::Separator();
    ImGui::BeginChild("##cells", ImVec2(0, 0), false);
    int action = kNone;
    std::size_t target = 0;
    for (std::size_t i = 0; i < m_cells.size(); ++i) drawCell(i, run, commands, action, target);
    if (ImGui::Button("+ Add cell")) action = kInsertBelow, target = m_cells.size() - 1;
    ImGui::EndChild();

    switch (action) {
    case kRun: commands.push(runOneCommand(target)); break;
    case kUp: moveCell(target, -1); break;
    case kDown: moveCell(target, +1); break;
    case kDelete: deleteCell(target); break;
    case kInsertBelow: addCell(target + 1); break;
    default: break;
    }
}

} // namespace heapscope::ui
