// Tests of engine/objects/random_object: SHA-512 against FIPS 180-4 / hashlib digests (one and
// several blocks, the padding boundary).
#include <doctest/doctest.h>

#include "objects/random_object.h"

#include <cstdio>
#include <string>

using namespace hs;

namespace {
std::string hex(const std::string& bytes) {
    std::string out;
    char buf[3];
    for (unsigned char c : bytes) {
        std::snprintf(buf, sizeof buf, "%02x", c);
        out += buf;
    }
    return out;
}
} // namespace

TEST_CASE("sha512Digest matches hashlib for short, boundary and multi-block inputs") {
    CHECK(hex(sha512Digest("abc")) ==
          "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    CHECK(hex(sha512Digest("")) ==
          "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
    CHECK(hex(sha512Digest(std::string(200, 'a'))) == "4b11459c33f52a22ee8236782714c150a3b2c60994e9acee17fe68947a3e6789f31e7668394592da7bef827cddca88c4e6f86e4df7ed1ae6cba71f3e98faee9f");
    CHECK(hex(sha512Digest(std::string(111, 'x'))) == "9a2a120825c2319867758ec277924f6faa254968bf752046dacdd948d8ad299b10359fd04bfd7d3810b5fa1b16a294236138baff981cbb85248478053ac4d3dd");
    CHECK(hex(sha512Digest(std::string(112, 'x'))) == "a3722b515ef40c910f2419f6e0da8ca51d410114ce6272faae64045f9e9f630e7fa8dd5a3243c9860b899d148c3da4bc0f9e07454542604d030bb55531fe0d5b");
    CHECK(hex(sha512Digest(std::string(128, 'x'))) == "e2e22f8422b54b06e35c3ea30a383d1de7a8fbc27992923074103117020d8dd7024c3ecf7d6d1a15a6de5a75ff32fb486b9e8ced4c02ffe05822bf2cb734d0e0");
}
