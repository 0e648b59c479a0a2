// The _bisect module (Modules/_bisectmodule.c): bisect_right/bisect_left/insort_right/insort_left
// with lo, hi and key, which CPython's bisect.py imports over its pure-Python definitions. Preloaded.
#include "modules/module_registry.h"

#include "modules/preload_scope.h"
#include "objects/builtin_function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

// PySequence_GetItem(seq, i): a new reference (exact lists read their array).
Ref sequenceItem(Interpreter& interp, Object* seq, std::int64_t i) {
    if (isExactList(seq) && i < listSize(seq)) return Ref::borrowed(listItem(seq, i));
    Ref index = newInt(interp, i);
    return index ? getItem(seq, index.get()) : Ref();
}

// internal_bisect_right / internal_bisect_left: the insertion index, or -1 with the error set.
// right compares item < a[mid]; left compares a[mid] < item (after key(a[mid]) when key is given).
std::int64_t internalBisect(Interpreter& interp, Object* seq, Object* item, std::int64_t lo, std::int64_t hi, Object* key,
                            bool right) {
    if (lo < 0) {
        raiseError(interp, vmOf(interp).exc.ValueError, "lo must be non-negative");
        return -1;
    }
    if (hi == -1) {
        hi = objectLength(seq);
        if (hi < 0) return -1;
    }
    while (lo < hi) {
        const std::int64_t mid = static_cast<std::int64_t>((static_cast<std::uint64_t>(lo) + static_cast<std::uint64_t>(hi)) / 2);
        Ref litem = sequenceItem(interp, seq, mid);
        if (!litem) return -1;
        if (key != interp.none) {
            litem = callOneArg(key, litem.get());
            if (!litem) return -1;
        }
        const int res = right ? objectRichCompareBool(item, litem.get(), CompareOp::Lt)
                              : objectRichCompareBool(litem.get(), item, CompareOp::Lt);
        if (res < 0) return -1;
        if (right == (res != 0)) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

// Argument Clinic: (a, x, lo=0, hi=None, *, key=None); hi accepts an int or None.
bool parseArgs(Interpreter& interp, const char* name, Object* const* args, std::int64_t nargs, Object* kwnames,
               Object** a, std::int64_t& lo, std::int64_t& hi) {
    static const char* const kNames[] = {"a", "x", "lo", "hi", "key"};
    ArgSpec spec{name, kNames, 5, 0, 2, 4};
    if (!unpackArgs(interp, spec, args, nargs, kwnames, a)) return false;
    VmState& vm = vmOf(interp);
    lo = 0;
    hi = -1;
    if (a[2] && !indexAsInt64(a[2], lo, vm.exc.OverflowError)) return false;
    if (a[3] && a[3] != interp.none) {
        if (!isInt(a[3])) {
            raiseError(interp, vm.exc.TypeError, "argument should be integer or None, not '" + a[3]->type->name + "'");
            return false;
        }
        if (!indexAsInt64(a[3], hi, vm.exc.OverflowError)) return false;
    }
    if (!a[4]) a[4] = interp.none;
    return true;
}

Object* bisectImpl(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames, const char* name, bool right) {
    Interpreter& interp = *self->type->interp;
    Object* a[5];
    std::int64_t lo = 0, hi = -1;
    if (!parseArgs(interp, name, args, nargs, kwnames, a, lo, hi)) return nullptr;
    const std::int64_t index = internalBisect(interp, a[0], a[1], lo, hi, a[4], right);
    if (index < 0) return nullptr;
    return newInt(interp, index).release();
}

Object* insortImpl(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames, const char* name, bool right) {
    Interpreter& interp = *self->type->interp;
    Object* a[5];
    std::int64_t lo = 0, hi = -1;
    if (!parseArgs(interp, name, args, nargs, kwnames, a, lo, hi)) return nullptr;
    std::int64_t index;
    if (a[4] == interp.none) {
        index = internalBisect(interp, a[0], a[1], lo, hi, a[4], right);
    } else {
        Ref keyX = callOneArg(a[4], a[1]);
        if (!keyX) return nullptr;
        index = internalBisect(interp, a[0], keyX.get(), lo, hi, a[4], right);
    }
    if (index < 0) return nullptr;
    if (isExactList(a[0])) {
        if (listInsert(a[0], index, a[1]) < 0) return nullptr;
    } else {
        Ref i = newInt(interp, index);
        if (!i) return nullptr;
        Object* callArgs[2] = {i.get(), a[1]};
        Ref r = callMethodStr(a[0], "insert", callArgs, 2);
        if (!r) return nullptr;
    }
    incref(interp.none);
    return interp.none;
}

Object* fBisectRight(Object* s, Object* const* a, std::int64_t n, Object* k) { return bisectImpl(s, a, n, k, "bisect_right", true); }
Object* fBisectLeft(Object* s, Object* const* a, std::int64_t n, Object* k) { return bisectImpl(s, a, n, k, "bisect_left", false); }
Object* fInsortRight(Object* s, Object* const* a, std::int64_t n, Object* k) { return insortImpl(s, a, n, k, "insort_right", true); }
Object* fInsortLeft(Object* s, Object* const* a, std::int64_t n, Object* k) { return insortImpl(s, a, n, k, "insort_left", false); }

const MethodDef kFunctions[] = {
    {"bisect_right", fBisectRight, meth::kFastcall | meth::kKeywords,
     "bisect_right($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\nReturn the index where to insert item x in list a, assuming a is sorted."},
    {"insort_right", fInsortRight, meth::kFastcall | meth::kKeywords,
     "insort_right($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\nInsert item x in list a, and keep it sorted assuming a is sorted."},
    {"bisect_left", fBisectLeft, meth::kFastcall | meth::kKeywords,
     "bisect_left($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\nReturn the index where to insert item x in list a, assuming a is sorted."},
    {"insort_left", fInsortLeft, meth::kFastcall | meth::kKeywords,
     "insort_left($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\nInsert item x in list a, and keep it sorted assuming a is sorted."},
    {nullptr, nullptr, 0},
};

} // namespace

// _bisect is loaded by CPython's startup (random imports bisect).
Object* createBisectBuiltinModule(Interpreter& interp) {
    PreloadScope preload(interp);
    Ref module = newModule(interp, "_bisect");
    if (!module) return nullptr;
    Ref modName = internName(interp, "_bisect");
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, module.get(), modName.get());
        if (!fn || moduleAddObject(module.get(), def->name, fn.get()) < 0) return nullptr;
    }
    if (moduleSetExtensionFile(module.get(), "_bisect") < 0) return nullptr;
    return module.release();
}

} // namespace hs
