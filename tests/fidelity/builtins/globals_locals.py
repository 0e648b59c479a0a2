# globals() is the module namespace; locals() in a function is a snapshot of its locals.
# %%
g = globals()
g['made_via_globals'] = 5
print(made_via_globals, 'g' in globals(), globals() is g)
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
print([k for k in globals() if not k.startswith('_')])
