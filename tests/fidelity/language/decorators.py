# Function and class decorators, decorators with arguments, stacking order.
# %%
def trace(fn):
    def wrapper(*args):
        print('calling', fn.__name__, args)
        return fn(*args)
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco

@trace
def add(a, b):
    return a + b

@repeat(3)
@trace
def hello(name):
    return 'hi ' + name

print(add(1, 2))
print(hello('x'))
print(add.__name__)
# %%
def register(cls):
    cls.registered = True
    return cls

@register
class Thing:
    pass
print(Thing.registered)
