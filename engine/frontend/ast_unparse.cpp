// Heapscope front end: the annotation unparser, after Python/ast_unparse.c (3.11): precedence levels
// decide the parentheses; constants print as repr(), with "inf" spelled 1e309 in floats and complex.
#include "frontend/ast_unparse.h"

namespace hs::frontend {

using namespace ast;

namespace {

// Priority levels (PR_*): an operand is parenthesised when the level it is printed at is above its
// operator's.
enum Level : int {
    kTuple,
    kTest,   // 'if'-'else', 'lambda'
    kOr,
    kAnd,
    kNot,
    kCmp,
    kExpr,
    kBor = kExpr,
    kBxor,
    kBand,
    kShift,
    kArith,
    kTerm,
    kFactor,
    kPower,
    kAwait,
    kAtom,
};

std::string replaceAll(std::string text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

class Unparser {
public:
    Unparser(const UnparseReprs& reprs, std::string& out) : R(reprs), W(out) {}

    bool expr(const Expr& e, int level) {
        switch (e.kind) {
        case ExprKind::BoolOp: return boolOp(e.as<BoolOp>(), level);
        case ExprKind::BinOp: return binOp(e.as<BinOp>(), level);
        case ExprKind::UnaryOp: return unaryOp(e.as<UnaryOp>(), level);
        case ExprKind::Lambda: return lambda(e.as<Lambda>(), level);
        case ExprKind::IfExp: {
            const auto& x = e.as<IfExp>();
            open(level > kTest);
            if (!expr(*x.body, kTest + 1)) return false;
            W += " if ";
            if (!expr(*x.test, kTest + 1)) return false;
            W += " else ";
            if (!expr(*x.orelse, kTest)) return false;
            close(level > kTest);
            return true;
        }
        case ExprKind::Dict: return dict(e.as<Dict>());
        case ExprKind::Set: return elements("{", e.as<Set>().elts, "}");
        case ExprKind::GeneratorExp: return comp("(", e.as<Comp>(), ")");
        case ExprKind::ListComp: return comp("[", e.as<Comp>(), "]");
        case ExprKind::SetComp: return comp("{", e.as<Comp>(), "}");
        case ExprKind::DictComp: {
            const auto& x = e.as<DictComp>();
            W += "{";
            if (!expr(*x.key, kTest)) return false;
            W += ": ";
            if (!expr(*x.value, kTest) || !comprehensions(x.generators)) return false;
            W += "}";
            return true;
        }
        case ExprKind::Yield: {
            const auto& x = e.as<Yield>();
            if (!x.value) {
                W += "(yield)";
                return true;
            }
            W += "(yield ";
            if (!expr(*x.value, kTest)) return false;
            W += ")";
            return true;
        }
        case ExprKind::YieldFrom:
            W += "(yield from ";
            if (!expr(*e.as<YieldFrom>().value, kTest)) return false;
            W += ")";
            return true;
        case ExprKind::Await:
            open(level > kAwait);
            W += "await ";
            if (!expr(*e.as<Await>().value, kAtom)) return false;
            close(level > kAwait);
            return true;
        case ExprKind::Compare: return compare(e.as<Compare>(), level);
        case ExprKind::Call: return call(e.as<Call>());
        case ExprKind::Constant: return constant(e.as<Constant>());
        case ExprKind::JoinedStr: return joinedStr(e.as<JoinedStr>(), false);
        case ExprKind::FormattedValue: return formattedValue(e.as<FormattedValue>());
        case ExprKind::Attribute: {
            const auto& x = e.as<Attribute>();
            if (!expr(*x.value, kAtom)) return false;
            // integers need a space for the attribute access to be unambiguous
            const bool intValue = x.value->kind == ExprKind::Constant && x.value->as<Constant>().valueKind == ConstantKind::Int;
            W += intValue ? " ." : ".";
            W += x.attr;
            return true;
        }
        case ExprKind::Subscript: {
            const auto& x = e.as<Subscript>();
            if (!expr(*x.value, kAtom)) return false;
            W += "[";
            if (!expr(*x.slice, kTuple)) return false;
            W += "]";
            return true;
        }
        case ExprKind::Starred:
            W += "*";
            return expr(*e.as<Starred>().value, kExpr);
        case ExprKind::Slice: {
            const auto& x = e.as<Slice>();
            if (x.lower && !expr(*x.lower, kTest)) return false;
            W += ":";
            if (x.upper && !expr(*x.upper, kTest)) return false;
            if (x.step) {
                W += ":";
                if (!expr(*x.step, kTest)) return false;
            }
            return true;
        }
        case ExprKind::Name: W += e.as<Name>().id; return true;
        case ExprKind::List: return elements("[", e.as<Sequence>().elts, "]");
        case ExprKind::Tuple: {
            const Seq<Expr*>& elts = e.as<Sequence>().elts;
            if (elts.size() == 0) {
                W += "()";
                return true;
            }
            open(level > kTuple);
            for (std::size_t i = 0; i < elts.size(); ++i) {
                if (i > 0) W += ", ";
                if (!expr(*elts[i], kTest)) return false;
            }
            if (elts.size() == 1) W += ",";
            close(level > kTuple);
            return true;
        }
        case ExprKind::NamedExpr: {
            const auto& x = e.as<NamedExpr>();
            open(level > kTuple);
            if (!expr(*x.target, kAtom)) return false;
            W += " := ";
            if (!expr(*x.value, kAtom)) return false;
            close(level > kTuple);
            return true;
        }
        }
        return true;
    }

private:
    const UnparseReprs& R;
    std::string& W;

    void open(bool cond) { if (cond) W += "("; }
    void close(bool cond) { if (cond) W += ")"; }

    bool boolOp(const BoolOp& e, int level) {
        const bool isAnd = e.op == BoolOpKind::And;
        const int pr = isAnd ? kAnd : kOr;
        open(level > pr);
        for (std::size_t i = 0; i < e.values.size(); ++i) {
            if (i > 0) W += isAnd ? " and " : " or ";
            if (!expr(*e.values[i], pr + 1)) return false;
        }
        close(level > pr);
        return true;
    }

    bool binOp(const BinOp& e, int level) {
        const char* op = " + ";
        int pr = kArith;
        bool rassoc = false; // right-associative
        switch (e.op) {
        case OperatorKind::Add: op = " + "; pr = kArith; break;
        case OperatorKind::Sub: op = " - "; pr = kArith; break;
        case OperatorKind::Mult: op = " * "; pr = kTerm; break;
        case OperatorKind::MatMult: op = " @ "; pr = kTerm; break;
        case OperatorKind::Div: op = " / "; pr = kTerm; break;
        case OperatorKind::Mod: op = " % "; pr = kTerm; break;
        case OperatorKind::LShift: op = " << "; pr = kShift; break;
        case OperatorKind::RShift: op = " >> "; pr = kShift; break;
        case OperatorKind::BitOr: op = " | "; pr = kBor; break;
        case OperatorKind::BitXor: op = " ^ "; pr = kBxor; break;
        case OperatorKind::BitAnd: op = " & "; pr = kBand; break;
        case OperatorKind::FloorDiv: op = " // "; pr = kTerm; break;
        case OperatorKind::Pow: op = " ** "; pr = kPower; rassoc = true; break;
        }
        open(level > pr);
        if (!expr(*e.left, pr + (rassoc ? 1 : 0))) return false;
        W += op;
        if (!expr(*e.right, pr + (rassoc ? 0 : 1))) return false;
        close(level > pr);
        return true;
    }

    bool unaryOp(const UnaryOp& e, int level) {
        const char* op = "~";
        int pr = kFactor;
        switch (e.op) {
        case UnaryOpKind::Invert: op = "~"; pr = kFactor; break;
        case UnaryOpKind::Not: op = "not "; pr = kNot; break;
        case UnaryOpKind::UAdd: op = "+"; pr = kFactor; break;
        case UnaryOpKind::USub: op = "-"; pr = kFactor; break;
        }
        open(level > pr);
        W += op;
        if (!expr(*e.operand, pr)) return false;
        close(level > pr);
        return true;
    }

    bool arg(const Arg& a) {
        W += a.arg;
        if (a.annotation) {
            W += ": ";
            if (!expr(*a.annotation, kTest)) return false;
        }
        return true;
    }

    bool arguments(const Arguments& args) {
        bool first = true;
        auto separator = [&] {
            if (!first) W += ", ";
            first = false;
        };
        const std::size_t posonly = args.posonlyargs.size(), positional = args.args.size();
        const std::size_t defaults = args.defaults.size();
        for (std::size_t i = 0; i < posonly + positional; ++i) {
            separator();
            if (!arg(i < posonly ? *args.posonlyargs[i] : *args.args[i - posonly])) return false;
            const std::ptrdiff_t di = static_cast<std::ptrdiff_t>(i + defaults) - static_cast<std::ptrdiff_t>(posonly + positional);
            if (di >= 0) {
                W += "=";
                if (!expr(*args.defaults[static_cast<std::size_t>(di)], kTest)) return false;
            }
            if (posonly && i + 1 == posonly) W += ", /";
        }
        // vararg, or a bare '*' when there are keyword-only arguments only
        if (args.vararg || args.kwonlyargs.size()) {
            separator();
            W += "*";
            if (args.vararg && !arg(*args.vararg)) return false;
        }
        const std::size_t kwonly = args.kwonlyargs.size(), kwDefaults = args.kwDefaults.size();
        for (std::size_t i = 0; i < kwonly; ++i) {
            separator();
            if (!arg(*args.kwonlyargs[i])) return false;
            const std::ptrdiff_t di = static_cast<std::ptrdiff_t>(i + kwDefaults) - static_cast<std::ptrdiff_t>(kwonly);
            if (di >= 0) {
                if (const Expr* d = args.kwDefaults[static_cast<std::size_t>(di)]) {
                    W += "=";
                    if (!expr(*d, kTest)) return false;
                }
            }
        }
        if (args.kwarg) {
            separator();
            W += "**";
            if (!arg(*args.kwarg)) return false;
        }
        return true;
    }

    bool lambda(const Lambda& e, int level) {
        open(level > kTest);
        const std::size_t positional = e.args->args.size() + e.args->posonlyargs.size();
        W += positional ? "lambda " : "lambda";
        if (!arguments(*e.args)) return false;
        W += ": ";
        if (!expr(*e.body, kTest)) return false;
        close(level > kTest);
        return true;
    }

    bool dict(const Dict& e) {
        W += "{";
        for (std::size_t i = 0; i < e.values.size(); ++i) {
            if (i > 0) W += ", ";
            if (const Expr* key = e.keys[i]) {
                if (!expr(*key, kTest)) return false;
                W += ": ";
                if (!expr(*e.values[i], kTest)) return false;
            } else {
                W += "**";
                if (!expr(*e.values[i], kExpr)) return false;
            }
        }
        W += "}";
        return true;
    }

    bool elements(const char* left, const Seq<Expr*>& elts, const char* right) {
        W += left;
        for (std::size_t i = 0; i < elts.size(); ++i) {
            if (i > 0) W += ", ";
            if (!expr(*elts[i], kTest)) return false;
        }
        W += right;
        return true;
    }

    bool comprehensions(const Seq<Comprehension*>& gens) {
        for (const Comprehension* g : gens) {
            W += g->isAsync ? " async for " : " for ";
            if (!expr(*g->target, kTuple)) return false;
            W += " in ";
            if (!expr(*g->iter, kTest + 1)) return false;
            for (const Expr* cond : g->ifs) {
                W += " if ";
                if (!expr(*cond, kTest + 1)) return false;
            }
        }
        return true;
    }

    bool comp(const char* left, const Comp& e, const char* right) {
        W += left;
        if (!expr(*e.elt, kTest) || !comprehensions(e.generators)) return false;
        W += right;
        return true;
    }

    bool compare(const Compare& e, int level) {
        open(level > kCmp);
        if (!expr(*e.left, kCmp + 1)) return false;
        for (std::size_t i = 0; i < e.comparators.size(); ++i) {
            switch (e.ops[i]) {
            case CmpOpKind::Eq: W += " == "; break;
            case CmpOpKind::NotEq: W += " != "; break;
            case CmpOpKind::Lt: W += " < "; break;
            case CmpOpKind::LtE: W += " <= "; break;
            case CmpOpKind::Gt: W += " > "; break;
            case CmpOpKind::GtE: W += " >= "; break;
            case CmpOpKind::Is: W += " is "; break;
            case CmpOpKind::IsNot: W += " is not "; break;
            case CmpOpKind::In: W += " in "; break;
            case CmpOpKind::NotIn: W += " not in "; break;
            }
            if (!expr(*e.comparators[i], kCmp + 1)) return false;
        }
        close(level > kCmp);
        return true;
    }

    bool call(const Call& e) {
        if (!expr(*e.func, kAtom)) return false;
        if (e.args.size() == 1 && e.keywords.size() == 0 && e.args[0]->kind == ExprKind::GeneratorExp)
            return comp("(", e.args[0]->as<Comp>(), ")"); // a single generator expression argument
        W += "(";
        bool first = true;
        for (const Expr* a : e.args) {
            if (!first) W += ", ";
            first = false;
            if (!expr(*a, kTest)) return false;
        }
        for (const Keyword* k : e.keywords) {
            if (!first) W += ", ";
            first = false;
            if (k->hasArg) {
                W += k->arg;
                W += "=";
            } else {
                W += "**";
            }
            if (!expr(*k->value, kTest)) return false;
        }
        W += ")";
        return true;
    }

    bool constant(const Constant& e) {
        if (e.valueKind == ConstantKind::Ellipsis) {
            W += "...";
            return true;
        }
        if (e.kindU) W += "u";
        std::string repr;
        if (!R.constant(e, repr)) return false;
        // append_repr: an infinite float (or any complex) spells "inf" as 1e309
        if (e.valueKind == ConstantKind::Float || e.valueKind == ConstantKind::Complex) repr = replaceAll(repr, "inf", "1e309");
        W += repr;
        return true;
    }

    // The f-string's text between its quotes (literal braces doubled), then repr()'d unless it is
    // a format spec.
    bool joinedStr(const JoinedStr& e, bool isFormatSpec) {
        std::string body;
        Unparser inner(R, body);
        for (const Expr* v : e.values)
            if (!inner.fstringElement(*v)) return false;
        if (isFormatSpec) {
            W += body;
            return true;
        }
        std::string repr;
        if (!R.str(body, repr)) return false;
        W += "f";
        W += repr;
        return true;
    }

    bool fstringElement(const Expr& e) {
        switch (e.kind) {
        case ExprKind::Constant: {
            const std::string_view text = e.as<Constant>().text;
            W += replaceAll(replaceAll(std::string(text), "{", "{{"), "}", "}}");
            return true;
        }
        case ExprKind::JoinedStr: return joinedStr(e.as<JoinedStr>(), true);
        case ExprKind::FormattedValue: return formattedValue(e.as<FormattedValue>());
        default: return true;
        }
    }

    bool formattedValue(const FormattedValue& e) {
        // PR_TEST + 1: parenthesises a lambda (whose ':' would end the field)
        std::string value;
        Unparser inner(R, value);
        if (!inner.expr(*e.value, kTest + 1)) return false;
        W += (!value.empty() && value[0] == '{') ? "{ " : "{";
        W += value;
        if (e.conversion == 'a' || e.conversion == 'r' || e.conversion == 's') {
            W += '!';
            W += static_cast<char>(e.conversion);
        }
        if (e.formatSpec) {
            W += ":";
            if (!fstringElement(*e.formatSpec)) return false;
        }
        W += "}";
        return true;
    }
};

} // namespace

bool unparseAnnotation(const Expr& e, const UnparseReprs& reprs, std::string& out) {
    out.clear();
    return Unparser(reprs, out).expr(e, kTest);
}

} // namespace hs::frontend
