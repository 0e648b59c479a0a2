// Shared by the unit tests that check a whole program's printed output.
#pragma once

#include <doctest/doctest.h>

#include "heapscope/session.h"

#include <string>

namespace hs_test {

// Runs one program in a fresh session (it must finish without stopping); its printed output.
inline std::string runProgram(const std::string& source) {
    heapscope::Session s;
    s.loadCells(source);
    CHECK(s.run() == heapscope::RunStatus::Done);
    return s.output();
}

} // namespace hs_test
