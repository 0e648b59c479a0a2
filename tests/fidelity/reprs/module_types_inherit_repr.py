# Types a module makes after startup inherit object's repr (inherit_slots copies tp_repr): an lru_cache
# wrapper, deque/OrderedDict/array iterators print as <... object at 0x...>, echoed or printed.
# %%
from functools import lru_cache
from collections import deque, OrderedDict
import array
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(type(fib).__name__, repr(fib).startswith('<functools._lru_cache_wrapper object at 0x'))
for it in (iter(deque([1])), reversed(deque([1])), iter(OrderedDict(a=1)), iter(array.array('i', [1])), iter(OrderedDict(a=1).items())):
    r = repr(it)
    print(type(it).__name__, r[:r.index(' at 0x')] if ' at 0x' in r else r, type(hash(it)).__name__, it == it)
print('__repr__' in type(fib).__dict__, '__repr__' in type(iter(deque())).__dict__)
print(str(iter(deque())).startswith('<_collections._deque_iterator object'))
# %%
r = f'{fib!r} {fib}'
print(r.replace(hex(id(fib)), 'ADDR'))
# %%
print(fib(30), fib.cache_info())
