// The disassembler: CPython 3.11's dis.dis(code) output for a code object (nested code objects
// included), built from the opcode table in opcodes.h.
#pragma once

#include "vm/code_object.h"

#include <string>

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

// repr() of a constant as dis shows it (None/Ellipsis and containers of them formatted without
// needing their repr slots; code objects as "<code object NAME at 0x..., file ..., line N>").
std::string constantRepr(Object* constant);

} // namespace hs
