import gc, sys, weakref

class B(bytearray):
    pass

b = B(b"hi")
print(b, repr(B()), type(b).__name__, len(b))
print(B.__basicsize__, B.__dictoffset__, B.__weakrefoffset__)
print(sys.getsizeof(bytearray()), sys.getsizeof(B()), sys.getsizeof(B(b"abc")))
print(gc.is_tracked(bytearray()), gc.is_tracked(b))
# %%
b.append(33)
b.extend(b"??")
print(b, type(b + b"x").__name__, type(b[1:]).__name__, type(b.copy()).__name__, type(b * 2).__name__)
print(b.decode(), b == b"hi!??", bytes(b))
b.label = "L"
print(b.__dict__)
r = weakref.ref(b)
del b
print(r())
# %%
class Slotted(bytearray):
    __slots__ = ()

s = Slotted(3)
print(s, sys.getsizeof(Slotted()), Slotted.__weakrefoffset__)
try:
    s.x = 1
except AttributeError as e:
    print("AttributeError", e)
# %%
class Hexy(bytearray):
    def __repr__(self):
        return "Hexy(" + self.hex() + ")"

h = Hexy(b"\x01\xff")
print(h, [h], str(h))
