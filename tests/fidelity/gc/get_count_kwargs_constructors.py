# Calling a type with keyword arguments: type_call gets an args tuple and a kwargs dict, and the
# constructor reads the dict itself (no kwnames tuple); an Argument Clinic constructor builds its
# parser's kwtuple at its first keyword call only. BUILD_STRING joins its pieces in place.
import gc, io, itertools
from collections import deque
def measure(label, pos, kw):
    pos(); pos()
    gc.collect()
    pos(); pos()
    a = gc.get_count()[0]
    kw()
    b = gc.get_count()[0]
    kw()
    c = gc.get_count()[0]
    print(label, b - a, c - b)
measure('deque', lambda: deque((), 2), lambda: deque((), maxlen=2))
measure('deque items', lambda: deque([1, 2, 3], 2), lambda: deque([1, 2, 3], maxlen=2))
measure('int', lambda: int('101', 2), lambda: int('101', base=2))
measure('StringIO', lambda: io.StringIO('a'), lambda: io.StringIO(initial_value='a'))
measure('BytesIO', lambda: io.BytesIO(b'a'), lambda: io.BytesIO(initial_bytes=b'a'))
measure('count', lambda: itertools.count(1), lambda: itertools.count(start=1))
measure('repeat', lambda: itertools.repeat(1, 2), lambda: itertools.repeat(1, times=2))
measure('accumulate', lambda: itertools.accumulate([1]), lambda: itertools.accumulate([1], initial=0))
measure('combinations', lambda: itertools.combinations('ab', 1), lambda: itertools.combinations('ab', r=1))
measure('property', lambda: property(None), lambda: property(fget=None))
# %%
gc.collect()
n = 42
label = f'n={n!r} hex={n:x} {n * 2 = }'
print(label, gc.get_count())
# %%
gc.collect()
d = deque([1, 2, 3], maxlen=2)
print(d, gc.get_count())
