# any and all short-circuit; empty iterables.
# %%
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any([0, 2]), all([1, 0]))
def check(x):
    print('check', x)
    return x > 1
print(any(check(x) for x in [1, 2, 3]))
print(all(check(x) for x in [2, 1, 3]))
