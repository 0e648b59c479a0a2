# Uncaught errors raised inside collections' namedtuple machinery: the traceback names the
# library's file and line as CPython's does.
from collections import namedtuple, Counter
Pair = namedtuple('Pair', 'left right')
Pair._make([1, 2, 3])
# %%
namedtuple('Bad', 'ok _hidden')
# %%
Pair(1, 2)._replace(middle=0)
# %%
Counter.fromkeys('abc')
# %%
print(Pair(right=2, left=1))
