# sorted returns a new list; reversed returns an iterator.
# %%
data = [3, 1, 2]
s = sorted(data)
print(s, data, s is data)
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower), sorted((2, 1)))
r = reversed(data)
print(type(r).__name__, list(r), list(r), list(reversed('abc')), list(reversed(range(3))))
# %%
sorted([1, 'a'])
