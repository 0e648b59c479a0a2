// Heapscope front end: the abstract syntax tree, mirroring CPython 3.11's `ast` module node by node.
// Plain arena-allocated data: switch on `kind`, then `as<T>()`; positions are exactly CPython's.
//
// Sections: enums (kinds, operators) · Located base · expressions · helper nodes (arguments,
// arg, keyword, alias, withitem, comprehension, ExceptHandler) · patterns · statements · modules.
//
// Conventions (the compiler relies on them):
//  - lineno/endLineno are 1-based; colOffset/endColOffset are 0-based UTF-8 byte columns.
//  - Optional children are nullptr where Python has None; lists are Seq<T> (possibly empty).
//  - Identifiers and constant payloads are std::string_view into the owning ParseResult.
//  - Nodes may be shared between parents (as in CPython's arena); treat the tree as immutable.
#pragma once

#include "frontend/arena.h"

#include <cassert>
#include <cstdint>
#include <string_view>

namespace hs::frontend::ast {

using Identifier = std::string_view;

enum class ExprContext : std::uint8_t { Load, Store, Del };
enum class BoolOpKind : std::uint8_t { And, Or };
enum class OperatorKind : std::uint8_t {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : std::uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : std::uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

enum class ExprKind : std::uint8_t {
    BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
    GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
    Attribute, Subscript, Starred, Name, List, Tuple, Slice,
};

enum class StmtKind : std::uint8_t {
    FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
    AsyncFor, While, If, With, AsyncWith, Raise, Try, TryStar, Assert, Import, ImportFrom,
    Global, Nonlocal, Expr, Pass, Break, Continue, Match,
};

enum class PatternKind : std::uint8_t {
    MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr,
};

// Python's names, for dumps and diagnostics ("BinOp", "Add", "Load", ...).
const char* exprKindName(ExprKind k);
const char* stmtKindName(StmtKind k);
const char* patternKindName(PatternKind k);
const char* operatorName(OperatorKind k);
const char* unaryOpName(UnaryOpKind k);
const char* cmpOpName(CmpOpKind k);
const char* boolOpName(BoolOpKind k);
const char* contextName(ExprContext k);

struct Located {
    int lineno = 0;
    int colOffset = 0;
    int endLineno = 0;
    int endColOffset = 0;
};

// ---------------------------------------------------------------------------------------------
// Expressions

struct Expr : Located {
    ExprKind kind;
    explicit Expr(ExprKind k) : kind(k) {}

    template <class T>
    const T& as() const
    {
        assert(T::matches(kind));
        return static_cast<const T&>(*this);
    }
    template <class T>
    T& as()
    {
        assert(T::matches(kind));
        return static_cast<T&>(*this);
    }
};

#define HS_AST_EXPR_KIND(K)                                             \
    static constexpr ExprKind kKind = ExprKind::K;                      \
    static constexpr bool matches(ExprKind k) { return k == kKind; }

struct Arguments;
struct Keyword;
struct Comprehension;

struct BoolOp : Expr {
    HS_AST_EXPR_KIND(BoolOp)
    BoolOp() : Expr(kKind) {}
    BoolOpKind op = BoolOpKind::And;
    Seq<Expr*> values;
};

struct NamedExpr : Expr {
    HS_AST_EXPR_KIND(NamedExpr)
    NamedExpr() : Expr(kKind) {}
    Expr* target = nullptr; // a Name in Store context
    Expr* value = nullptr;
};

struct BinOp : Expr {
    HS_AST_EXPR_KIND(BinOp)
    BinOp() : Expr(kKind) {}
    Expr* left = nullptr;
    OperatorKind op = OperatorKind::Add;
    Expr* right = nullptr;
};

struct UnaryOp : Expr {
    HS_AST_EXPR_KIND(UnaryOp)
    UnaryOp() : Expr(kKind) {}
    UnaryOpKind op = UnaryOpKind::Not;
    Expr* operand = nullptr;
};

struct Lambda : Expr {
    HS_AST_EXPR_KIND(Lambda)
    Lambda() : Expr(kKind) {}
    Arguments* args = nullptr;
    Expr* body = nullptr;
};

struct IfExp : Expr {
    HS_AST_EXPR_KIND(IfExp)
    IfExp() : Expr(kKind) {}
    Expr* test = nullptr;
    Expr* body = nullptr;
    Expr* orelse = nullptr;
};

struct Dict : Expr {
    HS_AST_EXPR_KIND(Dict)
    Dict() : Expr(kKind) {}
    Seq<Expr*> keys; // nullptr key: `**value` unpacking
    Seq<Expr*> values;
};

struct Set : Expr {
    HS_AST_EXPR_KIND(Set)
    Set() : Expr(kKind) {}
    Seq<Expr*> elts;
};

// ListComp, SetComp and GeneratorExp share one layout.
struct Comp : Expr {
    static constexpr bool matches(ExprKind k)
    {
        return k == ExprKind::ListComp || k == ExprKind::SetComp || k == ExprKind::GeneratorExp;
    }
    explicit Comp(ExprKind k) : Expr(k) {}
    Expr* elt = nullptr;
    Seq<Comprehension*> generators;
};
struct ListComp : Comp {
    HS_AST_EXPR_KIND(ListComp)
    ListComp() : Comp(kKind) {}
};
struct SetComp : Comp {
    HS_AST_EXPR_KIND(SetComp)
    SetComp() : Comp(kKind) {}
};
struct GeneratorExp : Comp {
    HS_AST_EXPR_KIND(GeneratorExp)
    GeneratorExp() : Comp(kKind) {}
};

struct DictComp : Expr {
    HS_AST_EXPR_KIND(DictComp)
    DictComp() : Expr(kKind) {}
    Expr* key = nullptr;
    Expr* value = nullptr;
    Seq<Comprehension*> generators;
};

struct Await : Expr {
    HS_AST_EXPR_KIND(Await)
    Await() : Expr(kKind) {}
    Expr* value = nullptr;
};

struct Yield : Expr {
    HS_AST_EXPR_KIND(Yield)
    Yield() : Expr(kKind) {}
    Expr* value = nullptr; // optional
};

struct YieldFrom : Expr {
    HS_AST_EXPR_KIND(YieldFrom)
    YieldFrom() : Expr(kKind) {}
    Expr* value = nullptr;
};

struct Compare : Expr {
    HS_AST_EXPR_KIND(Compare)
    Compare() : Expr(kKind) {}
    Expr* left = nullptr;
    Seq<CmpOpKind> ops;
    Seq<Expr*> comparators; // same length as ops
};

struct Call : Expr {
    HS_AST_EXPR_KIND(Call)
    Call() : Expr(kKind) {}
    Expr* func = nullptr;
    Seq<Expr*> args; // may contain Starred
    Seq<Keyword*> keywords;
};

struct FormattedValue : Expr {
    HS_AST_EXPR_KIND(FormattedValue)
    FormattedValue() : Expr(kKind) {}
    Expr* value = nullptr;
    int conversion = -1;          // -1, 's', 'r' or 'a'
    Expr* formatSpec = nullptr;   // optional JoinedStr
};

struct JoinedStr : Expr {
    HS_AST_EXPR_KIND(JoinedStr)
    JoinedStr() : Expr(kKind) {}
    Seq<Expr*> values; // Constant (str) and FormattedValue nodes
};

enum class ConstantKind : std::uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };

struct Constant : Expr {
    HS_AST_EXPR_KIND(Constant)
    Constant() : Expr(kKind) {}
    ConstantKind valueKind = ConstantKind::None;
    // Int: decimal digits without sign or leading zeros ("0" for zero), any length.
    // Str: UTF-8 (lone surrogates as 3-byte sequences). Bytes: raw bytes.
    std::string_view text;
    double number = 0.0; // Float value, or Complex imaginary part (the real part is 0)
    bool kindU = false;  // Python's Constant.kind == 'u' (string literal written u'...')
};

struct Attribute : Expr {
    HS_AST_EXPR_KIND(Attribute)
    Attribute() : Expr(kKind) {}
    Expr* value = nullptr;
    Identifier attr;
    ExprContext ctx = ExprContext::Load;
};

struct Subscript : Expr {
    HS_AST_EXPR_KIND(Subscript)
    Subscript() : Expr(kKind) {}
    Expr* value = nullptr;
    Expr* slice = nullptr; // an expression, Slice, or Tuple of them
    ExprContext ctx = ExprContext::Load;
};

struct Starred : Expr {
    HS_AST_EXPR_KIND(Starred)
    Starred() : Expr(kKind) {}
    Expr* value = nullptr;
    ExprContext ctx = ExprContext::Load;
};

struct Name : Expr {
    HS_AST_EXPR_KIND(Name)
    Name() : Expr(kKind) {}
    Identifier id;
    ExprContext ctx = ExprContext::Load;
};

// List and Tuple share one layout.
struct Sequence : Expr {
    static constexpr bool matches(ExprKind k) { return k == ExprKind::List || k == ExprKind::Tuple; }
    explicit Sequence(ExprKind k) : Expr(k) {}
    Seq<Expr*> elts;
    ExprContext ctx = ExprContext::Load;
};
struct List : Sequence {
    HS_AST_EXPR_KIND(List)
    List() : Sequence(kKind) {}
};
struct Tuple : Sequence {
    HS_AST_EXPR_KIND(Tuple)
    Tuple() : Sequence(kKind) {}
};

struct Slice : Expr {
    HS_AST_EXPR_KIND(Slice)
    Slice() : Expr(kKind) {}
    Expr* lower = nullptr; // all three optional
    Expr* upper = nullptr;
    Expr* step = nullptr;
};

#undef HS_AST_EXPR_KIND

// ---------------------------------------------------------------------------------------------
// Helper nodes

struct Arg : Located {
    Identifier arg;
    Expr* annotation = nullptr; // optional
};

struct Arguments {
    Seq<Arg*> posonlyargs;
    Seq<Arg*> args;
    Arg* vararg = nullptr;   // optional
    Seq<Arg*> kwonlyargs;
    Seq<Expr*> kwDefaults;   // same length as kwonlyargs; nullptr = no default
    Arg* kwarg = nullptr;    // optional
    Seq<Expr*> defaults;     // defaults of the last len(defaults) of posonlyargs + args
};

struct Keyword : Located {
    Identifier arg; // empty for `**value`
    bool hasArg = false;
    Expr* value = nullptr;
};

struct Alias : Located {
    Identifier name;   // dotted name, or "*"
    Identifier asname; // empty when absent
    bool hasAsname = false;
};

struct WithItem {
    Expr* contextExpr = nullptr;
    Expr* optionalVars = nullptr; // optional
};

struct Comprehension {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    Seq<Expr*> ifs;
    bool isAsync = false;
};

struct Stmt;

struct ExceptHandler : Located {
    Expr* type = nullptr; // optional
    Identifier name;      // empty when absent
    bool hasName = false;
    Seq<Stmt*> body;
};

// ---------------------------------------------------------------------------------------------
// Patterns (match statements)

struct Pattern : Located {
    PatternKind kind;
    explicit Pattern(PatternKind k) : kind(k) {}

    template <class T>
    const T& as() const
    {
        assert(kind == T::kKind);
        return static_cast<const T&>(*this);
    }
};

#define HS_AST_PATTERN_KIND(K) static constexpr PatternKind kKind = PatternKind::K;

struct MatchValue : Pattern {
    HS_AST_PATTERN_KIND(MatchValue)
    MatchValue() : Pattern(kKind) {}
    Expr* value = nullptr; // a constant, a signed number/complex BinOp, a string, or an Attribute
};

struct MatchSingleton : Pattern {
    HS_AST_PATTERN_KIND(MatchSingleton)
    MatchSingleton() : Pattern(kKind) {}
    ConstantKind value = ConstantKind::None; // None, True or False
};

struct MatchSequence : Pattern {
    HS_AST_PATTERN_KIND(MatchSequence)
    MatchSequence() : Pattern(kKind) {}
    Seq<Pattern*> patterns;
};

struct MatchMapping : Pattern {
    HS_AST_PATTERN_KIND(MatchMapping)
    MatchMapping() : Pattern(kKind) {}
    Seq<Expr*> keys;
    Seq<Pattern*> patterns; // same length as keys
    Identifier rest;        // `**rest`; empty when absent
    bool hasRest = false;
};

struct MatchClass : Pattern {
    HS_AST_PATTERN_KIND(MatchClass)
    MatchClass() : Pattern(kKind) {}
    Expr* cls = nullptr;
    Seq<Pattern*> patterns;
    Seq<Identifier> kwdAttrs;
    Seq<Pattern*> kwdPatterns; // same length as kwdAttrs
};

struct MatchStar : Pattern {
    HS_AST_PATTERN_KIND(MatchStar)
    MatchStar() : Pattern(kKind) {}
    Identifier name; // empty for `*_`
    bool hasName = false;
};

struct MatchAs : Pattern {
    HS_AST_PATTERN_KIND(MatchAs)
    MatchAs() : Pattern(kKind) {}
    Pattern* pattern = nullptr; // optional
    Identifier name;            // empty for the wildcard `_`
    bool hasName = false;
};

struct MatchOr : Pattern {
    HS_AST_PATTERN_KIND(MatchOr)
    MatchOr() : Pattern(kKind) {}
    Seq<Pattern*> patterns;
};

#undef HS_AST_PATTERN_KIND

struct MatchCase {
    Pattern* pattern = nullptr;
    Expr* guard = nullptr; // optional
    Seq<Stmt*> body;
};

// ---------------------------------------------------------------------------------------------
// Statements

struct Stmt : Located {
    StmtKind kind;
    explicit Stmt(StmtKind k) : kind(k) {}

    template <class T>
    const T& as() const
    {
        assert(T::matches(kind));
        return static_cast<const T&>(*this);
    }
    template <class T>
    T& as()
    {
        assert(T::matches(kind));
        return static_cast<T&>(*this);
    }
};

#define HS_AST_STMT_KIND(K)                                             \
    static constexpr StmtKind kKind = StmtKind::K;                      \
    static constexpr bool matches(StmtKind k) { return k == kKind; }

// FunctionDef and AsyncFunctionDef.
struct FunctionDef : Stmt {
    static constexpr bool matches(StmtKind k) { return k == StmtKind::FunctionDef || k == StmtKind::AsyncFunctionDef; }
    explicit FunctionDef(StmtKind k = StmtKind::FunctionDef) : Stmt(k) {}
    Identifier name;
    Arguments* args = nullptr;
    Seq<Stmt*> body;
    Seq<Expr*> decoratorList;
    Expr* returns = nullptr; // optional
};

struct ClassDef : Stmt {
    HS_AST_STMT_KIND(ClassDef)
    ClassDef() : Stmt(kKind) {}
    Identifier name;
    Seq<Expr*> bases;
    Seq<Keyword*> keywords;
    Seq<Stmt*> body;
    Seq<Expr*> decoratorList;
};

struct Return : Stmt {
    HS_AST_STMT_KIND(Return)
    Return() : Stmt(kKind) {}
    Expr* value = nullptr; // optional
};

struct Delete : Stmt {
    HS_AST_STMT_KIND(Delete)
    Delete() : Stmt(kKind) {}
    Seq<Expr*> targets;
};

struct Assign : Stmt {
    HS_AST_STMT_KIND(Assign)
    Assign() : Stmt(kKind) {}
    Seq<Expr*> targets; // `a = b = c` has two targets
    Expr* value = nullptr;
};

struct AugAssign : Stmt {
    HS_AST_STMT_KIND(AugAssign)
    AugAssign() : Stmt(kKind) {}
    Expr* target = nullptr;
    OperatorKind op = OperatorKind::Add;
    Expr* value = nullptr;
};

struct AnnAssign : Stmt {
    HS_AST_STMT_KIND(AnnAssign)
    AnnAssign() : Stmt(kKind) {}
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr; // optional
    bool simple = false;   // target is a plain (unparenthesized) name
};

// For and AsyncFor.
struct For : Stmt {
    static constexpr bool matches(StmtKind k) { return k == StmtKind::For || k == StmtKind::AsyncFor; }
    explicit For(StmtKind k = StmtKind::For) : Stmt(k) {}
    Expr* target = nullptr;
    Expr* iter = nullptr;
    Seq<Stmt*> body;
    Seq<Stmt*> orelse;
};

struct While : Stmt {
    HS_AST_STMT_KIND(While)
    While() : Stmt(kKind) {}
    Expr* test = nullptr;
    Seq<Stmt*> body;
    Seq<Stmt*> orelse;
};

struct If : Stmt {
    HS_AST_STMT_KIND(If)
    If() : Stmt(kKind) {}
    Expr* test = nullptr;
    Seq<Stmt*> body;
    Seq<Stmt*> orelse; // an `elif` is a single nested If
};

// With and AsyncWith.
struct With : Stmt {
    static constexpr bool matches(StmtKind k) { return k == StmtKind::With || k == StmtKind::AsyncWith; }
    explicit With(StmtKind k = StmtKind::With) : Stmt(k) {}
    Seq<WithItem*> items;
    Seq<Stmt*> body;
};

struct Raise : Stmt {
    HS_AST_STMT_KIND(Raise)
    Raise() : Stmt(kKind) {}
    Expr* exc = nullptr;   // optional
    Expr* cause = nullptr; // optional
};

// Try and TryStar (`except*`).
struct Try : Stmt {
    static constexpr bool matches(StmtKind k) { return k == StmtKind::Try || k == StmtKind::TryStar; }
    explicit Try(StmtKind k = StmtKind::Try) : Stmt(k) {}
    Seq<Stmt*> body;
    Seq<ExceptHandler*> handlers;
    Seq<Stmt*> orelse;
    Seq<Stmt*> finalbody;
};

struct Assert : Stmt {
    HS_AST_STMT_KIND(Assert)
    Assert() : Stmt(kKind) {}
    Expr* test = nullptr;
    Expr* msg = nullptr; // optional
};

struct Import : Stmt {
    HS_AST_STMT_KIND(Import)
    Import() : Stmt(kKind) {}
    Seq<Alias*> names;
};

struct ImportFrom : Stmt {
    HS_AST_STMT_KIND(ImportFrom)
    ImportFrom() : Stmt(kKind) {}
    Identifier module; // empty when absent (`from . import x`)
    bool hasModule = false;
    Seq<Alias*> names;
    int level = 0; // number of leading dots
};

// Global and Nonlocal.
struct NameList : Stmt {
    static constexpr bool matches(StmtKind k) { return k == StmtKind::Global || k == StmtKind::Nonlocal; }
    explicit NameList(StmtKind k) : Stmt(k) {}
    Seq<Identifier> names;
};
struct Global : NameList {
    HS_AST_STMT_KIND(Global)
    Global() : NameList(kKind) {}
};
struct Nonlocal : NameList {
    HS_AST_STMT_KIND(Nonlocal)
    Nonlocal() : NameList(kKind) {}
};

struct ExprStmt : Stmt {
    HS_AST_STMT_KIND(Expr)
    ExprStmt() : Stmt(kKind) {}
    Expr* value = nullptr;
};

// Pass, Break and Continue carry no fields.
struct Pass : Stmt {
    HS_AST_STMT_KIND(Pass)
    Pass() : Stmt(kKind) {}
};
struct Break : Stmt {
    HS_AST_STMT_KIND(Break)
    Break() : Stmt(kKind) {}
};
struct Continue : Stmt {
    HS_AST_STMT_KIND(Continue)
    Continue() : Stmt(kKind) {}
};

struct Match : Stmt {
    HS_AST_STMT_KIND(Match)
    Match() : Stmt(kKind) {}
    Expr* subject = nullptr;
    Seq<MatchCase*> cases;
};

#undef HS_AST_STMT_KIND

// ---------------------------------------------------------------------------------------------
// Modules

struct Module {
    Seq<Stmt*> body;
};

struct Expression {
    Expr* body = nullptr;
};

} // namespace hs::frontend::ast
