// Tests of engine/objects/array_object: array_resize's growth pattern (capacities 4, 8, 16, 25,
// 34, 44, 54, ... for successive appends, as python3.11 shows through getsizeof) and typecodes.
#include <doctest/doctest.h>

#include "objects/array_object.h"

#include <string>
#include <vector>

using namespace hs;

TEST_CASE("arrayGrowCapacity follows array_resize's appends pattern") {
    std::vector<std::int64_t> caps;
    std::int64_t allocated = 0;
    for (std::int64_t size = 0; size < 80; ++size) {
        if (allocated >= size + 1) continue;
        allocated = arrayGrowCapacity(size, size + 1);
        caps.push_back(allocated);
    }
    CHECK(caps == std::vector<std::int64_t>{4, 8, 16, 25, 34, 44, 54, 65, 77, 89});
    CHECK(arrayGrowCapacity(0, 100) == 109); // frombytes of 100 items into an empty array
    CHECK(arrayGrowCapacity(20, 25) == 33);
}

TEST_CASE("arrayTypecodes lists the 3.11 descriptors in order") {
    CHECK(std::string(arrayTypecodes()) == "bBuhHiIlLqQfd");
}
