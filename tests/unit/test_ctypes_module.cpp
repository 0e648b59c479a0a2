// Tests of the ctypes module and ctypes data objects (modules/ctypes_module.cpp,
// objects/ctypes_object.cpp) through the Session API: memory errors CPython cannot show (it
// segfaults), the ob_refcnt write model, the simulated layout of CData instances, the heap audit.
#include "heapscope/session.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace heapscope;

namespace {

std::string runCells(const char* source, std::vector<std::string>* auditLog = nullptr) {
    Session s;
    s.setAuditEachStatement(auditLog != nullptr);
    s.loadCells(source);
    CHECK(s.run() == RunStatus::Done);
    if (auditLog) *auditLog = s.auditLog();
    return s.output();
}

} // namespace

TEST_CASE("ctypes: an unmapped address raises OSError with the Windows ctypes wording") {
    const char* src =
        "import ctypes\n"
        "try:\n"
        "    ctypes.c_long.from_address(0xDEADBEEF).value\n"
        "except OSError as e:\n"
        "    print(type(e).__name__, e)\n"
        "try:\n"
        "    ctypes.c_int.from_address(0).value\n"
        "except OSError as e:\n"
        "    print(e)\n"
        "try:\n"
        "    ctypes.string_at(8, 4)\n"
        "except OSError as e:\n"
        "    print(e)\n";
    CHECK(runCells(src) ==
          "OSError exception: access violation reading 0x00000000DEADBEEF\n"
          "exception: access violation reading 0x0000000000000000\n"
          "exception: access violation reading 0x0000000000000008\n");
}

TEST_CASE("ctypes: an uncaught access violation is a traceback, and the next cell runs") {
    const char* src = "import ctypes\nctypes.c_long.from_address(16).value\n# %%\nprint('next')\n";
    const std::string out = runCells(src);
    CHECK(out.find("OSError: exception: access violation reading 0x0000000000000010\n") != std::string::npos);
    CHECK(out.find("next\n") != std::string::npos);
}

TEST_CASE("ctypes: writes to unmapped memory raise, writes to other fields are refused") {
    const char* src =
        "import ctypes\n"
        "try:\n"
        "    ctypes.c_long.from_address(0x1000).value = 1\n"
        "except OSError as e:\n"
        "    print(e)\n"
        "x = [1, 2]\n"
        "try:\n"
        "    ctypes.c_ssize_t.from_address(id(x) + 16).value = 100\n"
        "except NotImplementedError:\n"
        "    print('refused', len(x))\n";
    CHECK(runCells(src) == "exception: access violation writing 0x0000000000001000\nrefused 2\n");
}

TEST_CASE("ctypes: py_object.value of an address that holds no live object raises instead of crashing") {
    const char* src =
        "import ctypes\n"
        "try:\n"
        "    ctypes.cast(0x20, ctypes.py_object).value\n"
        "except OSError as e:\n"
        "    print(e)\n"
        "class C: pass\n"
        "c = C()\n"
        "a = id(c)\n"
        "del c\n"
        "try:\n"
        "    ctypes.cast(a, ctypes.py_object).value\n"
        "except OSError as e:\n"
        "    print(str(e).startswith('exception: access violation reading 0x'))\n";
    CHECK(runCells(src) == "exception: access violation reading 0x0000000000000020\nTrue\n");
}

TEST_CASE("ctypes: a written refcount is an offset on the true count; the object is still freed safely") {
    const char* src =
        "import ctypes, sys\n"
        "x = ['p']\n"
        "r = ctypes.c_long.from_address(id(x))\n"
        "r.value = 1000\n"
        "print(r.value, sys.getrefcount(x))\n"
        "y = x\n"
        "print(r.value)\n"
        "r.value = 0\n"
        "print(r.value)\n"
        "del y\n"
        "print(r.value)\n"
        "a = id(x)\n"
        "del x, r\n"
        "print(type(ctypes.c_long.from_address(a).value).__name__)\n"
        "z = ['q']\n"
        "print(ctypes.c_long.from_address(id(z)).value)\n";
    std::vector<std::string> audit;
    CHECK(runCells(src, &audit) == "1000 1001\n1001\n0\n-1\nint\n1\n");
    CHECK(audit.empty());
}

TEST_CASE("ctypes: a CData instance shows CPython's CDataObject fields in simulated memory") {
    const char* src =
        "import ctypes, sys\n"
        "v = ctypes.c_long(0x1122334455667788)\n"
        "ptr = ctypes.c_void_p.from_address(id(v) + 16).value\n"
        "print(ptr == ctypes.addressof(v), ptr - id(v))\n"
        "print(ctypes.c_ssize_t.from_address(id(v) + 40).value, ctypes.c_ssize_t.from_address(id(v) + 48).value)\n"
        "print(hex(ctypes.c_uint64.from_address(id(v) + 80).value))\n"
        "print(sys.getsizeof(v), v.__sizeof__())\n"
        "big = (ctypes.c_long * 4)(1, 2, 3, 4)\n"
        "print(ctypes.addressof(big) != id(big) + 80, ctypes.c_long.from_address(ctypes.addressof(big) + 24).value)\n"
        "h = ctypes.py_object([5])\n"
        "print(ctypes.c_void_p.from_address(id(h) + 64).value != 0)\n";
    CHECK(runCells(src) == "True 80\n8 0\n0x1122334455667788\n136 104\nTrue 4\nTrue\n");
}

TEST_CASE("ctypes: every statement of a ctypes program keeps the heap audit clean") {
    const char* src =
        "import ctypes, gc\n"
        "x = [1, 2, 3]\n"
        "vals = [ctypes.c_long.from_address(id(x)).value for _ in range(3)]\n"
        "h = ctypes.py_object(x)\n"
        "o = ctypes.cast(id(x), ctypes.py_object).value\n"
        "arr = (ctypes.c_ubyte * 32)()\n"
        "arr[3] = 9\n"
        "c = ctypes.cast(arr, ctypes.c_void_p)\n"
        "del h, o, arr\n"
        "print(vals, gc.collect(), c.value != 0)\n";
    std::vector<std::string> audit;
    CHECK(runCells(src, &audit) == "[1, 1, 1] 0 True\n");
    CHECK(audit.empty());
    for (const auto& line : audit) MESSAGE(line);
}

TEST_CASE("ctypes: a simple-type subclass needs a _type_ (CPython's AttributeError)") {
    const char* src =
        "import ctypes\n"
        "try:\n"
        "    class MyLong(ctypes._SimpleCData):\n"
        "        pass\n"
        "except AttributeError as e:\n"
        "    print('AttributeError', e)\n"
        "print(type(ctypes.c_long).__name__, ctypes.c_long.__mro__[1].__name__)\n";
    CHECK(runCells(src) == "AttributeError class must define a '_type_' attribute\nPyCSimpleType _SimpleCData\n");
}

TEST_CASE("ctypes: Structure and pointer reads of unmapped memory raise OSError, and the audit stays clean") {
    const char* src =
        "import ctypes\n"
        "class Hdr(ctypes.Structure):\n"
        "    _fields_ = [('refcnt', ctypes.c_ssize_t), ('tp', ctypes.c_void_p), ('pair', ctypes.c_int * 2)]\n"
        "h = Hdr.from_address(0x10)\n"
        "try:\n"
        "    h.tp\n"
        "except OSError as e:\n"
        "    print(e)\n"
        "p = ctypes.cast(0x30, ctypes.POINTER(ctypes.c_int))\n"
        "try:\n"
        "    p[1]\n"
        "except OSError as e:\n"
        "    print(e)\n"
        "x = [1]\n"
        "q = ctypes.cast(id(x), ctypes.POINTER(Hdr))\n"
        "print(q.contents.refcnt, q[0].pair[0] == 1, ctypes.sizeof(Hdr))\n"
        "v = ctypes.c_long(3)\n"
        "ptrs = [ctypes.pointer(v) for _ in range(3)]\n"
        "del v\n"
        "print(ptrs[0].contents.value, len({id(p.contents) for p in ptrs}) >= 1)\n"
        "del ptrs\n";
    std::vector<std::string> audit;
    CHECK(runCells(src, &audit) ==
          "exception: access violation reading 0x0000000000000018\n"
          "exception: access violation reading 0x0000000000000034\n"
          "1 True 24\n3 True\n");
    CHECK(audit.empty());
    for (const auto& line : audit) MESSAGE(line);
}

TEST_CASE("ctypes: a Structure class needs C types in _fields_ (CPython's message)") {
    const char* src =
        "import ctypes\n"
        "try:\n"
        "    class Bad(ctypes.Structure):\n"
        "        _fields_ = [('a', int)]\n"
        "except TypeError as e:\n"
        "    print(e)\n";
    CHECK(runCells(src) == "second item in _fields_ tuple (index 0) must be a C type\n");
}

TEST_CASE("ctypes: the package runs ctypes/__init__.py: submodules, sys.modules, a failed body leaves no module") {
    const char* src =
        "import sys, ctypes\n"
        "print(sorted(k for k in sys.modules if 'ctypes' in k), ctypes._endian is sys.modules['ctypes._endian'])\n"
        "print(ctypes.__file__.endswith('ctypes/__init__.py'), ctypes.__path__[0].endswith('/ctypes'))\n"
        "print(ctypes.create_string_buffer.__code__.co_filename == ctypes.__file__)\n";
    CHECK(runCells(src) ==
          "['_ctypes', 'ctypes', 'ctypes._endian'] True\n"
          "True True\n"
          "True\n");
}

TEST_CASE("ctypes: foreign functions the simulation does not model raise instead of running") {
    const char* src =
        "import ctypes\n"
        "libc = ctypes.CDLL('libc.so.6')\n"
        "try:\n"
        "    libc.printf(b'hi')\n"
        "except NotImplementedError as e:\n"
        "    print(e)\n"
        "try:\n"
        "    ctypes.CFUNCTYPE(ctypes.c_int)(0)()\n"
        "except ValueError as e:\n"
        "    print(e)\n"
        "print(ctypes.memset(ctypes.create_string_buffer(2), 65, 1) != 0)\n";
    CHECK(runCells(src) ==
          "the foreign function 'printf' cannot run in the simulation (only ctypes' own helpers are simulated)\n"
          "NULL function pointer\n"
          "True\n");
}

TEST_CASE("ctypes: Py_DecRef past the references that exist changes only the count memory shows") {
    std::vector<std::string> audit;
    const char* src =
        "import ctypes, sys\n"
        "dec = ctypes.pythonapi.Py_DecRef\n"
        "dec.argtypes = [ctypes.py_object]\n"
        "x = []\n"
        "dec(x); dec(x); dec(x)\n"
        "print(ctypes.c_long.from_address(id(x)).value)\n"
        "x.append(1)\n"
        "print(x)\n"
        "del x\n"
        "ctypes.pythonapi.Py_IncRef(ctypes.py_object([2]))\n";
    CHECK(runCells(src, &audit) == "-2\n[1]\n0\n"); // 0: what a void function "returns" as c_int
    CHECK(audit.empty());
}

TEST_CASE("struct.calcsize: native alignment, standard sizes, counts and struct.error") {
    const char* src =
        "import struct\n"
        "print([struct.calcsize(f) for f in ('i', 'l', 'P', 'ci', 'ic', '3s', '<l', '!2hq', '@ 2i x d')])\n"
        "try:\n"
        "    struct.calcsize('y')\n"
        "except struct.error as e:\n"
        "    print(type(e).__module__, e)\n";
    CHECK(runCells(src) == "[4, 8, 8, 8, 5, 3, 4, 12, 24]\nstruct bad char in struct format\n");
}
