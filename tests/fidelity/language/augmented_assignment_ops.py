# Every augmented assignment operator on ints, and on attributes and subscripts.
# %%
x = 100
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 7; print(x)
x %= 10; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xff; print(x)
x |= 0x100; print(x)
x ^= 0x1ff; print(x)
x /= 4; print(x)
# %%
class Box:
    pass
b = Box()
b.n = 1
b.n += 41
d = {'k': [1]}
d['k'] += [2]
d['k'][0] *= 10
s = 'ab'
s *= 2
print(b.n, d, s)
