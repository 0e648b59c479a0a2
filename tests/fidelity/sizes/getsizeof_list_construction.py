# How a list is built decides its capacity: literals and list() of a sized iterable are exact.
# %%
import sys
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof([None] * 5))
print(sys.getsizeof(list(range(3))), sys.getsizeof(list(range(10))))
print(sys.getsizeof([i for i in range(3)]), sys.getsizeof([i for i in range(10)]))
print(sys.getsizeof([1, 2] + [3]), sys.getsizeof([0] * 0))
# %%
lst = list(range(10))
while lst:
    lst.pop()
    print(len(lst), sys.getsizeof(lst))
