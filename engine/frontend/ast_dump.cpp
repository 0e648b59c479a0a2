// Heapscope front end: ast.dump()-compatible printer (one line, annotated fields, attributes).
// Field order and the omission of None-valued optional fields follow Python 3.11's ast module.
//
// Sections: reprs (str, bytes, float, complex) · node printer (expressions, helpers, patterns,
// statements).
#include "frontend/ast_dump.h"

#include "frontend/unicode.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace hs::frontend {

using namespace ast;

// ---------------------------------------------------------------------------------------------
// Reprs

std::string pyStrRepr(std::string_view s)
{
    bool hasSingle = s.find('\'') != std::string_view::npos;
    bool hasDouble = s.find('"') != std::string_view::npos;
    char quote = (hasSingle && !hasDouble) ? '"' : '\'';
    std::string out(1, quote);
    std::size_t i = 0;
    char buf[16];
    while (i < s.size()) {
        char32_t c = decodeUtf8(s, i);
        if (c == static_cast<char32_t>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < ' ' || c == 0x7F) {
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
            out += buf;
        } else if (c < 0x7F) {
            out += static_cast<char>(c);
        } else if (isPrintable(c) && !(c >= 0xD800 && c <= 0xDFFF)) {
            appendUtf8(out, c);
        } else {
            if (c <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
            else if (c <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
            else std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
            out += buf;
        }
    }
    out += quote;
    return out;
}

std::string pyBytesRepr(std::string_view s)
{
    bool hasSingle = s.find('\'') != std::string_view::npos;
    bool hasDouble = s.find('"') != std::string_view::npos;
    char quote = (hasSingle && !hasDouble) ? '"' : '\'';
    std::string out = "b";
    out += quote;
    char buf[8];
    for (char ch : s) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < ' ' || c >= 0x7F) {
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += ch;
        }
    }
    out += quote;
    return out;
}

namespace {

// Shortest round-trip digits of a finite positive double: digits and decimal-point position
// (value = 0.d1d2d3... * 10^decpt).
void shortestDigits(double v, std::string& digits, int& decpt)
{
    char buf[40];
    for (int prec = 1; prec <= 17; ++prec) {
        std::snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        if (std::strtod(buf, nullptr) == v) break;
    }
    // buf: d[.ddd]e[+-]XX
    digits.clear();
    const char* p = buf;
    for (; *p && *p != 'e'; ++p)
        if (*p != '.') digits += *p;
    int exp = std::atoi(p + 1);
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    decpt = exp + 1;
}

// PyOS_double_to_string(v, 'r', 0, addDot0 ? Py_DTSF_ADD_DOT_0 : 0, NULL)
std::string formatRepr(double v, bool addDot0)
{
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    std::string out;
    if (std::signbit(v)) {
        out += '-';
        v = -v;
    }
    if (v == 0.0) return out + (addDot0 ? "0.0" : "0");
    std::string digits;
    int decpt;
    shortestDigits(v, digits, decpt);
    int n = static_cast<int>(digits.size());
    if (decpt <= -4 || decpt > 16) {
        out += digits[0];
        if (n > 1) {
            out += '.';
            out += digits.substr(1);
        }
        int e = decpt - 1;
        char buf[16];
        std::snprintf(buf, sizeof buf, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
        out += buf;
    } else if (decpt <= 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-decpt), '0');
        out += digits;
    } else if (decpt >= n) {
        out += digits;
        out.append(static_cast<std::size_t>(decpt - n), '0');
        if (addDot0) out += ".0";
    } else {
        out += digits.substr(0, static_cast<std::size_t>(decpt));
        out += '.';
        out += digits.substr(static_cast<std::size_t>(decpt));
    }
    return out;
}

} // namespace

std::string pyFloatRepr(double value) { return formatRepr(value, true); }

std::string pyComplexRepr(double imag) { return formatRepr(imag, false) + "j"; }

// ---------------------------------------------------------------------------------------------
// Node printer

namespace {

class Dumper {
public:
    explicit Dumper(bool attrs) : m_attrs(attrs) {}
    std::string m_out;

    // A node is written as Name(field=value, ...[, lineno=.., col_offset=.., ...]).
    void open(const char* name) { m_out += name; m_out += '('; m_first = true; }
    void close() { m_out += ')'; m_first = false; }
    void key(const char* k)
    {
        if (!m_first) m_out += ", ";
        m_first = false;
        m_out += k;
        m_out += '=';
    }
    void located(const Located& n)
    {
        if (!m_attrs) return;
        key("lineno");
        m_out += std::to_string(n.lineno);
        key("col_offset");
        m_out += std::to_string(n.colOffset);
        key("end_lineno");
        m_out += std::to_string(n.endLineno);
        key("end_col_offset");
        m_out += std::to_string(n.endColOffset);
    }
    template <class T, class F>
    void list(const Seq<T>& items, F each)
    {
        m_out += '[';
        bool first = true;
        for (const T& x : items) {
            if (!first) m_out += ", ";
            first = false;
            m_first = true;
            each(x);
        }
        m_out += ']';
        m_first = false;
    }
    void exprList(const char* k, const Seq<Expr*>& items)
    {
        key(k);
        list(items, [&](Expr* e) { exprOrNone(e); });
    }
    void stmtList(const char* k, const Seq<Stmt*>& items)
    {
        key(k);
        list(items, [&](Stmt* s) { stmt(s); });
    }
    void exprOrNone(const Expr* e)
    {
        if (e == nullptr) m_out += "None";
        else expr(e);
    }
    void field(const char* k, const Expr* e) // required expression
    {
        key(k);
        expr(e);
    }
    void optional(const char* k, const Expr* e)
    {
        if (e == nullptr) return;
        key(k);
        expr(e);
    }
    void str(const char* k, std::string_view s)
    {
        key(k);
        m_out += pyStrRepr(s);
    }
    void simple(const char* k, const char* name)
    {
        key(k);
        m_out += name;
        m_out += "()";
    }
    void integer(const char* k, long v)
    {
        key(k);
        m_out += std::to_string(v);
    }

    void arg(const Arg* a)
    {
        open("arg");
        str("arg", a->arg);
        optional("annotation", a->annotation);
        located(*a);
        close();
    }
    void argOrNone(const char* k, const Arg* a)
    {
        if (a == nullptr) return;
        key(k);
        arg(a);
    }
    void arguments(const Arguments* a)
    {
        open("arguments");
        key("posonlyargs");
        list(a->posonlyargs, [&](Arg* x) { arg(x); });
        key("args");
        list(a->args, [&](Arg* x) { arg(x); });
        argOrNone("vararg", a->vararg);
        key("kwonlyargs");
        list(a->kwonlyargs, [&](Arg* x) { arg(x); });
        exprList("kw_defaults", a->kwDefaults);
        argOrNone("kwarg", a->kwarg);
        exprList("defaults", a->defaults);
        close();
    }
    void keyword(const Keyword* k)
    {
        open("keyword");
        if (k->hasArg) str("arg", k->arg);
        field("value", k->value);
        located(*k);
        close();
    }
    void alias(const Alias* a)
    {
        open("alias");
        str("name", a->name);
        if (a->hasAsname) str("asname", a->asname);
        located(*a);
        close();
    }
    void comprehension(const Comprehension* c)
    {
        open("comprehension");
        field("target", c->target);
        field("iter", c->iter);
        exprList("ifs", c->ifs);
        integer("is_async", c->isAsync ? 1 : 0);
        close();
    }
    void constantValue(const Constant& c)
    {
        switch (c.valueKind) {
        case ConstantKind::None: m_out += "None"; break;
        case ConstantKind::True: m_out += "True"; break;
        case ConstantKind::False: m_out += "False"; break;
        case ConstantKind::Ellipsis: m_out += "Ellipsis"; break;
        case ConstantKind::Int: m_out += c.text; break;
        case ConstantKind::Float: m_out += pyFloatRepr(c.number); break;
        case ConstantKind::Complex: m_out += pyComplexRepr(c.number); break;
        case ConstantKind::Str: m_out += pyStrRepr(c.text); break;
        case ConstantKind::Bytes: m_out += pyBytesRepr(c.text); break;
        }
    }

    void expr(const Expr* e)
    {
        open(exprKindName(e->kind));
        switch (e->kind) {
        case ExprKind::BoolOp: {
            const auto& n = e->as<BoolOp>();
            simple("op", boolOpName(n.op));
            exprList("values", n.values);
            break;
        }
        case ExprKind::NamedExpr: {
            const auto& n = e->as<NamedExpr>();
            field("target", n.target);
            field("value", n.value);
            break;
        }
        case ExprKind::BinOp: {
            const auto& n = e->as<BinOp>();
            field("left", n.left);
            simple("op", operatorName(n.op));
            field("right", n.right);
            break;
        }
        case ExprKind::UnaryOp: {
            const auto& n = e->as<UnaryOp>();
            simple("op", unaryOpName(n.op));
            field("operand", n.operand);
            break;
        }
        case ExprKind::Lambda: {
            const auto& n = e->as<Lambda>();
            key("args");
            arguments(n.args);
            field("body", n.body);
            break;
        }
        case ExprKind::IfExp: {
            const auto& n = e->as<IfExp>();
            field("test", n.test);
            field("body", n.body);
            field("orelse", n.orelse);
            break;
        }
        case ExprKind::Dict: {
            const auto& n = e->as<Dict>();
            exprList("keys", n.keys);
            exprList("values", n.values);
            break;
        }
        case ExprKind::Set: exprList("elts", e->as<Set>().elts); break;
        case ExprKind::ListComp:
        case ExprKind::SetComp:
        case ExprKind::GeneratorExp: {
            const auto& n = e->as<Comp>();
            field("elt", n.elt);
            key("generators");
            list(n.generators, [&](Comprehension* c) { comprehension(c); });
            break;
        }
        case ExprKind::DictComp: {
            const auto& n = e->as<DictComp>();
            field("key", n.key);
            field("value", n.value);
            key("generators");
            list(n.generators, [&](Comprehension* c) { comprehension(c); });
            break;
        }
        case ExprKind::Await: field("value", e->as<Await>().value); break;
        case ExprKind::Yield: optional("value", e->as<Yield>().value); break;
        case ExprKind::YieldFrom: field("value", e->as<YieldFrom>().value); break;
        case ExprKind::Compare: {
            const auto& n = e->as<Compare>();
            field("left", n.left);
            key("ops");
            list(n.ops, [&](CmpOpKind op) {
                m_out += cmpOpName(op);
                m_out += "()";
            });
            exprList("comparators", n.comparators);
            break;
        }
        case ExprKind::Call: {
            const auto& n = e->as<Call>();
            field("func", n.func);
            exprList("args", n.args);
            key("keywords");
            list(n.keywords, [&](Keyword* k) { keyword(k); });
            break;
        }
        case ExprKind::FormattedValue: {
            const auto& n = e->as<FormattedValue>();
            field("value", n.value);
            integer("conversion", n.conversion);
            optional("format_spec", n.formatSpec);
            break;
        }
        case ExprKind::JoinedStr: exprList("values", e->as<JoinedStr>().values); break;
        case ExprKind::Constant: {
            const auto& n = e->as<Constant>();
            key("value");
            constantValue(n);
            if (n.kindU) str("kind", "u");
            break;
        }
        case ExprKind::Attribute: {
            const auto& n = e->as<Attribute>();
            field("value", n.value);
            str("attr", n.attr);
            simple("ctx", contextName(n.ctx));
            break;
        }
        case ExprKind::Subscript: {
            const auto& n = e->as<Subscript>();
            field("value", n.value);
            field("slice", n.slice);
            simple("ctx", contextName(n.ctx));
            break;
        }
        case ExprKind::Starred: {
            const auto& n = e->as<Starred>();
            field("value", n.value);
            simple("ctx", contextName(n.ctx));
            break;
        }
        case ExprKind::Name: {
            const auto& n = e->as<Name>();
            str("id", n.id);
            simple("ctx", contextName(n.ctx));
            break;
        }
        case ExprKind::List:
        case ExprKind::Tuple: {
            const auto& n = e->as<Sequence>();
            exprList("elts", n.elts);
            simple("ctx", contextName(n.ctx));
            break;
        }
        case ExprKind::Slice: {
            const auto& n = e->as<Slice>();
            optional("lower", n.lower);
            optional("upper", n.upper);
            optional("step", n.step);
            break;
        }
        }
        located(*e);
        close();
    }

    void withItem(const WithItem* w)
    {
        open("withitem");
        field("context_expr", w->contextExpr);
        optional("optional_vars", w->optionalVars);
        close();
    }
    void handler(const ExceptHandler* h)
    {
        open("ExceptHandler");
        optional("type", h->type);
        if (h->hasName) str("name", h->name);
        stmtList("body", h->body);
        located(*h);
        close();
    }

    void patternList(const char* k, const Seq<Pattern*>& items)
    {
        key(k);
        list(items, [&](Pattern* x) { pattern(x); });
    }
    void pattern(const Pattern* p)
    {
        open(patternKindName(p->kind));
        switch (p->kind) {
        case PatternKind::MatchValue: field("value", p->as<MatchValue>().value); break;
        case PatternKind::MatchSingleton: {
            ConstantKind v = p->as<MatchSingleton>().value;
            key("value");
            m_out += v == ConstantKind::True ? "True" : v == ConstantKind::False ? "False" : "None";
            break;
        }
        case PatternKind::MatchSequence: patternList("patterns", p->as<MatchSequence>().patterns); break;
        case PatternKind::MatchMapping: {
            const auto& n = p->as<MatchMapping>();
            exprList("keys", n.keys);
            patternList("patterns", n.patterns);
            if (n.hasRest) str("rest", n.rest);
            break;
        }
        case PatternKind::MatchClass: {
            const auto& n = p->as<MatchClass>();
            field("cls", n.cls);
            patternList("patterns", n.patterns);
            key("kwd_attrs");
            list(n.kwdAttrs, [&](Identifier id) { m_out += pyStrRepr(id); });
            patternList("kwd_patterns", n.kwdPatterns);
            break;
        }
        case PatternKind::MatchStar: {
            const auto& n = p->as<MatchStar>();
            if (n.hasName) str("name", n.name);
            break;
        }
        case PatternKind::MatchAs: {
            const auto& n = p->as<MatchAs>();
            if (n.pattern != nullptr) {
                key("pattern");
                pattern(n.pattern);
            }
            if (n.hasName) str("name", n.name);
            break;
        }
        case PatternKind::MatchOr: patternList("patterns", p->as<MatchOr>().patterns); break;
        }
        located(*p);
        close();
    }
    void matchCase(const MatchCase* c)
    {
        open("match_case");
        key("pattern");
        pattern(c->pattern);
        optional("guard", c->guard);
        stmtList("body", c->body);
        close();
    }

    void stmt(const Stmt* s)
    {
        open(stmtKindName(s->kind));
        switch (s->kind) {
        case StmtKind::FunctionDef:
        case StmtKind::AsyncFunctionDef: {
            const auto& n = s->as<FunctionDef>();
            str("name", n.name);
            key("args");
            arguments(n.args);
            stmtList("body", n.body);
            exprList("decorator_list", n.decoratorList);
            optional("returns", n.returns);
            break;
        }
        case StmtKind::ClassDef: {
            const auto& n = s->as<ClassDef>();
            str("name", n.name);
            exprList("bases", n.bases);
            key("keywords");
            list(n.keywords, [&](Keyword* k) { keyword(k); });
            stmtList("body", n.body);
            exprList("decorator_list", n.decoratorList);
            break;
        }
        case StmtKind::Return: optional("value", s->as<Return>().value); break;
        case StmtKind::Delete: exprList("targets", s->as<Delete>().targets); break;
        case StmtKind::Assign: {
            const auto& n = s->as<Assign>();
            exprList("targets", n.targets);
            field("value", n.value);
            break;
        }
        case StmtKind::AugAssign: {
            const auto& n = s->as<AugAssign>();
            field("target", n.target);
            simple("op", operatorName(n.op));
            field("value", n.value);
            break;
        }
        case StmtKind::AnnAssign: {
            const auto& n = s->as<AnnAssign>();
            field("target", n.target);
            field("annotation", n.annotation);
            optional("value", n.value);
            integer("simple", n.simple ? 1 : 0);
            break;
        }
        case StmtKind::For:
        case StmtKind::AsyncFor: {
            const auto& n = s->as<For>();
            field("target", n.target);
            field("iter", n.iter);
            stmtList("body", n.body);
            stmtList("orelse", n.orelse);
            break;
        }
        case StmtKind::While: {
            const auto& n = s->as<While>();
            field("test", n.test);
            stmtList("body", n.body);
            stmtList("orelse", n.orelse);
            break;
        }
        case StmtKind::If: {
            const auto& n = s->as<If>();
            field("test", n.test);
            stmtList("body", n.body);
            stmtList("orelse", n.orelse);
            break;
        }
        case StmtKind::With:
        case StmtKind::AsyncWith: {
            const auto& n = s->as<With>();
            key("items");
            list(n.items, [&](WithItem* w) { withItem(w); });
            stmtList("body", n.body);
            break;
        }
        case StmtKind::Raise: {
            const auto& n = s->as<Raise>();
            optional("exc", n.exc);
            optional("cause", n.cause);
            break;
        }
        case StmtKind::Try:
        case StmtKind::TryStar: {
            const auto& n = s->as<Try>();
            stmtList("body", n.body);
            key("handlers");
            list(n.handlers, [&](ExceptHandler* h) { handler(h); });
            stmtList("orelse", n.orelse);
            stmtList("finalbody", n.finalbody);
            break;
        }
        case StmtKind::Assert: {
            const auto& n = s->as<Assert>();
            field("test", n.test);
            optional("msg", n.msg);
            break;
        }
        case StmtKind::Import: {
            key("names");
            list(s->as<Import>().names, [&](Alias* a) { alias(a); });
            break;
        }
        case StmtKind::ImportFrom: {
            const auto& n = s->as<ImportFrom>();
            if (n.hasModule) str("module", n.module);
            key("names");
            list(n.names, [&](Alias* a) { alias(a); });
            integer("level", n.level);
            break;
        }
        case StmtKind::Global:
        case StmtKind::Nonlocal: {
            key("names");
            list(s->as<NameList>().names, [&](Identifier id) { m_out += pyStrRepr(id); });
            break;
        }
        case StmtKind::Expr: field("value", s->as<ExprStmt>().value); break;
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue: break;
        case StmtKind::Match: {
            const auto& n = s->as<Match>();
            field("subject", n.subject);
            key("cases");
            list(n.cases, [&](MatchCase* c) { matchCase(c); });
            break;
        }
        }
        located(*s);
        close();
    }

private:
    bool m_attrs;
    bool m_first = true;
};

} // namespace

std::string dumpModule(const Module& module, bool includeAttributes)
{
    Dumper d(includeAttributes);
    d.open("Module");
    d.stmtList("body", module.body);
    d.key("type_ignores");
    d.m_out += "[]";
    d.close();
    return std::move(d.m_out);
}

std::string dumpExpression(const Expression& expression, bool includeAttributes)
{
    Dumper d(includeAttributes);
    d.open("Expression");
    d.field("body", expression.body);
    d.close();
    return std::move(d.m_out);
}

std::string dumpExpr(const Expr* expr, bool includeAttributes)
{
    Dumper d(includeAttributes);
    d.expr(expr);
    return std::move(d.m_out);
}

} // namespace hs::frontend
