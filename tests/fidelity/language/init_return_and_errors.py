# Instantiating a class with a Python __init__: a non-None result, exceptions, binding errors, frames
import sys
class Returns:
    def __init__(self, v):
        return v
for v in (None, 5, 'x'):
    try:
        print(type(Returns(v)).__name__)
    except TypeError as e:
        print('TypeError:', e)
class Gen:
    def __init__(self):
        yield 1
try:
    Gen()
except TypeError as e:
    print('TypeError:', e)
# %%
class Pair:
    def __init__(self, a, b=2, *, c=3):
        self.total = a + b + c
print(Pair(1).total, Pair(1, 10).total, Pair(1, c=100).total)
for args in ((), (1, 2, 3)):
    try:
        Pair(*args)
    except TypeError as e:
        print('TypeError:', e)
# %%
class Where:
    def __init__(self):
        caller = sys._getframe(1)
        self.info = (caller.f_code.co_name, caller.f_lineno, sys._getframe().f_back is caller)
def make():
    return Where()
print(make().info)
# %%
class Caught:
    def __init__(self, n):
        try:
            1 / n
        except ZeroDivisionError as e:
            self.err = repr(e)
        else:
            self.err = None
print(Caught(0).err, Caught(1).err)
# %%
class Bad:
    def __init__(self, n):
        self.n = n
        raise ValueError('bad %d' % n)
def build(n):
    return Bad(n)
try:
    build(1)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
# %%
build(2)
