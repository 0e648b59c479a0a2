# print() looks up sys.stdout.write for every piece it writes (PyFile_WriteObject): a new bound
# method, a GC allocation, so with a low threshold the collection starts inside print.
# %%
import gc, sys
print(gc.get_threshold())
gc.set_threshold(10, 2, 2)
print(gc.get_count())
objs = []
for i in range(25):
    objs.append([])
    print(gc.get_count(), end=' ')
print()
gc.set_threshold(700, 10, 10)
# %%
gc.set_threshold(5)
counts = []
for word in ["a", "b", "c", "d", "e", "f", "g"]:
    print(word, len(counts), sep=":", end=" ")
    counts.append(gc.get_count())
print()
gc.set_threshold(700)
print(counts)
# %%
gc.set_threshold(3)
x = [[] for _ in range(4)]
gc.get_count()
# %%
gc.set_threshold(700)
print(gc.get_threshold())
