// The opcode table built from the X-macros of opcodes.h, opcode names, and compile.c's
// stack_effect() for 3.11 (including the compiler's pseudo instructions).
#include "vm/opcodes.h"

#include <string>

namespace hs {

namespace {

constexpr OpcodeInfo buildEntry(int n) {
#define HS_OP_ROW(name, num, caches, flags) \
    if (n == num) return OpcodeInfo{#name, caches, static_cast<std::uint8_t>(flags), num};
    HS_OPCODES(HS_OP_ROW)
#undef HS_OP_ROW
    return OpcodeInfo{nullptr, 0, 0, static_cast<std::uint8_t>(n)};
}

template <int... I> struct Seq {};
template <int N, int... I> struct MakeSeq : MakeSeq<N - 1, N - 1, I...> {};
template <int... I> struct MakeSeq<0, I...> { using type = Seq<I...>; };

constexpr std::uint8_t publicCaches(int n) {
#define HS_OP_CACHES(name, num, caches, flags) \
    if (n == num) return caches;
    HS_OPCODES(HS_OP_CACHES)
#undef HS_OP_CACHES
    return 0;
}

constexpr OpcodeInfo fullEntry(int n) {
    OpcodeInfo e = buildEntry(n);
#define HS_SPEC_ROW(name, num, base) \
    if (n == num) { e.deopt = op::base; e.caches = publicCaches(op::base); }
    HS_SPECIALIZED_OPCODES(HS_SPEC_ROW)
#undef HS_SPEC_ROW
    return e;
}

struct Table {
    OpcodeInfo rows[256];
};

template <int... I> constexpr Table makeTable(Seq<I...>) { return Table{{fullEntry(I)...}}; }

constexpr Table kTable = makeTable(MakeSeq<256>::type{});

std::string gUnknownNames[256];

} // namespace

const OpcodeInfo kOpcodeInfo[256] = {
#define HS_COPY(i) kTable.rows[i]
#define HS_R8(b) HS_COPY(b), HS_COPY(b + 1), HS_COPY(b + 2), HS_COPY(b + 3), HS_COPY(b + 4), HS_COPY(b + 5), HS_COPY(b + 6), HS_COPY(b + 7)
#define HS_R64(b) HS_R8(b), HS_R8(b + 8), HS_R8(b + 16), HS_R8(b + 24), HS_R8(b + 32), HS_R8(b + 40), HS_R8(b + 48), HS_R8(b + 56)
    HS_R64(0), HS_R64(64), HS_R64(128), HS_R64(192)
#undef HS_R64
#undef HS_R8
#undef HS_COPY
};

const char* opcodeName(int op) {
    if (op >= 0 && op < 256) {
        if (kOpcodeInfo[op].name) return kOpcodeInfo[op].name;
        std::string& s = gUnknownNames[op];
        if (s.empty()) s = "<" + std::to_string(op) + ">";
        return s.c_str();
    }
    if (const char* p = pseudoOpcodeName(op)) return p;
    return "<?>";
}

const char* specializedOpcodeName(int op) {
    switch (op) {
#define HS_SPEC_NAME(name, num, base) case num: return #name;
        HS_SPECIALIZED_OPCODES(HS_SPEC_NAME)
#undef HS_SPEC_NAME
    default: return nullptr;
    }
}

const char* pseudoOpcodeName(int op) {
    switch (op) {
    case op::SETUP_FINALLY: return "SETUP_FINALLY";
    case op::SETUP_CLEANUP: return "SETUP_CLEANUP";
    case op::SETUP_WITH: return "SETUP_WITH";
    case op::POP_BLOCK: return "POP_BLOCK";
    case op::JUMP: return "JUMP";
    case op::JUMP_NO_INTERRUPT: return "JUMP_NO_INTERRUPT";
    case op::POP_JUMP_IF_FALSE: return "POP_JUMP_IF_FALSE";
    case op::POP_JUMP_IF_TRUE: return "POP_JUMP_IF_TRUE";
    case op::POP_JUMP_IF_NONE: return "POP_JUMP_IF_NONE";
    case op::POP_JUMP_IF_NOT_NONE: return "POP_JUMP_IF_NOT_NONE";
    default: return nullptr;
    }
}

const char* binaryOpSymbol(int n) {
    static const char* const kSyms[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
                                        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=",
                                        "/=", "^="};
    return (n >= 0 && n < 26) ? kSyms[n] : "?";
}

const char* compareOpSymbol(int oparg) {
    static const char* const kSyms[] = {"<", "<=", "==", "!=", ">", ">="};
    return (oparg >= 0 && oparg < 6) ? kSyms[oparg] : "?";
}

int stackEffect(int opcode, int oparg, int jump) {
    using namespace op;
    switch (opcode) {
    case NOP: case EXTENDED_ARG: case RESUME: case CACHE: return 0;
    case POP_TOP: return -1;
    case SWAP: return 0;
    case UNARY_POSITIVE: case UNARY_NEGATIVE: case UNARY_NOT: case UNARY_INVERT: return 0;
    case SET_ADD: case LIST_APPEND: return -1;
    case MAP_ADD: return -2;
    case BINARY_SUBSCR: return -1;
    case STORE_SUBSCR: return -3;
    case DELETE_SUBSCR: return -2;
    case GET_ITER: return 0;
    case PRINT_EXPR: return -1;
    case LOAD_BUILD_CLASS: return 1;
    case RETURN_VALUE: return -1;
    case IMPORT_STAR: return -1;
    case SETUP_ANNOTATIONS: return 0;
    case ASYNC_GEN_WRAP: case YIELD_VALUE: return 0;
    case POP_BLOCK: return 0;
    case POP_EXCEPT: return -1;
    case STORE_NAME: return -1;
    case DELETE_NAME: return 0;
    case UNPACK_SEQUENCE: return oparg - 1;
    case UNPACK_EX: return (oparg & 0xFF) + (oparg >> 8);
    case FOR_ITER: return jump > 0 ? -1 : 1;
    case SEND: return jump > 0 ? -1 : 0;
    case STORE_ATTR: return -2;
    case DELETE_ATTR: return -1;
    case STORE_GLOBAL: return -1;
    case DELETE_GLOBAL: return 0;
    case LOAD_CONST: return 1;
    case LOAD_NAME: return 1;
    case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING: return 1 - oparg;
    case BUILD_MAP: return 1 - 2 * oparg;
    case BUILD_CONST_KEY_MAP: return -oparg;
    case LOAD_ATTR: return 0;
    case COMPARE_OP: case IS_OP: case CONTAINS_OP: return -1;
    case CHECK_EXC_MATCH: return 0;
    case CHECK_EG_MATCH: return 0;
    case IMPORT_NAME: return -1;
    case IMPORT_FROM: return 1;
    case JUMP_FORWARD: case JUMP_BACKWARD: case JUMP: case JUMP_BACKWARD_NO_INTERRUPT: case JUMP_NO_INTERRUPT:
        return 0;
    case JUMP_IF_TRUE_OR_POP: case JUMP_IF_FALSE_OR_POP: return jump ? 0 : -1;
    case POP_JUMP_BACKWARD_IF_NONE: case POP_JUMP_FORWARD_IF_NONE: case POP_JUMP_IF_NONE:
    case POP_JUMP_BACKWARD_IF_NOT_NONE: case POP_JUMP_FORWARD_IF_NOT_NONE: case POP_JUMP_IF_NOT_NONE:
    case POP_JUMP_FORWARD_IF_FALSE: case POP_JUMP_BACKWARD_IF_FALSE: case POP_JUMP_IF_FALSE:
    case POP_JUMP_FORWARD_IF_TRUE: case POP_JUMP_BACKWARD_IF_TRUE: case POP_JUMP_IF_TRUE:
        return -1;
    case LOAD_GLOBAL: return (oparg & 1) + 1;
    case SETUP_FINALLY: return jump ? 1 : 0;
    case SETUP_CLEANUP: return jump ? 2 : 0;
    case SETUP_WITH: return jump ? 1 : 0;
    case PREP_RERAISE_STAR: return -1;
    case RERAISE: return -1;
    case PUSH_EXC_INFO: return 1;
    case WITH_EXCEPT_START: return 1;
    case LOAD_FAST: return 1;
    case STORE_FAST: return -1;
    case DELETE_FAST: return 0;
    case RETURN_GENERATOR: return 0;
    case RAISE_VARARGS: return -oparg;
    case PRECALL: return -oparg;
    case KW_NAMES: return 0;
    case CALL: return -1;
    case CALL_FUNCTION_EX: return -2 - ((oparg & 0x01) != 0);
    case MAKE_FUNCTION:
        return 0 - ((oparg & 0x01) != 0) - ((oparg & 0x02) != 0) - ((oparg & 0x04) != 0) - ((oparg & 0x08) != 0);
    case BUILD_SLICE: return oparg == 3 ? -2 : -1;
    case MAKE_CELL: case COPY_FREE_VARS: return 0;
    case LOAD_CLOSURE: return 1;
    case LOAD_DEREF: case LOAD_CLASSDEREF: return 1;
    case STORE_DEREF: return -1;
    case DELETE_DEREF: return 0;
    case GET_AWAITABLE: return 0;
    case BEFORE_ASYNC_WITH: case BEFORE_WITH: return 1;
    case GET_AITER: return 0;
    case GET_ANEXT: return 1;
    case GET_YIELD_FROM_ITER: return 0;
    case END_ASYNC_FOR: return -2;
    case FORMAT_VALUE: return (oparg & fvc::kSpecMask) == fvc::kHaveSpec ? -1 : 0;
    case LOAD_METHOD: return 1;
    case LOAD_ASSERTION_ERROR: return 1;
    case LIST_TO_TUPLE: return 0;
    case LIST_EXTEND: case SET_UPDATE: case DICT_MERGE: case DICT_UPDATE: return -1;
    case MATCH_CLASS: return -2;
    case GET_LEN: case MATCH_MAPPING: case MATCH_SEQUENCE: case MATCH_KEYS: return 1;
    case COPY: case PUSH_NULL: return 1;
    case BINARY_OP: return -1;
    default: return kInvalidStackEffect;
    }
}

} // namespace hs
