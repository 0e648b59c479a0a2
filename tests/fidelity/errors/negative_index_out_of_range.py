# A negative index in [-2*len, -len) is out of range: the subscript adds len once, the item only range-checks.
nums = [10, 20, 30]
nums[-4]
# %%
(10, 20, 30)[-5]
# %%
nums[-4] = 0
# %%
del nums[-6]
# %%
nums[-5] += 1
# %%
import operator
from collections import UserList
for fn in [lambda: operator.getitem(nums, -4), lambda: list.__getitem__(nums, -6), lambda: UserList(nums)[-4],
           lambda: tuple.__getitem__((1, 2), -3), lambda: 'abc'[-4], lambda: b'abc'[-5], lambda: list.__setitem__(nums, -4, 0),
           lambda: list.__delitem__(nums, -5), lambda: nums.pop(-4), lambda: [][-1], lambda: ()[-1]]:
    try:
        print(fn())
    except IndexError as e:
        print('IndexError:', e)
print(nums, nums[-3], (10, 20, 30)[-3], 'abc'[-3], b'abc'[-3])
# %%
t = (1, 2)
def f():
    return (1, 2, 3)[-4]
f()
