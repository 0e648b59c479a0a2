# sum() of ints past the int64 range: the C accumulator's fast path hands over to int addition exactly
print(sum([2**63 - 1, 1]), sum([2**62, 2**62, 1]), sum([-(2**63), -1]))
print(sum(x for x in [2**62, 2**62, 2**62, -(2**62)]), sum([1, 2, 3], 2**63 - 2))
# %%
# Adding and subtracting across the digit boundaries (1, 2 and 3 digits, int64 edges)
vals = [0, 1, -1, 2**30 - 1, 2**30, -(2**30), 2**60 - 1, 2**60, -(2**60), 2**63 - 1, -(2**63), 2**64 + 7]
rows = [(a + b, a - b) for a in vals for b in vals]
print(len(rows), sum(r[0] for r in rows), sum(r[1] for r in rows), max(r[0] for r in rows), min(r[1] for r in rows))
