# Default instance repr holds the address: check its shape only; custom __repr__ and __str__.
# %%
class C:
    pass

c = C()
r = repr(c)
print(r.startswith('<__main__.C object at 0x'), r.endswith('>'), r == str(c))
print(('%x' % id(c)) in r, r == '<__main__.C object at ' + hex(id(c)) + '>')
print(repr(object()).startswith('<object object at 0x'))
# %%
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'P({self.x!r}, {self.y!r})'

p = P(1, 'two')
print(p, [p], str(p))
p
# %%
class S:
    def __str__(self):
        return 'str of S'

s = S()
print(s, str(s), repr(s).startswith('<__main__.S object at 0x'))
print([s][0] is s, repr([s]).startswith('[<__main__.S object at 0x'))
