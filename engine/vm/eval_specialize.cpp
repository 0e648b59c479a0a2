// 3.11's adaptive interpreter, as far as a program can see it (Python/specialize.c, ceval.c).
// A code object warms up (co_warmup, -8 upwards at each RESUME and JUMP_BACKWARD) and is then
// quickened: its BINARY_OPs become BINARY_OP_ADAPTIVE, which specialise on the operands they meet,
// its COMPARE_OPs COMPARE_OP_ADAPTIVE (the *_JUMP forms compare without PyObject_RichCompare's
// recursion level) and its PRECALLs PRECALL_ADAPTIVE (specialised on the callable:
// vm/eval_precall.cpp).
// The specialised forms compute what the generic BINARY_OP does, but release the operands in
// another order (the right one first: which block pymalloc or the float free list hands out next)
// and one of them, BINARY_OP_INPLACE_ADD_UNICODE (`s += t` into a local), extends the string in
// place, so its id survives while its block has room. The state lives where 3.11 keeps it: the
// opcode byte of the instruction in CodeObject::quickened and the counter in its cache unit.
#include "vm/eval_internal.h"

#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "vm/opcodes.h"

namespace hs {

namespace {

// The counters of pycore_code.h: a 12-bit value and a 4-bit exponential backoff.
constexpr unsigned kBackoffBits = 4;
constexpr unsigned kMaxBackoff = 16 - kBackoffBits;

CodeUnit adaptiveCounterBits(unsigned value, unsigned backoff) {
    return static_cast<CodeUnit>((value << kBackoffBits) | (backoff & ((1u << kBackoffBits) - 1)));
}

void setOpcode(CodeUnit& unit, int opcode) { unit = makeUnit(opcode, unitOparg(unit)); }

// _PyOpcode_Adaptive for the instructions modelled here (0: none).
int opcodeAdaptive(int opcode) {
    switch (opcode) {
    case op::BINARY_OP: return op::BINARY_OP_ADAPTIVE;
    case op::COMPARE_OP: return op::COMPARE_OP_ADAPTIVE;
    case op::PRECALL: return op::PRECALL_ADAPTIVE;
    default: return 0;
    }
}

// Py_ABS(Py_SIZE(v)) <= 1: |v| < 2**30.
bool oneDigit(const Object* o) {
    constexpr std::int64_t kDigit = std::int64_t{1} << 30;
    const BigInt& v = intValue(o);
    return v.isSmall() && v.small() > -kDigit && v.small() < kDigit;
}

bool isConditionalJump(int opcode) {
    return opcode == op::POP_JUMP_FORWARD_IF_FALSE || opcode == op::POP_JUMP_BACKWARD_IF_FALSE ||
           opcode == op::POP_JUMP_FORWARD_IF_TRUE || opcode == op::POP_JUMP_BACKWARD_IF_TRUE;
}

} // namespace

CodeUnit adaptiveCounterBackoff(CodeUnit counter) {
    unsigned backoff = (counter & ((1u << kBackoffBits) - 1)) + 1;
    if (backoff > kMaxBackoff) backoff = kMaxBackoff;
    return adaptiveCounterBits((1u << backoff) - 1, backoff);
}

void quickenWarmCode(CodeObject* co) {
    std::vector<CodeUnit>& units = co->quickened;
    for (std::size_t i = 0; i < units.size(); ++i) {
        const int opcode = opcodeDeopt(unitOpcode(units[i]));
        if (const int adaptive = opcodeAdaptive(opcode)) {
            setOpcode(units[i], adaptive);
            units[i + 1] = 0; // the adaptive counter: specialise at the first execution
        } else if (opcode == op::RESUME) {
            setOpcode(units[i], op::RESUME_QUICK);
        } else if (opcode == op::JUMP_BACKWARD) {
            setOpcode(units[i], op::JUMP_BACKWARD_QUICK);
        }
        i += static_cast<std::size_t>(opcodeCaches(opcode));
    }
}

CodeUnit adaptiveCounterStart() { return adaptiveCounterBits((1u << 5) - 1, 5); }

void specializeBinaryOp(CodeObject* co, int index, int oparg, Object* lhs, Object* rhs, Object* const* locals) {
    CodeUnit* units = co->quickened.data();
    CodeUnit& counter = units[index + 1];
    const TypeObject* t = lhs->type;
    const BuiltinTypes& types = t->interp->types;
    int specialized = -1;
    switch (oparg) {
    case nbop::ADD:
    case nbop::INPLACE_ADD:
        if (t != rhs->type) break;
        if (t == types.str) {
            // The store that follows (after the one cache unit) into the local that holds lhs.
            const CodeUnit next = units[index + 2];
            const bool toStore = unitOpcode(next) == op::STORE_FAST || unitOpcode(next) == op::STORE_FAST__LOAD_FAST;
            specialized = toStore && locals[unitOparg(next)] == lhs ? op::BINARY_OP_INPLACE_ADD_UNICODE : op::BINARY_OP_ADD_UNICODE;
        } else if (t == types.int_) {
            specialized = op::BINARY_OP_ADD_INT;
        } else if (t == types.float_) {
            specialized = op::BINARY_OP_ADD_FLOAT;
        }
        break;
    case nbop::MULTIPLY:
    case nbop::INPLACE_MULTIPLY:
        if (t != rhs->type) break;
        if (t == types.int_) specialized = op::BINARY_OP_MULTIPLY_INT;
        else if (t == types.float_) specialized = op::BINARY_OP_MULTIPLY_FLOAT;
        break;
    case nbop::SUBTRACT:
    case nbop::INPLACE_SUBTRACT:
        if (t != rhs->type) break;
        if (t == types.int_) specialized = op::BINARY_OP_SUBTRACT_INT;
        else if (t == types.float_) specialized = op::BINARY_OP_SUBTRACT_FLOAT;
        break;
    default:
        // No specialisation exists: the generic BINARY_OP for good.
        setOpcode(units[index], op::BINARY_OP);
        return;
    }
    if (specialized < 0) {
        counter = adaptiveCounterBackoff(counter); // stays adaptive, tries again later
        return;
    }
    setOpcode(units[index], specialized);
    counter = kMissCounterStart;
}

void specializeCompareOp(CodeObject* co, int index, int oparg, Object* lhs, Object* rhs) {
    CodeUnit* units = co->quickened.data();
    CodeUnit& counter = units[index + 1];
    // A comparison that no conditional jump follows (after the two cache units) never combines:
    // the generic COMPARE_OP for good.
    if (!isConditionalJump(unitOpcode(units[index + 3]))) {
        setOpcode(units[index], op::COMPARE_OP);
        return;
    }
    const TypeObject* t = lhs->type;
    const BuiltinTypes& types = t->interp->types;
    int specialized = -1;
    if (t == rhs->type) {
        if (t == types.float_) specialized = op::COMPARE_OP_FLOAT_JUMP;
        else if (t == types.int_ && oneDigit(lhs) && oneDigit(rhs)) specialized = op::COMPARE_OP_INT_JUMP;
        else if (t == types.str && (oparg == static_cast<int>(CompareOp::Eq) || oparg == static_cast<int>(CompareOp::Ne)))
            specialized = op::COMPARE_OP_STR_JUMP;
    }
    if (specialized < 0) {
        counter = adaptiveCounterBackoff(counter);
        return;
    }
    setOpcode(units[index], specialized);
    counter = kMissCounterStart;
}

void specializedMiss(CodeObject* co, int index, int adaptive) {
    CodeUnit* units = co->quickened.data();
    CodeUnit& counter = units[index + 1];
    if (--counter == 0) {
        setOpcode(units[index], adaptive);
        counter = adaptiveCounterStart();
    }
}

} // namespace hs
