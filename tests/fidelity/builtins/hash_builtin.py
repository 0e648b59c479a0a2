# hash of ints, floats, bools, tuples and None-free values (str hashes are randomised, not shown).
# %%
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 20), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(1.0) == hash(1), hash(1.5), hash(-0.5), hash(float('inf')), hash(True), hash(False))
print(hash(()), hash((1, 2)), hash((1, (2, 3))), hash((1, 2)) == hash((1, 2.0)))
# %%
hash([1])
