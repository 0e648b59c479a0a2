# A freed list goes to the list free list; the next list reuses it (same id).
# %%
a = [1]
i = id(a)
del a
b = [2]
print(id(b) == i)
# %%
print(id([]) == id([]))
print([] is [])
