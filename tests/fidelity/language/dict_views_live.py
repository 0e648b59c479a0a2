# dict.keys()/values()/items() are live views, not copies.
# %%
d = {"a": 1, "b": 2}
k = d.keys()
v = d.values()
i = d.items()
print(k, v, i)
d["c"] = 3
print(list(k), list(v), list(i))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(len(k), "a" in k, ("a", 1) in i, 3 in v)
# %%
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}))
print(i == {("a", 1), ("b", 2), ("c", 3)})
print(d.keys() == {"a", "b", "c"})
print(list(reversed(d.keys())))
# %%
for key in d.keys():
    pass
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print(e)
# %%
print(object().__hash__() is not None, hash(object()) != hash(object()))
o = object()
print({o: 1}[o], hash(o) == hash(o))
