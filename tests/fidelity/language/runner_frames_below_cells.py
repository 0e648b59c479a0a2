# The reference runner's own frames are below every cell's frame: main() (which exec's the cell) and
# the tool's module code. f_back reaches them; their frame objects are made when first needed and
# live as long as the runner.
# %%
import sys, gc
print(sys._getframe().f_back is None, sys._getframe().f_back.f_code.co_name)
def depth():
    f, n = sys._getframe(), 0
    while f:
        n, f = n + 1, f.f_back
    return n
print(depth())
def recurse(k):
    return depth() if k == 0 else recurse(k - 1)
print([recurse(k) for k in range(4)])
# %%
gc.collect()
c0 = gc.get_count()[0]
d = depth()
print(d, gc.get_count()[0] - c0)
back = sys._getframe().f_back
print(back is sys._getframe().f_back, back.f_back.f_code.co_name, back.f_back.f_back)
del back
# %%
def boom():
    raise ValueError('x')
boom()
# %%
print(depth(), sys._getframe(0).f_back.f_back.f_back)
