# Subclassing list: layout and sizes, __dict__, weakrefs, overridden protocols, __slots__ = ().

import sys, gc, weakref
class MyList(list):
    pass
m = MyList([1, 2, 3])
print(m, type(m), type(m).__name__, isinstance(m, list))
print(sys.getsizeof(m), sys.getsizeof(MyList()), sys.getsizeof([]))
print(MyList.__basicsize__, MyList.__dictoffset__, MyList.__weakrefoffset__)
print(sys.getrefcount(m), gc.is_tracked(m))
m.x = 5
print(m.__dict__, m.x)
r = weakref.ref(m)
print(r() is m)
print(m + [4], type(m + [4]))
m.append(10)
print(len(m), m[0], m[-1], m[1:3], type(m[1:3]))
del m
print(r())
# %%
class Stack(list):
    def push(self, x):
        self.append(x)
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def __len__(self):
        return 42
s = Stack()
s.push(1); s.push(2)
print(s[0], len(s), list(s), s)
# %%
class LS(list):
    __slots__ = ()
print(sys.getsizeof(LS()), LS.__basicsize__, LS.__dictoffset__, LS.__weakrefoffset__)
try:
    LS().x = 1
except AttributeError as e:
    print(e)
try:
    weakref.ref(LS())
except TypeError as e:
    print(e)
# %%
class A(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.n = len(self)
a = A("abc")
print(a, a.n, a == ['a','b','c'], a.__dict__)
print(gc.get_count()[0] >= 0)
