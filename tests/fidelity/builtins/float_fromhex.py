# float.fromhex (a classmethod; subclasses get cls(float)): prefixes, signs, exponents, rounding
# half-even, subnormals, inf/nan spellings, whitespace and CPython's errors; float.hex round trips.
# %%
for s in ['0x1.8p1', '1.8p1', '-0X1P-2', '+0x.8', '0x1.', 'a', 'ABCp0', ' 0x1p0 \n', '0x0p0', '-0x0p0', '0x1p-1074',
          '0x1p-1075', '0x1.8p-1074', '0x3p-1076', '0x1.fffffffffffffp1023', '0x1.fffffffffffff7p1023',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000081p0', 'inf', '-Infinity', 'nan', '-NaN',
          '0x1p-99999999999999999999', '0x0p99999999999999999999', '0x' + '0' * 40 + '1p0', '1' * 30]:
    print(repr(s), float.fromhex(s))
for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, float('inf'), float('nan'), 1/3]:
    h = x.hex()
    print(h, float.fromhex(h) == x or x != x)
class F(float):
    def __new__(cls, v):
        print('F.__new__', v)
        return super().__new__(cls, v)
r = F.fromhex('0x1p4')
print(type(r).__name__, r, type(float.fromhex('1')).__name__)
print(repr(float.fromhex)[:40], (1.5).fromhex('2'))
# %%
for s in ['', ' ', '0x', '0xp1', '1p', '1p+', '0x1.8q', '1 2', 'infx', '0x1p1024', '0x1.fffffffffffff8p1023', '0x2p1023',
          '-0x1p99999999999999999999', '1\x00', '\u0661', 'ｆ']:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for bad in [b'0x1', 1, None]:
    try:
        float.fromhex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float.fromhex()
except TypeError as e:
    print(e)
# %%
# float.hex() is CPython's own digit loop (not C's %a): subnormals keep a 0 digit and exponent -1022.
vals = [1.0, -1.5, 0.1, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, sys.float_info.max, 1e-310, 3.0, 0.0, -0.0, float('inf'), float('nan'), 123456.789, 1/3]
for v in vals:
    h = v.hex()
    print(h, float.fromhex(h) == v or v != v)
