// The bytecode verifier (vm/code_verify.h): decoding, the static checks of each instruction, and
// the flow pass over stack depths and slot kinds.
//
// Sections: decoding · tables · flow pass · entry point
#include "vm/code_verify.h"

#include "objects/bytes_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "vm/code_object.h"
#include "vm/opcodes.h"

#include <deque>
#include <optional>
#include <vector>

namespace hs {

namespace {

// ---------------------------------------------------------------- decoding

// An instruction as the eval loop runs it from `start`: its EXTENDED_ARG prefixes folded into the
// oparg; `at` the unit of the opcode itself, `next` the unit after its inline caches.
struct Instr {
    int start = 0, at = 0, next = 0;
    int op = 0;
    std::uint32_t oparg = 0;
};

std::string opLabel(const Instr& in) {
    return std::string(opcodeName(in.op)) + " at offset " + std::to_string(2 * in.at);
}

// Kind of a stack slot, as far as the flow pass knows: a non-NULL object (Obj, or one of the
// containers the in-place build instructions need), NULL, or maybe NULL.
enum class Kind : std::uint8_t { Obj, Null, Maybe, List, Set, Dict, Tuple, Cell };
Kind join(Kind a, Kind b) {
    if (a == b) return a;
    if (a == Kind::Null || a == Kind::Maybe || b == Kind::Null || b == Kind::Maybe) return Kind::Maybe;
    return Kind::Obj;
}
bool isObject(Kind k) { return k != Kind::Null && k != Kind::Maybe; }

// A 3.11 exception-table varint (big-endian 6-bit groups, bit 6 = more), bounds-checked.
bool readExcVarint(const std::uint8_t*& p, const std::uint8_t* limit, int& out) {
    if (p >= limit) return false;
    std::uint8_t b = *p++;
    std::int64_t val = b & 63;
    while (b & 64) {
        if (p >= limit || val > (1 << 24)) return false;
        b = *p++;
        val = (val << 6) | (b & 63);
    }
    out = static_cast<int>(val);
    return true;
}

// A line-table varint (little-endian 6-bit groups), bounds-checked.
bool skipLineVarint(const std::uint8_t*& p, const std::uint8_t* limit) {
    for (int groups = 0; groups < 6; ++groups) {
        if (p >= limit) return false;
        if (!(*p++ & 64)) return true;
    }
    return false;
}

// co_linetable (Objects/locations.md) decodes to its end, each entry's varints and bytes present.
bool lineTableWellFormed(const CodeObject& co, std::string& why) {
    const std::string_view table = bytesView(co.linetable);
    const auto* p = reinterpret_cast<const std::uint8_t*>(table.data());
    const auto* limit = p + table.size();
    while (p < limit) {
        const std::uint8_t first = *p++;
        const int code = (first >> 3) & 15;
        bool ok = (first & 0x80) != 0;
        if (code == 14) ok = ok && skipLineVarint(p, limit) && skipLineVarint(p, limit) && skipLineVarint(p, limit) &&
                             skipLineVarint(p, limit);
        else if (code == 13) ok = ok && skipLineVarint(p, limit);
        else if (code >= 10 && code <= 12) ok = ok && (p += 2) <= limit;
        else if (code < 10) ok = ok && (p += 1) <= limit;
        if (!ok) {
            why = "co_linetable is malformed";
            return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------- the verifier

class Verifier {
public:
    Verifier(const CodeObject& co, std::string& why) : m_co(co), m_why(why), m_n(static_cast<int>(co.code.size())) {}

    bool run() {
        return decodeStarts() && lineTableWellFormed(m_co, m_why) && readHandlers() && checkPrefix() && flow();
    }

private:
    const CodeObject& m_co;
    std::string& m_why;
    const int m_n;
    std::vector<bool> m_isStart;
    std::vector<ExceptionHandler> m_handlers;
    std::vector<bool> m_cellMade;
    bool m_freeCopied = false;
    int m_prefixEnd = 0; // first unit after MAKE_CELL / COPY_FREE_VARS / RETURN_GENERATOR

    bool fail(std::string why) {
        m_why = std::move(why);
        return false;
    }

    bool decodeStarts() {
        m_isStart.assign(static_cast<std::size_t>(m_n) + 1, false);
        for (int i = 0; i < m_n;) {
            m_isStart[i] = true;
            const int op = unitOpcode(m_co.code[i]);
            i += 1 + opcodeCaches(op);
            if (i > m_n) return fail(std::string("the inline caches of ") + opcodeName(op) + " run past the end of co_code");
        }
        return true;
    }

    // The instruction run from `start` (a start), or false when its EXTENDED_ARGs end the code.
    bool decode(int start, Instr& in) {
        in.start = start;
        std::uint32_t ext = 0;
        int i = start;
        while (i < m_n && unitOpcode(m_co.code[i]) == op::EXTENDED_ARG) {
            if (i - start >= 3) return fail("more than three EXTENDED_ARG prefixes at offset " + std::to_string(2 * start));
            ext = (ext | unitOparg(m_co.code[i])) << 8;
            ++i;
        }
        if (i >= m_n) return fail("EXTENDED_ARG at the end of co_code");
        in.at = i;
        in.op = unitOpcode(m_co.code[i]);
        in.oparg = ext | static_cast<std::uint32_t>(unitOparg(m_co.code[i]));
        in.next = i + 1 + opcodeCaches(in.op);
        return true;
    }

    bool readHandlers() {
        const std::string_view table = bytesView(m_co.exceptiontable);
        const auto* p = reinterpret_cast<const std::uint8_t*>(table.data());
        const auto* limit = p + table.size();
        while (p < limit) {
            int start = 0, size = 0, target = 0, dl = 0;
            if (!readExcVarint(p, limit, start) || !readExcVarint(p, limit, size) || !readExcVarint(p, limit, target) ||
                !readExcVarint(p, limit, dl))
                return fail("co_exceptiontable is malformed");
            if (start + static_cast<std::int64_t>(size) > m_n || target >= m_n || !m_isStart[target])
                return fail("co_exceptiontable has an entry outside co_code or a target inside an instruction");
            m_handlers.push_back({start, start + size, target, dl >> 1, static_cast<bool>(dl & 1)});
        }
        return true;
    }

    // MAKE_CELL and COPY_FREE_VARS run once, first; a generator's code then starts with
    // RETURN_GENERATOR (3.11's insert_prefix_instructions and compiler_enter_scope).
    bool checkPrefix() {
        m_cellMade.assign(static_cast<std::size_t>(m_co.nlocalsplus), false);
        Instr in;
        int i = 0;
        while (i < m_n) {
            if (!decode(i, in)) return false;
            if (in.op == op::MAKE_CELL) {
                if (in.oparg >= static_cast<std::uint32_t>(m_co.nlocalsplus) || !(m_co.localKind(static_cast<int>(in.oparg)) & fastkind::kCell))
                    return fail(opLabel(in) + " names no cell variable");
                m_cellMade[in.oparg] = true;
            } else if (in.op == op::COPY_FREE_VARS) {
                if (static_cast<int>(in.oparg) != m_co.nfreevars || m_co.nfreevars == 0)
                    return fail(opLabel(in) + " does not copy the code's " + std::to_string(m_co.nfreevars) + " free variables");
                m_freeCopied = true;
            } else {
                break;
            }
            i = in.next;
        }
        const bool generator = (m_co.flags & (coflags::kGenerator | coflags::kCoroutine | coflags::kAsyncGenerator)) != 0;
        if (generator) {
            if (i >= m_n || !decode(i, in) || in.op != op::RETURN_GENERATOR)
                return fail("a generator's code must start with RETURN_GENERATOR");
            i = in.next;
        }
        m_prefixEnd = i;
        return true;
    }

    // ------------------------------------------------------------ flow pass

    std::vector<std::optional<std::vector<Kind>>> m_states;
    std::deque<int> m_work;

    bool reach(int target, const std::vector<Kind>& st, const char* how) {
        if (target < 0 || target >= m_n || !m_isStart[target])
            return fail(std::string(how) + " to offset " + std::to_string(2 * target) + ", not an instruction in co_code");
        // Only the entry and straight-line flow run the prefix (MAKE_CELL, COPY_FREE_VARS,
        // RETURN_GENERATOR run once).
        if (target < m_prefixEnd && std::string_view(how) != "the next instruction" && std::string_view(how) != "the start")
            return fail(std::string(how) + " into the code's prefix");
        if (static_cast<int>(st.size()) > m_co.stacksize)
            return fail("the stack needs more than co_stacksize (" + std::to_string(m_co.stacksize) + ") entries");
        auto& slot = m_states[static_cast<std::size_t>(target)];
        if (!slot) {
            slot = st;
            m_work.push_back(target);
            return true;
        }
        if (slot->size() != st.size())
            return fail("the stack depth at offset " + std::to_string(2 * target) + " differs between paths (" +
                        std::to_string(slot->size()) + " and " + std::to_string(st.size()) + ")");
        bool changed = false;
        for (std::size_t k = 0; k < st.size(); ++k) {
            const Kind j = join((*slot)[k], st[k]);
            if (j != (*slot)[k]) {
                (*slot)[k] = j;
                changed = true;
            }
        }
        if (changed) m_work.push_back(target);
        return true;
    }

    bool flow() {
        m_states.assign(static_cast<std::size_t>(m_n), std::nullopt);
        if (m_n == 0) return fail("co_code is empty");
        if (!reach(0, {}, "the start")) return false;
        while (!m_work.empty()) {
            const int i = m_work.front();
            m_work.pop_front();
            std::vector<Kind> st = *m_states[static_cast<std::size_t>(i)];
            if (!step(i, st)) return false;
        }
        return true;
    }

    // Pops `n` entries that must be objects.
    bool pop(std::vector<Kind>& st, int n, const Instr& in) {
        if (static_cast<int>(st.size()) < n) return fail(opLabel(in) + " pops more than the stack holds");
        for (int k = 0; k < n; ++k) {
            if (!isObject(st.back())) return fail(opLabel(in) + " uses a NULL stack entry");
            st.pop_back();
        }
        return true;
    }
    // Entry `depth` (1 = top) exists and is an object (of kind `want` unless Obj).
    bool peek(const std::vector<Kind>& st, std::uint32_t depth, const Instr& in, Kind want = Kind::Obj) {
        if (depth == 0 || depth > st.size()) return fail(opLabel(in) + " reads below the stack");
        const Kind k = st[st.size() - depth];
        if (!isObject(k)) return fail(opLabel(in) + " uses a NULL stack entry");
        if (want != Kind::Obj && k != want) return fail(opLabel(in) + " needs the container its oparg names");
        return true;
    }

    bool needConst(const Instr& in) {
        if (in.oparg < static_cast<std::uint64_t>(tupleSize(m_co.consts))) return true;
        return fail(opLabel(in) + " indexes past co_consts");
    }
    bool needName(const Instr& in, std::uint32_t index) {
        if (index < static_cast<std::uint64_t>(tupleSize(m_co.names))) return true;
        return fail(opLabel(in) + " indexes past co_names");
    }
    bool needLocal(const Instr& in) {
        if (in.oparg >= static_cast<std::uint32_t>(m_co.nlocalsplus)) return fail(opLabel(in) + " indexes past the fast locals");
        if (m_co.localKind(static_cast<int>(in.oparg)) & (fastkind::kCell | fastkind::kFree))
            return fail(opLabel(in) + " names a cell or free variable");
        return true;
    }
    bool needCell(const Instr& in) {
        if (in.oparg >= static_cast<std::uint32_t>(m_co.nlocalsplus)) return fail(opLabel(in) + " indexes past the fast locals");
        const std::uint8_t kind = m_co.localKind(static_cast<int>(in.oparg));
        if ((kind & fastkind::kCell) && m_cellMade[in.oparg]) return true;
        if ((kind & fastkind::kFree) && m_freeCopied) return true;
        return fail(opLabel(in) + " names no cell the code's prefix made");
    }
    bool generatorOnly(const Instr& in) {
        if (m_co.flags & (coflags::kGenerator | coflags::kCoroutine | coflags::kAsyncGenerator)) return true;
        return fail(opLabel(in) + " in code that is not a generator");
    }

    // Runs the instruction at `start` on `st` and passes the result to its successors (and the
    // stack below each covering handler's depth to that handler).
    bool step(int start, std::vector<Kind> st) {
        Instr in;
        if (!decode(start, in)) return false;
        const int op = in.op;
        const std::uint32_t arg = in.oparg;
        if (!opIsDefined(op) || op == op::CACHE || opcodeDeopt(op) != op)
            return fail("unknown opcode " + std::to_string(op) + " at offset " + std::to_string(2 * in.at));
        if (op == op::CALL) return fail(opLabel(in) + " not preceded by PRECALL");
        if ((op == op::MAKE_CELL || op == op::COPY_FREE_VARS) && start >= m_prefixEnd)
            return fail(opLabel(in) + " after the code's prefix");
        if (op == op::RETURN_GENERATOR && in.next != m_prefixEnd) return fail(opLabel(in) + " after the code's start");
        int end = in.next; // the unit after the whole instruction (after CALL for PRECALL)
        if (op == op::PRECALL) {
            Instr call;
            if (in.next >= m_n || !decode(in.next, call) || call.op != op::CALL || call.oparg != arg)
                return fail(opLabel(in) + " is not followed by CALL with its oparg");
            end = call.next;
        }
        for (const ExceptionHandler& h : m_handlers) {
            if (h.end <= start || h.start >= end) continue;
            if (h.depth > static_cast<int>(st.size()))
                return fail("an exception handler's depth is above the stack at offset " + std::to_string(2 * in.at));
            std::vector<Kind> entry(st.begin(), st.begin() + h.depth);
            if (h.pushLasti) entry.push_back(Kind::Obj);
            entry.push_back(Kind::Obj);
            if (!reach(h.target, entry, "an exception handler")) return false;
        }
        bool fallsThrough = true;
        auto jumpTarget = [&]() -> int {
            const std::int64_t t = opIsBackwardJump(op) ? std::int64_t(in.next) - arg : std::int64_t(in.next) + arg;
            return static_cast<int>(std::max<std::int64_t>(std::min<std::int64_t>(t, INT32_MAX / 2), INT32_MIN / 2));
        };
        auto pushN = [&](std::uint64_t n, Kind k) {
            if (st.size() + n > static_cast<std::uint64_t>(m_co.stacksize))
                return fail("the stack needs more than co_stacksize (" + std::to_string(m_co.stacksize) + ") entries");
            st.insert(st.end(), static_cast<std::size_t>(n), k);
            return true;
        };
        switch (op) {
        case op::NOP: case op::RESUME: case op::SETUP_ANNOTATIONS: case op::MAKE_CELL: case op::COPY_FREE_VARS: break;
        case op::DELETE_NAME: case op::DELETE_GLOBAL: if (!needName(in, arg)) return false; break;
        case op::DELETE_FAST: if (!needLocal(in)) return false; break;
        case op::DELETE_DEREF: if (!needCell(in)) return false; break;
        case op::POP_TOP: case op::PRINT_EXPR: case op::IMPORT_STAR: case op::POP_EXCEPT:
            if (!pop(st, 1, in)) return false;
            break;
        case op::STORE_NAME: case op::STORE_GLOBAL:
            if (!needName(in, arg) || !pop(st, 1, in)) return false;
            break;
        case op::STORE_FAST: if (!needLocal(in) || !pop(st, 1, in)) return false; break;
        case op::STORE_DEREF: if (!needCell(in) || !pop(st, 1, in)) return false; break;
        case op::PUSH_NULL: st.push_back(Kind::Null); break;
        case op::UNARY_POSITIVE: case op::UNARY_NEGATIVE: case op::UNARY_NOT: case op::UNARY_INVERT:
        case op::GET_ITER: case op::GET_YIELD_FROM_ITER: case op::GET_AITER:
            if (!pop(st, 1, in)) return false;
            st.push_back(Kind::Obj);
            break;
        case op::GET_AWAITABLE:
            if (arg > 2) return fail(opLabel(in) + " has an unknown oparg");
            if (!pop(st, 1, in)) return false;
            st.push_back(Kind::Obj);
            break;
        case op::LOAD_ATTR: case op::DELETE_ATTR:
            if (!needName(in, arg) || !pop(st, 1, in)) return false;
            if (op == op::LOAD_ATTR) st.push_back(Kind::Obj);
            break;
        case op::STORE_ATTR: if (!needName(in, arg) || !pop(st, 2, in)) return false; break;
        case op::FORMAT_VALUE:
            if (!pop(st, (arg & fvc::kSpecMask) == fvc::kHaveSpec ? 2 : 1, in)) return false;
            st.push_back(Kind::Obj);
            break;
        case op::BINARY_OP: case op::COMPARE_OP: case op::IS_OP: case op::CONTAINS_OP: case op::BINARY_SUBSCR:
            if ((op == op::BINARY_OP && arg > nbop::INPLACE_XOR) || (op == op::COMPARE_OP && arg > 5))
                return fail(opLabel(in) + " has an unknown oparg");
            if (!pop(st, 2, in)) return false;
            st.push_back(Kind::Obj);
            break;
        case op::STORE_SUBSCR: if (!pop(st, 3, in)) return false; break;
        case op::DELETE_SUBSCR: if (!pop(st, 2, in)) return false; break;
        case op::GET_LEN: case op::MATCH_MAPPING: case op::MATCH_SEQUENCE: case op::GET_ANEXT:
            if (!peek(st, 1, in)) return false;
            st.push_back(Kind::Obj);
            break;
        case op::MATCH_KEYS:
            if (!peek(st, 1, in, Kind::Tuple) || !peek(st, 2, in)) return false;
            st.push_back(Kind::Obj);
            break;
        case op::MATCH_CLASS:
            if (!peek(st, 1, in, Kind::Tuple) || !pop(st, 3, in)) return false;
            st.push_back(Kind::Obj);
            break;
        case op::PUSH_EXC_INFO: if (!pop(st, 1, in)) return false; if (!pushN(2, Kind::Obj)) return false; break;
        case op::CHECK_EXC_MATCH: if (!pop(st, 1, in) || !peek(st, 1, in)) return false; st.push_back(Kind::Obj); break;
        case op::CHECK_EG_MATCH: if (!pop(st, 2, in)) return false; if (!pushN(2, Kind::Obj)) return false; break;
        case op::WITH_EXCEPT_START: if (!peek(st, 4, in) || !peek(st, 1, in)) return false; st.push_back(Kind::Obj); break;
        case op::BEFORE_WITH: case op::BEFORE_ASYNC_WITH: if (!pop(st, 1, in)) return false; if (!pushN(2, Kind::Obj)) return false; break;
        case op::END_ASYNC_FOR: if (!pop(st, 2, in)) return false; break;
        case op::PREP_RERAISE_STAR:
            if (!peek(st, 1, in, Kind::List) || !pop(st, 2, in)) return false;
            st.push_back(Kind::Obj);
            break;
        case op::LIST_APPEND: case op::SET_ADD: case op::LIST_EXTEND: case op::SET_UPDATE: case op::DICT_UPDATE:
        case op::DICT_MERGE: case op::MAP_ADD: {
            const Kind want = (op == op::LIST_APPEND || op == op::LIST_EXTEND) ? Kind::List
                              : (op == op::SET_ADD || op == op::SET_UPDATE) ? Kind::Set : Kind::Dict;
            if (!pop(st, op == op::MAP_ADD ? 2 : 1, in) || !peek(st, arg, in, want)) return false;
            if (op == op::DICT_MERGE && !peek(st, arg + 2, in)) return false;
            break;
        }
        case op::LIST_TO_TUPLE:
            if (!peek(st, 1, in, Kind::List)) return false;
            st.back() = Kind::Tuple;
            break;
        case op::LOAD_BUILD_CLASS: case op::LOAD_ASSERTION_ERROR: st.push_back(Kind::Obj); break;
        case op::LOAD_CONST: {
            if (!needConst(in)) return false;
            st.push_back(isExactTuple(tupleItem(m_co.consts, arg)) ? Kind::Tuple : Kind::Obj);
            break;
        }
        case op::LOAD_NAME: if (!needName(in, arg)) return false; st.push_back(Kind::Obj); break;
        case op::LOAD_GLOBAL:
            if (!needName(in, arg >> 1)) return false;
            if (arg & 1) st.push_back(Kind::Null);
            st.push_back(Kind::Obj);
            break;
        case op::LOAD_METHOD:
            if (!needName(in, arg) || !pop(st, 1, in)) return false;
            st.push_back(Kind::Maybe);
            st.push_back(Kind::Obj);
            break;
        case op::LOAD_FAST: if (!needLocal(in)) return false; st.push_back(Kind::Obj); break;
        case op::LOAD_DEREF: case op::LOAD_CLASSDEREF: if (!needCell(in)) return false; st.push_back(Kind::Obj); break;
        case op::LOAD_CLOSURE: if (!needCell(in)) return false; st.push_back(Kind::Cell); break;
        case op::IMPORT_NAME: if (!needName(in, arg) || !pop(st, 2, in)) return false; st.push_back(Kind::Obj); break;
        case op::IMPORT_FROM: if (!needName(in, arg) || !peek(st, 1, in)) return false; st.push_back(Kind::Obj); break;
        case op::UNPACK_SEQUENCE: if (!pop(st, 1, in)) return false; if (!pushN(arg, Kind::Obj)) return false; break;
        case op::UNPACK_EX:
            if (arg > 0xffff || !pop(st, 1, in)) return fail(opLabel(in) + " cannot unpack");
            if (!pushN((arg & 0xff) + (arg >> 8) + 1, Kind::Obj)) return false;
            break;
        case op::BUILD_TUPLE: case op::BUILD_LIST: case op::BUILD_SET: case op::BUILD_STRING:
            if (!pop(st, static_cast<int>(std::min<std::uint32_t>(arg, 1u << 20)), in)) return false;
            st.push_back(op == op::BUILD_LIST ? Kind::List : op == op::BUILD_SET ? Kind::Set
                         : op == op::BUILD_TUPLE ? Kind::Tuple : Kind::Obj);
            break;
        case op::BUILD_MAP:
            if (arg > (1u << 20) || !pop(st, static_cast<int>(2 * arg), in)) return fail(opLabel(in) + " pops more than the stack holds");
            st.push_back(Kind::Dict);
            break;
        case op::BUILD_CONST_KEY_MAP:
            if (!peek(st, 1, in, Kind::Tuple) || !pop(st, static_cast<int>(std::min<std::uint32_t>(arg, 1u << 20)) + 1, in)) return false;
            st.push_back(Kind::Dict);
            break;
        case op::BUILD_SLICE:
            if (arg != 2 && arg != 3) return fail(opLabel(in) + " has an unknown oparg");
            if (!pop(st, static_cast<int>(arg), in)) return false;
            st.push_back(Kind::Obj);
            break;
        case op::SWAP: case op::COPY:
            if (!peek(st, arg, in)) return false;
            if (op == op::COPY) st.push_back(st[st.size() - arg]);
            else std::swap(st.back(), st[st.size() - arg]);
            break;
        case op::MAKE_FUNCTION:
            if (arg > 15 || !pop(st, 1 + __builtin_popcount(arg), in)) return fail(opLabel(in) + " pops more than the stack holds");
            st.push_back(Kind::Obj);
            break;
        case op::CALL_FUNCTION_EX: {
            const int n = (arg & 1) + 2;
            if (!pop(st, n, in)) return false;
            if (st.empty()) return fail(opLabel(in) + " reads below the stack");
            st.back() = Kind::Obj;
            break;
        }
        case op::KW_NAMES: {
            if (!needConst(in)) return false;
            Object* names = tupleItem(m_co.consts, arg);
            bool ok = isExactTuple(names);
            for (std::int64_t k = 0; ok && k < tupleSize(names); ++k) ok = isExactStr(tupleItem(names, k));
            Instr pre;
            if (!ok || !decode(in.next, pre) || pre.op != op::PRECALL || pre.oparg < static_cast<std::uint64_t>(tupleSize(names)))
                return fail(opLabel(in) + " needs a tuple of str and a PRECALL with as many arguments after it");
            break;
        }
        case op::PRECALL: // with its CALL: [NULL or method, callable or self, args...] -> result
            if (std::uint64_t(arg) + 2 > st.size() || !pop(st, static_cast<int>(arg) + 1, in))
                return fail(opLabel(in) + " pops more than the stack holds");
            st.back() = Kind::Obj;
            break;
        case op::RETURN_VALUE: if (!pop(st, 1, in)) return false; fallsThrough = false; break;
        case op::RAISE_VARARGS:
            if (arg > 2) return fail(opLabel(in) + " has an unknown oparg");
            if (!pop(st, static_cast<int>(arg), in)) return false;
            fallsThrough = false;
            break;
        case op::RERAISE:
            if (arg && !peek(st, arg + 1, in)) return false;
            if (!pop(st, 1, in)) return false;
            fallsThrough = false;
            break;
        case op::RETURN_GENERATOR: if (!generatorOnly(in)) return false; st.push_back(Kind::Obj); break;
        case op::YIELD_VALUE: case op::ASYNC_GEN_WRAP:
            if (!generatorOnly(in) || !pop(st, 1, in)) return false;
            st.push_back(Kind::Obj);
            break;
        case op::SEND: {
            if (!generatorOnly(in) || !pop(st, 1, in) || !peek(st, 1, in)) return false;
            std::vector<Kind> taken = st;
            if (!reach(jumpTarget(), taken, "a jump")) return false;
            st.push_back(Kind::Obj);
            break;
        }
        case op::FOR_ITER: {
            if (!peek(st, 1, in)) return false;
            std::vector<Kind> taken(st.begin(), st.end() - 1);
            if (!reach(jumpTarget(), taken, "a jump")) return false;
            st.push_back(Kind::Obj);
            break;
        }
        case op::JUMP_FORWARD: case op::JUMP_BACKWARD: case op::JUMP_BACKWARD_NO_INTERRUPT:
            if (!reach(jumpTarget(), st, "a jump")) return false;
            fallsThrough = false;
            break;
        case op::JUMP_IF_FALSE_OR_POP: case op::JUMP_IF_TRUE_OR_POP:
            if (!peek(st, 1, in) || !reach(jumpTarget(), st, "a jump")) return false;
            st.pop_back();
            break;
        case op::POP_JUMP_FORWARD_IF_FALSE: case op::POP_JUMP_FORWARD_IF_TRUE: case op::POP_JUMP_FORWARD_IF_NONE:
        case op::POP_JUMP_FORWARD_IF_NOT_NONE: case op::POP_JUMP_BACKWARD_IF_FALSE: case op::POP_JUMP_BACKWARD_IF_TRUE:
        case op::POP_JUMP_BACKWARD_IF_NONE: case op::POP_JUMP_BACKWARD_IF_NOT_NONE:
            if (!pop(st, 1, in) || !reach(jumpTarget(), st, "a jump")) return false;
            break;
        default:
            return fail("unknown opcode " + std::to_string(op) + " at offset " + std::to_string(2 * in.at));
        }
        if (!fallsThrough) return true;
        if (end >= m_n) return fail(opLabel(in) + " runs off the end of co_code");
        return reach(end, st, "the next instruction");
    }
};

} // namespace

// ---------------------------------------------------------------- entry point

bool verifyCode(const CodeObject& co, std::string& why) { return Verifier(co, why).run(); }

} // namespace hs
