// Heapscope front end: the AST optimizer of ast_opt.c 3.11 as a copy-on-write tree transform. Folded
// values are computed with the engine's own object operations, so values and identities are CPython's.
//
// Sections: literal objects · the transform (expressions, statements) · entry point. The folding of
// one operation, with its safe limits, is frontend/ast_fold.*.
#include "frontend/ast_optimizer.h"

#include "runtime/host_stack.h"

#include "frontend/ast_fold.h"

#include "objects/bytes_object.h"
#include "objects/complex_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "vm/vm_state.h"
#include "runtime/protocols.h"
#include "vm/opcodes.h"
#include "runtime/interpreter.h"

#include <vector>

namespace hs::frontend {

using namespace ast;

// ---------------------------------------------------------------- literal objects

namespace {

// UTF-8 (with lone surrogates encoded as 3-byte sequences) to code points.
std::u32string decodeUtf8Lenient(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out.push_back(c);
            i += 1;
        } else if ((c >> 5) == 6 && i + 1 < s.size()) {
            out.push_back(((c & 0x1f) << 6) | (s[i + 1] & 0x3f));
            i += 2;
        } else if ((c >> 4) == 14 && i + 2 < s.size()) {
            out.push_back(((c & 0x0f) << 12) | ((s[i + 1] & 0x3f) << 6) | (s[i + 2] & 0x3f));
            i += 3;
        } else if (i + 3 < s.size()) {
            out.push_back(((c & 0x07) << 18) | ((s[i + 1] & 0x3f) << 12) | ((s[i + 2] & 0x3f) << 6) | (s[i + 3] & 0x3f));
            i += 4;
        } else {
            out.push_back(c);
            i += 1;
        }
    }
    return out;
}

} // namespace

Ref makeLiteralObject(Interpreter& interp, const Constant& c) {
    switch (c.valueKind) {
    case ConstantKind::None: return Ref::borrowed(interp.none);
    case ConstantKind::True: return Ref::borrowed(interp.trueObj);
    case ConstantKind::False: return Ref::borrowed(interp.falseObj);
    case ConstantKind::Ellipsis: return Ref::borrowed(interp.ellipsis);
    case ConstantKind::Int: return newIntFromDecimal(interp, c.text);
    case ConstantKind::Float: return newFloat(interp, c.number);
    case ConstantKind::Complex: return newComplex(interp, 0.0, c.number);
    case ConstantKind::Str: {
        const std::u32string cps = decodeUtf8Lenient(c.text);
        return newStrFromCodePoints(interp, cps);
    }
    case ConstantKind::Bytes: return newBytes(interp, c.text);
    }
    return Ref();
}

Object* ConstantTable::valueOf(const Constant& c) {
    auto it = m_index.find(&c);
    if (it != m_index.end()) return m_owned[it->second].get();
    Ref v = makeLiteralObject(m_interp, c);
    if (!v) return nullptr;
    Object* raw = v.get();
    m_index.emplace(&c, m_owned.size());
    m_owned.push_back(std::move(v));
    return raw;
}

void ConstantTable::set(const Constant* c, Ref value) {
    auto it = m_index.find(c);
    if (it != m_index.end()) {
        m_owned[it->second] = std::move(value);
        return;
    }
    m_index.emplace(c, m_owned.size());
    m_owned.push_back(std::move(value));
}

namespace {

// ---------------------------------------------------------------- the transform

class Optimizer {
public:
    Optimizer(Arena& arena, ConstantTable& constants, bool futureAnnotations)
        : A(arena), C(constants), I(constants.interp()), m_futureAnnotations(futureAnnotations) {}

    Seq<Stmt*> body(const Seq<Stmt*>& stmts) { return stmtSeq(stmts); }
    // True when the nesting passed the limit (RecursionError pending); the result is then unusable.
    bool failed() const { return m_failed; }

private:
    Arena& A;
    ConstantTable& C;
    Interpreter& I;
    const bool m_futureAnnotations; // CO_FUTURE_ANNOTATIONS: annotations are not folded

    template <class T> T* clone(const T& n) { return A.make<T>(n); }

    // _PyAST_Optimize's recursion guard: every expr/stmt/pattern visit counts one level; the
    // count starts at 3 x the current Python recursion depth and may reach 3 x the recursion
    // limit (COMPILER_STACK_FRAME_SCALE), past which compilation fails with RecursionError. It
    // also bounds the symbol table's and the code generator's host recursion on the same tree.
    static constexpr int kStackFrameScale = 3;
    std::int64_t m_depth = I.vm ? static_cast<std::int64_t>(I.vm->recursionDepth) * kStackFrameScale : 0;
    std::int64_t m_limit = static_cast<std::int64_t>(I.vm ? I.vm->recursionLimit : VmLimits::kDefaultRecursionLimit) * kStackFrameScale;
    bool m_failed = false;
    bool enterNode() {
        if (m_failed) return false;
        // The host stack bounds it too: a raised recursion limit (sys.setrecursionlimit(10**5))
        // lets CPython's C recursion overflow its stack (a segfault); here it is RecursionError.
        if (++m_depth > m_limit || hostStackExhausted()) {
            m_failed = true;
            if (I.vm) raiseError(I, I.vm->exc.RecursionError, "maximum recursion depth exceeded during compilation");
            else I.setMemoryError();
            return false;
        }
        return true;
    }
    Expr* expr(Expr* e) {
        if (!enterNode()) return e;
        Expr* r = exprBody(e);
        --m_depth;
        return r;
    }
    Stmt* stmt(Stmt* s) {
        if (!enterNode()) return s;
        Stmt* r = stmtBody(s);
        --m_depth;
        return r;
    }
    Pattern* pattern(Pattern* p) {
        if (!enterNode()) return p;
        Pattern* r = patternBody(p);
        --m_depth;
        return r;
    }

    Object* constOf(const Expr* e) {
        if (!e || e->kind != ExprKind::Constant) return nullptr;
        Object* v = C.valueOf(e->as<Constant>());
        if (!v) I.takeError();
        return v;
    }

    Expr* makeConst(const Located& loc, Ref value) {
        auto* c = A.make<Constant>();
        static_cast<Located&>(*c) = loc;
        c->valueKind = ConstantKind::None;
        C.set(c, std::move(value));
        return c;
    }

    // ---- sequences
    Seq<Expr*> exprSeq(const Seq<Expr*>& s) {
        std::vector<Expr*> out(s.begin(), s.end());
        bool changed = false;
        for (auto& e : out) {
            if (!e) continue;
            Expr* n = expr(e);
            if (n != e) {
                e = n;
                changed = true;
            }
        }
        return changed ? A.copySeq(out) : s;
    }

    Seq<Stmt*> stmtSeq(const Seq<Stmt*>& s) {
        std::vector<Stmt*> out(s.begin(), s.end());
        bool changed = false;
        for (auto& st : out) {
            Stmt* n = stmt(st);
            if (n != st) {
                st = n;
                changed = true;
            }
        }
        return changed ? A.copySeq(out) : s;
    }

    Expr* opt(Expr* e) { return e ? expr(e) : nullptr; }

    // ---- patterns (astfold_pattern): values, keys and classes fold like expressions
    Seq<Pattern*> patternSeq(const Seq<Pattern*>& s) {
        std::vector<Pattern*> out(s.begin(), s.end());
        bool changed = false;
        for (auto& p : out) {
            Pattern* n = pattern(p);
            if (n != p) {
                p = n;
                changed = true;
            }
        }
        return changed ? A.copySeq(out) : s;
    }

    Pattern* patternBody(Pattern* p) {
        switch (p->kind) {
        case PatternKind::MatchValue: {
            const auto& m = p->as<MatchValue>();
            Expr* v = expr(m.value);
            if (v == m.value) return p;
            auto* n = clone(m);
            n->value = v;
            return n;
        }
        case PatternKind::MatchSequence: {
            const auto& m = p->as<MatchSequence>();
            Seq<Pattern*> ps = patternSeq(m.patterns);
            if (ps.items == m.patterns.items) return p;
            auto* n = clone(m);
            n->patterns = ps;
            return n;
        }
        case PatternKind::MatchMapping: {
            const auto& m = p->as<MatchMapping>();
            Seq<Expr*> ks = exprSeq(m.keys);
            Seq<Pattern*> ps = patternSeq(m.patterns);
            if (ks.items == m.keys.items && ps.items == m.patterns.items) return p;
            auto* n = clone(m);
            n->keys = ks;
            n->patterns = ps;
            return n;
        }
        case PatternKind::MatchClass: {
            const auto& m = p->as<MatchClass>();
            Expr* cls = expr(m.cls);
            Seq<Pattern*> ps = patternSeq(m.patterns);
            Seq<Pattern*> kps = patternSeq(m.kwdPatterns);
            if (cls == m.cls && ps.items == m.patterns.items && kps.items == m.kwdPatterns.items) return p;
            auto* n = clone(m);
            n->cls = cls;
            n->patterns = ps;
            n->kwdPatterns = kps;
            return n;
        }
        case PatternKind::MatchAs: {
            const auto& m = p->as<MatchAs>();
            if (!m.pattern) return p;
            Pattern* sub = pattern(m.pattern);
            if (sub == m.pattern) return p;
            auto* n = clone(m);
            n->pattern = sub;
            return n;
        }
        case PatternKind::MatchOr: {
            const auto& m = p->as<MatchOr>();
            Seq<Pattern*> ps = patternSeq(m.patterns);
            if (ps.items == m.patterns.items) return p;
            auto* n = clone(m);
            n->patterns = ps;
            return n;
        }
        case PatternKind::MatchSingleton:
        case PatternKind::MatchStar: return p;
        }
        return p;
    }

    bool hasStarred(const Seq<Expr*>& elts) {
        for (Expr* e : elts)
            if (e->kind == ExprKind::Starred) return true;
        return false;
    }

    Ref makeConstTuple(const Seq<Expr*>& elts) {
        std::vector<Object*> items;
        for (Expr* e : elts) {
            Object* v = constOf(e);
            if (!v) return Ref();
            items.push_back(v);
        }
        Ref t = tupleFromArray(I, items.data(), static_cast<std::int64_t>(items.size()));
        if (!t) I.takeError();
        return t;
    }

    // fold_iter: list → tuple (constant when possible), set of constants → frozenset.
    Expr* foldIter(Expr* arg) {
        if (arg->kind == ExprKind::List) {
            const auto& l = arg->as<List>();
            if (hasStarred(l.elts)) return arg;
            auto* t = A.make<Tuple>();
            static_cast<Located&>(*t) = *arg;
            t->elts = l.elts;
            t->ctx = l.ctx;
            Ref v = makeConstTuple(l.elts);
            if (v) return makeConst(*arg, std::move(v));
            return t;
        }
        if (arg->kind == ExprKind::Set) {
            Ref v = makeConstTuple(arg->as<Set>().elts);
            if (v) {
                Ref fs = newFrozenSetFrom(I, v.get());
                if (!fs) {
                    I.takeError();
                    return arg;
                }
                return makeConst(*arg, std::move(fs));
            }
        }
        return arg;
    }

    // ---- '%s' % (a, b) → f-string (optimize_format)
    Expr* strConst(const std::u32string& text) {
        Located none{-1, -1, -1, -1};
        Ref s = newStrFromCodePoints(I, text);
        if (!s) {
            I.takeError();
            return nullptr;
        }
        return makeConst(none, std::move(s));
    }

    Expr* optimizeFormat(Expr* node, Object* fmt, const Seq<Expr*>& elts) {
        const std::u32string f = strToCodePoints(fmt);
        std::vector<Expr*> seq;
        std::size_t pos = 0, cnt = 0;
        while (true) {
            // parse_literal
            const std::size_t start = pos;
            std::u32string lit;
            while (pos < f.size()) {
                if (f[pos] != U'%') {
                    lit.push_back(f[pos]);
                    pos++;
                } else if (pos + 1 < f.size() && f[pos + 1] == U'%') {
                    lit.push_back(U'%');
                    pos += 2;
                } else {
                    break;
                }
            }
            if (pos != start) {
                Expr* c = strConst(lit);
                if (!c) return node;
                seq.push_back(c);
            }
            if (pos >= f.size()) break;
            if (cnt >= elts.size()) return node;
            pos++; // '%'
            // simple_format_arg_parse
            int flags = 0, width = -1, prec = -1;
            char32_t ch = 0;
            auto next = [&]() -> bool {
                if (pos >= f.size()) return false;
                ch = f[pos++];
                return true;
            };
            constexpr int kLjust = 1;
            if (!next()) return node;
            while (true) {
                if (ch == U'-') flags |= kLjust;
                else if (ch == U'+' || ch == U' ' || ch == U'#' || ch == U'0' || ch == U'z') flags |= 2;
                else break;
                if (!next()) return node;
            }
            if (ch >= U'0' && ch <= U'9') {
                width = 0;
                int digits = 0;
                while (ch >= U'0' && ch <= U'9') {
                    width = width * 10 + static_cast<int>(ch - U'0');
                    if (!next()) return node;
                    if (++digits >= 3) return node;
                }
            }
            if (ch == U'.') {
                if (!next()) return node;
                prec = 0;
                if (ch >= U'0' && ch <= U'9') {
                    int digits = 0;
                    while (ch >= U'0' && ch <= U'9') {
                        prec = prec * 10 + static_cast<int>(ch - U'0');
                        if (!next()) return node;
                        if (++digits >= 3) return node;
                    }
                }
            }
            if (flags & 2) return node; // only '-' is supported among the flags
            if (ch != U's' && ch != U'r' && ch != U'a') return node;
            std::string spec;
            if (!(flags & kLjust) && width > 0) spec += '>';
            if (width >= 0) spec += std::to_string(width);
            if (prec >= 0) spec += "." + std::to_string(prec);
            Expr* arg = elts[cnt++];
            auto* fv = A.make<FormattedValue>();
            static_cast<Located&>(*fv) = *arg;
            fv->value = arg;
            fv->conversion = static_cast<int>(ch);
            if (!spec.empty()) {
                Expr* c = strConst(std::u32string(spec.begin(), spec.end()));
                if (!c) return node;
                fv->formatSpec = c;
            }
            seq.push_back(fv);
        }
        if (cnt < elts.size()) return node;
        auto* js = A.make<JoinedStr>();
        static_cast<Located&>(*js) = *node;
        js->values = A.copySeq(seq);
        return js;
    }

    // ---- expressions
    Expr* exprBody(Expr* e) {
        switch (e->kind) {
        case ExprKind::BoolOp: {
            Seq<Expr*> v = exprSeq(e->as<BoolOp>().values);
            if (v.items == e->as<BoolOp>().values.items) return e;
            auto* n = clone(e->as<BoolOp>());
            n->values = v;
            return n;
        }
        case ExprKind::BinOp: {
            const auto& b = e->as<BinOp>();
            Expr* l = expr(b.left);
            Expr* r = expr(b.right);
            BinOp* n = (l != b.left || r != b.right) ? clone(b) : nullptr;
            if (n) {
                n->left = l;
                n->right = r;
            }
            Expr* cur = n ? n : e;
            Object* lv = constOf(l);
            if (!lv) return cur;
            if (b.op == OperatorKind::Mod && r->kind == ExprKind::Tuple && isStr(lv) && !hasStarred(r->as<Tuple>().elts))
                return optimizeFormat(cur, lv, r->as<Tuple>().elts);
            Object* rv = constOf(r);
            if (!rv) return cur;
            Ref folded = foldBinary(I, b.op, lv, rv);
            if (!folded) return cur;
            return makeConst(*e, std::move(folded));
        }
        case ExprKind::UnaryOp: {
            const auto& u = e->as<UnaryOp>();
            Expr* operand = expr(u.operand);
            Expr* cur = e;
            if (operand != u.operand) {
                auto* n = clone(u);
                n->operand = operand;
                cur = n;
            }
            Object* v = constOf(operand);
            if (!v) {
                if (u.op == UnaryOpKind::Not && operand->kind == ExprKind::Compare &&
                    operand->as<Compare>().ops.size() == 1) {
                    const auto& cmp = operand->as<Compare>();
                    CmpOpKind op = cmp.ops[0];
                    bool ok = true;
                    switch (op) {
                    case CmpOpKind::Is: op = CmpOpKind::IsNot; break;
                    case CmpOpKind::IsNot: op = CmpOpKind::Is; break;
                    case CmpOpKind::In: op = CmpOpKind::NotIn; break;
                    case CmpOpKind::NotIn: op = CmpOpKind::In; break;
                    default: ok = false; break;
                    }
                    if (ok) {
                        // COPY_NODE(node, arg): the Compare with the node's... (the copy takes the
                        // operand's own positions).
                        auto* n = clone(cmp);
                        n->ops = A.copySeq(&op, 1);
                        return n;
                    }
                }
                return cur;
            }
            Ref folded = foldUnary(I, u.op, v);
            if (!folded) return cur;
            return makeConst(*e, std::move(folded));
        }
        case ExprKind::Lambda: {
            const auto& l = e->as<Lambda>();
            Arguments* args = arguments(l.args);
            Expr* bodyE = expr(l.body);
            if (args == l.args && bodyE == l.body) return e;
            auto* n = clone(l);
            n->args = args;
            n->body = bodyE;
            return n;
        }
        case ExprKind::IfExp: {
            const auto& i = e->as<IfExp>();
            Expr* t = expr(i.test);
            Expr* b = expr(i.body);
            Expr* o = expr(i.orelse);
            if (t == i.test && b == i.body && o == i.orelse) return e;
            auto* n = clone(i);
            n->test = t;
            n->body = b;
            n->orelse = o;
            return n;
        }
        case ExprKind::Dict: {
            const auto& d = e->as<Dict>();
            Seq<Expr*> k = exprSeq(d.keys);
            Seq<Expr*> v = exprSeq(d.values);
            if (k.items == d.keys.items && v.items == d.values.items) return e;
            auto* n = clone(d);
            n->keys = k;
            n->values = v;
            return n;
        }
        case ExprKind::Set: {
            Seq<Expr*> v = exprSeq(e->as<Set>().elts);
            if (v.items == e->as<Set>().elts.items) return e;
            auto* n = clone(e->as<Set>());
            n->elts = v;
            return n;
        }
        case ExprKind::ListComp:
        case ExprKind::SetComp:
        case ExprKind::GeneratorExp: {
            const auto& c = e->as<Comp>();
            Expr* elt = expr(c.elt);
            Seq<Comprehension*> gens = comprehensions(c.generators);
            if (elt == c.elt && gens.items == c.generators.items) return e;
            Comp* n = e->kind == ExprKind::ListComp ? static_cast<Comp*>(clone(e->as<ListComp>()))
                      : e->kind == ExprKind::SetComp ? static_cast<Comp*>(clone(e->as<SetComp>()))
                                                     : static_cast<Comp*>(clone(e->as<GeneratorExp>()));
            n->elt = elt;
            n->generators = gens;
            return n;
        }
        case ExprKind::DictComp: {
            const auto& c = e->as<DictComp>();
            Expr* k = expr(c.key);
            Expr* v = expr(c.value);
            Seq<Comprehension*> gens = comprehensions(c.generators);
            if (k == c.key && v == c.value && gens.items == c.generators.items) return e;
            auto* n = clone(c);
            n->key = k;
            n->value = v;
            n->generators = gens;
            return n;
        }
        case ExprKind::Await: {
            Expr* v = expr(e->as<Await>().value);
            if (v == e->as<Await>().value) return e;
            auto* n = clone(e->as<Await>());
            n->value = v;
            return n;
        }
        case ExprKind::Yield: {
            Expr* v = opt(e->as<Yield>().value);
            if (v == e->as<Yield>().value) return e;
            auto* n = clone(e->as<Yield>());
            n->value = v;
            return n;
        }
        case ExprKind::YieldFrom: {
            Expr* v = expr(e->as<YieldFrom>().value);
            if (v == e->as<YieldFrom>().value) return e;
            auto* n = clone(e->as<YieldFrom>());
            n->value = v;
            return n;
        }
        case ExprKind::Compare: {
            const auto& c = e->as<Compare>();
            Expr* left = expr(c.left);
            Seq<Expr*> comps = exprSeq(c.comparators);
            const CmpOpKind last = c.ops[c.ops.size() - 1];
            if (last == CmpOpKind::In || last == CmpOpKind::NotIn) {
                Expr* lastE = comps[comps.size() - 1];
                Expr* folded = foldIter(lastE);
                if (folded != lastE) {
                    std::vector<Expr*> v(comps.begin(), comps.end());
                    v.back() = folded;
                    comps = A.copySeq(v);
                }
            }
            if (left == c.left && comps.items == c.comparators.items) return e;
            auto* n = clone(c);
            n->left = left;
            n->comparators = comps;
            return n;
        }
        case ExprKind::Call: {
            const auto& c = e->as<Call>();
            Expr* f = expr(c.func);
            Seq<Expr*> args = exprSeq(c.args);
            Seq<Keyword*> kws = keywords(c.keywords);
            if (f == c.func && args.items == c.args.items && kws.items == c.keywords.items) return e;
            auto* n = clone(c);
            n->func = f;
            n->args = args;
            n->keywords = kws;
            return n;
        }
        case ExprKind::FormattedValue: {
            const auto& f = e->as<FormattedValue>();
            Expr* v = expr(f.value);
            Expr* spec = opt(f.formatSpec);
            if (v == f.value && spec == f.formatSpec) return e;
            auto* n = clone(f);
            n->value = v;
            n->formatSpec = spec;
            return n;
        }
        case ExprKind::JoinedStr: {
            Seq<Expr*> v = exprSeq(e->as<JoinedStr>().values);
            if (v.items == e->as<JoinedStr>().values.items) return e;
            auto* n = clone(e->as<JoinedStr>());
            n->values = v;
            return n;
        }
        case ExprKind::Attribute: {
            Expr* v = expr(e->as<Attribute>().value);
            if (v == e->as<Attribute>().value) return e;
            auto* n = clone(e->as<Attribute>());
            n->value = v;
            return n;
        }
        case ExprKind::Subscript: {
            const auto& s = e->as<Subscript>();
            Expr* v = expr(s.value);
            Expr* sl = expr(s.slice);
            Expr* cur = e;
            if (v != s.value || sl != s.slice) {
                auto* n = clone(s);
                n->value = v;
                n->slice = sl;
                cur = n;
            }
            if (s.ctx != ExprContext::Load) return cur;
            Object* cv = constOf(v);
            Object* iv = constOf(sl);
            if (!cv || !iv) return cur;
            Ref folded = foldSubscript(I, cv, iv);
            if (!folded) return cur;
            return makeConst(*e, std::move(folded));
        }
        case ExprKind::Starred: {
            Expr* v = expr(e->as<Starred>().value);
            if (v == e->as<Starred>().value) return e;
            auto* n = clone(e->as<Starred>());
            n->value = v;
            return n;
        }
        case ExprKind::Slice: {
            const auto& s = e->as<Slice>();
            Expr* lo = opt(s.lower);
            Expr* up = opt(s.upper);
            Expr* st = opt(s.step);
            if (lo == s.lower && up == s.upper && st == s.step) return e;
            auto* n = clone(s);
            n->lower = lo;
            n->upper = up;
            n->step = st;
            return n;
        }
        case ExprKind::List: {
            Seq<Expr*> v = exprSeq(e->as<List>().elts);
            if (v.items == e->as<List>().elts.items) return e;
            auto* n = clone(e->as<List>());
            n->elts = v;
            return n;
        }
        case ExprKind::Tuple: {
            const auto& t = e->as<Tuple>();
            Seq<Expr*> v = exprSeq(t.elts);
            Expr* cur = e;
            if (v.items != t.elts.items) {
                auto* n = clone(t);
                n->elts = v;
                cur = n;
            }
            if (t.ctx != ExprContext::Load) return cur;
            Ref tv = makeConstTuple(v);
            if (!tv) return cur;
            return makeConst(*e, std::move(tv));
        }
        case ExprKind::Name: {
            const auto& n = e->as<Name>();
            if (n.ctx == ExprContext::Load && n.id == "__debug__") return makeConst(*e, Ref(newBool(I, true)));
            return e;
        }
        case ExprKind::NamedExpr: {
            const auto& ne = e->as<NamedExpr>();
            Expr* v = expr(ne.value);
            if (v == ne.value) return e;
            auto* n = clone(ne);
            n->value = v;
            return n;
        }
        case ExprKind::Constant:
            constOf(e); // materialize the literal, as the parser does
            return e;
        }
        return e;
    }

    Seq<Keyword*> keywords(const Seq<Keyword*>& kws) {
        std::vector<Keyword*> out(kws.begin(), kws.end());
        bool changed = false;
        for (auto& k : out) {
            Expr* v = expr(k->value);
            if (v != k->value) {
                k = A.make<Keyword>(*k);
                k->value = v;
                changed = true;
            }
        }
        return changed ? A.copySeq(out) : kws;
    }

    Seq<Comprehension*> comprehensions(const Seq<Comprehension*>& gens) {
        std::vector<Comprehension*> out(gens.begin(), gens.end());
        bool changed = false;
        for (auto& g : out) {
            Expr* t = expr(g->target);
            Expr* it = expr(g->iter);
            Seq<Expr*> ifs = exprSeq(g->ifs);
            it = foldIter(it);
            if (t != g->target || it != g->iter || ifs.items != g->ifs.items) {
                g = A.make<Comprehension>(*g);
                g->target = t;
                g->iter = it;
                g->ifs = ifs;
                changed = true;
            }
        }
        return changed ? A.copySeq(out) : gens;
    }

    Arg* arg(Arg* a) {
        if (!a || !a->annotation || m_futureAnnotations) return a; // annotations stay as written
        Expr* ann = expr(a->annotation);
        if (ann == a->annotation) return a;
        Arg* n = A.make<Arg>(*a);
        n->annotation = ann;
        return n;
    }

    Seq<Arg*> argSeq(const Seq<Arg*>& s) {
        std::vector<Arg*> out(s.begin(), s.end());
        bool changed = false;
        for (auto& a : out) {
            Arg* n = arg(a);
            if (n != a) {
                a = n;
                changed = true;
            }
        }
        return changed ? A.copySeq(out) : s;
    }

    Arguments* arguments(Arguments* a) {
        Arguments n = *a;
        n.posonlyargs = argSeq(a->posonlyargs);
        n.args = argSeq(a->args);
        n.vararg = arg(a->vararg);
        n.kwonlyargs = argSeq(a->kwonlyargs);
        n.kwDefaults = exprSeq(a->kwDefaults);
        n.kwarg = arg(a->kwarg);
        n.defaults = exprSeq(a->defaults);
        if (n.posonlyargs.items == a->posonlyargs.items && n.args.items == a->args.items && n.vararg == a->vararg &&
            n.kwonlyargs.items == a->kwonlyargs.items && n.kwDefaults.items == a->kwDefaults.items &&
            n.kwarg == a->kwarg && n.defaults.items == a->defaults.items)
            return a;
        return A.make<Arguments>(n);
    }

    // ---- statements
    Stmt* stmtBody(Stmt* s) {
        switch (s->kind) {
        case StmtKind::FunctionDef:
        case StmtKind::AsyncFunctionDef: {
            const auto& f = s->as<FunctionDef>();
            Arguments* args = arguments(f.args);
            Seq<Stmt*> b = stmtSeq(f.body);
            Seq<Expr*> decos = exprSeq(f.decoratorList);
            Expr* ret = m_futureAnnotations ? f.returns : opt(f.returns);
            if (args == f.args && b.items == f.body.items && decos.items == f.decoratorList.items && ret == f.returns)
                return s;
            auto* n = clone(f);
            n->args = args;
            n->body = b;
            n->decoratorList = decos;
            n->returns = ret;
            return n;
        }
        case StmtKind::ClassDef: {
            const auto& c = s->as<ClassDef>();
            Seq<Expr*> bases = exprSeq(c.bases);
            Seq<Keyword*> kws = keywords(c.keywords);
            Seq<Stmt*> b = stmtSeq(c.body);
            Seq<Expr*> decos = exprSeq(c.decoratorList);
            if (bases.items == c.bases.items && kws.items == c.keywords.items && b.items == c.body.items &&
                decos.items == c.decoratorList.items)
                return s;
            auto* n = clone(c);
            n->bases = bases;
            n->keywords = kws;
            n->body = b;
            n->decoratorList = decos;
            return n;
        }
        case StmtKind::Return: {
            Expr* v = opt(s->as<Return>().value);
            if (v == s->as<Return>().value) return s;
            auto* n = clone(s->as<Return>());
            n->value = v;
            return n;
        }
        case StmtKind::Delete: {
            Seq<Expr*> t = exprSeq(s->as<Delete>().targets);
            if (t.items == s->as<Delete>().targets.items) return s;
            auto* n = clone(s->as<Delete>());
            n->targets = t;
            return n;
        }
        case StmtKind::Assign: {
            const auto& a = s->as<Assign>();
            Seq<Expr*> t = exprSeq(a.targets);
            Expr* v = expr(a.value);
            if (t.items == a.targets.items && v == a.value) return s;
            auto* n = clone(a);
            n->targets = t;
            n->value = v;
            return n;
        }
        case StmtKind::AugAssign: {
            const auto& a = s->as<AugAssign>();
            Expr* t = expr(a.target);
            Expr* v = expr(a.value);
            if (t == a.target && v == a.value) return s;
            auto* n = clone(a);
            n->target = t;
            n->value = v;
            return n;
        }
        case StmtKind::AnnAssign: {
            const auto& a = s->as<AnnAssign>();
            Expr* t = expr(a.target);
            Expr* ann = m_futureAnnotations ? a.annotation : expr(a.annotation);
            Expr* v = opt(a.value);
            if (t == a.target && ann == a.annotation && v == a.value) return s;
            auto* n = clone(a);
            n->target = t;
            n->annotation = ann;
            n->value = v;
            return n;
        }
        case StmtKind::For:
        case StmtKind::AsyncFor: {
            const auto& f = s->as<For>();
            Expr* t = expr(f.target);
            Expr* it = expr(f.iter);
            Seq<Stmt*> b = stmtSeq(f.body);
            Seq<Stmt*> o = stmtSeq(f.orelse);
            if (s->kind == StmtKind::For) it = foldIter(it);
            if (t == f.target && it == f.iter && b.items == f.body.items && o.items == f.orelse.items) return s;
            auto* n = clone(f);
            n->target = t;
            n->iter = it;
            n->body = b;
            n->orelse = o;
            return n;
        }
        case StmtKind::While: {
            const auto& w = s->as<While>();
            Expr* t = expr(w.test);
            Seq<Stmt*> b = stmtSeq(w.body);
            Seq<Stmt*> o = stmtSeq(w.orelse);
            if (t == w.test && b.items == w.body.items && o.items == w.orelse.items) return s;
            auto* n = clone(w);
            n->test = t;
            n->body = b;
            n->orelse = o;
            return n;
        }
        case StmtKind::If: {
            const auto& i = s->as<If>();
            Expr* t = expr(i.test);
            Seq<Stmt*> b = stmtSeq(i.body);
            Seq<Stmt*> o = stmtSeq(i.orelse);
            if (t == i.test && b.items == i.body.items && o.items == i.orelse.items) return s;
            auto* n = clone(i);
            n->test = t;
            n->body = b;
            n->orelse = o;
            return n;
        }
        case StmtKind::With:
        case StmtKind::AsyncWith: {
            const auto& w = s->as<With>();
            std::vector<WithItem*> items(w.items.begin(), w.items.end());
            bool changed = false;
            for (auto& item : items) {
                Expr* ce = expr(item->contextExpr);
                Expr* ov = opt(item->optionalVars);
                if (ce != item->contextExpr || ov != item->optionalVars) {
                    item = A.make<WithItem>(*item);
                    item->contextExpr = ce;
                    item->optionalVars = ov;
                    changed = true;
                }
            }
            Seq<Stmt*> b = stmtSeq(w.body);
            if (!changed && b.items == w.body.items) return s;
            auto* n = clone(w);
            if (changed) n->items = A.copySeq(items);
            n->body = b;
            return n;
        }
        case StmtKind::Raise: {
            const auto& r = s->as<Raise>();
            Expr* exc = opt(r.exc);
            Expr* cause = opt(r.cause);
            if (exc == r.exc && cause == r.cause) return s;
            auto* n = clone(r);
            n->exc = exc;
            n->cause = cause;
            return n;
        }
        case StmtKind::Try:
        case StmtKind::TryStar: {
            const auto& t = s->as<Try>();
            Seq<Stmt*> b = stmtSeq(t.body);
            std::vector<ExceptHandler*> hs(t.handlers.begin(), t.handlers.end());
            bool changed = false;
            for (auto& h : hs) {
                Expr* type = opt(h->type);
                Seq<Stmt*> hb = stmtSeq(h->body);
                if (type != h->type || hb.items != h->body.items) {
                    h = A.make<ExceptHandler>(*h);
                    h->type = type;
                    h->body = hb;
                    changed = true;
                }
            }
            Seq<Stmt*> o = stmtSeq(t.orelse);
            Seq<Stmt*> fb = stmtSeq(t.finalbody);
            if (!changed && b.items == t.body.items && o.items == t.orelse.items && fb.items == t.finalbody.items)
                return s;
            auto* n = clone(t);
            n->body = b;
            if (changed) n->handlers = A.copySeq(hs);
            n->orelse = o;
            n->finalbody = fb;
            return n;
        }
        case StmtKind::Assert: {
            const auto& a = s->as<Assert>();
            Expr* t = expr(a.test);
            Expr* m = opt(a.msg);
            if (t == a.test && m == a.msg) return s;
            auto* n = clone(a);
            n->test = t;
            n->msg = m;
            return n;
        }
        case StmtKind::Expr: {
            Expr* v = expr(s->as<ExprStmt>().value);
            if (v == s->as<ExprStmt>().value) return s;
            auto* n = clone(s->as<ExprStmt>());
            n->value = v;
            return n;
        }
        case StmtKind::Match: {
            const auto& m = s->as<Match>();
            Expr* subject = expr(m.subject);
            std::vector<MatchCase*> cases(m.cases.begin(), m.cases.end());
            bool changed = false;
            for (auto& mc : cases) {
                Pattern* p = pattern(mc->pattern);
                Expr* g = opt(mc->guard);
                Seq<Stmt*> b = stmtSeq(mc->body);
                if (p != mc->pattern || g != mc->guard || b.items != mc->body.items) {
                    mc = A.make<MatchCase>(*mc);
                    mc->pattern = p;
                    mc->guard = g;
                    mc->body = b;
                    changed = true;
                }
            }
            if (!changed && subject == m.subject) return s;
            auto* n = clone(m);
            n->subject = subject;
            if (changed) n->cases = A.copySeq(cases);
            return n;
        }
        default: return s;
        }
    }
};

} // namespace

const Module* optimizeModule(const Module& module, Arena& arena, ConstantTable& constants, bool futureAnnotations) {
    Optimizer opt(arena, constants, futureAnnotations);
    Seq<Stmt*> body = opt.body(module.body);
    if (opt.failed()) return nullptr;
    if (body.items == module.body.items) return &module;
    auto* m = arena.make<Module>();
    m->body = body;
    return m;
}

} // namespace hs::frontend
