# tracemalloc sees the reference runner below the cells: compile() (main's line 74) leaves the cell's
# code object and the tuples and bytes the compiler made (co_localspluskinds is a new bytes object
# even for one local); exec() (line 75) makes the function object that runs the cell. Tuples the
# compiler took back from the free lists were allocated before tracing: they are not traced.
import tracemalloc
def show(snapshot):
    rows = []
    for stat in snapshot.statistics("lineno"):
        frame = stat.traceback[0]
        name = "runner" if frame.filename.endswith("cpython_cells.py") else frame.filename
        rows.append(f"{name}:{frame.lineno} size={stat.size} count={stat.count}")
    print("\n".join(sorted(rows)))
# %%
junk = [(i,) for i in range(3000)] + [(i, i) for i in range(3000)] + [(i, i, i) for i in range(3000)]
junk += [(i, i, i, i) for i in range(3000)] + [[i] for i in range(300)] + [{i: i} for i in range(300)]
del junk
# %%
tracemalloc.start()
# %%
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
# %%
show(snap)
# %%
tracemalloc.start()
# %%
def zqarea(w):
    return w * 2
def zqvolume(w, h, d=3):
    return zqarea(w) * h * d
names = ("zqx1", "zqx2")
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
# %%
show(snap)
