# memoryview misuse: CPython's exact errors for construction, indexing, writes, casts and hashing.
import sys

def show(code):
    try:
        print(code, "->", eval(code))
    except Exception as e:
        print(code, "->", type(e).__name__ + ":", e)

def run(code):
    try:
        exec(code)
        print(code, "-> ok")
    except Exception as e:
        print(code, "->", type(e).__name__ + ":", e)

# %%
show("memoryview(1)")
show("memoryview('abc')")
show("memoryview([1, 2])")
show("memoryview(None)")
show("memoryview()")
show("memoryview(b'a', b'b')")
show("memoryview(obj=b'a')")

# %%
m = memoryview(bytearray(b"abc"))
r = memoryview(b"abc")
show("m[3]")
show("m[-4]")
show("m['x']")
show("m[1.5]")
show("m[0, 0]")
show("m[::0]")
run("r[0] = 1")
run("r[0:1] = b'x'")
run("del m[0]")
run("m[0] = 256")
run("m[0] = -1")
run("m[0] = 'a'")
run("m[0] = 1.0")
run("m[0] = b'a'")
run("m[3] = 1")
run("m[0:2] = b'xyz'")
run("m[0:2] = 5")
run("m[0:2] = 'ab'")
run("m[::2] = b'xy'")
print(m.tobytes())

# %%
show("hash(m)")
show("hash(r) == hash(b'abc')")
show("hash(memoryview(b'abcd').cast('i'))")
show("hash(memoryview(bytearray(b'ab')).toreadonly())")
show("memoryview(b'ab').toreadonly().readonly")
show("m.hex(':', 0)")
show("m.hex(':', 5)")
show("m.hex('\u00e9')")
show("m.cast('x')")
show("m.cast('ii')")
show("m.cast('i')")
show("m.cast(1)")
show("m[::2].cast('B')")
show("memoryview(b'abcd').cast('i').cast('h')")
show("memoryview(b'abcd').cast('B', (3,))")
show("memoryview(b'abcd').cast('B', 4)")
show("memoryview(b'abcd').cast('B', [0, 4])")
show("m.tobytes('X')")
show("m.hex('ab')")
show("m.hex(1)")
show("m < m")
show("m > b'a'")
