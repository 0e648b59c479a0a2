# Each cell is compiled separately, so equal constants in different cells are different objects.
# %%
x = 300
s = 'hello world'
f = 2.5
# %%
y = 300
t = 'hello world'
g = 2.5
print(x is y, s is t, f is g)
print(x == y, s == t, f == g)
