# Slicing lists, tuples and strings; slice assignment.
# %%
s = 'abcdefgh'
l = list(range(10))
print(s[2:5], s[:3], s[-3:], s[::2], s[::-1], s[5:2:-1], s[100:], s[-100:2])
print(l[1:8:3], l[-2:], l[:-7], (1, 2, 3)[1:])
l[2:5] = ['x']
print(l)
l[:0] = [-1, -2]
print(l)
l[::3] = [0] * len(l[::3])
print(l)
# %%
l[::2] = [1]
