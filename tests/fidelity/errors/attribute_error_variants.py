# AttributeError with suggestions.
# %%
import math
math.sqr(4)
# %%
math.PI
# %%
class Account:
    def __init__(self):
        self.balance = 0
    def deposit(self, x):
        self.balance += x

acct = Account()
acct.balanse
# %%
acct.depsit(5)
# %%
x = None
x.append(1)
# %%
[1, 2].push(3)
# %%
"abc".uppercase()
# %%
{"a": 1}.has_key("a")
# %%
(1).real = 2
# %%
acct.nothing_like_this_at_all
# %%
Account.balance
# %%
import collections
collections.OrderDict
# %%
class Slotted:
    __slots__ = ("a",)

s = Slotted()
s.b = 1
# %%
s.a
# %%
object().x = 1
# %%
"abc".x = 1
# %%
del acct.missing
# %%
len.__name__ = "x"
# %%
int.foo = 1
# %%
class P:
    @property
    def v(self):
        return 1

P().v = 2
# %%
del P().v
# %%
import sys
sys.getrefcnt
# %%
math.floor_div
# %%
(3.5).is_int()
