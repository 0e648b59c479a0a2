# An instance referring to a dict that refers back to the instance.
# %%
import gc
class Owner:
    pass
gc.collect()
o = Owner()
registry = {'owner': o}
o.registry = registry
del o, registry
print(gc.collect())
