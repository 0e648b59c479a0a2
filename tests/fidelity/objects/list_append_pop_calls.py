# xs.append(x) / xs.pop(): the same references, sizes, errors and overrides as any method call
import sys
xs = []
item = object()
for i in range(9):
    xs.append(item)
print(sys.getrefcount(item), sys.getsizeof(xs), len(xs))
while xs:
    xs.pop()
print(sys.getrefcount(item), sys.getsizeof(xs))
[].append(item)
print(sys.getrefcount(item))
# %%
class Loud(list):
    def append(self, x):
        print('append', x)
        super().append(x * 2)
class Quiet(list):
    pass
a, b = Loud(), Quiet()
a.append(1); b.append(2); b.append(3)
print(a, b, b.pop(), list.append(b, 4), b)
for call in (lambda: xs.pop(), lambda: xs.append(), lambda: xs.append(1, 2), lambda: list.append((), 1)):
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
