# A freed instance's memory block is the next block handed out for the same size.
# %%
class C:
    pass

c = C()
i = id(c)
del c
d = C()
print(id(d) == i)
# %%
x = C()
y = C()
ix, iy = id(x), id(y)
del x
del y
z1 = C()
z2 = C()
print(id(z1) == iy, id(z2) == ix)
