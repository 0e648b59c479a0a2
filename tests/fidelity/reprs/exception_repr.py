# repr and str of exception instances.
# %%
e = ValueError('bad value', 42)
print(repr(e), str(e), e.args)
print(repr(KeyError('k')), str(KeyError('k')), repr(ZeroDivisionError()))
print(repr(StopIteration(5)), str(Exception()))
class MyError(Exception):
    pass
print(repr(MyError('x')), MyError('x'))
