// Heapscope UI tests: the App and its views build frames headless (ImGui without a backend),
// apply queued sandbox commands between frames, and cope with many live objects.
#include "ui/app.h"

#include "headless_imgui.h"

#include <doctest/doctest.h>
#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace {

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

// Timing is never pass/fail here: the "bench:" cases below are skipped in test runs and timed by
// tests/bench/bench.py (`heapscope_ui_tests --no-skip -tc="bench: *"`).
TEST_CASE("frames render with 10,000 live objects") {
    HeadlessImGui imgui;
    heapscope::ui::App app;
    for (int i = 0; i < 10000; ++i) {
        auto r = app.session().create(i % 2 ? "list" : "dict", "v" + std::to_string(i), "");
        REQUIRE_MESSAGE(r.ok, r.error);
    }
    imgui.frame(app); // first frame takes the snapshot and lays out rows
    imgui.frame(app);
    CHECK(app.snapshot().objects.size() >= 10000);
    CHECK(app.session().audit().empty());
}

TEST_CASE("the memory map copes with 100,000 blocks") {
    HeadlessImGui imgui;
    heapscope::ui::App app;
    for (int i = 0; i < 100000; ++i) {
        auto r = app.session().create("int", "n" + std::to_string(i), std::to_string(1000 + i));
        REQUIRE_MESSAGE(r.ok, r.error);
    }
    imgui.frame(app); // snapshot + row layout
    imgui.frame(app);
    std::size_t blocks = 0;
    for (const auto& arena : app.snapshot().arenas)
        for (const auto& pool : arena.pools) blocks += pool.blocksInUse;
    CHECK(blocks >= 100000);
}

namespace {

// Mean frame build time over 10 frames after the first (which takes the snapshot and lays out rows).
double meanFrameMs(HeadlessImGui& imgui, heapscope::ui::App& app) {
    imgui.frame(app);
    const auto start = std::chrono::steady_clock::now();
    const int frames = 10;
    for (int i = 0; i < frames; ++i) imgui.frame(app);
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / frames;
}

} // namespace

TEST_CASE("bench: frame build time with live objects" * doctest::skip()) {
    for (int count : {1000, 10000, 100000}) {
        HeadlessImGui imgui;
        heapscope::ui::App app;
        for (int i = 0; i < count; ++i) {
            auto r = app.session().create(i % 2 ? "list" : "dict", "v" + std::to_string(i), "");
            REQUIRE_MESSAGE(r.ok, r.error);
        }
        const double ms = meanFrameMs(imgui, app);
        std::printf("ui-bench: %zu live objects: %.2f ms per frame\n", app.snapshot().objects.size(), ms);
    }
}

TEST_CASE("bench: frame build time with 100,000 blocks in the memory map" * doctest::skip()) {
    HeadlessImGui imgui;
    heapscope::ui::App app;
    for (int i = 0; i < 100000; ++i) {
        auto r = app.session().create("int", "n" + std::to_string(i), std::to_string(1000 + i));
        REQUIRE_MESSAGE(r.ok, r.error);
    }
    const double ms = meanFrameMs(imgui, app);
    std::size_t blocks = 0;
    for (const auto& arena : app.snapshot().arenas)
        for (const auto& pool : arena.pools) blocks += pool.blocksInUse;
    std::printf("ui-bench: %zu blocks in use: %.2f ms per frame\n", blocks, ms);
}

namespace {

// Moves the mouse onto a button of the collector panel and clicks it (press, release) through
// ImGui's own input handling; the App applies the queued command at the start of the next frame.
void click(HeadlessImGui& imgui, heapscope::ui::App& app, const std::string& label) {
    const auto& rects = app.generationsView().buttonRects();
    auto it = rects.find(label);
    REQUIRE_MESSAGE(it != rects.end(), "no button " << label);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2((it->second.min.x + it->second.max.x) * 0.5f, (it->second.min.y + it->second.max.y) * 0.5f);
    io.MouseDown[0] = false;
    imgui.frame(app);
    io.MouseDown[0] = true;
    imgui.frame(app);
    io.MouseDown[0] = false;
    imgui.frame(app); // released over the button: pressed, command queued
    imgui.frame(app); // command applied, snapshot refreshed
}

} // namespace

TEST_CASE("clicking through a stepped collection in the collector panel") {
    HeadlessImGui imgui;
    heapscope::ui::App app;
    app.session().loadCells("import gc\nclass C:\n    pass\na = C()\na.me = a\nb = [a]\nb.append(b)\ndel a, b\n");
    REQUIRE(app.session().run() == heapscope::RunStatus::Done);
    imgui.frame(app);
    CHECK_FALSE(app.snapshot().collection.present);

    // "Step phase" begins gc.collect(2) and runs its first phase; each click runs one more.
    std::vector<std::string> phases;
    click(imgui, app, "Step phase");
    REQUIRE(app.snapshot().collection.active);
    phases.push_back(app.snapshot().collection.phase);
    while (app.snapshot().collection.active && phases.size() < 40) {
        click(imgui, app, "Step phase");
        phases.push_back(app.snapshot().collection.phase);
    }
    CHECK(phases == std::vector<std::string>{"start", "update_refs", "subtract_refs", "move_unreachable",
                                             "untrack_tuples", "promote", "move_legacy_finalizers",
                                             "handle_weakrefs", "finalize_garbage", "resurrection_update_refs",
                                             "resurrection_subtract_refs", "resurrection_move_unreachable",
                                             "delete_garbage", "finish"});
    const heapscope::CollectionView& done = app.snapshot().collection;
    CHECK(done.generation == 2);
    CHECK(done.result == 2);
    int freed = 0;
    for (const auto& o : done.objects) freed += o.set == heapscope::GcSet::Freed ? 1 : 0;
    CHECK(freed == 2);

    // Finish mid-way, then a straight collection from the gen buttons.
    app.session().loadCells("x = []\nx.append(x)\ndel x\n");
    REQUIRE(app.session().run() == heapscope::RunStatus::Done);
    imgui.frame(app);
    click(imgui, app, "Step phase");
    click(imgui, app, "Step phase");
    CHECK(app.snapshot().collection.phase == "update_refs");
    click(imgui, app, "Finish");
    CHECK_FALSE(app.snapshot().collection.active);
    CHECK(app.snapshot().collection.result == 1);
    click(imgui, app, "gen 0##collect");
    CHECK_FALSE(app.snapshot().collection.present);
    bool logged = false;
    for (const auto& entry : app.commands().log()) logged = logged || entry.text == "gc.collect(0) -> 0";
    CHECK(logged);
    for (const auto& entry : app.commands().log()) CHECK_MESSAGE(entry.ok, entry.text);
    CHECK(app.session().audit().empty());
}
