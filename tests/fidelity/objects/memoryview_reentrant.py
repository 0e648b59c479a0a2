# memoryview re-checks a view after Python code ran (__index__ releasing the view mid-operation): ValueError, never a dangling read.
class Evil:
    def __init__(self, view):
        self.view = view
    def __index__(self):
        self.view.release()
        return 0

# %%
b = bytearray(b"abc")
m = memoryview(b)
try:
    m[Evil(m)]
except ValueError as e:
    print("ValueError:", e)
b.append(1)
print(b)

# %%
m = memoryview(b)
try:
    m[Evil(m)] = 5
except ValueError as e:
    print("ValueError:", e)
b.append(2)

# %%
m = memoryview(b)
try:
    m[0] = Evil(m)
except ValueError as e:
    print("ValueError:", e)
b.append(3)

# %%
m = memoryview(b)
s = m[Evil(m):2]
print(s.tobytes(), repr(m)[:10])
try:
    b.append(4)
except BufferError as e:
    print("BufferError:", e)
del s
b.append(4)

# %%
m = memoryview(b).cast("B", [1, len(b)])
try:
    m[0, Evil(m)]
except ValueError as e:
    print("ValueError:", e)
try:
    m[0, Evil(m)] = 1
except ValueError as e:
    print("ValueError:", e)
print(b)
