# atexit keeps its callbacks in the interpreter's state, not in the module: unregister() empties
# slots without compacting (_ncallbacks() counts slots), registering keeps only the argument slice
# and the keywords dict (one GC tuple per call with arguments), and the newest runs first at exit.
# %%
import atexit, gc
def f():
    print("f at exit")
gc.collect()
c0 = gc.get_count()
atexit.register(f)
atexit.register(f)
atexit.register(print, "print at exit", sep="")
c1 = gc.get_count()
n0 = atexit._ncallbacks()
atexit.unregister(f)
n1 = atexit._ncallbacks()
atexit.register(f)
n2 = atexit._ncallbacks()
print(c1[0] - c0[0], n0 - n1, n2 - n1)
print(sorted(k for k in vars(atexit) if not k.startswith("__")))
