# sys.stdout (block buffered when the transcript goes to a file) keeps each printed str in its
# pending chunks until the runner flushes it after the cell: one more reference meanwhile.
# %%
import sys
s = ''.join(['me', 'ssage'])
before = sys.getrefcount(s)
print(s)
during = sys.getrefcount(s)
print(before, during)
# %%
print(sys.getrefcount(s))
t = ''.join(['wor', 'ld'])
print(t, t)
print(sys.getrefcount(t))
