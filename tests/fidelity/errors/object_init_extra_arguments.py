# object.__init__ with extra arguments: which of its two messages (or none) depends on whether the class
# overrides __init__ and __new__; a built-in with its own __new__ (int) takes them silently.
class Shape: pass
s = Shape()
s.__init__(1)
# %%
object.__init__(5, 1)
print('no error')
# %%
Shape(1)
# %%
class WithInit:
    def __init__(self, a):
        super().__init__(a)
WithInit(3)
# %%
class WithNew:
    def __new__(cls, *a):
        return super().__new__(cls)
w = WithNew(1, 2)
w.__init__(5)
print("ok")
# %%
object.__init__(s)
print(object.__init__(s, *()))
