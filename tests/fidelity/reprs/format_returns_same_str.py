# str formatting hands back the very str object when it would only copy it: a whole str written into an
# empty _PyUnicodeWriter as the format's last piece is kept, not copied ('%s' % s, '{}'.format(s),
# format(s, 's'), a format with no fields, a field with no padding); expandtabs() without tabs too.
x = 'hello world'
y = 'héllo wörld'
for s in (x, y):
    print('%s' % s is s, '%s' % (s,) is s, 'a%s' % s is s, '%s!' % s is s, '%5s' % s is s, '%-20s' % s is s, '%.3s' % s is s, '%r' % s is s)
    print('{}'.format(s) is s, '{0}'.format(s) is s, '{:s}'.format(s) is s, '{!s}'.format(s) is s, '{}{}'.format('', s) is s, '{}{}'.format(s, '') is s, 'x{}'.format(s) is s, '{:>3}'.format(s) is s, '{:>30}'.format(s) is s)
    print(format(s, 's') is s, format(s, '') is s, format(s, '5') is s, format(s, '<3') is s, format(s, '.50') is s, format(s, '.2') is s, format(s) is s, s.__format__('') is s)
    print(f"{s}" is s, f"{s:s}" is s, f"{s!s}" is s, f"{s:>2}" is s, f"{s:>40}" is s)
    print(''.join([s]) is s, ''.join((s,)) is s, '-'.join([s]) is s, s.format() is s, str(s) is s, s.strip() is s, s.replace('z', 'q') is s, s[:] is s, s + '' is s, '' + s is s, s * 1 is s)
    print(s.lower() is s, s.center(3) is s, s.ljust(2) is s, s.zfill(1) is s, s.expandtabs() is s, s.title() is s, s.swapcase() is s, s.capitalize() is s, s.casefold() is s, s.upper() is s)
# %%
NAME = "constant name"
class Named:
    def __str__(self):
        return NAME
    def __format__(self, spec):
        return NAME
n = Named()
print('%s' % n is NAME, '{}'.format(n) is NAME, f"{n}" is NAME, 'abc' % () == 'abc', 'a{{b'.format() == 'a{b')
t = 'no fields here'
print(t % () is t, t % {} is t, t.format(1, x=2) is t, t.format_map({}) is t, '{}'.format('') == '')
