// Py_BuildValue for __reduce__ values and the shared __setstate__ state checks (Python/modsupport.c
// do_mktuple / do_ignore, Python/getargs.c vgetargs1's count and "O!" messages).
#include "objects/reduce_tuple.h"

#include "objects/int_object.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "vm/vm_state.h"

#include <string>

namespace hs {

namespace {

// do_ignore: drops the references a failed build still owns.
void releaseItem(const BuildItem& item) {
    if (item.kind == BuildItem::Kind::Object) xdecref(item.obj);
    for (const BuildItem& sub : item.items) releaseItem(sub);
}

} // namespace

Object* buildValue(Interpreter& interp, const BuildItem& item) {
    switch (item.kind) {
    case BuildItem::Kind::Object:
        if (!item.obj && !errOccurred(interp))
            raiseError(interp, vmOf(interp).exc.SystemError, "NULL object passed to Py_BuildValue");
        return item.obj;
    case BuildItem::Kind::Int:
        return newInt(interp, item.value).release();
    case BuildItem::Kind::Tuple: break;
    }
    const auto n = static_cast<std::int64_t>(item.items.size());
    Ref tuple = newTuple(interp, n);
    bool failed = !tuple;
    for (std::int64_t i = 0; i < n; ++i) {
        const BuildItem& sub = item.items[static_cast<std::size_t>(i)];
        if (failed) {
            releaseItem(sub);
            continue;
        }
        Object* v = buildValue(interp, sub);
        if (!v) {
            failed = true;
            continue;
        }
        tupleSetItemSteal(tuple.get(), i, v);
    }
    return failed ? nullptr : tuple.release();
}

bool stateTuple(Interpreter& interp, Object* state, std::int64_t min, std::int64_t max) {
    TypeObject* typeError = vmOf(interp).exc.TypeError;
    if (!isTuple(state)) {
        raiseError(interp, typeError, "state is not a tuple");
        return false;
    }
    const std::int64_t n = tupleSize(state);
    if (n >= min && n <= max) return true;
    const std::int64_t bound = n < min ? min : max;
    raiseError(interp, typeError,
               std::string("function takes ") + (min == max ? "exactly" : n < min ? "at least" : "at most") + " " +
                   std::to_string(bound) + " argument" + (bound == 1 ? "" : "s") + " (" + std::to_string(n) + " given)");
    return false;
}

Object* stateItemOfType(Interpreter& interp, Object* state, std::int64_t index, TypeObject* type) {
    Object* item = tupleItem(state, index);
    if (item->type->isSubtypeOf(type)) return item;
    raiseError(interp, vmOf(interp).exc.TypeError,
               "argument " + std::to_string(index + 1) + " must be " + type->name + ", not " +
                   (item == interp.none ? std::string("None") : item->type->name));
    return nullptr;
}

} // namespace hs
