// generator (PyGenObject, Objects/genobject.c 3.11): a suspended frame owned by the generator object,
// resumed by next()/send()/throw(); close() throws GeneratorExit. Coroutines and async generators
// share the struct and this machinery (objects/coroutine_object.*, objects/async_generator_object.*).
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

// Host side of _PyGenObject_HEAD (PyGenObject, PyCoroObject, PyAsyncGenObject alike). Simulated
// size: 80 + 8 * (nlocalsplus + stacksize + 9).
// Invariants: `frameData` holds the frame (header + localsplus) while state < kCompleted;
// code, name, qualname, originOrFinalizer strong.
struct GenObject : Object {
    Object* code = nullptr;
    Object* weakreflist = nullptr;
    Object* name = nullptr;
    Object* qualname = nullptr;
    ExcStackItem excState;          // gi_exc_state (excValue strong or null)
    Object* originOrFinalizer = nullptr; // cr_origin (coroutine) / ag_finalizer (async generator)
    bool hooksInited = false;       // ag_hooks_inited
    bool closed = false;            // ag_closed
    bool runningAsync = false;      // ag_running_async
    std::int8_t state = genstate::kCreated;
    bool running = false;
    std::vector<Object*> frameData; // the _PyInterpreterFrame words
    Frame* frame() { return reinterpret_cast<Frame*>(frameData.data()); }
};

bool isGenerator(const Object* o);      // PyGen_CheckExact
bool isCoroutine(const Object* o);      // PyCoro_CheckExact
bool isAsyncGenerator(const Object* o); // PyAsyncGen_CheckExact
// gen_is_coroutine: a generator whose code has CO_ITERABLE_COROUTINE (types.coroutine).
bool isIterableCoroutine(const Object* o);
// _Py_MakeCoro + copying `frame` into it (RETURN_GENERATOR): a generator, coroutine or async
// generator by the code's flags. New reference (tracked).
Ref newGeneratorFromFrame(Interpreter& interp, Frame* frame);
// gen_iternext: the next value, or nullptr (StopIteration(value) set when it returned a value,
// nothing set when it returned None).
Object* generatorIterNext(Object* gen);
// gen_send_ex: the yielded value, or nullptr with StopIteration(value) or another error set.
Ref generatorSendEx(Object* gen, Object* arg, bool exc, bool closing);
// _PyGen_yf: the awaitable/iterator a suspended `yield from`/`await` delegates to (new reference)
// or null.
Object* generatorYieldFrom(Object* gen);
// gen.throw(typ[, val[, tb]]) as a METH_FASTCALL body (argument checks included).
Object* generatorThrowMethod(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames);
// gen_send_ex2: resumes with `value` (None for next()). Returns the yielded value (new reference)
// with *returned = false, or the return value with *returned = true (StopIteration not set), or
// nullptr with an error pending.
Ref generatorSend(Object* gen, Object* value, bool* returned);
// generator.throw(exc) / close(). generatorThrowEx is _gen_throw with close_on_genexit explicit
// (false for an async generator's athrow()/aclose()).
Ref generatorThrow(Object* gen, Object* type, Object* value, Object* tb);
Ref generatorThrowEx(Object* gen, bool closeOnGenexit, Object* type, Object* value, Object* tb);
Ref generatorClose(Object* gen);

// The getters the three types share (new references; None for a null field): __name__,
// __qualname__, gi_code/cr_code/ag_code, gi_frame/cr_frame/ag_frame (_gen_getframe: None once
// completed), gi_yieldfrom/cr_await/ag_await (_PyGen_yf), gi_running/cr_running and
// gi_suspended/cr_suspended (ag_running is the async generator's own ag_running_async).
Object* generatorGetName(Object* self);
Object* generatorGetQualName(Object* self);
Object* generatorGetCode(Object* self);
Object* generatorGetFrame(Object* self);
Object* generatorGetYieldFrom(Object* self);
Object* generatorGetRunning(Object* self);
Object* generatorGetSuspended(Object* self);

// The slots the three types share (gen_dealloc, gen_traverse, gen_sizeof, _PyGen_Finalize).
void initGenCommonSlots(Interpreter& interp, TypeObject& t);
void initGeneratorType(Interpreter& interp, TypeObject& t);

} // namespace hs
