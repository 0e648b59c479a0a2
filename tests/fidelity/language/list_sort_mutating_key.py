# list.sort empties the list before calling the key function; a key that mutates it -> ValueError
xs = [3, 1, 2]
seen = []
def key_append(v):
    seen.append(len(xs))
    xs.append(v)
    return v
try:
    xs.sort(key=key_append)
except ValueError as e:
    print(type(e).__name__, e)
print(xs, seen)

# %%
ys = list(range(200, 0, -1))
def key_clear(v):
    ys.clear()
    return -v
try:
    ys.sort(key=key_clear)
except ValueError as e:
    print(e)
print(len(ys), ys[:3], ys[-3:])

# %%
zs = ['b', 'a', 'c']
def key_assign(v):
    zs[:] = ['x', 'y']
    return v
try:
    zs.sort(key=key_assign, reverse=True)
except ValueError as e:
    print(e)
print(zs)
ws = [2, 1]
def key_setitem(v):
    ws[0:0] = [v]
    return v
try:
    ws.sort(key=key_setitem)
except ValueError as e:
    print(e)
print(ws)

# %%
import sys
class K:
    pass
items = [K(), K(), K()]
calls = []
def key_raise(obj):
    calls.append(len(items))
    if len(calls) == 2:
        raise KeyError('boom')
    return len(calls)
before = [sys.getrefcount(o) for o in items]
try:
    items.sort(key=key_raise)
except KeyError as e:
    print('KeyError', e)
print(calls, len(items), [sys.getrefcount(o) for o in items] == before)
nums = [5, 3, 8]
nums.sort(key=lambda v: -v)
print(nums)
nums.sort(key=lambda v: [nums.append(0), v][1])
