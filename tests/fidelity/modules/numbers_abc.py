# numbers abc: course-style use (frozen CPython Lib source)
import numbers
from fractions import Fraction
for v in [1, 1.0, 1j, Fraction(1, 2), True, "1"]:
    print(type(v).__name__, isinstance(v, numbers.Number), isinstance(v, numbers.Complex), isinstance(v, numbers.Real), isinstance(v, numbers.Rational), isinstance(v, numbers.Integral))
print(numbers.Integral.__mro__)
class MyNum(numbers.Real):
    pass
try:
    MyNum()
except TypeError as e:
    print(str(e)[:60])
