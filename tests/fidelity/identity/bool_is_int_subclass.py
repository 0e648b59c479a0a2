# True and False are the ints 1 and 0 but not the cached int objects.
# %%
print(True == 1, True is int('1'), isinstance(True, int))
one = int('1')
print(one is True, one == True, True + True)
print(hash(True) == hash(1), {1: 'int', True: 'bool'})
