# weakref.proxy forwards attribute access; using a dead proxy raises ReferenceError.
# %%
import weakref
class Account:
    def __init__(self):
        self.balance = 10
    def deposit(self, n):
        self.balance += n
        return self.balance
a = Account()
p = weakref.proxy(a)
print(p.balance, p.deposit(5), a.balance, type(p).__name__, p == a)
print(repr(p).startswith('<weakproxy at 0x'), weakref.getweakrefcount(a))
del a
# %%
p.balance
