# types.FunctionType builds a function from a code object and a globals dict (the way a course shows
# that a function is code + globals + defaults + closure).
import types, sys

def template(a, b=2):
    return a + b + offset

g = {"offset": 100, "__name__": "fake"}
f = types.FunctionType(template.__code__, g)
print(f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__globals__ is g)
print(f(1, 2))
h = types.FunctionType(template.__code__, g, "renamed", (10,))
print(h.__name__, h.__qualname__, h(1), h.__defaults__)
print(sys.getrefcount(template.__code__))
# %%
def outer():
    x = 5
    def inner():
        return x
    return inner
inner = outer()
again = types.FunctionType(inner.__code__, globals(), None, None, inner.__closure__)
print(again(), again.__closure__ is inner.__closure__)
for bad in [(1, {}), (template.__code__, []), (template.__code__, {}, 5), (template.__code__, {}, None, [1]),
            (inner.__code__, {}), (inner.__code__, {}, None, None, (1,)), (template.__code__, {}, None, None, ())]:
    try:
        types.FunctionType(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(types.FunctionType(code=template.__code__, globals=g, name="kw")(0, 0))
