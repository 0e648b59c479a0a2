# Messages of TypeError for calls with wrong arguments and unsupported operations.
# %%
def f(a, b):
    return a + b
f(1)
# %%
f(1, 2, 3)
# %%
f(1, c=2)
# %%
f(1, 2, a=3)
# %%
class C:
    def m(self, x):
        return x
C().m()
# %%
1 + "a"
# %%
"a" * "b"
# %%
len(5)
# %%
None()
# %%
[] < ()
# %%
{}[[1]]
