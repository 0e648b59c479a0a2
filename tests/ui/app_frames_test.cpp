// Heapscope UI tests: the App and its views build frames headless (ImGui without a backend),
// apply queued sandbox commands between frames, and stay fast with many live objects.
#include "ui/app.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <string>

namespace {

// An ImGui context with a built font atlas and a fixed display size: enough to run NewFrame/Render.
struct HeadlessImGui {
    HeadlessImGui() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1440, 900);
        io.DeltaTime = 1.0f / 60.0f;
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    }
    ~HeadlessImGui() { ImGui::DestroyContext(); }
    void frame(heapscope::ui::App& app) {
        ImGui::NewFrame();
        app.frame();
        ImGui::Render();
    }
};

const heapscope::RootInfo* findRoot(const heapscope::Snapshot& snapshot, const std::string& name) {
    for (const auto& root : snapshot.roots)
        if (root.name == name) return &root;
    return nullptr;
}

} // namespace

TEST_CASE("app draws frames with an empty session") {
    HeadlessImGui imgui;
    heapscope::ui::App app;
    for (int i = 0; i < 3; ++i) imgui.frame(app);
    CHECK(app.frameCount() == 3);
    CHECK(ImGui::GetDrawData() != nullptr);
    CHECK(ImGui::GetDrawData()->TotalVtxCount > 0);
    CHECK(app.snapshotsTaken() == 1); // nothing changed, so no re-snapshot
}

TEST_CASE("sandbox commands queued by views are applied before the next frame") {
    HeadlessImGui imgui;
    heapscope::ui::App app;
    imgui.frame(app);
    app.commands().push(heapscope::ui::CreateCommand{"list", "xs", "3"});
    app.commands().push(heapscope::ui::CreateCommand{"int", "n", "1000"});
    imgui.frame(app);
    const heapscope::RootInfo* xs = findRoot(app.snapshot(), "xs");
    const heapscope::RootInfo* n = findRoot(app.snapshot(), "n");
    REQUIRE(xs != nullptr);
    REQUIRE(n != nullptr);
    CHECK(app.snapshot().version == app.session().version());
    CHECK(app.commands().log().size() == 2);
    CHECK(app.commands().selection() == n->object);

    app.commands().push(heapscope::ui::AppendCommand{xs->object, n->object});
    app.commands().push(heapscope::ui::UnbindCommand{"n"});
    imgui.frame(app);
    CHECK(findRoot(app.snapshot(), "n") == nullptr);
    for (const auto& entry : app.commands().log()) CHECK_MESSAGE(entry.ok, entry.text);
    CHECK(app.session().audit().empty());
}

TEST_CASE("a failing command is logged, not thrown") {
    HeadlessImGui imgui;
    heapscope::ui::App app;
    app.commands().push(heapscope::ui::UnbindCommand{"no_such_name"});
    imgui.frame(app);
    REQUIRE(app.commands().log().size() == 1);
    CHECK_FALSE(app.commands().log().back().ok);
}

TEST_CASE("frames stay fast with 10,000 live objects") {
    HeadlessImGui imgui;
    heapscope::ui::App app;
    for (int i = 0; i < 10000; ++i) {
        auto r = app.session().create(i % 2 ? "list" : "dict", "v" + std::to_string(i), "");
        REQUIRE_MESSAGE(r.ok, r.error);
    }
    imgui.frame(app); // first frame takes the snapshot and lays out rows
    const auto start = std::chrono::steady_clock::now();
    const int frames = 10;
    for (int i = 0; i < frames; ++i) imgui.frame(app);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / frames;
    MESSAGE("frame build time with " << app.snapshot().objects.size() << " objects: " << ms << " ms");
    CHECK(app.snapshot().objects.size() >= 10000);
    CHECK(ms < 250.0);
}

TEST_CASE("the memory map copes with 100,000 blocks") {
    HeadlessImGui imgui;
    heapscope::ui::App app;
    for (int i = 0; i < 100000; ++i) {
        auto r = app.session().create("int", "n" + std::to_string(i), std::to_string(1000 + i));
        REQUIRE_MESSAGE(r.ok, r.error);
    }
    imgui.frame(app); // snapshot + row layout
    std::size_t blocks = 0;
    for (const auto& arena : app.snapshot().arenas)
        for (const auto& pool : arena.pools) blocks += pool.blocksInUse;
    const auto start = std::chrono::steady_clock::now();
    const int frames = 10;
    for (int i = 0; i < frames; ++i) imgui.frame(app);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / frames;
    MESSAGE("frame build time with " << blocks << " blocks in use: " << ms << " ms");
    CHECK(blocks >= 100000);
    CHECK(ms < 250.0);
}
