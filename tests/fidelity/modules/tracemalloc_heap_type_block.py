# A class statement allocates its type object as one block of sizeof(PyHeapTypeObject) + GC header
# plus one PyMemberDef per __slots__ name and the array's sentinel (_PyObject_VAR_SIZE(type, n + 1)).
# %%
import tracemalloc
tracemalloc.start()
def type_block(make):
    tracemalloc.clear_traces()
    cls = make()
    snap = tracemalloc.take_snapshot()
    return max(t.size for t in snap.traces if t.traceback[0].filename == "<cell 3>")
# %%
def plain():
    class Plain:
        pass
    return Plain
def two_slots():
    class TwoSlots:
        __slots__ = ("a", "b")
    return TwoSlots
def empty_slots():
    class EmptySlots:
        __slots__ = ()
    return EmptySlots
print(type_block(plain), type_block(two_slots), type_block(empty_slots))
tracemalloc.stop()
