# math more functions: course-style use (QA round 4)
import math
print(math.isqrt(99), math.isqrt(10**40), math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), round(2.5), round(3.5), round(-0.5))
print(math.inf, -math.inf, math.nan, repr(math.inf), float('inf') == math.inf, math.nan == math.nan)
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), 1e308 * 10)
print(math.pi, math.e, math.tau)
print(math.sqrt(2), math.pow(2, 10), math.exp(1), math.log(100, 10), math.log2(8), math.log10(1000))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.copysign(3, -0.0), math.fabs(-3))
print(math.degrees(math.pi), math.radians(180), math.sin(0), math.cos(0), math.atan2(1, 1))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(7, 3), math.remainder(7, 3))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.ulp(1.0), math.nextafter(1.0, 2.0))
# %%
math.sqrt(-1)
# %%
math.isqrt(-1)
# %%
math.factorial(-1)
# %%
math.log(0)
# %%
math.floor(math.inf)
# %%
math.floor(math.nan)
# %%
math.factorial(2.5)
# %%
print(float('nan'), float('-inf'), -0.0, 1e16, 1e-5, 123456789012345678.0, 1.5e300*1.5e300)
print(int(1e20), 2**0.5, 10/3, 1/3, 2/3, 1e22, 1e21, 0.1+0.2)
