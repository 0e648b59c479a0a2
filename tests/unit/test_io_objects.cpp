// Tests of engine/objects/bytesio_object and stringio_object through the Session: BytesIO's
// resize_buffer growth and copy-on-write sharing, StringIO's accumulator (values from python3.11).
#include "heapscope/session.h"

#include <doctest/doctest.h>

#include <string>

using namespace heapscope;

namespace {
std::string runCells(const char* source) {
    Session s;
    s.setAuditEachStatement(true);
    s.loadCells(source);
    CHECK(s.run() == RunStatus::Done);
    CHECK(s.auditLog().empty());
    return s.output();
}
} // namespace

TEST_CASE("BytesIO's buffer grows by resize_buffer's rule (exact for a major upsize)") {
    // getsizeof - 80 - 33: the bytes buffer's allocation after each write.
    const char* src = "import io, sys\n"
                      "b = io.BytesIO()\n"
                      "for n in (1, 5, 9, 10, 20, 30, 100, 101):\n"
                      "    b.write(b'x' * n)\n"
                      "    print(sys.getsizeof(b) - 80 - 33, end=' ')\n"
                      "print()\n";
    CHECK(runCells(src) == "2 7 16 26 46 76 176 277 \n");
}

TEST_CASE("BytesIO shares its initial bytes and its getvalue() result until a write copies them") {
    const char* src = "import io, sys\n"
                      "b = io.BytesIO(b'abc')\n"
                      "v = b.getvalue()\n"
                      "print(v is b.getvalue(), sys.getsizeof(b))\n"
                      "b.write(b'Z')\n"
                      "print(sys.getsizeof(b), b.getvalue())\n"
                      "r = io.BytesIO(b'hello world')\n"
                      "print(r.read() is r.getvalue())\n";
    CHECK(runCells(src) == "True 80\n116 b'Zbc'\nTrue\n");
}

TEST_CASE("StringIO accumulates writes at the end and joins them on getvalue()") {
    const char* src = "import io, sys\n"
                      "s = io.StringIO()\n"
                      "s.write(''.join(['a', 'b']))\n"
                      "v = s.getvalue()\n"
                      "print(v is s.getvalue(), sys.getrefcount(v))\n"
                      "s.write('c')\n"
                      "w = s.getvalue()\n"
                      "print(w, w is s.getvalue(), sys.getsizeof(s))\n"
                      "s.seek(1)\n"
                      "s.write('X')\n"
                      "print(s.getvalue(), s.tell())\n";
    CHECK(runCells(src) == "True 3\nabc True 136\naXc 2\n");
}

TEST_CASE("_string's parsers split format strings and field names as unicode_format.h") {
    const char* src = "import string, _string\n"
                      "print(list(string.Formatter().parse('{a.b[0]!r:{w}}x')))\n"
                      "f, rest = _string.formatter_field_name_split('a.b[0][key]')\n"
                      "print(f, list(rest))\n";
    CHECK(runCells(src) == "[('', 'a.b[0]', '{w}', 'r'), ('x', None, None, None)]\na [(True, 'b'), (False, 0), (False, 'key')]\n");
}
