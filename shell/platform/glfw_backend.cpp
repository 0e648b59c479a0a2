// Heapscope shell: the platform layer: a GLFW window with an OpenGL 3 (desktop) or WebGL2 (browser)
// context, Dear ImGui's GLFW + OpenGL3 backends, font loading, and frame begin/end.
// The only shell file that may test __EMSCRIPTEN__: the browser differs in GL version and canvas sizing.
#include "platform/glfw_backend.h"

#include "ui/theme.h"

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#define GLFW_INCLUDE_ES3
#endif
#include <GLFW/glfw3.h>

#include <cstdio>

namespace heapscope::platform {
namespace {

std::string g_glfwError;

void onGlfwError(int code, const char* description) {
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, "GLFW error %d: %s", code, description ? description : "");
    g_glfwError = buffer;
    std::fprintf(stderr, "%s\n", buffer);
}

bool fileExists(const std::string& path) {
    if (std::FILE* f = std::fopen(path.c_str(), "rb")) {
        std::fclose(f);
        return true;
    }
    return false;
}

} // namespace

GlfwBackend::~GlfwBackend() { shutdown(); }

bool GlfwBackend::init(const PlatformConfig& config) {
    glfwSetErrorCallback(onGlfwError);
    if (!glfwInit()) {
        m_error = "glfwInit failed. " + g_glfwError;
        return false;
    }
#ifdef __EMSCRIPTEN__
    const char* glslVersion = "#version 300 es";
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
#else
    const char* glslVersion = "#version 130";
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
#endif
    m_window = glfwCreateWindow(config.width, config.height, config.title.c_str(), nullptr, nullptr);
    if (!m_window) {
        m_error = "could not create a window with an OpenGL 3 / WebGL2 context. " + g_glfwError;
        glfwTerminate();
        return false;
    }
    glfwMakeContextCurrent(m_window);
    glfwSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // the layout is fixed; nothing to persist
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ui::applyTheme();

    m_fontFile.clear();
    for (const std::string& path : config.fontFiles) {
        if (fileExists(path) && io.Fonts->AddFontFromFileTTF(path.c_str(), config.fontSize)) {
            m_fontFile = path;
            break;
        }
    }
    if (m_fontFile.empty()) io.Fonts->AddFontDefault();

    ImGui_ImplGlfw_InitForOpenGL(m_window, true);
    ImGui_ImplOpenGL3_Init(glslVersion);
    m_imguiReady = true;
    return true;
}

void GlfwBackend::shutdown() {
    if (m_imguiReady) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
        m_imguiReady = false;
    }
    if (m_window) {
        glfwDestroyWindow(m_window);
        m_window = nullptr;
        glfwTerminate();
    }
}

bool GlfwBackend::shouldClose() const { return m_window == nullptr || glfwWindowShouldClose(m_window); }

void GlfwBackend::beginFrame() {
    glfwPollEvents();
#ifdef __EMSCRIPTEN__
    // The page sizes the canvas with CSS; give the drawing buffer the same size in CSS pixels.
    const int cssWidth = EM_ASM_INT({ return Module['canvas'] ? Module['canvas'].clientWidth | 0 : 0; });
    const int cssHeight = EM_ASM_INT({ return Module['canvas'] ? Module['canvas'].clientHeight | 0 : 0; });
    int width = 0, height = 0;
    glfwGetWindowSize(m_window, &width, &height);
    // Not glfwSetWindowSize: Emscripten's GLFW requests fullscreen when the size equals the screen's.
    if (cssWidth > 0 && cssHeight > 0 && (cssWidth != width || cssHeight != height))
        EM_ASM({ Module['setCanvasSize']($0, $1); }, cssWidth, cssHeight);
#endif
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
}

void GlfwBackend::endFrame() {
    ImGui::Render();
    int width = 0, height = 0;
    glfwGetFramebufferSize(m_window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.06f, 0.07f, 0.08f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(m_window);
}

} // namespace heapscope::platform
