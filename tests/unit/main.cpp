// Heapscope unit tests: the doctest entry point shared by every tests/unit/*.cpp file.
// The test files themselves live beside it, one per engine file they test.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
