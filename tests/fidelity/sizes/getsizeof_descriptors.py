# property is 5 pointers and an int (padded: 64 bytes) plus the GC header; staticmethod/classmethod 32.
import sys
def f(self):
    return 1
print(sys.getsizeof(property()), sys.getsizeof(property(f)), sys.getsizeof(staticmethod(f)), sys.getsizeof(classmethod(f)))
print(property.__basicsize__, staticmethod.__basicsize__, classmethod.__basicsize__)
class P:
    x = property(f)
print(sys.getsizeof(P.__dict__['x']), P().x)
