// Heapscope UI tests: the notebook panel and the App's run of its cells: the cell file format,
// typing into a cell, Run all against CPython's transcript, runs sliced across frames, Stop, Step, Reset.
#include "ui/app.h"
#include "ui/cell_file.h"

#include "headless_imgui.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <string>
#include <vector>

namespace {

using heapscope::ui::App;
using heapscope::ui::NotebookRunState;

// From `python3.11 tools/cpython_cells.py` on kCells.
const char* const kCells = "# %%\n"
                           "import sys\n"
                           "x = []\n"
                           "print(sys.getrefcount(x))\n"
                           "# %%\n"
                           "y = x\n"
                           "sys.getrefcount(x)\n"
                           "# %%\n"
                           "def f():\n"
                           "    print(\"in f\")\n"
                           "    return 1/0\n"
                           "f()\n"
                           "# %%\n"
                           "print(\"after\")\n"
                           "f()\n";
const char* const kCPythonTranscript = "2\n"
                                       "3\n"
                                       "in f\n"
                                       "Traceback (most recent call last):\n"
                                       "  File \"<cell 3>\", line 4, in <module>\n"
                                       "  File \"<cell 3>\", line 3, in f\n"
                                       "ZeroDivisionError: division by zero\n"
                                       "after\n"
                                       "in f\n"
                                       "Traceback (most recent call last):\n"
                                       "  File \"<cell 4>\", line 2, in <module>\n"
                                       "  File \"<cell 3>\", line 3, in f\n"
                                       "ZeroDivisionError: division by zero\n";

std::string outputOf(App& app, std::size_t index) {
    const auto& outputs = app.runState().cellOutputs;
    const auto found = outputs.find(app.notebook().cellId(index));
    return found == outputs.end() ? std::string() : found->second;
}

} // namespace

TEST_CASE("cell files parse into cells and format back") {
    using heapscope::ui::parseCellFile;
    const auto cells = parseCellFile("x = 1\r\n# %% [markdown]\n# # Title\n# %%\n\n# %%\ny = 2\n\n\n");
    REQUIRE(cells.size() == 4);
    CHECK(cells[0].header == "# %%");
    CHECK(cells[0].body == "x = 1");
    CHECK(cells[1].header == "# %% [markdown]");
    CHECK(cells[1].body == "# # Title");
    CHECK(cells[2].body.empty()); // a blank cell is kept for the editor
    CHECK(cells[3].body == "y = 2");
    const std::string text = heapscope::ui::formatCellFile(cells);
    CHECK(text == "# %%\nx = 1\n\n# %% [markdown]\n# # Title\n\n# %%\n\n# %%\ny = 2\n");
    const auto again = parseCellFile(text);
    REQUIRE(again.size() == cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) {
        CHECK(again[i].header == cells[i].header);
        CHECK(again[i].body == cells[i].body);
    }
    CHECK(parseCellFile("\n\n# %%\na\n").size() == 1); // a blank preamble is no cell
    CHECK(heapscope::ui::runnableCellCount("a\n# %%\n\n# %%\nb\n") == 2);
}

TEST_CASE("typing into a cell changes its text and the cell file") {
    HeadlessImGui imgui;
    App app;
    app.setCellsText("# %%\n");
    imgui.frame(app);
    const auto rect = app.notebook().editorRect(0);
    REQUIRE(rect.x1 > rect.x0);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2((rect.x0 + rect.x1) / 2, (rect.y0 + rect.y1) / 2);
    io.MouseDown[0] = true;
    imgui.frame(app);
    io.MouseDown[0] = false;
    imgui.frame(app);
    const std::uint64_t before = app.cellsRevision();
    io.AddInputCharactersUTF8("print(6 * 7)");
    imgui.frame(app);
    imgui.frame(app);
    CHECK(app.notebook().cellText(0) == "print(6 * 7)");
    CHECK(app.cellsRevision() > before);
    CHECK(app.cellsText() == "# %%\nprint(6 * 7)\n");
}

TEST_CASE("Run all prints CPython's transcript, each cell's output under it") {
    HeadlessImGui imgui;
    App app;
    app.setCellsText(kCells);
    REQUIRE(app.notebook().cellCount() == 4);
    imgui.frame(app);
    app.commands().push(heapscope::ui::RunCellsCommand{app.notebook().sources()});
    CHECK(imgui.runToEnd(app) <= 1000);
    CHECK(app.session().output() == kCPythonTranscript);
    CHECK(app.snapshot().output == kCPythonTranscript);
    CHECK(app.runState().message == "finished");
    CHECK(outputOf(app, 0) == "2\n");
    CHECK(outputOf(app, 1) == "3\n");
    CHECK(outputOf(app, 2).rfind("in f\nTraceback", 0) == 0);
    // f (defined by cell 3) prints while cell 4 runs: the output belongs to cell 4.
    CHECK(outputOf(app, 3).rfind("after\nin f\nTraceback", 0) == 0);
    CHECK(app.runsEnded() == 1);
    CHECK(app.session().audit().empty());

    // One cell again, in the same namespace: x and y are still there.
    app.notebook().setCellText(1, "y is x");
    app.commands().push(app.notebook().runOneCommand(1));
    imgui.runToEnd(app);
    CHECK(outputOf(app, 1) == "True\n");
    CHECK(outputOf(app, 0) == "2\n"); // other cells keep their output

    // The last cell alone keeps its number: its traceback names <cell 4>, f's frame <cell 3>.
    app.commands().push(app.notebook().runOneCommand(3));
    imgui.runToEnd(app);
    CHECK(outputOf(app, 3) == "after\nin f\nTraceback (most recent call last):\n"
                              "  File \"<cell 4>\", line 2, in <module>\n"
                              "  File \"<cell 3>\", line 3, in f\n"
                              "ZeroDivisionError: division by zero\n");
    CHECK(outputOf(app, 2).rfind("in f\nTraceback", 0) == 0); // cell 3's output is its own
}

TEST_CASE("what a cell writes to the C-level stderr shows in its output, not in the transcript") {
    HeadlessImGui imgui;
    App app;
    app.setCellsText("# %%\nprint('before')\n# %%\nimport sys\nsys._debugmallocstats()\nprint('after')\n");
    imgui.frame(app);
    app.commands().push(heapscope::ui::RunCellsCommand{app.notebook().sources()});
    CHECK(imgui.runToEnd(app) <= 1000);
    CHECK(app.session().output() == "before\nafter\n"); // CPython's transcript
    CHECK(outputOf(app, 0) == "before\n");
    const std::string second = outputOf(app, 1);
    CHECK(second.rfind("Small block threshold = 512, in 32 size classes.\n", 0) == 0);
    CHECK(second.size() > 2000);
    CHECK(second.substr(second.size() - 6) == "after\n");
}

TEST_CASE("a long loop runs across frames and Stop ends it") {
    HeadlessImGui imgui;
    App app;
    app.setRunBudget(20000);
    app.setCellsText("# %%\nn = 0\nfor i in range(10**7):\n    n += 1\n# %%\nprint('never')\n");
    app.commands().push(heapscope::ui::RunCellsCommand{app.notebook().sources()});
    imgui.frame(app);
    REQUIRE(app.running());
    CHECK(app.runState().phase == NotebookRunState::Phase::Running);
    const std::uint64_t first = app.runState().instructions;
    for (int i = 0; i < 5; ++i) imgui.frame(app);
    CHECK(app.running());
    CHECK(app.runState().instructions > first);
    CHECK(app.runState().instructions < first + 10 * 20000); // sliced: about one budget per frame
    CHECK(app.runState().cellId == app.notebook().cellId(0));
    CHECK(app.runState().line >= 2);

    app.commands().push(heapscope::ui::StopCommand{});
    imgui.frame(app);
    CHECK_FALSE(app.running());
    CHECK(app.runState().message == "stopped");
    CHECK(app.runsEnded() == 1);
    const std::uint64_t stoppedAt = app.runState().instructions;
    imgui.frame(app);
    CHECK(app.runState().instructions == stoppedAt);
    CHECK(app.session().output().find("never") == std::string::npos);

    // The session is usable after a stop: n holds how far the loop got.
    app.commands().push(heapscope::ui::RunCellsCommand{{{999, "print(0 < n < 10**7)"}}});
    imgui.runToEnd(app);
    CHECK(app.session().output() == "True\n");
}

TEST_CASE("Step goes line by line, Continue runs on") {
    HeadlessImGui imgui;
    App app;
    app.setCellsText("# %%\na = 1\nb = 2\nprint(a + b)\n# %%\nprint('done')\n");
    app.commands().push(heapscope::ui::StepCommand{app.notebook().sources()});
    imgui.frame(app);
    CHECK(app.runState().phase == NotebookRunState::Phase::Paused);
    CHECK(app.runState().cellId == app.notebook().cellId(0));
    const int firstLine = app.runState().line;
    app.commands().push(heapscope::ui::StepCommand{});
    imgui.frame(app);
    CHECK(app.runState().phase == NotebookRunState::Phase::Paused);
    CHECK(app.runState().line > firstLine);
    CHECK(app.session().output().empty());
    imgui.frame(app); // paused: nothing runs between frames
    CHECK(app.session().output().empty());
    app.commands().push(heapscope::ui::ContinueCommand{});
    imgui.runToEnd(app);
    CHECK(app.session().output() == "3\ndone\n");
    CHECK(app.runState().message == "finished");
}

TEST_CASE("Reset starts a fresh interpreter and keeps the cells") {
    HeadlessImGui imgui;
    App app;
    app.setCellsText("# %%\nz = [1, 2]\nprint(len(z))\n# %%\nwhile True:\n    pass\n");
    const std::string cells = app.cellsText();
    app.commands().push(heapscope::ui::RunCellsCommand{app.notebook().sources()});
    for (int i = 0; i < 3; ++i) imgui.frame(app);
    REQUIRE(app.running()); // the endless loop
    const std::uint64_t generation = app.sessionGeneration();
    app.commands().push(heapscope::ui::ResetCommand{});
    imgui.frame(app);
    CHECK_FALSE(app.running());
    CHECK(app.sessionGeneration() == generation + 1);
    CHECK(app.cellsText() == cells);
    CHECK(app.session().output().empty());
    CHECK(app.snapshot().output.empty());
    CHECK(app.runState().cellOutputs.empty());

    app.commands().push(heapscope::ui::RunCellsCommand{{{999, "print(z)"}}});
    imgui.runToEnd(app);
    CHECK(app.session().output().find("NameError: name 'z' is not defined") != std::string::npos);
}

TEST_CASE("Save hands the cell file to the save handler") {
    HeadlessImGui imgui;
    App app;
    std::string saved;
    app.setSaveHandler([&saved](const std::string& text) {
        saved = text;
        return std::string();
    });
    app.setCellsText("# %%\nprint(1)\n");
    app.notebook().addCell(1, "print(2)");
    app.commands().push(heapscope::ui::SaveCellsCommand{});
    imgui.frame(app);
    CHECK(saved == "# %%\nprint(1)\n\n# %%\nprint(2)\n");
    CHECK(app.runState().saveMessage == "saved");
}
