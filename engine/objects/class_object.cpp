// Classes: type_new (bases, metaclass, __slots__, __classcell__, MRO, __set_name__,
// __init_subclass__), __slots__ member descriptors, heap type lifetime and __build_class__.
//
// Sections: type_new helpers · member descriptors · heap type lifetime · type_new · __build_class__
#include "objects/class_object.h"
#include "objects/class_internal.h"
#include "objects/subtype_instance.h"

#include "objects/builtin_function_object.h"
#include "objects/cell_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/method_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/arg_parse.h"
#include "runtime/dealloc.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/unraisable.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/opcodes.h"
#include "vm/vm_state.h"

#include <algorithm>

namespace hs {

namespace {

Interpreter& interpOf(const Object* o) { return *o->type->interp; }
void typeError(Interpreter& interp, const std::string& m) { raiseError(interp, vmOf(interp).exc.TypeError, m); }
InstanceStorage* asInstance(Object* o) { return instanceStorage(o); }

} // namespace

namespace {

// ---------------------------------------------------------------- type_new

int mroMerge(std::vector<std::vector<TypeObject*>>& seqs, std::vector<TypeObject*>& out) {
    for (;;) {
        bool allEmpty = true;
        for (auto& s : seqs) allEmpty = allEmpty && s.empty();
        if (allEmpty) return 0;
        TypeObject* candidate = nullptr;
        for (auto& s : seqs) {
            if (s.empty()) continue;
            TypeObject* head = s.front();
            bool inTail = false;
            for (auto& other : seqs)
                if (other.size() > 1 && std::find(other.begin() + 1, other.end(), head) != other.end()) inTail = true;
            if (!inTail) {
                candidate = head;
                break;
            }
        }
        if (!candidate) return -1;
        out.push_back(candidate);
        for (auto& s : seqs)
            if (!s.empty() && s.front() == candidate) s.erase(s.begin());
    }
}

Ref computeMro(Interpreter& interp, TypeObject* type, Object* bases) {
    std::vector<TypeObject*> out{type};
    std::vector<std::vector<TypeObject*>> seqs;
    const std::int64_t n = tupleSize(bases);
    for (std::int64_t i = 0; i < n; ++i) {
        std::vector<TypeObject*> m;
        typeMro(asType(tupleItem(bases, i)), m);
        seqs.push_back(std::move(m));
    }
    std::vector<TypeObject*> baseList;
    for (std::int64_t i = 0; i < n; ++i) baseList.push_back(asType(tupleItem(bases, i)));
    // check_duplicates (mro_implementation, more than one base).
    for (std::size_t i = 0; n > 1 && i < baseList.size(); ++i)
        for (std::size_t j = i + 1; j < baseList.size(); ++j)
            if (baseList[i] == baseList[j]) {
                typeError(interp, "duplicate base class " + baseList[i]->name);
                return Ref();
            }
    seqs.push_back(baseList);
    if (mroMerge(seqs, out) < 0) {
        // set_mro_error: the heads of the sequences left, each once, in order.
        std::vector<TypeObject*> heads;
        for (auto& s : seqs)
            if (!s.empty() && std::find(heads.begin(), heads.end(), s.front()) == heads.end()) heads.push_back(s.front());
        std::string names;
        for (std::size_t i = 0; i < heads.size(); ++i) names += (i ? ", " : " ") + heads[i]->name;
        typeError(interp, "Cannot create a consistent method resolution\norder (MRO) for bases" + names);
        return Ref();
    }
    if (n > 1) {
        // mro_implementation merges into a list (PyList_New(1) + appends) and mro_invoke turns it
        // into the tuple (PySequence_Tuple); the list is freed. One base: the tuple directly.
        Ref acc = newList(interp, 1);
        if (!acc) return Ref();
        incref(out[0]);
        listSetItemSteal(acc.get(), 0, out[0]);
        for (std::size_t i = 1; i < out.size(); ++i)
            if (listAppend(acc.get(), out[i]) < 0) return Ref();
        return listAsTuple(acc.get());
    }
    Ref t = newTuple(interp, static_cast<std::int64_t>(out.size()));
    for (std::size_t i = 0; i < out.size(); ++i) {
        incref(out[i]);
        tupleSetItemSteal(t.get(), static_cast<std::int64_t>(i), out[i]);
    }
    return t;
}

// extra_ivars: `type` adds instance fields to `base` (a __weakref__ or positive-offset __dict__ a
// heap type added at its end does not count; with items involved any size change does).
bool extraIvars(const TypeObject* type, const TypeObject* base) {
    std::int64_t tSize = type->basicsize;
    const std::int64_t bSize = base->basicsize;
    if (type->itemsize || base->itemsize) return tSize != bSize || type->itemsize != base->itemsize;
    if (type->slots.weaklistOffset && base->slots.weaklistOffset == 0 && type->slots.weaklistOffset + 8 == tSize &&
        type->isHeapType())
        tSize -= 8;
    if (type->slots.dictOffset > 0 && base->slots.dictOffset == 0 && type->slots.dictOffset + 8 == tSize &&
        type->isHeapType())
        tSize -= 8;
    return tSize != bSize;
}

// solid_base: the most derived ancestor (or the type itself) that adds instance fields.
TypeObject* layoutSolidBase(TypeObject* type) {
    TypeObject* base = type->base ? layoutSolidBase(type->base) : type->interp->types.object;
    return extraIvars(type, base) ? type : base;
}

// best_base: the base whose solid base extends every other base's solid base.
TypeObject* bestBase(Interpreter& interp, Object* bases) {
    TypeObject* best = nullptr;
    TypeObject* bestSolid = nullptr;
    for (std::int64_t i = 0; i < tupleSize(bases); ++i) {
        Object* b = tupleItem(bases, i);
        if (!isType(b)) {
            typeError(interp, "bases must be types");
            return nullptr;
        }
        TypeObject* bt = asType(b);
        if (!(bt->flags & tpflags::kBaseType)) {
            typeError(interp, "type '" + bt->name + "' is not an acceptable base type");
            return nullptr;
        }
        TypeObject* solid = layoutSolidBase(bt);
        if (!best) {
            best = bt;
            bestSolid = solid;
        } else if (bestSolid->isSubtypeOf(solid)) {
        } else if (solid->isSubtypeOf(bestSolid)) {
            best = bt;
            bestSolid = solid;
        } else {
            typeError(interp, "multiple bases have instance lay-out conflict");
            return nullptr;
        }
    }
    return best;
}

// subtype_getsets_full: the __dict__ / __weakref__ descriptors a class adds for its instances.
Object* subtypeDictGet(Object* self) {
    Interpreter& interp = interpOf(self);
    Object* d = instanceDict(self, true);
    if (!d) {
        if (!errOccurred(interp))
            raiseBareAttributeError(interp, "This object has no __dict__");
        return nullptr;
    }
    incref(d);
    return d;
}
int subtypeDictSet(Object* self, Object* value) {
    Interpreter& interp = interpOf(self);
    if (!value) {
        typeError(interp, "cannot delete __dict__");
        return -1;
    }
    if (!isDict(value)) {
        typeError(interp, "__dict__ must be set to a dictionary, not a '" + value->type->name + "'");
        return -1;
    }
    if (self->type->slots.materialize && self->type->slots.materialize(self) < 0) return -1;
    Object** p = self->type->slots.dictPtr(self);
    incref(value);
    xdecref(std::exchange(*p, value));
    return 0;
}
Object* subtypeWeakrefGet(Object* self) {
    // subtype_getweakref: the list head at tp_weaklistoffset, wherever the layout puts it.
    Object** slot = self->type->slots.weaklistOffset && self->type->weaklistPtr ? self->type->weaklistPtr(self) : nullptr;
    Object* head = slot ? *slot : nullptr;
    Object* r = head ? head : interpOf(self).none;
    incref(r);
    return r;
}
const GetSetDef kSubtypeDict = {"__dict__", subtypeDictGet, subtypeDictSet, "dictionary for instance variables"};
const GetSetDef kSubtypeWeakref = {"__weakref__", subtypeWeakrefGet, nullptr, "list of weak references to the object"};

int addSubtypeDescriptor(Interpreter& interp, TypeObject* t, const GetSetDef* def) {
    auto* d = interp.newObject<DescrObject>(vmOf(interp).types.getsetDescriptor, 48);
    if (!d) return -1;
    Ref ref(d);
    incref(t);
    d->cls = t; // strong for heap types (PyDescr_NewGetSet keeps a reference to the type)
    d->name = internName(interp, def->name).release();
    d->getset = def;
    interp.gc().track(d);
    return dictSetItem(t->slots.dict, d->name, d);
}

// descr_check / descr_setcheck: the object is an instance of the member's class.
bool memberCheck(MemberDescr* d, Object* obj) {
    if (typeIsSubtype(obj->type, d->cls)) return true;
    typeError(interpOf(d), "descriptor '" + strToUtf8(d->name) + "' for '" + d->cls->name + "' objects doesn't apply to a '" +
                               obj->type->name + "' object");
    return false;
}

// member_get: a static type's member reads through its accessor (PyMember_GetOne), a slot from
// the instance.
Object* memberGet(Object* descr, Object* obj, Object*) {
    if (!obj) {
        incref(descr);
        return descr;
    }
    auto* d = static_cast<MemberDescr*>(descr);
    Interpreter& interp = interpOf(descr);
    if (!memberCheck(d, obj)) return nullptr;
    if (d->getset) return d->getset->get(obj);
    InstanceStorage* inst = asInstance(obj);
    Object* v = static_cast<std::size_t>(d->index) < inst->slotValues.size() ? inst->slotValues[static_cast<std::size_t>(d->index)] : nullptr;
    if (!v) {
        raiseBareAttributeError(interp, "'" + obj->type->name + "' object has no attribute '" + strToUtf8(d->name) + "'");
        return nullptr;
    }
    incref(v);
    return v;
}

// member_set: PyMember_SetOne refuses a READONLY member (a static one without a setter).
int memberSet(Object* descr, Object* obj, Object* value) {
    auto* d = static_cast<MemberDescr*>(descr);
    Interpreter& interp = interpOf(descr);
    if (!memberCheck(d, obj)) return -1;
    if (d->getset) {
        if (d->getset->set) return d->getset->set(obj, value);
        raiseError(interp, vmOf(interp).exc.AttributeError, "readonly attribute");
        return -1;
    }
    InstanceStorage* inst = asInstance(obj);
    Object*& slot = inst->slotValues[static_cast<std::size_t>(d->index)];
    if (!value && !slot) {
        raiseBareAttributeError(interp, strToUtf8(d->name));
        return -1;
    }
    xincref(value);
    xdecref(std::exchange(slot, value));
    return 0;
}

Object* memberRepr(Object* o) {
    auto* d = static_cast<MemberDescr*>(o);
    return newStrFromUtf8(interpOf(o), "<member '" + strToUtf8(d->name) + "' of '" + d->cls->name + "' objects>").release();
}

void memberDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    xdecref(std::exchange(static_cast<MemberDescr*>(o)->name, nullptr));
    xdecref(std::exchange(static_cast<MemberDescr*>(o)->qualname, nullptr));
    TypeObject* cls = std::exchange(static_cast<MemberDescr*>(o)->cls, nullptr);
    interp.freeObject(o);
    if (cls) decref(cls);
}

// add_subclass: base.tp_subclasses[int(id(type))] = weakref(type) — the key, then the ref, then the
// dict on first use, in CPython's order (each is a real allocation the program can observe).
int addSubclassRecord(Interpreter& interp, TypeObject* base, TypeObject* type) {
    Ref key = newInt(interp, static_cast<std::int64_t>(type->addr));
    if (!key) return -1;
    Ref ref = newWeakref(interp, type, nullptr);
    if (!ref) return -1;
    if (base->subclassesDict == nullptr) {
        base->subclassesDict = newDict(interp).release();
        if (base->subclassesDict == nullptr) return -1;
    }
    return dictSetItem(base->subclassesDict, key.get(), ref.get());
}

// remove_subclass: drops the entry (its weakref and key die here) and the dict once it is empty.
void removeSubclassRecord(Interpreter& interp, TypeObject* base, TypeObject* type) {
    Object* subclasses = base->subclassesDict;
    if (subclasses == nullptr) return;
    PendingError pending = interp.takeError(); // type_dealloc_common's PyErr_Fetch / PyErr_Restore
    Ref key = newInt(interp, static_cast<std::int64_t>(type->addr));
    if (key) dictDelItem(subclasses, key.get());
    key = Ref();
    if (dictSize(subclasses) == 0 && !base->hasStartupSubclasses) xdecref(std::exchange(base->subclassesDict, nullptr));
    interp.setPendingError(std::move(pending));
}

void heapTypeDealloc(Object* o) {
    HeapTypeObject* t = asHeapType(o);
    Interpreter& interp = interpOf(o);
    TypeObject* meta = o->type;
    interp.typeAttrCache.invalidate(); // its address may be reused by another type
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    // type_dealloc_common's remove_all_subclasses: leave every base's tp_subclasses; then the
    // weakrefs to the class (PyObject_ClearWeakRefs), as type_dealloc orders them.
    if (t->slots.bases)
        for (std::int64_t i = 0; i < tupleSize(t->slots.bases); ++i) {
            TypeObject* base = asType(tupleItem(t->slots.bases, i));
            auto& subs = base->subclasses;
            subs.erase(std::remove(subs.begin(), subs.end(), static_cast<TypeObject*>(t)), subs.end());
            removeSubclassRecord(interp, base, t);
        }
    clearWeakrefs(o);
    xdecref(std::exchange(t->slots.dict, nullptr));
    xdecref(std::exchange(t->slots.mro, nullptr));
    xdecref(std::exchange(t->slots.bases, nullptr));
    if (t->base) decref(std::exchange(t->base, nullptr)); // tp_base is a strong reference, static or not
    xdecref(std::exchange(t->htName, nullptr));
    xdecref(std::exchange(t->htQualname, nullptr));
    xdecref(std::exchange(t->htSlots, nullptr));
    xdecref(std::exchange(t->subclassesDict, nullptr));
    if (t->cachedKeys) {
        // Split dicts may outlive the class: the block then belongs to no object.
        if (t->cachedKeys->refcnt > 1 && t->cachedKeys->addr) interp.memory().slotOf(t->cachedKeys->addr).owner = nullptr;
        splitKeysDecref(interp, std::exchange(t->cachedKeys, nullptr));
    }
    interp.freeObject(o);
    interp.typeAttrCache.invalidate(); // lookups made while its namespace was released
    if (meta->isHeapType()) decref(meta);
}

// type_traverse: tp_dict, tp_cache (always NULL), tp_mro, tp_bases, tp_base (a static base too:
// `object`, `list`), ht_module (NULL for a class statement's class).
int heapTypeTraverse(Object* o, VisitProc visit, void* arg) {
    HeapTypeObject* t = asHeapType(o);
    for (Object* p : {t->slots.dict, t->slots.mro, t->slots.bases, static_cast<Object*>(t->base)})
        if (p)
            if (int r = visit(p, arg)) return r;
    return 0;
}

void heapTypeReferences(Object* o, VisitProc visit, void* arg) {
    HeapTypeObject* t = asHeapType(o);
    for (Object* p : {t->slots.dict, t->slots.mro, t->slots.bases, t->htName, t->htQualname, t->htSlots,
                      static_cast<Object*>(t->base)})
        if (p) visit(p, arg);
    if (t->cachedKeys)
        for (Object* k : t->cachedKeys->names) visit(k, arg);
    if (t->subclassesDict) visit(t->subclassesDict, arg);
}

int heapTypeClear(Object* o) {
    HeapTypeObject* t = asHeapType(o);
    interpOf(o).typeAttrCache.invalidate();
    if (t->slots.dict) dictClear(t->slots.dict);
    xdecref(std::exchange(t->slots.mro, nullptr));
    interpOf(o).typeAttrCache.invalidate(); // finalizers run by the clear may have looked t up
    return 0;
}

std::int64_t heapTypeSizeOf(const Object* o) {
    const HeapTypeObject* t = asHeapType(o);
    // sizeof(PyHeapTypeObject) + _PyDict_KeysSize(ht_cached_keys) for managed-dict classes.
    std::int64_t size = 904;
    // int8 indices (log2 size < 8): the index table has 2**log2Size bytes.
    if (t->cachedKeys) size += dictKeysSimSize(t->cachedKeys->log2Size, t->cachedKeys->log2Size, true);
    return size;
}

} // namespace

TypeObject* solidBase(TypeObject* t) {
    while (t->base && t->isHeapType()) t = t->base;
    // A static metatype that adds no instance fields to type (ctypes' PyCStructType, ...) has
    // type's layout (extra_ivars is false).
    while (t->base && t->interp && t->base == t->interp->types.type && t->basicsize == t->base->basicsize) t = t->base;
    return t;
}

std::string heapTypeQualName(const TypeObject* t) {
    const HeapTypeObject* h = asHeapType(t);
    return h->htQualname ? strToUtf8(h->htQualname) : t->name;
}

std::string heapTypeModuleName(const TypeObject* t) {
    if (t->slots.dict)
        if (Object* m = dictGetItem(t->slots.dict, vmOf(t).names.__module__))
            if (isStr(m)) return strToUtf8(m);
    return "builtins";
}

TypeObject* calculateMetaclass(TypeObject* metatype, Object* bases) {
    TypeObject* winner = metatype;
    for (std::int64_t i = 0; i < tupleSize(bases); ++i) {
        TypeObject* tmp = tupleItem(bases, i)->type;
        if (typeIsSubtype(winner, tmp)) continue;
        if (typeIsSubtype(tmp, winner)) {
            winner = tmp;
            continue;
        }
        typeError(*metatype->interp, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                                     "metaclasses of all its bases");
        return nullptr;
    }
    return winner;
}

bool checkTypeName(Interpreter& interp, Object* name) {
    if (!strEnsureUtf8(interp, name)) return false;
    if (strToUtf8(name).find('\0') != std::string::npos) {
        raiseError(interp, vmOf(interp).exc.ValueError, "type name must not contain null characters");
        return false;
    }
    return true;
}

Ref typeNew(TypeObject* metatype, Object* name, Object* bases, Object* origDict, Object* kwds) {
    Interpreter& interp = *metatype->interp;
    VmState& vm = vmOf(interp);
    if (!isStr(name)) {
        typeError(interp, "type.__new__() argument 1 must be str, not " + name->type->name);
        return Ref();
    }
    if (!isTuple(bases)) {
        typeError(interp, "type.__new__() argument 2 must be tuple, not " + bases->type->name);
        return Ref();
    }
    if (!isDict(origDict)) {
        typeError(interp, "type.__new__() argument 3 must be dict, not " + origDict->type->name);
        return Ref();
    }
    Ref basesRef = Ref::borrowed(bases);
    if (tupleSize(bases) == 0) basesRef = tuplePack(interp, {interp.types.object});
    TypeObject* base = bestBase(interp, basesRef.get());
    if (!base) return Ref();
    TypeObject* solid = solidBase(base);
    const bool objectLayout = solid == interp.types.object;
    const bool excLayout = solid->flags & tpflags::kBaseExcSubclass;
    const bool typeLayout = solid == interp.types.type;
    const bool weakrefLayout = solid == vm.types.weakref;
    const bool builtinLayout = !objectLayout && !excLayout && !typeLayout && !weakrefLayout;
    if (builtinLayout && !builtinSubtypeSupported(interp, solid)) {
        typeError(interp, "subclassing '" + solid->name + "' is not supported by the simulation yet");
        return Ref();
    }
    // type_new_slots: may_add_dict / may_add_weak.
    const bool baseHasDict = base->slots.dictOffset != 0 || (base->flags & tpflags::kManagedDict);
    const bool mayAddDict = !baseHasDict && (objectLayout || weakrefLayout || builtinLayout);
    const bool mayAddWeak = base->slots.weaklistOffset == 0 && base->itemsize == 0;
    Ref dict = dictCopy(origDict);
    if (!dict) return Ref();

    // __slots__
    Ref slots;
    if (Object* s = dictGetItem(dict.get(), vm.names.__slots__)) {
        slots = isStr(s) ? tuplePack(interp, {s}) : sequenceTuple(s);
        if (!slots) return Ref();
    }
    bool addDict = false, addWeak = false;
    int nslots = 0;
    std::vector<Object*> slotNames;
    std::vector<Ref> mangledSlots; // owns the mangled names slotNames points at
    if (slots) {
        // type_new_slots_impl: any slot (even __dict__ / __weakref__) on a var-sized base.
        if (tupleSize(slots.get()) > 0 && base->itemsize != 0) {
            typeError(interp, "nonempty __slots__ not supported for subtype of '" + base->name + "'");
            return Ref();
        }
        // type_new_visit_slots: every name is an identifier, and __dict__ / __weakref__ are taken at
        // most once and only where the base has none yet (nor items, for __weakref__); checked for
        // all names before any is copied.
        for (std::int64_t i = 0; i < tupleSize(slots.get()); ++i) {
            Object* sn = tupleItem(slots.get(), i);
            if (!isStr(sn)) {
                typeError(interp, "__slots__ items must be strings, not '" + sn->type->name + "'");
                return Ref();
            }
            if (!strIsIdentifier(sn)) {
                typeError(interp, "__slots__ must be identifiers");
                return Ref();
            }
            if (strEqualsAscii(sn, "__dict__")) {
                if (!mayAddDict || addDict) {
                    typeError(interp, "__dict__ slot disallowed: we already got one");
                    return Ref();
                }
                addDict = true;
            } else if (strEqualsAscii(sn, "__weakref__")) {
                if (!mayAddWeak || addWeak) {
                    typeError(interp, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                    return Ref();
                }
                addWeak = true;
            }
        }
        for (std::int64_t i = 0; i < tupleSize(slots.get()); ++i) {
            Object* sn = tupleItem(slots.get(), i);
            if (!strEqualsAscii(sn, "__dict__") && !strEqualsAscii(sn, "__weakref__")) {
                // type_new_copy_slots: private names are mangled (_Py_Mangle with the class name).
                const std::string text = strToUtf8(sn);
                if (text.size() > 2 && text.compare(0, 2, "__") == 0 && text.compare(text.size() - 2, 2, "__") != 0 &&
                    text.find('.') == std::string::npos) {
                    const std::string cname = strToUtf8(name);
                    const std::size_t skip = cname.find_first_not_of('_');
                    if (skip != std::string::npos) {
                        mangledSlots.push_back(newStrFromUtf8(interp, "_" + cname.substr(skip) + text));
                        if (!mangledSlots.back()) return Ref();
                        sn = mangledSlots.back().get();
                    }
                }
                if (dictGetItem(dict.get(), sn)) {
                    raiseError(interp, vm.exc.ValueError, reprOf(sn) + " in __slots__ conflicts with class variable");
                    return Ref();
                }
                slotNames.push_back(sn);
            }
        }
        // ht_slots is sorted: the member descriptors (and their offsets) follow that order.
        std::stable_sort(slotNames.begin(), slotNames.end(),
                         [](Object* a, Object* b) { return strToUtf8(a) < strToUtf8(b); });
        nslots = static_cast<int>(slotNames.size());
        // type_new_copy_slots: the names (mangled, without __dict__/__weakref__) go into a new list,
        // sorted, turned into the tuple that replaces ctx->slots (later ht_slots); the list is freed.
        // The new tuple holds every name slotNames points at.
        Ref newSlots = listFromArray(interp, slotNames.data(), static_cast<std::int64_t>(slotNames.size()));
        if (!newSlots) return Ref();
        Ref slotTuple = listAsTuple(newSlots.get());
        if (!slotTuple) return Ref();
        newSlots = Ref();
        slots = std::move(slotTuple);
    } else {
        addDict = mayAddDict;
        addWeak = mayAddWeak;
    }
    if (!mayAddDict) addDict = false;
    if (!mayAddWeak) addWeak = false;

    // type_new_set_name: tp_name is the name's UTF-8 (PyUnicode_AsUTF8AndSize: a non-ASCII name
    // keeps its cached copy) and may not hold a NUL. CPython checks just after allocating the type,
    // a block of its own size class (above pymalloc's), so checking first changes no address.
    if (!checkTypeName(interp, name)) return Ref();
    // _PyType_AllocNoTrack: _PyObject_VAR_SIZE(type, nitems + 1), the members array plus its sentinel.
    auto* t = interp.newObject<HeapTypeObject>(metatype, 904 + 40 * (static_cast<std::uint64_t>(nslots) + 1));
    if (!t) return Ref();
    Ref typeRef(t);
    t->interp = &interp;
    t->name = strToUtf8(name);
    t->htName = name;
    incref(name);
    t->base = base;
    incref(base);
    t->flags = tpflags::kHeapType | tpflags::kBaseType | tpflags::kHaveGc |
               (base->flags & (tpflags::kLongSubclass | tpflags::kListSubclass | tpflags::kTupleSubclass |
                               tpflags::kBytesSubclass | tpflags::kUnicodeSubclass | tpflags::kDictSubclass |
                               tpflags::kBaseExcSubclass | tpflags::kTypeSubclass));
    // type_new_descriptors: __slots__ members from base->basicsize, then a var-sized base's dict
    // pointer (dictoffset -8: just before the items), then __weakref__, then the managed dict
    // (dictoffset counted back from the end, through the pre-header).
    const bool baseManaged = base->flags & tpflags::kManagedDict;
    const bool managedAdd = addDict && base->itemsize == 0;
    t->managedDict = managedAdd || baseManaged;
    if (t->managedDict) t->flags |= tpflags::kManagedDict;
    std::int64_t slotOffset = base->basicsize + 8 * nslots;
    std::int64_t dictOffset = base->slots.dictOffset;
    if (addDict && base->itemsize != 0) {
        dictOffset = -8;
        slotOffset += 8;
    }
    const std::int64_t weakOffset = addWeak ? slotOffset : base->slots.weaklistOffset;
    if (addWeak) slotOffset += 8;
    if (managedAdd) dictOffset = -slotOffset - 24;
    t->basicsize = slotOffset;
    t->itemsize = base->itemsize;
    t->nslots = nslots;
    t->slots = base->slots;
    t->slots.tpCallOnly = alwaysTpCall; // inherit_slots gives no heap type a vectorcall
    t->slots.table = nullptr;
    t->slots.dict = nullptr;
    t->slots.mro = nullptr;
    t->slots.bases = nullptr;
    t->slots.number = nullptr;
    t->slots.weaklistOffset = weakOffset;
    t->slots.dictOffset = dictOffset;
    prepareHeapTypeSlots(*t);
    if (weakrefLayout) prepareWeakrefSubtype(*t);
    else if (typeLayout) t->weaklistPtr = base->weaklistPtr;
    else if (objectLayout && t->slots.weaklistOffset) t->weaklistPtr = instanceWeaklistPtr;
    else if (excLayout && t->slots.weaklistOffset) t->weaklistPtr = exceptionWeaklistPtr;
    if (excLayout) {
        // Exception subclasses keep their attributes in BaseException's dict.
        t->slots.dictPtr = base->slots.dictPtr;
        t->slots.valuesGet = nullptr;
        t->slots.valuesSet = nullptr;
        t->slots.materialize = nullptr;
        t->dealloc = base->dealloc;
        t->traverse = heapSubtypeTraverse;
        t->clear = base->clear;
        t->sizeOf = base->sizeOf;
        t->references = heapSubtypeReferences;
        t->destroyHost = base->destroyHost;
        t->label = base->label;
    } else if (typeLayout) {
        t->dealloc = base->dealloc;
        t->traverse = heapSubtypeTraverse;
        t->clear = base->clear;
        t->sizeOf = base->sizeOf;
        t->references = heapSubtypeReferences;
        t->destroyHost = base->destroyHost;
        t->label = base->label;
    } else if (builtinLayout) {
        configureBuiltinSubtype(*t, solid);
        if (addDict && !managedAdd) t->slots.dictPtr = [](Object* o) { return &instanceStorage(o)->dict; };
        if (!t->managedDict && !t->slots.dictOffset) t->slots.dictPtr = nullptr;
        if (!managedAdd && !baseManaged) {
            t->slots.valuesGet = nullptr;
            t->slots.valuesSet = nullptr;
            t->slots.materialize = nullptr;
        }
    } else if (!t->managedDict) {
        t->slots.valuesGet = nullptr;
        t->slots.valuesSet = nullptr;
        t->slots.materialize = nullptr;
        t->slots.dictPtr = nullptr;
    }
    incref(basesRef.get());
    t->slots.bases = basesRef.get();
    t->slots.dict = dict.release();
    Object* tdict = t->slots.dict;

    // __module__ from the caller's globals, __qualname__, __doc__.
    if (dictContains(tdict, vm.names.__module__) == 0)
        if (Object* globals = currentGlobals(interp))
            if (Object* mod = dictGetItem(globals, vm.names.__name__)) dictSetItem(tdict, vm.names.__module__, mod);
    if (Object* q = dictGetItem(tdict, vm.names.__qualname__)) {
        if (!isStr(q)) {
            typeError(interp, "type __qualname__ must be a str, not " + q->type->name);
            return Ref();
        }
        incref(q);
        t->htQualname = q;
        dictDelItem(tdict, vm.names.__qualname__);
    } else {
        incref(name);
        t->htQualname = name;
    }
    // __new__ becomes a staticmethod, __init_subclass__ / __class_getitem__ classmethods.
    if (Object* f = dictGetItem(tdict, vm.names.__new__))
        if (isFunction(f)) {
            Ref sm = newStaticMethod(interp, f);
            dictSetItem(tdict, vm.names.__new__, sm.get());
        }
    for (Object* cmName : {vm.names.__init_subclass__, vm.names.__class_getitem__})
        if (Object* f = dictGetItem(tdict, cmName))
            if (isFunction(f)) {
                Ref cm = newClassMethod(interp, f);
                dictSetItem(tdict, cmName, cm.get());
            }
    // Member descriptors for __slots__.
    int slotBase = 0;
    for (TypeObject* b = base; b && b->isHeapType(); b = b->base) slotBase += asHeapType(b)->nslots;
    t->slotBase = slotBase;
    for (int i = 0; i < nslots; ++i) {
        auto* d = interp.newObject<MemberDescr>(vm.types.memberDescriptor, 48);
        if (!d) return Ref();
        Ref dref(d);
        incref(t);
        d->cls = t;
        Ref sname = Ref::borrowed(slotNames[static_cast<std::size_t>(i)]);
        internInPlace(interp, sname);
        d->name = sname.release();
        d->index = slotBase + i;
        interp.gc().track(d);
        if (dictSetItem(tdict, d->name, d) < 0) return Ref();
    }
    if (slots) {
        t->htSlots = slots.release();
    }
    // __dict__ / __weakref__ getset descriptors are not added (static getsets of object serve).
    // The class cell.
    if (Object* cell = dictGetItem(tdict, vm.names.__classcell__)) {
        if (!isCell(cell)) {
            typeError(interp, "__classcell__ must be a nonlocal cell, not " + reprOf(cell->type));
            return Ref();
        }
        incref(t);
        cellSet(cell, t);
        dictDelItem(tdict, vm.names.__classcell__);
    }
    // __hash__ = None when __eq__ is defined without __hash__.
    if (dictContains(tdict, vm.names.__eq__) == 1 && dictContains(tdict, vm.names.__hash__) == 0)
        dictSetItem(tdict, vm.names.__hash__, interp.none);
    // MRO.
    Ref mro = computeMro(interp, t, t->slots.bases);
    if (!mro) return Ref();
    t->slots.mro = mro.release();
    if (t->managedDict) {
        t->cachedKeys = new SplitKeys();
        t->cachedKeys->addr = interp.allocBuffer(t, 32 + 64 + 42 * 16);
    }
    // PyType_Ready's add_getset (subtype __dict__ / __weakref__) and type_dict_set_doc.
    if (addDict && addSubtypeDescriptor(interp, t, &kSubtypeDict) < 0) return Ref();
    if (addWeak && addSubtypeDescriptor(interp, t, &kSubtypeWeakref) < 0) return Ref();
    if (dictContains(tdict, vm.names.__doc__) == 0 && dictSetItem(tdict, vm.names.__doc__, interp.none) < 0) return Ref();
    updateTypeSlot(t, nullptr);
    interp.gc().track(t);
    // type_ready_add_subclasses.
    for (std::int64_t i = 0; i < tupleSize(t->slots.bases); ++i) {
        TypeObject* base = asType(tupleItem(t->slots.bases, i));
        base->subclasses.push_back(t);
        if (addSubclassRecord(interp, base, t) < 0) return Ref();
    }

    interp.typeAttrCache.invalidate(); // the namespace is complete: drop lookups made while filling it
    // __set_name__ on the attributes, then __init_subclass__ of the parent.
    {
        // type_new_set_names iterates over a copy of the namespace.
        Ref names = dictCopy(tdict);
        if (!names) return Ref();
        std::int64_t pos = 0;
        Object *key = nullptr, *value = nullptr;
        while (dictNext(names.get(), pos, &key, &value)) {
            // _PyObject_LookupSpecial: __set_name__ bound to the value for the call.
            Ref setName = lookupSpecial(value, vm.names.__set_name__);
            if (!setName) {
                if (errOccurred(interp)) return Ref();
                continue;
            }
            Object* args[2] = {t, key};
            Ref r = call(setName.get(), args, 2);
            setName = Ref();
            if (!r) {
                // 3.11 wraps: "Error calling __set_name__ on 'X' instance 'n' in 'C'"
                Ref cause = fetchError(interp);
                raiseError(interp, vm.exc.RuntimeError,
                           "Error calling __set_name__ on '" + value->type->name + "' instance " + reprOf(key) + " in '" +
                               t->name + "'");
                if (Object* e = interp.error().value.get()) {
                    incref(cause.get());
                    setExceptionCause(e, cause.get());
                }
                return Ref();
            }
        }
    }
    {
        // super(type, type).__init_subclass__(**kwds)
        std::vector<TypeObject*> m;
        typeMro(t, m);
        Object* init = nullptr;
        for (std::size_t i = 1; i < m.size() && !init; ++i) {
            TypeObject* c = m[i];
            init = c->slots.dict ? dictGetItem(c->slots.dict, vm.names.__init_subclass__) : staticTypeDictLookup(c, vm.names.__init_subclass__);
        }
        if (init) {
            Ref bound(init->type->slots.descrGet ? init->type->slots.descrGet(init, nullptr, t) : (incref(init), init));
            if (!bound) return Ref();
            Ref r = kwds ? callTupleDict(bound.get(), interp.emptyTuple, kwds) : callNoArgs(bound.get());
            if (!r) return Ref();
        } else if (kwds && dictSize(kwds) > 0) {
            typeError(interp, t->name + ".__init_subclass__() takes no keyword arguments");
            return Ref();
        }
    }
    interp.typeAttrCache.invalidate(); // lookups made while the namespace was being filled
    return typeRef;
}

// ---------------------------------------------------------------- __build_class__

Object* buildClass(Object*, Object* const* args, std::int64_t nargs, Object* kwnames) {
    Interpreter& interp = *args[0]->type->interp;
    VmState& vm = vmOf(interp);
    if (nargs < 2) {
        typeError(interp, "__build_class__: not enough arguments");
        return nullptr;
    }
    Object* func = args[0];
    if (!isFunction(func)) {
        typeError(interp, "__build_class__: func must be a function");
        return nullptr;
    }
    Object* name = args[1];
    if (!isStr(name)) {
        typeError(interp, "__build_class__: name is not a string");
        return nullptr;
    }
    Ref origBases = tupleFromArray(interp, args + 2, nargs - 2);
    if (!origBases) return nullptr;
    // update_bases: non-type bases with __mro_entries__ are replaced by the tuple it returns (a list
    // built from the first replacement on, then turned into the bases tuple).
    Ref bases = origBases;
    Ref newBases;
    for (std::int64_t i = 0; i < tupleSize(origBases.get()); ++i) {
        Object* b = tupleItem(origBases.get(), i);
        Ref entries;
        if (!isType(b) && lookupAttr(b, vm.names.__mro_entries__, entries) < 0) return nullptr;
        if (!entries) {
            if (newBases && listAppend(newBases.get(), b) < 0) return nullptr;
            continue;
        }
        Ref replacement = callOneArg(entries.get(), origBases.get());
        if (!replacement) return nullptr;
        if (!isTuple(replacement.get())) {
            typeError(interp, "__mro_entries__ must return a tuple");
            return nullptr;
        }
        if (!newBases) {
            newBases = newList(interp, 0);
            if (!newBases) return nullptr;
            for (std::int64_t j = 0; j < i; ++j)
                if (listAppend(newBases.get(), tupleItem(origBases.get(), j)) < 0) return nullptr;
        }
        for (std::int64_t j = 0; j < tupleSize(replacement.get()); ++j)
            if (listAppend(newBases.get(), tupleItem(replacement.get(), j)) < 0) return nullptr;
    }
    if (newBases) {
        bases = sequenceTuple(newBases.get());
        if (!bases) return nullptr;
        newBases = Ref();
    }
    Ref mkw;
    Object* meta = nullptr;
    const std::int64_t nkw = kwCount(kwnames);
    if (nkw) {
        mkw = newDict(interp);
        for (std::int64_t i = 0; i < nkw; ++i) {
            Object* k = tupleItem(kwnames, i);
            if (strEqualsAscii(k, "metaclass")) meta = args[nargs + i];
            else dictSetItem(mkw.get(), k, args[nargs + i]);
        }
    }
    bool isClass = true;
    if (!meta) {
        meta = tupleSize(bases.get()) ? tupleItem(bases.get(), 0)->type : interp.types.type;
    } else {
        isClass = isType(meta);
    }
    if (isClass) {
        TypeObject* winner = calculateMetaclass(asType(meta), bases.get());
        if (!winner) return nullptr;
        meta = winner;
    }
    Ref ns;
    Ref prep;
    if (lookupAttr(meta, vm.names.__prepare__, prep) < 0) return nullptr;
    if (!prep) {
        ns = newDict(interp);
    } else {
        Object* pargs[2] = {name, bases.get()};
        ns = mkw ? callTupleDict(prep.get(), tuplePack(interp, {name, bases.get()}).get(), mkw.get()) : call(prep.get(), pargs, 2);
    }
    if (!ns) return nullptr;
    if (!isDict(ns.get()) && !(ns->type->slots.subscript && ns->type->slots.assSubscript)) {
        typeError(interp, (isType(meta) ? asType(meta)->name : std::string("<metaclass>")) + ".__prepare__() must return a mapping, not " +
                              ns->type->name);
        return nullptr;
    }
    Ref cell = callFunctionWithLocals(func, ns.get());
    if (!cell) return nullptr;
    if (bases.get() != origBases.get() && setItem(ns.get(), internName(interp, "__orig_bases__").get(), origBases.get()) < 0)
        return nullptr;
    Object* margs[3] = {name, bases.get(), ns.get()};
    Ref cls = mkw ? callTupleDict(meta, tupleFromArray(interp, margs, 3).get(), mkw.get()) : call(meta, margs, 3);
    if (!cls) return nullptr;
    if (isType(cls.get()) && isCell(cell.get())) {
        Object* cellCls = cellGet(cell.get());
        if (cellCls != cls.get()) {
            if (!cellCls)
                raiseError(interp, vm.exc.RuntimeError,
                           "__class__ not set defining " + reprOf(name) + " as " + reprOf(cls.get()) +
                               ". Was __classcell__ propagated to type.__new__?");
            else
                typeError(interp, "__class__ set to " + reprOf(cellCls) + " defining " + reprOf(name) + " as " + reprOf(cls.get()));
            return nullptr;
        }
    }
    return cls.release();
}

void initMemberDescriptorType(Interpreter&, TypeObject& t) {
    t.dealloc = memberDealloc;
    t.sizeOf = [](const Object*) -> std::int64_t { return 48; };
    t.repr = memberRepr;
    t.slots.descrGet = memberGet;
    t.slots.descrSet = memberSet;
    t.traverse = [](Object* o, VisitProc visit, void* arg) -> int { // descr_traverse: d_type only
        auto* d = static_cast<MemberDescr*>(o);
        return d->cls && !(o->objFlags & Object::kStatic) ? visit(d->cls, arg) : 0;
    };
    setHostDestructor<MemberDescr>(t);
}

namespace {
void (*gStaticTypeDealloc)(Object*) = nullptr;
std::int64_t (*gStaticTypeSizeOf)(const Object*) = nullptr;
} // namespace

void bindTypeTypeForHeapTypes(TypeObject& typeType) {
    gStaticTypeDealloc = typeType.dealloc;
    gStaticTypeSizeOf = typeType.sizeOf;
    typeType.dealloc = [](Object* o) {
        if (static_cast<TypeObject*>(o)->isHeapType()) heapTypeDealloc(o);
        else if (gStaticTypeDealloc) gStaticTypeDealloc(o);
    };
    typeType.traverse = [](Object* o, VisitProc visit, void* arg) -> int {
        return static_cast<TypeObject*>(o)->isHeapType() ? heapTypeTraverse(o, visit, arg) : 0;
    };
    typeType.references = [](Object* o, VisitProc visit, void* arg) {
        auto* t = static_cast<TypeObject*>(o);
        if (t->isHeapType()) {
            heapTypeReferences(o, visit, arg);
        } else {
            if (t->slots.table) {
                // A static type's attribute table holds its names and values strongly.
                for (auto& [key, value] : t->slots.table->entries) {
                    visit(key, arg);
                    visit(value, arg);
                }
            }
            if (t->subclassesDict) visit(t->subclassesDict, arg);
        }
    };
    typeType.clear = [](Object* o) -> int { return static_cast<TypeObject*>(o)->isHeapType() ? heapTypeClear(o) : 0; };
    typeType.sizeOf = [](const Object* o) -> std::int64_t {
        return static_cast<const TypeObject*>(o)->isHeapType() ? heapTypeSizeOf(o) : (gStaticTypeSizeOf ? gStaticTypeSizeOf(o) : 408);
    };
    typeType.destroyHost = [](Object* o) {
        if (static_cast<TypeObject*>(o)->isHeapType()) static_cast<HeapTypeObject*>(o)->~HeapTypeObject();
        else static_cast<TypeObject*>(o)->~TypeObject();
    };
}

void createStartupSubclassDicts(Interpreter& interp) {
    // Measured with tools/cpython_cells.py: the built-ins whose type.__subclasses__() is non-empty
    // when CPython 3.11 runs the first cell.
    static constexpr const char* kNames[] = {
        "ArithmeticError", "BaseException", "BaseExceptionGroup", "ConnectionError", "Exception",
        "ImportError", "IndentationError", "LookupError", "NameError", "OSError", "RuntimeError",
        "SyntaxError", "SystemError", "UnicodeError", "ValueError", "Warning", "classmethod", "dict",
        "int", "list", "object", "property", "staticmethod", "str", "tuple", "type"};
    for (const char* name : kNames) {
        Ref found = getAttrStr(vmOf(interp).builtinsModule, name);
        if (!found) {
            clearError(interp);
            continue;
        }
        if (!isType(found.get())) continue;
        TypeObject* t = asType(found.get());
        if (t->isHeapType()) continue;
        t->hasStartupSubclasses = true;
        if (t->subclassesDict == nullptr) t->subclassesDict = newDict(interp).release();
    }
}

} // namespace hs
