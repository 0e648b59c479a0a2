// Tests for complex objects (engine/objects/complex_object.h): complex_repr's forms (signed zeros,
// inf/nan, exponents), the hash combination with _PyHASH_IMAG, size, and the type's slots.
// Expected values measured with python3.11 (the expression is quoted in each comment).
#include <doctest/doctest.h>

#include "objects/complex_object.h"
#include "runtime/abstract.h"
#include "runtime/interpreter.h"
#include "vm/vm_state.h"

#include <cmath>
#include <string>

using namespace hs;

TEST_CASE("complex repr follows complex_repr") {
    CHECK(complexReprString(0.0, 1.0) == "1j");            // complex(0.0, 1.0)
    CHECK(complexReprString(-0.0, 1.0) == "(-0+1j)");      // complex(-0.0, 1.0)
    CHECK(complexReprString(0.0, -0.0) == "-0j");          // complex(0.0, -0.0)
    CHECK(complexReprString(-0.0, -0.0) == "(-0-0j)");     // -0j
    CHECK(complexReprString(1.0, 2.0) == "(1+2j)");
    CHECK(complexReprString(1.5, -2.0) == "(1.5-2j)");
    CHECK(complexReprString(0.0, 1e20) == "1e+20j");
    CHECK(complexReprString(1e-5, 3.0) == "(1e-05+3j)");
    CHECK(complexReprString(INFINITY, NAN) == "(inf+nanj)");
    CHECK(complexReprString(0.0, INFINITY) == "infj");
    CHECK(complexReprString(2.0, 0.0) == "(2+0j)");
}

TEST_CASE("complex hash, size and truth") {
    Interpreter interp;
    initVm(interp);
    Ref one = newComplex(interp, 1.0, 0.0);
    Ref unit = newComplex(interp, 0.0, 1.0);
    Ref mixed = newComplex(interp, 2.5, -1.5);
    Ref minusOne = newComplex(interp, -1.0, 0.0);
    CHECK(objectHash(one.get()) == 1);                        // hash(1+0j)
    CHECK(objectHash(unit.get()) == 1000003);                 // hash(1j)
    CHECK(objectHash(mixed.get()) == -2305843009214693953LL); // hash(2.5-1.5j)
    CHECK(objectHash(minusOne.get()) == -2);                  // hash(-1+0j): -1 is reserved
    CHECK(one->type->sizeOf(one.get()) == 32);                // sys.getsizeof(1j)
    CHECK(one->type->preHeaderSize() == 0);
    Ref zero = newComplex(interp, 0.0, -0.0);
    CHECK(objectIsTrue(zero.get()) == 0);
    CHECK(objectIsTrue(unit.get()) == 1);
}

TEST_CASE("complex needs the VM's type") {
    Interpreter interp;
    CHECK_FALSE(newComplex(interp, 1.0, 2.0));
    CHECK(interp.takeError().type == "SystemError");
}
