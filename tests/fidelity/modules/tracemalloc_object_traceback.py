# get_object_traceback: where a live object's block was allocated (3.11 finds a GC object one
# PyGC_Head before it, so an instance of a plain class, with its managed-dict pre-header, gives None).
import tracemalloc

def repeat(text, n):
    return text * n

class Slotted:
    __slots__ = ("a",)

class Plain:
    pass

tracemalloc.start(2)
n = 40
s = repeat("ab", n)
obj = Slotted()
plain = Plain()
tb = tracemalloc.get_object_traceback(s)
tb_obj = tracemalloc.get_object_traceback(obj)
tb_plain = tracemalloc.get_object_traceback(plain)
limit = tracemalloc.get_traceback_limit()
tracemalloc.stop()
print(limit, tracemalloc.get_traceback_limit(), tb_plain)
print(tb, len(tb), list(tb))
print(tb_obj[-1], tb_obj.total_nframe, tb[0].filename, tb[-1].lineno)
print(tb.format())
print(tracemalloc.get_object_traceback(s))
