# A cell runs as exec(code, namespace) inside the runner's main(): the namespace dict and the cell's
# code object each have one more reference from main's stack (exec's arguments) while the cell runs.
# %%
import sys
print(sys.getrefcount(globals()))
g = globals()
print(sys.getrefcount(g))
del g
def f():
    return sys.getrefcount(globals())
print(f())
print(sys.getrefcount(sys._getframe().f_globals))
print(sys.getrefcount(sys._getframe().f_code))
# %%
code = sys._getframe().f_code
print(sys.getrefcount(code))
# %%
print(sys.getrefcount(code))
del code
# %%
1 / 0
# %%
print(sys.getrefcount(globals()))
