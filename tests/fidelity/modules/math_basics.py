# math module basics.
# %%
import math
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.fabs(-3))
print(math.pi, math.e, math.inf, math.isnan(math.nan), math.isinf(-math.inf))
print(math.gcd(12, 18), math.factorial(10), math.isclose(0.1 + 0.2, 0.3), math.log(math.e), math.log10(1000), math.log2(8))
print(math.pow(2, 3), math.exp(0), math.sin(0), math.cos(0), math.hypot(3, 4), math.copysign(1, -0.0))
print(type(math.floor(2.5)).__name__, math.fsum([0.1] * 10), math.comb(5, 2), math.isqrt(17))
