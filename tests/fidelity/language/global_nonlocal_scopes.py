# global and nonlocal rebinding, and the UnboundLocalError when a local shadows a global.
# %%
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
# %%
def outer():
    value = "outer"
    def inner():
        nonlocal value
        value = "changed"
    inner()
    return value
print(outer())
# %%
total = 10
def broken():
    total += 1
    return total
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
# %%
def reads():
    return total
print(reads())
def shadow():
    total = 99
    return total
print(shadow(), total)
# %%
def make():
    def g():
        return free
    free = 1
    return g
print(make()())
def unbound_free():
    def g():
        return later
    r = None
    try:
        r = g()
    except NameError as e:
        print(type(e).__name__, e)
    later = 2
    return r
print(unbound_free())
