// Heapscope web: access from the embind bindings to the one App the page's main loop draws.
// Defined in web/main.cpp; null until main() has created the window and the App.
#pragma once

#include <cstdint>

namespace heapscope::ui { class App; }

namespace heapscope::web {

ui::App* webApp();
std::uint64_t webFrameCount();

} // namespace heapscope::web
