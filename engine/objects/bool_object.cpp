// bool: True and False as static int-subclass singletons (Objects/boolobject.c) with their repr and
// the bool-preserving &, |, ^.
#include "objects/bool_object.h"

#include "objects/builtin_types.h"
#include "objects/static_refcounts.h"
#include "objects/str_object.h"
#include "runtime/abstract.h"
#include "runtime/interpreter.h"

#include <cstdlib>
#include <vector>

namespace hs {

namespace {

// _Py_ID(True) and _Py_ID(False): static str objects of _PyRuntime, not interned, resting at the
// static refcount 999999999 (measured: sys.getrefcount(repr(False)) == 1000000000).
constexpr std::int64_t kIdStrRefcnt = 999999999;

struct BoolReprStrings {
    Object* trueStr = nullptr;
    Object* falseStr = nullptr;
};

// Keyed by interpreter; created by createBoolSingletons.
std::vector<std::pair<const Interpreter*, BoolReprStrings>>& reprStrings() {
    static std::vector<std::pair<const Interpreter*, BoolReprStrings>> table;
    return table;
}

// bool has no tp_dealloc of its own in 3.11 (int's would run); the singletons never reach zero,
// so getting here is a refcounting bug.
void boolDealloc(Object*) { std::abort(); }

std::string boolLabel(const Object* o) { return intValue(o).isZero() ? "False" : "True"; }

} // namespace

bool isBool(const Object* o) { return o->type == o->type->interp->types.bool_; }

Object* boolRepr(Object* o) {
    Interpreter& interp = *o->type->interp;
    for (auto& [owner, strs] : reprStrings()) {
        if (owner != &interp) continue;
        Object* s = o == interp.trueObj ? strs.trueStr : strs.falseStr;
        incref(s);
        return s;
    }
    return newStrFromAscii(interp, o == interp.trueObj ? "True" : "False").release();
}

Ref boolAnd(Object* a, Object* b) {
    if (!isBool(a) || !isBool(b)) return intAnd(a, b);
    Interpreter& interp = *a->type->interp;
    return Ref(newBool(interp, (a == interp.trueObj) & (b == interp.trueObj)));
}

Ref boolOr(Object* a, Object* b) {
    if (!isBool(a) || !isBool(b)) return intOr(a, b);
    Interpreter& interp = *a->type->interp;
    return Ref(newBool(interp, (a == interp.trueObj) | (b == interp.trueObj)));
}

Ref boolXor(Object* a, Object* b) {
    if (!isBool(a) || !isBool(b)) return intXor(a, b);
    Interpreter& interp = *a->type->interp;
    return Ref(newBool(interp, (a == interp.trueObj) ^ (b == interp.trueObj)));
}

void initBoolType(Interpreter&, TypeObject& t) {
    t.dealloc = boolDealloc;
    t.sizeOf = intSizeOf;
    t.readField = intReadField;
    t.repr = boolRepr;
    t.hash = intHash;
    t.richcompare = intRichCompare;
    t.isTrue = intIsTrue;
    t.label = boolLabel;
    setHostDestructor<IntObject>(t);
}

void createBoolSingletons(Interpreter& interp) {
    // _Py_TrueStruct lies 32 bytes below _Py_FalseStruct (measured: id(False) - id(True) == 32);
    // each is a struct _longobject of sizeof 32. True: ob_size 1, digit 1; False: ob_size 0.
    auto* t = interp.newStaticObject<IntObject>(interp.types.bool_, 32, static_refcounts::kTrue);
    t->value = BigInt(1);
    auto* f = interp.newStaticObject<IntObject>(interp.types.bool_, 32, static_refcounts::kFalse);
    f->value = BigInt(0);
    interp.trueObj = t;
    interp.falseObj = f;
    auto& table = reprStrings();
    for (auto it = table.begin(); it != table.end(); ++it)
        if (it->first == &interp) { table.erase(it); break; }
    table.push_back({&interp, {newStaticStr(interp, "True", kIdStrRefcnt, false),
                               newStaticStr(interp, "False", kIdStrRefcnt, false)}});
}

} // namespace hs
