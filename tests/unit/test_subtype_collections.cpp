// Tests for heap subclasses of bytearray and the collections types (deque, defaultdict, OrderedDict):
// type_new's layout per base and the instances their tp_new makes through PyType_GenericAlloc.
// Expected values are CPython 3.11's (C.__basicsize__, __dictoffset__, __weakrefoffset__, getsizeof).
#include <doctest/doctest.h>

#include "run_program.h"

#include <string>

using hs_test::runProgram;

TEST_CASE("type_new layout of bytearray / deque / defaultdict / OrderedDict subclasses") {
    // deque and OrderedDict already have a weaklist slot (OrderedDict a dict slot too); bytearray and
    // defaultdict get __weakref__ at their basicsize and a managed dict behind the pre-header.
    const std::string out = runProgram("import collections\n"
                                       "for base in (bytearray, collections.deque, collections.defaultdict, collections.OrderedDict):\n"
                                       "    class C(base): pass\n"
                                       "    class E(base): __slots__ = ()\n"
                                       "    print(C.__basicsize__, C.__dictoffset__, C.__weakrefoffset__, E.__basicsize__, E.__dictoffset__, E.__weakrefoffset__)\n");
    CHECK(out == "64 -88 56 56 0 0\n216 -240 208 216 0 208\n64 -88 56 56 0 0\n112 96 104 112 96 104\n");
}

TEST_CASE("instances of those subclasses: GC-tracked, sized with the pre-header, weakly referenceable, freed") {
    const std::string out = runProgram("import collections, gc, sys, weakref\n"
                                       "class B(bytearray): pass\nclass Q(collections.deque): pass\n"
                                       "class D(collections.defaultdict): pass\nclass O(collections.OrderedDict): pass\n"
                                       "for cls in (B, Q, D, O):\n"
                                       "    x = cls()\n"
                                       "    x.attr = 1\n"
                                       "    r = weakref.ref(x)\n"
                                       "    print(gc.is_tracked(x), sys.getsizeof(x), x.__dict__, sys.getrefcount(x))\n"
                                       "    del x\n"
                                       "    print(r())\n");
    CHECK(out == "True 96 {'attr': 1} 2\nNone\nTrue 776 {'attr': 1} 2\nNone\n"
                 "True 96 {'attr': 1} 2\nNone\nTrue 128 {'attr': 1} 2\nNone\n");
}
