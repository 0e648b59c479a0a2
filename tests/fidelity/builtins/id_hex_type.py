# id is stable for the object's lifetime; hex formats ints; type returns the class.
# %%
x = []
print(id(x) == id(x), hex(id(x)) == hex(id(x)), id(x) % 16, type(id(x)).__name__)
print(hex(255), hex(-255), hex(0), hex(2 ** 64))
print(type(1), type('a'), type([]), type(type), type(None), type(x) is list)
class C:
    pass
print(type(C()) is C, type(C) is type, type(C()).__name__)
