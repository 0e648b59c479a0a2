# ValueError messages from conversions and unpacking.
# %%
for fn in [lambda: int('abc'), lambda: int('12', 2), lambda: float('x1'), lambda: int(''), lambda: [1, 2].index(3), lambda: chr(-1)]:
    try:
        fn()
    except ValueError as e:
        print(e)
# %%
a, b = [1, 2, 3]
# %%
a, b, c = (1, 2)
# %%
a, *b, c = [1]
