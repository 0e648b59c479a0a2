// Heapscope front end: expression codegen (compile.c 3.11): conditional jumps, comparisons, boolean
// operators, displays with star-unpacking, dicts, calls (method-call optimisation, KW_NAMES),
// f-strings, subscripts, slices, yield/await, names and attributes.
//
// Sections: jumps and comparisons · displays · calls · dispatch
#include "frontend/compiler_internal.h"

#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/interpreter.h"

namespace hs::frontend::detail {

using namespace ast;

// ---------------------------------------------------------------- jumps and comparisons

bool Compiler::addCompare(CmpOpKind op) {
    switch (op) {
    case CmpOpKind::Eq: return addopI(op::COMPARE_OP, 2);
    case CmpOpKind::NotEq: return addopI(op::COMPARE_OP, 3);
    case CmpOpKind::Lt: return addopI(op::COMPARE_OP, 0);
    case CmpOpKind::LtE: return addopI(op::COMPARE_OP, 1);
    case CmpOpKind::Gt: return addopI(op::COMPARE_OP, 4);
    case CmpOpKind::GtE: return addopI(op::COMPARE_OP, 5);
    case CmpOpKind::Is: return addopI(op::IS_OP, 0);
    case CmpOpKind::IsNot: return addopI(op::IS_OP, 1);
    case CmpOpKind::In: return addopI(op::CONTAINS_OP, 0);
    case CmpOpKind::NotIn: return addopI(op::CONTAINS_OP, 1);
    }
    return false;
}

bool Compiler::jumpIf(const Expr& e, BasicBlock* next, bool cond) {
    switch (e.kind) {
    case ExprKind::UnaryOp:
        if (e.as<UnaryOp>().op == UnaryOpKind::Not) return jumpIf(*e.as<UnaryOp>().operand, next, !cond);
        break;
    case ExprKind::BoolOp: {
        const auto& b = e.as<BoolOp>();
        const std::size_t n = b.values.size() - 1;
        const bool cond2 = b.op == BoolOpKind::Or;
        BasicBlock* next2 = next;
        if (cond2 != cond) next2 = newBlock();
        for (std::size_t i = 0; i < n; ++i)
            if (!jumpIf(*b.values[i], next2, cond2)) return false;
        if (!jumpIf(*b.values[n], next, cond)) return false;
        if (next2 != next) useNextBlock(next2);
        return true;
    }
    case ExprKind::IfExp: {
        const auto& i = e.as<IfExp>();
        BasicBlock* end = newBlock();
        BasicBlock* next2 = newBlock();
        if (!jumpIf(*i.test, next2, false)) return false;
        if (!jumpIf(*i.body, next, cond)) return false;
        if (!addopJNoline(op::JUMP, end)) return false;
        useNextBlock(next2);
        if (!jumpIf(*i.orelse, next, cond)) return false;
        useNextBlock(end);
        return true;
    }
    case ExprKind::Compare: {
        setLoc(e);
        const auto& cmp = e.as<Compare>();
        const std::size_t n = cmp.ops.size() - 1;
        if (n > 0) {
            BasicBlock* cleanup = newBlock();
            if (!visitExpr(*cmp.left)) return false;
            for (std::size_t i = 0; i < n; ++i) {
                if (!visitExpr(*cmp.comparators[i]) || !addopI(op::SWAP, 2) || !addopI(op::COPY, 2) ||
                    !addCompare(cmp.ops[i]) || !addopJ(op::POP_JUMP_IF_FALSE, cleanup))
                    return false;
            }
            if (!visitExpr(*cmp.comparators[n]) || !addCompare(cmp.ops[n])) return false;
            if (!addopJ(cond ? op::POP_JUMP_IF_TRUE : op::POP_JUMP_IF_FALSE, next)) return false;
            BasicBlock* end = newBlock();
            if (!addopJNoline(op::JUMP, end)) return false;
            useNextBlock(cleanup);
            if (!addop(op::POP_TOP)) return false;
            if (!cond && !addopJNoline(op::JUMP, next)) return false;
            useNextBlock(end);
            return true;
        }
        break;
    }
    default: break;
    }
    if (!visitExpr(e)) return false;
    return addopJ(cond ? op::POP_JUMP_IF_TRUE : op::POP_JUMP_IF_FALSE, next);
}

namespace {

bool compareExpr(Compiler& c, const Compare& e) {
    if (!c.visitExpr(*e.left)) return false;
    const std::size_t n = e.ops.size() - 1;
    if (n == 0) return c.visitExpr(*e.comparators[0]) && c.addCompare(e.ops[0]);
    BasicBlock* cleanup = c.newBlock();
    for (std::size_t i = 0; i < n; ++i) {
        if (!c.visitExpr(*e.comparators[i]) || !c.addopI(op::SWAP, 2) || !c.addopI(op::COPY, 2) ||
            !c.addCompare(e.ops[i]) || !c.addopJ(op::JUMP_IF_FALSE_OR_POP, cleanup))
            return false;
    }
    if (!c.visitExpr(*e.comparators[n]) || !c.addCompare(e.ops[n])) return false;
    BasicBlock* end = c.newBlock();
    if (!c.addopJNoline(op::JUMP, end)) return false;
    c.useNextBlock(cleanup);
    if (!c.addopI(op::SWAP, 2) || !c.addop(op::POP_TOP)) return false;
    c.useNextBlock(end);
    return true;
}

bool boolOp(Compiler& c, const BoolOp& e) {
    const int jumpi = e.op == BoolOpKind::And ? op::JUMP_IF_FALSE_OR_POP : op::JUMP_IF_TRUE_OR_POP;
    BasicBlock* end = c.newBlock();
    const std::size_t n = e.values.size() - 1;
    for (std::size_t i = 0; i < n; ++i) {
        if (!c.visitExpr(*e.values[i]) || !c.addopJ(jumpi, end)) return false;
        c.useNextBlock(c.newBlock());
    }
    if (!c.visitExpr(*e.values[n])) return false;
    c.useNextBlock(end);
    return true;
}

bool ifExp(Compiler& c, const IfExp& e) {
    BasicBlock* end = c.newBlock();
    BasicBlock* next = c.newBlock();
    if (!c.jumpIf(*e.test, next, false)) return false;
    if (!c.visitExpr(*e.body) || !c.addopJNoline(op::JUMP, end)) return false;
    c.useNextBlock(next);
    if (!c.visitExpr(*e.orelse)) return false;
    c.useNextBlock(end);
    return true;
}

} // namespace

// ---------------------------------------------------------------- displays

namespace {
bool allConstant(Compiler& c, const Seq<Expr*>& seq, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i)
        if (!seq[i] || seq[i]->kind != ExprKind::Constant || !c.constValue(seq[i])) return false;
    return true;
}
} // namespace

bool Compiler::starunpackHelper(const Seq<Expr*>& elts, int pushed, int build, int add, int extend, bool tuple) {
    const int n = static_cast<int>(elts.size());
    if (n > 2 && allConstant(*this, elts, 0, elts.size())) {
        std::vector<Object*> items;
        for (Expr* e : elts) items.push_back(constValue(e));
        Ref folded = tupleFromArray(m_interp, items.data(), n);
        if (!folded) return false;
        if (tuple && !pushed) return addopLoadConstNew(std::move(folded));
        if (add == op::SET_ADD) {
            folded = newFrozenSetFrom(m_interp, folded.get());
            if (!folded) return false;
        }
        return addopI(build, pushed) && addopLoadConstNew(std::move(folded)) && addopI(extend, 1) &&
               (!tuple || addop(op::LIST_TO_TUPLE));
    }
    const bool big = n + pushed > kStackUseGuideline;
    bool seenStar = false;
    for (Expr* e : elts)
        if (e->kind == ExprKind::Starred) seenStar = true;
    if (!seenStar && !big) {
        for (Expr* e : elts)
            if (!visitExpr(*e)) return false;
        return addopI(tuple ? op::BUILD_TUPLE : build, n + pushed);
    }
    bool sequenceBuilt = false;
    if (big) {
        if (!addopI(build, pushed)) return false;
        sequenceBuilt = true;
    }
    for (int i = 0; i < n; ++i) {
        const Expr* elt = elts[i];
        if (elt->kind == ExprKind::Starred) {
            if (!sequenceBuilt) {
                if (!addopI(build, i + pushed)) return false;
                sequenceBuilt = true;
            }
            if (!visitExpr(*elt->as<Starred>().value) || !addopI(extend, 1)) return false;
        } else {
            if (!visitExpr(*elt)) return false;
            if (sequenceBuilt && !addopI(add, 1)) return false;
        }
    }
    if (tuple) return addop(op::LIST_TO_TUPLE);
    return true;
}

bool Compiler::unpackHelper(const Seq<Expr*>& elts) {
    const int n = static_cast<int>(elts.size());
    bool seenStar = false;
    for (int i = 0; i < n; ++i) {
        const Expr* elt = elts[i];
        if (elt->kind == ExprKind::Starred && !seenStar) {
            if (i >= (1 << 8) || (n - i - 1) >= (0x7fffffff >> 8))
                return compilerError("too many expressions in star-unpacking assignment");
            if (!addopI(op::UNPACK_EX, i + ((n - i - 1) << 8))) return false;
            seenStar = true;
        } else if (elt->kind == ExprKind::Starred) {
            return compilerError("multiple starred expressions in assignment");
        }
    }
    if (!seenStar) return addopI(op::UNPACK_SEQUENCE, n);
    return true;
}

bool Compiler::assignmentHelper(const Seq<Expr*>& elts) {
    if (!unpackHelper(elts)) return false;
    for (Expr* elt : elts)
        if (!visitExpr(elt->kind != ExprKind::Starred ? *elt : *elt->as<Starred>().value)) return false;
    return true;
}

namespace {

bool subdict(Compiler& c, const Dict& e, std::size_t begin, std::size_t end) {
    const int n = static_cast<int>(end - begin);
    const bool big = n * 2 > kStackUseGuideline;
    if (n > 1 && !big && allConstant(c, e.keys, begin, end)) {
        for (std::size_t i = begin; i < end; ++i)
            if (!c.visitExpr(*e.values[i])) return false;
        std::vector<Object*> keys;
        for (std::size_t i = begin; i < end; ++i) keys.push_back(c.constValue(e.keys[i]));
        return c.addopLoadConstNew(tupleFromArray(c.interp(), keys.data(), n)) && c.addopI(op::BUILD_CONST_KEY_MAP, n);
    }
    if (big && !c.addopI(op::BUILD_MAP, 0)) return false;
    for (std::size_t i = begin; i < end; ++i) {
        if (!c.visitExpr(*e.keys[i]) || !c.visitExpr(*e.values[i])) return false;
        if (big && !c.addopI(op::MAP_ADD, 1)) return false;
    }
    if (!big) return c.addopI(op::BUILD_MAP, n);
    return true;
}

bool dictExpr(Compiler& c, const Dict& e) {
    const std::size_t n = e.values.size();
    bool haveDict = false;
    std::size_t elements = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const bool isUnpacking = e.keys[i] == nullptr;
        if (isUnpacking) {
            if (elements) {
                if (!subdict(c, e, i - elements, i)) return false;
                if (haveDict && !c.addopI(op::DICT_UPDATE, 1)) return false;
                haveDict = true;
                elements = 0;
            }
            if (!haveDict) {
                if (!c.addopI(op::BUILD_MAP, 0)) return false;
                haveDict = true;
            }
            if (!c.visitExpr(*e.values[i]) || !c.addopI(op::DICT_UPDATE, 1)) return false;
        } else if (elements * 2 > static_cast<std::size_t>(kStackUseGuideline)) {
            if (!subdict(c, e, i - elements, i + 1)) return false;
            if (haveDict && !c.addopI(op::DICT_UPDATE, 1)) return false;
            haveDict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        if (!subdict(c, e, n - elements, n)) return false;
        if (haveDict && !c.addopI(op::DICT_UPDATE, 1)) return false;
        haveDict = true;
    }
    if (!haveDict) return c.addopI(op::BUILD_MAP, 0);
    return true;
}

bool joinedStr(Compiler& c, const JoinedStr& e) {
    const int n = static_cast<int>(e.values.size());
    if (n > kStackUseGuideline) {
        if (!c.addopLoadConst(c.interp().emptyStr) || !c.addopName(op::LOAD_METHOD, "join") || !c.addopI(op::BUILD_LIST, 0))
            return false;
        for (Expr* v : e.values)
            if (!c.visitExpr(*v) || !c.addopI(op::LIST_APPEND, 1)) return false;
        return c.addopI(op::PRECALL, 1) && c.addopI(op::CALL, 1);
    }
    if (!c.visitExprs(e.values)) return false;
    if (n != 1) return c.addopI(op::BUILD_STRING, n);
    return true;
}

bool formattedValue(Compiler& c, const FormattedValue& e) {
    if (!c.visitExpr(*e.value)) return false;
    int oparg = fvc::kNone;
    switch (e.conversion) {
    case 's': oparg = fvc::kStr; break;
    case 'r': oparg = fvc::kRepr; break;
    case 'a': oparg = fvc::kAscii; break;
    default: break;
    }
    if (e.formatSpec) {
        if (!c.visitExpr(*e.formatSpec)) return false;
        oparg |= fvc::kHaveSpec;
    }
    return c.addopI(op::FORMAT_VALUE, oparg);
}

bool subscript(Compiler& c, const Subscript& e) {
    const int opcode = e.ctx == ExprContext::Load ? op::BINARY_SUBSCR : e.ctx == ExprContext::Store ? op::STORE_SUBSCR : op::DELETE_SUBSCR;
    return c.visitExpr(*e.value) && c.visitExpr(*e.slice) && c.addop(opcode);
}

bool slice(Compiler& c, const Slice& s) {
    int n = 2;
    if (s.lower) {
        if (!c.visitExpr(*s.lower)) return false;
    } else if (!c.addopLoadConst(c.interp().none)) {
        return false;
    }
    if (s.upper) {
        if (!c.visitExpr(*s.upper)) return false;
    } else if (!c.addopLoadConst(c.interp().none)) {
        return false;
    }
    if (s.step) {
        n++;
        if (!c.visitExpr(*s.step)) return false;
    }
    return c.addopI(op::BUILD_SLICE, n);
}

// ---------------------------------------------------------------- calls

bool isImportOriginated(Compiler& c, const Expr& e) {
    if (e.kind != ExprKind::Name) return false;
    return c.symtable().top->symbol(e.as<Name>().id) & symflags::kDefImport;
}

// 1 = optimised, -1 = not applicable, 0 = error.
int maybeOptimizeMethodCall(Compiler& c, const Call& e) {
    const Expr& meth = *e.func;
    if (meth.kind != ExprKind::Attribute || meth.as<Attribute>().ctx != ExprContext::Load) return -1;
    const auto& attr = meth.as<Attribute>();
    if (isImportOriginated(c, *attr.value)) return -1;
    const int argsl = static_cast<int>(e.args.size());
    const int kwdsl = static_cast<int>(e.keywords.size());
    if (argsl + kwdsl + (kwdsl != 0) >= kStackUseGuideline) return -1;
    for (Expr* a : e.args)
        if (a->kind == ExprKind::Starred) return -1;
    for (Keyword* kw : e.keywords)
        if (!kw->hasArg) return -1;
    if (!c.visitExpr(*attr.value)) return 0;
    c.setLoc(meth);
    c.updateStartLocationToMatchAttr(attr);
    if (!c.addopName(op::LOAD_METHOD, attr.attr)) return 0;
    if (!c.visitExprs(e.args)) return 0;
    if (kwdsl) {
        for (Keyword* kw : e.keywords)
            if (!c.visitExpr(*kw->value)) return 0;
        if (!c.callSimpleKwHelper(e.keywords)) return 0;
    }
    c.setLoc(e);
    c.updateStartLocationToMatchAttr(attr);
    if (!c.addopI(op::PRECALL, argsl + kwdsl) || !c.addopI(op::CALL, argsl + kwdsl)) return 0;
    return 1;
}

bool callExpr(Compiler& c, const Call& e) {
    if (!c.validateKeywords(e.keywords)) return false;
    const int ret = maybeOptimizeMethodCall(c, e);
    if (ret >= 0) return ret == 1;
    c.setLoc(*e.func);
    if (!c.addop(op::PUSH_NULL)) return false;
    c.setLoc(e);
    if (!c.visitExpr(*e.func)) return false;
    return c.callHelper(0, e.args, e.keywords);
}

int unaryOpcode(UnaryOpKind op) {
    switch (op) {
    case UnaryOpKind::Invert: return op::UNARY_INVERT;
    case UnaryOpKind::Not: return op::UNARY_NOT;
    case UnaryOpKind::UAdd: return op::UNARY_POSITIVE;
    case UnaryOpKind::USub: return op::UNARY_NEGATIVE;
    }
    return op::NOP;
}

int binaryOparg(OperatorKind op) {
    static const int kOps[] = {nbop::ADD,    nbop::SUBTRACT, nbop::MULTIPLY, nbop::MATRIX_MULTIPLY, nbop::TRUE_DIVIDE,
                               nbop::REMAINDER, nbop::POWER, nbop::LSHIFT,   nbop::RSHIFT,          nbop::OR,
                               nbop::XOR,    nbop::AND,      nbop::FLOOR_DIVIDE};
    return kOps[static_cast<int>(op)];
}

} // namespace

bool Compiler::addopYield() {
    if (m_u->ste->generator && m_u->ste->coroutine && !addop(op::ASYNC_GEN_WRAP)) return false;
    return addop(op::YIELD_VALUE) && addopI(op::RESUME, 1);
}

void Compiler::updateStartLocationToMatchAttr(const Attribute& attr) {
    if (m_u->lineno != attr.endLineno) {
        m_u->lineno = attr.endLineno;
        // The attribute name's length in characters (identifiers are compared against byte columns
        // as CPython does).
        const std::u32string name = [&] {
            std::u32string out;
            for (std::size_t i = 0; i < attr.attr.size(); ++i)
                if ((static_cast<unsigned char>(attr.attr[i]) & 0xC0) != 0x80) out.push_back(U'x');
            return out;
        }();
        const int len = static_cast<int>(name.size());
        if (len <= attr.endColOffset) {
            m_u->colOffset = attr.endColOffset - len;
        } else {
            m_u->colOffset = -1;
            m_u->endColOffset = -1;
        }
        m_u->endLineno = std::max(m_u->lineno, m_u->endLineno);
        if (m_u->lineno == m_u->endLineno) m_u->endColOffset = std::max(m_u->colOffset, m_u->endColOffset);
    }
}

// ---------------------------------------------------------------- dispatch

bool Compiler::visitExprs(const Seq<Expr*>& es) {
    for (Expr* e : es)
        if (!visitExpr(*e)) return false;
    return true;
}

bool Compiler::visitExpr(const Expr& e) {
    const SavedLoc saved = saveLoc();
    setLoc(e);
    const bool res = visitExpr1(e);
    restoreLoc(saved);
    return res;
}

bool Compiler::visitExpr1(const Expr& e) {
    switch (e.kind) {
    case ExprKind::NamedExpr: {
        const auto& n = e.as<NamedExpr>();
        return visitExpr(*n.value) && addopI(op::COPY, 1) && visitExpr(*n.target);
    }
    case ExprKind::BoolOp: return boolOp(*this, e.as<BoolOp>());
    case ExprKind::BinOp: {
        const auto& b = e.as<BinOp>();
        return visitExpr(*b.left) && visitExpr(*b.right) && addopI(op::BINARY_OP, binaryOparg(b.op));
    }
    case ExprKind::UnaryOp: return visitExpr(*e.as<UnaryOp>().operand) && addop(unaryOpcode(e.as<UnaryOp>().op));
    case ExprKind::Lambda: return lambda(e.as<Lambda>());
    case ExprKind::IfExp: return ifExp(*this, e.as<IfExp>());
    case ExprKind::Dict: return dictExpr(*this, e.as<Dict>());
    case ExprKind::Set: return starunpackHelper(e.as<Set>().elts, 0, op::BUILD_SET, op::SET_ADD, op::SET_UPDATE, false);
    case ExprKind::GeneratorExp:
        return comprehension(e, CompType::GenExp, "<genexpr>", e.as<Comp>().generators, e.as<Comp>().elt, nullptr);
    case ExprKind::ListComp:
        return comprehension(e, CompType::ListComp, "<listcomp>", e.as<Comp>().generators, e.as<Comp>().elt, nullptr);
    case ExprKind::SetComp:
        return comprehension(e, CompType::SetComp, "<setcomp>", e.as<Comp>().generators, e.as<Comp>().elt, nullptr);
    case ExprKind::DictComp:
        return comprehension(e, CompType::DictComp, "<dictcomp>", e.as<DictComp>().generators, e.as<DictComp>().key,
                             e.as<DictComp>().value);
    case ExprKind::Yield:
        if (m_u->ste->type != BlockType::Function) return compilerError("'yield' outside function");
        if (e.as<Yield>().value) {
            if (!visitExpr(*e.as<Yield>().value)) return false;
        } else if (!addopLoadConst(m_interp.none)) {
            return false;
        }
        return addopYield();
    case ExprKind::YieldFrom:
        if (m_u->ste->type != BlockType::Function) return compilerError("'yield' outside function");
        if (m_u->scopeType == ScopeType::AsyncFunction) return compilerError("'yield from' inside async function");
        return visitExpr(*e.as<YieldFrom>().value) && addop(op::GET_YIELD_FROM_ITER) && addopLoadConst(m_interp.none) &&
               addYieldFrom(false);
    case ExprKind::Await:
        if (m_u->ste->type != BlockType::Function) return compilerError("'await' outside function");
        if (m_u->scopeType != ScopeType::AsyncFunction && m_u->scopeType != ScopeType::Comprehension)
            return compilerError("'await' outside async function");
        return visitExpr(*e.as<Await>().value) && addopI(op::GET_AWAITABLE, 0) && addopLoadConst(m_interp.none) &&
               addYieldFrom(true);
    case ExprKind::Compare: return compareExpr(*this, e.as<Compare>());
    case ExprKind::Call: return callExpr(*this, e.as<Call>());
    case ExprKind::Constant: {
        Object* v = constValue(&e);
        if (!v) return false;
        return addopLoadConst(v);
    }
    case ExprKind::JoinedStr: return joinedStr(*this, e.as<JoinedStr>());
    case ExprKind::FormattedValue: return formattedValue(*this, e.as<FormattedValue>());
    case ExprKind::Attribute: {
        const auto& a = e.as<Attribute>();
        if (!visitExpr(*a.value)) return false;
        updateStartLocationToMatchAttr(a);
        switch (a.ctx) {
        case ExprContext::Load: return addopName(op::LOAD_ATTR, a.attr);
        case ExprContext::Store:
            if (forbiddenName(a.attr, a.ctx)) return false;
            return addopName(op::STORE_ATTR, a.attr);
        case ExprContext::Del: return addopName(op::DELETE_ATTR, a.attr);
        }
        return false;
    }
    case ExprKind::Subscript: return subscript(*this, e.as<Subscript>());
    case ExprKind::Starred:
        if (e.as<Starred>().ctx == ExprContext::Store)
            return compilerError("starred assignment target must be in a list or tuple");
        return compilerError("can't use starred expression here");
    case ExprKind::Slice: return slice(*this, e.as<Slice>());
    case ExprKind::Name: return nameop(e.as<Name>().id, e.as<Name>().ctx);
    case ExprKind::List: {
        const auto& l = e.as<List>();
        if (l.ctx == ExprContext::Store) return assignmentHelper(l.elts);
        if (l.ctx == ExprContext::Load)
            return starunpackHelper(l.elts, 0, op::BUILD_LIST, op::LIST_APPEND, op::LIST_EXTEND, false);
        return visitExprs(l.elts);
    }
    case ExprKind::Tuple: {
        const auto& t = e.as<Tuple>();
        if (t.ctx == ExprContext::Store) return assignmentHelper(t.elts);
        if (t.ctx == ExprContext::Load)
            return starunpackHelper(t.elts, 0, op::BUILD_LIST, op::LIST_APPEND, op::LIST_EXTEND, true);
        return visitExprs(t.elts);
    }
    }
    return true;
}

} // namespace hs::frontend::detail
