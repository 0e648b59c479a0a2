# sys._debugmallocstats() prints pymalloc's arenas, pools and free lists to the C-level stderr:
# the notebook's transcript (sys.stdout, where sys.stderr points too) shows nothing of it.
# fidelity: CPython writes to its C-level stderr here
import sys

blocks_before = sys.getallocatedblocks()
result = sys._debugmallocstats()
print(result)
print(sys._debugmallocstats.__name__, sys._debugmallocstats.__doc__.splitlines()[0])

# %%
floats = [float(i) / 3 for i in range(10)]
del floats
print(sys._debugmallocstats())
try:
    sys._debugmallocstats(1)
except TypeError as e:
    print(e)
print("_debugmallocstats" in dir(sys))
