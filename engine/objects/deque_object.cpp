// collections.deque: block allocation and the free-block cache, append/pop at both ends, rotate
// (and insert/remove/del through it, as CPython does), clear, iteration, repr and comparison.
#include "objects/deque_object.h"
#include "objects/genericalias_object.h"

#include "modules/module_types.h"
#include "objects/builtin_function_object.h"
#include "objects/descr_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/subtype_instance.h"
#include "objects/tuple_object.h"
#include "objects/weakref_object.h"
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/type_methods.h"
#include "runtime/protocols.h"

#include <utility>

namespace hs {

namespace {

constexpr std::int64_t kCenter = (kDequeBlockLen - 1) / 2;
constexpr std::size_t kMaxFreeBlocks = 16;
constexpr std::int64_t kIterBasicSize = 56; // dequeiterobject

using BlockPtr = std::unique_ptr<DequeBlock>;

DequeObject* asDeque(Object* o) { return static_cast<DequeObject*>(o); }
const DequeObject* asDeque(const Object* o) { return static_cast<const DequeObject*>(o); }
Interpreter& interpOf(const Object* o) { return *o->type->interp; }
Object* newRef(Object* o) {
    incref(o);
    return o;
}

// newblock: from the deque's cache, else PyMem_Malloc(sizeof(block)).
BlockPtr newBlock(DequeObject* d) {
    if (!d->freeblocks.empty()) {
        BlockPtr b = std::move(d->freeblocks.back());
        d->freeblocks.pop_back();
        return b;
    }
    Interpreter& interp = interpOf(d);
    const Addr a = interp.allocBuffer(d, static_cast<std::uint64_t>(kDequeBlockBytes));
    if (a == 0) return nullptr;
    BlockPtr b(new DequeBlock());
    b->addr = a;
    return b;
}

// freeblock: into the cache while it has room, else PyMem_Free.
void freeBlock(DequeObject* d, BlockPtr b) {
    if (d->freeblocks.size() < kMaxFreeBlocks) {
        d->freeblocks.push_back(std::move(b));
        return;
    }
    interpOf(d).freeBuffer(b->addr);
}

Object*& slotAt(DequeObject* d, std::int64_t i) {
    const std::int64_t pos = d->leftindex + i;
    return d->blocks[static_cast<std::size_t>(pos / kDequeBlockLen)]->data[pos % kDequeBlockLen];
}

// deque_pop / deque_popleft: the removed item (new reference, the deque's own), or null when empty.
Object* popRight(DequeObject* d) {
    if (d->size == 0) return nullptr;
    Object* item = d->blocks.back()->data[d->rightindex];
    d->rightindex--;
    d->size--;
    d->state++;
    if (d->rightindex < 0) {
        if (d->size) {
            BlockPtr b = std::move(d->blocks.back());
            d->blocks.pop_back();
            freeBlock(d, std::move(b));
            d->rightindex = kDequeBlockLen - 1;
        } else {
            d->leftindex = kCenter + 1;
            d->rightindex = kCenter;
        }
    }
    return item;
}

Object* popLeft(DequeObject* d) {
    if (d->size == 0) return nullptr;
    Object* item = d->blocks.front()->data[d->leftindex];
    d->leftindex++;
    d->size--;
    d->state++;
    if (d->leftindex == kDequeBlockLen) {
        if (d->size) {
            BlockPtr b = std::move(d->blocks.front());
            d->blocks.pop_front();
            freeBlock(d, std::move(b));
            d->leftindex = 0;
        } else {
            d->leftindex = kCenter + 1;
            d->rightindex = kCenter;
        }
    }
    return item;
}

// deque_append_internal / deque_appendleft_internal: steal `item`; false on MemoryError (item
// released).
bool appendRight(DequeObject* d, Object* item, std::int64_t maxlen) {
    if (d->rightindex == kDequeBlockLen - 1) {
        BlockPtr b = newBlock(d);
        if (!b) {
            decref(item);
            return false;
        }
        d->blocks.push_back(std::move(b));
        d->rightindex = -1;
    }
    d->size++;
    d->rightindex++;
    d->blocks.back()->data[d->rightindex] = item;
    if (maxlen >= 0 && maxlen < d->size) decref(popLeft(d));
    else d->state++;
    return true;
}

bool appendLeft(DequeObject* d, Object* item, std::int64_t maxlen) {
    if (d->leftindex == 0) {
        BlockPtr b = newBlock(d);
        if (!b) {
            decref(item);
            return false;
        }
        d->blocks.push_front(std::move(b));
        d->leftindex = kDequeBlockLen;
    }
    d->size++;
    d->leftindex--;
    d->blocks.front()->data[d->leftindex] = item;
    if (maxlen >= 0 && maxlen < d->size) decref(popRight(d));
    else d->state++;
    return true;
}

// deque_clear: the deque is emptied onto a fresh block first, then the old items are released
// (their blocks go back through freeblock as they are passed).
int dequeClear(Object* o) {
    DequeObject* d = asDeque(o);
    if (d->size == 0) return 0;
    BlockPtr fresh = newBlock(d);
    if (!fresh) {
        clearError(interpOf(o));
        while (d->size) decref(popRight(d));
        return 0;
    }
    std::int64_t n = d->size;
    std::int64_t index = d->leftindex;
    std::deque<BlockPtr> old = std::move(d->blocks);
    d->blocks.clear();
    d->blocks.push_back(std::move(fresh));
    d->size = 0;
    d->leftindex = kCenter + 1;
    d->rightindex = kCenter;
    d->state++;
    while (n > 0) {
        const std::int64_t m = std::min(kDequeBlockLen - index, n);
        std::vector<Object*> items(old.front()->data + index, old.front()->data + index + m);
        n -= m;
        index = 0;
        if (n > 0) { // CPython frees the block it leaves before releasing the next block's items
            for (Object* item : items) decref(item);
            freeBlock(d, std::move(old.front()));
            old.pop_front();
        } else {
            for (Object* item : items) decref(item);
        }
    }
    freeBlock(d, std::move(old.front()));
    return 0;
}

// _deque_rotate.
bool rotate(DequeObject* d, std::int64_t n) {
    const std::int64_t len = d->size, halflen = len >> 1;
    if (len <= 1) return true;
    if (n > halflen || n < -halflen) {
        n %= len;
        if (n > halflen) n -= len;
        else if (n < -halflen) n += len;
    }
    d->state++;
    BlockPtr spare;
    bool ok = true;
    while (n > 0) {
        if (d->leftindex == 0) {
            if (!spare) spare = newBlock(d);
            if (!spare) {
                ok = false;
                break;
            }
            d->blocks.push_front(std::move(spare));
            d->leftindex = kDequeBlockLen;
        }
        std::int64_t m = std::min({n, d->rightindex + 1, d->leftindex});
        d->rightindex -= m;
        d->leftindex -= m;
        n -= m;
        DequeBlock* src = d->blocks.back().get();
        DequeBlock* dest = d->blocks.front().get();
        for (std::int64_t k = 0; k < m; ++k) dest->data[d->leftindex + k] = src->data[d->rightindex + 1 + k];
        if (d->rightindex < 0) {
            spare = std::move(d->blocks.back());
            d->blocks.pop_back();
            d->rightindex = kDequeBlockLen - 1;
        }
    }
    while (ok && n < 0) {
        if (d->rightindex == kDequeBlockLen - 1) {
            if (!spare) spare = newBlock(d);
            if (!spare) {
                ok = false;
                break;
            }
            d->blocks.push_back(std::move(spare));
            d->rightindex = -1;
        }
        std::int64_t m = std::min({-n, kDequeBlockLen - d->leftindex, kDequeBlockLen - 1 - d->rightindex});
        DequeBlock* src = d->blocks.front().get();
        DequeBlock* dest = d->blocks.back().get();
        for (std::int64_t k = 0; k < m; ++k) dest->data[d->rightindex + 1 + k] = src->data[d->leftindex + k];
        d->leftindex += m;
        d->rightindex += m;
        n += m;
        if (d->leftindex == kDequeBlockLen) {
            spare = std::move(d->blocks.front());
            d->blocks.pop_front();
            d->leftindex = 0;
        }
    }
    if (spare) freeBlock(d, std::move(spare));
    return ok;
}

Object* noneResult(Interpreter& interp) { return newRef(interp.none); }

// deque_extend / deque_extendleft.
Object* extendSide(Object* self, Object* iterable, bool left) {
    Interpreter& interp = interpOf(self);
    DequeObject* d = asDeque(self);
    if (iterable == self) {
        Ref s = sequenceList(iterable);
        if (!s) return nullptr;
        return extendSide(self, s.get(), left);
    }
    Ref it = getIter(iterable);
    if (!it) return nullptr;
    const std::int64_t maxlen = d->maxlen;
    if (maxlen == 0) {
        while (Ref item = iterNext(it.get())) {
        }
        return errOccurred(interp) ? nullptr : noneResult(interp);
    }
    if (d->size == 0) { // space-saving heuristic: start filling from the far end
        d->leftindex = left ? kDequeBlockLen - 1 : 1;
        d->rightindex = left ? kDequeBlockLen - 2 : 0;
    }
    while (Ref item = iterNext(it.get())) {
        if (!(left ? appendLeft(d, item.release(), maxlen) : appendRight(d, item.release(), maxlen))) return nullptr;
    }
    return errOccurred(interp) ? nullptr : noneResult(interp);
}

// deque_new: tp_alloc (tracked at once) and the first block.
Object* dequeTpNew(TypeObject* type, Object*, Object*) {
    Interpreter& interp = *type->interp;
    const bool exact = type == moduleType(interp, ModuleTypeId::Deque);
    DequeObject* d = exact ? interp.newObject<DequeObject>(type, static_cast<std::uint64_t>(type->basicsize))
                           : allocSubtypeInstance<DequeObject>(interp, type, 0);
    if (!d) return nullptr;
    Ref result(d);
    if (exact) interp.gc().track(d);
    BlockPtr b = newBlock(d);
    if (!b) return nullptr;
    d->blocks.push_back(std::move(b));
    d->leftindex = kCenter + 1;
    d->rightindex = kCenter;
    return result.release();
}

Ref newEmptyDeque(Interpreter& interp, std::int64_t maxlen) {
    Ref d(dequeTpNew(dequeType(interp), nullptr, nullptr));
    if (d) asDeque(d.get())->maxlen = maxlen;
    return d;
}

int dequeInit(Object* self, Object* args, Object* kwargs) {
    Interpreter& interp = interpOf(self);
    DequeObject* d = asDeque(self);
    static const char* const kNames[] = {"iterable", "maxlen"};
    ArgSpec spec{"deque", kNames, 2, 0, 0, 2};
    std::vector<Object*> flat(tupleItems(args), tupleItems(args) + tupleSize(args));
    KwNameList kwnames;
    dictKeywords(kwargs, flat, kwnames);
    Object* a[2] = {nullptr, nullptr};
    if (!unpackArgs(interp, spec, flat.data(), tupleSize(args), kwnames, a)) return -1;
    std::int64_t maxlen = -1;
    if (a[1] && a[1] != interp.none) {
        if (!indexAsInt64(a[1], maxlen, vmOf(interp).exc.OverflowError)) return -1;
        if (maxlen < 0) {
            raiseError(interp, vmOf(interp).exc.ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    d->maxlen = maxlen;
    if (d->size > 0) dequeClear(self);
    if (a[0]) {
        Ref rv(extendSide(self, a[0], false));
        if (!rv) return -1;
    }
    return 0;
}

// deque_copy: for exact deques a new deque extended from this one (append for one item).
Object* dequeCopy(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    DequeObject* old = asDeque(self);
    if (self->type == dequeType(interp)) {
        Ref fresh = newEmptyDeque(interp, old->maxlen);
        if (!fresh) return nullptr;
        if (old->size == 1) {
            Object* item = slotAt(old, 0);
            incref(item);
            if (!appendRight(asDeque(fresh.get()), item, old->maxlen)) return nullptr;
        } else {
            Ref rv(extendSide(fresh.get(), self, false));
            if (!rv) return nullptr;
        }
        return fresh.release();
    }
    Ref result;
    if (old->maxlen < 0) {
        result = callOneArg(self->type, self);
    } else {
        Ref m = newInt(interp, old->maxlen);
        Object* argv[2] = {self, m.get()};
        result = call(self->type, argv, 2);
    }
    if (result && !isDeque(result.get())) {
        raiseError(interp, vmOf(interp).exc.TypeError,
                   self->type->name + "() must return a deque, not " + result->type->name);
        return nullptr;
    }
    return result.release();
}

// ---------------------------------------------------------------- slots

void dequeDealloc(Object* o) {
    Interpreter& interp = interpOf(o);
    DequeObject* d = asDeque(o);
    if (GcState::isTracked(o)) interp.gc().untrack(o);
    clearWeakrefs(o);
    if (!d->blocks.empty()) {
        dequeClear(o);
        BlockPtr last = std::move(d->blocks.front());
        d->blocks.clear();
        freeBlock(d, std::move(last));
    }
    for (BlockPtr& b : d->freeblocks) interp.freeBuffer(b->addr);
    d->freeblocks.clear();
    interp.freeObject(o);
}

int dequeTraverse(Object* o, VisitProc visit, void* arg) {
    DequeObject* d = asDeque(o);
    for (std::int64_t i = 0; i < d->size; ++i)
        if (int v = visit(slotAt(d, i), arg)) return v;
    return 0;
}

std::int64_t dequeSizeOf(const Object* o) {
    return o->type->basicsize - kDequeBasicSize + dequeSizeOfFormula(asDeque(o)->leftindex, asDeque(o)->size);
}

Object* dequeRepr(Object* o) {
    Interpreter& interp = interpOf(o);
    ReprGuard guard(o);
    if (guard.active()) return newStrFromAscii(interp, "[...]").release();
    Ref list = sequenceList(o);
    if (!list) return nullptr;
    Ref inner = objectRepr(list.get());
    if (!inner) return nullptr;
    std::string name = o->type->name;
    if (const auto dot = name.rfind('.'); dot != std::string::npos) name = name.substr(dot + 1);
    std::string text = name + "(" + strToUtf8(inner.get());
    if (asDeque(o)->maxlen >= 0) text += ", maxlen=" + std::to_string(asDeque(o)->maxlen);
    return newStrFromUtf8(interp, text + ")").release();
}

Object* dequeRichCompare(Object* v, Object* w, CompareOp op) {
    Interpreter& interp = interpOf(v);
    if (!isDeque(v) || !isDeque(w)) return newRef(interp.notImplemented);
    const std::int64_t vs = asDeque(v)->size, ws = asDeque(w)->size;
    if (op == CompareOp::Eq && (v == w || vs != ws)) return newRef(v == w ? interp.trueObj : interp.falseObj);
    if (op == CompareOp::Ne && (v == w || vs != ws)) return newRef(v == w ? interp.falseObj : interp.trueObj);
    Ref it1 = getIter(v);
    if (!it1) return nullptr;
    Ref it2 = getIter(w);
    if (!it2) return nullptr;
    Ref x, y;
    for (;;) {
        x = iterNext(it1.get());
        if (!x && errOccurred(interp)) return nullptr;
        y = iterNext(it2.get());
        if (!x || !y) break;
        const int b = objectRichCompareBool(x.get(), y.get(), CompareOp::Eq);
        if (b < 0) return nullptr;
        if (b == 0) return objectRichCompare(x.get(), y.get(), op).release();
    }
    if (errOccurred(interp)) return nullptr;
    bool cmp = false;
    switch (op) {
    case CompareOp::Lt: cmp = static_cast<bool>(y); break;
    case CompareOp::Le: cmp = !x; break;
    case CompareOp::Eq: cmp = !x && !y; break;
    case CompareOp::Ne: cmp = static_cast<bool>(x) != static_cast<bool>(y); break;
    case CompareOp::Gt: cmp = static_cast<bool>(x); break;
    case CompareOp::Ge: cmp = !y; break;
    }
    return newRef(cmp ? interp.trueObj : interp.falseObj);
}

std::int64_t dequeLength(Object* o) { return asDeque(o)->size; }

// sq_item with PySequence_GetItem's index handling (negative indices count from the end).
bool dequeIndex(Object* o, Object* key, std::int64_t& i) {
    Interpreter& interp = interpOf(o);
    if (!hasIndex(key)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "sequence index must be integer, not '" + key->type->name + "'");
        return false;
    }
    if (!indexAsInt64(key, i, vmOf(interp).exc.IndexError)) return false;
    if (i < 0) i += asDeque(o)->size;
    if (i < 0 || i >= asDeque(o)->size) {
        raiseError(interp, vmOf(interp).exc.IndexError, "deque index out of range");
        return false;
    }
    return true;
}

Object* dequeSubscript(Object* o, Object* key) {
    std::int64_t i = 0;
    if (!dequeIndex(o, key, i)) return nullptr;
    return newRef(slotAt(asDeque(o), i));
}

// deque_del_item: rotate the item to the left end, pop it, rotate back.
bool delItemAt(DequeObject* d, std::int64_t i) {
    if (!rotate(d, -i)) return false;
    Object* item = popLeft(d);
    const bool ok = rotate(d, i);
    decref(item);
    return ok;
}

int dequeAssSubscript(Object* o, Object* key, Object* value) {
    std::int64_t i = 0;
    if (!dequeIndex(o, key, i)) return -1;
    DequeObject* d = asDeque(o);
    if (!value) return delItemAt(d, i) ? 0 : -1;
    incref(value);
    Object*& slot = slotAt(d, i);
    Object* old = slot;
    slot = value;
    decref(old);
    return 0;
}

int dequeContains(Object* o, Object* v) {
    Interpreter& interp = interpOf(o);
    DequeObject* d = asDeque(o);
    const std::uint64_t start = d->state;
    for (std::int64_t i = 0; i < d->size; ++i) {
        Ref item = Ref::borrowed(slotAt(d, i));
        const int cmp = objectRichCompareBool(item.get(), v, CompareOp::Eq);
        if (cmp) return cmp;
        if (start != d->state) {
            raiseError(interp, vmOf(interp).exc.RuntimeError, "deque mutated during iteration");
            return -1;
        }
    }
    return 0;
}

Object* dequeConcat(Object* self, Object* other) {
    Interpreter& interp = interpOf(self);
    if (!isDeque(other)) {
        raiseError(interp, vmOf(interp).exc.TypeError, "can only concatenate deque (not \"" + other->type->name + "\") to deque");
        return nullptr;
    }
    Ref fresh(dequeCopy(self, nullptr, 0, nullptr));
    if (!fresh) return nullptr;
    Ref rv(extendSide(fresh.get(), other, false));
    if (!rv) return nullptr;
    return fresh.release();
}

Object* dequeInplaceConcat(Object* self, Object* other) {
    Ref rv(extendSide(self, other, false));
    if (!rv) return nullptr;
    return newRef(self);
}

Object* dequeInplaceRepeat(Object* self, std::int64_t n) {
    Interpreter& interp = interpOf(self);
    DequeObject* d = asDeque(self);
    const std::int64_t size = d->size;
    if (size == 0 || n == 1) return newRef(self);
    if (n <= 0) {
        dequeClear(self);
        return newRef(self);
    }
    if (size == 1) {
        Object* item = slotAt(d, 0);
        if (d->maxlen >= 0 && n > d->maxlen) n = d->maxlen;
        d->state++;
        for (std::int64_t i = 0; i < n - 1;) {
            if (d->rightindex == kDequeBlockLen - 1) {
                BlockPtr b = newBlock(d);
                if (!b) {
                    d->size += i;
                    return nullptr;
                }
                d->blocks.push_back(std::move(b));
                d->rightindex = -1;
            }
            std::int64_t m = std::min(n - 1 - i, kDequeBlockLen - 1 - d->rightindex);
            i += m;
            d->size += m;
            while (m--) {
                d->rightindex++;
                incref(item);
                d->blocks.back()->data[d->rightindex] = item;
            }
        }
        return newRef(self);
    }
    if (size > (std::int64_t(1) << 40) / n) {
        interp.setMemoryError();
        return nullptr;
    }
    Ref seq = sequenceList(self);
    if (!seq) return nullptr;
    if (d->maxlen >= 0 && n * size > d->maxlen) n = (d->maxlen + size - 1) / size;
    for (std::int64_t i = 0; i < n - 1; ++i) {
        Ref rv(extendSide(self, seq.get(), false));
        if (!rv) return nullptr;
    }
    return newRef(self);
}

Object* dequeRepeat(Object* self, std::int64_t n) {
    Ref fresh(dequeCopy(self, nullptr, 0, nullptr));
    if (!fresh) return nullptr;
    return dequeInplaceRepeat(fresh.get(), n);
}

const SequenceSlots kDequeSequence = {dequeConcat, dequeRepeat, dequeInplaceConcat, dequeInplaceRepeat, nullptr};

// ---------------------------------------------------------------- methods

Object* mAppend(Object* self, Object* const* args, std::int64_t, Object*) {
    incref(args[0]);
    if (!appendRight(asDeque(self), args[0], asDeque(self)->maxlen)) return nullptr;
    return noneResult(interpOf(self));
}
Object* mAppendLeft(Object* self, Object* const* args, std::int64_t, Object*) {
    incref(args[0]);
    if (!appendLeft(asDeque(self), args[0], asDeque(self)->maxlen)) return nullptr;
    return noneResult(interpOf(self));
}
Object* mPop(Object* self, Object* const*, std::int64_t, Object*) {
    Object* item = popRight(asDeque(self));
    if (!item) raiseError(interpOf(self), vmOf(interpOf(self)).exc.IndexError, "pop from an empty deque");
    return item;
}
Object* mPopLeft(Object* self, Object* const*, std::int64_t, Object*) {
    Object* item = popLeft(asDeque(self));
    if (!item) raiseError(interpOf(self), vmOf(interpOf(self)).exc.IndexError, "pop from an empty deque");
    return item;
}
Object* mClear(Object* self, Object* const*, std::int64_t, Object*) {
    dequeClear(self);
    return noneResult(interpOf(self));
}
Object* mExtend(Object* self, Object* const* args, std::int64_t, Object*) { return extendSide(self, args[0], false); }
Object* mExtendLeft(Object* self, Object* const* args, std::int64_t, Object*) { return extendSide(self, args[0], true); }

Object* mCount(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    DequeObject* d = asDeque(self);
    const std::uint64_t start = d->state;
    std::int64_t count = 0;
    for (std::int64_t i = 0; i < d->size; ++i) {
        Ref item = Ref::borrowed(slotAt(d, i));
        const int cmp = objectRichCompareBool(item.get(), args[0], CompareOp::Eq);
        if (cmp < 0) return nullptr;
        count += cmp;
        if (start != d->state) {
            raiseError(interp, vmOf(interp).exc.RuntimeError, "deque mutated during iteration");
            return nullptr;
        }
    }
    return newInt(interp, count).release();
}

Object* mIndex(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    DequeObject* d = asDeque(self);
    if (!checkArgCount(interp, "index", nargs, 1, 3)) return nullptr;
    std::int64_t start = 0, stop = d->size;
    if (nargs > 1 && !indexAsInt64(args[1], start, nullptr)) return nullptr;
    if (nargs > 2 && !indexAsInt64(args[2], stop, nullptr)) return nullptr;
    if (start < 0 && (start += d->size) < 0) start = 0;
    if (stop < 0 && (stop += d->size) < 0) stop = 0;
    if (stop > d->size) stop = d->size;
    if (start > stop) start = stop;
    const std::uint64_t state = d->state;
    for (std::int64_t i = start; i < stop; ++i) {
        const int cmp = objectRichCompareBool(slotAt(d, i), args[0], CompareOp::Eq);
        if (cmp > 0) return newInt(interp, i).release();
        if (cmp < 0) return nullptr;
        if (state != d->state) {
            raiseError(interp, vmOf(interp).exc.RuntimeError, "deque mutated during iteration");
            return nullptr;
        }
    }
    Ref r = objectRepr(args[0]);
    if (!r) return nullptr;
    raiseError(interp, vmOf(interp).exc.ValueError, strToUtf8(r.get()) + " is not in deque");
    return nullptr;
}

Object* mInsert(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    DequeObject* d = asDeque(self);
    if (!checkArgCount(interp, "insert", nargs, 2, 2)) return nullptr;
    std::int64_t index = 0;
    if (!indexAsInt64(args[0], index, vmOf(interp).exc.OverflowError)) return nullptr;
    Object* value = args[1];
    const std::int64_t n = d->size;
    if (d->maxlen == n) {
        raiseError(interp, vmOf(interp).exc.IndexError, "deque already at its maximum size");
        return nullptr;
    }
    if (index >= n) return mAppend(self, &value, 1, nullptr);
    if (index <= -n || index == 0) return mAppendLeft(self, &value, 1, nullptr);
    if (!rotate(d, -index)) return nullptr;
    incref(value);
    if (!(index < 0 ? appendRight(d, value, d->maxlen) : appendLeft(d, value, d->maxlen))) return nullptr;
    if (!rotate(d, index)) return nullptr;
    return noneResult(interp);
}

Object* mRemove(Object* self, Object* const* args, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    DequeObject* d = asDeque(self);
    const std::uint64_t start = d->state;
    const std::int64_t n = d->size;
    std::int64_t i = 0;
    for (; i < n; ++i) {
        Ref item = Ref::borrowed(slotAt(d, i));
        const int cmp = objectRichCompareBool(item.get(), args[0], CompareOp::Eq);
        if (cmp < 0) return nullptr;
        if (start != d->state) {
            raiseError(interp, vmOf(interp).exc.IndexError, "deque mutated during iteration");
            return nullptr;
        }
        if (cmp > 0) break;
    }
    if (i == n) {
        Ref r = objectRepr(args[0]);
        if (!r) return nullptr;
        raiseError(interp, vmOf(interp).exc.ValueError, strToUtf8(r.get()) + " is not in deque");
        return nullptr;
    }
    if (!delItemAt(d, i)) return nullptr;
    return noneResult(interp);
}

Object* mReverse(Object* self, Object* const*, std::int64_t, Object*) {
    DequeObject* d = asDeque(self);
    for (std::int64_t i = 0, j = d->size - 1; i < j; ++i, --j) std::swap(slotAt(d, i), slotAt(d, j));
    return noneResult(interpOf(self));
}

Object* mRotate(Object* self, Object* const* args, std::int64_t nargs, Object*) {
    Interpreter& interp = interpOf(self);
    if (!checkPositional(interp, "deque.rotate", nargs, 0, 1)) return nullptr;
    std::int64_t n = 1;
    if (nargs) {
        Ref index = numberIndex(args[0]);
        if (!index) return nullptr;
        if (!intAsInt64(index.get(), n)) {
            raiseError(interp, vmOf(interp).exc.OverflowError, "Python int too large to convert to C ssize_t");
            return nullptr;
        }
    }
    if (!rotate(asDeque(self), n)) return nullptr;
    return noneResult(interp);
}

Object* makeIterator(Object* self, bool reverse);
Object* mReversed(Object* self, Object* const*, std::int64_t, Object*) { return makeIterator(self, true); }

Object* getMaxlen(Object* self) {
    const std::int64_t m = asDeque(self)->maxlen;
    return m < 0 ? newRef(interpOf(self).none) : newInt(interpOf(self), m).release();
}
const GetSetDef kDequeGetSets[] = {
    {"maxlen", getMaxlen, nullptr, "maximum size of a deque or None if unbounded"},
    {nullptr, nullptr},
};

// deque_reduce: (type(d), () or ((), maxlen), d.__getstate__(), iter(d)).
Object* dequeReduce(Object* self, Object* const*, std::int64_t, Object*) {
    Interpreter& interp = interpOf(self);
    Ref state = objectGetState(self);
    Ref it = state ? getIter(self) : Ref();
    if (!it) return nullptr;
    const std::int64_t maxlen = asDeque(self)->maxlen;
    Ref args;
    if (maxlen < 0) {
        args = newTuple(interp, 0);
    } else {
        Ref empty = newTuple(interp, 0);
        Ref m = newInt(interp, maxlen);
        if (m) args = tuplePack(interp, {empty.get(), m.get()});
    }
    if (!args) return nullptr;
    return tuplePack(interp, {self->type, args.get(), state.get(), it.get()}).release();
}

const MethodDef kDequeMethods[] = {
    {"append", mAppend, meth::kO, "Add an element to the right side of the deque."},
    {"appendleft", mAppendLeft, meth::kO, "Add an element to the left side of the deque."},
    {"clear", mClear, meth::kNoArgs, "Remove all elements from the deque."},
    {"__copy__", dequeCopy, meth::kNoArgs, "Return a shallow copy of a deque."},
    {"__reduce__", dequeReduce, meth::kNoArgs, "Return state information for pickling."},
    {"copy", dequeCopy, meth::kNoArgs, "Return a shallow copy of a deque."},
    {"count", mCount, meth::kO, "D.count(value) -- return number of occurrences of value"},
    {"extend", mExtend, meth::kO, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", mExtendLeft, meth::kO, "Extend the left side of the deque with elements from the iterable"},
    {"index", mIndex, meth::kFastcall},
    {"insert", mInsert, meth::kFastcall, "D.insert(index, object) -- insert object before index"},
    {"pop", mPop, meth::kNoArgs, "Remove and return the rightmost element."},
    {"popleft", mPopLeft, meth::kNoArgs, "Remove and return the leftmost element."},
    {"remove", mRemove, meth::kO, "D.remove(value) -- remove first occurrence of value."},
    {"__reversed__", mReversed, meth::kNoArgs, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"reverse", mReverse, meth::kNoArgs, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", mRotate, meth::kFastcall, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {nullptr, nullptr, 0},
};

// ---------------------------------------------------------------- iterators

// dequeiterobject: +16 b, +24 index, +32 deque, +40 state, +48 counter (56 bytes + GC head).
// The host keeps the position as an item index from the left end.
struct DequeIterObject : Object {
    Object* deque = nullptr;
    std::int64_t position = 0;
    std::uint64_t state = 0;
    std::int64_t counter = 0;
};
DequeIterObject* asIter(Object* o) { return static_cast<DequeIterObject*>(o); }

Object* makeIterator(Object* self, bool reverse) {
    Interpreter& interp = interpOf(self);
    TypeObject* t = moduleType(interp, reverse ? ModuleTypeId::DequeReverseIterator : ModuleTypeId::DequeIterator);
    auto* it = interp.newObject<DequeIterObject>(t, kIterBasicSize);
    if (!it) return nullptr;
    DequeObject* d = asDeque(self);
    it->deque = newRef(self);
    it->position = reverse ? d->size - 1 : 0;
    it->state = d->state;
    it->counter = d->size;
    interp.gc().track(it);
    return it;
}

Object* iterNextImpl(Object* o, bool reverse) {
    DequeIterObject* it = asIter(o);
    DequeObject* d = asDeque(it->deque);
    if (d->state != it->state) {
        it->counter = 0;
        raiseError(interpOf(o), vmOf(interpOf(o)).exc.RuntimeError, "deque mutated during iteration");
        return nullptr;
    }
    if (it->counter == 0) return nullptr;
    Object* item = slotAt(d, it->position);
    it->position += reverse ? -1 : 1;
    it->counter--;
    return newRef(item);
}

Object* iterLen(Object* self, Object* const*, std::int64_t, Object*) { return newInt(interpOf(self), asIter(self)->counter).release(); }
const MethodDef kIterMethods[] = {
    {"__length_hint__", iterLen, meth::kNoArgs, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0},
};

void initIterType(Interpreter& interp, TypeObject* t, bool reverse) {
    t->type = interp.types.type;
    t->dealloc = [](Object* o) {
        Interpreter& in = interpOf(o);
        if (GcState::isTracked(o)) in.gc().untrack(o);
        xdecref(std::exchange(asIter(o)->deque, nullptr));
        in.freeObject(o);
    };
    t->traverse = [](Object* o, VisitProc visit, void* arg) -> int { return asIter(o)->deque ? visit(asIter(o)->deque, arg) : 0; };
    t->sizeOf = [](const Object* o) -> std::int64_t { return o->type->basicsize; };
    t->slots.iter = [](Object* o) -> Object* { return newRef(o); };
    if (reverse) t->slots.iternext = [](Object* o) { return iterNextImpl(o, true); };
    else t->slots.iternext = [](Object* o) { return iterNextImpl(o, false); };
    t->label = [](const Object* o) { return "<" + o->type->name + ">"; };
    setHostDestructor<DequeIterObject>(*t);
    addMethods(interp, t, kIterMethods);
    addSlotWrappers(interp, t);
}

} // namespace

std::int64_t dequeSizeOfFormula(std::int64_t leftindex, std::int64_t size) {
    const std::int64_t blocks = (leftindex + size + kDequeBlockLen - 1) / kDequeBlockLen;
    return kDequeBasicSize + blocks * kDequeBlockBytes;
}

bool isDeque(const Object* o) {
    TypeObject* t = moduleType(interpOf(o), ModuleTypeId::Deque);
    return t && o->type->isSubtypeOf(t);
}

TypeObject* dequeType(Interpreter& interp) {
    TypeObject*& slot = moduleType(interp, ModuleTypeId::Deque);
    if (slot) return slot;
    TypeObject* t = interp.newStaticType("collections.deque", kDequeBasicSize, 0,
                                         tpflags::kHaveGc | tpflags::kBaseType, interp.types.object);
    t->type = interp.types.type;
    t->dealloc = dequeDealloc;
    t->traverse = dequeTraverse;
    t->clear = dequeClear;
    t->sizeOf = dequeSizeOf;
    t->repr = dequeRepr;
    t->richcompare = dequeRichCompare;
    t->label = [](const Object* o) { return "deque(len=" + std::to_string(asDeque(o)->size) + ")"; };
    t->weaklistPtr = [](Object* o) -> Object** { return &asDeque(o)->weakreflist; };
    t->slots.weaklistOffset = kDequeBasicSize - 8;
    t->isTrue = [](Object* o) -> int { return asDeque(o)->size != 0; }; // sq_length
    t->slots.length = dequeLength;
    t->slots.subscript = dequeSubscript;
    t->slots.assSubscript = dequeAssSubscript;
    t->slots.contains = dequeContains;
    t->slots.iter = [](Object* o) { return makeIterator(o, false); };
    t->slots.sequence = &kDequeSequence;
    t->slots.tpNew = dequeTpNew;
    t->slots.tpInit = dequeInit;
    addMethods(interp, t, kDequeMethods);
    addMethods(interp, t, kClassGetItemMethods);
    addGetSets(interp, t, kDequeGetSets);
    addSlotWrappers(interp, t);
    setHostDestructor<DequeObject>(*t);
    slot = t;

    TypeObject* it = interp.newStaticType("_collections._deque_iterator", kIterBasicSize, 0, tpflags::kHaveGc, interp.types.object);
    initIterType(interp, it, false);
    moduleType(interp, ModuleTypeId::DequeIterator) = it;
    TypeObject* rit = interp.newStaticType("_collections._deque_reverse_iterator", kIterBasicSize, 0, tpflags::kHaveGc, interp.types.object);
    initIterType(interp, rit, true);
    moduleType(interp, ModuleTypeId::DequeReverseIterator) = rit;
    return t;
}

} // namespace hs
