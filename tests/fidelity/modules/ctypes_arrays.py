# ctypes array types: construction, indexing, slicing, len, bytes, and views of other memory.
# %%
import ctypes
IntArray5 = ctypes.c_int * 5
print(IntArray5.__name__, IntArray5._length_, IntArray5._type_ is ctypes.c_int)
arr = IntArray5(1, 2, 3)
print(len(arr), list(arr), arr[0], arr[-1], arr[1:3], arr[::2])
arr[4] = 40
arr[-2] = 30
print(list(arr), sum(arr))
print(ctypes.c_int * 5 is IntArray5, (ctypes.c_int * 6) is IntArray5, ctypes.sizeof(arr))
# %%
def attempt(action):
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(lambda: arr[5])
attempt(lambda: arr[-6])
attempt(lambda: IntArray5(1, 2, 3, 4, 5, 6))
attempt(lambda: ctypes.c_int * -1)
attempt(lambda: ctypes.c_int * 2.0)
attempt(lambda: (3 * ctypes.c_ubyte).__name__)
# %%
chars = (ctypes.c_char * 6)(b'h', b'i')
print(chars.value, chars.raw, chars[0], chars[:3])
Grid = ctypes.c_ubyte * 4 * 2
g = Grid()
g[1][2] = 7
print(len(g), list(g[1]), bytes(g))
# %%
big = 10**30
digits = (ctypes.c_uint32 * 4).from_address(id(big) + 24)
print(list(digits[:4]))
print(sum(d << (30 * i) for i, d in enumerate(digits[:4])) == big)
