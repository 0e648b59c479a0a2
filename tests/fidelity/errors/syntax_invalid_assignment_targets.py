# Assignment to things that cannot be assigned to.
# %%
len(x) = 3
# %%
x = 1
if x = 1:
    print("one")
# %%
a + 1 = 2
# %%
None = 1
# %%
True = 0
# %%
"text" = x
# %%
x.y() = 3
# %%
[a, b()] = 1, 2
# %%
(a, b) += (1, 2)
# %%
f() += 1
# %%
del f()
# %%
del 1
# %%
del (a + b)
# %%
lambda: 1 = 2
# %%
x + 1 += 1
# %%
for f() in range(3):
    pass
# %%
with open("x") as f():
    pass
# %%
[x for x in range(3)] = [1, 2, 3]
# %%
{1: 2} = 3
# %%
a if b else c = 3
# %%
x = yield = 3
# %%
print(x == 1)
# %%
__debug__ = 0
# %%
def f(__debug__): pass
# %%
f(True=1)
# %%
print("end")
