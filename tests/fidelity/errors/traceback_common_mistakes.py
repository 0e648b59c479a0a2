# Tracebacks through comprehensions, lambdas, generators, class bodies and closures.
# %%
values = [1, 0, 2]
inverted = [1 / v for v in values]
# %%
pairs = {k: 10 // k for k in range(-1, 2)}
# %%
total = sum(x / 0 for x in range(3))
# %%
key = lambda item: item["name"]
sorted([{"n": 1}, {"n": 2}], key=key)
# %%
class Config:
    timeout = 10
    retries = timeout / 0
# %%
def outer():
    def inner():
        return x
    inner()
    x = 1
outer()
# %%
def make():
    def use():
        nonlocal_value
    return use
make()()
# %%
def gen():
    yield 1
    yield 1 / 0
for v in gen():
    print(v)
# %%
def chain():
    yield from gen()
list(chain())
# %%
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
Account(10).withdraw(50)
# %%
class MyError(Exception):
    def __init__(self, code):
        self.code = code
raise MyError(42)
# %%
class MyError2(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
raise MyError2(7)
# %%
d = {(1, 2): "a"}
d[(2, 1)]
# %%
d = {"key": 1}
d["Key"]
# %%
import sys
def bail():
    sys.exit("fatal: giving up")
bail()
# %%
items = []
result = items.sort()
result.append(1)
# %%
text = "hello"
text[0] = "H"
# %%
point = (1, 2)
point.x
# %%
numbers = [3, 1, 2]
numbers.sorted()
# %%
age = "30"
if age > 18:
    print("adult")
# %%
count = input_count = None
count += 1
# %%
x = [1, 2, 3]
for i in range(4):
    x[i]
# %%
name = "Ada"
print("Hello " + name + ", you are " + 36 + " years old")
# %%
print(f"{name!r:>10} {undefined_var}")
