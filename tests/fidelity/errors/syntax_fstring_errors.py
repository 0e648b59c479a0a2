# f-string syntax errors (3.11 still tokenizes f-strings as one string).
# %%
name = "x"
print(f"{}")
# %%
print(f"{name!z}")
# %%
print(f"{name")
# %%
print(f"{name:{}")
# %%
print(f"{a b}")
# %%
print(f"{'\n'.join(['a'])}")
# %%
print(f"{name #}")
# %%
print(f"}")
# %%
print(f"{")
# %%
print(f"{=}")
# %%
print(f"{!r}")
# %%
print(f"{name!}")
# %%
print(f"{name=!r:>10}")
# %%
print(f"{x := 5}")
# %%
print(f"{lambda x: x}")
# %%
print(f"{*name}")
# %%
print(f"{name!r }")
# %%
print(f"{1 +}")
# %%
print(f"{yield}")
# %%
print(f'{name:{width}}')
# %%
print("done")
