# iter over different iterables, next with default, StopIteration.
# %%
it = iter({'b': 1, 'a': 2})
print(next(it), next(it), next(it, None))
s = iter('hi')
print(next(s), next(s), next(s, 'done'))
r = iter(range(2))
print(type(r).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter('')).__name__)
print(list(r), iter(it) is it)
# %%
next(iter([]))
