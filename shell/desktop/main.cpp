// Heapscope desktop entry point: a GLFW + OpenGL 3 window running the shell App natively.
// Usage: heapscope [--demo] [--frames N]   (--demo seeds a few objects; N > 0 quits after N frames)
#include "platform/glfw_backend.h"
#include "ui/app.h"

#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
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

} // namespace

int main(int argc, char** argv) {
    long maxFrames = 0;
    bool demo = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--demo") == 0) {
            demo = true;
        } else if (std::strcmp(argv[i], "--frames") == 0 && i + 1 < argc) {
            maxFrames = std::strtol(argv[++i], nullptr, 10);
        } else {
            std::fprintf(stderr, "usage: %s [--demo] [--frames N]\n", argv[0]);
            return 2;
        }
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
    while (!backend.shouldClose()) {
        backend.beginFrame();
        app.frame();
        backend.endFrame();
        if (maxFrames > 0 && static_cast<long>(app.frameCount()) >= maxFrames) break;
    }
    backend.shutdown();
    return 0;
}
