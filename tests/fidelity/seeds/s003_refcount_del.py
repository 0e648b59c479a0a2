# %% [markdown]
# Seed 003 "Memory management", section "I. Reference count" (In [2] to In [8]).
# Changed: `__del__` printed `f"{self} is deleted"`, whose repr holds the address; it now prints the
# repr's address-free part (`<__main__.C object>`) and whether the repr really starts that way.
# %%
import sys
# %%
class C:
    def __del__(self):
        print(f"<__main__.{type(self).__name__} object> is deleted", repr(self).startswith("<__main__.C object at 0x"))
        del self
    pass
# %%
c = C()
sys.getrefcount(c) # 2 because there is one ref associated to the argument
# %%
d = c
sys.getrefcount(c)
# %%
del d
# %%
del c # once reference count is down zero the object is deleted
