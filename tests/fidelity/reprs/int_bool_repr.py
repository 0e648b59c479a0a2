# int reprs (big, negative), bool and the int/float repr boundary.
# %%
print(2 ** 100, -2 ** 63, 10 ** 30 + 1, 0, -0)
print(repr(True), str(False), True + 0, int(3.99), int(-3.99))
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2.0 ** 10, 10 / 5)
