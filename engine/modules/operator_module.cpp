// The operator module (Modules/_operator.c 3.11): the function forms over the abstract protocols,
// and itemgetter / attrgetter / methodcaller (GC objects holding their arguments, with CPython's
// reprs). CPython has it loaded at startup, so the first import runs inside a PreloadScope; `import
// operator` and `import _operator` give the same module object here.
#include "modules/module_registry.h"

#include "modules/module_types.h"
#include "modules/preload_scope.h"
#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

#include <utility>
#include <vector>

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
Object* newRef(Object* o) {
    incref(o);
    return o;
}

// ---------------------------------------------------------------- functions

// The binary and in-place forms (PyNumber_Add ... PyNumber_InPlaceXor), by BINARY_OP argument.
template <int Op> Object* binary(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    static const char* const kNames[] = {"add",  "and_", "floordiv",  "lshift",  "matmul",  "mul",  "mod",
                                         "or_",  "pow",  "rshift",    "sub",     "truediv", "xor",  "iadd",
                                         "iand", "ifloordiv", "ilshift", "imatmul", "imul", "imod", "ior",
                                         "ipow", "irshift", "isub", "itruediv", "ixor"};
    if (!checkPositional(interpOf(self), kNames[Op], nargs, 2, 2)) return nullptr;
    return binaryOp(args[0], args[1], Op).release();
}

template <int Cmp> Object* compare(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    static const char* const kNames[] = {"lt", "le", "eq", "ne", "gt", "ge"};
    if (!checkPositional(interpOf(self), kNames[Cmp], nargs, 2, 2)) return nullptr;
    return objectRichCompare(args[0], args[1], static_cast<CompareOp>(Cmp)).release();
}

Object* opNeg(Object*, Object* const* args, std::int64_t, Object*) { return numberNegative(args[0]).release(); }
Object* opPos(Object*, Object* const* args, std::int64_t, Object*) { return numberPositive(args[0]).release(); }
Object* opAbs(Object*, Object* const* args, std::int64_t, Object*) { return numberAbsolute(args[0]).release(); }
Object* opInvert(Object*, Object* const* args, std::int64_t, Object*) { return numberInvert(args[0]).release(); }
Object* opIndex(Object*, Object* const* args, std::int64_t, Object*) { return numberIndex(args[0]).release(); }
Object* opTruth(Object* self, Object* const* args, std::int64_t, Object*) {
    const int r = objectIsTrue(args[0]);
    return r < 0 ? nullptr : newRef(r ? interpOf(self).trueObj : interpOf(self).falseObj);
}
Object* opNot(Object* self, Object* const* args, std::int64_t, Object*) {
    const int r = objectIsTrue(args[0]);
    return r < 0 ? nullptr : newRef(r ? interpOf(self).falseObj : interpOf(self).trueObj);
}
Object* opIs(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    if (!checkPositional(interpOf(self), "is_", nargs, 2, 2)) return nullptr;
    return newRef(args[0] == args[1] ? interpOf(self).trueObj : interpOf(self).falseObj);
}
Object* opIsNot(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    if (!checkPositional(interpOf(self), "is_not", nargs, 2, 2)) return nullptr;
    return newRef(args[0] != args[1] ? interpOf(self).trueObj : interpOf(self).falseObj);
}
Object* opGetItem(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    if (!checkPositional(interpOf(self), "getitem", nargs, 2, 2)) return nullptr;
    return getItem(args[0], args[1]).release();
}
Object* opSetItem(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    if (!checkPositional(interpOf(self), "setitem", nargs, 3, 3)) return nullptr;
    if (setItem(args[0], args[1], args[2]) < 0) return nullptr;
    return newRef(interpOf(self).none);
}
Object* opDelItem(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    if (!checkPositional(interpOf(self), "delitem", nargs, 2, 2)) return nullptr;
    if (delItem(args[0], args[1]) < 0) return nullptr;
    return newRef(interpOf(self).none);
}
Object* opContains(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    if (!checkPositional(interpOf(self), "contains", nargs, 2, 2)) return nullptr;
    const int r = containsOp(args[0], args[1]);
    return r < 0 ? nullptr : newRef(r ? interpOf(self).trueObj : interpOf(self).falseObj);
}

Object* opConcat(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    if (!checkPositional(interpOf(self), "concat", nargs, 2, 2)) return nullptr;
    return sequenceConcat(args[0], args[1], false).release();
}
Object* opIConcat(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    if (!checkPositional(interpOf(self), "iconcat", nargs, 2, 2)) return nullptr;
    return sequenceConcat(args[0], args[1], true).release();
}

// countOf / indexOf: PySequence_Count / PySequence_Index, i.e. _PySequence_IterSearch.
Object* iterSearch(Object* self, Object* const* args, std::int64_t nargs, bool index) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, index ? "indexOf" : "countOf", nargs, 2, 2)) return nullptr;
    const std::int64_t n = sequenceIterSearch(args[0], args[1], index ? IterSearch::Index : IterSearch::Count);
    if (n < 0) return nullptr;
    return newInt(interp, n).release();
}
Object* opCountOf(Object* self, Object* const* args, std::int64_t nargs, Object*) { return iterSearch(self, args, nargs, false); }
Object* opIndexOf(Object* self, Object* const* args, std::int64_t nargs, Object*) { return iterSearch(self, args, nargs, true); }

// length_hint(obj, default=0, /): PyObject_LengthHint; `default` goes through __index__.
Object* opLengthHint(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "length_hint", nargs, 1, 2)) return nullptr;
    std::int64_t deflt = 0;
    if (nargs > 1) {
        Ref iv = numberIndex(args[1]);
        if (!iv) return nullptr;
        if (!intAsInt64(iv.get(), deflt)) {
            raiseError(interp, vmOf(interp).exc.OverflowError, "Python int too large to convert to C ssize_t");
            return nullptr;
        }
    }
    const std::int64_t hint = lengthHint(args[0], deflt);
    if (hint < 0 && errOccurred(interp)) return nullptr;
    return newInt(interp, hint).release();
}

// call(obj, /, *args, **kwargs) (3.11): a vectorcall of obj with the rest.
Object* opCall(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    if (!checkPositional(interpOf(self), "call", nargs, 1, INT64_MAX)) return nullptr;
    return call(args[0], args + 1, nargs - 1, kwnames).release();
}

const MethodDef kFunctions[] = {
    {"abs", opAbs, meth::kO, "Same as abs(a)."},
    {"add", binary<nbop::ADD>, meth::kFastcall, "Same as a + b."},
    {"and_", binary<nbop::AND>, meth::kFastcall, "Same as a & b."},
    {"call", opCall, meth::kFastcall | meth::kKeywords, "Same as obj(*args, **kwargs)."},
    {"concat", opConcat, meth::kFastcall, "Same as a + b, for a and b sequences."},
    {"contains", opContains, meth::kFastcall, "Same as b in a (note reversed operands)."},
    {"countOf", opCountOf, meth::kFastcall, "Return the number of items in a which are, or which equal, b."},
    {"delitem", opDelItem, meth::kFastcall, "Same as del a[b]."},
    {"eq", compare<2>, meth::kFastcall, "Same as a == b."},
    {"floordiv", binary<nbop::FLOOR_DIVIDE>, meth::kFastcall, "Same as a // b."},
    {"ge", compare<5>, meth::kFastcall, "Same as a >= b."},
    {"getitem", opGetItem, meth::kFastcall, "Same as a[b]."},
    {"gt", compare<4>, meth::kFastcall, "Same as a > b."},
    {"iadd", binary<nbop::INPLACE_ADD>, meth::kFastcall, "Same as a += b."},
    {"iand", binary<nbop::INPLACE_AND>, meth::kFastcall, "Same as a &= b."},
    {"iconcat", opIConcat, meth::kFastcall, "Same as a += b, for a and b sequences."},
    {"ifloordiv", binary<nbop::INPLACE_FLOOR_DIVIDE>, meth::kFastcall, "Same as a //= b."},
    {"ilshift", binary<nbop::INPLACE_LSHIFT>, meth::kFastcall, "Same as a <<= b."},
    {"imatmul", binary<nbop::INPLACE_MATRIX_MULTIPLY>, meth::kFastcall, "Same as a @= b."},
    {"imod", binary<nbop::INPLACE_REMAINDER>, meth::kFastcall, "Same as a %= b."},
    {"imul", binary<nbop::INPLACE_MULTIPLY>, meth::kFastcall, "Same as a *= b."},
    {"index", opIndex, meth::kO, "Same as a.__index__()"},
    {"indexOf", opIndexOf, meth::kFastcall, "Return the first index of b in a."},
    {"inv", opInvert, meth::kO, "Same as ~a."},
    {"invert", opInvert, meth::kO, "Same as ~a."},
    {"ior", binary<nbop::INPLACE_OR>, meth::kFastcall, "Same as a |= b."},
    {"ipow", binary<nbop::INPLACE_POWER>, meth::kFastcall, "Same as a **= b."},
    {"irshift", binary<nbop::INPLACE_RSHIFT>, meth::kFastcall, "Same as a >>= b."},
    {"is_", opIs, meth::kFastcall, "Same as a is b."},
    {"is_not", opIsNot, meth::kFastcall, "Same as a is not b."},
    {"isub", binary<nbop::INPLACE_SUBTRACT>, meth::kFastcall, "Same as a -= b."},
    {"itruediv", binary<nbop::INPLACE_TRUE_DIVIDE>, meth::kFastcall, "Same as a /= b."},
    {"ixor", binary<nbop::INPLACE_XOR>, meth::kFastcall, "Same as a ^= b."},
    {"le", compare<1>, meth::kFastcall, "Same as a <= b."},
    {"length_hint", opLengthHint, meth::kFastcall, "Return an estimate of the number of items in obj."},
    {"lshift", binary<nbop::LSHIFT>, meth::kFastcall, "Same as a << b."},
    {"lt", compare<0>, meth::kFastcall, "Same as a < b."},
    {"matmul", binary<nbop::MATRIX_MULTIPLY>, meth::kFastcall, "Same as a @ b."},
    {"mod", binary<nbop::REMAINDER>, meth::kFastcall, "Same as a % b."},
    {"mul", binary<nbop::MULTIPLY>, meth::kFastcall, "Same as a * b."},
    {"ne", compare<3>, meth::kFastcall, "Same as a != b."},
    {"neg", opNeg, meth::kO, "Same as -a."},
    {"not_", opNot, meth::kO, "Same as not a."},
    {"or_", binary<nbop::OR>, meth::kFastcall, "Same as a | b."},
    {"pos", opPos, meth::kO, "Same as +a."},
    {"pow", binary<nbop::POWER>, meth::kFastcall, "Same as a ** b."},
    {"rshift", binary<nbop::RSHIFT>, meth::kFastcall, "Same as a >> b."},
    {"setitem", opSetItem, meth::kFastcall, "Same as a[b] = c."},
    {"sub", binary<nbop::SUBTRACT>, meth::kFastcall, "Same as a - b."},
    {"truediv", binary<nbop::TRUE_DIVIDE>, meth::kFastcall, "Same as a / b."},
    {"truth", opTruth, meth::kO, "Return True if a is true, False otherwise."},
    {"xor", binary<nbop::XOR>, meth::kFastcall, "Same as a ^ b."},
    {nullptr, nullptr, 0},
};

// ---------------------------------------------------------------- itemgetter / attrgetter / methodcaller

// itemgetterobject (48): nitems, item, index, vectorcall. attrgetterobject (40): nattrs, attr.
// methodcallerobject (40): name, args, kwds. refs[0..2] are the owned objects.
struct GetterObject : Object {
    Object* refs[3] = {};
    std::int64_t count = 0;
    std::int64_t index = -1;
};
GetterObject* asGetter(Object* o) { return static_cast<GetterObject*>(o); }

GetterObject* allocGetter(Interpreter& interp, ModuleTypeId id) {
    TypeObject* t = moduleType(interp, id);
    return interp.newObject<GetterObject>(t, static_cast<std::uint64_t>(t->basicsize));
}

bool noKeywordArgs(Interpreter& interp, const char* name, Object* kwargs) {
    if (kwargs && dictSize(kwargs)) {
        raiseError(interp, vmOf(interp).exc.TypeError, std::string(name) + "() takes no keyword arguments");
        return false;
    }
    return true;
}

Object* itemGetterNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (!noKeywordArgs(interp, "itemgetter", kwargs)) return nullptr;
    const std::int64_t n = tupleSize(args);
    if (n < 1) {
        raiseError(interp, vmOf(interp).exc.TypeError, "itemgetter expected 1 argument, got 0");
        return nullptr;
    }
    GetterObject* ig = allocGetter(interp, ModuleTypeId::ItemGetter);
    if (!ig) return nullptr;
    Object* item = n == 1 ? tupleItem(args, 0) : args;
    ig->refs[0] = newRef(item);
    ig->count = n;
    std::int64_t index = -1;
    if (n == 1 && item->type == interp.types.int_ && intAsInt64(item, index) && index < 0) index = -1;
    ig->index = n == 1 ? index : -1;
    interp.gc().track(ig);
    return ig;
}

Object* itemGetterCall(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    if (!noKeywords(interp, "itemgetter", kwnames) || !checkPositional(interp, "itemgetter", nargs, 1, 1)) return nullptr;
    GetterObject* ig = asGetter(self);
    Object* obj = args[0];
    if (ig->count == 1) {
        if (ig->index >= 0 && obj->type == interp.types.tuple && ig->index < tupleSize(obj)) return newRef(tupleItem(obj, ig->index));
        return getItem(obj, ig->refs[0]).release();
    }
    Ref result = newTuple(interp, ig->count);
    if (!result) return nullptr;
    for (std::int64_t i = 0; i < ig->count; ++i) {
        Ref v = getItem(obj, tupleItem(ig->refs[0], i));
        if (!v) return nullptr;
        tupleSetItemSteal(result.get(), i, v.release());
    }
    return result.release();
}

Object* itemGetterRepr(Object* self) {
    Interpreter& interp = interpOf(self);
    ReprGuard guard(self);
    if (guard.active()) return newStrFromAscii(interp, "operator.itemgetter(...)").release();
    Ref r = objectRepr(asGetter(self)->refs[0]);
    if (!r) return nullptr;
    const std::string text = strToUtf8(r.get());
    return newStrFromUtf8(interp, "operator.itemgetter" + (asGetter(self)->count == 1 ? "(" + text + ")" : text)).release();
}

Object* attrGetterNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (!noKeywordArgs(interp, "attrgetter", kwargs)) return nullptr;
    const std::int64_t n = tupleSize(args);
    if (n < 1) {
        raiseError(interp, vmOf(interp).exc.TypeError, "attrgetter expected 1 argument, got 0");
        return nullptr;
    }
    Ref attr = newTuple(interp, n);
    if (!attr) return nullptr;
    for (std::int64_t i = 0; i < n; ++i) {
        Object* item = tupleItem(args, i);
        if (!isStr(item)) {
            raiseError(interp, vmOf(interp).exc.TypeError, "attribute name must be a string");
            return nullptr;
        }
        const std::string name = strToUtf8(item);
        if (name.find('.') == std::string::npos) {
            Ref s = Ref::borrowed(item);
            internInPlace(interp, s);
            tupleSetItemSteal(attr.get(), i, s.release());
            continue;
        }
        std::vector<Ref> parts;
        for (std::size_t start = 0;;) {
            const std::size_t dot = name.find('.', start);
            parts.push_back(internFromUtf8(interp, name.substr(start, dot == std::string::npos ? std::string::npos : dot - start)));
            if (!parts.back()) return nullptr;
            if (dot == std::string::npos) break;
            start = dot + 1;
        }
        Ref dotted = newTuple(interp, static_cast<std::int64_t>(parts.size()));
        if (!dotted) return nullptr;
        for (std::size_t k = 0; k < parts.size(); ++k) tupleSetItemSteal(dotted.get(), static_cast<std::int64_t>(k), parts[k].release());
        tupleSetItemSteal(attr.get(), i, dotted.release());
    }
    GetterObject* ag = allocGetter(interp, ModuleTypeId::AttrGetter);
    if (!ag) return nullptr;
    ag->refs[0] = attr.release();
    ag->count = n;
    interp.gc().track(ag);
    return ag;
}

Ref dottedGetAttr(Object* obj, Object* attr) {
    if (isStr(attr)) return getAttr(obj, attr);
    Ref cur = Ref::borrowed(obj);
    for (std::int64_t i = 0; i < tupleSize(attr); ++i) {
        cur = getAttr(cur.get(), tupleItem(attr, i));
        if (!cur) return Ref();
    }
    return cur;
}

Object* attrGetterCall(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    if (!noKeywords(interp, "attrgetter", kwnames) || !checkPositional(interp, "attrgetter", nargs, 1, 1)) return nullptr;
    GetterObject* ag = asGetter(self);
    if (ag->count == 1) return dottedGetAttr(args[0], tupleItem(ag->refs[0], 0)).release();
    Ref result = newTuple(interp, ag->count);
    if (!result) return nullptr;
    for (std::int64_t i = 0; i < ag->count; ++i) {
        Ref v = dottedGetAttr(args[0], tupleItem(ag->refs[0], i));
        if (!v) return nullptr;
        tupleSetItemSteal(result.get(), i, v.release());
    }
    return result.release();
}

std::string attrText(Interpreter& interp, Object* attr) {
    if (isStr(attr)) return strToUtf8(attr);
    std::string text;
    for (std::int64_t i = 0; i < tupleSize(attr); ++i) text += (i ? "." : "") + strToUtf8(tupleItem(attr, i));
    (void)interp;
    return text;
}

Object* attrGetterRepr(Object* self) {
    Interpreter& interp = interpOf(self);
    GetterObject* ag = asGetter(self);
    std::string text = "operator.attrgetter(";
    for (std::int64_t i = 0; i < ag->count; ++i) {
        Ref s = newStrFromUtf8(interp, attrText(interp, tupleItem(ag->refs[0], i)));
        Ref r = s ? objectRepr(s.get()) : Ref();
        if (!r) return nullptr;
        text += (i ? ", " : "") + strToUtf8(r.get());
    }
    return newStrFromUtf8(interp, text + ")").release();
}

Object* methodCallerNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (tupleSize(args) < 1) {
        raiseError(interp, vmOf(interp).exc.TypeError, "methodcaller needs at least one argument, the method name");
        return nullptr;
    }
    if (!isStr(tupleItem(args, 0))) {
        raiseError(interp, vmOf(interp).exc.TypeError, "method name must be a string");
        return nullptr;
    }
    GetterObject* mc = allocGetter(interp, ModuleTypeId::MethodCaller);
    if (!mc) return nullptr;
    Ref result(mc);
    Ref name = Ref::borrowed(tupleItem(args, 0));
    internInPlace(interp, name);
    mc->refs[0] = name.release();
    if (kwargs) mc->refs[2] = newRef(kwargs);
    Ref rest = tupleFromArray(interp, tupleItems(args) + 1, tupleSize(args) - 1);
    if (!rest) return nullptr;
    mc->refs[1] = rest.release();
    interp.gc().track(mc);
    return result.release();
}

Object* methodCallerCall(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(self);
    if (!noKeywords(interp, "methodcaller", kwnames) || !checkPositional(interp, "methodcaller", nargs, 1, 1)) return nullptr;
    GetterObject* mc = asGetter(self);
    Ref method = getAttr(args[0], mc->refs[0]);
    if (!method) return nullptr;
    return callTupleDict(method.get(), mc->refs[1], mc->refs[2]).release();
}

Object* methodCallerRepr(Object* self) {
    Interpreter& interp = interpOf(self);
    GetterObject* mc = asGetter(self);
    ReprGuard guard(self);
    if (guard.active()) return newStrFromAscii(interp, "operator.methodcaller(...)").release();
    Ref name = objectRepr(mc->refs[0]);
    if (!name) return nullptr;
    std::string text = "operator.methodcaller(" + strToUtf8(name.get());
    for (std::int64_t i = 0; i < tupleSize(mc->refs[1]); ++i) {
        Ref r = objectRepr(tupleItem(mc->refs[1], i));
        if (!r) return nullptr;
        text += ", " + strToUtf8(r.get());
    }
    if (mc->refs[2]) {
        std::int64_t pos = 0;
        Object *k, *v;
        while (dictNext(mc->refs[2], pos, &k, &v)) {
            Ref r = objectRepr(v);
            if (!r) return nullptr;
            text += ", " + strToUtf8(k) + "=" + strToUtf8(r.get());
        }
    }
    return newStrFromUtf8(interp, text + ")").release();
}

void getterDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    for (Object*& r : asGetter(o)->refs) xdecref(std::exchange(r, nullptr));
    interp.freeObject(o);
}

int getterTraverse(Object* o, VisitProc visit, void* arg) {
    for (Object* r : asGetter(o)->refs)
        if (r)
            if (int v = visit(r, arg)) return v;
    return 0;
}

void createGetterTypes(Interpreter& interp) {
    if (moduleType(interp, ModuleTypeId::ItemGetter)) return;
    struct Spec {
        ModuleTypeId id;
        const char* name;
        std::int64_t basicsize;
        Object* (*tpNew)(TypeObject*, Object*, Object*);
        VectorcallFunc call;
        UnaryFunc repr;
    };
    const Spec specs[] = {
        {ModuleTypeId::ItemGetter, "operator.itemgetter", 48, itemGetterNew, itemGetterCall, itemGetterRepr},
        {ModuleTypeId::AttrGetter, "operator.attrgetter", 40, attrGetterNew, attrGetterCall, attrGetterRepr},
        {ModuleTypeId::MethodCaller, "operator.methodcaller", 40, methodCallerNew, methodCallerCall, methodCallerRepr},
    };
    for (const Spec& s : specs) {
        TypeObject* t = interp.newStaticType(s.name, s.basicsize, 0, tpflags::kHaveGc, interp.types.object);
        t->type = interp.types.type;
        t->dealloc = getterDealloc;
        t->traverse = getterTraverse;
        t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
        t->repr = s.repr;
        t->hash = interp.types.object->hash;
        t->richcompare = interp.types.object->richcompare;
        t->label = [](const Object* o) { return "<" + o->type->name + ">"; };
        t->slots.call = s.call;
        // itemgetter and attrgetter have a vectorcall in 3.11, methodcaller only tp_call.
        if (s.id == ModuleTypeId::MethodCaller) t->slots.tpCallOnly = alwaysTpCall;
        t->slots.tpNew = s.tpNew;
        addSlotWrappers(interp, t);
        setHostDestructor<GetterObject>(*t);
        moduleType(interp, s.id) = t;
    }
}

} // namespace

Object* createOperatorModule(Interpreter& interp) {
    PreloadScope preload(interp);
    VmState& vm = vmOf(interp);
    // `import operator` and `import _operator` share one module object (created once).
    for (const char* existing : {"operator", "_operator"}) {
        Ref key = newStrFromUtf8(interp, existing);
        if (Object* m = dictGetItem(vm.modules, key.get())) return newRef(m);
    }
    createGetterTypes(interp);
    Ref module = newModule(interp, "operator");
    if (!module) return nullptr;
    Ref modName = internName(interp, "_operator");
    for (const MethodDef* def = kFunctions; def->name; ++def) {
        Ref fn = newBuiltinFunction(interp, def, module.get(), modName.get());
        if (!fn || moduleAddObject(module.get(), def->name, fn.get()) < 0) return nullptr;
    }
    // Lib/operator.py's dunder aliases (`__add__ = add`, ...): the same function objects.
    static const char* const kAliases[] = {
        "lt", "le", "eq", "ne", "ge", "gt", "not_", "abs", "add", "and_", "call", "floordiv", "index", "inv", "invert",
        "lshift", "mod", "mul", "matmul", "neg", "or_", "pos", "pow", "rshift", "sub", "truediv", "xor", "concat",
        "contains", "delitem", "getitem", "setitem", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imod", "imul",
        "imatmul", "ior", "ipow", "irshift", "isub", "itruediv", "ixor"};
    Object* moduleDict = static_cast<ModuleObject*>(module.get())->dict;
    for (const char* name : kAliases) {
        std::string dunder(name);
        if (dunder.back() == '_') dunder.pop_back(); // not_ -> __not__, and_ -> __and__, or_ -> __or__
        dunder = "__" + dunder + "__";
        // (The functions' names were interned as the module's keys: found without a new str.)
        Object* key = findInterned(interp, name);
        if (Object* fn = key ? dictGetItem(moduleDict, key) : nullptr) moduleAddObject(module.get(), dunder.c_str(), fn);
    }
    moduleAddObject(module.get(), "itemgetter", moduleType(interp, ModuleTypeId::ItemGetter));
    moduleAddObject(module.get(), "attrgetter", moduleType(interp, ModuleTypeId::AttrGetter));
    moduleAddObject(module.get(), "methodcaller", moduleType(interp, ModuleTypeId::MethodCaller));
    return module.release();
}

} // namespace hs
