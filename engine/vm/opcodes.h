// The CPython 3.11 opcode table, defined once as X-macros (numbers from Lib/opcode.py, inline cache
// counts from _PyOpcode_Caches, stack effects from compile.c's stack_effect()) and its accessors.
#pragma once

#include <cstdint>

namespace hs {

// Opcode property flags (dis's hasarg/hasconst/hasname/hasjrel/haslocal/hasfree/hascompare).
// 3.11 has only relative jumps; the argument counts code units after the instruction's caches
// (forward) or before its end (backward).
namespace opflags {
constexpr std::uint8_t kHasArg = 1;
constexpr std::uint8_t kHasConst = 2;
constexpr std::uint8_t kHasName = 4;
constexpr std::uint8_t kJumpForward = 8;
constexpr std::uint8_t kJumpBackward = 16;
constexpr std::uint8_t kHasLocal = 32;
constexpr std::uint8_t kHasFree = 64;
constexpr std::uint8_t kHasCompare = 128;
} // namespace opflags

// X(NAME, number, inline CACHE entries, flags) — every public opcode of 3.11 (dis.opname).
#define HS_OPCODES(X) \
    X(CACHE, 0, 0, 0) \
    X(POP_TOP, 1, 0, 0) \
    X(PUSH_NULL, 2, 0, 0) \
    X(NOP, 9, 0, 0) \
    X(UNARY_POSITIVE, 10, 0, 0) \
    X(UNARY_NEGATIVE, 11, 0, 0) \
    X(UNARY_NOT, 12, 0, 0) \
    X(UNARY_INVERT, 15, 0, 0) \
    X(BINARY_SUBSCR, 25, 4, 0) \
    X(GET_LEN, 30, 0, 0) \
    X(MATCH_MAPPING, 31, 0, 0) \
    X(MATCH_SEQUENCE, 32, 0, 0) \
    X(MATCH_KEYS, 33, 0, 0) \
    X(PUSH_EXC_INFO, 35, 0, 0) \
    X(CHECK_EXC_MATCH, 36, 0, 0) \
    X(CHECK_EG_MATCH, 37, 0, 0) \
    X(WITH_EXCEPT_START, 49, 0, 0) \
    X(GET_AITER, 50, 0, 0) \
    X(GET_ANEXT, 51, 0, 0) \
    X(BEFORE_ASYNC_WITH, 52, 0, 0) \
    X(BEFORE_WITH, 53, 0, 0) \
    X(END_ASYNC_FOR, 54, 0, 0) \
    X(STORE_SUBSCR, 60, 1, 0) \
    X(DELETE_SUBSCR, 61, 0, 0) \
    X(GET_ITER, 68, 0, 0) \
    X(GET_YIELD_FROM_ITER, 69, 0, 0) \
    X(PRINT_EXPR, 70, 0, 0) \
    X(LOAD_BUILD_CLASS, 71, 0, 0) \
    X(LOAD_ASSERTION_ERROR, 74, 0, 0) \
    X(RETURN_GENERATOR, 75, 0, 0) \
    X(LIST_TO_TUPLE, 82, 0, 0) \
    X(RETURN_VALUE, 83, 0, 0) \
    X(IMPORT_STAR, 84, 0, 0) \
    X(SETUP_ANNOTATIONS, 85, 0, 0) \
    X(YIELD_VALUE, 86, 0, 0) \
    X(ASYNC_GEN_WRAP, 87, 0, 0) \
    X(PREP_RERAISE_STAR, 88, 0, 0) \
    X(POP_EXCEPT, 89, 0, 0) \
    X(STORE_NAME, 90, 0, opflags::kHasArg|opflags::kHasName) \
    X(DELETE_NAME, 91, 0, opflags::kHasArg|opflags::kHasName) \
    X(UNPACK_SEQUENCE, 92, 1, opflags::kHasArg) \
    X(FOR_ITER, 93, 0, opflags::kHasArg|opflags::kJumpForward) \
    X(UNPACK_EX, 94, 0, opflags::kHasArg) \
    X(STORE_ATTR, 95, 4, opflags::kHasArg|opflags::kHasName) \
    X(DELETE_ATTR, 96, 0, opflags::kHasArg|opflags::kHasName) \
    X(STORE_GLOBAL, 97, 0, opflags::kHasArg|opflags::kHasName) \
    X(DELETE_GLOBAL, 98, 0, opflags::kHasArg|opflags::kHasName) \
    X(SWAP, 99, 0, opflags::kHasArg) \
    X(LOAD_CONST, 100, 0, opflags::kHasArg|opflags::kHasConst) \
    X(LOAD_NAME, 101, 0, opflags::kHasArg|opflags::kHasName) \
    X(BUILD_TUPLE, 102, 0, opflags::kHasArg) \
    X(BUILD_LIST, 103, 0, opflags::kHasArg) \
    X(BUILD_SET, 104, 0, opflags::kHasArg) \
    X(BUILD_MAP, 105, 0, opflags::kHasArg) \
    X(LOAD_ATTR, 106, 4, opflags::kHasArg|opflags::kHasName) \
    X(COMPARE_OP, 107, 2, opflags::kHasArg|opflags::kHasCompare) \
    X(IMPORT_NAME, 108, 0, opflags::kHasArg|opflags::kHasName) \
    X(IMPORT_FROM, 109, 0, opflags::kHasArg|opflags::kHasName) \
    X(JUMP_FORWARD, 110, 0, opflags::kHasArg|opflags::kJumpForward) \
    X(JUMP_IF_FALSE_OR_POP, 111, 0, opflags::kHasArg|opflags::kJumpForward) \
    X(JUMP_IF_TRUE_OR_POP, 112, 0, opflags::kHasArg|opflags::kJumpForward) \
    X(POP_JUMP_FORWARD_IF_FALSE, 114, 0, opflags::kHasArg|opflags::kJumpForward) \
    X(POP_JUMP_FORWARD_IF_TRUE, 115, 0, opflags::kHasArg|opflags::kJumpForward) \
    X(LOAD_GLOBAL, 116, 5, opflags::kHasArg|opflags::kHasName) \
    X(IS_OP, 117, 0, opflags::kHasArg) \
    X(CONTAINS_OP, 118, 0, opflags::kHasArg) \
    X(RERAISE, 119, 0, opflags::kHasArg) \
    X(COPY, 120, 0, opflags::kHasArg) \
    X(BINARY_OP, 122, 1, opflags::kHasArg) \
    X(SEND, 123, 0, opflags::kHasArg|opflags::kJumpForward) \
    X(LOAD_FAST, 124, 0, opflags::kHasArg|opflags::kHasLocal) \
    X(STORE_FAST, 125, 0, opflags::kHasArg|opflags::kHasLocal) \
    X(DELETE_FAST, 126, 0, opflags::kHasArg|opflags::kHasLocal) \
    X(POP_JUMP_FORWARD_IF_NOT_NONE, 128, 0, opflags::kHasArg|opflags::kJumpForward) \
    X(POP_JUMP_FORWARD_IF_NONE, 129, 0, opflags::kHasArg|opflags::kJumpForward) \
    X(RAISE_VARARGS, 130, 0, opflags::kHasArg) \
    X(GET_AWAITABLE, 131, 0, opflags::kHasArg) \
    X(MAKE_FUNCTION, 132, 0, opflags::kHasArg) \
    X(BUILD_SLICE, 133, 0, opflags::kHasArg) \
    X(JUMP_BACKWARD_NO_INTERRUPT, 134, 0, opflags::kHasArg|opflags::kJumpBackward) \
    X(MAKE_CELL, 135, 0, opflags::kHasArg|opflags::kHasFree) \
    X(LOAD_CLOSURE, 136, 0, opflags::kHasArg|opflags::kHasFree) \
    X(LOAD_DEREF, 137, 0, opflags::kHasArg|opflags::kHasFree) \
    X(STORE_DEREF, 138, 0, opflags::kHasArg|opflags::kHasFree) \
    X(DELETE_DEREF, 139, 0, opflags::kHasArg|opflags::kHasFree) \
    X(JUMP_BACKWARD, 140, 0, opflags::kHasArg|opflags::kJumpBackward) \
    X(CALL_FUNCTION_EX, 142, 0, opflags::kHasArg) \
    X(EXTENDED_ARG, 144, 0, opflags::kHasArg) \
    X(LIST_APPEND, 145, 0, opflags::kHasArg) \
    X(SET_ADD, 146, 0, opflags::kHasArg) \
    X(MAP_ADD, 147, 0, opflags::kHasArg) \
    X(LOAD_CLASSDEREF, 148, 0, opflags::kHasArg|opflags::kHasFree) \
    X(COPY_FREE_VARS, 149, 0, opflags::kHasArg) \
    X(RESUME, 151, 0, opflags::kHasArg) \
    X(MATCH_CLASS, 152, 0, opflags::kHasArg) \
    X(FORMAT_VALUE, 155, 0, opflags::kHasArg) \
    X(BUILD_CONST_KEY_MAP, 156, 0, opflags::kHasArg) \
    X(BUILD_STRING, 157, 0, opflags::kHasArg) \
    X(LOAD_METHOD, 160, 10, opflags::kHasArg|opflags::kHasName) \
    X(LIST_EXTEND, 162, 0, opflags::kHasArg) \
    X(SET_UPDATE, 163, 0, opflags::kHasArg) \
    X(DICT_MERGE, 164, 0, opflags::kHasArg) \
    X(DICT_UPDATE, 165, 0, opflags::kHasArg) \
    X(PRECALL, 166, 1, opflags::kHasArg) \
    X(CALL, 171, 4, opflags::kHasArg) \
    X(KW_NAMES, 172, 0, opflags::kHasArg|opflags::kHasConst) \
    X(POP_JUMP_BACKWARD_IF_NOT_NONE, 173, 0, opflags::kHasArg|opflags::kJumpBackward) \
    X(POP_JUMP_BACKWARD_IF_NONE, 174, 0, opflags::kHasArg|opflags::kJumpBackward) \
    X(POP_JUMP_BACKWARD_IF_FALSE, 175, 0, opflags::kHasArg|opflags::kJumpBackward) \
    X(POP_JUMP_BACKWARD_IF_TRUE, 176, 0, opflags::kHasArg|opflags::kJumpBackward) \

// X(NAME, number, base opcode) — the specialized (quickened) forms of 3.11: their numbers are
// reserved; the VM may use them for its own inline caching. Their cache layout is the base's.
#define HS_SPECIALIZED_OPCODES(X) \
    X(BINARY_OP_ADAPTIVE, 3, BINARY_OP) \
    X(BINARY_OP_ADD_FLOAT, 4, BINARY_OP) \
    X(BINARY_OP_ADD_INT, 5, BINARY_OP) \
    X(BINARY_OP_ADD_UNICODE, 6, BINARY_OP) \
    X(BINARY_OP_INPLACE_ADD_UNICODE, 7, BINARY_OP) \
    X(BINARY_OP_MULTIPLY_FLOAT, 8, BINARY_OP) \
    X(BINARY_OP_MULTIPLY_INT, 13, BINARY_OP) \
    X(BINARY_OP_SUBTRACT_FLOAT, 14, BINARY_OP) \
    X(BINARY_OP_SUBTRACT_INT, 16, BINARY_OP) \
    X(BINARY_SUBSCR_ADAPTIVE, 17, BINARY_SUBSCR) \
    X(BINARY_SUBSCR_DICT, 18, BINARY_SUBSCR) \
    X(BINARY_SUBSCR_GETITEM, 19, BINARY_SUBSCR) \
    X(BINARY_SUBSCR_LIST_INT, 20, BINARY_SUBSCR) \
    X(BINARY_SUBSCR_TUPLE_INT, 21, BINARY_SUBSCR) \
    X(CALL_ADAPTIVE, 22, CALL) \
    X(CALL_PY_EXACT_ARGS, 23, CALL) \
    X(CALL_PY_WITH_DEFAULTS, 24, CALL) \
    X(COMPARE_OP_ADAPTIVE, 26, COMPARE_OP) \
    X(COMPARE_OP_FLOAT_JUMP, 27, COMPARE_OP) \
    X(COMPARE_OP_INT_JUMP, 28, COMPARE_OP) \
    X(COMPARE_OP_STR_JUMP, 29, COMPARE_OP) \
    X(EXTENDED_ARG_QUICK, 34, EXTENDED_ARG) \
    X(JUMP_BACKWARD_QUICK, 38, JUMP_BACKWARD) \
    X(LOAD_ATTR_ADAPTIVE, 39, LOAD_ATTR) \
    X(LOAD_ATTR_INSTANCE_VALUE, 40, LOAD_ATTR) \
    X(LOAD_ATTR_MODULE, 41, LOAD_ATTR) \
    X(LOAD_ATTR_SLOT, 42, LOAD_ATTR) \
    X(LOAD_ATTR_WITH_HINT, 43, LOAD_ATTR) \
    X(LOAD_CONST__LOAD_FAST, 44, LOAD_CONST) \
    X(LOAD_FAST__LOAD_CONST, 45, LOAD_FAST) \
    X(LOAD_FAST__LOAD_FAST, 46, LOAD_FAST) \
    X(LOAD_GLOBAL_ADAPTIVE, 47, LOAD_GLOBAL) \
    X(LOAD_GLOBAL_BUILTIN, 48, LOAD_GLOBAL) \
    X(LOAD_GLOBAL_MODULE, 55, LOAD_GLOBAL) \
    X(LOAD_METHOD_ADAPTIVE, 56, LOAD_METHOD) \
    X(LOAD_METHOD_CLASS, 57, LOAD_METHOD) \
    X(LOAD_METHOD_MODULE, 58, LOAD_METHOD) \
    X(LOAD_METHOD_NO_DICT, 59, LOAD_METHOD) \
    X(LOAD_METHOD_WITH_DICT, 62, LOAD_METHOD) \
    X(LOAD_METHOD_WITH_VALUES, 63, LOAD_METHOD) \
    X(PRECALL_ADAPTIVE, 64, PRECALL) \
    X(PRECALL_BOUND_METHOD, 65, PRECALL) \
    X(PRECALL_BUILTIN_CLASS, 66, PRECALL) \
    X(PRECALL_BUILTIN_FAST_WITH_KEYWORDS, 67, PRECALL) \
    X(PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS, 72, PRECALL) \
    X(PRECALL_NO_KW_BUILTIN_FAST, 73, PRECALL) \
    X(PRECALL_NO_KW_BUILTIN_O, 76, PRECALL) \
    X(PRECALL_NO_KW_ISINSTANCE, 77, PRECALL) \
    X(PRECALL_NO_KW_LEN, 78, PRECALL) \
    X(PRECALL_NO_KW_LIST_APPEND, 79, PRECALL) \
    X(PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST, 80, PRECALL) \
    X(PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS, 81, PRECALL) \
    X(PRECALL_NO_KW_METHOD_DESCRIPTOR_O, 113, PRECALL) \
    X(PRECALL_NO_KW_STR_1, 121, PRECALL) \
    X(PRECALL_NO_KW_TUPLE_1, 127, PRECALL) \
    X(PRECALL_NO_KW_TYPE_1, 141, PRECALL) \
    X(PRECALL_PYFUNC, 143, PRECALL) \
    X(RESUME_QUICK, 150, RESUME) \
    X(STORE_ATTR_ADAPTIVE, 153, STORE_ATTR) \
    X(STORE_ATTR_INSTANCE_VALUE, 154, STORE_ATTR) \
    X(STORE_ATTR_SLOT, 158, STORE_ATTR) \
    X(STORE_ATTR_WITH_HINT, 159, STORE_ATTR) \
    X(STORE_FAST__LOAD_FAST, 161, STORE_FAST) \
    X(STORE_FAST__STORE_FAST, 167, STORE_FAST) \
    X(STORE_SUBSCR_ADAPTIVE, 168, STORE_SUBSCR) \
    X(STORE_SUBSCR_DICT, 169, STORE_SUBSCR) \
    X(STORE_SUBSCR_LIST_INT, 170, STORE_SUBSCR) \
    X(UNPACK_SEQUENCE_ADAPTIVE, 177, UNPACK_SEQUENCE) \
    X(UNPACK_SEQUENCE_LIST, 178, UNPACK_SEQUENCE) \
    X(UNPACK_SEQUENCE_TUPLE, 179, UNPACK_SEQUENCE) \
    X(UNPACK_SEQUENCE_TWO_TUPLE, 180, UNPACK_SEQUENCE) \

namespace op {
enum Opcode : int {
#define HS_OP_ENUM(name, num, ...) name = num,
    HS_OPCODES(HS_OP_ENUM)
    HS_SPECIALIZED_OPCODES(HS_OP_ENUM)
#undef HS_OP_ENUM
    // Compiler-only pseudo instructions (negative in compile.c): never in a code object.
    SETUP_FINALLY = 256,
    SETUP_CLEANUP = 257,
    SETUP_WITH = 258,
    POP_BLOCK = 259,
    JUMP = 260,
    JUMP_NO_INTERRUPT = 261,
    POP_JUMP_IF_FALSE = 262,
    POP_JUMP_IF_TRUE = 263,
    POP_JUMP_IF_NONE = 264,
    POP_JUMP_IF_NOT_NONE = 265,
};
constexpr int kHaveArgument = 90;
constexpr int kNumPseudo = 10;
} // namespace op

// BINARY_OP arguments (NB_*), as in Include/opcode.h.
namespace nbop {
enum : int {
    ADD = 0, AND, FLOOR_DIVIDE, LSHIFT, MATRIX_MULTIPLY, MULTIPLY, REMAINDER, OR, POWER, RSHIFT,
    SUBTRACT, TRUE_DIVIDE, XOR,
    INPLACE_ADD, INPLACE_AND, INPLACE_FLOOR_DIVIDE, INPLACE_LSHIFT, INPLACE_MATRIX_MULTIPLY,
    INPLACE_MULTIPLY, INPLACE_REMAINDER, INPLACE_OR, INPLACE_POWER, INPLACE_RSHIFT, INPLACE_SUBTRACT,
    INPLACE_TRUE_DIVIDE, INPLACE_XOR,
};
} // namespace nbop
// The symbol dis prints for BINARY_OP's argument ("+", "+=", ...).
const char* binaryOpSymbol(int nbop);
// cmp_op of Lib/opcode.py for COMPARE_OP's argument.
const char* compareOpSymbol(int oparg);

// FORMAT_VALUE oparg bits (Include/ceval.h).
namespace fvc {
constexpr int kMask = 0x3, kNone = 0x0, kStr = 0x1, kRepr = 0x2, kAscii = 0x3;
constexpr int kSpecMask = 0x4, kHaveSpec = 0x4;
} // namespace fvc

// MAKE_FUNCTION oparg bits.
namespace mkfn {
constexpr int kDefaults = 0x01, kKwDefaults = 0x02, kAnnotations = 0x04, kClosure = 0x08;
} // namespace mkfn

// --- Accessors. All take any int; unknown numbers give "<N>" / 0 / false. ---
struct OpcodeInfo {
    const char* name;      // nullptr for numbers 3.11 does not define (and its specialized forms)
    std::uint8_t caches;   // inline CACHE code units following the instruction
    std::uint8_t flags;    // opflags
    std::uint8_t deopt;    // the public opcode a specialized form stands for (itself otherwise)
};
// The table for 0..255 (specialized forms have their name in specializedName()).
extern const OpcodeInfo kOpcodeInfo[256];

// dis.opname[op]: "LOAD_CONST", or "<N>" for undefined numbers (static storage).
const char* opcodeName(int op);
// The name of a specialized form ("LOAD_FAST__LOAD_FAST"), or nullptr.
const char* specializedOpcodeName(int op);
// Pseudo-instruction names ("SETUP_FINALLY"), for compiler debugging.
const char* pseudoOpcodeName(int op);
inline int opcodeCaches(int op) { return (op >= 0 && op < 256) ? kOpcodeInfo[op].caches : 0; }
inline std::uint8_t opcodeFlags(int op) { return (op >= 0 && op < 256) ? kOpcodeInfo[op].flags : 0; }
inline int opcodeDeopt(int op) { return (op >= 0 && op < 256) ? kOpcodeInfo[op].deopt : op; }
inline bool opHasArg(int op) { return op >= op::kHaveArgument; }
inline bool opIsJump(int op) { return opcodeFlags(op) & (opflags::kJumpForward | opflags::kJumpBackward); }
inline bool opIsBackwardJump(int op) { return opcodeFlags(op) & opflags::kJumpBackward; }
inline bool opHasConst(int op) { return opcodeFlags(op) & opflags::kHasConst; }
inline bool opHasName(int op) { return opcodeFlags(op) & opflags::kHasName; }
inline bool opHasLocal(int op) { return opcodeFlags(op) & opflags::kHasLocal; }
inline bool opHasFree(int op) { return opcodeFlags(op) & opflags::kHasFree; }
inline bool opHasCompare(int op) { return opcodeFlags(op) & opflags::kHasCompare; }
inline bool opIsDefined(int op) { return op >= 0 && op < 256 && kOpcodeInfo[op].name != nullptr; }

// Sentinel of stackEffect for opcodes without a defined effect (PY_INVALID_STACK_EFFECT).
constexpr int kInvalidStackEffect = 0x7fffffff;
// compile.c's stack_effect(opcode, oparg, jump): jump > 0 = effect when the jump is taken, 0 = when
// not taken, < 0 = the maximum of both. Accepts the pseudo instructions.
int stackEffect(int opcode, int oparg, int jump = -1);

} // namespace hs
