# ctypes type sizes on 64-bit Linux.
# %%
import ctypes
print(ctypes.sizeof(ctypes.c_long), ctypes.sizeof(ctypes.c_int), ctypes.sizeof(ctypes.c_ssize_t), ctypes.sizeof(ctypes.c_uint64), ctypes.sizeof(ctypes.c_void_p), ctypes.sizeof(ctypes.py_object))
