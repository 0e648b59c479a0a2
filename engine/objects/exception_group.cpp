// BaseExceptionGroup/ExceptionGroup as Objects/exceptions.c of 3.11 builds them: msg and excs at
// +72/+80 (ExceptionObject::fields[0..1]), split/subgroup by type, predicate or leaf ids.
#include "objects/exception_group.h"

#include "objects/bigint.h"
#include "objects/builtin_function_object.h"
#include "objects/class_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

constexpr int kMsg = 0;
constexpr int kExcs = 1;

Interpreter& interpOf(const Object* o) { return *o->type->interp; }

// ---------------------------------------------------------------- construction

// BaseExceptionGroup_new.
Object* groupNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    VmState& vm = vmOf(interp);
    const std::int64_t nargs = args ? tupleSize(args) : 0;
    if (!checkArgCount(interp, "BaseExceptionGroup.__new__", nargs, 2, 2)) return nullptr;
    Object* message = tupleItem(args, 0);
    if (!isStr(message)) {
        raiseError(interp, vm.exc.TypeError,
                   "BaseExceptionGroup.__new__() argument 1 must be str, not " + message->type->name);
        return nullptr;
    }
    Object* sequence = tupleItem(args, 1);
    if (!sequenceCheck(sequence)) {
        raiseError(interp, vm.exc.TypeError, "second argument (exceptions) must be a sequence");
        return nullptr;
    }
    Ref excs = sequenceTuple(sequence);
    if (!excs) return nullptr;
    const std::int64_t n = tupleSize(excs.get());
    if (n == 0) {
        raiseError(interp, vm.exc.ValueError, "second argument (exceptions) must be a non-empty sequence");
        return nullptr;
    }
    bool nestedBaseExceptions = false;
    for (std::int64_t i = 0; i < n; ++i) {
        Object* exc = tupleItem(excs.get(), i);
        if (!isExceptionInstance(exc)) {
            raiseError(interp, vm.exc.ValueError,
                       formatString("Item %lld of second argument (exceptions) is not an exception", static_cast<long long>(i)));
            return nullptr;
        }
        if (!typeIsSubtype(exc->type, vm.exc.Exception)) nestedBaseExceptions = true;
    }
    TypeObject* cls = type;
    if (cls == vm.exc.ExceptionGroup) {
        if (nestedBaseExceptions) {
            raiseError(interp, vm.exc.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            return nullptr;
        }
    } else if (cls == vm.exc.BaseExceptionGroup) {
        // All nested exceptions are Exception instances: the group is an ExceptionGroup.
        if (!nestedBaseExceptions && vm.exc.ExceptionGroup) cls = vm.exc.ExceptionGroup;
    } else if (nestedBaseExceptions && typeIsSubtype(cls, vm.exc.Exception)) {
        raiseError(interp, vm.exc.TypeError, "Cannot nest BaseExceptions in '" + cls->name + "'");
        return nullptr;
    }
    Object* self = baseExceptionNew(cls, args, kwargs);
    if (!self) return nullptr;
    incref(message);
    asException(self)->fields[kMsg] = message;
    asException(self)->fields[kExcs] = excs.release();
    return self;
}

// BaseExceptionGroup_str: "msg (N sub-exception[s])".
Object* groupStr(Object* self) {
    Interpreter& interp = interpOf(self);
    Object* msg = asException(self)->fields[kMsg];
    Object* excs = asException(self)->fields[kExcs];
    const std::int64_t n = excs ? tupleSize(excs) : 0;
    Ref text = msg ? objectStr(msg) : newStrFromAscii(interp, "");
    if (!text) return nullptr;
    return newStrFromUtf8(interp, strToUtf8(text.get()) + formatString(" (%lld sub-exception%s)", static_cast<long long>(n),
                                                                       n > 1 ? "s" : ""))
        .release();
}

template <int I> Object* getMember(Object* self) {
    Object* v = asException(self)->fields[I];
    if (!v) v = interpOf(self).none;
    incref(v);
    return v;
}
int setReadonly(Object* self, Object*) {
    Interpreter& interp = interpOf(self);
    raiseError(interp, vmOf(interp).exc.AttributeError, "readonly attribute");
    return -1;
}

const GetSetDef kGroupGetSets[] = {
    {"message", getMember<kMsg>, setReadonly, "exception message"},
    {"exceptions", getMember<kExcs>, setReadonly, "nested exceptions"},
    {nullptr, nullptr, nullptr},
};

// ---------------------------------------------------------------- derive / split / subgroup

// derive/split/subgroup are METH_VARARGS: their arguments arrive as a tuple, allocated as CPython does.
Object* groupDerive(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    Ref argTuple = tupleFromArray(interp, args, nargs);
    if (!argTuple) return nullptr;
    if (nargs != 1) {
        raiseError(interp, vmOf(interp).exc.TypeError,
                   formatString("function takes exactly 1 argument (%lld given)", static_cast<long long>(nargs)));
        return nullptr;
    }
    Object* msg = asException(self)->fields[kMsg];
    Object* callArgs[2] = {msg ? msg : interp.none, args[0]};
    return call(vmOf(interp).exc.BaseExceptionGroup, callArgs, 2).release();
}

enum class Matcher { ByType, ByPredicate, InstanceIds };

bool matcherType(Interpreter& interp, Object* value, Matcher& out) {
    if (isFunction(value)) {
        out = Matcher::ByPredicate;
        return true;
    }
    if (isExceptionClass(value)) {
        out = Matcher::ByType;
        return true;
    }
    if (value->type == interp.types.tuple) {
        bool ok = true;
        for (std::int64_t i = 0; i < tupleSize(value); ++i) ok = ok && isExceptionClass(tupleItem(value, i));
        if (ok) {
            out = Matcher::ByType;
            return true;
        }
    }
    raiseError(interp, vmOf(interp).exc.TypeError, "expected a function, exception type or tuple of exception types");
    return false;
}

// PyLong_FromVoidPtr(exc): the simulated address as an int.
Ref idOf(Interpreter& interp, Object* o) { return newIntFromBig(interp, BigInt::fromUint64(o->addr)); }

bool classMatches(Object* exc, Object* type) {
    if (isTuple(type)) {
        for (std::int64_t i = 0; i < tupleSize(type); ++i)
            if (classMatches(exc, tupleItem(type, i))) return true;
        return false;
    }
    return isExceptionClass(type) && typeIsSubtype(exc->type, static_cast<TypeObject*>(type));
}

// exceptiongroup_split_check_match: 1, 0, or -1 with an error.
int checkMatch(Interpreter& interp, Object* exc, Matcher kind, Object* value) {
    switch (kind) {
    case Matcher::ByType: return classMatches(exc, value) ? 1 : 0;
    case Matcher::ByPredicate: {
        Ref r = call(value, &exc, 1);
        if (!r) return -1;
        return objectIsTrue(r.get());
    }
    case Matcher::InstanceIds: {
        if (isExceptionGroup(exc)) return 0;
        Ref id = idOf(interp, exc);
        if (!id) return -1;
        return setContains(value, id.get());
    }
    }
    return 0;
}

// exceptiongroup_subset: orig.derive(excs) with orig's traceback, context, cause and a copy of its
// __notes__; null result (no error) when excs is empty.
int subset(Interpreter& interp, Object* orig, Object* excs, Ref& result) {
    result = Ref();
    if (listSize(excs) == 0) return 0;
    Ref eg = callMethodStr(orig, "derive", &excs, 1);
    if (!eg) return -1;
    if (!isExceptionGroup(eg.get())) {
        raiseError(interp, vmOf(interp).exc.TypeError, "derive must return an instance of BaseExceptionGroup");
        return -1;
    }
    if (Object* tb = exceptionTraceback(orig)) {
        incref(tb);
        setExceptionTraceback(eg.get(), tb);
    }
    xincref(exceptionContext(orig));
    setExceptionContext(eg.get(), exceptionContext(orig));
    xincref(exceptionCause(orig));
    setExceptionCause(eg.get(), exceptionCause(orig));
    Object* notesName = vmOf(interp).names.__notes__;
    Ref notes;
    const int found = lookupAttr(orig, notesName, notes);
    if (found < 0) return -1;
    if (found > 0 && sequenceCheck(notes.get())) {
        // A copy, so the parts have independent notes lists.
        Ref copy = sequenceList(notes.get());
        if (!copy || setAttr(eg.get(), notesName, copy.get()) < 0) return -1;
    }
    result = std::move(eg);
    return 0;
}

// exceptiongroup_split_recursive: match (and rest when constructRest) as new references or null.
int splitRecursive(Interpreter& interp, Object* exc, Matcher kind, Object* value, bool constructRest, Ref& match, Ref& rest) {
    match = Ref();
    rest = Ref();
    const int isMatch = checkMatch(interp, exc, kind, value);
    if (isMatch < 0) return -1;
    if (isMatch) {
        match = Ref::borrowed(exc);
        return 0;
    }
    if (!isExceptionGroup(exc)) {
        if (constructRest) rest = Ref::borrowed(exc);
        return 0;
    }
    Object* excs = asException(exc)->fields[kExcs];
    if (!excs) return 0; // a cleared group (tp_clear) has no members left to split
    Ref matchList = newList(interp, 0);
    if (!matchList) return -1;
    Ref restList;
    if (constructRest) {
        restList = newList(interp, 0);
        if (!restList) return -1;
    }
    for (std::int64_t i = 0; i < tupleSize(excs); ++i) {
        Ref m, r;
        if (!enterRecursiveCall(interp, " in exceptiongroup_split_recursive")) return -1;
        const int res = splitRecursive(interp, tupleItem(excs, i), kind, value, constructRest, m, r);
        leaveRecursiveCall(interp);
        if (res < 0) return -1;
        if (m && listAppend(matchList.get(), m.get()) < 0) return -1;
        if (r && listAppend(restList.get(), r.get()) < 0) return -1;
    }
    if (subset(interp, exc, matchList.get(), match) < 0) return -1;
    if (constructRest && subset(interp, exc, restList.get(), rest) < 0) {
        match = Ref();
        return -1;
    }
    return 0;
}

Object* groupSplit(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    Ref argTuple = tupleFromArray(interp, args, nargs);
    if (!argTuple) return nullptr;
    if (!checkPositional(interp, "split", nargs, 1, 1)) return nullptr;
    Matcher kind;
    if (!matcherType(interp, args[0], kind)) return nullptr;
    Ref match, rest;
    if (splitRecursive(interp, self, kind, args[0], true, match, rest) < 0) return nullptr;
    return tuplePack(interp, {match ? match.get() : interp.none, rest ? rest.get() : interp.none}).release();
}

Object* groupSubgroup(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    Ref argTuple = tupleFromArray(interp, args, nargs);
    if (!argTuple) return nullptr;
    if (!checkPositional(interp, "subgroup", nargs, 1, 1)) return nullptr;
    Matcher kind;
    if (!matcherType(interp, args[0], kind)) return nullptr;
    Ref match, rest;
    if (splitRecursive(interp, self, kind, args[0], false, match, rest) < 0) return nullptr;
    if (!match) return (incref(interp.none), interp.none);
    return match.release();
}

const MethodDef kGroupMethods[] = {
    {"derive", groupDerive, meth::kFastcall},
    {"split", groupSplit, meth::kFastcall},
    {"subgroup", groupSubgroup, meth::kFastcall},
    {nullptr, nullptr, 0},
};

// ---------------------------------------------------------------- except* support

int collectLeafIds(Interpreter& interp, Object* exc, Object* leafIds) {
    if (exc == interp.none) return 0;
    if (!isExceptionGroup(exc)) {
        Ref id = idOf(interp, exc);
        if (!id) return -1;
        return setAdd(leafIds, id.get());
    }
    Object* excs = asException(exc)->fields[kExcs];
    if (!excs) return 0;
    for (std::int64_t i = 0; i < tupleSize(excs); ++i) {
        if (!enterRecursiveCall(interp, " in collect_exception_group_leaf_ids")) return -1;
        const int res = collectLeafIds(interp, tupleItem(excs, i), leafIds);
        leaveRecursiveCall(interp);
        if (res < 0) return -1;
    }
    return 0;
}

// exception_group_projection: the part of eg whose leaves are leaves of a group in `keep`.
Ref projection(Interpreter& interp, Object* eg, Object* keep) {
    Ref leafIds = newSet(interp);
    if (!leafIds) return Ref();
    for (std::int64_t i = 0; i < listSize(keep); ++i)
        if (collectLeafIds(interp, listItem(keep, i), leafIds.get()) < 0) return Ref();
    Ref match, rest;
    if (splitRecursive(interp, eg, Matcher::InstanceIds, leafIds.get(), false, match, rest) < 0) return Ref();
    return match ? std::move(match) : Ref::borrowed(interp.none);
}

bool sameMetadata(Object* a, Object* b) {
    ExceptionObject* e1 = asException(a);
    ExceptionObject* e2 = asException(b);
    return e1->notes == e2->notes && e1->traceback == e2->traceback && e1->cause == e2->cause && e1->context == e2->context;
}

} // namespace

bool isExceptionGroup(const Object* o) {
    const Interpreter& interp = *o->type->interp;
    TypeObject* base = interp.vm ? vmOf(const_cast<Interpreter&>(interp)).exc.BaseExceptionGroup : nullptr;
    return base && typeIsSubtype(const_cast<TypeObject*>(o->type), base);
}

Object* exceptionGroupExceptions(Object* eg) { return asException(eg)->fields[kExcs]; }

void initBaseExceptionGroupType(Interpreter& interp, TypeObject* type) {
    type->slots.tpNew = groupNew;
    type->slots.str = groupStr;
    addMethods(interp, type, kGroupMethods);
    addGetSets(interp, type, kGroupGetSets);
}

void initExceptionGroupType(Interpreter& interp) {
    VmState& vm = vmOf(interp);
    if (vm.exc.ExceptionGroup) return;
    Ref name = newStrFromAscii(interp, "ExceptionGroup");
    Ref bases = tuplePack(interp, {vm.exc.BaseExceptionGroup, vm.exc.Exception});
    Ref dict = newDict(interp);
    Ref module = newStrFromAscii(interp, "builtins");
    if (!name || !bases || !dict || !module || dictSetItem(dict.get(), vm.names.__module__, module.get()) < 0) return;
    Ref cls = typeNew(interp.types.type, name.get(), bases.get(), dict.get(), nullptr);
    if (!cls) return;
    // The exception state's strong reference (PyExc_ExceptionGroup), a VM root for the audit.
    TypeObject* t = static_cast<TypeObject*>(cls.release());
    vm.extraRoots.push_back(t);
    vm.exc.ExceptionGroup = t;
    vm.exc.byName["ExceptionGroup"] = t;
    vm.exc.all.push_back(t);
}

Ref createExceptionGroup(Interpreter& interp, const char* msg, Object* excs) {
    Ref text = newStrFromUtf8(interp, msg);
    if (!text) return Ref();
    Object* args[2] = {text.get(), excs};
    return call(vmOf(interp).exc.BaseExceptionGroup, args, 2);
}

int exceptionGroupMatch(Interpreter& interp, Object* exc, Object* matchType, Ref& match, Ref& rest) {
    if (exc == interp.none) {
        match = Ref::borrowed(interp.none);
        rest = Ref::borrowed(interp.none);
        return 0;
    }
    if (classMatches(exc, matchType)) {
        // Full match of exc itself; a naked exception is wrapped in a group.
        if (isExceptionGroup(exc)) {
            match = Ref::borrowed(exc);
        } else {
            Ref excs = tuplePack(interp, {exc});
            if (!excs) return -1;
            match = createExceptionGroup(interp, "", excs.get());
            if (!match) return -1;
        }
        rest = Ref::borrowed(interp.none);
        return 0;
    }
    if (isExceptionGroup(exc)) {
        Ref pair = callMethodStr(exc, "split", &matchType, 1);
        if (!pair) return -1;
        match = Ref::borrowed(tupleItem(pair.get(), 0));
        rest = Ref::borrowed(tupleItem(pair.get(), 1));
        return 0;
    }
    match = Ref::borrowed(interp.none);
    rest = Ref::borrowed(interp.none);
    return 0;
}

Ref prepReraiseStar(Interpreter& interp, Object* orig, Object* excs) {
    const std::int64_t n = listSize(excs);
    if (n == 0) return Ref::borrowed(interp.none);
    if (!isExceptionGroup(orig)) {
        // A naked exception was caught and wrapped: at most one except* clause ran.
        return Ref::borrowed(listItem(excs, 0));
    }
    Ref raised = newList(interp, 0);
    if (!raised) return Ref();
    Ref reraised = newList(interp, 0);
    if (!reraised) return Ref();
    for (std::int64_t i = 0; i < n; ++i) {
        Object* e = listItem(excs, i);
        if (e == interp.none) continue;
        if (listAppend(sameMetadata(e, orig) ? reraised.get() : raised.get(), e) < 0) return Ref();
    }
    Ref reraisedGroup = projection(interp, orig, reraised.get());
    if (!reraisedGroup) return Ref();
    if (listSize(raised.get()) == 0) return reraisedGroup;
    if (reraisedGroup.get() != interp.none && listAppend(raised.get(), reraisedGroup.get()) < 0) return Ref();
    // 3.11.4+ (gh-103590): a single exception is raised as is, not wrapped in a new group.
    if (listSize(raised.get()) == 1) return Ref::borrowed(listItem(raised.get(), 0));
    return createExceptionGroup(interp, "", raised.get());
}

} // namespace hs
