# ints and floats are not GC types: creating them does not change the count (only the list does).
# %%
import gc
gc.collect()
start = gc.get_count()[0]
values = []
for i in range(100):
    values.append(10 ** 30 + i)
    values.append(i / 7)
    values.append(i * 1.5)
end = gc.get_count()[0]
print(end - start)
