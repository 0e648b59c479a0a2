# code.replace(**changes) makes a new code object with the given fields (code_replace_impl), checking counts and types; co_code is cached on the code object.
import sys
def f(a, b=2):
    c = a + b
    return c
co = f.__code__
print(co.co_code is co.co_code, sys.getrefcount(co.co_code))
r = co.replace(co_name='g', co_qualname='h.g', co_firstlineno=40)
print(r is co, r.co_name, r.co_qualname, r.co_firstlineno, r.co_varnames, r.co_argcount)
print(r.co_consts is co.co_consts, r.co_names is co.co_names, r.co_code == co.co_code, r.co_code is co.co_code)
print(repr(r).startswith('<code object g at 0x'), r.co_filename == co.co_filename)
f.__code__ = r
print(f(1), f.__name__, f.__qualname__)
# %%
def k(x):
    return x * 3
k.__code__ = k.__code__.replace(co_consts=(None, 5), co_varnames=('y',))
print(k(2), k.__code__.co_varnames)
for changes in [dict(co_posonlyargcount=5), dict(co_code=b'\x00'), dict(co_nlocals=3),
                dict(co_argcount=-1), dict(co_flags=-3), dict(co_varnames=()), dict(co_code='x'),
                dict(co_consts=[]), dict(co_name=1), dict(co_linetable=()), dict(co_argcount='a'),
                dict(co_argcount=2**40), dict(co_argcount=1.5), dict(co_names=(1,)), dict(bogus=1)]:
    try:
        k.__code__.replace(**changes)
        print('ok', changes)
    except Exception as e:
        print(type(e).__name__, e)
try:
    k.__code__.replace(1)
except TypeError as e:
    print(e)
# %%
def outer(v):
    def inner():
        return v
    return inner
oc = outer.__code__
print(oc.co_cellvars, oc.co_varnames, oc.replace().co_cellvars, oc.replace().co_varnames)
outer.__code__ = oc.replace(co_name='outer2')
print(outer(8)(), outer.__code__.co_name)
ic = outer(7).__code__
print(ic.co_freevars, ic.replace(co_name='j').co_freevars)
print(type(co).replace.__doc__)
print(co.replace.__text_signature__)
# %%
for value in (1, outer(1).__code__):
    try:
        k.__code__ = value
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del k.__code__
except TypeError as e:
    print(e)
