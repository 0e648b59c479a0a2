# Numeric and string conversions.
# %%
print(int('42'), int(' -7 '), int('ff', 16), int('0b101', 0), int('z', 36), int(3.99), int(-3.99), int(True), int('1_000'))
print(float('1.5'), float('-inf'), float(' 2 '), float(3), float('1e3'), float('.5'), float(True))
print(str(1.0), str(-0.0), str(10 ** 20), str(None), str([1, 'a']), str(b'x'), str('s'))
print(bool(0), bool(0.0), bool(''), bool(' '), bool([]), bool([0]), bool(None), bool(-1), bool({}), bool(range(0)))
