# staticmethod and classmethod copy __module__, __name__, __qualname__, __doc__ and
# __annotations__ from what they wrap into their own __dict__ (functools_wraps, 3.10+): one dict per
# wrapper (and the function's annotations dict), visible in the gc counts of a class body.
import gc
def f(x: int) -> int:
    "doc of f"
    return x
s = staticmethod(f)
c = classmethod(f)
print(s.__name__, s.__qualname__, s.__doc__, s.__module__, s.__annotations__, s.__wrapped__ is f)
print(sorted(c.__dict__), c.__func__ is f)
print(staticmethod(len).__name__, sorted(staticmethod(len).__dict__))
# %%
class K:
    @staticmethod
    def sm():
        "static doc"
        return 1
    @classmethod
    def cm(cls):
        return cls.__name__
print(K.__dict__['sm'].__doc__, K.__dict__['cm'].__name__, K.sm(), K.cm())
print(gc.get_count())
# %%
class K:
    @staticmethod
    def sm():
        return 2
print(K.sm(), gc.get_count())
# %%
gc.collect()
w = staticmethod(len)
print(gc.get_count())
def g(): pass
w2 = classmethod(g)
print(gc.get_count(), g.__annotations__)
