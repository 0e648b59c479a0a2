// Heapscope shell: the platform layer: a GLFW window with an OpenGL 3 (desktop) or WebGL2 (browser)
// context, Dear ImGui's GLFW + OpenGL3 backends, font loading, and frame begin/end.
#pragma once

#include <string>
#include <vector>

struct GLFWwindow;

namespace heapscope::platform {

struct PlatformConfig {
    std::string title = "Heapscope";
    int width = 1440;
    int height = 900;
    float fontSize = 15.0f;
    std::vector<std::string> fontFiles; // the first one that exists is used; else ImGui's built-in font
};

class GlfwBackend {
public:
    GlfwBackend() = default;
    GlfwBackend(const GlfwBackend&) = delete;
    GlfwBackend& operator=(const GlfwBackend&) = delete;
    ~GlfwBackend();

    // Creates the window, the GL context and the ImGui context. On failure returns false; see error().
    bool init(const PlatformConfig& config);
    void shutdown();

    bool shouldClose() const;
    // Polls events, matches the framebuffer to the window (or canvas) size, starts an ImGui frame.
    void beginFrame();
    // Renders the ImGui frame and presents it.
    void endFrame();

    const std::string& error() const { return m_error; }
    const std::string& fontFile() const { return m_fontFile; } // empty when the built-in font is used

private:
    GLFWwindow* m_window = nullptr;
    bool m_imguiReady = false;
    std::string m_error;
    std::string m_fontFile;
};

} // namespace heapscope::platform
