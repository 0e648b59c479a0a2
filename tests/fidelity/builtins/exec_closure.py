# %% [markdown]
# # exec(code, globals, locals, *, closure=...)
# 3.11 lets exec run a code object with free variables, given a tuple of cells for them.

# %%
def outer():
    x = 10
    def inner():
        print('x is', x)
        return x
    return inner
f = outer()
exec(f.__code__, {'print': print}, closure=f.__closure__)
exec(f.__code__, {}, None, closure=f.__closure__)
f.__closure__[0].cell_contents = 42
exec(f.__code__, {}, closure=f.__closure__)
import types
exec(f.__code__, {}, closure=(types.CellType('made'),))
exec('y = 1', {}, closure=None)
print(exec(compile('1', 's', 'exec'), {}, closure=None))

# %%
exec(f.__code__, {})
# %%
exec(f.__code__, {}, closure=(1,))
# %%
exec(f.__code__, {}, closure=[f.__closure__[0]])
# %%
exec(f.__code__, {}, closure=f.__closure__ * 2)
# %%
exec(compile('1', 's', 'exec'), {}, closure=())
# %%
exec('1', {}, closure=())
# %%
exec('1', {}, {}, {})
# %%
exec('1', globals={})
# %%
exec('1', x=1)
# %%
eval(f.__code__)
# %%
eval('1', closure=None)
# %%
print(types.CellType(5).cell_contents, repr(types.CellType())[:13])
# %%
types.CellType(1, 2)
# %%
types.CellType(contents=1)
