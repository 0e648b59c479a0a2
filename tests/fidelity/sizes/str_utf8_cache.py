# A non-ASCII str keeps a cached UTF-8 copy once C code asks for its UTF-8 (PyUnicode_AsUTF8AndSize):
# a class name, a source string given to exec/eval/compile, a codec name; getsizeof counts it.
import sys
import ctypes

# %%
name = "".join(["Caf", "é"])
print(len(name), sys.getsizeof(name))
Cafe = type(name, (), {})
print(Cafe.__name__, sys.getsizeof(name))
print(ctypes.c_ssize_t.from_address(id(name) + 48).value)

# %%
ascii_name = "".join(["Plain", "Name"])
before = sys.getsizeof(ascii_name)
type(ascii_name, (), {})
print(before, sys.getsizeof(ascii_name))  # ASCII data is its own UTF-8

# %%
for text in ["x = 'héllo'", "y = '日本語'", "z = '😀'"]:
    src = "".join([text, ""])
    b = sys.getsizeof(src)
    exec(src)
    print(repr(text), b, sys.getsizeof(src), sys.getsizeof(src) - b == len(src.encode()) + 1)
print(x, y, z)

# %%
expr = "".join(["len('ñandú')", " * 2"])
print(sys.getsizeof(expr), eval(expr), sys.getsizeof(expr))
code_src = "".join(["r = '€' * 3"])
before = sys.getsizeof(code_src)
code = compile(code_src, "<course>", "exec")
print(before, sys.getsizeof(code_src))
# %%
# a second request reuses the cache; encoding it copies the cache into a new bytes object
print(sys.getsizeof(expr), eval(expr), sys.getsizeof(expr), len(expr.encode()))

# %%
class Wide: pass
label = "".join(["Grüße", "!" * 300])
b = sys.getsizeof(label)
Wide.__name__ = label
print(b, sys.getsizeof(label), Wide.__name__[:6])
del label
print(Wide.__name__[-3:])

# %%
s = "".join(["ü", "ber"])
print(sys.getsizeof(s))
"abc".encode("utf-8")
print(sys.getsizeof(s), s.encode(), sys.getsizeof(s))
print(float.fromhex("0x1p3"), sys.getsizeof("0x1p3"))

# %%
type("bad\0name", (), {})

# %%
type("".join(["x", "\ud800"]), (), {})

# %%
exec("".join(["'", "\udc80", "'"]))
