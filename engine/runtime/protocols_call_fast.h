// Inline fast paths of C-function calls (CPython 3.11's PRECALL_NO_KW_BUILTIN_O/FAST and
// PRECALL_NO_KW_METHOD_DESCRIPTOR_O/FAST): a MethodDef called without keywords, no argument tuple.
#pragma once

#include "objects/builtin_function_object.h"
#include "vm/vm_state.h"

#include <cstdint>

namespace hs {

// True when callMethodDef(def, nargs, no keywords) passes every METH_* check and builds no args
// tuple (not METH_VARARGS), and the function takes the self it is given (not a static type's
// METH_STATIC method, whose C self is its type: callMethodDef supplies it): the function can be
// called directly with the caller's array.
inline bool methodDefCallableFast(const MethodDef* def, std::int64_t nargs) {
    const int flags = def->flags;
    return !(flags & (meth::kVarargs | meth::kStatic)) && (!(flags & meth::kO) || nargs == 1) &&
           (!(flags & meth::kNoArgs) || nargs == 0);
}

// callMethodDef without keywords: the same checks, recursion count and messages (the slow path
// gives every error), without its generic argument handling.
inline Object* callMethodDefNoKw(Interpreter& interp, const MethodDef* def, const TypeObject* owner, Object* self,
                                 Object* const* args, std::int64_t nargs, bool bound = false) {
    VmState& vm = *interp.vm;
    // enterRecursiveCall succeeds exactly when the depth is below the limit.
    if (methodDefCallableFast(def, nargs) && vm.recursionDepth < vm.recursionLimit) {
        ++vm.recursionDepth;
        Object* result = def->fn(self, args, nargs, nullptr);
        --vm.recursionDepth;
        return result;
    }
    return callMethodDef(interp, def, owner, self, args, nargs, nullptr, bound);
}

} // namespace hs
