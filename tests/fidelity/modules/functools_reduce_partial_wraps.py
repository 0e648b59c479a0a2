# functools.reduce, partial (func/args/keywords, repr, size, attributes) and wraps/update_wrapper.
# %%
import functools
from functools import reduce, partial, wraps
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(5), square.func is power, square.args, square.keywords)
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), type(square).__name__, callable(square))
print(repr(partial(max, 1, key=abs)))
# %%
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@logged
def greet(name):
    "Say hello."
    return f"hi {name}"
print(greet("bob"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet.__qualname__)
def plain(fn):
    def wrapper():
        return fn()
    return wrapper
@plain
def named():
    pass
print(named.__name__)
try:
    partial(5)
except TypeError as e:
    print(e)
# %%
import functools, sys, gc
p = functools.partial(print, 1)
print(sys.getsizeof(p), gc.is_tracked(p), sys.getrefcount(print) > 1)
p.attr = 1
print(p.attr, p.__dict__)
