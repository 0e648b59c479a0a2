// Heapscope front end: Python's names for AST kinds and operators.
// Used by the dumper and by diagnostics; spelled exactly as Python's `ast` classes.
#include "frontend/ast.h"

namespace hs::frontend::ast {

const char* exprKindName(ExprKind k)
{
    static const char* const names[] = {
        "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp",
        "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call",
        "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name",
        "List", "Tuple", "Slice",
    };
    return names[static_cast<int>(k)];
}

const char* stmtKindName(StmtKind k)
{
    static const char* const names[] = {
        "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign",
        "AnnAssign", "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Raise", "Try",
        "TryStar", "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break",
        "Continue", "Match",
    };
    return names[static_cast<int>(k)];
}

const char* patternKindName(PatternKind k)
{
    static const char* const names[] = {
        "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping", "MatchClass", "MatchStar", "MatchAs", "MatchOr",
    };
    return names[static_cast<int>(k)];
}

const char* operatorName(OperatorKind k)
{
    static const char* const names[] = {
        "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr",
        "BitXor", "BitAnd", "FloorDiv",
    };
    return names[static_cast<int>(k)];
}

const char* unaryOpName(UnaryOpKind k)
{
    static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
    return names[static_cast<int>(k)];
}

const char* cmpOpName(CmpOpKind k)
{
    static const char* const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
    return names[static_cast<int>(k)];
}

const char* boolOpName(BoolOpKind k) { return k == BoolOpKind::And ? "And" : "Or"; }

const char* contextName(ExprContext k)
{
    static const char* const names[] = {"Load", "Store", "Del"};
    return names[static_cast<int>(k)];
}

} // namespace hs::frontend::ast
