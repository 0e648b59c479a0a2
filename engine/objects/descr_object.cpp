// Descriptors: static-type attribute tables, method/classmethod/getset/member descriptors, slot
// wrappers (wrapper_descriptor + method-wrapper), __new__ of static types, staticmethod, classmethod.
//
// Sections: type tables · method descriptors · getset descriptors · descriptor attributes · slot
// wrappers · staticmethod / classmethod · init (property: property_object.cpp)
#include "objects/descr_object.h"

#include "runtime/abstract.h"

#include "objects/builtin_docs.h"
#include "objects/class_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/internal_doc.h"
#include "objects/method_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/type_docs.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/protocols_call_fast.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

// A static type's descriptors are heap objects in CPython, held by the type's dict alone: they
// start at that one reference (never freed here: the static table keeps them).
constexpr std::int64_t kTypeDictRefcnt = 1;

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }
DescrObject* asDescr(Object* o) { return static_cast<DescrObject*>(o); }

TypeDict& tableOf(TypeObject* type) {
    if (!type->slots.table) type->slots.table = new TypeDict(); // lives as long as the host heap
    return *type->slots.table;
}

void addEntry(Interpreter& interp, TypeObject* type, const char* name, Object* value) {
    TypeDict& table = tableOf(type);
    if (table.byName.count(name)) {
        // Replace (setStaticTypeAttr): release the previous value.
        for (auto& e : table.entries)
            if (strEqualsAscii(e.first, name)) {
                decref(std::exchange(e.second, value));
                table.byName[name] = value;
                return;
            }
    }
    Ref key = internFromUtf8(interp, name);
    table.entries.emplace_back(key.release(), value);
    table.byName[name] = value;
    ++type->slots.versionTag;
    interp.typeAttrCache.invalidate();
}

// calculate_qualname: the type's __qualname__ ("deque", not its tp_name "collections.deque").
std::string descrQualName(DescrObject* d) { return typeQualName(d->cls) + "." + strToUtf8(d->name); }

// ---------------------------------------------------------------- method descriptors

bool descrCheck(DescrObject* d, Object* obj) {
    if (obj->type->isSubtypeOf(d->cls)) return true;
    typeError(interpOf(d), "descriptor '" + strToUtf8(d->name) + "' for '" + d->cls->name + "' objects doesn't apply to a '" +
                               obj->type->name + "' object");
    return false;
}

Object* methodDescrGet(Object* descr, Object* obj, Object*) {
    DescrObject* d = asDescr(descr);
    if (obj == nullptr) {
        incref(descr);
        return descr;
    }
    if (!descrCheck(d, obj)) return nullptr;
    return newBuiltinFunction(interpOf(descr), d->method, obj, nullptr, d->cls).release();
}

Object* methodDescrCall(Object* callable, Object* const* args, std::int64_t nargs, Object* kwnames) {
    DescrObject* d = asDescr(callable);
    Interpreter& interp = interpOf(callable);
    if (nargs < 1) {
        typeError(interp, "unbound method " + descrQualName(d) + "() needs an argument");
        return nullptr;
    }
    if (!descrCheck(d, args[0])) return nullptr;
    if (kwnames == nullptr) return callMethodDefNoKw(interp, d->method, d->cls, args[0], args + 1, nargs - 1);
    return callMethodDef(interp, d->method, d->cls, args[0], args + 1, nargs - 1, kwnames);
}

Object* methodDescrRepr(Object* o) {
    DescrObject* d = asDescr(o);
    const char* kind = o->type == vmOf(o).types.getsetDescriptor ? "attribute" : "method";
    return newStrFromUtf8(interpOf(o), std::string("<") + kind + " '" + strToUtf8(d->name) + "' of '" + d->cls->name +
                                           "' objects>")
        .release();
}

std::string descrLabel(const Object* o) {
    const auto* d = static_cast<const DescrObject*>(o);
    return "<descriptor " + strToUtf8(d->name) + ">";
}

Object* classmethodDescrGet(Object* descr, Object* obj, Object* type) {
    DescrObject* d = asDescr(descr);
    Object* cls = type ? type : (obj ? obj->type : nullptr);
    if (!cls) {
        typeError(interpOf(descr), "descriptor '" + strToUtf8(d->name) + "' for type '" + d->cls->name + "' needs a type");
        return nullptr;
    }
    return newBuiltinFunction(interpOf(descr), d->method, cls, nullptr, d->cls).release();
}

Object* classmethodDescrCall(Object* callable, Object* const* args, std::int64_t nargs, Object* kwnames) {
    DescrObject* d = asDescr(callable);
    Interpreter& interp = interpOf(callable);
    if (nargs < 1) {
        typeError(interp, "descriptor '" + strToUtf8(d->name) + "' of '" + d->cls->name + "' object needs an argument");
        return nullptr;
    }
    // classmethoddescr_call: the call goes through the builtin bound to args[0].
    return callMethodDef(interp, d->method, d->cls, args[0], args + 1, nargs - 1, kwnames, true);
}

// ---------------------------------------------------------------- getset descriptors

Object* getsetGet(Object* descr, Object* obj, Object*) {
    DescrObject* d = asDescr(descr);
    if (obj == nullptr) {
        incref(descr);
        return descr;
    }
    if (!descrCheck(d, obj)) return nullptr;
    return d->getset->get(obj);
}

int getsetSet(Object* descr, Object* obj, Object* value) {
    DescrObject* d = asDescr(descr);
    if (!descrCheck(d, obj)) return -1;
    if (d->getset->set) return d->getset->set(obj, value);
    raiseError(interpOf(descr), vmOf(descr).exc.AttributeError,
               "attribute '" + strToUtf8(d->name) + "' of '" + d->cls->name + "' objects is not writable");
    return -1;
}

// ---------------------------------------------------------------- descriptor attributes

// descr_members: READONLY T_OBJECT members reading d_type and d_name.
Object* descrObjclassGet(Object* o) {
    Object* cls = asDescr(o)->cls;
    incref(cls);
    return cls;
}
Object* descrNameGet(Object* o) {
    Object* name = asDescr(o)->name;
    incref(name);
    return name;
}
const GetSetDef kDescrMembers[] = {{"__objclass__", descrObjclassGet}, {"__name__", descrNameGet}, {nullptr, nullptr}};

// calculate_qualname: type.__qualname__ (an attribute lookup, so a class's own) + '.' + d_name.
Ref calculateQualname(DescrObject* d) {
    Interpreter& interp = interpOf(d);
    Ref typeQualname = getAttr(d->cls, vmOf(interp).names.__qualname__);
    if (!typeQualname) return Ref();
    if (!isStr(typeQualname.get())) {
        typeError(interp, "<descriptor>.__objclass__.__qualname__ is not a unicode object");
        return Ref();
    }
    return newStrFromUtf8(interp, strToUtf8(typeQualname.get()) + "." + strToUtf8(d->name));
}

// method_get_doc / method_get_text_signature: from the method's internal doc (null: None), the
// CPython's for the defining type (builtin_docs.h), else the def's own.
const char* methodInternalDoc(const DescrObject* d) {
    const char* doc = cpythonBuiltinDocOfType(d->cls, d->method->name);
    return doc ? doc : d->method->doc;
}
Object* methodDocGet(Object* o) {
    const DescrObject* d = asDescr(o);
    return docFromInternalDoc(interpOf(o), d->method->name, methodInternalDoc(d)).release();
}
Object* methodTextSignatureGet(Object* o) {
    const DescrObject* d = asDescr(o);
    return textSignatureFromInternalDoc(interpOf(o), d->method->name, methodInternalDoc(d)).release();
}
// member_get_doc / getset_get_doc: the def's doc as written (no signature head), CPython's for a
// static type's (builtin_docs.h) else the def's own, or None. A __slots__ member has none.
Object* defDocGet(Object* o) {
    const DescrObject* d = asDescr(o);
    const GetSetDef* def = d->getset;
    const char* doc = def && !d->cls->isHeapType() ? cpythonBuiltinDocOfType(d->cls, def->name) : nullptr;
    if (!doc && def) doc = def->doc;
    if (!doc) {
        incref(interpOf(o).none);
        return interpOf(o).none;
    }
    return newStrFromUtf8(interpOf(o), doc).release();
}

// descr_reduce / wrapper_reduce: Py_BuildValue("N(OO)", getattr, owner, name), so copy and pickle
// get the descriptor back with getattr(owner, name); the outer tuple is made before the inner one.
Object* reduceToGetattr(Interpreter& interp, Object* owner, Object* name) {
    Ref getattrName = internName(interp, "getattr");
    Object* getattrFn = getattrName ? dictGetItem(vmOf(interp).builtinsDict, getattrName.get()) : nullptr;
    if (!getattrFn) return nullptr;
    Ref result = newTuple(interp, 2);
    if (!result) return nullptr;
    Ref args = tuplePack(interp, {owner, name});
    if (!args) return nullptr;
    incref(getattrFn);
    tupleSetItemSteal(result.get(), 0, getattrFn);
    tupleSetItemSteal(result.get(), 1, args.release());
    return result.release();
}
Object* descrReduce(Object* self, Object* const*, std::int64_t, Object*) {
    return reduceToGetattr(interpOf(self), asDescr(self)->cls, asDescr(self)->name);
}
const MethodDef kDescrMethods[] = {{"__reduce__", descrReduce, meth::kNoArgs}, {nullptr, nullptr, 0}};

const GetSetDef kMethodGetSets[] = {{"__doc__", methodDocGet},
                                    {"__qualname__", descrQualnameGet},
                                    {"__text_signature__", methodTextSignatureGet},
                                    {nullptr, nullptr}};
// member_getset and getset_getset.
const GetSetDef kDefGetSets[] = {{"__doc__", defDocGet}, {"__qualname__", descrQualnameGet}, {nullptr, nullptr}};

// ---------------------------------------------------------------- slot wrappers

enum class Wrap : std::uint8_t {
    Init, Repr, Str, Hash, Rich, GetAttribute, SetAttr, DelAttr, Len, GetItem, SetItem, DelItem, Contains, Iter,
    Next, Call, Bool, Binary, RBinary, Divmod, RDivmod, Neg, Pos, Abs, Invert, Int, Float, Index, New, DescrGet,
    DescrSet, DescrDelete, Await, AIter, ANext, Del,
    SqConcat, SqRepeat, SqInplaceConcat, SqInplaceRepeat, // sq_* (wrap_binaryfunc / wrap_indexargfunc)
};

struct WrapperDescr : DescrObject {
    Wrap kind = Wrap::Init;
    int op = 0;                // rich comparison op or nbop
    const char* doc = nullptr; // d_base->doc: the slotdef's internal doc
};

// method-wrapper: a slot wrapper bound to an instance.
struct MethodWrapperObject : Object {
    Object* descr = nullptr; // strong
    Object* self = nullptr;  // strong
};

Object* noneResult(Interpreter& interp) {
    incref(interp.none);
    return interp.none;
}

bool wantArgs(Interpreter& interp, const std::string& name, std::int64_t nargs, std::int64_t n) {
    if (nargs == n) return true;
    typeError(interp, formatString("expected %lld argument%s, got %lld", static_cast<long long>(n), n == 1 ? "" : "s",
                                   static_cast<long long>(nargs)));
    (void)name;
    return false;
}

// Calls the slot of `d->cls` (not of self's type) with self and the arguments.
Object* callWrapper(WrapperDescr* d, Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = interpOf(d);
    TypeObject* t = d->cls;
    const std::string name = strToUtf8(d->name);
    if (d->kind != Wrap::Init && d->kind != Wrap::Call && kwCount(kwnames) > 0) {
        typeError(interp, "wrapper " + name + "() takes no keyword arguments");
        return nullptr;
    }
    switch (d->kind) {
    case Wrap::Init: {
        Ref tuple = tupleFromArray(interp, args, nargs);
        if (!tuple) return nullptr;
        Ref kwargs;
        if (kwCount(kwnames)) {
            kwargs = newDict(interp);
            for (std::int64_t i = 0; i < kwCount(kwnames); ++i)
                if (dictSetItem(kwargs.get(), tupleItem(kwnames, i), args[nargs + i]) < 0) return nullptr;
        }
        if (t->slots.tpInit(self, tuple.get(), kwargs.get()) < 0) return nullptr;
        return noneResult(interp);
    }
    case Wrap::Repr:
        if (!wantArgs(interp, name, nargs, 0)) return nullptr;
        return t->repr(self);
    case Wrap::Str:
        if (!wantArgs(interp, name, nargs, 0)) return nullptr;
        return t->slots.str ? t->slots.str(self) : objectStrDefault(self);
    case Wrap::Hash: {
        if (!wantArgs(interp, name, nargs, 0)) return nullptr;
        const std::int64_t h = t->hash(self);
        if (h == -1 && errOccurred(interp)) return nullptr;
        return newInt(interp, h).release();
    }
    case Wrap::Rich:
        if (!wantArgs(interp, name, nargs, 1)) return nullptr;
        return t->richcompare(self, args[0], static_cast<CompareOp>(d->op));
    case Wrap::GetAttribute:
        if (!wantArgs(interp, name, nargs, 1)) return nullptr;
        return (t->slots.getattro ? t->slots.getattro(self, args[0]) : genericGetAttr(self, args[0]).release());
    case Wrap::SetAttr:
        if (!wantArgs(interp, name, nargs, 2)) return nullptr;
        if ((t->slots.setattro ? t->slots.setattro(self, args[0], args[1]) : genericSetAttr(self, args[0], args[1])) < 0)
            return nullptr;
        return noneResult(interp);
    case Wrap::DelAttr:
        if (!wantArgs(interp, name, nargs, 1)) return nullptr;
        if ((t->slots.setattro ? t->slots.setattro(self, args[0], nullptr) : genericSetAttr(self, args[0], nullptr)) < 0)
            return nullptr;
        return noneResult(interp);
    case Wrap::Len: {
        if (!wantArgs(interp, name, nargs, 0)) return nullptr;
        const std::int64_t n = t->slots.length(self);
        if (n < 0) return nullptr;
        return newInt(interp, n).release();
    }
    case Wrap::GetItem:
        if (!wantArgs(interp, name, nargs, 1)) return nullptr;
        return t->slots.subscript(self, args[0]);
    case Wrap::SetItem:
        if (!wantArgs(interp, name, nargs, 2)) return nullptr;
        if (t->slots.assSubscript(self, args[0], args[1]) < 0) return nullptr;
        return noneResult(interp);
    case Wrap::DelItem:
        if (!wantArgs(interp, name, nargs, 1)) return nullptr;
        if (t->slots.assSubscript(self, args[0], nullptr) < 0) return nullptr;
        return noneResult(interp);
    case Wrap::Contains: {
        if (!wantArgs(interp, name, nargs, 1)) return nullptr;
        const int r = t->slots.contains(self, args[0]);
        if (r < 0) return nullptr;
        return newBool(interp, r != 0);
    }
    case Wrap::Iter:
        if (!wantArgs(interp, name, nargs, 0)) return nullptr;
        return t->slots.iter(self);
    case Wrap::Del: // wrap_del: tp_finalize
        if (!wantArgs(interp, name, nargs, 0)) return nullptr;
        t->slots.finalize(self);
        return noneResult(interp);
    case Wrap::Await:
    case Wrap::AIter:
    case Wrap::ANext: {
        if (!wantArgs(interp, name, nargs, 0)) return nullptr;
        UnaryFunc fn = d->kind == Wrap::Await ? t->slots.await_ : d->kind == Wrap::AIter ? t->slots.aiter : t->slots.anext;
        return fn(self);
    }
    case Wrap::Next: {
        if (!wantArgs(interp, name, nargs, 0)) return nullptr;
        Object* r = t->slots.iternext(self);
        if (!r && !errOccurred(interp)) raiseType(interp, vmOf(interp).exc.StopIteration);
        return r;
    }
    case Wrap::Call: return t->slots.call(self, args, nargs, kwnames);
    case Wrap::Bool: {
        if (!wantArgs(interp, name, nargs, 0)) return nullptr;
        const int r = t->slots.number->boolean(self);
        if (r < 0) return nullptr;
        return newBool(interp, r != 0);
    }
    case Wrap::Binary:
        if (!wantArgs(interp, name, nargs, 1)) return nullptr;
        return t->slots.number->binary[d->op](self, args[0]);
    case Wrap::RBinary:
        if (!wantArgs(interp, name, nargs, 1)) return nullptr;
        return t->slots.number->binary[d->op](args[0], self);
    case Wrap::Divmod:
        if (!wantArgs(interp, name, nargs, 1)) return nullptr;
        return t->slots.number->divmod(self, args[0]);
    case Wrap::RDivmod:
        if (!wantArgs(interp, name, nargs, 1)) return nullptr;
        return t->slots.number->divmod(args[0], self);
    case Wrap::SqConcat:
        if (!wantArgs(interp, name, nargs, 1)) return nullptr;
        return t->slots.sequence->concat(self, args[0]);
    case Wrap::SqInplaceConcat:
        if (!wantArgs(interp, name, nargs, 1)) return nullptr;
        return t->slots.sequence->inplaceConcat(self, args[0]);
    case Wrap::SqRepeat:
    case Wrap::SqInplaceRepeat: {
        // wrap_indexargfunc: PyArg_UnpackTuple(args, "", 1, 1) (its message, after the empty name,
        // starts with a space), PyNumber_AsSsize_t(arg, OverflowError), then the slot.
        if (nargs != 1) {
            typeError(interp, formatString(" expected 1 argument, got %lld", static_cast<long long>(nargs)));
            return nullptr;
        }
        std::int64_t count = 0;
        if (!indexAsInt64(args[0], count, vmOf(interp).exc.OverflowError)) return nullptr;
        const SequenceSlots* sq = t->slots.sequence;
        return (d->kind == Wrap::SqRepeat ? sq->repeat : sq->inplaceRepeat)(self, count);
    }
    case Wrap::Neg:
        if (!wantArgs(interp, name, nargs, 0)) return nullptr;
        return t->slots.number->negative(self);
    case Wrap::Pos:
        if (!wantArgs(interp, name, nargs, 0)) return nullptr;
        return t->slots.number->positive(self);
    case Wrap::Abs:
        if (!wantArgs(interp, name, nargs, 0)) return nullptr;
        return t->slots.number->absolute(self);
    case Wrap::Invert:
        if (!wantArgs(interp, name, nargs, 0)) return nullptr;
        return t->slots.number->invert(self);
    case Wrap::Int:
        if (!wantArgs(interp, name, nargs, 0)) return nullptr;
        return t->slots.number->toInt(self);
    case Wrap::Float:
        if (!wantArgs(interp, name, nargs, 0)) return nullptr;
        return t->slots.number->toFloat(self);
    case Wrap::Index:
        if (!wantArgs(interp, name, nargs, 0)) return nullptr;
        return t->slots.number->index(self);
    case Wrap::DescrGet: {
        if (nargs < 1 || nargs > 2) {
            typeError(interp, formatString("expected 1 or 2 arguments, got %lld", static_cast<long long>(nargs)));
            return nullptr;
        }
        Object* obj = args[0] == interp.none ? nullptr : args[0];
        Object* type = nargs > 1 && args[1] != interp.none ? args[1] : nullptr;
        if (!obj && !type) {
            typeError(interp, "__get__(None, None) is invalid");
            return nullptr;
        }
        return t->slots.descrGet(self, obj, type);
    }
    case Wrap::DescrSet:
        if (!wantArgs(interp, name, nargs, 2)) return nullptr;
        if (t->slots.descrSet(self, args[0], args[1]) < 0) return nullptr;
        return noneResult(interp);
    case Wrap::DescrDelete:
        if (!wantArgs(interp, name, nargs, 1)) return nullptr;
        if (t->slots.descrSet(self, args[0], nullptr) < 0) return nullptr;
        return noneResult(interp);
    case Wrap::New: break;
    }
    return nullptr;
}

Object* wrapperDescrCall(Object* callable, Object* const* args, std::int64_t nargs, Object* kwnames) {
    auto* d = static_cast<WrapperDescr*>(callable);
    Interpreter& interp = interpOf(callable);
    if (nargs < 1) {
        typeError(interp, "descriptor '" + strToUtf8(d->name) + "' of '" + d->cls->name + "' object needs an argument");
        return nullptr;
    }
    if (!args[0]->type->isSubtypeOf(d->cls)) { // wrapperdescr_call's own message
        typeError(interp, "descriptor '" + strToUtf8(d->name) + "' requires a '" + d->cls->name + "' object but received a '" +
                              args[0]->type->name + "'");
        return nullptr;
    }
    return callWrapper(d, args[0], args + 1, nargs - 1, kwnames);
}

Object* wrapperDescrGet(Object* descr, Object* obj, Object*) {
    if (obj == nullptr) {
        incref(descr);
        return descr;
    }
    auto* d = static_cast<WrapperDescr*>(descr);
    if (!descrCheck(d, obj)) return nullptr;
    Interpreter& interp = interpOf(descr);
    auto* w = interp.newObject<MethodWrapperObject>(vmOf(interp).types.methodWrapper, 32);
    if (!w) return nullptr;
    incref(descr);
    w->descr = descr;
    incref(obj);
    w->self = obj;
    interp.gc().track(w);
    return w;
}

Object* wrapperDescrRepr(Object* o) {
    DescrObject* d = asDescr(o);
    return newStrFromUtf8(interpOf(o), "<slot wrapper '" + strToUtf8(d->name) + "' of '" + d->cls->name + "' objects>")
        .release();
}

// wrapperdescr_get_doc / wrapperdescr_get_text_signature: from the slotdef's internal doc.
Object* wrapperDocOf(Object* descr, bool signature) {
    auto* d = static_cast<WrapperDescr*>(descr);
    const std::string name = strToUtf8(d->name);
    return (signature ? textSignatureFromInternalDoc : docFromInternalDoc)(interpOf(descr), name.c_str(), d->doc).release();
}
Object* wrapperDescrDocGet(Object* o) { return wrapperDocOf(o, false); }
Object* wrapperDescrTextSignatureGet(Object* o) { return wrapperDocOf(o, true); }
const GetSetDef kWrapperDescrGetSets[] = {{"__doc__", wrapperDescrDocGet},
                                          {"__qualname__", descrQualnameGet},
                                          {"__text_signature__", wrapperDescrTextSignatureGet},
                                          {nullptr, nullptr}};

Object* methodWrapperCall(Object* callable, Object* const* args, std::int64_t nargs, Object* kwnames) {
    auto* w = static_cast<MethodWrapperObject*>(callable);
    return callWrapper(static_cast<WrapperDescr*>(w->descr), w->self, args, nargs, kwnames);
}

Object* methodWrapperRepr(Object* o) {
    auto* w = static_cast<MethodWrapperObject*>(o);
    return newStrFromUtf8(interpOf(o), formatString("<method-wrapper '%s' of %s object at 0x%llx>",
                                                    strToUtf8(asDescr(w->descr)->name).c_str(),
                                                    w->self->type->name.c_str(), static_cast<unsigned long long>(w->self->addr)))
        .release();
}

void methodWrapperDealloc(Object* o) {
    auto* w = static_cast<MethodWrapperObject*>(o);
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    xdecref(std::exchange(w->descr, nullptr));
    xdecref(std::exchange(w->self, nullptr));
    interp.freeObject(o);
}

// wrapper_members (__self__, READONLY) and wrapper_getsets (Objects/descrobject.c): new references.
// __name__ is a new str made from d_base->name each time; __qualname__ is the descriptor's.
Object* methodWrapperSelfGet(Object* o) {
    Object* self = static_cast<MethodWrapperObject*>(o)->self;
    incref(self);
    return self;
}
Object* methodWrapperObjclassGet(Object* o) { return descrObjclassGet(static_cast<MethodWrapperObject*>(o)->descr); }
Object* methodWrapperNameGet(Object* o) {
    return newStrFromUtf8(interpOf(o), strToUtf8(asDescr(static_cast<MethodWrapperObject*>(o)->descr)->name)).release();
}
Object* methodWrapperQualnameGet(Object* o) { return descrQualnameGet(static_cast<MethodWrapperObject*>(o)->descr); }
Object* methodWrapperDocGet(Object* o) { return wrapperDocOf(static_cast<MethodWrapperObject*>(o)->descr, false); }
Object* methodWrapperTextSignatureGet(Object* o) { return wrapperDocOf(static_cast<MethodWrapperObject*>(o)->descr, true); }
Object* methodWrapperReduce(Object* self, Object* const*, std::int64_t, Object*) {
    auto* w = static_cast<MethodWrapperObject*>(self);
    return reduceToGetattr(interpOf(self), w->self, asDescr(w->descr)->name);
}
const MethodDef kMethodWrapperMethods[] = {{"__reduce__", methodWrapperReduce, meth::kNoArgs}, {nullptr, nullptr, 0}};
const GetSetDef kMethodWrapperMembers[] = {{"__self__", methodWrapperSelfGet}, {nullptr, nullptr}};
const GetSetDef kMethodWrapperGetSets[] = {{"__objclass__", methodWrapperObjclassGet},
                                           {"__name__", methodWrapperNameGet},
                                           {"__qualname__", methodWrapperQualnameGet},
                                           {"__doc__", methodWrapperDocGet},
                                           {"__text_signature__", methodWrapperTextSignatureGet},
                                           {nullptr, nullptr}};

int methodWrapperTraverse(Object* o, VisitProc visit, void* arg) {
    auto* w = static_cast<MethodWrapperObject*>(o);
    if (int r = visit(w->descr, arg)) return r;
    return visit(w->self, arg);
}

// __new__ of a static type: a static builtin bound to the type (tp_new_wrapper).
Object* tpNewWrapper(Object* self, Object* const* args, std::int64_t nargs, Object* kwnames) {
    auto* type = static_cast<TypeObject*>(self);
    Interpreter& interp = interpOf(self);
    // tp_new_wrapper is METH_VARARGS | METH_KEYWORDS: the call builds the argument tuple (and the
    // keyword dict) first, then the wrapper slices the subtype off into a second tuple; they are
    // released as _PyObject_MakeTpCall does: the slice, the tuple, then the dict.
    Ref kwargs;
    Ref callArgs = tupleFromArray(interp, args, nargs);
    if (!callArgs) return nullptr;
    if (kwCount(kwnames)) {
        kwargs = newDict(interp);
        if (!kwargs) return nullptr;
        for (std::int64_t i = 0; i < kwCount(kwnames); ++i)
            if (dictSetItem(kwargs.get(), tupleItem(kwnames, i), args[nargs + i]) < 0) return nullptr;
    }
    if (nargs < 1) {
        typeError(interp, type->name + ".__new__(): not enough arguments");
        return nullptr;
    }
    if (!isType(args[0])) {
        typeError(interp, type->name + ".__new__(X): X is not a type object (" + args[0]->type->name + ")");
        return nullptr;
    }
    auto* subtype = static_cast<TypeObject*>(args[0]);
    if (!subtype->isSubtypeOf(type)) {
        typeError(interp, type->name + ".__new__(" + subtype->name + "): " + subtype->name + " is not a subtype of " + type->name);
        return nullptr;
    }
    // tp_new_wrapper's safety check: the most derived base without a Python __new__ must use this
    // type's tp_new ("object.__new__(dict)" is refused).
    TypeObject* staticBase = subtype;
    while (staticBase && usesSlotNew(staticBase)) staticBase = staticBase->base;
    if (staticBase && staticBase->slots.tpNew != type->slots.tpNew) {
        typeError(interp, type->name + ".__new__(" + subtype->name + ") is not safe, use " + staticBase->name + ".__new__()");
        return nullptr;
    }
    Ref tuple = tupleFromArray(interp, args + 1, nargs - 1);
    if (!tuple) return nullptr;
    return type->slots.tpNew(subtype, tuple.get(), kwargs.get());
}

const MethodDef kNewDef = {"__new__", tpNewWrapper, meth::kFastcall | meth::kKeywords,
                           "__new__($type, *args, **kwargs)\n--\n\n"
                           "Create and return a new object.  See help(type) for accurate signature."};

void addWrapper(Interpreter& interp, TypeObject* type, const char* name, Wrap kind, int op = 0) {
    if (type->slots.table && type->slots.table->byName.count(name)) return;
    auto* d = interp.newStaticObject<WrapperDescr>(vmOf(interp).types.wrapperDescriptor, 56, kTypeDictRefcnt);
    d->cls = type;
    d->name = internFromUtf8(interp, name).release();
    d->kind = kind;
    d->op = op;
    d->doc = slotWrapperDoc(name, kind == Wrap::SqInplaceConcat || kind == Wrap::SqInplaceRepeat);
    addEntry(interp, type, name, d);
}

// ---------------------------------------------------------------- staticmethod / classmethod

WrapperObject* asWrapper(Object* o) { return static_cast<WrapperObject*>(o); }

void wrapperDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    TypeObject* type = o->type;
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    xdecref(std::exchange(asWrapper(o)->callable, nullptr));
    xdecref(std::exchange(asWrapper(o)->dict, nullptr));
    interp.freeObject(o);
    if (type->isHeapType()) decref(type);
}

int wrapperTraverse(Object* o, VisitProc visit, void* arg) {
    if (Object* c = asWrapper(o)->callable)
        if (int r = visit(c, arg)) return r;
    if (Object* d = asWrapper(o)->dict)
        if (int r = visit(d, arg)) return r;
    return 0;
}

// sm_repr / cm_repr: "<staticmethod(REPR)>" of the wrapped callable.
Object* wrapperRepr(Object* o) {
    Interpreter& interp = interpOf(o);
    const char* kind = o->type == vmOf(interp).types.staticmethod ? "staticmethod" : "classmethod";
    Object* callable = asWrapper(o)->callable;
    std::string inner = "<NULL>";
    if (callable) {
        Ref r = objectRepr(callable);
        if (!r) return nullptr;
        inner = strToUtf8(r.get());
    }
    return newStrFromUtf8(interp, std::string("<") + kind + "(" + inner + ")>").release();
}

Object* staticmethodGet(Object* descr, Object*, Object*) {
    Object* c = asWrapper(descr)->callable;
    incref(c);
    return c;
}

Object* classmethodGet(Object* descr, Object* obj, Object* type) {
    Object* cls = type ? type : obj->type;
    Object* c = asWrapper(descr)->callable;
    // 3.11: a classmethod wrapping a descriptor chains its __get__.
    if (c->type->slots.descrGet && !isType(c) && c->type != vmOf(descr).types.function)
        return c->type->slots.descrGet(c, cls, cls->type);
    return newMethod(interpOf(descr), c, cls).release();
}

// _PyArg_NoKeywords + PyArg_UnpackTuple(args, name, 1, 1): the one callable, or nullptr with
// TypeError pending.
Object* wrapperArgument(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (kwargs && dictSize(kwargs) > 0) {
        typeError(interp, type->name + "() takes no keyword arguments");
        return nullptr;
    }
    if (tupleSize(args) != 1) {
        typeError(interp, formatString("%s expected 1 argument, got %lld", type->name.c_str(),
                                       static_cast<long long>(tupleSize(args))));
        return nullptr;
    }
    return tupleItem(args, 0);
}

Object* newWrapperOfType(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    if (!wrapperArgument(type, args, kwargs)) return nullptr;
    auto* w = interp.newObject<WrapperObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (!w) return nullptr;
    w->callable = tupleItem(args, 0);
    incref(w->callable);
    interp.gc().track(w);
    return w;
}

// sm_init / cm_init: the callable again, then functools_wraps: __module__, __name__, __qualname__,
// __doc__ and __annotations__ copied from the callable into the wrapper's __dict__ (created by
// the first copy); a name the callable lacks (AttributeError) is skipped.
int wrapperInit(Object* self, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(self);
    Object* callable = wrapperArgument(self->type, args, kwargs);
    if (!callable) return -1;
    WrapperObject* w = asWrapper(self);
    incref(callable);
    xdecref(std::exchange(w->callable, callable));
    for (const char* attr : {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
        Ref attrName = internName(interp, attr);
        if (!attrName) return -1;
        Ref value = getAttr(callable, attrName.get());
        if (!value) {
            if (!errMatches(interp, vmOf(interp).exc.AttributeError)) return -1;
            clearError(interp);
            continue;
        }
        if (setAttr(self, attrName.get(), value.get()) < 0) return -1;
    }
    return 0;
}

Object* staticmethodCall(Object* callable, Object* const* args, std::int64_t nargs, Object* kwnames) {
    return call(asWrapper(callable)->callable, args, nargs, kwnames).release();
}

Object* wrapperFuncGet(Object* self) {
    Object* f = asWrapper(self)->callable;
    f = f ? f : interpOf(self).none;
    incref(f);
    return f;
}

Object* boolOrNull(Interpreter& interp, int r) {
    if (r < 0) return nullptr;
    Object* b = r ? interp.trueObj : interp.falseObj;
    incref(b);
    return b;
}

// sm_get___isabstractmethod__ / cm_get___isabstractmethod__: the wrapped callable's flag.
Object* wrapperIsAbstract(Object* self) { return boolOrNull(*self->type->interp, objectIsAbstract(asWrapper(self)->callable)); }

// sm_memberlist / cm_memberlist (READONLY T_OBJECT), then sm_getsetlist / cm_getsetlist.
const GetSetDef kWrapperMembers[] = {{"__func__", wrapperFuncGet}, {"__wrapped__", wrapperFuncGet}, {nullptr, nullptr}};
const GetSetDef kWrapperGetSets[] = {{"__isabstractmethod__", wrapperIsAbstract},
                                     {"__dict__", genericGetDict},
                                     {nullptr, nullptr}};

// ---------------------------------------------------------------- init helpers

// Static descriptors are never freed; heap ones (a class's __dict__/__weakref__) hold their type.
void descrDealloc(Object* o) {
    if (o->objFlags & Object::kStatic) return;
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    DescrObject* d = asDescr(o);
    xdecref(std::exchange(d->name, nullptr));
    xdecref(std::exchange(d->qualname, nullptr));
    TypeObject* cls = std::exchange(d->cls, nullptr);
    interp.freeObject(o);
    if (cls && cls->isHeapType()) decref(cls);
}

int descrTraverse(Object* o, VisitProc visit, void* arg) {
    DescrObject* d = asDescr(o);
    if (!(o->objFlags & Object::kStatic) && d->cls)
        if (int r = visit(d->cls, arg)) return r;
    return 0;
}

std::int64_t basicSize(const Object* o) { return o->type->basicsize; }

std::int64_t pointerHash(Object* o) {
    const std::uint64_t a = o->addr;
    return static_cast<std::int64_t>((a >> 4) | (a << 60)) & 0x7fffffffffffffffLL;
}

void references(Object* o, VisitProc visit, void* arg) {
    DescrObject* d = asDescr(o);
    if (d->name) visit(d->name, arg);
    if (d->qualname) visit(d->qualname, arg);
    if (!(o->objFlags & Object::kStatic) && d->cls && d->cls->isHeapType()) visit(d->cls, arg);
}

} // namespace

int objectIsAbstract(Object* o) {
    if (!o) return 0;
    Ref flag;
    Ref name = internName(*o->type->interp, "__isabstractmethod__");
    const int found = lookupAttr(o, name.get(), flag);
    if (found <= 0) return found;
    return objectIsTrue(flag.get());
}

void addMethods(Interpreter& interp, TypeObject* type, const MethodDef* defs) {
    VmState& vm = vmOf(interp);
    for (const MethodDef* def = defs; def->name; ++def) {
        Object* descr;
        if (def->flags & meth::kStatic) {
            // A staticmethod wrapping a builtin (str.maketrans): the table holds staticmethod(builtin).
            Object* fn = newStaticBuiltinFunction(interp, def, nullptr, nullptr);
            static_cast<BuiltinFunctionObject*>(fn)->owner = type;
            auto* w = interp.newStaticObject<WrapperObject>(vm.types.staticmethod, 32, kTypeDictRefcnt);
            w->callable = fn;
            descr = w;
        } else {
            TypeObject* dtype = (def->flags & meth::kClass) ? vm.types.classmethodDescriptor : vm.types.methodDescriptor;
            auto* d = interp.newStaticObject<DescrObject>(dtype, 56, kTypeDictRefcnt);
            d->cls = type;
            d->name = internFromUtf8(interp, def->name).release();
            d->method = def;
            descr = d;
        }
        addEntry(interp, type, def->name, descr);
    }
}

void addGetSets(Interpreter& interp, TypeObject* type, const GetSetDef* defs) {
    VmState& vm = vmOf(interp);
    for (const GetSetDef* def = defs; def->name; ++def) {
        auto* d = interp.newStaticObject<DescrObject>(vm.types.getsetDescriptor, 48, kTypeDictRefcnt);
        d->cls = type;
        d->name = internFromUtf8(interp, def->name).release();
        d->getset = def;
        addEntry(interp, type, def->name, d);
    }
}

void addMembers(Interpreter& interp, TypeObject* type, const GetSetDef* defs) {
    VmState& vm = vmOf(interp);
    for (const GetSetDef* def = defs; def->name; ++def) {
        auto* d = interp.newStaticObject<MemberDescr>(vm.types.memberDescriptor, 48, 999999999);
        d->cls = type;
        d->name = internFromUtf8(interp, def->name).release();
        d->getset = def;
        addEntry(interp, type, def->name, d);
    }
}

Object* descrQualnameGet(Object* descr) {
    DescrObject* d = asDescr(descr);
    if (!d->qualname) d->qualname = calculateQualname(d).release();
    xincref(d->qualname);
    return d->qualname;
}

void setStaticTypeAttr(Interpreter& interp, TypeObject* type, const char* name, Object* value) {
    addEntry(interp, type, name, value);
}

Object* staticTypeDictLookup(const TypeObject* type, Object* name) {
    if (!type->slots.table) return nullptr;
    const StrObject* s = asStr(name);
    if (!s->ascii) return type->slots.table->find(strToUtf8(name));
    return type->slots.table->find(s->data);
}

bool isMethodDescriptor(const Object* o) { return o->type == vmOf(o).types.methodDescriptor; }
bool isClassmethodDescriptor(const Object* o) { return o->type == vmOf(o).types.classmethodDescriptor; }
bool isStaticMethod(const Object* o) { return o->type->isSubtypeOf(vmOf(o).types.staticmethod); }
bool isClassMethod(const Object* o) { return o->type->isSubtypeOf(vmOf(o).types.classmethod); }
bool isProperty(const Object* o) { return o->type->isSubtypeOf(vmOf(o).types.property); }

Ref newStaticMethod(Interpreter& interp, Object* callable) {
    Ref args = tuplePack(interp, {callable});
    return Ref(newWrapperOfType(vmOf(interp).types.staticmethod, args.get(), nullptr));
}

Ref newClassMethod(Interpreter& interp, Object* callable) {
    Ref args = tuplePack(interp, {callable});
    return Ref(newWrapperOfType(vmOf(interp).types.classmethod, args.get(), nullptr));
}

// Adds the slot wrappers (and __new__) a static type defines itself (add_operators).
void addSlotWrappers(Interpreter& interp, TypeObject* t, bool withDoc) {
    const TypeObject* b = t->base;
    auto own = [&](auto member) { return (t->*member) && (!b || (b->*member) != (t->*member)); };
    auto ownSlot = [&](auto member) { return (t->slots.*member) && (!b || (b->slots.*member) != (t->slots.*member)); };
    if (ownSlot(&TypeSlots::tpNew)) {
        Object* fn = newStaticBuiltinFunction(interp, &kNewDef, t, nullptr);
        static_cast<BuiltinFunctionObject*>(fn)->owner = t;
        addEntry(interp, t, "__new__", fn);
    }
    if (ownSlot(&TypeSlots::tpInit)) addWrapper(interp, t, "__init__", Wrap::Init);
    if (own(&TypeObject::repr)) addWrapper(interp, t, "__repr__", Wrap::Repr);
    if (ownSlot(&TypeSlots::str) || !b) addWrapper(interp, t, "__str__", Wrap::Str);
    if (own(&TypeObject::hash)) addWrapper(interp, t, "__hash__", Wrap::Hash);
    if (!t->hash && b && b->hash) {
        // inherit_slots hands tp_hash down only together with tp_richcompare; a type comparing
        // on its own without a hash is then unhashable (type_ready_set_hash: __hash__ = None,
        // which subclasses find through the MRO).
        if (own(&TypeObject::richcompare)) addEntry(interp, t, "__hash__", interp.none);
        else t->hash = b->hash;
    }
    if (own(&TypeObject::richcompare)) {
        static const char* const kNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < 6; ++i) addWrapper(interp, t, kNames[i], Wrap::Rich, i);
    }
    // object's tp_getattro/tp_setattro are the generic ones (null here): object still has them.
    if (ownSlot(&TypeSlots::getattro) || !b) addWrapper(interp, t, "__getattribute__", Wrap::GetAttribute);
    if (ownSlot(&TypeSlots::setattro) || !b) {
        addWrapper(interp, t, "__setattr__", Wrap::SetAttr);
        addWrapper(interp, t, "__delattr__", Wrap::DelAttr);
    }
    if (ownSlot(&TypeSlots::length)) addWrapper(interp, t, "__len__", Wrap::Len);
    if (ownSlot(&TypeSlots::subscript)) addWrapper(interp, t, "__getitem__", Wrap::GetItem);
    if (ownSlot(&TypeSlots::assSubscript)) {
        addWrapper(interp, t, "__setitem__", Wrap::SetItem);
        addWrapper(interp, t, "__delitem__", Wrap::DelItem);
    }
    if (ownSlot(&TypeSlots::contains)) addWrapper(interp, t, "__contains__", Wrap::Contains);
    if (ownSlot(&TypeSlots::finalize)) addWrapper(interp, t, "__del__", Wrap::Del);
    // slotdefs: the am_* wrappers come before tp_iter's.
    if (ownSlot(&TypeSlots::await_)) addWrapper(interp, t, "__await__", Wrap::Await);
    if (ownSlot(&TypeSlots::aiter)) addWrapper(interp, t, "__aiter__", Wrap::AIter);
    if (ownSlot(&TypeSlots::anext)) addWrapper(interp, t, "__anext__", Wrap::ANext);
    if (ownSlot(&TypeSlots::iter)) addWrapper(interp, t, "__iter__", Wrap::Iter);
    if (ownSlot(&TypeSlots::iternext)) addWrapper(interp, t, "__next__", Wrap::Next);
    if (ownSlot(&TypeSlots::call)) addWrapper(interp, t, "__call__", Wrap::Call);
    if (ownSlot(&TypeSlots::descrGet)) addWrapper(interp, t, "__get__", Wrap::DescrGet);
    if (ownSlot(&TypeSlots::descrSet)) {
        addWrapper(interp, t, "__set__", Wrap::DescrSet);
        addWrapper(interp, t, "__delete__", Wrap::DescrDelete);
    }
    // A slot of a sub-table is the type's own unless its base's table holds the same function
    // (add_operators sees only the slots a static type fills itself, before inherit_slots).
    auto ownIn = [](const auto* table, const auto* baseTable, auto member) {
        return table && (table->*member) && (!baseTable || (baseTable->*member) != (table->*member));
    };
    if (const NumberSlots* n = t->slots.number) {
        const NumberSlots* bn = b ? b->slots.number : nullptr;
        VmState& vm = vmOf(interp);
        if (ownIn(n, bn, &NumberSlots::boolean)) addWrapper(interp, t, "__bool__", Wrap::Bool);
        for (int op = 0; op < 26; ++op) {
            if (!n->binary[op] || (bn && bn->binary[op] == n->binary[op])) continue;
            addWrapper(interp, t, strToUtf8(vm.names.binary[op]).c_str(), Wrap::Binary, op);
            if (op < 13) addWrapper(interp, t, strToUtf8(vm.names.reflected[op]).c_str(), Wrap::RBinary, op);
        }
        if (ownIn(n, bn, &NumberSlots::divmod)) {
            addWrapper(interp, t, "__divmod__", Wrap::Divmod);
            addWrapper(interp, t, "__rdivmod__", Wrap::RDivmod);
        }
        if (ownIn(n, bn, &NumberSlots::negative)) addWrapper(interp, t, "__neg__", Wrap::Neg);
        if (ownIn(n, bn, &NumberSlots::positive)) addWrapper(interp, t, "__pos__", Wrap::Pos);
        if (ownIn(n, bn, &NumberSlots::absolute)) addWrapper(interp, t, "__abs__", Wrap::Abs);
        if (ownIn(n, bn, &NumberSlots::invert)) addWrapper(interp, t, "__invert__", Wrap::Invert);
        if (ownIn(n, bn, &NumberSlots::toInt)) addWrapper(interp, t, "__int__", Wrap::Int);
        if (ownIn(n, bn, &NumberSlots::toFloat)) addWrapper(interp, t, "__float__", Wrap::Float);
        if (ownIn(n, bn, &NumberSlots::index)) addWrapper(interp, t, "__index__", Wrap::Index);
    }
    // Sequence slots come after the number ones (slotdefs order): a name the number table already
    // gave (nb_add before sq_concat) keeps its number wrapper, as addWrapper skips a present name.
    if (const SequenceSlots* sq = t->slots.sequence) {
        const SequenceSlots* bsq = b ? b->slots.sequence : nullptr;
        if (ownIn(sq, bsq, &SequenceSlots::concat)) addWrapper(interp, t, "__add__", Wrap::SqConcat);
        if (ownIn(sq, bsq, &SequenceSlots::repeat)) {
            addWrapper(interp, t, "__mul__", Wrap::SqRepeat);
            addWrapper(interp, t, "__rmul__", Wrap::SqRepeat);
        }
        if (ownIn(sq, bsq, &SequenceSlots::inplaceConcat)) addWrapper(interp, t, "__iadd__", Wrap::SqInplaceConcat);
        if (ownIn(sq, bsq, &SequenceSlots::inplaceRepeat)) addWrapper(interp, t, "__imul__", Wrap::SqInplaceRepeat);
    }
    if (withDoc) setTypeDictDoc(interp, t);
}

// type_dict_set_doc, the last step of type_ready: unless the type defines '__doc__' itself (a
// getset or member), its dict gets tp_doc's text as a str of its own, or None. The text is
// CPython's (the generated table); type.__doc__ makes a fresh str from the same text each time.
void setTypeDictDoc(Interpreter& interp, TypeObject* t) {
    if (const char* doc = cpythonTypeDoc(t->name)) t->slots.doc = doc;
    Ref name = internName(interp, "__doc__");
    if (staticTypeDictLookup(t, name.get())) return;
    Object* value = interp.none;
    if (t->slots.doc) value = newStaticStr(interp, t->slots.doc, 1, false);
    else incref(value);
    addEntry(interp, t, "__doc__", value);
}

void initDescrTypes(Interpreter& interp) {
    VmTypes& t = vmOf(interp).types;
    for (TypeObject* d : {t.methodDescriptor, t.classmethodDescriptor, t.getsetDescriptor, t.wrapperDescriptor, t.memberDescriptor}) {
        d->dealloc = descrDealloc;
        d->traverse = descrTraverse;
        d->sizeOf = basicSize;
        d->repr = methodDescrRepr;
        d->label = descrLabel;
        d->references = references;
    }
    t.wrapperDescriptor->repr = wrapperDescrRepr;
    setHostDestructor<DescrObject>(*t.methodDescriptor);
    setHostDestructor<DescrObject>(*t.classmethodDescriptor);
    setHostDestructor<DescrObject>(*t.getsetDescriptor);
    setHostDestructor<WrapperDescr>(*t.wrapperDescriptor);
    // descr_methods (method, member and slot-wrapper descriptors), descr_members, then each kind's
    // getsets (descrobject.c).
    for (TypeObject* d : {t.methodDescriptor, t.memberDescriptor, t.wrapperDescriptor}) addMethods(interp, d, kDescrMethods);
    for (TypeObject* d : {t.methodDescriptor, t.classmethodDescriptor, t.getsetDescriptor, t.wrapperDescriptor, t.memberDescriptor})
        addMembers(interp, d, kDescrMembers);
    addGetSets(interp, t.methodDescriptor, kMethodGetSets);
    addGetSets(interp, t.classmethodDescriptor, kMethodGetSets);
    addGetSets(interp, t.getsetDescriptor, kDefGetSets);
    addGetSets(interp, t.memberDescriptor, kDefGetSets);
    addGetSets(interp, t.wrapperDescriptor, kWrapperDescrGetSets);
    t.methodDescriptor->slots.descrGet = methodDescrGet;
    t.methodDescriptor->slots.call = methodDescrCall;
    t.classmethodDescriptor->slots.descrGet = classmethodDescrGet;
    t.classmethodDescriptor->slots.call = classmethodDescrCall;
    t.classmethodDescriptor->slots.tpCallOnly = alwaysTpCall;
    t.getsetDescriptor->slots.descrGet = getsetGet;
    t.getsetDescriptor->slots.descrSet = getsetSet;
    t.wrapperDescriptor->slots.descrGet = wrapperDescrGet;
    t.wrapperDescriptor->slots.call = wrapperDescrCall;
    t.wrapperDescriptor->slots.tpCallOnly = alwaysTpCall;

    t.methodWrapper->dealloc = methodWrapperDealloc;
    t.methodWrapper->traverse = methodWrapperTraverse;
    t.methodWrapper->sizeOf = basicSize;
    t.methodWrapper->repr = methodWrapperRepr;
    t.methodWrapper->hash = pointerHash;
    t.methodWrapper->slots.call = methodWrapperCall;
    t.methodWrapper->slots.tpCallOnly = alwaysTpCall;
    setHostDestructor<MethodWrapperObject>(*t.methodWrapper);
    addMethods(interp, t.methodWrapper, kMethodWrapperMethods);
    addMembers(interp, t.methodWrapper, kMethodWrapperMembers);
    addGetSets(interp, t.methodWrapper, kMethodWrapperGetSets);

    for (TypeObject* w : {t.staticmethod, t.classmethod}) {
        w->dealloc = wrapperDealloc;
        w->traverse = wrapperTraverse;
        w->sizeOf = basicSize;
        w->slots.tpNew = newWrapperOfType;
        w->slots.tpInit = wrapperInit;
        w->slots.dictOffset = 24;
        w->slots.dictPtr = [](Object* o) { return &asWrapper(o)->dict; };
        setHostDestructor<WrapperObject>(*w);
        addMembers(interp, w, kWrapperMembers);
        addGetSets(interp, w, kWrapperGetSets);
    }
    t.staticmethod->slots.descrGet = staticmethodGet;
    t.staticmethod->slots.call = staticmethodCall;
    t.staticmethod->slots.tpCallOnly = alwaysTpCall;
    t.staticmethod->repr = wrapperRepr;
    t.classmethod->repr = wrapperRepr;
    t.classmethod->slots.descrGet = classmethodGet;

    initPropertyType(interp, *t.property);
}

} // namespace hs
