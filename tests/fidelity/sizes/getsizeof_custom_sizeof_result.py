# sys.getsizeof converts __sizeof__'s result with PyLong_AsSsize_t: an int only (no __index__),
# "an integer is required" otherwise; a TypeError there also selects the default argument.
import sys
class Idx:
    def __index__(self):
        return 3
class Custom:
    def __init__(self, r):
        self.r = r
    def __sizeof__(self):
        return self.r
print(sys.getsizeof(Custom(100)), sys.getsizeof(Custom(True)))
for r in ["x", 1.5, Idx(), None]:
    try:
        sys.getsizeof(Custom(r))
    except TypeError as e:
        print(type(r).__name__, "TypeError:", e)
    print(sys.getsizeof(Custom(r), -7))
try:
    sys.getsizeof(Custom(-1))
except ValueError as e:
    print("ValueError:", e)
try:
    sys.getsizeof(Custom(2 ** 64))
except OverflowError as e:
    print("OverflowError:", e)
