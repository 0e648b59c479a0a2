// _random.Random (Modules/_randommodule.c): the Mersenne Twister MT19937 state, 2520 bytes
// (head, int index, uint32_t state[624]); random.Random subclasses it.
#pragma once

#include "objects/object.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace hs {

class Interpreter;

// Invariant: 0 <= index <= 624; index == 624 means the next draw twists the whole state first.
struct RandomObject : Object {
    static constexpr int kN = 624;
    int index = kN;
    std::array<std::uint32_t, kN> state{};
};

// The _random.Random type (created on first use; subclassable).
TypeObject* randomType(Interpreter& interp);

// SHA-512 of `data` (FIPS 180-4): the 64-byte digest random.seed(str/bytes) hashes with.
std::string sha512Digest(std::string_view data);

} // namespace hs
