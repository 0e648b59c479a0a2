// Shared by the itertools object files: the allocation and argument helpers, and the
// constructors and next functions of itertools_combinatorics.cpp that the type table names.
#pragma once

#include "objects/itertools_objects.h"
#include "objects/builtin_function_object.h"
#include "objects/dict_object.h"
#include "objects/subtype_instance.h"
#include "objects/tuple_object.h"
#include "runtime/arg_parse.h"
#include "runtime/interpreter.h"
#include "vm/vm_state.h"

#include <vector>

namespace hs::itertools_detail {

inline ItertoolsObject* asIt(Object* o) { return static_cast<ItertoolsObject*>(o); }
inline Interpreter& interpOf(const Object* o) { return *o->type->interp; }
inline Object* newRef(Object* o) {
    incref(o);
    return o;
}
inline TypeObject* typeErrorType(Interpreter& interp) { return vmOf(interp).exc.TypeError; }

constexpr std::int64_t kMaxSsize = INT64_MAX; // PY_SSIZE_T_MAX: count's slow-mode marker

// tp_alloc (PyType_GenericAlloc): tracked at once; a heap subclass's instance is a
// SubtypeInstance<ItertoolsObject>.
inline ItertoolsObject* alloc(TypeObject* type) {
    Interpreter& interp = *type->interp;
    if (type->isHeapType()) return allocSubtypeInstance<ItertoolsObject>(interp, type, 0);
    auto* o = interp.newObject<ItertoolsObject>(type, static_cast<std::uint64_t>(type->basicsize));
    if (o) interp.gc().track(o);
    return o;
}

// Positional arguments and keywords of a tp_new call unpacked against `spec`. parserKey names the
// Argument Clinic parser of a clinic-generated constructor (its kwtuple is built at the first
// keyword call); null for PyArg_ParseTupleAndKeywords ones (product, repeat).
inline bool unpackNew(Interpreter& interp, const ArgSpec& spec, Object* args, Object* kwargs, Object** out,
                      const char* parserKey) {
    std::vector<Object*> flat(tupleItems(args), tupleItems(args) + tupleSize(args));
    KwNameList kwnames;
    dictKeywords(kwargs, flat, kwnames);
    if (parserKey) return unpackParserArgs(interp, spec, parserKey, flat.data(), tupleSize(args), kwnames, out);
    return unpackArgs(interp, spec, flat.data(), tupleSize(args), kwnames, out);
}

// itertools_combinatorics.cpp: tp_new (new reference) and tp_iternext of each type.
Object* productNew(TypeObject* type, Object* args, Object* kwargs);
Object* productNext(Object* o);
Object* combinationsNew(TypeObject* type, Object* args, Object* kwargs);
Object* combinationsNext(Object* o);
Object* cwrNew(TypeObject* type, Object* args, Object* kwargs);
Object* cwrNext(Object* o);
Object* permutationsNew(TypeObject* type, Object* args, Object* kwargs);
Object* permutationsNext(Object* o);
Object* groupByNew(TypeObject* type, Object* args, Object* kwargs);
Object* groupByNext(Object* o);
Object* grouperNext(Object* o);
// _grouper(parent, tgtkey, /): itertools__grouper's checks, then _grouper_create.
Object* grouperNew(TypeObject* type, Object* args, Object* kwargs);
// _grouper_create: a new _grouper of `parent` (a groupby) that becomes its current one.
Object* grouperCreate(Object* parent, Object* tgtkey);

// itertools_reduce.cpp: the tp_methods a kind has after its own (__reduce__, __setstate__, and the
// combinatoric iterators' __sizeof__), in CPython's order; null when it has none.
const MethodDef* picklingMethods(ItertoolsKind kind);

} // namespace hs::itertools_detail
