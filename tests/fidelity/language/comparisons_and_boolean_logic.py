# Chained comparisons, short-circuiting and/or, not, conditional expressions.
# %%
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 != 6, 1 < 2 < 3 < 2)
print(0 or 'default', 'first' or 'second', 0 and 1 / 0, [] or {} or None, 3 and 4)
print(not 0, not [1], not None, x if x > 3 else -x, 'yes' if [] else 'no')
print([1, 2] < [1, 3], (1, 2) == (1, 2.0), 'abc' < 'abd', [1] == [1] is not None)
def loud(v):
    print('eval', v)
    return v
print(loud(0) and loud(1), loud(2) or loud(3))
