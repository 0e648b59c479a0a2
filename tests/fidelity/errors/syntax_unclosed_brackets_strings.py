# Unclosed brackets and strings.
# %%
values = [1, 2, 3
print(values)
# %%
d = {"a": 1, "b": 2
# %%
print("hello"
# %%
s = "unterminated
print(s)
# %%
s = 'also unterminated
# %%
doc = """never
closed
# %%
t = (1, 2]
# %%
t = [1, 2)
# %%
x = 1)
# %%
y = ]
# %%
z = {1: 2]
# %%
foo(1, 2, (3, 4)
bar = 5
# %%
print("next cell is fine")
