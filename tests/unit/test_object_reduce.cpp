// Tests for object's pickling methods (runtime/type_methods_reduce.cpp) and the '__doc__' entry
// type_ready gives each static type (setTypeDictDoc over objects/type_docs). Expected values are
// CPython 3.11's.
#include <doctest/doctest.h>

#include "run_program.h"
#include "objects/type_docs.h"

#include <string>

using hs_test::runProgram;

TEST_CASE("cpythonTypeDoc: CPython's text by tp_name, nullptr for types without a doc") {
    const char* doc = hs::cpythonTypeDoc("object");
    REQUIRE(doc);
    CHECK(std::string(doc).rfind("The base class of the class hierarchy.\n\nWhen called", 0) == 0);
    REQUIRE(hs::cpythonTypeDoc("collections.deque"));
    CHECK(std::string(hs::cpythonTypeDoc("collections.deque")).find("\n\nA list-like sequence") != std::string::npos);
    CHECK(hs::cpythonTypeDoc("list_iterator") == nullptr);   // tp_doc NULL: '__doc__' is None
    CHECK(hs::cpythonTypeDoc("function") == nullptr);        // a member descriptor of its own
    CHECK(hs::cpythonTypeDoc("no.such.type") == nullptr);
}

TEST_CASE("every static type's dict holds '__doc__': its own str, None, or its own descriptor") {
    const std::string out = runProgram(
        "import collections\n"
        "kinds = set()\n"
        "for t in (object, int, list, dict, str, type, type(iter([])), type(None), collections.deque, ValueError):\n"
        "    d = t.__dict__['__doc__']\n"
        "    kinds.add(type(d).__name__)\n"
        "    if type(d) is str: assert d == t.__doc__ and d is not t.__doc__\n"
        "print(sorted(kinds))\n");
    CHECK(out == "['NoneType', 'getset_descriptor', 'str']\n");
}

TEST_CASE("object.__getstate__ / __reduce_ex__: dict, slots pair, copyreg's __slotnames__ cache") {
    const std::string out = runProgram("class C:\n    def __init__(self): self.a = 1\n"
                                       "class S:\n    __slots__ = ('x', 'y')\n"
                                       "s = S(); s.x = 1\n"
                                       "print(C().__getstate__(), C.__dict__['__slotnames__'], s.__getstate__())\n"
                                       "rv = C().__reduce_ex__(2)\n"
                                       "print(rv[0].__module__, rv[0].__name__, rv[1][0] is C, rv[2], rv[3], rv[4])\n"
                                       "print(C().__reduce_ex__(0)[0].__name__)\n");
    CHECK(out == "{'a': 1} [] (None, {'x': 1})\ncopyreg __newobj__ True {'a': 1} None None\n_reconstructor\n");
}
