# abs, round (banker's rounding, ndigits), divmod and pow (with modulus and negative exponent).
# %%
print(abs(-3), abs(2.5), abs(-0.0), abs(True))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5), round(1.5), round(7.0), type(round(7.0)).__name__)
print(round(3.14159, 3), round(-1.005, 2), round(15, -1), round(25, -1))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, -2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3), pow(2.0, 0.5), pow(38, -1, 97))
# %%
# int.__round__ with negative ndigits: self - divmod_near(self, 10**-ndigits)[1], ties to even.
class Digits:
    def __index__(self): return -1
print([round(n, -2) for n in (149, 150, 250, 251, -150, -250, True)], round(17, Digits()), round(10**20 + 5 * 10**18, -19))
print(round(5, -10**3), round(-5, 0), round(5, 2**70), type(round(True, -1)).__name__)
round(5, 1.5)
