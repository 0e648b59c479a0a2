# UnboundLocalError and NameError inside functions.
# %%
count = 0
def increment():
    count += 1

increment()
# %%
total = 10
def show():
    print(total)
    total = 5

show()
# %%
def outer():
    def inner():
        return value
    inner()
    value = 1

outer()
# %%
def f():
    x = 1
    del x
    return x

f()
# %%
def g():
    for i in range(0):
        pass
    return i

g()
# %%
def h(flag):
    if flag:
        result = "yes"
    return result

h(False)
# %%
def k():
    try:
        v = int("x")
    except ValueError as e:
        pass
    return e

k()
# %%
x = 5
del x
x
# %%
del undefined_name
# %%
def m():
    global gname
    return gname

m()
# %%
try:
    raise ValueError
except ValueError as err:
    pass
print(err)
