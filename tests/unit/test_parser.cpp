// Heapscope unit tests: the parser (engine/frontend/parser*.cpp) and its SyntaxError reports.
// The snippet tests compare with outputs CPython 3.11 produced (tests/frontend/gen_ast_cases.py).
#include <doctest/doctest.h>

#include "frontend/ast_dump.h"
#include "frontend/parser.h"
#include "frontend/syntax_error.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace hs::frontend;
namespace fs = std::filesystem;

namespace {

fs::path frontendDataDir()
{
    if (const char* root = std::getenv("HEAPSCOPE_SOURCE_DIR")) return fs::path(root) / "tests" / "frontend";
    return fs::path(__FILE__).parent_path().parent_path() / "frontend";
}

std::string readFile(const fs::path& p)
{
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

std::vector<fs::path> sources(const char* sub)
{
    std::vector<fs::path> out;
    fs::path dir = frontendDataDir() / sub;
    if (!fs::exists(dir)) return out;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".py") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string dumpOrError(std::string_view src)
{
    ParseResult r = parseModule(src);
    if (!r.ok()) return formatCellSyntaxError(*r.error, 1);
    return dumpModule(*r.module);
}

} // namespace

TEST_CASE("parser: AST of every snippet in tests/frontend/cases equals CPython's ast.dump")
{
    std::vector<fs::path> files = sources("cases");
    REQUIRE(files.size() >= 40);
    for (const fs::path& py : files) {
        fs::path expectedPath = py;
        expectedPath.replace_extension(".ast");
        REQUIRE_MESSAGE(fs::exists(expectedPath), expectedPath.string());
        std::string expected = readFile(expectedPath);
        std::string actual = dumpOrError(readFile(py)) + "\n";
        CHECK_MESSAGE(actual == expected, py.filename().string());
    }
}

TEST_CASE("parser: SyntaxError report of every snippet in tests/frontend/errors equals CPython's")
{
    std::vector<fs::path> files = sources("errors");
    REQUIRE(files.size() >= 30);
    for (const fs::path& py : files) {
        fs::path expectedPath = py;
        expectedPath.replace_extension(".err");
        REQUIRE_MESSAGE(fs::exists(expectedPath), expectedPath.string());
        std::string expected = readFile(expectedPath);
        ParseResult r = parseModule(readFile(py));
        REQUIRE_MESSAGE(!r.ok(), py.filename().string());
        CHECK_MESSAGE(formatCellSyntaxError(*r.error, 1) == expected, py.filename().string());
    }
}

TEST_CASE("parser: common learner errors carry CPython's type, message and location")
{
    struct Case {
        const char* src;
        const char* type;
        const char* msg;
        int lineno, offset, endLineno, endOffset;
    };
    const Case cases[] = {
        {"x = (1,\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
        {"if x\n", "SyntaxError", "expected ':'", 1, 5, 1, 5},
        {"if x  # c\n", "SyntaxError", "expected ':'", 1, 7, 1, 10},
        {"f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
        {"print 'hi'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 11},
        {"if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5},
        {"  x = 1\n", "IndentationError", "unexpected indent", 1, 2, 1, -1},
        {"if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, -1},
        {"(1,\n 2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 3, 2, 3},
        {"x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
        {"x = [1, 2 3]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
        {"x = 0777\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6},
        {"x = 5 \xe2\x80\xa6 3\n", "SyntaxError", "invalid character '\xe2\x80\xa6' (U+2026)", 1, 7, 1, 7},
        {"a b c\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
        {")", "SyntaxError", "unmatched ')'", 1, 1, 1, 1},
        {"x = f'{a b}'\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
        {"if x:\n\tpass\n        pass\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    };
    for (const Case& c : cases) {
        ParseResult r = parseModule(c.src);
        INFO(c.src);
        REQUIRE(!r.ok());
        CHECK(r.error->type == c.type);
        CHECK(r.error->msg == c.msg);
        CHECK(r.error->lineno == c.lineno);
        CHECK(r.error->offset == c.offset);
        CHECK(r.error->end_lineno == c.endLineno);
        CHECK(r.error->end_offset == c.endOffset);
    }
}

TEST_CASE("parser: positions are UTF-8 byte columns; SyntaxError offsets are 1-based characters")
{
    ParseResult r = parseModule("\xc3\xa9 = '\xc3\xbc'\n"); // é = 'ü'
    REQUIRE(r.ok());
    const ast::Assign& a = r.module->body[0]->as<ast::Assign>();
    CHECK(a.targets[0]->colOffset == 0);
    CHECK(a.targets[0]->endColOffset == 2);
    CHECK(a.value->colOffset == 5);
    CHECK(a.value->endColOffset == 9);

    ParseResult e = parseModule("\xc3\xa9 = (1,\n");
    REQUIRE(!e.ok());
    CHECK(e.error->offset == 5); // the '(' is the 5th character (its byte column is 5 too: 6 - 1)
}

TEST_CASE("parser: constants keep arbitrary-precision ints as decimal digits and floats exactly")
{
    ParseResult r = parseExpression("0xFFFFFFFFFFFFFFFFFFFFFFFF + 0o777 + 0b101 + 1_000 + 00 + 0.1 + 2.5j + 1e400");
    REQUIRE(r.ok());
    std::vector<const ast::Constant*> constants;
    const ast::Expr* e = r.expression->body;
    while (e->kind == ast::ExprKind::BinOp) {
        constants.insert(constants.begin(), &e->as<ast::BinOp>().right->as<ast::Constant>());
        e = e->as<ast::BinOp>().left;
    }
    constants.insert(constants.begin(), &e->as<ast::Constant>());
    REQUIRE(constants.size() == 8);
    CHECK(constants[0]->text == "79228162514264337593543950335");
    CHECK(constants[1]->text == "511");
    CHECK(constants[2]->text == "5");
    CHECK(constants[3]->text == "1000");
    CHECK(constants[4]->text == "0");
    CHECK(constants[5]->valueKind == ast::ConstantKind::Float);
    CHECK(constants[5]->number == 0.1);
    CHECK(constants[6]->valueKind == ast::ConstantKind::Complex);
    CHECK(constants[6]->number == 2.5);
    CHECK(pyFloatRepr(constants[7]->number) == "inf");
}

TEST_CASE("parser: string constants decode escapes, keep the u kind, and concatenate")
{
    ParseResult r = parseModule("u'a\\tb' 'c'\nb'\\x00\\xff'\n'\\N{BULLET}\\ud800'\n");
    REQUIRE(r.ok());
    const auto& s = r.module->body[0]->as<ast::ExprStmt>().value->as<ast::Constant>();
    CHECK(s.valueKind == ast::ConstantKind::Str);
    CHECK(s.text == "a\tbc");
    CHECK(s.kindU);
    const auto& b = r.module->body[1]->as<ast::ExprStmt>().value->as<ast::Constant>();
    CHECK(b.valueKind == ast::ConstantKind::Bytes);
    CHECK(b.text == std::string("\x00\xff", 2));
    const auto& n = r.module->body[2]->as<ast::ExprStmt>().value->as<ast::Constant>();
    CHECK(n.text == "\xe2\x80\xa2\xed\xa0\x80"); // BULLET, then the lone surrogate as 3 bytes
    CHECK(pyStrRepr(n.text) == "'\xe2\x80\xa2\\ud800'");
}

TEST_CASE("parser: f-string inner expressions are positioned inside the literal")
{
    ParseResult r = parseModule("x = f'a{b + 1!r:>{w}}'\n");
    REQUIRE(r.ok());
    const auto& js = r.module->body[0]->as<ast::Assign>().value->as<ast::JoinedStr>();
    REQUIRE(js.values.size() == 2);
    const auto& fv = js.values[1]->as<ast::FormattedValue>();
    CHECK(fv.conversion == 'r');
    const ast::Expr* inner = fv.value;
    CHECK(inner->kind == ast::ExprKind::BinOp);
    CHECK(inner->colOffset == 8);
    CHECK(inner->endColOffset == 13);
    REQUIRE(fv.formatSpec != nullptr);
    CHECK(fv.formatSpec->kind == ast::ExprKind::JoinedStr);
}

TEST_CASE("parser: eval mode parses one expression and rejects statements")
{
    ParseResult ok = parseExpression("a if b else [c, *d]");
    REQUIRE(ok.ok());
    CHECK(ok.expression->body->kind == ast::ExprKind::IfExp);
    CHECK(dumpExpression(*ok.expression, false) ==
          "Expression(body=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), "
          "orelse=List(elts=[Name(id='c', ctx=Load()), Starred(value=Name(id='d', ctx=Load()), ctx=Load())], ctx=Load())))");
    ParseResult bad = parseExpression("x = 1");
    REQUIRE(!bad.ok());
    CHECK(bad.error->msg == "invalid syntax");
    CHECK(bad.error->offset == 3);
}

TEST_CASE("parser: a moved ParseResult keeps its tree valid; CRLF sources parse like LF ones")
{
    ParseResult moved;
    {
        ParseResult r = parseModule("def f(a):\r\n    return a\r\nprint(f(1))\r\n");
        REQUIRE(r.ok());
        moved = std::move(r);
    }
    REQUIRE(moved.module->body.size() == 2);
    const auto& f = moved.module->body[0]->as<ast::FunctionDef>();
    CHECK(f.name == "f");
    CHECK(f.args->args[0]->arg == "a");
    CHECK(f.endLineno == 2);
    CHECK(dumpModule(*moved.module) == dumpOrError("def f(a):\n    return a\nprint(f(1))\n"));
}

TEST_CASE("parser: walking the tree with a switch on kind")
{
    ParseResult r = parseModule("for i in range(3):\n    total += i * 2\nelse:\n    print(total)\n");
    REQUIRE(r.ok());
    int names = 0, calls = 0, binops = 0;
    struct Walker {
        int& names;
        int& calls;
        int& binops;
        void expr(const ast::Expr* e)
        {
            switch (e->kind) {
            case ast::ExprKind::Name: names++; break;
            case ast::ExprKind::Call:
                calls++;
                expr(e->as<ast::Call>().func);
                for (const ast::Expr* a : e->as<ast::Call>().args) expr(a);
                break;
            case ast::ExprKind::BinOp:
                binops++;
                expr(e->as<ast::BinOp>().left);
                expr(e->as<ast::BinOp>().right);
                break;
            default: break;
            }
        }
        void stmt(const ast::Stmt* s)
        {
            switch (s->kind) {
            case ast::StmtKind::For: {
                const auto& f = s->as<ast::For>();
                expr(f.target);
                expr(f.iter);
                for (const ast::Stmt* b : f.body) stmt(b);
                for (const ast::Stmt* b : f.orelse) stmt(b);
                break;
            }
            case ast::StmtKind::AugAssign:
                expr(s->as<ast::AugAssign>().target);
                expr(s->as<ast::AugAssign>().value);
                break;
            case ast::StmtKind::Expr: expr(s->as<ast::ExprStmt>().value); break;
            default: break;
            }
        }
    } walker{names, calls, binops};
    for (const ast::Stmt* s : r.module->body) walker.stmt(s);
    CHECK(names == 6); // i, range, total, i, print, total
    CHECK(calls == 2);
    CHECK(binops == 1);
}

TEST_CASE("parser: deep nesting ends in CPython's errors, never in a C++ stack overflow")
{
    ParseResult ok = parseModule(std::string(199, '(') + std::string(199, ')') + "\n");
    CHECK(ok.ok());
    ParseResult parens = parseModule(std::string(201, '[') + "\n");
    REQUIRE(!parens.ok());
    CHECK(parens.error->msg == "too many nested parentheses");
    ParseResult unary = parseModule(std::string(100000, '-') + "1\n");
    REQUIRE(!unary.ok());
    CHECK(unary.error->type == "MemoryError");
    CHECK(formatCellSyntaxError(*unary.error, 1) == "MemoryError\n");
    ParseResult nots = parseModule(std::string("not ") + std::string(50000 * 4, ' ') + "x\n");
    CHECK(nots.ok());
    std::string chain = "x";
    for (int i = 0; i < 20000; ++i) chain += ".a";
    CHECK(parseModule(chain + "\n").ok()); // long postfix chains are loops, not recursion
}

TEST_CASE("parser: a 10,000-line program parses")
{
    std::string src;
    for (int i = 0; i < 1000; ++i) {
        src += "def f" + std::to_string(i) + "(a, b=2, *args, **kw):\n";
        src += "    x = [a * b for a in range(10) if a % 2]\n";
        src += "    y = {'k': x, **kw}\n";
        src += "    if x and not y:\n";
        src += "        return f'{x!r:>10}'\n";
        src += "    for i, v in enumerate(args):\n";
        src += "        y[i] = v ** 2 - (i + 1) / 3\n";
        src += "    with open('f') as fh:\n";
        src += "        pass\n";
        src += "    return y\n";
    }
    ParseResult r = parseModule(src);
    REQUIRE(r.ok());
    CHECK(r.module->body.size() == 1000);
}

TEST_CASE("syntax_error: report layout follows CPython's print_error_text quirks")
{
    SyntaxErrorInfo e;
    e.msg = "invalid syntax";
    e.lineno = 3;
    e.offset = 9;
    e.end_lineno = 3;
    e.end_offset = 12;
    e.text = "    x = (a b c)\n";
    CHECK(formatCellSyntaxError(e, 2) == "  File \"<cell 2>\", line 3\n    x = (a b c)\n        ^^^\nSyntaxError: invalid syntax\n");

    e.type = "IndentationError"; // subclasses always get one caret
    CHECK(formatCellSyntaxError(e, 2) == "  File \"<cell 2>\", line 3\n    x = (a b c)\n        ^\nIndentationError: invalid syntax\n");

    e.type = "SyntaxError";
    e.end_lineno = 4; // a range spanning lines is cut at the end of the first line
    CHECK(formatCellSyntaxError(e, 1) == "  File \"<cell 1>\", line 3\n    x = (a b c)\n        ^^^^^^^\nSyntaxError: invalid syntax\n");

    SyntaxErrorInfo compilerError = makeCompilerSyntaxError("'return' outside function", 1, 0, 1, 8);
    CHECK(compilerError.offset == 1);
    CHECK(compilerError.end_offset == 9);
    CHECK(formatCellSyntaxError(compilerError, 1) == "  File \"<cell 1>\", line 1\nSyntaxError: 'return' outside function\n");

    ParseResult nul = parseModule(std::string("a\0b", 3));
    REQUIRE(!nul.ok());
    CHECK(formatCellSyntaxError(*nul.error, 1) == "SyntaxError: source code string cannot contain null bytes\n");
}
