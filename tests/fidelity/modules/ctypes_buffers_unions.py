# create_string_buffer / create_unicode_buffer (ctypes/__init__.py over char and wchar_t arrays),
# Union layout, c_wchar / c_wchar_p / c_longdouble values and CFUNCTYPE callbacks.
# %%
import ctypes
buf = ctypes.create_string_buffer(b"hello")
print(buf.value, buf.raw, ctypes.sizeof(buf), type(buf).__name__)
buf.value = b"hi"
print(buf.raw)
buf.raw = b"abcdef"
print(buf.value, ctypes.create_string_buffer(4).raw)
print(ctypes.string_at(ctypes.addressof(buf)), ctypes.string_at(buf, 3))
# %%
buf.value = b"toolong"
# %%
ub = ctypes.create_unicode_buffer("héllo")
print(ub.value, len(ub), ctypes.sizeof(ub), ctypes.wstring_at(ub), ctypes.wstring_at(ub, 2))
print(ctypes.sizeof(ctypes.c_wchar * 3), (ctypes.c_wchar * 3)("a", "b").value)
w = ctypes.c_wchar("z")
print(w.value, w, ctypes.c_wchar_p("hi").value, ctypes.c_longdouble(1.5).value, ctypes.c_longdouble(-2.25))
# %%
class U(ctypes.Union):
    _fields_ = [("i", ctypes.c_int), ("d", ctypes.c_double), ("b", ctypes.c_ubyte * 3)]
u = U()
u.i = 258
print(ctypes.sizeof(U), u.i, list(u.b), type(U).__name__, U.i.offset, U.d.offset)
# %%
CB = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int)
double = CB(lambda n: n * 2)
print(double(21), CB is ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int), type(CB).__name__)
print(ctypes.cast(ctypes.pointer(ctypes.c_int(7)), ctypes.POINTER(ctypes.c_int)).contents.value)
