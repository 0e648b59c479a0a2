# Equal constants in one cell (one compilation) are one object.
# %%
x = 300
y = 300
print(x is y)
s = 'hello world'
t = 'hello world'
print(s is t)
f1 = 1.5
f2 = 1.5
print(f1 is f2)
# %%
big = 10 ** 20
print(big is 10 ** 20 - 0 + 0)
