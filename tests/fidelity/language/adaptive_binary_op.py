# Strings are immutable, yet `s += 'x'` inside a function can keep its id: once the function's code
# is warm (3.11 quickens code after 8 calls / loop turns), BINARY_OP specialises, and for a str added
# into the local that holds it, extends the string in place while that local holds the only
# reference, moving it only when it outgrows its pymalloc block (every 16 characters here).
def grow(n):
    s = ''
    ids = []
    for i in range(n):
        s += 'x'
        ids.append(id(s))
    return s, ids

s, ids = grow(100)
print(len(s), [i for i in range(1, len(ids)) if ids[i] != ids[i - 1]])
# %%
def shared(n):
    s = 'abc' * 3
    alias = s
    moved = 0
    for i in range(n):
        before = id(s)
        s += 'y'
        moved += id(s) != before
        alias = s
    return moved
print(shared(40))
# %%
# The specialised float and int operations release the right operand before the left one, so the
# next float reuses the left temporary's block (before warm-up, the right one's).
def probe(u, v):
    p = id(u + 0.5)
    t = (u + 0.5) * (v + 0.25)
    w = u - 1.0
    return id(w) == p
print([probe(2.0, 3.0) for _ in range(12)])
def probe_int(u, v):
    p = id(u + 1000)
    t = (u + 1000) * (v + 2000)
    w = u - 5000
    return id(w) == p
print([probe_int(3000, 4000) for _ in range(12)])
# %%
import ctypes
def warm(f):
    return ctypes.c_short.from_address(id(f.__code__) + 0x34).value
def loop(n):
    for i in range(n):
        pass
print(warm(loop), [(loop(k), warm(loop))[1] for k in (0, 2, 3, 5)])
