// Heapscope UI tests: the doctest entry point for the headless shell tests in tests/ui/.
// These draw the real views into an ImGui context with no window or GPU.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
