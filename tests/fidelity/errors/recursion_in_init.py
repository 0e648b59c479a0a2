# A class whose __init__ constructs another instance: the depth RecursionError stops it at, and its traceback
import sys
class Chain:
    depth = 0
    def __init__(self):
        Chain.depth += 1
        self.next = Chain()
try:
    Chain()
except RecursionError as e:
    print('caught:', e, Chain.depth)
# %%
class Counted:
    def __init__(self, n):
        try:
            self.inner = Counted(n + 1)
            self.n = self.inner.n
        except RecursionError:
            self.n = n
print(Counted(0).n)
sys.setrecursionlimit(200)
print(Counted(0).n)
sys.setrecursionlimit(1000)
# %%
Chain()
