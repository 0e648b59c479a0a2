# fractions course: course-style use (frozen CPython Lib source)
from fractions import Fraction
import sys
a = Fraction(1, 3)
b = Fraction('2/3')
print(a + b, a * b, a / b, a - b, a ** 2, a ** -1, -a, abs(-a), +a)
print(repr(a), str(a), float(a), int(Fraction(7, 3)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
print(Fraction(0.1), Fraction(0.1).limit_denominator(10), Fraction(1.5), Fraction('  -3.25e1 '), Fraction(3))
print(Fraction(2, 4) == Fraction(1, 2), Fraction(1, 2) == 0.5, Fraction(1, 2) < 0.6, hash(Fraction(1, 2)) == hash(0.5))
print(sum(Fraction(1, 2**k) for k in range(1, 11)), Fraction(1, 3).as_integer_ratio(), Fraction(9, 12).numerator)
print(sys.getsizeof(Fraction(1, 3)) > 0, type(Fraction(1, 3) + 1).__name__, type(Fraction(1, 3) + 1.0).__name__)
print(Fraction(5, 3) // 1, Fraction(5, 3) % 1, divmod(Fraction(7, 2), 2), Fraction(-7, 2).__floor__(), Fraction(-7, 2).__ceil__())
# %%
Fraction(1, 0)
# %%
Fraction("1/x")
# %%
Fraction(1.5, 2)
# %%
Fraction(float('inf'))
