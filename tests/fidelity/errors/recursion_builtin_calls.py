# Recursion through built-in calls: once a function is warm (8 calls), 3.11 specialises its calls of
# print/len/isinstance/sum/sorted (PRECALL_BUILTIN_FAST*, _NO_KW_LEN, _ISINSTANCE), which enter no
# recursion level; METH_O/METH_NOARGS ones (repr, abs, str.upper) still do. The classic
# "no base case" demo prints exactly as far as CPython.
import sys
sys.setrecursionlimit(60)
def countdown(n):
    print(n, end=' ')
    countdown(n - 1)
countdown(3)
# %%
# A limit of 100 keeps the searches short; the depths differ as at 1000.
sys.setrecursionlimit(100)
def depth(f):
    lo, hi = 1, 300
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            f(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo
# Each function makes its call at every level, the deepest one included: a call that enters a
# recursion level there stops the recursion one level earlier.
class O:
    pass
o = O()
def via_print(n):
    print(end='')
    if n: via_print(n - 1)
def via_len(n):
    len([])
    if n: via_len(n - 1)
def via_isinstance(n):
    isinstance(n, str)
    if n: via_isinstance(n - 1)
def via_sorted(n):
    sorted([n])
    if n: via_sorted(n - 1)
def via_repr(n):
    repr(n)
    if n: via_repr(n - 1)
def via_abs(n):
    abs(n)
    if n: via_abs(n - 1)
def via_upper(n, s='a'):
    s.upper()
    if n: via_upper(n - 1)
def via_split(n, s='a b'):
    s.split()
    if n: via_split(n - 1)
def via_append(n, xs=[]):
    xs.append(n)
    if n: via_append(n - 1)
def via_str(n):
    str(n)
    if n: via_str(n - 1)
def via_max(n):
    max(n, 1)
    if n: via_max(n - 1)
def via_vars(n):
    vars(o)
    if n: via_vars(n - 1)
def via_list(n):
    list()
    if n: via_list(n - 1)
def via_int(n):
    int('1')
    if n: via_int(n - 1)
def via_sum(k):
    return sum(via_sum(k - 1) for _ in range(1)) if k else 0
for f in (via_print, via_len, via_isinstance, via_sorted, via_repr, via_abs, via_upper, via_split, via_append,
          via_str, via_max, via_vars, via_list, via_int, via_sum):
    print(f.__name__, depth(f))
# %%
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return len(L(self.n - 1)) + 1 if self.n else 0
print(depth(lambda n: len(L(n))))
class A:
    def __setattr__(self, name, v):
        if v > 0:
            setattr(A(), name, v - 1)
print(depth(lambda n: setattr(A(), 'x', n)))
sys.setrecursionlimit(1000)
# %%
def total(xs):
    if len(xs) == 0:
        return 0
    return xs[0] + total(xs)
total([1, 2, 3])
