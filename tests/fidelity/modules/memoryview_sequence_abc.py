# _collections_abc registers memoryview as a virtual Sequence (Sequence.register(memoryview)).
from collections.abc import Sequence, MutableSequence, Hashable
m = memoryview(b'abc')
print(isinstance(m, Sequence), issubclass(memoryview, Sequence), isinstance(m, MutableSequence))
print(isinstance(m, Hashable), m[1], len(m), list(reversed(m)))
