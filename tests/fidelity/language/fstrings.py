# f-strings: conversions, format specs, nested fields, the = specifier.
# %%
name = 'café'
value = 3.14159
n = 42
print(f'{name} {name!r} {name!s} {name!a}')
print(f'{value:.2f} {value:10.3f}| {value:<10.1f}| {value:e} {value:%}')
print(f'{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}|{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:,}|{10**6:_}')
print(f'{"nested"!r:>12}|{name:*^10}|{n=}|{value = :.1f}')
width = 8
print(f'{n:{width}}|{n:>{width}.2f}|{{literal}}|{n!r:>5}')
print(f'{[1, 2]} {(1,)} {None} {True:d} {3.0:g} {1e20:g} {0.00001234:g}')
