# Dynamic attribute access.
# %%
class O:
    cls_attr = 'class'
o = O()
setattr(o, 'x', 10)
print(getattr(o, 'x'), getattr(o, 'missing', 'default'), hasattr(o, 'x'), hasattr(o, 'y'), getattr(o, 'cls_attr'))
delattr(o, 'x')
print(hasattr(o, 'x'), vars(o))
setattr(o, 'name with space', 1)
print(vars(o))
# %%
getattr(o, 'nope')
# %%
delattr(o, 'nope')
