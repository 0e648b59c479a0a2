# print uses __str__ (falling back to __repr__); containers use the items' __repr__.
# %%
class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'both as str'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'
b, r = Both(), ReprOnly()
print(b, r, [b, r], str(b), repr(b), f'{b} {b!r} {r}')
print('%s %r' % (b, b), format(b), str([b]))
b
