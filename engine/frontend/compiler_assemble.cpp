// Heapscope front end: the 3.11 flow-graph passes and the assembler (compile.c: optimize_cfg,
// fold_tuple_on_constants, swaptimize, jump threading, dead-code removal, line-number propagation,
// stackdepth, exception-table labelling, jump normalisation, location and exception tables, makecode).
//
// Sections: helpers · prefix and cell offsets · block optimisation · CFG passes · stack depth ·
// exception labels · emission (code, locations, exception table) · makecode · assemble
#include "frontend/compiler_internal.h"

#include "objects/bytes_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/interpreter.h"
#include "vm/code_object.h"

#include <algorithm>
#include <climits>
#include <cstring>

namespace hs::frontend::detail {

namespace {

// ---------------------------------------------------------------- helpers

constexpr int kMaxCopySize = 4;

bool isVirtualJump(int op) {
    return op == op::JUMP || op == op::JUMP_NO_INTERRUPT || op == op::POP_JUMP_IF_NONE ||
           op == op::POP_JUMP_IF_NOT_NONE || op == op::POP_JUMP_IF_FALSE || op == op::POP_JUMP_IF_TRUE;
}
bool isJump(const Instr& i) { return isVirtualJump(i.opcode) || (i.opcode < 256 && opIsJump(i.opcode)); }
bool isBlockPush(const Instr& i) {
    return i.opcode == op::SETUP_FINALLY || i.opcode == op::SETUP_WITH || i.opcode == op::SETUP_CLEANUP;
}
bool isRelativeJump(const Instr& i) { return i.opcode < 256 && opIsJump(i.opcode); }

int instrSize(const Instr& i) {
    const int oparg = opHasArg(i.opcode) ? i.oparg : 0;
    const int extended = (0xFFFFFF < oparg) + (0xFFFF < oparg) + (0xFF < oparg);
    return extended + 1 + opcodeCaches(i.opcode);
}

void copyLoc(const Instr& from, Instr& to) {
    to.lineno = from.lineno;
    to.colOffset = from.colOffset;
    to.endLineno = from.endLineno;
    to.endColOffset = from.endColOffset;
}

// Blocks in b_list order (most recently allocated first).
template <class Fn> void forEachListed(Unit& u, Fn fn) {
    for (std::size_t i = u.blocks.size(); i-- > 0;) fn(u.blocks[i].get());
}

BasicBlock* entryOf(Unit& u) { return u.blocks.front().get(); }

int computeCodeFlags(const Unit& u) {
    const SymtableEntry* ste = u.ste;
    int flags = 0;
    if (ste->type == BlockType::Function) {
        flags |= coflags::kNewLocals | coflags::kOptimized;
        if (ste->nested) flags |= coflags::kNested;
        if (ste->generator && !ste->coroutine) flags |= coflags::kGenerator;
        if (!ste->generator && ste->coroutine) flags |= coflags::kCoroutine;
        if (ste->generator && ste->coroutine) flags |= coflags::kAsyncGenerator;
        if (ste->varargs) flags |= coflags::kVarArgs;
        if (ste->varkeywords) flags |= coflags::kVarKeywords;
    }
    return flags;
}

// ---------------------------------------------------------------- prefix and cell offsets

std::vector<int> buildCellFixedOffsets(Unit& u) {
    const int nlocals = u.varnames.size();
    const int noffsets = u.cellvars.size() + u.freevars.size();
    std::vector<int> fixed(noffsets);
    for (int i = 0; i < noffsets; ++i) fixed[i] = nlocals + i;
    for (const auto& [name, cellindex] : u.cellvars.items()) {
        const int varindex = u.varnames.find(name);
        if (varindex >= 0) fixed[cellindex] = varindex;
    }
    return fixed;
}

void insertPrefixInstructions(Unit& u, BasicBlock* entry, const std::vector<int>& fixed, int nfreevars) {
    const int flags = computeCodeFlags(u);
    auto& ins = entry->instr;
    if (flags & (coflags::kGenerator | coflags::kCoroutine | coflags::kAsyncGenerator)) {
        Instr makeGen;
        makeGen.opcode = op::RETURN_GENERATOR;
        makeGen.lineno = u.firstlineno;
        makeGen.colOffset = -1;
        makeGen.endLineno = u.firstlineno;
        makeGen.endColOffset = -1;
        ins.insert(ins.begin(), makeGen);
        Instr popTop;
        popTop.opcode = op::POP_TOP;
        ins.insert(ins.begin() + 1, popTop);
    }
    const int ncellvars = u.cellvars.size();
    if (ncellvars) {
        const int nvars = ncellvars + u.varnames.size();
        std::vector<int> sorted(nvars, 0);
        for (int i = 0; i < ncellvars; ++i) sorted[fixed[i]] = i + 1;
        for (int i = 0, used = 0; used < ncellvars; ++i) {
            const int oldindex = sorted[i] - 1;
            if (oldindex == -1) continue;
            Instr makeCell;
            makeCell.opcode = op::MAKE_CELL;
            makeCell.oparg = oldindex;
            ins.insert(ins.begin() + used, makeCell);
            used++;
        }
    }
    if (nfreevars) {
        Instr copyFrees;
        copyFrees.opcode = op::COPY_FREE_VARS;
        copyFrees.oparg = nfreevars;
        ins.insert(ins.begin(), copyFrees);
    }
}

int fixCellOffsets(Unit& u, BasicBlock* entry, std::vector<int>& fixedmap) {
    const int nlocals = u.varnames.size();
    const int noffsets = u.cellvars.size() + u.freevars.size();
    int numdropped = 0;
    for (int i = 0; i < noffsets; ++i) {
        if (fixedmap[i] == i + nlocals)
            fixedmap[i] -= numdropped;
        else
            numdropped += 1;
    }
    for (BasicBlock* b = entry; b; b = b->next) {
        for (Instr& inst : b->instr) {
            switch (inst.opcode) {
            case op::MAKE_CELL:
            case op::LOAD_CLOSURE:
            case op::LOAD_DEREF:
            case op::STORE_DEREF:
            case op::DELETE_DEREF:
            case op::LOAD_CLASSDEREF: inst.oparg = fixedmap[inst.oparg]; break;
            default: break;
            }
        }
    }
    return numdropped;
}

// ---------------------------------------------------------------- block optimisation

void normalizeBasicBlock(BasicBlock* bb) {
    for (int i = 0; i < bb->iused(); ++i) {
        Instr& in = bb->instr[i];
        switch (in.opcode) {
        case op::RETURN_VALUE:
        case op::RAISE_VARARGS:
        case op::RERAISE:
            bb->exit = true;
            bb->nofallthrough = true;
            break;
        case op::JUMP:
        case op::JUMP_NO_INTERRUPT: bb->nofallthrough = true; [[fallthrough]];
        case op::POP_JUMP_IF_NOT_NONE:
        case op::POP_JUMP_IF_NONE:
        case op::POP_JUMP_IF_FALSE:
        case op::POP_JUMP_IF_TRUE:
        case op::JUMP_IF_FALSE_OR_POP:
        case op::JUMP_IF_TRUE_OR_POP:
        case op::FOR_ITER:
            while (in.target->iused() == 0) in.target = in.target->next;
            break;
        default: break;
        }
    }
}

bool blockHasLineno(const BasicBlock* bb) {
    for (const Instr& i : bb->instr)
        if (i.lineno > 0) return true;
    return false;
}

void extendBlock(BasicBlock* bb) {
    if (bb->instr.empty()) return;
    Instr& last = bb->instr.back();
    if (last.opcode != op::JUMP && last.opcode != op::JUMP_FORWARD && last.opcode != op::JUMP_BACKWARD) return;
    BasicBlock* toCopy = last.target;
    if (toCopy->exit && toCopy->iused() <= kMaxCopySize) {
        if (blockHasLineno(toCopy)) return;
        last.opcode = op::NOP;
        const std::vector<Instr> copy = toCopy->instr;
        for (const Instr& i : copy) bb->instr.push_back(i);
        bb->exit = true;
    }
}

void cleanBasicBlock(BasicBlock* bb) {
    int dest = 0;
    int prevLineno = -1;
    auto& ins = bb->instr;
    for (int src = 0; src < bb->iused(); ++src) {
        const int lineno = ins[src].lineno;
        if (ins[src].opcode == op::NOP) {
            if (lineno < 0) continue;
            if (prevLineno == lineno) continue;
            if (src < bb->iused() - 1) {
                const int nextLineno = ins[src + 1].lineno;
                if (nextLineno == lineno) continue;
                if (nextLineno < 0) {
                    copyLoc(ins[src], ins[src + 1]);
                    continue;
                }
            } else {
                BasicBlock* next = bb->next;
                while (next && next->iused() == 0) next = next->next;
                if (next && lineno == next->instr[0].lineno) continue;
            }
        }
        if (dest != src) ins[dest] = ins[src];
        dest++;
        prevLineno = lineno;
    }
    ins.resize(dest);
}

constexpr int kVisited = -1;

void swaptimize(BasicBlock* block, int& ix) {
    Instr* instructions = &block->instr[ix];
    int depth = instructions[0].oparg;
    int len = 0;
    bool more = false;
    const int limit = block->iused() - ix;
    while (++len < limit) {
        const int opcode = instructions[len].opcode;
        if (opcode == op::SWAP) {
            depth = std::max(depth, instructions[len].oparg);
            more = true;
        } else if (opcode != op::NOP) {
            break;
        }
    }
    if (!more) return;
    std::vector<int> stack(depth);
    for (int i = 0; i < depth; ++i) stack[i] = i;
    for (int i = 0; i < len; ++i) {
        if (instructions[i].opcode == op::SWAP) {
            const int oparg = instructions[i].oparg;
            const int top = stack[0];
            stack[0] = stack[oparg - 1];
            stack[oparg - 1] = top;
        }
    }
    int current = len - 1;
    for (int i = 0; i < depth; ++i) {
        if (stack[i] == kVisited || stack[i] == i) continue;
        int j = i;
        while (true) {
            if (j) {
                instructions[current].opcode = op::SWAP;
                instructions[current--].oparg = j + 1;
            }
            if (stack[j] == kVisited) break;
            const int nextJ = stack[j];
            stack[j] = kVisited;
            j = nextJ;
        }
    }
    while (0 <= current) instructions[current--].opcode = op::NOP;
    ix += len - 1;
}

bool swappable(int opcode) { return opcode == op::STORE_FAST || opcode == op::POP_TOP; }

int nextSwappableInstruction(BasicBlock* block, int i, int lineno) {
    while (++i < block->iused()) {
        const Instr& instruction = block->instr[i];
        if (0 <= lineno && instruction.lineno != lineno) return -1;
        if (instruction.opcode == op::NOP) continue;
        if (swappable(instruction.opcode)) return i;
        return -1;
    }
    return -1;
}

void applyStaticSwaps(BasicBlock* block, int i) {
    for (; 0 <= i; i--) {
        Instr& swap = block->instr[i];
        if (swap.opcode != op::SWAP) {
            if (swap.opcode == op::NOP || swappable(swap.opcode)) continue;
            return;
        }
        const int j = nextSwappableInstruction(block, i, -1);
        if (j < 0) return;
        int k = j;
        const int lineno = block->instr[j].lineno;
        for (int count = swap.oparg - 1; 0 < count; count--) {
            k = nextSwappableInstruction(block, k, lineno);
            if (k < 0) return;
        }
        swap.opcode = op::NOP;
        std::swap(block->instr[j], block->instr[k]);
    }
}

bool jumpThread(Instr& inst, const Instr& target, int opcode) {
    if (inst.lineno == target.lineno && inst.target != target.target) {
        inst.target = target.target;
        inst.opcode = opcode;
        return true;
    }
    return false;
}

} // namespace

// ---------------------------------------------------------------- CFG passes (need the Compiler)

namespace {

struct Assembler {
    Compiler& c;
    Unit& u;
    BasicBlock* entry = nullptr;
    std::vector<Ref>& consts;
    std::vector<CodeUnit> code;
    std::string linetable;
    std::string exceptTable;
    int lineno = 0;
};

// fold_tuple_on_constants: inst[0..n-1] LOAD_CONSTs followed by BUILD_TUPLE n.
bool foldTupleOnConstants(Assembler& a, BasicBlock* bb, int start, int n) {
    for (int i = 0; i < n; ++i)
        if (bb->instr[start + i].opcode != op::LOAD_CONST) return true;
    std::vector<Object*> items;
    for (int i = 0; i < n; ++i) items.push_back(a.consts[bb->instr[start + i].oparg].get());
    bool fresh = false;
    Ref newconst = a.c.mergedTuple(items, fresh);
    if (!newconst) return false;
    std::size_t index = 0;
    for (; index < a.consts.size(); ++index)
        if (a.consts[index].get() == newconst.get()) break;
    if (index == a.consts.size()) a.consts.push_back(newconst);
    for (int i = 0; i < n; ++i) bb->instr[start + i].opcode = op::NOP;
    bb->instr[start + n].opcode = op::LOAD_CONST;
    bb->instr[start + n].oparg = static_cast<int>(index);
    return true;
}

bool optimizeBasicBlock(Assembler& a, BasicBlock* bb) {
    Interpreter& interp = a.c.interp();
    Instr nop;
    nop.opcode = op::NOP;
    for (int i = 0; i < bb->iused(); ++i) {
        Instr* inst = &bb->instr[i];
        const int oparg = inst->oparg;
        const int nextop = i + 1 < bb->iused() ? bb->instr[i + 1].opcode : 0;
        const Instr* target;
        if (isJump(*inst) || isBlockPush(*inst)) {
            while (inst->target->iused() == 0) inst->target = inst->target->next;
            target = &inst->target->instr[0];
        } else {
            target = &nop;
        }
        switch (inst->opcode) {
        case op::LOAD_CONST: {
            switch (nextop) {
            case op::POP_JUMP_IF_FALSE:
            case op::POP_JUMP_IF_TRUE: {
                const int isTrue = objectIsTrue(a.consts[oparg].get());
                if (isTrue < 0) return false;
                inst->opcode = op::NOP;
                const bool jumpIfTrue = nextop == op::POP_JUMP_IF_TRUE;
                if ((isTrue != 0) == jumpIfTrue) {
                    bb->instr[i + 1].opcode = op::JUMP;
                    bb->nofallthrough = true;
                } else {
                    bb->instr[i + 1].opcode = op::NOP;
                }
                break;
            }
            case op::JUMP_IF_FALSE_OR_POP:
            case op::JUMP_IF_TRUE_OR_POP: {
                const int isTrue = objectIsTrue(a.consts[oparg].get());
                if (isTrue < 0) return false;
                const bool jumpIfTrue = nextop == op::JUMP_IF_TRUE_OR_POP;
                if ((isTrue != 0) == jumpIfTrue) {
                    bb->instr[i + 1].opcode = op::JUMP;
                    bb->nofallthrough = true;
                } else {
                    inst->opcode = op::NOP;
                    bb->instr[i + 1].opcode = op::NOP;
                }
                break;
            }
            case op::IS_OP: {
                const int jumpOp = i + 2 < bb->iused() ? bb->instr[i + 2].opcode : 0;
                if (a.consts[oparg].get() == interp.none &&
                    (jumpOp == op::POP_JUMP_IF_FALSE || jumpOp == op::POP_JUMP_IF_TRUE)) {
                    const int nextarg = bb->instr[i + 1].oparg;
                    inst->opcode = op::NOP;
                    bb->instr[i + 1].opcode = op::NOP;
                    bb->instr[i + 2].opcode = (nextarg ^ (jumpOp == op::POP_JUMP_IF_FALSE)) ? op::POP_JUMP_IF_NOT_NONE
                                                                                           : op::POP_JUMP_IF_NONE;
                }
                break;
            }
            default: break;
            }
            break;
        }
        case op::BUILD_TUPLE:
            if (nextop == op::UNPACK_SEQUENCE && oparg == bb->instr[i + 1].oparg) {
                if (oparg == 1) {
                    inst->opcode = op::NOP;
                    bb->instr[i + 1].opcode = op::NOP;
                    continue;
                }
                if (oparg == 2 || oparg == 3) {
                    inst->opcode = op::NOP;
                    bb->instr[i + 1].opcode = op::SWAP;
                    continue;
                }
            }
            if (i >= oparg) {
                if (!foldTupleOnConstants(a, bb, i - oparg, oparg)) return false;
            }
            break;
        case op::JUMP_IF_FALSE_OR_POP:
            switch (target->opcode) {
            case op::POP_JUMP_IF_FALSE: i -= jumpThread(*inst, *target, op::POP_JUMP_IF_FALSE); break;
            case op::JUMP:
            case op::JUMP_IF_FALSE_OR_POP: i -= jumpThread(*inst, *target, op::JUMP_IF_FALSE_OR_POP); break;
            case op::JUMP_IF_TRUE_OR_POP:
            case op::POP_JUMP_IF_TRUE:
                if (inst->lineno == target->lineno) {
                    inst->opcode = op::POP_JUMP_IF_FALSE;
                    inst->target = inst->target->next;
                    --i;
                }
                break;
            default: break;
            }
            break;
        case op::JUMP_IF_TRUE_OR_POP:
            switch (target->opcode) {
            case op::POP_JUMP_IF_TRUE: i -= jumpThread(*inst, *target, op::POP_JUMP_IF_TRUE); break;
            case op::JUMP:
            case op::JUMP_IF_TRUE_OR_POP: i -= jumpThread(*inst, *target, op::JUMP_IF_TRUE_OR_POP); break;
            case op::JUMP_IF_FALSE_OR_POP:
            case op::POP_JUMP_IF_FALSE:
                if (inst->lineno == target->lineno) {
                    inst->opcode = op::POP_JUMP_IF_TRUE;
                    inst->target = inst->target->next;
                    --i;
                }
                break;
            default: break;
            }
            break;
        case op::POP_JUMP_IF_NOT_NONE:
        case op::POP_JUMP_IF_NONE:
            if (target->opcode == op::JUMP) i -= jumpThread(*inst, *target, inst->opcode);
            break;
        case op::POP_JUMP_IF_FALSE:
            if (target->opcode == op::JUMP) i -= jumpThread(*inst, *target, op::POP_JUMP_IF_FALSE);
            break;
        case op::POP_JUMP_IF_TRUE:
            if (target->opcode == op::JUMP) i -= jumpThread(*inst, *target, op::POP_JUMP_IF_TRUE);
            break;
        case op::JUMP:
            if (target->opcode == op::JUMP) i -= jumpThread(*inst, *target, op::JUMP);
            break;
        case op::SWAP:
            if (oparg == 1) {
                inst->opcode = op::NOP;
                break;
            }
            swaptimize(bb, i);
            applyStaticSwaps(bb, i);
            break;
        case op::PUSH_NULL:
            if (nextop == op::LOAD_GLOBAL && (bb->instr[i + 1].opcode & 1) == 0) {
                inst->opcode = op::NOP;
                inst->oparg = 0;
                bb->instr[i + 1].oparg |= 1;
            }
            break;
        default: break;
        }
    }
    return true;
}

void markReachable(BasicBlock* entry) {
    std::vector<BasicBlock*> stack;
    entry->predecessors = 1;
    stack.push_back(entry);
    while (!stack.empty()) {
        BasicBlock* b = stack.back();
        stack.pop_back();
        if (b->next && !b->nofallthrough) {
            if (b->next->predecessors == 0) stack.push_back(b->next);
            b->next->predecessors++;
        }
        for (const Instr& instr : b->instr) {
            if (isJump(instr) || isBlockPush(instr)) {
                BasicBlock* target = instr.target;
                if (target->predecessors == 0) stack.push_back(target);
                target->predecessors++;
            }
        }
    }
}

void eliminateEmptyBasicBlocks(BasicBlock* entry) {
    for (BasicBlock* b = entry; b; b = b->next) {
        BasicBlock* next = b->next;
        if (next) {
            while (next->iused() == 0 && next->next) next = next->next;
            b->next = next;
        }
    }
    for (BasicBlock* b = entry; b; b = b->next) {
        if (b->iused() == 0) continue;
        Instr& last = b->instr.back();
        if (isJump(last)) {
            BasicBlock* target = last.target;
            while (target->iused() == 0) target = target->next;
            last.target = target;
        }
    }
}

bool optimizeCfg(Assembler& a) {
    for (BasicBlock* b = a.entry; b; b = b->next) {
        if (!optimizeBasicBlock(a, b)) return false;
        cleanBasicBlock(b);
    }
    forEachListed(a.u, [](BasicBlock* b) { extendBlock(b); });
    markReachable(a.entry);
    for (BasicBlock* b = a.entry; b; b = b->next) {
        if (b->predecessors == 0) {
            b->instr.clear();
            b->nofallthrough = false;
        }
    }
    eliminateEmptyBasicBlocks(a.entry);
    for (BasicBlock* b = a.entry; b; b = b->next) cleanBasicBlock(b);
    bool maybeEmptyBlocks = false;
    for (BasicBlock* b = a.entry; b; b = b->next) {
        if (b->iused() > 0) {
            Instr& last = b->instr.back();
            if ((last.opcode == op::JUMP || last.opcode == op::JUMP_NO_INTERRUPT) && last.target == b->next) {
                b->nofallthrough = false;
                last.opcode = op::NOP;
                maybeEmptyBlocks = true;
            }
        }
    }
    if (maybeEmptyBlocks) eliminateEmptyBasicBlocks(a.entry);
    return true;
}

bool isExitWithoutLineno(const BasicBlock* b) {
    if (!b->exit) return false;
    for (const Instr& i : b->instr)
        if (i.lineno >= 0) return false;
    return true;
}

void duplicateExitsWithoutLineno(Compiler& c, Unit& u) {
    const std::size_t n = u.blocks.size();
    for (std::size_t k = n; k-- > 0;) {
        BasicBlock* b = u.blocks[k].get();
        if (b->iused() > 0 && isJump(b->instr.back())) {
            BasicBlock* target = b->instr.back().target;
            if (isExitWithoutLineno(target) && target->predecessors > 1) {
                BasicBlock* newTarget = c.copyBlock(target);
                copyLoc(b->instr.back(), newTarget->instr[0]);
                b->instr.back().target = newTarget;
                target->predecessors--;
                newTarget->predecessors = 1;
                newTarget->next = target->next;
                target->next = newTarget;
            }
        }
    }
    forEachListed(u, [](BasicBlock* b) {
        while (b->next && b->next->iused() == 0) b->next = b->next->next;
    });
    forEachListed(u, [](BasicBlock* b) {
        if (!b->nofallthrough && b->next && b->iused() > 0 && isExitWithoutLineno(b->next))
            copyLoc(b->instr.back(), b->next->instr[0]);
    });
}

void trimUnusedConsts(Assembler& a) {
    int maxConstIndex = 0;
    for (BasicBlock* b = a.entry; b; b = b->next)
        for (const Instr& i : b->instr)
            if ((i.opcode == op::LOAD_CONST || i.opcode == op::KW_NAMES) && i.oparg > maxConstIndex) maxConstIndex = i.oparg;
    if (maxConstIndex + 1 < static_cast<int>(a.consts.size())) a.consts.resize(maxConstIndex + 1);
}

void propagateLineNumbers(BasicBlock* entry) {
    for (BasicBlock* b = entry; b; b = b->next) {
        if (b->iused() == 0) continue;
        Instr prev;
        prev.lineno = prev.colOffset = prev.endLineno = prev.endColOffset = -1;
        for (Instr& in : b->instr) {
            if (in.lineno < 0)
                copyLoc(prev, in);
            else
                copyLoc(in, prev);
        }
        if (!b->nofallthrough && b->next->predecessors == 1) {
            if (b->next->instr[0].lineno < 0) copyLoc(prev, b->next->instr[0]);
        }
        if (isJump(b->instr.back())) {
            BasicBlock* target = b->instr.back().target;
            if (target->predecessors == 1 && target->instr[0].lineno < 0) copyLoc(prev, target->instr[0]);
        }
    }
}

void guaranteeLinenoForExits(BasicBlock* entry, int firstlineno) {
    int lineno = firstlineno;
    for (BasicBlock* b = entry; b; b = b->next) {
        if (b->iused() == 0) continue;
        const Instr& last = b->instr.back();
        if (last.lineno < 0) {
            if (last.opcode == op::RETURN_VALUE)
                for (Instr& in : b->instr) in.lineno = lineno;
        } else {
            lineno = last.lineno;
        }
    }
}

// ---------------------------------------------------------------- stack depth

int stackdepth(Unit& u) {
    forEachListed(u, [](BasicBlock* b) { b->startdepth = INT_MIN; });
    BasicBlock* entry = entryOf(u);
    std::vector<BasicBlock*> stack;
    auto push = [&](BasicBlock* b, int depth) {
        if (b->startdepth < depth && b->startdepth < 100) {
            b->startdepth = depth;
            stack.push_back(b);
        }
    };
    int maxdepth = 0;
    push(entry, (u.ste->generator || u.ste->coroutine) ? 1 : 0);
    while (!stack.empty()) {
        BasicBlock* b = stack.back();
        stack.pop_back();
        int depth = b->startdepth;
        BasicBlock* next = b->next;
        for (const Instr& instr : b->instr) {
            int effect = stackEffect(instr.opcode, instr.oparg, 0);
            int newDepth = depth + effect;
            maxdepth = std::max(maxdepth, newDepth);
            if (isJump(instr) || isBlockPush(instr)) {
                effect = stackEffect(instr.opcode, instr.oparg, 1);
                const int targetDepth = depth + effect;
                maxdepth = std::max(maxdepth, targetDepth);
                push(instr.target, targetDepth);
            }
            depth = newDepth;
            if (instr.opcode == op::JUMP_NO_INTERRUPT || instr.opcode == op::JUMP || instr.opcode == op::RETURN_VALUE ||
                instr.opcode == op::RAISE_VARARGS || instr.opcode == op::RERAISE) {
                next = nullptr;
                break;
            }
        }
        if (next) push(next, depth);
    }
    return maxdepth;
}

// ---------------------------------------------------------------- exception labels

void labelExceptionTargets(BasicBlock* entry) {
    for (BasicBlock* b = entry; b; b = b->next) b->visited = false;
    std::vector<BasicBlock*> todo;
    entry->visited = true;
    entry->exceptStack = std::make_unique<ExceptStack>();
    todo.push_back(entry);
    while (!todo.empty()) {
        BasicBlock* b = todo.back();
        todo.pop_back();
        std::unique_ptr<ExceptStack> stack = std::move(b->exceptStack);
        BasicBlock* handler = stack->handlers.back();
        for (Instr& instr : b->instr) {
            if (isBlockPush(instr)) {
                if (!instr.target->visited) {
                    instr.target->exceptStack = std::make_unique<ExceptStack>(*stack);
                    instr.target->visited = true;
                    todo.push_back(instr.target);
                }
                if (instr.opcode == op::SETUP_WITH || instr.opcode == op::SETUP_CLEANUP) instr.target->preserveLasti = true;
                stack->handlers.push_back(instr.target);
                handler = instr.target;
            } else if (instr.opcode == op::POP_BLOCK) {
                stack->handlers.pop_back();
                handler = stack->handlers.back();
            } else if (isJump(instr)) {
                instr.except = handler;
                if (!instr.target->visited) {
                    if (!b->nofallthrough)
                        instr.target->exceptStack = std::make_unique<ExceptStack>(*stack);
                    else
                        instr.target->exceptStack = std::move(stack);
                    instr.target->visited = true;
                    todo.push_back(instr.target);
                }
            } else {
                instr.except = handler;
            }
        }
        if (!b->nofallthrough && !b->next->visited) {
            b->next->exceptStack = std::move(stack);
            b->next->visited = true;
            todo.push_back(b->next);
        }
    }
}

// ---------------------------------------------------------------- emission

void normalizeJumps(BasicBlock* entry) {
    for (BasicBlock* b = entry; b; b = b->next) b->visited = false;
    for (BasicBlock* b = entry; b; b = b->next) {
        b->visited = true;
        if (b->iused() == 0) continue;
        Instr& last = b->instr.back();
        if (!isJump(last)) continue;
        const bool forward = !last.target->visited;
        switch (last.opcode) {
        case op::JUMP: last.opcode = forward ? op::JUMP_FORWARD : op::JUMP_BACKWARD; break;
        case op::JUMP_NO_INTERRUPT: last.opcode = forward ? op::JUMP_FORWARD : op::JUMP_BACKWARD_NO_INTERRUPT; break;
        case op::POP_JUMP_IF_NOT_NONE:
            last.opcode = forward ? op::POP_JUMP_FORWARD_IF_NOT_NONE : op::POP_JUMP_BACKWARD_IF_NOT_NONE;
            break;
        case op::POP_JUMP_IF_NONE: last.opcode = forward ? op::POP_JUMP_FORWARD_IF_NONE : op::POP_JUMP_BACKWARD_IF_NONE; break;
        case op::POP_JUMP_IF_FALSE:
            last.opcode = forward ? op::POP_JUMP_FORWARD_IF_FALSE : op::POP_JUMP_BACKWARD_IF_FALSE;
            break;
        case op::POP_JUMP_IF_TRUE: last.opcode = forward ? op::POP_JUMP_FORWARD_IF_TRUE : op::POP_JUMP_BACKWARD_IF_TRUE; break;
        default: break;
        }
    }
}

void assembleJumpOffsets(Unit& u, BasicBlock* entry) {
    bool recompile;
    do {
        int totsize = 0;
        for (BasicBlock* b = entry; b; b = b->next) {
            b->offset = totsize;
            for (const Instr& i : b->instr) totsize += instrSize(i);
        }
        recompile = false;
        forEachListed(u, [&](BasicBlock* b) {
            int bsize = b->offset;
            for (Instr& instr : b->instr) {
                const int isize = instrSize(instr);
                bsize += isize;
                if (isJump(instr)) {
                    instr.oparg = instr.target->offset;
                    if (isRelativeJump(instr)) {
                        if (instr.oparg < bsize)
                            instr.oparg = bsize - instr.oparg;
                        else
                            instr.oparg -= bsize;
                    }
                    if (instrSize(instr) != isize) recompile = true;
                }
            }
        });
    } while (recompile);
}

void writeInstr(std::vector<CodeUnit>& code, const Instr& i) {
    const int oparg = opHasArg(i.opcode) ? i.oparg : 0;
    const int size = instrSize(i) - opcodeCaches(i.opcode);
    if (size >= 4) code.push_back(makeUnit(op::EXTENDED_ARG, (oparg >> 24) & 0xFF));
    if (size >= 3) code.push_back(makeUnit(op::EXTENDED_ARG, (oparg >> 16) & 0xFF));
    if (size >= 2) code.push_back(makeUnit(op::EXTENDED_ARG, (oparg >> 8) & 0xFF));
    code.push_back(makeUnit(i.opcode, oparg & 0xFF));
    for (int k = 0; k < opcodeCaches(i.opcode); ++k) code.push_back(makeUnit(op::CACHE, 0));
}

void writeVarint(std::string& out, unsigned val) {
    while (val >= 64) {
        out.push_back(static_cast<char>(64 | (val & 63)));
        val >>= 6;
    }
    out.push_back(static_cast<char>(val));
}

void writeSignedVarint(std::string& out, int val) {
    const unsigned uval = val < 0 ? ((0u - static_cast<unsigned>(val)) << 1) | 1 : static_cast<unsigned>(val) << 1;
    writeVarint(out, uval);
}

void writeFirstByte(std::string& out, int code, int length) {
    out.push_back(static_cast<char>(0x80 | (code << 3) | (length - 1)));
}

void writeLocationEntry(Assembler& a, const Instr& i, int isize) {
    std::string& out = a.linetable;
    if (i.lineno < 0) {
        writeFirstByte(out, 15, isize);
        return;
    }
    const int lineDelta = i.lineno - a.lineno;
    const int column = i.colOffset;
    const int endColumn = i.endColOffset;
    if (column < 0 || endColumn < 0) {
        if (i.endLineno == i.lineno || i.endLineno == -1) {
            writeFirstByte(out, 13, isize);
            writeSignedVarint(out, lineDelta);
            a.lineno = i.lineno;
            return;
        }
    } else if (i.endLineno == i.lineno) {
        if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
            writeFirstByte(out, column >> 3, isize);
            out.push_back(static_cast<char>(((column & 7) << 4) | (endColumn - column)));
            return;
        }
        if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
            writeFirstByte(out, 10 + lineDelta, isize);
            out.push_back(static_cast<char>(column));
            out.push_back(static_cast<char>(endColumn));
            a.lineno = i.lineno;
            return;
        }
    }
    writeFirstByte(out, 14, isize);
    writeSignedVarint(out, i.lineno - a.lineno);
    writeVarint(out, static_cast<unsigned>(i.endLineno - i.lineno));
    writeVarint(out, static_cast<unsigned>(i.colOffset + 1));
    writeVarint(out, static_cast<unsigned>(i.endColOffset + 1));
    a.lineno = i.lineno;
}

void emitLocation(Assembler& a, const Instr& i) {
    int isize = instrSize(i);
    while (isize > 8) {
        writeLocationEntry(a, i, 8);
        isize -= 8;
    }
    writeLocationEntry(a, i, isize);
}

void emitExceptItem(std::string& out, int value, int msb) {
    if (value >= 1 << 24) {
        out.push_back(static_cast<char>((value >> 24) | 64 | msb));
        msb = 0;
    }
    if (value >= 1 << 18) {
        out.push_back(static_cast<char>(((value >> 18) & 0x3f) | 64 | msb));
        msb = 0;
    }
    if (value >= 1 << 12) {
        out.push_back(static_cast<char>(((value >> 12) & 0x3f) | 64 | msb));
        msb = 0;
    }
    if (value >= 1 << 6) {
        out.push_back(static_cast<char>(((value >> 6) & 0x3f) | 64 | msb));
        msb = 0;
    }
    out.push_back(static_cast<char>((value & 0x3f) | msb));
}

void emitExceptEntry(Assembler& a, int start, int end, BasicBlock* handler) {
    int depth = handler->startdepth - 1;
    if (handler->preserveLasti) depth -= 1;
    const int depthLasti = (depth << 1) | (handler->preserveLasti ? 1 : 0);
    emitExceptItem(a.exceptTable, start, 1 << 7);
    emitExceptItem(a.exceptTable, end - start, 0);
    emitExceptItem(a.exceptTable, handler->offset, 0);
    emitExceptItem(a.exceptTable, depthLasti, 0);
}

void assembleExceptionTable(Assembler& a) {
    BasicBlock* handler = nullptr;
    int start = -1;
    int ioffset = 0;
    for (BasicBlock* b = a.entry; b; b = b->next) {
        ioffset = b->offset;
        for (const Instr& instr : b->instr) {
            if (instr.except != handler) {
                if (handler) emitExceptEntry(a, start, ioffset, handler);
                start = ioffset;
                handler = instr.except;
            }
            ioffset += instrSize(instr);
        }
    }
    if (handler) emitExceptEntry(a, start, ioffset, handler);
}

} // namespace

// ---------------------------------------------------------------- makecode and assemble

Ref Compiler::assemble(bool addNone) {
    Unit& u = *m_u;
    if (!u.curblock->returns) {
        unsetLoc();
        if (addNone && !addopLoadConst(m_interp.none)) return Ref();
        if (!addop(op::RETURN_VALUE)) return Ref();
    }
    forEachListed(u, [](BasicBlock* b) { normalizeBasicBlock(b); });
    forEachListed(u, [](BasicBlock* b) { extendBlock(b); });
    BasicBlock* entry = entryOf(u);
    const int nlocals = u.varnames.size();
    const int ncellvars = u.cellvars.size();
    const int nfreevars = u.freevars.size();
    int nlocalsplus = nlocals + ncellvars + nfreevars;
    std::vector<int> cellfixed = buildCellFixedOffsets(u);
    if (!u.firstlineno) {
        if (!entry->instr.empty() && entry->instr[0].lineno)
            u.firstlineno = entry->instr[0].lineno;
        else
            u.firstlineno = 1;
    }
    insertPrefixInstructions(u, entry, cellfixed, nfreevars);
    Assembler a{*this, u, entry, u.consts, {}, {}, {}, u.firstlineno};
    const int numdropped = fixCellOffsets(u, entry, cellfixed);
    nlocalsplus -= numdropped;
    if (!optimizeCfg(a)) return Ref();
    duplicateExitsWithoutLineno(*this, u);
    trimUnusedConsts(a);
    propagateLineNumbers(entry);
    guaranteeLinenoForExits(entry, u.firstlineno);
    const int maxdepth = stackdepth(u);
    labelExceptionTargets(entry);
    for (BasicBlock* b = entry; b; b = b->next)
        for (Instr& in : b->instr)
            if (isBlockPush(in) || in.opcode == op::POP_BLOCK) in.opcode = op::NOP;
    for (BasicBlock* b = entry; b; b = b->next) cleanBasicBlock(b);
    normalizeJumps(entry);
    assembleJumpOffsets(u, entry);
    for (BasicBlock* b = entry; b; b = b->next)
        for (const Instr& in : b->instr) writeInstr(a.code, in);
    a.lineno = u.firstlineno;
    for (BasicBlock* b = entry; b; b = b->next)
        for (const Instr& in : b->instr) emitLocation(a, in);
    assembleExceptionTable(a);

    // makecode
    CodeConstructor con;
    Ref exceptTable = newBytes(m_interp, a.exceptTable);
    if (!exceptTable) return Ref();
    mergeConstOne(exceptTable);
    Ref linetable = newBytes(m_interp, a.linetable);
    if (!linetable) return Ref();
    mergeConstOne(linetable);
    std::vector<Ref> nameRefs;
    std::vector<Object*> nameRaw(u.names.size());
    for (const auto& [name, index] : u.names.items()) {
        nameRefs.push_back(identifierStr(name));
        if (!nameRefs.back()) return Ref();
        nameRaw[index] = nameRefs.back().get();
    }
    bool fresh = false;
    Ref names = mergedTuple(nameRaw, fresh);
    if (!names) return Ref();
    if (fresh) con.freshTuples |= CodeObject::kFreshNames;
    // compute_code_flags: the future features (PyCF_MASK) go to every code object of the module.
    const int flags = computeCodeFlags(u) | (m_future.annotations ? kCoFutureAnnotations : 0);
    std::vector<Object*> constRaw;
    for (const Ref& r : u.consts) constRaw.push_back(r.get());
    Ref consts = mergedTuple(constRaw, fresh);
    if (!consts) return Ref();
    if (fresh) con.freshTuples |= CodeObject::kFreshConsts;
    // compute_localsplus_info
    std::vector<Ref> localNames(nlocalsplus);
    std::string kinds(static_cast<std::size_t>(nlocalsplus), '\0');
    for (const auto& [name, offset] : u.varnames.items()) {
        std::uint8_t kind = fastkind::kLocal;
        if (u.cellvars.find(name) >= 0) kind |= fastkind::kCell;
        localNames[offset] = identifierStr(name);
        kinds[offset] = static_cast<char>(kind);
    }
    int dropped = 0;
    for (const auto& [name, index] : u.cellvars.items()) {
        if (u.varnames.find(name) >= 0) {
            dropped++;
            continue;
        }
        const int offset = index + nlocals - dropped;
        localNames[offset] = identifierStr(name);
        kinds[offset] = static_cast<char>(fastkind::kCell);
    }
    for (const auto& [name, index] : u.freevars.items()) {
        const int offset = index + nlocals - dropped;
        localNames[offset] = identifierStr(name);
        kinds[offset] = static_cast<char>(fastkind::kFree);
    }
    std::vector<Object*> localRaw;
    for (const Ref& r : localNames) {
        if (!r) return Ref();
        localRaw.push_back(r.get());
    }
    Ref localsplusnames = mergedTuple(localRaw, fresh);
    if (!localsplusnames) return Ref();
    if (fresh) con.freshTuples |= CodeObject::kFreshLocalsPlusNames;
    // PyBytes_FromStringAndSize(NULL, nlocalsplus): a new object even for one local (no singleton).
    Ref localspluskinds = newBytesUninit(m_interp, static_cast<std::int64_t>(kinds.size()));
    if (!localspluskinds) return Ref();
    if (!kinds.empty()) std::memcpy(bytesMutableData(localspluskinds.get()), kinds.data(), kinds.size());

    con.filename = m_filename;
    con.name = u.nameObj;
    con.qualname = u.qualnameObj ? u.qualnameObj : u.nameObj;
    con.flags = flags;
    con.code = std::move(a.code);
    con.firstlineno = u.firstlineno;
    con.linetable = linetable;
    con.consts = consts;
    con.names = names;
    con.localsplusnames = localsplusnames;
    con.localspluskinds = localspluskinds;
    con.argcount = u.posonlyargcount + u.argcount;
    con.posonlyargcount = u.posonlyargcount;
    con.kwonlyargcount = u.kwonlyargcount;
    con.stacksize = maxdepth;
    con.exceptiontable = exceptTable;
    for (const auto& d : u.ste->directives)
        con.directives.push_back({d.name, d.lineno, d.col, d.endLineno, d.endCol, d.childrenBefore});
    con.symbols.beforeChild = u.ste->symbolsBeforeChild;
    con.symbols.atAnalysis = u.ste->symbolsAtAnalysis;
    con.symbols.total = static_cast<int>(u.ste->symbols.items().size());
    con.constAdds = u.constAdds;
    return newCode(m_interp, con);
}

} // namespace hs::frontend::detail
