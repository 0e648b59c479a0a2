# Counter(iterable) and Counter.update/subtract take their argument as a mapping of counts when
# isinstance(iterable, collections.abc.Mapping): by inheritance from Mapping or by register().
from collections import Counter
from collections.abc import Mapping

class Tally(Mapping):
    def __init__(self, data):
        self._data = dict(data)
    def __getitem__(self, key):
        return self._data[key]
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)

class Scores:
    def __init__(self, data):
        self._data = dict(data)
    def items(self):
        return self._data.items()
    def __getitem__(self, key):
        return self._data[key]
    def __iter__(self):
        return iter(self._data)

# %%
print(Counter(Tally({'a': 3, 'b': 1})))
print(Counter(Scores({'a': 3, 'b': 1})))
Mapping.register(Scores)
Counter(Scores({'a': 3, 'b': 1}))  # dict.update(): Scores has no keys()

# %%
Scores.keys = lambda self: self._data.keys()
print(Counter(Scores({'a': 3, 'b': 1})))
c = Counter('abc')
c.update(Tally({'a': 5}))
c.subtract(Scores({'b': 2}))
print(c)
print(isinstance(Scores({}), Mapping), issubclass(Tally, Mapping), isinstance([], Mapping))
