# global rebinds module names; locals shadow globals; a name assigned in a function is local throughout.
# %%
total = 0
def add(n):
    global total
    total += n
add(5)
add(7)
print(total)
# %%
value = 'global'
def shadow():
    value = 'local'
    return value
print(shadow(), value)
def read_only():
    return value
print(read_only())
