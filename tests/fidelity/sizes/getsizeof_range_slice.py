# range 48 and slice 56 (a slice object obtained through __getitem__).
# %%
import sys
class Grab:
    def __getitem__(self, key):
        return key
sl = Grab()[1:10:2]
print(type(sl).__name__, sys.getsizeof(sl))
print(sys.getsizeof(range(10)), sys.getsizeof(range(0)), sys.getsizeof(range(10**30)))
