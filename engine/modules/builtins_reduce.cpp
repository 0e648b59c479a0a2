// builtins that consume iterables (Python/bltinmodule.c): all, any, min, max (with key/default
// and 3.11's messages), sum (with the int/float fast paths), sorted.
#include "modules/builtins_functions.h"

#include "objects/bytes_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

namespace hs {

namespace {
Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }

Object* allAny(Object* iterable, bool any) {
    Interpreter& interp = interpOf(iterable);
    Ref it = getIter(iterable);
    if (!it) return nullptr;
    for (;;) {
        Ref item = iterNext(it.get());
        if (!item) {
            if (errOccurred(interp)) return nullptr;
            return newBool(interp, !any);
        }
        const int t = objectIsTrue(item.get());
        if (t < 0) return nullptr;
        if (any && t) return newBool(interp, true);
        if (!any && !t) return newBool(interp, false);
    }
}

Object* minMax(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames, bool isMin) {
    Interpreter& interp = *self->type->interp;
    const char* name = isMin ? "min" : "max";
    Object* key = nullptr;
    Object* deflt = nullptr;
    // min_max (bltinmodule.c): PyArg_UnpackTuple checks the positionals first, then
    // PyArg_ParseTupleAndKeywords("|$OO:min") the keywords: their count, then an unknown name.
    if (nargs == 0) {
        typeError(interp, std::string(name) + " expected at least 1 argument, got 0");
        return nullptr;
    }
    const std::int64_t nkw = kwCount(kwnames);
    if (nkw > 2) {
        typeError(interp, formatString("%s() takes at most 2 keyword arguments (%lld given)", name, static_cast<long long>(nkw)));
        return nullptr;
    }
    for (std::int64_t i = 0; i < nkw; ++i) {
        Object* k = tupleItem(kwnames, i);
        if (strEqualsAscii(k, "key")) key = args[nargs + i];
        else if (strEqualsAscii(k, "default")) deflt = args[nargs + i];
        else {
            typeError(interp, "'" + strToUtf8(k) + "' is an invalid keyword argument for " + name + "()");
            return nullptr;
        }
    }
    if (key == interp.none) key = nullptr;
    Ref iter;
    if (nargs == 1) {
        iter = getIter(args[0]);
        if (!iter) return nullptr;
    } else if (deflt) {
        typeError(interp, std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
        return nullptr;
    }
    Ref best, bestKey;
    std::int64_t i = 0;
    for (;;) {
        Ref item;
        if (iter) {
            item = iterNext(iter.get());
            if (!item) {
                if (errOccurred(interp)) return nullptr;
                break;
            }
        } else {
            if (i >= nargs) break;
            item = Ref::borrowed(args[i++]);
        }
        Ref itemKey = key ? callOneArg(key, item.get()) : item;
        if (!itemKey) return nullptr;
        if (!best) {
            best = item;
            bestKey = itemKey;
            continue;
        }
        const int cmp = objectRichCompareBool(itemKey.get(), bestKey.get(), isMin ? CompareOp::Lt : CompareOp::Gt);
        if (cmp < 0) return nullptr;
        if (cmp > 0) {
            best = item;
            bestKey = itemKey;
        }
    }
    if (!best) {
        if (deflt) return Ref::borrowed(deflt).release();
        raiseError(interp, vmOf(interp).exc.ValueError, std::string(name) + "() arg is an empty sequence");
        return nullptr;
    }
    return best.release();
}
} // namespace

Object* builtinAll(Object*, Object* const* args, std::int64_t, Object*) { return allAny(args[0], false); }
Object* builtinAny(Object*, Object* const* args, std::int64_t, Object*) { return allAny(args[0], true); }
Object* builtinMin(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) { return minMax(self, args, nargs, kwnames, true); }
Object* builtinMax(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) { return minMax(self, args, nargs, kwnames, false); }

Object* builtinSum(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *self->type->interp;
    static const char* const kNames[] = {"", "start"};
    ArgSpec spec{"sum", kNames, 2, 1, 1, 2};
    Object* a[2];
    if (!unpackParserArgs(interp, spec, "sum", args, nargs, kwnames, a)) return nullptr;
    Ref result = a[1] ? Ref::borrowed(a[1]) : newInt(interp, 0);
    if (a[1]) {
        if (isStr(a[1])) {
            typeError(interp, "sum() can't sum strings [use ''.join(seq) instead]");
            return nullptr;
        }
        if (isBytes(a[1])) {
            typeError(interp, "sum() can't sum bytes [use b''.join(seq) instead]");
            return nullptr;
        }
    }
    Ref it = getIter(a[0]);
    if (!it) return nullptr;
    // Fast path: exact ints accumulated in a C integer while they fit (no intermediate objects).
    if (result->type == interp.types.int_) {
        std::int64_t acc = 0;
        if (intAsInt64(result.get(), acc)) {
            bool overflow = false;
            Ref item;
            for (;;) {
                item = iterNext(it.get());
                if (!item) {
                    if (errOccurred(interp)) return nullptr;
                    return newInt(interp, acc).release();
                }
                std::int64_t v = 0, sum = 0;
                // (__builtin_add_overflow stores the wrapped sum even when it overflows: acc must keep
                // the last exact one, which the slow path below starts from.)
                if (item->type == interp.types.int_ && intAsInt64(item.get(), v) && !__builtin_add_overflow(acc, v, &sum)) {
                    acc = sum;
                    continue;
                }
                overflow = true;
                break;
            }
            (void)overflow;
            result = newInt(interp, acc);
            result = binaryOp(result.get(), item.get(), nbop::ADD);
            if (!result) return nullptr;
        }
    }
    if (result->type == interp.types.float_) {
        double acc = floatValue(result.get());
        Ref item;
        bool done = false;
        for (;;) {
            item = iterNext(it.get());
            if (!item) {
                if (errOccurred(interp)) return nullptr;
                done = true;
                break;
            }
            if (item->type == interp.types.float_) {
                acc += floatValue(item.get());
                continue;
            }
            std::int64_t v = 0;
            if (item->type == interp.types.int_ && intAsInt64(item.get(), v) && v < (std::int64_t(1) << 53) &&
                v > -(std::int64_t(1) << 53)) {
                acc += static_cast<double>(v);
                continue;
            }
            break;
        }
        result = newFloat(interp, acc);
        if (done) return result.release();
        result = binaryOp(result.get(), item.get(), nbop::ADD);
        if (!result) return nullptr;
    }
    for (;;) {
        Ref item = iterNext(it.get());
        if (!item) {
            if (errOccurred(interp)) return nullptr;
            return result.release();
        }
        result = binaryOp(result.get(), item.get(), nbop::ADD);
        if (!result) return nullptr;
    }
}

Object* builtinSorted(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *self->type->interp;
    if (nargs != 1) {
        typeError(interp, formatString("sorted expected 1 argument, got %lld", static_cast<long long>(nargs)));
        return nullptr;
    }
    Ref list = sequenceList(args[0]);
    if (!list) return nullptr;
    Ref sortName = internName(interp, "sort");
    Ref r = callMethod(list.get(), sortName.get(), args + 1, 0, kwnames);
    if (!r) return nullptr;
    return list.release();
}

} // namespace hs
