# del on names, items, slices and attributes.
# %%
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class O:
    pass
o = O()
o.x = 1
del o.x
print(hasattr(o, 'x'))
a = b = 1
del a, b
print('a' in globals())
# %%
del d['zzz']
