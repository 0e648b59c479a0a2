# Argument errors of weakref.ref / proxy and calling a ref with arguments, with CPython's messages.
# %%
import weakref

class C:
    pass

c = C()
for make in (lambda: weakref.ref(), lambda: weakref.ref(c, None, 1), lambda: weakref.ref(c)(1),
             lambda: weakref.proxy(), lambda: weakref.ref(3.5), lambda: weakref.proxy(b'x'),
             lambda: weakref.ref(c).__callback__, lambda: weakref.ref(c, print).__callback__):
    try:
        print(make())
    except TypeError as e:
        print('TypeError:', e)
print(weakref.ref(c)() is c, weakref.ref(C)() is C, weakref.ref(len)() is len)
