# Traceback carets (3.11 position markers) for runtime errors in expressions.
# %%
data = {"a": [1, 2]}
value = data["a"][5]
# %%
value = data["b"]["c"]
# %%
total = data["a"][0] + data["a"][1] + data["missing"]
# %%
def compute(a, b):
    return a / b

result = compute(1, 0) + compute(2, 1)
# %%
x = [1, 2, 3]
y = x[0] + x[1] * "a" + x[2]
# %%
obj = None
obj.attr.other
# %%
items = [1, 2, 3]
squares = [i * i for i in items if i / (i - 2)]
# %%
class A:
    def method(self):
        return self.missing

A().method()
# %%
lst = [1, 2]
lst.append(3).append(4)
# %%
f = lambda x: x / 0
f(1)
# %%
def deep():
    return {
        "key": 1 / 0,
    }

deep()
# %%
import math
math.sqrt(-1) + math.sqrt(4)
# %%
print(1, 2, undefined_thing)
# %%
x = (1 +
     "a")
# %%
def outer():
    def inner():
        return [].pop()
    return inner()

outer()
# %%
text = "abc"
n = int(text) + int(text)
# %%
a = b = c = None
a.x
# %%
print("é" + 1)
# %%
        # leading comment
x = 1 / 0
