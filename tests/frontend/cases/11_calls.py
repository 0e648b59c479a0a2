f()
f(1)
f(1, 2)
f(a, b=2)
f(*args)
f(**kwargs)
f(1, *args, key=2, **kwargs)
f(*a, *b, **c, **d)
f(a=1, *b)
f(x for x in y)
f(a,)
f(
    1,
    2,
)
obj.method(1)(2)(3)
print("hello", end="")
