# A bound builtin method names type(self) (or self, for a class) in its errors; a method descriptor names its defining type.
class Plugin:
    pass
class CSV(Plugin, fmt='csv'):
    pass
# %%
f = True.bit_length
f(1)
# %%
class MyList(list): pass
clear = MyList().clear
clear(1)
# %%
import collections
d = collections.deque()
for call in (lambda: MyList().clear(1), lambda: list.clear(MyList(), 1), lambda: d.pop(1), lambda: collections.deque.pop(),
             lambda: d.append(1, x=2), lambda: int.__init_subclass__(x=1), lambda: MyList.__subclasshook__(x=1),
             lambda: MyList().append(), lambda: (d.append)(x=1), lambda: dict.fromkeys()):
    try:
        call()
    except TypeError as e:
        print(e)
print(clear.__qualname__, f.__qualname__, d.pop.__qualname__, dict.fromkeys.__qualname__, MyList.mro.__qualname__,
      str.maketrans.__qualname__, len.__qualname__, [].append.__qualname__, collections.OrderedDict.fromkeys.__qualname__)
