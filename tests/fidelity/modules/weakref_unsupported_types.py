# Some builtin types cannot be weakly referenced; subclasses can.
# %%
import weakref
for value in ([], {}, 1, 'text', (1,), None):
    try:
        weakref.ref(value)
    except TypeError as e:
        print(e)
class MyList(list):
    pass
ml = MyList([1])
print(weakref.ref(ml)() == [1])
def f():
    pass
print(weakref.ref(f)() is f, weakref.ref(int)() is int)
