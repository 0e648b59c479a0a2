// generator (PyGenObject, Objects/genobject.c 3.11): a suspended frame owned by the generator object,
// resumed by next()/send()/throw(); close() throws GeneratorExit.
#pragma once

#include "objects/type_object.h"
#include "vm/vm_state.h"

#include <vector>

namespace hs {

struct Frame;

// gi_frame_state values of 3.11.
namespace genstate {
constexpr std::int8_t kCreated = -2;
constexpr std::int8_t kSuspended = -1;
constexpr std::int8_t kExecuting = 0;
constexpr std::int8_t kCompleted = 1;
constexpr std::int8_t kCleared = 4;
} // namespace genstate

// Host side of PyGenObject. Simulated size: 80 + 8 * (nlocalsplus + stacksize + 9).
// Invariants: `frameData` holds the frame (header + localsplus) while state < kCompleted;
// code, name, qualname strong.
struct GenObject : Object {
    Object* code = nullptr;
    Object* weakreflist = nullptr;
    Object* name = nullptr;
    Object* qualname = nullptr;
    ExcStackItem excState;          // gi_exc_state (excValue strong or null)
    std::int8_t state = genstate::kCreated;
    bool running = false;
    std::vector<Object*> frameData; // the _PyInterpreterFrame words
    Frame* frame() { return reinterpret_cast<Frame*>(frameData.data()); }
};

bool isGenerator(const Object* o);
// _Py_MakeCoro + copying `frame` into it (RETURN_GENERATOR). New reference (tracked).
Ref newGeneratorFromFrame(Interpreter& interp, Frame* frame);
// gen_send_ex2: resumes with `value` (None for next()). Returns the yielded value (new reference)
// with *returned = false, or the return value with *returned = true (StopIteration not set), or
// nullptr with an error pending.
Ref generatorSend(Object* gen, Object* value, bool* returned);
// generator.throw(exc) / close().
Ref generatorThrow(Object* gen, Object* type, Object* value, Object* tb);
Ref generatorClose(Object* gen);

void initGeneratorType(Interpreter& interp, TypeObject& t);

} // namespace hs
