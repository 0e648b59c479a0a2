// Heapscope front end: the match statement (PEP 634), compiled to 3.11's bytecode exactly as
// Python/compile.c compiler_match / compiler_pattern_* do.
//
// Convention (as in CPython): every pattern routine consumes the subject on top of the stack and
// jumps to failPop[n] on failure, where n = items to pop = onTop + stores.size(). Captured values
// are rotated underneath the items still in use so all name stores happen after the whole pattern
// matched.
#include "frontend/compiler_internal.h"

#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/interpreter.h"

#include <algorithm>
#include <climits>

namespace hs::frontend::detail {

using namespace ast;

namespace {

struct PatternContext {
    std::vector<std::string> stores; // names captured so far, in stack order
    bool allowIrrefutable = false;
    std::vector<BasicBlock*> failPop; // failPop[i] pops i items, then falls through to failPop[i-1]
    int onTop = 0;
};

bool isWildcard(const Pattern* p) { return p->kind == PatternKind::MatchAs && !p->as<MatchAs>().hasName; }
bool isWildcardStar(const Pattern* p) { return p->kind == PatternKind::MatchStar && !p->as<MatchStar>().hasName; }

bool pattern(Compiler& c, const Pattern& p, PatternContext& pc);

std::string quoted(std::string_view name) { return "'" + std::string(name) + "'"; }

bool ensureFailPop(Compiler& c, PatternContext& pc, std::size_t n) {
    while (pc.failPop.size() < n + 1) pc.failPop.push_back(c.newBlock());
    return true;
}

bool jumpToFailPop(Compiler& c, PatternContext& pc, int opcode) {
    const std::size_t pops = pc.onTop + pc.stores.size();
    ensureFailPop(c, pc, pops);
    return c.addopJ(opcode, pc.failPop[pops]);
}

bool emitAndResetFailPop(Compiler& c, PatternContext& pc) {
    if (pc.failPop.empty()) return true;
    for (std::size_t i = pc.failPop.size() - 1; i > 0; --i) {
        c.useNextBlock(pc.failPop[i]);
        if (!c.addop(op::POP_TOP)) return false;
    }
    c.useNextBlock(pc.failPop[0]);
    pc.failPop.clear();
    return true;
}

bool rotate(Compiler& c, std::int64_t count) {
    while (1 < count)
        if (!c.addopI(op::SWAP, static_cast<int>(count--))) return false;
    return true;
}

bool storeName(Compiler& c, bool hasName, std::string_view name, PatternContext& pc) {
    if (!hasName) return c.addop(op::POP_TOP);
    if (c.forbiddenName(name, ExprContext::Store)) return false;
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
        return c.compilerError("multiple assignments to name " + quoted(name) + " in pattern");
    if (!rotate(c, pc.onTop + static_cast<std::int64_t>(pc.stores.size()) + 1)) return false;
    pc.stores.emplace_back(name);
    return true;
}

bool unpackHelper(Compiler& c, const Seq<Pattern*>& elts) {
    const std::size_t n = elts.size();
    bool seenStar = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (elts[i]->kind != PatternKind::MatchStar) continue;
        if (seenStar) return c.compilerError("multiple starred expressions in sequence pattern");
        if (i >= (1u << 8) || n - i - 1 >= (INT_MAX >> 8))
            return c.compilerError("too many expressions in star-unpacking sequence pattern");
        if (!c.addopI(op::UNPACK_EX, static_cast<int>(i + ((n - i - 1) << 8)))) return false;
        seenStar = true;
    }
    return seenStar || c.addopI(op::UNPACK_SEQUENCE, static_cast<int>(n));
}

bool subpattern(Compiler& c, const Pattern& p, PatternContext& pc) {
    const bool allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    if (!pattern(c, p, pc)) return false;
    pc.allowIrrefutable = allow;
    return true;
}

bool sequenceUnpack(Compiler& c, const Seq<Pattern*>& patterns, PatternContext& pc) {
    if (!unpackHelper(c, patterns)) return false;
    pc.onTop += static_cast<int>(patterns.size());
    for (Pattern* p : patterns) {
        pc.onTop--;
        if (!subpattern(c, *p, pc)) return false;
    }
    return true;
}

// Index with BINARY_SUBSCR instead of unpacking (patterns with a starred wildcard).
bool sequenceSubscr(Compiler& c, const Seq<Pattern*>& patterns, std::int64_t star, PatternContext& pc) {
    pc.onTop++;
    const auto size = static_cast<std::int64_t>(patterns.size());
    for (std::int64_t i = 0; i < size; ++i) {
        const Pattern* p = patterns[i];
        if (isWildcard(p) || i == star) continue;
        if (!c.addopI(op::COPY, 1)) return false;
        if (i < star) {
            if (!c.addopLoadConstNew(newInt(c.interp(), i))) return false;
        } else {
            // The subject may not support negative indexing: compute a nonnegative index.
            if (!c.addop(op::GET_LEN) || !c.addopLoadConstNew(newInt(c.interp(), size - i)) ||
                !c.addopI(op::BINARY_OP, nbop::SUBTRACT))
                return false;
        }
        if (!c.addop(op::BINARY_SUBSCR) || !subpattern(c, *p, pc)) return false;
    }
    pc.onTop--;
    return c.addop(op::POP_TOP);
}

bool patternAs(Compiler& c, const MatchAs& p, PatternContext& pc) {
    if (!p.pattern) {
        if (!pc.allowIrrefutable) {
            if (p.hasName) return c.compilerError("name capture " + quoted(p.name) + " makes remaining patterns unreachable");
            return c.compilerError("wildcard makes remaining patterns unreachable");
        }
        return storeName(c, p.hasName, p.name, pc);
    }
    pc.onTop++;
    if (!c.addopI(op::COPY, 1) || !pattern(c, *p.pattern, pc)) return false;
    pc.onTop--;
    return storeName(c, p.hasName, p.name, pc);
}

bool patternClass(Compiler& c, const MatchClass& p, PatternContext& pc) {
    const std::size_t nargs = p.patterns.size();
    const std::size_t nattrs = p.kwdAttrs.size();
    if (nattrs != p.kwdPatterns.size())
        return c.compilerError("kwd_attrs / kwd_patterns length mismatch in class pattern");
    if (nattrs) {
        for (std::size_t i = 0; i < nattrs; ++i) {
            c.setLoc(*p.kwdPatterns[i]);
            if (c.forbiddenName(p.kwdAttrs[i], ExprContext::Store)) return false;
            for (std::size_t j = i + 1; j < nattrs; ++j)
                if (p.kwdAttrs[i] == p.kwdAttrs[j]) {
                    c.setLoc(*p.kwdPatterns[j]);
                    return c.compilerError("attribute name repeated in class pattern: " + std::string(p.kwdAttrs[i]));
                }
        }
        c.setLoc(p);
    }
    if (!c.visitExpr(*p.cls)) return false;
    std::vector<Ref> names;
    std::vector<Object*> raw;
    for (Identifier attr : p.kwdAttrs) {
        names.push_back(c.identifierStr(attr));
        if (!names.back()) return false;
        raw.push_back(names.back().get());
    }
    Ref attrNames = tupleFromArray(c.interp(), raw.data(), static_cast<std::int64_t>(raw.size()));
    if (!attrNames || !c.addopLoadConstNew(std::move(attrNames))) return false;
    if (!c.addopI(op::MATCH_CLASS, static_cast<int>(nargs)) || !c.addopI(op::COPY, 1) ||
        !c.addopLoadConst(c.interp().none) || !c.addopI(op::IS_OP, 1))
        return false;
    pc.onTop++;
    if (!jumpToFailPop(c, pc, op::POP_JUMP_IF_FALSE)) return false;
    if (!c.addopI(op::UNPACK_SEQUENCE, static_cast<int>(nargs + nattrs))) return false;
    pc.onTop += static_cast<int>(nargs + nattrs) - 1;
    for (std::size_t i = 0; i < nargs + nattrs; ++i) {
        pc.onTop--;
        const Pattern* sub = i < nargs ? p.patterns[i] : p.kwdPatterns[i - nargs];
        if (isWildcard(sub)) {
            if (!c.addop(op::POP_TOP)) return false;
            continue;
        }
        if (!subpattern(c, *sub, pc)) return false;
    }
    return true;
}

bool patternMapping(Compiler& c, const MatchMapping& p, PatternContext& pc) {
    const std::size_t size = p.keys.size();
    if (size != p.patterns.size()) return c.compilerError("keys / patterns length mismatch in mapping pattern");
    pc.onTop++;
    if (!c.addop(op::MATCH_MAPPING) || !jumpToFailPop(c, pc, op::POP_JUMP_IF_FALSE)) return false;
    if (!size && !p.hasRest) {
        pc.onTop--;
        return c.addop(op::POP_TOP);
    }
    if (size) {
        if (!c.addop(op::GET_LEN) || !c.addopLoadConstNew(newInt(c.interp(), static_cast<std::int64_t>(size))) ||
            !c.addCompare(CmpOpKind::GtE) || !jumpToFailPop(c, pc, op::POP_JUMP_IF_FALSE))
            return false;
    }
    // Constant keys must be distinct (set semantics: 1, 1.0 and True are the same key).
    std::vector<Object*> seen;
    for (std::size_t i = 0; i < size; ++i) {
        const Expr* key = p.keys[i];
        if (key->kind == ExprKind::Constant) {
            Object* value = c.constValue(key);
            if (!value) return false;
            for (Object* other : seen) {
                const int eq = objectRichCompareBool(value, other, CompareOp::Eq);
                if (eq < 0) return false;
                if (eq) {
                    Ref r = objectRepr(value);
                    if (!r) return false;
                    return c.compilerError("mapping pattern checks duplicate key (" + strToUtf8(r.get()) + ")");
                }
            }
            seen.push_back(value);
        } else if (key->kind != ExprKind::Attribute) {
            return c.compilerError("mapping pattern keys may only match literals and attribute lookups");
        }
        if (!c.visitExpr(*key)) return false;
    }
    if (!c.addopI(op::BUILD_TUPLE, static_cast<int>(size)) || !c.addop(op::MATCH_KEYS)) return false;
    pc.onTop += 2;
    if (!c.addopI(op::COPY, 1) || !c.addopLoadConst(c.interp().none) || !c.addopI(op::IS_OP, 1) ||
        !jumpToFailPop(c, pc, op::POP_JUMP_IF_FALSE))
        return false;
    if (!c.addopI(op::UNPACK_SEQUENCE, static_cast<int>(size))) return false;
    pc.onTop += static_cast<int>(size) - 1;
    for (Pattern* sub : p.patterns) {
        pc.onTop--;
        if (!subpattern(c, *sub, pc)) return false;
    }
    pc.onTop -= 2;
    if (!p.hasRest) return c.addop(op::POP_TOP) && c.addop(op::POP_TOP);
    // rest = dict(subject); for key in keys: del rest[key]
    if (!c.addopI(op::BUILD_MAP, 0) || !c.addopI(op::SWAP, 3) || !c.addopI(op::DICT_UPDATE, 2) ||
        !c.addopI(op::UNPACK_SEQUENCE, static_cast<int>(size)))
        return false;
    for (std::size_t n = size; n; --n)
        if (!c.addopI(op::COPY, static_cast<int>(1 + n)) || !c.addopI(op::SWAP, 2) || !c.addop(op::DELETE_SUBSCR))
            return false;
    return storeName(c, true, p.rest, pc);
}

bool patternOr(Compiler& c, const MatchOr& p, PatternContext& pc) {
    BasicBlock* end = c.newBlock();
    const std::size_t size = p.patterns.size();
    PatternContext old = pc;
    std::vector<std::string> control;
    for (std::size_t i = 0; i < size; ++i) {
        const Pattern* alt = p.patterns[i];
        c.setLoc(*alt);
        pc.stores.clear();
        pc.allowIrrefutable = (i == size - 1) && old.allowIrrefutable;
        pc.failPop.clear();
        pc.onTop = 0;
        if (!c.addopI(op::COPY, 1) || !pattern(c, *alt, pc)) return false;
        const std::size_t nstores = pc.stores.size();
        if (i == 0) {
            control = pc.stores;
        } else if (nstores != control.size()) {
            return c.compilerError("alternative patterns bind different names");
        } else if (nstores) {
            // Reorder the captures on the stack to the order of the first alternative.
            for (std::size_t icontrol = nstores; icontrol--;) {
                auto it = std::find(pc.stores.begin(), pc.stores.end(), control[icontrol]);
                if (it == pc.stores.end()) return c.compilerError("alternative patterns bind different names");
                const std::size_t istores = static_cast<std::size_t>(it - pc.stores.begin());
                if (icontrol == istores) continue;
                const std::size_t rotations = istores + 1;
                std::vector<std::string> rotated(pc.stores.begin(), pc.stores.begin() + rotations);
                pc.stores.erase(pc.stores.begin(), pc.stores.begin() + rotations);
                pc.stores.insert(pc.stores.begin() + (icontrol - istores), rotated.begin(), rotated.end());
                for (std::size_t r = rotations; r--;)
                    if (!rotate(c, static_cast<std::int64_t>(icontrol) + 1)) return false;
            }
        }
        if (!c.addopJ(op::JUMP, end) || !emitAndResetFailPop(c, pc)) return false;
    }
    pc = std::move(old);
    // No alternative matched: pop the remaining copy of the subject and fail.
    if (!c.addop(op::POP_TOP) || !jumpToFailPop(c, pc, op::JUMP)) return false;
    c.useNextBlock(end);
    const std::int64_t nstores = static_cast<std::int64_t>(control.size());
    const std::int64_t nrots = nstores + 1 + pc.onTop + static_cast<std::int64_t>(pc.stores.size());
    for (const std::string& name : control) {
        if (!rotate(c, nrots)) return false;
        if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
            return c.compilerError("multiple assignments to name " + quoted(name) + " in pattern");
        pc.stores.push_back(name);
    }
    return c.addop(op::POP_TOP);
}

bool patternSequence(Compiler& c, const MatchSequence& p, PatternContext& pc) {
    const auto size = static_cast<std::int64_t>(p.patterns.size());
    std::int64_t star = -1;
    bool onlyWildcard = true;
    bool starWildcard = false;
    for (std::int64_t i = 0; i < size; ++i) {
        const Pattern* sub = p.patterns[i];
        if (sub->kind == PatternKind::MatchStar) {
            if (star >= 0) return c.compilerError("multiple starred names in sequence pattern");
            starWildcard = isWildcardStar(sub);
            onlyWildcard &= starWildcard;
            star = i;
            continue;
        }
        onlyWildcard &= isWildcard(sub);
    }
    pc.onTop++;
    if (!c.addop(op::MATCH_SEQUENCE) || !jumpToFailPop(c, pc, op::POP_JUMP_IF_FALSE)) return false;
    if (star < 0) {
        if (!c.addop(op::GET_LEN) || !c.addopLoadConstNew(newInt(c.interp(), size)) || !c.addCompare(CmpOpKind::Eq) ||
            !jumpToFailPop(c, pc, op::POP_JUMP_IF_FALSE))
            return false;
    } else if (size > 1) {
        if (!c.addop(op::GET_LEN) || !c.addopLoadConstNew(newInt(c.interp(), size - 1)) ||
            !c.addCompare(CmpOpKind::GtE) || !jumpToFailPop(c, pc, op::POP_JUMP_IF_FALSE))
            return false;
    }
    pc.onTop--;
    if (onlyWildcard) return c.addop(op::POP_TOP);
    if (starWildcard) return sequenceSubscr(c, p.patterns, star, pc);
    return sequenceUnpack(c, p.patterns, pc);
}

bool pattern(Compiler& c, const Pattern& p, PatternContext& pc) {
    c.setLoc(p);
    switch (p.kind) {
    case PatternKind::MatchValue: {
        const Expr* value = p.as<MatchValue>().value;
        if (value->kind != ExprKind::Constant && value->kind != ExprKind::Attribute)
            return c.compilerError("patterns may only match literals and attribute lookups");
        return c.visitExpr(*value) && c.addCompare(CmpOpKind::Eq) && jumpToFailPop(c, pc, op::POP_JUMP_IF_FALSE);
    }
    case PatternKind::MatchSingleton: {
        Interpreter& interp = c.interp();
        const ConstantKind k = p.as<MatchSingleton>().value;
        Object* v = k == ConstantKind::True ? interp.trueObj : k == ConstantKind::False ? interp.falseObj : interp.none;
        return c.addopLoadConst(v) && c.addCompare(CmpOpKind::Is) && jumpToFailPop(c, pc, op::POP_JUMP_IF_FALSE);
    }
    case PatternKind::MatchSequence: return patternSequence(c, p.as<MatchSequence>(), pc);
    case PatternKind::MatchMapping: return patternMapping(c, p.as<MatchMapping>(), pc);
    case PatternKind::MatchClass: return patternClass(c, p.as<MatchClass>(), pc);
    case PatternKind::MatchStar: return storeName(c, p.as<MatchStar>().hasName, p.as<MatchStar>().name, pc);
    case PatternKind::MatchAs: return patternAs(c, p.as<MatchAs>(), pc);
    case PatternKind::MatchOr: return patternOr(c, p.as<MatchOr>(), pc);
    }
    return c.compilerError("invalid match pattern node in AST");
}

} // namespace

bool Compiler::match(const Match& s) {
    if (!visitExpr(*s.subject)) return false;
    BasicBlock* end = newBlock();
    const std::size_t cases = s.cases.size();
    PatternContext pc;
    const MatchCase* last = s.cases[cases - 1];
    const std::size_t hasDefault = (isWildcard(last->pattern) && 1 < cases) ? 1 : 0;
    for (std::size_t i = 0; i < cases - hasDefault; ++i) {
        const MatchCase* m = s.cases[i];
        setLoc(*m->pattern);
        const bool lastCase = i == cases - hasDefault - 1;
        if (!lastCase && !addopI(op::COPY, 1)) return false;
        pc.stores.clear();
        pc.allowIrrefutable = m->guard != nullptr || i == cases - 1;
        pc.failPop.clear();
        pc.onTop = 0;
        if (!pattern(*this, *m->pattern, pc)) return false;
        for (const std::string& name : pc.stores)
            if (!nameop(name, ExprContext::Store)) return false;
        if (m->guard) {
            ensureFailPop(*this, pc, 0);
            if (!jumpIf(*m->guard, pc.failPop[0], false)) return false;
        }
        if (!lastCase && !addop(op::POP_TOP)) return false;
        if (!visitStmts(m->body) || !addopJ(op::JUMP, end)) return false;
        // A failed pattern's cleanup belongs to the pattern's line, not the body's last line.
        setLoc(*m->pattern);
        if (!emitAndResetFailPop(*this, pc)) return false;
    }
    if (hasDefault) {
        setLoc(*last->pattern);
        if (!addop(cases == 1 ? op::POP_TOP : op::NOP)) return false;
        if (last->guard && !jumpIf(*last->guard, end, false)) return false;
        if (!visitStmts(last->body)) return false;
    }
    useNextBlock(end);
    return true;
}

} // namespace hs::frontend::detail
