// Heapscope web entry point: creates the WebGL2 canvas window and the shell App, then hands the
// frame loop to the browser (emscripten_set_main_loop). The JS API reaches the App via web_app.h.
#include "web_app.h"

#include "platform/glfw_backend.h"
#include "ui/app.h"

#include <emscripten.h>

#include <cstdio>
#include <memory>

namespace {

std::unique_ptr<heapscope::platform::GlfwBackend> g_backend;
std::unique_ptr<heapscope::ui::App> g_app;
std::uint64_t g_frames = 0;

void frame() {
    g_backend->beginFrame();
    g_app->frame();
    g_backend->endFrame();
    ++g_frames;
}

} // namespace

namespace heapscope::web {

ui::App* webApp() { return g_app.get(); }
std::uint64_t webFrameCount() { return g_frames; }

} // namespace heapscope::web

int main() {
    heapscope::platform::PlatformConfig config;
    config.width = 1280;
    config.height = 800;
    config.fontFiles = {"/fonts/DejaVuSansMono.ttf"}; // written into MEMFS by heapscope-api.js
    g_backend = std::make_unique<heapscope::platform::GlfwBackend>();
    if (!g_backend->init(config)) {
        std::fprintf(stderr, "heapscope: %s\n", g_backend->error().c_str());
        return 1;
    }
    if (g_backend->fontFile().empty()) std::printf("heapscope: font not found, using ImGui's built-in font\n");
    g_app = std::make_unique<heapscope::ui::App>();
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
