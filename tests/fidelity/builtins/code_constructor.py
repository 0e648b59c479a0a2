# types.CodeType(...) builds a code object from its 16-18 positional fields (code_new): clinic's argument types, code_new_impl's negative counts and name-tuple checks, PyCode_NewWithPosOnlyArgs's validation; exec()/eval() refuse code with free variables.
import types
def double(x):
    return x * 2
c = double.__code__
fields = [c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_stacksize, c.co_flags,
          c.co_code, c.co_consts, c.co_names, c.co_varnames, c.co_filename, c.co_name, c.co_qualname,
          c.co_firstlineno, c.co_linetable, c.co_exceptiontable]
twin = types.CodeType(*fields)
print(twin is c, twin.co_name, twin.co_varnames, twin.co_code == c.co_code)
print(types.FunctionType(twin, {})(21))
renamed = types.CodeType(*fields[:11], 'triple', 'triple', *fields[13:], (), ())
print(renamed.co_name, renamed.co_freevars, renamed.co_cellvars)
# %%
for index, bad in [(0, -1), (1, -1), (2, -1), (3, -1), (4, -1), (5, -1), (6, 'x'), (7, []), (8, (1,)),
                   (9, (2,)), (10, b''), (11, None), (13, 'x'), (14, ''), (15, 1), (0, 1.5), (0, 2**40),
                   (3, 0), (0, 2), (6, b'\x00')]:
    args = list(fields)
    args[index] = bad
    try:
        types.CodeType(*args)
        print(index, 'made')
    except Exception as e:
        print(index, type(e).__name__, e)
# %%
for extra in [((1,),), ((), (2,)), ((), (), 3)]:
    try:
        types.CodeType(*fields, *extra)
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: types.CodeType(*fields[:5]), lambda: types.CodeType(*fields, freevars=())]:
    try:
        call()
    except TypeError as e:
        print(e)
# %%
def outer():
    n = 1
    def inner():
        return n
    return inner
inner = outer()
print(inner.__code__.co_freevars)
for run in [lambda: exec(inner.__code__), lambda: eval(inner.__code__), lambda: types.FunctionType(inner.__code__, {})]:
    try:
        run()
    except TypeError as e:
        print(e)
print(types.FunctionType(inner.__code__, {}, None, None, inner.__closure__)())
# %%
try:
    c.replace(co_name=None)
except TypeError as e:
    print(e)
