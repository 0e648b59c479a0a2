# Each collect(g) adds one to the next generation's count and zeroes generations 0..g.
# (Counts are read into a list and printed at the end: print itself allocates GC objects.)
# %%
import gc
gc.collect()
counts = [gc.get_count()]
gc.collect(0)
counts.append(gc.get_count())
gc.collect(0)
counts.append(gc.get_count())
gc.collect(1)
counts.append(gc.get_count())
gc.collect(0)
gc.collect(1)
counts.append(gc.get_count())
gc.collect(2)
counts.append(gc.get_count())
for c in counts:
    print(c)
