# "Perhaps you forgot a comma?" and related invalid syntax.
# %%
nums = [1 2 3]
# %%
print("a" "b" x)
# %%
point = (1 2)
# %%
f(a b)
# %%
names = ["ann" "bob" "cy" dave]
# %%
x = 1 2
# %%
d = {"a": 1 "b": 2}
# %%
print(1, 2 3)
# %%
call(x y, z)
# %%
print("ok")
