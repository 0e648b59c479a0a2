// The disassembler: Lib/dis.py 3.11's _disassemble_bytes / Instruction._disassemble formatting,
// findlinestarts, findlabels and the exception-table listing.
#include "vm/disassembler.h"

#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/interpreter.h"
#include "vm/opcodes.h"

#include <map>
#include <set>

namespace hs {

namespace {

struct RawInstr {
    int offset;
    int op;      // deoptimized opcode
    int arg;     // -1 when the opcode takes none
};

std::vector<RawInstr> unpackOpargs(const CodeObject& co) {
    std::vector<RawInstr> out;
    int extendedArg = 0;
    int caches = 0;
    for (std::size_t i = 0; i < co.code.size(); ++i) {
        if (caches) {
            caches--;
            continue;
        }
        const int op = opcodeDeopt(unitOpcode(co.code[i]));
        caches = opcodeCaches(op);
        int arg = -1;
        if (op >= op::kHaveArgument) {
            arg = unitOparg(co.code[i]) | extendedArg;
            extendedArg = op == op::EXTENDED_ARG ? (arg << 8) : 0;
        } else {
            extendedArg = 0;
        }
        out.push_back({static_cast<int>(i * 2), op, arg});
    }
    return out;
}

// repr() of a constant. None, Ellipsis and containers holding them are formatted here (their types
// may lack a repr slot); everything else goes through the type's repr.
std::string reprOf(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (o == interp.none) return "None";
    if (o == interp.ellipsis) return "Ellipsis";
    if (isCode(o)) return codeReprText(o);
    if (isExactTuple(o)) {
        std::string s = "(";
        for (std::int64_t i = 0; i < tupleSize(o); ++i) {
            if (i) s += ", ";
            s += reprOf(tupleItem(o, i));
        }
        if (tupleSize(o) == 1) s += ",";
        return s + ")";
    }
    if (isFrozenSetExact(o)) {
        if (setSize(o) == 0) return "frozenset()";
        std::string s = "frozenset({";
        std::int64_t pos = 0;
        Object* item = nullptr;
        bool first = true;
        while (setNext(o, pos, &item)) {
            if (!first) s += ", ";
            first = false;
            s += reprOf(item);
        }
        return s + "})";
    }
    Ref r = objectRepr(o);
    if (!r) {
        o->type->interp->takeError();
        return "<repr failed>";
    }
    return strToUtf8(r.get());
}

std::string rjust(const std::string& s, std::size_t w) { return s.size() >= w ? s : std::string(w - s.size(), ' ') + s; }
std::string ljust(const std::string& s, std::size_t w) { return s.size() >= w ? s : s + std::string(w - s.size(), ' '); }

// dis.findlinestarts: byte offset -> line, where each new line starts.
std::map<int, int> findLineStarts(const CodeObject& co) {
    std::map<int, int> linestarts;
    int lastline = -2;
    for (const LineRange& r : co.lineRanges()) {
        if (r.line >= 0 && r.line != lastline) {
            lastline = r.line;
            linestarts[r.start] = r.line;
        }
    }
    return linestarts;
}

void disassembleOne(const CodeObject& co, const DisOptions& opt, std::string& out) {
    const std::map<int, int> linestarts = findLineStarts(co);
    const std::vector<ExceptionHandler> entries = co.exceptionEntries();
    const std::vector<RawInstr> instrs = unpackOpargs(co);
    std::set<int> labels;
    for (const RawInstr& ri : instrs) {
        if (ri.arg < 0 || !opIsJump(ri.op)) continue;
        const int arg = opIsBackwardJump(ri.op) ? -ri.arg : ri.arg;
        labels.insert(ri.offset + 2 + arg * 2);
    }
    for (const ExceptionHandler& e : entries)
        if (e.end > e.start) labels.insert(e.target * 2);

    int linenoWidth = 0;
    if (!linestarts.empty()) {
        int maxlineno = 0;
        for (const auto& [off, line] : linestarts) maxlineno = std::max(maxlineno, line);
        linenoWidth = maxlineno >= 1000 ? static_cast<int>(std::to_string(maxlineno).size()) : 3;
    }
    const int maxoffset = static_cast<int>(co.code.size()) * 2 - 2;
    const int offsetWidth = maxoffset >= 10000 ? static_cast<int>(std::to_string(maxoffset).size()) : 4;

    for (const RawInstr& ri : instrs) {
        auto ls = linestarts.find(ri.offset);
        const bool startsLine = ls != linestarts.end();
        if (linenoWidth && startsLine && ri.offset > 0) out += '\n';
        std::string line;
        if (linenoWidth) {
            line += startsLine ? rjust(std::to_string(ls->second), linenoWidth) : std::string(linenoWidth, ' ');
            line += ' ';
        }
        line += ri.offset == opt.lasti ? "-->" : "   ";
        line += ' ';
        line += labels.count(ri.offset) ? ">>" : "  ";
        line += ' ';
        line += rjust(std::to_string(ri.offset), offsetWidth);
        line += ' ';
        line += ljust(opcodeName(ri.op), 20);
        if (ri.arg >= 0) {
            line += ' ';
            line += rjust(std::to_string(ri.arg), 5);
            std::string argrepr;
            const int op = ri.op;
            const int arg = ri.arg;
            if (opHasConst(op)) {
                if (op == op::LOAD_CONST && arg < tupleSize(co.consts)) argrepr = reprOf(tupleItem(co.consts, arg));
            } else if (opHasName(op)) {
                if (op == op::LOAD_GLOBAL) {
                    argrepr = strToUtf8(tupleItem(co.names, arg / 2));
                    if (arg & 1) argrepr = "NULL + " + argrepr;
                } else {
                    argrepr = strToUtf8(tupleItem(co.names, arg));
                }
            } else if (opIsJump(op)) {
                const int signedArg = opIsBackwardJump(op) ? -arg : arg;
                argrepr = "to " + std::to_string(ri.offset + 2 + signedArg * 2);
            } else if (opHasLocal(op) || opHasFree(op)) {
                argrepr = strToUtf8(co.localName(arg));
            } else if (opHasCompare(op)) {
                argrepr = compareOpSymbol(arg);
            } else if (op == op::FORMAT_VALUE) {
                static const char* const kConv[] = {"", "str", "repr", "ascii"};
                argrepr = kConv[arg & 3];
                if (arg & 4) {
                    if (!argrepr.empty()) argrepr += ", ";
                    argrepr += "with format";
                }
            } else if (op == op::MAKE_FUNCTION) {
                static const char* const kFlags[] = {"defaults", "kwdefaults", "annotations", "closure"};
                for (int i = 0; i < 4; ++i) {
                    if (!(arg & (1 << i))) continue;
                    if (!argrepr.empty()) argrepr += ", ";
                    argrepr += kFlags[i];
                }
            } else if (op == op::BINARY_OP) {
                argrepr = binaryOpSymbol(arg);
            }
            if (!argrepr.empty()) line += " (" + argrepr + ")";
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line;
        out += '\n';
        if (opt.showCaches) {
            for (int k = 1; k <= opcodeCaches(ri.op); ++k) {
                std::string c;
                if (linenoWidth) c += std::string(linenoWidth, ' ') + ' ';
                c += "    ";
                c += "   ";
                c += rjust(std::to_string(ri.offset + 2 * k), offsetWidth) + ' ';
                c += ljust("CACHE", 20) + ' ' + rjust("0", 5);
                out += c + '\n';
            }
        }
    }
    if (!entries.empty()) {
        out += "ExceptionTable:\n";
        for (const ExceptionHandler& e : entries) {
            out += "  " + std::to_string(e.start * 2) + " to " + std::to_string(e.end * 2 - 2) + " -> " +
                   std::to_string(e.target * 2) + " [" + std::to_string(e.depth) + "]" + (e.pushLasti ? " lasti" : "") +
                   "\n";
        }
    }
}

void disassembleRecursive(const CodeObject& co, const DisOptions& opt, std::string& out) {
    disassembleOne(co, opt, out);
    if (!opt.recursive) return;
    for (std::int64_t i = 0; i < tupleSize(co.consts); ++i) {
        Object* x = tupleItem(co.consts, i);
        if (!isCode(x)) continue;
        out += "\nDisassembly of " + codeReprText(x) + ":\n";
        DisOptions inner = opt;
        inner.lasti = -1;
        disassembleRecursive(*asCode(x), inner, out);
    }
}

} // namespace

std::string constantRepr(Object* constant) { return reprOf(constant); }

std::vector<DisInstruction> disInstructions(const CodeObject& co, bool showCaches, bool exceptionTargets) {
    const std::map<int, int> linestarts = findLineStarts(co);
    const std::vector<RawInstr> instrs = unpackOpargs(co);
    std::set<int> labels;
    for (const RawInstr& ri : instrs) {
        if (ri.arg < 0 || !opIsJump(ri.op)) continue;
        labels.insert(ri.offset + 2 + (opIsBackwardJump(ri.op) ? -ri.arg : ri.arg) * 2);
    }
    if (exceptionTargets)
        for (const ExceptionHandler& e : co.exceptionEntries())
            if (e.end > e.start) labels.insert(e.target * 2);
    const std::vector<SourcePosition> positions = co.positions();
    auto positionAt = [&](int offset) {
        const auto unit = static_cast<std::size_t>(offset / 2);
        return unit < positions.size() ? positions[unit] : SourcePosition{};
    };
    std::vector<DisInstruction> out;
    for (const RawInstr& ri : instrs) {
        DisInstruction d;
        d.offset = ri.offset;
        d.op = ri.op;
        d.arg = ri.arg;
        auto ls = linestarts.find(ri.offset);
        d.startsLine = ls != linestarts.end() ? ls->second : -1;
        d.isJumpTarget = labels.count(ri.offset) != 0;
        d.position = positionAt(ri.offset);
        out.push_back(d);
        if (!showCaches) continue;
        for (int k = 1; k <= opcodeCaches(ri.op); ++k) {
            DisInstruction c;
            c.offset = ri.offset + 2 * k;
            c.op = op::CACHE;
            c.arg = 0;
            c.position = positionAt(c.offset);
            out.push_back(c);
        }
    }
    return out;
}

std::string disassemble(const CodeObject& co, const DisOptions& options) {
    std::string out;
    disassembleRecursive(co, options, out);
    return out;
}

} // namespace hs
