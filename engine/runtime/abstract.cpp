// Slot dispatch for repr/hash/compare/truth with CPython's generic fallbacks and error messages.
#include "runtime/abstract.h"

#include "objects/dict_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

#include <algorithm>
#include <cstdio>

namespace hs {

namespace {
const char* kOpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
constexpr CompareOp kSwapped[] = {CompareOp::Gt, CompareOp::Ge, CompareOp::Eq, CompareOp::Ne, CompareOp::Lt, CompareOp::Le};
} // namespace

Object* newBool(Interpreter& interp, bool v) {
    Object* b = v ? interp.trueObj : interp.falseObj;
    incref(b);
    return b;
}

Ref objectRepr(Object* o) {
    TypeObject* t = o->type;
    if (t->repr) {
        // PyObject_Repr: a tp_repr may recurse (nested containers) without bound. (No VM yet, as
        // for the compiler's constants: no recursion counter.)
        Ref r;
        if (!t->interp->vm) {
            r = Ref(t->repr(o));
        } else {
            if (!enterRecursiveCall(*t->interp, " while getting the repr of an object")) return Ref();
            r = Ref(t->repr(o));
            leaveRecursiveCall(*t->interp);
        }
        if (r && !isStr(r.get())) {
            t->interp->setError("TypeError", "__repr__ returned non-string (type " + r->type->name + ")");
            return Ref();
        }
        return r;
    }
    t->interp->setError("TypeError", "object of type '" + t->name + "' has no repr");
    return Ref();
}

std::int64_t objectHash(Object* o) {
    TypeObject* t = o->type;
    if (t->hash) return t->hash(o);
    t->interp->setError("TypeError", "unhashable type: '" + t->name + "'");
    return -1;
}

namespace {
Ref doRichCompare(Object* a, Object* b, CompareOp op);
}

// PyObject_RichCompare: do_richcompare inside the " in comparison" recursion guard.
Ref objectRichCompare(Object* a, Object* b, CompareOp op) {
    Interpreter& interp = *a->type->interp;
    if (!interp.vm) return doRichCompare(a, b, op);
    if (!enterRecursiveCall(interp, " in comparison")) return Ref();
    Ref r = doRichCompare(a, b, op);
    leaveRecursiveCall(interp);
    return r;
}

namespace {
Ref doRichCompare(Object* a, Object* b, CompareOp op) {
    Interpreter& interp = *a->type->interp;
    TypeObject* ta = a->type;
    TypeObject* tb = b->type;
    bool checkedReverse = false;
    // A subclass of a's type overriding the comparison goes first.
    if (ta != tb && tb->isSubtypeOf(ta) && tb->richcompare) {
        checkedReverse = true;
        Ref r(tb->richcompare(b, a, kSwapped[int(op)]));
        if (!r || r.get() != interp.notImplemented) return r;
    }
    if (ta->richcompare) {
        Ref r(ta->richcompare(a, b, op));
        if (!r || r.get() != interp.notImplemented) return r;
    }
    if (!checkedReverse && tb->richcompare) {
        Ref r(tb->richcompare(b, a, kSwapped[int(op)]));
        if (!r || r.get() != interp.notImplemented) return r;
    }
    if (op == CompareOp::Eq) return Ref(newBool(interp, a == b));
    if (op == CompareOp::Ne) return Ref(newBool(interp, a != b));
    interp.setError("TypeError", std::string("'") + kOpSymbols[int(op)] + "' not supported between instances of '" +
                                     ta->name + "' and '" + tb->name + "'");
    return Ref();
}
} // namespace

int objectRichCompareBool(Object* a, Object* b, CompareOp op) {
    if (a == b) {
        if (op == CompareOp::Eq) return 1;
        if (op == CompareOp::Ne) return 0;
    }
    Ref r = objectRichCompare(a, b, op);
    if (!r) return -1;
    return objectIsTrue(r.get());
}

int objectIsTrue(Object* o) {
    Interpreter& interp = *o->type->interp;
    if (o == interp.trueObj) return 1;
    if (o == interp.falseObj || o == interp.none) return 0;
    TypeObject* t = o->type;
    if (t->isTrue) return t->isTrue(o);
    return 1;
}

namespace {

// Py_ReprEnter's simulated objects when Python runs: the thread state's dict (created by the first
// PyThreadState_GetDict) holding the "Py_Repr" list, which holds a reference to every object whose
// repr is in progress. An allocation failure leaves the list out (the C++ stack still guards).
Object* reprList(Interpreter& interp) {
    if (!interp.vm) return nullptr;
    VmState& vm = vmOf(interp);
    if (vm.reprList) return vm.reprList;
    if (!vm.threadStateDict) {
        Ref dict = newDict(interp);
        if (!dict) {
            clearError(interp);
            return nullptr;
        }
        vm.threadStateDict = dict.release();
        vm.extraRoots.push_back(vm.threadStateDict);
    }
    Ref list = newList(interp, 0);
    Ref key = list ? internName(interp, "Py_Repr") : Ref();
    if (!key || dictSetItem(vm.threadStateDict, key.get(), list.get()) < 0) {
        clearError(interp);
        return nullptr;
    }
    vm.reprList = list.get();
    return vm.reprList;
}

} // namespace

ReprGuard::ReprGuard(Object* o) : m_object(o) {
    Interpreter& interp = *o->type->interp;
    auto& stack = interp.reprStack;
    m_active = std::find(stack.begin(), stack.end(), o) != stack.end();
    if (m_active) return;
    stack.push_back(o);
    if (Object* list = reprList(interp))
        if (listAppend(list, o) < 0) clearError(interp);
}

ReprGuard::~ReprGuard() {
    if (m_active) return;
    Interpreter& interp = *m_object->type->interp;
    auto& stack = interp.reprStack;
    auto it = std::find(stack.rbegin(), stack.rend(), m_object);
    if (it != stack.rend()) stack.erase(std::next(it).base());
    // Py_ReprLeave: the last occurrence is cut out with PyList_SetSlice(list, i, i + 1, NULL); the
    // pending error, if any, is kept aside meanwhile.
    Object* list = interp.vm ? vmOf(interp).reprList : nullptr;
    if (list == nullptr) return;
    for (std::int64_t i = listSize(list) - 1; i >= 0; --i) {
        if (listItem(list, i) != m_object) continue;
        PendingError saved = interp.takeError();
        if (listDelSlice(list, i, i + 1) < 0) clearError(interp);
        interp.setPendingError(std::move(saved));
        break;
    }
}

} // namespace hs
