// The bytecode verifier: whether the eval loop can run a code object made outside the compiler
// (code.replace(), types.CodeType) without reading or writing past what the code object holds.
#pragma once

#include <string>

namespace hs {

struct CodeObject;

// CPython 3.11 runs such code unchecked (a bad co_code can crash it); the engine checks it when
// code.replace()/CodeType make it and refuses it with ValueError "code: <why>". Checked:
//  - every instruction is a public 3.11 opcode (no CACHE, no specialised form), its inline caches
//    fit in the code, opargs index inside co_consts / co_names / the fast locals, the local
//    instructions name plain locals and the cell instructions cells or free variables, which
//    MAKE_CELL / COPY_FREE_VARS set up in the code's prefix;
//  - jumps and exception-table targets land on instruction starts; no path runs off the end;
//    PRECALL n is always followed by CALL n (and CALL reached only that way), KW_NAMES by them
//    with a tuple of str no longer than n;
//  - a flow pass over every reachable instruction (from 0 and from each handler): the stack depth
//    is the same on every path into an instruction, never below what the instruction reads and
//    never above co_stacksize; which slots may hold NULL (PUSH_NULL, LOAD_GLOBAL, LOAD_METHOD) and
//    which hold the list / set / dict that LIST_APPEND, SET_ADD, MAP_ADD, ... write into;
//  - generator instructions (RETURN_GENERATOR, YIELD_VALUE, SEND, ASYNC_GEN_WRAP) only in code
//    flagged as a generator / coroutine / async generator, which starts with RETURN_GENERATOR.
// What a value's type must be where the flow pass cannot know it (the exception instructions,
// MAKE_FUNCTION's operands, FOR_ITER's iterator, RERAISE's lasti) the eval loop checks itself.
// Returns true when the code is safe to run; else false with `why` set.
bool verifyCode(const CodeObject& co, std::string& why);

} // namespace hs
