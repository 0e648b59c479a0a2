# What ctypes instances keep alive: py_object holds its object, cast() results keep their source.
# %%
import ctypes
import gc
import sys

payload = {'answer': 42}
print(sys.getrefcount(payload))
boxes = [ctypes.py_object(payload) for _ in range(3)]
print(sys.getrefcount(payload))
print([type(r).__name__ for r in gc.get_referents(boxes[0])])
print(all(b.value is payload for b in boxes))
boxes.pop()
print(sys.getrefcount(payload))
del boxes
print(sys.getrefcount(payload))
# %%
buf = (ctypes.c_char * 4)(b'a', b'b')
before = sys.getrefcount(buf)
p = ctypes.cast(buf, ctypes.c_void_p)
print(sys.getrefcount(buf) - before, p.value == ctypes.addressof(buf))
print(ctypes.string_at(p.value), ctypes.string_at(ctypes.addressof(buf), 4))
del p
print(sys.getrefcount(buf) - before)
# %%
def attempt(action):
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(lambda: ctypes.cast(1.5, ctypes.py_object))
attempt(lambda: ctypes.cast(ctypes.c_long(1), ctypes.c_void_p))
attempt(lambda: ctypes.cast(5, int))
attempt(lambda: ctypes.sizeof(int))
attempt(lambda: ctypes.addressof(5))
attempt(lambda: ctypes.c_long.from_address('x'))
attempt(lambda: ctypes.c_long(2) + 1)
print(issubclass(ctypes.ArgumentError, Exception), ctypes.ArgumentError.__module__)
# %%
n = ctypes.c_long(5)
n.note = 'tagged'
print(n.note, n.__dict__, repr(n))
arr = (ctypes.c_int * 4)(9, 9, 9, 9)
arr[1:3] = (1, 2)
print(list(arr), repr(arr).startswith('<__main__.c_int_Array_4 object at 0x'))
