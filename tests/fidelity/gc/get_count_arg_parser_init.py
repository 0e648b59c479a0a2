# Argument Clinic functions keep a static _PyArg_Parser; the first call that leaves the positional
# fast path (a keyword argument) builds its kwtuple of keyword names, a GC tuple kept for the life
# of the interpreter: one allocation the first time only. Parsers the reference's startup already
# used (int's, enumerate's, str.splitlines's) allocate nothing.
import gc, math
res = []
def kwdelta(name, fn_pos, fn_kw):
    fn_pos(); fn_pos()
    gc.collect()
    fn_pos(); fn_pos()
    a = gc.get_count()[0]
    fn_kw()
    b = gc.get_count()[0]
    fn_kw()
    c = gc.get_count()[0]
    res.append((name, b - a, c - b))
kwdelta('isclose', lambda: math.isclose(1.0, 1.0), lambda: math.isclose(1.0, 1.0, rel_tol=0.1))
kwdelta('prod', lambda: math.prod([1, 2]), lambda: math.prod([1, 2], start=1))
kwdelta('sum', lambda: sum([1]), lambda: sum([1], start=0))
kwdelta('round', lambda: round(1.25, 1), lambda: round(1.25, ndigits=1))
kwdelta('split', lambda: 'a b'.split(' '), lambda: 'a b'.split(sep=' '))
kwdelta('rsplit', lambda: 'a b'.rsplit(' '), lambda: 'a b'.rsplit(sep=' '))
kwdelta('sort', lambda: [2, 1].sort(), lambda: [2, 1].sort(reverse=True))
kwdelta('encode', lambda: 'a'.encode('utf-8'), lambda: 'a'.encode(encoding='utf-8'))
kwdelta('decode', lambda: b'a'.decode('utf-8'), lambda: b'a'.decode(encoding='utf-8'))
kwdelta('expandtabs', lambda: 'a'.expandtabs(4), lambda: 'a'.expandtabs(tabsize=4))
kwdelta('get_objects', lambda: len(gc.get_objects(0)), lambda: len(gc.get_objects(generation=0)))
kwdelta('complex', lambda: complex(1, 2), lambda: complex(real=1, imag=2))
kwdelta('int', lambda: int('10', 2), lambda: int('10', base=2))
kwdelta('enumerate', lambda: enumerate([], 1), lambda: enumerate([], start=1))
kwdelta('splitlines', lambda: 'a'.splitlines(True), lambda: 'a'.splitlines(keepends=True))
for r in res:
    print(r)
# %%
data = [3, 1, 2]
gc.collect()
a = gc.get_count()[0]
s = sorted(data, key=lambda v: -v)
b = gc.get_count()[0]
print(b - a, s)
