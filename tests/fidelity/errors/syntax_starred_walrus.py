# Starred expressions and the walrus operator in the wrong place.
# %%
x = *[1, 2]
# %%
*a = [1, 2]
# %%
a, *b, *c = range(5)
# %%
print(*)
# %%
y := 5
# %%
def f(x := 1): pass
# %%
(obj.attr := 3)
# %%
(d[0] := 3)
# %%
(a, b := 1, 2)
print(a, b)
# %%
[i := 0 for i in range(3)]
# %%
[j for i in range(3) if (i := 1)]
# %%
[x for x in (x := [1])]
# %%
class A:
    [(y := i) for i in range(2)]
# %%
del *a
# %%
del *a, b
# %%
x = {**a: 1}
# %%
f(**)
# %%
return *a
# %%
for *x in [1]: pass
# %%
*a, = [1, 2]
print(a)
# %%
x = [*range(3), *"ab"]
print(x, *x)
# %%
print((*x))
# %%
z = (*x)
# %%
print("ok")
