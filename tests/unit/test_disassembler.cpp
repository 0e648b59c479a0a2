// Tests for vm/disassembler: dis.dis() text for a small module with a nested function (expected text
// from python3.11, addresses excepted).
#include "frontend/compiler.h"
#include "runtime/interpreter.h"
#include "vm/code_object.h"
#include "vm/disassembler.h"

#include <doctest/doctest.h>

#include <regex>
#include <string>

TEST_CASE("dis.dis of a module with a function and a try statement") {
    hs::Interpreter interp;
    hs::frontend::SyntaxErrorInfo err;
    hs::Ref code = hs::frontend::compileSource(interp,
                                               "def f(a):\n    try:\n        return a[0]\n    except IndexError:\n"
                                               "        return None\n",
                                               "<cell 1>", &err);
    REQUIRE(code);
    const std::string text = std::regex_replace(hs::disassemble(*hs::asCode(code.get())), std::regex("0x[0-9a-f]+"), "0xADDR");
    const char* expected =
        "  0           0 RESUME                   0\n"
        "\n"
        "  1           2 LOAD_CONST               0 (<code object f at 0xADDR, file \"<cell 1>\", line 1>)\n"
        "              4 MAKE_FUNCTION            0\n"
        "              6 STORE_NAME               0 (f)\n"
        "              8 LOAD_CONST               1 (None)\n"
        "             10 RETURN_VALUE\n"
        "\n"
        "Disassembly of <code object f at 0xADDR, file \"<cell 1>\", line 1>:\n"
        "  1           0 RESUME                   0\n"
        "\n"
        "  2           2 NOP\n"
        "\n"
        "  3           4 LOAD_FAST                0 (a)\n"
        "              6 LOAD_CONST               1 (0)\n"
        "              8 BINARY_SUBSCR\n"
        "             18 RETURN_VALUE\n"
        "        >>   20 PUSH_EXC_INFO\n"
        "\n"
        "  4          22 LOAD_GLOBAL              0 (IndexError)\n"
        "             34 CHECK_EXC_MATCH\n"
        "             36 POP_JUMP_FORWARD_IF_FALSE     4 (to 46)\n"
        "             38 POP_TOP\n"
        "\n"
        "  5          40 POP_EXCEPT\n"
        "             42 LOAD_CONST               0 (None)\n"
        "             44 RETURN_VALUE\n"
        "\n"
        "  4     >>   46 RERAISE                  0\n"
        "        >>   48 COPY                     3\n"
        "             50 POP_EXCEPT\n"
        "             52 RERAISE                  1\n"
        "ExceptionTable:\n"
        "  4 to 16 -> 20 [0]\n"
        "  20 to 38 -> 48 [1] lasti\n"
        "  46 to 46 -> 48 [1] lasti\n";
    CHECK(text == expected);
}

TEST_CASE("the current instruction marker and a code object without line numbers") {
    hs::Interpreter interp;
    hs::frontend::SyntaxErrorInfo err;
    hs::Ref code = hs::frontend::compileSource(interp, "x = 1\n", "<cell 1>", &err);
    REQUIRE(code);
    hs::DisOptions opt;
    opt.lasti = 2;
    const std::string text = hs::disassemble(*hs::asCode(code.get()), opt);
    CHECK(text.find("  1 -->       2 LOAD_CONST               0 (1)\n") != std::string::npos);
}
