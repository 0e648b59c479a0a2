# %%
import sys, gc
from collections.abc import Iterable, Iterator, Mapping, Sequence, MutableMapping, Sized, Callable, Hashable
import collections.abc
import collections
print(Iterable, type(Iterable), collections.abc.Sized, collections.abc is sys.modules['collections.abc'])
print(isinstance([], Iterable), isinstance(3, Iterable), issubclass(dict, Mapping), issubclass(list, Mapping))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterable), isinstance(It(), Iterator), isinstance(iter([]), Iterator))
print(isinstance(collections.deque(), collections.abc.MutableSequence), isinstance((), Sequence), isinstance("", Sequence))
print(isinstance(len, Callable), isinstance([], Hashable), isinstance(3, Hashable), issubclass(dict, MutableMapping))
print(Callable[[int], str], Iterable[int], Mapping[str, int])
class Bag(Mapping):
    def __init__(self): self.d = {'a': 1}
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
b = Bag()
print(dict(b), list(b.items()), 'a' in b, b.get('z', 0), b == {'a': 1})
# %%
class Bad(Mapping): pass
Bad()
