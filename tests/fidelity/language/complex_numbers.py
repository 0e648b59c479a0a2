# complex literals, arithmetic, repr, hash and attributes.
# %%
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(1j, -1j, 0j, -0j, 2.5j, 1e20j, (1+0j), complex(), complex(1, 2))
print(repr(complex(-0.0, 1)), repr(complex(0.0, -0.0)), complex(1.5, -2))
# %%
print(z * z, z / 2, z - 1, 2 ** 1j, (1+2j) ** 2, 1j ** 2)
print(z == 3 + 4j, z != 3, 1 + 0j == 1, 2.0 + 0j == 2.0)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1j))
# %%
try:
    z < 1j
except TypeError as e:
    print(e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(e)
# %%
print(complex("1+2j"), complex(" (3-4J) "), complex("5"), complex("-j"))
try:
    complex("abc")
except ValueError as e:
    print(e)
print(type(1j).__name__, isinstance(1j, complex), bool(0j), bool(1j))
import sys
print(sys.getsizeof(1j))
