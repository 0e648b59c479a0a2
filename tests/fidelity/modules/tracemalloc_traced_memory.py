# tracemalloc's traced and peak sums: requested sizes of the blocks allocated since start().
import tracemalloc
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())

# %%
tracemalloc.start()
x = [i for i in range(10000)]
current, peak = tracemalloc.get_traced_memory()
del x
after_del = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(current, peak, after_del)
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())

# %%
tracemalloc.start()
t = "abc" * 1000
d = {k: str(k) for k in range(100)}
m1 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
tmp = [0] * 5000
del tmp
m2 = tracemalloc.get_traced_memory()
tracemalloc.clear_traces()
m3 = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(m1, m2, m3)

# %%
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

tracemalloc.start()
pts = [Point(i, i * 2) for i in range(1000)]
m4 = tracemalloc.get_traced_memory()
s = b"x" * 300 + b"y" * 700
m5 = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(m4, m5)
