# bytes % args and bytearray % args (_PyBytes_FormatEx): every conversion, flags, width/precision/'*',
# mapping keys, CPython's messages; the result's size from the bytes writer (stack buffer vs heap buffer);
# the gc counts of a format calling __bytes__.
# %%
import sys, gc
print(b'%s and %b' % (b'abc', bytearray(b'xy')))
print(b'%d|%i|%u|%o|%x|%X' % (42, -7, 3, 8, 255, 255))
print(b'%#o|%#x|%#X|%5d|%-5d|%05d|%+d|% d|%.3d' % (8, 255, 255, 42, 42, -42, 5, 5, 7))
print(b'%e|%f|%g|%E|%G|%F' % (1.5, 2.25, 1e20, 1.5, 1e-10, float('inf')))
print(b'%10.3f|%-10.2e|%+.1f|%010.2f|%#g' % (3.14159, 12345.678, 2.0, -3.5, 1.0))
print(b'%c%c%c' % (65, b'B', bytearray(b'C')))
print(b'%5c|%-3c|' % (65, 66))
print(b'%r %a' % ('h\xe9', [1, 'x']))
print(b'%.2s|%5s|%-5s|' % (b'abcdef', b'ab', b'cd'))
print(b'%(a)s %(b)d %%' % {b'a': b'A', b'b': 12})
print(b'%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print(b'%*d' % (-4, 9))
print(b'%x %o' % (True, -9))
print(b'%d' % 3.99, b'%d' % True)
print(b'100%%' % ())
print(b'no format' % ())
print(b'' % ())
print(b'abc' % {})
print(b'abc' % [])
print(b'%s' % memoryview(b'mv'))
import array
print(b'%s' % array.array('b', [65, 66]))
class B:
    def __bytes__(self): return b'BYTES'
print(b'<%s>' % B())
print(b'%ld %hd %Lf' % (1, 2, 3.0))
print(bytearray(b'%s-%d') % (b'x', 5))
print(type(bytearray(b'abc') % ()))
print(b'%s' % (b'',), b'%s' % b'solo')
print(b'%#x|%#5x|%#05x|%-#6x|' % (-255, 10, 10, 10))
print(b'%+5d|%+05d|% 05d|%-+5d|' % (3, 3, 3, 3))
print(b'%.0f %.0e %#.0f' % (2.5, 2.5, 2.5))
print(b'%x' % 2**70, b'%d' % -2**70)
print(b'%s' % bytearray(b'ba'), b'%c' % 0, b'%c' % 255)
print(b'%f' % -0.0, b'%f' % float('-nan'), b'%5.1f|' % float('-inf'))
# %%
for fmt, args in [(b'%s', 'str'), (b'%b', 1), (b'%s %s', (b'a',)), (b'%s', (b'a', b'b')),
                  (b'abc', 5), (b'abc', b'x'), (b'%d', 'x'), (b'%x', 3.5), (b'%d', []),
                  (b'%f', 'x'), (b'%c', 256), (b'%c', -1), (b'%c', b'ab'), (b'%c', 'a'), (b'%c', 2.0),
                  (b'%', ()), (b'%(a', {b'a': 1}), (b'%(a)s', (1,)), (b'%(a)s', {}), (b'%y', 1),
                  (b'%*d', ('x', 1)), (b'%.*f', (1.5, 1.0)), (b'%-', 1), (b'%5', 1), (b'%.', 1),
                  (b'%*', (3,)), (b'%(a)', {b'a': 1}), (b'%\xff', 1), (b'%s', 2**10),
                  (b'%c', 2**100), (b'%d', 1j), (b'%x', 1j), (b'%*d', (2**70, 1)), (b'%.*d', (2**40, 1)),
                  (b'%(x)*d', {b'x': 3}), (b'%-%', ()), (b'%-%', (1,)), (b'%s %(a)s', {b'a': 1})]:
    try:
        r = fmt % args
        print(fmt, 'ok', r)
    except Exception as e:
        print(fmt, type(e).__name__, e)
class Bad:
    def __bytes__(self): return 'nope'
try:
    b'%s' % Bad()
except TypeError as e:
    print(e)
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 66
print(b'%f %x %c %d' % (F(), I(), I(), I()))
try: b'%f' % 'q'
except TypeError as e: print(e)
try: bytearray(b'%q') % 1
except ValueError as e: print(e)
print(b'a' .__mod__(1) if False else b'%d'.__mod__(1), b'%d'.__rmod__(1))
# %%
import sys, gc
for n in (0, 1, 10, 500, 511, 512, 513, 600, 2000):
    r = b'%s' % (b'x' * n,)
    ra = bytearray(b'%s') % (b'x' * n,)
    print(n, sys.getsizeof(r), sys.getsizeof(ra), len(r), len(ra))
for n in (100, 400, 600, 1000):
    f = b'y' * n + b'%d%s'
    r = f % (12345, b'z' * n)
    ra = bytearray(f) % (12345, b'z' * n)
    print(n, sys.getsizeof(r), sys.getsizeof(ra))
big = b'%s' * 300
r = big % tuple([b'ab'] * 300)
print(len(r), sys.getsizeof(r), sys.getsizeof(bytearray(big) % tuple([b'ab'] * 300)))
print(sys.getsizeof(bytearray(b'%c' * 600) % tuple([65] * 600)))
print(sys.getsizeof(bytearray(b'%5d' * 200) % tuple(range(200))))
print(b'x' % () is b'x', (b'%s' % (b'',)) is b'', b'%s' % b'a' is b'a')
gc.collect(); before = gc.get_count()
class C:
    def __bytes__(self): return b'c'
c = C()
gc.collect(); before = gc.get_count()
for i in range(5):
    r = b'%s %d %r' % (c, i, 'q')
print(gc.get_count()[0] - before[0])
