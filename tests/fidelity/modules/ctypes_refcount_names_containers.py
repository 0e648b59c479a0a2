# Refcount of a list read through ctypes while names, containers and del change it.
# %%
import ctypes

def refs(address):
    return ctypes.c_long.from_address(address).value

data = [10, 20, 30]
address = id(data)
print(refs(address))
alias = data
print(refs(address))
box = [data, data]
print(refs(address))
table = {'a': data, 'b': data, 'c': data}
print(refs(address))
pair = (data,)
print(refs(address))
# %%
del box
print(refs(address))
table.pop('a')
print(refs(address))
table.clear()
print(refs(address))
alias = None
print(refs(address))
del pair
print(refs(address))
# %%
nested = [[data] * 3 for _ in range(2)]
print(refs(address))
nested.pop()
print(refs(address))
del nested
print(refs(address), ctypes.c_ssize_t.from_address(address).value == refs(address))
