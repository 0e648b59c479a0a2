// The dis module: opcode.py's tables (opname, opmap, cmp_op, has*), stack_effect, and the listing of
// a code object from vm/disassembler; dis(), disassemble(), distb(), code_info() in pysrc/dis_py.inc.
#include "modules/module_registry.h"
#include "modules/source_module.h"

#include "frontend/compiler.h"
#include "modules/preload_scope.h"
#include "objects/builtin_function_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/code_object.h"
#include "vm/disassembler.h"
#include "vm/eval.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

// The filename of CPython's dis.py: the Python part keeps its line numbers.
constexpr std::string_view kDisFile = "/root/.pyenv/versions/3.11.7/lib/python3.11/dis.py";

const char kDisSource[] =
#include "modules/pysrc/dis_py.inc"
    ;

std::string_view disText() {
    std::string_view text = kDisSource;
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    return text;
}

// _disassemble_code(co, lasti, show_caches) -> the listing dis.disassemble prints for one code
// object (nested code objects are the caller's).
Object* fDisassembleCode(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = *self->type->interp;
    if (!checkPositional(interp, "_disassemble_code", nargs, 3, 3)) return nullptr;
    if (!isCode(args[0])) {
        raiseNoAttribute(args[0], Ref(internName(interp, "co_lines")).get());
        return nullptr;
    }
    std::int64_t lasti = -1;
    if (!indexAsInt64(args[1], lasti, vmOf(interp).exc.OverflowError)) return nullptr;
    const int showCaches = objectIsTrue(args[2]);
    if (showCaches < 0) return nullptr;
    DisOptions options;
    options.recursive = false;
    options.lasti = static_cast<int>(lasti);
    options.showCaches = showCaches != 0;
    return newStrFromUtf8(interp, disassemble(*asCode(args[0]), options)).release();
}

// _opcode.stack_effect(opcode, oparg=None, /, *, jump=None).
Object* fStackEffect(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *self->type->interp;
    VmState& vm = vmOf(interp);
    static const char* const kNames[] = {"", "", "jump"};
    const ArgSpec spec{"stack_effect", kNames, 3, 2, 1, 2, 0};
    Object* a[3] = {};
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return nullptr;
    std::int64_t opcode = 0, oparg = 0;
    if (!indexAsInt64(a[0], opcode, vm.exc.OverflowError)) return nullptr;
    Object* opargObj = a[1] && a[1] != interp.none ? a[1] : nullptr;
    if (opcode >= op::kHaveArgument) {
        if (!opargObj) {
            raiseError(interp, vm.exc.ValueError, "stack_effect: opcode requires oparg but oparg was not specified");
            return nullptr;
        }
        if (!indexAsInt64(opargObj, oparg, vm.exc.OverflowError)) return nullptr;
    } else if (opargObj) {
        raiseError(interp, vm.exc.ValueError, "stack_effect: opcode does not permit oparg but oparg was specified");
        return nullptr;
    }
    int jump = -1;
    if (a[2] && a[2] != interp.none) {
        if (a[2] == interp.trueObj) jump = 1;
        else if (a[2] == interp.falseObj) jump = 0;
        else {
            raiseError(interp, vm.exc.ValueError, "stack_effect: jump must be False, True or None");
            return nullptr;
        }
    }
    const int effect = opIsDefined(static_cast<int>(opcode)) && opcode != op::CACHE
                           ? stackEffect(static_cast<int>(opcode), static_cast<int>(oparg), jump)
                           : kInvalidStackEffect;
    if (effect == kInvalidStackEffect) {
        raiseError(interp, vm.exc.ValueError, "invalid opcode or oparg");
        return nullptr;
    }
    return newInt(interp, effect).release();
}

Ref noneRef(Interpreter& interp) { return Ref::borrowed(interp.none); }
Ref strRef(Interpreter& interp, const std::string& s) { return newStrFromUtf8(interp, s); }
Ref intOrNone(Interpreter& interp, int v) { return v < 0 ? noneRef(interp) : newInt(interp, v); }

// argval and argrepr of one instruction, as _get_instructions_bytes resolves them.
bool resolveArg(Interpreter& interp, const CodeObject& co, const DisInstruction& d, Object* unknown, Ref& argval, std::string& argrepr) {
    const int op = d.op, arg = d.arg;
    if (arg < 0 || op == op::CACHE) {
        argval = noneRef(interp);
        return true;
    }
    argval = newInt(interp, arg);
    if (opHasConst(op)) {
        if (op == op::LOAD_CONST && arg < tupleSize(co.consts)) {
            argval = Ref::borrowed(tupleItem(co.consts, arg));
            argrepr = constantRepr(argval.get());
        } else {
            argval = Ref::borrowed(unknown);
        }
    } else if (opHasName(op)) {
        const int index = op == op::LOAD_GLOBAL ? arg / 2 : arg;
        if (index < tupleSize(co.names)) {
            argval = Ref::borrowed(tupleItem(co.names, index));
            argrepr = strToUtf8(argval.get());
            if (op == op::LOAD_GLOBAL && (arg & 1)) argrepr = "NULL + " + argrepr;
        }
    } else if (opIsJump(op)) {
        const int target = d.offset + 2 + (opIsBackwardJump(op) ? -arg : arg) * 2;
        argval = newInt(interp, target);
        argrepr = "to " + std::to_string(target);
    } else if (opHasLocal(op) || opHasFree(op)) {
        argval = Ref::borrowed(co.localName(arg));
        argrepr = strToUtf8(argval.get());
    } else if (opHasCompare(op)) {
        argrepr = compareOpSymbol(arg);
        argval = strRef(interp, argrepr);
    } else if (op == op::FORMAT_VALUE) {
        static const char* const kConv[] = {"", "str", "repr", "ascii"};
        argrepr = kConv[arg & 3];
        Ref conv = noneRef(interp);
        if (arg & 3) {
            Object* f = dictGetItem(vmOf(interp).builtinsDict, Ref(internName(interp, kConv[arg & 3])).get());
            if (f) conv = Ref::borrowed(f);
        }
        Ref withFormat = Ref::borrowed((arg & 4) ? interp.trueObj : interp.falseObj);
        argval = tuplePack(interp, {conv.get(), withFormat.get()});
        if (arg & 4) argrepr += argrepr.empty() ? "with format" : ", with format";
    } else if (op == op::MAKE_FUNCTION) {
        static const char* const kFlags[] = {"defaults", "kwdefaults", "annotations", "closure"};
        for (int i = 0; i < 4; ++i)
            if (arg & (1 << i)) argrepr += (argrepr.empty() ? "" : ", ") + std::string(kFlags[i]);
    } else if (op == op::BINARY_OP) {
        argrepr = binaryOpSymbol(arg);
    }
    return static_cast<bool>(argval);
}

// _instructions(co, line_offset, show_caches, unknown, exception_targets) -> a list of 9-tuples
// (the Instruction fields, positions as a 4-tuple) for get_instructions / Bytecode.
Object* fInstructions(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = *self->type->interp;
    if (!checkPositional(interp, "_instructions", nargs, 5, 5)) return nullptr;
    if (!isCode(args[0])) {
        raiseNoAttribute(args[0], Ref(internName(interp, "co_lines")).get());
        return nullptr;
    }
    std::int64_t lineOffset = 0;
    if (!indexAsInt64(args[1], lineOffset, vmOf(interp).exc.OverflowError)) return nullptr;
    const int showCaches = objectIsTrue(args[2]);
    const int exceptionTargets = objectIsTrue(args[4]);
    if (showCaches < 0 || exceptionTargets < 0) return nullptr;
    const CodeObject& co = *asCode(args[0]);
    Ref list = newList(interp, 0);
    if (!list) return nullptr;
    for (const DisInstruction& d : disInstructions(co, showCaches != 0, exceptionTargets != 0)) {
        Ref argval;
        std::string argrepr;
        if (!resolveArg(interp, co, d, args[3], argval, argrepr)) return nullptr;
        const SourcePosition& p = d.position;
        Ref posParts[4] = {intOrNone(interp, p.line), intOrNone(interp, p.endLine), intOrNone(interp, p.col), intOrNone(interp, p.endCol)};
        for (const Ref& r : posParts)
            if (!r) return nullptr;
        Ref pos = tuplePack(interp, {posParts[0].get(), posParts[1].get(), posParts[2].get(), posParts[3].get()});
        Ref fields[9] = {strRef(interp, opcodeName(d.op)), newInt(interp, d.op), intOrNone(interp, d.arg), argval,
                         strRef(interp, argrepr), newInt(interp, d.offset),
                         d.startsLine < 0 ? noneRef(interp) : newInt(interp, d.startsLine + lineOffset),
                         Ref::borrowed(d.isJumpTarget ? interp.trueObj : interp.falseObj), pos};
        Object* raw[9];
        for (int i = 0; i < 9; ++i)
            if (!(raw[i] = fields[i].get())) return nullptr;
        Ref item = tupleFromArray(interp, raw, 9);
        if (!item || listAppend(list.get(), item.get()) < 0) return nullptr;
    }
    return list.release();
}

// _code_tables(co) -> (linestarts: [(offset, line)], exception entries: [(start, end, target,
// depth, lasti)] in bytes), what findlinestarts and _parse_exception_table read from a code object.
Object* fCodeTables(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = *self->type->interp;
    if (!isCode(args[0])) {
        raiseNoAttribute(args[0], Ref(internName(interp, "co_lines")).get());
        return nullptr;
    }
    const CodeObject& co = *asCode(args[0]);
    Ref starts = newList(interp, 0);
    Ref entries = newList(interp, 0);
    if (!starts || !entries) return nullptr;
    for (const DisInstruction& d : disInstructions(co, false, false)) {
        if (d.startsLine < 0) continue;
        Ref off = newInt(interp, d.offset), line = newInt(interp, d.startsLine);
        Ref pair = off && line ? tuplePack(interp, {off.get(), line.get()}) : Ref();
        if (!pair || listAppend(starts.get(), pair.get()) < 0) return nullptr;
    }
    for (const ExceptionHandler& e : co.exceptionEntries()) {
        Ref f[5] = {newInt(interp, e.start * 2), newInt(interp, e.end * 2), newInt(interp, e.target * 2), newInt(interp, e.depth),
                    Ref::borrowed(e.pushLasti ? interp.trueObj : interp.falseObj)};
        for (const Ref& r : f)
            if (!r) return nullptr;
        Ref entry = tuplePack(interp, {f[0].get(), f[1].get(), f[2].get(), f[3].get(), f[4].get()});
        if (!entry || listAppend(entries.get(), entry.get()) < 0) return nullptr;
    }
    return tuplePack(interp, {starts.get(), entries.get()}).release();
}

const MethodDef kFunctions[] = {
    {"_disassemble_code", fDisassembleCode, meth::kFastcall},
    {"_code_tables", fCodeTables, meth::kO},
    {"_instructions", fInstructions, meth::kFastcall},
    {"stack_effect", fStackEffect, meth::kFastcall | meth::kKeywords, "Compute the stack effect of the opcode."},
    {nullptr, nullptr, 0},
};

// opcode.py's has* lists: the defined opcodes whose flags match, in numeric order.
Ref opcodesWith(Interpreter& interp, std::uint8_t flags) {
    Ref list = newList(interp, 0);
    if (!list) return Ref();
    for (int op = 0; op < 256; ++op) {
        if (!opIsDefined(op) || !(opcodeFlags(op) & flags)) continue;
        Ref n = newInt(interp, op);
        if (!n || listAppend(list.get(), n.get()) < 0) return Ref();
    }
    return list;
}

bool addTables(Interpreter& interp, Object* module) {
    Ref opname = newList(interp, 0);
    Ref opmap = newDict(interp);
    if (!opname || !opmap) return false;
    for (int op = 0; op < 256; ++op) {
        Ref name = newStrFromAscii(interp, opcodeName(op));
        if (!name || listAppend(opname.get(), name.get()) < 0) return false;
        if (!opIsDefined(op)) continue;
        Ref num = newInt(interp, op);
        if (!num || dictSetItem(opmap.get(), name.get(), num.get()) < 0) return false;
    }
    if (moduleAddObject(module, "opname", opname.get()) < 0 || moduleAddObject(module, "opmap", opmap.get()) < 0) return false;
    Ref cmp = newTuple(interp, 6);
    if (!cmp) return false;
    for (int i = 0; i < 6; ++i) {
        Ref s = newStrFromAscii(interp, compareOpSymbol(i));
        if (!s) return false;
        tupleSetItemSteal(cmp.get(), i, s.release());
    }
    if (moduleAddObject(module, "cmp_op", cmp.get()) < 0) return false;
    const std::pair<const char*, std::uint8_t> kLists[] = {
        {"hasconst", opflags::kHasConst},
        {"hasname", opflags::kHasName},
        {"hasjrel", opflags::kJumpForward | opflags::kJumpBackward},
        {"hasjabs", 0},
        {"haslocal", opflags::kHasLocal},
        {"hascompare", opflags::kHasCompare},
        {"hasfree", opflags::kHasFree},
        {"hasnargs", 0},
    };
    for (const auto& [name, flags] : kLists) {
        Ref list = opcodesWith(interp, flags);
        if (!list || moduleAddObject(module, name, list.get()) < 0) return false;
    }
    // The private tables dis.py takes from opcode: caches per opcode, the deoptimized opcode,
    // every opcode's name (specialized forms included), BINARY_OP's (NB_ name, symbol) pairs.
    static const char* const kNbNames[] = {"ADD", "AND", "FLOOR_DIVIDE", "LSHIFT", "MATRIX_MULTIPLY", "MULTIPLY", "REMAINDER",
                                           "OR", "POWER", "RSHIFT", "SUBTRACT", "TRUE_DIVIDE", "XOR"};
    Ref caches = newList(interp, 0), deopt = newList(interp, 0), allNames = newList(interp, 0), nbOps = newList(interp, 0);
    if (!caches || !deopt || !allNames || !nbOps) return false;
    for (int op = 0; op < 256; ++op) {
        const char* special = specializedOpcodeName(op);
        Ref c = newInt(interp, opcodeCaches(op)), d = newInt(interp, opcodeDeopt(op));
        Ref n = newStrFromAscii(interp, special ? special : opcodeName(op));
        if (!c || !d || !n || listAppend(caches.get(), c.get()) < 0 || listAppend(deopt.get(), d.get()) < 0 ||
            listAppend(allNames.get(), n.get()) < 0)
            return false;
    }
    for (int i = 0; i < 26; ++i) {
        Ref name = newStrFromAscii(interp, std::string(i < 13 ? "NB_" : "NB_INPLACE_") + kNbNames[i % 13]);
        Ref symbol = newStrFromAscii(interp, binaryOpSymbol(i));
        Ref pair = name && symbol ? tuplePack(interp, {name.get(), symbol.get()}) : Ref();
        if (!pair || listAppend(nbOps.get(), pair.get()) < 0) return false;
    }
    if (moduleAddObject(module, "_inline_cache_entries", caches.get()) < 0 || moduleAddObject(module, "_deopt_table", deopt.get()) < 0 ||
        moduleAddObject(module, "_all_opname", allNames.get()) < 0 || moduleAddObject(module, "_nb_ops", nbOps.get()) < 0)
        return false;
    Ref have = newInt(interp, op::kHaveArgument);
    Ref ext = newInt(interp, op::EXTENDED_ARG);
    return have && ext && moduleAddObject(module, "HAVE_ARGUMENT", have.get()) >= 0 &&
           moduleAddObject(module, "EXTENDED_ARG", ext.get()) >= 0;
}

} // namespace

std::string_view disModuleSource(std::string_view filename) { return filename == kDisFile ? disText() : std::string_view(); }

Object* createDisModule(Interpreter& interp) {
    // Not preloaded in CPython; its import's own allocations are left out of the gc state.
    PreloadScope preload(interp);
    VmState& vm = vmOf(interp);
    Ref module = newModule(interp, "dis");
    if (!module) return nullptr;
    Object* m = module.get();
    Ref modName = internName(interp, "dis");
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, m, modName.get());
        if (!fn || moduleAddObject(m, def->name, fn.get()) < 0) return nullptr;
    }
    if (!addTables(interp, m)) return nullptr;
    Ref file = newStrFromUtf8(interp, kDisFile);
    if (!file || moduleAddObject(m, "__file__", file.get()) < 0) return nullptr;
    Object* dict = moduleDict(m);
    if (dictSetItem(dict, vm.names.__builtins__, vm.builtinsModule) < 0) return nullptr;
    if (!runModuleSource(interp, dict, disText(), kDisFile)) return nullptr;
    return module.release();
}

} // namespace hs
