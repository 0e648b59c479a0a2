# ctypes simple instances: construction, .value, reprs, truncation of integers, errors.
# %%
import ctypes
print(ctypes.c_long(5), ctypes.c_long(5).value, ctypes.c_long())
print(ctypes.c_int(-7), ctypes.c_uint(-1), ctypes.c_ubyte(300), ctypes.c_byte(200))
print(ctypes.c_short(70000), ctypes.c_ushort(-1), ctypes.c_int(2**40 + 5))
print(ctypes.c_uint64(-1), ctypes.c_int64(2**63), ctypes.c_size_t(2**64 + 3))
print(ctypes.c_double(1.5), ctypes.c_double(3), ctypes.c_float(0.1), ctypes.c_float(2.5).value)
print(ctypes.c_bool(5), ctypes.c_bool([]), ctypes.c_char(b'a'), ctypes.c_char(66))
print(ctypes.c_void_p(None), ctypes.c_void_p(16), ctypes.c_void_p(0).value, ctypes.c_void_p(16).value)
print(ctypes.c_char_p(b'hello').value, ctypes.c_char_p(None).value)
print(bool(ctypes.c_long(0)), bool(ctypes.c_long(3)), bool(ctypes.c_double(0.0)))
# %%
def attempt(make):
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(lambda: ctypes.c_long('a'))
attempt(lambda: ctypes.c_long(1.5))
attempt(lambda: ctypes.c_long(1, 2))
attempt(lambda: ctypes.c_char(b'ab'))
attempt(lambda: ctypes.c_double('x'))
attempt(lambda: ctypes.c_void_p('x'))
attempt(lambda: ctypes.py_object().value)
attempt(lambda: hash(ctypes.c_long(3)))
attempt(lambda: ctypes.c_long(3) == ctypes.c_long(3))
attempt(lambda: ctypes._SimpleCData())
