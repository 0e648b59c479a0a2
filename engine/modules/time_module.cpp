// The time module with a deterministic simulated clock: time, perf_counter, monotonic,
// process_time (and their _ns forms) advance with the instructions executed; sleep() advances it.
#include "modules/module_registry.h"

#include "objects/builtin_function_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

// Simulated nanoseconds per executed instruction.
constexpr std::int64_t kNsPerInstruction = 20;

std::int64_t sleptNs(VmState& vm) { return vm.clockSleptNs; }
std::int64_t monotonicNs(VmState& vm) { return vm.ticks() * kNsPerInstruction + sleptNs(vm); }

Object* tTime(Object* self, Object* const*, std::int64_t, Object*) {
    VmState& vm = vmOf(self);
    const std::int64_t ns = vm.clockBaseNs + monotonicNs(vm);
    return newFloat(vm.interp, static_cast<double>(ns) * 1e-9).release();
}
Object* tTimeNs(Object* self, Object* const*, std::int64_t, Object*) {
    VmState& vm = vmOf(self);
    return newInt(vm.interp, vm.clockBaseNs + monotonicNs(vm)).release();
}
Object* tPerf(Object* self, Object* const*, std::int64_t, Object*) {
    VmState& vm = vmOf(self);
    return newFloat(vm.interp, static_cast<double>(monotonicNs(vm)) * 1e-9).release();
}
Object* tPerfNs(Object* self, Object* const*, std::int64_t, Object*) {
    VmState& vm = vmOf(self);
    return newInt(vm.interp, monotonicNs(vm)).release();
}
Object* tProcess(Object* self, Object* const*, std::int64_t, Object*) {
    VmState& vm = vmOf(self);
    return newFloat(vm.interp, static_cast<double>(vm.ticks() * kNsPerInstruction) * 1e-9).release();
}
Object* tSleep(Object* self, Object* const* args, std::int64_t, Object*) {
    VmState& vm = vmOf(self);
    double secs = 0;
    if (!asDouble(args[0], secs)) return nullptr;
    if (secs < 0) {
        raiseError(vm.interp, vm.exc.ValueError, "sleep length must be non-negative");
        return nullptr;
    }
    vm.clockSleptNs += static_cast<std::int64_t>(secs * 1e9);
    incref(vm.interp.none);
    return vm.interp.none;
}

const MethodDef kFunctions[] = {
    {"time", tTime, meth::kNoArgs},
    {"time_ns", tTimeNs, meth::kNoArgs},
    {"perf_counter", tPerf, meth::kNoArgs},
    {"perf_counter_ns", tPerfNs, meth::kNoArgs},
    {"monotonic", tPerf, meth::kNoArgs},
    {"monotonic_ns", tPerfNs, meth::kNoArgs},
    {"process_time", tProcess, meth::kNoArgs},
    {"sleep", tSleep, meth::kO},
    {nullptr, nullptr, 0},
};

} // namespace

Object* createTimeModule(Interpreter& interp) {
    Ref module = newModule(interp, "time");
    if (!module) return nullptr;
    Ref modName = internName(interp, "time");
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, module.get(), modName.get());
        moduleAddObject(module.get(), def->name, fn.get());
    }
    return module.release();
}

} // namespace hs
