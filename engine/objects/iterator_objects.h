// The iterators FOR_ITER walks (Objects/listobject.c, tupleobject.c, rangeobject.c,
// unicodeobject.c, setobject.c, iterobject.c, enumobject.c): list/tuple/range/str/bytes/set
// iterators, the __getitem__ sequence iterator, iter(callable, sentinel), and reversed(list).
#pragma once

#include "objects/type_object.h"

namespace hs {

// listiterator / tupleiterator / str_ascii_iterator / bytes_iterator / iterator (seq) /
// list_reverseiterator: +16 it_index, +24 it_seq (GC, 32 bytes + 16). `seq` is strong, null
// once exhausted (CPython drops the sequence then).
struct SeqIterObject : Object {
    std::int64_t index = 0;
    Object* seq = nullptr;
};
// range_iterator (non-GC): +16 index, +24 start, +32 step, +40 len (48 bytes, 3.11 keeps longs).
struct RangeIterObject : Object {
    std::int64_t index = 0;
    std::int64_t start = 0;
    std::int64_t step = 0;
    std::int64_t len = 0;
};
// longrange_iterator (GC? no): +16 index, +24 start, +32 step, +40 len as int objects.
struct LongRangeIterObject : Object {
    Object* index = nullptr;
    Object* start = nullptr;
    Object* step = nullptr;
    Object* len = nullptr;
};
// set_iterator: +16 si_set, +24 si_used, +32 si_pos, +40 len (GC).
struct SetIterObject : Object {
    Object* set = nullptr;
    std::int64_t used = 0;
    std::int64_t pos = 0;
    std::int64_t len = 0;
};
// callable_iterator: +16 it_callable, +24 it_sentinel (GC).
struct CallIterObject : Object {
    Object* callable = nullptr;
    Object* sentinel = nullptr;
};

// Iterators of the built-in sequences (new references; tracked where CPython tracks).
// Py_BuildValue("N(N)", iter, list): the __reduce__ value of an iterator that lists what is left
// (dict and set iterators). Steals `list`; new reference or nullptr.
Object* iterReduceOfList(Interpreter& interp, Ref list);
Ref newListIterator(Interpreter& interp, Object* list);
Ref newListReverseIterator(Interpreter& interp, Object* list);
Ref newTupleIterator(Interpreter& interp, Object* tuple);
Ref newRangeIterator(Interpreter& interp, Object* range);
Ref newStrIterator(Interpreter& interp, Object* str);
Ref newBytesIterator(Interpreter& interp, Object* bytes);
Ref newSetIterator(Interpreter& interp, Object* set);
Ref newSeqIterator(Interpreter& interp, Object* seq);
Ref newCallableIterator(Interpreter& interp, Object* callable, Object* sentinel);

void initIteratorTypes(Interpreter& interp);
// The slots every SeqIterObject-shaped iterator type shares (dealloc dropping `seq`, traverse,
// sizeof = basicsize, __iter__ returning itself, the label); `next` is its tp_iternext. Types whose
// instances extend SeqIterObject set their own host destructor after this.
void initSeqIterSlots(TypeObject& t, UnaryFunc next);

} // namespace hs
