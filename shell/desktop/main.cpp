// Heapscope desktop entry point: a GLFW + OpenGL 3 window running the shell App natively.
// Usage: heapscope [--demo] [--frames N] [--run] [FILE.py]
//   --demo seeds a few objects; N > 0 quits after N frames; FILE.py (a cell file) is loaded into the
//   notebook and its Save button writes the cells back to it; --run runs the cells at start.
#include "platform/glfw_backend.h"
#include "ui/app.h"

#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>

namespace {

// A few sandbox objects so a fresh window has something to show (through the command queue).
void seedDemo(heapscope::ui::App& app) {
    using namespace heapscope::ui;
    const char* const kinds[][3] = {{"list", "xs", "3"}, {"dict", "d", "2"}, {"str", "s", "hello"},
                                    {"int", "big", "1000"}, {"tuple", "t", "2"}, {"set", "st", "4"},
                                    {"float", "f", "1.5"}, {"object", "o", ""}};
    for (const auto& k : kinds) app.commands().push(CreateCommand{k[0], k[1], k[2]});
    app.update();
    auto address = [&](const char* name) -> heapscope::Address {
        for (const auto& root : app.snapshot().roots)
            if (root.name == name) return root.object;
        return 0;
    };
    app.commands().push(AppendCommand{address("xs"), address("big")});
    app.commands().push(AppendCommand{address("xs"), address("d")});
    app.commands().push(AppendCommand{address("d"), address("s")});
    app.update();
}

std::string exeDirectory() {
    std::error_code ec;
    std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::string(".") : exe.parent_path().string();
}

bool readFile(const std::string& path, std::string& text) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
    return true;
}

// Writes through a temporary file and a rename, so a failed save never truncates the user's file.
std::string writeFile(const std::string& path, const std::string& text) {
    const std::string temporary = path + ".heapscope-tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) return "cannot write " + temporary;
        out << text;
        if (!out.flush()) return "cannot write " + temporary;
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    return ec ? "cannot replace " + path + ": " + ec.message() : std::string();
}

} // namespace

int main(int argc, char** argv) {
    long maxFrames = 0;
    bool demo = false;
    bool runAtStart = false;
    std::string cellFile;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--demo") == 0) {
            demo = true;
        } else if (std::strcmp(argv[i], "--run") == 0) {
            runAtStart = true;
        } else if (std::strcmp(argv[i], "--frames") == 0 && i + 1 < argc) {
            maxFrames = std::strtol(argv[++i], nullptr, 10);
        } else if (argv[i][0] != '-' && cellFile.empty()) {
            cellFile = argv[i];
        } else {
            std::fprintf(stderr, "usage: %s [--demo] [--frames N] [--run] [FILE.py]\n", argv[0]);
            return 2;
        }
    }
    std::string cells;
    if (!cellFile.empty() && !readFile(cellFile, cells) && std::filesystem::exists(cellFile)) {
        std::fprintf(stderr, "heapscope: cannot read %s\n", cellFile.c_str());
        return 1;
    }

    heapscope::platform::PlatformConfig config;
    if (const char* font = std::getenv("HEAPSCOPE_FONT")) config.fontFiles.push_back(font);
    config.fontFiles.push_back(exeDirectory() + "/fonts/DejaVuSansMono.ttf");
    config.fontFiles.push_back(HEAPSCOPE_FONT_FILE);

    heapscope::platform::GlfwBackend backend;
    if (!backend.init(config)) {
        std::fprintf(stderr, "heapscope: %s\n", backend.error().c_str());
        return 1;
    }
    heapscope::ui::App app;
    if (demo) seedDemo(app);
    if (!cellFile.empty()) {
        // A FILE.py that does not exist yet starts empty and is created by the first Save.
        if (!cells.empty()) app.setCellsText(cells);
        app.setSaveHandler([cellFile](const std::string& text) { return writeFile(cellFile, text); });
    }
    if (runAtStart) app.commands().push(heapscope::ui::RunCellsCommand{app.notebook().sources()});
    while (!backend.shouldClose()) {
        backend.beginFrame();
        app.frame();
        backend.endFrame();
        if (maxFrames > 0 && static_cast<long>(app.frameCount()) >= maxFrames) break;
    }
    backend.shutdown();
    return 0;
}
