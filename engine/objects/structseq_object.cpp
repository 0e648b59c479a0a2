// Struct sequences (Objects/structseq.c 3.11): a tuple whose type names its items. Every struct
// sequence the engine makes has only visible fields (n_unnamed_fields 0, n_fields ==
// n_sequence_fields), so an instance is exactly its tuple and __reduce__'s dict is empty.
#include "objects/structseq_object.h"

#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/protocols.h"
#include "vm/vm_state.h"

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }

// The field names in order: the type's member descriptors (they are added before anything else
// that is a member descriptor).
std::vector<Object*> fieldNames(const TypeObject* t) {
    std::vector<Object*> names;
    if (const TypeDict* table = t->slots.table)
        for (const auto& [key, value] : table->entries)
            if (value->type == vmOf(*t->interp).types.memberDescriptor) names.push_back(key);
    return names;
}

// structseq_repr: "T(name=repr, ...)" over the visible fields.
Object* structSeqRepr(Object* self) {
    Interpreter& interp = interpOf(self);
    std::string text = self->type->name + "(";
    const std::vector<Object*> names = fieldNames(self->type);
    for (std::int64_t i = 0; i < tupleSize(self) && i < static_cast<std::int64_t>(names.size()); ++i) {
        Ref r = objectRepr(tupleItem(self, i));
        if (!r) return nullptr;
        if (i) text += ", ";
        text += strToUtf8(names[i]) + "=" + strToUtf8(r.get());
    }
    return newStrFromUtf8(interp, text + ")").release();
}

// structseq_new(sequence, dict=None): the sequence's items, exactly n_fields of them.
Object* structSeqNew(TypeObject* type, Object* args, Object* kwargs) {
    Interpreter& interp = *type->interp;
    static const char* const kNames[] = {"sequence", "dict"};
    const ArgSpec spec{"structseq", kNames, 2, 0, 1, 2};
    std::vector<Object*> flat(tupleItems(args), tupleItems(args) + tupleSize(args));
    KwNameList kwnames;
    dictKeywords(kwargs, flat, kwnames);
    Object* a[2] = {nullptr, nullptr};
    if (!unpackParserArgs(interp, spec, "structseq", flat.data(), tupleSize(args), kwnames, a)) return nullptr;
    Ref seq = sequenceFast(a[0], "constructor requires a sequence");
    if (!seq) return nullptr;
    if (a[1] && a[1] != interp.none && !a[1]->type->isSubtypeOf(interp.types.dict)) {
        raiseError(interp, vmOf(interp).exc.TypeError, type->name + "() takes a dict as second arg, if any");
        return nullptr;
    }
    const std::int64_t fields = static_cast<std::int64_t>(fieldNames(type).size());
    const bool isList = seq->type == interp.types.list;
    const std::int64_t len = isList ? listSize(seq.get()) : tupleSize(seq.get());
    if (len != fields) {
        raiseError(interp, vmOf(interp).exc.TypeError,
                   type->name + "() takes a " + std::to_string(fields) + "-sequence (" + std::to_string(len) + "-sequence given)");
        return nullptr;
    }
    std::vector<Ref> values;
    for (std::int64_t i = 0; i < len; ++i) values.push_back(Ref::borrowed(isList ? listItem(seq.get(), i) : tupleItem(seq.get(), i)));
    Ref result = makeStructSeq(interp, type, std::move(values));
    if (result) interp.gc().track(result.get()); // _PyObject_GC_TRACK: only Python-made ones are tracked
    return result.release();
}

// structseq_reduce: (type, (visible fields as a tuple, {invisible fields})).
Object* structSeqReduce(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Ref tup = tupleFromArray(interp, tupleItems(self), tupleSize(self));
    Ref dict = tup ? newDict(interp) : Ref();
    if (!dict) return nullptr;
    Ref inner = tuplePack(interp, {tup.get(), dict.get()});
    if (!inner) return nullptr;
    return tuplePack(interp, {self->type, inner.get()}).release();
}

// structseq_dealloc: the items released first to last, the block freed (never a tuple free list).
void structSeqDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    const std::int64_t n = tupleSize(o);
    for (std::int64_t i = 0; i < n; ++i) {
        Object* item = tupleItem(o, i);
        tupleSetItemSteal(o, i, nullptr);
        xdecref(item);
    }
    interp.freeObject(o);
}

const MethodDef kStructSeqMethods[] = {
    {"__reduce__", structSeqReduce, meth::kNoArgs},
    {nullptr, nullptr, 0},
};

} // namespace

void initStructSeqType(Interpreter& interp, TypeObject* t, const GetSetDef* fields, bool instantiable) {
    TypeObject* tuple = interp.types.tuple;
    t->repr = structSeqRepr;
    t->hash = tuple->hash;
    t->richcompare = tuple->richcompare;
    t->isTrue = tuple->isTrue;
    t->sizeOf = tuple->sizeOf;
    t->traverse = tuple->traverse;
    t->references = tuple->references;
    t->readField = tuple->readField;
    t->destroyHost = tuple->destroyHost;
    t->label = tuple->label;
    t->slots.length = tuple->slots.length;
    t->slots.subscript = tuple->slots.subscript;
    t->slots.contains = tuple->slots.contains;
    t->slots.iter = tuple->slots.iter;
    t->slots.sequence = tuple->slots.sequence;
    if (instantiable) t->slots.tpNew = structSeqNew;
    t->dealloc = structSeqDealloc;
    addMethods(interp, t, kStructSeqMethods);
    addMembers(interp, t, fields);
    addSlotWrappers(interp, t);
    std::int64_t n = 0;
    while (fields[n].name) ++n;
    setStaticTypeAttr(interp, t, "n_sequence_fields", newInt(interp, n).release());
    setStaticTypeAttr(interp, t, "n_fields", newInt(interp, n).release());
    setStaticTypeAttr(interp, t, "n_unnamed_fields", newInt(interp, 0).release());
    Ref matchArgs = newTuple(interp, n);
    for (std::int64_t i = 0; i < n; ++i) tupleSetItemSteal(matchArgs.get(), i, internName(interp, fields[i].name).release());
    setStaticTypeAttr(interp, t, "__match_args__", matchArgs.release());
}

TypeObject* newStructSeqType(Interpreter& interp, const std::string& name, const GetSetDef* fields, bool instantiable) {
    TypeObject* t = interp.newStaticType(name, 24, 8, tpflags::kHaveGc | tpflags::kTupleSubclass, interp.types.tuple);
    t->type = interp.types.type;
    initStructSeqType(interp, t, fields, instantiable);
    return t;
}

Ref makeStructSeq(Interpreter& interp, TypeObject* t, std::vector<Ref> values) {
    std::vector<Object*> items;
    for (Ref& v : values) {
        if (!v) return Ref();
        items.push_back(v.get());
    }
    // PyStructSequence_New: PyObject_GC_NewVar, so fresh memory and untracked.
    Ref seq = tupleFromArrayUnparked(interp, items.data(), static_cast<std::int64_t>(items.size()));
    if (!seq) return Ref();
    if (GcState::isTracked(seq.get())) interp.gc().untrack(seq.get());
    seq->type = t;
    return seq;
}

} // namespace hs
