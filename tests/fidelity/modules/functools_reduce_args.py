import functools, operator, sys, gc
print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(operator.add, [], 10))
kept = []
def keep(*a):
    kept.append(a)
    return a[0] + a[1]
print(functools.reduce(keep, [1, 2, 3, 4]), kept, len(set(map(id, kept))) >= 1)
def same(*a):
    return sys.getrefcount(a)
print(functools.reduce(same, [1, 2, 3]))
for bad in [lambda: functools.reduce(operator.add, []), lambda: functools.reduce(operator.add, 5), lambda: functools.reduce(operator.add), lambda: functools.reduce(operator.add, [1], 2, 3), lambda: functools.reduce(function=operator.add, iterable=[1])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
gc.collect()
before = gc.get_count()
x = functools.reduce(operator.add, [1, 2, 3])
after = gc.get_count()
print(after[0] - before[0])
