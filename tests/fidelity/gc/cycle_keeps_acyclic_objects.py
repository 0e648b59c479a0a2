# Objects only reachable from a garbage cycle are unreachable too and counted by collect().
# %%
import gc
class Payload:
    pass
gc.collect()
cycle = []
cycle.append(cycle)
cycle.append([Payload() for _ in range(5)])
del cycle
print(gc.collect())
