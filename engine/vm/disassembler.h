// The disassembler: CPython 3.11's dis.dis(code) output for a code object (nested code objects
// included), built from the opcode table in opcodes.h.
#pragma once

#include "vm/code_object.h"

#include <string>
#include <vector>

namespace hs {

struct DisOptions {
    bool recursive = true;   // also disassemble code objects found in co_consts (dis.dis's default)
    int lasti = -1;          // byte offset marked with "-->" (dis.disassemble(co, lasti))
    bool showCaches = false; // show_caches=True (CACHE entries listed, without cache details)
};

// What `dis.dis(code)` prints, including the "ExceptionTable:" section and, for nested code
// objects, "\nDisassembly of <code object ...>:\n" blocks. Specialized instructions are shown as
// their base instruction (adaptive=False). May run no Python code: constant reprs come from the
// built-in types' repr slots (a repr failure prints "<repr failed>").
std::string disassemble(const CodeObject& co, const DisOptions& options = {});

// One instruction as dis.get_instructions yields it (argval and argrepr are the caller's): byte
// offset, deoptimized opcode (CACHE for a listed cache entry), arg (-1 = None), the line it starts
// (-1 = None) and whether a jump or exception handler targets it.
struct DisInstruction {
    int offset = 0;
    int op = 0;
    int arg = -1;
    int startsLine = -1;
    bool isJumpTarget = false;
    SourcePosition position;
};
// _get_instructions_bytes's sequence for a code object; CACHE entries only with showCaches;
// exception handlers count as jump targets only with exceptionTargets (Bytecode does,
// get_instructions does not pass the exception table).
std::vector<DisInstruction> disInstructions(const CodeObject& co, bool showCaches, bool exceptionTargets);

// repr() of a constant as dis shows it (None/Ellipsis and containers of them formatted without
// needing their repr slots; code objects as "<code object NAME at 0x..., file ..., line N>").
std::string constantRepr(Object* constant);

} // namespace hs
