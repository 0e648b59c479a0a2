class C:
    pass
C.__eq__ = lambda s, o: True
print(C.__hash__)
C.__hash__ = lambda s: 6
print(hash(C()))
class D:
    def __repr__(self): return "D1"
print(repr(D()), D.__repr__.__name__)
D.__repr__ = lambda s: "D2"
print(repr(D()))
class W:
    def __hash__(self): return -3550055125485641917
class X:
    def __hash__(self): return 2**62
class Y:
    def __hash__(self): return 2**64 + 5
class Z:
    def __hash__(self): return -1
print(hash(W()), hash(X()), hash(Y()), hash(Z()), hash(W()) == hash(-3550055125485641917))
