# Integer and float arithmetic, floor division and modulo with negative operands, bit operations.
# %%
print(7 + 3, 7 - 10, 7 * -3, 7 / 2, 7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3)
print(2 ** 10, 2 ** -2, (-2) ** 3, -2 ** 2, 10 ** 0)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 1e300 * 10)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, ~5, 1 << 65, -256 >> 4, 0o17, 0xff)
print(1_000_000 + 1, 3 * 'ab', [0] * 3, (1,) * 2, -(-3), +4)
