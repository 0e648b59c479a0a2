# Floats created at run time reuse freed float objects (the float free list).
# %%
x = float('1.5')
i = id(x)
del x
y = float('2.5')
print(id(y) == i)
# %%
a = float('3.25')
b = float('4.5')
ia, ib = id(a), id(b)
del a, b
c = float('5.0')
print(id(c) == ib, id(c) == ia)
