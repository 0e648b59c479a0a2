# Compact str: ASCII 49 + n, Latin-1 73 + n, UCS-2 74 + 2n, UCS-4 76 + 4n (3.11, with wstr).
# %%
import sys
for s in ['', 'a', 'abc', 'x' * 100]:
    print(len(s), sys.getsizeof(s))
# %%
for s in ['\xe9', '\xe9\xe9', '\u20ac', '\u20ac' * 3, '\U0001F600', '\U0001F600' * 2]:
    print(len(s), sys.getsizeof(s))
# %%
print(sys.getsizeof('a' + '\u20ac'), sys.getsizeof('abc\U0001F600'))
