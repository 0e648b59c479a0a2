# Subclassing complex: complex_subtype_from_doubles, size and layout, base methods returning complex.
import sys
class Z(complex):
    def norm(self):
        return abs(self)
z = Z(3, 4)
print(z, type(z), z.norm(), z + 1, type(z + 1), z.real, z.imag, z == 3+4j, sys.getsizeof(z), Z.__basicsize__, Z.__dictoffset__, Z.__weakrefoffset__)
z.tag = 1
print(z.__dict__, Z('1+2j'), Z(), repr(Z(1)))
