# list_repr calls repr() on each item without a new reference to it (a set's repr goes through a
# temporary list of its items, which holds one); a tuple borrows too, a dict holds key and value.
# %%
import sys
class Shown:
    def __repr__(self):
        return "rc=%d" % sys.getrefcount(self)
s = Shown()
print(repr(s))
print([s])
print([s, s])
print([[s]])
print((s,))
print({s})
print({1: s})
lst = [s]
print(lst, str(lst), f"{lst}")
