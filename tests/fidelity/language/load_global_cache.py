# LOAD_GLOBAL inside a loop sees every change to globals and builtins (rebinding, deletion,
# shadowing a builtin, dict methods on globals()), and one code object run with other globals.
def read_x():
    return x

x = 1
results = []
for i in range(3):
    results.append(read_x())
    x = x + 10
print(results)

# %%
def use_len():
    return len("abc")

print([use_len() for _ in range(3)])
len = lambda s: 99
print([use_len() for _ in range(3)])
del len
print([use_len() for _ in range(3)])

# %%
def get_y():
    return y

y = "first"
print(get_y(), get_y())
del y
try:
    get_y()
except NameError as e:
    print("NameError:", e)
globals().setdefault("y", "from setdefault")
print(get_y())
globals().pop("y")
globals().update({"y": "from update"})
print(get_y(), get_y())

# %%
import builtins

def call_abs():
    return abs(-5)

print(call_abs(), call_abs())
saved = builtins.abs
builtins.abs = lambda v: "patched"
print(call_abs(), call_abs())
builtins.abs = saved
print(call_abs())

# %%
first = {"z": 3}
second = {"z": 40}
for g in (first, second, first, second):
    exec("result = z * 2", g)
print(first["result"], second["result"])
for k in range(30):
    second["pad%d" % k] = k
exec("result = z * 2", second)
print(second["result"])

# %%
def count_down():
    total = 0
    for _ in range(5):
        total += counter
    return total

counter = 2
print(count_down())
for k in range(40):
    globals()["filler%d" % k] = k
counter = 7
print(count_down())
