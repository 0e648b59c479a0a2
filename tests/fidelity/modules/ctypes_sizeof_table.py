# ctypes.sizeof for each simple type, its instances and array types (64-bit Linux).
# %%
import ctypes
names = ['c_bool', 'c_char', 'c_byte', 'c_ubyte', 'c_short', 'c_ushort', 'c_int', 'c_uint',
         'c_long', 'c_ulong', 'c_longlong', 'c_ulonglong', 'c_size_t', 'c_ssize_t', 'c_int8',
         'c_uint8', 'c_int16', 'c_uint16', 'c_int32', 'c_uint32', 'c_int64', 'c_uint64',
         'c_float', 'c_double', 'c_void_p', 'c_char_p', 'py_object']
for name in names:
    kind = getattr(ctypes, name)
    print(f'{name:12} {kind.__name__:10} {ctypes.sizeof(kind)} {ctypes.sizeof(kind())}')
# %%
print(ctypes.sizeof(ctypes.c_int * 10), ctypes.sizeof(ctypes.c_ubyte * 8), ctypes.sizeof(ctypes.c_double * 0))
print(ctypes.sizeof(ctypes.c_long * 3 * 2))
print(ctypes.c_int64 is ctypes.c_long, ctypes.c_size_t is ctypes.c_ulong, ctypes.c_int32 is ctypes.c_int)
