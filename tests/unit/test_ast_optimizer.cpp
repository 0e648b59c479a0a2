// Tests for frontend/ast_optimizer: constant folding (with the safe-size limits), constant tuples,
// `in` displays, failed folds left unfolded, and merging of equal constants (expected co_consts
// from python3.11).
#include "frontend/ast_optimizer.h"
#include "frontend/compiler.h"
#include "frontend/parser.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"
#include "vm/code_object.h"
#include "vm/disassembler.h"

#include <doctest/doctest.h>

#include <string>

namespace {
std::string constsOf(hs::Interpreter& interp, const char* src) {
    hs::frontend::SyntaxErrorInfo err;
    hs::Ref code = hs::frontend::compileSource(interp, src, "<cell 1>", &err);
    REQUIRE(code);
    hs::Object* consts = hs::asCode(code.get())->consts;
    std::string out = "(";
    for (std::int64_t i = 0; i < hs::tupleSize(consts); ++i) {
        if (i) out += ", ";
        out += hs::constantRepr(hs::tupleItem(consts, i));
    }
    return out + ")";
}
} // namespace

TEST_CASE("folding of unary and binary operations, tuples and `in` lists") {
    hs::Interpreter interp;
    CHECK(constsOf(interp, "a = 2 ** 10\nb = -5\nc = (1, (2, 3))\nd = 1 / 0\ne = 2 ** 200\nf = x in [1, 2]\n"
                           "g = \"ab\" * 3\nh = not 1\n") ==
          "(1024, -5, (1, (2, 3)), 1, 0, 2, 200, (1, 2), 'ababab', False, None)");
}

TEST_CASE("equal constants are merged within one compilation but typed apart") {
    hs::Interpreter interp;
    CHECK(constsOf(interp, "p = 1000\nq = 1000\nr = 1000.0\ns = True\nt = -0.0\nu = 0.0\n") ==
          "(1000, 1000.0, True, -0.0, 0.0, None)");
    hs::frontend::SyntaxErrorInfo err;
    hs::Ref code = hs::frontend::compileSource(interp, "def f():\n    return 'hello world'\ns = 'hello world'\n",
                                               "<cell 1>", &err);
    REQUIRE(code);
    hs::Object* consts = hs::asCode(code.get())->consts;
    hs::Object* f = hs::tupleItem(consts, 0);
    REQUIRE(hs::isCode(f));
    // The nested code object shares the module's constant (c_const_cache).
    CHECK(hs::tupleItem(hs::asCode(f)->consts, 1) == hs::tupleItem(consts, 1));
}

TEST_CASE("size limits of the safe operations") {
    hs::Interpreter interp;
    // python3.11 co_consts (strings shown by length): [2, 127, 129, 4096, 1 ('x'), 4097,
    // 18446744073709551616, 3, 80, None] — 2**127 (vbits 2 > 128 // 127) and 2**129 stay unfolded,
    // 'x' * 4096 folds, 'x' * 4097 does not, 2**64 folds, 3**80 does not.
    const std::string c =
        constsOf(interp, "a = 2 ** 127\nb = 2 ** 129\nc = 'x' * 4096\nd = 'x' * 4097\ne = 2 ** 64\nf = 3 ** 80\n");
    CHECK(c.rfind("(2, 127, 129, '", 0) == 0);
    CHECK(c.find("', 'x', 4097, 18446744073709551616, 3, 80, None)") != std::string::npos);
}

TEST_CASE("the optimizer leaves the input tree untouched") {
    hs::Interpreter interp;
    hs::frontend::ParseResult parsed = hs::frontend::parseModule("x = 1 + 2\ny = z\n");
    REQUIRE(parsed.ok());
    hs::frontend::ConstantTable constants(interp);
    hs::frontend::Arena arena;
    const hs::frontend::ast::Module* opt = hs::frontend::optimizeModule(*parsed.module, arena, constants);
    CHECK(opt != parsed.module);
    const auto& assign = parsed.module->body[0]->as<hs::frontend::ast::Assign>();
    CHECK(assign.value->kind == hs::frontend::ast::ExprKind::BinOp);
    const auto& folded = opt->body[0]->as<hs::frontend::ast::Assign>();
    REQUIRE(folded.value->kind == hs::frontend::ast::ExprKind::Constant);
    hs::Object* v = constants.valueOf(folded.value->as<hs::frontend::ast::Constant>());
    REQUIRE(v);
    std::int64_t n = 0;
    CHECK(hs::intAsInt64(v, n));
    CHECK(n == 3);
    // The unchanged statement is shared.
    CHECK(opt->body[1] == parsed.module->body[1]);
}
