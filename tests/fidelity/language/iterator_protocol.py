# A class implementing __iter__ and __next__; iter() with a sentinel.
# %%
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), sum(Countdown(4)), 2 in Countdown(3))
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
values = [3, 2, 1, 0, 5]
pos = iter(values)
print(list(iter(lambda: next(pos), 0)))
